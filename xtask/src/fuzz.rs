//! `cargo xtask fuzz [--seconds N]`: the fuzz targets of server/fuzz under libFuzzer, N
//! seconds each, on the stable toolchain: `protocol_decoder` (the sync protocol's decoder) and
//! `fold` (arbitrary event sequences folded, `kinline_shared::hostile`). cargo-fuzz's `-Zsanitizer` needs nightly; libFuzzer
//! itself only needs SanitizerCoverage, which stable rustc gives through `-C passes` and
//! `-C llvm-args` (the same instrumentation cargo-fuzz asks for, without AddressSanitizer —
//! the decoder is safe Rust, so a crash is a panic, which libFuzzer catches). Built in its
//! own target directory (`<target>/fuzz`) and for an explicit `--target`, so the flags reach
//! neither the main build nor build scripts and proc macros. Seeds: valid push bodies
//! (tests/examples/fuzz_seeds.rs) for the decoder; a few byte patterns for the fold. Prints
//! `fuzz: TARGET E executions in S s, C crashes, corpus K inputs` for each and fails on a
//! crash, leaving the input under `<target>/fuzz`.

use anyhow::{Context, Result, bail};
use std::path::PathBuf;
use std::process::Command;

/// The SanitizerCoverage instrumentation libFuzzer feeds on (stable `-C` options only).
const COVERAGE_FLAGS: &[&str] = &[
    "-Cpasses=sancov-module",
    "-Cllvm-args=-sanitizer-coverage-level=4",
    "-Cllvm-args=-sanitizer-coverage-inline-8bit-counters",
    "-Cllvm-args=-sanitizer-coverage-pc-table",
    "-Cllvm-args=-sanitizer-coverage-trace-compares",
    "--cfg",
    "fuzzing",
    "-Cdebug-assertions",
    "-Coverflow-checks",
];

pub(crate) fn run(args: &[String]) -> Result<()> {
    let seconds: u64 = match args.iter().position(|a| a == "--seconds") {
        Some(i) => args
            .get(i + 1)
            .context("--seconds needs a number")?
            .parse()
            .context("--seconds needs a number")?,
        None => 60,
    };
    fuzz(seconds)
}

/// The fuzz targets of server/fuzz, in the order they run.
const TARGETS: [&str; 2] = ["protocol_decoder", "fold"];

/// Builds the targets, writes the seeds, runs libFuzzer on each for `seconds`.
pub(crate) fn fuzz(seconds: u64) -> Result<()> {
    let started = std::time::Instant::now();
    let host = host_triple()?;
    let dir = crate::target_dir().join("fuzz");
    let mut build = crate::cargo(&[
        "build",
        "--release",
        "--manifest-path",
        "server/fuzz/Cargo.toml",
        "--bins",
        "--target",
        &host,
    ]);
    build
        .env("CARGO_TARGET_DIR", &dir)
        .env("RUSTFLAGS", COVERAGE_FLAGS.join(" "));
    crate::run(build)?;
    for target in TARGETS {
        let corpus = dir.join("corpus").join(target);
        std::fs::create_dir_all(&corpus)?;
        if target == "protocol_decoder" {
            crate::run(crate::cargo(&[
                "run",
                "--quiet",
                "--package",
                "kinline-tests",
                "--example",
                "fuzz_seeds",
                "--",
                &corpus.to_string_lossy(),
            ]))?;
        } else {
            // Byte patterns that make every kind of event, and the absurd values among them.
            for n in 0u8..8 {
                let seed: Vec<u8> = (0..512u32).map(|i| (i as u8).wrapping_mul(n + 1)).collect();
                std::fs::write(corpus.join(format!("seed-{n}")), seed)?;
            }
        }
        run_target(&dir, &host, target, &corpus, seconds)?;
    }
    eprintln!("fuzz: all targets in {:.0?}", started.elapsed());
    Ok(())
}

/// Runs one built target on its corpus for `seconds`; fails on a crash.
fn run_target(
    dir: &std::path::Path,
    host: &str,
    target: &str,
    corpus: &std::path::Path,
    seconds: u64,
) -> Result<()> {
    let started = std::time::Instant::now();
    let artifacts = dir.join("artifacts").join(target);
    std::fs::create_dir_all(&artifacts)?;
    let exe: PathBuf = dir
        .join(host)
        .join("release")
        .join(format!("{target}{}", std::env::consts::EXE_SUFFIX));
    eprintln!("$ {} (for {seconds} s)", exe.display());
    let out = Command::new(&exe)
        .arg(corpus)
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        // An event sequence folds in well under a second; longer is a loop.
        .arg("-timeout=10")
        .arg("-rss_limit_mb=2048")
        .arg("-print_final_stats=1")
        .output()
        .with_context(|| format!("running {}", exe.display()))?;
    let log = String::from_utf8_lossy(&out.stderr);
    let stat = |name: &str| -> Option<u64> {
        log.lines()
            .find_map(|l| l.strip_prefix(&format!("stat::{name}:")))
            .and_then(|v| v.trim().parse().ok())
    };
    let executions = stat("number_of_executed_units").unwrap_or(0);
    let crashes: Vec<PathBuf> = std::fs::read_dir(&artifacts)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    let corpus_len = std::fs::read_dir(corpus)?.count();
    println!(
        "fuzz: {target} {executions} executions in {seconds} s, {} crashes, corpus {corpus_len} inputs (all in {:.0?})",
        crashes.len(),
        started.elapsed()
    );
    if !out.status.success() || !crashes.is_empty() {
        let tail: Vec<&str> = log.lines().rev().take(40).collect();
        for l in tail.into_iter().rev() {
            eprintln!("{l}");
        }
        bail!(
            "the fuzzer found a crash: {:?} (replay: {} <file>)",
            crashes,
            exe.display()
        );
    }
    if executions == 0 {
        bail!("the fuzzer ran no input; see its output:\n{log}");
    }
    Ok(())
}

/// This machine's target triple (`rustc -vV`).
fn host_triple() -> Result<String> {
    let out = Command::new("rustc").arg("-vV").output()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_owned)
        .context("rustc -vV names no host")
}
