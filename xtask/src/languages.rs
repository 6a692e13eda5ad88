//! `cargo xtask languages`: the table of offered languages — interface complete, compact
//! complete, which voice reads it (recorded, platform, espeak-ng, none), reviewed — ending with
//! `languages: N complete with voice, M complete, K offered`.

use anyhow::Result;

pub(crate) fn run(_args: &[String]) -> Result<()> {
    // espeak-ng (library and voices), ALSA and the CJK font must be installed to measure.
    let needed: Vec<(&str, &str)> = crate::setup::PACKAGES
        .iter()
        .copied()
        .filter(|(p, _)| {
            [
                "espeak-ng",
                "libespeak-ng-dev",
                "libasound2-dev",
                "fonts-noto-cjk",
            ]
            .contains(p)
        })
        .collect();
    crate::setup::ensure_packages(&needed)?;
    build()?;
    let table = crate::target_dir().join("debug/examples/languages");
    crate::run(std::process::Command::new(table))
}

/// Builds the table's program with the whole workspace's features, as `cargo xtask test`
/// builds everything (it calls this before the tests, so the test of this command builds
/// nothing): a `cargo run -p kinline-app --example` would resolve features for the app alone
/// and rebuild most of its dependencies inside the test (33 minutes on two cores).
pub(crate) fn build() -> Result<()> {
    crate::run(crate::cargo(&[
        "build",
        "--quiet",
        "--locked",
        "--workspace",
        "--example",
        "languages",
    ]))
}
