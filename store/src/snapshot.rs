//! Row types for core values whose boundary JSON form does not suit a column: a folded
//! [`Centre`] (kept when the retention rule removes old events, so the rules still know what
//! they established; JSON maps need string keys and referrals are keyed by an enum), and a
//! server [`Refusal`] (internally tagged, so its newtype variants do not serialize).

use kinline_shared::admin::Tablet;
use kinline_shared::clock::Stamp;
use kinline_shared::event::ReferralSource;
use kinline_shared::ids::{
    AppealId, BookingId, DetaineeId, DeviceId, EventId, IncidentId, LegalRequestId, RoomId,
    StaffId, SuspensionId,
};
use kinline_shared::model::{CompactVersion, LanguageTag, Schedule};
use kinline_shared::projection::{
    Call, Centre, DetaineeAccess, Incident, LegalRequest, PolicyException, Referral,
};
use kinline_shared::rooms::Room;
use kinline_shared::sync::Refusal;
use kinline_shared::waiting::WaitingEntry;
use kinline_shared::workflow::suspension::Suspension;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A [`Centre`] as stored in `centre_snapshot`.
#[derive(Serialize, Deserialize)]
pub(crate) struct CentreRow {
    schedule: Option<Schedule>,
    compact: Option<(CompactVersion, Vec<LanguageTag>)>,
    detainees: BTreeMap<DetaineeId, DetaineeAccess>,
    calls: BTreeMap<BookingId, Call>,
    incidents: BTreeMap<IncidentId, Incident>,
    referrals: Vec<(ReferralSource, Referral)>,
    suspensions: BTreeMap<SuspensionId, Suspension>,
    appeals: BTreeMap<AppealId, SuspensionId>,
    exceptions: Vec<PolicyException>,
    last: Option<(Stamp, EventId)>,
    #[serde(default)]
    rooms: BTreeMap<RoomId, Room>,
    #[serde(default)]
    call_rooms: BTreeMap<BookingId, RoomId>,
    #[serde(default)]
    devices: BTreeMap<DeviceId, Tablet>,
    #[serde(default)]
    legal_requests: BTreeMap<LegalRequestId, LegalRequest>,
    #[serde(default)]
    signed_in: BTreeMap<DeviceId, StaffId>,
    #[serde(default)]
    waiting: Vec<WaitingEntry>,
}

impl From<Centre> for CentreRow {
    fn from(c: Centre) -> Self {
        // Destructured in full, so a field added to the core's Centre fails to compile here.
        let Centre {
            schedule,
            compact,
            detainees,
            calls,
            incidents,
            referrals,
            suspensions,
            appeals,
            exceptions,
            last,
            rooms,
            call_rooms,
            devices,
            legal_requests,
            signed_in,
            waiting,
        } = c;
        Self {
            schedule,
            compact,
            detainees,
            calls,
            incidents,
            referrals: referrals.into_iter().collect(),
            suspensions,
            appeals,
            exceptions,
            last,
            rooms,
            call_rooms,
            devices,
            legal_requests,
            signed_in,
            waiting,
        }
    }
}

impl From<CentreRow> for Centre {
    fn from(r: CentreRow) -> Self {
        Centre {
            schedule: r.schedule,
            compact: r.compact,
            detainees: r.detainees,
            calls: r.calls,
            incidents: r.incidents,
            referrals: r.referrals.into_iter().collect(),
            suspensions: r.suspensions,
            appeals: r.appeals,
            exceptions: r.exceptions,
            last: r.last,
            rooms: r.rooms,
            call_rooms: r.call_rooms,
            devices: r.devices,
            legal_requests: r.legal_requests,
            signed_in: r.signed_in,
            waiting: r.waiting,
        }
    }
}

/// A [`Refusal`] as stored in `parked`.
#[derive(Serialize, Deserialize)]
#[serde(tag = "reason", content = "detail", rename_all = "snake_case")]
pub(crate) enum RefusalRow {
    BadSignature,
    ChainBroken,
    NotPermitted(String),
    Malformed(String),
}

impl From<Refusal> for RefusalRow {
    fn from(r: Refusal) -> Self {
        match r {
            Refusal::BadSignature => Self::BadSignature,
            Refusal::ChainBroken => Self::ChainBroken,
            Refusal::NotPermitted(s) => Self::NotPermitted(s),
            Refusal::Malformed(s) => Self::Malformed(s),
        }
    }
}

impl From<RefusalRow> for Refusal {
    fn from(r: RefusalRow) -> Self {
        match r {
            RefusalRow::BadSignature => Self::BadSignature,
            RefusalRow::ChainBroken => Self::ChainBroken,
            RefusalRow::NotPermitted(s) => Self::NotPermitted(s),
            RefusalRow::Malformed(s) => Self::Malformed(s),
        }
    }
}
