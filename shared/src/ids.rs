//! Identifiers: UUIDv7 newtypes, so an id says what it names and sorts by creation time.
//!
//! The core never generates randomness itself: the shell passes the time and 10 random bytes
//! to [`new_v7`], keeping this crate free of IO and deterministic in tests.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Builds a UUIDv7 from a Unix time in milliseconds and 10 random bytes supplied by the shell.
pub fn new_v7(unix_ms: u64, random: [u8; 10]) -> Uuid {
    uuid::Builder::from_unix_timestamp_millis(unix_ms, &random).into_uuid()
}

macro_rules! id_type {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new id from the shell's clock (Unix ms) and 10 random bytes.
            pub fn new(unix_ms: u64, random: [u8; 10]) -> Self {
                Self(new_v7(unix_ms, random))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    )*};
}

id_type! {
    /// One recorded event.
    EventId,
    /// A detainee (never their name: names live only in the encrypted roster).
    DetaineeId,
    /// A member of staff.
    StaffId,
    /// A tablet or staff desktop, enrolled with the centre server.
    DeviceId,
    /// A booked call slot.
    BookingId,
    /// An incident report (DSO §19).
    IncidentId,
    /// A suspension of video-call access (DSO §17).
    SuspensionId,
    /// An appeal against a suspension (DSO §18).
    AppealId,
    /// A named room where calls take place ("Visits room 2").
    RoomId,
    /// A suspended detainee's request for legal advice (DSO §18).
    LegalRequestId,
    /// A detainee's place on the waiting list for a day's calls (DSO §9).
    WaitingId,
}
