//! PostgreSQL: the outbox of the caller's messages.

use super::Postgres;
use crate::db::outbox::{ClaimedRow, MessageStatus};
use crate::error::ServerError;
use crate::notify::plan::{Queued, State};
use kinline_shared::ids::BookingId;

/// Writes `messages` in the group commit's transaction (a message already queued is kept).
pub(super) async fn enqueue(
    c: &deadpool_postgres::ClientWrapper,
    messages: &[Queued],
) -> Result<(), ServerError> {
    if messages.is_empty() {
        return Ok(());
    }
    let (mut e, mut b, mut n, mut ch, mut due) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for m in messages {
        e.push(m.event.to_string());
        b.push(m.booking.0.to_string());
        n.push(m.notice.as_str());
        ch.push(m.channel.as_str());
        due.push(m.due_ms);
    }
    let ins = c
        .prepare_cached(
            "INSERT INTO outbox (event_id, booking, notice, channel, next_ms)
             SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])
             ON CONFLICT (event_id, notice, channel) DO NOTHING",
        )
        .await?;
    c.execute(&ins, &[&e, &b, &n, &ch, &due]).await?;
    Ok(())
}

impl Postgres {
    pub(in crate::db) async fn outbox_claim(
        &self,
        now_ms: i64,
        lease_until_ms: i64,
        token: &str,
        limit: u32,
    ) -> Result<Vec<ClaimedRow>, ServerError> {
        let c = self.pool.get().await?;
        let rows = c
            .query(
                "UPDATE outbox SET lease_until_ms = $2, lease_token = $3
                 WHERE id IN (SELECT id FROM outbox
                              WHERE state = 'pending' AND next_ms <= $1 AND lease_until_ms <= $1
                              ORDER BY next_ms, id LIMIT $4 FOR UPDATE SKIP LOCKED)
                 RETURNING id, event_id, booking, notice, channel, attempts",
                &[&now_ms, &lease_until_ms, &token, &i64::from(limit)],
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
            .collect())
    }

    pub(in crate::db) async fn outbox_settle(
        &self,
        id: i64,
        token: &str,
        state: State,
        next_ms: i64,
        error: Option<&str>,
    ) -> Result<bool, ServerError> {
        let c = self.pool.get().await?;
        let n = c
            .execute(
                "UPDATE outbox SET state = $3::text, next_ms = $4::bigint, last_error = $5,
                        lease_until_ms = 0, lease_token = NULL,
                        attempts = attempts + CASE WHEN $3::text = 'void' THEN 0 ELSE 1 END,
                        done_ms = CASE WHEN $3::text = 'pending' THEN NULL ELSE $4::bigint END
                 WHERE id = $1 AND lease_token = $2 AND state = 'pending'",
                &[&id, &token, &state.as_str(), &next_ms, &error],
            )
            .await?;
        Ok(n == 1)
    }

    pub(in crate::db) async fn outbox_of(
        &self,
        bookings: &[BookingId],
    ) -> Result<Vec<(String, MessageStatus)>, ServerError> {
        let ids: Vec<String> = bookings.iter().map(|b| b.0.to_string()).collect();
        let c = self.pool.get().await?;
        let rows = c
            .query(
                "SELECT booking, notice, channel, state, attempts, last_error FROM outbox
                 WHERE booking = ANY($1) ORDER BY id",
                &[&ids],
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                (
                    r.get(0),
                    MessageStatus {
                        notice: r.get(1),
                        channel: r.get(2),
                        state: r.get(3),
                        attempts: u32::try_from(r.get::<_, i64>(4)).unwrap_or(0),
                        last_error: r.get(5),
                    },
                )
            })
            .collect())
    }
}
