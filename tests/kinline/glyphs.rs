//! Every script drawn with the fonts Kinline ships (issue 17): the glyph check of
//! `cargo xtask glyphs`, held in CI — in Chromium, and in the tablet's real webview (the
//! `kinline-app` binary's own WebKitGTK window under Xvfb, with no machine fonts).

use kinline_tests::glyphs::{Report, check_chromium, check_webkitgtk};

fn assert_every_locale_clean(report: &Report, pages: usize) {
    let lines: Vec<String> = report.missing.iter().map(ToString::to_string).collect();
    assert_eq!(
        (report.clean(), report.measured),
        (24, pages),
        "{}\n{}\n{}",
        lines.join("\n"),
        report.engines_line(),
        report.summary()
    );
}

#[test]
fn every_locale_draws_the_tablet_the_notice_and_the_callers_page_in_chromium_with_no_missing_glyph()
{
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let report = runtime.block_on(check_chromium(None));
    assert_every_locale_clean(&report, 24 * 5);
}

/// The real binary, loading its fonts its own way (`data:` URLs in the window's head): a
/// build that does not load them fails here, every locale.
#[test]
fn every_locale_draws_the_tablet_in_the_apps_own_webkitgtk_window_with_no_missing_glyph() {
    let exe = std::env::current_exe().unwrap();
    let target = exe.ancestors().nth(3).unwrap();
    let app = kinline_tests::workspace_binaries(target).join("kinline-app");
    let report = check_webkitgtk(&app, None);
    assert_every_locale_clean(&report, 24 * 3);
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
    app.0
        .borrow_mut()
        .dispatch(Msg::ChooseCompactLanguage(amal));
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

/// The `@font-face` rules of a stylesheet: (family, url, weight, unicode-range).
fn font_faces(css: &str) -> Vec<(String, String, String, String)> {
    let field = |rule: &str, name: &str| {
        rule.split(';')
            .find_map(|d| d.trim().strip_prefix(name).map(|v| v.trim().to_owned()))
            .unwrap_or_default()
    };
    css.split("@font-face {")
        .skip(1)
        .map(|rest| {
            let rule = &rest[..rest.find('}').unwrap_or(rest.len())];
            let src = field(rule, "src:");
            let url = src
                .split("url(\"")
                .nth(1)
                .and_then(|u| u.split('"').next())
                .unwrap_or_default()
                .to_owned();
            (
                field(rule, "font-family:").trim_matches('"').to_owned(),
                url,
                field(rule, "font-weight:"),
                field(rule, "unicode-range:"),
            )
        })
        .collect()
}

/// The families of the `font-family` declaration that follows `selector {` in `css`.
fn stack_after(css: &str, selector: &str) -> Vec<String> {
    let rule = css
        .split(&format!("{selector} {{"))
        .nth(1)
        .unwrap_or_else(|| panic!("a rule for {selector}"));
    let value = rule
        .split("font-family:")
        .nth(1)
        .and_then(|v| v.split(';').next())
        .unwrap_or_default();
    value
        .split(',')
        .map(|f| f.trim().trim_matches('"').to_owned())
        .collect()
}

/// Issue 17, item 1: the caller's page loads a shipped face for every script of the 24
/// languages through `@font-face` with `unicode-range`, in an explicit order that reaches the
/// machine's `sans-serif` last; the face that draws each script is the one named (Naskh for
/// Arabic, Nastaliq for Urdu), has the glyph, and is served with a year's immutable caching.
#[test]
fn the_callers_page_draws_every_script_with_its_shipped_face_served_cacheable_for_a_year() {
    use kinline_shared::fonts::{FONT_STACK, range_covers};
    // A script, one of its letters, a page language that writes it, and the font that must
    // draw it (its own name table's family).
    const SCRIPTS: [(&str, char, &str, &str); 10] = [
        ("Latin", 'ș', "ro", "Noto Sans"),
        ("Arabic", 'ع', "ar", "Noto Naskh Arabic"),
        ("Urdu (Nastaliq)", 'ے', "ur", "Noto Nastaliq Urdu"),
        ("Ethiopic", 'ሰ', "ti", "Noto Sans Ethiopic"),
        ("Devanagari", 'क', "hi", "Noto Sans Devanagari"),
        ("Bengali", 'ব', "bn", "Noto Sans Bengali"),
        ("Gurmukhi", 'ਪ', "pa", "Noto Sans Gurmukhi"),
        ("Gujarati", 'ગ', "gu", "Noto Sans Gujarati"),
        ("Tamil", 'த', "ta", "Noto Sans Tamil"),
        ("Han", '语', "zh-Hans", "Noto Sans CJK SC"),
    ];
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let server = kinline_tests::call_harness::Server::start(None).await;
        let http = reqwest::Client::new();
        for (script, letter, lang, font) in SCRIPTS {
            let page = http
                .get(format!("{}/join/fontcheck?lang={lang}", server.base()))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            assert!(page.contains(&format!("lang=\"{lang}\"")), "{lang}: {page}");
            // The order a character is looked for in: explicit, the machine's last.
            let body = stack_after(&page, "body, button, input, select, textarea");
            let stack = if lang == "ur" {
                stack_after(&page, ":lang(ur)")
            } else {
                body.clone()
            };
            assert_eq!(
                body.join(", "),
                FONT_STACK.replace('"', ""),
                "the page's font stack"
            );
            assert_eq!(stack.last().map(String::as_str), Some("sans-serif"));
            let faces = font_faces(&page);
            let (family, url) = stack
                .iter()
                .find_map(|family| {
                    faces
                        .iter()
                        .find(|(f, _, weight, range)| {
                            f == family && weight == "400" && range_covers(range, letter)
                        })
                        .map(|(f, url, _, _)| (f.clone(), url.clone()))
                })
                .unwrap_or_else(|| panic!("{script}: no @font-face covers {letter}"));
            let response = http
                .get(format!("{}{url}", server.base()))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "{script}: {url}");
            let header = |name: &str| {
                response
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned()
            };
            assert_eq!(
                header("cache-control"),
                "public, max-age=31536000, immutable",
                "{script}: {url}"
            );
            assert!(
                header("content-type").starts_with("font/"),
                "{script}: {url}"
            );
            let bytes = response.bytes().await.unwrap();
            let face = ttf_parser::Face::parse(&bytes, 0).unwrap();
            let name = face
                .names()
                .into_iter()
                .find(|n| n.name_id == ttf_parser::name_id::FAMILY && n.is_unicode())
                .and_then(|n| n.to_string())
                .unwrap_or_default();
            assert_eq!((script, name.as_str()), (script, font), "{family} at {url}");
            assert!(face.glyph_index(letter).is_some(), "{font} draws {letter}");
            // An old or made-up hash is not served (the page that asks is older than the server).
            let stale = url.replacen("/assets/fonts/", "/assets/fonts/0", 1);
            let status = http
                .get(format!("{}{stale}", server.base()))
                .send()
                .await
                .unwrap()
                .status();
            assert_eq!(status, 404, "{stale}");
        }
    });
}
