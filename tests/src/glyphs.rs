//! The glyph check (`cargo xtask glyphs`, and the test that holds it in CI): for each of the
//! 24 locales, the tablet's screens a detainee reads (the compact, a refusal, a legal call
//! handed to them), the written suspension notice and the caller's page are laid out in one
//! headless Chromium with the CSS and fonts they ship, and every piece of text is measured.
//!
//! How a missing glyph shows: every element's font stack is kept but its generic families
//! (`sans-serif`, …) are replaced by a test font, "Kinline Probe", that has a blank glyph
//! for every character. The page is measured twice, once with a probe whose glyphs are 0 em
//! wide and once 2 em wide: a text whose width changes fell through every shipped face, so a
//! person would see a box or a machine's font there. A family that no `@font-face` of the page
//! defines (a font the machine may or may not have) is reported too. The probes
//! (`tests/fixtures/probe-*.ttf`) were made once with fontTools' `FontBuilder`: two glyphs,
//! no outlines, one cmap (3, 10, 13) subtable mapping U+0020–U+10FFFF to the blank glyph.

use crate::call_harness::Server;
use axum::extract::Path as UrlPath;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use chrono::Duration;
use kinline_app::ui::memory::test_morning;
use kinline_app::ui::state::Mode;
use kinline_app::ui::{Backend, MemoryBackend, Msg, Screen, SharedApp};
use kinline_console::notice::{NoticeText, notice_html};
use kinline_shared::ids::SuspensionId;
use kinline_shared::languages::LANGUAGES;
use kinline_shared::model::{CallKind, LanguageTag, SuspensionReason};
use kinline_shared::workflow::call::CallPhase;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// The pages checked in every locale.
pub const PAGES: [&str; 5] = ["compact", "refusal", "call", "notice", "caller"];

/// Text that rendered with no shipped glyph.
#[derive(Clone, Debug)]
pub struct Missing {
    /// The locale.
    pub locale: &'static str,
    /// Which page ([`PAGES`]).
    pub page: &'static str,
    /// What was wrong, and where.
    pub what: String,
}

/// What the check found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Locales checked.
    pub locales: usize,
    /// Everything that drew without a shipped glyph.
    pub missing: Vec<Missing>,
}

impl Report {
    /// How many locales drew every page with no missing glyph.
    pub fn clean(&self) -> usize {
        LANGUAGES
            .iter()
            .filter(|l| !self.missing.iter().any(|m| m.locale == l.tag))
            .count()
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

/// The compact in `tag` held by the detainee, and the same screen after they asked to sign
/// before it was read (the rulebook's refusal, in their language).
fn compact_and_refusal(tag: &str) -> (String, String) {
    let app = crate::demo_tablet_signed_in(test_morning());
    let d = crate::detainee_named(&app, "Amal Haddad");
    let send = |m: Msg| app.0.borrow_mut().update(m);
    send(Msg::OpenDetainee(d));
    send(Msg::StartCompact(d, LanguageTag::new(tag)));
    assert_eq!(
        app.0.borrow().mode,
        Mode::Detainee,
        "{tag}: the compact opens"
    );
    let compact = tablet_page(&app);
    send(Msg::GoToSignature);
    assert!(
        app.0.borrow().notice.as_ref().is_some_and(|n| n.problem),
        "{tag}: signing before the end is refused"
    );
    (compact, tablet_page(&app))
}

/// A legal call of a detainee who speaks `tag`, handed to them once it started (§9): the call
/// screen in their language. Their compact is signed first (in English, which they also read,
/// read aloud).
fn legal_call(tag: &str) -> String {
    let mut backend = MemoryBackend::demo(test_morning(), true);
    let controls = backend.controls();
    let d = backend.add_detainee("Glyph Check", "G0001", "G-1", &[tag], true, vec![]);
    let now = controls.now.get();
    let slots = backend
        .centre()
        .schedule
        .as_ref()
        .map(|s| s.slots_on(kinline_shared::time::london_date(now)))
        .unwrap_or_default();
    let (slot, booking) = slots
        .into_iter()
        .filter(|s| *s >= now)
        .find_map(|s| {
            Some((
                s,
                backend
                    .add_booking(d, CallKind::Legal, s, "Solicitor")
                    .ok()?,
            ))
        })
        .unwrap_or_else(|| panic!("{tag}: a slot for the legal call"));
    let app = crate::signed_in(backend);
    let send = |m: Msg| app.0.borrow_mut().update(m);
    send(Msg::OpenDetainee(d));
    send(Msg::StartCompact(d, LanguageTag::new("en-GB")));
    send(Msg::Play);
    for _ in 0..200 {
        send(Msg::Tick);
    }
    send(Msg::GoToSignature);
    send(Msg::PenDown(40.0, 150.0, 0));
    for i in 1..30u32 {
        send(Msg::PenMove(
            40.0 + f64::from(i) * 15.0,
            150.0,
            u64::from(i) * 16,
        ));
    }
    send(Msg::PenUp);
    send(Msg::WitnessPin("2468".into()));
    send(Msg::Witness);
    controls.advance(slot - controls.now.get());
    for m in [
        Msg::OpenCall(booking),
        Msg::CheckIn,
        Msg::AdultCheck(true),
        Msg::Admit,
        Msg::StartCall,
    ] {
        send(m);
    }
    let handed_over = {
        let a = app.0.borrow();
        a.mode == Mode::Detainee
            && a.screen == Screen::Call(booking)
            && a.language() == tag
            && matches!(
                a.backend.centre().calls[&booking].phase,
                CallPhase::InCall { .. }
            )
    };
    assert!(
        handed_over,
        "{tag}: the legal call is handed to the detainee ({:?})",
        app.0.borrow().notice
    );
    tablet_page(&app)
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

/// Lays out the page open in the browser and measures it (see the module's comment). For the
/// caller's page, first shows its call controls and every message it can show.
const MEASURE_JS: &str = r#"
const [probeNarrow, probeWide, caller] = arguments;
return (async () => {
const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
if (caller) {
  const page = document.getElementById('page');
  page.classList.remove('refused');
  for (const s of Object.values(JSON.parse(document.getElementById('strings').textContent))) {
    const p = document.createElement('p'); p.className = 'note'; p.textContent = s; page.appendChild(p);
  }
}
await frame(); await document.fonts.ready;
const generic = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui',
  'ui-sans-serif', 'ui-serif', 'ui-monospace', 'ui-rounded', 'emoji', 'math', 'fangsong']);
const unquote = f => f.trim().replace(/^["']|["']$/g, '');
const shipped = new Set([...document.fonts].map(f => unquote(f.family)));
const problems = [];
const skip = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'META', 'HTML']);
const els = [...document.querySelectorAll('*')].filter(e => !skip.has(e.tagName));
const ownText = e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
const stacks = els.map(e => getComputedStyle(e).fontFamily.split(',').map(unquote));
els.forEach((e, i) => {
  const families = stacks[i];
  const foreign = families.filter(f => !generic.has(f) && !shipped.has(f));
  if (foreign.length && (ownText(e) || e.tagName === 'SELECT')) {
    problems.push(`<${e.tagName.toLowerCase()}> names fonts no page face defines: ${foreign.join(', ')}`);
  }
  const kept = families.filter(f => !generic.has(f) && shipped.has(f)).concat(['Kinline Probe']);
  e.style.setProperty('font-family', kept.map(f => JSON.stringify(f)).join(', '), 'important');
});
const texts = [];
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walk.nextNode(); n; n = walk.nextNode()) {
  if (n.textContent.trim() && !skip.has(n.parentElement.tagName)) texts.push(n);
}
const selects = [...document.querySelectorAll('select')];
const range = document.createRange();
const widths = () => texts.map(n => {
  range.selectNodeContents(n);
  return [...range.getClientRects()].reduce((w, r) => w + r.width, 0);
}).concat(selects.map(s => s.getBoundingClientRect().width));
const use = async url => {
  for (const f of [...document.fonts]) if (unquote(f.family) === 'Kinline Probe') document.fonts.delete(f);
  const face = new FontFace('Kinline Probe', `url(${url})`);
  await face.load(); document.fonts.add(face);
  document.body.offsetWidth; await frame(); await document.fonts.ready; await frame();
};
await use(probeNarrow); const narrow = widths();
await use(probeWide); const wide = widths();
const items = texts.concat(selects);
items.forEach((n, i) => {
  if (Math.abs(wide[i] - narrow[i]) > 0.5) {
    const text = (n.textContent || '').trim().replace(/\s+/g, ' ');
    let chars = '';
    if (n.nodeType === 3) {
      const size = parseFloat(getComputedStyle(n.parentElement).fontSize);
      const seen = new Set();
      for (let k = 0; k < n.textContent.length; k++) {
        range.setStart(n, k); range.setEnd(n, k + 1);
        const c = n.textContent[k];
        if (range.getBoundingClientRect().width >= 1.9 * size && !seen.has(c)) {
          seen.add(c); chars += ` U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} ${c}`;
        }
      }
    }
    problems.push(`no glyph in "${text.slice(0, 80)}"${chars ? ':' + chars : ''}`);
  }
});
return { problems, measured: items.length };
})();
"#;

/// Runs the check: every locale, every page, in one Chromium. With `screenshots`, also saves
/// each page as the person sees it (before the probe) to `{dir}/{locale}-{page}.png`.
pub async fn check(screenshots: Option<&Path>) -> Report {
    let mut pages: BTreeMap<String, String> = BTreeMap::new();
    for l in &LANGUAGES {
        let (compact, refusal) = compact_and_refusal(l.tag);
        pages.insert(format!("{}/compact", l.tag), compact);
        pages.insert(format!("{}/refusal", l.tag), refusal);
        pages.insert(format!("{}/call", l.tag), legal_call(l.tag));
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
    let mut report = Report {
        locales: LANGUAGES.len(),
        missing: Vec::new(),
    };
    for l in &LANGUAGES {
        for page in PAGES {
            let url = if page == "caller" {
                format!("{}/join/glyphcheck?lang={}", server.base(), l.tag)
            } else {
                format!("{}/glyphs/{}/{page}", server.base(), l.tag)
            };
            browser.client.goto(&url).await.expect("the page opens");
            if let Some(dir) = screenshots {
                let _ = browser
                    .client
                    .execute("return document.fonts.ready.then(() => 0);", vec![])
                    .await;
                if let Ok(png) = browser.client.screenshot().await {
                    let _ = std::fs::create_dir_all(dir);
                    let _ = std::fs::write(dir.join(format!("{}-{page}.png", l.tag)), png);
                }
            }
            let result = browser
                .client
                .execute(
                    MEASURE_JS,
                    vec![
                        Value::from("/glyphs/probe-0em.ttf"),
                        Value::from("/glyphs/probe-2em.ttf"),
                        Value::from(page == "caller"),
                    ],
                )
                .await
                .unwrap_or_else(|e| panic!("{} {page}: the measuring script runs: {e}", l.tag));
            let problems = result["problems"].as_array().cloned().unwrap_or_default();
            assert!(
                result["measured"].as_u64().unwrap_or(0) > 0,
                "{} {page}: nothing was measured",
                l.tag
            );
            for p in problems {
                report.missing.push(Missing {
                    locale: l.tag,
                    page,
                    what: p.as_str().unwrap_or_default().to_owned(),
                });
            }
        }
    }
    browser.close().await;
    report
}
