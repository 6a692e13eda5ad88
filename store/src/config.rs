//! The store's typed configuration, passed explicitly to [`Store::open`](super::Store::open).

use kinline_shared::ids::DeviceId;
use std::path::PathBuf;

/// How long acknowledged events stay on the tablet unless configured otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 30;

/// Where the store lives, where its key comes from, and how long it keeps what the server has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreConfig {
    /// The database file (its `-wal` and `-shm` companions sit beside it).
    pub path: PathBuf,
    /// Where the 32-byte database key comes from. The key itself never sits in config.
    pub key: KeySource,
    /// Days an event is kept after the server acknowledged it (never less than that).
    pub retention_days: u32,
    /// This tablet's device id; a store made for another device refuses to open.
    pub device: DeviceId,
}

impl StoreConfig {
    /// A config with the default retention.
    pub fn new(path: impl Into<PathBuf>, key: KeySource, device: DeviceId) -> Self {
        Self {
            path: path.into(),
            key,
            retention_days: DEFAULT_RETENTION_DAYS,
            device,
        }
    }
}

/// Where the database key is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeySource {
    /// The platform's secret store (Secret Service on Linux, Keychain on Apple platforms,
    /// Credential Manager on Windows), as `service` / `user`. The production choice.
    Keyring {
        /// The service name the entry is filed under.
        service: String,
        /// The entry's user name.
        user: String,
    },
    /// A file holding the key as 64 hex characters, created with mode 0600 when the store is
    /// first made. For development and tests only: the key is as safe as the file.
    File(PathBuf),
}

impl KeySource {
    /// Where the key is, for messages (never the key).
    pub fn describe(&self) -> String {
        match self {
            KeySource::Keyring { service, user } => {
                format!("the platform secret store (service \"{service}\", user \"{user}\")")
            }
            KeySource::File(path) => format!("the key file {}", path.display()),
        }
    }
}
