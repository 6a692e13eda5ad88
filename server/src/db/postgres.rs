//! The PostgreSQL backend: a connection pool; a batch is one transaction. Pushes take one
//! transaction-level advisory lock so the server sequence (`log.seq`) is assigned in commit
//! order: a tablet pulling "after seq N" can never miss an event committed later with a
//! smaller number.

mod calls;
mod contacts;
mod lists;
mod outbox;

use super::sqlite::refusal_row;
use super::{
    DeviceRow, LogCounts, POSTGRES_MIGRATIONS, StaffRow, StoredEvent, i64_of, role_from, role_str,
    u64_of,
};
use crate::error::ServerError;
use crate::push::{self, Committed, Head, Job};
use deadpool_postgres::{ClientWrapper, Pool, Runtime};
use kinline_shared::actor::Role;
use kinline_shared::ids::{DeviceId, EventId, StaffId};
use kinline_shared::sync::{GENESIS_HASH, ReferenceItem};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tokio_postgres::NoTls;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::Type;

/// Advisory lock keys (arbitrary constants, one per ordered feed).
const LOG_LOCK: i64 = 0x4b49_4e4c_0001;
const REFERENCE_LOCK: i64 = 0x4b49_4e4c_0002;

/// The `log` columns a group commit copies in, in the order of its `COPY` statement.
const LOG_COLUMNS: [Type; 11] = [
    Type::INT8,
    Type::TEXT,
    Type::INT8,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::INT8,
    Type::INT8,
    Type::TEXT,
];

/// The PostgreSQL database.
pub struct Postgres {
    pool: Pool,
    url: String,
    /// The group commit's own connection, kept while it is open: its statements stay
    /// prepared, and it is driven by the runtime that first commits a group — the group
    /// commit's own thread (`service::commit_loop`), not the runtime busy with requests.
    committer: tokio::sync::Mutex<Option<Box<ClientWrapper>>>,
    /// How long before its slot a booking's reminder is due (`notify.reminder_minutes`).
    reminder: chrono::Duration,
}

impl Postgres {
    /// Connects and migrates, after a backup with `backup` when the database has a schema
    /// that migrations are pending for.
    pub(super) async fn open(
        url: &str,
        reminder: chrono::Duration,
        backup: &crate::backup::PgDump,
    ) -> Result<Self, ServerError> {
        let mut cfg = deadpool_postgres::Config::new();
        cfg.url = Some(url.to_owned());
        cfg.pool = Some(deadpool_postgres::PoolConfig::new(32));
        let pool = cfg
            .create_pool(Some(Runtime::Tokio1), NoTls)
            .map_err(|e| ServerError::Pool(e.to_string()))?;
        let db = Self {
            pool,
            url: url.to_owned(),
            committer: tokio::sync::Mutex::new(None),
            reminder,
        };
        db.migrate(backup).await?;
        Ok(db)
    }

    async fn migrate(&self, backup: &crate::backup::PgDump) -> Result<(), ServerError> {
        let mut client = self.pool.get().await?;
        client
            .batch_execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)",
            )
            .await?;
        // An upgrade's migrations run only after a backup of the database as it was.
        let done: HashSet<String> = client
            .query("SELECT version FROM schema_migrations", &[])
            .await?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let pending = POSTGRES_MIGRATIONS
            .iter()
            .map(|(version, _)| *version)
            .find(|v| !done.contains(*v));
        if let Some(first) = pending
            && !done.is_empty()
        {
            let taken = backup.clone();
            let name = first.to_owned();
            let dir = tokio::task::spawn_blocking(move || taken.before_migration(&name))
                .await
                .map_err(|e| ServerError::Task(e.to_string()))?
                .map_err(|e| ServerError::Migration {
                    version: first.to_owned(),
                    message: format!("no backup could be taken before it, so it was not run: {e}"),
                })?;
            tracing::info!(migration = first, backup = %dir.display(),
                "database backed up before its migrations");
        }
        for (version, sql) in POSTGRES_MIGRATIONS {
            let tx = client.transaction().await?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOG_LOCK])
                .await?;
            let done = tx
                .query_opt(
                    "SELECT 1 FROM schema_migrations WHERE version = $1",
                    &[version],
                )
                .await?
                .is_some();
            if !done {
                tx.batch_execute(sql)
                    .await
                    .map_err(|e| ServerError::Migration {
                        version: (*version).to_owned(),
                        message: e.to_string(),
                    })?;
                tx.execute(
                    "INSERT INTO schema_migrations (version) VALUES ($1)",
                    &[version],
                )
                .await?;
            }
            tx.commit().await?;
        }
        Ok(())
    }

    pub(super) async fn ping(&self) -> Result<String, ServerError> {
        let client = self.pool.get().await?;
        let row = client
            .query_one(
                "SELECT COALESCE(MAX(version), '') FROM schema_migrations",
                &[],
            )
            .await?;
        Ok(row.get(0))
    }

    pub(super) async fn meta(&self, key: &str) -> Result<Option<String>, ServerError> {
        let c = self.pool.get().await?;
        Ok(
            c.query_opt("SELECT value FROM meta WHERE key = $1", &[&key])
                .await?
                .map(|r| r.get(0)),
        )
    }

    pub(super) async fn meta_remove(&self, key: &str) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute("DELETE FROM meta WHERE key = $1", &[&key])
            .await?;
        Ok(())
    }

    pub(super) async fn meta_init(&self, key: &str, value: &str) -> Result<String, ServerError> {
        let c = self.pool.get().await?;
        c.execute(
            "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
            &[&key, &value],
        )
        .await?;
        Ok(
            c.query_one("SELECT value FROM meta WHERE key = $1", &[&key])
                .await?
                .get(0),
        )
    }

    pub(super) async fn create_enrol_code(
        &self,
        code_hash: &str,
        expires_ms: i64,
    ) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute(
            "INSERT INTO enrol_codes (code_hash, expires_ms) VALUES ($1, $2)",
            &[&code_hash, &expires_ms],
        )
        .await?;
        Ok(())
    }

    pub(super) async fn enrol(
        &self,
        code_hash: &str,
        now_ms: i64,
        device: DeviceId,
        public_key: [u8; 32],
    ) -> Result<bool, ServerError> {
        let mut c = self.pool.get().await?;
        let tx = c.transaction().await?;
        let used = tx
            .execute(
                "UPDATE enrol_codes SET used = TRUE, used_by = $3
                 WHERE code_hash = $1 AND NOT used AND expires_ms > $2",
                &[&code_hash, &now_ms, &device.to_string()],
            )
            .await?;
        if used != 1 {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO devices (id, public_key, last_hash, enrolled_ms) VALUES ($1, $2, $3, $4)",
            &[
                &device.to_string(),
                &public_key.as_slice(),
                &GENESIS_HASH,
                &now_ms,
            ],
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    pub(super) async fn ensure_device(
        &self,
        device: DeviceId,
        public_key: [u8; 32],
        now_ms: i64,
    ) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute(
            "INSERT INTO devices (id, public_key, last_hash, enrolled_ms) VALUES ($1, $2, $3, $4)
             ON CONFLICT (id) DO NOTHING",
            &[
                &device.to_string(),
                &public_key.as_slice(),
                &GENESIS_HASH,
                &now_ms,
            ],
        )
        .await?;
        Ok(())
    }

    pub(super) async fn device(&self, device: DeviceId) -> Result<Option<DeviceRow>, ServerError> {
        let c = self.pool.get().await?;
        let row = c
            .query_opt(
                "SELECT public_key, revoked, high, last_hash FROM devices WHERE id = $1",
                &[&device.to_string()],
            )
            .await?;
        row.map(|r| {
            let key: Vec<u8> = r.get(0);
            let public_key = <[u8; 32]>::try_from(key.as_slice())
                .map_err(|_| ServerError::Corrupt("a device key is not 32 bytes".into()))?;
            Ok(DeviceRow {
                public_key,
                revoked: r.get(1),
                high: u64_of(r.get(2)),
                last_hash: r.get(3),
            })
        })
        .transpose()
    }

    pub(super) async fn revoke_device(&self, device: DeviceId) -> Result<bool, ServerError> {
        let c = self.pool.get().await?;
        Ok(c.execute(
            "UPDATE devices SET revoked = TRUE WHERE id = $1",
            &[&device.to_string()],
        )
        .await?
            == 1)
    }

    pub(super) async fn use_nonce(
        &self,
        device: DeviceId,
        nonce: &str,
        now_ms: i64,
    ) -> Result<bool, ServerError> {
        let c = self.pool.get().await?;
        Ok(c.execute(
            "INSERT INTO nonces (device, nonce, seen_ms) VALUES ($1, $2, $3)
             ON CONFLICT (device, nonce) DO NOTHING",
            &[&device.to_string(), &nonce, &now_ms],
        )
        .await?
            == 1)
    }

    pub(super) async fn prune_nonces(&self, before_ms: i64) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute("DELETE FROM nonces WHERE seen_ms < $1", &[&before_ms])
            .await?;
        Ok(())
    }

    /// One transaction for the whole group in four round trips whatever its size: (1) one
    /// pipeline PostgreSQL runs in order — BEGIN, the log lock, the nonces, the devices'
    /// heads and the log's last `seq`; then, planned from these, (2, 3) the log rows as one
    /// binary `COPY`, and (4) one pipeline: the heads' update, the earlier refusals of
    /// repeated positions, and COMMIT (a fifth round trip if there were such refusals: COMMIT
    /// waits until they are read). It runs on the group commit's own connection. The event
    /// ids are not looked up among the stored ones first (on a 2,000-event group that took
    /// 3–10 ms of the database's time, measured with psql): only if the unique index refuses
    /// one, a copy of a stored event from another log position, is the group written again,
    /// looking them up, so the copy is logged as a duplicate.
    pub(super) async fn commit_group(&self, jobs: Arc<Vec<Job>>) -> Result<Committed, ServerError> {
        let mut committer = self.committer.lock().await;
        let c = match committer.take() {
            Some(c) => c,
            None => {
                let (client, connection) = tokio_postgres::connect(&self.url, NoTls).await?;
                let task = tokio::spawn(async move {
                    if let Err(e) = connection.await {
                        tracing::warn!(error = %e, "the group commit's connection ended");
                    }
                });
                Box::new(ClientWrapper::new(client, task))
            }
        };
        // First without looking for the group's event ids among the stored ones: a tablet's
        // new events are new (their ids are random), and the unique index on stored event ids
        // refuses one that is not. Only then is the group written again, looking first, so
        // the event is logged as a duplicate, as SQLite does.
        let mut outcomes = Self::commit_group_on(&c, &jobs, false, self.reminder).await;
        if outcomes.as_ref().is_err_and(stored_already) {
            outcomes = match c.batch_execute("ROLLBACK").await {
                Ok(()) => Self::commit_group_on(&c, &jobs, true, self.reminder).await,
                Err(e) => Err(e.into()),
            };
        }
        // A failed group's transaction is rolled back (an error aborts it, so its pipelined
        // COMMIT did nothing); the connection is kept if it still answers.
        let keep = match &outcomes {
            Ok(_) => true,
            Err(_) => c.batch_execute("ROLLBACK").await.is_ok(),
        };
        if keep && !c.is_closed() {
            *committer = Some(c);
        }
        outcomes
    }

    /// Writes one group in one transaction (four round trips). `look_up_ids`: find which of
    /// the group's event ids are stored already (from other log positions), so they are
    /// logged as duplicates; without it, such an event fails the group on the unique index
    /// ([`stored_already`]), and the caller writes the group again with it.
    async fn commit_group_on(
        c: &ClientWrapper,
        jobs: &[Job],
        look_up_ids: bool,
        reminder: chrono::Duration,
    ) -> Result<Committed, ServerError> {
        let lock = c.prepare_cached("SELECT pg_advisory_xact_lock($1)").await?;
        let nonces = c
            .prepare_cached(
                "INSERT INTO nonces (device, nonce, seen_ms)
                 SELECT * FROM UNNEST($1::text[], $2::text[], $3::bigint[])
                 ON CONFLICT (device, nonce) DO NOTHING RETURNING device, nonce",
            )
            .await?;
        let heads_q = c
            .prepare_cached(
                "SELECT id, high, last_hash, revoked FROM devices WHERE id = ANY($1)
                 ORDER BY id FOR UPDATE",
            )
            .await?;
        let stored_q = c
            .prepare_cached(
                "SELECT event_id FROM log WHERE status = 'stored' AND event_id = ANY($1)",
            )
            .await?;
        let (mut n_dev, mut n_nonce, mut n_seen) = (Vec::new(), Vec::new(), Vec::new());
        for job in jobs {
            if let Some(n) = &job.nonce {
                n_dev.push(job.device.to_string());
                n_nonce.push(n.as_str());
                n_seen.push(job.received_ms);
            }
        }
        let mut devices: Vec<String> = jobs.iter().map(|j| j.device.to_string()).collect();
        devices.sort();
        devices.dedup();
        let ids: Vec<String> = if look_up_ids {
            jobs.iter()
                .flat_map(|j| j.batch.iter().flatten())
                .map(|c| c.logged.event.id.to_string())
                .collect()
        } else {
            Vec::new()
        };
        // Round trip 1. Sent together, run one after another: every read is after the lock.
        let last_seq = c
            .prepare_cached("SELECT COALESCE(MAX(seq), 0) FROM log")
            .await?;
        let (_, _, nonce_rows, head_rows, stored_rows, last) = futures_util::try_join!(
            c.batch_execute("BEGIN"),
            c.execute(&lock, &[&LOG_LOCK]),
            async { c.query(&nonces, &[&n_dev, &n_nonce, &n_seen]).await },
            async { c.query(&heads_q, &[&devices]).await },
            async { c.query(&stored_q, &[&ids]).await },
            async { c.query_one(&last_seq, &[]).await },
        )?;
        let base: i64 = last.get(0);
        let mut inserted = HashSet::new();
        for r in nonce_rows {
            let (device, nonce): (String, String) = (r.get(0), r.get(1));
            if let Ok(device) = device.parse::<DeviceId>() {
                inserted.insert((device, nonce));
            }
        }
        let fresh = push::fresh_nonces(jobs, &inserted);
        let mut heads = HashMap::new();
        for r in head_rows {
            let id: String = r.get(0);
            let device = id
                .parse::<DeviceId>()
                .map_err(|_| ServerError::Corrupt("a device id".into()))?;
            heads.insert(
                device,
                Head {
                    high: u64_of(r.get(1)),
                    last_hash: r.get(2),
                    revoked: r.get(3),
                },
            );
        }
        let mut stored = HashSet::new();
        for r in stored_rows {
            let id: String = r.get(0);
            if let Ok(id) = id.parse::<EventId>() {
                stored.insert(id);
            }
        }
        let mut plan = push::plan_group(jobs, &heads, &fresh, &stored, reminder);
        let (mut head_d, mut head_h, mut head_l) = (Vec::new(), Vec::new(), Vec::new());
        for (device, high, last_hash) in &plan.heads {
            head_d.push(device.to_string());
            head_h.push(i64_of(*high));
            head_l.push(last_hash.as_str());
        }
        let (mut held_d, mut held_i) = (Vec::new(), Vec::new());
        for (_, device, idx) in &plan.held {
            held_d.push(device.to_string());
            held_i.push(i64_of(*idx));
        }
        // The server order is assigned here, under the lock, in commit order; the rows go
        // in as one binary COPY (two round trips: PostgreSQL's bulk path).
        let copy = c
            .prepare_cached(
                "COPY log (seq, device, idx, event_id, status, refusal, chain_hash, kind,
                           recorded_ms, received_ms, event) FROM STDIN (FORMAT binary)",
            )
            .await?;
        let sink = c.copy_in(&copy).await?;
        let mut writer = std::pin::pin!(BinaryCopyInWriter::new(sink, &LOG_COLUMNS));
        for (seq, row) in (base + 1..).zip(&plan.rows) {
            writer
                .as_mut()
                .write(&[
                    &seq,
                    &row.device.to_string(),
                    &i64_of(row.idx),
                    &row.event_id.to_string(),
                    &row.status.as_str(),
                    &row.refusal.as_deref(),
                    &row.chain_hash,
                    &row.kind.as_str(),
                    &row.recorded_ms,
                    &row.received_ms,
                    &row.event_json,
                ])
                .await?;
        }
        writer.as_mut().finish().await?;
        // The caller's messages the stored events queue, in the same transaction.
        outbox::enqueue(c, &plan.messages).await?;
        let update = c
            .prepare_cached(
                "UPDATE devices SET high = t.h, last_hash = t.l
                 FROM UNNEST($1::text[], $2::bigint[], $3::text[]) AS t(d, h, l)
                 WHERE devices.id = t.d",
            )
            .await?;
        let held_q = c
            .prepare_cached(
                "SELECT l.device, l.idx, l.event_id, l.refusal
                 FROM log l JOIN UNNEST($1::text[], $2::bigint[]) AS t(d, i)
                   ON l.device = t.d AND l.idx = t.i
                 WHERE l.status = 'refused'",
            )
            .await?;
        // The last round trip. If any statement fails, the transaction is aborted and a pipelined
        // COMMIT rolls it back; the error is this group's. With earlier refusals to read
        // (a position sent again), COMMIT waits until they are read.
        let commit_now = plan.held.is_empty();
        let (_, held_rows, _) = futures_util::try_join!(
            async { c.execute(&update, &[&head_d, &head_h, &head_l]).await },
            async { c.query(&held_q, &[&held_d, &held_i]).await },
            async {
                if commit_now {
                    c.batch_execute("COMMIT").await
                } else {
                    Ok(())
                }
            },
        )?;
        let mut outcomes = std::mem::take(&mut plan.outcomes);
        let mut refusals = HashMap::new();
        for r in held_rows {
            let (device, idx, id, refusal): (String, i64, String, String) =
                (r.get(0), r.get(1), r.get(2), r.get(3));
            refusals.insert((device, u64_of(idx)), refusal_row(&id, &refusal)?);
        }
        for (job, device, idx) in &plan.held {
            if let (Some(refused), Some(Ok(Some(resp)))) = (
                refusals.get(&(device.to_string(), *idx)),
                outcomes.get_mut(*job),
            ) {
                resp.refused.push(refused.clone());
            }
        }
        if !commit_now {
            c.batch_execute("COMMIT").await?;
        }
        Ok(plan.committed(outcomes))
    }

    pub(super) async fn events_after(
        &self,
        seq: u64,
        exclude: Option<DeviceId>,
        limit: u32,
    ) -> Result<Vec<StoredEvent>, ServerError> {
        let c = self.pool.get().await?;
        let exclude = exclude.map(|d| d.to_string()).unwrap_or_default();
        let rows = c
            .query(
                "SELECT seq, received_ms, event FROM log
                 WHERE seq > $1 AND status = 'stored' AND device <> $2
                 ORDER BY seq LIMIT $3",
                &[&i64_of(seq), &exclude, &i64::from(limit)],
            )
            .await?;
        rows.into_iter()
            .map(|r| {
                let json: String = r.get(2);
                Ok(StoredEvent {
                    seq: u64_of(r.get(0)),
                    received_ms: r.get(1),
                    event: serde_json::from_str(&json)?,
                })
            })
            .collect()
    }

    pub(super) async fn counts(&self) -> Result<LogCounts, ServerError> {
        let c = self.pool.get().await?;
        let r = c
            .query_one(
                "SELECT COUNT(*) FILTER (WHERE status = 'stored'),
                        COUNT(*) FILTER (WHERE status = 'refused'),
                        COUNT(*) FILTER (WHERE status = 'duplicate'),
                        COUNT(DISTINCT event_id) FILTER (WHERE status = 'stored')
                 FROM log",
                &[],
            )
            .await?;
        Ok(LogCounts {
            stored: u64_of(r.get(0)),
            refused: u64_of(r.get(1)),
            duplicate: u64_of(r.get(2)),
            distinct_ids: u64_of(r.get(3)),
        })
    }

    pub(super) async fn upsert_staff(
        &self,
        id: StaffId,
        row: &StaffRow,
    ) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute(
            "INSERT INTO staff (id, role, secret_hash, active, number)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (id) DO UPDATE SET role = excluded.role,
                secret_hash = excluded.secret_hash, active = excluded.active,
                number = excluded.number",
            &[
                &id.to_string(),
                &role_str(row.role),
                &row.secret_hash,
                &row.active,
                &row.number,
            ],
        )
        .await?;
        Ok(())
    }

    pub(super) async fn staff(&self, id: StaffId) -> Result<Option<StaffRow>, ServerError> {
        let c = self.pool.get().await?;
        let row = c
            .query_opt(
                "SELECT role, secret_hash, active, number FROM staff WHERE id = $1",
                &[&id.to_string()],
            )
            .await?;
        row.map(|r| {
            let role: String = r.get(0);
            Ok(StaffRow {
                role: role_from(&role)?,
                secret_hash: r.get(1),
                active: r.get(2),
                number: r.get(3),
            })
        })
        .transpose()
    }

    pub(super) async fn staff_by_number(
        &self,
        number: &str,
    ) -> Result<Option<StaffId>, ServerError> {
        let c = self.pool.get().await?;
        let row = c
            .query_opt("SELECT id FROM staff WHERE number = $1", &[&number])
            .await?;
        row.map(|r| {
            let id: String = r.get(0);
            id.parse()
                .map_err(|_| ServerError::Corrupt("a staff id in the database".into()))
        })
        .transpose()
    }

    pub(super) async fn create_session(
        &self,
        token_hash: &str,
        staff: StaffId,
        role: Role,
        expires_ms: i64,
    ) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute(
            "INSERT INTO sessions (token_hash, staff, role, expires_ms) VALUES ($1, $2, $3, $4)",
            &[
                &token_hash,
                &staff.to_string(),
                &role_str(role),
                &expires_ms,
            ],
        )
        .await?;
        Ok(())
    }

    pub(super) async fn session(
        &self,
        token_hash: &str,
        now_ms: i64,
    ) -> Result<Option<(StaffId, Role)>, ServerError> {
        let c = self.pool.get().await?;
        let row = c
            .query_opt(
                "SELECT s.staff, s.role FROM sessions s JOIN staff t ON t.id = s.staff
                 WHERE s.token_hash = $1 AND s.expires_ms > $2 AND t.active AND t.role = s.role",
                &[&token_hash, &now_ms],
            )
            .await?;
        row.map(|r| {
            let staff: String = r.get(0);
            let role: String = r.get(1);
            let staff = staff
                .parse()
                .map_err(|_| ServerError::Corrupt("a session's staff id".into()))?;
            Ok((staff, role_from(&role)?))
        })
        .transpose()
    }

    pub(super) async fn delete_session(&self, token_hash: &str) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash])
            .await?;
        Ok(())
    }

    pub(super) async fn delete_sessions_of(&self, staff: StaffId) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute(
            "DELETE FROM sessions WHERE staff = $1",
            &[&staff.to_string()],
        )
        .await?;
        Ok(())
    }

    pub(super) async fn upsert_reference(&self, item: &ReferenceItem) -> Result<u64, ServerError> {
        let key = item.key();
        let json = serde_json::to_string(item)?;
        let mut c = self.pool.get().await?;
        let tx = c.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&REFERENCE_LOCK])
            .await?;
        let seq: i64 = tx
            .query_one("SELECT COALESCE(MAX(seq), 0) + 1 FROM reference", &[])
            .await?
            .get(0);
        tx.execute(
            "INSERT INTO reference (key, seq, item) VALUES ($1, $2, $3)
             ON CONFLICT (key) DO UPDATE SET seq = excluded.seq, item = excluded.item",
            &[&key, &seq, &json],
        )
        .await?;
        tx.commit().await?;
        Ok(u64_of(seq))
    }

    pub(super) async fn reference_after(
        &self,
        cursor: u64,
        limit: u32,
    ) -> Result<Vec<(u64, ReferenceItem)>, ServerError> {
        let c = self.pool.get().await?;
        let rows = c
            .query(
                "SELECT seq, item FROM reference WHERE seq > $1 ORDER BY seq LIMIT $2",
                &[&i64_of(cursor), &i64::from(limit)],
            )
            .await?;
        rows.into_iter()
            .map(|r| {
                let json: String = r.get(1);
                Ok((u64_of(r.get(0)), serde_json::from_str(&json)?))
            })
            .collect()
    }
}

/// Whether a group failed because one of its events is stored already (from another log
/// position): the unique index on stored event ids refused it.
fn stored_already(e: &ServerError) -> bool {
    match e {
        ServerError::Postgres(e) => e.as_db_error().is_some_and(|db| {
            *db.code() == tokio_postgres::error::SqlState::UNIQUE_VIOLATION
                && db.constraint() == Some("log_stored_event")
        }),
        _ => false,
    }
}
