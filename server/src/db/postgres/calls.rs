//! PostgreSQL: the join codes of booked calls.

use super::Postgres;
use crate::db::calls::booking_of;
use crate::error::ServerError;
use kinline_shared::ids::BookingId;

impl Postgres {
    pub(in crate::db) async fn ensure_call_code(
        &self,
        booking: BookingId,
        fresh: &str,
        now_ms: i64,
    ) -> Result<String, ServerError> {
        let c = self.pool.get().await?;
        let booking = booking.0.to_string();
        c.execute(
            "INSERT INTO call_codes (booking, code, created_ms) VALUES ($1, $2, $3)
             ON CONFLICT (booking) DO NOTHING",
            &[&booking, &fresh, &now_ms],
        )
        .await?;
        Ok(c.query_one(
            "SELECT code FROM call_codes WHERE booking = $1",
            &[&booking],
        )
        .await?
        .get(0))
    }

    pub(in crate::db) async fn call_code(
        &self,
        booking: BookingId,
    ) -> Result<Option<String>, ServerError> {
        let c = self.pool.get().await?;
        let booking = booking.0.to_string();
        Ok(c.query_opt(
            "SELECT code FROM call_codes WHERE booking = $1",
            &[&booking],
        )
        .await?
        .map(|r| r.get(0)))
    }

    pub(in crate::db) async fn call_booking(
        &self,
        code: &str,
    ) -> Result<Option<BookingId>, ServerError> {
        let c = self.pool.get().await?;
        let found: Option<String> = c
            .query_opt("SELECT booking FROM call_codes WHERE code = $1", &[&code])
            .await?
            .map(|r| r.get(0));
        found.as_deref().map(booking_of).transpose()
    }
}
