//! The PostgreSQL backend: a connection pool; a batch is one transaction. Pushes take one
//! transaction-level advisory lock so the server sequence (`log.seq`) is assigned in commit
//! order: a tablet pulling "after seq N" can never miss an event committed later with a
//! smaller number.

mod calls;
mod lists;

use super::sqlite::refusal_row;
use super::{
    DeviceRow, LogCounts, POSTGRES_MIGRATIONS, StaffRow, StoredEvent, i64_of, role_from, role_str,
    u64_of,
};
use crate::error::ServerError;
use crate::push::{self, Head, Job, Outcome};
use deadpool_postgres::{Pool, Runtime};
use kinline_shared::actor::Role;
use kinline_shared::ids::{DeviceId, EventId, StaffId};
use kinline_shared::sync::{GENESIS_HASH, ReferenceItem};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tokio_postgres::NoTls;

/// Advisory lock keys (arbitrary constants, one per ordered feed).
const LOG_LOCK: i64 = 0x4b49_4e4c_0001;
const REFERENCE_LOCK: i64 = 0x4b49_4e4c_0002;

/// The PostgreSQL database.
pub struct Postgres {
    pool: Pool,
}

impl Postgres {
    /// Connects and migrates.
    pub(super) async fn open(url: &str) -> Result<Self, ServerError> {
        let mut cfg = deadpool_postgres::Config::new();
        cfg.url = Some(url.to_owned());
        cfg.pool = Some(deadpool_postgres::PoolConfig::new(32));
        let pool = cfg
            .create_pool(Some(Runtime::Tokio1), NoTls)
            .map_err(|e| ServerError::Pool(e.to_string()))?;
        let db = Self { pool };
        db.migrate().await?;
        Ok(db)
    }

    async fn migrate(&self) -> Result<(), ServerError> {
        let mut client = self.pool.get().await?;
        client
            .batch_execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)",
            )
            .await?;
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

    pub(super) async fn meta(&self, key: &str) -> Result<Option<String>, ServerError> {
        let c = self.pool.get().await?;
        Ok(
            c.query_opt("SELECT value FROM meta WHERE key = $1", &[&key])
                .await?
                .map(|r| r.get(0)),
        )
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
                "UPDATE enrol_codes SET used = TRUE
                 WHERE code_hash = $1 AND NOT used AND expires_ms > $2",
                &[&code_hash, &now_ms],
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

    /// One transaction for the whole group, a fixed number of round trips whatever its size:
    /// the nonces, the devices' heads, the event ids already stored, one multi-row insert of
    /// the log rows, one update of the heads, and the earlier refusals of repeated positions.
    pub(super) async fn commit_group(
        &self,
        jobs: Arc<Vec<Job>>,
    ) -> Result<Vec<Outcome>, ServerError> {
        let mut c = self.pool.get().await?;
        let tx = c.transaction().await?;
        let lock = tx
            .prepare_cached("SELECT pg_advisory_xact_lock($1)")
            .await?;
        tx.execute(&lock, &[&LOG_LOCK]).await?;
        let (mut n_dev, mut n_nonce, mut n_seen) = (Vec::new(), Vec::new(), Vec::new());
        for job in jobs.iter() {
            if let Some(n) = &job.nonce {
                n_dev.push(job.device.to_string());
                n_nonce.push(n.as_str());
                n_seen.push(job.received_ms);
            }
        }
        let mut inserted = HashSet::new();
        if !n_dev.is_empty() {
            let q = tx
                .prepare_cached(
                    "INSERT INTO nonces (device, nonce, seen_ms)
                     SELECT * FROM UNNEST($1::text[], $2::text[], $3::bigint[])
                     ON CONFLICT (device, nonce) DO NOTHING RETURNING device, nonce",
                )
                .await?;
            for r in tx.query(&q, &[&n_dev, &n_nonce, &n_seen]).await? {
                let (device, nonce): (String, String) = (r.get(0), r.get(1));
                if let Ok(device) = device.parse::<DeviceId>() {
                    inserted.insert((device, nonce));
                }
            }
        }
        let fresh = push::fresh_nonces(&jobs, &inserted);
        let mut devices: Vec<String> = jobs.iter().map(|j| j.device.to_string()).collect();
        devices.sort();
        devices.dedup();
        let q = tx
            .prepare_cached(
                "SELECT id, high, last_hash, revoked FROM devices WHERE id = ANY($1)
                 ORDER BY id FOR UPDATE",
            )
            .await?;
        let mut heads = HashMap::new();
        for r in tx.query(&q, &[&devices]).await? {
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
        let ids: Vec<String> = jobs
            .iter()
            .flat_map(|j| j.batch.iter().flatten())
            .map(|c| c.logged.event.id.to_string())
            .collect();
        let mut stored = HashSet::new();
        if !ids.is_empty() {
            let q = tx
                .prepare_cached(
                    "SELECT event_id FROM log WHERE status = 'stored' AND event_id = ANY($1)",
                )
                .await?;
            for r in tx.query(&q, &[&ids]).await? {
                let id: String = r.get(0);
                if let Ok(id) = id.parse::<EventId>() {
                    stored.insert(id);
                }
            }
        }
        let plan = push::plan_group(&jobs, &heads, &fresh, &stored);
        if !plan.rows.is_empty() {
            let n = plan.rows.len();
            let mut device = Vec::with_capacity(n);
            let mut idx = Vec::with_capacity(n);
            let mut event_id = Vec::with_capacity(n);
            let mut status = Vec::with_capacity(n);
            let mut refusal = Vec::with_capacity(n);
            let mut chain = Vec::with_capacity(n);
            let mut kind = Vec::with_capacity(n);
            let mut recorded = Vec::with_capacity(n);
            let mut received = Vec::with_capacity(n);
            let mut event = Vec::with_capacity(n);
            for row in &plan.rows {
                device.push(row.device.to_string());
                idx.push(i64_of(row.idx));
                event_id.push(row.event_id.to_string());
                status.push(row.status.as_str());
                refusal.push(row.refusal.as_deref());
                chain.push(row.chain_hash);
                kind.push(row.kind.as_str());
                recorded.push(row.recorded_ms);
                received.push(row.received_ms);
                event.push(row.event_json);
            }
            // The server order is assigned here, under the lock, in commit order.
            let q = tx
                .prepare_cached(
                    "INSERT INTO log (seq, device, idx, event_id, status, refusal, chain_hash,
                                      kind, recorded_ms, received_ms, event)
                     SELECT base.s + t.n, t.d, t.i, t.e, t.st, t.r, t.h, t.k, t.rec, t.recv, t.ev
                     FROM (SELECT COALESCE(MAX(seq), 0) AS s FROM log) AS base,
                          UNNEST($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[],
                                 $6::text[], $7::text[], $8::bigint[], $9::bigint[], $10::text[])
                          WITH ORDINALITY AS t(d, i, e, st, r, h, k, rec, recv, ev, n)",
                )
                .await?;
            tx.execute(
                &q,
                &[
                    &device, &idx, &event_id, &status, &refusal, &chain, &kind, &recorded,
                    &received, &event,
                ],
            )
            .await?;
        }
        if !plan.heads.is_empty() {
            let (mut d, mut h, mut l) = (Vec::new(), Vec::new(), Vec::new());
            for (device, high, last_hash) in &plan.heads {
                d.push(device.to_string());
                h.push(i64_of(*high));
                l.push(last_hash.as_str());
            }
            let q = tx
                .prepare_cached(
                    "UPDATE devices SET high = t.h, last_hash = t.l
                     FROM UNNEST($1::text[], $2::bigint[], $3::text[]) AS t(d, h, l)
                     WHERE devices.id = t.d",
                )
                .await?;
            tx.execute(&q, &[&d, &h, &l]).await?;
        }
        let mut outcomes = plan.outcomes;
        if !plan.held.is_empty() {
            let (mut d, mut i) = (Vec::new(), Vec::new());
            for (_, device, idx) in &plan.held {
                d.push(device.to_string());
                i.push(i64_of(*idx));
            }
            let q = tx
                .prepare_cached(
                    "SELECT l.device, l.idx, l.event_id, l.refusal
                     FROM log l JOIN UNNEST($1::text[], $2::bigint[]) AS t(d, i)
                       ON l.device = t.d AND l.idx = t.i
                     WHERE l.status = 'refused'",
                )
                .await?;
            let mut refusals = HashMap::new();
            for r in tx.query(&q, &[&d, &i]).await? {
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
        }
        tx.commit().await?;
        Ok(outcomes)
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
            "INSERT INTO staff (id, role, secret_hash, active) VALUES ($1, $2, $3, $4)
             ON CONFLICT (id) DO UPDATE SET role = excluded.role,
                secret_hash = excluded.secret_hash, active = excluded.active",
            &[
                &id.to_string(),
                &role_str(row.role),
                &row.secret_hash,
                &row.active,
            ],
        )
        .await?;
        Ok(())
    }

    pub(super) async fn staff(&self, id: StaffId) -> Result<Option<StaffRow>, ServerError> {
        let c = self.pool.get().await?;
        let row = c
            .query_opt(
                "SELECT role, secret_hash, active FROM staff WHERE id = $1",
                &[&id.to_string()],
            )
            .await?;
        row.map(|r| {
            let role: String = r.get(0);
            Ok(StaffRow {
                role: role_from(&role)?,
                secret_hash: r.get(1),
                active: r.get(2),
            })
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
