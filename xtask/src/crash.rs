//! `cargo xtask crash --runs N`: the tablet store crash test, run longer than the test suite
//! runs it (tests/src/crash.rs; the child is tests/src/bin/crash_child.rs). Its last line is
//! `crash: N kills, L lost, D duplicated, integrity ok`.

use anyhow::{Result, bail};
use std::process::Command;

pub(crate) fn run(args: &[String]) -> Result<()> {
    let runs = match args {
        [] => 1000,
        [flag, n] if flag == "--runs" => n
            .parse::<u32>()
            .map_err(|_| anyhow::anyhow!("--runs takes a number, not '{n}'"))?,
        _ => bail!("usage: cargo xtask crash [--runs N]"),
    };
    crate::setup::ensure_all()?;
    // The same (debug) build the test suite uses; both programs land in one directory.
    crate::run(crate::cargo(&[
        "build",
        "--package",
        "kinline-tests",
        "--bin",
        "crash_child",
        "--bin",
        "crash_run",
    ]))?;
    let exe = crate::target_dir()
        .join("debug")
        .join(format!("crash_run{}", std::env::consts::EXE_SUFFIX));
    let mut cmd = Command::new(exe);
    cmd.args(["--runs", &runs.to_string()]);
    crate::run(cmd)
}
