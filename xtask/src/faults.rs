//! `cargo xtask faults --rounds N`: the sync fault-injection run (tests/examples/sync_faults.rs):
//! tablets sync through a proxy that drops, cuts, delays and duplicates, on both backends, also
//! with the server's process (`centre_server`) killed with SIGKILL mid-batch and restarted.
//! Its last line is `sync-faults: N rounds, T tablets, 0 lost, 0 duplicated`.

use anyhow::Result;

pub(crate) fn run(args: &[String]) -> Result<()> {
    crate::setup::ensure_all()?;
    // The example finds the server binary beside it, so both are built first.
    crate::run(crate::cargo(&[
        "build",
        "--release",
        "--package",
        "kinline-tests",
        "--bin",
        "centre_server",
        "--example",
        "sync_faults",
    ]))?;
    let exe = crate::target_dir()
        .join("release/examples")
        .join(format!("sync_faults{}", std::env::consts::EXE_SUFFIX));
    let mut cmd = std::process::Command::new(exe);
    cmd.current_dir(crate::root()).args(args);
    crate::run(cmd)
}
