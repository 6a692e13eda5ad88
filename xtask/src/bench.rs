//! `cargo xtask bench`: the benchmarks.

use anyhow::{Result, bail};

mod app;

pub(crate) fn run(args: &[String]) -> Result<()> {
    match args.first().map(String::as_str) {
        // The call against real headless Chromium (tests/examples/call_bench.rs); release
        // build, because the codecs' speed is part of what is measured.
        //
        // `call --impaired`: the call on six bad networks through the impairment relay, the
        // tablet beside Chromium (tests/examples/call_bench/impaired.rs). A dev build with the
        // call engine and the codec wrapper optimised (their per-pixel work is what a tablet
        // runs; unoptimised it starves the call on a loaded machine), the rest as tests build
        // it: a release build of the whole app is a long wait on a small machine.
        Some("call") if args.iter().any(|a| a == "--impaired") => {
            crate::setup::ensure_all()?;
            crate::run(crate::cargo(&[
                "run",
                "--config",
                "profile.dev.package.kinline-call.opt-level=3",
                "--config",
                "profile.dev.package.kinline-media.opt-level=3",
                "--config",
                "profile.dev.package.kinline-audio.opt-level=3",
                "--config",
                "profile.dev.package.kinline-app.opt-level=3",
                "--config",
                "profile.dev.package.kinline-vpx.opt-level=3",
                "--package",
                "kinline-tests",
                "--example",
                "call_bench",
                "--",
                "--impaired",
            ]))
        }
        Some("call") => release_example("call_bench"),
        // The tablet store against raw rusqlite inserts of the same rows
        // (tests/examples/store_bench.rs); release build, as a tablet runs it.
        Some("store") => release_example("store_bench"),
        // The desktop app against an empty Dioxus window under Xvfb: cold start and memory
        // (xtask/src/bench/app.rs, app/examples/empty_window.rs); release builds.
        Some("app") => app::run(),
        // Sync on loopback against the server's own batched insert, SQLite and PostgreSQL,
        // and 500 tablets at once (tests/examples/sync_bench.rs); release build.
        Some("sync") => release_example("sync_bench"),
        // Trying every tablet PIN against one synced verifier, all cores
        // (server/examples/pin_bench.rs); release build.
        Some("pin") => crate::run(crate::cargo(&[
            "run",
            "--release",
            "--package",
            "kinline-server",
            "--example",
            "pin_bench",
        ])),
        // The staff console's appeals screen opened cold in headless Chromium: time to
        // interactive and bytes transferred (tests/examples/console_bench.rs). A debug build:
        // the page is small and the figure is far inside its goal, so the release build (the
        // whole app's) is not worth its time; a release server is only faster.
        Some("console") => {
            crate::setup::ensure_all()?;
            crate::run(crate::cargo(&[
                "run",
                "--package",
                "kinline-tests",
                "--example",
                "console_bench",
            ]))
        }
        // 2,000 sign-ins at once against the built server's demo as a process of its own
        // (tests/examples/signin_bench.rs): its resident memory after them and health's
        // latency during them. Debug builds, as `cargo xtask attack` runs them.
        Some("signin") => signin(),
        _ => bail!(
            "usage: cargo xtask bench app | call [--impaired] | console | pin | signin | store | sync"
        ),
    }
}

/// Runs a benchmark example of kinline-tests in release mode, as a tablet or server would run.
fn release_example(name: &str) -> Result<()> {
    crate::setup::ensure_all()?;
    crate::run(crate::cargo(&[
        "run",
        "--release",
        "--package",
        "kinline-tests",
        "--example",
        name,
    ]))
}

/// `bench signin`: the demo server as a process, then the example against it.
fn signin() -> Result<()> {
    crate::run(crate::cargo(&[
        "build",
        "--package",
        "kinline-tests",
        "--example",
        "signin_bench",
    ]))?;
    let bin = crate::schemathesis::build_server()?;
    let demo = crate::demo::DemoProcess::start(&bin, "bench-signin")?;
    let mut cmd = std::process::Command::new(bin.join("examples").join("signin_bench"));
    cmd.arg(&demo.url).arg(&demo.cert).arg(demo.pid.to_string());
    crate::run(cmd)
}
