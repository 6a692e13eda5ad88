//! The SQLite backend: one connection in WAL mode, used from a blocking thread. SQLite
//! serialises writers anyway; a batch is one transaction.

mod calls;
mod contacts;
mod lists;
mod outbox;

use super::{
    DeviceRow, LogCounts, SQLITE_MIGRATIONS, StaffRow, StoredEvent, i64_of, role_from, role_str,
    u64_of,
};
use crate::error::ServerError;
use crate::push::{self, Committed, Head, Job};
use kinline_shared::actor::Role;
use kinline_shared::ids::{DeviceId, EventId, StaffId};
use kinline_shared::sync::{GENESIS_HASH, ReferenceItem, Refusal};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// The SQLite database.
pub struct Sqlite {
    conn: Arc<Mutex<Connection>>,
    /// How long before its slot a booking's reminder is due (`notify.reminder_minutes`).
    reminder: chrono::Duration,
}

/// Whether the file at `path` is a plain (unencrypted) SQLite database: its first bytes are
/// SQLite's header in clear. An encrypted file's are random.
pub(crate) fn is_plaintext(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| &head == b"SQLite format 3\0")
}

/// The `PRAGMA key` value of a raw key: SQLCipher then skips its passphrase derivation.
fn pragma_key(key: &[u8; 32]) -> zeroize::Zeroizing<String> {
    zeroize::Zeroizing::new(format!("x'{}'", hex::encode(key)))
}

/// Encrypts a plain database file in place with `key` (a server from before the database was
/// encrypted): exported into an encrypted copy, which then replaces it.
fn encrypt_in_place(path: &Path, key: &[u8; 32]) -> Result<(), ServerError> {
    let copy = path.with_extension("sqlite3.encrypting");
    let _ = std::fs::remove_file(&copy);
    crate::files::create_private(&copy, &[])?;
    {
        let conn = Connection::open(path)?;
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        conn.execute(
            "ATTACH DATABASE ?1 AS encrypted KEY ?2",
            params![copy.to_string_lossy(), &*pragma_key(key)],
        )?;
        conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
        conn.execute_batch("DETACH DATABASE encrypted;")?;
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    std::fs::rename(&copy, path)?;
    tracing::info!("the server's SQLite database is now encrypted (SQLCipher)");
    Ok(())
}

impl Sqlite {
    /// Opens (creating if needed), encrypts with `key` (SQLCipher; a plain file from before is
    /// encrypted first) and migrates the database file. The file and its journal are private
    /// (0600); a wrong key stops the open before anything is written.
    pub(super) async fn open(
        path: &Path,
        key: zeroize::Zeroizing<[u8; 32]>,
        reminder: chrono::Duration,
    ) -> Result<Self, ServerError> {
        let path = path.to_owned();
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection, ServerError> {
            if !path.exists() {
                // Made private before SQLite writes to it: its -wal and -shm take its mode.
                crate::files::create_private(&path, &[])?;
            } else if is_plaintext(&path) {
                encrypt_in_place(&path, &key)?;
            }
            crate::files::restrict(&path)?;
            let mut conn = Connection::open(&path)?;
            conn.pragma_update(None, "key", &*pragma_key(&key))?;
            // The first read proves the key (each page's HMAC), before any write.
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|_| {
                ServerError::Corrupt(format!(
                    "{} cannot be read with its key (a wrong KINLINE_DB_KEY or key file, or \
                         a damaged file); restore the key or the database from the backup",
                    path.display()
                ))
            })?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            // FULL: a committed batch survives power loss, not only a killed process.
            conn.pragma_update(None, "synchronous", "FULL")?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            // Erased rows (callers' contacts) are overwritten in the file, not only unlinked.
            conn.pragma_update(None, "secure_delete", "ON")?;
            conn.busy_timeout(std::time::Duration::from_secs(10))?;
            // An upgrade's migrations run only after a backup of the database as it was.
            if let Some(first) = pending(&conn)?.first()
                && has_schema(&conn)?
            {
                let dir =
                    crate::backup::before_migration(&conn, &path, &key, first).map_err(|e| {
                        ServerError::Migration {
                            version: (*first).to_owned(),
                            message: format!(
                                "no backup could be taken before it, so it was not run: {e}"
                            ),
                        }
                    })?;
                tracing::info!(migration = first, backup = %dir.display(),
                    "database backed up before its migrations");
            }
            drop(key);
            migrate(&mut conn)?;
            for suffix in ["-wal", "-shm"] {
                crate::files::restrict(Path::new(&format!("{}{suffix}", path.display())))?;
            }
            Ok(conn)
        })
        .await
        .map_err(|e| ServerError::Task(e.to_string()))??;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
            reminder,
        })
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, ServerError> + Send + 'static,
    ) -> Result<T, ServerError> {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn
                .lock()
                .map_err(|_| ServerError::Task("the SQLite connection lock is poisoned".into()))?;
            f(&mut guard)
        })
        .await
        .map_err(|e| ServerError::Task(e.to_string()))?
    }

    pub(super) async fn ping(&self) -> Result<String, ServerError> {
        self.run(|c| {
            Ok(c.query_row(
                "SELECT COALESCE(MAX(version), '') FROM schema_migrations",
                [],
                |r| r.get(0),
            )?)
        })
        .await
    }

    pub(super) async fn meta(&self, key: &str) -> Result<Option<String>, ServerError> {
        let key = key.to_owned();
        self.run(move |c| {
            Ok(
                c.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
                    .optional()?,
            )
        })
        .await
    }

    pub(super) async fn meta_remove(&self, key: &str) -> Result<(), ServerError> {
        let key = key.to_owned();
        self.run(move |c| {
            c.execute("DELETE FROM meta WHERE key = ?1", [key])?;
            Ok(())
        })
        .await
    }

    pub(super) async fn meta_init(&self, key: &str, value: &str) -> Result<String, ServerError> {
        let (key, value) = (key.to_owned(), value.to_owned());
        self.run(move |c| {
            c.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
                params![key, value],
            )?;
            Ok(c.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))?)
        })
        .await
    }

    pub(super) async fn create_enrol_code(
        &self,
        code_hash: &str,
        expires_ms: i64,
    ) -> Result<(), ServerError> {
        let code_hash = code_hash.to_owned();
        self.run(move |c| {
            c.execute(
                "INSERT INTO enrol_codes (code_hash, expires_ms) VALUES (?1, ?2)",
                params![code_hash, expires_ms],
            )?;
            Ok(())
        })
        .await
    }

    pub(super) async fn enrol(
        &self,
        code_hash: &str,
        now_ms: i64,
        device: DeviceId,
        public_key: [u8; 32],
    ) -> Result<bool, ServerError> {
        let code_hash = code_hash.to_owned();
        self.run(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let used = tx.execute(
                "UPDATE enrol_codes SET used = 1, used_by = ?3
                 WHERE code_hash = ?1 AND used = 0 AND expires_ms > ?2",
                params![code_hash, now_ms, device.to_string()],
            )?;
            if used != 1 {
                return Ok(false);
            }
            tx.execute(
                "INSERT INTO devices (id, public_key, last_hash, enrolled_ms)
                 VALUES (?1, ?2, ?3, ?4)",
                params![
                    device.to_string(),
                    public_key.to_vec(),
                    GENESIS_HASH,
                    now_ms
                ],
            )?;
            tx.commit()?;
            Ok(true)
        })
        .await
    }

    pub(super) async fn ensure_device(
        &self,
        device: DeviceId,
        public_key: [u8; 32],
        now_ms: i64,
    ) -> Result<(), ServerError> {
        self.run(move |c| {
            c.execute(
                "INSERT INTO devices (id, public_key, last_hash, enrolled_ms)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO NOTHING",
                params![
                    device.to_string(),
                    public_key.to_vec(),
                    GENESIS_HASH,
                    now_ms
                ],
            )?;
            Ok(())
        })
        .await
    }

    pub(super) async fn device(&self, device: DeviceId) -> Result<Option<DeviceRow>, ServerError> {
        self.run(move |c| {
            let row = c
                .query_row(
                    "SELECT public_key, revoked, high, last_hash FROM devices WHERE id = ?1",
                    [device.to_string()],
                    |r| {
                        Ok((
                            r.get::<_, Vec<u8>>(0)?,
                            r.get::<_, bool>(1)?,
                            r.get::<_, i64>(2)?,
                            r.get::<_, String>(3)?,
                        ))
                    },
                )
                .optional()?;
            row.map(|(key, revoked, high, last_hash)| {
                let public_key = <[u8; 32]>::try_from(key.as_slice())
                    .map_err(|_| ServerError::Corrupt("a device key is not 32 bytes".into()))?;
                Ok(DeviceRow {
                    public_key,
                    revoked,
                    high: u64_of(high),
                    last_hash,
                })
            })
            .transpose()
        })
        .await
    }

    pub(super) async fn revoke_device(&self, device: DeviceId) -> Result<bool, ServerError> {
        self.run(move |c| {
            Ok(c.execute(
                "UPDATE devices SET revoked = 1 WHERE id = ?1",
                [device.to_string()],
            )? == 1)
        })
        .await
    }

    pub(super) async fn use_nonce(
        &self,
        device: DeviceId,
        nonce: &str,
        now_ms: i64,
    ) -> Result<bool, ServerError> {
        let nonce = nonce.to_owned();
        self.run(move |c| {
            Ok(c.execute(
                "INSERT INTO nonces (device, nonce, seen_ms) VALUES (?1, ?2, ?3)
                 ON CONFLICT (device, nonce) DO NOTHING",
                params![device.to_string(), nonce, now_ms],
            )? == 1)
        })
        .await
    }

    pub(super) async fn prune_nonces(&self, before_ms: i64) -> Result<(), ServerError> {
        self.run(move |c| {
            c.execute("DELETE FROM nonces WHERE seen_ms < ?1", [before_ms])?;
            Ok(())
        })
        .await
    }

    pub(super) async fn commit_group(&self, jobs: Arc<Vec<Job>>) -> Result<Committed, ServerError> {
        let reminder = self.reminder;
        self.run(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Nonces first: a replay within the group loses to the first request.
            let mut fresh = Vec::with_capacity(jobs.len());
            {
                let mut ins = tx.prepare_cached(
                    "INSERT INTO nonces (device, nonce, seen_ms) VALUES (?1, ?2, ?3)
                     ON CONFLICT (device, nonce) DO NOTHING",
                )?;
                for job in jobs.iter() {
                    fresh.push(match &job.nonce {
                        Some(n) => {
                            ins.execute(params![job.device.to_string(), n, job.received_ms])? == 1
                        }
                        None => true,
                    });
                }
            }
            let mut heads = HashMap::new();
            let mut stored = HashSet::new();
            {
                let mut head = tx
                    .prepare_cached("SELECT high, last_hash, revoked FROM devices WHERE id = ?1")?;
                let mut held = tx.prepare_cached(
                    "SELECT 1 FROM log WHERE event_id = ?1 AND status = 'stored'",
                )?;
                for job in jobs.iter() {
                    if !heads.contains_key(&job.device)
                        && let Some((high, last_hash, revoked)) = head
                            .query_row([job.device.to_string()], |r| {
                                Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?))
                            })
                            .optional()?
                    {
                        let high = u64_of(high);
                        heads.insert(
                            job.device,
                            Head {
                                high,
                                last_hash,
                                revoked,
                            },
                        );
                    }
                    for ch in job.batch.iter().flatten() {
                        let id = ch.logged.event.id;
                        if held.exists([id.to_string()])? {
                            stored.insert(id);
                        }
                    }
                }
            }
            let mut plan = push::plan_group(&jobs, &heads, &fresh, &stored, reminder);
            {
                let mut ins = tx.prepare_cached(
                    "INSERT INTO log (device, idx, event_id, status, refusal, chain_hash, kind,
                                      recorded_ms, received_ms, event)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                )?;
                for row in &plan.rows {
                    ins.execute(params![
                        row.device.to_string(),
                        i64_of(row.idx),
                        row.event_id.to_string(),
                        row.status.as_str(),
                        row.refusal,
                        row.chain_hash,
                        row.kind,
                        row.recorded_ms,
                        row.received_ms,
                        row.event_json,
                    ])?;
                }
                let mut head = tx
                    .prepare_cached("UPDATE devices SET high = ?1, last_hash = ?2 WHERE id = ?3")?;
                for (device, high, last_hash) in &plan.heads {
                    head.execute(params![i64_of(*high), last_hash, device.to_string()])?;
                }
            }
            // The caller's messages the stored events queue, in the same transaction.
            outbox::enqueue(&tx, &plan.messages)?;
            let mut outcomes = std::mem::take(&mut plan.outcomes);
            if !plan.held.is_empty() {
                let mut q = tx.prepare_cached(
                    "SELECT event_id, refusal FROM log
                     WHERE device = ?1 AND idx = ?2 AND status = 'refused'",
                )?;
                for (job, device, idx) in &plan.held {
                    let row: Option<(String, String)> = q
                        .query_row(params![device.to_string(), i64_of(*idx)], |r| {
                            Ok((r.get(0)?, r.get(1)?))
                        })
                        .optional()?;
                    if let (Some((id, refusal)), Some(Ok(Some(resp)))) =
                        (row, outcomes.get_mut(*job))
                    {
                        resp.refused.push(refusal_row(&id, &refusal)?);
                    }
                }
            }
            tx.commit()?;
            Ok(plan.committed(outcomes))
        })
        .await
    }

    pub(super) async fn events_after(
        &self,
        seq: u64,
        exclude: Option<DeviceId>,
        limit: u32,
    ) -> Result<Vec<StoredEvent>, ServerError> {
        self.run(move |c| {
            let exclude = exclude.map(|d| d.to_string()).unwrap_or_default();
            let mut q = c.prepare_cached(
                "SELECT seq, received_ms, event FROM log
                 WHERE seq > ?1 AND status = 'stored' AND device != ?2
                 ORDER BY seq LIMIT ?3",
            )?;
            let rows = q.query_map(params![i64_of(seq), exclude, limit], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (seq, received_ms, json) = row?;
                out.push(StoredEvent {
                    seq: u64_of(seq),
                    received_ms,
                    event: serde_json::from_str(&json)?,
                });
            }
            Ok(out)
        })
        .await
    }

    pub(super) async fn counts(&self) -> Result<LogCounts, ServerError> {
        self.run(|c| {
            let count = |sql: &str| -> Result<u64, ServerError> {
                Ok(u64_of(c.query_row(sql, [], |r| r.get::<_, i64>(0))?))
            };
            Ok(LogCounts {
                stored: count("SELECT COUNT(*) FROM log WHERE status = 'stored'")?,
                refused: count("SELECT COUNT(*) FROM log WHERE status = 'refused'")?,
                duplicate: count("SELECT COUNT(*) FROM log WHERE status = 'duplicate'")?,
                distinct_ids: count(
                    "SELECT COUNT(DISTINCT event_id) FROM log WHERE status = 'stored'",
                )?,
            })
        })
        .await
    }

    pub(super) async fn upsert_staff(
        &self,
        id: StaffId,
        row: &StaffRow,
    ) -> Result<(), ServerError> {
        let row = row.clone();
        self.run(move |c| {
            c.execute(
                "INSERT INTO staff (id, role, secret_hash, active, number)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET role = excluded.role,
                    secret_hash = excluded.secret_hash, active = excluded.active,
                    number = excluded.number",
                params![
                    id.to_string(),
                    role_str(row.role),
                    row.secret_hash,
                    row.active,
                    row.number
                ],
            )?;
            Ok(())
        })
        .await
    }

    pub(super) async fn staff(&self, id: StaffId) -> Result<Option<StaffRow>, ServerError> {
        self.run(move |c| {
            let row: Option<(String, String, bool, Option<String>)> = c
                .query_row(
                    "SELECT role, secret_hash, active, number FROM staff WHERE id = ?1",
                    [id.to_string()],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            row.map(|(role, secret_hash, active, number)| {
                Ok(StaffRow {
                    role: role_from(&role)?,
                    secret_hash,
                    active,
                    number,
                })
            })
            .transpose()
        })
        .await
    }

    pub(super) async fn staff_by_number(
        &self,
        number: &str,
    ) -> Result<Option<StaffId>, ServerError> {
        let number = number.to_owned();
        self.run(move |c| {
            let id: Option<String> = c
                .query_row("SELECT id FROM staff WHERE number = ?1", [number], |r| {
                    r.get(0)
                })
                .optional()?;
            id.map(|id| {
                id.parse()
                    .map_err(|_| ServerError::Corrupt("a staff id in the database".into()))
            })
            .transpose()
        })
        .await
    }

    pub(super) async fn create_session(
        &self,
        token_hash: &str,
        staff: StaffId,
        role: Role,
        expires_ms: i64,
    ) -> Result<(), ServerError> {
        let token_hash = token_hash.to_owned();
        self.run(move |c| {
            c.execute(
                "INSERT INTO sessions (token_hash, staff, role, expires_ms) VALUES (?1, ?2, ?3, ?4)",
                params![token_hash, staff.to_string(), role_str(role), expires_ms],
            )?;
            Ok(())
        })
        .await
    }

    pub(super) async fn session(
        &self,
        token_hash: &str,
        now_ms: i64,
    ) -> Result<Option<(StaffId, Role)>, ServerError> {
        let token_hash = token_hash.to_owned();
        self.run(move |c| {
            let row: Option<(String, String)> = c
                .query_row(
                    "SELECT s.staff, s.role FROM sessions s JOIN staff t ON t.id = s.staff
                     WHERE s.token_hash = ?1 AND s.expires_ms > ?2 AND t.active = 1
                       AND t.role = s.role",
                    params![token_hash, now_ms],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            row.map(|(staff, role)| {
                let staff = staff
                    .parse()
                    .map_err(|_| ServerError::Corrupt("a session's staff id".into()))?;
                Ok((staff, role_from(&role)?))
            })
            .transpose()
        })
        .await
    }

    pub(super) async fn delete_session(&self, token_hash: &str) -> Result<(), ServerError> {
        let token_hash = token_hash.to_owned();
        self.run(move |c| {
            c.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
            Ok(())
        })
        .await
    }

    pub(super) async fn delete_sessions_of(&self, staff: StaffId) -> Result<(), ServerError> {
        self.run(move |c| {
            c.execute("DELETE FROM sessions WHERE staff = ?1", [staff.to_string()])?;
            Ok(())
        })
        .await
    }

    pub(super) async fn upsert_reference(&self, item: &ReferenceItem) -> Result<u64, ServerError> {
        let key = item.key();
        let json = serde_json::to_string(item)?;
        self.run(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let seq: i64 =
                tx.query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM reference", [], |r| {
                    r.get(0)
                })?;
            tx.execute(
                "INSERT INTO reference (key, seq, item) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET seq = excluded.seq, item = excluded.item",
                params![key, seq, json],
            )?;
            tx.commit()?;
            Ok(u64_of(seq))
        })
        .await
    }

    pub(super) async fn reference_after(
        &self,
        cursor: u64,
        limit: u32,
    ) -> Result<Vec<(u64, ReferenceItem)>, ServerError> {
        self.run(move |c| {
            let mut q = c.prepare_cached(
                "SELECT seq, item FROM reference WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )?;
            let rows = q.query_map(params![i64_of(cursor), limit], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (seq, json) = row?;
                out.push((u64_of(seq), serde_json::from_str(&json)?));
            }
            Ok(out)
        })
        .await
    }
}

pub(super) fn refusal_row(id: &str, refusal: &str) -> Result<(EventId, Refusal), ServerError> {
    let id = id
        .parse()
        .map_err(|_| ServerError::Corrupt("a logged event id".into()))?;
    Ok((id, serde_json::from_str(refusal)?))
}

/// Whether the database has been migrated before (an existing database, not a new one).
fn has_schema(conn: &Connection) -> Result<bool, ServerError> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations')",
        [],
        |r| r.get(0),
    )?)
}

/// The embedded migrations the database has not run yet, in order.
fn pending(conn: &Connection) -> Result<Vec<&'static str>, ServerError> {
    if !has_schema(conn)? {
        return Ok(SQLITE_MIGRATIONS.iter().map(|(v, _)| *v).collect());
    }
    let mut q = conn.prepare("SELECT version FROM schema_migrations")?;
    let done: HashSet<String> = q.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    Ok(SQLITE_MIGRATIONS
        .iter()
        .map(|(v, _)| *v)
        .filter(|v| !done.contains(*v))
        .collect())
}

fn migrate(conn: &mut Connection) -> Result<(), ServerError> {
    conn.execute_batch("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)")?;
    for (version, sql) in SQLITE_MIGRATIONS {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let done: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?1)",
            [version],
            |r| r.get(0),
        )?;
        if !done {
            tx.execute_batch(sql).map_err(|e| ServerError::Migration {
                version: (*version).to_owned(),
                message: e.to_string(),
            })?;
            tx.execute(
                "INSERT INTO schema_migrations (version) VALUES (?1)",
                [version],
            )?;
        }
        tx.commit()?;
    }
    Ok(())
}
