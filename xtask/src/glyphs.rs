//! `cargo xtask glyphs`: every locale's tablet screens, written notice and caller's page laid
//! out with the fonts Kinline ships, and every text measured for a glyph that no shipped face
//! has (`kinline_tests::glyphs`) — in headless Chromium (every page) and in the tablet's real
//! webview, the `kinline-app` binary's own WebKitGTK window under Xvfb with no machine fonts
//! (its screens). Prints the engines, then ends with
//! `glyphs: N of 24 locales render with no missing glyph on tablet, notice and caller page`;
//! fails unless N is 24. Screenshots of every page go to `target/screenshots/glyphs/`
//! (`{locale}-{page}.png` from Chromium, `webkitgtk-{locale}-{page}.png` from the app window).

use anyhow::Result;

pub(crate) fn run(_args: &[String]) -> Result<()> {
    let needed: Vec<(&str, &str)> = crate::setup::PACKAGES
        .iter()
        .copied()
        .filter(|(p, _)| ["chromium", "chromium-driver", "xvfb", "imagemagick"].contains(p))
        .collect();
    crate::setup::ensure_packages(&needed)?;
    let shots = crate::root().join("target/screenshots/glyphs");
    let shots = shots.to_string_lossy();
    // The check's program and the app binary, built as `cargo xtask test` builds them (with
    // the whole workspace's features: a `cargo run -p kinline-tests` would resolve features
    // for the tests alone and rebuild most dependencies); the check runs the app beside it.
    crate::run(crate::cargo(&[
        "build",
        "--quiet",
        "--locked",
        "--workspace",
        "--bins",
    ]))?;
    let mut check = std::process::Command::new(crate::target_dir().join("debug/glyphs"));
    check.args(["--screenshots", &shots]);
    crate::run(check)
}
