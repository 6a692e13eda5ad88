//! The glyph check (`cargo xtask glyphs`, and the tests that hold it in CI): for each of the
//! 24 locales, the tablet's screens a detainee reads (the compact, a refusal, a legal call
//! handed to them), the written suspension notice and the caller's page are laid out with the
//! CSS and fonts they ship, and every piece of text is measured for a glyph no shipped face
//! has — in two engines:
//!
//! - **Chromium** (headless, one browser): every page, the tablet's screens rendered with
//!   dioxus-ssr under the window's own head (`kinline_app::i18n::font_head`);
//! - **WebKitGTK**, the tablet's real webview: the `kinline-app` binary itself under a private
//!   Xvfb, started with `KINLINE_GLYPH_PROBE` so that it shows the tablet's screens of every
//!   locale in its own window and measures them there (`kinline_app::glyph_probe`). It runs
//!   with a fontconfig that holds no font but a blank one, so what it draws comes from the
//!   fonts the app loads itself or from nowhere.
//!
//! How a missing glyph is measured is `kinline_app::glyph_probe`'s comment. The probes
//! (`tests/fixtures/probe-*.ttf`) were made once with fontTools' `FontBuilder`: two glyphs,
//! no outlines, one cmap (3, 10, 13) subtable mapping U+0020–U+10FFFF to the blank glyph.

use crate::call_harness::Server;
use axum::extract::Path as UrlPath;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use chrono::Duration;
use kinline_app::glyph_probe::{self, MEASURE_FN, Results, SHOWN_FN, TABLET_PAGES};
use kinline_app::ui::SharedApp;
use kinline_app::ui::memory::test_morning;
use kinline_console::notice::{NoticeText, notice_html};
use kinline_shared::ids::SuspensionId;
use kinline_shared::languages::LANGUAGES;
use kinline_shared::model::SuspensionReason;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

/// The pages checked in every locale (in Chromium; the first three, [`TABLET_PAGES`], in
/// WebKitGTK too).
pub const PAGES: [&str; 5] = ["compact", "refusal", "call", "notice", "caller"];

/// The engine names the report gives.
pub const CHROMIUM: &str = "Chromium";
/// The tablet's real webview.
pub const WEBKITGTK: &str = "WebKitGTK";

/// Text that rendered with no shipped glyph.
#[derive(Clone, Debug)]
pub struct Missing {
    /// The locale.
    pub locale: &'static str,
    /// Which page ([`PAGES`]).
    pub page: &'static str,
    /// The engine it was seen in ([`CHROMIUM`], [`WEBKITGTK`]).
    pub engine: &'static str,
    /// What was wrong, and where.
    pub what: String,
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} ({}): {}",
            self.locale, self.page, self.engine, self.what
        )
    }
}

/// What the check found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Locales checked.
    pub locales: usize,
    /// The engines the pages were laid out in, and what in each.
    pub engines: Vec<String>,
    /// Pages measured (an engine's page of a locale counts once).
    pub measured: usize,
    /// Everything that drew without a shipped glyph.
    pub missing: Vec<Missing>,
}

impl Report {
    /// An empty report of every locale in one engine (`engine` says which, and what in it).
    pub fn of(engine: String) -> Report {
        Report {
            locales: LANGUAGES.len(),
            engines: vec![engine],
            ..Report::default()
        }
    }

    /// How many locales drew every page with no missing glyph.
    pub fn clean(&self) -> usize {
        LANGUAGES
            .iter()
            .filter(|l| !self.missing.iter().any(|m| m.locale == l.tag))
            .count()
    }

    /// Both reports in one: a locale is clean only if it is clean in both.
    pub fn and(mut self, other: Report) -> Report {
        self.locales = self.locales.max(other.locales);
        self.engines.extend(other.engines);
        self.measured += other.measured;
        self.missing.extend(other.missing);
        self
    }

    /// The line that says where the pages were laid out.
    pub fn engines_line(&self) -> String {
        format!(
            "glyphs: {} pages measured in {}",
            self.measured,
            self.engines.join(" and ")
        )
    }

    /// The one line `cargo xtask glyphs` prints.
    pub fn summary(&self) -> String {
        format!(
            "glyphs: {} of {} locales render with no missing glyph on tablet, notice and caller page",
            self.clean(),
            self.locales
        )
    }
}

/// A probe font's bytes (served by the check's server: the caller's page allows fonts from
/// its own origin only).
fn probe(em: u8) -> Vec<u8> {
    let path = crate::workspace_root().join(format!("tests/fixtures/probe-{em}em.ttf"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A tablet screen as the window shows it: the window's head (the fonts) and the rendered app.
fn tablet_page(app: &SharedApp) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">{}</head><body>{}</body></html>",
        kinline_app::i18n::font_head(),
        crate::render_app(app)
    )
}

/// The written notice of a suspension in `tag`.
fn notice(tag: &str) -> String {
    let from = test_morning();
    notice_html(&NoticeText {
        suspension: SuspensionId(uuid::Uuid::from_u128(0x5150)),
        language: tag.to_owned(),
        name: "Amal Haddad".into(),
        reason: SuspensionReason::Security,
        reasons_in_words: String::new(),
        from,
        until: from + Duration::days(7),
        appeal_hours: 48,
        review: Some(from + Duration::days(7)),
    })
    .unwrap_or_else(|e| panic!("{tag}: the notice: {e}"))
}

/// The check in Chromium: every locale, every page, in one headless browser. With
/// `screenshots`, also saves each page as the person sees it (before the probe) to
/// `{dir}/{locale}-{page}.png`.
pub async fn check_chromium(screenshots: Option<&Path>) -> Report {
    let mut pages: BTreeMap<String, String> = BTreeMap::new();
    for l in &LANGUAGES {
        let scenes = glyph_probe::tablet_scenes(l.tag).unwrap_or_else(|e| panic!("{e}"));
        for (page, app) in TABLET_PAGES.iter().zip(&scenes) {
            pages.insert(format!("{}/{page}", l.tag), tablet_page(app));
        }
        pages.insert(format!("{}/notice", l.tag), notice(l.tag));
    }
    let pages = Arc::new(pages);
    let (narrow, wide) = (probe(0), probe(2));
    let extra = axum::Router::new()
        .route(
            "/glyphs/probe-0em.ttf",
            get(move || async move { ([(header::CONTENT_TYPE, "font/ttf")], narrow) }),
        )
        .route(
            "/glyphs/probe-2em.ttf",
            get(move || async move { ([(header::CONTENT_TYPE, "font/ttf")], wide) }),
        )
        .route(
            "/glyphs/{tag}/{page}",
            get(move |UrlPath((tag, page)): UrlPath<(String, String)>| {
                let pages = Arc::clone(&pages);
                async move {
                    match pages.get(&format!("{tag}/{page}")) {
                        Some(html) => Html(html.clone()).into_response(),
                        None => (
                            StatusCode::NOT_FOUND,
                            [(header::CACHE_CONTROL, "no-store")],
                            "",
                        )
                            .into_response(),
                    }
                }
            }),
        );
    let server = Server::start_with(None, extra).await;
    let browser = crate::call_harness::Browser::start().await;
    browser
        .client
        .set_window_size(1280, 800)
        .await
        .expect("the window takes the tablet's size");
    let mut report = Report::of(format!(
        "{CHROMIUM} (headless; tablet screens, notice and caller page)"
    ));
    for l in &LANGUAGES {
        for page in PAGES {
            let url = if page == "caller" {
                format!("{}/join/glyphcheck?lang={}", server.base(), l.tag)
            } else {
                format!("{}/glyphs/{}/{page}", server.base(), l.tag)
            };
            browser.client.goto(&url).await.expect("the page opens");
            // What a person sees first (SHOWN_FN). That every face is loaded at the start is
            // the app window's (its head's script), checked in WebKitGTK below.
            let seen = browser
                .client
                .execute(
                    &format!("return ({SHOWN_FN})(...arguments);"),
                    vec![Value::from("body"), Value::from(false)],
                )
                .await
                .unwrap_or_else(|e| panic!("{} {page}: the shown check runs: {e}", l.tag));
            if let Some(dir) = screenshots
                && let Ok(png) = browser.client.screenshot().await
            {
                let _ = std::fs::create_dir_all(dir);
                let _ = std::fs::write(dir.join(format!("{}-{page}.png", l.tag)), png);
            }
            let result = browser
                .client
                .execute(
                    &format!("return ({MEASURE_FN})(...arguments);"),
                    vec![
                        Value::from("/glyphs/probe-0em.ttf"),
                        Value::from("/glyphs/probe-2em.ttf"),
                        Value::from(page == "caller"),
                        Value::from("body"),
                    ],
                )
                .await
                .unwrap_or_else(|e| panic!("{} {page}: the measuring script runs: {e}", l.tag));
            let problems = seen
                .as_array()
                .into_iter()
                .chain(result["problems"].as_array())
                .flatten()
                .cloned()
                .collect::<Vec<_>>();
            assert!(
                result["measured"].as_u64().unwrap_or(0) > 0,
                "{} {page}: nothing was measured",
                l.tag
            );
            report.measured += 1;
            for p in problems {
                report.missing.push(Missing {
                    locale: l.tag,
                    page,
                    engine: CHROMIUM,
                    what: p.as_str().unwrap_or_default().to_owned(),
                });
            }
        }
    }
    browser.close().await;
    report
}

/// The fontconfig the app runs under in the WebKitGTK check: one font directory holding only
/// a blank face (the 0 em probe), so no machine font can draw anything in the window.
fn blank_fontconfig(dir: &Path) -> PathBuf {
    let fonts = dir.join("last-resort");
    std::fs::create_dir_all(&fonts).unwrap();
    std::fs::write(fonts.join("blank.ttf"), probe(0)).unwrap();
    let conf = dir.join("fonts.conf");
    std::fs::write(
        &conf,
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n\
             <fontconfig><dir>{}</dir><cachedir>{}</cachedir></fontconfig>\n",
            fonts.display(),
            dir.join("fc-cache").display()
        ),
    )
    .unwrap();
    conf
}

/// The check in WebKitGTK: the real `app` binary (built with its `desktop` feature) in a
/// private Xvfb, showing and measuring the tablet's screens of every locale in its own
/// window (`kinline_app::glyph_probe`). With `screenshots`, also saves the window as each
/// page is drawn (before the probe) to `{dir}/webkitgtk-{locale}-{page}.png`.
pub fn check_webkitgtk(app: &Path, screenshots: Option<&Path>) -> Report {
    let work = std::env::temp_dir().join(format!("kinline-glyphs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    for em in [0, 2] {
        std::fs::write(work.join(format!("probe-{em}em.ttf")), probe(em)).unwrap();
    }
    let fontconfig = blank_fontconfig(&work);
    let x = crate::xvfb::Xvfb::start(1280, 800);
    let log = work.join("app.log");
    let mut child = Command::new(app)
        .env("DISPLAY", &x.display)
        .env(glyph_probe::ENV, &work)
        .env("FONTCONFIG_FILE", &fontconfig)
        .env("KINLINE_WINDOW", "1280x800")
        .env("KINLINE_SPEECH", "silent")
        .env_remove("KINLINE_CONFIG")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(std::fs::File::create(work.join("app.err")).unwrap())
        .spawn()
        .unwrap_or_else(|e| panic!("{}: {e}", app.display()));
    let import = screenshots.map(|dir| {
        std::fs::create_dir_all(dir).unwrap();
        (crate::xvfb::tool("import"), dir)
    });
    // Each page is answered within this of the last (the debug build on a busy machine).
    let patience = std::time::Duration::from_secs(90);
    let mut last = (0usize, Instant::now());
    let results = loop {
        if let Ok(json) = std::fs::read_to_string(work.join(glyph_probe::RESULTS_FILE)) {
            break serde_json::from_str::<Results>(&json).expect("the probe's results parse");
        }
        let shown = std::fs::read_to_string(work.join(glyph_probe::SHOWN_FILE)).unwrap_or_default();
        let mut words = shown.split_whitespace();
        let n: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(0);
        if n > last.0 {
            if let (Some((import, dir)), Some(tag), Some(page)) =
                (&import, words.next(), words.next())
            {
                let file = dir.join(format!("webkitgtk-{tag}-{page}.png"));
                let status = Command::new(import)
                    .args(["-display", &x.display, "-window", "root"])
                    .arg(&file)
                    .status()
                    .unwrap();
                assert!(status.success(), "import {}", file.display());
            }
            std::fs::write(work.join(format!("go-{n}")), "").unwrap();
            last = (n, Instant::now());
        }
        let err = || std::fs::read_to_string(work.join("app.err")).unwrap_or_default();
        if let Some(status) = child.try_wait().unwrap()
            && !work.join(glyph_probe::RESULTS_FILE).exists()
        {
            panic!(
                "the app stopped ({status}) before it measured every page:\n{}",
                err()
            );
        }
        if last.1.elapsed() > patience {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "the app showed no new page for {patience:?} after page {}:\n{}",
                last.0,
                err()
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    let _ = child.wait();
    drop(x);
    let _ = std::fs::remove_dir_all(&work);
    let mut report = Report::of(format!(
        "{WEBKITGTK} (the kinline-app window under Xvfb, no machine fonts; tablet screens)"
    ));
    for l in &LANGUAGES {
        for page in TABLET_PAGES {
            let found = results
                .pages
                .iter()
                .find(|m| m.locale == l.tag && m.page == page);
            let problems = match found {
                Some(m) if m.measured > 0 => {
                    report.measured += 1;
                    m.problems.clone()
                }
                Some(_) => vec!["nothing was measured".to_owned()],
                None => vec![format!(
                    "the page was not measured: {}",
                    results.errors.join("; ")
                )],
            };
            for what in problems {
                report.missing.push(Missing {
                    locale: l.tag,
                    page,
                    engine: WEBKITGTK,
                    what,
                });
            }
        }
    }
    report
}
