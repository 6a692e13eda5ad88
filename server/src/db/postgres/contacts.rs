//! PostgreSQL: the callers of bookings. A deleted row's bytes stay in the table's pages until
//! PostgreSQL reuses them (autovacuum marks them free); the estate's disks are encrypted.

use super::Postgres;
use crate::db::calls::booking_of;
use crate::db::contacts::Held;
use crate::error::ServerError;
use kinline_shared::ids::{BookingId, DeviceId};

impl Postgres {
    pub(in crate::db) async fn put_caller_contact(
        &self,
        booking: BookingId,
        device: DeviceId,
        json: String,
        erase_at_ms: i64,
    ) -> Result<Held, ServerError> {
        let c = self.pool.get().await?;
        let (booking, device) = (booking.0.to_string(), device.to_string());
        let n = c
            .execute(
                "INSERT INTO caller_contacts (booking, device, contact, erase_at_ms) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (booking) DO NOTHING",
                &[&booking, &device, &json, &erase_at_ms],
            )
            .await?;
        if n == 1 {
            return Ok(Held::Stored);
        }
        let from = c
            .query_opt(
                "SELECT device FROM caller_contacts WHERE booking = $1",
                &[&booking],
            )
            .await?
            .map(|r| r.get::<_, String>(0));
        Ok(match from {
            Some(d) if d == device => Held::Already,
            _ => Held::Other,
        })
    }

    pub(in crate::db) async fn caller_contact(
        &self,
        booking: BookingId,
    ) -> Result<Option<String>, ServerError> {
        let c = self.pool.get().await?;
        Ok(c.query_opt(
            "SELECT contact FROM caller_contacts WHERE booking = $1",
            &[&booking.0.to_string()],
        )
        .await?
        .map(|r| r.get(0)))
    }

    pub(in crate::db) async fn erase_due_caller_contacts(
        &self,
        now_ms: i64,
    ) -> Result<Vec<BookingId>, ServerError> {
        let c = self.pool.get().await?;
        let rows = c
            .query(
                "DELETE FROM caller_contacts WHERE erase_at_ms <= $1 RETURNING booking",
                &[&now_ms],
            )
            .await?;
        rows.iter()
            .map(|r| booking_of(&r.get::<_, String>(0)))
            .collect()
    }
}
