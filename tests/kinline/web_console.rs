//! The staff console in the browser (`/console`, `server/src/http/console`), used as its people
//! use it: in headless Chromium and in Firefox ESR, each role signs in with its staff number
//! and PIN and does its job by typing and clicking — the administrator sets the opening hours
//! (and is told why 3 hours is refused, the typed hours kept), makes an enrolment code and
//! revokes a tablet; a manager suspends a detainee with the evidence the rulebook accepts,
//! prints the written notice to PDF in the detainee's script, and decides their appeal having
//! read it; the Compliance Manager authorises and reviews; security reads the whole incident
//! report and closes the referral. Every screen is saved as a screenshot under
//! `target/screenshots/console/`. What the server then holds is checked, not just the page.

use chrono::Duration;
use fantoccini::Locator;
use kinline_shared::actor::Role;
use kinline_shared::event::{EventBody, ReferralSource};
use kinline_shared::ids::{AppealId, IncidentId, StaffId, SuspensionId};
use kinline_shared::model::{IncidentCategory, ReferralStatus};
use kinline_shared::sync::ReferenceItem;
use kinline_shared::workflow::suspension::SuspensionPhase;
use kinline_tests::call_harness::Browser;
use kinline_tests::fixture::TestCentre;
use kinline_tests::server_harness::{self, TestServer};
use std::path::PathBuf;

/// The people: staff number, role, PIN.
const PEOPLE: [(&str, Role, &str); 4] = [
    ("ADM01", Role::Administrator, "864209"),
    ("CM001", Role::CentreManager, "1357924"),
    ("HO003", Role::ComplianceManager, "258036"),
    ("SEC01", Role::Security, "369047"),
];

fn shots_dir(browser: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe
        .ancestors()
        .nth(3)
        .unwrap()
        .join("screenshots/console")
        .join(browser);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A browser on the console.
struct Desk<'a> {
    b: &'a Browser,
    base: String,
    shots: PathBuf,
}

impl Desk<'_> {
    async fn go(&self, path: &str) {
        self.b
            .client
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap();
    }

    async fn fill(&self, css: &str, value: &str) {
        let e = self.b.client.find(Locator::Css(css)).await.unwrap();
        e.clear().await.unwrap();
        e.send_keys(value).await.unwrap();
    }

    async fn choose(&self, css: &str, value: &str) {
        let e = self.b.client.find(Locator::Css(css)).await.unwrap();
        e.select_by_value(value).await.unwrap();
    }

    async fn click(&self, css: &str) {
        self.b
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .unwrap();
    }

    /// Clicks what takes the browser to another page, and waits until that page has loaded.
    async fn submit(&self, css: &str) {
        let old = self.b.client.find(Locator::Css("html")).await.unwrap();
        self.click(css).await;
        for _ in 0..200 {
            // The old page's root is gone once the new page is there.
            if old.tag_name().await.is_err() {
                let ready = self
                    .b
                    .client
                    .execute("return document.readyState", vec![])
                    .await
                    .unwrap_or_default();
                if ready == "complete" {
                    return;
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("{css} did not lead to a new page");
    }

    /// The page's text as a person reads it.
    async fn text(&self) -> String {
        self.b
            .client
            .find(Locator::Css("body"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    async fn path(&self) -> String {
        let url = self.b.client.current_url().await.unwrap();
        url.path().to_owned()
    }

    async fn value(&self, css: &str) -> String {
        self.b
            .client
            .find(Locator::Css(css))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    /// Saves the page as a person sees it at 1280×800 and at 800×1280 (a portrait tablet or a
    /// narrow window), and (in Chromium) checks it with axe-core against WCAG 2.2 AA.
    async fn shot(&self, name: &str) {
        for (w, h, suffix) in [(800, 1280, "-portrait"), (1280, 800, "")] {
            self.b.client.set_window_size(w, h).await.unwrap();
            let png = self.b.client.screenshot().await.unwrap();
            std::fs::write(self.shots.join(format!("{name}{suffix}.png")), png).unwrap();
        }
        if !self.b.is_firefox() {
            let found = axe_violations(self.b).await;
            assert!(
                found.is_empty(),
                "{name}: serious or critical WCAG 2.2 AA violations: {found:#?}"
            );
        }
    }

    async fn sign_in(&self, number: &str, pin: &str) {
        self.go("/console/sign-in").await;
        self.fill("#staff", number).await;
        self.fill("#secret", pin).await;
        self.submit("main button[type=submit]").await;
    }

    async fn sign_out(&self) {
        self.submit("header.top button").await;
        assert!(self.text().await.contains("Signed out."));
    }
}

/// axe-core as `cargo xtask setup` installs it from npm.
fn axe_source() -> String {
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    let path = PathBuf::from(home).join(".cache/kinline/npm/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} — run `cargo xtask setup` (it installs axe-core with npm)",
            path.display()
        )
    })
}

/// The serious and critical violations axe-core finds on the page, WCAG 2.0–2.2 A and AA.
async fn axe_violations(b: &Browser) -> Vec<String> {
    b.client
        .execute(&format!("{}\nreturn true;", axe_source()), vec![])
        .await
        .unwrap();
    let found = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values:
               ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
               .then(r => done(r.violations
                 .filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

/// The centre before anyone opens the console: staff, a detainee on the roster who reads
/// Tigrinya, a call of theirs, and a DCO's incident report about it.
async fn centre() -> (
    TestServer,
    kinline_shared::ids::DetaineeId,
    IncidentId,
    StaffId,
) {
    let server = TestServer::start(server_harness::Backend::Sqlite).await;
    for (number, role, pin) in PEOPLE {
        server
            .server
            .set_staff_numbered(StaffId(uuid::Uuid::now_v7()), role, pin, true, Some(number))
            .await
            .unwrap();
    }
    let dco = StaffId(uuid::Uuid::now_v7());
    server
        .server
        .set_staff_numbered(dco, Role::Dco, "2468135", true, Some("D1234"))
        .await
        .unwrap();
    server
        .server
        .db()
        .set_staff_name(dco, "Sam Okafor")
        .await
        .unwrap();
    let mut tc = TestCentre::open();
    let d = tc.detainee("ti", false, vec![]);
    tc.sign_compact(d, "ti").unwrap();
    let b = tc.book(d, kinline_shared::model::CallKind::Social).unwrap();
    tc.start_call(b).unwrap();
    server.insert_history(tc.timeline.events().cloned()).await;
    server
        .server
        .publish_reference(ReferenceItem::RosterEntry {
            detainee: d,
            name: "Tesfay Gebre".into(),
            reference: "T1234567".into(),
            location: "Wing C".into(),
            present: true,
        })
        .await
        .unwrap();
    let incident = IncidentId(uuid::Uuid::now_v7());
    server
        .server
        .record(
            dco,
            Role::Dco,
            EventBody::IncidentReported {
                incident,
                booking: Some(b),
                detainee: Some(d),
                category: IncidentCategory::BreachOfTerms,
                account: "He held a second phone up to the screen to record the caller.".into(),
            },
        )
        .await
        .unwrap();
    (server, d, incident, dco)
}

async fn every_role_does_its_job(browser: Browser, name: &str) {
    let (server, detainee, incident, dco) = centre().await;
    let desk = Desk {
        b: &browser,
        base: server.url.clone(),
        shots: shots_dir(name),
    };

    // Nobody gets in without signing in; the page says so and comes back after.
    desk.go("/console/referrals").await;
    assert_eq!(desk.path().await, "/console/sign-in");
    assert!(desk.text().await.contains("Sign in first."));
    desk.shot("sign-in").await;
    if !browser.is_firefox() {
        // The check sees what a person would miss: a field with no label.
        browser
            .client
            .execute(
                "document.querySelector('main').insertAdjacentHTML('beforeend', \
                 '<input id=unlabelled>'); return true;",
                vec![],
            )
            .await
            .unwrap();
        let found = axe_violations(&browser).await;
        assert!(found.iter().any(|v| v.starts_with("label")), "{found:?}");
        desk.go("/console/sign-in").await;
    }
    desk.fill("#staff", "ADM01").await;
    desk.fill("#secret", "000000").await;
    desk.submit("main button[type=submit]").await;
    let page = desk.text().await;
    assert!(page.contains("do not match"), "{page}");
    // The number typed is kept; the PIN is not.
    assert_eq!(desk.value("#staff").await, "ADM01");

    // The administrator: opening hours, refused below 7 hours with the typed hours kept.
    desk.sign_in("ADM01", "864209").await;
    desk.go("/console/hours").await;
    desk.fill("#opens", "09:00").await;
    desk.fill("#closes", "12:00").await;
    desk.fill("#slot", "30").await;
    desk.fill("#points", "2").await;
    desk.submit("main form button[type=submit]").await;
    let page = desk.text().await;
    assert!(page.contains("7 hours"), "{page}");
    assert_eq!(desk.value("#closes").await, "12:00");
    desk.fill("#closes", "18:00").await;
    desk.submit("main form button[type=submit]").await;
    assert!(desk.text().await.contains("Opening hours saved"));
    desk.shot("hours").await;
    let schedule = server.server.centre().await.unwrap().schedule.unwrap();
    assert_eq!(
        schedule.weekdays[0][0].end,
        chrono::NaiveTime::from_hms_opt(18, 0, 0).unwrap()
    );
    // Tablets: a labelled enrolment code, then the test's tablet revoked.
    desk.go("/console/tablets").await;
    desk.fill("#label", "Wing C tablet 2").await;
    desk.submit("form[action='/console/tablets/code'] button")
        .await;
    let page = desk.text().await;
    assert!(page.contains("Code: "), "{page}");
    desk.shot("tablets").await;
    desk.submit("form.inline button").await;
    assert!(desk.text().await.contains("Tablet revoked"));
    // Rooms: one added; the same name again is refused in the rulebook's words.
    for _ in 0..2 {
        desk.go("/console/rooms").await;
        desk.fill("#room-name", "Visits room 2").await;
        desk.fill("#room-capacity", "3").await;
        desk.submit("form[action='/console/rooms'] button").await;
    }
    let page = desk.text().await;
    assert!(page.contains("Visits room 2"), "{page}");
    assert!(page.contains("taken") || page.contains("already"), "{page}");
    desk.go("/console/rooms").await;
    desk.shot("rooms").await;
    assert_eq!(server.server.centre().await.unwrap().rooms.len(), 1);
    desk.submit("form[action$='/retire'] button").await;
    assert!(desk.text().await.contains("Room retired"));
    let rooms = server.server.centre().await.unwrap().rooms;
    assert!(rooms.values().all(|r| !r.active));
    // A new compact version (§10), offered in the complete translations only.
    desk.go("/console/compact").await;
    desk.fill("#version", "2026-12").await;
    desk.submit("form[action='/console/compact'] button").await;
    assert!(desk.text().await.contains("Compact version published"));
    desk.shot("compact").await;
    let (version, languages) = server.server.centre().await.unwrap().compact.unwrap();
    assert_eq!(version.0, "2026-12");
    assert!(languages.len() > 1);
    desk.go("/console/staff").await;
    assert!(desk.text().await.contains("Sam Okafor"));
    desk.shot("staff").await;
    desk.sign_out().await;

    // A manager suspends: the detainee by name and reference, the reason, then exactly the
    // evidence the rulebook accepts for them (the incident report about their call).
    desk.sign_in("CM001", "1357924").await;
    assert_eq!(desk.path().await, "/console/suspensions");
    desk.go("/console/suspend").await;
    desk.choose("#detainee", &detainee.to_string()).await;
    desk.choose("#reason", "breach").await;
    desk.submit("form[method=get] button").await;
    let page = desk.text().await;
    assert!(page.contains("Tesfay Gebre (T1234567)"), "{page}");
    assert!(page.contains("a breach of the terms of use"), "{page}");
    desk.shot("suspend").await;
    desk.click("#evidence-0").await;
    desk.fill("#words", "You recorded a caller on another phone.")
        .await;
    let until = server.server.centre_now() + Duration::days(10);
    desk.fill("#until", &kinline_app::i18n::notice::notice_time(until))
        .await;
    // Without the statement the rulebook refuses it (§17), and what was typed stays.
    desk.submit("main form[method=post] button[type=submit]")
        .await;
    let page = desk.text().await;
    assert!(page.contains("sanction"), "{page}");
    assert_eq!(
        desk.value("#words").await,
        "You recorded a caller on another phone."
    );
    desk.click("#not-a-sanction").await;
    desk.submit("main form[method=post] button[type=submit]")
        .await;
    let page = desk.text().await;
    assert!(page.contains("Access suspended"), "{page}");
    desk.shot("suspension").await;
    let suspension: SuspensionId = desk
        .path()
        .await
        .trim_start_matches("/console/suspensions/")
        .parse()
        .unwrap();
    // The written notice, printed: in Tigrinya, its Ethiopic face in the PDF.
    desk.go(&format!("/console/suspensions/{suspension}/notice?lang=ti"))
        .await;
    let notice = desk.text().await;
    assert!(
        notice
            .chars()
            .any(|c| ('\u{1200}'..='\u{137F}').contains(&c)),
        "{notice}"
    );
    desk.shot("notice-ti").await;
    let pdf = browser
        .client
        .print(fantoccini::wd::PrintConfiguration::default())
        .await
        .unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let has = |needle: &[u8]| pdf.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"Ethiopic"), "the PDF does not carry the Ethiopic face");
    // In Arabic it runs right to left.
    desk.go(&format!("/console/suspensions/{suspension}/notice?lang=ar"))
        .await;
    let dir = browser
        .client
        .execute("return document.documentElement.dir", vec![])
        .await
        .unwrap();
    assert_eq!(dir, "rtl");
    desk.shot("notice-ar").await;
    desk.go(&format!("/console/suspensions/{suspension}")).await;
    desk.submit("form[action$='/notice-given'] button").await;
    assert!(desk.text().await.contains("notice was given"));
    desk.submit("form[action$='/notify'] button").await;
    assert!(
        desk.text()
            .await
            .contains("Compliance Manager was notified")
    );

    desk.go("/console/suspensions").await;
    desk.shot("suspensions").await;
    // The day of the reported call, with the detainee and where the call took place (§9).
    desk.go("/console/calls?date=2026-11-28").await;
    let page = desk.text().await;
    assert!(
        page.contains("Tesfay Gebre (T1234567)") && page.contains("09:00"),
        "{page}"
    );
    desk.shot("calls").await;
    desk.go("/console/reports").await;
    assert!(desk.text().await.contains("Download CSV"));
    desk.shot("reports").await;
    // The detainee appeals (on the tablet); the manager reads it and decides.
    let appeal = AppealId(uuid::Uuid::now_v7());
    server
        .server
        .record(
            dco,
            Role::Dco,
            EventBody::SuspensionAppealed {
                suspension,
                appeal,
                reasons: "I was showing my family the room, not recording.".into(),
            },
        )
        .await
        .unwrap();
    desk.go("/console/appeals").await;
    desk.shot("appeals").await;
    desk.submit(&format!("a[href='/console/appeals/{appeal}']"))
        .await;
    let page = desk.text().await;
    assert!(page.contains("I was showing my family the room"), "{page}");
    assert!(page.contains("second phone"), "{page}");
    desk.shot("appeal").await;
    desk.fill("#reasons", "The officer saw the phone recording.")
        .await;
    desk.submit("button[value=dismiss]").await;
    assert!(desk.text().await.contains("Appeal dismissed"));
    desk.sign_out().await;

    // The Compliance Manager sees the basis, authorises beyond a week and reviews.
    desk.sign_in("HO003", "258036").await;
    desk.go("/console/oversight").await;
    let page = desk.text().await;
    assert!(page.contains("not a sanction"), "{page}");
    desk.shot("oversight").await;
    desk.fill(
        &format!("#until-{suspension}"),
        &kinline_app::i18n::notice::notice_time(until),
    )
    .await;
    desk.submit("form[action$='/authorise'] button").await;
    assert!(desk.text().await.contains("authorised beyond one week"));
    desk.go("/console/exceptions").await;
    desk.shot("exceptions").await;
    desk.go("/console/reviews").await;
    desk.shot("reviews").await;
    desk.fill(&format!("#notes-{suspension}"), "Still needed.")
        .await;
    desk.submit("button[value=yes]").await;
    assert!(desk.text().await.contains("weekly review"));
    desk.sign_out().await;

    // Security reads the whole report and closes the referral.
    desk.sign_in("SEC01", "369047").await;
    assert_eq!(desk.path().await, "/console/referrals");
    desk.shot("referrals").await;
    desk.submit(&format!("a[href='/console/referrals/incident/{incident}']"))
        .await;
    let page = desk.text().await;
    for fact in [
        "Tesfay Gebre (T1234567)",
        "Sam Okafor",
        "a breach of the terms of use",
        "second phone up to the screen",
        "Social",
    ] {
        assert!(page.contains(fact), "{fact}: {page}");
    }
    desk.shot("referral").await;
    desk.fill("#outcome", "Phone found and removed.").await;
    desk.submit("button[value=close]").await;
    assert!(
        desk.text()
            .await
            .contains("Closed: Phone found and removed.")
    );
    // A security officer has no suspension screens, and the address says so.
    desk.go("/console/suspensions").await;
    assert!(desk.text().await.contains("cannot open"));
    desk.sign_out().await;

    let c = server.server.centre().await.unwrap();
    let s = &c.suspensions[&suspension];
    assert!(s.authorised_until.is_some() && s.last_review_at.is_some());
    assert_eq!(s.decided_appeals, vec![(appeal, false)]);
    assert!(!matches!(s.phase, SuspensionPhase::Lifted { .. }));
    assert_eq!(
        c.referrals[&ReferralSource::Incident(incident)].status,
        ReferralStatus::Closed {
            outcome: "Phone found and removed.".into()
        }
    );
    browser.close().await;
}

fn run(f: impl std::future::Future<Output = ()>) {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
        .block_on(f);
}

#[test]
fn every_role_signs_in_with_its_staff_number_and_does_its_job_in_chromium() {
    run(async { every_role_does_its_job(Browser::start().await, "chromium").await });
}

/// A manager books a call on a detainee's behalf through the form in Chromium: the slot they
/// wanted is full, so the detainee goes on the waiting list; the next free slot is booked with
/// the caller's email in Tigrinya, and the invitation the dispatcher sends reaches the SMTP
/// sink with the caller's link. Every booking page is screenshot and checked with axe.
async fn a_manager_books_through_the_form(browser: Browser) {
    use kinline_server::dispatch::Dispatcher;
    use kinline_server::notify::{EmailConfig, SmtpTls, email};
    use kinline_server::service::contacts::HeldContacts;
    use kinline_shared::model::CallKind;
    use kinline_tests::smtp_sink::SmtpSink;
    let sink = SmtpSink::start(0, None).expect("the SMTP sink listens");
    let (server, detainee, _, dco) = centre().await;
    let admin = StaffId(uuid::Uuid::now_v7());
    server
        .server
        .set_staff(admin, Role::Administrator, "864209", true)
        .await
        .unwrap();
    let now = server.server.centre_now();
    let today = kinline_shared::time::london_date(now);
    server
        .server
        .record(
            admin,
            Role::Administrator,
            EventBody::CentreScheduleChanged {
                schedule: kinline_tests::fixture::standard_schedule(today),
            },
        )
        .await
        .unwrap();
    // The first free slot is taken by two other detainees' calls (two calls at once).
    let centre = server.server.centre().await.unwrap();
    let wanted =
        kinline_shared::booking::free_slots(&centre, detainee, CallKind::Social, now, 14)[0].start;
    for _ in 0..2 {
        server
            .server
            .record(
                dco,
                Role::Dco,
                EventBody::CallBooked {
                    booking: kinline_shared::ids::BookingId(uuid::Uuid::now_v7()),
                    detainee: kinline_shared::ids::DetaineeId(uuid::Uuid::now_v7()),
                    kind: CallKind::Social,
                    slot_start: wanted,
                },
            )
            .await
            .unwrap();
    }
    let desk = Desk {
        b: &browser,
        base: server.url.clone(),
        shots: shots_dir("chromium"),
    };
    desk.sign_in("CM001", "1357924").await;
    // Step one: found by part of the reference.
    desk.go("/console/book").await;
    desk.fill("#q", "T12345").await;
    desk.submit("button[name=find]").await;
    assert!(
        desk.text()
            .await
            .contains("Tesfay Gebre (T1234567, Wing C)"),
        "{}",
        desk.text().await
    );
    desk.shot("book").await;
    // The slot wanted is full: the next free ones and the waiting list.
    let slot = wanted.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    desk.go(&format!(
        "/console/book?detainee={detainee}&kind=social&slot={slot}"
    ))
    .await;
    let page = desk.text().await;
    assert!(page.contains("That slot is full"), "{page}");
    desk.shot("book-full").await;
    desk.submit("form[action='/console/waiting'] button").await;
    let page = desk.text().await;
    assert!(page.contains("Put on the waiting list."), "{page}");
    assert!(
        page.contains("Tesfay Gebre (T1234567), Social call"),
        "{page}"
    );
    desk.shot("calls-waiting").await;
    // Booked in the next free slot (chosen for them), the caller's email, in Tigrinya.
    desk.go(&format!(
        "/console/book?detainee={detainee}&kind=social&slot={slot}"
    ))
    .await;
    desk.fill("#name", "Selam Tesfay").await;
    desk.fill("#relationship", "Daughter").await;
    desk.fill("#email", "selam@example.org").await;
    let ti = kinline_shared::languages::LANGUAGES
        .iter()
        .position(|l| l.tag == "ti")
        .unwrap();
    desk.click(&format!("#language-{ti}")).await;
    browser
        .client
        .execute(
            "document.querySelector('fieldset.languages').scrollIntoView(); return true;",
            vec![],
        )
        .await
        .unwrap();
    desk.shot("book-caller").await;
    desk.submit("form[method=post][action='/console/book'] button[type=submit]")
        .await;
    let page = desk.text().await;
    assert!(page.contains("The call is booked."), "{page}");
    assert!(page.contains("Selam Tesfay (Daughter)"), "{page}");
    desk.shot("booking").await;
    let booking: kinline_shared::ids::BookingId = desk
        .path()
        .await
        .trim_start_matches("/console/bookings/")
        .parse()
        .unwrap();
    let call = &server.server.centre().await.unwrap().calls[&booking];
    assert!(call.info.slot_start > wanted && call.info.detainee == detainee);
    // A legal adviser's request: the same form, the adviser's firm.
    desk.go(&format!("/console/book/legal?detainee={detainee}"))
        .await;
    assert!(desk.text().await.contains("Firm or organisation"));
    desk.shot("book-legal").await;
    // The dispatcher sends the invitation to the contact filed with the booking.
    let dispatcher = Dispatcher::with(
        std::sync::Arc::clone(&server.server),
        std::sync::Arc::new(HeldContacts(std::sync::Arc::clone(&server.server))),
        Some(std::sync::Arc::new(
            email::SmtpNotifier::new(&EmailConfig {
                host: "127.0.0.1".into(),
                port: Some(sink.addr.port()),
                tls: SmtpTls::None,
                username: None,
                password: None,
                from: "Kinline <calls@centre.example>".into(),
                ca: None,
            })
            .unwrap(),
        )),
        None,
    );
    let report = dispatcher.pass().await.unwrap();
    assert!(report.sent >= 1, "{report:?}");
    let mails = tokio::task::spawn_blocking(move || {
        sink.wait_for(std::time::Duration::from_secs(30), |m| !m.is_empty())
    })
    .await
    .unwrap()
    .expect("the invitation reaches the SMTP sink");
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, vec!["selam@example.org".to_owned()]);
    let links = mails[0].links();
    assert!(
        links.len() == 1 && links[0].contains("/join/") && links[0].ends_with("?lang=ti"),
        "{links:?}"
    );
    // Its link opens the caller's page, in Tigrinya (on this test server's own address: the
    // link's host is the config's public URL).
    let path = &links[0][links[0].find("/join/").unwrap()..];
    browser
        .client
        .goto(&format!("{}{path}", server.url))
        .await
        .unwrap();
    assert!(desk.text().await.contains("ትግርኛ"));
    let lang = browser
        .client
        .execute("return document.documentElement.lang", vec![])
        .await
        .unwrap();
    assert_eq!(lang, "ti");
    browser.close().await;
}

#[test]
fn a_manager_books_a_call_through_the_form_and_the_invitation_reaches_the_smtp_sink_in_chromium() {
    run(async { a_manager_books_through_the_form(Browser::start().await).await });
}

#[test]
fn every_role_signs_in_with_its_staff_number_and_does_its_job_in_firefox() {
    run(async { every_role_does_its_job(Browser::firefox().await, "firefox").await });
}

/// The console's session and headers, as an attacker meets them: the cookie cannot be read by
/// script or sent cross-site, a form without the session's CSRF token is refused and records
/// nothing, pages carry a CSP that allows no script, a wrong PIN is counted like the API's
/// (the account locks), and a deep link survives signing in.
#[test]
fn the_console_session_is_a_strict_cookie_with_csrf_a_script_free_csp_and_the_apis_lockout() {
    run(async {
        let (server, _, _, _) = centre().await;
        let base = &server.url;
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let sign_in = |pin: &'static str| {
            http.post(format!("{base}/console/sign-in"))
                .form(&[
                    ("staff", "CM001"),
                    ("secret", pin),
                    ("next", "/console/appeals"),
                ])
                .send()
        };
        let ok = sign_in("1357924").await.unwrap();
        assert_eq!(ok.status(), 303);
        assert_eq!(ok.headers()["location"], "/console/appeals");
        let cookie = ok.headers()["set-cookie"].to_str().unwrap().to_owned();
        for part in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/console"] {
            assert!(cookie.contains(part), "{part} missing: {cookie}");
        }
        let session = cookie.split(';').next().unwrap().to_owned();
        let page = http
            .get(format!("{base}/console/suspensions"))
            .header("cookie", &session)
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200);
        let csp = page.headers()["content-security-policy"].to_str().unwrap();
        assert!(!csp.contains("script-src") && csp.contains("default-src 'none'"));
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        let html = page.text().await.unwrap();
        assert!(!html.contains("<script"));
        // A form posted without its CSRF token (another site's form would be one) is refused.
        let before = server.server.centre().await.unwrap().schedule;
        let forged = http
            .post(format!("{base}/console/sign-out"))
            .header("cookie", &session)
            .form(&[("csrf", "0".repeat(32))])
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), 403);
        let still = http
            .get(format!("{base}/console/suspensions"))
            .header("cookie", &session)
            .send()
            .await
            .unwrap();
        assert_eq!(still.status(), 200, "the forged sign-out ended the session");
        assert_eq!(server.server.centre().await.unwrap().schedule, before);
        // Without a session, a deep link goes to sign-in and remembers where it was going.
        let away = http
            .get(format!("{base}/console/appeals"))
            .send()
            .await
            .unwrap();
        assert_eq!(away.status(), 303);
        let to = away.headers()["location"].to_str().unwrap();
        assert!(to.contains("next=/console/appeals"), "{to}");
        // Another site as `next` is never followed.
        let evil = http
            .post(format!("{base}/console/sign-in"))
            .form(&[
                ("staff", "CM001"),
                ("secret", "1357924"),
                ("next", "//evil.example/console/"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(evil.headers()["location"], "/console/suspensions");
        // Nor an address a header cannot carry: a line break is dropped, the answer stands.
        let split = http
            .post(format!("{base}/console/sign-in"))
            .form(&[
                ("staff", "CM001"),
                ("secret", "1357924"),
                ("next", "/console/appeals\r\nSet-Cookie: x=1"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(split.status(), 303);
        assert_eq!(split.headers()["location"], "/console/suspensions");
        // A day's call moved with a date that is not one goes back to the day's screen.
        let page = http
            .get(format!("{base}/console/calls"))
            .header("cookie", &session)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = page
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap()
            .to_owned();
        let moved = http
            .post(format!(
                "{base}/console/calls/{}/room",
                uuid::Uuid::now_v7()
            ))
            .header("cookie", &session)
            .form(&[
                ("csrf", csrf.as_str()),
                ("room", "not-a-room"),
                ("date", "2026-11-28\r\nX: y"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(moved.status(), 422, "a clear refusal, not a failed answer");
        assert!(moved.text().await.unwrap().contains("/console/calls\""));
        // A staff name past 80 characters is refused as on the API, and no account is made.
        // (An administrator's session: the manager may not open Staff.)
        let admin = http
            .post(format!("{base}/console/sign-in"))
            .form(&[("staff", "ADM01"), ("secret", "864209")])
            .send()
            .await
            .unwrap();
        let admin = admin.headers()["set-cookie"].to_str().unwrap();
        let admin = admin.split(';').next().unwrap().to_owned();
        let page = http
            .get(format!("{base}/console/staff"))
            .header("cookie", &admin)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = page
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap()
            .to_owned();
        let long = http
            .post(format!("{base}/console/staff"))
            .header("cookie", &admin)
            .form(&[
                ("csrf", csrf.as_str()),
                ("number", "LONG1"),
                ("name", &"N".repeat(81)),
                ("role", "dco"),
                ("secret", "2468135"),
                ("active", "yes"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(long.status(), 422);
        assert!(long.text().await.unwrap().contains("at most 80 characters"));
        assert_eq!(
            server.server.db().staff_by_number("LONG1").await.unwrap(),
            None
        );
        // Wrong PINs are counted as on the API: the account locks, and then says so.
        let mut last = String::new();
        for _ in 0..12 {
            last = sign_in("000000").await.unwrap().text().await.unwrap();
            if last.contains("locked") || last.contains("try again in") {
                break;
            }
        }
        assert!(
            last.contains("locked") || last.contains("try again in"),
            "{last}"
        );
    });
}
