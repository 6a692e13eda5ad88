//! The glyph check's measuring, shared by both engines it runs in (issue 17): headless
//! Chromium (`kinline_tests::glyphs`) and this app's own window (WebKitGTK on Linux), where
//! the real binary, started with [`ENV`] on the in-memory demo centre, shows the screens a
//! detainee reads in every locale and measures them in its own webview — with the fonts the
//! window loads itself (`kinline_i18n::font_head`, the window's custom head), nothing else.
//!
//! How a missing glyph shows ([`MEASURE_FN`]): every element's font stack is kept but its
//! generic families (`sans-serif`, …) are replaced by a test font, "Kinline Probe", that has a
//! blank glyph for every character. The page is measured twice, once with a probe whose glyphs
//! are 0 em wide and once 2 em wide: a text whose width changes fell through every shipped
//! face, so a person would see a box or a machine's font there. A family that no `@font-face`
//! of the page defines (a font the machine may or may not have) is reported too.
//!
//! [`ENV`]` = DIR` is off in service: the app refuses it with a tablet config (it only ever
//! drives the demo centre), and reads the two probe fonts from `DIR`.

use crate::ui::memory::signed_in;
use crate::ui::memory::test_morning;
use crate::ui::state::Mode;
use crate::ui::{Backend, KinlineApp, MemoryBackend, Msg, Screen, SharedApp};
use dioxus::prelude::*;
use kinline_shared::languages::LANGUAGES;
use kinline_shared::model::{CallKind, LanguageTag};
use kinline_shared::workflow::call::CallPhase;
use std::path::{Path, PathBuf};

/// `KINLINE_GLYPH_PROBE=DIR`: run the glyph check in this window (see the module's comment).
pub const ENV: &str = "KINLINE_GLYPH_PROBE";

/// The tablet screens checked in every locale: the compact, a refusal (signing before it was
/// read) and a legal call handed to the detainee.
pub const TABLET_PAGES: [&str; 3] = ["compact", "refusal", "call"];

/// The measuring script: an async function of the probe fonts' URLs (0 em, 2 em), whether the
/// page is the caller's (whose call controls and messages it first shows) and the selector of
/// the element whose text is measured (`body`; in the app's window, the page's own root, not
/// the hidden hot-reload notice Dioxus adds to every window); resolves to
/// `{ problems: [text], measured: n }`. It leaves the page's styles as it found them.
pub const MEASURE_FN: &str = r#"async (probeNarrow, probeWide, caller, scope) => {
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
  'ui-sans-serif', 'ui-serif', 'ui-monospace', 'ui-rounded', 'emoji', 'math', 'fangsong',
  '-webkit-standard', '-webkit-body', '-apple-system']);
const unquote = f => f.trim().replace(/^["']|["']$/g, '');
const shipped = new Set([...document.fonts].map(f => unquote(f.family)));
const problems = [];
const skip = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'META', 'HTML']);
const root = document.querySelector(scope);
const els = [root, ...root.querySelectorAll('*')].filter(e => !skip.has(e.tagName));
const inline = els.map(e => [e.style.getPropertyValue('font-family'), e.style.getPropertyPriority('font-family')]);
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
const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
for (let n = walk.nextNode(); n; n = walk.nextNode()) {
  if (n.textContent.trim() && !skip.has(n.parentElement.tagName)) texts.push(n);
}
const selects = [...root.querySelectorAll('select')];
const range = document.createRange();
const widths = () => texts.map(n => {
  range.selectNodeContents(n);
  return [...range.getClientRects()].reduce((w, r) => w + r.width, 0);
}).concat(selects.map(s => s.getBoundingClientRect().width));
const drop = () => {
  for (const f of [...document.fonts]) if (unquote(f.family) === 'Kinline Probe') document.fonts.delete(f);
};
const use = async url => {
  drop();
  const face = new FontFace('Kinline Probe', `url(${url})`);
  await face.load(); document.fonts.add(face);
  document.body.offsetWidth; await frame(); await document.fonts.ready; await frame();
};
await use(probeNarrow); const narrow = widths();
await use(probeWide); const wide = widths();
drop();
els.forEach((e, i) => {
  if (inline[i][0]) e.style.setProperty('font-family', inline[i][0], inline[i][1]);
  else e.style.removeProperty('font-family');
});
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
}"#;

/// What a person sees when the page shows, checked before the probe touches it (and before
/// the glyph check's screenshot): an async function of the selector of the page's root and
/// whether every face of the page must have loaded (a tablet window preloads them all,
/// `kinline_i18n::PRELOAD_FONTS_JS`); resolves to a list of problems. It lays the page out,
/// waits until no face is still loading (a text whose `font-display: block` face loads is
/// invisible; a face still loading after 600 frames is reported), then reports a face that
/// failed to load — or, with `everyFace`, one not yet loaded, which the next screen needing it would wait for with its text invisible — and a
/// visible text drawn with no width (nothing painted).
pub const SHOWN_FN: &str = r#"async (scope, everyFace) => {
const frame = () => new Promise(r => { requestAnimationFrame(() => setTimeout(r, 0)); setTimeout(r, 50); });
const root = document.querySelector(scope);
root.getBoundingClientRect(); await frame();
// A face that never finishes loading is reported below, not waited for without end.
for (let i = 0; i < 600 && [...document.fonts].some(f => f.status === 'loading'); i++) await frame();
const problems = [];
for (const f of document.fonts) {
  if (f.status === 'error' || (everyFace && f.status !== 'loaded')) {
    problems.push(`the face ${f.family} (${f.unicodeRange}) is ${f.status} when the page shows`);
  }
}
const skip = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'META', 'HTML']);
const range = document.createRange();
const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
for (let n = walk.nextNode(); n; n = walk.nextNode()) {
  const p = n.parentElement;
  if (!n.textContent.trim() || skip.has(p.tagName) || !p.getClientRects().length
      || getComputedStyle(p).visibility !== 'visible') continue;
  range.selectNodeContents(n);
  if ([...range.getClientRects()].reduce((w, r) => w + r.width, 0) < 0.5) {
    problems.push(`"${n.textContent.trim().replace(/\s+/g, ' ').slice(0, 80)}" is drawn with no width`);
  }
}
return problems;
}"#;

/// The compact in `tag` held by the detainee, and the same screen after they asked to sign
/// before it was read (the rulebook's refusal, in their language).
pub fn compact_and_refusal(tag: &str) -> Result<(SharedApp, SharedApp), String> {
    let send = |app: &SharedApp, m: Msg| app.0.borrow_mut().dispatch(m);
    let open = |app: &SharedApp| -> Result<(), String> {
        let d = app
            .0
            .borrow()
            .backend
            .roster()
            .map_err(|e| e.to_string())?
            .into_iter()
            .find(|r| r.name == "Amal Haddad")
            .ok_or("Amal Haddad is not on the demo roster")?
            .id;
        send(app, Msg::OpenDetainee(d));
        send(app, Msg::StartCompact(d, LanguageTag::new(tag)));
        if app.0.borrow().mode == Mode::Detainee {
            Ok(())
        } else {
            Err(format!("{tag}: the compact does not open"))
        }
    };
    let compact = SharedApp::new(signed_in(MemoryBackend::demo(test_morning(), true)));
    open(&compact)?;
    // The same on a second tablet, where the detainee then asks to sign too early.
    let refusal = SharedApp::new(signed_in(MemoryBackend::demo(test_morning(), true)));
    open(&refusal)?;
    send(&refusal, Msg::GoToSignature);
    if !refusal
        .0
        .borrow()
        .notice
        .as_ref()
        .is_some_and(|n| n.problem)
    {
        return Err(format!("{tag}: signing before the end is not refused"));
    }
    Ok((compact, refusal))
}

/// A legal call of a detainee who speaks `tag`, handed to them once it started (§9): the call
/// screen in their language. Their compact is signed first (in English, which they also read,
/// read aloud).
pub fn legal_call(tag: &str) -> Result<SharedApp, String> {
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
        .ok_or_else(|| format!("{tag}: no slot for the legal call"))?;
    let app = SharedApp::new(signed_in(backend));
    let send = |m: Msg| app.0.borrow_mut().dispatch(m);
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
    if !handed_over {
        return Err(format!(
            "{tag}: the legal call is not handed to the detainee ({:?})",
            app.0.borrow().notice
        ));
    }
    Ok(app)
}

/// The three [`TABLET_PAGES`] of `tag`, in that order.
pub fn tablet_scenes(tag: &str) -> Result<[SharedApp; 3], String> {
    let (compact, refusal) = compact_and_refusal(tag)?;
    Ok([compact, refusal, legal_call(tag)?])
}

/// One page measured in the window, as written to `DIR/results.json`.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Measured {
    /// The locale.
    pub locale: String,
    /// Which of [`TABLET_PAGES`].
    pub page: String,
    /// What drew without a shipped glyph.
    pub problems: Vec<String>,
    /// How many texts were measured.
    pub measured: u64,
}

/// What the probe writes to `DIR/results.json` when it has shown every page.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Results {
    /// Every page of every locale, in order.
    pub pages: Vec<Measured>,
    /// Why the probe could not show or measure a page (a broken scene, a script error).
    pub errors: Vec<String>,
}

/// The name of the file that says which page the window shows now (`"{n} {locale} {page}"`),
/// written once it is drawn with its fonts; the probe then waits for `go-{n}` in the same
/// directory (the driver's screenshot is taken before the probe font changes the page).
pub const SHOWN_FILE: &str = "shown";
/// The results file, written once at the end; the app then exits.
pub const RESULTS_FILE: &str = "results.json";

fn write_atomically(path: &Path, text: &str) {
    let tmp = path.with_extension("tmp");
    if std::fs::write(&tmp, text).is_ok() {
        let _ = std::fs::rename(&tmp, path);
    }
}

/// A probe font from `dir` as a `data:` URL (the window loads nothing from files or network).
fn probe_url(dir: &Path, em: u8) -> Result<String, String> {
    let path = dir.join(format!("probe-{em}em.ttf"));
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!(
        "data:font/ttf;base64,{}",
        kinline_shared::fonts::base64(&bytes)
    ))
}

/// Shows and measures every page in turn, then writes [`RESULTS_FILE`] and exits.
async fn run(dir: PathBuf, mut shown: Signal<Option<(usize, SharedApp)>>) {
    let mut results = Results::default();
    let urls = probe_url(&dir, 0).and_then(|n| Ok((n, probe_url(&dir, 2)?)));
    let mut n = 0usize;
    match urls {
        Err(e) => results.errors.push(e),
        Ok((narrow, wide)) => {
            for l in &LANGUAGES {
                let scenes = match tablet_scenes(l.tag) {
                    Ok(s) => s,
                    Err(e) => {
                        results.errors.push(e);
                        continue;
                    }
                };
                for (page, app) in TABLET_PAGES.iter().zip(scenes) {
                    n += 1;
                    shown.set(Some((n, app)));
                    // Drawn: the page carries this number, no face is loading, and what a
                    // person sees then is checked ([`SHOWN_FN`]).
                    let drawn = format!(
                        "while (!document.querySelector('[data-glyph-page=\"{n}\"]')) \
                         await new Promise(r => {{ requestAnimationFrame(() => r()); setTimeout(r, 50); }});\n\
                         return JSON.stringify(await ({SHOWN_FN})('[data-glyph-page=\"{n}\"]', true));"
                    );
                    // As below: a script the webview lost (a re-render under load ended it)
                    // is run again before the page is reported unmeasured.
                    let mut ready = document::eval(&drawn).join::<String>().await;
                    for _ in 0..2 {
                        if ready.is_ok() {
                            break;
                        }
                        ready = document::eval(&drawn).join::<String>().await;
                    }
                    let seen = ready.map_err(|e| e.to_string()).and_then(|json| {
                        serde_json::from_str::<Vec<String>>(&json).map_err(|e| e.to_string())
                    });
                    let seen = match seen {
                        Ok(problems) => problems,
                        Err(e) => {
                            results.errors.push(format!("{} {page}: {e}", l.tag));
                            continue;
                        }
                    };
                    write_atomically(&dir.join(SHOWN_FILE), &format!("{n} {} {page}\n", l.tag));
                    let go = dir.join(format!("go-{n}"));
                    while !go.exists() {
                        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                    }
                    let script = format!(
                        "return JSON.stringify(await ({MEASURE_FN})({}, {}, false, \
                         '[data-glyph-page=\"{n}\"]'));",
                        serde_json::Value::from(narrow.as_str()),
                        serde_json::Value::from(wide.as_str())
                    );
                    // A script the webview lost is run again (it changes nothing it does not
                    // put back); a page measured three times without an answer is reported.
                    let mut answer = document::eval(&script).join::<String>().await;
                    for _ in 0..2 {
                        if answer.is_ok() {
                            break;
                        }
                        answer = document::eval(&script).join::<String>().await;
                    }
                    match answer {
                        Ok(json) => match serde_json::from_str::<serde_json::Value>(&json) {
                            Ok(v) => results.pages.push(Measured {
                                locale: l.tag.to_owned(),
                                page: (*page).to_owned(),
                                problems: seen
                                    .into_iter()
                                    .chain(
                                        v["problems"]
                                            .as_array()
                                            .into_iter()
                                            .flatten()
                                            .filter_map(|p| p.as_str().map(str::to_owned)),
                                    )
                                    .collect(),
                                measured: v["measured"].as_u64().unwrap_or_default(),
                            }),
                            Err(e) => results.errors.push(format!("{} {page}: {e}", l.tag)),
                        },
                        Err(e) => results.errors.push(format!("{} {page}: {e}", l.tag)),
                    }
                }
            }
        }
    }
    let json = serde_json::to_string(&results).unwrap_or_default();
    write_atomically(&dir.join(RESULTS_FILE), &json);
    std::process::exit(0);
}

/// The window's root while the probe runs: the real tablet screens ([`KinlineApp`]) of one
/// page at a time, each a fresh render.
#[component]
pub fn GlyphProbe(dir: PathBuf) -> Element {
    let shown = use_signal(|| None::<(usize, SharedApp)>);
    use_future(move || run(dir.clone(), shown));
    match shown() {
        None => rsx! {},
        Some((n, app)) => rsx! {
            div { key: "{n}", "data-glyph-page": "{n}",
                KinlineApp { app, ticking: false }
            }
        },
    }
}
