//! The append-only facts a tablet or staff desktop records. An event is never edited or
//! deleted; a mistake is followed by a correcting event.

use crate::actor::{Actor, Role};
use crate::clock::Stamp;
use crate::dso::Paragraph;
use crate::ids::{
    AppealId, BookingId, DetaineeId, DeviceId, EventId, IncidentId, LegalRequestId, RoomId,
    StaffId, SuspensionId, WaitingId,
};
use crate::model::{
    CallKind, CancelReason, CompactVersion, ControlMeasure, EndReason, Evidence, Explanation,
    IncidentCategory, LanguageTag, LegalAccessMethod, ReferralStatus, Schedule, Signature,
    SuspensionReason, TerminationReason, TextHash,
};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// One recorded fact: who did what, on which device, when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Unique id (UUIDv7): the key that makes sync idempotent.
    pub id: EventId,
    /// Hybrid logical clock stamp: the order projections fold in.
    pub stamp: Stamp,
    /// The device it was recorded on.
    pub device: DeviceId,
    /// Who did it.
    pub actor: Actor,
    /// The device's own clock when it was recorded (the server adds its receive time).
    pub recorded_at: DateTime<Utc>,
    /// What happened.
    pub body: EventBody,
}

impl Event {
    /// The order in which projections fold events: by stamp, then id.
    pub fn order_key(&self) -> (Stamp, EventId) {
        (self.stamp, self.id)
    }
}

/// What happened. One variant per kind of fact, and [`EventBody::Unknown`] for a kind a newer
/// release recorded. (De)serialised by the impls below [`OpaqueBody`]: the derived code (here
/// inherent functions, `remote = "Self"`) for every known kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", remote = "Self")]
pub enum EventBody {
    /// The administrator set opening hours, slot length and call points (§7, Annex A).
    CentreScheduleChanged {
        /// The new schedule.
        schedule: Schedule,
    },
    /// The administrator added a named room where calls take place (§7).
    RoomAdded {
        /// The room.
        room: RoomId,
        /// Its name as staff and detainees know it ("Visits room 2").
        name: String,
        /// How many calls can run in it at once.
        capacity: u16,
    },
    /// The administrator retired a room: no call is put in it any more. Calls already placed
    /// there keep it (events are facts).
    RoomRetired {
        /// The room.
        room: RoomId,
    },
    /// The administrator created or changed a staff account: its role and whether it may sign
    /// in (§16). Never a name, PIN or hash: events sync to every tablet.
    StaffAccountSet {
        /// The account.
        staff: StaffId,
        /// Its role from now on.
        role: Role,
        /// Whether it may sign in.
        active: bool,
    },
    /// A tablet was enrolled with a one-time code an administrator issued (§16); the actor is
    /// that administrator.
    DeviceEnrolled {
        /// The tablet.
        device: DeviceId,
    },
    /// The administrator revoked a tablet: the server refuses its requests from now on (§16).
    DeviceRevoked {
        /// The tablet.
        device: DeviceId,
        /// Why, in words, when the administrator gave a reason.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// A booked call was placed in a room (§9). Bookings without one use the centre's
    /// unnamed call points, as before rooms existed.
    CallRoomAssigned {
        /// The booking.
        booking: BookingId,
        /// The room.
        room: RoomId,
    },
    /// A new compact version is in force; everyone must sign it again (§10).
    CompactVersionPublished {
        /// Its id.
        version: CompactVersion,
        /// The languages it is offered in (complete translations only).
        languages: Vec<LanguageTag>,
    },
    /// What the rules need to know of a detainee (never their name).
    DetaineeProfileUpdated {
        /// Who.
        detainee: DetaineeId,
        /// Languages they understand, best first.
        languages: Vec<LanguageTag>,
        /// Whether their English is enough to understand the compact unaided (§15).
        english_sufficient: bool,
        /// Harassment-control measures they are subject to (§14).
        control_measures: Vec<ControlMeasure>,
        /// Whether they have imminent removal directions (§18: 12-hour appeals).
        imminent_removal: bool,
    },
    /// A DCO opened a detainee's session on a tablet.
    SessionOpened {
        /// Whose session.
        detainee: DetaineeId,
    },
    /// The compact was shown to the detainee.
    CompactPresented {
        /// To whom.
        detainee: DetaineeId,
        /// Which version.
        version: CompactVersion,
        /// In which language.
        language: LanguageTag,
    },
    /// The compact was read aloud or explained (§15).
    CompactExplained {
        /// To whom.
        detainee: DetaineeId,
        /// Which version.
        version: CompactVersion,
        /// In which language.
        language: LanguageTag,
        /// How.
        how: Explanation,
    },
    /// The detainee signed the compact, witnessed by the acting DCO (§10).
    CompactSigned {
        /// Who signed.
        detainee: DetaineeId,
        /// Which version.
        version: CompactVersion,
        /// In which language it was shown.
        language: LanguageTag,
        /// Hash of the exact text shown.
        text_hash: TextHash,
        /// The handwritten signature.
        signature: Signature,
    },
    /// An individual risk assessment for a detainee under a control measure (§14).
    RiskAssessmentRecorded {
        /// About whom.
        detainee: DetaineeId,
        /// Whether video calls may go ahead.
        allows_video_calls: bool,
        /// The assessment's reference.
        reference: String,
    },
    /// A call was booked into a slot.
    CallBooked {
        /// The booking.
        booking: BookingId,
        /// For whom.
        detainee: DetaineeId,
        /// Social or legal.
        kind: CallKind,
        /// The slot's start.
        slot_start: DateTime<Utc>,
    },
    /// A booking was cancelled or moved to the waiting list (e.g. for a legal call, §9).
    CallCancelled {
        /// The booking.
        booking: BookingId,
        /// True when a legal call took the slot.
        displaced_by_legal: bool,
        /// Why staff cancelled it, when they gave a reason. Absent in cancellations recorded
        /// before it was asked (and in a §9 displacement), so their bytes stay the same.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<CancelReason>,
    },
    /// A detainee was put on the waiting list for a London day's calls of one kind: the slot
    /// they wanted was full (§9). Never the caller's name or contact: events are kept for ever
    /// (see [`crate::waiting`]).
    WaitingListJoined {
        /// The place on the list.
        entry: WaitingId,
        /// Who waits.
        detainee: DetaineeId,
        /// Social or legal.
        kind: CallKind,
        /// The London day they wait for.
        day: NaiveDate,
        /// The slot they wanted that day, if one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        slot: Option<DateTime<Utc>>,
    },
    /// A detainee left the waiting list: booked into a slot that day (`booking`, recorded by
    /// the rulebook with the booking), or taken off by staff.
    WaitingListLeft {
        /// The place on the list.
        entry: WaitingId,
        /// The booking that met it, when one did.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        booking: Option<BookingId>,
    },
    /// The detainee arrived for the call.
    CallCheckedIn {
        /// The booking.
        booking: BookingId,
    },
    /// The DCO's visual check of the main recipient (§8).
    AdultCheckRecorded {
        /// The booking.
        booking: BookingId,
        /// Whether the main recipient is an adult.
        recipient_is_adult: bool,
    },
    /// The DCO let the caller in (§8).
    CallerAdmitted {
        /// The booking.
        booking: BookingId,
    },
    /// Media flows between detainee and caller.
    CallStarted {
        /// The booking.
        booking: BookingId,
    },
    /// The call ended without staff terminating it.
    CallEnded {
        /// The booking.
        booking: BookingId,
        /// How.
        reason: EndReason,
    },
    /// Staff terminated the call (§11, §12, §19); a security referral follows.
    CallTerminated {
        /// The booking.
        booking: BookingId,
        /// Why.
        reason: TerminationReason,
    },
    /// A DCO's incident report (§19).
    IncidentReported {
        /// The report.
        incident: IncidentId,
        /// The call it concerns, if any.
        booking: Option<BookingId>,
        /// The detainee it concerns, if any.
        detainee: Option<DetaineeId>,
        /// Category.
        category: IncidentCategory,
        /// What happened, who was involved (encrypted at rest; never logged).
        account: String,
    },
    /// Something referred to the security department (§12, §19).
    ReferredToSecurity {
        /// What is referred.
        source: ReferralSource,
    },
    /// Security updated a referral.
    ReferralUpdated {
        /// Which referral.
        source: ReferralSource,
        /// Where it stands.
        status: ReferralStatus,
    },
    /// A manager suspended a detainee's access (§17).
    SuspensionDecided {
        /// The suspension.
        suspension: SuspensionId,
        /// Who.
        detainee: DetaineeId,
        /// Why (a video-call reason only).
        reason: SuspensionReason,
        /// The reasons in words, for the written notice.
        reasons: String,
        /// Evidence from video calls (`basis::evidence_accepted`).
        evidence: Vec<Evidence>,
        /// The planned end, if set.
        until: Option<DateTime<Utc>>,
        /// The reference of the security information report (DSO 11/2014) a suspension for
        /// security rests on (§17). Absent in decisions recorded before it was asked.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        security_report: Option<String>,
        /// The manager's statement that the suspension is not a sanction for wider
        /// non-compliance (§17); the rulebook requires it. `false` in decisions recorded before
        /// it was asked (and then not written, so their bytes and signatures are unchanged).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        not_a_sanction: bool,
    },
    /// The detainee was given the written notice (§17).
    SuspensionNoticeGiven {
        /// The suspension.
        suspension: SuspensionId,
        /// The language of the notice.
        language: LanguageTag,
    },
    /// The Compliance Manager was notified (§18).
    ComplianceManagerNotified {
        /// The suspension.
        suspension: SuspensionId,
    },
    /// The Compliance Manager authorised a suspension beyond one week (§18).
    SuspensionAuthorised {
        /// The suspension.
        suspension: SuspensionId,
        /// Authorised until.
        until: DateTime<Utc>,
    },
    /// The Compliance Manager's weekly review (§18).
    SuspensionReviewed {
        /// The suspension.
        suspension: SuspensionId,
        /// Whether it continues.
        continues: bool,
        /// Notes.
        notes: String,
    },
    /// The detainee appealed, with written reasons (§18).
    SuspensionAppealed {
        /// The suspension.
        suspension: SuspensionId,
        /// The appeal.
        appeal: AppealId,
        /// Their reasons.
        reasons: String,
    },
    /// A manager decided the appeal (§18).
    AppealDecided {
        /// The appeal.
        appeal: AppealId,
        /// True when the appeal succeeds and the suspension is lifted.
        upheld: bool,
        /// Reasons for the decision.
        reasons: String,
    },
    /// The suspension ended.
    SuspensionLifted {
        /// The suspension.
        suspension: SuspensionId,
    },
    /// Another route to legal advice for a suspended detainee (§18).
    AlternativeLegalAccessArranged {
        /// The suspension.
        suspension: SuspensionId,
        /// How.
        method: LegalAccessMethod,
    },
    /// A suspended detainee asked for a legal call (§18). No call can be booked while the
    /// suspension is in force, so the request is recorded and routed to the alternative
    /// arranged for that suspension; managers see it until it is met.
    LegalAccessRequested {
        /// The request.
        request: LegalRequestId,
        /// Who asked.
        detainee: DetaineeId,
        /// The suspension in force that stops the call.
        suspension: SuspensionId,
    },
    /// The detainee had their legal advice by the alternative arranged for their suspension
    /// (§18): the request is met.
    LegalAccessRequestMet {
        /// The request.
        request: LegalRequestId,
    },
    /// The Compliance Manager reviewed a policy exception raised by sync.
    PolicyExceptionReviewed {
        /// The event that raised it.
        event: EventId,
        /// Notes.
        notes: String,
    },
    /// A member of staff signed in on a tablet with their PIN, offline too (§16); the actor is
    /// that member of staff. What the tablet records for staff from then on is theirs, until
    /// they sign out or someone else signs in on it: the server refuses a tablet's event whose
    /// staff actor is not signed in on it at that point of its log.
    StaffSignedIn {},
    /// The member of staff signed out of the tablet (§16); the actor is that member of staff.
    StaffSignedOut {},
    /// An event of a kind this release does not know: a newer release recorded it. Carried
    /// opaque (stored, pushed and pulled byte for byte, so its chain holds), never folded,
    /// never decided; a release that knows the kind reads it from the same bytes.
    #[serde(skip)]
    Unknown(OpaqueBody),
}

/// The body of an event of a kind this release does not know, exactly as it arrived (JSON).
/// `Debug` shows its kind and size, never its contents (they may hold a name).
#[derive(Clone, PartialEq, Eq)]
pub struct OpaqueBody {
    kind: String,
    json: String,
}

impl OpaqueBody {
    /// The body of a kind this release does not know, from its JSON (an object with a
    /// `type`); none for a known kind or JSON that is not such an object.
    pub fn from_json(json: &str) -> Option<Self> {
        match serde_json::from_str::<EventBody>(json) {
            Ok(EventBody::Unknown(opaque)) => Some(opaque),
            _ => None,
        }
    }

    /// The kind's name (its `type` tag), as the newer release wrote it.
    pub fn kind(&self) -> &str {
        &self.kind
    }

    /// The body's JSON, as received.
    pub fn json(&self) -> &str {
        &self.json
    }
}

impl std::fmt::Debug for OpaqueBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpaqueBody")
            .field("kind", &self.kind)
            .field("bytes", &self.json.len())
            .finish()
    }
}

impl Serialize for EventBody {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            EventBody::Unknown(opaque) => {
                let raw = serde_json::value::RawValue::from_string(opaque.json.clone())
                    .map_err(serde::ser::Error::custom)?;
                raw.serialize(s)
            }
            known => EventBody::serialize(known, s),
        }
    }
}

impl<'de> Deserialize<'de> for EventBody {
    /// A known kind as derived; a `type` this release does not know as [`OpaqueBody`]; a
    /// known kind with bad fields, or no `type`, is an error as before.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        #[derive(Deserialize)]
        struct Tag {
            #[serde(rename = "type")]
            kind: String,
        }
        let raw = Box::<serde_json::value::RawValue>::deserialize(d)?;
        let known = EventBody::deserialize(&mut serde_json::Deserializer::from_str(raw.get()));
        match known {
            Ok(body) => Ok(body),
            Err(e) => {
                let tag: Tag = serde_json::from_str(raw.get()).map_err(D::Error::custom)?;
                if EventKind::named(&tag.kind).is_some() {
                    return Err(D::Error::custom(e));
                }
                Ok(EventBody::Unknown(OpaqueBody {
                    kind: tag.kind,
                    json: raw.get().to_owned(),
                }))
            }
        }
    }
}

/// What a referral to security is about; one referral per source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum ReferralSource {
    /// A call terminated by staff (§12).
    Termination(BookingId),
    /// A DCO's incident report (§19).
    Incident(IncidentId),
}

/// The kind of an event, without its data: for permissions, logs and tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum EventKind {
    CentreScheduleChanged,
    RoomAdded,
    RoomRetired,
    StaffAccountSet,
    DeviceEnrolled,
    DeviceRevoked,
    CallRoomAssigned,
    CompactVersionPublished,
    DetaineeProfileUpdated,
    SessionOpened,
    CompactPresented,
    CompactExplained,
    CompactSigned,
    RiskAssessmentRecorded,
    CallBooked,
    CallCancelled,
    CallCheckedIn,
    AdultCheckRecorded,
    CallerAdmitted,
    CallStarted,
    CallEnded,
    CallTerminated,
    IncidentReported,
    ReferredToSecurity,
    ReferralUpdated,
    SuspensionDecided,
    SuspensionNoticeGiven,
    ComplianceManagerNotified,
    SuspensionAuthorised,
    SuspensionReviewed,
    SuspensionAppealed,
    AppealDecided,
    SuspensionLifted,
    AlternativeLegalAccessArranged,
    PolicyExceptionReviewed,
    LegalAccessRequested,
    LegalAccessRequestMet,
    StaffSignedIn,
    StaffSignedOut,
    WaitingListJoined,
    WaitingListLeft,
    /// A kind a newer release recorded ([`EventBody::Unknown`]); not in [`EventKind::ALL`].
    Unknown,
}

impl EventKind {
    /// The known kind a body's `type` tag names (none for an unknown one).
    pub fn named(tag: &str) -> Option<EventKind> {
        Self::ALL.into_iter().find(|k| {
            serde_json::to_value(k)
                .ok()
                .is_some_and(|v| v.as_str() == Some(tag))
        })
    }

    /// Whether this release knows the kind (not [`EventKind::Unknown`]).
    pub fn is_known(self) -> bool {
        self != EventKind::Unknown
    }

    /// Every kind this release knows, for exhaustive permission tests.
    pub const ALL: [EventKind; 41] = [
        Self::CentreScheduleChanged,
        Self::RoomAdded,
        Self::RoomRetired,
        Self::StaffAccountSet,
        Self::DeviceEnrolled,
        Self::DeviceRevoked,
        Self::CallRoomAssigned,
        Self::CompactVersionPublished,
        Self::DetaineeProfileUpdated,
        Self::SessionOpened,
        Self::CompactPresented,
        Self::CompactExplained,
        Self::CompactSigned,
        Self::RiskAssessmentRecorded,
        Self::CallBooked,
        Self::CallCancelled,
        Self::CallCheckedIn,
        Self::AdultCheckRecorded,
        Self::CallerAdmitted,
        Self::CallStarted,
        Self::CallEnded,
        Self::CallTerminated,
        Self::IncidentReported,
        Self::ReferredToSecurity,
        Self::ReferralUpdated,
        Self::SuspensionDecided,
        Self::SuspensionNoticeGiven,
        Self::ComplianceManagerNotified,
        Self::SuspensionAuthorised,
        Self::SuspensionReviewed,
        Self::SuspensionAppealed,
        Self::AppealDecided,
        Self::SuspensionLifted,
        Self::AlternativeLegalAccessArranged,
        Self::PolicyExceptionReviewed,
        Self::LegalAccessRequested,
        Self::LegalAccessRequestMet,
        Self::StaffSignedIn,
        Self::StaffSignedOut,
        Self::WaitingListJoined,
        Self::WaitingListLeft,
    ];

    /// The paragraph of DSO 01/2020 this kind of event serves.
    pub fn paragraph(self) -> Paragraph {
        use EventKind as K;
        match self {
            K::CentreScheduleChanged | K::RoomAdded | K::RoomRetired => Paragraph::P7,
            K::CompactVersionPublished | K::CompactPresented | K::CompactSigned => Paragraph::P10,
            K::CompactExplained => Paragraph::P15,
            K::StaffAccountSet
            | K::DeviceEnrolled
            | K::DeviceRevoked
            | K::StaffSignedIn
            | K::StaffSignedOut => Paragraph::P16,
            K::DetaineeProfileUpdated | K::RiskAssessmentRecorded => Paragraph::P14,
            K::SessionOpened
            | K::CallCheckedIn
            | K::AdultCheckRecorded
            | K::CallerAdmitted
            | K::CallStarted => Paragraph::P8,
            K::CallBooked
            | K::CallCancelled
            | K::CallRoomAssigned
            | K::WaitingListJoined
            | K::WaitingListLeft => Paragraph::P9,
            K::CallEnded => Paragraph::AnnexA,
            K::CallTerminated => Paragraph::P11,
            K::ReferredToSecurity | K::ReferralUpdated => Paragraph::P12,
            K::IncidentReported => Paragraph::P19,
            K::SuspensionDecided | K::SuspensionNoticeGiven => Paragraph::P17,
            K::ComplianceManagerNotified
            | K::SuspensionAuthorised
            | K::SuspensionReviewed
            | K::SuspensionAppealed
            | K::AppealDecided
            | K::SuspensionLifted
            | K::AlternativeLegalAccessArranged
            | K::LegalAccessRequested
            | K::LegalAccessRequestMet
            | K::PolicyExceptionReviewed => Paragraph::P18,
            // What a release cannot check is §16's: it is carried, never acted on.
            K::Unknown => Paragraph::P16,
        }
    }

    /// A short phrase for messages: "suspend access", "terminate a call".
    pub fn action(self) -> &'static str {
        use EventKind as K;
        match self {
            K::CentreScheduleChanged => "change the centre's schedule",
            K::RoomAdded => "add a room",
            K::RoomRetired => "retire a room",
            K::StaffAccountSet => "set a staff account",
            K::DeviceEnrolled => "enrol a tablet",
            K::DeviceRevoked => "revoke a tablet",
            K::CallRoomAssigned => "put a call in a room",
            K::CompactVersionPublished => "publish a compact version",
            K::DetaineeProfileUpdated => "update a detainee's profile",
            K::SessionOpened => "open a detainee's session",
            K::CompactPresented => "present the compact",
            K::CompactExplained => "record how the compact was explained",
            K::CompactSigned => "witness the compact signature",
            K::RiskAssessmentRecorded => "record a risk assessment",
            K::CallBooked => "book a call",
            K::CallCancelled => "cancel a call",
            K::CallCheckedIn => "check a detainee in for a call",
            K::AdultCheckRecorded => "record the adult check",
            K::CallerAdmitted => "admit a caller",
            K::CallStarted => "start a call",
            K::CallEnded => "end a call",
            K::CallTerminated => "terminate a call",
            K::IncidentReported => "report an incident",
            K::ReferredToSecurity => "refer to security",
            K::ReferralUpdated => "update a security referral",
            K::SuspensionDecided => "suspend access",
            K::SuspensionNoticeGiven => "record that a suspension notice was given",
            K::ComplianceManagerNotified => "notify the Compliance Manager",
            K::SuspensionAuthorised => "authorise a suspension beyond a week",
            K::SuspensionReviewed => "review a suspension",
            K::SuspensionAppealed => "lodge an appeal",
            K::AppealDecided => "decide an appeal",
            K::SuspensionLifted => "lift a suspension",
            K::AlternativeLegalAccessArranged => "arrange alternative legal access",
            K::PolicyExceptionReviewed => "review a policy exception",
            K::LegalAccessRequested => "record a suspended detainee's request for legal advice",
            K::LegalAccessRequestMet => "record that a request for legal advice was met",
            K::StaffSignedIn => "sign in on a tablet",
            K::StaffSignedOut => "sign out of a tablet",
            K::WaitingListJoined => "put a detainee on the waiting list",
            K::WaitingListLeft => "take a detainee off the waiting list",
            K::Unknown => "record an event of a kind this release does not know",
        }
    }
}

impl EventBody {
    /// This event's kind.
    pub fn kind(&self) -> EventKind {
        use EventBody as B;
        use EventKind as K;
        match self {
            B::CentreScheduleChanged { .. } => K::CentreScheduleChanged,
            B::RoomAdded { .. } => K::RoomAdded,
            B::RoomRetired { .. } => K::RoomRetired,
            B::StaffAccountSet { .. } => K::StaffAccountSet,
            B::DeviceEnrolled { .. } => K::DeviceEnrolled,
            B::DeviceRevoked { .. } => K::DeviceRevoked,
            B::CallRoomAssigned { .. } => K::CallRoomAssigned,
            B::CompactVersionPublished { .. } => K::CompactVersionPublished,
            B::DetaineeProfileUpdated { .. } => K::DetaineeProfileUpdated,
            B::SessionOpened { .. } => K::SessionOpened,
            B::CompactPresented { .. } => K::CompactPresented,
            B::CompactExplained { .. } => K::CompactExplained,
            B::CompactSigned { .. } => K::CompactSigned,
            B::RiskAssessmentRecorded { .. } => K::RiskAssessmentRecorded,
            B::CallBooked { .. } => K::CallBooked,
            B::CallCancelled { .. } => K::CallCancelled,
            B::CallCheckedIn { .. } => K::CallCheckedIn,
            B::AdultCheckRecorded { .. } => K::AdultCheckRecorded,
            B::CallerAdmitted { .. } => K::CallerAdmitted,
            B::CallStarted { .. } => K::CallStarted,
            B::CallEnded { .. } => K::CallEnded,
            B::CallTerminated { .. } => K::CallTerminated,
            B::IncidentReported { .. } => K::IncidentReported,
            B::ReferredToSecurity { .. } => K::ReferredToSecurity,
            B::ReferralUpdated { .. } => K::ReferralUpdated,
            B::SuspensionDecided { .. } => K::SuspensionDecided,
            B::SuspensionNoticeGiven { .. } => K::SuspensionNoticeGiven,
            B::ComplianceManagerNotified { .. } => K::ComplianceManagerNotified,
            B::SuspensionAuthorised { .. } => K::SuspensionAuthorised,
            B::SuspensionReviewed { .. } => K::SuspensionReviewed,
            B::SuspensionAppealed { .. } => K::SuspensionAppealed,
            B::AppealDecided { .. } => K::AppealDecided,
            B::SuspensionLifted { .. } => K::SuspensionLifted,
            B::AlternativeLegalAccessArranged { .. } => K::AlternativeLegalAccessArranged,
            B::PolicyExceptionReviewed { .. } => K::PolicyExceptionReviewed,
            B::LegalAccessRequested { .. } => K::LegalAccessRequested,
            B::LegalAccessRequestMet { .. } => K::LegalAccessRequestMet,
            B::StaffSignedIn {} => K::StaffSignedIn,
            B::StaffSignedOut {} => K::StaffSignedOut,
            B::WaitingListJoined { .. } => K::WaitingListJoined,
            B::WaitingListLeft { .. } => K::WaitingListLeft,
            B::Unknown(_) => K::Unknown,
        }
    }

    /// The paragraph of DSO 01/2020 this event serves.
    pub fn paragraph(&self) -> Paragraph {
        self.kind().paragraph()
    }

    /// The detainee this event is directly about, where it names one.
    pub fn detainee(&self) -> Option<DetaineeId> {
        use EventBody as B;
        match self {
            B::DetaineeProfileUpdated { detainee, .. }
            | B::SessionOpened { detainee }
            | B::CompactPresented { detainee, .. }
            | B::CompactExplained { detainee, .. }
            | B::CompactSigned { detainee, .. }
            | B::RiskAssessmentRecorded { detainee, .. }
            | B::CallBooked { detainee, .. }
            | B::WaitingListJoined { detainee, .. }
            | B::SuspensionDecided { detainee, .. }
            | B::LegalAccessRequested { detainee, .. } => Some(*detainee),
            B::IncidentReported { detainee, .. } => *detainee,
            _ => None,
        }
    }
}

#[cfg(test)]
mod opaque_tests {
    use super::*;

    const NEWER: &str = r#"{"type":"caller_invited","zeta":1,"alpha":{"b":2,"a":"x"}}"#;

    #[test]
    fn a_kind_this_release_does_not_know_is_kept_byte_for_byte() {
        let body: EventBody = serde_json::from_str(NEWER).unwrap();
        assert_eq!(body.kind(), EventKind::Unknown);
        assert_eq!(serde_json::to_string(&body).unwrap(), NEWER);
        let shown = format!("{body:?}");
        assert!(
            shown.contains("caller_invited") && !shown.contains("alpha"),
            "{shown}"
        );
    }

    #[test]
    fn a_known_kind_with_bad_fields_or_no_type_is_still_an_error() {
        assert!(serde_json::from_str::<EventBody>(r#"{"type":"session_opened"}"#).is_err());
        assert!(
            serde_json::from_str::<EventBody>(r#"{"type":"session_opened","detainee":"x"}"#)
                .is_err()
        );
        assert!(serde_json::from_str::<EventBody>(r#"{"detainee":"x"}"#).is_err());
        assert!(serde_json::from_str::<EventBody>("[1]").is_err());
    }

    #[test]
    fn a_cancellation_without_a_reason_keeps_the_bytes_it_had_before_reasons_existed() {
        let old = r#"{"type":"call_cancelled","booking":"00000000-0000-0000-0000-000000000001","displaced_by_legal":false}"#;
        let body: EventBody = serde_json::from_str(old).unwrap();
        assert!(matches!(
            body,
            EventBody::CallCancelled { reason: None, .. }
        ));
        assert_eq!(serde_json::to_string(&body).unwrap(), old);
        let EventBody::CallCancelled { booking, .. } = body else {
            unreachable!()
        };
        let with = EventBody::CallCancelled {
            booking,
            displaced_by_legal: false,
            reason: Some(CancelReason::TechnicalFailure),
        };
        let json = serde_json::to_string(&with).unwrap();
        assert!(
            json.ends_with(r#","reason":"technical_failure"}"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<EventBody>(&json).unwrap(), with);
    }

    #[test]
    fn every_known_kind_is_named_by_its_tag_and_unknown_is_not() {
        for kind in EventKind::ALL {
            let tag = serde_json::to_value(kind).unwrap();
            assert_eq!(EventKind::named(tag.as_str().unwrap()), Some(kind));
        }
        assert_eq!(EventKind::named("unknown"), None);
        assert!(!EventKind::ALL.contains(&EventKind::Unknown));
    }
}
