//! `cargo xtask bench store`: the tablet store's durable append latency and batched append
//! throughput, side by side with raw rusqlite inserts of the same rows under the same settings
//! (SQLCipher with the same key, WAL, `synchronous=FULL`, foreign keys on). The last line is
//! the ratio; the goal is at most 1.5×.

use chrono::{Duration, TimeZone, Utc};
use kinline_app::store::{KeySource, Store, StoreConfig};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{DetaineeId, DeviceId};
use kinline_shared::model::LanguageTag;
use kinline_tests::crash::ScratchDir;
use kinline_tests::fixture::admin;
use rusqlite::{Connection, params};
use std::path::Path;
use std::time::Instant;
use uuid::Uuid;

const SINGLES: usize = 1000;
const BATCHES: usize = 20;
const BATCH: usize = 100;

fn profile(n: u128) -> EventBody {
    EventBody::DetaineeProfileUpdated {
        detainee: DetaineeId(Uuid::from_u128(0xBE00_0000 + n)),
        languages: vec![LanguageTag::new("ar"), LanguageTag::new("en-GB")],
        english_sufficient: n.is_multiple_of(2),
        control_measures: vec![],
        imminent_removal: false,
    }
}

fn config(dir: &Path, name: &str) -> StoreConfig {
    StoreConfig::new(
        dir.join(format!("{name}.db")),
        KeySource::File(dir.join(format!("{name}.key"))),
        DeviceId(Uuid::from_u128(0xBE7C4)),
    )
}

/// A raw connection to a store's file with the store's key and settings.
fn raw(cfg: &StoreConfig) -> Connection {
    let KeySource::File(key) = &cfg.key else {
        unreachable!()
    };
    let key = std::fs::read_to_string(key).unwrap();
    let conn = Connection::open(&cfg.path).unwrap();
    conn.pragma_update(None, "key", format!("x'{}'", key.trim()))
        .unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
    )
    .unwrap();
    conn
}

/// The rows one store transaction wrote for each event: (events row, outbox row, detainee row).
type Rows = Vec<(
    Vec<rusqlite::types::Value>,
    (i64, String),
    Vec<rusqlite::types::Value>,
)>;

fn rows_of(cfg: &StoreConfig) -> Rows {
    let conn = raw(cfg);
    let mut stmt = conn
        .prepare(
            "SELECT e.id, e.device, e.wall_ms, e.counter, e.stamp_device, e.kind, e.event, e.log_index, \
             e.prev_hash, e.hash, e.signature, e.observed, e.stored_at, e.acked_at, \
             d.detainee, d.compact_signed, d.suspended, d.control_measures, d.updated_at \
             FROM events e JOIN detainee_access d ON d.detainee = json_extract(e.event, '$.body.detainee') \
             ORDER BY e.log_index",
        )
        .unwrap();
    stmt.query_map([], |r| {
        let v = |i| r.get::<_, rusqlite::types::Value>(i);
        let event: Vec<_> = (0..14).map(v).collect::<Result<_, _>>()?;
        let detainee: Vec<_> = (14..19).map(v).collect::<Result<_, _>>()?;
        Ok((event, (r.get(7)?, r.get(0)?), detainee))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn insert(
    tx: &rusqlite::Transaction<'_>,
    (event, outbox, detainee): &(
        Vec<rusqlite::types::Value>,
        (i64, String),
        Vec<rusqlite::types::Value>,
    ),
) {
    tx.prepare_cached(
        "INSERT INTO events (id, device, wall_ms, counter, stamp_device, kind, event, log_index, prev_hash, \
         hash, signature, observed, stored_at, acked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, \
         ?12, ?13, ?14) ON CONFLICT (id) DO NOTHING",
    )
    .unwrap()
    .execute(rusqlite::params_from_iter(event))
    .unwrap();
    tx.prepare_cached("INSERT INTO outbox (log_index, event_id) VALUES (?1, ?2)")
        .unwrap()
        .execute(params![outbox.0, outbox.1])
        .unwrap();
    tx.prepare_cached(
        "INSERT INTO detainee_access (detainee, compact_signed, suspended, control_measures, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (detainee) DO UPDATE SET compact_signed = ?2, \
         suspended = ?3, control_measures = ?4, updated_at = ?5",
    )
    .unwrap()
    .execute(rusqlite::params_from_iter(detainee))
    .unwrap();
    tx.prepare_cached(
        "UPDATE device SET head_index = ?1, head_hash = ?2, clock_wall_ms = ?3, clock_counter = ?4, \
         pull_cursor = coalesce(NULL, pull_cursor) WHERE singleton = 1",
    )
    .unwrap()
    .execute(params![outbox.0, &event[9], &event[2], &event[3]])
    .unwrap();
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let dir = ScratchDir::new("store-bench");
    let start = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
    let random = |n: u128| -> [u8; 10] {
        (n * 0x9E37_79B9_7F4A_7C15).to_le_bytes()[..10]
            .try_into()
            .unwrap()
    };

    // Durable appends, one transaction each, through the store.
    let single = config(dir.path(), "single");
    let mut store_lat = Vec::with_capacity(SINGLES);
    {
        let mut store = Store::open(&single).unwrap();
        for i in 0..SINGLES {
            let now = start + Duration::milliseconds(i as i64);
            let t = Instant::now();
            store
                .record(admin(), profile(i as u128), now, random(i as u128))
                .unwrap();
            store_lat.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    // The same rows, raw, into a fresh store file with the same schema and settings.
    let rows = rows_of(&single);
    let raw_single = config(dir.path(), "raw-single");
    drop(Store::open(&raw_single).unwrap());
    let mut raw_lat = Vec::with_capacity(SINGLES);
    {
        let mut conn = raw(&raw_single);
        for row in &rows {
            let t = Instant::now();
            let tx = conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .unwrap();
            insert(&tx, row);
            tx.commit().unwrap();
            raw_lat.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }

    // Batched appends: BATCH events per transaction.
    let batched = config(dir.path(), "batched");
    let store_rate = {
        let mut store = Store::open(&batched).unwrap();
        let t = Instant::now();
        for b in 0..BATCHES {
            let now = start + Duration::milliseconds(b as i64);
            let proposals = (0..BATCH)
                .map(|i| (admin(), profile((b * BATCH + i) as u128)))
                .collect();
            store
                .record_batch(proposals, now, random(b as u128))
                .unwrap();
        }
        (BATCHES * BATCH) as f64 / t.elapsed().as_secs_f64()
    };
    let rows = rows_of(&batched);
    let raw_batched = config(dir.path(), "raw-batched");
    drop(Store::open(&raw_batched).unwrap());
    let raw_rate = {
        let mut conn = raw(&raw_batched);
        let t = Instant::now();
        for chunk in rows.chunks(BATCH) {
            let tx = conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .unwrap();
            for row in chunk {
                insert(&tx, row);
            }
            tx.commit().unwrap();
        }
        (BATCHES * BATCH) as f64 / t.elapsed().as_secs_f64()
    };

    store_lat.sort_by(f64::total_cmp);
    raw_lat.sort_by(f64::total_cmp);
    let (sp50, sp99) = (percentile(&store_lat, 0.5), percentile(&store_lat, 0.99));
    let (rp50, rp99) = (percentile(&raw_lat, 0.5), percentile(&raw_lat, 0.99));
    println!(
        "store bench: {SINGLES} durable appends, {BATCHES} batches of {BATCH} (SQLCipher, WAL, synchronous=FULL)"
    );
    println!("{:<28}{:>14}{:>16}", "", "store", "raw rusqlite");
    println!(
        "{:<28}{:>11.3} ms{:>13.3} ms",
        "durable append p50", sp50, rp50
    );
    println!(
        "{:<28}{:>11.3} ms{:>13.3} ms",
        "durable append p99", sp99, rp99
    );
    println!(
        "{:<28}{:>14.0}{:>16.0}",
        "batched appends/s", store_rate, raw_rate
    );
    println!(
        "ratio store/raw: p50 {:.2}×, p99 {:.2}×, batched {:.2}× (goal: at most 1.5×)",
        sp50 / rp50,
        sp99 / rp99,
        raw_rate / store_rate
    );
}
