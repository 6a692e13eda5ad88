//! `cargo xtask test`: the one test command, for developers and CI alike.

use anyhow::Result;
use std::process::Command;

pub(crate) fn run(_args: &[String]) -> Result<()> {
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
    if has_nextest() {
        crate::run(crate::cargo(&[
            "nextest",
            "run",
            "--workspace",
            "--locked",
            "--no-fail-fast",
        ]))?;
    } else {
        crate::run(crate::cargo(&[
            "test",
            "--workspace",
            "--locked",
            "--no-fail-fast",
        ]))?;
    }
    crate::run(crate::cargo(&["test", "--doc", "--workspace", "--locked"]))?;
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
    eprintln!("xtask test: all green in {:.0?}", started.elapsed());
    Ok(())
}

fn has_nextest() -> bool {
    Command::new("cargo")
        .args(["nextest", "--version"])
        .output()
        .is_ok_and(|o| o.status.success())
}
