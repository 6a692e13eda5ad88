//! The tablet's encrypted, crash-proof local store: append-only events with their projections,
//! the outbox of what the server has not acknowledged, and the server's reference data.
//!
//! - One SQLCipher file (rusqlite, bundled SQLCipher), keyed with 32 random bytes from the
//!   platform's secret store; WAL with `synchronous=FULL`, so an event whose `record` returned is
//!   on disk and survives power loss; foreign keys on; embedded SQL migrations run at open.
//! - Every event is made by the core's [`Recorder`] (rulebook, clock, chain, signature): a
//!   refused event is never stored. The event, its outbox row, its projection rows and the
//!   chain head are written in ONE transaction, so a crash leaves either all of it or none.
//! - Each of this tablet's events carries its gap-free log index, the chain hash of the previous
//!   one and an Ed25519 signature, so the server can verify the chain and flag a gap or break.
//! - The in-memory [`Centre`] is the rules' source of truth; it is rebuilt at open from the
//!   retained events (on top of the snapshot of pruned ones) in stamp order.

mod config;
mod contacts;
mod error;
mod key;
mod migrate;
mod sign_in;
mod snapshot;
mod sync_impl;

pub use config::{DEFAULT_RETENTION_DAYS, KeySource, StoreConfig};
pub use error::StoreError;

use chrono::{DateTime, Duration, NaiveDate, SecondsFormat, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use error::{damaged, db};
use kinline_shared::actor::Actor;
use kinline_shared::calllog::CallLog;
use kinline_shared::clock::Stamp;
use kinline_shared::contact::CallerContact;
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, EventId};
use kinline_shared::projection::Centre;
use kinline_shared::recorder::{ChainHead, Recorder};
use kinline_shared::sync::{GENESIS_HASH, LoggedEvent, Refusal};
use rusqlite::{
    Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior, params,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// The kinds of reference data the server sends down, each stored with its own cursor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReferenceKind {
    /// Detainees with their names (detainee data: only ever in this encrypted file).
    Roster,
    /// The centre's bookings.
    Bookings,
    /// Compact versions and their texts.
    CompactVersions,
    /// Staff credentials for offline sign-in (verifiers, never PINs).
    StaffCredentials,
    /// Suspensions in force.
    Suspensions,
    /// This tablet's own settings as the centre server sets them (its booking horizon).
    DeviceSettings,
}

impl ReferenceKind {
    fn key(self) -> &'static str {
        match self {
            ReferenceKind::Roster => "roster",
            ReferenceKind::Bookings => "bookings",
            ReferenceKind::CompactVersions => "compact_versions",
            ReferenceKind::StaffCredentials => "staff_credentials",
            ReferenceKind::Suspensions => "suspensions",
            ReferenceKind::DeviceSettings => "device_settings",
        }
    }
}

/// Reference data as stored, with the cursor it came with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference<T> {
    /// The server's cursor for this data.
    pub cursor: u64,
    /// The data.
    pub data: T,
}

/// An event the server refused, kept and shown to staff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParkedEvent {
    /// The event as it was pushed.
    pub logged: LoggedEvent,
    /// The server's reason.
    pub refusal: Refusal,
    /// When it was parked (RFC 3339, UTC).
    pub parked_at: String,
}

/// The open store. One per tablet process; not shared between threads.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    signing: SigningKey,
    /// Makes this tablet's events: its clock and the head of its log.
    recorder: Recorder,
    centre: Centre,
    retention_days: u32,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("device", &self.recorder.device())
            .field("head_index", &self.recorder.head().index)
            .finish_non_exhaustive()
    }
}

/// Fills `buf` from the operating system's random source.
pub(crate) fn fill_random(buf: &mut [u8]) -> Result<(), StoreError> {
    getrandom::fill(buf).map_err(|e| StoreError::Io {
        what: "read random bytes from the operating system",
        source: std::io::Error::other(e.to_string()),
    })
}

/// Ten fresh random bytes for [`Store::record`], from the operating system.
pub fn fresh_random() -> Result<[u8; 10], StoreError> {
    let mut out = [0u8; 10];
    fill_random(&mut out)?;
    Ok(out)
}

fn ts(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn ms(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

/// SQLite errors that mean "this is not a readable store" become [`StoreError::CannotOpen`].
fn opening<'a>(path: &'a Path, what: &'static str) -> impl Fn(rusqlite::Error) -> StoreError + 'a {
    move |e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
            StoreError::CannotOpen {
                path: path.to_owned(),
            }
        }
        _ => StoreError::Database { what, source: e },
    }
}

/// At open, a SQLite error that means "not readable" becomes [`StoreError::CannotOpen`].
fn unreadable(path: &Path, e: StoreError) -> StoreError {
    match e {
        StoreError::Database { source, what } => opening(path, what)(source),
        other => other,
    }
}

/// The caller filed with a booking, beside its events.
#[derive(Clone, Copy)]
enum Caller<'a> {
    /// Typed on this tablet.
    Contact(&'a CallerContact),
    /// The caller of an earlier booking ([`Store::book_again`]).
    Of(BookingId),
}

impl Store {
    /// Opens the store, creating it (and its key) if the file does not exist yet.
    ///
    /// A wrong key, a missing key or a damaged file stops here with a clear error; nothing is
    /// ever written before the key has been proven to open the file.
    pub fn open(config: &StoreConfig) -> Result<Store, StoreError> {
        let path = config.path.clone();
        let exists = path.exists();
        let key = key::load(&config.key, !exists)?;
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if !exists {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let mut conn =
            Connection::open_with_flags(&path, flags).map_err(opening(&path, "open its file"))?;
        // Raw key: no passphrase derivation. SQLite's message never quotes the statement.
        conn.pragma_update(None, "key", &*key.pragma_value())
            .map_err(opening(&path, "set its key"))?;
        drop(key);
        // The first read proves the key (SQLCipher checks each page's HMAC): before any write.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(opening(&path, "read its schema"))?;
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(opening(&path, "switch to write-ahead logging"))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Database {
                what: "switch to write-ahead logging",
                source: rusqlite::Error::InvalidQuery,
            });
        }
        conn.execute_batch(
            "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
        )
        .map_err(opening(&path, "set its durability settings"))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(opening(&path, "set its busy timeout"))?;
        migrate::run(&mut conn, &path).map_err(|e| unreadable(&path, e))?;

        let device = config.device;
        let row = conn
            .query_row(
                "SELECT device_id, signing_key, head_index, head_hash, clock_wall_ms, clock_counter \
                 FROM device WHERE singleton = 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        Zeroizing::new(r.get::<_, Vec<u8>>(1)?),
                        r.get::<_, i64>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, Option<i64>>(4)?,
                        r.get::<_, i64>(5)?,
                    ))
                },
            )
            .optional()
            .map_err(opening(&path, "read its device record"))?;
        let (signing, head, clock_last) = match row {
            None => {
                // A local key until enrolment with the server issues the device's own.
                let mut seed = Zeroizing::new([0u8; 32]);
                fill_random(&mut *seed)?;
                conn.execute(
                    "INSERT INTO device (singleton, device_id, signing_key, head_index, head_hash, \
                     created_at) VALUES (1, ?1, ?2, 0, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                    params![device.to_string(), &seed[..], GENESIS_HASH],
                )
                .map_err(db("create its device record"))?;
                (SigningKey::from_bytes(&seed), ChainHead::genesis(), None)
            }
            Some((stored, seed, index, hash, wall, counter)) => {
                if stored != device.to_string() {
                    return Err(StoreError::OtherDevice {
                        path,
                        stored,
                        configured: device.to_string(),
                    });
                }
                let seed: [u8; 32] = seed
                    .as_slice()
                    .try_into()
                    .map_err(|_| damaged("the device's signing key"))?;
                let seed = Zeroizing::new(seed);
                let head = ChainHead {
                    index: u64::try_from(index).map_err(|_| damaged("the chain head"))?,
                    hash,
                };
                let last = wall.map(|wall_ms| Stamp {
                    wall_ms,
                    counter: u32::try_from(counter).unwrap_or(u32::MAX),
                    device,
                });
                (SigningKey::from_bytes(&seed), head, last)
            }
        };
        let centre = load_centre(&conn).map_err(|e| unreadable(&path, e))?;
        tracing::debug!(device = %device, head = head.index, "tablet store opened");
        Ok(Store {
            conn,
            path,
            signing,
            recorder: Recorder::resume(device, clock_last, head),
            centre,
            retention_days: config.retention_days,
        })
    }

    /// The centre as folded from every event this store holds: what the rules decide on.
    pub fn centre(&self) -> &Centre {
        &self.centre
    }

    /// This tablet's device id.
    pub fn device(&self) -> DeviceId {
        self.recorder.device()
    }

    /// The index of this tablet's last event (0 before the first).
    pub fn head_index(&self) -> u64 {
        self.recorder.head().index
    }

    /// The public half of the key this tablet signs its events with, for enrolment.
    pub fn public_key(&self) -> [u8; 32] {
        self.signing.verifying_key().to_bytes()
    }

    /// Proposes an event: checks it with the rulebook, then durably records it and the events
    /// the order requires to follow it. `random` is 10 fresh random bytes (see
    /// [`fresh_random`]). When this returns `Ok`, the events are on disk.
    pub fn record(
        &mut self,
        actor: Actor,
        body: EventBody,
        now: DateTime<Utc>,
        random: [u8; 10],
    ) -> Result<Vec<Event>, StoreError> {
        self.record_batch(vec![(actor, body)], now, random)
    }

    /// Records several proposals in one transaction, each decided after the ones before it:
    /// all of them, or (if the rules refuse any) none.
    pub fn record_batch(
        &mut self,
        proposals: Vec<(Actor, EventBody)>,
        now: DateTime<Utc>,
        random: [u8; 10],
    ) -> Result<Vec<Event>, StoreError> {
        self.record_with(proposals, None, now, random)
    }

    /// Books a call: records `booking` (a `CallBooked` proposal, with what the rulebook adds)
    /// and keeps its caller's `contact` beside it ([`Store::caller_contacts_to_push`]), in one
    /// transaction: both, or (if the rules refuse) neither. The contact is never in an event.
    pub fn book(
        &mut self,
        booking: (Actor, EventBody),
        contact: &CallerContact,
        now: DateTime<Utc>,
        random: [u8; 10],
    ) -> Result<Vec<Event>, StoreError> {
        self.record_with(vec![booking], Some(Caller::Contact(contact)), now, random)
    }

    /// Books a call again for the caller of the earlier booking `from` (a one-tap rebook after
    /// a technical failure): records `booking` and files `from`'s caller for it in one
    /// transaction ([`contacts::carry`]: the whole contact while this tablet holds it, else
    /// the label, and the next push asks the centre server to carry the addresses over). The
    /// rulebook decides the booking as any other.
    pub fn book_again(
        &mut self,
        booking: (Actor, EventBody),
        from: BookingId,
        now: DateTime<Utc>,
        random: [u8; 10],
    ) -> Result<Vec<Event>, StoreError> {
        self.record_with(vec![booking], Some(Caller::Of(from)), now, random)
    }

    fn record_with(
        &mut self,
        proposals: Vec<(Actor, EventBody)>,
        contact: Option<Caller<'_>>,
        now: DateTime<Utc>,
        random: [u8; 10],
    ) -> Result<Vec<Event>, StoreError> {
        let recorder = self.recorder.clone();
        let mut touched = false;
        let result = self.record_in_tx(proposals, contact, now, random, &mut touched);
        if result.is_err() {
            self.recorder = recorder;
            if touched {
                self.centre = load_centre(&self.conn)?;
            }
        }
        result
    }

    fn record_in_tx(
        &mut self,
        proposals: Vec<(Actor, EventBody)>,
        contact: Option<Caller<'_>>,
        now: DateTime<Utc>,
        random: [u8; 10],
        touched: &mut bool,
    ) -> Result<Vec<Event>, StoreError> {
        let Store {
            conn,
            signing,
            recorder,
            centre,
            ..
        } = self;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("start writing"))?;
        let stored_at = ts(now);
        let key = |bytes: &[u8]| signing.sign(bytes).to_bytes();
        let mut out = Vec::new();
        for (actor, body) in proposals {
            for made in recorder.record(centre, actor, body, now, random, &key)? {
                let LoggedEvent {
                    index,
                    prev_hash,
                    event,
                    signature,
                } = made.logged;
                let pos = LogPos {
                    index,
                    prev_hash: &prev_hash,
                    hash: &made.hash,
                    signature: &signature,
                };
                insert_event(&tx, &event, &made.json, Some(pos), &stored_at, true, None)?;
                tx.prepare_cached("INSERT INTO outbox (log_index, event_id) VALUES (?1, ?2)")
                    .and_then(|mut s| {
                        s.execute(params![
                            i64::try_from(index).unwrap_or(i64::MAX),
                            event.id.to_string()
                        ])
                    })
                    .map_err(db("add an event to the outbox"))?;
                *touched = true;
                centre.apply(&event);
                out.push(event);
            }
        }
        write_projections(&tx, centre, &out, now)?;
        save_device_state(&tx, recorder, None)?;
        match contact {
            Some(Caller::Contact(contact)) => contacts::insert_booked(&tx, centre, contact)?,
            Some(Caller::Of(from)) => {
                let booked = out.iter().find_map(|e| match e.body {
                    EventBody::CallBooked { booking, .. } => Some(booking),
                    _ => None,
                });
                if let Some(booking) = booked {
                    contacts::carry(&tx, centre, booking, from)?;
                }
            }
            None => {}
        }
        tx.commit().map_err(db("commit the events"))?;
        Ok(out)
    }

    /// Up to `limit` of this tablet's events the server has not acknowledged, oldest first.
    pub fn outbox_batch(&self, limit: u32) -> Result<Vec<LoggedEvent>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT e.log_index, e.prev_hash, e.signature, e.event FROM outbox o \
                 JOIN events e ON e.id = o.event_id ORDER BY o.log_index LIMIT ?1",
            )
            .map_err(db("read the outbox"))?;
        let rows = stmt
            .query_map([limit], logged_row)
            .map_err(db("read the outbox"))?;
        rows.map(|r| r.map_err(db("read the outbox")).and_then(to_logged))
            .collect()
    }

    /// How many events wait for the server.
    pub fn queue_len(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM outbox", [], |r| r.get::<_, i64>(0))
            .map(|n| u64::try_from(n).unwrap_or(0))
            .map_err(db("count the outbox"))
    }

    /// The server holds everything up to `high_water`: those events leave the outbox and their
    /// retention period starts now. Returns how many left the outbox.
    pub fn acknowledge(&mut self, high_water: u64, now: DateTime<Utc>) -> Result<u64, StoreError> {
        if high_water > self.head_index() {
            return Err(StoreError::ServerAhead {
                server: high_water,
                local: self.head_index(),
            });
        }
        let device = self.device().to_string();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("start an acknowledgement"))?;
        let hw = i64::try_from(high_water).unwrap_or(i64::MAX);
        tx.execute(
            "UPDATE events SET acked_at = ?1 WHERE device = ?2 AND log_index <= ?3 \
             AND acked_at IS NULL",
            params![ts(now), device, hw],
        )
        .map_err(db("mark events acknowledged"))?;
        let removed = tx
            .execute("DELETE FROM outbox WHERE log_index <= ?1", [hw])
            .map_err(db("clear acknowledged events from the outbox"))?;
        tx.commit().map_err(db("commit an acknowledgement"))?;
        Ok(removed as u64)
    }

    /// The centre server holds this tablet's log only up to `high_water`, below what it once
    /// acknowledged (it was restored from a backup): every event of this tablet's log after it
    /// goes back into the outbox, in order, to be pushed again — parked ones too, since the
    /// chain cannot skip them (the server refuses them again, and they stay parked). Returns
    /// how many went back; an error if the log no longer holds all of them (pruned after
    /// the retention period), since then the gap cannot be filled from this tablet.
    pub fn resend_after(&mut self, high_water: u64) -> Result<u64, StoreError> {
        let head = self.head_index();
        if high_water >= head {
            return Ok(0);
        }
        let device = self.device().to_string();
        let hw = i64::try_from(high_water).unwrap_or(i64::MAX);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("start resending"))?;
        let held: i64 = tx
            .query_row(
                "SELECT count(*) FROM events WHERE device = ?1 AND log_index > ?2",
                params![device, hw],
                |r| r.get(0),
            )
            .map_err(db("count the events to resend"))?;
        if u64::try_from(held).unwrap_or(0) != head - high_water {
            return Err(StoreError::LogGap {
                server: high_water,
                local: head,
            });
        }
        let n = tx
            .execute(
                "INSERT INTO outbox (log_index, event_id) SELECT log_index, id FROM events \
                 WHERE device = ?1 AND log_index > ?2 ON CONFLICT DO NOTHING",
                params![device, hw],
            )
            .map_err(db("put events back in the outbox"))?;
        tx.commit().map_err(db("commit the events to resend"))?;
        Ok(n as u64)
    }

    /// The server refused this event: it leaves the outbox (the server's high-water mark covers
    /// it) and is kept, with the reason, for staff to see. Returns false if it is not one of
    /// this tablet's events.
    pub fn park(
        &mut self,
        event: EventId,
        refusal: &Refusal,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("start parking an event"))?;
        let id = event.to_string();
        let ours: bool = tx
            .query_row(
                "SELECT count(*) FROM events WHERE id = ?1 AND log_index IS NOT NULL",
                [&id],
                |r| r.get::<_, i64>(0),
            )
            .map_err(db("find the refused event"))?
            > 0;
        if !ours {
            return Ok(false);
        }
        let refusal = serde_json::to_string(&snapshot::RefusalRow::from(refusal.clone()))
            .map_err(|_| damaged("a refusal"))?;
        tx.execute(
            "INSERT INTO parked (event_id, refusal, parked_at) VALUES (?1, ?2, ?3) \
             ON CONFLICT (event_id) DO NOTHING",
            params![id, refusal, ts(now)],
        )
        .map_err(db("park a refused event"))?;
        tx.execute("DELETE FROM outbox WHERE event_id = ?1", [&id])
            .map_err(db("take a refused event out of the outbox"))?;
        tx.commit().map_err(db("commit a parked event"))?;
        Ok(true)
    }

    /// Events the server refused, oldest first.
    pub fn parked(&self) -> Result<Vec<ParkedEvent>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT e.log_index, e.prev_hash, e.signature, e.event, p.refusal, p.parked_at \
                 FROM parked p JOIN events e ON e.id = p.event_id ORDER BY e.log_index",
            )
            .map_err(db("read parked events"))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    logged_row(r)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })
            .map_err(db("read parked events"))?;
        rows.map(|row| {
            let (logged, refusal, parked_at) = row.map_err(db("read parked events"))?;
            Ok(ParkedEvent {
                logged: to_logged(logged)?,
                refusal: serde_json::from_str::<snapshot::RefusalRow>(&refusal)
                    .map(Refusal::from)
                    .map_err(|_| damaged("a refusal"))?,
                parked_at,
            })
        })
        .collect()
    }

    /// Stores events pulled from the server (other devices' events) and the cursor to pull from
    /// next, in one transaction. Each event is stored once, however often it arrives; this
    /// tablet's own events are skipped. They are facts already recorded elsewhere, so they are
    /// not re-decided: the fold raises a policy exception for any the rules would refuse.
    /// Returns how many were new.
    pub fn apply_remote(
        &mut self,
        events: &[Event],
        cursor: u64,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        let recorder = self.recorder.clone();
        let mut touched = false;
        let result = self.apply_remote_in_tx(events, cursor, now, &mut touched);
        if result.is_err() {
            self.recorder = recorder;
            if touched {
                self.centre = load_centre(&self.conn)?;
            }
        }
        result
    }

    fn apply_remote_in_tx(
        &mut self,
        events: &[Event],
        cursor: u64,
        now: DateTime<Utc>,
        touched: &mut bool,
    ) -> Result<usize, StoreError> {
        let Store {
            conn,
            recorder,
            centre,
            ..
        } = self;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("start storing pulled events"))?;
        let stored_at = ts(now);
        let device = recorder.device();
        let mut fresh: Vec<&Event> = Vec::new();
        for event in events.iter().filter(|e| e.device != device) {
            let observed = match recorder.observe(event.stamp, ms(now)) {
                Ok(()) => true,
                Err(drift) => {
                    tracing::warn!(device = %drift.device, ahead_ms = drift.ahead_ms, "pulled event stamped too far ahead; clock not moved");
                    false
                }
            };
            let json = serde_json::to_string(event).map_err(|_| damaged("a pulled event"))?;
            if insert_event(
                &tx,
                event,
                &json,
                None,
                &stored_at,
                observed,
                Some(&stored_at),
            )? {
                fresh.push(event);
            }
        }
        fresh.sort_by_key(|e| e.order_key());
        let in_order = fresh
            .first()
            .is_none_or(|e| centre.last.is_none_or(|last| e.order_key() > last));
        let refolded = if in_order {
            *touched |= !fresh.is_empty();
            for e in &fresh {
                centre.apply(e);
            }
            let fresh: Vec<Event> = fresh.iter().map(|e| (*e).clone()).collect();
            write_projections(&tx, centre, &fresh, now)?;
            None
        } else {
            // A late arrival: fold again in stamp order, and rewrite the projection rows.
            let folded = load_centre(&tx)?;
            rewrite_projections(&tx, &folded, now)?;
            Some(folded)
        };
        save_device_state(&tx, recorder, Some(cursor))?;
        tx.commit().map_err(db("commit pulled events"))?;
        if let Some(folded) = refolded {
            *centre = folded;
        }
        Ok(fresh.len())
    }

    /// Where the next pull of events starts.
    pub fn pull_cursor(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT pull_cursor FROM device", [], |r| r.get::<_, i64>(0))
            .map(|c| u64::try_from(c).unwrap_or(0))
            .map_err(db("read the pull cursor"))
    }

    /// Replaces one kind of reference data with what the server sent, and its cursor.
    pub fn put_reference<T: Serialize>(
        &mut self,
        kind: ReferenceKind,
        cursor: u64,
        data: &T,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let payload = serde_json::to_string(data).map_err(|_| damaged("reference data"))?;
        self.conn
            .execute(
                "INSERT INTO reference_data (kind, cursor, payload, stored_at) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (kind) DO UPDATE SET cursor = ?2, payload = ?3, stored_at = ?4",
                params![kind.key(), i64::try_from(cursor).unwrap_or(i64::MAX), payload, ts(now)],
            )
            .map_err(db("store reference data"))?;
        Ok(())
    }

    /// One kind of reference data and its cursor, if the server has sent it.
    pub fn reference<T: DeserializeOwned>(
        &self,
        kind: ReferenceKind,
    ) -> Result<Option<Reference<T>>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT cursor, payload FROM reference_data WHERE kind = ?1",
                [kind.key()],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
            )
            .optional()
            .map_err(db("read reference data"))?;
        row.map(|(cursor, payload)| {
            Ok(Reference {
                cursor: u64::try_from(cursor).unwrap_or(0),
                data: serde_json::from_str(&payload)
                    .map_err(|_| damaged(format!("reference data ({})", kind.key())))?,
            })
        })
        .transpose()
    }

    /// The retention rule: removes events the server acknowledged more than `retention_days`
    /// ago (pulled events count from when they arrived), never one still in the outbox or
    /// parked. What they established is kept in a snapshot of the fold, so the rules still
    /// know it. Only a prefix in stamp order is removed, so the fold stays the same. Returns
    /// how many events were removed.
    pub fn prune(&mut self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let cutoff = ts(now - Duration::days(i64::from(self.retention_days)));
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("start pruning"))?;
        let mut prefix: Vec<(String, Event)> = Vec::new();
        {
            let mut stmt = tx
                .prepare(
                    "SELECT e.id, e.event, e.acked_at, o.event_id IS NULL AND p.event_id IS NULL \
                     FROM events e LEFT JOIN outbox o ON o.event_id = e.id \
                     LEFT JOIN parked p ON p.event_id = e.id \
                     ORDER BY e.wall_ms, e.counter, e.stamp_device, e.id",
                )
                .map_err(db("read events to prune"))?;
            let mut rows = stmt.query([]).map_err(db("read events to prune"))?;
            while let Some(r) = rows.next().map_err(db("read events to prune"))? {
                let acked: Option<String> = r.get(2).map_err(db("read events to prune"))?;
                let free: bool = r.get(3).map_err(db("read events to prune"))?;
                if !(free && acked.is_some_and(|a| a <= cutoff)) {
                    break;
                }
                let id: String = r.get(0).map_err(db("read events to prune"))?;
                let json: String = r.get(1).map_err(db("read events to prune"))?;
                let event = parse_event(&json)?;
                prefix.push((id, event));
            }
        }
        if prefix.is_empty() {
            return Ok(0);
        }
        let mut base = load_snapshot(&tx)?;
        for (_, e) in &prefix {
            base.apply(e);
        }
        let row = snapshot::CentreRow::from(base);
        let json = serde_json::to_string(&row).map_err(|_| damaged("the centre snapshot"))?;
        tx.execute(
            "INSERT INTO centre_snapshot (singleton, centre, taken_at) VALUES (1, ?1, ?2) \
             ON CONFLICT (singleton) DO UPDATE SET centre = ?1, taken_at = ?2",
            params![json, ts(now)],
        )
        .map_err(db("save the centre snapshot"))?;
        {
            let mut del = tx
                .prepare("DELETE FROM events WHERE id = ?1")
                .map_err(db("remove old events"))?;
            for (id, _) in &prefix {
                del.execute([id]).map_err(db("remove old events"))?;
            }
        }
        tx.commit().map_err(db("commit the pruning"))?;
        tracing::info!(
            removed = prefix.len(),
            "retention: old acknowledged events removed"
        );
        Ok(prefix.len())
    }

    /// The ids of every event held, in the order they were stored.
    pub fn event_ids(&self) -> Result<Vec<EventId>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM events ORDER BY seq")
            .map_err(db("list events"))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(db("list events"))?;
        rows.map(|r| {
            let id = r.map_err(db("list events"))?;
            id.parse().map_err(|_| damaged("an event id"))
        })
        .collect()
    }

    /// The call logs of a London day, from the `call_log` projection.
    pub fn call_logs_on(&self, date: NaiveDate) -> Result<Vec<CallLog>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT log FROM call_log WHERE date = ?1 ORDER BY log")
            .map_err(db("read call logs"))?;
        let rows = stmt
            .query_map([date.to_string()], |r| r.get::<_, String>(0))
            .map_err(db("read call logs"))?;
        rows.map(|r| {
            let json = r.map_err(db("read call logs"))?;
            serde_json::from_str(&json).map_err(|_| damaged("a call log"))
        })
        .collect()
    }

    /// SQLite's `PRAGMA integrity_check`: `"ok"` for a sound file.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(db("check its integrity"))
    }

    /// Checks this tablet's retained chain as the server will: indexes without gaps, each
    /// previous hash matching, each chain hash and signature correct, ending at the head.
    /// Returns how many events were checked.
    pub fn verify_chain(&self) -> Result<u64, StoreError> {
        let key = self.signing.verifying_key();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT log_index, prev_hash, signature, event, hash FROM events \
                 WHERE device = ?1 AND log_index IS NOT NULL ORDER BY log_index",
            )
            .map_err(db("read the event chain"))?;
        let rows = stmt
            .query_map([self.device().to_string()], |r| {
                Ok((logged_row(r)?, r.get::<_, String>(4)?))
            })
            .map_err(db("read the event chain"))?;
        let mut previous: Option<(u64, String)> = None;
        let mut checked = 0;
        let head = self.recorder.head();
        for row in rows {
            let (raw, hash) = row.map_err(db("read the event chain"))?;
            let logged = to_logged(raw)?;
            let at = logged.index;
            let broken = |why: &str| damaged(format!("the event chain at index {at}: {why}"));
            if let Some((index, prev_hash)) = &previous {
                if at != index + 1 {
                    return Err(broken("a gap before it"));
                }
                if logged.prev_hash != *prev_hash {
                    return Err(broken("it does not follow the event before"));
                }
            } else if at == 1 && logged.prev_hash != GENESIS_HASH {
                return Err(broken("the first event does not start the chain"));
            }
            if logged.chain_hash() != hash {
                return Err(broken("its hash does not match its content"));
            }
            if !verify_signature(&key, &logged) {
                return Err(broken("its signature does not match"));
            }
            previous = Some((at, hash));
            checked += 1;
        }
        match previous {
            Some((index, hash)) if (index, &hash) != (head.index, &head.hash) => Err(damaged(
                "the event chain: it does not end at the recorded head",
            )),
            _ => Ok(checked),
        }
    }
}

/// Whether `logged` carries a valid signature by `key` over its signing bytes.
pub fn verify_signature(key: &VerifyingKey, logged: &LoggedEvent) -> bool {
    let Ok(bytes) = hex::decode(&logged.signature) else {
        return false;
    };
    let Ok(bytes) = <[u8; 64]>::try_from(bytes.as_slice()) else {
        return false;
    };
    let message = LoggedEvent::signing_bytes(
        logged.event.device,
        logged.index,
        &logged.prev_hash,
        &logged.event,
    );
    key.verify(&message, &Signature::from_bytes(&bytes)).is_ok()
}

/// Where an event sits in this tablet's log.
struct LogPos<'a> {
    index: u64,
    prev_hash: &'a str,
    hash: &'a str,
    signature: &'a str,
}

/// Inserts an event; returns false if one with its id is already stored.
fn insert_event(
    tx: &Transaction<'_>,
    event: &Event,
    json: &str,
    pos: Option<LogPos<'_>>,
    stored_at: &str,
    observed: bool,
    acked_at: Option<&str>,
) -> Result<bool, StoreError> {
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO events (id, device, wall_ms, counter, stamp_device, kind, event, \
             log_index, prev_hash, hash, signature, observed, stored_at, acked_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) \
             ON CONFLICT (id) DO NOTHING",
        )
        .map_err(db("store an event"))?;
    let kind = format!("{:?}", event.body.kind());
    let n = stmt
        .execute(params![
            event.id.to_string(),
            event.device.to_string(),
            event.stamp.wall_ms,
            event.stamp.counter,
            event.stamp.device.to_string(),
            kind,
            json,
            pos.as_ref()
                .map(|p| i64::try_from(p.index).unwrap_or(i64::MAX)),
            pos.as_ref().map(|p| p.prev_hash),
            pos.as_ref().map(|p| p.hash),
            pos.as_ref().map(|p| p.signature),
            observed,
            stored_at,
            acked_at,
        ])
        .map_err(db("store an event"))?;
    Ok(n == 1)
}

fn save_device_state(
    tx: &Transaction<'_>,
    recorder: &Recorder,
    pull_cursor: Option<u64>,
) -> Result<(), StoreError> {
    let (head, clock_last) = (recorder.head(), recorder.last_stamp());
    tx.prepare_cached(
        "UPDATE device SET head_index = ?1, head_hash = ?2, clock_wall_ms = ?3, \
         clock_counter = ?4, pull_cursor = coalesce(?5, pull_cursor) WHERE singleton = 1",
    )
    .and_then(|mut s| {
        s.execute(params![
            i64::try_from(head.index).unwrap_or(i64::MAX),
            head.hash,
            clock_last.map(|s| s.wall_ms),
            clock_last.map_or(0, |s| s.counter),
            pull_cursor.map(|c| i64::try_from(c).unwrap_or(i64::MAX)),
        ])
    })
    .map_err(db("save the chain head"))?;
    Ok(())
}

type RawLogged = (i64, String, String, String);

fn logged_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawLogged> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
}

fn to_logged((index, prev_hash, signature, json): RawLogged) -> Result<LoggedEvent, StoreError> {
    Ok(LoggedEvent {
        index: u64::try_from(index).map_err(|_| damaged("a log index"))?,
        prev_hash,
        event: parse_event(&json)?,
        signature,
    })
}

fn parse_event(json: &str) -> Result<Event, StoreError> {
    serde_json::from_str(json).map_err(|_| damaged("a stored event"))
}

fn load_snapshot(conn: &Connection) -> Result<Centre, StoreError> {
    let json: Option<String> = conn
        .query_row(
            "SELECT centre FROM centre_snapshot WHERE singleton = 1",
            [],
            |r| r.get(0),
        )
        .optional()
        .map_err(db("read the centre snapshot"))?;
    match json {
        None => Ok(Centre::default()),
        Some(json) => serde_json::from_str::<snapshot::CentreRow>(&json)
            .map(Centre::from)
            .map_err(|_| damaged("the centre snapshot")),
    }
}

/// The fold of everything stored: the snapshot of pruned events, then every retained event in
/// stamp order.
fn load_centre(conn: &Connection) -> Result<Centre, StoreError> {
    let mut centre = load_snapshot(conn)?;
    for e in &read_events(conn)? {
        centre.apply(e);
    }
    Ok(centre)
}

/// Every stored event (this tablet's and pulled ones), in stamp order.
pub(crate) fn read_events(conn: &Connection) -> Result<Vec<Event>, StoreError> {
    let mut stmt = conn
        .prepare("SELECT event FROM events")
        .map_err(db("read its events"))?;
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(db("read its events"))?;
    let mut events = rows
        .map(|r| {
            r.map_err(db("read its events"))
                .and_then(|j| parse_event(&j))
        })
        .collect::<Result<Vec<Event>, StoreError>>()?;
    events.sort_by_key(Event::order_key);
    Ok(events)
}

/// The booking an event is about, if any.
fn booking_of(body: &EventBody) -> Option<BookingId> {
    use EventBody as B;
    match body {
        B::CallBooked { booking, .. }
        | B::CallCancelled { booking, .. }
        | B::CallCheckedIn { booking }
        | B::AdultCheckRecorded { booking, .. }
        | B::CallerAdmitted { booking }
        | B::CallStarted { booking }
        | B::CallEnded { booking, .. }
        | B::CallTerminated { booking, .. } => Some(*booking),
        _ => None,
    }
}

/// The detainee whose access an event may change, if any.
fn detainee_of(centre: &Centre, body: &EventBody) -> Option<DetaineeId> {
    use EventBody as B;
    let of_suspension = |id| centre.suspensions.get(id).map(|s| s.detainee);
    body.detainee().or_else(|| match body {
        B::SuspensionNoticeGiven { suspension, .. }
        | B::ComplianceManagerNotified { suspension }
        | B::SuspensionAuthorised { suspension, .. }
        | B::SuspensionReviewed { suspension, .. }
        | B::SuspensionAppealed { suspension, .. }
        | B::SuspensionLifted { suspension }
        | B::AlternativeLegalAccessArranged { suspension, .. } => of_suspension(suspension),
        B::AppealDecided { appeal, .. } => centre.appeals.get(appeal).and_then(of_suspension),
        B::LegalAccessRequestMet { request } => {
            centre.legal_requests.get(request).map(|r| r.detainee)
        }
        _ => None,
    })
}

/// Updates the SQL projections touched by `events` (already applied to `centre`).
fn write_projections(
    tx: &Transaction<'_>,
    centre: &Centre,
    events: &[Event],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let at = ts(now);
    for e in events {
        if let Some(d) = detainee_of(centre, &e.body) {
            write_detainee(tx, centre, d, now, &at)?;
        }
        if let Some(b) = booking_of(&e.body) {
            write_call(tx, centre, b)?;
        }
    }
    Ok(())
}

/// Rewrites every SQL projection row from `centre` (after a re-fold).
fn rewrite_projections(
    tx: &Transaction<'_>,
    centre: &Centre,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    tx.execute_batch("DELETE FROM detainee_access; DELETE FROM call_log;")
        .map_err(db("rebuild its projections"))?;
    let at = ts(now);
    for d in centre.detainees.keys() {
        write_detainee(tx, centre, *d, now, &at)?;
    }
    for b in centre.calls.keys() {
        write_call(tx, centre, *b)?;
    }
    Ok(())
}

fn write_detainee(
    tx: &Transaction<'_>,
    centre: &Centre,
    d: DetaineeId,
    now: DateTime<Utc>,
    at: &str,
) -> Result<(), StoreError> {
    use kinline_shared::workflow::compact::CompactFlow;
    let access = centre.detainee(d);
    let signed = match &access.compact {
        CompactFlow::Signed { version, .. } => Some(version.0.clone()),
        _ => None,
    };
    let suspended = centre.suspension_in_force(d, now).is_some();
    tx.prepare_cached(
        "INSERT INTO detainee_access (detainee, compact_signed, suspended, control_measures, \
         updated_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (detainee) DO UPDATE SET \
         compact_signed = ?2, suspended = ?3, control_measures = ?4, updated_at = ?5",
    )
    .and_then(|mut s| {
        s.execute(params![
            d.to_string(),
            signed,
            suspended,
            access.control_measures.len() as i64,
            at
        ])
    })
    .map_err(db("update a detainee's access"))?;
    Ok(())
}

fn write_call(tx: &Transaction<'_>, centre: &Centre, b: BookingId) -> Result<(), StoreError> {
    let Some(call) = centre.calls.get(&b) else {
        return Ok(());
    };
    let Some(log) = CallLog::of(&call.info, &call.phase) else {
        return Ok(());
    };
    let json = serde_json::to_string(&log).map_err(|_| damaged("a call log"))?;
    tx.prepare_cached(
        "INSERT INTO call_log (booking, date, log) VALUES (?1, ?2, ?3) \
         ON CONFLICT (booking) DO UPDATE SET date = ?2, log = ?3",
    )
    .and_then(|mut s| s.execute(params![b.to_string(), log.date.to_string(), json]))
    .map_err(db("write a call log"))?;
    Ok(())
}
