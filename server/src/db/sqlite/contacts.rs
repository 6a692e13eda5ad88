//! SQLite: the callers of bookings.

use super::Sqlite;
use crate::db::calls::booking_of;
use crate::db::contacts::Held;
use crate::error::ServerError;
use kinline_shared::ids::{BookingId, DeviceId};
use rusqlite::{OptionalExtension, params};

impl Sqlite {
    /// Copies the log into the file and empties it: pages rewritten since (erased rows, which
    /// `secure_delete` overwrote) replace the file's older copies, and the log keeps none.
    pub(in crate::db) async fn checkpoint(&self) -> Result<(), ServerError> {
        self.run(|c| {
            c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            Ok(())
        })
        .await
    }

    pub(in crate::db) async fn put_caller_contact(
        &self,
        booking: BookingId,
        device: DeviceId,
        json: String,
        erase_at_ms: i64,
    ) -> Result<Held, ServerError> {
        let (booking, device) = (booking.0.to_string(), device.to_string());
        self.run(move |c| {
            let n = c.execute(
                "INSERT INTO caller_contacts (booking, device, contact, erase_at_ms) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (booking) DO NOTHING",
                params![booking, device, json, erase_at_ms],
            )?;
            if n == 1 {
                return Ok(Held::Stored);
            }
            let from: Option<String> = c
                .query_row(
                    "SELECT device FROM caller_contacts WHERE booking = ?1",
                    [&booking],
                    |r| r.get(0),
                )
                .optional()?;
            Ok(match from {
                Some(d) if d == device => Held::Already,
                _ => Held::Other,
            })
        })
        .await
    }

    pub(in crate::db) async fn caller_contact(
        &self,
        booking: BookingId,
    ) -> Result<Option<String>, ServerError> {
        let booking = booking.0.to_string();
        self.run(move |c| {
            Ok(c.query_row(
                "SELECT contact FROM caller_contacts WHERE booking = ?1",
                [booking],
                |r| r.get(0),
            )
            .optional()?)
        })
        .await
    }

    pub(in crate::db) async fn erase_due_caller_contacts(
        &self,
        now_ms: i64,
    ) -> Result<Vec<BookingId>, ServerError> {
        let erased: Vec<String> = self
            .run(move |c| {
                let tx = c.transaction()?;
                let erased = {
                    let mut stmt = tx.prepare(
                        "DELETE FROM caller_contacts WHERE erase_at_ms <= ?1 RETURNING booking",
                    )?;
                    stmt.query_map([now_ms], |r| r.get(0))?
                        .collect::<Result<Vec<String>, _>>()?
                };
                tx.commit()?;
                Ok(erased)
            })
            .await?;
        erased.iter().map(|b| booking_of(b)).collect()
    }
}
