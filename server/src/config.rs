//! The server's typed configuration: read from a TOML file, then overridden by `KINLINE_*`
//! environment variables, and passed explicitly. Secrets are masked in `Debug`.

use kinline_shared::bounds::ReceiveWindow;
use kinline_shared::clock::CentreClock;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Where the centre's records live.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(tag = "backend", rename_all = "snake_case")]
pub enum Database {
    /// The embedded default: one SQLite file in the data directory, no setup.
    Sqlite,
    /// PostgreSQL for the estate, e.g. `postgres://kinline:secret@db.internal/kinline`.
    Postgres {
        /// The connection URL (holds the password: masked in `Debug`).
        url: String,
    },
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Database::Sqlite => f.write_str("Sqlite"),
            Database::Postgres { url } => f
                .debug_struct("Postgres")
                .field("url", &mask_url(url))
                .finish(),
        }
    }
}

/// The URL with any password replaced by `***`.
fn mask_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return "***".into();
    };
    match rest.split_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{scheme}://{user}:***@{host}")
        }
        None => url.to_owned(),
    }
}

/// A certificate and key for HTTPS (PEM files).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Tls {
    /// The certificate chain, PEM.
    pub cert: PathBuf,
    /// The private key, PEM.
    pub key: PathBuf,
}

/// Everything the server needs to start.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Where the SQLite database (and nothing else) is kept.
    pub data_dir: PathBuf,
    /// Address to listen on.
    pub listen: SocketAddr,
    /// SQLite (default) or PostgreSQL: one line of config chooses.
    pub database: Database,
    /// HTTPS certificate; without one the server speaks plain HTTP (development only).
    pub tls: Option<Tls>,
    /// The largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// How long a client may take over a TLS handshake, and over a request's headers, before
    /// its connection is closed (slow clients cannot hold connections open), in seconds.
    pub header_timeout_secs: u64,
    /// The most events accepted in one push.
    pub max_batch: usize,
    /// How long after its slot ends a booking's caller (name, relationship, addresses) is
    /// kept for rebooking before it is erased here and on every tablet, in hours.
    pub contact_grace_hours: u32,
    /// How many London days ahead a call can be booked, at the console and on the tablets
    /// (sent to them with their settings): 1 to [`kinline_shared::booking::MAX_HORIZON_DAYS`].
    pub booking_horizon_days: u32,
    /// How long a staff session lasts, in minutes.
    pub session_minutes: i64,
    /// How long the staff console in a browser may sit unused before its session ends and
    /// the next click asks for the PIN again, in minutes.
    pub console_idle_minutes: i64,
    /// How long an enrolment code stays valid, in minutes.
    pub enrolment_code_minutes: i64,
    /// How long ago a pushed event may have been recorded, in days (a tablet offline that
    /// long); older ones are refused and parked on the tablet.
    pub event_max_age_days: i64,
    /// How far ahead of the server's clock a pushed event's times may be, in seconds.
    pub event_max_ahead_secs: i64,
    /// The video calls: the caller's join link, TURN and recovery.
    pub calls: Calls,
    /// Who may read `/metrics`: whoever sends this as `Authorization: Bearer …` (masked in
    /// `Debug`); unset, only a scraper on this machine (a loopback address).
    pub metrics_token: Option<Secret>,
    /// How the server writes its log to stderr: `text` (for people) or `json` (one JSON
    /// object a line, for journald and log collectors).
    pub log_format: LogFormat,
    /// The caller's messages: email (SMTP), text messages (an HTTP gateway), the reminder
    /// and the outbox's retries.
    pub notify: crate::notify::NotifyConfig,
    /// The form of a detainee's reference on the roster (`[person_reference]`: `letters`,
    /// `digits`); the Home Office person reference, one letter and seven digits, unless set.
    pub person_reference: kinline_shared::people::ReferencePattern,
    /// The `pg_dump` a PostgreSQL server runs to back its database up before an upgrade's
    /// migrations (a path, or a name looked up on `PATH`); unused with SQLite.
    pub pg_dump: PathBuf,
    /// Whether tablets of the release before sign-ins were events (their pushes do not say
    /// `signs_in`) may still push, their staff's events admitted without a sign-in, while
    /// the tablets are updated. Off, such a push is refused whole and waits on the tablet.
    pub previous_release_tablets: bool,
    /// The centre's calendar clock: the system's time in service (never read from a config
    /// file); a rehearsal or a test may shift it to run the centre's day at a chosen hour.
    #[serde(skip)]
    pub clock: CentreClock,
    /// The SQLite database's SQLCipher key from the environment (`KINLINE_DB_KEY`, 64 hex
    /// digits); never read from a config file. Unset: the key file in the data directory
    /// (`files::DB_KEY_FILE`, made with the database).
    #[serde(skip)]
    pub db_key: Option<DbKeyText>,
}

/// A secret from the config file or the environment; `Debug` shows none of it.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// The log's format on stderr.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    /// Lines for people.
    #[default]
    Text,
    /// One JSON object a line (journald, log collectors).
    Json,
}

/// A database key as given in the environment; `Debug` shows none of it.
#[derive(Clone, PartialEq, Eq)]
pub struct DbKeyText(pub String);

impl std::fmt::Debug for DbKeyText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKeyText(***)")
    }
}

impl DbKeyText {
    /// The key's 32 bytes.
    pub fn bytes(&self) -> Result<zeroize::Zeroizing<[u8; 32]>, crate::error::ServerError> {
        let mut bytes = zeroize::Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(self.0.trim(), &mut *bytes).map_err(|_| {
            crate::error::ServerError::Corrupt(
                "KINLINE_DB_KEY must be 64 hexadecimal digits (32 bytes)".into(),
            )
        })?;
        Ok(bytes)
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("kinline-data"),
            listen: SocketAddr::from(([127, 0, 0, 1], 8443)),
            database: Database::Sqlite,
            tls: None,
            max_body_bytes: 8 * 1024 * 1024,
            header_timeout_secs: 10,
            max_batch: 2000,
            contact_grace_hours: kinline_shared::contact::DEFAULT_GRACE_HOURS,
            booking_horizon_days: kinline_shared::booking::DEFAULT_HORIZON_DAYS,
            session_minutes: 12 * 60,
            console_idle_minutes: 15,
            enrolment_code_minutes: 60,
            event_max_age_days: ReceiveWindow::default().max_age.num_days(),
            event_max_ahead_secs: ReceiveWindow::default().max_ahead.num_seconds(),
            calls: Calls::default(),
            metrics_token: None,
            log_format: LogFormat::Text,
            notify: crate::notify::NotifyConfig::default(),
            person_reference: kinline_shared::people::ReferencePattern::default(),
            pg_dump: PathBuf::from("pg_dump"),
            previous_release_tablets: false,
            clock: CentreClock::SYSTEM,
            db_key: None,
        }
    }
}

impl Config {
    /// The window of the receive time a pushed event's times must lie in (`bounds`).
    pub fn receive_window(&self) -> ReceiveWindow {
        ReceiveWindow {
            max_age: chrono::Duration::days(self.event_max_age_days.clamp(1, 3660)),
            max_ahead: chrono::Duration::seconds(self.event_max_ahead_secs.clamp(0, 86_400)),
        }
    }
}

/// The `[calls]` section: what the signalling needs to hand out join links and ICE servers.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Calls {
    /// The base URL outside callers reach this server at, e.g. `https://calls.centre.example`;
    /// the join link is `{public_url}/join/{code}`. Unset: `http(s)://{listen}`.
    pub public_url: Option<String>,
    /// The centre's coturn, if it has one (its shared secret is masked in `Debug`).
    pub turn: Option<crate::signalling::TurnConfig>,
    /// How long a dropped connection may try to recover (ICE restart) before the call ends
    /// as a technical failure, in seconds.
    pub recovery_secs: u64,
}

impl Default for Calls {
    fn default() -> Self {
        Self {
            public_url: None,
            turn: None,
            recovery_secs: 15,
        }
    }
}

/// Configuration that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read the config file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid.
    #[error("the config file {path} is not valid: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// An environment variable is not valid.
    #[error("the environment variable {name} is not valid: {message}")]
    Env {
        /// The variable.
        name: &'static str,
        /// What is wrong.
        message: String,
    },
}

impl Config {
    /// Reads `file` (if given), then applies the environment: `KINLINE_DATA_DIR`,
    /// `KINLINE_LISTEN`, `KINLINE_DATABASE_URL` (a `postgres://` URL selects PostgreSQL),
    /// `KINLINE_TLS_CERT`, `KINLINE_TLS_KEY`, `KINLINE_PUBLIC_URL` (`calls.public_url`),
    /// `KINLINE_DB_KEY` (the SQLite database's key; else its key file),
    /// `KINLINE_METRICS_TOKEN`, `KINLINE_LOG_FORMAT` (`text` or `json`), `KINLINE_SMTP_PASSWORD`
    /// (`notify.email.password`) and `KINLINE_SMS_PASSWORD` (`notify.sms.password`).
    pub fn load(
        file: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.to_owned(),
                    source,
                })?;
                let config: Config = toml::from_str(&text).map_err(|e| ConfigError::Parse {
                    path: path.to_owned(),
                    message: e.to_string(),
                })?;
                let max = kinline_shared::booking::MAX_HORIZON_DAYS;
                if !(1..=max).contains(&config.booking_horizon_days) {
                    return Err(ConfigError::Parse {
                        path: path.to_owned(),
                        message: format!(
                            "booking_horizon_days is {}: set it to 1 to {max} (days ahead a \
                             call can be booked; 14 unless set)",
                            config.booking_horizon_days
                        ),
                    });
                }
                config
            }
            None => Config::default(),
        };
        if let Some(dir) = env("KINLINE_DATA_DIR") {
            config.data_dir = PathBuf::from(dir);
        }
        if let Some(listen) = env("KINLINE_LISTEN") {
            config.listen = listen.parse().map_err(|e| ConfigError::Env {
                name: "KINLINE_LISTEN",
                message: format!("{e} (expected e.g. 0.0.0.0:8443)"),
            })?;
        }
        if let Some(url) = env("KINLINE_DATABASE_URL") {
            config.database = if url.starts_with("postgres://") || url.starts_with("postgresql://")
            {
                Database::Postgres { url }
            } else if url == "sqlite" {
                Database::Sqlite
            } else {
                return Err(ConfigError::Env {
                    name: "KINLINE_DATABASE_URL",
                    message: "expected a postgres:// URL or `sqlite`".into(),
                });
            };
        }
        if let Some(key) = env("KINLINE_DB_KEY") {
            config.db_key = Some(DbKeyText(key));
        }
        if let Some(token) = env("KINLINE_METRICS_TOKEN") {
            config.metrics_token = Some(Secret(token));
        }
        if let Some(format) = env("KINLINE_LOG_FORMAT") {
            config.log_format = match format.as_str() {
                "text" => LogFormat::Text,
                "json" => LogFormat::Json,
                _ => {
                    return Err(ConfigError::Env {
                        name: "KINLINE_LOG_FORMAT",
                        message: "expected `text` or `json`".into(),
                    });
                }
            };
        }
        if let (Some(p), Some(email)) = (env("KINLINE_SMTP_PASSWORD"), &mut config.notify.email) {
            email.password = Some(Secret(p));
        }
        if let (Some(p), Some(sms)) = (env("KINLINE_SMS_PASSWORD"), &mut config.notify.sms) {
            sms.password = Some(Secret(p));
        }
        if let Some(url) = env("KINLINE_PUBLIC_URL") {
            config.calls.public_url = Some(url);
        }
        match (env("KINLINE_TLS_CERT"), env("KINLINE_TLS_KEY")) {
            (Some(cert), Some(key)) => {
                config.tls = Some(Tls {
                    cert: cert.into(),
                    key: key.into(),
                });
            }
            (None, None) => {}
            _ => {
                return Err(ConfigError::Env {
                    name: "KINLINE_TLS_CERT",
                    message: "set both KINLINE_TLS_CERT and KINLINE_TLS_KEY, or neither".into(),
                });
            }
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_postgres_password_never_shows_in_debug() {
        let c = Config {
            database: Database::Postgres {
                url: "postgres://kinline:hunter2@db/kinline".into(),
            },
            ..Config::default()
        };
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("kinline:***@db/kinline"), "{shown}");
    }

    #[test]
    fn the_booking_horizon_is_read_and_bounded() {
        let dir = std::env::temp_dir().join(format!("kinline-horizon-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("server.toml");
        std::fs::write(&file, "booking_horizon_days = 28\n").unwrap();
        let c = Config::load(Some(&file), |_| None).unwrap();
        assert_eq!(c.booking_horizon_days, 28);
        assert_eq!(Config::default().booking_horizon_days, 14);
        for bad in ["0", "367"] {
            std::fs::write(&file, format!("booking_horizon_days = {bad}\n")).unwrap();
            let e = Config::load(Some(&file), |_| None).unwrap_err().to_string();
            assert!(e.contains("set it to 1 to 366"), "{e}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_calls_section_reads_turn_and_masks_its_secret() {
        let c: Config = toml::from_str(
            "[calls]\npublic_url = \"https://calls.example\"\nrecovery_secs = 5\n\
             [calls.turn]\nurls = [\"turn:turn.example:3478\"]\nsecret = \"s3cr3t-turn\"\n",
        )
        .unwrap();
        assert_eq!(c.calls.public_url.as_deref(), Some("https://calls.example"));
        assert_eq!(c.calls.recovery_secs, 5);
        let turn = c.calls.turn.as_ref().unwrap();
        assert_eq!(turn.secret, "s3cr3t-turn");
        assert!(!turn.relay_only);
        let shown = format!("{c:?}");
        assert!(!shown.contains("s3cr3t-turn"), "{shown}");
    }

    #[test]
    fn the_notify_section_reads_smtp_and_sms_and_masks_their_secrets() {
        let c: Config = toml::from_str(
            "[notify]\nreminder_minutes = 30\n\
             [notify.email]\nhost = \"smtp.example\"\nport = 587\ntls = \"starttls\"\n\
             username = \"kinline\"\npassword = \"smtp-hunter2\"\n\
             from = \"Kinline <calls@centre.example>\"\n\
             [notify.sms]\nurl = \"https://sms.example/send\"\nusername = \"k\"\n\
             password = \"sms-hunter2\"\nsender = \"Kinline\"\n",
        )
        .unwrap();
        assert_eq!(c.notify.reminder_minutes, 30);
        let email = c.notify.email.as_ref().unwrap();
        assert_eq!(email.tls, crate::notify::SmtpTls::Starttls);
        assert_eq!(email.port, Some(587));
        let shown = format!("{c:?}");
        assert!(!shown.contains("smtp-hunter2"), "{shown}");
        assert!(!shown.contains("sms-hunter2"), "{shown}");
        assert!(
            toml::from_str::<Config>(
                "[notify.email]\nhost = \"h\"\nfrom = \"a@b\"\ntls = \"maybe\"\n"
            )
            .is_err()
        );
    }

    #[test]
    fn the_example_config_reads() {
        let c: Config = toml::from_str(include_str!("../config/server.example.toml")).unwrap();
        let defaults = crate::notify::NotifyConfig::default();
        assert_eq!(c.notify.reminder_minutes, defaults.reminder_minutes);
        assert_eq!(c.notify.max_attempts, defaults.max_attempts);
        assert_eq!(
            c.notify.email.unwrap().tls,
            crate::notify::SmtpTls::Starttls
        );
        assert!(c.notify.sms.unwrap().url.starts_with("https://"));
    }

    #[test]
    fn one_line_of_config_chooses_postgres() {
        let dir = std::env::temp_dir().join(format!("kinline-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("server.toml");
        std::fs::write(
            &file,
            "database = { backend = \"postgres\", url = \"postgres://k@h/k\" }\n",
        )
        .unwrap();
        let c = Config::load(Some(&file), |_| None).unwrap();
        assert_eq!(
            c.database,
            Database::Postgres {
                url: "postgres://k@h/k".into()
            }
        );
    }
}
