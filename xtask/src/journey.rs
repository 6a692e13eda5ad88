//! `cargo xtask journey`: the caller's journey (tests/examples/journey.rs) through the real
//! centre server, the loopback SMTP sink and Chromium. Its last line is
//! `journey: booked → invited → joined → admitted → ended → erased, N problems`; it fails
//! unless N is 0.

use anyhow::Result;

pub(crate) fn run(args: &[String]) -> Result<()> {
    crate::setup::ensure_all()?;
    crate::run(crate::cargo(&[
        "build",
        "--package",
        "kinline-tests",
        "--example",
        "journey",
    ]))?;
    let exe = crate::target_dir()
        .join("debug/examples")
        .join(format!("journey{}", std::env::consts::EXE_SUFFIX));
    let mut cmd = std::process::Command::new(exe);
    cmd.current_dir(crate::root()).args(args);
    crate::run(cmd)
}
