//! The PostgreSQL backend: a connection pool; a batch is one transaction. Pushes take one
//! transaction-level advisory lock so the server sequence (`log.seq`) is assigned in commit
//! order: a tablet pulling "after seq N" can never miss an event committed later with a
//! smaller number.

mod calls;

use super::sqlite::refusal_row;
use super::{
    DeviceRow, LogCounts, POSTGRES_MIGRATIONS, StaffRow, StoredEvent, i64_of, role_from, role_str,
    u64_of,
};
use crate::error::ServerError;
use crate::push::{self, Checked};
use deadpool_postgres::{Pool, Runtime};
use kinline_shared::actor::Role;
use kinline_shared::ids::{DeviceId, EventId, StaffId};
use kinline_shared::sync::{GENESIS_HASH, PushResponse, ReferenceItem};
use std::collections::HashSet;
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

    pub(super) async fn push(
        &self,
        device: DeviceId,
        batch: Vec<Checked>,
        received_ms: i64,
    ) -> Result<PushResponse, ServerError> {
        let mut c = self.pool.get().await?;
        let tx = c.transaction().await?;
        let dev = device.to_string();
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOG_LOCK])
            .await?;
        let row = tx
            .query_one(
                "SELECT high, last_hash FROM devices WHERE id = $1 FOR UPDATE",
                &[&dev],
            )
            .await?;
        let (high, last_hash): (i64, String) = (row.get(0), row.get(1));
        let ids: Vec<String> = batch
            .iter()
            .map(|c| c.logged.event.id.to_string())
            .collect();
        let mut stored = HashSet::new();
        for r in tx
            .query(
                "SELECT event_id FROM log WHERE status = 'stored' AND event_id = ANY($1)",
                &[&ids],
            )
            .await?
        {
            let id: String = r.get(0);
            if let Ok(id) = id.parse::<EventId>() {
                stored.insert(id);
            }
        }
        let plan = push::plan(u64_of(high), &last_hash, batch, &stored);
        if !plan.rows.is_empty() {
            let base: i64 = tx
                .query_one("SELECT COALESCE(MAX(seq), 0) FROM log", &[])
                .await?
                .get(0);
            let n = plan.rows.len();
            let mut seq = Vec::with_capacity(n);
            let mut idx = Vec::with_capacity(n);
            let mut event_id = Vec::with_capacity(n);
            let mut status = Vec::with_capacity(n);
            let mut refusal = Vec::with_capacity(n);
            let mut chain = Vec::with_capacity(n);
            let mut kind = Vec::with_capacity(n);
            let mut recorded = Vec::with_capacity(n);
            let mut event = Vec::with_capacity(n);
            for (i, row) in plan.rows.iter().enumerate() {
                seq.push(base + i64_of(i as u64) + 1);
                idx.push(i64_of(row.idx));
                event_id.push(row.event_id.to_string());
                status.push(row.status.as_str().to_owned());
                refusal.push(row.refusal.clone());
                chain.push(row.chain_hash.clone());
                kind.push(row.kind.clone());
                recorded.push(row.recorded_ms);
                event.push(row.event_json.clone());
            }
            tx.execute(
                "INSERT INTO log (seq, device, idx, event_id, status, refusal, chain_hash, kind,
                                  recorded_ms, received_ms, event)
                 SELECT s, $2, i, e, st, r, h, k, rec, $10, ev
                 FROM UNNEST($1::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[],
                             $7::text[], $8::text[], $9::bigint[], $11::text[])
                      AS t(s, i, e, st, r, h, k, rec, ev)",
                &[
                    &seq,
                    &dev,
                    &idx,
                    &event_id,
                    &status,
                    &refusal,
                    &chain,
                    &kind,
                    &recorded,
                    &received_ms,
                    &event,
                ],
            )
            .await?;
            tx.execute(
                "UPDATE devices SET high = $1, last_hash = $2 WHERE id = $3",
                &[&i64_of(plan.high), &plan.last_hash, &dev],
            )
            .await?;
        }
        let mut refused = plan.refused;
        if !plan.already_held.is_empty() {
            let held: Vec<i64> = plan.already_held.iter().map(|i| i64_of(*i)).collect();
            for r in tx
                .query(
                    "SELECT event_id, refusal FROM log
                     WHERE device = $1 AND idx = ANY($2) AND status = 'refused' ORDER BY idx",
                    &[&dev, &held],
                )
                .await?
            {
                let (id, refusal): (String, String) = (r.get(0), r.get(1));
                refused.push(refusal_row(&id, &refusal)?);
            }
        }
        tx.commit().await?;
        Ok(PushResponse {
            high_water: plan.high,
            refused,
        })
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
