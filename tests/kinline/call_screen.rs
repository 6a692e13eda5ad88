//! The tablet's call screen running the real call engine: the app's state ([`App`], driven by
//! messages as the taps would, and rendered as the window would) with the desktop app's
//! [`EngineLink`], the real centre server's signalling and real headless Chromium as the
//! caller, all on 127.0.0.1. What the DCO sees is read from the rendered screen and the
//! app's feeds; what the caller sees from their page.

use chrono::{DateTime, Duration as Minutes, Utc};
use kinline_app::call::link::{EngineLink, LinkSettings, MediaDevices};
use kinline_app::call::tls_trusting;
use kinline_app::ui::backend::Backend;
use kinline_app::ui::memory::MemoryBackend;
use kinline_app::ui::state::Mode;
use kinline_app::ui::text::t;
use kinline_app::ui::{App, Msg, Screen, SharedApp, SilentSpeaker};
use kinline_shared::actor::{Actor, Role};
use kinline_shared::event::{EventBody, ReferralSource};
use kinline_shared::ids::{BookingId, StaffId};
use kinline_shared::model::{
    CallKind, CallOutcome, CompactVersion, EndReason, LanguageTag, OpeningWindow, Schedule,
    TerminationReason,
};
use kinline_shared::time::{london_date, london_day_start, london_wall};
use kinline_shared::workflow::call::CallPhase;
use kinline_tests::call_harness::{Browser, PATIENCE, Server};
use serde_json::Value;
use std::time::{Duration, Instant};

const PIN: &str = "2468135";

fn num(state: &Value, key: &str) -> f64 {
    state[key].as_f64().unwrap_or(0.0)
}

/// A tablet (the app over an in-memory store) whose centre has one detainee who reads Arabic,
/// has signed the compact, and has a social call booked in a slot that ends at `slot_end`;
/// the same booking is on the centre server, with its join code. Its calls run on the real
/// engine against `server`.
struct Fixture {
    app: SharedApp,
    booking: BookingId,
    join_url: String,
    /// The booking as the centre server is told of it ([`Fixture::book_on_server`]).
    booked: EventBody,
}

/// The end of a slot under way at `now` that leaves a call time to run: 20 minutes from now,
/// or as near as a slot within `now`'s London day allows (10 minutes or more, unless `now` is
/// in the day's last 10 minutes).
fn a_slot_end_with_time_to_run(now: DateTime<Utc>) -> DateTime<Utc> {
    let today = london_date(now);
    let day_start = london_day_start(today);
    let last_second = london_day_start(today.succ_opt().unwrap()) - Minutes::seconds(1);
    (now + Minutes::minutes(20))
        .min(last_second)
        .max(day_start + Minutes::minutes(30))
}

#[test]
fn the_call_screen_tests_find_a_slot_under_way_at_every_minute_but_a_london_days_last_ten() {
    for day in ["2026-11-28", "2026-10-25", "2026-03-29"] {
        let date: chrono::NaiveDate = day.parse().unwrap();
        let end = london_day_start(date.succ_opt().unwrap()) - Minutes::seconds(1);
        let mut now = london_day_start(date) + Minutes::milliseconds(7_250);
        while now + Minutes::minutes(10) <= end {
            let slot_end = a_slot_end_with_time_to_run(now);
            let (schedule, slot_start) = schedule_for(slot_end);
            schedule.validate().unwrap();
            assert!(
                slot_start <= now && slot_end >= now + Minutes::minutes(10),
                "{now}"
            );
            now += Minutes::minutes(1);
        }
    }
}

/// A schedule (open all day, §7) with a 30-minute slot ending at `slot_end`, and
/// that slot's start. A slot never spans London midnight, so a slot ending within the minute
/// does not exist in the first half hour of a London day: these tests run on the centre's
/// clock at midday (`Server::start_at_midday`, the time running on), whatever the hour.
fn schedule_for(slot_end: DateTime<Utc>) -> (Schedule, DateTime<Utc>) {
    let slot_start = slot_end - Minutes::minutes(30);
    let date = london_date(slot_start);
    // Open from the first half hour of the day that lines up with the slot.
    let since_midnight = (slot_start - london_day_start(date)).num_seconds();
    let open = slot_start - Minutes::seconds(since_midnight / 1800 * 1800);
    // Until the day's last second: open 23 hours or more, also on a day the clocks go
    // forward (a 7-hour window over that night's lost hour would be refused, §7).
    let close = london_day_start(date.succ_opt().unwrap()) - Minutes::seconds(1);
    assert!(slot_end <= close, "the slot fits one London day");
    let window = OpeningWindow {
        start: london_wall(open).time(),
        end: london_wall(close).time(),
    };
    let schedule = Schedule::every_day(vec![window], 30, 2, date - Minutes::days(1));
    assert!(schedule.is_slot_start(slot_start));
    (schedule, slot_start)
}

impl Fixture {
    fn start(rt: &tokio::runtime::Runtime, server: &Server, slot_end: DateTime<Utc>) -> Self {
        Self::start_kind(rt, server, slot_end, CallKind::Social)
    }

    fn start_kind(
        rt: &tokio::runtime::Runtime,
        server: &Server,
        slot_end: DateTime<Utc>,
        kind: CallKind,
    ) -> Self {
        let mut f = Self::start_offline(server, slot_end, kind);
        f.book_on_server(rt, server);
        f
    }

    /// The centre server is told of the booking (it was made on the tablet, offline): it
    /// gives the booking its join code.
    fn book_on_server(&mut self, rt: &tokio::runtime::Runtime, server: &Server) {
        rt.block_on(server.record(self.booked.clone()));
        let link = rt.block_on(server.join_link(self.booking));
        self.join_url = format!("{}/join/{}", server.base(), link["code"].as_str().unwrap());
    }

    /// The tablet with the booking, which the centre server does not know yet.
    fn start_offline(server: &Server, slot_end: DateTime<Utc>, kind: CallKind) -> Self {
        let mut backend = MemoryBackend::new(server.now(), false).with_clock(server.clock());
        backend.add_staff("D1234", "Sam Okafor", Role::Dco, PIN);
        let admin = Actor::Staff {
            id: StaffId(uuid::Uuid::now_v7()),
            role: Role::Administrator,
        };
        let (schedule, slot_start) = schedule_for(slot_end);
        backend
            .record(admin, EventBody::CentreScheduleChanged { schedule })
            .expect("the schedule");
        backend
            .record(
                admin,
                EventBody::CompactVersionPublished {
                    version: CompactVersion("2026-11".into()),
                    languages: vec![LanguageTag::new("ar"), LanguageTag::new("en-GB")],
                },
            )
            .expect("the compact");
        let detainee =
            backend.add_detainee("Amal Haddad", "A2847391", "B-12", &["ar"], false, vec![]);
        let booking = backend
            .add_booking(detainee, kind, slot_start, "Sister (Layla)")
            .expect("the booking");
        let booked = EventBody::CallBooked {
            booking,
            detainee,
            kind,
            slot_start,
        };

        let engine = EngineLink::new(LinkSettings {
            server: server.base(),
            tls: tls_trusting(None).expect("the public roots"),
            auth: server.device_auth(),
            devices: MediaDevices::Synthetic,
            // Test traffic stays on loopback.
            bind: std::net::Ipv4Addr::LOCALHOST.into(),
            clock: server.clock(),
        });
        let app = App::new(Box::new(backend), Box::<SilentSpeaker>::default())
            .with_calls(Box::new(engine));
        let f = Fixture {
            app: SharedApp::new(app),
            booking,
            join_url: String::new(),
            booked,
        };
        f.send(Msg::StaffNumber("D1234".into()));
        f.send(Msg::Pin(PIN.into()));
        f.send(Msg::SignIn);
        // The compact, read aloud and signed (§10: no call without it).
        f.send(Msg::StartCompact(detainee, LanguageTag::new("ar")));
        f.send(Msg::Play);
        for _ in 0..200 {
            f.send(Msg::Tick);
        }
        f.send(Msg::GoToSignature);
        f.send(Msg::PenDown(40.0, 150.0, 0));
        for i in 1..20u32 {
            f.send(Msg::PenMove(
                40.0 + f64::from(i) * 15.0,
                150.0,
                u64::from(i) * 16,
            ));
        }
        f.send(Msg::PenUp);
        f.send(Msg::WitnessPin(PIN.into()));
        f.send(Msg::Witness);
        assert_eq!(f.app.0.borrow().screen, Screen::Detainee(detainee));
        f
    }

    fn send(&self, msg: Msg) {
        self.app.0.borrow_mut().dispatch(msg);
    }

    fn html(&self) -> String {
        kinline_tests::render_app(&self.app)
    }

    /// The DCO opens the call and checks the detainee in: the engine connects.
    fn check_in(&self) {
        self.send(Msg::OpenCall(self.booking));
        self.send(Msg::CheckIn);
    }

    /// The caller opens their link in Chromium; returns once the tablet shows their picture.
    fn caller_joins(&self, rt: &tokio::runtime::Runtime) -> Browser {
        let browser = rt.block_on(Browser::start());
        rt.block_on(browser.client.goto(&self.join_url))
            .expect("the caller's page opens");
        self.until("the caller's pictures on the tablet", |a| {
            a.call_view.caller_here && a.caller_video.0.frames() >= 5
        });
        browser
    }

    /// Ticks the app (as its half-second clock does) until `done` holds.
    fn until(&self, what: &str, done: impl Fn(&App) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.send(Msg::Tick);
            if done(&self.app.0.borrow()) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn phase(&self) -> CallPhase {
        self.app.0.borrow().backend.centre().calls[&self.booking]
            .phase
            .clone()
    }

    fn bodies(&self) -> Vec<EventBody> {
        self.app
            .0
            .borrow()
            .backend
            .events()
            .unwrap()
            .into_iter()
            .map(|e| e.body)
            .collect()
    }

    fn notice(&self) -> Option<String> {
        self.app.0.borrow().notice.as_ref().map(|n| n.text.clone())
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn dso_8_12_the_call_screen_runs_the_engine_shows_the_caller_before_admission_and_ends_the_browsers_call()
 {
    let rt = runtime();
    let server = rt.block_on(Server::start_at_midday());
    let f = Fixture::start(&rt, &server, a_slot_end_with_time_to_run(server.now()));
    let b = f.booking;

    // Check-in connects the engine; the screen says it waits for the caller, and the adult
    // check cannot be answered "adult" before the DCO has seen them (§8).
    f.check_in();
    assert!(f.app.0.borrow().call_connected(b));
    let html = f.html();
    assert!(html.contains(t("call-waiting")), "{html}");
    assert!(html.contains(r#"id="video-caller""#));
    assert!(
        adult_yes_disabled(&html),
        "adult-yes waits for the caller's picture: {html}"
    );

    // The caller opens their link in a browser; the DCO sees them on the tablet.
    let browser = f.caller_joins(&rt);
    let picture = f.app.0.borrow().caller_video.0.latest().expect("a picture");
    assert_eq!((picture.width, picture.height), (640, 480));
    assert!(!adult_yes_disabled(&f.html()), "now the DCO can answer");
    // The caller receives nothing of the detainee before admission.
    let waiting = rt.block_on(browser.until("the caller waiting", |s| s["phase"] == "waiting"));
    assert_eq!(num(&waiting, "framesDecoded"), 0.0);

    // Adult check, admission: the engine connects the detainee, and the app records the
    // call's start itself.
    f.send(Msg::AdultCheck(true));
    f.send(Msg::Admit);
    f.until("the call in progress", |a| {
        matches!(a.backend.centre().calls[&b].phase, CallPhase::InCall { .. })
    });
    let in_call = rt.block_on(
        browser.until("the detainee's video and sound at the caller", |s| {
            s["phase"] == "in_call"
                && num(s, "framesDecoded") >= 10.0
                && num(s, "audioEnergy") > 0.0
        }),
    );
    assert_eq!(num(&in_call, "framesBeforeAdmission"), 0.0);
    // The self view shows the camera the engine sends.
    f.until("the self view", |a| a.self_video.0.frames() > 0);
    let html = f.html();
    assert!(html.contains(r#"id="video-self""#) && html.contains(r#"id="time-left""#));

    // The DCO ends the call with a reason: the browser shows it, the tablet records the
    // termination and its referral (§12), once.
    f.send(Msg::Terminate(TerminationReason::Recording));
    f.send(Msg::ConfirmTerminate);
    let ended = rt.block_on(browser.until("the caller's page to show the end", |s| {
        s["phase"] == "ended"
    }));
    assert_eq!(ended["notice"], "terminated");
    assert!(matches!(f.app.0.borrow().screen, Screen::Incident(_)));
    // Let the engine's own end come in: it records nothing more.
    f.until("the engine's end", |a| a.call_view.ended.is_some());
    let bodies = f.bodies();
    let after_signature: Vec<&EventBody> = bodies
        .iter()
        .skip_while(|e| !matches!(e, EventBody::CallCheckedIn { .. }))
        .collect();
    let kinds: Vec<String> = after_signature
        .iter()
        .map(|e| format!("{:?}", e.kind()))
        .collect();
    assert_eq!(
        kinds,
        [
            "CallCheckedIn",
            "AdultCheckRecorded",
            "CallerAdmitted",
            "CallStarted",
            "CallTerminated",
            "ReferredToSecurity"
        ]
    );
    assert!(matches!(
        after_signature[5],
        EventBody::ReferredToSecurity { source: ReferralSource::Termination(x) } if *x == b
    ));
    assert!(matches!(
        f.phase(),
        CallPhase::Finished {
            outcome: CallOutcome::Terminated(TerminationReason::Recording),
            ..
        }
    ));
    rt.block_on(browser.close());
}

/// Whether the adult-yes button is rendered disabled.
fn adult_yes_disabled(html: &str) -> bool {
    let Some(at) = html.find(r#"id="adult-yes""#) else {
        return false;
    };
    let start = html[..at].rfind('<').unwrap_or(0);
    let end = at + html[at..].find('>').unwrap_or(0);
    html[start..end].contains("disabled")
}

#[test]
fn annex_a_the_slots_end_warns_both_sides_ends_the_call_and_is_recorded() {
    let rt = runtime();
    let server = rt.block_on(Server::start_at_midday());
    // A slot that ends 35 seconds from now: the one-minute warning comes at once.
    let f = Fixture::start(&rt, &server, server.now() + Minutes::seconds(35));
    let b = f.booking;
    f.check_in();
    let browser = f.caller_joins(&rt);
    f.send(Msg::AdultCheck(true));
    f.send(Msg::Admit);
    f.until("the call in progress", |a| {
        matches!(a.backend.centre().calls[&b].phase, CallPhase::InCall { .. })
    });
    // The slot ends within the minute: the screen says so while the call goes on.
    assert!(f.app.0.borrow().call_view.ends_soon);
    assert!(f.html().contains(t("call-ends-soon")));
    rt.block_on(browser.until("the caller warned", |s| s["warned"] == true));
    // The slot's end ends the call for both; the tablet records why.
    let ended = rt.block_on(browser.until("the caller's end", |s| s["phase"] == "ended"));
    assert_eq!(ended["notice"], "slot_ended");
    f.until("the end recorded", |a| {
        matches!(
            a.backend.centre().calls[&b].phase,
            CallPhase::Finished { .. }
        )
    });
    assert!(matches!(
        f.phase(),
        CallPhase::Finished {
            outcome: CallOutcome::Ended(EndReason::SlotEnded),
            started_at: Some(_),
            ..
        }
    ));
    assert_eq!(f.notice().as_deref(), Some(t("call-ended-slot")));
    let ended_events = f
        .bodies()
        .into_iter()
        .filter(|e| matches!(e, EventBody::CallEnded { .. }))
        .count();
    assert_eq!(ended_events, 1, "the end is recorded once");
    rt.block_on(browser.close());
}

#[test]
fn a_booking_the_centre_cancels_while_the_caller_waits_ends_the_call_screen_with_the_reason() {
    let rt = runtime();
    let server = rt.block_on(Server::start_at_midday());
    let f = Fixture::start(&rt, &server, a_slot_end_with_time_to_run(server.now()));
    let b = f.booking;
    f.check_in();
    let browser = f.caller_joins(&rt);
    // Another tablet (or a manager) cancels the booking; the server closes the call.
    rt.block_on(server.record(EventBody::CallCancelled {
        booking: b,
        displaced_by_legal: false,
        reason: None,
    }));
    let ended = rt.block_on(browser.until("the caller told", |s| s["phase"] == "ended"));
    assert_eq!(ended["notice"], "not_admitted");
    f.until("the call screen told", |a| {
        a.call_view.ended == Some(CallOutcome::Cancelled)
    });
    assert_eq!(f.notice().as_deref(), Some(t("call-cancelled-by-centre")));
    assert!(f.html().contains(t("call-cancelled-by-centre")));
    rt.block_on(browser.close());
}

#[test]
fn dso_9_a_legal_call_is_handed_to_the_detainee_in_their_language_without_a_supervision_view() {
    let rt = runtime();
    let server = rt.block_on(Server::start_at_midday());
    let f = Fixture::start_kind(
        &rt,
        &server,
        a_slot_end_with_time_to_run(server.now()),
        CallKind::Legal,
    );
    let b = f.booking;
    f.check_in();
    let browser = f.caller_joins(&rt);
    f.send(Msg::AdultCheck(true));
    f.send(Msg::Admit);
    // Connected without supervision: the call starts and the DCO's tablet becomes the
    // detainee's, in Arabic, right to left.
    f.until("the legal call handed over", |a| {
        a.mode == Mode::Detainee
            && matches!(a.backend.centre().calls[&b].phase, CallPhase::InCall { .. })
    });
    rt.block_on(browser.until("the caller in the call", |s| {
        s["phase"] == "in_call" && s["kind"] == "legal"
    }));
    let (end_call, unsupervised, reasons) = {
        let _arabic = kinline_app::ui::text::scope(&LanguageTag::new("ar"));
        (
            t("call-end"),
            t("call-legal-unsupervised"),
            kinline_app::ui::text::termination_reason(TerminationReason::Recording),
        )
    };
    let html = f.html();
    assert!(html.contains(r#"dir="rtl""#), "{html}");
    assert!(html.contains(end_call) && html.contains(unsupervised));
    assert!(
        !html.contains(reasons) && !html.contains(t("end-call-reason")),
        "no supervision view: no termination reasons"
    );
    assert!(
        !html.contains(r#"class="topbar""#),
        "staff functions hidden"
    );
    // Staff actions do nothing while the detainee holds the tablet.
    f.send(Msg::Terminate(TerminationReason::Recording));
    f.send(Msg::ConfirmTerminate);
    assert!(matches!(f.phase(), CallPhase::InCall { .. }));
    // The detainee ends their call; the caller's page shows it; the DCO takes the tablet
    // back with their PIN.
    f.send(Msg::EndCall(EndReason::Completed));
    let ended = rt.block_on(browser.until("the caller's end", |s| s["phase"] == "ended"));
    assert_eq!(ended["notice"], "completed");
    assert!(matches!(
        f.phase(),
        CallPhase::Finished {
            outcome: CallOutcome::Ended(EndReason::Completed),
            ..
        }
    ));
    f.send(Msg::Pin(PIN.into()));
    f.send(Msg::Unlock);
    assert_eq!(f.app.0.borrow().mode, Mode::Staff);
    rt.block_on(browser.close());
}

/// A call whose media cannot start says why and what to do, never a raw error, and the
/// DCO's steps are still recorded: here the centre server revoked the tablet.
#[test]
fn a_call_refused_to_a_revoked_tablet_tells_the_dco_to_have_its_enrolment_checked() {
    let rt = runtime();
    let server = rt.block_on(Server::start_at_midday());
    let f = Fixture::start(&rt, &server, a_slot_end_with_time_to_run(server.now()));
    let device = server.device_auth().device();
    assert!(rt.block_on(server.server.revoke(device)).unwrap());
    f.check_in();
    f.until("the engine's refusal", |a| {
        a.call_view.unavailable.is_some()
    });
    assert_eq!(f.notice().as_deref(), Some(t("call-tablet-refused")));
    let html = f.html().replace("&#39;", "'").replace("&quot;", "\"");
    assert!(html.contains(t("call-tablet-refused")), "{html}");
    assert!(!html.contains(t("call-cannot-connect")), "not 'no network'");
    assert_eq!(
        f.phase(),
        CallPhase::CheckedIn,
        "the check-in stays recorded"
    );
}

/// A call booked on the tablet while offline is not on the centre server yet when the DCO
/// checks the detainee in: the screen says so and what to do, the link tries again by
/// itself, and once the booking reaches the server the call connects and goes on as usual
/// (the caller joins, the DCO sees them for the adult check, §8).
#[test]
fn a_call_not_on_the_server_yet_connects_by_itself_once_the_booking_gets_there() {
    let rt = runtime();
    let server = rt.block_on(Server::start_at_midday());
    let mut f = Fixture::start_offline(
        &server,
        a_slot_end_with_time_to_run(server.now()),
        CallKind::Social,
    );
    f.check_in();
    f.until("the engine's first attempt", |a| {
        a.call_view.unavailable.is_some()
    });
    assert_eq!(f.notice().as_deref(), Some(t("call-not-on-server")));
    assert_eq!(
        f.phase(),
        CallPhase::CheckedIn,
        "the check-in stays recorded"
    );

    // The sync brings the booking to the server; the link's next attempt gets through.
    f.book_on_server(&rt, &server);
    f.until("the call connected", |a| a.call_view.unavailable.is_none());
    assert_eq!(f.notice().as_deref(), Some(t("call-recovered")));
    let browser = f.caller_joins(&rt);
    assert!(
        !adult_yes_disabled(&f.html()),
        "the DCO can now see the caller"
    );
    rt.block_on(browser.close());
}
