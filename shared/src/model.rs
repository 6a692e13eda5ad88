//! The domain's value types: what a call is, why it ends, why access is suspended, how the
//! compact was explained, and the centre's schedule.

use crate::dso::RuleViolation;
use crate::ids::{BookingId, IncidentId};
use crate::time::{london_date, london_instant};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Social (family and friends) or legal (a legal adviser, DSO §9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallKind {
    /// Family or friends: visually supervised.
    Social,
    /// A legal adviser: priority in booking and privacy (no visual supervision).
    Legal,
}

/// Why staff ended a call (DSO §11, §12, §19, Annex A). Deliberately a closed list: the call
/// log may hold the reason a person ended a call, but never free text about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TerminationReason {
    /// Evidence of recording or publishing by anyone (§12, Annex A).
    Recording,
    /// Not dressed appropriately (§11, Annex A).
    InappropriateDress,
    /// Foul or abusive language (Annex A).
    AbusiveLanguage,
    /// Sexualised behaviour (Annex A).
    SexualisedBehaviour,
    /// Other behaviour the supervising staff deem inappropriate (Annex A).
    InappropriateBehaviour,
    /// Sharing a screen or showing unlawful or offensive material (Annex A).
    OffensiveMaterial,
    /// Unlawful activity (Annex A).
    UnlawfulActivity,
    /// The security of the centre is put at risk (§11).
    SecurityRisk,
    /// The DCO is concerned about the nature of the call or the recipient's safety (§19).
    ConcernForRecipient,
}

impl TerminationReason {
    /// Every reason, for pickers and tests.
    pub const ALL: [TerminationReason; 9] = [
        Self::Recording,
        Self::InappropriateDress,
        Self::AbusiveLanguage,
        Self::SexualisedBehaviour,
        Self::InappropriateBehaviour,
        Self::OffensiveMaterial,
        Self::UnlawfulActivity,
        Self::SecurityRisk,
        Self::ConcernForRecipient,
    ];

    /// What kind of incident a call ended for this reason is (§19): the category its report
    /// starts with. Annex A's terms of use cover dress, language, behaviour, material and
    /// unlawful activity.
    pub fn incident_category(self) -> IncidentCategory {
        match self {
            Self::Recording => IncidentCategory::Recording,
            Self::InappropriateDress
            | Self::AbusiveLanguage
            | Self::SexualisedBehaviour
            | Self::InappropriateBehaviour
            | Self::OffensiveMaterial
            | Self::UnlawfulActivity => IncidentCategory::BreachOfTerms,
            Self::SecurityRisk => IncidentCategory::SecurityRisk,
            Self::ConcernForRecipient => IncidentCategory::RecipientSafety,
        }
    }
}

/// How a call ended without staff terminating it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// A party hung up.
    Completed,
    /// The slot's time ran out.
    SlotEnded,
    /// The network failed and did not recover: the detainee may rebook at no cost.
    TechnicalFailure,
    /// The caller never joined.
    CallerDidNotJoin,
    /// The main recipient was not confirmed as an adult (§8).
    RecipientNotAdult,
}

/// Why a booked call was cancelled by staff (a §9 displacement carries none: the event says
/// so itself). A closed list: it names who asked, never what they said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelReason {
    /// The caller asked.
    CallerAsked,
    /// The detainee asked.
    DetaineeAsked,
    /// A technical failure (tablet, network): rebooked at no cost.
    TechnicalFailure,
    /// Any other reason.
    Other,
}

impl CancelReason {
    /// Every reason, in the order the screens offer them.
    pub const ALL: [CancelReason; 4] = [
        CancelReason::CallerAsked,
        CancelReason::DetaineeAsked,
        CancelReason::TechnicalFailure,
        CancelReason::Other,
    ];
}

/// The outcome of a call as the call log records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "outcome", content = "reason", rename_all = "snake_case")]
pub enum CallOutcome {
    /// Ended without staff stepping in.
    Ended(EndReason),
    /// Terminated by staff, with the reason (§11, §12, §19).
    Terminated(TerminationReason),
    /// Cancelled before it started.
    Cancelled,
}

/// Why a Centre or Deputy Centre Manager suspends access (DSO §17). There is deliberately no
/// "other" or "general behaviour": a suspension is not a sanction for wider non-compliance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SuspensionReason {
    /// For the security of the centre.
    Security,
    /// For someone's safety.
    Safety,
    /// A breach of the centre's acceptable use policy for video calls (needs evidence).
    BreachOfAcceptableUse,
}

/// Evidence from video calls that a suspension for breach relies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum Evidence {
    /// An incident report.
    Incident(IncidentId),
    /// A call that staff terminated.
    TerminatedCall(BookingId),
}

/// Harassment-control measures that require an individual risk assessment (DSO §14).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ControlMeasure {
    /// Multi Agency Public Protection Arrangements.
    Mappa,
    /// A restraining order.
    RestrainingOrder,
    /// Any other harassment control measure.
    HarassmentControl,
}

impl ControlMeasure {
    /// The measure's name, as staff know it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Mappa => "MAPPA",
            Self::RestrainingOrder => "a restraining order",
            Self::HarassmentControl => "a harassment control measure",
        }
    }
}

/// How the compact was put across to the detainee (DSO §15).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "how", rename_all = "snake_case")]
pub enum Explanation {
    /// The detainee read it on screen themselves, in a language they read.
    ReadOnScreen,
    /// Read aloud by the tablet (recorded audio or a voice) while shown on screen.
    ReadAloud {
        /// Whether the audio was played to the end.
        audio_completed: bool,
    },
    /// Explained by an interpreter (in person or by phone).
    Interpreter {
        /// The interpreter's booking or badge reference.
        reference: String,
    },
}

/// A BCP 47 language tag, e.g. `en-GB`, `ar`, `zh-Hans`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LanguageTag(pub String);

impl LanguageTag {
    /// A tag from text.
    pub fn new(tag: &str) -> Self {
        Self(tag.to_owned())
    }
}

impl std::fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A published version of the centre's compact, e.g. `2026-11`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CompactVersion(pub String);

impl std::fmt::Display for CompactVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The SHA-256 of the exact compact text shown, hex encoded: binds a signature to its words.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TextHash(pub String);

impl TextHash {
    /// Hashes the exact text shown to the detainee.
    pub fn of(text: &str) -> Self {
        Self(hex::encode(Sha256::digest(text.as_bytes())))
    }
}

/// A point of a finger stroke on the signature pad, in pad pixels, with ms since the stroke began.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StrokePoint {
    /// x in pad pixels.
    pub x: i32,
    /// y in pad pixels.
    pub y: i32,
    /// Milliseconds since the first point of the stroke.
    pub t_ms: u32,
}

/// A detainee's handwritten signature: the vector strokes and a rendered PNG (base64).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Signature {
    /// One list of points per finger stroke.
    pub strokes: Vec<Vec<StrokePoint>>,
    /// The rendered image, PNG, base64 encoded.
    pub png_base64: String,
}

/// Categories of incident report (DSO §19).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentCategory {
    /// Concern for the safety of the recipient.
    RecipientSafety,
    /// Concern about the nature of the call.
    NatureOfCall,
    /// Evidence the call was being recorded.
    Recording,
    /// A breach of the terms of use.
    BreachOfTerms,
    /// A risk to the security of the centre.
    SecurityRisk,
    /// Anything else the DCO observed.
    Other,
}

/// How a suspended detainee can still reach legal advice (DSO §18).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum LegalAccessMethod {
    /// Telephone calls to their legal adviser.
    Telephone,
    /// In-person legal visits.
    LegalVisit,
    /// Email or fax to their adviser.
    Correspondence,
    /// Another arrangement, described.
    Other {
        /// What was arranged.
        description: String,
    },
}

/// Where a security referral stands.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ReferralStatus {
    /// Waiting for security.
    Open,
    /// Security is investigating.
    Investigating,
    /// Closed with an outcome.
    Closed {
        /// What security concluded.
        outcome: String,
    },
}

/// A window in which the service is open, in London wall-clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OpeningWindow {
    /// Opens at.
    pub start: NaiveTime,
    /// Closes at (same day).
    pub end: NaiveTime,
}

/// The centre's video call schedule (DSO §7, Annex A).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Schedule {
    /// Opening windows for each weekday, Monday first.
    pub weekdays: [Vec<OpeningWindow>; 7],
    /// Slot length in minutes (30–60, Annex A).
    pub slot_minutes: u32,
    /// How many calls can run at once (tablets or call points).
    pub call_points: u16,
    /// The London date from which the schedule applies.
    pub effective_from: NaiveDate,
    /// How many minutes before its slot a call can be checked in (the detainee brought to the
    /// tablet); [`DEFAULT_CHECK_IN_LEAD_MINUTES`] when not set, at most
    /// [`MAX_CHECK_IN_LEAD_MINUTES`]. Connecting is only ever within the slot. Not written
    /// when not set, so schedules recorded before it existed keep their exact bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in_lead_minutes: Option<u32>,
}

/// How long before its slot a call can be checked in, unless the schedule says otherwise.
pub const DEFAULT_CHECK_IN_LEAD_MINUTES: u32 = 10;

/// The longest check-in lead a schedule can set (a longer one counts as this).
pub const MAX_CHECK_IN_LEAD_MINUTES: u32 = 60;

/// The check-in lead of a schedule's setting (`None`: the default), bounded.
pub fn check_in_lead(minutes: Option<u32>) -> Duration {
    let m = minutes
        .unwrap_or(DEFAULT_CHECK_IN_LEAD_MINUTES)
        .min(MAX_CHECK_IN_LEAD_MINUTES);
    Duration::minutes(i64::from(m))
}

/// The minimum daily opening the order requires (§7), in minutes.
pub const MIN_DAILY_MINUTES: i64 = 7 * 60;

impl Schedule {
    /// The same windows every day of the week.
    pub fn every_day(
        windows: Vec<OpeningWindow>,
        slot_minutes: u32,
        call_points: u16,
        effective_from: NaiveDate,
    ) -> Self {
        Self {
            weekdays: std::array::from_fn(|_| windows.clone()),
            slot_minutes,
            call_points,
            effective_from,
            check_in_lead_minutes: None,
        }
    }

    /// The same schedule with calls checked in from `minutes` before their slot.
    pub fn with_check_in_lead(mut self, minutes: u32) -> Self {
        self.check_in_lead_minutes = Some(minutes);
        self
    }

    /// How long before its slot a call can be checked in.
    pub fn check_in_lead(&self) -> Duration {
        check_in_lead(self.check_in_lead_minutes)
    }

    /// The windows that apply on a London date.
    pub fn windows_on(&self, date: NaiveDate) -> &[OpeningWindow] {
        &self.weekdays[date.weekday().num_days_from_monday() as usize]
    }

    /// The real minutes the service is open on a London date (a window spanning the spring
    /// clock change is an hour shorter than its wall-clock times suggest).
    pub fn minutes_open_on(&self, date: NaiveDate) -> i64 {
        self.windows_on(date)
            .iter()
            .map(|w| {
                (london_instant(date.and_time(w.end)) - london_instant(date.and_time(w.start)))
                    .num_minutes()
            })
            .sum()
    }

    /// Checks the schedule against §7 and Annex A, for every day of the year from
    /// `effective_from` (so clock changes are counted).
    pub fn validate(&self) -> Result<(), RuleViolation> {
        if !(30..=60).contains(&self.slot_minutes) {
            return Err(RuleViolation::SlotLength {
                minutes: self.slot_minutes,
            });
        }
        for day in &self.weekdays {
            let mut sorted = day.clone();
            sorted.sort_by_key(|w| w.start);
            for (i, w) in sorted.iter().enumerate() {
                let overlaps = sorted.get(i + 1).is_some_and(|next| next.start < w.end);
                if w.end <= w.start || overlaps {
                    return Err(RuleViolation::BadOpeningWindow {
                        start: w.start,
                        end: w.end,
                    });
                }
            }
        }
        for offset in 0..366 {
            let date = self.effective_from + Duration::days(offset);
            let minutes = self.minutes_open_on(date);
            if minutes < MIN_DAILY_MINUTES {
                return Err(RuleViolation::ServiceUnderSevenHours { date, minutes });
            }
        }
        Ok(())
    }

    /// The start instants of every whole slot on a London date, in order.
    pub fn slots_on(&self, date: NaiveDate) -> Vec<DateTime<Utc>> {
        let slot = Duration::minutes(i64::from(self.slot_minutes));
        let mut out = Vec::new();
        for w in self.windows_on(date) {
            let end = london_instant(date.and_time(w.end));
            let mut start = london_instant(date.and_time(w.start));
            while start + slot <= end {
                out.push(start);
                start += slot;
            }
        }
        out.sort();
        out
    }

    /// Whether `start` is the start of one of the schedule's slots.
    pub fn is_slot_start(&self, start: DateTime<Utc>) -> bool {
        self.slots_on(london_date(start)).contains(&start)
    }
}
