//! Call signalling and the caller's page: the open calls and who is in each, without HTTP
//! (`http::signalling` serves the routes and runs the sockets). Every booked call has a join code (made when its `CallBooked` event reaches
//! the server and kept in the database, see `Server::join_link`); the caller opens
//! `/join/{code}` in any browser (no account, no app), the page connects to
//! `/join/{code}/ws`, and the tablet's call engine to `/signalling/tablet/{booking}/ws`,
//! signed by its enrolled device key (an unsigned, unknown or revoked tablet is refused
//! before the upgrade). The server relays the [`Signal`]s between the two and remembers only
//! whether the call is over: no SDP, no media and no caller data is stored, and nothing of a
//! call touches the disk. Rooms live in memory and are opened lazily from the database, so a
//! restart loses no link; a cancelled booking or a slot past its end refuses joining.

pub mod fonts;
pub mod page;
pub mod turn;

use crate::error::{Failure, ServiceError};
use chrono::{DateTime, Utc};
use kinline_shared::clock::CentreClock;
use kinline_shared::ids::{BookingId, DeviceId};
use kinline_shared::model::CallKind;
use kinline_shared::signalling::{EndNotice, Signal};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;
pub use turn::TurnConfig;

/// A join code: 10 characters from an alphabet without look-alikes, about 50 bits.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct JoinCode(pub String);

impl JoinCode {
    const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

    fn of_bytes(bytes: &[u8]) -> Self {
        JoinCode(
            bytes
                .iter()
                .take(10)
                .map(|b| Self::ALPHABET[usize::from(*b) % Self::ALPHABET.len()] as char)
                .collect(),
        )
    }

    /// A fresh random code.
    pub fn random() -> Self {
        Self::of_bytes(&crate::auth::random_bytes::<10>())
    }

    /// The booking's code: HMAC-SHA-256 of the booking id under the server's code key, so
    /// the server can give it again whenever staff or the tablet ask without storing it —
    /// the database keeps only its hash ([`Self::hash`]).
    pub fn for_booking(code_key: &[u8; 32], booking: BookingId) -> Self {
        use hmac::Mac;
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(code_key)
            .expect("HMAC takes a key of any length");
        mac.update(b"kinline join code v1");
        mac.update(booking.0.as_bytes());
        Self::of_bytes(&mac.finalize().into_bytes())
    }

    /// What the database keeps of a code: its SHA-256, hex.
    pub fn hash(code: &str) -> String {
        crate::auth::token_hash(code)
    }

    /// Whether `s` could be a join code (so junk never reaches the database).
    pub fn looks_valid(s: &str) -> bool {
        s.len() == 10
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    }
}

/// Why a call cannot be joined (the caller's page says which, in their language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinRefusal {
    /// No such code or booking.
    Unknown,
    /// The booking was cancelled.
    Cancelled,
    /// The call already took place (or was ended).
    Over,
    /// The slot is past its end.
    Past,
}

impl JoinRefusal {
    /// What kind of refusal: unknown for an unknown code, gone for the rest.
    pub fn failure(self) -> Failure {
        match self {
            Self::Unknown => Failure::Unknown,
            _ => Failure::Gone,
        }
    }

    /// The message key of the caller's page (`caller.ftl`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Unknown => "refused-unknown",
            Self::Cancelled => "refused-cancelled",
            Self::Over => "refused-over",
            Self::Past => "refused-past",
        }
    }

    /// A refusal saying the same (for the tablet).
    pub fn service_error(self) -> ServiceError {
        let (code, message) = match self {
            Self::Unknown => ("unknown_call", "there is no such booked call"),
            Self::Cancelled => ("call_cancelled", "this booking was cancelled"),
            Self::Over => ("call_over", "this call already ended"),
            Self::Past => ("slot_over", "this call's slot is past its end; book again"),
        };
        ServiceError::new(self.failure(), code, message)
    }
}

/// An open call's facts, as the signalling needs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoomInfo {
    /// The booking.
    pub booking: BookingId,
    /// Social or legal.
    pub kind: CallKind,
    /// When the slot ends.
    pub slot_end: DateTime<Utc>,
}

type Outbox = mpsc::Sender<Signal>;

/// The most signals waiting for one side (a call needs a handful: hello, offer, answer,
/// admitted, warning, ended).
const OUTBOX: usize = 64;

/// The largest signalling message accepted, in bytes (an SDP offer with every candidate is a
/// few kilobytes).
pub const MAX_SIGNAL_BYTES: usize = 64 * 1024;

struct Room {
    info: RoomInfo,
    tablet: Option<Outbox>,
    /// The enrolled tablet whose socket `tablet` is (revoking it closes the socket).
    tablet_device: Option<DeviceId>,
    caller: Option<Outbox>,
    ended: Option<EndNotice>,
}

/// The signalling state: the open calls by join code. Cheap to clone.
#[derive(Clone)]
pub struct Signalling {
    rooms: Arc<Mutex<HashMap<String, Room>>>,
    turn: Option<TurnConfig>,
    recovery: Duration,
    clock: CentreClock,
}

impl std::fmt::Debug for Signalling {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signalling")
            .field("turn", &self.turn)
            .field("recovery", &self.recovery)
            .finish_non_exhaustive()
    }
}

/// Which side of a call a WebSocket belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The tablet's call engine.
    Tablet,
    /// The caller's browser.
    Caller,
}

impl Signalling {
    /// No calls yet; `turn` is the centre's coturn, if it has one; `recovery` how long a
    /// dropped connection may try to recover (told to both sides in `Hello`); `clock` the
    /// centre's calendar clock (the time left in a slot).
    pub fn new(turn: Option<TurnConfig>, recovery: Duration, clock: CentreClock) -> Self {
        Self {
            rooms: Arc::default(),
            turn,
            recovery,
            clock,
        }
    }

    /// Opens the room of `code` if it is not open yet (rooms are opened lazily).
    pub fn open_room(&self, code: &str, info: RoomInfo) {
        let mut rooms = self.rooms.lock().expect("signalling lock");
        rooms.entry(code.to_owned()).or_insert_with(|| {
            tracing::info!(booking = %info.booking.0, "call opened for joining");
            Room {
                info,
                tablet: None,
                tablet_device: None,
                caller: None,
                ended: None,
            }
        });
    }

    /// How many rooms are open for joining (opened, not ended): the metrics' gauge.
    pub fn open_rooms(&self) -> usize {
        self.rooms
            .lock()
            .expect("signalling lock")
            .values()
            .filter(|r| r.ended.is_none())
            .count()
    }

    /// The open room of `code`, if it is in memory: its facts and how it ended, if it did.
    pub fn room(&self, code: &str) -> Option<(RoomInfo, Option<EndNotice>)> {
        self.rooms
            .lock()
            .expect("signalling lock")
            .get(code)
            .map(|r| (r.info, r.ended))
    }

    /// Whether the call behind `code` has ended, and how (for tests and the staff API).
    pub fn ended(&self, code: &JoinCode) -> Option<EndNotice> {
        self.room(&code.0).and_then(|(_, ended)| ended)
    }

    /// Ends the open call of `booking`, if its room is open: both sides get `Ended` with
    /// `notice`, and nobody can join it again. A room not opened yet needs nothing: joining
    /// checks the booking first.
    pub fn close_booking(&self, booking: BookingId, notice: EndNotice) {
        let mut rooms = self.rooms.lock().expect("signalling lock");
        for room in rooms.values_mut() {
            if room.info.booking != booking || room.ended.is_some() {
                continue;
            }
            room.ended = Some(notice);
            for side in [&room.tablet, &room.caller].into_iter().flatten() {
                let _ = side.try_send(Signal::Ended { notice });
            }
            tracing::info!(booking = %booking.0, ?notice, "call closed by the centre");
        }
    }

    /// Closes every call socket of a revoked tablet: its outbox is dropped, so its socket
    /// ends (see `run_socket`) and the caller is told the tablet left.
    pub fn close_device(&self, device: DeviceId) {
        let mut rooms = self.rooms.lock().expect("signalling lock");
        for room in rooms.values_mut() {
            if room.tablet_device == Some(device) && room.tablet.take().is_some() {
                room.tablet_device = None;
                if let Some(caller) = &room.caller {
                    let _ = caller.try_send(Signal::PeerLeft);
                }
                tracing::info!(booking = %room.info.booking.0, "a revoked tablet's call socket closed");
            }
        }
    }

    fn hello(&self, room: &Room) -> Signal {
        let system_now = Utc::now();
        let now = self.clock.at(system_now);
        // coturn checks the credential against the system's time.
        let expires = self
            .clock
            .system_at(room.info.slot_end)
            .timestamp()
            .max(system_now.timestamp() + 60);
        // The TURN username names no call: the join code would travel in clear (STUN
        // usernames are not encrypted) and sit in coturn's logs. A random tag per credential.
        let mut tag = [0u8; 8];
        let user = match getrandom::fill(&mut tag) {
            Ok(()) => hex::encode(tag),
            Err(_) => "kinline".to_owned(),
        };
        Signal::Hello {
            kind: room.info.kind,
            ice_servers: self
                .turn
                .as_ref()
                .map(|t| t.ice_servers(&user, expires))
                .unwrap_or_default(),
            relay_only: self.turn.as_ref().is_some_and(|t| t.relay_only),
            seconds_left: (room.info.slot_end - now).num_seconds(),
            recovery_secs: Some(self.recovery.as_secs()),
        }
    }

    /// Registers one side; returns its outbox's receiver, or `None` when the code is unknown or
    /// the call is over.
    pub fn join(
        &self,
        code: &str,
        side: Side,
        device: Option<DeviceId>,
    ) -> Result<mpsc::Receiver<Signal>, Signal> {
        let mut rooms = self.rooms.lock().expect("signalling lock");
        let room = rooms.get_mut(code).ok_or(Signal::Unknown)?;
        if room.ended.is_some() {
            return Err(Signal::Unknown);
        }
        // One caller per call: while the first caller's socket is open, a second browser with
        // the same code is refused — it would otherwise take the call over without the DCO's
        // adult check (§8). The tablet's own socket may be replaced (its reconnection).
        if side == Side::Caller && room.caller.as_ref().is_some_and(|c| !c.is_closed()) {
            tracing::warn!(booking = %room.info.booking.0, "a second caller refused");
            return Err(Signal::InUse);
        }
        let (tx, rx) = mpsc::channel(OUTBOX);
        let _ = tx.try_send(self.hello(room));
        match side {
            Side::Tablet => {
                if room.caller.is_some() {
                    let _ = tx.try_send(Signal::CallerJoined);
                }
                room.tablet = Some(tx);
                room.tablet_device = device;
            }
            Side::Caller => {
                if let Some(tablet) = &room.tablet {
                    let _ = tablet.try_send(Signal::CallerJoined);
                }
                room.caller = Some(tx);
            }
        }
        tracing::info!(booking = %room.info.booking.0, ?side, "joined");
        Ok(rx)
    }

    /// Relays what one side said to the other, noting the end of the call.
    pub fn relay(&self, code: &str, from: Side, signal: Signal) {
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
            tracing::warn!(booking = %room.info.booking.0, ?from, "signal refused");
            return;
        }
        // A caller can only hang up: how a call ended otherwise is the tablet's or the
        // centre's to say.
        let signal = match (from, signal) {
            (Side::Caller, Signal::Ended { .. }) => Signal::Ended {
                notice: EndNotice::Completed,
            },
            (_, signal) => signal,
        };
        if let Signal::Ended { notice } = signal {
            room.ended = Some(notice);
        }
        let to = match from {
            Side::Tablet => &room.caller,
            Side::Caller => &room.tablet,
        };
        if let Some(to) = to
            && to.try_send(signal).is_err()
        {
            // A side that reads nothing while the other floods it loses the messages, not
            // the server its memory.
            tracing::warn!(booking = %room.info.booking.0, ?from, "signal dropped: the other side is not reading");
        }
    }

    /// One side left: the other is told.
    pub fn leave(&self, code: &str, side: Side) {
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
            let _ = other.try_send(Signal::PeerLeft);
        }
    }
}
