//! `cargo xtask journey`: a caller's journey through the real centre server, the SMTP sink on
//! loopback and Chromium — booked, invited, joined, admitted, ended, erased — each step
//! checked and any that fails named as a problem. The DCO books on the tablet's own state
//! machine (`App::update`) over a real, enrolled, synced store, and checking the call in 20
//! minutes before its slot is refused there, saying when it is; the centre's dispatcher sends
//! the invitation to the contact the tablet pushed; the caller's page joins from the mailed
//! link; the call engine admits after the adult check and the call ends with its slot; then the
//! contact is erased (no grace period here) and searched for in every page of the server's and
//! the tablet's SQLCipher files. The centre's clock starts a minute before the slot's end, so
//! the whole journey takes about two minutes. The last line is
//! `journey: booked → invited → joined → admitted → ended → erased, N problems`.

use chrono::{DateTime, Duration as Span, Utc};
use kinline_app::call::CallEvent;
use kinline_app::store::{KeySource, StoreConfig};
use kinline_app::ui::backend::Backend;
use kinline_app::ui::state::CallerField;
use kinline_app::ui::store_backend::{StoreBackend, staff_number};
use kinline_app::ui::{App, Msg, Screen, SilentSpeaker};
use kinline_server::dispatch::Dispatcher;
use kinline_server::notify::{EmailConfig, SmtpTls, email};
use kinline_server::service::contacts::HeldContacts;
use kinline_server::signalling::JoinCode;
use kinline_shared::actor::Role;
use kinline_shared::clock::CentreClock;
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, StaffId};
use kinline_shared::model::LanguageTag;
use kinline_shared::sync::ReferenceItem;
use kinline_tests::call_harness::{Browser, Server, Tablet};
use kinline_tests::smtp_sink::SmtpSink;
use kinline_tests::{fixture, server_harness, sqlcipher};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// The caller's name: found nowhere once erased.
const CALLER: &str = "Hiwet Journey-Marker";

/// The DCO books on the tablet's own state machine over its real, synced store: sign in, the
/// detainee's screen, "Book a call", the slot, the caller, Book, then Sync now. The tablet's
/// clock reads `booked_at` (the booking was made before the slot). Returns the booking.
fn book_on_the_tablet(
    url: &str,
    code: &str,
    dir: &Path,
    dco: StaffId,
    detainee: DetaineeId,
    slot: DateTime<Utc>,
    booked_at: DateTime<Utc>,
) -> Result<(BookingId, StoreConfig), String> {
    let config = StoreConfig::new(
        dir.join("tablet.db"),
        KeySource::File(dir.join("tablet.key")),
        DeviceId(uuid::Uuid::now_v7()),
    );
    {
        let store = kinline_app::store::Store::open(&config).map_err(|e| e.to_string())?;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        rt.block_on(
            kinline_app::sync::SyncClient::new(url, None)
                .map_err(|e| e.to_string())?
                .enrol(code, store.device(), store.public_key()),
        )
        .map_err(|e| e.to_string())?;
    }
    let mut backend = StoreBackend::open(&config, Some(url)).map_err(|e| e.to_string())?;
    backend.set_now(Some(booked_at));
    let mut app = App::new(Box::new(backend), Box::<SilentSpeaker>::default());
    app.dispatch(Msg::SyncNow);
    for msg in [
        Msg::StaffNumber(staff_number(dco, "")),
        Msg::Pin("2468135".into()),
        Msg::SignIn,
        Msg::OpenDetainee(detainee),
        Msg::OpenBooking(detainee),
    ] {
        app.dispatch(msg);
    }
    let Screen::Booking(draft) = &app.screen else {
        return Err(format!("the booking form did not open: {:?}", app.screen));
    };
    let booking = draft.booking;
    for msg in [
        Msg::BookingSlot(slot),
        Msg::BookingField(CallerField::Name, CALLER.into()),
        Msg::BookingField(CallerField::Relationship, "Sister".into()),
        Msg::BookingField(CallerField::Email, "hiwet@example.org".into()),
        Msg::BookingLanguage(LanguageTag::new("ti")),
        Msg::ConfirmBooking,
    ] {
        app.dispatch(msg);
    }
    if app.screen != Screen::Detainee(detainee) {
        return Err(format!(
            "the booking was not made: {:?} {:?}",
            app.screen, app.notice
        ));
    }
    // The call waits for its slot: checked in now, 20 minutes before it, the tablet says when
    // the call is and refuses (Annex A: from the check-in lead before the slot).
    app.dispatch(Msg::OpenCall(booking));
    app.dispatch(Msg::CheckIn);
    let checked_in = app
        .backend
        .centre()
        .calls
        .get(&booking)
        .is_some_and(|c| c.phase != kinline_shared::workflow::call::CallPhase::Booked);
    match &app.notice {
        Some(n) if n.problem && !checked_in => {
            println!("journey: waits for its slot (check-in refused: {})", n.text);
        }
        other => {
            return Err(format!(
                "checked in 20 minutes before the slot: {checked_in}, the tablet said {other:?}"
            ));
        }
    }
    app.dispatch(Msg::SyncNow);
    let waiting = app.sync_status().waiting;
    if waiting != 0 {
        return Err(format!("{waiting} records still wait to be sent"));
    }
    Ok((booking, config))
}

/// Whether `needle` is in any page of the SQLCipher file `db` (key in hex in `key`).
fn file_holds(db: &Path, key: &Path, needle: &str) -> bool {
    let key = sqlcipher::key_from_hex(&std::fs::read_to_string(key).expect("the key file"));
    sqlcipher::file_contains(db, &key, needle)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 4)]
async fn main() {
    let mut problems: Vec<String> = Vec::new();
    let sink = SmtpSink::start(0, None).expect("the SMTP sink listens");
    // The slot is today's 12:00 in London; the centre's clock reads 12:29:00 as the journey
    // starts (its slot ends in a minute), and the booking was made at 11:40 on the tablet.
    let system = Utc::now();
    let slot = kinline_shared::time::london_day_start(kinline_shared::time::london_date(system))
        + Span::hours(12);
    let clock = CentreClock::reading(slot + Span::minutes(29), system);
    // No grace after the slot: the erasure is checked as soon as the call ends.
    let server = Server::start_changed(None, 15, axum::Router::new(), clock, |c| {
        c.contact_grace_hours = 0;
    })
    .await;
    let admin = StaffId(uuid::Uuid::now_v7());
    let detainee = DetaineeId(uuid::Uuid::now_v7());
    let s = &server.server;
    s.set_staff(admin, Role::Administrator, "2468135", true)
        .await
        .expect("an administrator");
    s.record(
        admin,
        Role::Administrator,
        EventBody::CentreScheduleChanged {
            schedule: fixture::standard_schedule(kinline_shared::time::london_date(server.now())),
        },
    )
    .await
    .expect("the schedule");
    s.publish_reference(ReferenceItem::RosterEntry {
        detainee,
        name: "Selam Tesfay".into(),
        reference: "S4410276".into(),
        location: "Wing B, room 12".into(),
        present: true,
    })
    .await
    .expect("the roster");
    let notifier = email::SmtpNotifier::new(&EmailConfig {
        host: "127.0.0.1".into(),
        port: Some(sink.addr.port()),
        tls: SmtpTls::None,
        username: None,
        password: None,
        from: "Kinline <calls@centre.example>".into(),
        ca: None,
    })
    .expect("an SMTP notifier");
    let dispatcher = Dispatcher::with(
        Arc::clone(&server.server),
        Arc::new(HeldContacts(Arc::clone(&server.server))),
        Some(Arc::new(notifier)),
        None,
    );
    let sending = tokio::spawn(dispatcher.run());

    // booked: on the tablet's state machine, over its real store, synced to the server.
    let dir = server_harness::temp_dir("kinline-journey-tablet");
    let code = server
        .server
        .create_enrolment_code()
        .await
        .expect("a code")
        .0;
    let (url, dco, dir2) = (server.base(), server.dco(), dir.clone());
    let booked = tokio::task::spawn_blocking(move || {
        book_on_the_tablet(
            &url,
            &code,
            &dir2,
            dco,
            detainee,
            slot,
            slot - Span::minutes(20),
        )
    })
    .await
    .expect("the tablet's thread");
    let (booking, tablet_config) = match booked {
        Ok(b) => b,
        Err(e) => {
            println!("journey: problem: booked: {e}");
            std::process::exit(1);
        }
    };
    println!("journey: booked (booking {})", booking.0);
    let centre = server.server.centre().await.expect("the centre");
    let info = centre.calls[&booking].info.clone();
    let info_start = info.slot_start;
    let slot_end = centre.slot_end(booking).expect("the slot's end");

    // invited: the invitation arrives over SMTP, in Tigrinya, its link the caller's.
    let waiting = sink.clone();
    let mails = tokio::task::spawn_blocking(move || {
        waiting.wait_for(Duration::from_secs(60), |m| !m.is_empty())
    })
    .await
    .expect("the sink's wait")
    .unwrap_or_default();
    let code = JoinCode(server.server.join_code(booking));
    let link = format!("{}?lang=ti", server.join_url(&code));
    match mails.first() {
        Some(m) if m.links() == vec![link.clone()] && m.to == vec!["hiwet@example.org"] => {
            println!("journey: invited")
        }
        Some(m) => problems.push(format!("invited: the link is {:?}, not {link}", m.links())),
        None => problems.push("invited: no invitation reached the SMTP sink in 60 s".into()),
    }

    // joined: the link opens the caller's page in Chromium.
    let mut tablet = Tablet::start(&server, &code, info, slot_end).await;
    let browser = Browser::start().await;
    browser.client.goto(&link).await.expect("the link opens");
    println!(
        "journey: the caller's page opened, {} s of the slot left",
        (slot_end - server.now()).num_seconds()
    );
    browser
        .until("the caller waiting", |s| s["phase"] == "waiting")
        .await;
    println!("journey: joined");

    // admitted: after the adult check (§8).
    tablet
        .until("the caller's picture", |e| *e == CallEvent::CallerVideo)
        .await;
    tablet
        .call
        .adult_check(true)
        .await
        .expect("the adult check");
    tablet.call.admit().await.expect("the admission");
    browser
        .until("the call in progress", |s| s["phase"] == "in_call")
        .await;
    println!("journey: admitted");
    let now = server.now();
    if now < info_start || now >= slot_end {
        problems.push("admitted: outside the slot on the centre's clock".into());
    }

    // ended: with the slot.
    let end = tablet
        .until("the slot's end", |e| matches!(e, CallEvent::Ended(_)))
        .await;
    browser.until("the end", |s| s["phase"] == "ended").await;
    println!("journey: ended ({end:?})");

    // erased: the slot is over (no grace here); the contact goes from the server, and from
    // the tablet once it syncs — from every page of both files, not only from their tables.
    let erased = server.server.erase_due_contacts().await.unwrap_or(0);
    let url = server.base();
    let synced = tokio::task::spawn_blocking(move || {
        let mut b = StoreBackend::open(&tablet_config, Some(&url)).map_err(|e| e.to_string())?;
        b.sync_now().map_err(|e| e.to_string())?;
        b.caller_label(booking).map_err(|e| e.to_string())
    })
    .await
    .expect("the tablet's thread");
    let data = &server.server.config.data_dir;
    let on_server = file_holds(
        &data.join(kinline_server::backup::DATABASE_FILE),
        &data.join(kinline_server::files::DB_KEY_FILE),
        CALLER,
    );
    let on_tablet = file_holds(&dir.join("tablet.db"), &dir.join("tablet.key"), CALLER);
    match (erased, synced) {
        (1, Ok(None)) if !on_server && !on_tablet => println!("journey: erased"),
        (n, label) => problems.push(format!(
            "erased: {n} erased on the server, the tablet's label {label:?}, the name still in \
             the server's file: {on_server}, in the tablet's: {on_tablet}"
        )),
    }
    browser.close().await;
    sending.abort();
    for p in &problems {
        println!("journey: problem: {p}");
    }
    println!(
        "journey: booked → invited → joined → admitted → ended → erased, {} problems",
        problems.len()
    );
    std::process::exit(if problems.is_empty() { 0 } else { 1 });
}
