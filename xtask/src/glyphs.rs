//! `cargo xtask glyphs`: every locale's tablet screens, written notice and caller's page laid
//! out in headless Chromium with the fonts Kinline ships, and every text measured for a glyph
//! that no shipped face has (`kinline_tests::glyphs`). Ends with
//! `glyphs: N of 24 locales render with no missing glyph on tablet, notice and caller page`;
//! fails unless N is 24. Screenshots of every page go to `target/screenshots/glyphs/`.

use anyhow::Result;

pub(crate) fn run(_args: &[String]) -> Result<()> {
    let needed: Vec<(&str, &str)> = crate::setup::PACKAGES
        .iter()
        .copied()
        .filter(|(p, _)| ["chromium", "chromium-driver"].contains(p))
        .collect();
    crate::setup::ensure_packages(&needed)?;
    let shots = crate::root().join("target/screenshots/glyphs");
    let shots = shots.to_string_lossy();
    crate::run(crate::cargo(&[
        "run",
        "--quiet",
        "--locked",
        "--package",
        "kinline-tests",
        "--bin",
        "glyphs",
        "--",
        "--screenshots",
        &shots,
    ]))
}
