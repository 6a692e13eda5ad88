//! `cargo xtask bench pin`: how long trying every tablet PIN against one tablet verifier takes
//! on this machine, with every core trying — what an attacker holding one tablet's key and its
//! synced verifiers faces (DSO §16). Goal: at least 7 days. Release build.

use kinline_server::auth::{hash_secret, verify_secret};
use kinline_shared::pin::{TABLET_PIN_MIN_DIGITS, TABLET_VERIFIER, search_space};
use std::time::Instant;

const GOAL_DAYS: f64 = 7.0;

fn main() {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let verifier = hash_secret("2468135");
    let per_core = 6;
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
    let tries = (cores * per_core) as f64;
    let per_try = started.elapsed().as_secs_f64() / tries; // wall time per try, all cores busy
    let c = TABLET_VERIFIER;
    println!(
        "pin: Argon2id m={} MiB t={} p={}: {:.0} ms a try per core, {cores} cores",
        c.memory_kib / 1024,
        c.passes,
        c.lanes,
        per_try * cores as f64 * 1000.0
    );
    let mut worst = f64::INFINITY;
    for digits in [6, TABLET_PIN_MIN_DIGITS as u32, 8] {
        let space = search_space(digits) as f64;
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
         {GOAL_DAYS:.0} days: ratio {:.2}",
        worst / GOAL_DAYS
    );
}
