//! Errors: [`ServerError`] for what fails inside (storage, startup), and [`ServiceError`],
//! what the service refuses and why, in its own terms (bad input, unknown signer, a rulebook
//! refusal…): `http::ApiError` maps each [`Failure`] to its HTTP status. Bad input is always
//! a refusal the client can mend, never a panic.

/// Something inside the server failed.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// SQLite refused or failed.
    #[error("the SQLite database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL refused or failed.
    #[error("the PostgreSQL database failed: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    /// No PostgreSQL connection could be had.
    #[error("no PostgreSQL connection available: {0}")]
    Pool(String),
    /// A migration failed; the database is left at the last good version.
    #[error("migration {version} failed: {message}")]
    Migration {
        /// The migration's file name.
        version: String,
        /// Why.
        message: String,
    },
    /// A stored row could not be read back (the database was edited by hand?).
    #[error("a stored row is not valid: {0}")]
    Corrupt(String),
    /// A file could not be read or written.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// A blocking task panicked or was cancelled.
    #[error("a storage task stopped: {0}")]
    Task(String),
    /// The configuration cannot be used (an SMTP sender that is no address, a CA file that
    /// does not parse): the server does not start until it is mended.
    #[error("the configuration cannot be used: {0}")]
    Config(String),
}

impl ServerError {
    /// What kind of failure this is, in a word, without its text (which may quote data).
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Postgres(_) | Self::Pool(_) => "postgres",
            Self::Migration { .. } => "migration",
            Self::Corrupt(_) => "corrupt row",
            Self::Io(_) => "file",
            Self::Task(_) => "task",
            Self::Config(_) => "config",
        }
    }
}

impl From<deadpool_postgres::PoolError> for ServerError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        Self::Pool(e.to_string())
    }
}

impl From<serde_json::Error> for ServerError {
    fn from(e: serde_json::Error) -> Self {
        Self::Corrupt(e.to_string())
    }
}

/// What kind of refusal a [`ServiceError`] is: what the asker can do about it. The HTTP
/// layer gives each its status (`http::ApiError`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The request is not well formed (bad JSON, a bad field, an old protocol).
    Invalid,
    /// Who is asking could not be established (no session, a bad signature, an unknown tablet).
    Unidentified,
    /// The asker is known but may not do this.
    Forbidden,
    /// What the request names does not exist.
    Unknown,
    /// What the request names existed and is over (a cancelled or finished call).
    Gone,
    /// It clashes with what is recorded (a staff number taken, a tablet enrolled twice).
    Conflict,
    /// It is larger than the server accepts.
    TooLarge,
    /// The rulebook refused it (a [`kinline_shared::dso::RuleViolation`]).
    Refused,
    /// The client's release is too old for what it sent.
    Outdated,
    /// Too many tries: wait, then try again.
    Throttled,
    /// The server's storage failed: try again shortly.
    Unavailable,
}

/// What the service refused, in its terms: a [`Failure`], a stable code (e.g.
/// `bad_signature`) and a message that says what went wrong and what to do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ServiceError {
    /// What kind of refusal.
    pub failure: Failure,
    /// Stable code, e.g. `bad_signature`.
    pub code: &'static str,
    /// What went wrong and what to do.
    pub message: String,
}

impl ServiceError {
    /// A refusal of this kind, code and message.
    pub fn new(failure: Failure, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            failure,
            code,
            message: message.into(),
        }
    }

    /// The request is not well formed.
    pub fn invalid(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Failure::Invalid, code, message)
    }

    /// Who is asking could not be established.
    pub fn unidentified(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Failure::Unidentified, code, message)
    }

    /// The asker is known but may not do this.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(Failure::Forbidden, "forbidden", message)
    }

    /// The rulebook refused it: its message, in English (the API's language).
    pub fn refused(v: &kinline_shared::dso::RuleViolation) -> Self {
        Self::new(Failure::Refused, "rule_violation", v.to_string())
    }

    /// The same refusal with another code.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }
}

impl From<ServerError> for ServiceError {
    fn from(e: ServerError) -> Self {
        // Logged with its cause here; the client gets no internals.
        tracing::error!(error = %e, "storage failure");
        Self::new(
            Failure::Unavailable,
            "storage_unavailable",
            "the centre server cannot reach its database just now; try again shortly",
        )
    }
}
