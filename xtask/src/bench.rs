//! `cargo xtask bench`: the benchmarks.

use anyhow::{Result, bail};

pub(crate) fn run(args: &[String]) -> Result<()> {
    match args.first().map(String::as_str) {
        // The call against real headless Chromium (tests/examples/call_bench.rs); release
        // build, because the codecs' speed is part of what is measured.
        Some("call") => {
            crate::setup::ensure_all()?;
            crate::run(crate::cargo(&[
                "run",
                "--release",
                "--package",
                "kinline-tests",
                "--example",
                "call_bench",
            ]))
        }
        // The tablet store against raw rusqlite inserts of the same rows
        // (tests/examples/store_bench.rs); release build, as a tablet runs it.
        Some("store") => {
            crate::setup::ensure_all()?;
            crate::run(crate::cargo(&[
                "run",
                "--release",
                "--package",
                "kinline-tests",
                "--example",
                "store_bench",
            ]))
        }
        _ => bail!("usage: cargo xtask bench call | store"),
    }
}
