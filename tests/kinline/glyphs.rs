//! Every script drawn with the fonts Kinline ships (issue 17): the glyph check of
//! `cargo xtask glyphs`, held in CI.

use kinline_tests::glyphs::check;

#[test]
fn every_locale_draws_the_tablet_the_notice_and_the_callers_page_with_no_missing_glyph() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let report = runtime.block_on(check(None));
    let lines: Vec<String> = report
        .missing
        .iter()
        .map(|m| format!("{} {}: {}", m.locale, m.page, m.what))
        .collect();
    assert_eq!(
        report.clean(),
        24,
        "{}\n{}",
        lines.join("\n"),
        report.summary()
    );
}
