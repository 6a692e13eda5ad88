//! `cargo xtask …`: Kinline's automation, so no scripts are scattered around.
//!
//! - `cargo xtask test`: installs what the tests need on a fresh Debian machine, then runs
//!   formatting, clippy, every test, and the wasm32 build of the core. CI runs exactly this.
//! - `cargo xtask demo`: runs Kinline (what exists of it).
//! - `cargo xtask package` / `install-test`: the Debian packages, and their install on a
//!   clean Debian 12 root.
//! - `cargo xtask journey`: a caller's journey, booked to erased (issue #16).
//! - `cargo xtask mixed-release`: the previous release and this one in one fleet (issue #23).
//! - `cargo xtask attack`: the attacks of issue #18 against a real centre server.
//! - `cargo xtask schemathesis`: schemathesis against the demo server's OpenAPI document.

/// The variables cargo sets for a running crate, the same code the tests use.
#[path = "../../tests/src/cargo_env.rs"]
#[allow(unreachable_pub)]
mod cargo_env;

mod attack;
mod bench;
mod crash;
mod demo;
mod faults;
mod fuzz;
mod glyphs;
mod install_test;
mod journey;
mod languages;
mod mixed_release;
mod package;
mod schemathesis;
mod setup;
mod test;

use anyhow::{Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, rest) = args
        .split_first()
        .map_or(("help", &[][..]), |(c, r)| (c.as_str(), r));
    match cmd {
        "test" => test::run(rest),
        "demo" => demo::run(rest),
        "setup" => setup::ensure_all(),
        "crash" => crash::run(rest),
        "faults" => faults::run(rest),
        "fuzz" => fuzz::run(rest),
        "bench" => bench::run(rest),
        "attack" => attack::run(rest),
        "schemathesis" => schemathesis::run(rest),
        "languages" => languages::run(rest),
        "glyphs" => glyphs::run(rest),
        "package" => package::run(rest),
        "install-test" => install_test::run(rest),
        "journey" => journey::run(rest),
        "mixed-release" => mixed_release::run(rest),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => bail!("unknown command '{other}'.\n{USAGE}"),
    }
}

const USAGE: &str = "usage: cargo xtask <command>
  test    install what the tests need, then fmt, clippy, all tests, wasm32 build of the core
          (--fuzz N: then fuzz the protocol decoder for N seconds)
  demo    run Kinline on this machine
  languages  the language table: interface, compact, voice, reviewed
  glyphs  every locale's tablet screens, notice and caller's page drawn in Chromium: no glyph
          missing from the shipped fonts
  setup   only install the system packages and Rust targets the tests need
  crash   --runs N: kill a writing tablet store N times, check nothing is lost or doubled
  faults  --rounds N: sync tablets through a fault proxy, check nothing is lost or doubled
  fuzz    [--seconds N]: fuzz the sync protocol decoder with libFuzzer (stable toolchain)
  bench   store | sync | ...: benchmarks, side by side with their reference
  attack  the attacks of issue #18 over HTTP and WebSocket against the built server's demo
          started as its own process on 127.0.0.1: prints `attacks: N of N held`
  schemathesis  schemathesis against /api/openapi.json of a demo server process, fixed
          settings: prints `schemathesis: N operations, 0 server errors, 0 mismatches`
  package [--out DIR]: the kinline-server and kinline-tablet Debian packages
  install-test  the packages installed on a clean Debian 12 root (debootstrap) and run there:
          server from its unit, tablet enrolled headless, the Arabic compact, a signed sync
  mixed-release  the previous release (platforms/previous-release, built once under
          ~/.cache/kinline/prev-release) and this one syncing both ways: old tablets with the new
          server, new tablets with the old server (unknown kinds carried), every chain verified
  journey  a caller's journey through the server, the SMTP sink and Chromium: booked, invited,
          joined, admitted, ended, erased; names every step not yet driven as issue #16 asks";

/// The workspace root (the parent of xtask/).
pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// The cargo target directory: `$CARGO_TARGET_DIR`, else `~/.cache/kinline/target`, so a CI
/// clone in another folder reuses what a developer session already built on this machine.
pub(crate) fn target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/tmp"), PathBuf::from);
    home.join(".cache/kinline/target")
}

/// A `cargo` command run at the root with the shared target directory.
///
/// Without the variables `cargo run` set for xtask itself (`CARGO_PKG_NAME`,
/// `CARGO_MANIFEST_DIR`, …): build scripts that watch them would rebuild, and the tests that
/// build the workspace's binaries (kinline_tests::cargo_command) build them the same way.
pub(crate) fn cargo(args: &[&str]) -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cargo_env::without_crate_variables(&mut c);
    c.current_dir(root())
        .env("CARGO_TARGET_DIR", target_dir())
        .args(args);
    c
}

/// Runs a command, echoing it, and fails with its exit status.
pub(crate) fn run(mut cmd: Command) -> Result<()> {
    eprintln!("$ {}", describe(&cmd));
    let status = cmd.status()?;
    if !status.success() {
        bail!("`{}` failed ({status})", describe(&cmd));
    }
    Ok(())
}

fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}
