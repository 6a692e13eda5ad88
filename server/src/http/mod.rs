//! The HTTP layer (axum): it owns [`AppState`], the routes ([`router`]: the JSON API, the
//! signalling and the caller's page, the staff console) and the extractors, and maps the
//! service's refusals ([`crate::error::ServiceError`]) to HTTP statuses ([`ApiError`]). Below
//! it nothing knows HTTP (`tests/kinline/layers.rs` checks).

pub mod api;
pub mod console;
pub mod error;
pub mod signalling;
pub mod staff_lists;

pub use error::ApiError;

use crate::auth::{self, SignedHeaders};
use crate::service::Server;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use std::sync::Arc;

/// The shared state of every handler.
pub type AppState = Arc<Server>;

/// The whole server as an axum router: the API, the signalling and the console, every answer
/// with the security headers.
pub fn router(server: Arc<Server>) -> Router {
    let limit = server.config.max_body_bytes;
    let https = server.config.tls.is_some();
    Router::new()
        .merge(api::routes())
        .merge(signalling::routes())
        .merge(console::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(limit))
        .layer(axum::middleware::map_response(move |res| {
            security_headers(res, https)
        }))
        .with_state(server)
}

/// The signed-request headers of a request ([`auth::signed_headers`]).
pub(crate) fn signed_headers(headers: &HeaderMap) -> Result<SignedHeaders, ApiError> {
    Ok(auth::signed_headers(|name| {
        headers.get(name).and_then(|v| v.to_str().ok())
    })?)
}

/// The headers every answer carries: the server's time (`HEADER_SERVER_TIME`, a tablet's
/// clock correction), no sniffing, no referrer (the caller's join code is in its URL), never
/// framed, HSTS over HTTPS, and a Content-Security-Policy — the page's own
/// where it set one (the caller's page), else one that allows nothing (JSON answers).
async fn security_headers(mut res: Response, https: bool) -> Response {
    use axum::http::HeaderValue;
    use axum::http::header;
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        );
    }
    if let Ok(v) = HeaderValue::from_str(&crate::fresh::now_ms().to_string()) {
        h.insert(kinline_shared::sync::HEADER_SERVER_TIME, v);
    }
    if https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    res
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "there is no such route")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "this route does not accept that method",
    )
}
