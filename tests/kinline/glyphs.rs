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

#[test]
fn a_language_name_keeps_its_own_direction_beside_english_on_the_tablet_and_the_callers_page() {
    use kinline_app::ui::Msg;
    use kinline_app::ui::memory::test_morning;
    use kinline_shared::languages::{Direction, LANGUAGES};
    // The tablet: the compact's language buttons name "العربية" as an isolate (FSI … PDI, as
    // `<bdi>`), so it does not pull "(Arabic)" and its brackets into its own direction.
    let app = kinline_tests::demo_tablet_signed_in(test_morning());
    let amal = kinline_tests::detainee_named(&app, "Amal Haddad");
    app.0.borrow_mut().update(Msg::ChooseCompactLanguage(amal));
    let html = kinline_tests::render_app(&app);
    assert!(
        html.contains("\u{2068}العربية\u{2069} (Arabic)"),
        "the Arabic name is isolated: {html}"
    );
    // The caller's page: every name in the picker carries its own direction.
    for page_language in [
        &LANGUAGES[0],
        kinline_shared::languages::find("ar").unwrap(),
    ] {
        let page = kinline_server::signalling::page::render(page_language, None);
        for l in &LANGUAGES {
            let dir = if l.direction == Direction::Rtl {
                "rtl"
            } else {
                "ltr"
            };
            assert!(
                page.contains(&format!(
                    "<option value=\"{}\" lang=\"{}\" dir=\"{dir}\"",
                    l.tag, l.tag
                )),
                "{} in the {} page has dir=\"{dir}\"",
                l.tag,
                page_language.tag
            );
        }
    }
}
