//! The staff console in the browser (`/console`, `server/src/http/console`, its words and reports in
//! `console/`) against a real centre server (SQLite), driven over plain HTTP as a browser
//! without script would: each role signs in with its staff number and PIN (a cookie), reads
//! its pages' HTML and posts their forms with the page's `csrf` field. The deadline rules at
//! their edges are checked on the pages with the server's clock set (47h59m vs 48h01m, 11h59m
//! vs 12h01m, day 7 vs day 8 without authorisation, a missed weekly review), in Europe/London
//! across both clock changes of 2026; and end to end: a DCO's termination on a tablet store
//! reaches the security queue, a manager's suspension reaches the tablet, which refuses the
//! call and shows the notice.

use chrono::{DateTime, Duration, TimeZone, Utc};
use dioxus::prelude::*;
use kinline_app::i18n::Localizer;
use kinline_console::reports;
use kinline_server::http::console::Page;
use kinline_shared::actor::{Actor, Role};
use kinline_shared::clock::CentreClock;
use kinline_shared::event::{Event, EventBody, ReferralSource};
use kinline_shared::ids::{AppealId, DetaineeId, StaffId, SuspensionId};
use kinline_shared::languages::{Direction, LANGUAGES};
use kinline_shared::model::{
    CallKind, LanguageTag, LegalAccessMethod, ReferralStatus, SuspensionReason, TerminationReason,
};
use kinline_shared::projection::Centre;
use kinline_shared::sync::ReferenceItem;
use kinline_shared::time::add_london_days;
use kinline_shared::workflow::suspension::SuspensionPhase;
use kinline_tests::fixture::{self, TestCentre};
use kinline_tests::server_harness::{self, STAFF_PIN as PIN, TestServer};

/// A real server on SQLite with a runtime to drive it.
struct Desk {
    rt: tokio::runtime::Runtime,
    server: TestServer,
    http: reqwest::Client,
}

/// A page as the server answered it (redirects followed).
struct Fetched {
    status: u16,
    path: String,
    body: String,
}

impl Fetched {
    fn has(&self, s: &str) -> bool {
        self.body.contains(s)
    }

    /// The words of its alert, if it has one.
    fn alert(&self) -> Option<String> {
        let at = self.body.find("class=\"alert\" role=\"alert\">")?;
        let rest = &self.body[at + "class=\"alert\" role=\"alert\">".len()..];
        Some(rest[..rest.find("</p>").unwrap()].to_owned())
    }

    /// The table row holding `marker`.
    fn row_of(&self, marker: &str) -> String {
        let page = &self.body;
        let at = page
            .find(marker)
            .unwrap_or_else(|| panic!("{marker} not on the page: {page}"));
        let start = page[..at].rfind("<tr").unwrap();
        let end = at + page[at..].find("</tr>").unwrap();
        page[start..end].to_owned()
    }
}

/// Someone signed in to the console: their cookie and their forms' CSRF value.
struct Person {
    cookie: String,
    csrf: String,
}

impl Desk {
    fn new() -> Self {
        Self::on(CentreClock::SYSTEM)
    }

    /// A server whose centre clock reads `at` now.
    fn at(at: DateTime<Utc>) -> Self {
        Self::on(CentreClock::reading(at, Utc::now()))
    }

    fn on(clock: CentreClock) -> Self {
        Self::configured(clock, |_| {})
    }

    /// A server whose centre clock reads `clock`, its config changed by `change`.
    fn configured(clock: CentreClock, change: impl FnOnce(&mut kinline_server::Config)) -> Self {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let mut config = server_harness::config(server_harness::Backend::Sqlite);
        config.clock = clock;
        change(&mut config);
        let server = rt.block_on(TestServer::start_admin(config));
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self { rt, server, http }
    }

    /// The same server, on the same database, restarted with its centre clock reading `at`
    /// (everyone signs in again).
    fn restart_at(&mut self, at: DateTime<Utc>) {
        self.server.kill();
        let mut config = self.server.config.clone();
        config.clock = CentreClock::reading(at, Utc::now());
        self.server = self.rt.block_on(TestServer::start_with(config));
    }

    /// A new account with this role, signed in.
    fn person(&self, role: Role) -> (Person, StaffId) {
        let (id, _token) = self.rt.block_on(self.server.staff(role));
        let p = self
            .sign_in(&id.to_string(), PIN)
            .unwrap_or_else(|p| panic!("{role:?} signs in: {}", p.body));
        (p, id)
    }

    /// Signs in with a staff number (or id) and PIN; the refusal page otherwise.
    fn sign_in(&self, who: &str, pin: &str) -> Result<Person, Fetched> {
        let res = self
            .rt
            .block_on(
                self.http
                    .post(format!("{}/console/sign-in", self.server.url))
                    .form(&[("staff", who), ("secret", pin)])
                    .send(),
            )
            .unwrap();
        let cookie = res
            .headers()
            .get("set-cookie")
            .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned());
        let Some(cookie) = cookie else {
            let status = res.status().as_u16();
            let body = self.rt.block_on(res.text()).unwrap();
            return Err(Fetched {
                status,
                path: "/console/sign-in".into(),
                body,
            });
        };
        let mut p = Person {
            cookie,
            csrf: String::new(),
        };
        let home = self.get(&p, "/console/");
        let at = home.body.find("name=\"csrf\" value=\"").expect("a form");
        let rest = &home.body[at + "name=\"csrf\" value=\"".len()..];
        p.csrf = rest[..rest.find('"').unwrap()].to_owned();
        Ok(p)
    }

    /// Follows redirects from `res` with GETs, as a browser does.
    fn follow(&self, p: &Person, mut res: reqwest::Response) -> Fetched {
        for _ in 0..5 {
            if !res.status().is_redirection() {
                break;
            }
            let to = res.headers()["location"].to_str().unwrap().to_owned();
            res = self
                .rt
                .block_on(
                    self.http
                        .get(format!("{}{to}", self.server.url))
                        .header("cookie", &p.cookie)
                        .send(),
                )
                .unwrap();
        }
        let status = res.status().as_u16();
        let path = res.url().path().to_owned();
        let body = self.rt.block_on(res.text()).unwrap();
        Fetched { status, path, body }
    }

    fn get(&self, p: &Person, path: &str) -> Fetched {
        let res = self
            .rt
            .block_on(
                self.http
                    .get(format!("{}{path}", self.server.url))
                    .header("cookie", &p.cookie)
                    .send(),
            )
            .unwrap();
        self.follow(p, res)
    }

    /// Posts a form (with the CSRF field) and follows where it leads.
    fn post(&self, p: &Person, path: &str, fields: &[(&str, &str)]) -> Fetched {
        let mut form: Vec<(&str, &str)> = vec![("csrf", &p.csrf)];
        form.extend_from_slice(fields);
        let res = self
            .rt
            .block_on(
                self.http
                    .post(format!("{}{path}", self.server.url))
                    .header("cookie", &p.cookie)
                    .form(&form)
                    .send(),
            )
            .unwrap();
        self.follow(p, res)
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

    /// Gives the server a centre's history, stored as an enrolled device's log without the
    /// push's checks (which would refuse times outside the receive window).
    fn push(&self, events: Vec<Event>) {
        self.rt.block_on(self.server.insert_history(events));
    }

    /// Puts a detainee on the roster.
    fn roster(&self, d: DetaineeId, name: &str, reference: &str, location: &str, present: bool) {
        self.rt
            .block_on(
                self.server
                    .server
                    .publish_reference(ReferenceItem::RosterEntry {
                        detainee: d,
                        name: name.into(),
                        reference: reference.into(),
                        location: location.into(),
                        present,
                    }),
            )
            .unwrap();
    }

    /// Records as a member of staff through the server's rulebook.
    fn record(&self, role: Role, body: EventBody) {
        let id = StaffId(uuid::Uuid::now_v7());
        self.rt
            .block_on(self.server.server.set_staff(id, role, PIN, true))
            .unwrap();
        self.rt
            .block_on(self.server.server.record(id, role, body))
            .unwrap();
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

/// The suspension a page's address names (`/console/suspensions/{id}`).
fn suspension_of(page: &Fetched) -> SuspensionId {
    let id = page
        .path
        .strip_prefix("/console/suspensions/")
        .unwrap_or_else(|| panic!("after suspending, the suspension: {}", page.path));
    id.parse().unwrap()
}

/// Suspends `d` (on the roster) for security through the console's form; returns the suspension.
fn suspend_on_screen(desk: &Desk, m: &Person, d: DetaineeId, words: &str) -> SuspensionId {
    let form = desk.get(m, &format!("/console/suspend?detainee={d}&reason=security"));
    assert!(form.has("name=\"security_report\""), "{}", form.body);
    let page = desk.post(
        m,
        "/console/suspend",
        &[
            ("detainee", &d.to_string()),
            ("reason", "security"),
            ("security_report", "SIR 2026/0412"),
            ("not_a_sanction", "yes"),
            ("words", words),
        ],
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    suspension_of(&page)
}

/// The remaining first-day duties done, so only the appeal and the authorisation remain.
fn do_first_day_duties(desk: &Desk, m: &Person, s: SuspensionId, language: &str) {
    for (action, fields) in [
        ("notice-given", vec![("lang", language)]),
        ("notify", vec![]),
        ("legal", vec![("method", "telephone")]),
    ] {
        let page = desk.post(m, &format!("/console/suspensions/{s}/{action}"), &fields);
        assert_eq!(page.alert(), None, "{action}: {}", page.body);
    }
}

#[test]
fn every_role_signs_in_and_sees_only_the_screens_its_role_may_see() {
    let desk = Desk::new();
    // A wrong PIN: refused with words to act on, no cookie.
    let (_, id) = desk.person(Role::Security);
    let wrong = desk
        .sign_in(&id.to_string(), "9999")
        .err()
        .expect("refused");
    assert_eq!(wrong.status, 401, "{}", wrong.body);
    assert!(wrong.alert().is_some(), "{}", wrong.body);
    assert!(wrong.has("Kinline staff console"));

    for role in Role::ALL {
        let (c, _) = desk.person(role);
        let nav: Vec<Page> = Page::for_role(role).collect();
        let home = desk.get(&c, "/console/");
        if let Some(first) = nav.first() {
            assert_eq!(
                home.path,
                first.path(),
                "{role:?} lands on its first screen"
            );
        }
        for s in Page::ALL {
            let shown = home.has(&format!("href=\"{}\"", s.path()));
            assert_eq!(
                shown,
                nav.contains(&s),
                "{role:?}: navigation to {s:?} shown = {shown}"
            );
            // Opened by its address, a screen the role may not see shows only the refusal.
            let page = desk.get(&c, s.path());
            if s.allowed(role) {
                assert_eq!(page.status, 200, "{role:?} opens {s:?}: {}", page.body);
                assert_eq!(page.alert(), None, "{role:?} × {s:?}");
            } else {
                assert_eq!(page.status, 403, "{role:?} cannot open {s:?}");
                assert!(
                    page.alert().unwrap().contains("cannot open"),
                    "{}",
                    page.body
                );
                assert!(!page.has("<table"));
            }
        }
        // Signed out, the cookie opens nothing.
        let out = desk.post(&c, "/console/sign-out", &[]);
        assert!(out.has("Signed out."), "{}", out.body);
        let again = desk.get(&c, "/console/reports");
        assert_eq!(again.path, "/console/sign-in", "{role:?} signed out");
    }
}

#[test]
fn dso_17_a_manager_suspends_for_a_video_call_reason_and_the_notice_prints_in_the_detainees_language()
 {
    let desk = Desk::new();
    let (m, _) = desk.person(Role::DeputyCentreManager);
    let d = new_detainee();
    desk.record(Role::Administrator, profile(d, "ar", false));
    desk.roster(d, "Amal Haddad", "A2847391", "Wing B, room 12", true);

    // A breach needs video-call evidence: the rulebook refuses, naming §17, nothing recorded;
    // the typed words are kept.
    let refused = desk.post(
        &m,
        "/console/suspend",
        &[
            ("detainee", &d.to_string()),
            ("reason", "breach"),
            ("not_a_sanction", "yes"),
            ("words", "Behaviour on the wing."),
        ],
    );
    assert_eq!(refused.status, 422);
    let refusal = refused.alert().expect("refused");
    assert!(refusal.contains("§17"), "{refusal}");
    assert!(refused.has("Behaviour on the wing."));
    assert!(desk.centre().suspensions.is_empty());

    let words = "He held a second phone up to the screen during two calls.";
    let s = suspend_on_screen(&desk, &m, d, words);
    let page = desk.get(&m, &format!("/console/suspensions/{s}"));
    // The notice is offered in the detainee's own language by default.
    assert!(
        page.has("<option value=\"ar\" selected lang=\"ar\">"),
        "{}",
        page.body
    );
    let notice = desk.get(&m, &format!("/console/suspensions/{s}/notice?lang=ar"));
    assert_eq!(notice.status, 200);
    let notice = notice.body;
    assert!(
        notice.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{notice}"
    );
    assert!(notice.contains("@page"), "print-ready");
    let ar = Localizer::new("ar").unwrap();
    assert!(
        notice.contains(&ftl("ar", "suspension-title")),
        "Arabic title"
    );
    assert!(
        notice.contains(words),
        "the reasons in words are on the notice"
    );
    assert!(notice.contains(&ar.suspension_reason(SuspensionReason::Security)));
    assert!(notice.contains("Amal Haddad"));
    let english = desk.get(&m, &format!("/console/suspensions/{s}/notice?lang=en-GB"));
    let within = &english.body[english
        .body
        .find("decided within")
        .expect("the appeal line")..];
    assert!(within[..40].contains("48"), "48 hours to appeal: {within}");

    // Given, notified, legal access arranged: recorded on the server.
    for (action, fields) in [("notice-given", vec![("lang", "ar")]), ("notify", vec![])] {
        let page = desk.post(&m, &format!("/console/suspensions/{s}/{action}"), &fields);
        assert_eq!(page.alert(), None, "{action}: {}", page.body);
    }
    let other = desk.post(
        &m,
        &format!("/console/suspensions/{s}/legal"),
        &[("method", "other"), ("other", "")],
    );
    assert!(
        other.alert().unwrap().contains("Describe"),
        "{}",
        other.body
    );
    let page = desk.post(
        &m,
        &format!("/console/suspensions/{s}/legal"),
        &[("method", "visits")],
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    let centre = desk.centre();
    let sus = &centre.suspensions[&s];
    assert_eq!(sus.notice_given_in, Some(LanguageTag::new("ar")));
    assert!(sus.compliance_notified_at.is_some());
    assert_eq!(sus.legal_access, Some(LegalAccessMethod::LegalVisit));
    let page = desk.get(&m, &format!("/console/suspensions/{s}"));
    assert!(page.has("Written notice given in ar."), "{}", page.body);
    assert!(page.has("In force: video calls refused."));
    assert!(page.has("Alternative legal access: legal visits."));
    let list = desk.get(&m, "/console/suspensions");
    assert!(
        list.row_of("Amal Haddad")
            .contains("In force: video calls refused.")
    );

    // Lifting is another event; the suspension is over on the server.
    let page = desk.post(&m, &format!("/console/suspensions/{s}/lift"), &[]);
    assert_eq!(page.alert(), None, "{}", page.body);
    assert!(matches!(
        desk.centre().suspensions[&s].phase,
        SuspensionPhase::Lifted { .. }
    ));
    assert!(page.has("Not in force."), "{}", page.body);
}

#[test]
fn dso_17_the_written_notice_exists_in_all_24_languages_and_mirrors_for_right_to_left() {
    let english_title = ftl("en-GB", "suspension-title");
    let from = Utc.with_ymd_and_hms(2026, 3, 28, 12, 0, 0).unwrap();
    let until = from + Duration::days(5);
    let desk = Desk::new();
    desk.register_fixture_staff();
    let mut tc = TestCentre::open_at(from);
    let d = DetaineeId(tc.id());
    tc.record(fixture::admin(), profile(d, "ar", true)).unwrap();
    let s = SuspensionId(tc.id());
    tc.record(
        fixture::manager(),
        EventBody::SuspensionDecided {
            suspension: s,
            detainee: d,
            reason: SuspensionReason::Security,
            reasons: "A caller was put at risk.".into(),
            evidence: vec![],
            until: Some(until),
            security_report: Some("SIR 2026/0399".into()),
            not_a_sanction: true,
        },
    )
    .unwrap();
    desk.push(tc.timeline.events().cloned().collect());
    desk.roster(d, "Amal Haddad", "A2847391", "Wing B, room 12", true);
    let (m, _) = desk.person(Role::CentreManager);
    for l in LANGUAGES {
        let page = desk.get(
            &m,
            &format!("/console/suspensions/{s}/notice?lang={}", l.tag),
        );
        assert_eq!(page.status, 200, "{}", l.tag);
        let page = page.body;
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
        assert!(page.contains("Amal Haddad"));
        // London wall-clock times as the language writes them, the day after the spring clock
        // change: 13:00 BST on Thursday 2 April.
        let until = kinline_app::i18n::date_time(&l, until);
        assert!(page.contains(&until), "{}: {until}", l.tag);
        if l.tag == "en-GB" {
            assert_eq!(until, "Thursday, 2 April 2026 at 13:00");
        }
    }
}

/// A suspension of a detainee with (or without) imminent removal directions, suspended on the
/// console with the first-day duties done, and an appeal lodged against it (on a tablet).
/// Returns the suspension, the appeal and when it was lodged.
fn appeal_lodged(desk: &Desk, imminent_removal: bool) -> (SuspensionId, AppealId, DateTime<Utc>) {
    let (m, _) = desk.person(Role::CentreManager);
    let d = new_detainee();
    desk.record(Role::Administrator, profile(d, "fa", imminent_removal));
    desk.roster(d, "Reza Karimi", "K1209934", "Wing A, room 3", true);
    let s = suspend_on_screen(desk, &m, d, "Threats made to a caller during a video call.");
    do_first_day_duties(desk, &m, s, "fa");
    let a = AppealId(uuid::Uuid::now_v7());
    desk.record(
        Role::Dco,
        EventBody::SuspensionAppealed {
            suspension: s,
            appeal: a,
            reasons: "I did not threaten anyone.".into(),
        },
    );
    let lodged = match desk.centre().suspensions[&s].phase {
        SuspensionPhase::UnderAppeal { lodged_at, .. } => lodged_at,
        ref p => panic!("{p:?}"),
    };
    (s, a, lodged)
}

/// The first row of the appeals screen, as the manager sees it at the server's time.
fn first_duty(desk: &Desk, m: &Person) -> String {
    let page = desk.get(m, "/console/appeals");
    let body = &page.body[page.body.find("<tbody>").expect("a duty")..];
    body.split("<tr").nth(1).unwrap().to_owned()
}

#[test]
fn dso_18_an_appeal_at_47h59m_is_still_due_and_at_48h01m_is_overdue_and_on_top() {
    let mut desk = Desk::new();
    let (s, a, lodged) = appeal_lodged(&desk, false);
    // (Half a minute's margin for the time the page takes: the count is in whole minutes.)
    desk.restart_at(lodged + Duration::hours(47) + Duration::minutes(58) + Duration::seconds(30));
    let (m, _) = desk.person(Role::CentreManager);
    let li = first_duty(&desk, &m);
    assert!(li.contains("Decide the appeal"), "{li}");
    assert!(li.contains("0h 01m left"), "{li}");
    assert!(!li.contains("overdue"), "{li}");

    desk.restart_at(lodged + Duration::hours(48) + Duration::minutes(1));
    let (m, _) = desk.person(Role::CentreManager);
    let li = first_duty(&desk, &m);
    assert!(li.contains("Decide the appeal"), "{li}");
    assert!(
        li.contains("class=\"overdue\"") && li.contains("overdue by 0h 01m"),
        "{li}"
    );

    // A decision needs reasons; dismissed, the suspension continues.
    let page = desk.post(
        &m,
        &format!("/console/appeals/{a}"),
        &[("decision", "dismiss"), ("reasons", "")],
    );
    assert!(page.alert().unwrap().contains("reasons"), "{}", page.body);
    let page = desk.post(
        &m,
        &format!("/console/appeals/{a}"),
        &[
            ("decision", "dismiss"),
            ("reasons", "Two terminated calls show the risk."),
        ],
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    let centre = desk.centre();
    assert_eq!(centre.suspensions[&s].phase, SuspensionPhase::Active);
    assert_eq!(centre.suspensions[&s].decided_appeals, vec![(a, false)]);
    assert!(!desk.get(&m, "/console/appeals").has("Decide the appeal"));
}

#[test]
fn dso_18_with_imminent_removal_an_appeal_at_11h59m_is_due_and_at_12h01m_is_overdue() {
    let mut desk = Desk::new();
    let (s, a, lodged) = appeal_lodged(&desk, true);
    desk.restart_at(lodged + Duration::hours(11) + Duration::minutes(58) + Duration::seconds(30));
    let (m, _) = desk.person(Role::CentreManager);
    assert!(
        desk.get(&m, "/console/appeals")
            .has("12 hours when removal directions are imminent")
    );
    let li = first_duty(&desk, &m);
    assert!(
        li.contains("Decide the appeal") && li.contains("0h 01m left"),
        "{li}"
    );
    desk.restart_at(lodged + Duration::hours(12) + Duration::minutes(1));
    let (m, _) = desk.person(Role::CentreManager);
    let li = first_duty(&desk, &m);
    assert!(li.contains("Decide the appeal"), "{li}");
    assert!(li.contains("overdue by 0h 01m"), "{li}");
    let notice = desk.get(&m, &format!("/console/suspensions/{s}/notice?lang=en-GB"));
    let within = &notice.body[notice.body.find("decided within").expect("the appeal line")..];
    assert!(within[..40].contains("12"), "{within}");

    // Upheld: the rulebook lifts the suspension with it.
    let page = desk.post(
        &m,
        &format!("/console/appeals/{a}"),
        &[
            ("decision", "uphold"),
            ("reasons", "Removal is tomorrow; the evidence is thin."),
        ],
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    assert!(matches!(
        desk.centre().suspensions[&s].phase,
        SuspensionPhase::Lifted { .. }
    ));
}

/// A centre open since `decided` with a detainee suspended then by the Centre Manager (as a
/// tablet recorded it at the time), with no planned end.
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
    // Decided on Wednesday 25 March 2026, 12:00 GMT; the clocks go forward on Sunday 29th.
    let decided = Utc.with_ymd_and_hms(2026, 3, 25, 12, 0, 0).unwrap();
    let due = add_london_days(decided, 7);
    assert_eq!(
        due - decided,
        Duration::hours(167),
        "a London week across spring-forward"
    );
    // Day 7, an hour before the week is out: waiting for authorisation; still in force. (The
    // centre's clock runs on while the test does: a minute was too little on a loaded machine.)
    let mut desk = Desk::at(due - Duration::hours(1));
    desk.register_fixture_staff();
    let (tc, d, _) = suspended_at(decided);
    desk.push(tc.timeline.events().cloned().collect());
    desk.roster(d, "Amal Haddad", "A2847391", "Wing B, room 12", true);

    let (cm, _) = desk.person(Role::ComplianceManager);
    let (m, _) = desk.person(Role::CentreManager);
    let page = desk.get(&cm, "/console/oversight");
    assert!(
        page.has("waiting for your authorisation, due 2026-04-01 12:00"),
        "London wall time after the change: {}",
        page.body
    );
    assert!(page.has("You have not been notified yet"));
    assert!(
        page.has("action=\"/console/suspensions/"),
        "the authorise form"
    );
    let list = desk.get(&m, "/console/suspensions");
    assert!(list.has("In force: video calls refused."), "{}", list.body);

    // Day 8 without authorisation: it cannot continue.
    desk.restart_at(due + Duration::minutes(1));
    let (cm, _) = desk.person(Role::ComplianceManager);
    let (m, _) = desk.person(Role::CentreManager);
    let page = desk.get(&cm, "/console/oversight");
    assert!(page.has("the suspension cannot continue"), "{}", page.body);
    assert!(!page.has("/authorise\""), "no authorising a lapsed one");
    assert!(desk.get(&m, "/console/suspensions").has("Not in force."));
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
    let page = desk.get(&cm, "/console/reviews");
    assert!(
        page.has("Authorisation beyond one week") && page.has("Missed"),
        "{}",
        page.body
    );
}

#[test]
fn dso_18_a_missed_weekly_review_shows_as_missed_across_the_autumn_clock_change() {
    // Authorised on Wednesday 21 October 2026, 10:00 BST; the clocks go back on Sunday 25th.
    let decided = Utc.with_ymd_and_hms(2026, 10, 20, 9, 0, 0).unwrap();
    let (mut tc, d, s) = suspended_at(decided);
    tc.advance(Duration::days(1));
    let authorised = tc.now;
    let until = Utc.with_ymd_and_hms(2026, 12, 31, 12, 0, 0).unwrap();
    tc.record(
        fixture::compliance(),
        EventBody::SuspensionAuthorised {
            suspension: s,
            until,
        },
    )
    .unwrap();
    let due = add_london_days(authorised, 7);
    assert_eq!(
        due - authorised,
        Duration::hours(169),
        "a London week across fall-back"
    );

    // An hour before it is due (the centre's clock runs on while the test does).
    let mut desk = Desk::at(due - Duration::hours(1));
    desk.register_fixture_staff();
    desk.push(tc.timeline.events().cloned().collect());
    desk.roster(d, "Amal Haddad", "A2847391", "Wing B, room 12", true);
    let (cm, _) = desk.person(Role::ComplianceManager);
    let page = desk.get(&cm, "/console/reviews");
    assert_eq!(
        page.body.matches("Weekly review — ").count(),
        1,
        "{}",
        page.body
    );
    assert!(
        page.has("Due 2026-10-28 10:00.") && !page.has("Missed"),
        "the London wall time: {}",
        page.body
    );

    desk.restart_at(due + Duration::minutes(1));
    let (cm, _) = desk.person(Role::ComplianceManager);
    let page = desk.get(&cm, "/console/reviews");
    assert!(
        page.has("card overdue") && page.has("Missed"),
        "{}",
        page.body
    );

    // Recorded now: notes needed; then the next review is a week from the server's now.
    let path = format!("/console/suspensions/{s}/review");
    let page = desk.post(&cm, &path, &[("continues", "yes"), ("notes", "")]);
    assert!(page.alert().unwrap().contains("notes"), "{}", page.body);
    let page = desk.post(
        &cm,
        &path,
        &[
            ("continues", "yes"),
            ("notes", "Still planning; continues."),
        ],
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    assert_eq!(page.path, "/console/reviews");
    assert!(!page.has("Missed"), "{}", page.body);
    let next = add_london_days(due, 7);
    assert!(
        page.has(&format!(
            "Due {}",
            kinline_shared::time::london_date(next).format("%Y-%m-%d")
        )),
        "{}",
        page.body
    );
    let page = desk.get(&cm, "/console/oversight");
    assert!(
        page.has("Authorised until 2026-12-31 12:00"),
        "{}",
        page.body
    );
}

#[test]
fn dso_7_the_administrator_sets_hours_staff_tablets_and_compact_and_the_rulebook_refuses_under_7_hours()
 {
    let desk = Desk::new();
    let (a, admin) = desk.person(Role::Administrator);
    let hours = |opens: &str, closes: &str, slot: &str| {
        desk.post(
            &a,
            "/console/hours",
            &[
                ("opens", opens),
                ("closes", closes),
                ("slot", slot),
                ("points", "1"),
                ("from", ""),
            ],
        )
    };
    let page = hours("09:00", "15:30", "30");
    let refusal = page.alert().expect("under 7 hours is refused");
    assert!(refusal.contains("§7"), "{refusal}");
    assert!(page.has("value=\"15:30\""), "the typed hours are kept");
    let page = hours("09:00", "16:00", "61");
    assert!(page.alert().is_some(), "{}", page.body);
    assert!(desk.centre().schedule.is_none(), "nothing recorded");
    let page = hours("09:00", "16:00", "60");
    assert_eq!(page.alert(), None, "{}", page.body);
    let schedule = desk.centre().schedule.unwrap();
    assert_eq!(schedule.slot_minutes, 60);
    assert_eq!(schedule.minutes_open_on(schedule.effective_from), 7 * 60);

    // A new Security account, named, is listed with its role and staff number, and signs in.
    let account = |active: &str| {
        desk.post(
            &a,
            "/console/staff",
            &[
                ("number", "sec44"),
                ("name", "Ada Okafor"),
                ("role", "security"),
                ("secret", "5550123"),
                ("active", active),
            ],
        )
    };
    let page = account("yes");
    assert_eq!(page.alert(), None, "{}", page.body);
    let row = page.row_of("<td>Ada Okafor</td>");
    assert!(row.contains("Security") && row.contains("allowed"), "{row}");
    // With the staff number the administrator issued, uppercased.
    assert!(row.contains("<td>SEC44</td>"), "{row}");
    // Every account is listed, the administrator's own too, with no secret on the page.
    assert!(page.body.matches("<tr>").count() >= 3, "{}", page.body);
    assert!(!page.has("5550123") && !page.has("argon2"));
    let s = desk.sign_in("SEC44", "5550123").ok().expect("signs in");
    assert_eq!(desk.get(&s, "/console/").path, "/console/referrals");
    // Changed by the same number: disabled, it cannot sign in, and the list says so.
    let page = account("");
    assert_eq!(page.alert(), None, "{}", page.body);
    assert!(desk.sign_in("SEC44", "5550123").is_err());
    let row = page.row_of("<td>Ada Okafor</td>");
    assert!(row.contains("disabled"), "{row}");
    let new = desk
        .rt
        .block_on(desk.server.server.db().staff_by_number("SEC44"))
        .unwrap()
        .unwrap();

    // Tablets: a labelled code enrols one, which is listed with its label; revoking it from
    // the list stops its sync.
    let page = desk.get(&a, "/console/tablets");
    assert!(page.has("No tablet is enrolled yet."), "{}", page.body);
    let page = desk.post(&a, "/console/tablets/code", &[("label", "Wing A tablet 1")]);
    let at = page.body.find("Code: ").expect("a code");
    let code = page.body[at + 6..].split(' ').next().unwrap().to_owned();
    let tablet = server_harness::MemoryTablet::new();
    let client = kinline_app::sync::SyncClient::new(&desk.server.url, None).unwrap();
    desk.rt
        .block_on(client.enrol(&code, tablet.device, tablet.key.verifying_key().to_bytes()))
        .unwrap();
    let page = desk.get(&a, "/console/tablets");
    let row = page.row_of("<td>Wing A tablet 1</td>");
    assert!(row.contains("in use"), "{row}");
    assert!(
        row.contains("aria-label=\"Revoke Wing A tablet 1\""),
        "{row}"
    );
    assert!(row.contains(&format!("/console/tablets/{}/revoke", tablet.device)));
    // A tablet the server does not know: refused, with where to look.
    let unknown = kinline_shared::ids::DeviceId(uuid::Uuid::now_v7());
    let page = desk.post(&a, &format!("/console/tablets/{unknown}/revoke"), &[]);
    assert_eq!(page.status, 404);
    assert!(
        page.alert().unwrap().contains("nothing at this address"),
        "{}",
        page.body
    );
    let page = desk.post(
        &a,
        &format!("/console/tablets/{}/revoke", tablet.device),
        &[("reason", "Lost on wing B")],
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    let row = page.row_of("<td>Wing A tablet 1</td>");
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
    // (The browser console has no compact screen yet: a new compact version is published
    // from the staff API.)
}

#[test]
fn reports_draw_each_picture_with_the_7_hour_line_and_export_the_same_rows_as_csv() {
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
    let desk = Desk::at(tc.now + Duration::hours(3));
    desk.register_fixture_staff();
    desk.push(tc.timeline.events().cloned().collect());

    let (m, _) = desk.person(Role::CentreManager);
    let page = desk.get(&m, "/console/reports");
    assert_eq!(page.body.matches("<svg").count(), 5, "five pictures");
    assert_eq!(
        page.body.matches("Download CSV").count(),
        5,
        "{}",
        page.body
    );
    assert!(page.has("7-hour minimum"));
    // No suspensions and no waits in the period: the picture says so rather than stay blank.
    assert_eq!(page.body.matches("Nothing in this period").count(), 2);
    // The schedule opens 12 h a day: every availability bar clears the 7-hour line.
    let reports = reports::all(
        tc.centre(),
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
    assert!(page.has("hours open 12 h"));
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
    // Each picture's CSV link downloads the same rows from the server.
    let links: Vec<&str> = page
        .body
        .match_indices("href=\"/console/reports/")
        .map(|(at, _)| {
            let rest = &page.body[at + 6..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert_eq!(links.len(), 5, "{links:?}");
    let csv = desk.get(&m, links[0]);
    assert_eq!(csv.status, 200);
    assert_eq!(csv.body, availability.csv);
}

#[test]
fn a_bar_chart_scales_its_bars_and_draws_the_line_where_the_value_is() {
    use kinline_console::charts::{BarChart, HEIGHT, Series};
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
    desk.roster(d, "Amal Haddad", "A2847391", "B-12", true);

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
    // The DCO signs in on the tablet first: the server takes their events only then (§16).
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
    let (sec, _) = desk.person(Role::Security);
    let source = ReferralSource::Termination(b);
    let queue = desk.get(&sec, "/console/");
    assert_eq!(queue.path, "/console/referrals");
    let path = format!("/console/referrals/call/{b}");
    let row = queue.row_of(&format!("href=\"{path}\""));
    assert!(
        row.contains("Call terminated") && row.contains("Open"),
        "{row}"
    );
    let page = desk.post(&sec, &path, &[("action", "investigate"), ("outcome", "")]);
    assert_eq!(page.alert(), None, "{}", page.body);
    let page = desk.post(
        &sec,
        &path,
        &[("action", "close"), ("outcome", "Phone found and removed.")],
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    assert_eq!(
        desk.centre().referrals[&source].status,
        ReferralStatus::Closed {
            outcome: "Phone found and removed.".into()
        }
    );
    assert!(
        desk.get(&sec, "/console/referrals")
            .has("Closed: Phone found and removed.")
    );
    // Managers see the queue but cannot change it.
    let (m, _) = desk.person(Role::CentreManager);
    let page = desk.get(&m, &path);
    assert!(
        page.has("Closed: Phone found and removed.") && !page.has("Start investigating"),
        "{}",
        page.body
    );
    let refused = desk.post(&m, &path, &[("action", "close"), ("outcome", "Mine.")]);
    assert!(refused.alert().is_some(), "{}", refused.body);

    // The manager suspends in the console, with the terminated call as evidence.
    let words = "A second phone recorded the call.";
    let form = desk.get(&m, &format!("/console/suspend?detainee={d}&reason=breach"));
    let evidence = format!("call:{b}");
    assert!(form.has(&format!("value=\"{evidence}\"")), "{}", form.body);
    let page = desk.post(
        &m,
        "/console/suspend",
        &[
            ("detainee", &d.to_string()),
            ("reason", "breach"),
            ("evidence", &evidence),
            ("not_a_sanction", "yes"),
            ("words", words),
        ],
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    let s = suspension_of(&page);

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
    let tap = |msg| app.0.borrow_mut().dispatch(msg);
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
fn dso_17_a_manager_picks_the_detainee_from_the_roster_and_the_notice_carries_their_name() {
    let desk = Desk::new();
    let amal = new_detainee();
    let gone = new_detainee();
    desk.roster(amal, "Amal Haddad", "A2847391", "Wing B, room 12", true);
    desk.roster(gone, "Left Already", "L1100234", "Wing B, room 12", false);
    let (m, _) = desk.person(Role::CentreManager);
    let page = desk.get(&m, "/console/suspend");
    // The roster's present detainees are there to pick, by name and reference; not one who left.
    assert!(
        page.has(&format!(
            "<option value=\"{amal}\">Amal Haddad (A2847391)</option>"
        )),
        "{}",
        page.body
    );
    assert!(!page.has("Left Already"));
    let s = suspend_on_screen(
        &desk,
        &m,
        amal,
        "Passing messages for another detainee during calls.",
    );
    assert_eq!(desk.centre().suspensions[&s].detainee, amal);
    // The notice carries the roster's name.
    let notice = desk.get(&m, &format!("/console/suspensions/{s}/notice?lang=en-GB"));
    assert!(notice.has("Amal Haddad"), "{}", notice.body);
    // The suspensions list names them by name and Home Office reference, never by a piece of
    // their id.
    let list = desk.get(&m, "/console/suspensions");
    assert!(list.has("Amal Haddad (A2847391)"), "{}", list.body);
    let id = amal.to_string();
    assert!(!list.has(&id[id.len() - 8..]), "{}", list.body);
    // Other roles cannot open the picker.
    let (sec, _) = desk.person(Role::Security);
    let page = desk.get(&sec, "/console/suspend");
    assert_eq!(page.status, 403);
    assert!(!page.has("Amal Haddad"));
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
    use kinline_console::text::{ct, ct_args, message_ids, text};
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
    let files = ["console/src", "server/src/http/console"]
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
    assert_eq!(ct("screen-suspensions"), "Suspensions");
    assert_eq!(
        ct_args(
            "screen-forbidden",
            &[("role", text("Security")), ("screen", text("Staff"))]
        ),
        "A Security cannot open Staff."
    );
    // An unknown id shows as the one lookup's mark for it rather than failing the page.
    assert_eq!(ct("no-such-id"), kinline_app::i18n::MISSING);
    // The interface files of the tablet are not touched: console.ftl exists in en-GB only.
    assert!(kinline_app::i18n::source("ar", "console.ftl").is_none());
}

// ---- Booking at the console (issue #16 item 1) ---------------------------------------------

/// Monday 30 November 2026, 09:10 in London (GMT).
fn booking_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 10, 0).unwrap()
}

/// A slot that day (London = UTC in winter), `RFC 3339` as the form sends it.
fn slot(h: u32, m: u32) -> (DateTime<Utc>, String) {
    let at = Utc.with_ymd_and_hms(2026, 11, 30, h, m, 0).unwrap();
    (at, at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

/// A desk at [`booking_morning`] with the standard schedule (08:00–20:00, 30 minutes, two
/// calls at once), `config` changed by `change`, and a manager signed in.
fn booking_desk(change: impl FnOnce(&mut kinline_server::Config)) -> (Desk, Person) {
    let desk = Desk::configured(CentreClock::reading(booking_morning(), Utc::now()), change);
    desk.record(
        Role::Administrator,
        EventBody::CentreScheduleChanged {
            schedule: fixture::standard_schedule(booking_morning().date_naive()),
        },
    );
    let (m, _) = desk.person(Role::CentreManager);
    (desk, m)
}

/// The booking a page's address names (`/console/bookings/{id}`).
fn booking_of(page: &Fetched) -> kinline_shared::ids::BookingId {
    page.path
        .strip_prefix("/console/bookings/")
        .unwrap_or_else(|| {
            panic!(
                "after booking, the booking's page: {} {}",
                page.path, page.body
            )
        })
        .parse()
        .unwrap()
}

/// The booking form's hidden booking id.
fn form_booking(page: &Fetched) -> String {
    let at = page
        .body
        .find("name=\"booking\" value=\"")
        .unwrap_or_else(|| panic!("no booking form: {}", page.body));
    let rest = &page.body[at + "name=\"booking\" value=\"".len()..];
    rest[..rest.find('"').unwrap()].to_owned()
}

/// Books through the form (step one's GET, then the POST) as `p`: the page it ends on.
#[allow(clippy::too_many_arguments)]
fn book_on_screen(
    desk: &Desk,
    p: &Person,
    screen: &str,
    d: DetaineeId,
    kind: &str,
    slot: &str,
    name: &str,
    relationship: &str,
    email: &str,
) -> Fetched {
    let form = desk.get(p, &format!("{screen}?detainee={d}&kind={kind}"));
    assert_eq!(form.status, 200, "{}", form.body);
    let booking = form_booking(&form);
    desk.post(
        p,
        screen,
        &[
            ("booking", &booking),
            ("detainee", &d.to_string()),
            ("kind", kind),
            ("slot", slot),
            ("name", name),
            ("relationship", relationship),
            ("email", email),
            ("mobile", ""),
            ("language", "ti"),
        ],
    )
}

#[test]
fn dso_9_staff_find_a_detainee_and_book_a_call_with_the_callers_contact_held_for_the_invitation() {
    let (desk, m) = booking_desk(|_| {});
    let amal = new_detainee();
    desk.roster(amal, "Amal Haddad", "A2847391", "Wing B, room 12", true);
    desk.roster(
        new_detainee(),
        "Other Person",
        "B1234567",
        "Wing C, room 3",
        true,
    );
    // Found by name, reference or room; the search names the room too.
    for q in ["haddad", "A2847", "room 12"] {
        let page = desk.get(&m, &format!("/console/book?q={}", q.replace(' ', "+")));
        assert!(
            page.has("Amal Haddad (A2847391, Wing B, room 12)"),
            "{q}: {}",
            page.body
        );
        assert!(!page.has("Other Person"), "{q}");
    }
    // Step two: the free slots from now (09:30 is the first) and the 24 languages, each in
    // its own script.
    let form = desk.get(&m, &format!("/console/book?detainee={amal}&kind=social"));
    let (_, first) = slot(9, 30);
    assert!(form.has(&format!("value=\"{first}\"")), "{}", form.body);
    assert!(!form.has(&format!("value=\"{}\"", slot(9, 0).1)));
    assert!(
        form.has("<bdi lang=\"ar\" dir=\"rtl\">العربية</bdi>"),
        "{}",
        form.body
    );
    assert!(form.has("<bdi lang=\"ti\" dir=\"auto\">ትግርኛ</bdi>"));
    assert_eq!(
        form.body.matches("name=\"language\"").count(),
        LANGUAGES.len()
    );
    let (at, ten) = slot(10, 0);
    let page = book_on_screen(
        &desk,
        &m,
        "/console/book",
        amal,
        "social",
        &ten,
        "Sara Haddad",
        "Sister",
        "sara@example.org",
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    assert!(page.has("The call is booked."), "{}", page.body);
    let b = booking_of(&page);
    let call = &desk.centre().calls[&b];
    assert_eq!(
        (call.info.detainee, call.info.kind, call.info.slot_start),
        (amal, CallKind::Social, at)
    );
    // The contact is held beside the booking (never in the event), for the dispatcher.
    let held = desk
        .rt
        .block_on(desk.server.server.caller_contact(b))
        .unwrap()
        .expect("the contact is held");
    assert_eq!(held.email.as_deref(), Some("sara@example.org"));
    assert_eq!(held.language.0, "ti");
    assert!(page.has("Sara Haddad (Sister)"), "{}", page.body);
    let rows = desk
        .rt
        .block_on(desk.server.server.db().outbox_of(&[b]))
        .unwrap();
    assert!(
        rows.iter()
            .any(|(_, m)| m.notice == "invitation" && m.channel == "email"),
        "the invitation is queued: {:?}",
        rows.iter()
            .map(|(_, m)| (&m.notice, &m.channel))
            .collect::<Vec<_>>()
    );
    let events = desk
        .rt
        .block_on(desk.server.server.events(0, 1000))
        .unwrap();
    let json = serde_json::to_string(&events.iter().map(|e| &e.event).collect::<Vec<_>>()).unwrap();
    assert!(!json.contains("sara@example.org") && !json.contains("Sara Haddad"));
    // The same form sent again (a double click) books once.
    let again = desk.post(
        &m,
        "/console/book",
        &[
            ("booking", &b.to_string()),
            ("detainee", &amal.to_string()),
            ("kind", "social"),
            ("slot", &ten),
            ("name", "Sara Haddad"),
            ("relationship", "Sister"),
            ("email", "sara@example.org"),
            ("language", "ti"),
        ],
    );
    assert_eq!(booking_of(&again), b);
    assert_eq!(desk.centre().calls.len(), 1);
    // Roles that may not book see no form (security cannot read the roster or book).
    let (sec, _) = desk.person(Role::Security);
    assert_eq!(desk.get(&sec, "/console/book").status, 403);
}

#[test]
fn dso_9_a_refused_booking_keeps_what_was_typed_and_a_full_slot_offers_the_next_free_and_the_waiting_list()
 {
    let (desk, m) = booking_desk(|_| {});
    let amal = new_detainee();
    desk.roster(amal, "Amal Haddad", "A2847391", "Wing B, room 12", true);
    let (_, ten) = slot(10, 0);
    // A bad address: the form comes back with every field as typed and says what to do.
    let form = desk.get(&m, &format!("/console/book?detainee={amal}&kind=social"));
    let booking = form_booking(&form);
    let typed = [
        ("booking", booking.as_str()),
        ("detainee", &amal.to_string()),
        ("kind", "social"),
        ("slot", &ten),
        ("name", "Sara Haddad"),
        ("relationship", "Sister"),
        ("email", "sara-at-example"),
        ("mobile", ""),
        ("language", "ar"),
    ]
    .map(|(k, v)| (k, v.to_owned()));
    let fields: Vec<(&str, &str)> = typed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let page = desk.post(&m, "/console/book", &fields);
    assert_eq!(page.status, 422);
    assert!(
        page.alert().unwrap().contains("email address"),
        "{}",
        page.body
    );
    for kept in [
        "value=\"Sara Haddad\"",
        "value=\"Sister\"",
        "value=\"sara-at-example\"",
    ] {
        assert!(page.has(kept), "{kept}: {}", page.body);
    }
    assert!(page.has("value=\"ar\" checked"), "{}", page.body);
    assert!(
        page.has(&format!("value=\"{booking}\"")),
        "the same booking id"
    );
    // The slot fills meanwhile (two calls at once): the rulebook's words, the typed text
    // kept, the next free slots and the waiting list offered.
    for _ in 0..2 {
        let other = new_detainee();
        desk.record(
            Role::Dco,
            EventBody::CallBooked {
                booking: kinline_shared::ids::BookingId(uuid::Uuid::now_v7()),
                detainee: other,
                kind: CallKind::Social,
                slot_start: slot(10, 0).0,
            },
        );
    }
    let mut fields = fields.clone();
    fields[6] = ("email", "sara@example.org");
    let page = desk.post(&m, "/console/book", &fields);
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(
        page.alert().unwrap().contains("every call point is taken"),
        "the rulebook's words: {}",
        page.body
    );
    assert!(page.has("value=\"sara@example.org\""));
    assert!(page.has("That slot is full"), "{}", page.body);
    assert!(page.has("Monday 30 November 2026, 10:30"), "{}", page.body);
    assert!(page.has("Put on the waiting list for Monday 30 November 2026"));
    // 10:30 is chosen for them now.
    assert!(
        page.has(&format!("value=\"{}\" selected", slot(10, 30).1)),
        "{}",
        page.body
    );
    assert!(
        desk.centre()
            .calls
            .values()
            .all(|c| c.info.detainee != amal)
    );
}

#[test]
fn dso_9_a_legal_advisers_request_displaces_a_social_call_and_its_caller_is_sent_the_notice() {
    let (desk, m) = booking_desk(|_| {});
    let amal = new_detainee();
    let (b1, b2) = (new_detainee(), new_detainee());
    for (d, name, r) in [
        (amal, "Amal Haddad", "A2847391"),
        (b1, "Bilal One", "B1000001"),
        (b2, "Bilal Two", "B1000002"),
    ] {
        desk.roster(d, name, r, "Wing B", true);
    }
    let (_, ten) = slot(10, 0);
    let first = booking_of(&book_on_screen(
        &desk,
        &m,
        "/console/book",
        b1,
        "social",
        &ten,
        "Cousin One",
        "Cousin",
        "one@example.org",
    ));
    let second = booking_of(&book_on_screen(
        &desk,
        &m,
        "/console/book",
        b2,
        "social",
        &ten,
        "Cousin Two",
        "Cousin",
        "two@example.org",
    ));
    // The adviser's screen: a legal call, the adviser's firm, and the slot held by social
    // calls offered as displacing one.
    let form = desk.get(&m, &format!("/console/book/legal?detainee={amal}"));
    assert!(form.has("Firm or organisation"), "{}", form.body);
    assert!(
        form.has("takes the place of a social call"),
        "{}",
        form.body
    );
    let page = book_on_screen(
        &desk,
        &m,
        "/console/book/legal",
        amal,
        "legal",
        &ten,
        "Ruth Adeyemi",
        "Adeyemi & Co Solicitors",
        "ruth@adeyemi.example",
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    let legal = booking_of(&page);
    let centre = desk.centre();
    assert_eq!(centre.calls[&legal].info.kind, CallKind::Legal);
    // The latest social booking is displaced (§9); its caller's notice is queued.
    let displaced = centre
        .calls
        .values()
        .find(|c| {
            matches!(
                c.phase,
                kinline_shared::workflow::call::CallPhase::Finished { .. }
            )
        })
        .expect("a social call displaced")
        .info
        .booking;
    assert_eq!(displaced, second);
    assert!(!matches!(
        centre.calls[&first].phase,
        kinline_shared::workflow::call::CallPhase::Finished { .. }
    ));
    let rows = desk
        .rt
        .block_on(desk.server.server.db().outbox_of(&[displaced]))
        .unwrap();
    assert!(
        rows.iter()
            .any(|(_, m)| m.notice == "displacement" && m.channel == "email"),
        "{:?}",
        rows.iter()
            .map(|(_, m)| (&m.notice, &m.state))
            .collect::<Vec<_>>()
    );
    let held = desk
        .rt
        .block_on(desk.server.server.caller_contact(legal))
        .unwrap()
        .unwrap();
    assert_eq!(held.relationship, "Adeyemi & Co Solicitors");
}

#[test]
fn cancelling_with_a_reason_and_booking_again_keeps_the_callers_details() {
    let (desk, m) = booking_desk(|_| {});
    let amal = new_detainee();
    desk.roster(amal, "Amal Haddad", "A2847391", "Wing B", true);
    let (_, ten) = slot(10, 0);
    let b = booking_of(&book_on_screen(
        &desk,
        &m,
        "/console/book",
        amal,
        "social",
        &ten,
        "Sara Haddad",
        "Sister",
        "sara@example.org",
    ));
    // From the day's calls: a reason must be chosen.
    let calls = desk.get(&m, "/console/calls?date=2026-11-30");
    assert!(
        calls.has(&format!("/console/bookings/{b}/cancel")),
        "{}",
        calls.body
    );
    let page = desk.post(
        &m,
        &format!("/console/bookings/{b}/cancel"),
        &[("reason", ""), ("then", "cancel"), ("from", "calls")],
    );
    assert_eq!(page.status, 422);
    assert!(
        page.alert().unwrap().contains("Choose why"),
        "{}",
        page.body
    );
    // Cancel and book again, from the booking's page: the reason recorded, the form opens
    // with the same detainee, kind and caller (read from the held contact, not the address).
    let page = desk.post(
        &m,
        &format!("/console/bookings/{b}/cancel"),
        &[
            ("reason", "technical"),
            ("then", "rebook"),
            ("from", "booking"),
        ],
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    assert!(page.has("The call is cancelled."), "{}", page.body);
    assert!(page.path.starts_with("/console/book"), "{}", page.path);
    assert!(page.has("value=\"Sara Haddad\"") && page.has("value=\"sara@example.org\""));
    assert!(page.has("value=\"ti\" checked"), "{}", page.body);
    let events = desk
        .rt
        .block_on(desk.server.server.events(0, 1000))
        .unwrap();
    assert!(events.iter().any(|e| e.event.body
        == EventBody::CallCancelled {
            booking: b,
            displaced_by_legal: false,
            reason: Some(kinline_shared::model::CancelReason::TechnicalFailure),
        }));
    // Rebooked at 10:00 again (the place freed).
    let rebooked = desk.post(
        &m,
        "/console/book",
        &[
            ("booking", &form_booking(&page)),
            ("detainee", &amal.to_string()),
            ("kind", "social"),
            ("slot", &ten),
            ("name", "Sara Haddad"),
            ("relationship", "Sister"),
            ("email", "sara@example.org"),
            ("language", "ti"),
        ],
    );
    let again = booking_of(&rebooked);
    assert_ne!(again, b);
    assert_eq!(desk.centre().calls[&again].info.slot_start, slot(10, 0).0);
    // A cancelled booking offers no cancel form.
    let old = desk.get(&m, &format!("/console/bookings/{b}"));
    assert!(!old.has("/cancel\""), "{}", old.body);
}

#[test]
fn dso_9_a_waiting_detainee_is_offered_the_place_a_cancellation_frees_and_booked_in_one_click() {
    let (desk, m) = booking_desk(|_| {});
    let amal = new_detainee();
    desk.roster(amal, "Amal Haddad", "A2847391", "Wing B", true);
    // Every slot that day is full.
    let mut ten_oclock = Vec::new();
    let day_slots: Vec<DateTime<Utc>> = (0..24)
        .map(|i| Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap() + Duration::minutes(30 * i))
        .filter(|t| *t > booking_morning())
        .collect();
    let dco = StaffId(uuid::Uuid::now_v7());
    desk.rt
        .block_on(desk.server.server.set_staff(dco, Role::Dco, PIN, true))
        .unwrap();
    for at in &day_slots {
        for _ in 0..2 {
            let b = kinline_shared::ids::BookingId(uuid::Uuid::now_v7());
            let booked = EventBody::CallBooked {
                booking: b,
                detainee: new_detainee(),
                kind: CallKind::Social,
                slot_start: *at,
            };
            desk.rt
                .block_on(desk.server.server.record(dco, Role::Dco, booked))
                .unwrap();
            if *at == slot(10, 0).0 {
                ten_oclock.push(b);
            }
        }
    }
    let (_, ten) = slot(10, 0);
    let form = desk.get(
        &m,
        &format!("/console/book?detainee={amal}&kind=social&slot={ten}"),
    );
    assert!(form.has("That slot is full"), "{}", form.body);
    // Put on the waiting list for the day (and the 10:00 slot wanted).
    let page = desk.post(
        &m,
        "/console/waiting",
        &[
            ("detainee", &amal.to_string()),
            ("kind", "social"),
            ("day", "2026-11-30"),
            ("slot", &ten),
        ],
    );
    assert_eq!(page.alert(), None, "{}", page.body);
    assert!(page.has("Put on the waiting list."), "{}", page.body);
    assert!(
        page.has("Amal Haddad (A2847391), Social call"),
        "{}",
        page.body
    );
    assert!(!page.has("A place is free"), "nothing is free yet");
    // Twice for the same day: refused with the rulebook's words.
    let twice = desk.post(
        &m,
        "/console/waiting",
        &[
            ("detainee", &amal.to_string()),
            ("kind", "social"),
            ("day", "2026-11-30"),
        ],
    );
    assert_eq!(twice.status, 422);
    assert!(
        twice
            .alert()
            .unwrap()
            .contains("that place on the waiting list is already recorded"),
        "{}",
        twice.body
    );
    // A cancellation frees 10:00: the day's calls offer it to them, with "book" pre-filled.
    let page = desk.post(
        &m,
        &format!("/console/bookings/{}/cancel", ten_oclock[0]),
        &[("reason", "caller"), ("then", "cancel"), ("from", "calls")],
    );
    assert!(page.has("A place is free at 10:00."), "{}", page.body);
    let link = format!("/console/book?detainee={amal}&amp;kind=social&amp;slot={ten}");
    assert!(page.has(&link), "{}", page.body);
    let form = desk.get(&m, &link.replace("&amp;", "&"));
    assert!(
        form.has(&format!("value=\"{ten}\" selected")),
        "{}",
        form.body
    );
    assert!(!form.has("That slot is full"));
    let booked = book_on_screen(
        &desk,
        &m,
        "/console/book",
        amal,
        "social",
        &ten,
        "Sara Haddad",
        "Sister",
        "sara@example.org",
    );
    assert_eq!(booked.alert(), None, "{}", booked.body);
    // Booking them took them off the list (the rulebook recorded it with the booking).
    let centre = desk.centre();
    assert!(
        centre
            .waiting_for(slot(10, 0).0.date_naive(), CallKind::Social)
            .is_empty()
    );
    let b = booking_of(&booked);
    assert_eq!(centre.waiting[0].left, Some(Some(b)));
    let calls = desk.get(&m, "/console/calls?date=2026-11-30");
    assert!(!calls.has("Waiting list"), "{}", calls.body);
}

#[test]
fn the_booking_horizon_comes_from_the_servers_config() {
    let (desk, m) = booking_desk(|c| c.booking_horizon_days = 3);
    let amal = new_detainee();
    desk.roster(amal, "Amal Haddad", "A2847391", "Wing B", true);
    let form = desk.get(&m, &format!("/console/book?detainee={amal}&kind=social"));
    assert!(form.has("the next 3 days"), "{}", form.body);
    // 3 London days from Monday 09:10: Thursday 3 December 09:00 is offered, 09:30 is not.
    let last = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    let past = Utc.with_ymd_and_hms(2026, 12, 3, 9, 30, 0).unwrap();
    let v = |t: DateTime<Utc>| {
        format!(
            "value=\"{}\"",
            t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        )
    };
    assert!(form.has(&v(last)), "{}", form.body);
    assert!(!form.has(&v(past)));
    // The default is 14 days.
    let (desk, m) = booking_desk(|_| {});
    desk.roster(amal, "Amal Haddad", "A2847391", "Wing B", true);
    let form = desk.get(&m, &format!("/console/book?detainee={amal}&kind=social"));
    assert!(form.has("the next 14 days"));
    assert!(form.has(&v(Utc.with_ymd_and_hms(2026, 12, 14, 9, 0, 0).unwrap())));
}
