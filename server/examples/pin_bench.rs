//! `cargo xtask bench pin`: how long trying every tablet PIN against one tablet verifier takes
//! on this machine, with every core trying — what an attacker holding one tablet's key and its
//! synced verifiers faces (DSO §16). Goal: at least 7 days. Release build.
//!
//! Trying every PIN would take weeks, so it measures a few dozen wrong tries (Argon2id with the
//! tablet verifier's cost, every core busy), and multiplies the time a try takes by how many
//! PINs the rule allows; the output says so.

use kinline_server::auth::{hash_secret, verify_secret};
use kinline_shared::pin::{TABLET_PIN_MIN_DIGITS, TABLET_VERIFIER, is_trivial};
use std::collections::BTreeSet;
use std::time::Instant;

const GOAL_DAYS: f64 = 7.0;
/// Wrong tries measured in all, shared between the cores.
const TRIES: usize = 36;

/// How many PINs of `digits` digits the rule allows (`pin::check`: not trivial), counted
/// without walking every PIN: a trivial PIN repeats a pattern of at most three digits or is a
/// run, so it is one of the few made from a 3-digit prefix or a start digit.
fn allowed(digits: u32) -> u64 {
    let width = digits as usize;
    let mut trivial = BTreeSet::new();
    for prefix in 0..1000u32 {
        let p: Vec<char> = format!("{prefix:03}").chars().collect();
        for period in 1..=3 {
            let pin: String = (0..width).map(|i| p[i % period]).collect();
            if is_trivial(&pin) {
                trivial.insert(pin);
            }
        }
    }
    for start in 0..10i64 {
        for step in [1, -1] {
            let pin: String = (0..width as i64)
                .map(|i| start + step * i)
                .take_while(|d| (0..10).contains(d))
                .filter_map(|d| char::from_digit(u32::try_from(d).ok()?, 10))
                .collect();
            if pin.len() == width && is_trivial(&pin) {
                trivial.insert(pin);
            }
        }
    }
    10u64.pow(digits) - trivial.len() as u64
}

fn main() {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let verifier = hash_secret("2468135");
    let per_core = TRIES.div_ceil(cores);
    let started = Instant::now();
    let threads: Vec<_> = (0..cores)
        .map(|c| {
            let v = verifier.clone();
            std::thread::spawn(move || {
                for n in 0..per_core {
                    let guess = format!("{:07}", 1_000_000 + c * 1000 + n);
                    assert!(!verify_secret(&guess, &v), "a wrong guess matched");
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("a guessing thread panicked");
    }
    let tries = cores * per_core;
    let elapsed = started.elapsed().as_secs_f64();
    let per_try = elapsed / tries as f64; // wall time per try, all cores busy
    let c = TABLET_VERIFIER;
    println!(
        "pin: measured {tries} wrong tries in {elapsed:.1} s on {cores} cores (Argon2id m={} MiB \
         t={} p={}): {:.0} ms a try per core; the times below are extrapolated from it",
        c.memory_kib / 1024,
        c.passes,
        c.lanes,
        per_try * cores as f64 * 1000.0
    );
    let mut worst = f64::INFINITY;
    for digits in [6, TABLET_PIN_MIN_DIGITS as u32, 8] {
        let space = allowed(digits) as f64;
        let days = space * per_try / 86_400.0;
        let allowed = digits as usize >= TABLET_PIN_MIN_DIGITS;
        if allowed {
            worst = worst.min(days);
        }
        println!(
            "pin: {digits} digits ({space:.0} PINs not trivial{}): every PIN in {days:.1} days",
            if allowed { "" } else { ", refused by the rule" }
        );
    }
    println!(
        "pin: every allowed tablet PIN against one verifier takes {worst:.1} days vs the goal of \
         {GOAL_DAYS:.0} days: ratio {:.2} ({})",
        worst / GOAL_DAYS,
        if worst >= GOAL_DAYS {
            "goal met"
        } else {
            "goal NOT met"
        }
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_count_without_walking_is_the_count_walking_every_pin() {
        for digits in 1..=5u32 {
            let walked = (0..10u64.pow(digits))
                .filter(|n| {
                    !kinline_shared::pin::is_trivial(&format!("{n:0w$}", w = digits as usize))
                })
                .count() as u64;
            assert_eq!(super::allowed(digits), walked, "{digits} digits");
        }
    }
}
