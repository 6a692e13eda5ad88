//! The server's files at rest: its data directory is private (0700), every file it writes
//! there private (0600), and its secrets — the SQLite database's SQLCipher key and the
//! server's signing key — are files of their own, never rows of the database they protect.

use crate::error::ServerError;
use std::io::Write;
use std::path::Path;
use zeroize::Zeroizing;

/// The database key's file in the data directory (unless `KINLINE_DB_KEY` gives the key).
pub const DB_KEY_FILE: &str = "kinline-server.dbkey";
/// The server's Ed25519 signing key (its own device's) in the data directory.
pub const SIGNING_KEY_FILE: &str = "kinline-server.signing-key";

/// Creates `dir` (and its parents) if needed and makes it private to the server's user.
pub fn private_dir(dir: &Path) -> Result<(), ServerError> {
    std::fs::create_dir_all(dir)?;
    set_mode(dir, 0o700)
}

/// Makes an existing file private to the server's user (nothing if it does not exist).
pub fn restrict(path: &Path) -> Result<(), ServerError> {
    if path.exists() {
        set_mode(path, 0o600)?;
    }
    Ok(())
}

/// Writes a new private file; an existing file is never overwritten.
pub fn create_private(path: &Path, contents: &[u8]) -> Result<(), ServerError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents)?;
    file.sync_all()?;
    Ok(())
}

/// A 32-byte secret kept in hex in `path`: read, or — only when `may_create` — made and saved.
/// A secret is never made for data that already exists without it.
pub fn secret(path: &Path, may_create: bool) -> Result<Zeroizing<[u8; 32]>, ServerError> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let text = Zeroizing::new(text);
            let mut bytes = Zeroizing::new([0u8; 32]);
            hex::decode_to_slice(text.trim(), &mut *bytes).map_err(|_| {
                ServerError::Corrupt(format!(
                    "{} does not hold a 64-digit hex key; restore it from the backup",
                    path.display()
                ))
            })?;
            restrict(path)?;
            Ok(bytes)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && may_create => {
            let bytes = Zeroizing::new(crate::auth::random_bytes::<32>());
            create_private(path, Zeroizing::new(hex::encode(*bytes)).as_bytes())?;
            Ok(bytes)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ServerError::Corrupt(format!(
            "the key file {} is missing, but the data it protects exists; restore the key \
             file from the backup (a new key would not open the old data)",
            path.display()
        ))),
        Err(e) => Err(e.into()),
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> Result<(), ServerError> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    Ok(())
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) -> Result<(), ServerError> {
    Ok(())
}
