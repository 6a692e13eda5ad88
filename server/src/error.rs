//! Errors: [`ServerError`] for what fails inside (storage, startup), and [`ApiError`], the
//! clear JSON answer a client gets. Bad input is always a 4xx, never a 500 or a panic.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kinline_shared::sync::ErrorBody;

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

/// An error answered to a client, as an [`ErrorBody`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// Stable code, e.g. `bad_signature`.
    pub code: &'static str,
    /// What went wrong and what to do.
    pub message: String,
}

impl ApiError {
    /// An error with this status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    /// 400: the request is not well formed.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// 401: who is asking could not be established.
    pub fn unauthorized(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, code, message)
    }

    /// 403: the asker is known but may not do this.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    /// Whether trying again later may help (server-side trouble, not bad input).
    pub fn retry(&self) -> bool {
        self.status.is_server_error() || self.status == StatusCode::TOO_MANY_REQUESTS
    }
}

impl From<ServerError> for ApiError {
    fn from(e: ServerError) -> Self {
        // Logged with its cause here; the client gets no internals.
        tracing::error!(error = %e, "storage failure");
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "storage_unavailable",
            "the centre server cannot reach its database just now; try again shortly",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let retry = self.retry();
        let body = ErrorBody {
            error: self.code.to_owned(),
            message: self.message,
            retry,
        };
        (self.status, Json(body)).into_response()
    }
}

impl ApiError {
    /// The same error with another code.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }
}
