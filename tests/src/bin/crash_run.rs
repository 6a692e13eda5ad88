//! `cargo xtask crash --runs N`: the store crash test, run longer than the test suite does.
//! Expects `crash_child` beside it (cargo builds both into the same directory). The last line
//! is `crash: N kills, L lost, D duplicated, integrity ok`; the exit status fails otherwise.

use kinline_tests::crash::{self, ScratchDir, SplitMix};

fn main() {
    let mut runs: u32 = 1000;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match (a.as_str(), args.next().and_then(|v| v.parse().ok())) {
            ("--runs", Some(n)) => runs = n,
            _ => {
                eprintln!("usage: crash_run --runs N");
                std::process::exit(2);
            }
        }
    }
    let child = std::env::current_exe().ok().and_then(|p| {
        p.parent()
            .map(|d| d.join(format!("crash_child{}", std::env::consts::EXE_SUFFIX)))
    });
    let Some(child) = child.filter(|c| c.exists()) else {
        eprintln!("crash_run: crash_child is not built beside this program");
        std::process::exit(2);
    };
    let seed = SplitMix::seed_from_time();
    let dir = ScratchDir::new("crash");
    eprintln!(
        "crash: {runs} kills, seed {seed}, stores in {}",
        dir.path().display()
    );
    let started = std::time::Instant::now();
    let result = crash::run(&child, dir.path(), runs, seed, |r| {
        if r.kills % 100 == 0 {
            eprintln!(
                "  {} kills, {} lost, {} duplicated ({:.0?})",
                r.kills,
                r.lost,
                r.duplicated,
                started.elapsed()
            );
        }
    });
    match result {
        Ok(report) => {
            eprintln!(
                "{} commits reported and checked, in {:.1?}",
                report.reported,
                started.elapsed()
            );
            println!("{report}");
            if report.lost > 0 || report.duplicated > 0 || !report.integrity_ok {
                std::process::exit(1);
            }
        }
        Err(e) => {
            eprintln!("crash: the run failed: {e} (seed {seed})");
            std::process::exit(1);
        }
    }
}
