//! The join codes of booked calls (issue #5): one per booking, kept so that a caller's link
//! survives a server restart. Additive to the rest of the storage interface.

use super::Db;
use crate::error::ServerError;
use kinline_shared::ids::BookingId;

impl Db {
    /// The booking's join code: `fresh` is stored if the booking has none yet, else the stored
    /// one is kept. Returns the code now stored (idempotent under races).
    pub async fn ensure_call_code(
        &self,
        booking: BookingId,
        fresh: &str,
        now_ms: i64,
    ) -> Result<String, ServerError> {
        match self {
            Db::Sqlite(db) => db.ensure_call_code(booking, fresh, now_ms).await,
            Db::Postgres(db) => db.ensure_call_code(booking, fresh, now_ms).await,
        }
    }

    /// The booking's join code, if it has one.
    pub async fn call_code(&self, booking: BookingId) -> Result<Option<String>, ServerError> {
        match self {
            Db::Sqlite(db) => db.call_code(booking).await,
            Db::Postgres(db) => db.call_code(booking).await,
        }
    }

    /// The booking a join code belongs to.
    pub async fn call_booking(&self, code: &str) -> Result<Option<BookingId>, ServerError> {
        match self {
            Db::Sqlite(db) => db.call_booking(code).await,
            Db::Postgres(db) => db.call_booking(code).await,
        }
    }
}

pub(super) fn booking_of(s: &str) -> Result<BookingId, ServerError> {
    s.parse::<uuid::Uuid>()
        .map(BookingId)
        .map_err(|_| ServerError::Corrupt("a stored booking id".into()))
}
