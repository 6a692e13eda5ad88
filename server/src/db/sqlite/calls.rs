//! SQLite: the hashes of booked calls' join codes.

use super::Sqlite;
use crate::db::calls::booking_of;
use crate::error::ServerError;
use kinline_shared::ids::BookingId;
use rusqlite::{OptionalExtension, params};

impl Sqlite {
    pub(in crate::db) async fn register_call_code(
        &self,
        booking: BookingId,
        code_hash: &str,
        now_ms: i64,
    ) -> Result<(), ServerError> {
        let (booking, code_hash) = (booking.0.to_string(), code_hash.to_owned());
        self.run(move |c| {
            c.execute(
                "INSERT INTO call_code_hashes (code_hash, booking, created_ms) VALUES (?1, ?2, ?3)
                 ON CONFLICT (code_hash) DO NOTHING",
                params![code_hash, booking, now_ms],
            )?;
            Ok(())
        })
        .await
    }

    pub(in crate::db) async fn call_booking(
        &self,
        code_hash: &str,
    ) -> Result<Option<BookingId>, ServerError> {
        let code_hash = code_hash.to_owned();
        let found: Option<String> = self
            .run(move |c| {
                Ok(c.query_row(
                    "SELECT booking FROM call_code_hashes WHERE code_hash = ?1",
                    [code_hash],
                    |r| r.get(0),
                )
                .optional()?)
            })
            .await?;
        found.as_deref().map(booking_of).transpose()
    }

    pub(in crate::db) async fn hash_plain_call_codes(
        &self,
        hash: fn(&str) -> String,
    ) -> Result<usize, ServerError> {
        self.run(move |c| {
            let tx = c.transaction()?;
            let plain: Vec<(String, String, i64)> = {
                let mut q = tx.prepare("SELECT booking, code, created_ms FROM call_codes")?;
                q.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<Result<_, _>>()?
            };
            for (booking, code, created_ms) in &plain {
                tx.execute(
                    "INSERT INTO call_code_hashes (code_hash, booking, created_ms) \
                     VALUES (?1, ?2, ?3) ON CONFLICT (code_hash) DO NOTHING",
                    params![hash(code), booking, created_ms],
                )?;
            }
            tx.execute("DELETE FROM call_codes", [])?;
            tx.commit()?;
            Ok(plain.len())
        })
        .await
    }
}
