//! The tablet's screens, rendered with dioxus-ssr and driven by the same messages their buttons
//! send: what each screen shows (text, roles, labels, disabled states, markers, refusals naming
//! the DSO paragraph) and what each step records through the rulebook.

use chrono::Duration;
use dioxus::prelude::*;
use kinline_app::call::CallEvent;
use kinline_app::ui::call_link::{CallLink, LinkEvent};
use kinline_app::ui::memory::{Controls, test_morning};
use kinline_app::ui::signature::{Pad, encode_png_grey, render_png};
use kinline_app::ui::state::Mode;
use kinline_app::ui::{
    App, KinlineApp, KinlineAppProps, MemoryBackend, Msg, Screen, SharedApp, SilentSpeaker,
};
use kinline_shared::actor::Role;
use kinline_shared::event::{EventBody, ReferralSource};
use kinline_shared::ids::{BookingId, DetaineeId, SuspensionId};
use kinline_shared::model::{
    CallKind, EndReason, Explanation, IncidentCategory, LanguageTag, TerminationReason, TextHash,
};

struct Tablet {
    app: SharedApp,
    controls: Controls,
}

impl Tablet {
    /// The demo centre at 09:00 on a fixed morning, signed out.
    fn new() -> Self {
        let backend = MemoryBackend::demo(test_morning(), true);
        let controls = backend.controls();
        let app = App::new(Box::new(backend), Box::<SilentSpeaker>::default());
        Self {
            app: SharedApp::new(app),
            controls,
        }
    }

    /// Signed in as the DCO.
    fn dco() -> Self {
        let t = Self::new();
        t.send(Msg::StaffNumber("D1234".into()));
        t.send(Msg::Pin("2468".into()));
        t.send(Msg::SignIn);
        t
    }

    fn send(&self, msg: Msg) {
        self.app.0.borrow_mut().dispatch(msg);
    }

    fn html(&self) -> String {
        let mut dom = VirtualDom::new_with_props(
            KinlineApp,
            KinlineAppProps {
                app: self.app.clone(),
                ticking: false,
            },
        );
        dom.rebuild_in_place();
        // The words as read: Fluent isolates each name and number it sets into a sentence
        // (U+2068 … U+2069); `languages.rs` checks that isolation.
        dioxus_ssr::render(&dom).replace(['\u{2068}', '\u{2069}'], "")
    }

    fn detainee(&self, name: &str) -> DetaineeId {
        let app = self.app.0.borrow();
        app.backend
            .roster()
            .unwrap()
            .into_iter()
            .find(|r| r.name == name)
            .unwrap()
            .id
    }

    fn booking(&self, d: DetaineeId) -> BookingId {
        let app = self.app.0.borrow();
        app.backend
            .centre()
            .calls
            .values()
            .find(|c| c.info.detainee == d)
            .unwrap()
            .info
            .booking
    }

    fn events(&self) -> Vec<kinline_shared::event::Event> {
        self.app.0.borrow().backend.events().unwrap()
    }

    fn screen(&self) -> Screen {
        self.app.0.borrow().screen.clone()
    }

    fn alert(&self) -> Option<String> {
        let app = self.app.0.borrow();
        app.notice
            .as_ref()
            .filter(|n| n.problem)
            .map(|n| n.text.clone())
    }

    /// Reads the compact aloud to the end, as the half-second clock would.
    fn play_to_end(&self) {
        self.send(Msg::Play);
        for _ in 0..200 {
            self.send(Msg::Tick);
        }
    }

    fn draw_signature(&self) {
        self.send(Msg::PenDown(40.0, 150.0, 0));
        for i in 1..30u32 {
            let x = 40.0 + f64::from(i) * 15.0;
            let y = 150.0 - (f64::from(i) * 0.4).sin() * 40.0;
            self.send(Msg::PenMove(x, y, u64::from(i) * 16));
        }
        self.send(Msg::PenUp);
    }
}

/// An element with `attr` and `text` inside the same tag: "<button ... disabled ...>Sign in".
fn tag_with(html: &str, text: &str) -> String {
    let end = html
        .find(text)
        .unwrap_or_else(|| panic!("{text:?} not shown"));
    let start = html[..end].rfind('<').unwrap();
    html[start..end].to_owned()
}

#[test]
fn sign_in_screen_has_labelled_fields_a_disabled_button_and_the_sync_status() {
    let t = Tablet::new();
    let html = t.html();
    assert!(html.contains(r#"<label for="staff-number">Staff number</label>"#));
    assert!(html.contains(r#"<label for="pin">PIN</label>"#));
    assert!(html.contains(r#"type="password""#) && html.contains(r#"inputmode="numeric""#));
    assert!(tag_with(&html, "Sign in</button>").contains("disabled"));
    assert!(html.contains("Online") && html.contains("Never synced"));
    assert!(html.contains("Sign-in works without a network"));
    assert!(html.contains(r#"dir="ltr""#));
    // Nothing a signed-out person could use to reach staff screens.
    assert!(!html.contains("Find a detainee") && !html.contains("Today"));
}

#[test]
fn wrong_pin_says_how_many_tries_are_left_and_signs_nobody_in() {
    let t = Tablet::new();
    t.send(Msg::StaffNumber("D1234".into()));
    t.send(Msg::Pin("1111".into()));
    t.send(Msg::SignIn);
    assert_eq!(t.screen(), Screen::SignIn);
    let html = t.html();
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains("Wrong PIN. 4 attempts left"));
    for _ in 0..4 {
        t.send(Msg::Pin("1111".into()));
        t.send(Msg::SignIn);
    }
    t.send(Msg::Pin("2468".into()));
    t.send(Msg::SignIn);
    assert!(t.alert().unwrap().contains("locked on this tablet"));
    assert!(t.app.0.borrow().staff.is_none());
}

/// The app in one long-lived virtual DOM, as the window holds it: after each message, the
/// changes the window would apply. A PIN field is uncontrolled (the window owns what is
/// typed), so the only way it shows empty again is to be replaced by a new field.
struct Window {
    dom: VirtualDom,
}

impl Window {
    fn open(t: &Tablet) -> Self {
        let mut dom = VirtualDom::new_with_props(
            KinlineApp,
            KinlineAppProps {
                app: t.app.clone(),
                ticking: false,
            },
        );
        dom.rebuild_in_place();
        Self { dom }
    }

    /// Sends `msg` and returns how many new text fields the window got (`input` listeners
    /// created: each field of the tablet's screens listens to what is typed).
    fn send(&mut self, t: &Tablet, msg: Msg) -> usize {
        t.send(msg);
        self.dom.mark_dirty(ScopeId::APP);
        self.dom
            .render_immediate_to_vec()
            .edits
            .iter()
            .filter(|e| {
                matches!(e, dioxus::dioxus_core::Mutation::NewEventListener { name, .. } if name == "input")
            })
            .count()
    }
}

#[test]
fn a_refused_pin_is_cleared_so_the_next_attempt_is_not_typed_after_it() {
    // Signing in: the wrong PIN's field is replaced by an empty one.
    let t = Tablet::new();
    let mut window = Window::open(&t);
    window.send(&t, Msg::StaffNumber("D1234".into()));
    assert_eq!(
        window.send(&t, Msg::Pin("1111".into())),
        0,
        "typing keeps the field"
    );
    assert_eq!(window.send(&t, Msg::SignIn), 1, "a new, empty PIN field");
    assert!(t.app.0.borrow().pin.is_empty());
    assert!(tag_with(&t.html(), "Sign in</button>").contains("disabled"));
    window.send(&t, Msg::Pin("2468".into()));
    window.send(&t, Msg::SignIn);
    assert_eq!(t.screen(), Screen::Today);

    // Unlocking after inactivity: the same.
    t.controls.advance(Duration::minutes(LOCK));
    window.send(&t, Msg::Tick);
    window.send(&t, Msg::Pin("9999".into()));
    assert_eq!(window.send(&t, Msg::Unlock), 1, "a new, empty unlock field");
    assert!(t.app.0.borrow().locked);
    window.send(&t, Msg::Pin("2468".into()));
    window.send(&t, Msg::Unlock);
    assert!(!t.app.0.borrow().locked);

    // Witnessing a signature: the same.
    let d = t.detainee("Amal Haddad");
    t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
    t.play_to_end();
    t.send(Msg::GoToSignature);
    t.draw_signature();
    window.send(&t, Msg::WitnessPin("0000".into()));
    assert_eq!(
        window.send(&t, Msg::Witness),
        1,
        "a new, empty witness field"
    );
    assert!(t.alert().unwrap().contains("PIN"));
    assert!(tag_with(&t.html(), "Witness and record</button>").contains("disabled"));
}

const LOCK: i64 = kinline_app::ui::state::LOCK_AFTER_MINUTES;

#[test]
fn the_witness_pin_enables_only_witnessing_and_the_staff_pin_only_unlocking() {
    let t = Tablet::dco();
    let d = t.detainee("Amal Haddad");
    t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
    t.play_to_end();
    t.send(Msg::GoToSignature);
    t.draw_signature();
    let html = t.html();
    assert!(tag_with(&html, "Unlock</button>").contains("disabled"));
    assert!(tag_with(&html, "Witness and record</button>").contains("disabled"));
    t.send(Msg::WitnessPin("2468".into()));
    let html = t.html();
    assert!(
        tag_with(&html, "Unlock</button>").contains("disabled"),
        "the witness PIN does not enable Unlock"
    );
    assert!(!tag_with(&html, "Witness and record</button>").contains("disabled"));
    t.send(Msg::WitnessPin(String::new()));
    t.send(Msg::Pin("2468".into()));
    let html = t.html();
    assert!(!tag_with(&html, "Unlock</button>").contains("disabled"));
    assert!(
        tag_with(&html, "Witness and record</button>").contains("disabled"),
        "the staff PIN does not enable witnessing"
    );
}

#[test]
fn sign_in_works_offline_with_the_credentials_synced_earlier() {
    let t = Tablet::new();
    t.controls.online.set(false);
    t.send(Msg::StaffNumber("D1234".into()));
    t.send(Msg::Pin("2468".into()));
    t.send(Msg::SignIn);
    assert_eq!(t.screen(), Screen::Today);
    let html = t.html();
    assert!(html.contains("Offline"));
    assert!(html.contains("Sam Okafor"));
    // The PIN never stays in memory after use.
    assert!(t.app.0.borrow().pin.is_empty());
}

#[test]
fn tablet_locks_after_three_idle_minutes_and_only_the_pin_unlocks_it() {
    let t = Tablet::dco();
    t.controls.advance(Duration::minutes(2));
    t.send(Msg::Tick);
    assert!(!t.app.0.borrow().locked);
    t.controls.advance(Duration::minutes(1));
    t.send(Msg::Tick);
    let html = t.html();
    assert!(html.contains("Tablet locked"));
    assert!(
        !html.contains("Find a detainee"),
        "staff functions hidden while locked"
    );
    t.send(Msg::OpenFind);
    assert_eq!(t.screen(), Screen::Today, "taps are ignored while locked");
    t.send(Msg::Pin("9999".into()));
    t.send(Msg::Unlock);
    assert!(t.app.0.borrow().locked);
    assert!(t.html().contains("That PIN is not right"));
    t.send(Msg::Pin("2468".into()));
    t.send(Msg::Unlock);
    assert!(!t.app.0.borrow().locked);
    assert!(t.html().contains("Find a detainee"));
}

#[test]
fn dso_9_today_lists_legal_calls_first_and_marks_them() {
    let t = Tablet::dco();
    let html = t.html();
    let legal = html.find("Piotr Nowak").unwrap();
    let social = html.find("Amal Haddad").unwrap();
    assert!(legal < social, "the legal call leads its slot");
    assert!(html.contains(r#"aria-label="Legal call: priority and privacy (DSO §9)""#));
    assert!(html.contains("Solicitor, Baker"));
    assert!(html.contains("Reza Karimi"));
    assert!(html.contains("Nobody is waiting for a slot."));
    assert!(html.contains(r#"aria-label="Open call: Amal Haddad""#));
}

/// Books a call for the demo roster's Reza Karimi as the signed-in DCO.
fn book_reza(t: &Tablet, kind: CallKind, slot_start: chrono::DateTime<chrono::Utc>) {
    let d = t.detainee("Reza Karimi");
    book_at(t, d, kind, slot_start);
}

#[test]
fn dso_9_today_shows_the_room_a_call_was_placed_in_and_none_for_older_bookings() {
    let t = Tablet::dco();
    {
        let mut app = t.app.0.borrow_mut();
        // The administrator's room reaches the tablet as an event, like every decision.
        let admin = kinline_shared::actor::Actor::Staff {
            id: kinline_shared::ids::StaffId(app.backend.new_id()),
            role: Role::Administrator,
        };
        let room = kinline_shared::ids::RoomId(app.backend.new_id());
        app.backend
            .record(
                admin,
                EventBody::RoomAdded {
                    room,
                    name: "Visits room 2".into(),
                    capacity: 1,
                },
            )
            .unwrap();
    }
    book_reza(&t, CallKind::Social, test_morning() + Duration::hours(1));
    let html = t.html();
    let room = html
        .find(r#"<span class="booking-room">Visits room 2</span>"#)
        .expect("the room is on the Today screen");
    let row = &html[html[..room].rfind("<li").unwrap()..room];
    assert!(row.contains("Reza Karimi"), "{row}");
    // The calls booked before the room existed stay on unnamed call points.
    assert_eq!(html.matches("booking-room").count(), 1);
}

#[test]
fn dso_9_a_displaced_social_call_shows_on_the_waiting_list() {
    let t = Tablet::dco();
    book_reza(&t, CallKind::Legal, test_morning());
    let html = t.html();
    assert!(html.contains("Sister (Layla) — moved to the waiting list for a legal call (DSO §9)"));
}

#[test]
fn sync_status_counts_waiting_records_and_sync_now_offline_says_nothing_is_lost() {
    let t = Tablet::dco();
    let html = t.html();
    assert!(html.contains("records waiting to send"));
    assert!(html.contains(r#"aria-label="Sync status""#));
    t.controls.online.set(false);
    t.send(Msg::SyncNow);
    let html = t.html();
    assert!(html.contains("No network — everything is saved on this tablet"));
    assert!(html.contains("Offline"));
    t.controls.online.set(true);
    t.send(Msg::SyncNow);
    let html = t.html();
    assert!(html.contains("Nothing waiting to send"));
    // The memory backend syncs at its fixed clock: 09:00 London on Saturday 28 November 2026.
    assert!(
        html.contains("Last sync Saturday, 28 November 2026 at 09:00"),
        "{html}"
    );
    assert!(html.contains("Synced with the centre server."));
}

#[test]
fn a_tablet_whose_clock_is_wrong_tells_the_dco_by_how_much() {
    let t = Tablet::dco();
    assert!(!t.html().contains("sync-clock"));
    // A sync round is how the tablet learns the centre's time.
    t.controls.clock_off_minutes.set(Some(180));
    t.send(Msg::SyncNow);
    let html = t.html();
    assert!(
        tag_with(&html, "minutes off the centre").contains(r#"role="status""#),
        "{html}"
    );
    let plain = html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        plain.contains("clock is 180 minutes off the centre"),
        "{html}"
    );
}

#[test]
fn sync_in_progress_shows_progress_and_disables_the_button() {
    let t = Tablet::dco();
    t.app.0.borrow_mut().syncing = true;
    let html = t.html();
    assert!(html.contains(r#"role="progressbar""#) && html.contains("Syncing…"));
    assert!(tag_with(&html, "Sync now</button>").contains("disabled"));
}

#[test]
fn find_a_detainee_by_name_home_office_reference_or_room() {
    let t = Tablet::dco();
    t.send(Msg::OpenFind);
    for q in ["haddad", "A2847391", "a284 7391", "b-12"] {
        t.send(Msg::Search(q.into()));
        let html = t.html();
        assert!(html.contains("Amal Haddad"), "{q}");
        assert!(!html.contains("Piotr Nowak"), "{q}");
    }
    t.send(Msg::Search("Nobody Here".into()));
    assert!(t.html().contains("Nobody on this tablet"));
}

#[test]
fn dso_10_a_detainee_who_has_not_signed_sees_why_they_cannot_call() {
    let t = Tablet::dco();
    let d = t.detainee("Amal Haddad");
    t.send(Msg::OpenDetainee(d));
    let html = t.html();
    assert!(html.contains("A2847391 · Room B-12"));
    assert!(html.contains("Not signed. Must sign version 2026-11 (DSO §10)."));
    assert!(html.contains("DSO 01/2020 §10: the detainee has not signed"));
    assert!(html.contains("Risk assessment") && html.contains("Not needed."));
    assert!(html.contains("Not suspended."));
    assert!(html.contains("Go through the compact"));
    assert!(
        t.events()
            .iter()
            .any(|e| e.body == EventBody::SessionOpened { detainee: d })
    );
}

#[test]
fn dso_14_risk_assessment_needed_is_shown_at_a_glance() {
    let t = Tablet::dco();
    let d = t.detainee("Reza Karimi");
    t.send(Msg::OpenDetainee(d));
    let html = t.html();
    assert!(html.contains("Needed before any call: subject to MAPPA (DSO §14)."));
}

#[test]
fn dso_17_18_a_suspension_shows_reason_until_appeal_and_legal_access() {
    let t = Tablet::dco();
    let d = t.detainee("Tigist Alemu");
    t.send(Msg::OpenDetainee(d));
    let html = t.html();
    assert!(html.contains(r#"aria-label="Suspension in force""#));
    assert!(html.contains("a breach of the video calls compact (DSO §17)"));
    // The demo suspends for five days from 09:00 on Saturday 28 November (GMT, London = UTC).
    assert!(
        html.contains("Until Thursday, 3 December 2026 at 09:00"),
        "{html}"
    );
    assert!(html.contains("Appeal: none lodged (DSO §18)"));
    assert!(html.contains("Alternative legal access: telephone calls (DSO §18)"));
    assert!(html.contains("Written notice not yet given (DSO §17)."));
    assert!(html.contains("DSO 01/2020 §10") || html.contains("DSO 01/2020 §17"));
}

fn suspension_of(t: &Tablet, d: DetaineeId) -> SuspensionId {
    let app = t.app.0.borrow();
    app.backend
        .centre()
        .suspensions
        .values()
        .find(|s| s.detainee == d)
        .unwrap()
        .id
}

#[test]
fn dso_17_suspension_notice_is_shown_in_the_detainees_language_and_recorded() {
    let t = Tablet::dco();
    let d = t.detainee("Tigist Alemu");
    let s = suspension_of(&t, d);
    t.send(Msg::OpenDetainee(d));
    t.send(Msg::OpenNotice(s));
    let html = t.html();
    assert!(html.contains("Give this notice in ትግርኛ (Tigrinya)"));
    assert!(html.contains(r#"lang="ti""#));
    assert!(html.contains("You recorded a video call with a second phone."));
    assert!(html.contains("Record that the notice was given"));
    t.send(Msg::NoticeGiven(s, LanguageTag::new("ti")));
    assert!(t.events().iter().any(|e| e.body
        == EventBody::SuspensionNoticeGiven {
            suspension: s,
            language: LanguageTag::new("ti"),
        }));
    let html = t.html();
    assert!(html.contains("Written notice given in ትግርኛ (Tigrinya)"));
    assert!(!html.contains("Record that the notice was given"));
}

#[test]
fn dso_17_a_notice_in_a_language_the_detainee_does_not_read_is_refused() {
    let t = Tablet::dco();
    let d = t.detainee("Tigist Alemu");
    let s = suspension_of(&t, d);
    t.send(Msg::OpenNotice(s));
    t.send(Msg::NoticeGiven(s, LanguageTag::new("fr")));
    assert!(t.alert().unwrap().contains("§17"));
    assert!(
        !t.events()
            .iter()
            .any(|e| matches!(e.body, EventBody::SuspensionNoticeGiven { .. }))
    );
}

#[test]
fn compact_in_arabic_is_large_right_to_left_and_hides_staff_functions() {
    let t = Tablet::dco();
    let d = t.detainee("Amal Haddad");
    t.send(Msg::OpenDetainee(d));
    t.send(Msg::ChooseCompactLanguage(d));
    let html = t.html();
    assert!(html.contains("العربية (Arabic)"));
    t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
    assert_eq!(t.app.0.borrow().mode, Mode::Detainee);
    let html = t.html();
    assert!(html.contains(r#"dir="rtl""#) && html.contains(r#"lang="ar""#));
    assert!(html.contains("مكالمات الفيديو"));
    assert!(html.contains(r#"class="sentence current""#));
    // Detainee mode: the screen's own words in the detainee's language (locales/ar/kinline.ftl).
    assert!(html.contains(r#"aria-label="أعد قراءة الجملة 2""#));
    // Detainee mode: no navigation, no sync, no sign-out; only the staff PIN box (for staff, so
    // in the staff language).
    assert!(!html.contains("Find a detainee") && !html.contains("Sync now"));
    assert!(html.contains("Staff only: PIN to return to staff screens"));
    assert!(tag_with(&html, "وقّع</button>").contains("disabled"));
    t.send(Msg::OpenFind);
    t.send(Msg::SignOut);
    assert!(matches!(t.screen(), Screen::SignIn), "sign-out is allowed");
}

#[test]
fn dso_15_the_compact_is_offered_in_the_profile_languages_first_then_every_other_shipped_one() {
    let t = Tablet::dco();
    let d = t.detainee("Amal Haddad");
    t.send(Msg::ChooseCompactLanguage(d));
    let html = t.html();
    let profile = html
        .find("العربية (Arabic)")
        .expect("the profile's language");
    let others = html
        .find("<h2>Other languages</h2>")
        .expect("the other languages");
    assert!(profile < others, "the profile's languages come first");
    assert_eq!(html.matches("العربية (Arabic)").count(), 1, "offered once");
    // Every language the centre's compact is published in, and this tablet has complete.
    let published = t.app.0.borrow().backend.centre().compact.clone().unwrap().1;
    let mut listed = 0;
    for tag in published.iter().filter(|l| l.0 != "ar") {
        if t.app.0.borrow().backend.compact(tag).unwrap().is_none() {
            continue;
        }
        let l = kinline_shared::languages::find(&tag.0).unwrap();
        let label = format!("{} ({})", l.native, l.english);
        let at = html
            .find(&label)
            .unwrap_or_else(|| panic!("{label} offered"));
        assert!(at > others, "{label} under other languages");
        listed += 1;
    }
    assert!(listed >= 5, "{listed} other languages");
    // One of them, reachable: the compact in Polish, in the detainee's hands.
    t.send(Msg::StartCompact(d, LanguageTag::new("pl")));
    let Screen::Compact(s) = t.screen() else {
        panic!("the compact in Polish")
    };
    assert_eq!(s.text.language.0, "pl");
}

#[test]
fn detainee_mode_ignores_staff_actions_until_the_dco_pin() {
    let t = Tablet::dco();
    let d = t.detainee("Amal Haddad");
    t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
    t.send(Msg::OpenFind);
    t.send(Msg::SyncNow);
    t.send(Msg::OpenIncident(None, None));
    assert!(matches!(t.screen(), Screen::Compact(_)));
    t.send(Msg::Pin("1234".into()));
    t.send(Msg::Unlock);
    assert_eq!(t.app.0.borrow().mode, Mode::Detainee);
    t.send(Msg::Pin("2468".into()));
    t.send(Msg::Unlock);
    assert_eq!(t.app.0.borrow().mode, Mode::Staff);
    assert_eq!(t.screen(), Screen::Detainee(d));
}

#[test]
fn dso_15_signing_is_refused_until_the_compact_was_read_aloud_to_the_end() {
    let t = Tablet::dco();
    let d = t.detainee("Amal Haddad");
    t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
    t.send(Msg::Play);
    t.send(Msg::Tick);
    t.send(Msg::Pause);
    t.send(Msg::GoToSignature);
    let alert = t.alert().unwrap();
    assert!(alert.contains("DSO 01/2020 §15"), "{alert}");
    assert!(matches!(t.screen(), Screen::Compact(_)));
    assert!(
        !t.events()
            .iter()
            .any(|e| matches!(e.body, EventBody::CompactExplained { .. }))
    );
}

/// An interface string in `tag`, straight from `locales/{tag}/kinline.ftl`.
fn ftl(tag: &str, id: &str) -> String {
    kinline_app::i18n::Localizer::new(tag).unwrap().text(id)
}

/// A speaker with no voice for one language on this tablet.
struct NoVoiceFor(&'static str);

impl kinline_app::ui::backend::Speaker for NoVoiceFor {
    fn speak(&mut self, _: &LanguageTag, _: Option<&str>, _: &str) {}
    fn stop(&mut self) {}
    fn busy(&self) -> bool {
        false
    }
    fn can_read(&self, language: &LanguageTag) -> bool {
        language.0 != self.0
    }
}

#[test]
fn dso_15_the_compact_screens_say_how_it_is_read_to_someone_whose_english_is_not_enough() {
    let t = Tablet::dco();
    // Amal reads Arabic; her English is not enough.
    let d = t.detainee("Amal Haddad");
    t.send(Msg::ChooseCompactLanguage(d));
    let html = t.html();
    assert!(html.contains(r#"id="must-be-read-to""#), "{html}");
    assert!(html.contains("it must be read to them and explained, not read by them (DSO §15)"));
    let arabic = html
        .find(r#"data-language="ar""#)
        .expect("a route for Arabic");
    assert!(
        html[arabic..].starts_with(
            r#"data-language="ar">Read aloud on this tablet (played to the end), or by an interpreter"#
        ),
        "{}",
        &html[arabic..arabic + 200]
    );
    // The compact in her hands, in Arabic: read aloud or an interpreter, never "I read it myself".
    t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
    let html = t.html();
    assert!(!html.contains(r#"id="i-read-it""#), "not offered");
    let routes = &html[html.find(r#"id="reading-routes""#).expect("the routes")..];
    for id in [
        "compact-read-to-you",
        "compact-route-listen",
        "compact-route-ask-interpreter",
    ] {
        let words = ftl("ar", id);
        assert!(routes.contains(&words), "{id}: {words}");
    }
    // Even if asked, reading it herself is not recorded: the rulebook refuses (§15).
    t.send(Msg::ReadOnScreen);
    assert!(t.alert().unwrap().contains("§15"));
    assert!(matches!(t.screen(), Screen::Compact(_)));
    assert!(
        !t.events()
            .iter()
            .any(|e| matches!(e.body, EventBody::CompactExplained { .. }))
    );

    // Piotr's English is enough: he may read it himself, and no routes are imposed.
    let t = Tablet::dco();
    let p = t.detainee("Piotr Nowak");
    t.send(Msg::ChooseCompactLanguage(p));
    let html = t.html();
    assert!(!html.contains(r#"id="must-be-read-to""#));
    assert!(!html.contains("reading-route"));
    t.send(Msg::StartCompact(p, LanguageTag::new("pl")));
    let html = t.html();
    assert!(html.contains(r#"id="i-read-it""#));
    assert!(!html.contains(r#"id="reading-routes""#));

    // A language this tablet has no voice for: an interpreter is the only route.
    let backend = MemoryBackend::demo(test_morning(), true);
    let controls = backend.controls();
    let app = App::new(Box::new(backend), Box::new(NoVoiceFor("ar")));
    let t = Tablet {
        app: SharedApp::new(app),
        controls,
    };
    t.send(Msg::StaffNumber("D1234".into()));
    t.send(Msg::Pin("2468".into()));
    t.send(Msg::SignIn);
    let d = t.detainee("Amal Haddad");
    t.send(Msg::ChooseCompactLanguage(d));
    let html = t.html();
    let arabic = html
        .find(r#"data-language="ar""#)
        .expect("a route for Arabic");
    assert!(
        html[arabic..]
            .starts_with(r#"data-language="ar">No voice on this tablet: by an interpreter only"#)
    );
    t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
    let html = t.html();
    let routes = &html[html.find(r#"id="reading-routes""#).expect("the routes")..];
    assert!(routes.contains(&ftl("ar", "compact-route-ask-interpreter")));
    assert!(!routes.contains(&ftl("ar", "compact-route-listen")));
    assert!(!html.contains(r#"id="i-read-it""#));
}

#[test]
fn dso_10_14_17_the_booking_form_says_first_what_must_happen_before_the_detainee_can_call() {
    let t = Tablet::dco();
    // Reza Karimi: compact not signed, subject to MAPPA without a risk assessment.
    let reza = t.detainee("Reza Karimi");
    t.send(Msg::OpenDetainee(reza));
    t.send(Msg::OpenBooking(reza));
    let html = t.html();
    let first = html
        .find(r#"id="before-calling""#)
        .expect("what must happen first");
    let slots = html.find("booking-when").expect("the slots");
    assert!(first < slots, "shown before the slots");
    let section = &html[first..slots];
    assert!(section.contains("Before this detainee can have a video call:"));
    assert!(
        section.contains(
            "DSO 01/2020 §10: the detainee has not signed the centre&#39;s current compact \
             (version 2026-11). Go through the compact with them and have them sign it first."
        ),
        "{section}"
    );
    assert!(section.contains("DSO 01/2020 §14: the detainee is subject to MAPPA"));
    // The slots are still offered: the call can be booked for once these are done.
    assert!(!t.app.0.borrow().free_slots().is_empty());

    // Tigist Alemu: suspended for five days, legal advice by telephone meanwhile.
    let tigist = t.detainee("Tigist Alemu");
    t.send(Msg::OpenDetainee(tigist));
    t.send(Msg::OpenBooking(tigist));
    let html = t.html();
    let first = html
        .find(r#"id="before-calling""#)
        .expect("what must happen first");
    let section = &html[first..html.find("booking-when").unwrap()];
    let until = {
        let app = t.app.0.borrow();
        let centre = app.backend.centre();
        let s = centre
            .suspension_in_force(tigist, app.backend.now())
            .unwrap();
        kinline_app::ui::text::date_time(s.in_force_until())
    };
    assert!(
        section.contains(&format!(
            "Suspended until {until} (DSO §17): no call, social or legal, can be booked until then."
        )),
        "{section}"
    );
    assert!(section.contains("Alternative legal access: telephone calls (DSO §18)"));
    assert!(t.app.0.borrow().free_slots().is_empty());

    // In the language the form is shown in: Persian for Reza Karimi, right to left.
    t.send(Msg::OpenDetainee(reza));
    t.send(Msg::OpenBooking(reza));
    t.send(Msg::BookingShowIn(LanguageTag::new("fa")));
    let html = t.html();
    let first = html.find(r#"id="before-calling""#).unwrap();
    assert!(html[first..].contains(&ftl("fa", "booking-before-calling")));
}

#[test]
fn dso_18_a_suspended_detainees_legal_request_is_recorded_and_the_dco_told_the_alternative_and_how()
{
    let t = Tablet::dco();
    // Tigist Alemu: suspended, legal advice by telephone meanwhile. A legal call cannot be
    // booked; the form offers to record the request instead.
    let tigist = t.detainee("Tigist Alemu");
    t.send(Msg::OpenDetainee(tigist));
    t.send(Msg::OpenBooking(tigist));
    t.send(Msg::BookingKind(CallKind::Legal));
    assert!(t.app.0.borrow().free_slots().is_empty());
    let html = t.html();
    let first = html.find(r#"id="before-calling""#).unwrap();
    let section = &html[first..html.find("booking-when").unwrap()];
    assert!(
        section.contains(&ftl("en-GB", "legal-request-button")),
        "{section}"
    );
    t.send(Msg::RequestLegalAccess(tigist));
    assert_eq!(t.screen(), Screen::Detainee(tigist));
    let open: Vec<_> = {
        let app = t.app.0.borrow();
        app.backend
            .centre()
            .open_legal_requests()
            .into_iter()
            .map(|r| (r.id, r.detainee))
            .collect()
    };
    assert_eq!(open.len(), 1, "recorded");
    assert_eq!(open[0].1, tigist);
    // The DCO is told what the alternative is and how to use it.
    let html = t.html();
    assert!(
        html.contains(&ftl("en-GB", "legal-request-recorded")),
        "{html}"
    );
    let list = &html[html
        .find(r#"class="legal-requests""#)
        .expect("the open request")..];
    assert!(list.contains("Asked for legal advice at"), "{list}");
    assert!(list.contains("Alternative legal access: telephone calls (DSO §18)"));
    assert!(
        list.contains(&ftl("en-GB", "legal-how-telephone")),
        "{list}"
    );
    // Once given, the DCO marks it met: no longer open.
    t.send(Msg::LegalRequestMet(open[0].0));
    assert!(
        t.app
            .0
            .borrow()
            .backend
            .centre()
            .open_legal_requests()
            .is_empty()
    );
    let html = t.html();
    assert!(!html.contains(r#"class="legal-requests""#));
    assert!(html.contains(&ftl("en-GB", "legal-request-met-recorded")));
    // A detainee who is not suspended has no such button: their legal call is booked.
    let amal = t.detainee("Amal Haddad");
    t.send(Msg::OpenDetainee(amal));
    assert!(!t.html().contains(&ftl("en-GB", "legal-request-button")));
}

#[test]
fn read_aloud_goes_sentence_by_sentence_with_pause_and_replay() {
    let t = Tablet::dco();
    let d = t.detainee("Amal Haddad");
    t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
    t.send(Msg::Play);
    t.send(Msg::Tick);
    t.send(Msg::Tick);
    let current = |t: &Tablet| match t.screen() {
        Screen::Compact(s) => (s.current, s.playing),
        _ => panic!("not on the compact"),
    };
    assert_eq!(current(&t), (2, true));
    assert!(t.html().contains("إيقاف مؤقت"));
    t.send(Msg::Pause);
    t.send(Msg::Tick);
    assert_eq!(current(&t), (2, false));
    t.send(Msg::Replay(0));
    assert_eq!(current(&t), (0, true));
    let html = t.html();
    let first = html.find(r#"class="sentence current""#).unwrap();
    assert!(html[first..].contains("مكالمات الفيديو"));
}

#[test]
fn dso_10_15_signature_records_version_language_hash_audio_strokes_image_and_witness() {
    let t = Tablet::dco();
    let d = t.detainee("Amal Haddad");
    t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
    let sentences = match t.screen() {
        Screen::Compact(s) => s.text.sentences.clone(),
        _ => panic!(),
    };
    t.play_to_end();
    assert!(t.html().contains("تمت القراءة بصوت عالٍ حتى النهاية."));
    assert!(!tag_with(&t.html(), "وقّع</button>").contains("disabled"));
    t.send(Msg::GoToSignature);
    let html = t.html();
    assert!(html.contains(r#"aria-label="لوحة التوقيع: وقّع بإصبعك""#));
    assert!(tag_with(&html, "Witness and record</button>").contains("disabled"));
    assert!(html.contains(r#"dir="rtl""#));
    t.draw_signature();
    let html = t.html();
    assert!(html.contains(r#"class="stroke""#) && html.contains(" Q"));
    // A wrong witness PIN records nothing.
    t.send(Msg::WitnessPin("0000".into()));
    t.send(Msg::Witness);
    assert!(t.alert().unwrap().contains("PIN"));
    t.send(Msg::WitnessPin("2468".into()));
    t.send(Msg::Witness);
    assert_eq!(t.screen(), Screen::Detainee(d));
    let events = t.events();
    let explained = events
        .iter()
        .find_map(|e| match &e.body {
            EventBody::CompactExplained { how, .. } => Some(how.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        explained,
        Explanation::ReadAloud {
            audio_completed: true
        }
    );
    let signed = events
        .iter()
        .find(|e| matches!(e.body, EventBody::CompactSigned { .. }))
        .unwrap();
    let staff = t.app.0.borrow().staff.clone().unwrap();
    assert_eq!(
        signed.actor,
        staff.actor(),
        "the witness is the signed-in DCO"
    );
    assert_eq!(signed.actor.role(), Some(Role::Dco));
    assert_eq!(signed.recorded_at, test_morning());
    let EventBody::CompactSigned {
        version,
        language,
        text_hash,
        signature,
        ..
    } = &signed.body
    else {
        unreachable!()
    };
    assert_eq!(version.0, "2026-11");
    assert_eq!(language.0, "ar");
    assert_eq!(*text_hash, TextHash::of(&sentences.join("\n")));
    assert_eq!(signature.strokes.len(), 1);
    assert!(signature.strokes[0].len() > 10);
    assert!(signature.png_base64.starts_with("iVBORw0KGgo"), "a PNG");
    let html = t.html();
    assert!(html.contains("Compact signed and witnessed."));
    assert!(html.contains("Signed: version 2026-11 — العربية (Arabic)"));
    assert!(html.contains("Can make video calls."));
}

#[test]
fn dso_15_without_a_translation_the_dco_records_the_interpreters_reference() {
    let t = Tablet::dco();
    let d = t.detainee("Tigist Alemu");
    t.send(Msg::ChooseCompactLanguage(d));
    let html = t.html();
    assert!(
        html.contains("ትግርኛ (Tigrinya): no translation of the compact")
            || html.contains("ትግርኛ (Tigrinya)")
    );
    t.send(Msg::StartInterpreter(d));
    let html = t.html();
    assert!(html.contains("Explained by an interpreter"));
    assert!(tag_with(&html, "Record and go to signature</button>").contains("disabled"));
    t.send(Msg::RecordInterpreter);
    assert!(t.alert().unwrap().contains("§15"));
    t.send(Msg::InterpreterReference("BIG-WORD 4471".into()));
    t.send(Msg::RecordInterpreter);
    assert!(matches!(t.screen(), Screen::Signature(_)));
    assert!(t.events().iter().any(|e| matches!(
        &e.body,
        EventBody::CompactExplained { how: Explanation::Interpreter { reference }, .. }
            if reference == "BIG-WORD 4471"
    )));
}

#[test]
fn signature_pad_undo_clear_and_png() {
    let mut pad = Pad::default();
    assert!(!pad.is_signed());
    pad.down(10.0, 10.0, 0);
    pad.moved(50.0, 40.0, 10);
    pad.moved(50.5, 40.2, 12); // under a pixel: dropped
    pad.up();
    pad.moved(90.0, 90.0, 20); // not drawing: ignored
    assert_eq!(pad.strokes, vec![pad.strokes[0].clone()]);
    assert_eq!(pad.strokes[0].len(), 2);
    assert!(pad.is_signed());
    pad.down(100.0, 100.0, 30);
    pad.up();
    pad.undo();
    assert_eq!(pad.strokes.len(), 1);
    pad.clear();
    assert!(pad.strokes.is_empty());
    let png = render_png(&[]);
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[16..24], &[0, 0, 2, 88, 0, 0, 0, 240], "600 × 240");
    let tiny = encode_png_grey(1, 1, &[0]);
    assert_eq!(tiny.len(), 8 + 25 + 12 + 2 + 5 + 2 + 4 + 12);
}

fn ready_amal(t: &Tablet) -> (DetaineeId, BookingId) {
    let d = t.detainee("Amal Haddad");
    t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
    t.play_to_end();
    t.send(Msg::GoToSignature);
    t.draw_signature();
    t.send(Msg::WitnessPin("2468".into()));
    t.send(Msg::Witness);
    (d, t.booking(d))
}

#[test]
fn dso_10_the_caller_is_not_admitted_while_the_compact_is_unsigned() {
    let t = Tablet::dco();
    let d = t.detainee("Amal Haddad");
    let b = t.booking(d);
    t.send(Msg::OpenCall(b));
    assert!(t.html().contains("Detainee is here"));
    t.send(Msg::CheckIn);
    let html = t.html();
    assert!(html.contains("Adult check (DSO §8)"));
    assert!(html.contains("Main recipient is an adult"));
    t.send(Msg::AdultCheck(true));
    t.send(Msg::Admit);
    let html = t.html();
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains("DSO 01/2020 §10: the detainee has not signed"));
    assert!(
        !t.events()
            .iter()
            .any(|e| matches!(e.body, EventBody::CallerAdmitted { .. }))
    );
}

#[test]
fn dso_8_admitting_before_the_adult_check_is_refused() {
    let t = Tablet::dco();
    let (_, b) = ready_amal(&t);
    t.send(Msg::OpenCall(b));
    t.send(Msg::CheckIn);
    t.send(Msg::Admit);
    assert!(t.alert().unwrap().contains("§8"));
}

#[test]
fn dso_8_a_recipient_who_is_not_an_adult_ends_the_call() {
    let t = Tablet::dco();
    let (_, b) = ready_amal(&t);
    t.send(Msg::OpenCall(b));
    t.send(Msg::CheckIn);
    t.send(Msg::AdultCheck(false));
    assert!(t.alert().unwrap().contains("DSO 01/2020 §8"));
    let phase = t.app.0.borrow().backend.centre().calls[&b].phase.clone();
    assert!(matches!(
        phase,
        kinline_shared::workflow::call::CallPhase::Finished {
            outcome: kinline_shared::model::CallOutcome::Ended(EndReason::RecipientNotAdult),
            started_at: None,
            ..
        }
    ));
    assert!(
        t.html()
            .contains("Ended: main recipient not an adult (DSO §8)")
    );
}

#[test]
fn call_shows_the_caller_large_the_detainee_small_time_left_and_end_reasons() {
    let t = Tablet::dco();
    let (_, b) = ready_amal(&t);
    t.send(Msg::OpenCall(b));
    t.send(Msg::CheckIn);
    t.send(Msg::AdultCheck(true));
    t.send(Msg::Admit);
    t.send(Msg::StartCall);
    t.controls.advance(Duration::minutes(12));
    let html = t.html();
    assert!(html.contains(r#"s video: Sister (Layla)""#));
    assert!(html.contains(r#"class="video-self""#));
    assert!(html.contains(r#"role="timer""#) && html.contains("18 minutes left"));
    assert!(html.contains(r#"aria-label="End the call""#));
    assert!(html.contains("Recording the call (§12)"));
    assert!(html.contains("Concern for the recipient (§19)"));
    assert!(
        !html.contains("Legal call — private"),
        "a social call is supervised"
    );
}

#[test]
fn dso_9_a_legal_call_shows_that_it_is_private() {
    let t = Tablet::dco();
    let d = t.detainee("Piotr Nowak");
    let b = t.booking(d);
    t.send(Msg::OpenCall(b));
    let html = t.html();
    assert!(html.contains("Legal call — private (DSO §9)"));
    assert!(html.contains(r#"role="note""#));
}

#[test]
fn dso_12_19_ending_a_call_with_a_reason_refers_it_and_opens_the_incident_report() {
    let t = Tablet::dco();
    let (d, b) = ready_amal(&t);
    t.send(Msg::OpenCall(b));
    t.send(Msg::CheckIn);
    t.send(Msg::AdultCheck(true));
    t.send(Msg::Admit);
    t.send(Msg::StartCall);
    t.send(Msg::Terminate(TerminationReason::Recording));
    t.send(Msg::ConfirmTerminate);
    let events = t.events();
    assert!(events.iter().any(|e| e.body
        == EventBody::CallTerminated {
            booking: b,
            reason: TerminationReason::Recording
        }));
    assert!(events.iter().any(|e| e.body
        == EventBody::ReferredToSecurity {
            source: ReferralSource::Termination(b)
        }));
    let Screen::Incident(draft) = t.screen() else {
        panic!("the incident report opens")
    };
    assert_eq!((draft.booking, draft.detainee), (Some(b), Some(d)));
    let html = t.html();
    assert!(html.contains("referred to the security team (DSO §12)"));
    assert!(html.contains("Incident report (DSO §19)"));
    assert!(tag_with(&html, "Save report</button>").contains("disabled"));
    assert!(html.contains(r#"aria-pressed="false""#));
}

/// A call in progress: Amal's compact signed, checked in, adult checked, admitted, started.
fn amal_in_call(t: &Tablet) -> (DetaineeId, BookingId) {
    let (d, b) = ready_amal(t);
    t.send(Msg::OpenCall(b));
    t.send(Msg::CheckIn);
    t.send(Msg::AdultCheck(true));
    t.send(Msg::Admit);
    t.send(Msg::StartCall);
    (d, b)
}

fn terminations(t: &Tablet) -> usize {
    t.events()
        .iter()
        .filter(|e| matches!(e.body, EventBody::CallTerminated { .. }))
        .count()
}

#[test]
fn dso_12_a_reason_tapped_asks_for_confirmation_and_ends_the_call_once() {
    let t = Tablet::dco();
    let (_, b) = amal_in_call(&t);
    let in_call = |t: &Tablet| {
        matches!(
            t.app.0.borrow().backend.centre().calls[&b].phase,
            kinline_shared::workflow::call::CallPhase::InCall { .. }
        )
    };
    for reason in TerminationReason::ALL {
        let label = kinline_app::ui::text::termination_reason(reason);
        t.send(Msg::Terminate(reason));
        assert!(in_call(&t), "one tap on {reason:?} does not end the call");
        assert_eq!(terminations(&t), 0);
        let html = t.html().replace("&#39;", "'");
        assert!(
            html.contains(&format!("End the call because of: {label}?")),
            "{html}"
        );
        assert!(html.contains("Yes, end the call") && html.contains("No, go back to the call"));
        assert!(
            !html.contains("End the call because of:</h2>"),
            "the reasons make way for the question"
        );
        t.send(Msg::KeepCall);
        assert!(in_call(&t));
        let html = t.html().replace("&#39;", "'");
        assert!(!html.contains("Yes, end the call"));
        assert!(html.contains(label), "the reasons are back");
    }
    t.send(Msg::Terminate(TerminationReason::AbusiveLanguage));
    t.send(Msg::ConfirmTerminate);
    assert!(!in_call(&t));
    assert_eq!(terminations(&t), 1);
    // A second tap on "confirm" (it was under the finger) ends nothing more and says nothing
    // is wrong.
    t.send(Msg::ConfirmTerminate);
    assert_eq!(terminations(&t), 1);
    assert!(t.alert().is_none(), "{:?}", t.alert());
}

/// A call link that carries "media" and reports what a test gives it, at the next tick.
#[derive(Clone, Default)]
struct ScriptedLink(std::rc::Rc<std::cell::RefCell<Vec<LinkEvent>>>);

impl CallLink for ScriptedLink {
    fn connects(&self) -> bool {
        true
    }
    fn start(
        &mut self,
        _: BookingId,
        _: kinline_shared::workflow::call::CallInfo,
        _: chrono::DateTime<chrono::Utc>,
        _: kinline_app::ui::call_link::CallScreens,
    ) {
    }
    fn adult_check(&mut self, _: bool) {}
    fn admit(&mut self) {}
    fn end(&mut self, _: EndReason) {}
    fn terminate(&mut self, _: TerminationReason) {}
    fn poll(&mut self) -> Vec<LinkEvent> {
        std::mem::take(&mut self.0.borrow_mut())
    }
}

#[test]
fn caller_did_not_join_is_offered_until_the_caller_joins_and_not_after() {
    let t = Tablet::dco();
    let link = ScriptedLink::default();
    {
        let mut app = t.app.0.borrow_mut();
        app.calls = Box::new(link.clone());
    }
    let (_, b) = ready_amal(&t);
    t.send(Msg::OpenCall(b));
    t.send(Msg::CheckIn);
    let no_caller = "Caller did not join — end the call";
    let html = t.html();
    assert!(html.contains("Waiting for the caller to join"), "{html}");
    assert!(html.contains(no_caller));
    // The caller opens their link: the engine says so at the next tick.
    link.0
        .borrow_mut()
        .push(LinkEvent::Call(CallEvent::CallerWaiting));
    t.send(Msg::Tick);
    let html = t.html();
    assert!(html.contains("The caller has joined."), "{html}");
    assert!(!html.contains(no_caller), "the caller has joined: {html}");
    // Nor after the adult check, which needs the caller there (§8).
    t.send(Msg::AdultCheck(true));
    assert!(!t.html().contains(no_caller));
}

#[test]
fn dso_19_the_report_after_a_termination_names_the_call_and_starts_with_its_reasons_category() {
    let t = Tablet::dco();
    let (d, b) = amal_in_call(&t);
    t.send(Msg::Terminate(TerminationReason::ConcernForRecipient));
    t.send(Msg::ConfirmTerminate);
    let slot = t.app.0.borrow().backend.centre().calls[&b].info.slot_start;
    let when = kinline_app::ui::text::date_time(slot);
    let about = format!("About the call at {when} — Social call — Amal Haddad");
    let html = t.html();
    assert!(html.contains(&about), "{html}");
    let chosen = tag_with(&html, "Safety of the recipient</button>");
    assert!(chosen.contains(r#"aria-pressed="true""#), "{chosen}");
    assert_eq!(html.matches(r#"aria-pressed="true""#).count(), 1);
    // The DCO writes what happened and saves: no category to hunt for.
    t.send(Msg::IncidentAccount(
        "The caller was crying and said she was afraid.".into(),
    ));
    assert!(!tag_with(&t.html(), "Save report</button>").contains("disabled"));
    // Opened again from the ended call, the report starts the same way.
    t.send(Msg::OpenCall(b));
    t.send(Msg::OpenIncident(Some(b), Some(d)));
    let html = t.html();
    assert!(html.contains(&about));
    assert!(tag_with(&html, "Safety of the recipient</button>").contains(r#"aria-pressed="true""#));
    // A report about no call names none.
    t.send(Msg::OpenIncident(None, Some(d)));
    assert!(!t.html().contains("About the call at"));
}

/// Books a call of `kind` for `d` in the slot starting at `slot_start`, as the signed-in DCO.
fn book_at(
    t: &Tablet,
    d: DetaineeId,
    kind: CallKind,
    slot_start: chrono::DateTime<chrono::Utc>,
) -> BookingId {
    let mut app = t.app.0.borrow_mut();
    let actor = app.staff.as_ref().unwrap().actor();
    let booking = BookingId(app.backend.new_id());
    app.backend
        .record(
            actor,
            EventBody::CallBooked {
                booking,
                detainee: d,
                kind,
                slot_start,
            },
        )
        .unwrap();
    // Recorded behind the screens' back, as a sync round brings it: read in as after one.
    app.reload();
    booking
}

/// A message as read: without the isolation marks Fluent puts around each value.
fn read(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn phase(t: &Tablet, b: BookingId) -> kinline_shared::workflow::call::CallPhase {
    t.app.0.borrow().backend.centre().calls[&b].phase.clone()
}

#[test]
fn annex_a_a_call_is_checked_in_from_ten_minutes_before_its_slot_and_connected_only_within_it() {
    use kinline_shared::workflow::call::CallPhase;
    let t = Tablet::dco();
    let (d, first) = ready_amal(&t);
    // 09:00 now; the call's slot is 10:00–10:30.
    let b = book_at(&t, d, CallKind::Social, test_morning() + Duration::hours(1));
    t.send(Msg::OpenCall(b));
    let html = t.html();
    assert!(
        html.contains("Social call: Saturday, 28 November 2026 at 10:00 to 10:30"),
        "the call screen says when the call is and its kind: {html}"
    );
    // Too early to check in: the tablet says when the call is and refuses.
    t.send(Msg::CheckIn);
    let alert = read(&t.alert().expect("refused"));
    assert!(alert.contains("DSO 01/2020 Annex A"), "{alert}");
    assert!(
        alert.contains("Saturday, 28 November 2026 at 10:00 to 10:30")
            && alert.contains("checked in from 09:50"),
        "{alert}"
    );
    assert_eq!(phase(&t, b), CallPhase::Booked);
    // From ten minutes before: checked in, and the caller checked, but not admitted.
    t.controls.advance(Duration::minutes(50));
    t.send(Msg::CheckIn);
    assert_eq!(t.alert(), None);
    t.send(Msg::AdultCheck(true));
    t.send(Msg::Admit);
    assert!(t.alert().unwrap().contains("Annex A"));
    assert_eq!(phase(&t, b), CallPhase::AdultChecked);
    // At the slot's start: admitted and started.
    t.controls.advance(Duration::minutes(10));
    t.send(Msg::Admit);
    t.send(Msg::StartCall);
    assert!(
        matches!(phase(&t, b), CallPhase::InCall { .. }),
        "{:?}",
        t.alert()
    );
    // The 09:00 call's slot is over: it is not checked in any more.
    t.send(Msg::OpenCall(first));
    t.send(Msg::CheckIn);
    assert!(t.alert().unwrap().contains("Annex A"));
    assert_eq!(phase(&t, first), CallPhase::Booked);
}

#[test]
fn annex_a_the_check_in_lead_is_the_centres_schedule_setting() {
    use kinline_shared::model::{DEFAULT_CHECK_IN_LEAD_MINUTES, Schedule, check_in_lead};
    assert_eq!(DEFAULT_CHECK_IN_LEAD_MINUTES, 10);
    assert_eq!(check_in_lead(None), Duration::minutes(10));
    let t = Tablet::dco();
    let (d, _) = ready_amal(&t);
    {
        let mut app = t.app.0.borrow_mut();
        let schedule: Schedule = app.backend.centre().schedule.clone().unwrap();
        let admin = kinline_shared::actor::Actor::Staff {
            id: kinline_shared::ids::StaffId(app.backend.new_id()),
            role: Role::Administrator,
        };
        app.backend
            .record(
                admin,
                EventBody::CentreScheduleChanged {
                    schedule: schedule.with_check_in_lead(20),
                },
            )
            .unwrap();
    }
    let b = book_at(&t, d, CallKind::Social, test_morning() + Duration::hours(1));
    t.send(Msg::OpenCall(b));
    t.controls.advance(Duration::minutes(39));
    t.send(Msg::CheckIn);
    assert!(read(&t.alert().unwrap()).contains("checked in from 09:40"));
    t.controls.advance(Duration::minutes(1));
    t.send(Msg::CheckIn);
    assert_eq!(
        phase(&t, b),
        kinline_shared::workflow::call::CallPhase::CheckedIn
    );
}

#[test]
fn dso_19_incident_report_saved_offline_says_it_will_be_sent() {
    let t = Tablet::dco();
    t.controls.online.set(false);
    t.send(Msg::OpenIncident(None, None));
    t.send(Msg::IncidentCategory(IncidentCategory::NatureOfCall));
    assert!(t.html().contains(r#"aria-pressed="true""#));
    t.send(Msg::IncidentAccount(
        "Caller showed a photo of a centre door.".into(),
    ));
    t.send(Msg::SubmitIncident);
    assert_eq!(t.screen(), Screen::Today);
    let html = t.html();
    assert!(
        html.contains("No network — the report is saved and will be sent to the security team.")
    );
    let events = t.events();
    let incident = events
        .iter()
        .find_map(|e| match &e.body {
            EventBody::IncidentReported {
                incident,
                category: IncidentCategory::NatureOfCall,
                ..
            } => Some(*incident),
            _ => None,
        })
        .unwrap();
    assert!(events.iter().any(|e| e.body
        == EventBody::ReferredToSecurity {
            source: ReferralSource::Incident(incident)
        }));
    assert!(t.app.0.borrow().sync_status().waiting > 0);
}

#[test]
fn dso_19_incident_report_online_is_sent_to_security() {
    let t = Tablet::dco();
    t.send(Msg::OpenIncident(None, None));
    t.send(Msg::SubmitIncident);
    assert!(t.alert().unwrap().contains("Choose what kind"));
    t.send(Msg::IncidentCategory(IncidentCategory::Other));
    t.send(Msg::IncidentAccount("   ".into()));
    t.send(Msg::SubmitIncident);
    assert!(t.alert().unwrap().contains("§19"), "blank account refused");
    t.send(Msg::IncidentAccount("Saw a phone.".into()));
    t.send(Msg::SubmitIncident);
    assert!(
        t.html()
            .contains("Report saved and sent to the security team.")
    );
    assert_eq!(t.app.0.borrow().sync_status().waiting, 0);
}

#[test]
fn every_button_meets_the_48_pixel_touch_target_and_rtl_languages_mirror() {
    let css = kinline_app::ui::views::STYLES;
    assert!(css.contains("button { min-height: 48px; min-width: 48px;"));
    assert!(css.contains(
        "input, textarea { display: block; width: 100%; max-width: 480px; min-height: 48px;"
    ));
    assert!(css.contains("touch-action: none"));
    for tag in ["ar", "fa", "ur", "ps", "ckb"] {
        assert_eq!(
            kinline_shared::languages::find(tag).unwrap().direction,
            kinline_shared::languages::Direction::Rtl
        );
    }
    let t = Tablet::dco();
    let d = t.detainee("Reza Karimi");
    t.send(Msg::StartCompact(d, LanguageTag::new("fa")));
    assert!(t.html().contains(r#"dir="rtl""#));
}

// --- The screens over the encrypted store (StoreBackend) -------------------------------------

mod on_the_store {
    use super::*;
    use kinline_app::store::{KeySource, ReferenceKind, Store, StoreConfig};
    use kinline_app::ui::backend::{Backend, RecordError, SignInError};
    use kinline_app::ui::store_backend::{StoreBackend, TabletConfig, staff_number};
    use kinline_shared::actor::Actor;
    use kinline_shared::ids::{DeviceId, IncidentId};
    use kinline_shared::workflow::compact::CompactFlow;
    use kinline_tests::server_harness::{self, TestServer};
    use std::path::Path;

    fn config(dir: &Path) -> StoreConfig {
        StoreConfig::new(
            dir.join("tablet.db"),
            KeySource::File(dir.join("tablet.key")),
            DeviceId(uuid::Uuid::now_v7()),
        )
    }

    /// A seeded development centre in a new store, at the fixed test morning.
    fn seeded(config: &StoreConfig) -> StoreBackend {
        let mut b = StoreBackend::open(config, None).unwrap();
        b.set_now(Some(test_morning()));
        b.seed_dev_centre().unwrap();
        b
    }

    fn tablet_on(backend: StoreBackend) -> Tablet {
        let controls = MemoryBackend::new(test_morning(), true).controls();
        let app = App::new(Box::new(backend), Box::<SilentSpeaker>::default());
        Tablet {
            app: SharedApp::new(app),
            controls,
        }
    }

    #[test]
    fn a_compact_signed_on_the_screens_is_in_the_encrypted_store_after_reopening() {
        let dir = server_harness::temp_dir("kinline-ui-store");
        let config = config(&dir);
        let t = tablet_on(seeded(&config));
        t.send(Msg::StaffNumber("D1234".into()));
        t.send(Msg::Pin("2468".into()));
        t.send(Msg::SignIn);
        assert_eq!(t.alert(), None, "the seeded DCO signs in offline");
        let staff = t.app.0.borrow().staff.clone().unwrap();
        assert_eq!(staff.role, Role::Dco);
        let d = t.detainee("Amal Haddad");
        t.send(Msg::StartCompact(d, LanguageTag::new("ar")));
        t.play_to_end();
        t.send(Msg::GoToSignature);
        t.draw_signature();
        t.send(Msg::WitnessPin("2468".into()));
        t.send(Msg::Witness);
        assert_eq!(t.screen(), Screen::Detainee(d));
        assert!(t.html().contains("Compact signed and witnessed."));
        let shown = t.events();
        let waiting = t.app.0.borrow().sync_status().waiting;
        assert_eq!(waiting, shown.len(), "every event waits in the outbox");
        drop(t);

        let store = Store::open(&config).unwrap();
        let stored = store.events().unwrap();
        assert_eq!(
            stored, shown,
            "what the screens showed is what the store holds"
        );
        let signed = stored
            .iter()
            .find(|e| matches!(e.body, EventBody::CompactSigned { .. }))
            .expect("the signature was recorded in the store");
        assert_eq!(signed.actor, staff.actor());
        assert!(matches!(
            store.centre().detainee(d).compact,
            CompactFlow::Signed { .. }
        ));
        assert_eq!(store.queue_len().unwrap(), stored.len() as u64);
        assert_eq!(store.verify_chain().unwrap(), stored.len() as u64);
    }

    #[test]
    fn sign_in_on_the_store_checks_the_synced_argon2_credentials_and_counts_wrong_pins() {
        let dir = server_harness::temp_dir("kinline-ui-store");
        let config = config(&dir);
        let mut empty = StoreBackend::open(&config, None).unwrap();
        assert_eq!(
            empty.sign_in("D1234", "2468"),
            Err(SignInError::NoCredentials)
        );
        empty.seed_dev_centre().unwrap();
        let mut b = empty;
        assert_eq!(b.sign_in("zzzz", "2468"), Err(SignInError::UnknownStaff));
        assert_eq!(
            b.sign_in("D1234", "1111"),
            Err(SignInError::WrongPin { attempts_left: 4 })
        );
        // The issued number, in any case; the id's prefix is no number once one is issued.
        assert_eq!(
            b.sign_in("d1234000", "2468"),
            Err(SignInError::UnknownStaff)
        );
        let dco = b.sign_in(" d1234 ", "2468").unwrap();
        assert_eq!(dco.number, "D1234");
        assert!(b.check_pin(dco.id, "2468").unwrap());
        assert!(!b.check_pin(dco.id, "1357").unwrap());
        let manager = b.sign_in("M0001", "1357").unwrap();
        assert_eq!(manager.role, Role::CentreManager);
        // Credentials are reference data in the store: they are there after reopening.
        drop(b);
        let mut again = StoreBackend::open(&config, None).unwrap();
        assert_eq!(again.sign_in("D1234", "2468").unwrap(), dco);
    }

    /// DSO §16, offline: five wrong PINs lock the account on this tablet — at sign-in and at
    /// unlock alike — and the lock holds across a restart of the app, until the tablet syncs.
    #[test]
    fn dso_16_five_wrong_pins_lock_the_account_on_the_tablet_until_it_syncs() {
        let dir = server_harness::temp_dir("kinline-ui-store");
        let config = config(&dir);
        let mut b = seeded(&config);
        let dco = b.sign_in("D1234", "2468").unwrap();
        for left in (1..=4).rev() {
            assert_eq!(
                b.sign_in("D1234", "1111"),
                Err(SignInError::WrongPin {
                    attempts_left: left
                })
            );
        }
        assert!(
            !b.check_pin(dco.id, "1112").unwrap(),
            "a wrong PIN at unlock counts too"
        );
        assert_eq!(b.sign_in("D1234", "2468"), Err(SignInError::LockedOut));
        assert!(
            !b.check_pin(dco.id, "2468").unwrap(),
            "locked: not even the right PIN"
        );
        drop(b);
        let mut again = StoreBackend::open(&config, None).unwrap();
        assert_eq!(
            again.sign_in("D1234", "2468"),
            Err(SignInError::LockedOut),
            "a restart gives nobody more tries"
        );
        assert!(
            again.sign_in("M0001", "1357").is_ok(),
            "other accounts are not locked"
        );
        // A sync brings the centre's word on every account again (an empty page is enough).
        again.add_reference(&[]).unwrap();
        assert_eq!(again.sign_in("D1234", "2468").unwrap(), dco);
    }

    #[test]
    fn a_refusal_on_the_store_names_the_paragraph_and_stores_nothing() {
        let dir = server_harness::temp_dir("kinline-ui-store");
        let config = config(&dir);
        let mut b = seeded(&config);
        let dco = b.sign_in("D1234", "2468").unwrap();
        // After the sign-in, which is an event of its own (§16).
        let before = b.store().queue_len().unwrap();
        let refused = b.record(
            dco.actor(),
            EventBody::CallCheckedIn {
                booking: BookingId(uuid::Uuid::now_v7()),
            },
        );
        assert!(
            matches!(refused, Err(RecordError::Refused(_))),
            "{refused:?}"
        );
        assert_eq!(b.store().queue_len().unwrap(), before);
        assert_eq!(b.sync_status().unwrap().waiting as u64, before);
    }

    /// Every screen the tablet has for the centre's detainees and calls, as rendered.
    fn every_screen(t: &Tablet) -> Vec<(String, String)> {
        let (roster, bookings, suspensions) = {
            let app = t.app.0.borrow();
            let centre = app.backend.centre();
            (
                app.backend.roster().unwrap(),
                centre.calls.keys().copied().collect::<Vec<_>>(),
                centre.suspensions.keys().copied().collect::<Vec<_>>(),
            )
        };
        let mut shown = Vec::new();
        let mut show = |what: String, msg: Msg| {
            t.send(msg);
            shown.push((what, t.html()));
        };
        show("today".into(), Msg::OpenToday);
        for r in &roster {
            show(format!("find {}", r.name), Msg::OpenFind);
            show(format!("found {}", r.name), Msg::Search(r.name.clone()));
            show(format!("detainee {}", r.name), Msg::OpenDetainee(r.id));
            show(format!("booking {}", r.name), Msg::OpenBooking(r.id));
            show(
                format!("incident {}", r.name),
                Msg::OpenIncident(None, Some(r.id)),
            );
        }
        for b in bookings {
            show(format!("call {b}"), Msg::OpenCall(b));
            show(format!("cancel {b}"), Msg::OpenCancel(b));
        }
        for s in suspensions {
            show(format!("notice {s}"), Msg::OpenNotice(s));
        }
        shown
    }

    /// The first 8 characters of every detainee's and staff member's id the tablet knows of
    /// (the roster, the signed-in member of staff, and every member of staff who recorded).
    fn id_prefixes(t: &Tablet) -> Vec<String> {
        let app = t.app.0.borrow();
        let mut ids: Vec<String> = app
            .backend
            .roster()
            .unwrap()
            .iter()
            .map(|r| r.id.to_string())
            .collect();
        ids.extend(app.staff.iter().map(|s| s.id.to_string()));
        ids.extend(
            app.backend
                .events()
                .unwrap()
                .iter()
                .filter_map(|e| match e.actor {
                    Actor::Staff { id, .. } => Some(id.to_string()),
                    _ => None,
                }),
        );
        ids.into_iter().map(|id| id[..8].to_owned()).collect()
    }

    #[test]
    fn no_tablet_screen_shows_an_id_prefix_of_a_detainee_or_member_of_staff() {
        let dir = server_harness::temp_dir("kinline-ui-store");
        let on_store = tablet_on(seeded(&config(&dir)));
        on_store.send(Msg::StaffNumber("D1234".into()));
        on_store.send(Msg::Pin("2468".into()));
        on_store.send(Msg::SignIn);
        for (centre, t) in [("store", on_store), ("demo", Tablet::dco())] {
            assert!(t.app.0.borrow().staff.is_some(), "{centre}: signed in");
            let prefixes = id_prefixes(&t);
            assert!(prefixes.len() >= 3, "{centre}: {prefixes:?}");
            let screens = every_screen(&t);
            assert!(screens.len() > 10, "{centre}");
            for (what, html) in &screens {
                let lower = html.to_lowercase();
                for p in &prefixes {
                    assert!(
                        !lower.contains(p.as_str()),
                        "{centre}: the {what} screen shows the id prefix {p}: {html}"
                    );
                }
                assert!(!html.contains("Staff d"), "{centre}: {what}");
            }
            // What they show instead: the Home Office reference and the room, and who is
            // signed in by their staff number.
            let (_, detainee) = screens
                .iter()
                .find(|(w, _)| w == "detainee Amal Haddad")
                .unwrap();
            assert!(
                detainee.contains("A2847391 · Room B-12"),
                "{centre}: {detainee}"
            );
            assert!(detainee.contains("D1234"), "{centre}: {detainee}");
        }
    }

    #[test]
    fn the_tablet_config_names_the_store_its_key_file_device_and_server() {
        let c = TabletConfig::from_toml(
            r#"
            store = "/var/lib/kinline/tablet.db"
            device = "0190f5a2-0000-7000-8000-000000000001"
            key_file = "/var/lib/kinline/tablet.key"
            server = "https://kinline.centre.internal:8443"
            retention_days = 45
            "#,
        )
        .unwrap();
        assert_eq!(c.store.path, Path::new("/var/lib/kinline/tablet.db"));
        assert_eq!(
            c.store.key,
            KeySource::File("/var/lib/kinline/tablet.key".into())
        );
        assert_eq!(c.store.retention_days, 45);
        assert_eq!(
            c.server.as_deref(),
            Some("https://kinline.centre.internal:8443")
        );
        assert!(!c.dev_seed);
        let keyring = TabletConfig::from_toml(
            "store = \"t.db\"\ndevice = \"0190f5a2-0000-7000-8000-000000000001\"\n",
        )
        .unwrap();
        assert!(matches!(keyring.store.key, KeySource::Keyring { .. }));
        let bad = TabletConfig::from_toml("store = \"t.db\"\ndevice = \"nope\"\n").unwrap_err();
        assert!(bad.to_string().contains("not a UUID"), "{bad}");
        let unknown = TabletConfig::from_toml(
            "store = \"t.db\"\ndevice = \"0190f5a2-0000-7000-8000-000000000001\"\npin = \"1\"\n",
        );
        assert!(unknown.is_err(), "unknown fields are refused, not ignored");
    }

    #[test]
    fn the_tablet_config_sets_the_text_size_from_100_to_200_percent() {
        let with = |size: &str| {
            TabletConfig::from_toml(&format!(
                "store = \"t.db\"\ndevice = \"0190f5a2-0000-7000-8000-000000000001\"\n{size}"
            ))
        };
        assert_eq!(with("").unwrap().text_size, 100);
        assert_eq!(with("text_size = 200\n").unwrap().text_size, 200);
        for wrong in ["text_size = 99\n", "text_size = 250\n"] {
            let e = with(wrong).unwrap_err();
            assert!(e.to_string().contains("between 100 and 200"), "{e}");
        }
        // Applied to the window's root: every text of the screens is relative to it.
        assert_eq!(
            kinline_app::ui::views::text_size_css(200),
            ":root { font-size: 200%; }"
        );
        let styles = kinline_app::ui::views::STYLES;
        let fixed: Vec<&str> = styles
            .split([';', '{', '}'])
            .map(str::trim)
            .filter(|d| d.starts_with("font-size") && d.contains("px"))
            .collect();
        assert!(fixed.is_empty(), "text sizes in px do not grow: {fixed:?}");
    }

    #[test]
    fn a_dco_signs_in_on_the_tablet_and_the_server_by_the_staff_number_the_administrator_issued() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let server = rt.block_on(TestServer::start(server_harness::Backend::Sqlite));
        let dco = kinline_shared::ids::StaffId(uuid::Uuid::now_v7());
        rt.block_on(server.server.set_staff_numbered(
            dco,
            Role::Dco,
            server_harness::STAFF_PIN,
            true,
            Some(" d7731 "),
        ))
        .unwrap();
        let amal = DetaineeId(uuid::Uuid::now_v7());
        rt.block_on(server.server.publish_reference(
            kinline_shared::sync::ReferenceItem::RosterEntry {
                detainee: amal,
                name: "Amal Haddad".into(),
                reference: "a2847391".into(),
                location: "Wing B, room 12".into(),
                present: true,
            },
        ))
        .unwrap();
        let dir = server_harness::temp_dir("kinline-ui-store");
        let config = config(&dir);
        // Enrol the store's own device key with a one-time code.
        server.enrol_store(&rt, &config);
        let mut b = StoreBackend::open(&config, Some(&server.url)).unwrap();
        b.sync_now().unwrap();
        // The id's prefix is no staff number once one is issued.
        assert_eq!(
            b.sign_in(&dco.to_string()[..8], server_harness::STAFF_PIN),
            Err(SignInError::UnknownStaff)
        );
        let t = tablet_on(b);
        t.send(Msg::StaffNumber("D7731".into()));
        t.send(Msg::Pin(server_harness::STAFF_PIN.into()));
        t.send(Msg::SignIn);
        let session = t.app.0.borrow().staff.clone().expect("signed in");
        assert_eq!((session.id, session.number.as_str()), (dco, "D7731"));
        t.send(Msg::OpenFind);
        t.send(Msg::Search("A2847391".into()));
        let html = t.html();
        assert!(html.contains("<span class=\"who\">D7731</span>"), "{html}");
        assert!(
            html.contains("Amal Haddad") && html.contains("A2847391"),
            "{html}"
        );
        assert!(!html.contains(&dco.to_string()[..8]), "{html}");
        // The staff API takes the same number (any case) as it takes the id.
        let signed_in = rt.block_on(async {
            reqwest::Client::new()
                .post(format!("{}/api/staff/sign-in", server.url))
                .json(&serde_json::json!({"staff": "d7731", "secret": server_harness::STAFF_PIN}))
                .send()
                .await
                .unwrap()
                .status()
        });
        assert_eq!(signed_in, 200);
        // A number another member of staff holds is not issued twice.
        let taken = rt
            .block_on(server.server.set_staff_numbered(
                kinline_shared::ids::StaffId(uuid::Uuid::now_v7()),
                Role::Dco,
                server_harness::STAFF_PIN,
                true,
                Some("D7731"),
            ))
            .unwrap_err();
        assert!(
            format!("{taken:?}").contains("staff_number_taken"),
            "{taken:?}"
        );
    }

    /// DSO §16 (issue 18, offline limits): a tablet that locked an account after five wrong
    /// PINs reports the lockout on its next sync, and the server locks the account too, where
    /// the administrator sees it in the staff list (until they set its PIN again).
    #[test]
    fn dso_16_a_lockout_on_the_tablet_reaches_the_server_on_sync() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let server = rt.block_on(TestServer::start(server_harness::Backend::Sqlite));
        let (dco, _token) = rt.block_on(server.staff(Role::Dco));
        let (other, _token) = rt.block_on(server.staff(Role::Dco));
        let dir = server_harness::temp_dir("kinline-ui-store");
        let config = config(&dir);
        server.enrol_store(&rt, &config);
        let mut b = StoreBackend::open(&config, Some(&server.url)).unwrap();
        b.sync_now().unwrap();
        // By id: the two accounts' derived staff numbers may be the same.
        let number = dco.to_string();
        for _ in 0..5 {
            assert!(b.sign_in(&number, "9081726").is_err());
        }
        assert_eq!(
            b.sign_in(&number, server_harness::STAFF_PIN),
            Err(SignInError::LockedOut)
        );
        assert!(!server.server.sign_in_locked(dco), "not yet reported");
        b.sync_now().unwrap();
        assert!(server.server.sign_in_locked(dco), "reported on sync");
        assert!(!server.server.sign_in_locked(other));
        // The administrator sets the PIN again: unlocked on the server.
        rt.block_on(
            server
                .server
                .set_staff(dco, Role::Dco, server_harness::STAFF_PIN, true),
        )
        .unwrap();
        assert!(!server.server.sign_in_locked(dco));
    }

    /// A store whose rows cannot be read says so, on every screen, with what to do: it is
    /// never shown as a tablet without staff credentials or as an empty roster.
    #[test]
    fn a_damaged_store_is_shown_as_unreadable_never_as_no_credentials_or_nobody() {
        const UNREADABLE: &str = "The tablet cannot read what it has stored";
        let dir = server_harness::temp_dir("kinline-ui-store");
        let b = seeded(&config(&dir));
        // The credentials' row damaged: its payload is no longer a list of items.
        b.store()
            .put_reference(
                ReferenceKind::StaffCredentials,
                1,
                &"damaged",
                test_morning(),
            )
            .unwrap();
        let t = tablet_on(b);
        t.send(Msg::StaffNumber("D1234".into()));
        t.send(Msg::Pin("2468".into()));
        t.send(Msg::SignIn);
        let alert = t.alert().expect("the sign-in says what failed");
        assert!(alert.contains(UNREADABLE), "{alert}");
        assert!(alert.contains("IT support"), "says what to do: {alert}");
        assert!(!alert.contains("no staff credentials"), "{alert}");
        assert!(t.html().contains(UNREADABLE));
        assert_eq!(t.app.0.borrow().staff, None);

        // A readable store; then its roster damaged behind the signed-in screens' back.
        let dir = server_harness::temp_dir("kinline-ui-store");
        let readable = config(&dir);
        let t = tablet_on(seeded(&readable));
        t.send(Msg::StaffNumber("D1234".into()));
        t.send(Msg::Pin("2468".into()));
        t.send(Msg::SignIn);
        assert_eq!(t.alert(), None);
        assert_eq!(t.app.0.borrow().view.unreadable, None);
        // Through a second connection to the same file, as a failing disk would.
        Store::open(&readable)
            .unwrap()
            .put_reference(ReferenceKind::Roster, 1, &"damaged", test_morning())
            .unwrap();
        t.send(Msg::OpenFind);
        t.send(Msg::Search("Amal".into()));
        let html = t.html();
        assert!(html.contains(UNREADABLE), "the find screen says so");
        assert!(
            !html.contains("Nobody on this tablet's roster matches"),
            "an unreadable roster is not an empty one"
        );
    }

    #[test]
    fn sync_now_on_the_store_pushes_the_outbox_to_a_real_server_and_brings_credentials_down() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let server = rt.block_on(TestServer::start(server_harness::Backend::Sqlite));
        let (dco, _token) = rt.block_on(server.staff(Role::Dco));
        let dir = server_harness::temp_dir("kinline-ui-store");
        let config = config(&dir);
        // Enrol the store's own device key with a one-time code.
        server.enrol_store(&rt, &config);
        let mut b = StoreBackend::open(&config, Some(&server.url)).unwrap();
        assert_eq!(
            b.sign_in(&staff_number(dco, ""), server_harness::STAFF_PIN),
            Err(SignInError::NoCredentials)
        );
        b.sync_now().unwrap();
        // The server's Argon2 hash came down: the DCO signs in offline with their PIN.
        let session = b
            .sign_in(&staff_number(dco, ""), server_harness::STAFF_PIN)
            .unwrap();
        assert_eq!((session.id, session.role), (dco, Role::Dco));
        let ids = b
            .record(
                Actor::Staff {
                    id: dco,
                    role: Role::Dco,
                },
                EventBody::IncidentReported {
                    incident: IncidentId(uuid::Uuid::now_v7()),
                    booking: None,
                    detainee: None,
                    category: IncidentCategory::Recording,
                    account: "A second phone was held up to the screen.".into(),
                },
            )
            .unwrap();
        // The sign-in is in the outbox too (§16).
        assert_eq!(b.sync_status().unwrap().waiting, ids.len() + 1);
        let status = b.sync_now().unwrap();
        assert_eq!(
            status.waiting, 0,
            "the outbox is empty once the server has it"
        );
        assert!(status.online && status.last_sync.is_some());
        assert_eq!(b.parked_len(), 0);
        let on_server: Vec<_> = rt
            .block_on(server.server.events(0, 1000))
            .unwrap()
            .into_iter()
            .map(|s| s.event.id)
            .collect();
        for id in &ids {
            assert!(on_server.contains(id), "event {id} reached the server");
        }
    }
}

/// WCAG 2.x relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap()) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/// WCAG contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The stylesheet's rules as (selector, `color`, `background`) with `#rrggbb` values.
fn css_colours(css: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let mut text = String::new();
    let mut rest = css;
    while let Some((before, after)) = rest.split_once("/*") {
        text.push_str(before);
        rest = after.split_once("*/").map_or("", |(_, a)| a);
    }
    text.push_str(rest);
    text.split('}')
        .filter_map(|block| {
            let (selector, decls) = block.rsplit_once('{')?;
            let value = |name: &str| {
                decls.split(';').find_map(|d| {
                    let (k, v) = d.split_once(':')?;
                    let v = v.trim();
                    (k.trim() == name && v.starts_with('#') && v.len() == 7).then(|| v.to_owned())
                })
            };
            let selector = selector.rsplit('{').next().unwrap_or_default().trim();
            Some((selector.to_owned(), value("color"), value("background")))
        })
        .collect()
}

#[test]
fn every_text_colour_meets_wcag_aa_contrast_on_every_background_it_can_sit_on() {
    let rules = css_colours(kinline_app::ui::views::STYLES);
    assert!(rules.len() > 20, "the stylesheet was read: {rules:?}");
    let backgrounds: Vec<&String> = rules.iter().filter_map(|r| r.2.as_ref()).collect();
    assert!(backgrounds.contains(&&"#ffffff".to_owned()));
    let mut checked = 0;
    for (selector, colour, background) in &rules {
        let Some(fg) = colour else { continue };
        // Its own background if the rule sets one; else any surface of the other lightness
        // (a dark text colour may sit on every light surface, and the other way round).
        let surfaces: Vec<&String> = match background {
            Some(bg) => vec![bg],
            None => backgrounds
                .iter()
                .copied()
                .filter(|bg| (luminance(bg) > 0.18) != (luminance(fg) > 0.18))
                .collect(),
        };
        assert!(!surfaces.is_empty(), "{selector}: no background for {fg}");
        for bg in surfaces {
            let ratio = contrast(fg, bg);
            assert!(
                ratio >= 4.5,
                "{selector}: {fg} on {bg} is {ratio:.2}:1, below WCAG AA's 4.5:1"
            );
            checked += 1;
        }
    }
    assert!(checked > 25, "{checked} pairs checked");
    // The keyboard focus outline is a non-text indicator: at least 3:1 against the page.
    let css = kinline_app::ui::views::STYLES;
    let focus = css
        .split("focus-visible")
        .last()
        .and_then(|r| r.split("outline:").nth(1))
        .and_then(|o| o.split('#').nth(1))
        .map(|h| format!("#{}", &h[..6]))
        .expect("a focus outline colour");
    assert!(contrast(&focus, "#ffffff") >= 3.0, "focus outline {focus}");
    // The formula itself, against WCAG's reference values.
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
}

// --- Booking a call with a detainee, cancelling one (DSO §7, §9) -----------------------------

mod booking {
    use super::*;
    use kinline_app::ui::backend::{
        Backend, CompactText, ReadError, RecordError, RosterEntry, SignInError, StaffSession,
        SyncError, SyncStatus,
    };
    use kinline_app::ui::state::{BookingDraft, BookingProblem, CallerField};
    use kinline_shared::actor::Actor;
    use kinline_shared::contact::{CallerContact, ContactError};
    use kinline_shared::dso::RuleViolation;
    use kinline_shared::event::Event;
    use kinline_shared::ids::{DeviceId, EventId, StaffId};
    use kinline_shared::model::{CallOutcome, CancelReason};
    use kinline_shared::projection::Centre;
    use kinline_shared::workflow::call::CallPhase;
    use std::cell::RefCell;
    use std::rc::Rc;

    type Contacts = Rc<RefCell<Vec<CallerContact>>>;

    /// The demo centre, with every contact it was given to keep also where the test sees it.
    struct Spy {
        inner: MemoryBackend,
        contacts: Contacts,
    }

    impl Backend for Spy {
        fn now(&self) -> chrono::DateTime<chrono::Utc> {
            self.inner.now()
        }
        fn device(&self) -> DeviceId {
            self.inner.device()
        }
        fn sign_in(&mut self, number: &str, pin: &str) -> Result<StaffSession, SignInError> {
            self.inner.sign_in(number, pin)
        }
        fn check_pin(&self, staff: StaffId, pin: &str) -> Result<bool, ReadError> {
            self.inner.check_pin(staff, pin)
        }
        fn centre(&self) -> &Centre {
            self.inner.centre()
        }
        fn events(&self) -> Result<Vec<Event>, ReadError> {
            self.inner.events()
        }
        fn roster(&self) -> Result<Vec<RosterEntry>, ReadError> {
            self.inner.roster()
        }
        fn caller_label(&self, booking: BookingId) -> Result<Option<String>, ReadError> {
            self.inner.caller_label(booking)
        }
        fn record(&mut self, actor: Actor, body: EventBody) -> Result<Vec<EventId>, RecordError> {
            self.inner.record(actor, body)
        }
        fn book(
            &mut self,
            actor: Actor,
            body: EventBody,
            contact: CallerContact,
        ) -> Result<Vec<EventId>, RecordError> {
            let kept = contact.clone();
            let ids = self.inner.book(actor, body, contact)?;
            self.contacts.borrow_mut().push(kept);
            Ok(ids)
        }
        fn book_again(
            &mut self,
            actor: Actor,
            body: EventBody,
            from: BookingId,
        ) -> Result<Vec<EventId>, RecordError> {
            let before = self.inner.contacts.len();
            let ids = self.inner.book_again(actor, body, from)?;
            let copied = self.inner.contacts[before..].to_vec();
            self.contacts.borrow_mut().extend(copied);
            Ok(ids)
        }
        fn sync_status(&self) -> Result<SyncStatus, ReadError> {
            self.inner.sync_status()
        }
        fn sync_now(&mut self) -> Result<SyncStatus, SyncError> {
            self.inner.sync_now()
        }
        fn compact(&self, language: &LanguageTag) -> Result<Option<CompactText>, ReadError> {
            self.inner.compact(language)
        }
        fn new_id(&mut self) -> uuid::Uuid {
            self.inner.new_id()
        }
    }

    /// The demo centre at 09:00 (the 09:00 slot full, Reza Karimi booked at 09:30), the DCO
    /// signed in.
    fn tablet() -> (Tablet, Contacts) {
        let inner = MemoryBackend::demo(test_morning(), true);
        let controls = inner.controls();
        let contacts = Contacts::default();
        let spy = Spy {
            inner,
            contacts: contacts.clone(),
        };
        let app = App::new(Box::new(spy), Box::<SilentSpeaker>::default());
        let t = Tablet {
            app: SharedApp::new(app),
            controls,
        };
        t.send(Msg::StaffNumber("D1234".into()));
        t.send(Msg::Pin("2468".into()));
        t.send(Msg::SignIn);
        (t, contacts)
    }

    fn draft(t: &Tablet) -> BookingDraft {
        match t.screen() {
            Screen::Booking(d) => *d,
            other => panic!("not the booking form: {other:?}"),
        }
    }

    fn free(t: &Tablet) -> Vec<chrono::DateTime<chrono::Utc>> {
        t.app
            .0
            .borrow()
            .free_slots()
            .iter()
            .map(|s| s.start)
            .collect()
    }

    fn at(minutes: i64) -> chrono::DateTime<chrono::Utc> {
        test_morning() + Duration::minutes(minutes)
    }

    fn type_caller(t: &Tablet, name: &str, relationship: &str, email: &str, mobile: &str) {
        t.send(Msg::BookingField(CallerField::Name, name.into()));
        t.send(Msg::BookingField(
            CallerField::Relationship,
            relationship.into(),
        ));
        t.send(Msg::BookingField(CallerField::Email, email.into()));
        t.send(Msg::BookingField(CallerField::Mobile, mobile.into()));
    }

    fn notice(t: &Tablet) -> String {
        read(&t.app.0.borrow().notice.as_ref().unwrap().text)
    }

    fn booked(
        t: &Tablet,
    ) -> Vec<(
        BookingId,
        DetaineeId,
        CallKind,
        chrono::DateTime<chrono::Utc>,
    )> {
        t.events()
            .into_iter()
            .filter_map(|e| match e.body {
                EventBody::CallBooked {
                    booking,
                    detainee,
                    kind,
                    slot_start,
                } => Some((booking, detainee, kind, slot_start)),
                _ => None,
            })
            .collect()
    }

    /// Books Reza Karimi's social call at 10:00 through the form, as a DCO taps it.
    fn book_reza_at_ten(t: &Tablet) -> BookingId {
        let reza = t.detainee("Reza Karimi");
        t.send(Msg::OpenDetainee(reza));
        t.send(Msg::OpenBooking(reza));
        let booking = draft(t).booking;
        t.send(Msg::BookingSlot(at(60)));
        type_caller(t, "Amina Yusuf", "Sister", "amina@example.org", "");
        t.send(Msg::ConfirmBooking);
        assert_eq!(t.screen(), Screen::Detainee(reza), "{:?}", t.alert());
        booking
    }

    #[test]
    fn dso_9_a_dco_books_a_call_from_the_detainee_screen_and_the_caller_is_kept_beside_it() {
        let (t, contacts) = tablet();
        let reza = t.detainee("Reza Karimi");
        t.send(Msg::OpenDetainee(reza));
        assert!(t.html().contains(">Book a call</button>"));
        t.send(Msg::OpenBooking(reza));
        let booking = draft(&t).booking;
        let html = t.html();
        assert!(html.contains("Book a call for Reza Karimi"), "{html}");
        assert!(html.contains(r#"<label for="caller-email""#));
        // 09:00 is full and Reza Karimi already has 09:30: the first free time is 10:00.
        assert_eq!(free(&t)[0], at(60));
        t.send(Msg::BookingSlot(at(60)));
        type_caller(
            &t,
            " Amina Yusuf ",
            "Sister",
            "amina@example.org",
            "07700 900123",
        );
        t.send(Msg::BookingLanguage(LanguageTag::new("fa")));
        t.send(Msg::ConfirmBooking);
        // A second tap on "Book" books nothing more.
        t.send(Msg::ConfirmBooking);
        assert_eq!(t.screen(), Screen::Detainee(reza));
        let said = notice(&t);
        assert!(said.starts_with("Booked: "), "{said}");
        assert!(
            said.ends_with(
                "10:00, Amina Yusuf (Sister). The invitation will be sent by the centre."
            ),
            "{said}"
        );
        let mine: Vec<_> = booked(&t).into_iter().filter(|b| b.0 == booking).collect();
        assert_eq!(mine, [(booking, reza, CallKind::Social, at(60))]);
        let kept = contacts.borrow();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].booking, booking);
        assert_eq!(kept[0].name, "Amina Yusuf");
        assert_eq!(kept[0].email.as_deref(), Some("amina@example.org"));
        assert_eq!(kept[0].mobile.as_deref(), Some("+447700900123"));
        assert_eq!(kept[0].language, LanguageTag::new("fa"));
        let label = t.app.0.borrow().backend.caller_label(booking).unwrap();
        assert_eq!(label.as_deref(), Some("Amina Yusuf (Sister)"));
        // The detainee's screen lists it with its caller.
        assert!(t.html().contains("Amina Yusuf (Sister)"));
    }

    #[test]
    fn a_bad_email_keeps_the_form_and_what_was_typed_and_says_what_to_do() {
        let (t, contacts) = tablet();
        let reza = t.detainee("Reza Karimi");
        t.send(Msg::OpenBooking(reza));
        let booking = draft(&t).booking;
        // Without a slot, nothing is booked and the form says so.
        t.send(Msg::ConfirmBooking);
        assert_eq!(draft(&t).problem, Some(BookingProblem::NoSlot));
        t.send(Msg::BookingSlot(at(90)));
        type_caller(&t, "Amina Yusuf", "Sister", "amina@example", "");
        t.send(Msg::ConfirmBooking);
        let d = draft(&t);
        assert_eq!(
            d.problem,
            Some(BookingProblem::Contact(ContactError::Email))
        );
        assert_eq!(
            (d.name.as_str(), d.email.as_str(), d.slot),
            ("Amina Yusuf", "amina@example", Some(at(90)))
        );
        let html = t.html();
        assert!(html.contains(
            r#"role="alert">Mail cannot be sent to this email address. Check it (for example name@example.org).</p>"#
        ), "{html}");
        assert!(booked(&t).iter().all(|b| b.0 != booking));
        assert!(contacts.borrow().is_empty());
        // Corrected, the same booking goes through.
        t.send(Msg::BookingField(
            CallerField::Email,
            "amina@example.org".into(),
        ));
        t.send(Msg::ConfirmBooking);
        assert_eq!(t.screen(), Screen::Detainee(reza));
        assert!(booked(&t).iter().any(|b| b.0 == booking));
    }

    #[test]
    fn dso_9_a_full_slot_is_not_offered_and_the_next_free_ones_are() {
        let (t, _) = tablet();
        let amal = t.detainee("Amal Haddad");
        let piotr = t.detainee("Piotr Nowak");
        let reza = t.detainee("Reza Karimi");
        book_at(&t, amal, CallKind::Social, at(60));
        book_at(&t, piotr, CallKind::Social, at(60));
        t.send(Msg::OpenBooking(reza));
        assert_eq!(free(&t)[..3], [at(90), at(120), at(150)]);
        let html = t.html();
        assert!(!html.contains(">10:00</button>") && html.contains(">10:30</button>"));
        // Another tablet fills 10:30 after it was chosen: refused, and the next free offered.
        t.send(Msg::BookingSlot(at(90)));
        type_caller(&t, "Amina Yusuf", "Sister", "amina@example.org", "");
        book_at(&t, amal, CallKind::Social, at(90));
        book_at(&t, piotr, CallKind::Social, at(90));
        t.send(Msg::ConfirmBooking);
        assert_eq!(
            draft(&t).problem,
            Some(BookingProblem::Refused(RuleViolation::SlotFull))
        );
        let next: Vec<_> = t
            .app
            .0
            .borrow()
            .next_free_slots(at(90))
            .iter()
            .map(|s| s.start)
            .collect();
        assert_eq!(next, [at(120), at(150), at(180)]);
        let html = t.html();
        assert!(
            html.contains("every call point is taken in that slot"),
            "{html}"
        );
        assert!(html.contains("The next free times:"));
        assert_eq!(draft(&t).name, "Amina Yusuf");
        t.send(Msg::BookingSlot(at(120)));
        t.send(Msg::ConfirmBooking);
        assert_eq!(t.screen(), Screen::Detainee(reza));
    }

    #[test]
    fn dso_9_a_legal_booking_into_a_full_slot_displaces_a_social_one_and_says_so() {
        let (t, _) = tablet();
        let amal = t.detainee("Amal Haddad");
        let piotr = t.detainee("Piotr Nowak");
        let reza = t.detainee("Reza Karimi");
        book_at(&t, amal, CallKind::Social, at(60));
        book_at(&t, piotr, CallKind::Social, at(60));
        t.send(Msg::OpenBooking(reza));
        assert!(!free(&t).contains(&at(60)));
        t.send(Msg::BookingKind(CallKind::Legal));
        assert!(free(&t).contains(&at(60)));
        assert!(
            t.html()
                .contains("Takes the place of a social call (DSO §9)")
        );
        t.send(Msg::BookingSlot(at(60)));
        type_caller(&t, "Dana Webb", "Solicitor", "dana@example.org", "");
        t.send(Msg::ConfirmBooking);
        assert_eq!(t.screen(), Screen::Detainee(reza), "{:?}", t.alert());
        let said = notice(&t);
        assert!(
            said.contains("A social call in that slot was moved to the waiting list (DSO §9)"),
            "{said}"
        );
        assert!(t.events().iter().any(|e| matches!(
            e.body,
            EventBody::CallCancelled {
                displaced_by_legal: true,
                ..
            }
        )));
    }

    #[test]
    fn cancelling_a_booked_call_asks_the_reason_and_records_it() {
        let (t, _) = tablet();
        let reza = t.detainee("Reza Karimi");
        let booking = book_reza_at_ten(&t);
        assert!(t.html().contains(r#"aria-label="Cancel the call at "#));
        // The day's list offers it too, for calls not yet checked in.
        t.send(Msg::OpenToday);
        assert!(t.html().contains(r#"aria-label="Cancel the call at "#));
        t.send(Msg::OpenCancel(booking));
        let html = t.html();
        assert!(html.contains("The call at ") && html.contains("with Amina Yusuf (Sister)."));
        assert!(tag_with(&html, "Cancel the call</button>").contains("disabled"));
        // Without a reason nothing is recorded.
        t.send(Msg::ConfirmCancel { rebook: false });
        assert_eq!(
            t.alert().as_deref(),
            Some("Tap the reason for cancelling first.")
        );
        assert_eq!(phase(&t, booking), CallPhase::Booked);
        t.send(Msg::CancelReason(CancelReason::CallerAsked));
        t.send(Msg::ConfirmCancel { rebook: false });
        assert_eq!(t.screen(), Screen::Detainee(reza));
        assert!(notice(&t).ends_with(" is cancelled."), "{}", notice(&t));
        assert!(matches!(
            phase(&t, booking),
            CallPhase::Finished {
                outcome: CallOutcome::Cancelled,
                ..
            }
        ));
        assert!(t.events().iter().any(|e| e.body
            == EventBody::CallCancelled {
                booking,
                displaced_by_legal: false,
                reason: Some(CancelReason::CallerAsked),
            }));
        // "Keep the call" records nothing.
        let other = t.booking(reza);
        t.send(Msg::OpenCancel(other));
        t.send(Msg::BackToDetainee);
        assert_eq!(phase(&t, other), CallPhase::Booked);
    }

    #[test]
    fn a_technical_failure_is_rebooked_for_the_same_caller_in_the_next_free_slot() {
        let (t, contacts) = tablet();
        let booking = book_reza_at_ten(&t);
        t.send(Msg::OpenCancel(booking));
        t.send(Msg::CancelReason(CancelReason::TechnicalFailure));
        t.send(Msg::ConfirmCancel { rebook: true });
        let d = draft(&t);
        assert_ne!(d.booking, booking);
        assert_eq!(d.rebook_of, Some(booking));
        assert_eq!(
            (d.name.as_str(), d.relationship.as_str(), d.email.as_str()),
            ("Amina Yusuf", "Sister", "")
        );
        // The cancelled 10:00 is free again and is the next free slot.
        assert_eq!(d.slot, Some(free(&t)[0]));
        assert_eq!(d.slot, Some(at(60)));
        assert!(notice(&t).contains("Type the caller's email address or mobile number again"));
        t.send(Msg::BookingField(
            CallerField::Email,
            "amina@example.org".into(),
        ));
        t.send(Msg::ConfirmBooking);
        assert!(booked(&t).iter().any(|b| b.0 == d.booking && b.3 == at(60)));
        assert_eq!(contacts.borrow().len(), 2);
    }

    #[test]
    fn a_call_ended_by_a_technical_failure_is_booked_again_at_no_cost_in_one_tap_for_the_same_caller()
     {
        let (t, contacts) = tablet();
        let reza = t.detainee("Reza Karimi");
        let booking = book_reza_at_ten(&t);
        t.controls.advance(at(65) - t.controls.now.get());
        t.send(Msg::OpenCall(booking));
        t.send(Msg::CheckIn);
        t.send(Msg::EndCall(EndReason::TechnicalFailure));
        assert!(matches!(
            phase(&t, booking),
            CallPhase::Finished {
                outcome: CallOutcome::Ended(EndReason::TechnicalFailure),
                ..
            }
        ));
        assert!(t.html().contains(">Book again at no cost</button>"));
        // The detainee's screen offers it too, while the caller's details are held.
        t.send(Msg::OpenDetainee(reza));
        assert!(t.html().contains(">Book again at no cost</button>"));
        // One tap: booked in the next free slot for the same caller, nothing typed again.
        t.send(Msg::Rebook(booking));
        assert_eq!(t.screen(), Screen::Detainee(reza), "{:?}", t.alert());
        assert!(
            notice(&t).contains("Booked again at no cost") && notice(&t).contains("Amina Yusuf"),
            "{}",
            notice(&t)
        );
        // It promises no invitation it cannot know of: the server sends it only while it
        // still holds the caller's details, and staff see on the console when it could not.
        assert!(
            notice(&t).contains("if it still holds the caller's details")
                && notice(&t).contains("the console's list of calls shows if it could not"),
            "{}",
            notice(&t)
        );
        let again: Vec<BookingId> = booked(&t)
            .iter()
            .filter(|b| b.3 == at(90))
            .map(|b| b.0)
            .collect();
        assert_eq!(again.len(), 1, "one booking, in the next free slot");
        // The caller's contact went with it, addresses and language included: the centre
        // sends them a new invitation.
        let contacts = contacts.borrow().clone();
        assert_eq!(contacts.len(), 2);
        assert_eq!(contacts[1].booking, again[0]);
        assert_eq!(
            (contacts[1].email.as_ref(), contacts[1].mobile.as_ref()),
            (contacts[0].email.as_ref(), contacts[0].mobile.as_ref())
        );
        assert_eq!(contacts[1].name, "Amina Yusuf");
        // A call that ended otherwise is not rebooked this way.
        t.send(Msg::Rebook(t.booking(reza)));
        assert_eq!(t.screen(), Screen::Detainee(reza));
    }

    #[test]
    fn the_booking_screen_is_translated_in_arabic_and_tigrinya_and_mirrors_in_arabic() {
        let (t, _) = tablet();
        let amal = t.detainee("Amal Haddad");
        t.send(Msg::OpenBooking(amal));
        let html = t.html();
        assert!(html.contains(r#"dir="ltr""#));
        let english = [
            "Caller&#39;s name",
            "Relationship to the detainee",
            "Email address",
            "Mobile number",
            "Language of the invitation",
            "Book the call",
            "Kind of call",
            "Day and time",
        ];
        for label in english {
            assert!(html.contains(label), "en-GB lacks {label}");
        }
        // Amal Haddad reads Arabic: the form can be shown in it, and every language of the
        // invitation is named in its own script.
        assert!(html.contains(">العربية</bdi>"), "{html}");
        for l in kinline_shared::languages::LANGUAGES {
            assert!(
                html.contains(&format!(">{}</option>", l.native)),
                "{}",
                l.tag
            );
        }
        for tag in ["ar", "ti"] {
            t.send(Msg::BookingShowIn(LanguageTag::new(tag)));
            let html = t.html();
            let loc = kinline_app::i18n::Localizer::new(tag).unwrap();
            for id in [
                "booking-caller-name",
                "booking-confirm",
                "booking-invitation-language",
            ] {
                let word = loc.text(id);
                assert!(html.contains(&word), "{tag}: {id} {word:?} not shown");
            }
            for label in english {
                assert!(!html.contains(label), "{tag} shows English {label:?}");
            }
            // No message id instead of a message.
            for id in [">booking-", ">contact-error", ">cancel-", ">book-call"] {
                assert!(!html.contains(id), "{tag} shows a message id {id}");
            }
            assert!(html.contains(&format!(r#"lang="{tag}""#)));
            let dir = if tag == "ar" { "rtl" } else { "ltr" };
            assert!(
                html.contains(&format!(
                    r#"class="kinline" data-screen="booking" dir="{dir}""#
                )),
                "{html}"
            );
        }
        // A problem is shown in the screen's language too.
        t.send(Msg::BookingShowIn(LanguageTag::new("ar")));
        t.send(Msg::ConfirmBooking);
        let alert = tag_with(&t.html(), "</p>");
        assert!(
            !t.html().contains("Choose a day and a free time first."),
            "{alert}"
        );
    }
}

// --- The view model: the screens read the store when it may have changed, not per render -----

mod view_model {
    use super::*;
    use kinline_app::ui::backend::{
        Backend, CompactText, ReadError, RecordError, RosterEntry, SignInError, StaffSession,
        SyncError, SyncStatus,
    };
    use kinline_app::ui::effect::Effect;
    use kinline_app::ui::state::CallerField;
    use kinline_shared::actor::Actor;
    use kinline_shared::event::Event;
    use kinline_shared::ids::{DeviceId, EventId, StaffId};
    use kinline_shared::projection::Centre;
    use std::cell::Cell;
    use std::rc::Rc;

    /// The demo centre, counting every read that would go to the store on a tablet, and
    /// panicking at a write while `forbid` is set.
    struct Counted {
        inner: MemoryBackend,
        reads: Rc<Cell<u32>>,
        forbid: Rc<Cell<bool>>,
    }

    impl Counted {
        fn read(&self) {
            self.reads.set(self.reads.get() + 1);
        }
        fn write(&self, what: &str) {
            assert!(!self.forbid.get(), "App::update itself did IO: {what}");
        }
    }

    impl Backend for Counted {
        fn now(&self) -> chrono::DateTime<chrono::Utc> {
            self.inner.now()
        }
        fn device(&self) -> DeviceId {
            self.inner.device()
        }
        fn sign_in(&mut self, number: &str, pin: &str) -> Result<StaffSession, SignInError> {
            self.write("sign_in");
            self.inner.sign_in(number, pin)
        }
        fn check_pin(&self, staff: StaffId, pin: &str) -> Result<bool, ReadError> {
            self.write("check_pin");
            self.read();
            self.inner.check_pin(staff, pin)
        }
        fn sign_out(&mut self, staff: &StaffSession) {
            self.write("sign_out");
            self.inner.sign_out(staff);
        }
        fn centre(&self) -> &Centre {
            self.inner.centre()
        }
        fn events(&self) -> Result<Vec<Event>, ReadError> {
            self.read();
            self.inner.events()
        }
        fn roster(&self) -> Result<Vec<RosterEntry>, ReadError> {
            self.read();
            self.inner.roster()
        }
        fn caller_label(&self, booking: BookingId) -> Result<Option<String>, ReadError> {
            self.read();
            self.inner.caller_label(booking)
        }
        fn record(&mut self, actor: Actor, body: EventBody) -> Result<Vec<EventId>, RecordError> {
            self.write("record");
            self.inner.record(actor, body)
        }
        fn book(
            &mut self,
            actor: Actor,
            body: EventBody,
            contact: kinline_shared::contact::CallerContact,
        ) -> Result<Vec<EventId>, RecordError> {
            self.write("book");
            self.inner.book(actor, body, contact)
        }
        fn book_again(
            &mut self,
            actor: Actor,
            body: EventBody,
            from: BookingId,
        ) -> Result<Vec<EventId>, RecordError> {
            self.write("book_again");
            self.inner.book_again(actor, body, from)
        }
        fn sync_status(&self) -> Result<SyncStatus, ReadError> {
            self.read();
            self.inner.sync_status()
        }
        fn sync_now(&mut self) -> Result<SyncStatus, SyncError> {
            self.write("sync_now");
            self.inner.sync_now()
        }
        fn compact(&self, language: &LanguageTag) -> Result<Option<CompactText>, ReadError> {
            self.read();
            self.inner.compact(language)
        }
        fn new_id(&mut self) -> uuid::Uuid {
            self.inner.new_id()
        }
    }

    /// Rendering a screen reads nothing from the store: the sync counts, the roster, the
    /// callers and the compact's languages come from the view model, read when a message may
    /// have changed them (on a tablet, every read is SQL under the store's lock).
    #[test]
    fn rendering_a_screen_reads_nothing_from_the_store() {
        let reads = Rc::new(Cell::new(0));
        let inner = MemoryBackend::demo(test_morning(), true);
        let controls = inner.controls();
        let backend = Counted {
            inner,
            reads: reads.clone(),
            forbid: Rc::default(),
        };
        let t = Tablet {
            app: SharedApp::new(App::new(Box::new(backend), Box::<SilentSpeaker>::default())),
            controls,
        };
        t.send(Msg::StaffNumber("D1234".into()));
        t.send(Msg::Pin("2468".into()));
        t.send(Msg::SignIn);
        let amal = t.detainee("Amal Haddad");
        let reza = t.detainee("Reza Karimi");
        let call = t.booking(reza);
        let screens = [
            Msg::OpenToday,
            Msg::OpenFind,
            Msg::Search("Amal".into()),
            Msg::OpenDetainee(reza),
            Msg::ChooseCompactLanguage(amal),
            Msg::OpenCall(call),
        ];
        for msg in screens {
            t.send(msg.clone());
            let before = reads.get();
            let first = t.html();
            let second = t.html();
            assert_eq!(first, second);
            assert_eq!(
                reads.get(),
                before,
                "rendering after {msg:?} read the store"
            );
        }
        // The view model is what the store held when it was read: the header's count, the
        // roster and the callers.
        let html = t.html();
        assert!(
            html.contains("Reza Karimi"),
            "the call screen names the detainee"
        );
        assert!(reads.get() > 0, "the view model was read from the backend");
    }

    /// `update` only asks: every write — a sign-in, a PIN check, a record, a booking, a sync,
    /// a sign-out — is an effect it returns, performed after it has returned (on a tablet by
    /// the store's worker thread, off the UI thread) and answered as a message.
    #[test]
    fn update_writes_nothing_itself_every_write_is_an_effect_performed_after_it() {
        let forbid = Rc::new(Cell::new(false));
        let inner = MemoryBackend::demo(test_morning(), true);
        let controls = inner.controls();
        let backend = Counted {
            inner,
            reads: Rc::default(),
            forbid: forbid.clone(),
        };
        let t = Tablet {
            app: SharedApp::new(App::new(Box::new(backend), Box::<SilentSpeaker>::default())),
            controls,
        };
        let mut asked: Vec<&'static str> = Vec::new();
        let mut tap = |msg: Msg| {
            let mut app = t.app.0.borrow_mut();
            let update = |app: &mut App, msg: Msg| {
                forbid.set(true);
                let effects = app.update(msg);
                forbid.set(false);
                effects
            };
            let mut queue: std::collections::VecDeque<Effect> = update(&mut app, msg).into();
            while let Some(effect) = queue.pop_front() {
                asked.push(match &effect {
                    Effect::SignIn { .. } => "sign in",
                    Effect::CheckPin { .. } => "check PIN",
                    Effect::Record { .. } => "record",
                    Effect::Book { .. } => "book",
                    Effect::BookAgain { .. } => "book again",
                    Effect::SignOut(_) => "sign out",
                    Effect::SyncNow => "sync",
                    Effect::Load(_) => "load",
                });
                let answer = app.perform(effect);
                queue.extend(update(&mut app, answer));
            }
        };
        tap(Msg::StaffNumber("D1234".into()));
        tap(Msg::Pin("2468".into()));
        tap(Msg::SignIn);
        let amal = t.detainee("Amal Haddad");
        let reza = t.detainee("Reza Karimi");
        tap(Msg::OpenDetainee(amal));
        tap(Msg::StartCompact(amal, LanguageTag::new("ar")));
        tap(Msg::Play);
        for _ in 0..200 {
            tap(Msg::Tick);
        }
        tap(Msg::GoToSignature);
        tap(Msg::PenDown(40.0, 150.0, 0));
        for i in 1..30u32 {
            tap(Msg::PenMove(
                40.0 + f64::from(i) * 15.0,
                150.0,
                u64::from(i) * 16,
            ));
        }
        tap(Msg::PenUp);
        tap(Msg::WitnessPin("2468".into()));
        tap(Msg::Witness);
        assert_eq!(t.screen(), Screen::Detainee(amal), "{:?}", t.alert());
        tap(Msg::OpenBooking(reza));
        let slot = t.app.0.borrow().free_slots()[0].start;
        tap(Msg::BookingSlot(slot));
        tap(Msg::BookingField(CallerField::Name, "Amina Yusuf".into()));
        tap(Msg::BookingField(
            CallerField::Relationship,
            "Sister".into(),
        ));
        tap(Msg::BookingField(
            CallerField::Email,
            "amina@example.org".into(),
        ));
        tap(Msg::ConfirmBooking);
        assert_eq!(t.screen(), Screen::Detainee(reza), "{:?}", t.alert());
        tap(Msg::SyncNow);
        tap(Msg::SignOut);
        for kind in [
            "sign in",
            "check PIN",
            "record",
            "book",
            "sync",
            "sign out",
            "load",
        ] {
            assert!(asked.contains(&kind), "{kind} asked: {asked:?}");
        }
        let events = t.events();
        for recorded in ["compact_presented", "compact_signed", "call_booked"] {
            assert!(
                events.iter().any(|e| serde_json::to_string(&e.body)
                    .unwrap()
                    .contains(&format!("\"{recorded}\""))),
                "{recorded} recorded"
            );
        }
        assert_eq!(t.screen(), Screen::SignIn);
    }
}
