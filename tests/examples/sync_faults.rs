//! `cargo xtask faults --rounds N`: tablets sync through a fault proxy (dropped connections,
//! answers cut after the server committed, delays, duplicated requests) for N random rounds,
//! on SQLite and PostgreSQL, then the same with the server's process killed with SIGKILL
//! mid-batch and restarted on the same database.
//! The last line is `sync-faults: N rounds, T tablets, L lost, D duplicated`; the exit status
//! is non-zero unless both are 0 and every outbox is empty.

use kinline_tests::server_harness::{BACKENDS, Kills, fault_run};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str, default: u64| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map_or(default, |v| v.parse().expect("a number"))
    };
    let rounds = arg("--rounds", 500);
    let tablets = arg("--tablets", 3) as usize;
    let seed = arg("--seed", 0x5eed);
    // The server's own process, killed with SIGKILL: `cargo xtask faults` builds
    // `centre_server` beside this example.
    let kills = Kills::beside_this_program(8).unwrap_or_else(|| {
        eprintln!("sync_faults: the centre_server binary is not built beside this program; run `cargo xtask faults`");
        std::process::exit(2)
    });
    let (mut lost, mut duplicated, mut left) = (0, 0, 0);
    for backend in BACKENDS {
        for restart in [None, Some(kills.clone())] {
            let r = fault_run(backend, rounds, tablets, seed, restart.clone()).await;
            println!(
                "{backend:?}{}: {} events recorded, {} stored, {} lost, {} duplicated, {} left in outboxes; \
                 {} SIGKILLs ({} mid-request); proxy: {} passed, {} dropped, {} cut after commit, {} delayed, {} duplicated",
                if restart.is_some() {
                    " with SIGKILLs"
                } else {
                    ""
                },
                r.recorded,
                r.stored,
                r.lost,
                r.duplicated,
                r.left_in_outboxes,
                r.restarts,
                r.killed_mid_request,
                r.faults.passed,
                r.faults.dropped,
                r.faults.cut,
                r.faults.delayed,
                r.faults.duplicated,
            );
            lost += r.lost;
            duplicated += r.duplicated;
            left += r.left_in_outboxes;
        }
    }
    println!(
        "sync-faults: {rounds} rounds, {tablets} tablets, {lost} lost, {duplicated} duplicated"
    );
    if lost + duplicated + left > 0 {
        std::process::exit(1);
    }
}
