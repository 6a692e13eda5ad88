//! Storage: one interface, two backends. SQLite (embedded default, a file in the data
//! directory) and PostgreSQL (the estate), with the same behaviour proven by the same tests.
//! Migrations are SQL files embedded per backend and run at open.

mod calls;
mod contacts;
pub use contacts::Held;
mod lists;
mod outbox;
mod postgres;
mod sqlite;

use crate::config::{Config, Database};
use crate::error::ServerError;
use crate::push::{Committed, Job};
use kinline_shared::actor::Role;
use kinline_shared::event::Event;
use kinline_shared::ids::{DeviceId, StaffId};
use kinline_shared::sync::ReferenceItem;
pub use outbox::MessageStatus;

/// A migration: file name and SQL.
type Migration = (&'static str, &'static str);

const SQLITE_MIGRATIONS: &[Migration] = &[
    (
        "0001_init.sql",
        include_str!("../../migrations/sqlite/0001_init.sql"),
    ),
    (
        "0002_call_codes.sql",
        include_str!("../../migrations/sqlite/0002_call_codes.sql"),
    ),
    (
        "0003_console_lists.sql",
        include_str!("../../migrations/sqlite/0003_console_lists.sql"),
    ),
    (
        "0004_enrol_code_issuers.sql",
        include_str!("../../migrations/sqlite/0004_enrol_code_issuers.sql"),
    ),
    (
        "0005_enrol_code_used_by.sql",
        include_str!("../../migrations/sqlite/0005_enrol_code_used_by.sql"),
    ),
    (
        "0006_outbox.sql",
        include_str!("../../migrations/sqlite/0006_outbox.sql"),
    ),
    (
        "0007_call_code_hashes.sql",
        include_str!("../../migrations/sqlite/0007_call_code_hashes.sql"),
    ),
    (
        "0008_caller_contacts.sql",
        include_str!("../../migrations/sqlite/0008_caller_contacts.sql"),
    ),
    (
        "0009_staff_numbers.sql",
        include_str!("../../migrations/sqlite/0009_staff_numbers.sql"),
    ),
];

const POSTGRES_MIGRATIONS: &[Migration] = &[
    (
        "0001_init.sql",
        include_str!("../../migrations/postgres/0001_init.sql"),
    ),
    (
        "0002_call_codes.sql",
        include_str!("../../migrations/postgres/0002_call_codes.sql"),
    ),
    (
        "0003_console_lists.sql",
        include_str!("../../migrations/postgres/0003_console_lists.sql"),
    ),
    (
        "0004_enrol_code_issuers.sql",
        include_str!("../../migrations/postgres/0004_enrol_code_issuers.sql"),
    ),
    (
        "0005_enrol_code_used_by.sql",
        include_str!("../../migrations/postgres/0005_enrol_code_used_by.sql"),
    ),
    (
        "0006_outbox.sql",
        include_str!("../../migrations/postgres/0006_outbox.sql"),
    ),
    (
        "0007_call_code_hashes.sql",
        include_str!("../../migrations/postgres/0007_call_code_hashes.sql"),
    ),
    (
        "0008_caller_contacts.sql",
        include_str!("../../migrations/postgres/0008_caller_contacts.sql"),
    ),
    (
        "0009_staff_numbers.sql",
        include_str!("../../migrations/postgres/0009_staff_numbers.sql"),
    ),
];

/// An enrolled device as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceRow {
    /// Its Ed25519 public key.
    pub public_key: [u8; 32],
    /// Whether an administrator revoked it.
    pub revoked: bool,
    /// The highest log index held.
    pub high: u64,
    /// The chain hash at `high`.
    pub last_hash: String,
}

/// A member of staff as stored (the secret only as an Argon2 hash).
#[derive(Clone, PartialEq, Eq)]
pub struct StaffRow {
    /// Their role.
    pub role: Role,
    /// Argon2id PHC string.
    pub secret_hash: String,
    /// Whether they may sign in.
    pub active: bool,
    /// The staff number the administrator issued (unique); `None` for an account the
    /// migration could not give one.
    pub number: Option<String>,
}

impl std::fmt::Debug for StaffRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffRow")
            .field("role", &self.role)
            .field("secret_hash", &"***")
            .field("active", &self.active)
            .field("number", &self.number)
            .finish()
    }
}

/// Counts over the whole log, for checks and reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LogCounts {
    /// Events of the centre (stored once each).
    pub stored: u64,
    /// Log positions refused.
    pub refused: u64,
    /// Log positions that repeated an already stored event id.
    pub duplicate: u64,
    /// Distinct event ids among stored events (equal to `stored` by the unique index).
    pub distinct_ids: u64,
}

/// A stored event with the server's sequence number and receive time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEvent {
    /// Server order.
    pub seq: u64,
    /// When the server received it (Unix ms, server clock).
    pub received_ms: i64,
    /// The event.
    pub event: Event,
}

/// The centre's database.
pub enum Db {
    /// Embedded SQLite.
    Sqlite(sqlite::Sqlite),
    /// PostgreSQL.
    Postgres(postgres::Postgres),
}

macro_rules! dispatch {
    ($self:ident . $method:ident ( $($arg:expr),* )) => {
        match $self {
            Db::Sqlite(db) => db.$method($($arg),*).await,
            Db::Postgres(db) => db.$method($($arg),*).await,
        }
    };
}

impl Db {
    /// Opens the configured database and brings its schema up to date.
    pub async fn open(config: &Config) -> Result<Self, ServerError> {
        let reminder =
            chrono::Duration::minutes(config.notify.reminder_minutes.clamp(0, 7 * 24 * 60));
        match &config.database {
            Database::Sqlite => {
                crate::files::private_dir(&config.data_dir)?;
                let path = config.data_dir.join(crate::backup::DATABASE_FILE);
                let key = match &config.db_key {
                    Some(k) => k.bytes()?,
                    None => crate::files::secret(
                        &config.data_dir.join(crate::files::DB_KEY_FILE),
                        !path.exists() || sqlite::is_plaintext(&path),
                    )?,
                };
                Ok(Db::Sqlite(
                    sqlite::Sqlite::open(&path, key, reminder).await?,
                ))
            }
            Database::Postgres { url } => {
                let backup = crate::backup::PgDump {
                    url: url.clone(),
                    data_dir: config.data_dir.clone(),
                    program: config.pg_dump.clone(),
                };
                Ok(Db::Postgres(
                    postgres::Postgres::open(url, reminder, &backup).await?,
                ))
            }
        }
    }

    /// Which backend this is, for logs and reports.
    pub fn backend(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// Asks the database for its newest applied migration: the health check and the
    /// metrics' `kinline_database_up`.
    pub async fn ping(&self) -> Result<String, ServerError> {
        dispatch!(self.ping())
    }

    /// A value from the meta table.
    pub async fn meta(&self, key: &str) -> Result<Option<String>, ServerError> {
        dispatch!(self.meta(key))
    }

    /// Removes a meta value (a secret that moved out of the database).
    pub async fn meta_remove(&self, key: &str) -> Result<(), ServerError> {
        dispatch!(self.meta_remove(key))
    }

    /// Sets a meta value only if it is not set yet; returns the value now stored.
    pub async fn meta_init(&self, key: &str, value: &str) -> Result<String, ServerError> {
        dispatch!(self.meta_init(key, value))
    }

    /// Stores a one-time enrolment code (its hash) valid until `expires_ms`.
    pub async fn create_enrol_code(
        &self,
        code_hash: &str,
        expires_ms: i64,
    ) -> Result<(), ServerError> {
        dispatch!(self.create_enrol_code(code_hash, expires_ms))
    }

    /// Uses up a code and enrols the device in one transaction; false if the code is unknown,
    /// used or expired.
    pub async fn enrol(
        &self,
        code_hash: &str,
        now_ms: i64,
        device: DeviceId,
        public_key: [u8; 32],
    ) -> Result<bool, ServerError> {
        dispatch!(self.enrol(code_hash, now_ms, device, public_key))
    }

    /// Registers a device directly (the server's own log).
    pub async fn ensure_device(
        &self,
        device: DeviceId,
        public_key: [u8; 32],
        now_ms: i64,
    ) -> Result<(), ServerError> {
        dispatch!(self.ensure_device(device, public_key, now_ms))
    }

    /// An enrolled device.
    pub async fn device(&self, device: DeviceId) -> Result<Option<DeviceRow>, ServerError> {
        dispatch!(self.device(device))
    }

    /// Revokes a device; false if it is unknown.
    pub async fn revoke_device(&self, device: DeviceId) -> Result<bool, ServerError> {
        dispatch!(self.revoke_device(device))
    }

    /// Remembers a request nonce; false if it was seen before (a replay).
    pub async fn use_nonce(
        &self,
        device: DeviceId,
        nonce: &str,
        now_ms: i64,
    ) -> Result<bool, ServerError> {
        dispatch!(self.use_nonce(device, nonce, now_ms))
    }

    /// Forgets nonces older than `before_ms` (their requests fall outside the clock window).
    pub async fn prune_nonces(&self, before_ms: i64) -> Result<(), ServerError> {
        dispatch!(self.prune_nonces(before_ms))
    }

    /// Commits a group of jobs — request nonces and checked batches, appended to their
    /// devices' logs — in one transaction, with one outcome per job (see [`crate::push`]).
    pub(crate) async fn commit_group(
        &self,
        jobs: std::sync::Arc<Vec<Job>>,
    ) -> Result<Committed, ServerError> {
        dispatch!(self.commit_group(jobs))
    }

    /// Stored events after `seq`, in server order, optionally leaving out one device's own.
    pub async fn events_after(
        &self,
        seq: u64,
        exclude: Option<DeviceId>,
        limit: u32,
    ) -> Result<Vec<StoredEvent>, ServerError> {
        dispatch!(self.events_after(seq, exclude, limit))
    }

    /// Counts over the whole log.
    pub async fn counts(&self) -> Result<LogCounts, ServerError> {
        dispatch!(self.counts())
    }

    /// Creates or replaces a member of staff.
    pub async fn upsert_staff(&self, id: StaffId, row: &StaffRow) -> Result<(), ServerError> {
        dispatch!(self.upsert_staff(id, row))
    }

    /// A member of staff.
    pub async fn staff(&self, id: StaffId) -> Result<Option<StaffRow>, ServerError> {
        dispatch!(self.staff(id))
    }

    /// The member of staff a staff number was issued to.
    pub async fn staff_by_number(&self, number: &str) -> Result<Option<StaffId>, ServerError> {
        dispatch!(self.staff_by_number(number))
    }

    /// Stores a staff session (its token's hash).
    pub async fn create_session(
        &self,
        token_hash: &str,
        staff: StaffId,
        role: Role,
        expires_ms: i64,
    ) -> Result<(), ServerError> {
        dispatch!(self.create_session(token_hash, staff, role, expires_ms))
    }

    /// The live session for a token hash.
    pub async fn session(
        &self,
        token_hash: &str,
        now_ms: i64,
    ) -> Result<Option<(StaffId, Role)>, ServerError> {
        dispatch!(self.session(token_hash, now_ms))
    }

    /// Ends a session.
    pub async fn delete_session(&self, token_hash: &str) -> Result<(), ServerError> {
        dispatch!(self.delete_session(token_hash))
    }

    /// Ends every session of a member of staff (their PIN changed, or their account did).
    pub async fn delete_sessions_of(&self, staff: StaffId) -> Result<(), ServerError> {
        dispatch!(self.delete_sessions_of(staff))
    }

    /// Creates or replaces a piece of reference data, moving it to the end of the feed.
    pub async fn upsert_reference(&self, item: &ReferenceItem) -> Result<u64, ServerError> {
        dispatch!(self.upsert_reference(item))
    }

    /// Reference data changed after `cursor`, oldest change first.
    pub async fn reference_after(
        &self,
        cursor: u64,
        limit: u32,
    ) -> Result<Vec<(u64, ReferenceItem)>, ServerError> {
        dispatch!(self.reference_after(cursor, limit))
    }
}

pub(crate) fn role_str(role: Role) -> String {
    serde_json::to_value(role)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(crate) fn role_from(s: &str) -> Result<Role, ServerError> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|_| ServerError::Corrupt(format!("unknown role {s}")))
}

pub(crate) fn u64_of(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

pub(crate) fn i64_of(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}
