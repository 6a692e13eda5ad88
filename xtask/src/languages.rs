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
    crate::run(crate::cargo(&[
        "run",
        "--quiet",
        "--package",
        "kinline-app",
        "--example",
        "languages",
    ]))
}
