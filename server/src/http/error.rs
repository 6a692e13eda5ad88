//! [`ApiError`], the clear JSON answer a client gets: a [`ServiceError`] with its HTTP
//! status. Bad input is always a 4xx, never a 500 or a panic.

use crate::error::{Failure, ServerError, ServiceError};
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kinline_shared::sync::ErrorBody;

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
        ServiceError::from(e).into()
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        Self::new(status_of(e.failure), e.code, e.message)
    }
}

/// The HTTP status of each kind of refusal.
pub fn status_of(failure: Failure) -> StatusCode {
    match failure {
        Failure::Invalid => StatusCode::BAD_REQUEST,
        Failure::Unidentified => StatusCode::UNAUTHORIZED,
        Failure::Forbidden => StatusCode::FORBIDDEN,
        Failure::Unknown => StatusCode::NOT_FOUND,
        Failure::Gone => StatusCode::GONE,
        Failure::Conflict => StatusCode::CONFLICT,
        Failure::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        Failure::Refused => StatusCode::UNPROCESSABLE_ENTITY,
        Failure::Outdated => StatusCode::UPGRADE_REQUIRED,
        Failure::Throttled => StatusCode::TOO_MANY_REQUESTS,
        Failure::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
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
