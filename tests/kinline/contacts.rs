//! A booking's caller (issue #16 items 1 and 5; Annex A: the call log holds only the date,
//! time and duration): the contact goes from the tablet that booked to the centre server with
//! the booking, never in an event; other tablets get only the name and relationship; after the
//! slot's end plus the grace period it is erased from the server and from every tablet — gone
//! from every page of the database files and their logs as the disk holds them, and never in a
//! log line.

use chrono::{Duration, Utc};
use kinline_app::store::{KeySource, StoreConfig};
use kinline_app::ui::backend::Backend;
use kinline_app::ui::store_backend::StoreBackend;
use kinline_server::Config;
use kinline_shared::actor::{Actor, Role};
use kinline_shared::clock::CentreClock;
use kinline_shared::contact::CallerContact;
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, StaffId};
use kinline_shared::model::{CallKind, LanguageTag};
use kinline_tests::server_harness::{self, Backend as Db, STAFF_PIN, TestServer};
use kinline_tests::{fixture, sqlcipher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A name no other test data holds.
const MARKER: &str = "Zebedee Quuxworth-Marker";

/// Every log line of this test process, as written.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An enrolled tablet's store backend, syncing with `server`, and its config.
fn tablet(
    rt: &tokio::runtime::Runtime,
    server: &TestServer,
    dir: &Path,
) -> (StoreBackend, StoreConfig) {
    let config = StoreConfig::new(
        dir.join("tablet.db"),
        KeySource::File(dir.join("tablet.key")),
        DeviceId(uuid::Uuid::now_v7()),
    );
    server.enrol_store(rt, &config);
    (
        StoreBackend::open(&config, Some(&server.url)).unwrap(),
        config,
    )
}

/// A centre server on `config` with an administrator, a DCO and today's schedule: the
/// server, the DCO and today (London).
fn open_centre(
    rt: &tokio::runtime::Runtime,
    config: Config,
) -> (TestServer, StaffId, chrono::NaiveDate) {
    let server = rt.block_on(TestServer::start_with(config));
    let admin = StaffId(uuid::Uuid::now_v7());
    let dco = StaffId(uuid::Uuid::now_v7());
    let today = kinline_shared::time::london_date(server.server.centre_now());
    rt.block_on(async {
        let s = &server.server;
        s.set_staff(admin, Role::Administrator, STAFF_PIN, true)
            .await
            .unwrap();
        s.set_staff(dco, Role::Dco, STAFF_PIN, true).await.unwrap();
        s.record(
            admin,
            Role::Administrator,
            EventBody::CentreScheduleChanged {
                schedule: fixture::standard_schedule(today),
            },
        )
        .await
        .unwrap();
    });
    (server, dco, today)
}

fn tablet_contains(dir: &Path, needle: &str) -> bool {
    let key = sqlcipher::key_from_hex(&std::fs::read_to_string(dir.join("tablet.key")).unwrap());
    sqlcipher::file_contains(&dir.join("tablet.db"), &key, needle)
}

fn server_contains(config: &Config, needle: &str) -> bool {
    let key = sqlcipher::key_from_hex(
        &std::fs::read_to_string(config.data_dir.join(kinline_server::files::DB_KEY_FILE)).unwrap(),
    );
    let db: PathBuf = config.data_dir.join(kinline_server::backup::DATABASE_FILE);
    sqlcipher::file_contains(&db, &key, needle)
}

#[test]
fn a_callers_contact_travels_beside_the_booking_and_is_erased_everywhere_after_the_grace_period() {
    let logs = Captured::default();
    let writer = logs.clone();
    tracing::subscriber::set_global_default(
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish(),
    )
    .expect("this test's process has no other subscriber (nextest runs each test alone)");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut config = server_harness::config(Db::Sqlite);
    config.contact_grace_hours = 1;
    let (mut server, dco, today) = open_centre(&rt, config.clone());
    let (dir_a, dir_b) = (
        server_harness::temp_dir("kinline-contacts-a"),
        server_harness::temp_dir("kinline-contacts-b"),
    );
    let (mut a, config_a) = tablet(&rt, &server, &dir_a);
    let (mut b, config_b) = tablet(&rt, &server, &dir_b);
    a.sync_now().unwrap();

    // The DCO books on tablet A, with the caller's contact.
    let slot =
        kinline_shared::time::london_day_start(today.succ_opt().unwrap()) + Duration::hours(10);
    let booking = BookingId(uuid::Uuid::now_v7());
    let contact = CallerContact::new(
        booking,
        MARKER,
        "Sister",
        "zebedee@example.org",
        "07700 900123",
        &LanguageTag::new("ar"),
    )
    .unwrap();
    // The DCO signs in on tablet A (the sign-in screen records it).
    a.record(
        Actor::Staff {
            id: dco,
            role: Role::Dco,
        },
        EventBody::StaffSignedIn {},
    )
    .unwrap();
    a.book(
        Actor::Staff {
            id: dco,
            role: Role::Dco,
        },
        EventBody::CallBooked {
            booking,
            detainee: DetaineeId(uuid::Uuid::now_v7()),
            kind: CallKind::Social,
            slot_start: slot,
        },
        contact.clone(),
    )
    .unwrap();
    assert!(
        !a.events()
            .unwrap()
            .iter()
            .any(|e| serde_json::to_string(e).unwrap().contains(MARKER)),
        "the contact is in no event"
    );
    let status = a.sync_now().unwrap();
    assert_eq!(status.waiting, 0);
    // The server holds it; tablet A keeps only the label; tablet B gets only the label.
    let held = rt.block_on(server.server.caller_contact(booking)).unwrap();
    assert_eq!(held, Some(contact));
    assert!(a.store().caller_contacts_to_push(10).unwrap().is_empty());
    assert!(
        !tablet_contains(&dir_a, "zebedee@example.org"),
        "once sent, the address is gone from tablet A's pages"
    );
    b.sync_now().unwrap();
    let label = format!("{MARKER} (Sister)");
    assert_eq!(a.caller_label(booking).unwrap(), Some(label.clone()));
    assert_eq!(b.caller_label(booking).unwrap(), Some(label));
    assert!(
        !tablet_contains(&dir_b, "zebedee@example.org"),
        "B never had the address"
    );
    // The raw pages show the name where it is held (so the search below can find it).
    assert!(server_contains(&server.config, MARKER));
    assert!(tablet_contains(&dir_a, MARKER));
    assert!(tablet_contains(&dir_b, MARKER));

    // Past the slot's end plus the grace period, on the centre's clock.
    server.kill();
    let mut later = server.config.clone();
    let now = Utc::now();
    later.clock = CentreClock::reading(slot + Duration::hours(2), now);
    drop(server);
    let server = rt.block_on(TestServer::start_with(later));
    assert_eq!(rt.block_on(server.server.erase_due_contacts()).unwrap(), 1);
    // The tablets, restarted, find the server where it now listens.
    drop((a, b));
    let mut a = StoreBackend::open(&config_a, Some(&server.url)).unwrap();
    let mut b = StoreBackend::open(&config_b, Some(&server.url)).unwrap();
    assert_eq!(
        rt.block_on(server.server.caller_contact(booking)).unwrap(),
        None
    );
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    assert_eq!(a.caller_label(booking).unwrap(), None);
    assert_eq!(b.caller_label(booking).unwrap(), None);
    drop((a, b));
    for needle in [MARKER, "zebedee@example.org", "+447700900123"] {
        assert!(
            !server_contains(&server.config, needle),
            "{needle} in the server's database"
        );
        assert!(
            !tablet_contains(&dir_a, needle),
            "{needle} in tablet A's store"
        );
        assert!(
            !tablet_contains(&dir_b, needle),
            "{needle} in tablet B's store"
        );
    }
    let written = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
    assert!(
        written.contains("callers' contacts erased"),
        "the logs were captured"
    );
    for needle in [MARKER, "zebedee@example.org", "7700900123"] {
        assert!(!written.contains(needle), "{needle} in the logs");
    }
}

/// Issue #16: a call that failed is booked again in one tap for the same caller. On the real
/// tablet store, once the server holds the contact the tablet keeps only the label; the
/// rebooking files that label and the next push has the server carry the addresses over, so
/// the caller's new invitation needs nothing typed again. Offline, before the first push, the
/// tablet copies the whole contact itself.
#[test]
fn a_failed_calls_caller_is_carried_to_its_one_tap_rebooking_through_sync() {
    use kinline_shared::contact::Carried;
    use kinline_shared::model::CancelReason;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (server, dco, today) = open_centre(&rt, server_harness::config(Db::Sqlite));
    let dir = server_harness::temp_dir("kinline-contacts-carry");
    let (mut a, _) = tablet(&rt, &server, &dir);
    a.sync_now().unwrap();
    let actor = Actor::Staff {
        id: dco,
        role: Role::Dco,
    };
    a.record(actor, EventBody::StaffSignedIn {}).unwrap();
    let tomorrow = kinline_shared::time::london_day_start(today.succ_opt().unwrap());
    let at = |h: i64| tomorrow + Duration::hours(h);
    let detainee = DetaineeId(uuid::Uuid::now_v7());
    let book = |booking, h| EventBody::CallBooked {
        booking,
        detainee,
        kind: CallKind::Social,
        slot_start: at(h),
    };
    let cancel = |booking| EventBody::CallCancelled {
        booking,
        displaced_by_legal: false,
        reason: Some(CancelReason::TechnicalFailure),
    };
    let [first, second, third] = [(); 3].map(|()| BookingId(uuid::Uuid::now_v7()));
    let contact = CallerContact::new(
        first,
        MARKER,
        "Sister",
        "zebedee@example.org",
        "",
        &LanguageTag::new("ti"),
    )
    .unwrap();
    a.book(actor, book(first, 10), contact.clone()).unwrap();

    // Offline, before any push: the tablet still holds the whole contact and copies it.
    a.record(actor, cancel(first)).unwrap();
    a.book_again(actor, book(second, 11), first).unwrap();
    let to_push = a.store().caller_contacts_to_push(10).unwrap();
    assert_eq!(to_push.len(), 2, "{to_push:?}");
    assert!(a.store().caller_contacts_to_carry(10).unwrap().is_empty());
    a.sync_now().unwrap();
    let held = |b| rt.block_on(server.server.caller_contact(b)).unwrap();
    assert_eq!(
        held(second),
        Some(CallerContact {
            booking: second,
            ..contact.clone()
        })
    );

    // Now the tablet keeps only the label: the rebooking asks the server to carry it over.
    a.record(actor, cancel(second)).unwrap();
    a.book_again(actor, book(third, 12), second).unwrap();
    assert_eq!(
        a.store().caller_contacts_to_carry(10).unwrap(),
        vec![Carried {
            booking: third,
            from: second
        }]
    );
    assert_eq!(
        a.caller_label(third).unwrap(),
        Some(format!("{MARKER} (Sister)"))
    );
    assert!(!tablet_contains(&dir, "zebedee@example.org"));
    a.sync_now().unwrap();
    assert_eq!(
        held(third),
        Some(CallerContact {
            booking: third,
            ..contact
        }),
        "the server carried the contact over"
    );
    assert!(
        a.store().caller_contacts_to_carry(10).unwrap().is_empty(),
        "asked once the server holds it"
    );
}

/// Issue #16: the booking form offers slots as far ahead as the centre server's
/// `booking_horizon_days` says — on the tablet too, after its next sync — and a horizon the
/// administrator changes in server.toml reaches the tablet on the sync after the restart.
#[test]
fn the_booking_horizon_set_in_the_servers_config_reaches_the_tablet_on_sync() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut config = server_harness::config(Db::Sqlite);
    config.booking_horizon_days = 3;
    let (mut server, _, _) = open_centre(&rt, config.clone());
    let dir = server_harness::temp_dir("kinline-horizon");
    let (mut a, config_a) = tablet(&rt, &server, &dir);
    assert_eq!(
        a.booking_horizon_days(),
        kinline_shared::booking::DEFAULT_HORIZON_DAYS,
        "before its first sync the tablet knows only the default"
    );
    a.sync_now().unwrap();
    assert_eq!(a.booking_horizon_days(), 3);

    // The administrator sets three weeks and restarts the server.
    server.kill();
    let mut later = server.config.clone();
    later.booking_horizon_days = 21;
    drop(server);
    let server = rt.block_on(TestServer::start_with(later));
    drop(a);
    let mut a = StoreBackend::open(&config_a, Some(&server.url)).unwrap();
    assert_eq!(
        a.booking_horizon_days(),
        3,
        "kept across the tablet's restart"
    );
    a.sync_now().unwrap();
    assert_eq!(a.booking_horizon_days(), 21);
}
