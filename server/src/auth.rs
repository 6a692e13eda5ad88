//! Who is asking: devices prove themselves with Ed25519-signed requests (timestamp + nonce,
//! so a replay is refused), staff with a PIN or password (Argon2id) and then a session token.
//! [`StaffAction::allowed`] is the staff API's role table; recording an event uses
//! `kinline_shared::actor::may_record`.

use crate::error::ServiceError;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use ed25519_dalek::{Signature, VerifyingKey};
use kinline_shared::actor::Role;
use kinline_shared::ids::DeviceId;
use kinline_shared::sync::{
    HEADER_DEVICE, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, MAX_REQUEST_SKEW_MS,
    request_signing_bytes,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// `n` random bytes from the operating system.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    // The OS RNG failing is not recoverable for a security server.
    getrandom::fill(&mut b).expect("the operating system's random number generator failed");
    b
}

/// The Argon2id hasher every staff secret is hashed with: the tablet verifier's cost
/// ([`kinline_shared::pin::TABLET_VERIFIER`]) for everyone, so a tablet's copy costs an
/// attacker that much per try, and a sign-in costs the same whoever it names (known or not,
/// on tablets or not: no account can be told from its timing).
pub fn hasher() -> Argon2<'static> {
    let c = kinline_shared::pin::TABLET_VERIFIER;
    let params = argon2::Params::new(c.memory_kib, c.passes, c.lanes, None)
        .expect("the tablet verifier's cost is valid Argon2 parameters");
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// Argon2id hash (PHC string) of a PIN or password, at [`hasher`]'s cost.
pub fn hash_secret(secret: &str) -> String {
    let salt_bytes: [u8; 16] = random_bytes();
    let salt = SaltString::encode_b64(&salt_bytes).expect("16 bytes is a valid salt");
    hasher()
        .hash_password(secret.as_bytes(), &salt)
        .expect("Argon2 with valid parameters cannot fail")
        .to_string()
}

/// Whether `secret` matches an Argon2 PHC string (at the cost the string names).
pub fn verify_secret(secret: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| {
        Argon2::default()
            .verify_password(secret.as_bytes(), &h)
            .is_ok()
    })
}

/// SHA-256 hex of a token or code: only this is stored, so a database dump lets nobody in.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A new random token (hex, 32 bytes).
pub fn new_token() -> String {
    hex::encode(random_bytes::<32>())
}

/// The signed-request headers, parsed but not yet verified.
#[derive(Debug, Clone)]
pub(crate) struct SignedHeaders {
    pub device: DeviceId,
    pub timestamp_ms: i64,
    pub nonce: String,
    pub signature: Signature,
}

/// Reads the signed-request headers (`header` looks one up by name); a missing or malformed
/// one is refused, naming it.
pub(crate) fn signed_headers<'a>(
    header: impl Fn(&'static str) -> Option<&'a str>,
) -> Result<SignedHeaders, ServiceError> {
    let get = |name: &'static str| -> Result<&str, ServiceError> {
        header(name).ok_or_else(|| {
                ServiceError::unidentified(
                    "unsigned_request",
                    format!("the request has no valid {name} header; sync requests must be signed by an enrolled tablet"),
                )
            })
    };
    let bad = |what: &str| {
        ServiceError::unidentified("bad_signature", format!("the {what} header is not valid"))
    };
    let device = get(HEADER_DEVICE)?
        .parse()
        .map_err(|_| bad(HEADER_DEVICE))?;
    let timestamp_ms = get(HEADER_TIMESTAMP)?
        .parse()
        .map_err(|_| bad(HEADER_TIMESTAMP))?;
    let nonce = get(HEADER_NONCE)?;
    if nonce.len() != 32 || !nonce.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad(HEADER_NONCE));
    }
    let signature = hex::decode(get(HEADER_SIGNATURE)?)
        .ok()
        .and_then(|b| Signature::from_slice(&b).ok())
        .ok_or_else(|| bad(HEADER_SIGNATURE))?;
    Ok(SignedHeaders {
        device,
        timestamp_ms,
        nonce: nonce.to_ascii_lowercase(),
        signature,
    })
}

/// Checks the clock window and the signature (the nonce is checked against storage after).
pub(crate) fn verify_signed(
    h: &SignedHeaders,
    key: &VerifyingKey,
    method: &str,
    path: &str,
    body: &[u8],
    now_ms: i64,
) -> Result<(), ServiceError> {
    check_window(h, now_ms)?;
    let bytes = request_signing_bytes(method, path, h.timestamp_ms, &h.nonce, body);
    key.verify_strict(&bytes, &h.signature)
        .map_err(|_| bad_signature())
}

/// Whether the request's timestamp is within the clock window of the server's time.
pub(crate) fn check_window(h: &SignedHeaders, now_ms: i64) -> Result<(), ServiceError> {
    // `abs_diff`: a timestamp of i64::MIN (or MAX) is far, not an overflow.
    if now_ms.abs_diff(h.timestamp_ms) > MAX_REQUEST_SKEW_MS.unsigned_abs() {
        return Err(ServiceError::unidentified(
            "clock_skew",
            "the tablet's clock is more than 5 minutes from the server's; set its date and time",
        ));
    }
    Ok(())
}

/// The answer to a request whose signature does not verify.
pub(crate) fn bad_signature() -> ServiceError {
    ServiceError::unidentified(
        "bad_signature",
        "the request's signature does not match this tablet's enrolled key",
    )
}

/// What the staff API lets a signed-in member of staff do. Recording an event is further
/// limited per kind by `may_record`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffAction {
    /// See the centre's events (audit).
    ListEvents,
    /// See the security department's referrals (§12, §19).
    ListReferrals,
    /// See suspension deadlines: notices, notifications, reviews, appeals (§17, §18).
    ListDeadlines,
    /// See policy exceptions raised by sync (events recorded on out-of-date state).
    ListExceptions,
    /// Record an event through the rulebook (then `may_record` per kind).
    RecordEvent,
    /// Create a one-time tablet enrolment code.
    CreateEnrolmentCode,
    /// Revoke a tablet.
    RevokeDevice,
    /// Create staff accounts, set roles and secrets, disable accounts.
    ManageStaff,
    /// Publish reference data: roster, compact texts, device settings.
    PublishReference,
    /// See a booked call's join code and link, to give the caller.
    SeeJoinLink,
    /// List staff accounts (names, roles, active; never secrets).
    ListStaff,
    /// List enrolled tablets.
    ListDevices,
    /// See the roster (detainees' names and locations).
    SeeRoster,
    /// See the schedule of booked calls.
    SeeSchedule,
    /// See the centre's rooms.
    ListRooms,
    /// Add and retire rooms (then `may_record` per kind).
    ManageRooms,
    /// See suspended detainees' requests for legal advice not yet met (§18).
    ListLegalRequests,
}

impl StaffAction {
    /// Every action, for the role × action test.
    pub const ALL: [StaffAction; 17] = [
        Self::ListEvents,
        Self::ListReferrals,
        Self::ListDeadlines,
        Self::ListExceptions,
        Self::RecordEvent,
        Self::CreateEnrolmentCode,
        Self::RevokeDevice,
        Self::ManageStaff,
        Self::PublishReference,
        Self::SeeJoinLink,
        Self::ListStaff,
        Self::ListDevices,
        Self::SeeRoster,
        Self::SeeSchedule,
        Self::ListRooms,
        Self::ManageRooms,
        Self::ListLegalRequests,
    ];

    /// The staff API's role table: whether `role` may do this.
    pub fn allowed(self, role: Role) -> bool {
        use Role as R;
        match self {
            Self::ListEvents => matches!(
                role,
                R::CentreManager | R::DeputyCentreManager | R::ComplianceManager
            ),
            Self::ListReferrals => matches!(role, R::Security) || role.is_centre_manager(),
            Self::ListDeadlines | Self::ListExceptions | Self::ListLegalRequests => {
                role == R::ComplianceManager || role.is_centre_manager()
            }
            Self::RecordEvent => true,
            Self::SeeJoinLink => {
                matches!(role, R::Dco | R::Administrator) || role.is_centre_manager()
            }
            Self::SeeRoster | Self::SeeSchedule => {
                matches!(role, R::Dco | R::Administrator) || role.is_centre_manager()
            }
            Self::ListRooms => true,
            Self::CreateEnrolmentCode
            | Self::RevokeDevice
            | Self::ManageStaff
            | Self::PublishReference
            | Self::ListStaff
            | Self::ListDevices
            | Self::ManageRooms => role == R::Administrator,
        }
    }

    /// Refuses (forbidden) naming the role and action.
    pub fn require(self, role: Role) -> Result<(), ServiceError> {
        if self.allowed(role) {
            Ok(())
        } else {
            Err(ServiceError::forbidden(format!(
                "a {} may not {}",
                role.label(),
                self.phrase()
            )))
        }
    }

    /// A short phrase for messages.
    pub fn phrase(self) -> &'static str {
        match self {
            Self::ListEvents => "see the centre's events",
            Self::ListReferrals => "see security referrals",
            Self::ListDeadlines => "see suspension deadlines",
            Self::ListExceptions => "see policy exceptions",
            Self::RecordEvent => "record events",
            Self::CreateEnrolmentCode => "enrol tablets",
            Self::RevokeDevice => "revoke tablets",
            Self::ManageStaff => "manage staff accounts",
            Self::PublishReference => "publish reference data",
            Self::SeeJoinLink => "see a call's join link",
            Self::ListStaff => "list staff accounts",
            Self::ListDevices => "list tablets",
            Self::SeeRoster => "see the roster",
            Self::SeeSchedule => "see the schedule",
            Self::ListRooms => "see the rooms",
            Self::ManageRooms => "add or retire rooms",
            Self::ListLegalRequests => "see requests for legal advice from suspended detainees",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_verifies_only_against_its_own_hash() {
        let h = hash_secret("4821");
        assert!(h.contains("m=65536,t=3,p=1"), "{h}");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_secret("4821", &h));
        assert!(!verify_secret("4822", &h));
        assert!(!verify_secret("4821", "not a hash"));
    }
}
