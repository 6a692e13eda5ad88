//! Installs what the tests need on a fresh Debian 12 machine: Debian packages (only those
//! missing, so a prepared machine is not touched) and the wasm32 Rust target.

use anyhow::{Context, Result};
use std::process::Command;

/// Debian packages the build and tests need, and why.
pub(crate) const PACKAGES: &[(&str, &str)] = &[
    (
        "libespeak-ng-dev",
        "espeak-ng's library, which reads the compact aloud (kinline-espeak links it)",
    ),
    (
        "espeak-ng",
        "espeak-ng's voices (espeak-ng-data) for the read-aloud",
    ),
    (
        "libasound2-dev",
        "ALSA, the tablet's audio output on Linux (cpal plays the read-aloud)",
    ),
    (
        "fonts-noto-cjk",
        "Noto Sans CJK, which assets/fonts/NotoSansSC-Subset.otf is cut from (kinline_shared::fonts)",
    ),
    ("pkg-config", "finding system libraries"),
    (
        "libssl-dev",
        "SQLCipher's crypto (rusqlite bundled-sqlcipher)",
    ),
    (
        "postgresql",
        "the centre server's second backend: its tests start a throwaway cluster (initdb, pg_ctl)",
    ),
    (
        "libwebkit2gtk-4.1-dev",
        "the app's Dioxus desktop webview on Linux (wry)",
    ),
    ("libgtk-3-dev", "the app's desktop window on Linux (tao)"),
    (
        "libxdo-dev",
        "the app's desktop menus and keyboard on Linux (muda)",
    ),
    ("libsoup-3.0-dev", "HTTP for the WebKitGTK webview (wry)"),
    ("libvpx-dev", "VP8 for the call engine (vpx/ over libvpx)"),
    (
        "libopus-dev",
        "Opus audio for the call engine (opus over libopus)",
    ),
    (
        "libwebrtc-audio-processing-dev",
        "the call's echo cancellation (app feature call-devices, webrtc-audio-processing)",
    ),
    (
        "libclang-dev",
        "bindgen in webrtc-audio-processing-sys and v4l2-sys-mit (the call's devices)",
    ),
    (
        "chromium",
        "the outside caller's browser in the call's end-to-end tests",
    ),
    (
        "chromium-driver",
        "drives headless Chromium in the call tests (fantoccini)",
    ),
    (
        "firefox-esr",
        "the outside caller's second browser in the call tests (driven by geckodriver)",
    ),
    (
        "coturn",
        "TURN relay for the relay-only call test (turnserver)",
    ),
    (
        "libdbus-1-dev",
        "the tablet store's key in the Secret Service on Linux (keyring)",
    ),
    (
        "xvfb",
        "the virtual X server the app's end-to-end test and `cargo xtask bench app` open windows on",
    ),
    (
        "xdotool",
        "real X clicks, typing and finger drags into the app's webview in its end-to-end test",
    ),
    (
        "nodejs",
        "npm installs axe-core, the accessibility check the console tests run in Chromium",
    ),
    (
        "imagemagick",
        "`import` saves the app's window as PNG and `identify` checks it (tests/kinline/app_e2e.rs)",
    ),
];

/// Installs every missing package and Rust target.
pub(crate) fn ensure_all() -> Result<()> {
    ensure_packages(PACKAGES)?;
    ensure_cargo_tool(
        "geckodriver",
        GECKODRIVER,
        "drives headless Firefox ESR in the call tests",
    )?;
    ensure_axe()?;
    ensure_rust_target("wasm32-unknown-unknown")?;
    ensure_rust_target("aarch64-linux-android")
}

/// The axe-core release the console's accessibility check injects (tests/kinline/web_console.rs).
const AXE_CORE: &str = "4.10.3";

/// `npm install`s axe-core into `~/.cache/kinline/npm` unless it is there already.
fn ensure_axe() -> Result<()> {
    let home = std::env::var_os("HOME").context("HOME is not set")?;
    let dir = std::path::PathBuf::from(home).join(".cache/kinline/npm");
    let installed = dir.join("node_modules/axe-core/package.json");
    if std::fs::read_to_string(&installed)
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{AXE_CORE}\"")))
    {
        return Ok(());
    }
    std::fs::create_dir_all(&dir)?;
    eprintln!("installing axe-core {AXE_CORE} with npm: the console's accessibility check");
    let mut cmd = Command::new("npm");
    cmd.arg("install")
        .arg("--prefix")
        .arg(&dir)
        .arg(format!("axe-core@{AXE_CORE}"))
        .args(["--no-audit", "--no-fund", "--no-save"]);
    crate::run(cmd).context("npm install axe-core failed: check the network to the npm registry")
}

/// The geckodriver release `cargo install` builds (Debian 12 does not package it).
const GECKODRIVER: &str = "0.37.1";

/// `cargo install`s `name` at `version` unless `~/.cargo/bin` has it already.
fn ensure_cargo_tool(name: &str, version: &str, why: &str) -> Result<()> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")))
        .context("neither CARGO_HOME nor HOME is set")?;
    if home.join("bin").join(name).exists() {
        return Ok(());
    }
    eprintln!("installing {name} {version} with cargo install: {why}");
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.args(["install", "--locked", "--version", version, name]);
    // Its own target directory: the workspace's is not for tools.
    cmd.env(
        "CARGO_TARGET_DIR",
        std::env::temp_dir().join(format!("kinline-{name}-build")),
    );
    crate::run(cmd)
        .with_context(|| format!("cargo install {name} failed: check the network to crates.io"))
}

fn installed(pkg: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", pkg])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
}

/// apt-get installs the packages of `list` that are not installed yet.
pub(crate) fn ensure_packages(list: &[(&str, &str)]) -> Result<()> {
    let missing: Vec<&str> = list
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| !installed(p))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!("installing Debian packages: {}", missing.join(" "));
    let sudo = !is_root();
    let mut update = apt(sudo);
    update.arg("update");
    crate::run(update).context("apt-get update failed: check the network to Debian's mirror")?;
    let mut install = apt(sudo);
    install
        .args(["install", "-y", "--no-install-recommends"])
        .args(&missing);
    install.env("DEBIAN_FRONTEND", "noninteractive");
    crate::run(install).context("apt-get install failed")
}

fn apt(sudo: bool) -> Command {
    if sudo {
        let mut c = Command::new("sudo");
        c.arg("apt-get");
        c
    } else {
        Command::new("apt-get")
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0"))
}

fn ensure_rust_target(target: &str) -> Result<()> {
    let out = Command::new("rustup")
        .current_dir(crate::root())
        .args(["target", "list", "--installed"])
        .output();
    match out {
        Ok(o)
            if String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == target) =>
        {
            Ok(())
        }
        Ok(_) => {
            let mut c = Command::new("rustup");
            c.current_dir(crate::root()).args(["target", "add", target]);
            crate::run(c)
        }
        Err(_) => {
            eprintln!("rustup not found: assuming the {target} target is installed");
            Ok(())
        }
    }
}
