//! Operating the centre server: `/metrics` as Prometheus reads it, who may read it,
//! `/api/health` with the database's state, and JSON log lines free of names and PINs.
// A tablet's mutex is only ever taken by the test's own task here.
#![allow(clippy::await_holding_lock)]

use kinline_shared::actor::{Actor, Role};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{DetaineeId, StaffId, SuspensionId};
use kinline_shared::model::{EndReason, SuspensionReason, TerminationReason};
use kinline_tests::fixture::{self, TestCentre};
use kinline_tests::server_harness::{
    Backend, MemoryTablet, STAFF_PIN, TestServer, config, temp_dir, unique,
};
use prometheus_parse::{Scrape, Value};
use uuid::Uuid;

fn dco(id: StaffId) -> Actor {
    Actor::Staff {
        id,
        role: Role::Dco,
    }
}

/// The value of `metric` whose labels include `labels`.
fn sample(scrape: &Scrape, metric: &str, labels: &[(&str, &str)]) -> f64 {
    let found: Vec<f64> = scrape
        .samples
        .iter()
        .filter(|s| s.metric == metric)
        .filter(|s| labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
        .map(|s| match s.value {
            Value::Counter(v) | Value::Gauge(v) | Value::Untyped(v) => v,
            _ => f64::NAN,
        })
        .collect();
    assert_eq!(found.len(), 1, "{metric} {labels:?}: {found:?}");
    found[0]
}

async fn get(url: &str, bearer: Option<&str>) -> (u16, String) {
    let mut req = reqwest::Client::new().get(url);
    if let Some(token) = bearer {
        req = req.bearer_auth(token);
    }
    let resp = req.send().await.unwrap();
    (resp.status().as_u16(), resp.text().await.unwrap())
}

/// A finished call of each of two outcomes, as a tablet's log: the fixture centre's events
/// (schedule, compact, detainees, bookings, the calls' steps), re-logged on `tablet`.
fn two_finished_calls(tablet: &mut MemoryTablet) {
    let mut c = TestCentre::open();
    let (_, completed) = c.running_call();
    c.record(
        fixture::dco(),
        EventBody::CallEnded {
            booking: completed,
            reason: EndReason::Completed,
        },
    )
    .unwrap();
    let (_, terminated) = c.running_call();
    c.record(
        fixture::dco(),
        EventBody::CallTerminated {
            booking: terminated,
            reason: TerminationReason::AbusiveLanguage,
        },
    )
    .unwrap();
    for e in c.timeline.events() {
        let mut e = e.clone();
        e.device = tablet.device;
        tablet.append(e);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_are_prometheus_text_counting_pushes_parked_events_calls_and_failed_sign_ins_without_a_name_or_pin()
 {
    let s = TestServer::start(Backend::Sqlite).await;
    let (staff, _) = s.staff(Role::Dco).await;
    let (tablet, client) = s.tablet(&s.url).await;
    let detainee = DetaineeId(Uuid::now_v7());
    {
        let mut t = tablet.lock().unwrap();
        for _ in 0..3 {
            t.record(dco(staff), EventBody::SessionOpened { detainee });
        }
        // A DCO may not suspend (§17): refused, parked on the tablet.
        t.record(
            dco(staff),
            EventBody::SuspensionDecided {
                suspension: SuspensionId(Uuid::now_v7()),
                detainee,
                reason: SuspensionReason::Security,
                reasons: "reasons".into(),
                evidence: vec![],
                until: None,
                security_report: Some("SIR 1".into()),
                not_a_sanction: true,
            },
        );
    }
    client.sync_once(&tablet).await.unwrap();
    assert_eq!(tablet.lock().unwrap().parked.len(), 1);
    // Two wrong PINs for the DCO.
    for _ in 0..2 {
        assert!(s.server.sign_in(staff, "9876").await.is_err());
    }
    // The calls of a second tablet's log.
    let (calls_tablet, _) = s.tablet(&s.url).await;
    let (device, log) = {
        let mut t = calls_tablet.lock().unwrap();
        two_finished_calls(&mut t);
        (t.device, t.log.clone())
    };
    let resp = s.server.insert_unchecked(device, log).await.unwrap();
    assert!(resp.refused.is_empty(), "{:?}", resp.refused);
    // The invitation outbox's hook.
    s.server.metrics.invitation_sent(true);

    let (status, text) = get(&format!("{}/metrics", s.url), None).await;
    assert_eq!(status, 200, "{text}");
    let scrape = Scrape::parse(text.lines().map(|l| Ok(l.to_owned()))).unwrap();
    assert!(sample(&scrape, "kinline_pushes_total", &[]) >= 1.0);
    assert_eq!(
        sample(&scrape, "kinline_events_total", &[("status", "stored")]),
        // The DCO's sign-in and their three events.
        4.0
    );
    assert_eq!(
        sample(&scrape, "kinline_events_total", &[("status", "parked")]),
        1.0
    );
    assert_eq!(
        sample(
            &scrape,
            "kinline_calls_finished",
            &[("outcome", "completed")]
        ),
        1.0
    );
    assert_eq!(
        sample(
            &scrape,
            "kinline_calls_finished",
            &[("outcome", "terminated")]
        ),
        1.0
    );
    assert_eq!(
        sample(
            &scrape,
            "kinline_calls_finished",
            &[("outcome", "technical_failure")]
        ),
        0.0
    );
    assert_eq!(sample(&scrape, "kinline_signalling_rooms_open", &[]), 0.0);
    assert_eq!(
        sample(
            &scrape,
            "kinline_sign_in_failures_total",
            &[("reason", "wrong")]
        ),
        2.0
    );
    assert_eq!(
        sample(
            &scrape,
            "kinline_invitations_sent_total",
            &[("result", "sent")]
        ),
        1.0
    );
    assert_eq!(
        sample(&scrape, "kinline_database_up", &[("backend", "sqlite")]),
        1.0
    );
    for secret in [
        staff.to_string(),
        detainee.to_string(),
        "9876".to_owned(),
        "1234".to_owned(),
    ] {
        assert!(!text.contains(&secret), "the metrics hold {secret}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_with_a_token_configured_need_it_even_from_this_machine() {
    let mut c = config(Backend::Sqlite);
    c.metrics_token = Some(kinline_server::config::Secret("scrape-me".into()));
    let s = TestServer::start_with(c).await;
    let url = format!("{}/metrics", s.url);
    assert_eq!(get(&url, None).await.0, 403);
    assert_eq!(get(&url, Some("scrape-you")).await.0, 403);
    let (status, text) = get(&url, Some("scrape-me")).await;
    assert_eq!(status, 200);
    assert!(
        text.contains("# TYPE kinline_pushes_total counter"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn health_reports_the_database_backend_and_schema_on_both_backends() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let s = TestServer::start(backend).await;
        let (status, text) = get(&format!("{}/api/health", s.url), None).await;
        assert_eq!(status, 200, "{text}");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["database"], "ok", "{v}");
        let name = if backend == Backend::Sqlite {
            "sqlite"
        } else {
            "postgres"
        };
        assert_eq!(v["backend"], name, "{v}");
        assert!(
            v["schema"].as_str().is_some_and(|m| m.ends_with(".sql")),
            "{v}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn json_logs_are_one_object_a_line_and_hold_no_pin() {
    use std::io::{BufRead, BufReader};
    let dir = temp_dir("kinline-json-logs");
    let exe = env!("CARGO_BIN_EXE_centre_server");
    let mut child = std::process::Command::new(exe)
        .env("KINLINE_DATA_DIR", &dir)
        .env("KINLINE_LISTEN", "127.0.0.1:0")
        .env("KINLINE_LOG_FORMAT", "json")
        .env("RUST_LOG", "debug")
        .env_remove("KINLINE_DATABASE_URL")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let url = line.trim().strip_prefix("listening ").unwrap().to_owned();
    // A wrong PIN for an id nobody has, and one for an id that is a secret word.
    let wrong_pin = unique("pin");
    let resp = reqwest::Client::new()
        .post(format!("{url}/api/staff/sign-in"))
        .json(&serde_json::json!({ "staff": Uuid::now_v7(), "secret": wrong_pin }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    child.kill().unwrap();
    child.wait().unwrap();
    let stderr = BufReader::new(child.stderr.take().unwrap());
    let lines: Vec<String> = stderr.lines().map(Result::unwrap).collect();
    assert!(
        lines.iter().any(|l| l.contains("staff sign-in refused")),
        "{lines:?}"
    );
    for l in &lines {
        let v: serde_json::Value =
            serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"));
        assert!(v["level"].is_string() && v["fields"].is_object(), "{l}");
        assert!(!l.contains(&wrong_pin), "a PIN in the log: {l}");
    }
}

/// Records `n` sessions on a tablet and syncs it.
async fn record_and_sync(
    tablet: &std::sync::Arc<std::sync::Mutex<MemoryTablet>>,
    client: &kinline_app::sync::SyncClient,
    staff: StaffId,
    n: usize,
) {
    {
        let mut t = tablet.lock().unwrap();
        for _ in 0..n {
            t.record(
                dco(staff),
                EventBody::SessionOpened {
                    detainee: DetaineeId(Uuid::now_v7()),
                },
            );
        }
    }
    client.sync_once(tablet).await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_taken_while_tablets_push_restores_encrypted_with_every_devices_chain_whole() {
    use kinline_server::backup;
    let s = TestServer::start(Backend::Sqlite).await;
    let (staff, _) = s.staff(Role::Dco).await;
    let mut tablets = Vec::new();
    for _ in 0..4 {
        let (t, c) = s.tablet(&s.url).await;
        record_and_sync(&t, &c, staff, 5).await;
        tablets.push((t, c));
    }
    // Four tablets push 40 rounds each while the backup is taken.
    let pushing: Vec<_> = tablets
        .iter()
        .map(|(t, c)| {
            let (t, c) = (t.clone(), c.clone());
            tokio::spawn(async move {
                for _ in 0..40 {
                    record_and_sync(&t, &c, staff, 5).await;
                }
            })
        })
        .collect();
    let dir = temp_dir("kinline-backup").join("backup");
    let (running, into) = (s.config.clone(), dir.clone());
    let manifest = tokio::task::spawn_blocking(move || backup::backup(&running, &into))
        .await
        .unwrap()
        .unwrap();
    for p in pushing {
        p.await.unwrap();
    }
    // Four tablets' first rounds and the server's own log were in before it.
    assert!(manifest.chains.positions >= 20, "{manifest:?}");
    assert!(manifest.chains.devices >= 5, "{manifest:?}");
    // Encrypted with the database's key, which is not in the backup.
    let head = std::fs::read(dir.join(backup::DATABASE_FILE)).unwrap();
    assert_ne!(&head[..16], b"SQLite format 3\0");
    assert!(!dir.join(kinline_server::files::DB_KEY_FILE).exists());
    // Restored on a new machine that has the key file.
    let (restored_config, restored) = restored_elsewhere(&s.config, &dir);
    assert_eq!(restored.chains, manifest.chains);
    let verified = backup::verify_database(&restored_config).unwrap();
    assert_eq!(verified.chains, manifest.chains);
    // Each tablet's log on the restored server is a prefix of what it recorded, in order.
    let r = TestServer::start_with(restored_config).await;
    let events = r.server.db().events_after(0, None, u32::MAX).await.unwrap();
    let mut restored_total = 0;
    for (t, _) in &tablets {
        let t = t.lock().unwrap();
        let held: Vec<_> = events
            .iter()
            .filter(|e| e.event.device == t.device)
            .map(|e| e.event.id)
            .collect();
        let recorded: Vec<_> = t.log.iter().map(|l| l.event.id).collect();
        assert!(held.len() >= 5 && held.len() <= recorded.len());
        assert_eq!(held, recorded[..held.len()], "device {}", t.device);
        restored_total += held.len();
    }
    let now = s.server.db().counts().await.unwrap().stored;
    assert!(restored_total as u64 <= now);
    // A backup is never written over.
    assert!(matches!(
        backup::backup(&s.config, &dir),
        Err(backup::BackupError::NotEmpty(_))
    ));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_upgrade_backs_the_database_up_before_running_its_new_migrations() {
    let mut s = TestServer::start(Backend::Sqlite).await;
    let config = s.config.clone();
    let schema = health_schema(&s.url).await;
    s.kill();
    drop(s);
    // The database as the release before migration 0005 left it: every later migration undone.
    {
        let key = std::fs::read_to_string(config.data_dir.join(kinline_server::files::DB_KEY_FILE))
            .unwrap();
        let conn =
            rusqlite::Connection::open(config.data_dir.join(kinline_server::backup::DATABASE_FILE))
                .unwrap();
        conn.pragma_update(None, "key", format!("x'{}'", key.trim()))
            .unwrap();
        conn.execute_batch(
            "DROP INDEX staff_number;
             ALTER TABLE staff DROP COLUMN number;
             DROP TABLE caller_contacts;
             DROP TABLE call_code_hashes;
             DROP TABLE outbox;
             ALTER TABLE enrol_codes DROP COLUMN used_by;
             DELETE FROM schema_migrations WHERE version > '0004_enrol_code_issuers.sql';",
        )
        .unwrap();
    }
    let backups = config.data_dir.join("backups");
    assert!(!backups.exists());
    let s = TestServer::start_with(config.clone()).await;
    assert_eq!(health_schema(&s.url).await, schema);
    let taken = the_one_backup(&backups, "before-0005_enrol_code_used_by-");
    let manifest: kinline_server::backup::Manifest = serde_json::from_slice(
        &std::fs::read(taken.join(kinline_server::backup::MANIFEST_FILE)).unwrap(),
    )
    .unwrap();
    assert_eq!(manifest.schema, "0004_enrol_code_issuers.sql");
    restarts_without_a_backup(s, &backups).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_upgrade_on_postgres_dumps_the_database_before_running_its_new_migrations() {
    use kinline_server::backup::PG_DUMP_FILE;
    let mut s = TestServer::start(Backend::Postgres).await;
    let mut config = s.config.clone();
    let kinline_server::Database::Postgres { url } = config.database.clone() else {
        unreachable!()
    };
    let (staff, _) = s.staff(Role::Dco).await;
    let schema = health_schema(&s.url).await;
    s.kill();
    drop(s);
    // The database as the release before staff numbers left it.
    undo_staff_numbers(&config);
    let older = "0008_caller_contacts.sql";
    assert_eq!(
        psql(&url, "SELECT MAX(version) FROM schema_migrations"),
        older
    );
    let backups = config.data_dir.join("backups");

    // Without a pg_dump the upgrade stops before migrating, and says what to do.
    config.pg_dump = temp_dir("kinline-no-pg-dump").join("pg_dump");
    let refused = kinline_server::db::Db::open(&config).await.err().unwrap();
    let said = refused.to_string();
    assert!(
        said.contains("0009_staff_numbers.sql")
            && said.contains("no backup could be taken before it, so it was not run")
            && said.contains("postgresql-client")
            && said.contains("pg_dump = "),
        "{said}"
    );
    assert_eq!(
        psql(&url, "SELECT MAX(version) FROM schema_migrations"),
        older
    );
    assert_eq!(std::fs::read_dir(&backups).unwrap().count(), 0);

    // With the system's pg_dump: dumped, then migrated.
    config.pg_dump = "pg_dump".into();
    let s = TestServer::start_with(config.clone()).await;
    assert_eq!(health_schema(&s.url).await, schema);
    let taken = the_one_backup(&backups, "before-0009_staff_numbers-");
    // The dump restores into a fresh database as the older schema, with its rows.
    let restored =
        kinline_tests::server_harness::fresh_pg_database(kinline_tests::server_harness::postgres());
    let dump = taken.join(PG_DUMP_FILE);
    pg_tool(
        "pg_restore",
        &[
            "--no-owner",
            &format!("--dbname={restored}"),
            &dump.to_string_lossy(),
        ],
    );
    assert_eq!(
        psql(&restored, "SELECT MAX(version) FROM schema_migrations"),
        older
    );
    assert_eq!(
        psql(
            &restored,
            &format!("SELECT role FROM staff WHERE id = '{staff}'")
        ),
        "dco"
    );
    assert_eq!(
        psql(
            &restored,
            "SELECT COUNT(*) FROM information_schema.columns \
             WHERE table_name = 'staff' AND column_name = 'number'"
        ),
        "0"
    );
    restarts_without_a_backup(s, &backups).await;
}

/// The newest migration the server at `url` says its database has (`/api/health`).
async fn health_schema(url: &str) -> String {
    let (_, health) = get(&format!("{url}/api/health"), None).await;
    serde_json::from_str::<serde_json::Value>(&health).unwrap()["schema"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Starts `s`'s server again on its database: nothing is left to migrate, so the one backup
/// in `backups` stays the only one.
async fn restarts_without_a_backup(mut s: TestServer, backups: &std::path::Path) {
    let config = s.config.clone();
    s.kill();
    drop(s);
    let _again = TestServer::start_with(config).await;
    assert_eq!(std::fs::read_dir(backups).unwrap().count(), 1);
}

/// The only backup in `backups`, whose name starts with `named`.
fn the_one_backup(backups: &std::path::Path, named: &str) -> std::path::PathBuf {
    let taken: Vec<_> = std::fs::read_dir(backups)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(taken.len(), 1, "{taken:?}");
    let name = taken[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with(named), "{name}");
    taken[0].clone()
}

/// One value `sql` selects from the database at `url`, as psql prints it.
fn psql(url: &str, sql: &str) -> String {
    pg_tool("psql", &[url, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql])
}

/// Runs the cluster's PostgreSQL tool `name`, which must succeed; its output, trimmed.
fn pg_tool(name: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(kinline_tests::pg_cluster::pg_bin(name))
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// The body of a kind a newer release records and this one does not know.
const NEWER_KIND: &str = r#"{"type":"caller_invited","booking":"0193a0b4-0000-7000-8000-000000000001","channel":"email","attempt":1}"#;

#[tokio::test(flavor = "multi_thread")]
async fn a_kind_from_a_newer_release_is_stored_chained_pulled_and_kept_unchanged_and_never_folded()
{
    use kinline_shared::event::OpaqueBody;
    let s = TestServer::start(Backend::Sqlite).await;
    let (staff, _) = s.staff(Role::Dco).await;
    // The newer tablet records a kind this release does not know, between two it does.
    let (newer, newer_client) = s.tablet(&s.url).await;
    let detainee = DetaineeId(Uuid::now_v7());
    let opaque = OpaqueBody::from_json(NEWER_KIND).unwrap();
    assert_eq!(opaque.kind(), "caller_invited");
    let id = {
        let mut t = newer.lock().unwrap();
        t.record(dco(staff), EventBody::SessionOpened { detainee });
        let id = t.record(dco(staff), EventBody::Unknown(opaque.clone()));
        t.record(dco(staff), EventBody::SessionOpened { detainee });
        id
    };
    newer_client.sync_once(&newer).await.unwrap();
    {
        let t = newer.lock().unwrap();
        assert!(t.parked.is_empty(), "{:?}", t.parked);
        // The DCO's sign-in and their three events.
        assert_eq!(t.acked, 4);
    }
    // Its chain holds on the server: the event was stored byte for byte.
    let checked = kinline_server::backup::verify_database(&s.config).unwrap();
    assert!(checked.chains.positions >= 3, "{checked:?}");
    // Another tablet pulls it unchanged.
    let (other, other_client) = s.tablet(&s.url).await;
    other_client.sync_once(&other).await.unwrap();
    let pulled = other.lock().unwrap().pulled.get(&id).cloned().unwrap();
    match &pulled.body {
        EventBody::Unknown(o) => assert_eq!(o.json(), NEWER_KIND),
        body => panic!("folded as {body:?}"),
    }
    // Never folded: no policy exception, no call, on the server.
    let centre = s.server.centre().await.unwrap();
    assert!(centre.exceptions.is_empty(), "{:?}", centre.exceptions);
    // A tablet's own store keeps it across a restart, and folds around it.
    let dir = temp_dir("kinline-newer-kind");
    let config = kinline_app::store::StoreConfig::new(
        dir.join("tablet.db"),
        kinline_app::store::KeySource::File(dir.join("tablet.key")),
        kinline_shared::ids::DeviceId(Uuid::now_v7()),
    );
    {
        let mut store = kinline_app::store::Store::open(&config).unwrap();
        store
            .apply_remote(std::slice::from_ref(&pulled), 1, chrono::Utc::now())
            .unwrap();
    }
    let store = kinline_app::store::Store::open(&config).unwrap();
    assert!(store.event_ids().unwrap().contains(&id));
    assert!(store.centre().exceptions.is_empty());
    // Nobody records one through this release's rulebook: the staff API refuses it.
    let (_, token) = s.staff(Role::CentreManager).await;
    let resp = reqwest::Client::new()
        .post(format!("{}/api/staff/events", s.url))
        .bearer_auth(token)
        .body(NEWER_KIND)
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 403);
}

/// A server restored from a backup holds a tablet's log only up to the backup; the tablet had
/// been told it held more. Before: every push answered `log_gap` and the tablet stopped
/// syncing for good. Now the tablet puts its log after what the server holds back in the
/// outbox and pushes it again: nothing is lost, nothing doubled, every chain whole.
#[tokio::test(flavor = "multi_thread")]
async fn after_a_restore_from_an_older_backup_a_tablet_pushes_the_lost_end_of_its_log_again() {
    use kinline_app::store::{KeySource, Store, StoreConfig};
    use kinline_app::sync::SyncClient;
    use kinline_server::backup;
    use kinline_shared::ids::{DeviceId, IncidentId};
    use kinline_shared::model::IncidentCategory;
    use std::sync::Mutex;
    let mut s = TestServer::start(Backend::Sqlite).await;
    let (dco, _) = s.staff(Role::Dco).await;
    let dir = temp_dir("kinline-restore-tablet");
    let store_config = StoreConfig::new(
        dir.join("tablet.db"),
        KeySource::File(dir.join("tablet.key")),
        DeviceId(Uuid::now_v7()),
    );
    let store = Mutex::new(Store::open(&store_config).unwrap());
    let (device, public) = {
        let t = store.lock().unwrap();
        (t.device(), t.public_key())
    };
    SyncClient::new(&s.url, None)
        .unwrap()
        .enrol(&s.code().await, device, public)
        .await
        .unwrap();
    let report = |n: u8| {
        let mut t = store.lock().unwrap();
        for _ in 0..n {
            t.record(
                Actor::Staff {
                    id: dco,
                    role: Role::Dco,
                },
                EventBody::IncidentReported {
                    incident: IncidentId(Uuid::now_v7()),
                    booking: None,
                    detainee: None,
                    category: IncidentCategory::Recording,
                    account: "A phone was held up to the screen.".into(),
                },
                chrono::Utc::now(),
                *Uuid::now_v7().as_bytes().first_chunk().unwrap(),
            )
            .unwrap();
        }
    };
    let client = SyncClient::new(&s.url, None).unwrap();
    // The DCO signs in on the tablet (the sign-in screen records it).
    store
        .lock()
        .unwrap()
        .record(
            Actor::Staff {
                id: dco,
                role: Role::Dco,
            },
            EventBody::StaffSignedIn {},
            chrono::Utc::now(),
            *Uuid::now_v7().as_bytes().first_chunk().unwrap(),
        )
        .unwrap();
    report(2);
    client.push_all(&store).await.unwrap();
    let backups = temp_dir("kinline-restore-backup").join("b");
    let running = s.config.clone();
    let into = backups.clone();
    tokio::task::spawn_blocking(move || backup::backup(&running, &into))
        .await
        .unwrap()
        .unwrap();
    report(2);
    client.push_all(&store).await.unwrap();
    assert_eq!(store.lock().unwrap().queue_len().unwrap(), 0);
    // The server is restored from the backup (two of the tablet's four events).
    s.kill();
    let (restored_config, _) = restored_elsewhere(&s.config, &backups);
    let r = TestServer::start_with(restored_config).await;
    report(1);
    let client = SyncClient::new(&r.url, None).unwrap();
    client.push_all(&store).await.unwrap();
    client.push_all(&store).await.unwrap();
    assert_eq!(store.lock().unwrap().queue_len().unwrap(), 0);
    let held = r.server.db().events_after(0, None, u32::MAX).await.unwrap();
    let mut mine: Vec<_> = held
        .iter()
        .filter(|e| e.event.device == device)
        .map(|e| e.event.id)
        .collect();
    // The sign-in, and each report brings its referral to security: eleven events, each once.
    let head = store.lock().unwrap().events().unwrap().len();
    assert_eq!(head, 11);
    mine.sort();
    mine.dedup();
    assert_eq!(mine.len(), head, "each of the tablet's events, once");
    let verified = backup::verify_database(&r.config).unwrap();
    assert!(verified.chains.positions >= 11, "{verified:?}");
}

/// Undoes migration 0009 (staff numbers) on the database `config` names: the database as the
/// release before staff numbers left it.
fn undo_staff_numbers(config: &kinline_server::config::Config) {
    let sql = "DROP INDEX staff_number;
               ALTER TABLE staff DROP COLUMN number;
               DELETE FROM schema_migrations WHERE version = '0009_staff_numbers.sql';";
    match &config.database {
        kinline_server::config::Database::Sqlite => {
            let key =
                std::fs::read_to_string(config.data_dir.join(kinline_server::files::DB_KEY_FILE))
                    .unwrap();
            let conn = rusqlite::Connection::open(
                config.data_dir.join(kinline_server::backup::DATABASE_FILE),
            )
            .unwrap();
            conn.pragma_update(None, "key", format!("x'{}'", key.trim()))
                .unwrap();
            conn.execute_batch(sql).unwrap();
        }
        kinline_server::config::Database::Postgres { url } => {
            pg_tool("psql", &[url.as_str(), "-v", "ON_ERROR_STOP=1", "-c", sql]);
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_made_before_staff_numbers_sign_in_by_their_old_number_after_the_upgrade() {
    use kinline_shared::sync::ReferenceItem;
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let mut s = TestServer::start(backend).await;
        let config = s.config.clone();
        // Before numbers, a tablet signed staff in by the first 8 characters of their id; two
        // made within the same minute shared them.
        let alone = StaffId(Uuid::from_u128(0x0193_aaaa_0000_7000_8000_0000_0000_0001));
        let twin_a = StaffId(Uuid::from_u128(0x0193_bbbb_0001_7000_8000_0000_0000_0002));
        let twin_b = StaffId(Uuid::from_u128(0x0193_bbbb_0002_7000_8000_0000_0000_0003));
        for id in [alone, twin_a, twin_b] {
            s.server
                .set_staff(id, Role::Dco, STAFF_PIN, true)
                .await
                .unwrap();
        }
        s.kill();
        drop(s);
        undo_staff_numbers(&config);
        let s = TestServer::start_with(config.clone()).await;
        // Each keeps the number they typed (any case), or the id's time to the millisecond
        // where two shared the first 8 characters; their PIN still opens a session.
        for (id, typed, kept) in [
            (alone, "0193aaaa", "0193AAAA"),
            (twin_a, "0193bbbb0001", "0193BBBB0001"),
            (twin_b, "0193BBBB0002", "0193BBBB0002"),
        ] {
            let row = s.server.db().staff(id).await.unwrap().unwrap();
            assert_eq!(row.number.as_deref(), Some(kept), "{backend:?}");
            let found = s.server.staff_signing_in(typed).await.unwrap();
            assert_eq!(found, id, "{backend:?} {typed}");
            s.server.sign_in(found, STAFF_PIN).await.unwrap();
        }
        // Setting a PIN again keeps the number, and the tablets' credential carries it.
        s.server
            .set_staff(alone, Role::Dco, STAFF_PIN, true)
            .await
            .unwrap();
        let row = s.server.db().staff(alone).await.unwrap().unwrap();
        assert_eq!(row.number.as_deref(), Some("0193AAAA"));
        let sent = s.server.db().reference_after(0, 500).await.unwrap();
        assert!(
            sent.iter().any(
                |(_, i)| matches!(i, ReferenceItem::StaffCredential { staff, number, .. }
                if *staff == alone && number == "0193AAAA")
            ),
            "{backend:?}"
        );
    }
}

/// The backup in `dir` of the server `from` configures, restored on a new machine that has the
/// database's key file: the new machine's config and the restored manifest.
fn restored_elsewhere(
    from: &kinline_server::Config,
    dir: &std::path::Path,
) -> (kinline_server::Config, kinline_server::backup::Manifest) {
    let restored = config(Backend::Sqlite);
    std::fs::create_dir_all(&restored.data_dir).unwrap();
    let key = kinline_server::files::DB_KEY_FILE;
    std::fs::copy(from.data_dir.join(key), restored.data_dir.join(key)).unwrap();
    let manifest = kinline_server::backup::restore(&restored, dir).unwrap();
    (restored, manifest)
}
