//! The signalling's HTTP side: the caller's page, its script and fonts, and the two sockets
//! (the caller's, and the tablet's, signed by its enrolled key), relayed by
//! [`Signalling`](crate::signalling::Signalling) — which remembers only whether a call is over.

use super::AppState;
use super::error::{ApiError, status_of};
use crate::signalling::fonts;
use crate::signalling::{JoinRefusal, MAX_SIGNAL_BYTES, Side, Signalling, page};
use axum::Router;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use futures_util::{SinkExt, StreamExt};
use kinline_shared::ids::{BookingId, DeviceId};
use kinline_shared::signalling::Signal;

/// The signalling and caller-page routes, merged into the centre server's router
/// ([`super::router`]).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/join/{code}", get(caller_page))
        .route("/join/{code}/ws", get(caller_ws))
        .route("/assets/caller/caller.js", get(caller_js))
        .route("/assets/fonts/{hash}/{file}", get(font))
        .route("/signalling/tablet/{booking}/ws", get(tablet_ws))
}

const CALLER_JS: &str = include_str!("../../assets/caller/caller.js");

/// `?lang=` on the caller's page.
#[derive(serde::Deserialize)]
struct PageQuery {
    lang: Option<String>,
}

/// The caller's page in their language (`?lang=`, else `Accept-Language`), or the reason the
/// call cannot be joined (404 unknown, 410 cancelled, over or past its slot).
async fn caller_page(
    State(s): State<AppState>,
    Path(code): Path<String>,
    query: Result<axum::extract::Query<PageQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let lang = page::choose(
        query.as_ref().ok().and_then(|q| q.lang.as_deref()),
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let (status, refused) = match s.call_room(&code).await {
        Ok(()) => (StatusCode::OK, None),
        Err(refusal) => (status_of(refusal.failure()), Some(refusal.key())),
    };
    let html = page::render(lang, refused);
    let csp = page_csp(&html);
    (
        status,
        [
            (header::CACHE_CONTROL, "no-store".to_owned()),
            (header::CONTENT_LANGUAGE, lang.tag.to_owned()),
            (header::VARY, "accept-language".to_owned()),
            (header::CONTENT_SECURITY_POLICY, csp),
        ],
        Html(html),
    )
        .into_response()
}

/// The caller's page's Content-Security-Policy: scripts, styles, fonts, and sockets from this
/// server only; its one inline `<style>` by its hash; never framed, no forms, no base.
fn page_csp(html: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let style = html
        .split_once("<style>")
        .and_then(|(_, rest)| rest.split_once("</style>"))
        .map(|(css, _)| {
            let hash = sha2::Sha256::digest(css.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(hash)
            )
        })
        .unwrap_or_default();
    format!(
        "default-src 'none'; script-src 'self'; style-src 'self'{style}; font-src 'self'; \
         img-src 'self' data:; media-src 'self' blob: mediastream:; connect-src 'self'; \
         frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    )
}

async fn caller_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        CALLER_JS,
    )
        .into_response()
}

async fn caller_ws(
    State(s): State<AppState>,
    Path(code): Path<String>,
    ws: WebSocketUpgrade,
) -> Response {
    // An unknown or closed call still gets its socket, which says `Unknown` and closes: the
    // page then tells the caller.
    let open = s.call_room(&code).await.is_ok();
    let signalling = s.signalling().clone();
    limited(ws).on_upgrade(move |socket| async move {
        if open {
            run_socket(signalling, code, Side::Caller, None, socket).await;
        } else {
            refuse_socket(socket, Signal::Unknown).await;
        }
    })
}

/// The tablet's socket: the upgrade request is signed by an enrolled, non-revoked tablet
/// (the sync routes' scheme: method `GET`, the path, an empty body); anything else gets a
/// JSON 401/403 and no socket.
async fn tablet_ws(
    State(s): State<AppState>,
    Path(booking): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    ws: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    let signed = super::signed_headers(&headers)?;
    let (device, _) = s
        .authenticate(&signed, method.as_str(), uri.path(), &[])
        .await?;
    let booking = booking
        .parse::<uuid::Uuid>()
        .map(BookingId)
        .map_err(|_| ApiError::bad_request("bad_booking_id", "the booking id is not valid"))?;
    let code = s
        .call_room_for_booking(booking)
        .await
        .map_err(JoinRefusal::service_error)?;
    tracing::info!(booking = %booking.0, device = %device, "tablet joins its call");
    let signalling = s.signalling().clone();
    Ok(limited(ws)
        .on_upgrade(move |socket| run_socket(signalling, code, Side::Tablet, Some(device), socket)))
}

/// A signalling socket's upgrade, its messages bounded ([`MAX_SIGNAL_BYTES`]).
fn limited(ws: WebSocketUpgrade) -> WebSocketUpgrade {
    ws.max_message_size(MAX_SIGNAL_BYTES)
        .max_frame_size(MAX_SIGNAL_BYTES)
}

async fn refuse_socket(socket: WebSocket, why: Signal) {
    let (mut sink, _) = socket.split();
    let msg = serde_json::to_string(&why).expect("signals serialise");
    let _ = sink.send(Message::Text(msg.into())).await;
    let _ = sink.close().await;
}

async fn run_socket(
    s: Signalling,
    code: String,
    side: Side,
    device: Option<DeviceId>,
    socket: WebSocket,
) {
    let mut outbox = match s.join(&code, side, device) {
        Ok(outbox) => outbox,
        Err(why) => return refuse_socket(socket, why).await,
    };
    let (mut sink, mut stream) = socket.split();
    let mut writer = tokio::spawn(async move {
        while let Some(signal) = outbox.recv().await {
            let msg = serde_json::to_string(&signal).expect("signals serialise");
            if sink.send(Message::Text(msg.into())).await.is_err() {
                break;
            }
        }
        // The server dropped this side's outbox (a revoked tablet): close the socket.
        let _ = sink.close().await;
    });
    loop {
        tokio::select! {
            msg = stream.next() => match msg {
                Some(Ok(Message::Text(text))) => match serde_json::from_str::<Signal>(&text) {
                    Ok(signal) => s.relay(&code, side, signal),
                    Err(_) => tracing::warn!(?side, "unreadable signal dropped"),
                },
                Some(Ok(Message::Close(_)) | Err(_)) | None => break,
                Some(Ok(_)) => {}
            },
            // The writer ended: the socket is closed, or this side was closed by the server.
            _ = &mut writer => break,
        }
    }
    s.leave(&code, side);
    writer.abort();
}

/// `GET /assets/fonts/{hash}/{file}`: the face, cached for a year; 404 for any other path
/// (an old hash included: the page that asked for it is older than this server).
async fn font(Path((hash, file)): Path<(String, String)>) -> Response {
    match fonts::at(&hash, &file) {
        Some(face) => (
            [
                (header::CONTENT_TYPE, face.media_type()),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
                (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
            ],
            face.bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
