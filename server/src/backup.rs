//! Backups of the embedded SQLite database, taken while the server runs, and their restore.
//!
//! `kinline-server backup DIR` copies the database with SQLite's online backup API into a new
//! private directory: one read transaction copies every page, so the copy is the database as
//! of one commit while pushes go on (WAL: writers are not blocked). The copy stays encrypted
//! with the database's own SQLCipher key, which is **not** put in the backup — keep the key
//! file (`kinline-server.dbkey`) apart from the backups. The server's signing key is copied
//! (private) so a restored server keeps its identity. Before the copy is kept, it is checked:
//! SQLite's integrity check, and every device's event chain recomputed ([`verify_chains`]).
//!
//! `kinline-server restore DIR` (the server stopped) checks a backup the same way, sets the
//! current database aside (`….before-restore-<ms>`) and copies the backup in; the next start
//! runs the migrations a backup from an earlier release lacks.
//!
//! PostgreSQL is backed up by its own tools: `pg_dump --format=custom --file=kinline.pgdump URL`
//! and `pg_restore --clean --if-exists --dbname=URL kinline.pgdump`. Before an upgrade's
//! migrations the server runs that `pg_dump` itself ([`PgDump`]), into
//! `DATA_DIR/backups/before-<migration>-<ms>/kinline.pgdump`; if it cannot, nothing is migrated.

use crate::config::{Config, Database};
use crate::error::ServerError;
use crate::files;
use kinline_shared::sync::{GENESIS_HASH, LoggedEvent, Refusal};
use rusqlite::Connection;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The database file's name, in the data directory and in a backup.
pub const DATABASE_FILE: &str = "kinline-server.sqlite3";
/// A PostgreSQL backup's file, in `pg_dump`'s custom format (`pg_restore` reads it).
pub const PG_DUMP_FILE: &str = "kinline.pgdump";
/// The backup's description (JSON: when, which schema, how many devices and events).
pub const MANIFEST_FILE: &str = "kinline-backup.json";

/// What a backup holds, as checked.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    /// When it was taken (Unix ms).
    pub taken_ms: i64,
    /// The newest migration it has.
    pub schema: String,
    /// Its devices' chains, as verified.
    pub chains: ChainReport,
}

/// Every device's event chain, recomputed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChainReport {
    /// Devices whose log was checked.
    pub devices: u64,
    /// Log positions checked (stored, refused and duplicate).
    pub positions: u64,
}

/// A backup or restore that could not be done; nothing was changed.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// PostgreSQL has its own tools.
    #[error(
        "this server uses PostgreSQL: back it up with `pg_dump --format=custom \
         --file=DIR/kinline.pgdump URL` and restore with `pg_restore --clean --if-exists \
         --dbname=URL DIR/kinline.pgdump`"
    )]
    Postgres,
    /// `pg_dump` could not back the PostgreSQL database up.
    #[error("{0}")]
    PgDump(String),
    /// The target already holds something.
    #[error("{0} exists and is not empty: give a new directory for each backup")]
    NotEmpty(PathBuf),
    /// There is no database to back up, or no backup in the directory.
    #[error("there is no database at {0}")]
    Missing(PathBuf),
    /// The copy or the database fails its checks.
    #[error("{path} fails its check: {message}")]
    Damaged {
        /// The database file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Storage or files failed.
    #[error(transparent)]
    Server(#[from] ServerError),
    /// SQLite failed.
    #[error("the SQLite database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A file could not be read or written.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Takes a backup of the running (or stopped) server's database into `dir`, a new or empty
/// directory; returns what it holds.
pub fn backup(config: &Config, dir: &Path) -> Result<Manifest, BackupError> {
    if matches!(config.database, Database::Postgres { .. }) {
        return Err(BackupError::Postgres);
    }
    let source_path = config.data_dir.join(DATABASE_FILE);
    if !source_path.exists() {
        return Err(BackupError::Missing(source_path));
    }
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        return Err(BackupError::NotEmpty(dir.to_owned()));
    }
    let key = database_key(config)?;
    files::private_dir(dir)?;
    let source = open_keyed(&source_path, &key)?;
    let target_path = dir.join(DATABASE_FILE);
    copy_database(&source, &target_path, &key)?;
    drop(source);
    let target = open_keyed(&target_path, &key)?;
    let manifest = check(&target, &target_path)?;
    drop(target);
    copy_private(
        &config.data_dir.join(files::SIGNING_KEY_FILE),
        &dir.join(files::SIGNING_KEY_FILE),
    )?;
    write_manifest(dir, &manifest)?;
    Ok(manifest)
}

/// Restores the backup in `dir` into the server's data directory (the server must be
/// stopped): the backup is checked first; the current database and signing key, if any, are
/// set aside, not deleted.
pub fn restore(config: &Config, dir: &Path) -> Result<Manifest, BackupError> {
    if matches!(config.database, Database::Postgres { .. }) {
        return Err(BackupError::Postgres);
    }
    let backup_path = dir.join(DATABASE_FILE);
    if !backup_path.exists() {
        return Err(BackupError::Missing(backup_path));
    }
    let key = database_key(config)?;
    let backup = open_keyed(&backup_path, &key)?;
    let manifest = check(&backup, &backup_path)?;
    files::private_dir(&config.data_dir)?;
    let target_path = config.data_dir.join(DATABASE_FILE);
    let aside = format!("before-restore-{}", crate::fresh::now_ms());
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", target_path.display()));
        if file.exists() {
            std::fs::rename(&file, format!("{}.{aside}", file.display()))?;
        }
    }
    copy_database(&backup, &target_path, &key)?;
    let signing = dir.join(files::SIGNING_KEY_FILE);
    if signing.exists() {
        let current = config.data_dir.join(files::SIGNING_KEY_FILE);
        if current.exists() {
            std::fs::rename(&current, format!("{}.{aside}", current.display()))?;
        }
        copy_private(&signing, &current)?;
    }
    Ok(manifest)
}

/// Checks the server's own database as a backup is checked (integrity, every chain): for a
/// restored server, or any time. SQLite only.
pub fn verify_database(config: &Config) -> Result<Manifest, BackupError> {
    if matches!(config.database, Database::Postgres { .. }) {
        return Err(BackupError::Postgres);
    }
    let path = config.data_dir.join(DATABASE_FILE);
    if !path.exists() {
        return Err(BackupError::Missing(path));
    }
    let key = database_key(config)?;
    let conn = open_keyed(&path, &key)?;
    check(&conn, &path)
}

/// The automatic backup before an upgrade's migrations (`first` the first to run), into
/// `backups/before-<migration>-<ms>/` beside the database; checked like any backup.
pub(crate) fn before_migration(
    source: &Connection,
    database: &Path,
    key: &[u8; 32],
    first: &str,
) -> Result<PathBuf, BackupError> {
    let data_dir = database.parent().unwrap_or(Path::new("."));
    let backups = data_dir.join("backups");
    files::private_dir(&backups)?;
    let name = first.trim_end_matches(".sql");
    let dir = backups.join(format!("before-{name}-{}", crate::fresh::now_ms()));
    files::private_dir(&dir)?;
    let target_path = dir.join(DATABASE_FILE);
    copy_database(source, &target_path, key)?;
    let target = open_keyed(&target_path, key)?;
    let manifest = check(&target, &target_path)?;
    drop(target);
    copy_private(
        &data_dir.join(files::SIGNING_KEY_FILE),
        &dir.join(files::SIGNING_KEY_FILE),
    )?;
    write_manifest(&dir, &manifest)?;
    Ok(dir)
}

/// How a PostgreSQL server backs its database up before an upgrade's migrations: `program`
/// (`pg_dump`, config `pg_dump`) dumps `url`'s database in its custom format into a new
/// private directory under `data_dir/backups`. The password goes to `pg_dump` in its
/// environment (`PGPASSWORD`), never on its command line.
#[derive(Clone)]
pub struct PgDump {
    /// The database's connection URL.
    pub url: String,
    /// The server's data directory.
    pub data_dir: PathBuf,
    /// The `pg_dump` to run.
    pub program: PathBuf,
}

impl PgDump {
    /// Dumps the database as it is, before the migration `first`; returns the backup's
    /// directory (holding [`PG_DUMP_FILE`]). A failed dump leaves no directory behind.
    pub fn before_migration(&self, first: &str) -> Result<PathBuf, BackupError> {
        let backups = self.data_dir.join("backups");
        files::private_dir(&backups)?;
        let name = first.trim_end_matches(".sql");
        let dir = backups.join(format!("before-{name}-{}", crate::fresh::now_ms()));
        files::private_dir(&dir)?;
        let taken = self.dump(&dir.join(PG_DUMP_FILE));
        if taken.is_err() {
            let _ = std::fs::remove_dir_all(&dir);
        }
        taken.map(|()| dir)
    }

    fn dump(&self, file: &Path) -> Result<(), BackupError> {
        let program = self.program.display();
        let parsed: tokio_postgres::Config = self
            .url
            .parse()
            .map_err(|e| BackupError::PgDump(format!("the database URL is not valid: {e}")))?;
        let mut cmd = std::process::Command::new(&self.program);
        cmd.arg("--format=custom")
            .arg("--no-password")
            .arg(format!("--file={}", file.display()))
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        let hosts: Vec<String> = parsed
            .get_hosts()
            .iter()
            .map(|h| match h {
                tokio_postgres::config::Host::Tcp(name) => name.clone(),
                tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
            })
            .collect();
        let ports: Vec<String> = parsed.get_ports().iter().map(u16::to_string).collect();
        for (var, value) in [
            ("PGHOST", (!hosts.is_empty()).then(|| hosts.join(","))),
            ("PGPORT", (!ports.is_empty()).then(|| ports.join(","))),
            ("PGUSER", parsed.get_user().map(str::to_owned)),
            ("PGDATABASE", parsed.get_dbname().map(str::to_owned)),
            (
                "PGPASSWORD",
                parsed
                    .get_password()
                    .map(|p| String::from_utf8_lossy(p).into_owned()),
            ),
        ] {
            match value {
                Some(v) => cmd.env(var, v),
                None => cmd.env_remove(var),
            };
        }
        let out = cmd.output().map_err(|e| {
            BackupError::PgDump(if e.kind() == std::io::ErrorKind::NotFound {
                format!(
                    "`{program}` was not found: install PostgreSQL's client tools (Debian: \
                     postgresql-client, of the database server's major version or newer) or \
                     set `pg_dump = \"/path/to/pg_dump\"` in server.toml, then start the \
                     server again"
                )
            } else {
                format!("`{program}` could not be run: {e}")
            })
        })?;
        if !out.status.success() {
            return Err(BackupError::PgDump(format!(
                "`{program}` failed ({}): {}; check that the database's user may read every \
                 table and that pg_dump's major version is at least the database server's, then \
                 start the server again",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            )));
        }
        // pg_dump's custom format starts with its magic; anything else is not a backup.
        let mut magic = [0u8; 5];
        let whole = std::fs::File::open(file)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
            .is_ok();
        if !whole || &magic != b"PGDMP" {
            return Err(BackupError::Damaged {
                path: file.to_owned(),
                message: format!("`{program}` did not write a custom-format dump"),
            });
        }
        files::restrict(file)?;
        Ok(())
    }
}

fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<(), BackupError> {
    files::create_private(
        &dir.join(MANIFEST_FILE),
        serde_json::to_string_pretty(manifest)
            .map_err(ServerError::from)?
            .as_bytes(),
    )?;
    Ok(())
}

/// The database's key: `KINLINE_DB_KEY`, else its key file in the data directory (never made
/// here: a backup or restore without the key would be unreadable).
fn database_key(config: &Config) -> Result<zeroize::Zeroizing<[u8; 32]>, ServerError> {
    match &config.db_key {
        Some(k) => k.bytes(),
        None => files::secret(&config.data_dir.join(files::DB_KEY_FILE), false),
    }
}

fn open_keyed(path: &Path, key: &[u8; 32]) -> Result<Connection, BackupError> {
    let conn = Connection::open(path)?;
    let pragma = zeroize::Zeroizing::new(format!("x'{}'", hex::encode(key)));
    conn.pragma_update(None, "key", &*pragma)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|_| BackupError::Damaged {
        path: path.to_owned(),
        message: "it cannot be read with the database's key (another server's backup, or \
                  a wrong KINLINE_DB_KEY or key file)"
            .into(),
    })?;
    Ok(conn)
}

/// Copies `source` into a new private file at `target`, encrypted with the same key, with
/// SQLite's online backup API: all pages in one step, so one read transaction, one commit's
/// state.
fn copy_database(source: &Connection, target: &Path, key: &[u8; 32]) -> Result<(), BackupError> {
    files::create_private(target, &[])?;
    let mut dest = Connection::open(target)?;
    let pragma = zeroize::Zeroizing::new(format!("x'{}'", hex::encode(key)));
    dest.pragma_update(None, "key", &*pragma)?;
    {
        use rusqlite::backup::StepResult;
        let copy = rusqlite::backup::Backup::new(source, &mut dest)?;
        // -1: every page in one step. A writer holding the source's lock makes it wait a
        // moment (at most ten seconds), never copy half a commit.
        let mut waits = 0;
        loop {
            match copy.step(-1)? {
                StepResult::Done => break,
                StepResult::More => {}
                _ if waits < 500 => {
                    waits += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                _ => {
                    return Err(BackupError::Damaged {
                        path: target.to_owned(),
                        message: "the database stayed locked for ten seconds; try again".into(),
                    });
                }
            }
        }
    }
    dest.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    drop(dest);
    for suffix in ["-wal", "-shm"] {
        files::restrict(Path::new(&format!("{}{suffix}", target.display())))?;
    }
    std::fs::File::open(target)?.sync_all()?;
    Ok(())
}

fn copy_private(from: &Path, to: &Path) -> Result<(), BackupError> {
    if from.exists() {
        let bytes = zeroize::Zeroizing::new(std::fs::read(from)?);
        files::create_private(to, &bytes)?;
    }
    Ok(())
}

/// SQLite's integrity check and every device's chain; the manifest of what was checked.
fn check(conn: &Connection, path: &Path) -> Result<Manifest, BackupError> {
    let damaged = |message: String| BackupError::Damaged {
        path: path.to_owned(),
        message,
    };
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if integrity != "ok" {
        return Err(damaged(format!("SQLite's integrity check: {integrity}")));
    }
    let schema: String = conn.query_row(
        "SELECT COALESCE(MAX(version), '') FROM schema_migrations",
        [],
        |r| r.get(0),
    )?;
    let chains = verify_chains(conn).map_err(damaged)?;
    Ok(Manifest {
        taken_ms: crate::fresh::now_ms(),
        schema,
        chains,
    })
}

/// Recomputes every device's chain in the server's log: indexes from 1 without a gap, each
/// position's hash over the previous position's hash and the event exactly as stored, and
/// each device's head (`high`, `last_hash`) at its last position. A position refused for a
/// broken chain holds the tablet's own hash (its claimed previous hash was not the server's):
/// it is not recomputed, and the chain goes on from it, as the server went on.
pub fn verify_chains(conn: &Connection) -> Result<ChainReport, String> {
    let sql_err = |e: rusqlite::Error| e.to_string();
    let mut report = ChainReport::default();
    let mut heads = conn
        .prepare("SELECT id, high, last_hash FROM devices ORDER BY id")
        .map_err(sql_err)?;
    let devices: Vec<(String, i64, String)> = heads
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .map_err(sql_err)?
        .collect::<Result<_, _>>()
        .map_err(sql_err)?;
    let mut rows = conn
        .prepare(
            "SELECT idx, status, refusal, chain_hash, event FROM log WHERE device = ?1 ORDER BY idx",
        )
        .map_err(sql_err)?;
    for (device, high, last_hash) in devices {
        let id: kinline_shared::ids::DeviceId = device
            .parse()
            .map_err(|_| format!("a device id is not valid: {device}"))?;
        let mut prev = GENESIS_HASH.to_owned();
        let mut expected_idx = 1i64;
        let mut q = rows.query([&device]).map_err(sql_err)?;
        while let Some(row) = q.next().map_err(sql_err)? {
            let idx: i64 = row.get(0).map_err(sql_err)?;
            let status: String = row.get(1).map_err(sql_err)?;
            let refusal: Option<String> = row.get(2).map_err(sql_err)?;
            let hash: String = row.get(3).map_err(sql_err)?;
            let event: String = row.get(4).map_err(sql_err)?;
            if idx != expected_idx {
                return Err(format!(
                    "device {device}'s log jumps from {} to {idx}",
                    expected_idx - 1
                ));
            }
            let broken = status == "refused"
                && refusal
                    .as_deref()
                    .and_then(|r| serde_json::from_str::<Refusal>(r).ok())
                    .is_some_and(|r| matches!(r, Refusal::ChainBroken));
            if !broken {
                let bytes = LoggedEvent::signing_bytes_of_json(
                    id,
                    u64::try_from(idx).unwrap_or(0),
                    &prev,
                    event.as_bytes(),
                );
                if hex::encode(Sha256::digest(bytes)) != hash {
                    return Err(format!(
                        "device {device}'s event {idx} does not hash to its chain"
                    ));
                }
            }
            prev = hash;
            expected_idx += 1;
            report.positions += 1;
        }
        if expected_idx - 1 != high || prev != last_hash {
            return Err(format!(
                "device {device}'s head ({high}) is not its log's last position ({})",
                expected_idx - 1
            ));
        }
        report.devices += 1;
    }
    Ok(report)
}
