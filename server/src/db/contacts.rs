//! The callers of bookings (issue #16): kept as JSON beside the events until their erase time,
//! then deleted. Additive to the rest of the storage interface.

use super::Db;
use crate::error::ServerError;
use kinline_shared::ids::{BookingId, DeviceId};

/// What storing a pushed contact did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Held {
    /// Stored now.
    Stored,
    /// Already held from the same tablet (a retried push).
    Already,
    /// Held from another tablet: not replaced.
    Other,
}

impl Db {
    /// Stores a booking's contact unless one is held; says which.
    pub async fn put_caller_contact(
        &self,
        booking: BookingId,
        device: DeviceId,
        json: String,
        erase_at_ms: i64,
    ) -> Result<Held, ServerError> {
        match self {
            Db::Sqlite(db) => {
                db.put_caller_contact(booking, device, json, erase_at_ms)
                    .await
            }
            Db::Postgres(db) => {
                db.put_caller_contact(booking, device, json, erase_at_ms)
                    .await
            }
        }
    }

    /// A booking's contact as stored (JSON), until it is erased.
    pub async fn caller_contact(&self, booking: BookingId) -> Result<Option<String>, ServerError> {
        match self {
            Db::Sqlite(db) => db.caller_contact(booking).await,
            Db::Postgres(db) => db.caller_contact(booking).await,
        }
    }

    /// Deletes every contact whose erase time is at or before `now_ms` (on SQLite with
    /// `secure_delete`: overwritten, not unlinked); returns their bookings. The file's older
    /// copies of the pages go at the next [`Db::checkpoint`].
    pub async fn erase_due_caller_contacts(
        &self,
        now_ms: i64,
    ) -> Result<Vec<BookingId>, ServerError> {
        match self {
            Db::Sqlite(db) => db.erase_due_caller_contacts(now_ms).await,
            Db::Postgres(db) => db.erase_due_caller_contacts(now_ms).await,
        }
    }

    /// On SQLite, copies the write-ahead log into the file and empties it, so an erased row
    /// leaves no older copy of its page behind; nothing to do on PostgreSQL.
    pub async fn checkpoint(&self) -> Result<(), ServerError> {
        match self {
            Db::Sqlite(db) => db.checkpoint().await,
            Db::Postgres(_) => Ok(()),
        }
    }
}
