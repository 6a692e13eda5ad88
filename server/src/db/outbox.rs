//! The outbox of the caller's messages (issue #16, `notify`): rows are written by the group
//! commit with the events that cause them; the dispatcher claims due rows under a lease and
//! settles each (sent, failed, void, or pending again for a retry); staff read a booking's.

use super::Db;
use crate::error::ServerError;
use crate::notify::plan::{Channel, Claimed, Notice, State};
use kinline_shared::ids::{BookingId, EventId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A message of a booking as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MessageStatus {
    /// `invitation`, `reminder`, `cancellation` or `displacement`.
    pub notice: String,
    /// `email` or `sms`.
    pub channel: String,
    /// `pending`, `sent`, `failed` (will not be tried again) or `void` (not to be sent).
    pub state: String,
    /// Tries so far.
    pub attempts: u32,
    /// Why the last try failed, or why it is not sent (never an address or a name).
    pub last_error: Option<String>,
}

/// A claimed row as the backends read it.
pub(super) type ClaimedRow = (i64, String, String, String, String, i64);

pub(super) fn claimed(row: ClaimedRow) -> Result<Claimed, ServerError> {
    let (id, event, booking, notice, channel, attempts) = row;
    let corrupt = |what: &str| ServerError::Corrupt(format!("an outbox row's {what}"));
    Ok(Claimed {
        id,
        event: event.parse::<EventId>().map_err(|_| corrupt("event"))?,
        booking: super::calls::booking_of(&booking)?,
        notice: Notice::parse(&notice).ok_or_else(|| corrupt("notice"))?,
        channel: Channel::parse(&channel).ok_or_else(|| corrupt("channel"))?,
        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
    })
}

impl Db {
    /// Claims up to `limit` due messages (pending, `next_ms` reached, no live lease) for the
    /// pass holding `token` until `lease_until_ms`.
    pub async fn outbox_claim(
        &self,
        now_ms: i64,
        lease_until_ms: i64,
        token: &str,
        limit: u32,
    ) -> Result<Vec<Claimed>, ServerError> {
        let rows = match self {
            Db::Sqlite(db) => {
                db.outbox_claim(now_ms, lease_until_ms, token, limit)
                    .await?
            }
            Db::Postgres(db) => {
                db.outbox_claim(now_ms, lease_until_ms, token, limit)
                    .await?
            }
        };
        rows.into_iter().map(claimed).collect()
    }

    /// Records what became of a claimed message, if `token` still holds it: its state, its
    /// next try (pending) and why it failed. One more attempt is counted unless it is void.
    pub async fn outbox_settle(
        &self,
        id: i64,
        token: &str,
        state: State,
        next_ms: i64,
        error: Option<&str>,
    ) -> Result<bool, ServerError> {
        match self {
            Db::Sqlite(db) => db.outbox_settle(id, token, state, next_ms, error).await,
            Db::Postgres(db) => db.outbox_settle(id, token, state, next_ms, error).await,
        }
    }

    /// The messages of `bookings`, by booking, oldest first.
    pub async fn outbox_of(
        &self,
        bookings: &[BookingId],
    ) -> Result<Vec<(BookingId, MessageStatus)>, ServerError> {
        let rows = match self {
            Db::Sqlite(db) => db.outbox_of(bookings).await?,
            Db::Postgres(db) => db.outbox_of(bookings).await?,
        };
        rows.into_iter()
            .map(|(b, m)| Ok((super::calls::booking_of(&b)?, m)))
            .collect()
    }
}
