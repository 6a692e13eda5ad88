//! Call signalling and the caller's page. Each booked call gets a join code; the caller opens
//! `/join/{code}` in any browser (no account, no app), the page connects to
//! `/join/{code}/ws`, and the tablet's call engine to `/signalling/tablet/{code}/ws`. The
//! server relays the [`Signal`]s between the two and remembers only whether the call is over:
//! no SDP, no media and no caller data is stored, and nothing of a call touches the disk.
//!
//! Mount with [`signalling_routes`]; open a call with [`Signalling::open_call`].

pub mod turn;

use axum::Router;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use futures_util::{SinkExt, StreamExt};
use kinline_shared::ids::BookingId;
use kinline_shared::model::CallKind;
use kinline_shared::signalling::{EndNotice, Signal};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;
pub use turn::TurnConfig;

/// A join code: 10 characters from an alphabet without look-alikes, about 50 bits.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct JoinCode(pub String);

impl JoinCode {
    /// A fresh random code.
    pub fn random() -> Self {
        const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
        let mut bytes = [0u8; 10];
        getrandom::fill(&mut bytes).expect("the OS random source works");
        JoinCode(
            bytes
                .iter()
                .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
                .collect(),
        )
    }
}

type Outbox = mpsc::UnboundedSender<Signal>;

struct Room {
    booking: BookingId,
    kind: CallKind,
    slot_end: DateTime<Utc>,
    tablet: Option<Outbox>,
    caller: Option<Outbox>,
    ended: Option<EndNotice>,
}

/// The signalling state: the open calls by join code. Cheap to clone.
#[derive(Clone)]
pub struct Signalling {
    rooms: Arc<Mutex<HashMap<String, Room>>>,
    turn: Option<TurnConfig>,
}

impl std::fmt::Debug for Signalling {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signalling")
            .field("turn", &self.turn)
            .finish_non_exhaustive()
    }
}

/// Which side of a call a WebSocket belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Tablet,
    Caller,
}

impl Signalling {
    /// No calls yet; `turn` is the centre's coturn, if it has one.
    pub fn new(turn: Option<TurnConfig>) -> Self {
        Self {
            rooms: Arc::default(),
            turn,
        }
    }

    /// Opens a booked call for joining until `slot_end`; returns its join code. The link the
    /// caller receives is `{public base URL}/join/{code}`.
    pub fn open_call(
        &self,
        booking: BookingId,
        kind: CallKind,
        slot_end: DateTime<Utc>,
    ) -> JoinCode {
        let code = JoinCode::random();
        self.rooms.lock().expect("signalling lock").insert(
            code.0.clone(),
            Room {
                booking,
                kind,
                slot_end,
                tablet: None,
                caller: None,
                ended: None,
            },
        );
        tracing::info!(booking = %booking.0, "call opened for joining");
        code
    }

    /// Whether the call behind `code` has ended, and how (for tests and the staff API).
    pub fn ended(&self, code: &JoinCode) -> Option<EndNotice> {
        self.rooms
            .lock()
            .expect("signalling lock")
            .get(&code.0)
            .and_then(|r| r.ended)
    }

    fn hello(&self, room: &Room, code: &str) -> Signal {
        let now = Utc::now();
        let expires = room.slot_end.timestamp().max(now.timestamp() + 60);
        Signal::Hello {
            kind: room.kind,
            ice_servers: self
                .turn
                .as_ref()
                .map(|t| t.ice_servers(code, expires))
                .unwrap_or_default(),
            relay_only: self.turn.as_ref().is_some_and(|t| t.relay_only),
            seconds_left: (room.slot_end - now).num_seconds(),
        }
    }

    /// Registers one side; returns its outbox's receiver, or `None` when the code is unknown or
    /// the call is over.
    fn join(&self, code: &str, side: Side) -> Option<mpsc::UnboundedReceiver<Signal>> {
        let mut rooms = self.rooms.lock().expect("signalling lock");
        let room = rooms.get_mut(code)?;
        if room.ended.is_some() {
            return None;
        }
        let (tx, rx) = mpsc::unbounded_channel();
        let _ = tx.send(self.hello(room, code));
        match side {
            Side::Tablet => {
                if room.caller.is_some() {
                    let _ = tx.send(Signal::CallerJoined);
                }
                room.tablet = Some(tx);
            }
            Side::Caller => {
                if let Some(tablet) = &room.tablet {
                    let _ = tablet.send(Signal::CallerJoined);
                }
                room.caller = Some(tx);
            }
        }
        tracing::info!(booking = %room.booking.0, ?side, "joined");
        Some(rx)
    }

    /// Relays what one side said to the other, noting the end of the call.
    fn relay(&self, code: &str, from: Side, signal: Signal) {
        let mut rooms = self.rooms.lock().expect("signalling lock");
        let Some(room) = rooms.get_mut(code) else {
            return;
        };
        let allowed = matches!(
            (from, &signal),
            (
                Side::Tablet,
                Signal::Offer { .. }
                    | Signal::Admitted
                    | Signal::Warning { .. }
                    | Signal::Ended { .. },
            ) | (Side::Caller, Signal::Answer { .. } | Signal::Ended { .. })
        );
        if !allowed {
            tracing::warn!(booking = %room.booking.0, ?from, "signal refused");
            return;
        }
        if let Signal::Ended { notice } = signal {
            room.ended = Some(notice);
        }
        let to = match from {
            Side::Tablet => &room.caller,
            Side::Caller => &room.tablet,
        };
        if let Some(to) = to {
            let _ = to.send(signal);
        }
    }

    fn leave(&self, code: &str, side: Side) {
        let mut rooms = self.rooms.lock().expect("signalling lock");
        let Some(room) = rooms.get_mut(code) else {
            return;
        };
        let other = match side {
            Side::Tablet => {
                room.tablet = None;
                &room.caller
            }
            Side::Caller => {
                room.caller = None;
                &room.tablet
            }
        };
        if let Some(other) = other {
            let _ = other.send(Signal::PeerLeft);
        }
    }
}

/// The signalling and caller-page routes, to be merged into the centre server's router.
pub fn signalling_routes(state: Signalling) -> Router {
    Router::new()
        .route("/join/{code}", get(caller_page))
        .route("/join/{code}/ws", get(caller_ws))
        .route("/assets/caller/caller.js", get(caller_js))
        .route("/signalling/tablet/{code}/ws", get(tablet_ws))
        .with_state(state)
}

const CALLER_HTML: &str = include_str!("../../assets/caller/index.html");
const CALLER_JS: &str = include_str!("../../assets/caller/caller.js");

async fn caller_page(State(s): State<Signalling>, Path(code): Path<String>) -> Response {
    let known = s.rooms.lock().expect("signalling lock").contains_key(&code);
    let status = if known {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        Html(CALLER_HTML),
    )
        .into_response()
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
    State(s): State<Signalling>,
    Path(code): Path<String>,
    ws: WebSocketUpgrade,
) -> Response {
    ws.on_upgrade(move |socket| run_socket(s, code, Side::Caller, socket))
}

async fn tablet_ws(
    State(s): State<Signalling>,
    Path(code): Path<String>,
    ws: WebSocketUpgrade,
) -> Response {
    // The tablet's device authentication (enrolment) guards this route once the server's
    // auth layer is mounted in front of it.
    ws.on_upgrade(move |socket| run_socket(s, code, Side::Tablet, socket))
}

async fn run_socket(s: Signalling, code: String, side: Side, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    let Some(mut outbox) = s.join(&code, side) else {
        let msg = serde_json::to_string(&Signal::Unknown).expect("signals serialise");
        let _ = sink.send(Message::Text(msg.into())).await;
        let _ = sink.close().await;
        return;
    };
    let writer = tokio::spawn(async move {
        while let Some(signal) = outbox.recv().await {
            let msg = serde_json::to_string(&signal).expect("signals serialise");
            if sink.send(Message::Text(msg.into())).await.is_err() {
                break;
            }
        }
    });
    while let Some(Ok(msg)) = stream.next().await {
        match msg {
            Message::Text(text) => match serde_json::from_str::<Signal>(&text) {
                Ok(signal) => s.relay(&code, side, signal),
                Err(_) => tracing::warn!(?side, "unreadable signal dropped"),
            },
            Message::Close(_) => break,
            _ => {}
        }
    }
    s.leave(&code, side);
    writer.abort();
}
