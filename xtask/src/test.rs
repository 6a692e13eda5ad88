//! `cargo xtask test`: the one test command, for developers and CI alike.

use anyhow::Result;
use std::process::Command;

/// The throwaway PostgreSQL cluster, the same code the test harness uses on its own.
#[path = "../../tests/src/pg_cluster.rs"]
#[allow(dead_code, unreachable_pub)]
mod pg_cluster;

pub(crate) fn run(args: &[String]) -> Result<()> {
    // `--fuzz N`: also fuzz the protocol decoder for N seconds at the end. Not by default:
    // warm it adds the run plus about half a minute, but the first run on a machine builds
    // the instrumented server (about 9 minutes on two cores).
    let fuzz_seconds: Option<u64> = match args.iter().position(|a| a == "--fuzz") {
        Some(i) => Some(
            args.get(i + 1)
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| anyhow::anyhow!("--fuzz needs a number of seconds"))?,
        ),
        None => None,
    };
    let started = std::time::Instant::now();
    crate::setup::ensure_all()?;
    crate::run(crate::cargo(&["fmt", "--all", "--check"]))?;
    crate::run(crate::cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The binaries as `cargo xtask demo` builds them: the demo's end-to-end test runs that
    // command, which then finds nothing to rebuild.
    crate::demo::build_binaries()?;
    crate::languages::build()?;
    // One PostgreSQL cluster for the whole run (every server test gets a fresh database on
    // it), stopped and removed afterwards, whatever the tests did.
    let pg = Postgres::start()?;
    // Everything the tests write to a temp dir (server data, stores, browser profiles) goes
    // into one directory of this run, removed at the end (kept when a test failed).
    let scratch = RunTemp::create()?;
    let with_pg = |mut cmd: Command| {
        cmd.env("KINLINE_TEST_POSTGRES", &pg.0.base_url);
        cmd.env("TMPDIR", &scratch.0);
        cmd
    };
    let tests = if has_nextest() {
        crate::run(with_pg(crate::cargo(&[
            "nextest",
            "run",
            "--workspace",
            "--locked",
            "--no-fail-fast",
        ])))
    } else {
        crate::run(with_pg(crate::cargo(&[
            "test",
            "--workspace",
            "--locked",
            "--no-fail-fast",
        ])))
    };
    let doc = crate::run(with_pg(crate::cargo(&[
        "test",
        "--doc",
        "--workspace",
        "--locked",
    ])));
    if tests.is_ok() && doc.is_ok() {
        drop(scratch);
    } else {
        // A failed test's logs (the app's, the servers') are what the next person reads.
        eprintln!(
            "xtask test: the tests' temp files are kept for a look: {}",
            scratch.keep().display()
        );
    }
    drop(pg);
    tests?;
    doc?;
    crate::run(crate::cargo(&[
        "build",
        "--package",
        "kinline-shared",
        "--target",
        "wasm32-unknown-unknown",
        "--locked",
    ]))?;
    // Android: the core must build for the tablets' target (no NDK needed for a check).
    crate::run(crate::cargo(&[
        "check",
        "--package",
        "kinline-shared",
        "--target",
        "aarch64-linux-android",
        "--locked",
    ]))?;
    if let Some(seconds) = fuzz_seconds {
        crate::fuzz::fuzz(seconds)?;
    }
    eprintln!("xtask test: all green in {:.0?}", started.elapsed());
    Ok(())
}

/// The run's own temp directory (`TMPDIR` of the tests), removed on drop; kept when a test
/// failed (`keep`).
struct RunTemp(std::path::PathBuf);

impl RunTemp {
    fn create() -> Result<Self> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir =
            std::env::temp_dir().join(format!("kinline-run-{}-{nanos:09}", std::process::id()));
        // `create_dir`: an existing directory is an error, never reused.
        std::fs::create_dir(&dir)?;
        Ok(Self(dir))
    }
}

impl RunTemp {
    /// Keeps the directory (it is not removed on drop) and says where it is.
    fn keep(self) -> std::path::PathBuf {
        let dir = self.0.clone();
        std::mem::forget(self);
        dir
    }
}

impl Drop for RunTemp {
    fn drop(&mut self) {
        match std::fs::remove_dir_all(&self.0) {
            Ok(()) => eprintln!("xtask test: the tests' temp files removed"),
            Err(e) => eprintln!("xtask test: {} not removed: {e}", self.0.display()),
        }
    }
}

/// The run's PostgreSQL cluster; stopped and removed on drop (on success, failure or
/// panic), and by a watchdog if xtask itself is killed.
struct Postgres(pg_cluster::Cluster);

impl Postgres {
    fn start() -> Result<Self> {
        let started = std::time::Instant::now();
        let c = pg_cluster::start(&std::env::temp_dir(), false).map_err(anyhow::Error::msg)?;
        c.stop_after(std::process::id())
            .map_err(anyhow::Error::msg)?;
        eprintln!(
            "xtask test: PostgreSQL {} for this run ({} ms); KINLINE_TEST_POSTGRES={}",
            c.dir.display(),
            started.elapsed().as_millis(),
            c.base_url
        );
        Ok(Self(c))
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        match self.0.stop() {
            Ok(()) => eprintln!("xtask test: PostgreSQL stopped and removed"),
            Err(e) => eprintln!("xtask test: {e}"),
        }
    }
}

fn has_nextest() -> bool {
    Command::new("cargo")
        .args(["nextest", "--version"])
        .output()
        .is_ok_and(|o| o.status.success())
}
