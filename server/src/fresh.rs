//! What the server takes fresh from the system: the time now and new ids (for the rest, time
//! comes in as the centre's clock, `Server::centre_now`).

/// The current time in Unix milliseconds.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// A new time-ordered id (UUIDv7).
pub(crate) fn new_id() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}
