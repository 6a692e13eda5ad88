//! SQLite: the join codes of booked calls.

use super::Sqlite;
use crate::db::calls::booking_of;
use crate::error::ServerError;
use kinline_shared::ids::BookingId;
use rusqlite::{OptionalExtension, params};

impl Sqlite {
    pub(in crate::db) async fn ensure_call_code(
        &self,
        booking: BookingId,
        fresh: &str,
        now_ms: i64,
    ) -> Result<String, ServerError> {
        let (booking, fresh) = (booking.0.to_string(), fresh.to_owned());
        self.run(move |c| {
            c.execute(
                "INSERT INTO call_codes (booking, code, created_ms) VALUES (?1, ?2, ?3)
                 ON CONFLICT (booking) DO NOTHING",
                params![booking, fresh, now_ms],
            )?;
            Ok(c.query_row(
                "SELECT code FROM call_codes WHERE booking = ?1",
                [booking],
                |r| r.get(0),
            )?)
        })
        .await
    }

    pub(in crate::db) async fn call_code(
        &self,
        booking: BookingId,
    ) -> Result<Option<String>, ServerError> {
        let booking = booking.0.to_string();
        self.run(move |c| {
            Ok(c.query_row(
                "SELECT code FROM call_codes WHERE booking = ?1",
                [booking],
                |r| r.get(0),
            )
            .optional()?)
        })
        .await
    }

    pub(in crate::db) async fn call_booking(
        &self,
        code: &str,
    ) -> Result<Option<BookingId>, ServerError> {
        let code = code.to_owned();
        let found: Option<String> = self
            .run(move |c| {
                Ok(c.query_row(
                    "SELECT booking FROM call_codes WHERE code = ?1",
                    [code],
                    |r| r.get(0),
                )
                .optional()?)
            })
            .await?;
        found.as_deref().map(booking_of).transpose()
    }
}
