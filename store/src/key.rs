//! The database key: 32 random bytes from the platform's secret store or a development key
//! file. A key is only ever made for a store that does not exist yet, so a missing or wrong key
//! can never lead to a new, empty store over the old one.

use super::config::KeySource;
use super::error::StoreError;
use std::io::Write;
use std::path::Path;
use zeroize::Zeroizing;

/// The 32-byte SQLCipher key. Wiped from memory when dropped; `Debug` shows no byte of it.
pub(crate) struct DbKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(<masked>)")
    }
}

impl DbKey {
    /// The `PRAGMA key` value: a raw key, so SQLCipher skips its passphrase derivation.
    pub(crate) fn pragma_value(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex::encode(*self.0)))
    }

    fn from_hex(text: &str) -> Option<Self> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(text.trim(), &mut *bytes).ok()?;
        Some(Self(bytes))
    }

    fn hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(*self.0))
    }

    fn random() -> Result<Self, StoreError> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        super::fill_random(&mut *bytes)?;
        Ok(Self(bytes))
    }
}

/// Reads the key; makes and saves a new one only when `may_create` (the store is new).
pub(crate) fn load(source: &KeySource, may_create: bool) -> Result<DbKey, StoreError> {
    match source {
        KeySource::File(path) => load_file(source, path, may_create),
        KeySource::Keyring { service, user } => platform::load(source, service, user, may_create),
    }
}

fn load_file(source: &KeySource, path: &Path, may_create: bool) -> Result<DbKey, StoreError> {
    match std::fs::read_to_string(path) {
        Ok(text) => DbKey::from_hex(&Zeroizing::new(text)).ok_or_else(|| StoreError::KeyInvalid {
            source_desc: source.describe(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && may_create => {
            let key = DbKey::random()?;
            let mut options = std::fs::OpenOptions::new();
            // create_new: an existing key file is never overwritten.
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let io = |e| StoreError::KeyUnavailable {
                source_desc: source.describe(),
                reason: format!("it could not be written ({e})"),
            };
            let mut file = options.open(path).map_err(io)?;
            file.write_all(key.hex().as_bytes()).map_err(io)?;
            file.sync_all().map_err(io)?;
            Ok(key)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(StoreError::KeyMissing {
            source_desc: source.describe(),
        }),
        Err(e) => Err(StoreError::KeyUnavailable {
            source_desc: source.describe(),
            reason: format!("it could not be read ({})", e.kind()),
        }),
    }
}

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "ios", windows))]
mod platform {
    use super::{DbKey, KeySource, StoreError};
    use zeroize::Zeroizing;

    pub(super) fn load(
        source: &KeySource,
        service: &str,
        user: &str,
        may_create: bool,
    ) -> Result<DbKey, StoreError> {
        // keyring's messages name the store and the failure, never the secret.
        let unavailable = |e: keyring::Error| StoreError::KeyUnavailable {
            source_desc: source.describe(),
            reason: e.to_string(),
        };
        let entry = keyring::Entry::new(service, user).map_err(unavailable)?;
        match entry.get_password() {
            Ok(text) => {
                DbKey::from_hex(&Zeroizing::new(text)).ok_or_else(|| StoreError::KeyInvalid {
                    source_desc: source.describe(),
                })
            }
            Err(keyring::Error::NoEntry) if may_create => {
                let key = DbKey::random()?;
                entry.set_password(&key.hex()).map_err(unavailable)?;
                Ok(key)
            }
            Err(keyring::Error::NoEntry) => Err(StoreError::KeyMissing {
                source_desc: source.describe(),
            }),
            Err(e) => Err(unavailable(e)),
        }
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "ios", windows)))]
mod platform {
    use super::{DbKey, KeySource, StoreError};

    pub(super) fn load(
        source: &KeySource,
        _service: &str,
        _user: &str,
        _may_create: bool,
    ) -> Result<DbKey, StoreError> {
        Err(StoreError::KeyUnavailable {
            source_desc: source.describe(),
            reason: "this platform's secret store is reached through platforms/ (Android \
                     Keystore), which is not built yet"
                .to_owned(),
        })
    }
}
