//! The tablet store: nothing a DCO or detainee did is lost or doubled when the app is killed,
//! nothing the rules refuse is stored, the file is unreadable without its key, and the event
//! chain lets the server detect any gap or change.

use chrono::{DateTime, Duration, TimeZone, Utc};
use kinline_app::store::{
    KeySource, ReferenceKind, Store, StoreConfig, StoreError, fresh_random, verify_signature,
};
use kinline_shared::actor::Actor;
use kinline_shared::clock::Stamp;
use kinline_shared::dso::Paragraph;
use kinline_shared::event::{Event, EventBody, ReferralSource};
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, EventId, IncidentId};
use kinline_shared::model::{
    CallKind, CompactVersion, IncidentCategory, LanguageTag, TerminationReason,
};
use kinline_shared::projection::Centre;
use kinline_shared::sync::{GENESIS_HASH, Refusal, chain_hash};
use kinline_tests::crash::{self, ScratchDir, SplitMix};
use kinline_tests::fixture::*;
use std::path::Path;
use uuid::Uuid;

/// Names from the test roster: detainee data that must never appear outside the encrypted file.
const NAMES: [&str; 3] = [
    "Amina Yusuf Haddad",
    "Tesfaye Gebremedhin",
    "Oksana Kovalenko",
];

fn device() -> DeviceId {
    DeviceId(Uuid::from_u128(0x7AB1E7))
}

fn config(dir: &Path) -> StoreConfig {
    StoreConfig::new(
        dir.join("tablet.db"),
        KeySource::File(dir.join("tablet.key")),
        device(),
    )
}

/// A tablet with its store, at a time the test sets.
struct Tablet {
    store: Store,
    now: DateTime<Utc>,
    next: u128,
}

impl Tablet {
    fn open(dir: &Path) -> Self {
        let store = Store::open(&config(dir)).unwrap();
        Self {
            store,
            now: Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap(),
            next: 0,
        }
    }

    /// A tablet at a centre with the standard schedule and a published compact.
    fn open_centre(dir: &Path) -> Self {
        let mut t = Self::open(dir);
        let from = kinline_shared::time::london_date(t.now) - Duration::days(1);
        t.record(
            admin(),
            EventBody::CentreScheduleChanged {
                schedule: standard_schedule(from),
            },
        )
        .unwrap();
        t.record(
            admin(),
            EventBody::CompactVersionPublished {
                version: CompactVersion(COMPACT_VERSION.into()),
                languages: vec![LanguageTag::new("en-GB"), LanguageTag::new("ar")],
            },
        )
        .unwrap();
        t
    }

    fn id(&mut self) -> Uuid {
        self.next += 1;
        Uuid::from_u128(0xAB00_0000 + self.next)
    }

    fn record(&mut self, actor: Actor, body: EventBody) -> Result<Vec<Event>, StoreError> {
        self.store
            .record(actor, body, self.now, fresh_random().unwrap())
    }

    fn detainee(&mut self) -> DetaineeId {
        let d = DetaineeId(self.id());
        self.record(
            admin(),
            EventBody::DetaineeProfileUpdated {
                detainee: d,
                languages: vec![LanguageTag::new("ar")],
                english_sufficient: false,
                control_measures: vec![],
                imminent_removal: false,
            },
        )
        .unwrap();
        d
    }

    fn incident(&mut self, account: &str) -> Vec<Event> {
        let incident = IncidentId(self.id());
        self.record(
            dco(),
            EventBody::IncidentReported {
                incident,
                booking: None,
                detainee: None,
                category: IncidentCategory::Other,
                account: account.into(),
            },
        )
        .unwrap()
    }
}

fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

fn wal(path: &Path) -> std::path::PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push("-wal");
    p.into()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

// Crash-proof ------------------------------------------------------------------------------

#[test]
fn a_tablet_killed_mid_write_loses_and_doubles_nothing() {
    let dir = ScratchDir::new("store-crash");
    let seed = SplitMix::seed_from_time();
    let child = Path::new(env!("CARGO_BIN_EXE_crash_child"));
    let report = crash::run(child, dir.path(), 200, seed, |_| {})
        .unwrap_or_else(|e| panic!("seed {seed}: {e}"));
    assert_eq!(report.kills, 200);
    assert!(
        report.reported > 0,
        "the child never committed anything: {report}"
    );
    assert_eq!(
        (report.lost, report.duplicated),
        (0, 0),
        "seed {seed}: {report}"
    );
    assert!(report.integrity_ok, "seed {seed}: {report}");
}

#[test]
fn what_record_returned_is_there_after_reopening() {
    let dir = ScratchDir::new("store-reopen");
    let (ids, centre, last) = {
        let mut t = Tablet::open_centre(dir.path());
        let d = t.detainee();
        t.record(dco(), EventBody::SessionOpened { detainee: d })
            .unwrap();
        let ids = t.store.event_ids().unwrap();
        let last = t
            .store
            .outbox_batch(100)
            .unwrap()
            .last()
            .unwrap()
            .event
            .stamp;
        (ids, t.store.centre().clone(), last)
    };
    let mut t = Tablet::open(dir.path());
    assert_eq!(t.store.event_ids().unwrap(), ids);
    assert_eq!(
        t.store.centre(),
        &centre,
        "the fold is rebuilt from the stored events"
    );
    assert_eq!(t.store.head_index(), 4);
    // The clock resumes: a tablet whose clock went back an hour still stamps later events later.
    t.now -= Duration::hours(1);
    let next = t.incident("The call point's headset is broken.");
    assert!(next[0].stamp > last && next[1].stamp > next[0].stamp);
    assert_eq!(
        t.store
            .outbox_batch(100)
            .unwrap()
            .iter()
            .map(|l| l.index)
            .collect::<Vec<_>>(),
        (1..=6).collect::<Vec<_>>()
    );
    assert_eq!(t.store.verify_chain().unwrap(), 6);
}

// Through the rules -----------------------------------------------------------------------

#[test]
fn an_event_the_rules_refuse_is_never_stored() {
    let dir = ScratchDir::new("store-refused");
    let mut t = Tablet::open_centre(dir.path());
    let d = t.detainee();
    let before = (
        t.store.event_ids().unwrap(),
        t.store.queue_len().unwrap(),
        t.store.centre().clone(),
    );
    // §19: an incident report needs an account of what happened.
    let incident = IncidentId(t.id());
    let err = t
        .record(
            dco(),
            EventBody::IncidentReported {
                incident,
                booking: None,
                detainee: Some(d),
                category: IncidentCategory::Other,
                account: " ".into(),
            },
        )
        .unwrap_err();
    let StoreError::Refused(violation) = &err else {
        panic!("expected a refusal, got {err}")
    };
    assert_eq!(violation.paragraph(), Paragraph::P19);
    assert!(!err.retry_helps());
    // A DCO may not change the schedule (§7).
    let from = kinline_shared::time::london_date(t.now);
    assert!(matches!(
        t.record(
            dco(),
            EventBody::CentreScheduleChanged {
                schedule: standard_schedule(from)
            }
        ),
        Err(StoreError::Refused(_))
    ));
    let after = (
        t.store.event_ids().unwrap(),
        t.store.queue_len().unwrap(),
        t.store.centre().clone(),
    );
    assert_eq!(
        before, after,
        "a refusal records nothing, on disk or in memory"
    );
    drop(t);
    assert_eq!(
        Tablet::open(dir.path()).store.event_ids().unwrap(),
        before.0
    );
}

#[test]
fn a_batch_with_one_refused_proposal_records_none_of_it() {
    let dir = ScratchDir::new("store-batch");
    let mut t = Tablet::open_centre(dir.path());
    let before = t.store.event_ids().unwrap();
    let profile = EventBody::DetaineeProfileUpdated {
        detainee: DetaineeId(t.id()),
        languages: vec![LanguageTag::new("ar")],
        english_sufficient: true,
        control_measures: vec![],
        imminent_removal: false,
    };
    let refused = EventBody::CentreScheduleChanged {
        schedule: standard_schedule(kinline_shared::time::london_date(t.now)),
    };
    let err = t.store.record_batch(
        vec![(admin(), profile), (dco(), refused)],
        t.now,
        fresh_random().unwrap(),
    );
    assert!(matches!(err, Err(StoreError::Refused(_))));
    assert_eq!(t.store.event_ids().unwrap(), before);
    assert_eq!(
        t.store.centre().detainees.len(),
        0,
        "the in-memory fold is rolled back too"
    );
    assert_eq!(t.store.head_index(), 2);
    // And the chain goes on from where it was.
    t.detainee();
    assert_eq!(t.store.verify_chain().unwrap(), 3);
}

#[test]
fn dso_12_a_termination_and_its_security_referral_are_stored_together() {
    let dir = ScratchDir::new("store-termination");
    let mut t = Tablet::open_centre(dir.path());
    let d = t.detainee();
    let version = CompactVersion(COMPACT_VERSION.into());
    let ar = LanguageTag::new("ar");
    t.record(
        dco(),
        EventBody::CompactPresented {
            detainee: d,
            version: version.clone(),
            language: ar.clone(),
        },
    )
    .unwrap();
    t.record(
        dco(),
        EventBody::CompactExplained {
            detainee: d,
            version: version.clone(),
            language: ar.clone(),
            how: kinline_shared::model::Explanation::ReadAloud {
                audio_completed: true,
            },
        },
    )
    .unwrap();
    t.record(
        dco(),
        EventBody::CompactSigned {
            detainee: d,
            version,
            language: ar,
            text_hash: kinline_shared::model::TextHash::of("the compact text shown"),
            signature: a_signature(),
        },
    )
    .unwrap();
    let b = BookingId(t.id());
    let slot = Utc.with_ymd_and_hms(2026, 11, 28, 9, 30, 0).unwrap();
    t.record(
        dco(),
        EventBody::CallBooked {
            booking: b,
            detainee: d,
            kind: CallKind::Social,
            slot_start: slot,
        },
    )
    .unwrap();
    t.now = slot;
    for body in [
        EventBody::CallCheckedIn { booking: b },
        EventBody::AdultCheckRecorded {
            booking: b,
            recipient_is_adult: true,
        },
        EventBody::CallerAdmitted { booking: b },
        EventBody::CallStarted { booking: b },
    ] {
        t.record(dco(), body).unwrap();
    }
    t.now += Duration::minutes(12);
    let events = t
        .record(
            dco(),
            EventBody::CallTerminated {
                booking: b,
                reason: TerminationReason::AbusiveLanguage,
            },
        )
        .unwrap();
    assert_eq!(events.len(), 2);
    assert!(
        matches!(events[1].body, EventBody::ReferredToSecurity { source: ReferralSource::Termination(x) } if x == b)
    );
    let outbox = t.store.outbox_batch(100).unwrap();
    assert_eq!(outbox.len() as u64, t.store.head_index());
    assert_eq!(outbox[outbox.len() - 2].event, events[0]);
    assert_eq!(outbox[outbox.len() - 1].event, events[1]);
    // Annex A: the call log projection holds the call, written in the same transaction.
    let logs = t
        .store
        .call_logs_on(kinline_shared::time::london_date(slot))
        .unwrap();
    assert_eq!(logs.len(), 1);
    assert_eq!(logs[0].duration_seconds, 12 * 60);
    drop(t);
    let t = Tablet::open(dir.path());
    assert_eq!(
        t.store
            .call_logs_on(kinline_shared::time::london_date(slot))
            .unwrap()
            .len(),
        1
    );
}

// Tamper-evident --------------------------------------------------------------------------

#[test]
fn each_event_names_its_predecessor_and_is_signed_by_the_device() {
    let dir = ScratchDir::new("store-chain");
    let mut t = Tablet::open_centre(dir.path());
    t.incident("A DCO saw the caller hold up a phone to record.");
    let outbox = t.store.outbox_batch(100).unwrap();
    assert_eq!(outbox.len(), 4);
    assert_eq!(outbox[0].index, 1);
    assert_eq!(outbox[0].prev_hash, GENESIS_HASH);
    for pair in outbox.windows(2) {
        assert_eq!(pair[1].index, pair[0].index + 1, "indexes without gaps");
        assert_eq!(
            pair[1].prev_hash,
            chain_hash(device(), pair[0].index, &pair[0].prev_hash, &pair[0].event)
        );
    }
    let key = ed25519_dalek::VerifyingKey::from_bytes(&t.store.public_key()).unwrap();
    assert!(outbox.iter().all(|l| verify_signature(&key, l)));
    // Any change to a signed event is detected.
    let mut forged = outbox[2].clone();
    forged.event.recorded_at += Duration::seconds(1);
    assert!(!verify_signature(&key, &forged));
    let mut moved = outbox[2].clone();
    moved.index = 9;
    assert!(!verify_signature(&key, &moved));
}

// Encrypted at rest -----------------------------------------------------------------------

#[test]
fn at_rest_plain_sqlite_cannot_read_the_store_and_no_name_appears_in_its_bytes() {
    let dir = ScratchDir::new("store-at-rest");
    let path = config(dir.path()).path;
    let mut t = Tablet::open_centre(dir.path());
    let roster: Vec<(String, &str)> = NAMES
        .iter()
        .enumerate()
        .map(|(i, n)| (format!("d{i}"), *n))
        .collect();
    t.store
        .put_reference(ReferenceKind::Roster, 7, &roster, t.now)
        .unwrap();
    t.incident(&format!(
        "{} was upset after the call with {}.",
        NAMES[0], NAMES[1]
    ));
    // While the tablet runs (pages in the write-ahead log) and after it closed.
    for bytes in [file_bytes(&path), file_bytes(&wal(&path))] {
        for name in NAMES {
            assert!(
                !contains(&bytes, name),
                "a detainee name is readable in the raw file"
            );
        }
        assert!(
            !bytes.starts_with(b"SQLite format 3\0"),
            "the header is not in plain text"
        );
    }
    let got: kinline_app::store::Reference<Vec<(String, String)>> =
        t.store.reference(ReferenceKind::Roster).unwrap().unwrap();
    assert_eq!((got.cursor, got.data[0].1.as_str()), (7, NAMES[0]));
    drop(t);
    let bytes = file_bytes(&path);
    assert!(bytes.len() > 4096);
    for name in NAMES {
        assert!(!contains(&bytes, name));
    }
    // Plain SQLite, without the key.
    let plain = rusqlite::Connection::open(&path).unwrap();
    let err = plain
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap_err();
    assert!(err.to_string().contains("file is not a database"), "{err}");
}

#[test]
fn the_wrong_key_stops_with_a_clear_error_and_changes_nothing() {
    let dir = ScratchDir::new("store-wrong-key");
    let cfg = config(dir.path());
    let ids = {
        let mut t = Tablet::open_centre(dir.path());
        t.detainee();
        t.store.event_ids().unwrap()
    };
    let before = file_bytes(&cfg.path);
    let other_key = dir.path().join("other.key");
    std::fs::write(&other_key, "11".repeat(32)).unwrap();
    let wrong = StoreConfig {
        key: KeySource::File(other_key),
        ..cfg.clone()
    };
    let err = Store::open(&wrong).unwrap_err();
    assert!(matches!(err, StoreError::CannotOpen { .. }), "{err}");
    let message = err.to_string();
    assert!(
        message.contains("Nothing was changed or deleted"),
        "{message}"
    );
    assert!(!err.retry_helps());
    let real_key = std::fs::read_to_string(dir.path().join("tablet.key")).unwrap();
    for secret in [real_key.trim(), &"11".repeat(32)] {
        assert!(
            !message.contains(secret) && !format!("{err:?}").contains(secret),
            "a key leaked into an error"
        );
    }
    assert_eq!(file_bytes(&cfg.path), before, "the file is untouched");
    assert!(!wal(&cfg.path).exists() || file_bytes(&wal(&cfg.path)).is_empty());
    assert_eq!(
        Store::open(&cfg).unwrap().event_ids().unwrap(),
        ids,
        "the right key still opens it"
    );
}

#[test]
fn a_missing_key_never_makes_a_new_store_over_the_old_one() {
    let dir = ScratchDir::new("store-missing-key");
    let cfg = config(dir.path());
    drop(Tablet::open_centre(dir.path()));
    let key = std::fs::read(dir.path().join("tablet.key")).unwrap();
    std::fs::remove_file(dir.path().join("tablet.key")).unwrap();
    let before = file_bytes(&cfg.path);
    let err = Store::open(&cfg).unwrap_err();
    assert!(matches!(err, StoreError::KeyMissing { .. }), "{err}");
    assert!(
        !dir.path().join("tablet.key").exists(),
        "no new key was made"
    );
    assert_eq!(file_bytes(&cfg.path), before);
    std::fs::write(dir.path().join("tablet.key"), key).unwrap();
    assert_eq!(Store::open(&cfg).unwrap().head_index(), 2);
}

#[test]
fn a_damaged_file_stops_with_a_clear_error_and_is_not_overwritten() {
    let dir = ScratchDir::new("store-damaged");
    let cfg = config(dir.path());
    {
        let mut t = Tablet::open_centre(dir.path());
        for _ in 0..50 {
            t.detainee();
        }
    }
    let mut bytes = file_bytes(&cfg.path);
    assert!(bytes.len() > 3 * 4096);
    for b in &mut bytes[4096 + 100..4096 + 200] {
        *b ^= 0x5A;
    }
    std::fs::write(&cfg.path, &bytes).unwrap();
    let err = Store::open(&cfg).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::CannotOpen { .. } | StoreError::Damaged { .. }
        ),
        "{err}"
    );
    assert!(!err.retry_helps());
    assert!(err.to_string().contains("Nothing was changed"), "{err}");
    assert_eq!(
        file_bytes(&cfg.path),
        bytes,
        "the damaged file is kept as it was, for recovery"
    );
}

#[test]
fn without_a_secret_store_the_keyring_source_fails_clearly_and_creates_nothing() {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
        return; // A desktop session with a real secret store: not the case this test is about.
    }
    let dir = ScratchDir::new("store-keyring");
    let cfg = StoreConfig::new(
        dir.path().join("tablet.db"),
        KeySource::Keyring {
            service: "kinline-test".into(),
            user: "store".into(),
        },
        device(),
    );
    let err = Store::open(&cfg).unwrap_err();
    assert!(matches!(err, StoreError::KeyUnavailable { .. }), "{err}");
    assert!(err.retry_helps());
    assert!(err.to_string().contains("platform secret store"), "{err}");
    assert!(!cfg.path.exists());
}

#[test]
fn the_store_belongs_to_one_device() {
    let dir = ScratchDir::new("store-device");
    drop(Tablet::open(dir.path()));
    let other = StoreConfig {
        device: DeviceId(Uuid::from_u128(0xBAD)),
        ..config(dir.path())
    };
    assert!(matches!(
        Store::open(&other),
        Err(StoreError::OtherDevice { .. })
    ));
}

// Outbox, acknowledgement, retention ------------------------------------------------------

#[test]
fn acknowledged_events_leave_the_outbox_and_go_only_after_the_retention_period() {
    let dir = ScratchDir::new("store-retention");
    let mut t = Tablet::open_centre(dir.path());
    let d = t.detainee();
    t.record(dco(), EventBody::SessionOpened { detainee: d })
        .unwrap();
    assert_eq!(t.store.queue_len().unwrap(), 4);
    let acked_at = t.now;
    assert_eq!(t.store.acknowledge(3, acked_at).unwrap(), 3);
    assert_eq!(t.store.queue_len().unwrap(), 1);
    assert_eq!(t.store.outbox_batch(10).unwrap()[0].index, 4);
    assert!(matches!(
        t.store.acknowledge(9, acked_at),
        Err(StoreError::ServerAhead {
            server: 9,
            local: 4
        })
    ));
    // Never before 30 days after acknowledgement.
    assert_eq!(
        t.store
            .prune(acked_at + Duration::days(30) - Duration::seconds(1))
            .unwrap(),
        0
    );
    assert_eq!(t.store.event_ids().unwrap().len(), 4);
    let centre = t.store.centre().clone();
    assert_eq!(
        t.store
            .prune(acked_at + Duration::days(30) + Duration::seconds(1))
            .unwrap(),
        3
    );
    assert_eq!(
        t.store.event_ids().unwrap().len(),
        1,
        "the unacknowledged event stays"
    );
    assert_eq!(t.store.prune(acked_at + Duration::days(400)).unwrap(), 0);
    drop(t);
    // What the pruned events established is still known: the fold is the same after reopening.
    let mut t = Tablet::open(dir.path());
    assert_eq!(t.store.centre(), &centre);
    t.now = acked_at + Duration::days(31);
    t.record(dco(), EventBody::SessionOpened { detainee: d })
        .unwrap();
    assert_eq!(t.store.head_index(), 5, "the chain continues after pruning");
    assert_eq!(t.store.verify_chain().unwrap(), 2);
    assert_eq!(
        t.store.outbox_batch(10).unwrap()[1].prev_hash,
        t.store.outbox_batch(10).unwrap()[0].chain_hash()
    );
}

#[test]
fn retention_is_configurable() {
    let dir = ScratchDir::new("store-retention-config");
    let cfg = StoreConfig {
        retention_days: 7,
        ..config(dir.path())
    };
    let mut store = Store::open(&cfg).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
    let profile = EventBody::DetaineeProfileUpdated {
        detainee: DetaineeId(Uuid::from_u128(1)),
        languages: vec![LanguageTag::new("ar")],
        english_sufficient: true,
        control_measures: vec![],
        imminent_removal: false,
    };
    store
        .record(admin(), profile, now, fresh_random().unwrap())
        .unwrap();
    store.acknowledge(1, now).unwrap();
    assert_eq!(store.prune(now + Duration::days(6)).unwrap(), 0);
    assert_eq!(store.prune(now + Duration::days(8)).unwrap(), 1);
}

#[test]
fn a_refused_event_is_parked_with_its_reason_and_never_pruned() {
    let dir = ScratchDir::new("store-parked");
    let mut t = Tablet::open_centre(dir.path());
    let events = t.incident("The caller shouted threats at the detainee.");
    let refusal = Refusal::NotPermitted("§19: this DCO is not enrolled at this centre".into());
    assert!(t.store.park(events[0].id, &refusal, t.now).unwrap());
    assert!(
        !t.store
            .park(EventId(Uuid::from_u128(42)), &refusal, t.now)
            .unwrap()
    );
    let parked = t.store.parked().unwrap();
    assert_eq!(parked.len(), 1);
    assert_eq!(
        (parked[0].logged.event.id, &parked[0].refusal),
        (events[0].id, &refusal)
    );
    assert_eq!(t.store.queue_len().unwrap(), 3);
    t.store.acknowledge(4, t.now).unwrap();
    t.store.prune(t.now + Duration::days(365)).unwrap();
    assert!(
        t.store.event_ids().unwrap().contains(&events[0].id),
        "parked events stay for staff to see"
    );
    assert_eq!(t.store.parked().unwrap().len(), 1);
}

#[test]
fn the_sync_bar_on_every_screen_shows_how_many_events_the_server_refused() {
    use kinline_app::ui::{App, SharedApp, SilentSpeaker, StoreBackend};
    let dir = ScratchDir::new("store-parked-bar");
    let mut t = Tablet::open_centre(dir.path());
    let render = |store: Store| {
        let app = App::new(
            Box::new(StoreBackend::new(store)),
            Box::<SilentSpeaker>::default(),
        );
        kinline_tests::render_app(&SharedApp::new(app))
    };
    let first = t.incident("The caller shouted threats at the detainee.");
    let second = t.incident("The caller showed a weapon.");
    let refusal = Refusal::NotPermitted("§19: this DCO is not enrolled at this centre".into());
    assert!(t.store.park(first[0].id, &refusal, t.now).unwrap());
    assert!(t.store.park(second[0].id, &refusal, t.now).unwrap());
    let html = render(t.store);
    assert!(html.contains(r#"class="sync-parked warn""#), "{html}");
    assert!(
        html.contains(
            "Refused by the centre server: \u{2068}2\u{2069}. Tell the centre&#39;s IT support."
        ),
        "{html}"
    );
    // Nothing parked: nothing said.
    let dir = ScratchDir::new("store-parked-none");
    let html = render(Tablet::open_centre(dir.path()).store);
    assert!(!html.contains("sync-parked"));
}

// Pulled from the server ------------------------------------------------------------------

#[test]
fn events_pulled_from_the_server_are_stored_once_and_folded_in_stamp_order() {
    let dir = ScratchDir::new("store-pull");
    let mut t = Tablet::open_centre(dir.path());
    let other = DeviceId(Uuid::from_u128(0x0DD));
    let remote = |n: u128, wall_ms: i64, body: EventBody| Event {
        id: EventId(Uuid::from_u128(0xE000 + n)),
        stamp: Stamp {
            wall_ms,
            counter: 0,
            device: other,
        },
        device: other,
        actor: admin(),
        recorded_at: Utc.timestamp_millis_opt(wall_ms).unwrap(),
        body,
    };
    let profile = |n: u128| EventBody::DetaineeProfileUpdated {
        detainee: DetaineeId(Uuid::from_u128(0xD000 + n)),
        languages: vec![LanguageTag::new("so")],
        english_sufficient: false,
        control_measures: vec![],
        imminent_removal: n == 2,
    };
    let now_ms = t.now.timestamp_millis();
    let batch = vec![
        remote(1, now_ms + 1000, profile(1)),
        remote(2, now_ms + 2000, profile(2)),
    ];
    assert_eq!(t.store.apply_remote(&batch, 10, t.now).unwrap(), 2);
    assert_eq!(
        t.store.apply_remote(&batch, 10, t.now).unwrap(),
        0,
        "a repeated page stores nothing twice"
    );
    assert_eq!(t.store.pull_cursor().unwrap(), 10);
    assert_eq!(
        t.store.queue_len().unwrap(),
        2,
        "other devices' events are not ours to push"
    );
    // Local events recorded now stamp after what was observed.
    let local = t.detainee();
    let mine = t.store.outbox_batch(10).unwrap().pop().unwrap().event;
    assert!(mine.stamp > batch[1].stamp);
    // A late arrival with an older stamp is folded in its place.
    let late = remote(3, now_ms - 60_000, profile(3));
    assert_eq!(
        t.store
            .apply_remote(std::slice::from_ref(&late), 11, t.now)
            .unwrap(),
        1
    );
    let mut all: Vec<Event> = t
        .store
        .outbox_batch(10)
        .unwrap()
        .into_iter()
        .map(|l| l.event)
        .collect();
    all.extend(batch.iter().cloned());
    all.push(late);
    assert_eq!(t.store.centre(), &Centre::fold(&all));
    assert!(t.store.centre().detainees.contains_key(&local));
    drop(t);
    assert_eq!(Tablet::open(dir.path()).store.centre(), &Centre::fold(&all));
}

#[test]
fn reference_data_is_kept_with_the_cursor_it_came_with() {
    let dir = ScratchDir::new("store-reference");
    let mut t = Tablet::open(dir.path());
    assert!(
        t.store
            .reference::<Vec<String>>(ReferenceKind::Bookings)
            .unwrap()
            .is_none()
    );
    t.store
        .put_reference(ReferenceKind::Bookings, 3, &vec!["b1".to_string()], t.now)
        .unwrap();
    t.store
        .put_reference(
            ReferenceKind::Bookings,
            5,
            &vec!["b1".to_string(), "b2".into()],
            t.now,
        )
        .unwrap();
    t.store
        .put_reference(
            ReferenceKind::StaffCredentials,
            1,
            &vec!["verifier".to_string()],
            t.now,
        )
        .unwrap();
    drop(t);
    let t = Tablet::open(dir.path());
    let got = t
        .store
        .reference::<Vec<String>>(ReferenceKind::Bookings)
        .unwrap()
        .unwrap();
    assert_eq!((got.cursor, got.data.len()), (5, 2));
    assert_eq!(
        t.store
            .reference::<Vec<String>>(ReferenceKind::StaffCredentials)
            .unwrap()
            .unwrap()
            .cursor,
        1
    );
}

#[test]
fn no_key_or_name_appears_in_debug_output() {
    let dir = ScratchDir::new("store-debug");
    let t = Tablet::open_centre(dir.path());
    let key = std::fs::read_to_string(dir.path().join("tablet.key")).unwrap();
    let shown = format!("{:?} {:?}", t.store, config(dir.path()));
    assert!(!shown.contains(key.trim()));
}
