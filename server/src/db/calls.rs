//! The join codes of booked calls, kept only as SHA-256 hashes (issue #18): the code itself is
//! derived from the server's key ([`crate::signalling::JoinCode::for_booking`]) whenever it is
//! needed, and this finds the booking a presented code belongs to. Additive to the rest of the
//! storage interface.

use super::Db;
use crate::error::ServerError;
use kinline_shared::ids::BookingId;

impl Db {
    /// Files a code's hash under its booking (idempotent).
    pub async fn register_call_code(
        &self,
        booking: BookingId,
        code_hash: &str,
        now_ms: i64,
    ) -> Result<(), ServerError> {
        match self {
            Db::Sqlite(db) => db.register_call_code(booking, code_hash, now_ms).await,
            Db::Postgres(db) => db.register_call_code(booking, code_hash, now_ms).await,
        }
    }

    /// The booking whose code hashes to `code_hash`.
    pub async fn call_booking(&self, code_hash: &str) -> Result<Option<BookingId>, ServerError> {
        match self {
            Db::Sqlite(db) => db.call_booking(code_hash).await,
            Db::Postgres(db) => db.call_booking(code_hash).await,
        }
    }

    /// Moves codes an older server stored in clear into the hashed table (`hash` makes each
    /// hash) and forgets the clear ones, in one transaction; returns how many moved.
    pub async fn hash_plain_call_codes(
        &self,
        hash: fn(&str) -> String,
    ) -> Result<usize, ServerError> {
        match self {
            Db::Sqlite(db) => db.hash_plain_call_codes(hash).await,
            Db::Postgres(db) => db.hash_plain_call_codes(hash).await,
        }
    }
}

pub(super) fn booking_of(s: &str) -> Result<BookingId, ServerError> {
    s.parse::<uuid::Uuid>()
        .map(BookingId)
        .map_err(|_| ServerError::Corrupt("a stored booking id".into()))
}
