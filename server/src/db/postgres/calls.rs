//! PostgreSQL: the hashes of booked calls' join codes.

use super::Postgres;
use crate::db::calls::booking_of;
use crate::error::ServerError;
use kinline_shared::ids::BookingId;

impl Postgres {
    pub(in crate::db) async fn register_call_code(
        &self,
        booking: BookingId,
        code_hash: &str,
        now_ms: i64,
    ) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        let booking = booking.0.to_string();
        c.execute(
            "INSERT INTO call_code_hashes (code_hash, booking, created_ms) VALUES ($1, $2, $3)
             ON CONFLICT (code_hash) DO NOTHING",
            &[&code_hash, &booking, &now_ms],
        )
        .await?;
        Ok(())
    }

    pub(in crate::db) async fn call_booking(
        &self,
        code_hash: &str,
    ) -> Result<Option<BookingId>, ServerError> {
        let c = self.pool.get().await?;
        let found: Option<String> = c
            .query_opt(
                "SELECT booking FROM call_code_hashes WHERE code_hash = $1",
                &[&code_hash],
            )
            .await?
            .map(|r| r.get(0));
        found.as_deref().map(booking_of).transpose()
    }

    pub(in crate::db) async fn hash_plain_call_codes(
        &self,
        hash: fn(&str) -> String,
    ) -> Result<usize, ServerError> {
        let mut c = self.pool.get().await?;
        let tx = c.transaction().await?;
        let plain = tx
            .query("SELECT booking, code, created_ms FROM call_codes", &[])
            .await?;
        for row in &plain {
            let (booking, code, created_ms): (String, String, i64) =
                (row.get(0), row.get(1), row.get(2));
            tx.execute(
                "INSERT INTO call_code_hashes (code_hash, booking, created_ms) VALUES ($1, $2, $3)
                 ON CONFLICT (code_hash) DO NOTHING",
                &[&hash(&code), &booking, &created_ms],
            )
            .await?;
        }
        tx.execute("DELETE FROM call_codes", &[]).await?;
        tx.commit().await?;
        Ok(plain.len())
    }
}
