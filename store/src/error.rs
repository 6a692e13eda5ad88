//! What can go wrong in the store. Each message says what happened, what to do, and whether
//! trying again helps ([`StoreError::retry_helps`]). No message ever contains a key.

use kinline_shared::dso::RuleViolation;
use std::path::PathBuf;

/// A store failure. Nothing is ever half-written: a failed write leaves the store as it was.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The rulebook refused what was asked; nothing was recorded.
    #[error(transparent)]
    Refused(#[from] RuleViolation),

    /// The key's home could not be reached (secret store locked or absent, file unreadable).
    #[error(
        "the store's key could not be read from {source_desc}: {reason}. Nothing was changed. \
         Unlock or start the secret store (or fix the key file) and try again."
    )]
    KeyUnavailable {
        /// Where the key was looked for.
        source_desc: String,
        /// Why it could not be read.
        reason: String,
    },

    /// The store exists but its key does not.
    #[error(
        "the store exists but there is no key for it in {source_desc}. Nothing was changed or \
         deleted. Restore the key (or point the config at the right one); trying again \
         without it will not help."
    )]
    KeyMissing {
        /// Where the key was looked for.
        source_desc: String,
    },

    /// The key's home holds something that is not a 32-byte key.
    #[error(
        "{source_desc} does not hold a valid store key (64 hex characters). Nothing was \
         changed. Restore the right key; trying again will not help."
    )]
    KeyInvalid {
        /// Where the key was looked for.
        source_desc: String,
    },

    /// The file does not open with this key: the wrong key, or a damaged or foreign file.
    #[error(
        "the store at {path} cannot be read with the configured key: either the key is not \
         this store's, or the file is damaged or is not a Kinline store. Nothing was changed \
         or deleted. Check the key source and keep the file for recovery; trying again will \
         not help."
    )]
    CannotOpen {
        /// The database file.
        path: PathBuf,
    },

    /// The store was made by a newer Kinline.
    #[error(
        "the store at {path} was written by a newer version of Kinline (schema {found}, this \
         app knows up to {known}). Nothing was changed. Update the app; trying again will \
         not help."
    )]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// The schema version found.
        found: i64,
        /// The newest this build knows.
        known: i64,
    },

    /// The store belongs to another device id.
    #[error(
        "the store at {path} belongs to device {stored}, not to this tablet ({configured}). \
         Nothing was changed. Check the tablet's configuration; trying again will not help."
    )]
    OtherDevice {
        /// The database file.
        path: PathBuf,
        /// The device recorded in the store.
        stored: String,
        /// The device in the config.
        configured: String,
    },

    /// The server says it holds more of this tablet's log than the tablet ever wrote.
    #[error(
        "the server holds {server} events from this tablet but the tablet has only written \
         {local}: this store was replaced or restored from an old copy. Nothing was changed. \
         Ask an administrator to re-enrol the tablet; trying again will not help."
    )]
    ServerAhead {
        /// The server's high-water mark.
        server: u64,
        /// This tablet's last log index.
        local: u64,
    },

    /// The server lost part of this tablet's log (restored from an old backup) and the tablet
    /// no longer holds all of it either (pruned after the retention period).
    #[error(
        "the centre server holds this tablet's records only up to {server} of {local}, and this \
         tablet no longer keeps all the ones after that (they were removed after the retention \
         period). Nothing was changed here. Ask the centre's IT support to restore the server \
         from a newer backup; until then this tablet keeps its new records safely."
    )]
    LogGap {
        /// The server's high-water mark.
        server: u64,
        /// This tablet's last log index.
        local: u64,
    },

    /// A stored row could not be read back (damaged data, or a bug).
    #[error(
        "the store holds a damaged record ({what}). Nothing was changed or deleted. Keep the \
         file and report it; trying again will not help."
    )]
    Damaged {
        /// Which record, without its content.
        what: String,
    },

    /// The operating system refused something the store needs (files, randomness).
    #[error(
        "the store could not {what}: {source}. Nothing was half-written; check free space \
             and permissions, then try again."
    )]
    Io {
        /// What the store was doing.
        what: &'static str,
        /// The cause.
        #[source]
        source: std::io::Error,
    },

    /// SQLite failed. The transaction was rolled back.
    #[error(
        "the store could not {what}: {source}. Nothing was half-written; try again, and \
             restart the tablet if it keeps failing."
    )]
    Database {
        /// What the store was doing.
        what: &'static str,
        /// The cause (SQLite's message, which never contains the key).
        #[source]
        source: rusqlite::Error,
    },
}

impl StoreError {
    /// Whether trying the same thing again may succeed.
    pub fn retry_helps(&self) -> bool {
        match self {
            StoreError::KeyUnavailable { .. } | StoreError::Io { .. } => true,
            StoreError::Database { source, .. } => !matches!(
                source.sqlite_error_code(),
                Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
            ),
            _ => false,
        }
    }
}

/// Wraps a SQLite error with what the store was doing.
pub(crate) fn db(what: &'static str) -> impl FnOnce(rusqlite::Error) -> StoreError {
    move |source| StoreError::Database { what, source }
}

/// A row that does not parse back.
pub(crate) fn damaged(what: impl Into<String>) -> StoreError {
    StoreError::Damaged { what: what.into() }
}
