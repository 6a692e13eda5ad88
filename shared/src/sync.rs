//! The tablet ↔ centre server sync protocol's message types, and its pure planning.
//!
//! Each device's events form one log with a gap-free index. A tablet pushes batches from its
//! outbox; the server stores each event once, keyed by (device, index) and by event id, and
//! answers with the highest index it holds for the device, so the tablet knows exactly what to
//! resend after a dropped connection. Each logged event carries the hash of the device's
//! previous event, making the log tamper-evident.

use crate::actor::Role;
use crate::contact::{CallerContact, CallerLabel, Carried};
use crate::event::Event;
use crate::ids::{BookingId, DetaineeId, DeviceId, EventId, StaffId};
use crate::model::{CompactVersion, LanguageTag};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The protocol version this build speaks. A server refuses versions it does not know.
pub const PROTOCOL_VERSION: u32 = 1;

/// The hash that starts every device's chain.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// An event in its device's log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedEvent {
    /// Position in the device's log, from 1, without gaps.
    pub index: u64,
    /// Chain hash of the device's previous event ([`GENESIS_HASH`] for index 1).
    pub prev_hash: String,
    /// The event.
    pub event: Event,
    /// Ed25519 signature by the device key over [`LoggedEvent::signing_bytes`], hex: the
    /// device's seal on its own log (the tablet's store verifies it in its integrity check).
    /// A push in a signed request is authenticated by the request's signature, which covers
    /// every byte of it, so the server verifies this only for events it is given without one.
    pub signature: String,
}

impl LoggedEvent {
    /// The canonical bytes a device signs: its id, the index, the previous hash and the event.
    pub fn signing_bytes(device: DeviceId, index: u64, prev_hash: &str, event: &Event) -> Vec<u8> {
        // serde_json writes struct fields in declaration order: stable across builds.
        let json = serde_json::to_vec(event).unwrap_or_default();
        Self::signing_bytes_of_json(device, index, prev_hash, &json)
    }

    /// [`Self::signing_bytes`] from the event already serialised with `serde_json`, for a
    /// server that keeps that JSON anyway (it serialises each event once, not three times).
    pub fn signing_bytes_of_json(
        device: DeviceId,
        index: u64,
        prev_hash: &str,
        event_json: &[u8],
    ) -> Vec<u8> {
        let mut out = Vec::with_capacity(128 + event_json.len());
        out.extend_from_slice(b"kinline-event-v1\n");
        out.extend_from_slice(device.to_string().as_bytes());
        out.push(b'\n');
        out.extend_from_slice(index.to_string().as_bytes());
        out.push(b'\n');
        out.extend_from_slice(prev_hash.as_bytes());
        out.push(b'\n');
        out.extend_from_slice(event_json);
        out
    }

    /// This event's own chain hash, which the next event names as `prev_hash`.
    pub fn chain_hash(&self) -> String {
        chain_hash(self.event.device, self.index, &self.prev_hash, &self.event)
    }
}

/// The chain hash of an event at `index` following `prev_hash`.
pub fn chain_hash(device: DeviceId, index: u64, prev_hash: &str, event: &Event) -> String {
    hex::encode(Sha256::digest(LoggedEvent::signing_bytes(
        device, index, prev_hash, event,
    )))
}

/// A batch of events from one device's outbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushRequest {
    /// Must be [`PROTOCOL_VERSION`].
    pub protocol: u32,
    /// The pushing device.
    pub device: DeviceId,
    /// Consecutive events of its log.
    pub events: Vec<LoggedEvent>,
    /// The callers of bookings made on the tablet that the server does not hold yet (at most
    /// [`crate::contact::MAX_PER_PUSH`]): beside the events, never in one, so they can be
    /// erased (issue #16 item 5). Not written when empty, so older servers read the push.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<CallerContact>,
    /// The tablet records its staff's sign-ins in its log
    /// ([`crate::event::EventBody::StaffSignedIn`]), so the server holds its events to them
    /// ([`crate::sign_in::OnTablet`]). Absent (false) in a push from a tablet of the release
    /// before sign-ins were events, which a server admits only while its administrator lets
    /// previous-release tablets sync (`previous_release_tablets`). Older servers ignore it.
    #[serde(default)]
    pub signs_in: bool,
    /// Rebookings made on the tablet whose callers are the callers of earlier bookings the
    /// server holds (a one-tap rebook: the tablet kept only the label), at most
    /// [`crate::contact::MAX_PER_PUSH`]. The server carries the contact over where
    /// [`crate::booking::may_carry`] allows and names the rebooking in
    /// [`PushResponse::contacts`]. Not written when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub carried: Vec<Carried>,
}

/// Why the server refused an event. A refused event is parked on the tablet and shown to
/// staff; it is never silently dropped, and never retried for ever.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "reason", content = "detail", rename_all = "snake_case")]
pub enum Refusal {
    /// The signature does not match the device's enrolled key.
    #[error("the event's signature does not match this tablet's key; re-enrol the tablet")]
    BadSignature,
    /// The previous-hash does not match what the server holds: the log was altered.
    #[error("the event does not follow the tablet's previous event (the log was altered)")]
    ChainBroken,
    /// The actor may not record this kind of event.
    #[error("{0}")]
    NotPermitted(String),
    /// The event is not well formed.
    #[error("the event is not well formed: {0}")]
    Malformed(String),
}

/// The server's answer to a push.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushResponse {
    /// The highest index the server now holds for the device (accepted or refused).
    pub high_water: u64,
    /// Events refused, by id, with the reason; everything else up to `high_water` is stored.
    pub refused: Vec<(EventId, Refusal)>,
    /// The bookings of the pushed contacts the server now holds: the tablet keeps only their
    /// labels. A contact not named here was refused (out of bounds, an unknown booking, one
    /// already held from another tablet) and is kept on the tablet until its erase time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<BookingId>,
}

#[cfg(test)]
mod refusal_tests {
    use super::*;

    #[test]
    fn every_refusal_round_trips_through_json() {
        for r in [
            Refusal::BadSignature,
            Refusal::ChainBroken,
            Refusal::NotPermitted("a DCO may not suspend access".into()),
            Refusal::Malformed("indexes start at 1".into()),
        ] {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(serde_json::from_str::<Refusal>(&json).unwrap(), r, "{json}");
        }
    }
}

/// Asks for what changed since a cursor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullRequest {
    /// Must be [`PROTOCOL_VERSION`].
    pub protocol: u32,
    /// The asking device.
    pub device: DeviceId,
    /// Where the last page ended (0 for the beginning).
    pub cursor: u64,
    /// Largest page wanted.
    pub limit: u32,
}

/// A page of changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullResponse {
    /// Events recorded on the centre's other devices, in server order.
    pub events: Vec<Event>,
    /// The cursor to ask from next time.
    pub cursor: u64,
    /// Whether more is waiting.
    pub more: bool,
}

/// Header naming the enrolled device that signs a sync request.
pub const HEADER_DEVICE: &str = "x-kinline-device";
/// Header with the request's time, Unix milliseconds on the device's clock.
pub const HEADER_TIMESTAMP: &str = "x-kinline-timestamp";
/// Header with a random, never reused nonce (hex, 16 bytes): a replayed request is refused.
pub const HEADER_NONCE: &str = "x-kinline-nonce";
/// Header with the Ed25519 signature (hex) over [`request_signing_bytes`].
pub const HEADER_SIGNATURE: &str = "x-kinline-signature";
/// Header on every server answer: the server's clock, Unix milliseconds. A tablet learns its
/// own clock's offset from it and signs (and records) on the corrected time, so a tablet whose
/// clock is wrong still syncs.
pub const HEADER_SERVER_TIME: &str = "x-kinline-server-time";

/// How far a signed request's timestamp may be from the server's clock, either way. Outside
/// it the request is refused (the tablet should fix its clock); inside it nonces are
/// remembered, so a replay is refused.
pub const MAX_REQUEST_SKEW_MS: i64 = 5 * 60 * 1000;

/// The canonical bytes a device signs for one sync request: method, path, timestamp, nonce
/// and the SHA-256 of the body, so no part of the request can be altered or replayed.
pub fn request_signing_bytes(
    method: &str,
    path: &str,
    timestamp_ms: i64,
    nonce: &str,
    body: &[u8],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(160);
    out.extend_from_slice(b"kinline-request-v1\n");
    for part in [method, path, &timestamp_ms.to_string(), nonce] {
        out.extend_from_slice(part.as_bytes());
        out.push(b'\n');
    }
    out.extend_from_slice(hex::encode(Sha256::digest(body)).as_bytes());
    out
}

/// A tablet enrolling with the one-time code an administrator gave it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolRequest {
    /// Must be [`PROTOCOL_VERSION`].
    pub protocol: u32,
    /// The one-time enrolment code.
    pub code: String,
    /// The id the tablet chose for itself (UUIDv7); its store was made for it.
    pub device: DeviceId,
    /// The tablet's Ed25519 public key, hex (32 bytes). The private key never leaves it.
    pub public_key: String,
}

/// The server's answer to a successful enrolment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolResponse {
    /// The id the tablet signs its requests and events as (the one it asked for).
    pub device: DeviceId,
}

/// Asks for reference data changed since a cursor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceRequest {
    /// Must be [`PROTOCOL_VERSION`].
    pub protocol: u32,
    /// The asking device.
    pub device: DeviceId,
    /// Where the last page ended (0 for the beginning).
    pub cursor: u64,
    /// Largest page wanted.
    pub limit: u32,
    /// Staff whose account this tablet locked after [`crate::pin::TABLET_MAX_TRIES`] wrong
    /// PINs since it last synced (DSO §16): the server locks them too, where the administrator
    /// sees it (at most [`MAX_LOCKED_OUT`]). Not written when empty, so older servers read it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locked_out: Vec<StaffId>,
}

/// The most lockouts one reference request reports.
pub const MAX_LOCKED_OUT: usize = 256;

/// A page of reference data. Bookings and suspensions are events and come down through
/// [`PullRequest`]; this carries what is not an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceResponse {
    /// Changed items, oldest change first; a later item for the same key replaces an earlier.
    pub items: Vec<ReferenceItem>,
    /// The cursor to ask from next time.
    pub cursor: u64,
    /// Whether more is waiting.
    pub more: bool,
}

/// One piece of reference data a tablet keeps for working offline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ReferenceItem {
    /// A member of staff, for offline sign-in.
    StaffCredential {
        /// Their id.
        staff: StaffId,
        /// Their role.
        role: Role,
        /// Argon2id PHC string of their PIN or password (never the secret itself).
        secret_hash: String,
        /// False once the account is disabled: the tablet refuses their sign-in.
        active: bool,
        /// The staff number the administrator issued, which they sign in with and screens
        /// show ([`crate::people::staff_number`]); empty from a server before numbers, when
        /// the tablet falls back to [`crate::people::derived_staff_number`].
        #[serde(default)]
        number: String,
    },
    /// A detainee on the centre's roster (the tablet keeps it encrypted at rest).
    RosterEntry {
        /// Their id.
        detainee: DetaineeId,
        /// Their name as staff know it.
        name: String,
        /// The reference the centre knows them by: the Home Office person reference
        /// ([`crate::people::person_reference`]); empty from a server before references.
        #[serde(default)]
        reference: String,
        /// Where they are held (unit, room).
        location: String,
        /// False once they have left the centre.
        present: bool,
    },
    /// The text of a compact version in one language (§10, §15).
    CompactText {
        /// The version.
        version: CompactVersion,
        /// The language.
        language: LanguageTag,
        /// The full text shown and read aloud.
        text: String,
    },
    /// Who is calling on a booking, for the call screen of any tablet; the erased label
    /// (empty fields) once the contact is erased, which erases it on every tablet.
    Caller(CallerLabel),
    /// Settings for one device.
    DeviceSettings {
        /// The device.
        device: DeviceId,
        /// Seconds between background syncs.
        sync_interval_secs: u32,
        /// How many London days ahead the booking form offers slots (the centre server's
        /// `booking_horizon_days`; the default from a server before it was sent).
        #[serde(default = "default_horizon")]
        booking_horizon_days: u32,
        /// False once the device is revoked: it should wipe its session keys.
        enabled: bool,
    },
}

fn default_horizon() -> u32 {
    crate::booking::DEFAULT_HORIZON_DAYS
}

impl ReferenceItem {
    /// The key under which a later item replaces an earlier one.
    pub fn key(&self) -> String {
        match self {
            Self::StaffCredential { staff, .. } => format!("staff:{staff}"),
            Self::RosterEntry { detainee, .. } => format!("roster:{detainee}"),
            Self::CompactText {
                version, language, ..
            } => format!("compact:{}:{}", version.0, language.0),
            Self::DeviceSettings { device, .. } => format!("device:{device}"),
            Self::Caller(label) => format!("caller:{}", label.booking.0),
        }
    }
}

/// The body of every error the server answers with (4xx and 5xx).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A stable machine-readable code, e.g. `bad_signature`, `replayed_request`.
    pub error: String,
    /// What went wrong and what the user can do, in plain words.
    pub message: String,
    /// Whether sending the same request again later may succeed.
    pub retry: bool,
}

/// What a tablet should push next: the indexes after what the server holds, at most `batch`.
/// `None` when the server has everything.
pub fn next_push(
    local_high: u64,
    server_high: u64,
    batch: u64,
) -> Option<std::ops::RangeInclusive<u64>> {
    if server_high >= local_high || batch == 0 {
        return None;
    }
    let start = server_high + 1;
    Some(start..=local_high.min(start + batch - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tablet_resends_exactly_what_the_server_lacks() {
        assert_eq!(next_push(10, 4, 100), Some(5..=10));
        assert_eq!(next_push(10, 4, 3), Some(5..=7));
        assert_eq!(next_push(10, 10, 3), None);
        assert_eq!(next_push(3, 10, 3), None);
    }
}
