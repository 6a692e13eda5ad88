//! The call's signalling messages: what the tablet's call engine, the centre server and the
//! caller's browser page say to each other over the server's WebSocket. Boundary types only;
//! the server relays them and keeps no copy (no SDP, no media ever reaches a disk).

use crate::model::CallKind;
use serde::{Deserialize, Serialize};

/// A TURN or STUN server as a browser's `RTCIceServer` spells it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IceServer {
    /// `turn:127.0.0.1:3478?transport=udp` and the like.
    pub urls: Vec<String>,
    /// TURN REST user name: `expiry:call` (absent for STUN).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// TURN REST password: base64 HMAC-SHA1 of the user name (absent for STUN).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<String>,
}

impl std::fmt::Debug for IceServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IceServer")
            .field("urls", &self.urls)
            .field("credential", &self.credential.as_ref().map(|_| "***"))
            .finish()
    }
}

/// How a call ended, as the caller's page is told it (never the staff reason: the page says
/// "the officer ended the call", the reason stays in the centre's records).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndNotice {
    /// A party hung up.
    Completed,
    /// The slot's time ran out.
    SlotEnded,
    /// Supervising staff ended the call (§11, §12, §19).
    Terminated,
    /// The network failed and did not recover; the detainee may rebook at no cost.
    TechnicalFailure,
    /// The call did not go ahead (no adult check, cancelled, caller too late).
    NotAdmitted,
}

/// One signalling message. The server relays `Offer`, `Answer`, `Admitted`, `Warning` and
/// `Ended` between the tablet and the caller, and itself sends `Hello`, `CallerJoined` and
/// `PeerLeft`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Signal {
    /// Server → either side on connect: what the call is and which ICE servers to use.
    Hello {
        /// Social or legal: the caller's page marks a legal call (§9).
        kind: CallKind,
        /// TURN servers with credentials valid no longer than the slot.
        ice_servers: Vec<IceServer>,
        /// Only relayed candidates (where the centre's network requires TURN).
        relay_only: bool,
        /// Seconds until the slot ends.
        seconds_left: i64,
        /// How long a dropped connection may try to recover (ICE restart) before the call
        /// ends as a technical failure (the centre's `calls.recovery_secs`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        recovery_secs: Option<u64>,
    },
    /// Server → tablet: the caller's page is connected and waiting.
    CallerJoined,
    /// The tablet's SDP offer (non-trickle: all candidates included).
    Offer {
        /// The SDP.
        sdp: String,
    },
    /// The caller's SDP answer (non-trickle).
    Answer {
        /// The SDP.
        sdp: String,
    },
    /// Tablet → caller: the DCO admitted the caller; the detainee's media follows (§8).
    Admitted,
    /// Tablet → caller: the slot ends soon.
    Warning {
        /// Seconds left.
        seconds_left: i64,
    },
    /// Either way: the call is over.
    Ended {
        /// What the caller's page shows.
        notice: EndNotice,
    },
    /// Server → either side: the other side's connection closed.
    PeerLeft,
    /// Server → caller: the join code is unknown or its call is over.
    Unknown,
    /// Server → caller: another browser is already in this call with the same code; one
    /// caller per call, so the DCO's adult check (§8) is never bypassed by a newcomer.
    InUse,
}
