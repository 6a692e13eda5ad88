//! `cargo xtask faults --rounds N`: the sync fault-injection run (tests/examples/sync_faults.rs):
//! tablets sync through a proxy that drops, cuts, delays and duplicates, on both backends, also
//! with the server killed mid-batch. Its last line is
//! `sync-faults: N rounds, T tablets, 0 lost, 0 duplicated`.

use anyhow::Result;

pub(crate) fn run(args: &[String]) -> Result<()> {
    crate::setup::ensure_all()?;
    let mut cmd = crate::cargo(&[
        "run",
        "--release",
        "--package",
        "kinline-tests",
        "--example",
        "sync_faults",
        "--",
    ]);
    cmd.args(args);
    crate::run(cmd)
}
