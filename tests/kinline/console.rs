//! The staff console (`app/src/console`, its words and reports in `console/`) against a real centre server (SQLite): every role's
//! screens, rendered with dioxus-ssr and driven by the messages their buttons send, and the
//! server routes behind them. The deadline rules at their edges are checked through the
//! screens with the console's clock fixed (47h59m vs 48h01m, 11h59m vs 12h01m, day 7 vs day 8
//! without authorisation, a missed weekly review), in Europe/London across both clock changes
//! of 2026; and end to end: a DCO's termination on a tablet store reaches the security queue,
//! a manager's suspension reaches the tablet, which refuses the call and shows the notice.

use chrono::{DateTime, Duration, TimeZone, Utc};
use dioxus::prelude::*;
use kinline_app::console::notice::{NoticeText, notice_html};
use kinline_app::console::state::{Oversight, ReferralAction, screens_for};
use kinline_app::console::{
    Clock, Console, ConsoleError, ConsoleRoot, ConsoleRootProps, HttpConsoleApi, Msg, Screen,
    SharedConsole,
};
use kinline_app::i18n::Localizer;
use kinline_shared::actor::{Actor, Role};
use kinline_shared::event::{Event, EventBody, ReferralSource};
use kinline_shared::ids::{AppealId, DetaineeId, StaffId, SuspensionId};
use kinline_shared::languages::{Direction, LANGUAGES};
use kinline_shared::model::{
    CallKind, LanguageTag, LegalAccessMethod, ReferralStatus, SuspensionReason, TerminationReason,
};
use kinline_shared::projection::Centre;
use kinline_shared::time::add_london_days;
use kinline_shared::workflow::suspension::{DeadlineKind, SuspensionPhase};
use kinline_tests::fixture::{self, TestCentre};
use kinline_tests::server_harness::{self, TestServer};

const PIN: &str = "2468135";

/// A real server on SQLite with a runtime to drive it.
struct Desk {
    rt: tokio::runtime::Runtime,
    server: TestServer,
}

impl Desk {
    fn new() -> Self {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let server = rt.block_on(TestServer::start(server_harness::Backend::Sqlite));
        Self { rt, server }
    }

    /// A new account with this role, signed in on a new console.
    fn console(&self, role: Role) -> (SharedConsole, StaffId) {
        let (id, _token) = self.rt.block_on(self.server.staff(role));
        (self.sign_in(id, PIN), id)
    }

    /// A console signed in as `id`.
    fn sign_in(&self, id: StaffId, secret: &str) -> SharedConsole {
        let api = HttpConsoleApi::new(&self.server.url, None).unwrap();
        let c = SharedConsole::new(Console::new(Box::new(api)));
        send(&c, Msg::StaffId(id.to_string()));
        send(&c, Msg::Secret(secret.into()));
        send(&c, Msg::SignIn);
        c
    }

    /// Gives the fixture's fixed staff ids accounts on the server (for pushed events).
    fn register_fixture_staff(&self) {
        for role in Role::ALL {
            let Actor::Staff { id, .. } = fixture::staff(role) else {
                unreachable!()
            };
            self.rt
                .block_on(self.server.server.set_staff(id, role, PIN, true))
                .unwrap();
        }
    }

    /// Gives the server a centre's history (the schedule, the compact, suspensions — much of
    /// it recorded at the console, some of it months ago): stored as an enrolled device's log
    /// without the push's checks, which would refuse what a tablet may not record and times
    /// outside the receive window. The console is what these tests try.
    fn push(&self, events: Vec<Event>) {
        let (tablet, _) = self.rt.block_on(self.server.tablet(&self.server.url));
        let (device, log) = {
            let mut t = tablet.lock().unwrap();
            let device = t.device;
            for mut e in events {
                e.device = device;
                e.stamp.device = device;
                t.append(e);
            }
            (device, t.log.clone())
        };
        let resp = self
            .rt
            .block_on(self.server.server.insert_unchecked(device, log))
            .unwrap();
        assert!(resp.refused.is_empty(), "refused: {:?}", resp.refused);
    }

    /// The server's own fold.
    fn centre(&self) -> Centre {
        let rows = self
            .rt
            .block_on(self.server.server.events(0, 10_000))
            .unwrap();
        let events: Vec<Event> = rows.into_iter().map(|r| r.event).collect();
        Centre::fold(&events)
    }
}

/// A message's text as written in `locales/{tag}/kinline.ftl`.
fn ftl(tag: &str, key: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../locales")
        .join(tag)
        .join("kinline.ftl");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{key} = ")))
        .unwrap_or_else(|| panic!("{tag}: {key} missing"))
        .trim()
        .to_owned()
}

fn send(c: &SharedConsole, msg: Msg) {
    c.0.borrow_mut().update(msg);
}

fn html(c: &SharedConsole) -> String {
    let mut dom = VirtualDom::new_with_props(
        ConsoleRoot,
        ConsoleRootProps {
            console: c.clone(),
            ticking: false,
        },
    );
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

/// The table row of `page` holding `marker` (an attribute of the `<tr>`).
fn row_of(page: &str, marker: &str) -> String {
    let at = page
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not on the page"));
    let start = page[..at].rfind("<tr").unwrap();
    let end = at + page[at..].find("</tr>").unwrap();
    page[start..end].to_owned()
}

fn alert(c: &SharedConsole) -> Option<String> {
    c.0.borrow()
        .notice
        .as_ref()
        .filter(|n| n.problem)
        .map(|n| n.text.clone())
}

fn at(c: &SharedConsole, t: DateTime<Utc>) {
    c.0.borrow_mut().clock = Clock::Fixed(t);
}

fn record(c: &SharedConsole, body: EventBody) {
    c.0.borrow_mut().api.record(body).unwrap();
    send(c, Msg::Refresh);
}

fn profile(d: DetaineeId, language: &str, imminent_removal: bool) -> EventBody {
    EventBody::DetaineeProfileUpdated {
        detainee: d,
        languages: vec![LanguageTag::new(language)],
        english_sufficient: false,
        control_measures: vec![],
        imminent_removal,
    }
}

fn new_detainee() -> DetaineeId {
    DetaineeId(uuid::Uuid::now_v7())
}

/// Suspends `d` through the console's form; returns the suspension.
fn suspend_on_screen(c: &SharedConsole, d: DetaineeId, words: &str) -> SuspensionId {
    send(c, Msg::Show(Screen::Suspend));
    send(c, Msg::SuspendDetainee(d));
    send(c, Msg::NoticeName(d, "Amal Haddad".into()));
    send(c, Msg::SuspendReason(SuspensionReason::Security));
    send(c, Msg::SuspendSecurityReport("SIR 2026/0412".into()));
    send(c, Msg::SuspendNotASanction(true));
    send(c, Msg::SuspendWords(words.into()));
    send(c, Msg::Suspend);
    assert_eq!(alert(c), None);
    match c.0.borrow().screen {
        Screen::Notice(s) => s,
        other => panic!("after suspending the notice shows, not {other:?}"),
    }
}

/// The remaining first-day duties done, so only the appeal and the authorisation remain.
fn do_first_day_duties(c: &SharedConsole, s: SuspensionId) {
    send(c, Msg::GiveNotice(s));
    send(c, Msg::NotifyCompliance(s));
    send(c, Msg::ArrangeLegal(s, LegalAccessMethod::Telephone));
    assert_eq!(alert(c), None);
}

#[test]
fn every_role_signs_in_and_sees_only_the_screens_its_role_may_see() {
    let desk = Desk::new();
    // A wrong secret: refused with words to act on, still signed out.
    let (_, id) = desk.console(Role::Security);
    let wrong = desk.sign_in(id, "9999");
    assert!(wrong.0.borrow().session.is_none());
    assert!(
        alert(&wrong).unwrap().contains("Sign in again"),
        "{:?}",
        alert(&wrong)
    );
    assert!(html(&wrong).contains("Kinline staff console"));

    for role in Role::ALL {
        let (c, _) = desk.console(role);
        assert_eq!(alert(&c), None, "{role:?} signs in");
        assert_eq!(c.0.borrow().role(), Some(role));
        let nav = screens_for(role);
        assert!(!nav.is_empty());
        assert_eq!(
            c.0.borrow().screen,
            nav[0],
            "{role:?} lands on its first screen"
        );
        let page = html(&c);
        for s in Screen::ALL {
            let shown = page.contains(&format!(">{}</button>", s.title()));
            assert_eq!(
                shown,
                nav.contains(&s),
                "{role:?}: navigation to {s:?} shown = {shown}"
            );
        }
        for s in Screen::ALL.into_iter().filter(|s| *s != Screen::SignIn) {
            // Rendered directly, a screen the role may not see shows only the refusal.
            send(&c, Msg::Dismiss);
            c.0.borrow_mut().screen = s;
            let page = html(&c);
            let refused = page.contains("cannot open");
            assert_eq!(refused, !s.allowed(role), "{role:?} × {s:?}");
            // Asked for by a click, it is refused and the screen stays.
            c.0.borrow_mut().screen = nav[0];
            send(&c, Msg::Show(s));
            let now = c.0.borrow().screen;
            if s.allowed(role) {
                assert_eq!(now, s, "{role:?} opens {s:?}");
            } else {
                assert_eq!(now, nav[0], "{role:?} cannot open {s:?}");
                assert!(alert(&c).unwrap().contains("cannot open"));
            }
        }
        // The routes behind the hidden screens refuse the role as well.
        let mut console = c.0.borrow_mut();
        let events = console.api.events();
        let reads_events = Screen::Reports.allowed(role);
        assert_eq!(events.is_ok(), reads_events, "{role:?} events: {events:?}");
        if !reads_events {
            assert!(matches!(events, Err(ConsoleError::Forbidden(_))));
        }
        assert_eq!(
            console.api.referrals().is_ok(),
            Screen::Referrals.allowed(role),
            "{role:?} referrals"
        );
        assert_eq!(
            console.api.enrolment_code("").is_ok(),
            Screen::Tablets.allowed(role),
            "{role:?} enrolment codes"
        );
        assert_eq!(
            console.api.exceptions().is_ok(),
            role == Role::ComplianceManager || role.is_centre_manager(),
            "{role:?} exceptions"
        );
        drop(console);
        send(&c, Msg::SignOut);
        assert!(c.0.borrow().session.is_none());
        assert!(matches!(
            c.0.borrow_mut().api.events(),
            Err(ConsoleError::NotSignedIn(_))
        ));
    }
}

#[test]
fn dso_17_a_manager_suspends_for_a_video_call_reason_and_the_notice_prints_in_the_detainees_language()
 {
    let desk = Desk::new();
    let (m, _) = desk.console(Role::DeputyCentreManager);
    let d = new_detainee();
    record(&m, profile(d, "ar", false));

    // A breach needs video-call evidence: the rulebook refuses, naming §17, nothing recorded.
    send(&m, Msg::Show(Screen::Suspend));
    send(&m, Msg::SuspendDetainee(d));
    send(
        &m,
        Msg::SuspendReason(SuspensionReason::BreachOfAcceptableUse),
    );
    send(&m, Msg::SuspendNotASanction(true));
    send(&m, Msg::SuspendWords("Behaviour on the wing.".into()));
    send(&m, Msg::Suspend);
    let refusal = alert(&m).expect("refused");
    assert!(refusal.contains("§17"), "{refusal}");
    assert!(desk.centre().suspensions.is_empty());
    assert_eq!(m.0.borrow().screen, Screen::Suspend);

    let words = "He held a second phone up to the screen during two calls.";
    let s = suspend_on_screen(&m, d, words);
    let page = html(&m);
    assert!(page.contains("notice-frame"), "the notice is on screen");
    let text = m.0.borrow().notice_text(s).unwrap();
    assert_eq!(
        text.language, "ar",
        "the detainee's own language by default"
    );
    assert_eq!(text.appeal_hours, 48);
    let notice = notice_html(&text).unwrap();
    assert!(
        notice.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{notice}"
    );
    assert!(notice.contains("@page"), "print-ready");
    let ar = Localizer::new("ar").unwrap();
    let title = ftl("ar", "suspension-title");
    assert!(
        notice.contains(&title) && page.contains(&title),
        "Arabic title"
    );
    assert!(
        notice.contains(words),
        "the reasons in words are on the notice"
    );
    assert!(notice.contains(&ar.suspension_reason(SuspensionReason::Security)));
    assert!(notice.contains("Amal Haddad"));

    // Given, notified, legal access arranged: recorded on the server with who did it.
    send(&m, Msg::GiveNotice(s));
    send(&m, Msg::NotifyCompliance(s));
    send(&m, Msg::LegalOther(s, String::new()));
    send(
        &m,
        Msg::ArrangeLegal(
            s,
            LegalAccessMethod::Other {
                description: String::new(),
            },
        ),
    );
    assert!(alert(&m).unwrap().contains("Describe"));
    send(&m, Msg::ArrangeLegal(s, LegalAccessMethod::LegalVisit));
    assert_eq!(alert(&m), None);
    let centre = desk.centre();
    let sus = &centre.suspensions[&s];
    assert_eq!(sus.notice_given_in, Some(LanguageTag::new("ar")));
    assert!(sus.compliance_notified_at.is_some());
    assert_eq!(sus.legal_access, Some(LegalAccessMethod::LegalVisit));
    let page = html(&m);
    assert!(page.contains("Notice given in ar."));
    send(&m, Msg::Show(Screen::Suspensions));
    let page = html(&m);
    assert!(page.contains("In force: video calls refused."));
    assert!(page.contains("Alternative legal access: legal visits."));
    // Every decision is in the trail with who made it.
    assert!(
        page.contains("Deputy Centre Manager: suspend access"),
        "{page}"
    );
    assert!(page.contains("Deputy Centre Manager: arrange alternative legal access"));
    assert_eq!(m.0.borrow().history(s).len(), 4);

    // Lifting is another event; the suspension is over on the server.
    send(&m, Msg::Lift(s));
    assert!(matches!(
        desk.centre().suspensions[&s].phase,
        SuspensionPhase::Lifted { .. }
    ));
    assert!(html(&m).contains("Lifted."));
}

#[test]
fn dso_17_the_written_notice_exists_in_all_24_languages_and_mirrors_for_right_to_left() {
    let english_title = ftl("en-GB", "suspension-title");
    let from = Utc.with_ymd_and_hms(2026, 3, 28, 12, 0, 0).unwrap();
    for l in LANGUAGES {
        let n = NoticeText {
            suspension: SuspensionId(uuid::Uuid::from_u128(7)),
            language: l.tag.into(),
            name: "Amal Haddad".into(),
            reason: SuspensionReason::Safety,
            reasons_in_words: String::new(),
            from,
            until: from + Duration::days(5),
            appeal_hours: 12,
            review: None,
        };
        let page = notice_html(&n).unwrap();
        let dir = if l.direction == Direction::Rtl {
            "rtl"
        } else {
            "ltr"
        };
        assert!(
            page.contains(&format!("<html lang=\"{}\" dir=\"{dir}\">", l.tag)),
            "{}",
            l.tag
        );
        let title = ftl(l.tag, "suspension-title");
        assert!(page.contains(&title));
        assert_eq!(
            title == english_title,
            l.tag == "en-GB",
            "{}: the title is translated",
            l.tag
        );
        assert!(page.contains("12"), "{}: the appeal hours", l.tag);
        // London wall-clock times as the language writes them, the day after the spring clock
        // change: 13:00 BST on Thursday 2 April.
        let until = kinline_app::i18n::date_time(&l, n.until);
        assert!(page.contains(&until), "{}: {until}", l.tag);
        if l.tag == "en-GB" {
            assert_eq!(until, "Thursday, 2 April 2026 at 13:00");
        }
    }
}

/// An appeal lodged against a fresh suspension of a detainee with (or without) imminent
/// removal directions, with the first-day duties done. Returns the console, the appeal and
/// when it was lodged.
fn appeal_lodged(
    desk: &Desk,
    imminent_removal: bool,
) -> (SharedConsole, SuspensionId, AppealId, DateTime<Utc>) {
    let (m, _) = desk.console(Role::CentreManager);
    let d = new_detainee();
    record(&m, profile(d, "fa", imminent_removal));
    let s = suspend_on_screen(&m, d, "Threats made to a caller during a video call.");
    do_first_day_duties(&m, s);
    let a = AppealId(uuid::Uuid::now_v7());
    record(
        &m,
        EventBody::SuspensionAppealed {
            suspension: s,
            appeal: a,
            reasons: "I did not threaten anyone.".into(),
        },
    );
    let lodged = match m.0.borrow().centre.suspensions[&s].phase {
        SuspensionPhase::UnderAppeal { lodged_at, .. } => lodged_at,
        ref p => panic!("{p:?}"),
    };
    send(&m, Msg::Show(Screen::Deadlines));
    (m, s, a, lodged)
}

/// The first duty on the deadlines screen, as the manager sees it.
fn first_duty(m: &SharedConsole) -> (DeadlineKind, bool, String) {
    let c = m.0.borrow();
    let row = c.duties().into_iter().next().expect("a duty");
    drop(c);
    let page = html(m);
    let first_li = page.split("<li").nth(1).unwrap().to_owned();
    (row.deadline.kind, row.overdue, first_li)
}

#[test]
fn dso_18_an_appeal_at_47h59m_is_still_due_and_at_48h01m_is_overdue_and_on_top() {
    let desk = Desk::new();
    let (m, s, a, lodged) = appeal_lodged(&desk, false);
    at(&m, lodged + Duration::hours(47) + Duration::minutes(59));
    let (kind, overdue, li) = first_duty(&m);
    assert_eq!((kind, overdue), (DeadlineKind::AppealDecision, false));
    assert!(li.contains("0 h 01 m left"), "{li}");
    assert!(!li.contains("duty overdue"));

    at(&m, lodged + Duration::hours(48) + Duration::minutes(1));
    let (kind, overdue, li) = first_duty(&m);
    assert_eq!((kind, overdue), (DeadlineKind::AppealDecision, true));
    assert!(
        li.contains("duty overdue") && li.contains("overdue by 0 h 01 m"),
        "{li}"
    );

    // A decision needs reasons; dismissed, the suspension continues.
    send(&m, Msg::DecideAppeal(a, false));
    assert!(alert(&m).unwrap().contains("reasons"));
    send(
        &m,
        Msg::DecisionReasons(a, "Two terminated calls show the risk.".into()),
    );
    send(&m, Msg::DecideAppeal(a, false));
    assert_eq!(alert(&m), None);
    let centre = desk.centre();
    assert_eq!(centre.suspensions[&s].phase, SuspensionPhase::Active);
    assert_eq!(centre.suspensions[&s].decided_appeals, vec![(a, false)]);
    assert!(
        m.0.borrow()
            .duties()
            .iter()
            .all(|r| r.deadline.kind != DeadlineKind::AppealDecision)
    );
}

#[test]
fn dso_18_with_imminent_removal_an_appeal_at_11h59m_is_due_and_at_12h01m_is_overdue() {
    let desk = Desk::new();
    let (m, s, a, lodged) = appeal_lodged(&desk, true);
    assert!(html(&m).contains("12 hours when removal directions are imminent"));
    at(&m, lodged + Duration::hours(11) + Duration::minutes(59));
    let (kind, overdue, li) = first_duty(&m);
    assert_eq!((kind, overdue), (DeadlineKind::AppealDecision, false));
    assert!(li.contains("0 h 01 m left"), "{li}");
    at(&m, lodged + Duration::hours(12) + Duration::minutes(1));
    let (kind, overdue, li) = first_duty(&m);
    assert_eq!((kind, overdue), (DeadlineKind::AppealDecision, true));
    assert!(li.contains("overdue by 0 h 01 m"), "{li}");
    assert_eq!(m.0.borrow().notice_text(s).unwrap().appeal_hours, 12);

    // Upheld: the rulebook lifts the suspension with it.
    send(
        &m,
        Msg::DecisionReasons(a, "Removal is tomorrow; the evidence is thin.".into()),
    );
    send(&m, Msg::DecideAppeal(a, true));
    assert_eq!(alert(&m), None);
    assert!(matches!(
        desk.centre().suspensions[&s].phase,
        SuspensionPhase::Lifted { .. }
    ));
}

/// A centre open since `decided` with a detainee suspended then by the Centre Manager (as a
/// tablet or desktop recorded it at the time), with no planned end.
fn suspended_at(decided: DateTime<Utc>) -> (TestCentre, DetaineeId, SuspensionId) {
    let mut tc = TestCentre::open_at(decided);
    let d = tc.detainee("ar", false, vec![]);
    let s = SuspensionId(tc.id());
    tc.record(
        fixture::manager(),
        EventBody::SuspensionDecided {
            suspension: s,
            detainee: d,
            reason: SuspensionReason::Security,
            reasons: "A caller was put at risk.".into(),
            evidence: vec![],
            until: None,
            security_report: Some("SIR 2026/0401".into()),
            not_a_sanction: true,
        },
    )
    .unwrap();
    (tc, d, s)
}

#[test]
fn dso_18_day_7_waits_for_authorisation_and_day_8_cannot_continue_across_the_spring_clock_change() {
    let desk = Desk::new();
    desk.register_fixture_staff();
    // Decided on Wednesday 25 March 2026, 12:00 GMT; the clocks go forward on Sunday 29th.
    let decided = Utc.with_ymd_and_hms(2026, 3, 25, 12, 0, 0).unwrap();
    let (tc, d, s) = suspended_at(decided);
    desk.push(tc.timeline.events().cloned().collect());

    let due = add_london_days(decided, 7);
    assert_eq!(
        due - decided,
        Duration::hours(167),
        "a London week across spring-forward"
    );
    let (cm, _) = desk.console(Role::ComplianceManager);
    let (m, _) = desk.console(Role::CentreManager);

    // Day 7, a minute before the week is out: waiting for authorisation; still in force.
    at(&cm, due - Duration::minutes(1));
    at(&m, due - Duration::minutes(1));
    send(&cm, Msg::Show(Screen::Compliance));
    assert_eq!(
        (
            cm.0.borrow().oversight()[0].0.id,
            cm.0.borrow().oversight()[0].1.clone()
        ),
        (s, Oversight::AwaitingAuthorisation(due))
    );
    let page = html(&cm);
    assert!(
        page.contains("waiting for your authorisation, due Wed 1 Apr 2026 12:00"),
        "London wall time after the change"
    );
    assert!(page.contains("You have not been notified yet"));
    assert!(page.contains(">Authorise</button>"));
    assert!(html(&m).contains("In force: video calls refused."));

    // Day 8 without authorisation: it cannot continue.
    at(&cm, due + Duration::minutes(1));
    at(&m, due + Duration::minutes(1));
    assert_eq!(
        cm.0.borrow().oversight()[0].1,
        Oversight::LapsedWithoutAuthorisation(due)
    );
    assert!(html(&cm).contains("the suspension cannot continue"));
    assert!(html(&m).contains("Not in force."));
    assert!(
        desk.centre()
            .suspension_in_force(d, due + Duration::minutes(1))
            .is_none()
    );
    assert!(
        desk.centre()
            .suspension_in_force(d, due - Duration::minutes(1))
            .is_some()
    );
    // The calendar lists the authorisation as missed.
    send(&cm, Msg::Show(Screen::Reviews));
    let r = &cm.0.borrow().reviews()[0];
    assert_eq!((r.kind, r.missed), (DeadlineKind::Authorisation, true));
}

#[test]
fn dso_18_a_missed_weekly_review_shows_as_missed_across_the_autumn_clock_change() {
    let desk = Desk::new();
    desk.register_fixture_staff();
    // Authorised on Wednesday 21 October 2026, 10:00 BST; the clocks go back on Sunday 25th.
    let decided = Utc.with_ymd_and_hms(2026, 10, 20, 9, 0, 0).unwrap();
    let (mut tc, _, s) = suspended_at(decided);
    tc.advance(Duration::days(1));
    let authorised = tc.now;
    tc.record(
        fixture::compliance(),
        EventBody::SuspensionAuthorised {
            suspension: s,
            until: Utc.with_ymd_and_hms(2026, 12, 31, 12, 0, 0).unwrap(),
        },
    )
    .unwrap();
    desk.push(tc.timeline.events().cloned().collect());

    let due = add_london_days(authorised, 7);
    assert_eq!(
        due - authorised,
        Duration::hours(169),
        "a London week across fall-back"
    );
    let (cm, _) = desk.console(Role::ComplianceManager);
    send(&cm, Msg::Show(Screen::Reviews));
    at(&cm, due - Duration::minutes(1));
    let rows = cm.0.borrow().reviews();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].kind, rows[0].due, rows[0].missed),
        (DeadlineKind::WeeklyReview, due, false)
    );
    let page = html(&cm);
    assert!(
        page.contains("Wednesday 28 October 2026"),
        "the calendar day"
    );
    assert!(page.contains("due Wed 28 Oct 2026 10:00") && !page.contains("Missed"));

    at(&cm, due + Duration::minutes(1));
    assert!(cm.0.borrow().reviews()[0].missed);
    assert!(html(&cm).contains("review missed") && html(&cm).contains("Missed"));

    // Recorded now: the next review is a week from the server's now, not missed.
    send(&cm, Msg::Review(s, true));
    assert!(alert(&cm).unwrap().contains("notes"));
    send(
        &cm,
        Msg::ReviewNotes(s, "Still planning; continues.".into()),
    );
    send(&cm, Msg::Review(s, true));
    assert_eq!(alert(&cm), None);
    cm.0.borrow_mut().clock = Clock::System;
    let rows = cm.0.borrow().reviews();
    assert_eq!(rows.len(), 1);
    assert!(!rows[0].missed && rows[0].due > Utc::now() + Duration::days(6));
    assert_eq!(
        cm.0.borrow().oversight()[0].1,
        Oversight::Authorised(Utc.with_ymd_and_hms(2026, 12, 31, 12, 0, 0).unwrap())
    );
}

#[test]
fn dso_7_the_administrator_sets_hours_staff_tablets_and_compact_and_the_rulebook_refuses_under_7_hours()
 {
    let desk = Desk::new();
    let (a, admin) = desk.console(Role::Administrator);
    send(&a, Msg::Show(Screen::Schedule));
    send(&a, Msg::Opens("09:00".into()));
    send(&a, Msg::Closes("15:30".into()));
    send(&a, Msg::SaveSchedule);
    let refusal = alert(&a).expect("under 7 hours is refused");
    assert!(refusal.contains("§7"), "{refusal}");
    assert!(html(&a).contains(&refusal));
    send(&a, Msg::Closes("16:00".into()));
    send(&a, Msg::SlotMinutes("61".into()));
    send(&a, Msg::SaveSchedule);
    assert!(alert(&a).unwrap().contains("61"), "{:?}", alert(&a));
    assert!(desk.centre().schedule.is_none(), "nothing recorded");
    send(&a, Msg::SlotMinutes("60".into()));
    send(&a, Msg::SaveSchedule);
    assert_eq!(alert(&a), None);
    let schedule = desk.centre().schedule.unwrap();
    assert_eq!(schedule.slot_minutes, 60);
    assert_eq!(schedule.minutes_open_on(schedule.effective_from), 7 * 60);

    // A new Security account, named, is listed from the server with its role, and signs in.
    send(&a, Msg::Show(Screen::Staff));
    send(&a, Msg::AccountName("Ada Okafor".into()));
    send(&a, Msg::AccountNumber("sec44".into()));
    send(&a, Msg::AccountRole(Role::Security));
    send(&a, Msg::AccountSecret("5550123".into()));
    send(&a, Msg::SaveAccount);
    assert_eq!(alert(&a), None);
    let new =
        a.0.borrow()
            .staff_list
            .iter()
            .find(|s| s.name == "Ada Okafor")
            .expect("the new account is in the server's list")
            .id;
    let page = html(&a);
    let row = row_of(&page, &format!("data-staff=\"{new}\""));
    assert!(
        row.contains("Ada Okafor") && row.contains("Security") && row.contains("allowed"),
        "{row}"
    );
    // With the staff number the administrator issued, uppercased.
    assert!(row.contains("<td>SEC44</td>"), "{row}");
    // Every account is listed, the administrator's own too, with no secret on the page.
    assert_eq!(
        page.matches("data-staff=").count(),
        a.0.borrow().staff_list.len()
    );
    assert!(a.0.borrow().staff_list.len() >= 2);
    assert!(!page.contains("5550123") && !page.contains("argon2"));
    let s = desk.sign_in(new, "5550123");
    assert_eq!(s.0.borrow().role(), Some(Role::Security));
    // Changed from the list: disabled, it cannot sign in, and the list says so.
    send(&a, Msg::EditAccount(new));
    assert_eq!(a.0.borrow().forms.account_id, new.to_string());
    assert_eq!(a.0.borrow().forms.account_role, Some(Role::Security));
    send(&a, Msg::AccountSecret("5550123".into()));
    send(&a, Msg::AccountActive(false));
    send(&a, Msg::SaveAccount);
    assert!(desk.sign_in(new, "5550123").0.borrow().session.is_none());
    let page = html(&a);
    let row = row_of(&page, &format!("data-staff=\"{new}\""));
    assert!(
        row.contains("disabled") && row.contains("Ada Okafor"),
        "{row}"
    );

    // Tablets: a labelled code enrols one, which is listed with its label; revoking it from
    // the list, with its button, stops its sync.
    send(&a, Msg::Show(Screen::Tablets));
    assert!(html(&a).contains("No tablet is enrolled yet."));
    send(&a, Msg::EnrolLabel("Wing A tablet 1".into()));
    send(&a, Msg::CreateEnrolmentCode);
    let code = a.0.borrow().enrolment_code.clone().unwrap().0;
    assert!(html(&a).contains(&code));
    let tablet = server_harness::MemoryTablet::new();
    let client = kinline_app::sync::SyncClient::new(&desk.server.url, None).unwrap();
    desk.rt
        .block_on(client.enrol(&code, tablet.device, tablet.key.verifying_key().to_bytes()))
        .unwrap();
    send(&a, Msg::Refresh);
    let page = html(&a);
    let row = row_of(&page, &format!("data-device=\"{}\"", tablet.device));
    assert!(
        row.contains("Wing A tablet 1") && row.contains("in use"),
        "{row}"
    );
    assert!(
        row.contains(&format!("aria-label=\"Revoke {}\"", tablet.device)),
        "{row}"
    );
    // A tablet the server does not know: the server's answer is shown as is.
    send(
        &a,
        Msg::Revoke(kinline_shared::ids::DeviceId(uuid::Uuid::now_v7())),
    );
    assert!(
        alert(&a).unwrap().contains("No such device"),
        "{:?}",
        alert(&a)
    );
    send(&a, Msg::RevokeReason("Lost on wing B".into()));
    send(&a, Msg::Revoke(tablet.device));
    assert_eq!(alert(&a), None);
    assert!(a.0.borrow().forms.revoke_reason.is_empty());
    let page = html(&a);
    let row = row_of(&page, &format!("data-device=\"{}\"", tablet.device));
    assert!(row.contains("revoked") && !row.contains("Revoke"), "{row}");
    let tablet = std::sync::Mutex::new(tablet);
    let revoked = desk.rt.block_on(client.sync_once(&tablet));
    assert!(revoked.is_err(), "a revoked tablet cannot sync");
    // Each of those decisions is an event of the centre's log, by this administrator (§16).
    let device = tablet.lock().unwrap().device;
    let by_admin: Vec<EventBody> = desk
        .rt
        .block_on(desk.server.server.events(0, 1000))
        .unwrap()
        .into_iter()
        .filter(|r| {
            r.event.actor
                == Actor::Staff {
                    id: admin,
                    role: Role::Administrator,
                }
        })
        .map(|r| r.event.body)
        .collect();
    for decision in [
        EventBody::StaffAccountSet {
            staff: new,
            role: Role::Security,
            active: false,
        },
        EventBody::DeviceEnrolled { device },
        EventBody::DeviceRevoked {
            device,
            reason: Some("Lost on wing B".into()),
        },
    ] {
        assert!(by_admin.contains(&decision), "{decision:?} in {by_admin:?}");
    }

    // A new compact version: offered in the complete languages; everyone signs again.
    send(&a, Msg::Show(Screen::Compact));
    send(&a, Msg::CompactVersion("2026-12".into()));
    send(&a, Msg::PublishCompact);
    assert_eq!(alert(&a), None);
    let (version, languages) = desk.centre().compact.unwrap();
    assert_eq!(version.0, "2026-12");
    assert_eq!(languages.len(), 24);
}

#[test]
fn reports_draw_each_picture_with_the_7_hour_line_and_export_the_same_rows_as_csv() {
    let desk = Desk::new();
    desk.register_fixture_staff();
    let mut tc = TestCentre::open();
    let (d, b) = tc.running_call();
    tc.record(
        fixture::dco(),
        EventBody::CallTerminated {
            booking: b,
            reason: TerminationReason::Recording,
        },
    )
    .unwrap();
    let legal = tc.book(d, CallKind::Legal).unwrap();
    assert!(tc.centre().calls.contains_key(&legal));
    desk.push(tc.timeline.events().cloned().collect());

    let (m, _) = desk.console(Role::CentreManager);
    at(&m, tc.now + Duration::hours(3));
    send(&m, Msg::Show(Screen::Reports));
    let page = html(&m);
    assert_eq!(page.matches("<svg").count(), 5, "five pictures");
    assert_eq!(page.matches("Download CSV").count(), 5);
    assert!(page.contains("7-hour minimum"));
    // No suspensions and no waits in the period: the picture says so rather than stay blank.
    assert_eq!(page.matches("Nothing in this period").count(), 2);
    // The schedule opens 12 h a day: every availability bar clears the 7-hour line.
    let reports = kinline_app::console::reports::all(
        &m.0.borrow().centre,
        tc.now.date_naive() - Duration::days(13),
        tc.now.date_naive(),
        tc.now,
    );
    let availability = &reports[0];
    assert!(
        availability.svg.contains("hours open 12 h"),
        "{}",
        availability.svg
    );
    assert!(
        availability
            .csv
            .starts_with("date,minutes_open,meets_7_hour_minimum\r\n")
    );
    assert!(availability.csv.contains("2026-11-28,720,true"));
    let calls = &reports[1];
    assert!(
        calls.csv.contains("2026-11-28,0,0,1,0,0,1"),
        "{}",
        calls.csv
    );
    assert!(calls.svg.contains("terminated 1 calls"));
    assert!(reports[4].csv.contains("2026-11-28,1,0"));
    let link = kinline_app::console::charts::csv_data_url(&availability.csv);
    assert!(page.contains(&link.replace('&', "&amp;")) || page.contains(&link));
    assert!(link.starts_with("data:text/csv;charset=utf-8,date%2Cminutes_open"));
}

#[test]
fn a_bar_chart_scales_its_bars_and_draws_the_line_where_the_value_is() {
    use kinline_app::console::charts::{BarChart, HEIGHT, Series};
    let chart = BarChart {
        title: "t".into(),
        unit: "h".into(),
        categories: vec!["a".into(), "b".into()],
        series: vec![Series {
            label: "open".into(),
            colour: "#0b5394",
            values: vec![14.0, 7.0],
        }],
        stacked: false,
        line: Some((7.0, "7-hour minimum".into())),
    };
    let svg = chart.svg();
    let heights: Vec<f64> = svg
        .split("class=\"bar\"")
        .skip(1)
        .map(|r| {
            r.split("height=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect();
    assert_eq!(heights.len(), 2);
    assert!((heights[0] - 2.0 * heights[1]).abs() < 0.2, "{heights:?}");
    let bar_top: f64 = svg
        .split("class=\"bar\"")
        .nth(2)
        .unwrap()
        .split("y=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let line_y: f64 = svg
        .split("class=\"minimum\"")
        .nth(1)
        .unwrap()
        .split("y1=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (bar_top - line_y).abs() < 0.2,
        "the 7 h bar reaches the 7 h line"
    );
    assert!(line_y < HEIGHT);
    assert!(roxmltree::Document::parse(&svg).is_ok(), "well-formed SVG");
}

#[test]
fn dso_19_a_tablet_termination_reaches_the_security_queue_and_a_console_suspension_reaches_the_tablet()
 {
    use kinline_app::store::{KeySource, StoreConfig};
    use kinline_app::ui::backend::{Backend, RecordError};
    use kinline_app::ui::store_backend::{StoreBackend, staff_number};
    use kinline_app::ui::{App, KinlineApp, KinlineAppProps, SharedApp, SilentSpeaker};
    use kinline_shared::dso::RuleViolation;
    use kinline_shared::ids::{BookingId, DeviceId};

    let desk = Desk::new();
    desk.register_fixture_staff();
    // The centre's morning, recorded on another tablet: a call running at 09:00.
    let mut tc = TestCentre::open();
    let (d, b) = tc.running_call();
    desk.push(tc.timeline.events().cloned().collect());
    // The detainee on the roster (names live only in reference data).
    let (admin, _) = desk.console(Role::Administrator);
    admin
        .0
        .borrow_mut()
        .api
        .publish(kinline_shared::sync::ReferenceItem::RosterEntry {
            detainee: d,
            name: "Amal Haddad".into(),
            reference: "A2847391".into(),
            location: "B-12".into(),
            present: true,
        })
        .unwrap();

    // The DCO's tablet: a real encrypted store, enrolled, synced.
    let dir = server_harness::temp_dir("kinline-console-e2e");
    let config = StoreConfig::new(
        dir.join("tablet.db"),
        KeySource::File(dir.join("tablet.key")),
        DeviceId(uuid::Uuid::now_v7()),
    );
    desk.server.enrol_store(&desk.rt, &config);
    let mut tablet = StoreBackend::open(&config, Some(&desk.server.url)).unwrap();
    tablet.set_now(Some(tc.now + Duration::minutes(5)));
    tablet.sync_now().unwrap();
    assert!(tablet.centre().calls.contains_key(&b), "the call came down");
    // The DCO on duty has an account of their own (their staff number is on the tablet).
    // (Random bits up front: tablets take the first 8 characters as the staff number, and
    // UUIDv7 ids made in the same minute share them.)
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).unwrap();
    let dco_id = StaffId(uuid::Uuid::from_bytes(bytes));
    desk.rt
        .block_on(desk.server.server.set_staff(dco_id, Role::Dco, PIN, true))
        .unwrap();
    let dco = Actor::Staff {
        id: dco_id,
        role: Role::Dco,
    };
    tablet.sync_now().unwrap();
    // The DCO signs in on the tablet (the sign-in screen records it).
    tablet.record(dco, EventBody::StaffSignedIn {}).unwrap();
    tablet
        .record(
            dco,
            EventBody::CallTerminated {
                booking: b,
                reason: TerminationReason::Recording,
            },
        )
        .unwrap();
    assert_eq!(tablet.sync_now().unwrap().waiting, 0);

    // It reaches the security queue, where security moves it on to an outcome.
    let (sec, _) = desk.console(Role::Security);
    let source = ReferralSource::Termination(b);
    let page = html(&sec);
    assert!(
        page.contains("Call terminated") && page.contains(&b.to_string()[28..]),
        "{page}"
    );
    assert!(page.contains("Status: Open"));
    send(
        &sec,
        Msg::UpdateReferral(source, ReferralAction::Investigate),
    );
    send(
        &sec,
        Msg::Outcome(source, "Phone found and removed.".into()),
    );
    send(&sec, Msg::UpdateReferral(source, ReferralAction::Close));
    assert_eq!(alert(&sec), None);
    assert!(html(&sec).contains("Closed: Phone found and removed."));
    assert_eq!(
        desk.centre().referrals[&source].status,
        ReferralStatus::Closed {
            outcome: "Phone found and removed.".into()
        }
    );
    // Managers see the queue but cannot change it.
    let (m, _) = desk.console(Role::CentreManager);
    send(&m, Msg::Show(Screen::Referrals));
    let page = html(&m);
    assert!(
        page.contains("Closed: Phone found and removed.") && !page.contains("Start investigating")
    );

    // The manager suspends in the console, with the terminated call as evidence.
    let words = "A second phone recorded the call.";
    send(&m, Msg::Show(Screen::Suspend));
    send(&m, Msg::SuspendDetainee(d));
    send(
        &m,
        Msg::SuspendReason(SuspensionReason::BreachOfAcceptableUse),
    );
    assert!(html(&m).contains(&format!("Terminated call {}", &b.to_string()[28..])));
    send(
        &m,
        Msg::ToggleEvidence(kinline_shared::model::Evidence::TerminatedCall(b)),
    );
    send(&m, Msg::SuspendNotASanction(true));
    send(&m, Msg::SuspendWords(words.into()));
    send(&m, Msg::Suspend);
    assert_eq!(alert(&m), None);
    let Screen::Notice(s) = m.0.borrow().screen else {
        panic!("the notice shows")
    };

    // The tablet pulls it; its rulebook now refuses a call for that detainee, naming §17.
    tablet.set_now(None);
    tablet.sync_now().unwrap();
    assert!(tablet.centre().suspensions.contains_key(&s));
    let refused = tablet.record(
        dco,
        EventBody::CallBooked {
            booking: BookingId(uuid::Uuid::now_v7()),
            detainee: d,
            kind: CallKind::Social,
            slot_start: tc.next_slot() + Duration::days(7),
        },
    );
    match refused {
        Err(RecordError::Refused(v)) => {
            assert_eq!(v, RuleViolation::Suspended);
            assert!(v.to_string().contains("§17"), "{v}");
        }
        other => panic!("the suspended detainee's call is refused, got {other:?}"),
    }

    // The tablet's screens show the suspension and its notice.
    let app = SharedApp::new(App::new(Box::new(tablet), Box::<SilentSpeaker>::default()));
    let tap = |msg| app.0.borrow_mut().update(msg);
    tap(kinline_app::ui::Msg::StaffNumber(staff_number(dco_id, "")));
    tap(kinline_app::ui::Msg::Pin(PIN.into()));
    tap(kinline_app::ui::Msg::SignIn);
    assert!(
        app.0.borrow().staff.is_some(),
        "the DCO signs in with synced credentials"
    );
    let render = || {
        let mut dom = VirtualDom::new_with_props(
            KinlineApp,
            KinlineAppProps {
                app: app.clone(),
                ticking: false,
            },
        );
        dom.rebuild_in_place();
        dioxus_ssr::render(&dom)
    };
    tap(kinline_app::ui::Msg::OpenDetainee(d));
    let page = render();
    assert!(
        page.contains("Suspension in force") && page.contains("DSO §17"),
        "{page}"
    );
    tap(kinline_app::ui::Msg::OpenNotice(s));
    let page = render();
    assert!(
        page.contains(words),
        "the notice on the tablet carries the reasons"
    );
    assert!(
        page.contains("lang=\"ar\"") && page.contains("dir=\"rtl\""),
        "in Arabic, mirrored"
    );
}

#[test]
fn dso_7_the_administrator_adds_and_retires_rooms_and_the_rulebook_refuses_a_taken_name() {
    let desk = Desk::new();
    let (a, _) = desk.console(Role::Administrator);
    send(&a, Msg::Show(Screen::Rooms));
    assert!(html(&a).contains("No rooms yet"));
    send(&a, Msg::RoomName("Visits room 2".into()));
    send(&a, Msg::RoomCapacity("2".into()));
    send(&a, Msg::AddRoom);
    assert_eq!(alert(&a), None);
    let room = a.0.borrow().rooms[0].clone();
    assert_eq!(
        (room.name.as_str(), room.capacity, room.active),
        ("Visits room 2", 2, true)
    );
    let page = html(&a);
    let row = row_of(&page, &format!("data-room=\"{}\"", room.id));
    assert!(
        row.contains("Visits room 2") && row.contains("active"),
        "{row}"
    );
    assert!(row.contains("aria-label=\"Retire Visits room 2\""), "{row}");
    // The server's rulebook refuses a taken name and a capacity out of range; nothing recorded.
    send(&a, Msg::RoomName(" visits room 2 ".into()));
    send(&a, Msg::AddRoom);
    let refusal = alert(&a).unwrap();
    assert!(
        refusal.contains("§7") && refusal.contains("already an active room"),
        "{refusal}"
    );
    assert!(html(&a).contains("there is already an active room called"));
    send(&a, Msg::RoomName("Library".into()));
    send(&a, Msg::RoomCapacity("0".into()));
    send(&a, Msg::AddRoom);
    assert!(alert(&a).unwrap().contains("from 1 to 50"));
    send(&a, Msg::RoomCapacity("two".into()));
    send(&a, Msg::AddRoom);
    assert!(alert(&a).unwrap().contains("1 to 50"));
    assert_eq!(desk.centre().rooms.len(), 1);
    // Retired from the list: the row says so, its button is gone; the event is the server's.
    send(&a, Msg::RetireRoom(room.id));
    assert_eq!(alert(&a), None);
    let page = html(&a);
    let row = row_of(&page, &format!("data-room=\"{}\"", room.id));
    assert!(row.contains("retired") && !row.contains("Retire"), "{row}");
    assert!(!desk.centre().rooms[&room.id].active);
    // Its name is free again.
    send(&a, Msg::RoomName("Visits room 2".into()));
    send(&a, Msg::RoomCapacity("1".into()));
    send(&a, Msg::AddRoom);
    assert_eq!(alert(&a), None);
    assert_eq!(a.0.borrow().rooms.len(), 2);
    // Managers have no rooms screen.
    let (m, _) = desk.console(Role::CentreManager);
    assert!(!screens_for(Role::CentreManager).contains(&Screen::Rooms));
    send(&m, Msg::Show(Screen::Rooms));
    assert!(!html(&m).contains("data-room"));
}

#[test]
fn dso_17_a_manager_picks_the_detainee_from_the_roster_and_the_notice_carries_their_name() {
    let desk = Desk::new();
    let (a, _) = desk.console(Role::Administrator);
    let amal = DetaineeId(uuid::Uuid::now_v7());
    let gone = DetaineeId(uuid::Uuid::now_v7());
    for (d, name, reference, present) in [
        (amal, "Amal Haddad", "A2847391", true),
        (gone, "Left Already", "L1100234", false),
    ] {
        let entry = kinline_shared::sync::ReferenceItem::RosterEntry {
            detainee: d,
            name: name.into(),
            reference: reference.into(),
            location: "Wing B, room 12".into(),
            present,
        };
        a.0.borrow_mut().api.publish(entry).unwrap();
    }
    let (m, _) = desk.console(Role::CentreManager);
    send(&m, Msg::Show(Screen::Suspend));
    let page = html(&m);
    // The roster's present detainees are there to pick, by name and location; not one who left.
    assert!(page.contains("Amal Haddad — Wing B, room 12"), "{page}");
    assert!(page.contains(&format!("data-detainee=\"{amal}\"")));
    assert!(!page.contains("Left Already"));
    send(&m, Msg::SuspendDetainee(amal));
    // The notice's name field starts with the roster's name.
    assert!(html(&m).contains("value=\"Amal Haddad\""));
    send(&m, Msg::SuspendReason(SuspensionReason::Security));
    send(&m, Msg::SuspendSecurityReport("SIR 2026/0413".into()));
    send(&m, Msg::SuspendNotASanction(true));
    send(
        &m,
        Msg::SuspendWords("Passing messages for another detainee during calls.".into()),
    );
    send(&m, Msg::Suspend);
    assert_eq!(alert(&m), None);
    let s = *desk.centre().suspensions.keys().next().unwrap();
    assert_eq!(desk.centre().suspensions[&s].detainee, amal);
    let text = m.0.borrow().notice_text(s).unwrap();
    assert_eq!(text.name, "Amal Haddad");
    // The picker and the suspensions list name them by name and Home Office reference,
    // never by a piece of their id.
    send(&m, Msg::Show(Screen::Suspend));
    assert!(html(&m).contains("Amal Haddad — Wing B, room 12 (A2847391)"));
    send(&m, Msg::Show(Screen::Suspensions));
    let list = html(&m);
    assert!(list.contains("Detainee Amal Haddad (A2847391)"), "{list}");
    let id = amal.to_string();
    assert!(!list.contains(&id[id.len() - 8..]), "{list}");
    // Other roles cannot read the roster.
    let (sec, _) = desk.console(Role::Security);
    assert!(matches!(
        sec.0.borrow_mut().api.roster(),
        Err(ConsoleError::Forbidden(_))
    ));
}

#[test]
fn dso_9_managers_see_a_days_calls_with_their_rooms_and_move_a_call_to_a_room_with_a_place() {
    let desk = Desk::new();
    let (a, _) = desk.console(Role::Administrator);
    let slot = Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap();
    {
        let mut admin = a.0.borrow_mut();
        admin
            .api
            .record(EventBody::CentreScheduleChanged {
                schedule: fixture::standard_schedule(
                    chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                ),
            })
            .unwrap();
        admin.api.add_room("A room", 1).unwrap();
        admin.api.add_room("B room", 1).unwrap();
    }
    let book = |kind: CallKind| {
        let booking = kinline_shared::ids::BookingId(uuid::Uuid::now_v7());
        a.0.borrow_mut()
            .api
            .record(EventBody::CallBooked {
                booking,
                detainee: DetaineeId(uuid::Uuid::now_v7()),
                kind,
                slot_start: slot,
            })
            .unwrap();
        booking
    };
    let social = book(CallKind::Social); // → A room
    let legal = book(CallKind::Legal); // → B room

    let (m, _) = desk.console(Role::CentreManager);
    send(&m, Msg::Show(Screen::Calls));
    send(&m, Msg::CallsDate("1 December".into()));
    send(&m, Msg::ShowCalls);
    assert!(alert(&m).unwrap().contains("YYYY-MM-DD"));
    send(&m, Msg::CallsDate("2026-12-01".into()));
    send(&m, Msg::ShowCalls);
    let page = html(&m);
    assert!(page.contains("Tuesday 1 December 2026"), "{page}");
    // Legal first in the slot, each with its room.
    let (at_legal, at_social) = (
        page.find(&format!("data-booking=\"{legal}\"")).unwrap(),
        page.find(&format!("data-booking=\"{social}\"")).unwrap(),
    );
    assert!(at_legal < at_social);
    let row = row_of(&page, &format!("data-booking=\"{legal}\""));
    assert!(
        row.contains("Legal") && row.contains("B room") && row.contains("booked"),
        "{row}"
    );
    let row = row_of(&page, &format!("data-booking=\"{social}\""));
    assert!(row.contains("A room"), "{row}");
    assert!(
        row.contains("to B room"),
        "a move to the other room is offered: {row}"
    );

    // B is full in that slot: the server's rulebook refuses, and says so.
    let b_room =
        m.0.borrow()
            .rooms
            .iter()
            .find(|r| r.name == "B room")
            .unwrap()
            .id;
    send(&m, Msg::PutInRoom(social, b_room));
    let refusal = alert(&m).unwrap();
    assert!(
        refusal.contains("§9") && refusal.contains("full in that slot"),
        "{refusal}"
    );

    // A new room has a place: the move is recorded and shown.
    let c_room = a.0.borrow_mut().api.add_room("C room", 1).unwrap();
    send(&m, Msg::Refresh);
    send(&m, Msg::PutInRoom(social, c_room));
    assert_eq!(alert(&m), None);
    let row = row_of(&html(&m), &format!("data-booking=\"{social}\""));
    assert!(row.contains(">C room<"), "{row}");
    assert_eq!(desk.centre().room_of(social).unwrap().id, c_room);
    // Retired, the room still holds its call, marked so; it is offered to no other call.
    // Retired from the administrator's Rooms screen: told the call still in it is to come.
    a.0.borrow_mut().clock = Clock::Fixed(slot - Duration::days(1));
    send(&a, Msg::Show(Screen::Rooms));
    send(&a, Msg::RetireRoom(c_room));
    let said = a.0.borrow().notice.clone().unwrap();
    assert!(!said.problem);
    assert!(
        said.text.contains("One upcoming call is still in it"),
        "{}",
        said.text
    );
    send(&m, Msg::Refresh);
    let page = html(&m);
    assert!(row_of(&page, &format!("data-booking=\"{social}\"")).contains("C room (retired)"));
    assert!(!row_of(&page, &format!("data-booking=\"{legal}\"")).contains("to C room"));
    // Security and the Compliance Manager have no such screen.
    for role in [Role::Security, Role::ComplianceManager] {
        assert!(!Screen::Calls.allowed(role));
    }
}

/// Every literal id passed to `ct("…")` / `ct_args("…", …)` in `source` (also inside a format
/// string, `ct(\"…\")`): each quoted run of id characters whose text before it ends in the call.
fn console_text_ids(source: &str) -> Vec<String> {
    let is_id = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    let mut ids = Vec::new();
    for (quote, _) in source.match_indices('"') {
        let id: String = source[quote + 1..]
            .chars()
            .take_while(|c| is_id(*c))
            .collect();
        let closes = source[quote + 1 + id.len()..].starts_with(['"', '\\']);
        let head = source[..quote].trim_end_matches('\\').trim_end();
        let called = ["ct(", "ct_args("].iter().any(|call| {
            head.strip_suffix(call).is_some_and(|h| {
                !h.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.')
            })
        });
        if !id.is_empty() && closes && called {
            ids.push(id);
        }
    }
    ids
}

#[test]
fn every_console_string_id_is_in_console_ftl_and_every_message_there_is_used() {
    use kinline_app::console::text::{ct, ct_args, message_ids, text};
    // The scanner finds literal ids, in format strings too, and nothing else.
    assert_eq!(
        console_text_ids(r#"ct("a-b") ct_args("c", &[]) act("no") "{ct(\"d\")}" ct(x)"#),
        vec!["a-b", "c", "d"]
    );
    let defined = message_ids().unwrap();
    let unique: std::collections::BTreeSet<&String> = defined.iter().collect();
    assert_eq!(unique.len(), defined.len(), "an id is defined twice");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut used = std::collections::BTreeSet::new();
    let mut sources = String::new();
    let files = ["app/src/console", "console/src", "server/src/console"]
        .iter()
        .filter_map(|dir| std::fs::read_dir(root.join(dir)).ok())
        .flat_map(|entries| entries.flatten());
    for entry in files {
        let source = std::fs::read_to_string(entry.path()).unwrap();
        sources.push_str(&source);
        for id in console_text_ids(&source) {
            assert!(
                unique.contains(&id),
                "{}: ct(\"{id}\") is not in locales/en-GB/console.ftl",
                entry.path().display()
            );
            used.insert(id);
        }
    }
    // Used: passed to ct literally, or a literal id handed to it (the screen titles' match).
    let unused: Vec<&&String> = unique
        .iter()
        .filter(|id| !used.contains(**id) && !sources.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "unused in console.ftl: {unused:?}");
    // The words come from the file, variables set, without bidi marks.
    assert_eq!(ct("screen-rooms"), "Rooms");
    assert_eq!(
        ct_args("rooms-added", &[("room", text("Visits room 2"))]),
        "Room added: Visits room 2. New bookings go to it while it has a place."
    );
    // An unknown id shows as itself rather than failing the screen.
    assert_eq!(ct("no-such-id"), "no-such-id");
    // The interface files of the tablet are not touched: console.ftl exists in en-GB only.
    assert!(kinline_app::i18n::source("ar", "console.ftl").is_none());
}
