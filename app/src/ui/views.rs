//! The screens: pure renderings of [`App`] that send [`Msg`]s. The root [`KinlineApp`] holds the
//! app, re-renders after every message and, in the desktop window, ticks the clock.

use super::backend::{ReadFailure, SyncStatus};
use super::effect::Effect;
use super::signature::{PAD_HEIGHT, PAD_WIDTH, svg_path};
use super::state::{
    App, BookingDraft, BookingProblem, CallerField, CancelDraft, CompactSession, IncidentDraft,
    Mode, Msg, Screen, booking_problem_text, unreadable_text,
};
use super::text::{
    STAFF_LANGUAGE, arg, call_kind, call_phase, date_time, day, end_reason, incident_category,
    legal_how, legal_method, num, refusal, staff_t, suspension_reason, t, t_args,
    termination_reason, time,
};
use super::video::{FrameFeed, VideoCanvas};
use crate::call::local::LocalCamera;
use crate::call::media::{LatestFrame, SyntheticVideo};
use dioxus::prelude::*;
use kinline_shared::booking::{BeforeCalling, FreeSlot};
use kinline_shared::ids::{BookingId, DetaineeId, SuspensionId};
use kinline_shared::languages::{self, Direction};
use kinline_shared::model::{
    CallKind, CallOutcome, CancelReason, EndReason, IncidentCategory, TerminationReason,
};
use kinline_shared::workflow::call::CallPhase;
use kinline_shared::workflow::compact::{CompactFlow, ReadingRoute};
use kinline_shared::workflow::suspension::SuspensionPhase;
use std::rc::Rc;

/// The styles, inlined so the desktop, mobile and test renderings are the same.
pub const STYLES: &str = include_str!("../../../assets/kinline.css");

/// The app shared between the root component and whoever made it (tests, `main`).
pub type SharedApp = crate::handle::Shared<App>;

/// The whole app. `ticking` starts the half-second clock (the desktop window; not in tests).
#[component]
pub fn KinlineApp(app: SharedApp, ticking: bool) -> Element {
    let clock = ticking.then_some((std::time::Duration::from_millis(500), Msg::Tick));
    let (revision, send) = crate::handle::use_driven(&app, App::update, performer, clock);
    // Opt-in automation aid for the end-to-end test (never set in service): after each render,
    // write where the screen's controls are, so real X input can be aimed at them.
    let layout = use_hook(|| std::env::var_os(E2E_LAYOUT_ENV).map(std::path::PathBuf::from));
    // What the last render showed: a new screen opens at its top, and the sentence read aloud
    // is scrolled into view when it changes.
    let shown = use_hook(|| Rc::new(std::cell::RefCell::new(Shown::default())));
    let effect_app = app.clone();
    use_effect(move || {
        let rev = revision();
        let now = Shown::of(&effect_app.0.borrow());
        let before = shown.replace(now.clone());
        if let Some(js) = scroll_js(&before, &now) {
            // Before the layout is measured: evals run in the order they are sent.
            let _ = document::eval(js);
        }
        if let Some(path) = layout.clone() {
            spawn(async move { write_layout(&path, rev).await });
        }
    });
    let _ = revision();
    let a = app.0.borrow();
    let dir = match a.direction() {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    rsx! {
        style { {STYLES} }
        div {
            class: "kinline",
            "data-screen": screen_name(&a),
            dir,
            lang: a.language(),
            onpointerdown: move |_| send.call(Msg::Touched),
            {screen(&a, send)}
        }
    }
}

/// Where the app's effects are performed: on the store's worker thread, or here for a backend
/// without one (the in-memory demo).
fn performer(a: &mut App) -> crate::handle::Performer<App, Effect, Msg> {
    match a.backend.worker() {
        Some(mut worker) => crate::handle::Performer::Thread(Box::new(move |effect| {
            Msg::Done(Box::new(worker.perform(effect)))
        })),
        None => crate::handle::Performer::Here(App::perform),
    }
}

/// What a render showed, for the scrolling after it: the screen, and the sentence read aloud.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Shown {
    screen: &'static str,
    reading: Option<usize>,
}

impl Shown {
    fn of(a: &App) -> Self {
        let reading = match (&a.screen, a.locked) {
            (Screen::Compact(s), false) => Some(s.current),
            _ => None,
        };
        Self {
            screen: screen_name(a),
            reading,
        }
    }
}

/// Scrolls the page to its top.
const TO_TOP_JS: &str = "window.scrollTo(0, 0);";

/// Brings the sentence read aloud between the staff PIN box and the reader's controls (both
/// stay put while the page scrolls), centred, unless it is already there.
const TO_SENTENCE_JS: &str = r#"
const s = document.querySelector('.sentence.current');
if (s) {
  const r = s.getBoundingClientRect();
  const above = document.querySelector('.staff-pin');
  const below = document.querySelector('.reader-controls');
  const top = above ? above.getBoundingClientRect().bottom : 0;
  const bottom = below ? below.getBoundingClientRect().top : innerHeight;
  if (r.top < top || r.bottom > bottom) s.scrollIntoView({ block: 'center' });
}
"#;

/// The scrolling a render needs after the one before: a new screen opens at its top (the page
/// would otherwise keep the last screen's scroll); the sentence read aloud comes into view
/// when the reading moves on.
fn scroll_js(before: &Shown, now: &Shown) -> Option<&'static str> {
    if before.screen != now.screen {
        Some(TO_TOP_JS)
    } else if now.reading.is_some() && before.reading != now.reading {
        Some(TO_SENTENCE_JS)
    } else {
        None
    }
}

/// The window's root font size for the tablet config's `text_size` (percent of the usual
/// 16 px; every text of `assets/kinline.css` is in `rem`, so all of it grows).
pub fn text_size_css(percent: u16) -> String {
    format!(":root {{ font-size: {percent}%; }}")
}

/// `KINLINE_E2E_LAYOUT=FILE`: the app writes the layout of each rendered screen to FILE (JSON:
/// the screen's name, the render's number, the window's size and scroll, and the box, class,
/// text, label and state of every control and bar, and whether it sits in a bar that stays
/// put — for a field, how many characters it holds, never what they are), for the Xvfb end-to-end test to aim real clicks and check
/// the layout. Off unless set.
pub const E2E_LAYOUT_ENV: &str = "KINLINE_E2E_LAYOUT";

/// Measures the rendered controls in the webview (after the next frame, so layout is done,
/// or after 100 ms if the page paints no frame meanwhile).
const LAYOUT_JS: &str = r#"
await new Promise(r => { requestAnimationFrame(() => r()); setTimeout(r, 100); });
const root = document.querySelector('.kinline');
const pick = 'button, input, textarea, svg, canvas, h1, h2, p, [role=status], [role=alert], .sync-state, .sync-waiting, .sync-parked, .topbar, .staff-pin, .actions, .reader-controls';
const els = [...document.querySelectorAll(pick)].map(e => {
  const r = e.getBoundingClientRect();
  return { tag: e.tagName.toLowerCase(), id: e.id || '', class: e.getAttribute('class') || '',
    label: e.getAttribute('aria-label') || '',
    text: (e.innerText || e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 120),
    disabled: !!e.disabled, drawn: Number(e.dataset ? e.dataset.drawn || 0 : 0),
    typed: typeof e.value === 'string' ? [...e.value].length : 0,
    fps: Number(e.dataset ? e.dataset.fps || 0 : 0), x: r.x, y: r.y, w: r.width, h: r.height,
    in_bar: !!e.closest('.topbar, .staff-pin, .actions, .reader-controls') };
});
return JSON.stringify({ screen: root ? root.dataset.screen : '', width: innerWidth,
  height: innerHeight, scroll_y: scrollY, elements: els });
"#;

/// Writes one layout (atomically: a reader never sees half a file).
async fn write_layout(path: &std::path::Path, revision: u64) {
    let Ok(json) = document::eval(LAYOUT_JS).join::<String>().await else {
        return;
    };
    let text = format!("{{\"revision\":{revision},\"layout\":{json}}}");
    let tmp = path.with_extension("tmp");
    if std::fs::write(&tmp, text).is_ok() {
        let _ = std::fs::rename(&tmp, path);
    }
}

/// The screen's name, on the root element as `data-screen` (the layout file and styles read it).
pub fn screen_name(a: &App) -> &'static str {
    if a.staff.is_none() {
        return "sign-in";
    }
    if a.locked {
        return "locked";
    }
    match &a.screen {
        Screen::SignIn => "sign-in",
        Screen::Today => "today",
        Screen::Find => "find",
        Screen::Detainee(_) => "detainee",
        Screen::CompactLanguage(_) => "compact-language",
        Screen::Compact(_) => "compact",
        Screen::Interpreter(_) => "interpreter",
        Screen::Signature(_) => "signature",
        Screen::Call(_) => "call",
        Screen::Incident(_) => "incident",
        Screen::Notice(_) => "notice",
        Screen::Booking(_) => "booking",
        Screen::Cancel(_) => "cancel",
    }
}

fn screen(a: &App, send: Callback<Msg>) -> Element {
    if a.staff.is_none() {
        return sign_in(a, send);
    }
    if a.locked {
        return locked(a, send);
    }
    let body = match &a.screen {
        Screen::SignIn => return sign_in(a, send),
        Screen::Today => today(a, send),
        Screen::Find => find(a, send),
        Screen::Detainee(d) => detainee(a, *d, send),
        Screen::CompactLanguage(d) => compact_language(a, *d, send),
        Screen::Compact(s) => compact(a, s, send),
        Screen::Interpreter(s) => interpreter(s, send),
        Screen::Signature(s) => signature(a, s, send),
        Screen::Call(b) => call(a, *b, send),
        Screen::Incident(i) => incident(a, i, send),
        Screen::Notice(s) => notice(a, *s, send),
        Screen::Booking(d) => booking(a, d, send),
        Screen::Cancel(c) => cancel(a, c, send),
    };
    let detainee_mode = a.mode == Mode::Detainee;
    // The staff bar, or while the detainee holds the tablet the staff PIN box, at the top,
    // where it stays while the screen scrolls.
    rsx! {
        if detainee_mode {
            {staff_pin_box(a, send, staff_t("detainee-mode-staff-pin"), "pin-box staff-pin")}
        } else {
            {header(a, send)}
        }
        {notice_banner(a)}
        main { class: "screen", {body} }
    }
}

fn notice_banner(a: &App) -> Element {
    // The store could not be read: said as such on every screen, above anything else.
    let unreadable = a.view.unreadable.as_ref().map(unreadable_text);
    let Some(n) = &a.notice else {
        return rsx! {
            if let Some(text) = unreadable {
                p { class: "notice problem", role: "alert", "{text}" }
            }
        };
    };
    if let Some(text) = unreadable {
        return rsx! {
            p { class: "notice problem", role: "alert", "{text}" }
            if n.text != text {
                p { class: if n.problem { "notice problem" } else { "notice ok" }, role: if n.problem { "alert" } else { "status" }, "{n.text}" }
            }
        };
    }
    if n.problem {
        rsx! { p { class: "notice problem", role: "alert", "{n.text}" } }
    } else {
        rsx! { p { class: "notice ok", role: "status", "{n.text}" } }
    }
}

/// Who is signed in, as the header and the locked screen name them: their name and staff
/// number, or the number alone when the centre's data carries no name — never their id.
fn staff_label(a: &App) -> String {
    a.staff.as_ref().map_or_else(String::new, |s| {
        if s.name.trim().is_empty() {
            s.number.clone()
        } else {
            t_args(
                "staff-name-number",
                &[("name", arg(&s.name)), ("number", arg(&s.number))],
            )
        }
    })
}

fn header(a: &App, send: Callback<Msg>) -> Element {
    let name = staff_label(a);
    rsx! {
        header { class: "topbar",
            nav { aria_label: t("nav-label"),
                button { class: "nav", onclick: move |_| send.call(Msg::OpenToday), {t("nav-today")} }
                button { class: "nav", onclick: move |_| send.call(Msg::OpenFind), {t("nav-find")} }
                button { class: "nav", onclick: move |_| send.call(Msg::OpenIncident(None, None)), {t("nav-incident")} }
            }
            {sync_bar(a.sync_status(), a.syncing, send)}
            span { class: "who", "{name}" }
            button { class: "nav", onclick: move |_| send.call(Msg::SignOut), {t("sign-out")} }
        }
    }
}

/// The sync status: online or offline, events waiting, last sync, and "Sync now".
pub fn sync_bar(s: &SyncStatus, syncing: bool, send: Callback<Msg>) -> Element {
    let syncing = syncing || s.syncing;
    let (class, state) = if s.online {
        ("sync online", t("sync-online"))
    } else {
        ("sync offline", t("sync-offline"))
    };
    let waiting = match s.waiting {
        0 => t("sync-nothing-waiting").to_owned(),
        n => t_args("sync-waiting-count", &[("count", num(n))]),
    };
    let last = s.last_sync.map_or_else(
        || t("sync-never").to_owned(),
        |at| t_args("sync-last-at", &[("time", arg(date_time(at)))]),
    );
    rsx! {
        section { class, aria_label: t("sync-label"), aria_live: "polite",
            span { class: "sync-state", "{state}" }
            span { class: "sync-waiting", "{waiting}" }
            span { class: "sync-last", "{last}" }
            // Refused events stay parked on the tablet, never dropped: staff must see them.
            if s.parked > 0 {
                span { class: "sync-parked warn", role: "status", {t_args("sync-parked-count", &[("count", num(s.parked))])} }
            }
            if let Some(minutes) = s.clock_off_minutes {
                span { class: "sync-clock warn", role: "status", {t_args("sync-clock-off", &[("minutes", num(minutes))])} }
            }
            if syncing {
                span { class: "progress", role: "progressbar", aria_busy: "true", {t("sync-running")} }
            }
            button {
                class: "secondary",
                disabled: syncing,
                aria_busy: if syncing { "true" } else { "false" },
                onclick: move |_| send.call(Msg::SyncNow),
                {t("sync-now")}
            }
        }
    }
}

// Inputs are uncontrolled (no `value`): the webview owns what is typed and tells the app on
// every keystroke. Re-setting `value` from state after each keystroke drops fast typing.
fn sign_in(a: &App, send: Callback<Msg>) -> Element {
    let number = a.staff_number.clone();
    let pin = a.pin.clone();
    let can = !number.trim().is_empty() && pin.len() >= 4;
    rsx! {
        main { class: "screen sign-in",
            h1 { {t("app-name")} }
            p { class: "lead", {t("sign-in-lead")} }
            {notice_banner(a)}
            form {
                onsubmit: move |e| { e.prevent_default(); send.call(Msg::SignIn) },
                label { r#for: "staff-number", {t("staff-number")} }
                input {
                    id: "staff-number",
                    name: "staff-number",
                    autocomplete: "username",

                    oninput: move |e| send.call(Msg::StaffNumber(e.value())),
                }
                label { r#for: "pin", {t("pin")} }
                // Keyed by the refusals: a wrong PIN is replaced by an empty field.
                for refusals in [a.pin_refusals] {
                    input {
                        key: "{refusals}",
                        id: "pin",
                        name: "pin",
                        r#type: "password",
                        inputmode: "numeric",
                        autocomplete: "current-password",

                        oninput: move |e| send.call(Msg::Pin(e.value())),
                    }
                }
                div { class: "actions",
                    button { class: "primary", r#type: "submit", disabled: !can, {t("sign-in")} }
                }
            }
            p { class: "hint", {t("sign-in-offline-hint")} }
            {sync_bar(a.sync_status(), a.syncing, send)}
        }
    }
}

/// The `lang` and `dir` of a part of a detainee's screen that only staff use (its text is
/// [`staff_t`]): the staff language's, so the English PIN box of an Arabic screen still
/// reads left to right.
fn staff_lang_dir() -> (&'static str, &'static str) {
    let dir = match languages::find(STAFF_LANGUAGE).map(|l| l.direction) {
        Some(Direction::Rtl) => "rtl",
        _ => "ltr",
    };
    (STAFF_LANGUAGE, dir)
}

fn staff_pin_box(a: &App, send: Callback<Msg>, label: &str, class: &'static str) -> Element {
    let pin = a.pin.clone();
    let (lang, dir) = staff_lang_dir();
    rsx! {
        form { class, lang, dir,
            onsubmit: move |e| { e.prevent_default(); send.call(Msg::Unlock) },
            label { r#for: "unlock-pin", "{label}" }
            // Keyed by the refusals: a wrong PIN is replaced by an empty field.
            for refusals in [a.pin_refusals] {
                input {
                    key: "{refusals}",
                    id: "unlock-pin",
                    r#type: "password",
                    inputmode: "numeric",

                    oninput: move |e| send.call(Msg::Pin(e.value())),
                }
            }
            button { class: "secondary", r#type: "submit", disabled: pin.len() < 4, {staff_t("unlock")} }
        }
    }
}

fn locked(a: &App, send: Callback<Msg>) -> Element {
    let name = staff_label(a);
    rsx! {
        main { class: "screen locked",
            h1 { {t("locked-title")} }
            p { class: "lead", {t_args("locked-lead-name", &[("name", arg(&name))])} }
            {notice_banner(a)}
            {staff_pin_box(a, send, t("pin"), "pin-box")}
            button { class: "secondary", onclick: move |_| send.call(Msg::SignOut), {t("sign-out")} }
        }
    }
}

fn detainee_name(a: &App, d: DetaineeId) -> String {
    a.view
        .roster
        .iter()
        .find(|r| r.id == d)
        .map_or_else(|| t("unknown-detainee").to_owned(), |r| r.name.clone())
}

fn today(a: &App, send: Callback<Msg>) -> Element {
    let centre = a.backend.centre();
    let now = a.backend.now();
    let date = kinline_shared::time::london_date(now);
    let slots: Vec<_> = centre
        .day(date)
        .into_iter()
        .filter(|s| !s.bookings.is_empty())
        .collect();
    let waiting = a.view.displaced.clone();
    let row = |b: BookingId| {
        let call = centre.calls.get(&b)?;
        let legal = call.info.kind == CallKind::Legal;
        let who = detainee_name(a, call.info.detainee);
        let caller = a.view.caller(b);
        let phase = call_phase(&call.phase);
        let cancellable = call.phase == CallPhase::Booked;
        let start = call.info.slot_start;
        // The room's name is the centre's own word for it (data, not interface text).
        let room = centre.room_of(b).map(|r| r.name.clone());
        Some(rsx! {
            li { key: "{b}", class: if legal { "booking legal" } else { "booking" },
                if legal {
                    span { class: "badge legal", aria_label: t("legal-call-marker-label"), {t("legal-call-marker")} }
                }
                span { class: "booking-who", "{who}" }
                span { class: "booking-caller", "{caller}" }
                span { class: "booking-phase", "{phase}" }
                if let Some(room) = room {
                    span { class: "booking-room", "{room}" }
                }
                button { class: "secondary", aria_label: t_args("open-call-for", &[("name", arg(&who))]), onclick: move |_| send.call(Msg::OpenCall(b)), {t("open-call")} }
                if cancellable {
                    button { class: "secondary", aria_label: t_args("cancel-call-at", &[("time", arg(date_time(start)))]), onclick: move |_| send.call(Msg::OpenCancel(b)), {t("cancel-call")} }
                }
            }
        })
    };
    rsx! {
        h1 { {t_args("today-title-date", &[("date", arg(day(date)))])} }
        if slots.is_empty() {
            p { class: "empty", {t("today-empty")} }
        }
        for slot in slots {
            section { key: "{slot.start}", class: "slot", aria_label: t_args("slot-label-at", &[("time", arg(date_time(slot.start)))]),
                h2 { "{date_time(slot.start)}" }
                ul { for b in slot.bookings.iter().copied() { {row(b)} } }
            }
        }
        section { class: "waiting-list", aria_label: t("waiting-list"),
            h2 { {t("waiting-list")} }
            if waiting.is_empty() {
                p { class: "empty", {t("waiting-list-empty")} }
            }
            ul {
                for b in waiting {
                    li { key: "{b}", {t_args("waiting-displaced-caller", &[("caller", arg(a.view.caller(b)))])} }
                }
            }
        }
    }
}

fn find(a: &App, send: Callback<Msg>) -> Element {
    let q = a.search.clone();
    let hits: Vec<_> = a
        .view
        .roster
        .iter()
        .filter(|r| r.matches(&q))
        .cloned()
        .collect();
    rsx! {
        h1 { {t("find-title")} }
        label { r#for: "search", {t("find-label")} }
        input { id: "search", r#type: "search",  oninput: move |e| send.call(Msg::Search(e.value())) }
        if !q.trim().is_empty() && hits.is_empty() {
            p { class: "empty", role: "status", {t("find-none")} }
        }
        ul { class: "results",
            for r in hits {
                li { key: "{r.id}",
                    button { class: "result", onclick: move |_| send.call(Msg::OpenDetainee(r.id)),
                        span { class: "result-name", "{r.name}" }
                        span { class: "result-reference", "{r.reference}" }
                        span { {t_args("room-number", &[("room", arg(&r.room))])} }
                    }
                }
            }
        }
    }
}

/// Until when a suspension runs, as one sentence in the current language.
fn until_line(until: Option<chrono::DateTime<chrono::Utc>>) -> String {
    until.map_or_else(
        || t("suspended-until-further-notice").to_owned(),
        |u| t_args("suspended-until-date", &[("until", arg(date_time(u)))]),
    )
}

/// A language's name in its own script, then in English: the native name is a bidi isolate
/// (FSI … PDI, as `<bdi>`), so "العربية" keeps its own direction and does not carry the
/// English name and its brackets along with it, in a left-to-right or right-to-left screen.
fn language_label(tag: &str) -> String {
    languages::find(tag).map_or_else(
        || tag.to_owned(),
        |l| format!("\u{2068}{}\u{2069} ({})", l.native, l.english),
    )
}

fn detainee(a: &App, d: DetaineeId, send: Callback<Msg>) -> Element {
    let centre = a.backend.centre();
    let now = a.backend.now();
    let entry = a.view.roster.iter().find(|r| r.id == d);
    let (name, number, room) = entry
        .map(|r| (r.name.clone(), r.reference.clone(), r.room.clone()))
        .unwrap_or_default();
    let access = centre.detainee(d);
    let current = centre.compact.as_ref().map(|(v, _)| v.0.clone());
    let verdict = centre.call_access(d, now);
    let compact = match &access.compact {
        CompactFlow::Signed {
            version, language, ..
        } if Some(&version.0) == current.as_ref() => rsx! {
            p { class: "ok", {t_args("compact-signed-version", &[("version", arg(version)), ("language", arg(language_label(&language.0)))])} }
        },
        CompactFlow::Signed { version, .. } => rsx! {
            p { class: "warn", {t_args("compact-old-version-needs", &[("version", arg(version)), ("current", arg(current.clone().unwrap_or_default()))])} }
        },
        _ => rsx! {
            p { class: "warn", {t_args("compact-not-signed-version", &[("current", arg(current.clone().unwrap_or_default()))])} }
        },
    };
    let risk = match (access.control_measures.first(), &access.risk_assessment) {
        (None, _) => rsx! { p { {t("risk-not-needed")} } },
        (Some(_), Some((true, reference))) => {
            rsx! { p { class: "ok", {t_args("risk-allows-reference", &[("reference", arg(reference))])} } }
        }
        (Some(m), _) => {
            rsx! { p { class: "warn", {t_args("risk-needed-measure", &[("measure", arg(m.label()))])} } }
        }
    };
    let suspension = centre.suspension_in_force(d, now);
    let suspension_view = match suspension {
        None => rsx! { p { {t("not-suspended")} } },
        Some(s) => {
            let until = until_line(s.until);
            let appeal = match &s.phase {
                SuspensionPhase::UnderAppeal { decide_by, .. } => t_args(
                    "appeal-waiting-until",
                    &[("time", arg(date_time(*decide_by)))],
                ),
                _ if s.decided_appeals.iter().any(|(_, upheld)| !upheld) => {
                    t("appeal-was-dismissed").to_owned()
                }
                _ => t("appeal-none-lodged").to_owned(),
            };
            let legal = s.legal_access.as_ref().map_or_else(
                || t("legal-access-not-arranged").to_owned(),
                |m| t_args("legal-access-by", &[("method", arg(legal_method(m)))]),
            );
            let sid = s.id;
            let notice = match &s.notice_given_in {
                Some(l) => t_args(
                    "notice-given-in-language",
                    &[("language", arg(language_label(&l.0)))],
                ),
                None => t("notice-not-given").to_owned(),
            };
            rsx! {
                div { class: "suspended", role: "group", aria_label: t("suspended-label"),
                    p { class: "warn", strong { {t_args("suspended-because", &[("reason", arg(suspension_reason(s.reason)))])} } }
                    p { "{until}" }
                    p { "{appeal}" }
                    p { "{legal}" }
                    p { "{notice}" }
                    button { class: "secondary", onclick: move |_| send.call(Msg::OpenNotice(sid)), {t("open-notice")} }
                    button { class: "secondary legal-request", onclick: move |_| send.call(Msg::RequestLegalAccess(d)), {t("legal-request-button")} }
                }
            }
        }
    };
    // Their requests for legal advice not yet met (§18): each routed to the alternative
    // arranged, with how to use it.
    let legal_requests: Vec<_> = centre
        .open_legal_requests()
        .into_iter()
        .filter(|r| r.detainee == d)
        .map(|r| {
            let alternative = centre.legal_alternative(r);
            let route =
                alternative.map(|m| t_args("legal-access-by", &[("method", arg(legal_method(m)))]));
            (
                r.id,
                r.requested_at,
                route,
                legal_how(alternative),
                alternative.is_some(),
            )
        })
        .collect();
    let bookings: Vec<_> = centre
        .calls
        .values()
        .filter(|c| c.info.detainee == d && !c.phase.is_finished())
        .map(|c| {
            let caller = a.view.caller(c.info.booking);
            let cancellable = c.phase == CallPhase::Booked;
            (
                c.info.booking,
                c.info.kind,
                c.info.slot_start,
                caller,
                cancellable,
            )
        })
        .collect();
    let grace = chrono::Duration::hours(i64::from(kinline_shared::contact::DEFAULT_GRACE_HOURS));
    let failed: Vec<_> = centre
        .calls
        .values()
        .filter(|c| c.info.detainee == d)
        .filter(|c| {
            matches!(
                c.phase,
                CallPhase::Finished {
                    outcome: CallOutcome::Ended(EndReason::TechnicalFailure),
                    ended_at,
                    ..
                } if now - ended_at < grace
            )
        })
        .map(|c| (c.info.booking, c.info.slot_start))
        .collect();
    rsx! {
        h1 { "{name}" }
        p { class: "ids", {t_args("detainee-ids", &[("number", arg(&number)), ("room", arg(&room))])} }
        section { class: "access", aria_label: t("access-label"),
            match &verdict {
                Ok(()) => rsx! { p { class: "verdict ok", role: "status", {t("access-ok")} } },
                Err(v) => rsx! { p { class: "verdict warn", role: "status", {refusal(v)} } },
            }
            h2 { {t("compact")} }
            {compact}
            h2 { {t("risk")} }
            {risk}
            h2 { {t("suspension")} }
            {suspension_view}
            if !legal_requests.is_empty() {
                ul { class: "legal-requests", role: "status",
                    for (id, at, route, how, arranged) in legal_requests {
                        li { key: "{id}",
                            p { class: "warn", {t_args("legal-request-open", &[("time", arg(date_time(at)))])} }
                            if let Some(route) = route { p { "{route}" } }
                            p { class: "legal-how", "{how}" }
                            if arranged {
                                button { class: "primary", onclick: move |_| send.call(Msg::LegalRequestMet(id)), {t("legal-request-met-button")} }
                            }
                        }
                    }
                }
            }
        }
        section { aria_label: t("bookings"),
            h2 { {t("bookings")} }
            ul { class: "detainee-bookings",
                for (b, kind, start, caller, cancellable) in bookings {
                    li { key: "{b}",
                        button { class: "secondary", onclick: move |_| send.call(Msg::OpenCall(b)),
                            if kind == CallKind::Legal { span { class: "badge legal", {t("legal-call-marker")} } " " }
                            "{date_time(start)}"
                        }
                        span { class: "booking-caller", "{caller}" }
                        if cancellable {
                            button {
                                class: "secondary",
                                aria_label: t_args("cancel-call-at", &[("time", arg(date_time(start)))]),
                                onclick: move |_| send.call(Msg::OpenCancel(b)),
                                {t("cancel-call")}
                            }
                        }
                    }
                }
            }
            // Calls that ended in a technical failure, while their caller's details are held:
            // booked again at no cost.
            if !failed.is_empty() {
                ul { class: "detainee-failed",
                    for (b, start) in failed {
                        li { key: "{b}",
                            span { "{date_time(start)}" }
                            " "
                            span { class: "booking-phase", {end_reason(EndReason::TechnicalFailure)} }
                            button { class: "secondary", onclick: move |_| send.call(Msg::Rebook(b)), {t("rebook")} }
                        }
                    }
                }
            }
        }
        // The two things a DCO opens this screen for, pinned in view.
        div { class: "actions",
            button { class: "primary", onclick: move |_| send.call(Msg::ChooseCompactLanguage(d)), {t("go-through-compact")} }
            button { class: "primary", onclick: move |_| send.call(Msg::OpenBooking(d)), {t("book-call")} }
            button { class: "secondary", onclick: move |_| send.call(Msg::OpenIncident(None, Some(d))), {t("nav-incident")} }
        }
    }
}

fn compact_language(a: &App, d: DetaineeId, send: Callback<Msg>) -> Element {
    let access = a.backend.centre().detainee(d);
    let understanding = access.understanding_or_default();
    let mut offered: Vec<String> = understanding
        .languages
        .iter()
        .map(|l| l.0.clone())
        .collect();
    if understanding.english_sufficient && !offered.iter().any(|l| l.starts_with("en")) {
        offered.push("en-GB".into());
    }
    let rows: Vec<(String, bool)> = offered
        .into_iter()
        .map(|l| {
            let has = a.view.has_compact(&l);
            (l, has)
        })
        .collect();
    // Any other shipped language the compact is complete in: the detainee's profile may be
    // out of date or incomplete, and the compact must still be reachable in what they read.
    let others: Vec<&str> = languages::LANGUAGES
        .iter()
        .map(|l| l.tag)
        .filter(|tag| !rows.iter().any(|(r, _)| r.eq_ignore_ascii_case(tag)))
        .filter(|tag| a.view.has_compact(tag))
        .collect();
    // §15: for someone whose English is not enough, say how each language can be read to them
    // on this tablet (reading it themselves does not count).
    let read_to = understanding.must_be_read_to();
    let voiced: std::collections::BTreeMap<String, bool> = rows
        .iter()
        .map(|(tag, _)| tag.as_str())
        .chain(others.iter().copied())
        .map(|tag| {
            let can = a
                .speaker
                .can_read(&kinline_shared::model::LanguageTag::new(tag));
            (tag.to_owned(), can)
        })
        .collect();
    let pick = move |tag: &str| {
        let tag = tag.to_owned();
        let route = read_to.then(|| {
            let routes = understanding.routes(voiced.get(&tag).copied().unwrap_or(false));
            if routes.contains(&ReadingRoute::ReadAloud) {
                t("compact-route-aloud-or-interpreter")
            } else {
                t("compact-route-interpreter-only")
            }
        });
        rsx! {
            button { class: "primary big", lang: "{tag}",
                onclick: { let tag = tag.clone(); move |_| send.call(Msg::StartCompact(d, kinline_shared::model::LanguageTag::new(&tag))) },
                "{language_label(&tag)}"
            }
            if let Some(route) = route {
                p { class: "hint reading-route", "data-language": "{tag}", "{route}" }
            }
        }
    };
    rsx! {
        h1 { {t("compact-language-title")} }
        p { class: "lead", {t("compact-language-lead")} }
        if read_to {
            p { id: "must-be-read-to", class: "warn", role: "status", {t("compact-must-be-read-to")} }
        }
        ul { class: "languages",
            for (tag, has) in rows {
                li { key: "{tag}",
                    if has {
                        {pick(&tag)}
                    } else {
                        p { class: "warn", {t_args("compact-no-translation-in", &[("language", arg(language_label(&tag)))])} }
                    }
                }
            }
        }
        if !others.is_empty() {
            section { class: "other-languages", aria_label: t("compact-other-languages"),
                h2 { {t("compact-other-languages")} }
                p { class: "hint", {t("compact-other-languages-lead")} }
                ul { class: "languages",
                    for tag in others {
                        li { key: "{tag}", {pick(tag)} }
                    }
                }
            }
        }
        button { class: "secondary", onclick: move |_| send.call(Msg::StartInterpreter(d)), {t("interpreter-explained")} }
    }
}

fn compact(a: &App, s: &CompactSession, send: Callback<Msg>) -> Element {
    let playing = s.playing;
    let current = s.current;
    // §15: someone whose English is not enough has the compact read to them: the routes this
    // tablet has for the language, and no "I read it myself".
    let understanding = a
        .backend
        .centre()
        .detainee(s.detainee)
        .understanding_or_default();
    let read_to = understanding.must_be_read_to();
    let routes = understanding.routes(s.voiced);
    rsx! {
        article { class: "compact", lang: "{s.text.language}",
            for (i, sentence) in s.text.sentences.iter().enumerate() {
                p { key: "{i}", class: if i == current { "sentence current" } else { "sentence" },
                    aria_current: if i == current { "true" } else { "false" },
                    span { "{sentence}" }
                    button { class: "icon", aria_label: t_args("replay-sentence-number", &[("number", num(i + 1))]), onclick: move |_| send.call(Msg::Replay(i)), "↻" }
                }
            }
        }
        div { class: "reader-controls", role: "toolbar", aria_label: t("reader-label"),
            if s.read_failure == Some(ReadFailure::NoSound) {
                p { id: "no-sound", class: "warn", role: "status", {t("compact-no-sound")} }
            } else if !s.voiced {
                p { id: "no-voice", class: "warn", role: "status", {t("compact-no-voice")} }
            } else if playing {
                button { class: "primary big", onclick: move |_| send.call(Msg::Pause), {t("pause")} }
            } else {
                button { id: "read-aloud", class: "primary big", onclick: move |_| send.call(Msg::Play), {t("read-aloud")} }
            }
            if routes.contains(&ReadingRoute::ReadOnScreen) {
                button { id: "i-read-it", class: "secondary big", onclick: move |_| send.call(Msg::ReadOnScreen), {t("i-read-it")} }
            }
            button { id: "go-to-signature", class: "primary big", disabled: !s.audio_completed, onclick: move |_| send.call(Msg::GoToSignature), {t("go-to-signature")} }
        }
        if s.audio_completed {
            p { class: "ok", role: "status", {t("audio-completed")} }
        }
        if read_to {
            section { id: "reading-routes", class: "reading-routes",
                p { {t("compact-read-to-you")} }
                ul {
                    for route in routes {
                        li { key: "{route:?}",
                            {t(match route {
                                ReadingRoute::ReadAloud => "compact-route-listen",
                                ReadingRoute::ReadOnScreen => "i-read-it",
                                ReadingRoute::Interpreter => "compact-route-ask-interpreter",
                            })}
                        }
                    }
                }
            }
        }
    }
}

fn interpreter(s: &CompactSession, send: Callback<Msg>) -> Element {
    let reference = s.interpreter_reference.clone();
    rsx! {
        h1 { {t("interpreter-title")} }
        p { class: "lead", {t("interpreter-lead")} }
        article { class: "compact small", lang: "{s.text.language}",
            for (i, sentence) in s.text.sentences.iter().enumerate() { p { key: "{i}", "{sentence}" } }
        }
        label { r#for: "interpreter-ref", {t("interpreter-reference")} }
        input { id: "interpreter-ref",  oninput: move |e| send.call(Msg::InterpreterReference(e.value())) }
        div { class: "actions",
            button { class: "primary", disabled: reference.trim().is_empty(), onclick: move |_| send.call(Msg::RecordInterpreter), {t("interpreter-record")} }
        }
    }
}

fn pad_ms() -> u64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let start = START.get_or_init(std::time::Instant::now);
    u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX)
}

fn signature(a: &App, s: &CompactSession, send: Callback<Msg>) -> Element {
    let signed = s.pad.is_signed();
    let paths: Vec<String> = s.pad.strokes.iter().map(|st| svg_path(st)).collect();
    let pin = a.witness_pin.clone();
    let refusals = a.witness_refusals;
    let view_box = format!("0 0 {PAD_WIDTH} {PAD_HEIGHT}");
    rsx! {
        h1 { {t("signature-title")} }
        p { class: "lead", {t("signature-lead")} }
        svg {
            id: "signature-pad",
            class: "pad",
            role: "img",
            "aria-label": t("signature-pad-label"),
            width: "{PAD_WIDTH}",
            height: "{PAD_HEIGHT}",
            view_box: "{view_box}",
            onpointerdown: move |e: PointerEvent| {
                let p = e.element_coordinates();
                let id = e.pointer_id();
                // Keep receiving moves when the finger leaves the pad mid-stroke.
                let _ = document::eval(&format!(
                    "document.getElementById('signature-pad').setPointerCapture({id})"
                ));
                send.call(Msg::PenDown(p.x, p.y, pad_ms()));
            },
            onpointermove: move |e: PointerEvent| {
                let p = e.element_coordinates();
                send.call(Msg::PenMove(p.x, p.y, pad_ms()));
            },
            onpointerup: move |_| send.call(Msg::PenUp),
            onpointercancel: move |_| send.call(Msg::PenUp),
            line { x1: "20", y1: "200", x2: "580", y2: "200", class: "baseline" }
            for (i, d) in paths.into_iter().enumerate() {
                path { key: "{i}", d: "{d}", class: "stroke" }
            }
        }
        div { class: "pad-controls",
            button { id: "undo-stroke", class: "secondary", disabled: s.pad.strokes.is_empty(), onclick: move |_| send.call(Msg::UndoStroke), {t("undo-stroke")} }
            button { class: "secondary", disabled: s.pad.strokes.is_empty(), onclick: move |_| send.call(Msg::ClearPad), {t("clear-pad")} }
        }
        form { class: "witness actions", lang: staff_lang_dir().0, dir: staff_lang_dir().1,
            onsubmit: move |e| { e.prevent_default(); send.call(Msg::Witness) },
            h2 { {staff_t("witness-title")} }
            label { r#for: "witness-pin", {staff_t("witness-pin")} }
            // Its own PIN (enables only this button), keyed by the refusals: a wrong PIN is
            // replaced by an empty field.
            for n in [refusals] {
                input { key: "{n}", id: "witness-pin", r#type: "password", inputmode: "numeric", oninput: move |e| send.call(Msg::WitnessPin(e.value())) }
            }
            button { id: "witness-record", class: "primary", r#type: "submit", disabled: !signed || pin.len() < 4, {staff_t("witness-record")} }
        }
    }
}

fn call(a: &App, b: BookingId, send: Callback<Msg>) -> Element {
    let centre = a.backend.centre();
    let Some(c) = centre.calls.get(&b) else {
        return rsx! { p { class: "notice problem", role: "alert", {t("call-unknown")} } };
    };
    let legal = c.info.kind == CallKind::Legal;
    let who = detainee_name(a, c.info.detainee);
    let caller = a.view.caller(b);
    let d = c.info.detainee;
    let connected = a.call_connected(b);
    let caller_seen = a.caller_video.0.frames() > 0;
    // A legal call in progress is the detainee's: the DCO handed the tablet over (§9).
    let detainee_holds = a.mode == Mode::Detainee;
    // Once the caller is there (the engine saw their page, or the DCO checked them, §8),
    // "Caller did not join" is no longer true: it goes.
    let caller_joined =
        (a.call_view.carries(b) && a.call_view.caller_here) || c.phase == CallPhase::AdultChecked;
    let step = match &c.phase {
        // Each step's buttons in the pinned action bar: in view below the caller's picture.
        CallPhase::Booked => rsx! {
            p { {t("call-step-checkin")} }
            div { class: "actions",
                button { class: "primary big", onclick: move |_| send.call(Msg::CheckIn), {t("call-checkin")} }
            }
        },
        CallPhase::CheckedIn => rsx! {
            {waiting_caller(a, b, &caller)}
            h2 { {t("adult-check-title")} }
            p { {t("adult-check-lead")} }
            // §8: the DCO looks at the caller before saying they are an adult.
            div { class: "actions",
                button { id: "adult-yes", class: "primary big", disabled: connected && !caller_seen, onclick: move |_| send.call(Msg::AdultCheck(true)), {t("adult-yes")} }
                button { id: "adult-no", class: "danger big", onclick: move |_| send.call(Msg::AdultCheck(false)), {t("adult-no")} }
                if !caller_joined {
                    button { id: "end-no-caller", class: "secondary", onclick: move |_| send.call(Msg::EndCall(EndReason::CallerDidNotJoin)), {t("call-end-no-caller")} }
                }
            }
        },
        CallPhase::AdultChecked => rsx! {
            {waiting_caller(a, b, &caller)}
            p { {t("admit-lead")} }
            div { class: "actions",
                button { id: "admit", class: "primary big", onclick: move |_| send.call(Msg::Admit), {t("admit")} }
            }
        },
        // With the engine, the call starts by itself once the detainee is connected.
        CallPhase::Admitted if connected => rsx! {
            p { class: "video-waiting", role: "status", {t("video-waiting")} }
        },
        CallPhase::Admitted => rsx! {
            div { class: "actions",
                button { class: "primary big", onclick: move |_| send.call(Msg::StartCall), {t("start-call")} }
            }
        },
        CallPhase::InCall { .. } => {
            let left = a.minutes_left(b).unwrap_or_default();
            let status = (a.caller_video.0.frames() == 0).then(|| t("video-waiting"));
            rsx! {
                div { class: "video",
                    {caller_canvas(a, &caller, status)}
                    SelfView { label: t("video-self"), feed: connected.then(|| a.self_video.clone()) }
                }
                p { id: "time-left", class: "time-left", role: "timer", aria_live: "polite", {t_args("call-minutes-left", &[("minutes", num(left))])} }
                if connected && a.call_view.ends_soon {
                    p { class: "notice", role: "status", {t("call-ends-soon")} }
                }
                if detainee_holds {
                    // A legal call, handed to the detainee (§9): only their own hang-up.
                    p { class: "badge legal private", role: "note", {t("call-legal-unsupervised")} }
                    div { class: "actions",
                        button { id: "end-own-call", class: "danger big", onclick: move |_| send.call(Msg::EndCall(EndReason::Completed)), {t("call-end")} }
                    }
                } else if let Some(r) = a.ending {
                    // One tap never ends a call: the reason tapped, then confirm or go back,
                    // pinned in view. "Go back" comes first, where the reasons were.
                    div { class: "end-call actions", role: "group", aria_label: t("end-call-label"),
                        p { id: "end-call-confirm", class: "warn", role: "alert", {t_args("end-call-confirm-reason", &[("reason", arg(termination_reason(r)))])} }
                        button { id: "keep-call", class: "secondary big", onclick: move |_| send.call(Msg::KeepCall), {t("end-call-go-back")} }
                        button { id: "confirm-end", class: "danger big", onclick: move |_| send.call(Msg::ConfirmTerminate), {t("end-call-confirm")} }
                    }
                } else {
                    div { class: "end-call", role: "group", aria_label: t("end-call-label"),
                        h2 { {t("end-call-reason")} }
                        for r in TerminationReason::ALL {
                            button { key: "{r:?}", class: "danger", onclick: move |_| send.call(Msg::Terminate(r)), {termination_reason(r)} }
                        }
                    }
                    // Ending without a reason, pinned in view below the reasons.
                    div { class: "actions",
                        button { class: "secondary big", onclick: move |_| send.call(Msg::EndCall(EndReason::Completed)), {t("end-call-finished")} }
                        button { class: "secondary", onclick: move |_| send.call(Msg::EndCall(EndReason::TechnicalFailure)), {end_reason(EndReason::TechnicalFailure)} }
                    }
                }
            }
        }
        CallPhase::Finished { .. } if detainee_holds => rsx! {
            p { class: "ok", role: "status", {t("call-ended")} }
        },
        CallPhase::Finished { outcome, .. } => rsx! {
            p { class: "ok", role: "status", "{call_phase(&c.phase)}" }
            // A technical failure is rebooked at no cost: the form, the next free slot chosen.
            if *outcome == CallOutcome::Ended(EndReason::TechnicalFailure) {
                button { class: "primary", onclick: move |_| send.call(Msg::Rebook(b)), {t("rebook")} }
            }
            button { class: "secondary", onclick: move |_| send.call(Msg::OpenIncident(Some(b), Some(d))), {t("nav-incident")} }
            button { class: "secondary", onclick: move |_| send.call(Msg::OpenToday), {t("nav-today")} }
        },
    };
    // The slot is the call: when it is, in London time in the reader's language, and its kind.
    let slot = centre.slot_end(b).map(|end| {
        t_args(
            "call-slot-kind",
            &[
                ("kind", arg(call_kind(c.info.kind))),
                ("begins", arg(date_time(c.info.slot_start))),
                ("ends", arg(time(end))),
            ],
        )
    });
    rsx! {
        h1 { {t_args("call-title-name", &[("name", arg(&who))])} }
        if let Some(slot) = slot {
            p { id: "call-slot", class: "call-slot", "{slot}" }
        }
        if !caller.is_empty() {
            p { class: "caller", {t_args("caller-named", &[("caller", arg(&caller))])} }
        }
        if legal && !detainee_holds {
            p { class: "badge legal private", role: "note", {t("legal-private")} }
        }
        p { class: "phase", "{call_phase(&c.phase)}" }
        if connected && a.call_view.camera == Some(false) {
            p { class: "notice", role: "note", {t("call-no-camera")} }
        }
        if connected && a.call_view.microphone == Some(false) {
            p { class: "notice", role: "note", {t("call-no-microphone")} }
        }
        {step}
    }
}

/// Before admission, with the engine: the caller's picture for the DCO's check (§8), or what
/// it is waiting for.
fn waiting_caller(a: &App, b: BookingId, caller: &str) -> Element {
    if !a.call_connected(b) {
        return rsx! {};
    }
    let status = if let Some(why) = a.call_view.unavailable {
        Some(super::state::no_media_text(why))
    } else if !a.call_view.caller_here {
        Some(t("call-waiting"))
    } else if a.caller_video.0.frames() == 0 {
        Some(t("video-waiting"))
    } else {
        None
    };
    rsx! {
        div { class: "video", {caller_canvas(a, caller, status)} }
    }
}

/// The caller's picture, large, labelled with who they are, and what it waits for, if anything.
fn caller_canvas(a: &App, caller: &str, status: Option<&'static str>) -> Element {
    rsx! {
        VideoCanvas {
            feed: a.caller_video.clone(),
            id: "video-caller",
            class: "video-caller",
            label: t_args("video-caller-named", &[("caller", arg(caller))]),
        }
        if let Some(status) = status {
            p { class: "video-waiting", role: "status", aria_live: "polite", {status} }
        }
    }
}

/// The detainee's own picture, small: `feed`, the camera the call engine runs; without an
/// engine, a synthetic pattern of its own for as long as the call screen shows it.
#[component]
fn SelfView(label: String, feed: Option<FrameFeed>) -> Element {
    let own = use_hook(|| FrameFeed(LatestFrame::new()));
    let engine_runs = feed.is_some();
    let sink = own.0.clone();
    let _camera = use_hook(move || {
        (!engine_runs).then(|| {
            Rc::new(LocalCamera::start(
                Box::new(SyntheticVideo::new(320, 240, 20)),
                sink,
            ))
        })
    });
    let feed = feed.unwrap_or(own);
    rsx! {
        VideoCanvas { feed, id: "video-self", class: "video-self", label }
    }
}

fn incident(a: &App, i: &IncidentDraft, send: Callback<Msg>) -> Element {
    let ready = i.category.is_some() && !i.account.trim().is_empty();
    // Which call the report is about: its slot, its kind and whose it is.
    let about = i
        .booking
        .and_then(|b| a.backend.centre().calls.get(&b))
        .map(|c| {
            t_args(
                "incident-about-call",
                &[
                    ("time", arg(date_time(c.info.slot_start))),
                    ("kind", arg(call_kind(c.info.kind))),
                    ("name", arg(detainee_name(a, c.info.detainee))),
                ],
            )
        });
    const CATEGORIES: [IncidentCategory; 6] = [
        IncidentCategory::RecipientSafety,
        IncidentCategory::NatureOfCall,
        IncidentCategory::Recording,
        IncidentCategory::BreachOfTerms,
        IncidentCategory::SecurityRisk,
        IncidentCategory::Other,
    ];
    rsx! {
        h1 { {t("incident-title")} }
        if let Some(about) = about {
            p { id: "incident-call", class: "incident-call", "{about}" }
        }
        p { class: "lead", {t("incident-lead")} }
        fieldset {
            legend { {t("incident-category")} }
            for c in CATEGORIES {
                button {
                    key: "{c:?}",
                    class: if i.category == Some(c) { "choice chosen" } else { "choice" },
                    aria_pressed: if i.category == Some(c) { "true" } else { "false" },
                    onclick: move |_| send.call(Msg::IncidentCategory(c)),
                    {incident_category(c)}
                }
            }
        }
        label { r#for: "account", {t("incident-account")} }
        textarea { id: "account", rows: "6",  oninput: move |e| send.call(Msg::IncidentAccount(e.value())) }
        div { class: "actions",
            button { class: "primary", disabled: !ready, onclick: move |_| send.call(Msg::SubmitIncident), {t("incident-save")} }
        }
    }
}

fn notice(a: &App, id: SuspensionId, send: Callback<Msg>) -> Element {
    let centre = a.backend.centre();
    let Some(s) = centre.suspensions.get(&id) else {
        return rsx! { p { class: "notice problem", role: "alert", {t("suspension-unknown")} } };
    };
    let language = a.notice_language(id);
    let tag = language
        .as_ref()
        .map_or_else(|| "en-GB".to_owned(), |l| l.0.clone());
    let dir = match languages::find(&tag).map(|l| l.direction) {
        Some(Direction::Rtl) => "rtl",
        _ => "ltr",
    };
    let reasons = a.view.notice_reasons.get(&id).cloned().unwrap_or_default();
    // The written notice itself is in the detainee's language (DSO §17); the rest is for staff.
    let written = {
        let _detainee = super::text::scope(&kinline_shared::model::LanguageTag::new(&tag));
        let until = until_line(s.until);
        rsx! {
            article { class: "written-notice", lang: "{tag}", dir,
                h2 { {t("notice-heading")} }
                p { {t_args("notice-reason-is", &[("reason", arg(suspension_reason(s.reason)))])} }
                p { "{reasons}" }
                p { "{until}" }
                p { {t("notice-appeal")} }
                p { {t("notice-legal")} }
            }
        }
    };
    let given = s.notice_given_in.clone();
    let given_tag = tag.clone();
    rsx! {
        h1 { {t("notice-title")} }
        p { class: "lead", {t_args("notice-language-is", &[("language", arg(language_label(&tag)))])} }
        {written}
        match given {
            Some(l) => rsx! { p { class: "ok", role: "status", {t_args("notice-given-in-language", &[("language", arg(language_label(&l.0)))])} } },
            None => rsx! {
                div { class: "actions",
                    button { class: "primary big",
                        onclick: move |_| send.call(Msg::NoticeGiven(id, kinline_shared::model::LanguageTag::new(&given_tag))),
                        {t("notice-record-given")}
                    }
                }
            },
        }
    }
}

/// Whether a choice button is the one chosen (`aria-pressed` and the `chosen` style).
fn pressed(on: bool) -> (&'static str, &'static str) {
    if on {
        ("choice chosen", "true")
    } else {
        ("choice", "false")
    }
}

/// The booking form (§7, §9): social or legal; a day and one of its free slots (only those the
/// rulebook would accept); the caller's name, relationship, addresses and the language of
/// their invitation. Shown in the staff language or the detainee's, so they can book together.
fn booking(a: &App, d: &BookingDraft, send: Callback<Msg>) -> Element {
    let name = detainee_name(a, d.detainee);
    let now = a.backend.now();
    let slots = a.free_slots();
    let days = kinline_shared::booking::by_day(&slots);
    let shown: Vec<FreeSlot> = days
        .iter()
        .find(|(day, _)| Some(*day) == d.day)
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let suspended = a
        .backend
        .centre()
        .suspension_in_force(d.detainee, now)
        .is_some();
    let none_free = if suspended {
        refusal(&kinline_shared::dso::RuleViolation::Suspended)
    } else {
        t_args(
            "booking-no-free-slots",
            &[("days", num(a.booking_horizon_days()))],
        )
    };
    // The screen's languages: the staff language, then the detainee's own.
    let mut show_in: Vec<&'static languages::Language> =
        languages::find(super::text::STAFF_LANGUAGE)
            .into_iter()
            .collect();
    for l in &a
        .backend
        .centre()
        .detainee(d.detainee)
        .understanding_or_default()
        .languages
    {
        if let Some(found) = languages::find(&l.0)
            && !show_in.contains(&found)
        {
            show_in.push(found);
        }
    }
    // What must happen first (compact, risk assessment, suspension), in the form's language.
    let before: Vec<String> = a
        .before_calling()
        .iter()
        .flat_map(|b| match b {
            BeforeCalling::Rule(v) => vec![refusal(v)],
            BeforeCalling::Suspended {
                until,
                legal_access,
            } => vec![
                t_args(
                    "booking-suspended-until",
                    &[("until", arg(date_time(*until)))],
                ),
                legal_access.as_ref().map_or_else(
                    || t("legal-access-not-arranged").to_owned(),
                    |m| t_args("legal-access-by", &[("method", arg(legal_method(m)))]),
                ),
            ],
        })
        .collect();
    let problem = d.problem.as_ref().map(booking_problem_text);
    let next_free = match (&d.problem, d.slot) {
        (Some(BookingProblem::Refused(kinline_shared::dso::RuleViolation::SlotFull)), Some(s)) => {
            a.next_free_slots(s)
        }
        _ => Vec::new(),
    };
    let chosen = d.slot;
    let kind = d.kind;
    let detainee = d.detainee;
    let day_chosen = d.day;
    let invitation = d.invitation_language.0.clone();
    let shown_in = d.shown_in.0.clone();
    let form = d.booking;
    let (name_v, rel_v, email_v, mobile_v) = (
        d.name.clone(),
        d.relationship.clone(),
        d.email.clone(),
        d.mobile.clone(),
    );
    rsx! {
        h1 { {t_args("booking-title", &[("name", arg(&name))])} }
        if !before.is_empty() {
            section { id: "before-calling", class: "notice problem before-calling", role: "status",
                p { {t("booking-before-calling")} }
                ul {
                    for (i, what) in before.into_iter().enumerate() {
                        li { key: "{i}", "{what}" }
                    }
                }
                if suspended && kind == CallKind::Legal {
                    button { class: "primary legal-request", onclick: move |_| send.call(Msg::RequestLegalAccess(detainee)), {t("legal-request-button")} }
                }
            }
        }
        if show_in.len() > 1 {
            section { class: "show-in", aria_label: t("booking-show-in"),
                span { class: "label", {t("booking-show-in")} }
                for l in show_in {
                    button {
                        key: "{l.tag}",
                        class: pressed(l.tag == shown_in).0,
                        aria_pressed: pressed(l.tag == shown_in).1,
                        lang: l.tag,
                        onclick: move |_| send.call(Msg::BookingShowIn(kinline_shared::model::LanguageTag::new(l.tag))),
                        bdi { "{l.native}" }
                    }
                }
            }
        }
        fieldset { class: "booking-kind",
            legend { {t("booking-kind")} }
            for k in [CallKind::Social, CallKind::Legal] {
                button {
                    key: "{k:?}",
                    class: pressed(k == kind).0,
                    aria_pressed: pressed(k == kind).1,
                    onclick: move |_| send.call(Msg::BookingKind(k)),
                    {call_kind(k)}
                }
            }
        }
        fieldset { class: "booking-when",
            legend { {t("booking-when")} }
            if slots.is_empty() {
                p { class: "empty", role: "status", "{none_free}" }
            }
            div { class: "days", role: "group", aria_label: t("booking-day"),
                for (date, _) in days {
                    button {
                        key: "{date}",
                        class: pressed(Some(date) == day_chosen).0,
                        aria_pressed: pressed(Some(date) == day_chosen).1,
                        onclick: move |_| send.call(Msg::BookingDay(date)),
                        {day(date)}
                    }
                }
            }
            div { class: "slots", role: "group", aria_label: t("booking-time"),
                for s in shown {
                    button {
                        key: "{s.start}",
                        class: pressed(Some(s.start) == chosen).0,
                        aria_pressed: pressed(Some(s.start) == chosen).1,
                        onclick: move |_| send.call(Msg::BookingSlot(s.start)),
                        {time(s.start)}
                        if s.displaces_social {
                            span { class: "displaces", {t("booking-slot-displaces")} }
                        }
                    }
                }
            }
        }
        // Keyed by the booking: a new form (a rebooking) starts from its own values.
        for b in [form] {
            fieldset { key: "{b}", class: "booking-caller",
                legend { {t("booking-caller")} }
                label { r#for: "caller-name", {t("booking-caller-name")} }
                input { id: "caller-name", autocomplete: "off", initial_value: "{name_v}",
                    oninput: move |e| send.call(Msg::BookingField(CallerField::Name, e.value())) }
                label { r#for: "caller-relationship", {t("booking-relationship")} }
                input { id: "caller-relationship", autocomplete: "off", initial_value: "{rel_v}",
                    oninput: move |e| send.call(Msg::BookingField(CallerField::Relationship, e.value())) }
                p { class: "hint", {t("booking-address-hint")} }
                label { r#for: "caller-email", {t("booking-email")} }
                input { id: "caller-email", r#type: "email", inputmode: "email", autocomplete: "off", dir: "ltr", initial_value: "{email_v}",
                    oninput: move |e| send.call(Msg::BookingField(CallerField::Email, e.value())) }
                label { r#for: "caller-mobile", {t("booking-mobile")} }
                input { id: "caller-mobile", r#type: "tel", inputmode: "tel", autocomplete: "off", dir: "ltr", initial_value: "{mobile_v}",
                    oninput: move |e| send.call(Msg::BookingField(CallerField::Mobile, e.value())) }
                label { r#for: "caller-language", {t("booking-invitation-language")} }
                select { id: "caller-language",
                    onchange: move |e| send.call(Msg::BookingLanguage(kinline_shared::model::LanguageTag::new(&e.value()))),
                    for l in languages::LANGUAGES {
                        option { key: "{l.tag}", value: l.tag, lang: l.tag, selected: l.tag == invitation, "{l.native}" }
                    }
                }
            }
        }
        if let Some(problem) = problem {
            p { class: "notice problem form-problem", role: "alert", "{problem}" }
        }
        if !next_free.is_empty() {
            div { class: "next-free", role: "group", aria_label: t("booking-next-free"),
                p { {t("booking-next-free")} }
                for s in next_free {
                    button {
                        key: "{s.start}",
                        class: "choice",
                        onclick: move |_| send.call(Msg::BookingSlot(s.start)),
                        {date_time(s.start)}
                    }
                }
            }
        }
        div { class: "actions",
            button { class: "primary", onclick: move |_| send.call(Msg::ConfirmBooking), {t("booking-confirm")} }
            button { class: "secondary", onclick: move |_| send.call(Msg::BackToDetainee), {t("booking-back")} }
        }
    }
}

/// A cancel reason, in words.
fn cancel_reason(r: CancelReason) -> &'static str {
    match r {
        CancelReason::CallerAsked => t("cancel-reason-caller"),
        CancelReason::DetaineeAsked => t("cancel-reason-detainee"),
        CancelReason::TechnicalFailure => t("cancel-reason-technical"),
        CancelReason::Other => t("cancel-reason-other"),
    }
}

/// Cancelling a booked call: the reason, then "Cancel the call" or "Cancel and book again".
fn cancel(a: &App, c: &CancelDraft, send: Callback<Msg>) -> Element {
    let centre = a.backend.centre();
    let start = centre
        .calls
        .get(&c.booking)
        .map(|call| call.info.slot_start);
    let caller = a.view.caller(c.booking);
    let which = start.map(|s| {
        t_args(
            "cancel-which",
            &[("time", arg(date_time(s))), ("caller", arg(&caller))],
        )
    });
    let chosen = c.reason;
    rsx! {
        h1 { {t("cancel-title")} }
        if let Some(which) = which {
            p { class: "lead", "{which}" }
        }
        fieldset {
            legend { {t("cancel-reason")} }
            for r in CancelReason::ALL {
                button {
                    key: "{r:?}",
                    class: pressed(Some(r) == chosen).0,
                    aria_pressed: pressed(Some(r) == chosen).1,
                    onclick: move |_| send.call(Msg::CancelReason(r)),
                    {cancel_reason(r)}
                }
            }
        }
        div { class: "actions",
            button { class: "primary", disabled: chosen.is_none(), onclick: move |_| send.call(Msg::ConfirmCancel { rebook: false }), {t("cancel-confirm")} }
            button { class: "secondary", disabled: chosen.is_none(), onclick: move |_| send.call(Msg::ConfirmCancel { rebook: true }), {t("cancel-and-rebook")} }
            button { class: "secondary", onclick: move |_| send.call(Msg::BackToDetainee), {t("cancel-keep")} }
        }
    }
}
