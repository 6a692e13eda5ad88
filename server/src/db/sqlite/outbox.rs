//! SQLite: the outbox of the caller's messages.

use super::Sqlite;
use crate::db::outbox::{ClaimedRow, MessageStatus};
use crate::error::ServerError;
use crate::notify::plan::{Queued, State};
use kinline_shared::ids::BookingId;
use rusqlite::{Transaction, params};

/// Writes `messages` in the group commit's transaction (a message already queued is kept).
pub(super) fn enqueue(tx: &Transaction<'_>, messages: &[Queued]) -> Result<(), ServerError> {
    let mut ins = tx.prepare_cached(
        "INSERT INTO outbox (event_id, booking, notice, channel, next_ms) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (event_id, notice, channel) DO NOTHING",
    )?;
    for m in messages {
        ins.execute(params![
            m.event.to_string(),
            m.booking.0.to_string(),
            m.notice.as_str(),
            m.channel.as_str(),
            m.due_ms
        ])?;
    }
    Ok(())
}

impl Sqlite {
    pub(in crate::db) async fn outbox_claim(
        &self,
        now_ms: i64,
        lease_until_ms: i64,
        token: &str,
        limit: u32,
    ) -> Result<Vec<ClaimedRow>, ServerError> {
        let token = token.to_owned();
        self.run(move |c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let rows = {
                let mut q = tx.prepare_cached(
                    "UPDATE outbox SET lease_until_ms = ?2, lease_token = ?3
                     WHERE id IN (SELECT id FROM outbox
                                  WHERE state = 'pending' AND next_ms <= ?1 AND lease_until_ms <= ?1
                                  ORDER BY next_ms, id LIMIT ?4)
                     RETURNING id, event_id, booking, notice, channel, attempts",
                )?;
                q.query_map(params![now_ms, lease_until_ms, token, limit], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                })?
                .collect::<Result<Vec<ClaimedRow>, _>>()?
            };
            tx.commit()?;
            Ok(rows)
        })
        .await
    }

    pub(in crate::db) async fn outbox_settle(
        &self,
        id: i64,
        token: &str,
        state: State,
        next_ms: i64,
        error: Option<&str>,
    ) -> Result<bool, ServerError> {
        let (token, error) = (token.to_owned(), error.map(str::to_owned));
        self.run(move |c| {
            let n = c.execute(
                "UPDATE outbox SET state = ?3, next_ms = ?4, last_error = ?5, lease_until_ms = 0,
                        lease_token = NULL,
                        attempts = attempts + CASE WHEN ?3 = 'void' THEN 0 ELSE 1 END,
                        done_ms = CASE WHEN ?3 = 'pending' THEN NULL ELSE ?4 END
                 WHERE id = ?1 AND lease_token = ?2 AND state = 'pending'",
                params![id, token, state.as_str(), next_ms, error],
            )?;
            Ok(n == 1)
        })
        .await
    }

    pub(in crate::db) async fn outbox_of(
        &self,
        bookings: &[BookingId],
    ) -> Result<Vec<(String, MessageStatus)>, ServerError> {
        let ids: Vec<String> = bookings.iter().map(|b| b.0.to_string()).collect();
        self.run(move |c| {
            let mut q = c.prepare_cached(
                "SELECT booking, notice, channel, state, attempts, last_error FROM outbox
                 WHERE booking = ?1 ORDER BY id",
            )?;
            let mut out = Vec::new();
            for id in ids {
                let rows = q.query_map([&id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        MessageStatus {
                            notice: r.get(1)?,
                            channel: r.get(2)?,
                            state: r.get(3)?,
                            attempts: u32::try_from(r.get::<_, i64>(4)?).unwrap_or(0),
                            last_error: r.get(5)?,
                        },
                    ))
                })?;
                for row in rows {
                    out.push(row?);
                }
            }
            Ok(out)
        })
        .await
    }
}
