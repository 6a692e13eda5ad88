//! The paragraphs of Detention Services Order 01/2020 that Kinline enforces, and the error a
//! refused command carries: which rule, which paragraph, and what the person can do.

use serde::{Deserialize, Serialize};

/// A paragraph (or annex) of DSO 01/2020 that a rule or an event serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Paragraph {
    /// §7: the service is available at least seven hours every day.
    P7,
    /// §8: DCOs set up and supervise; visual check that the main recipient is an adult.
    P8,
    /// §9: legal-adviser calls get priority and privacy.
    P9,
    /// §10: detainees must understand and sign the centre compact before access.
    P10,
    /// §11: staff may terminate a call where terms are breached or security is at risk.
    P11,
    /// §12: third-party recording ends the call; terminations are referred to security.
    P12,
    /// §14: MAPPA, restraining orders, harassment measures: access by risk assessment.
    P14,
    /// §15: the compact read and explained in a language the detainee understands.
    P15,
    /// §16: robust, secure infrastructure; no unauthorised access.
    P16,
    /// §17: only a Centre/Deputy Centre Manager suspends; recorded; written notice; not a sanction.
    P17,
    /// §18: Compliance Manager notified, authorises over a week, weekly reviews; appeals in
    /// 48 h / 12 h; alternative legal access.
    P18,
    /// §19: the DCO may terminate on concern; incident report to security.
    P19,
    /// Annex A: the compact (slot length, what is logged, conduct).
    AnnexA,
}

impl std::fmt::Display for Paragraph {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = match self {
            Paragraph::P7 => "§7",
            Paragraph::P8 => "§8",
            Paragraph::P9 => "§9",
            Paragraph::P10 => "§10",
            Paragraph::P11 => "§11",
            Paragraph::P12 => "§12",
            Paragraph::P14 => "§14",
            Paragraph::P15 => "§15",
            Paragraph::P16 => "§16",
            Paragraph::P17 => "§17",
            Paragraph::P18 => "§18",
            Paragraph::P19 => "§19",
            Paragraph::AnnexA => "Annex A",
        };
        write!(f, "DSO 01/2020 {p}")
    }
}

/// What a refused step referred to: named in the reader's language (`message_id`), never
/// an English fragment set into a translated sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// A booking.
    Booking,
    /// A call.
    Call,
    /// A call still booked (not over).
    BookedCall,
    /// A call staff terminated.
    TerminatedCall,
    /// An incident report.
    IncidentReport,
    /// A referral to security.
    Referral,
    /// A suspension.
    Suspension,
    /// An appeal.
    Appeal,
    /// An appeal of a suspension already waiting for its decision.
    AppealOfSuspension,
    /// An open request for legal advice.
    LegalRequest,
    /// A policy exception.
    PolicyException,
    /// A room.
    Room,
    /// A room in use.
    ActiveRoom,
    /// A tablet's enrolment.
    TabletEnrolment,
    /// A tablet's revocation.
    TabletRevocation,
    /// A complete translation of the compact.
    CompactTranslation,
    /// A place on the waiting list (§9).
    WaitingPlace,
}

impl Subject {
    /// Every subject, for the translation checks.
    pub const ALL: [Subject; 17] = [
        Self::Booking,
        Self::Call,
        Self::BookedCall,
        Self::TerminatedCall,
        Self::IncidentReport,
        Self::Referral,
        Self::Suspension,
        Self::Appeal,
        Self::AppealOfSuspension,
        Self::LegalRequest,
        Self::PolicyException,
        Self::Room,
        Self::ActiveRoom,
        Self::TabletEnrolment,
        Self::TabletRevocation,
        Self::CompactTranslation,
        Self::WaitingPlace,
    ];

    /// The id of its words in `locales/*/kinline.ftl` (a noun phrase: "that booking").
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Booking => "subject-booking",
            Self::Call => "subject-call",
            Self::BookedCall => "subject-booked-call",
            Self::TerminatedCall => "subject-terminated-call",
            Self::IncidentReport => "subject-incident-report",
            Self::Referral => "subject-referral",
            Self::Suspension => "subject-suspension",
            Self::Appeal => "subject-appeal",
            Self::AppealOfSuspension => "subject-appeal-of-suspension",
            Self::LegalRequest => "subject-legal-request",
            Self::PolicyException => "subject-policy-exception",
            Self::Room => "subject-room",
            Self::ActiveRoom => "subject-active-room",
            Self::TabletEnrolment => "subject-tablet-enrolment",
            Self::TabletRevocation => "subject-tablet-revocation",
            Self::CompactTranslation => "subject-compact-translation",
            Self::WaitingPlace => "subject-waiting-place",
        }
    }
}

impl std::fmt::Display for Subject {
    /// The English words (the server's logs and API messages; screens translate
    /// [`Subject::message_id`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Booking => "that booking",
            Self::Call => "that call",
            Self::BookedCall => "that booked call",
            Self::TerminatedCall => "that terminated call",
            Self::IncidentReport => "that incident report",
            Self::Referral => "that referral",
            Self::Suspension => "that suspension",
            Self::Appeal => "that appeal",
            Self::AppealOfSuspension => "an appeal of that suspension",
            Self::LegalRequest => "that request for legal advice",
            Self::PolicyException => "that policy exception",
            Self::Room => "that room",
            Self::ActiveRoom => "that room in use",
            Self::TabletEnrolment => "that tablet's enrolment",
            Self::TabletRevocation => "that tablet's revocation",
            Self::CompactTranslation => "a complete translation of the compact",
            Self::WaitingPlace => "that place on the waiting list",
        })
    }
}

/// Which value a refusal of its length or range is about ([`RuleViolation::TextLength`],
/// [`RuleViolation::OutOfRange`]): named in the reader's language (`message_id`), never an
/// English fragment set into a translated sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The time it was recorded.
    TimeRecorded,
    /// The event's clock stamp.
    ClockStamp,
    /// The event's size.
    EventSize,
    /// The room's name.
    RoomName,
    /// The reason.
    Reason,
    /// The reasons.
    Reasons,
    /// The reasons for the decision.
    DecisionReasons,
    /// The control measures.
    ControlMeasures,
    /// The interpreter's reference.
    InterpreterReference,
    /// The risk assessment reference.
    RiskAssessmentReference,
    /// The security information report reference.
    SecurityReport,
    /// The slot's start.
    SlotStart,
    /// The day waited for.
    DayWaitedFor,
    /// What happened.
    WhatHappened,
    /// The outcome.
    Outcome,
    /// The evidence.
    Evidence,
    /// The suspension's end.
    SuspensionEnd,
    /// The authorisation's end.
    AuthorisationEnd,
    /// The review notes.
    ReviewNotes,
    /// What was arranged.
    WhatWasArranged,
    /// The compact version.
    CompactVersion,
    /// A language tag.
    LanguageTag,
    /// The languages.
    Languages,
    /// The compact text's hash.
    TextHash,
    /// The signature's strokes.
    SignatureStrokes,
    /// The signature's points.
    SignaturePoints,
    /// A signature point.
    SignaturePoint,
    /// The signature's image.
    SignatureImage,
    /// The date the schedule takes effect.
    ScheduleStart,
    /// The number of call points.
    CallPoints,
    /// The opening windows of a day.
    OpeningWindows,
}

impl Field {
    /// Every field, for the translation checks.
    pub const ALL: [Field; 31] = [
        Self::TimeRecorded,
        Self::ClockStamp,
        Self::EventSize,
        Self::RoomName,
        Self::Reason,
        Self::Reasons,
        Self::DecisionReasons,
        Self::ControlMeasures,
        Self::InterpreterReference,
        Self::RiskAssessmentReference,
        Self::SecurityReport,
        Self::SlotStart,
        Self::DayWaitedFor,
        Self::WhatHappened,
        Self::Outcome,
        Self::Evidence,
        Self::SuspensionEnd,
        Self::AuthorisationEnd,
        Self::ReviewNotes,
        Self::WhatWasArranged,
        Self::CompactVersion,
        Self::LanguageTag,
        Self::Languages,
        Self::TextHash,
        Self::SignatureStrokes,
        Self::SignaturePoints,
        Self::SignaturePoint,
        Self::SignatureImage,
        Self::ScheduleStart,
        Self::CallPoints,
        Self::OpeningWindows,
    ];

    /// The id of its words in `locales/*/kinline.ftl` (`field-…`, a noun phrase that can
    /// begin a sentence).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::TimeRecorded => "field-time-recorded",
            Self::ClockStamp => "field-clock-stamp",
            Self::EventSize => "field-event-size",
            Self::RoomName => "field-room-name",
            Self::Reason => "field-reason",
            Self::Reasons => "field-reasons",
            Self::DecisionReasons => "field-decision-reasons",
            Self::ControlMeasures => "field-control-measures",
            Self::InterpreterReference => "field-interpreter-reference",
            Self::RiskAssessmentReference => "field-risk-assessment-reference",
            Self::SecurityReport => "field-security-report",
            Self::SlotStart => "field-slot-start",
            Self::DayWaitedFor => "field-day-waited-for",
            Self::WhatHappened => "field-what-happened",
            Self::Outcome => "field-outcome",
            Self::Evidence => "field-evidence",
            Self::SuspensionEnd => "field-suspension-end",
            Self::AuthorisationEnd => "field-authorisation-end",
            Self::ReviewNotes => "field-review-notes",
            Self::WhatWasArranged => "field-what-was-arranged",
            Self::CompactVersion => "field-compact-version",
            Self::LanguageTag => "field-language-tag",
            Self::Languages => "field-languages",
            Self::TextHash => "field-text-hash",
            Self::SignatureStrokes => "field-signature-strokes",
            Self::SignaturePoints => "field-signature-points",
            Self::SignaturePoint => "field-signature-point",
            Self::SignatureImage => "field-signature-image",
            Self::ScheduleStart => "field-schedule-start",
            Self::CallPoints => "field-call-points",
            Self::OpeningWindows => "field-opening-windows",
        }
    }
}

impl std::fmt::Display for Field {
    /// The English words (the server's logs, the API and the console; screens translate
    /// [`Field::message_id`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::TimeRecorded => "The time it was recorded",
            Self::ClockStamp => "The event's clock stamp",
            Self::EventSize => "The event's size",
            Self::RoomName => "The room's name",
            Self::Reason => "The reason",
            Self::Reasons => "The reasons",
            Self::DecisionReasons => "The reasons for the decision",
            Self::ControlMeasures => "The control measures",
            Self::InterpreterReference => "The interpreter's reference",
            Self::RiskAssessmentReference => "The risk assessment reference",
            Self::SecurityReport => "The security information report reference",
            Self::SlotStart => "The slot's start",
            Self::DayWaitedFor => "The day waited for",
            Self::WhatHappened => "What happened",
            Self::Outcome => "The outcome",
            Self::Evidence => "The evidence",
            Self::SuspensionEnd => "The suspension's end",
            Self::AuthorisationEnd => "The authorisation's end",
            Self::ReviewNotes => "The review notes",
            Self::WhatWasArranged => "What was arranged",
            Self::CompactVersion => "The compact version",
            Self::LanguageTag => "A language tag",
            Self::Languages => "The languages",
            Self::TextHash => "The compact text's hash",
            Self::SignatureStrokes => "The signature's strokes",
            Self::SignaturePoints => "The signature's points",
            Self::SignaturePoint => "A signature point",
            Self::SignatureImage => "The signature's image",
            Self::ScheduleStart => "The date the schedule takes effect",
            Self::CallPoints => "The number of call points",
            Self::OpeningWindows => "The opening windows of a day",
        })
    }
}

/// The range a value must lie in ([`RuleViolation::OutOfRange`]): its words are a message of
/// their own (`message_id`, with the values of [`Limit::args`]), in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    /// Between two calendar dates (the years Kinline can hold).
    Dates {
        /// The first date.
        from: chrono::NaiveDate,
        /// The date it must be before.
        to: chrono::NaiveDate,
    },
    /// At most this many bytes.
    Bytes {
        /// The most.
        max: usize,
    },
    /// At most this many.
    AtMost {
        /// The most.
        max: usize,
    },
    /// From 1 to this many.
    OneTo {
        /// The most.
        max: usize,
    },
    /// Within the server's receive window, by the centre's clock (a tablet's clock is wrong).
    Window {
        /// The earliest instant.
        from: chrono::DateTime<chrono::Utc>,
        /// The latest instant.
        to: chrono::DateTime<chrono::Utc>,
    },
    /// Within so many days before and after the time it is recorded.
    AroundRecording {
        /// Days before.
        before: i64,
        /// Days after.
        after: i64,
    },
    /// Within so many days of the day it is set.
    DaysOfSetting {
        /// Days either side.
        days: i64,
    },
    /// Within so many pixels of the signature pad.
    PadPixels {
        /// The most, either side of the centre.
        max: i64,
    },
    /// 1 to 35 letters, digits and hyphens (a BCP 47 language tag).
    LanguageTag,
    /// 64 hexadecimal digits (a SHA-256).
    Sha256,
}

impl Limit {
    /// The id of its words in `locales/*/kinline.ftl` (`limit-…`).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Dates { .. } => "limit-dates",
            Self::Bytes { .. } => "limit-bytes",
            Self::AtMost { .. } => "limit-at-most",
            Self::OneTo { .. } => "limit-one-to",
            Self::Window { .. } => "limit-window",
            Self::AroundRecording { .. } => "limit-around-recording",
            Self::DaysOfSetting { .. } => "limit-days-of-setting",
            Self::PadPixels { .. } => "limit-pad-pixels",
            Self::LanguageTag => "limit-language-tag",
            Self::Sha256 => "limit-sha256",
        }
    }

    /// The values its message sets into its words (names distinct from the refusal's own).
    pub fn args(&self) -> Vec<(&'static str, MessageArg)> {
        let n = |v: usize| MessageArg::Number(i64::try_from(v).unwrap_or(i64::MAX));
        match self {
            Self::Dates { from, to } => vec![
                ("from", MessageArg::Text(from.to_string())),
                ("to", MessageArg::Text(to.to_string())),
            ],
            Self::Window { from, to } => vec![
                ("earliest", MessageArg::Text(window_end(from))),
                ("latest", MessageArg::Text(window_end(to))),
            ],
            Self::Bytes { max } | Self::AtMost { max } | Self::OneTo { max } => {
                vec![("max", n(*max))]
            }
            Self::AroundRecording { before, after } => vec![
                ("before", MessageArg::Number(*before)),
                ("after", MessageArg::Number(*after)),
            ],
            Self::DaysOfSetting { days } => vec![("days", MessageArg::Number(*days))],
            Self::PadPixels { max } => vec![("max", MessageArg::Number(*max))],
            Self::LanguageTag | Self::Sha256 => vec![],
        }
    }

    /// One limit of every kind, for the translation checks.
    pub fn examples() -> Vec<Limit> {
        let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let at = |s| chrono::DateTime::from_timestamp(s, 0).unwrap_or_default();
        vec![
            Self::Dates {
                from: date(2000, 1, 1),
                to: date(2200, 1, 1),
            },
            Self::Bytes { max: 524_288 },
            Self::AtMost { max: 8 },
            Self::OneTo { max: 50 },
            Self::Window {
                from: at(1_791_000_000),
                to: at(1_796_184_000),
            },
            Self::AroundRecording {
                before: 366,
                after: 400,
            },
            Self::DaysOfSetting { days: 400 },
            Self::PadPixels { max: 10_000 },
            Self::LanguageTag,
            Self::Sha256,
        ]
    }
}

/// An end of the receive window as the server's clock reads it (`2026-12-07 09:00 UTC`).
fn window_end(at: &chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

impl std::fmt::Display for Limit {
    /// The English words (the server's logs, the API and the console).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Dates { from, to } => write!(f, "{from} to {to}"),
            Self::Bytes { max } => write!(f, "at most {max} bytes"),
            Self::AtMost { max } => write!(f, "at most {max}"),
            Self::OneTo { max } => write!(f, "1 to {max}"),
            Self::Window { from, to } => write!(
                f,
                "from {} to {} by the centre's clock",
                window_end(from),
                window_end(to)
            ),
            Self::AroundRecording { before, after } => write!(
                f,
                "within {before} days before and {after} days after it is recorded"
            ),
            Self::DaysOfSetting { days } => write!(f, "within {days} days of the day it is set"),
            Self::PadPixels { max } => write!(f, "within {max} pad pixels"),
            Self::LanguageTag => f.write_str("1 to 35 letters, digits and hyphens (BCP 47)"),
            Self::Sha256 => f.write_str("64 hexadecimal digits (SHA-256)"),
        }
    }
}

/// Why the rulebook refused a command. Every variant names the paragraph it enforces
/// ([`RuleViolation::paragraph`]) and its message says what to do next. Nothing is recorded
/// when a command is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum RuleViolation {
    /// §7.
    #[error(
        "DSO 01/2020 §7: the video call service must be open at least 7 hours every day, but on \
         {date} it would be open only {minutes} minutes. Add opening hours to that day."
    )]
    ServiceUnderSevenHours {
        /// The first London date that falls short.
        date: chrono::NaiveDate,
        /// The minutes it would be open that day.
        minutes: i64,
    },
    /// Opening windows must be well-formed.
    #[error(
        "DSO 01/2020 §7: opening window {start}–{end} is not valid (it must end after it starts, \
         and windows on a day must not overlap). Correct the times."
    )]
    BadOpeningWindow {
        /// Window start (London time).
        start: chrono::NaiveTime,
        /// Window end (London time).
        end: chrono::NaiveTime,
    },
    /// Annex A slots.
    #[error(
        "DSO 01/2020 Annex A: call slots must be between 30 and 60 minutes, not {minutes}. \
         Choose a length from 30 to 60."
    )]
    SlotLength {
        /// The refused length.
        minutes: u32,
    },
    /// Annex A: the slot is the call. A call is checked in from the schedule's lead time before
    /// its slot, and its caller admitted and media connected only within it.
    #[error(
        "DSO 01/2020 Annex A: this call's slot is {} to {}. It can be checked in from {} and \
         connected only within its slot. Come back at its time.",
        .start.to_rfc3339(), .end.to_rfc3339(), .check_in_from.to_rfc3339()
    )]
    OutsideSlot {
        /// When the slot starts.
        start: chrono::DateTime<chrono::Utc>,
        /// When it ends.
        end: chrono::DateTime<chrono::Utc>,
        /// The earliest check-in.
        check_in_from: chrono::DateTime<chrono::Utc>,
    },
    /// A booking outside the centre's hours.
    #[error(
        "DSO 01/2020 §7: that slot is outside the video call service's opening hours. Pick a slot \
         from today's list."
    )]
    SlotOutsideOpeningHours,
    /// No room left in a slot.
    #[error(
        "DSO 01/2020 §9: every call point is taken in that slot. Pick another slot; legal calls \
         can still be booked into it."
    )]
    SlotFull,
    /// A room's name is already used by another active room.
    #[error(
        "DSO 01/2020 §7: there is already an active room called \"{name}\". Give the new room \
         another name, or retire the old one first."
    )]
    RoomNameTaken {
        /// The name asked for.
        name: String,
    },
    /// A room's capacity out of range.
    #[error(
        "DSO 01/2020 §7: a room holds from 1 to {max} calls at once, not {capacity}. Choose a \
         number in that range."
    )]
    RoomCapacity {
        /// The refused capacity.
        capacity: u16,
        /// The largest allowed.
        max: u16,
    },
    /// A call put in a retired room.
    #[error(
        "DSO 01/2020 §7: the room \"{name}\" is retired; no call can be put in it. Pick an \
         active room."
    )]
    RoomNotActive {
        /// The room's name.
        name: String,
    },
    /// No place left in a room in that slot.
    #[error("DSO 01/2020 §9: the room \"{name}\" is full in that slot. Pick another room or slot.")]
    RoomFull {
        /// The room's name.
        name: String,
    },
    /// §8.
    #[error(
        "DSO 01/2020 §8: the call cannot start until a DCO has seen the main recipient and \
         recorded that they are an adult. Do the visual check first."
    )]
    AdultCheckMissing,
    /// §8: the check said no.
    #[error(
        "DSO 01/2020 §8: the main recipient was not confirmed as an adult, so the call cannot \
         go ahead. End it and ask the caller to call back with an adult present."
    )]
    RecipientNotAdult,
    /// §9.
    #[error(
        "DSO 01/2020 §9: legal calls are private; a DCO does not watch them. Supervision is off \
         for this call."
    )]
    LegalCallIsPrivate,
    /// §10.
    #[error(
        "DSO 01/2020 §10: the detainee has not signed the centre's current compact (version \
         {current}). Go through the compact with them and have them sign it first."
    )]
    CompactNotSigned {
        /// The version they must sign.
        current: String,
    },
    /// §10: no compact published yet.
    #[error(
        "DSO 01/2020 §10: the centre has not published a compact yet. Ask the centre \
         administrator to publish one."
    )]
    NoCompactPublished,
    /// §10: wrong version.
    #[error(
        "DSO 01/2020 §10: compact version {given} is not the centre's current version \
         ({current}). Show the current version."
    )]
    CompactVersionNotCurrent {
        /// What was shown.
        given: String,
        /// What is current.
        current: String,
    },
    /// §15.
    #[error(
        "DSO 01/2020 §15: the compact has not been read or explained to the detainee in a \
         language they understand. Play it in their language, or use an interpreter and record \
         their reference."
    )]
    CompactNotExplained,
    /// §10: no signature.
    #[error(
        "DSO 01/2020 §10: the detainee has not signed yet. Ask them to sign on the pad with a finger."
    )]
    SignatureMissing,
    /// §15: audio stopped early.
    #[error(
        "DSO 01/2020 §15: the compact was not played to the end. Play the rest, or explain it \
         through an interpreter."
    )]
    CompactAudioIncomplete,
    /// §15: language they don't understand.
    #[error(
        "DSO 01/2020 §15: the detainee does not understand {language}. Use a language they \
         understand, or an interpreter."
    )]
    LanguageNotUnderstood {
        /// The refused language.
        language: String,
    },
    /// §15: a detainee whose English is not enough read the compact on screen themselves.
    #[error(
        "DSO 01/2020 §15: the detainee's English is not enough to understand the compact, so \
         it must be read to them: reading it on screen themselves does not count. Play it to \
         the end in their language, or have an interpreter read and explain it and record \
         their reference."
    )]
    CompactMustBeReadToThem,
    /// §15: an interpreter without a reference.
    #[error(
        "DSO 01/2020 §15: record the interpreter's reference (booking or badge number) so the \
         explanation can be checked."
    )]
    InterpreterReferenceMissing,
    /// §14.
    #[error(
        "DSO 01/2020 §14: the detainee is subject to {measure}; they can have video calls only \
         once an individual risk assessment allowing it is recorded. Ask security for one."
    )]
    RiskAssessmentRequired {
        /// Which measure applies.
        measure: String,
    },
    /// §14: the latest individual risk assessment does not allow video calls; the refusal
    /// names it and its date, so staff can find it and ask for a new one.
    #[error(
        "DSO 01/2020 §14: the detainee is subject to {measure}, and the individual risk \
         assessment {reference} of {date} does not allow video calls. They can have video calls \
         only once a new assessment allows it. Ask security to review it."
    )]
    RiskAssessmentRefused {
        /// Which measure applies.
        measure: String,
        /// The assessment's reference.
        reference: String,
        /// The London day it was recorded.
        date: chrono::NaiveDate,
    },
    /// §17 active suspension.
    #[error(
        "DSO 01/2020 §17: the detainee's video call access is suspended. They keep access to \
         legal advice by other means (§18); see the suspension notice."
    )]
    Suspended,
    /// A role not allowed to do it.
    #[error("{paragraph}: a {role} may not {action}. Ask a member of staff whose role allows it.")]
    NotPermitted {
        /// The paragraph that gives the power.
        paragraph: Paragraph,
        /// The actor's role (or "detainee").
        role: String,
        /// What they tried.
        action: String,
    },
    /// §17 sanction misuse.
    #[error(
        "DSO 01/2020 §17: a suspension for breach of the acceptable use policy must cite evidence \
         from video calls (an incident report or a terminated call of this detainee). A \
         suspension cannot be a sanction for wider non-compliance."
    )]
    SuspensionWithoutVideoCallEvidence,
    /// §17: the manager did not state that the suspension is not a sanction.
    #[error(
        "DSO 01/2020 §17: state that this suspension is not a sanction for wider non-compliance; \
         it may rest only on the use of the video call service."
    )]
    SuspensionAsSanction,
    /// §17: a suspension for security without its security information report.
    #[error(
        "DSO 01/2020 §17: a suspension for security must give the reference of the security \
         information report it rests on (DSO 11/2014)."
    )]
    SuspensionWithoutSecurityReport,
    /// §17: a suspension for safety without a safety concern recorded about a call.
    #[error(
        "DSO 01/2020 §17: a suspension for safety must cite a safety concern recorded about one \
         of this detainee's calls: an incident report on the recipient's safety or the nature of \
         the call, or a call terminated out of concern for the recipient."
    )]
    SuspensionWithoutSafetyConcern,
    /// §17 no reasons.
    #[error(
        "DSO 01/2020 §17: write down the reasons for the suspension; the detainee is told them in writing."
    )]
    SuspensionReasonsMissing,
    /// §17 notice language.
    #[error(
        "DSO 01/2020 §17: the written notice must be in a language the detainee understands \
         ({language} is not one of theirs). Give the notice in their language."
    )]
    NoticeLanguage {
        /// The refused language.
        language: String,
    },
    /// §18 appeal window.
    #[error("DSO 01/2020 §18: that appeal has already been decided.")]
    AppealAlreadyDecided,
    /// §18 written reasons.
    #[error("DSO 01/2020 §18: an appeal gives the detainee's reasons in writing. Write them down.")]
    AppealReasonsMissing,
    /// §18 authorisation.
    #[error(
        "DSO 01/2020 §18: authorisation is needed only for a suspension of more than a week, and \
         only the Compliance Manager gives it."
    )]
    AuthorisationNotNeeded,
    /// Referring to something that does not exist or has ended.
    #[error("{paragraph}: {what} was not found, or is already closed. Refresh and try again.")]
    NotFound {
        /// The paragraph the refused step serves.
        paragraph: Paragraph,
        /// What was missing.
        what: Subject,
    },
    /// Recording again what is already recorded (a second tap, a retried form).
    #[error(
        "{paragraph}: {what} is already recorded, so nothing new was recorded. Refresh to see it."
    )]
    AlreadyRecorded {
        /// The paragraph the refused step serves.
        paragraph: Paragraph,
        /// What is recorded already.
        what: Subject,
    },
    /// §18: a request for legal advice "while suspended" from a detainee who is not.
    #[error(
        "DSO 01/2020 §18: the detainee is not suspended, so their legal call is booked as \
         usual. Book it."
    )]
    NotSuspended,
    /// §18: marking a request met before its alternative is arranged.
    #[error(
        "DSO 01/2020 §18: no alternative to legal calls is arranged for this suspension yet. \
         Ask a manager to arrange one first."
    )]
    LegalAlternativeNotArranged,
    /// A workflow step out of order.
    #[error(
        "{paragraph}: this call is {state}, so it cannot be {attempted} now. Follow the steps in order."
    )]
    OutOfOrder {
        /// The paragraph the order of steps serves.
        paragraph: Paragraph,
        /// The current state.
        state: String,
        /// The attempted step.
        attempted: String,
    },
    /// A value outside what Kinline can hold (a time far from now, a list too long): refused
    /// whoever sent it (`bounds`).
    #[error(
        "{paragraph}: {field} is out of range ({limit}). Check the value, and the tablet's date and time."
    )]
    OutOfRange {
        /// The paragraph the record serves.
        paragraph: Paragraph,
        /// Which value.
        field: Field,
        /// The range it must lie in.
        limit: Limit,
    },
    /// Free text too long or empty where a reason is needed.
    #[error(
        "{paragraph}: {field} must be between 1 and {max} characters. Fill it in or shorten it."
    )]
    TextLength {
        /// The paragraph the record serves.
        paragraph: Paragraph,
        /// Which field.
        field: Field,
        /// Its maximum.
        max: usize,
    },
}

/// A value set into a refusal's translated message: text, or a number (numbers choose plural
/// forms in Fluent, so they stay numbers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageArg {
    /// Text shown as it is: a version, a date, a language tag, a description.
    Text(String),
    /// A count (minutes, characters).
    Number(i64),
    /// The words of another message, by id, in the same language (a [`Subject`]).
    Message(&'static str),
}

impl std::fmt::Display for MessageArg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Text(t) => f.write_str(t),
            Self::Number(n) => write!(f, "{n}"),
            Self::Message(id) => f.write_str(id),
        }
    }
}

impl RuleViolation {
    /// The id of this refusal's message in the interface strings
    /// (`locales/{tag}/kinline.ftl`), so the shells show it in the reader's language. Its
    /// variables are exactly the names of [`RuleViolation::args`]; the English message reads as
    /// this error's `Display`.
    pub fn message_id(&self) -> &'static str {
        use RuleViolation as V;
        match self {
            V::ServiceUnderSevenHours { .. } => "refusal-service-under-seven-hours",
            V::BadOpeningWindow { .. } => "refusal-bad-opening-window",
            V::SlotLength { .. } => "refusal-slot-length",
            V::OutsideSlot { .. } => "refusal-outside-slot",
            V::SlotOutsideOpeningHours => "refusal-slot-outside-opening-hours",
            V::SlotFull => "refusal-slot-full",
            V::RoomNameTaken { .. } => "refusal-room-name-taken",
            V::RoomCapacity { .. } => "refusal-room-capacity",
            V::RoomNotActive { .. } => "refusal-room-not-active",
            V::RoomFull { .. } => "refusal-room-full",
            V::AdultCheckMissing => "refusal-adult-check-missing",
            V::RecipientNotAdult => "refusal-recipient-not-adult",
            V::LegalCallIsPrivate => "refusal-legal-call-is-private",
            V::CompactNotSigned { .. } => "refusal-compact-not-signed",
            V::NoCompactPublished => "refusal-no-compact-published",
            V::CompactVersionNotCurrent { .. } => "refusal-compact-version-not-current",
            V::CompactNotExplained => "refusal-compact-not-explained",
            V::SignatureMissing => "refusal-signature-missing",
            V::CompactAudioIncomplete => "refusal-compact-audio-incomplete",
            V::LanguageNotUnderstood { .. } => "refusal-language-not-understood",
            V::CompactMustBeReadToThem => "refusal-compact-must-be-read-to-them",
            V::InterpreterReferenceMissing => "refusal-interpreter-reference-missing",
            V::RiskAssessmentRequired { .. } => "refusal-risk-assessment-required",
            V::RiskAssessmentRefused { .. } => "refusal-risk-assessment-refused",
            V::Suspended => "refusal-suspended",
            V::NotPermitted { .. } => "refusal-not-permitted",
            V::SuspensionAsSanction => "refusal-suspension-as-sanction",
            V::SuspensionWithoutSecurityReport => "refusal-suspension-without-security-report",
            V::SuspensionWithoutSafetyConcern => "refusal-suspension-without-safety-concern",
            V::SuspensionWithoutVideoCallEvidence => {
                "refusal-suspension-without-video-call-evidence"
            }
            V::SuspensionReasonsMissing => "refusal-suspension-reasons-missing",
            V::NoticeLanguage { .. } => "refusal-notice-language",
            V::AppealAlreadyDecided => "refusal-appeal-already-decided",
            V::AppealReasonsMissing => "refusal-appeal-reasons-missing",
            V::AuthorisationNotNeeded => "refusal-authorisation-not-needed",
            V::NotFound { .. } => "refusal-not-found",
            V::AlreadyRecorded { .. } => "refusal-already-recorded",
            V::NotSuspended => "refusal-not-suspended",
            V::LegalAlternativeNotArranged => "refusal-legal-alternative-not-arranged",
            V::OutOfOrder { .. } => "refusal-out-of-order",
            V::TextLength { .. } => "refusal-text-length",
            V::OutOfRange { .. } => "refusal-out-of-range",
        }
    }

    /// The named values [`RuleViolation::message_id`]'s message sets into its sentence: always
    /// `paragraph` (e.g. `DSO 01/2020 §10`, never translated), then the variant's own fields.
    /// A `language` is a language tag; the shell may show the language's name instead.
    pub fn args(&self) -> Vec<(&'static str, MessageArg)> {
        use MessageArg::{Number, Text};
        use RuleViolation as V;
        let mut args = vec![("paragraph", Text(self.paragraph().to_string()))];
        let text = |s: &str| Text(s.to_owned());
        match self {
            V::ServiceUnderSevenHours { date, minutes } => {
                args.push(("date", Text(date.to_string())));
                args.push(("minutes", Number(*minutes)));
            }
            V::BadOpeningWindow { start, end } => {
                args.push(("start", Text(start.to_string())));
                args.push(("end", Text(end.to_string())));
            }
            V::SlotLength { minutes } => args.push(("minutes", Number(i64::from(*minutes)))),
            // Instants as RFC 3339 (UTC): a shell writes them as London time in its reader's
            // language.
            V::OutsideSlot {
                start,
                end,
                check_in_from,
            } => {
                args.push(("begins", Text(start.to_rfc3339())));
                args.push(("ends", Text(end.to_rfc3339())));
                args.push(("opens", Text(check_in_from.to_rfc3339())));
            }
            V::CompactNotSigned { current } => args.push(("current", text(current))),
            V::CompactVersionNotCurrent { given, current } => {
                args.push(("given", text(given)));
                args.push(("current", text(current)));
            }
            V::LanguageNotUnderstood { language } | V::NoticeLanguage { language } => {
                args.push(("language", text(language)));
            }
            V::RiskAssessmentRequired { measure } => args.push(("measure", text(measure))),
            V::RiskAssessmentRefused {
                measure,
                reference,
                date,
            } => {
                args.push(("measure", text(measure)));
                args.push(("reference", text(reference)));
                args.push(("date", Text(date.to_string())));
            }
            V::RoomNameTaken { name } | V::RoomNotActive { name } | V::RoomFull { name } => {
                args.push(("name", text(name)));
            }
            V::RoomCapacity { capacity, max } => {
                args.push(("capacity", Number(i64::from(*capacity))));
                args.push(("max", Number(i64::from(*max))));
            }
            V::NotPermitted { role, action, .. } => {
                args.push(("role", text(role)));
                args.push(("action", text(action)));
            }
            // The subject's message id: the shell sets its words in the reader's language.
            V::NotFound { what, .. } | V::AlreadyRecorded { what, .. } => {
                args.push(("what", MessageArg::Message(what.message_id())));
            }
            V::OutOfOrder {
                state, attempted, ..
            } => {
                args.push(("state", text(state)));
                args.push(("attempted", text(attempted)));
            }
            // The field's and the limit's message ids: the shell sets their words in the
            // reader's language, the limit's with its own values (which follow).
            V::OutOfRange { field, limit, .. } => {
                args.push(("field", MessageArg::Message(field.message_id())));
                args.push(("limit", MessageArg::Message(limit.message_id())));
                args.extend(limit.args());
            }
            V::TextLength { field, max, .. } => {
                args.push(("field", MessageArg::Message(field.message_id())));
                args.push(("max", Number(i64::try_from(*max).unwrap_or(i64::MAX))));
            }
            V::SlotOutsideOpeningHours
            | V::SlotFull
            | V::AdultCheckMissing
            | V::RecipientNotAdult
            | V::LegalCallIsPrivate
            | V::NoCompactPublished
            | V::CompactNotExplained
            | V::SignatureMissing
            | V::CompactAudioIncomplete
            | V::CompactMustBeReadToThem
            | V::InterpreterReferenceMissing
            | V::Suspended
            | V::SuspensionWithoutVideoCallEvidence
            | V::SuspensionAsSanction
            | V::SuspensionWithoutSecurityReport
            | V::SuspensionWithoutSafetyConcern
            | V::SuspensionReasonsMissing
            | V::AppealAlreadyDecided
            | V::AppealReasonsMissing
            | V::AuthorisationNotNeeded
            | V::NotSuspended
            | V::LegalAlternativeNotArranged => {}
        }
        args
    }

    /// One refusal of every kind, with plausible values: for checking that every refusal has
    /// a message in every language. A new variant must be added here too.
    pub fn examples() -> Vec<Self> {
        use RuleViolation as V;
        let s = |x: &str| x.to_owned();
        vec![
            V::ServiceUnderSevenHours {
                date: chrono::NaiveDate::from_ymd_opt(2026, 3, 29).unwrap_or_default(),
                minutes: 360,
            },
            V::BadOpeningWindow {
                start: chrono::NaiveTime::from_hms_opt(14, 0, 0).unwrap_or_default(),
                end: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            },
            V::SlotLength { minutes: 90 },
            V::OutsideSlot {
                start: chrono::DateTime::from_timestamp(1_796_292_000, 0).unwrap_or_default(),
                end: chrono::DateTime::from_timestamp(1_796_293_800, 0).unwrap_or_default(),
                check_in_from: chrono::DateTime::from_timestamp(1_796_291_400, 0)
                    .unwrap_or_default(),
            },
            V::SlotOutsideOpeningHours,
            V::SlotFull,
            V::RoomNameTaken { name: s("Room 2") },
            V::RoomCapacity {
                capacity: 0,
                max: 20,
            },
            V::RoomNotActive { name: s("Room 2") },
            V::RoomFull { name: s("Room 2") },
            V::AdultCheckMissing,
            V::RecipientNotAdult,
            V::LegalCallIsPrivate,
            V::CompactNotSigned {
                current: s("2026-1"),
            },
            V::NoCompactPublished,
            V::CompactVersionNotCurrent {
                given: s("2025-2"),
                current: s("2026-1"),
            },
            V::CompactNotExplained,
            V::SignatureMissing,
            V::CompactAudioIncomplete,
            V::LanguageNotUnderstood { language: s("fr") },
            V::CompactMustBeReadToThem,
            V::InterpreterReferenceMissing,
            V::RiskAssessmentRequired {
                measure: s("MAPPA"),
            },
            V::RiskAssessmentRefused {
                measure: s("MAPPA"),
                reference: s("RA-2026-0117"),
                date: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
            },
            V::Suspended,
            V::NotPermitted {
                paragraph: Paragraph::P17,
                role: s("Detainee Custody Officer"),
                action: s("suspend video call access"),
            },
            V::SuspensionWithoutVideoCallEvidence,
            V::SuspensionAsSanction,
            V::SuspensionWithoutSecurityReport,
            V::SuspensionWithoutSafetyConcern,
            V::SuspensionReasonsMissing,
            V::NoticeLanguage {
                language: s("en-GB"),
            },
            V::AppealAlreadyDecided,
            V::AppealReasonsMissing,
            V::AuthorisationNotNeeded,
            V::NotFound {
                paragraph: Paragraph::P8,
                what: Subject::Call,
            },
            V::AlreadyRecorded {
                paragraph: Paragraph::P9,
                what: Subject::Booking,
            },
            V::NotSuspended,
            V::LegalAlternativeNotArranged,
            V::OutOfOrder {
                paragraph: Paragraph::P8,
                state: s("booked"),
                attempted: s("started"),
            },
            V::TextLength {
                paragraph: Paragraph::P19,
                field: Field::WhatHappened,
                max: 4000,
            },
            V::OutOfRange {
                paragraph: Paragraph::P9,
                field: Field::SlotStart,
                limit: Limit::AroundRecording {
                    before: 366,
                    after: 400,
                },
            },
        ]
    }

    /// The paragraph of the order this refusal enforces.
    pub fn paragraph(&self) -> Paragraph {
        use RuleViolation as V;
        match self {
            V::ServiceUnderSevenHours { .. } | V::BadOpeningWindow { .. } => Paragraph::P7,
            V::SlotOutsideOpeningHours
            | V::RoomNameTaken { .. }
            | V::RoomCapacity { .. }
            | V::RoomNotActive { .. } => Paragraph::P7,
            V::SlotLength { .. } | V::OutsideSlot { .. } => Paragraph::AnnexA,
            V::SlotFull | V::RoomFull { .. } | V::LegalCallIsPrivate => Paragraph::P9,
            V::AdultCheckMissing | V::RecipientNotAdult => Paragraph::P8,
            V::CompactNotSigned { .. }
            | V::SignatureMissing
            | V::NoCompactPublished
            | V::CompactVersionNotCurrent { .. } => Paragraph::P10,
            V::CompactNotExplained
            | V::CompactAudioIncomplete
            | V::LanguageNotUnderstood { .. }
            | V::CompactMustBeReadToThem
            | V::InterpreterReferenceMissing => Paragraph::P15,
            V::RiskAssessmentRequired { .. } | V::RiskAssessmentRefused { .. } => Paragraph::P14,
            V::Suspended
            | V::SuspensionWithoutVideoCallEvidence
            | V::SuspensionAsSanction
            | V::SuspensionWithoutSecurityReport
            | V::SuspensionWithoutSafetyConcern
            | V::SuspensionReasonsMissing
            | V::NoticeLanguage { .. } => Paragraph::P17,
            V::AppealAlreadyDecided
            | V::AppealReasonsMissing
            | V::AuthorisationNotNeeded
            | V::NotSuspended
            | V::LegalAlternativeNotArranged => Paragraph::P18,
            V::NotPermitted { paragraph, .. }
            | V::OutOfOrder { paragraph, .. }
            | V::NotFound { paragraph, .. }
            | V::AlreadyRecorded { paragraph, .. }
            | V::TextLength { paragraph, .. }
            | V::OutOfRange { paragraph, .. } => *paragraph,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_cover_every_refusal_once_and_every_message_starts_with_its_paragraph() {
        let examples = RuleViolation::examples();
        let ids: std::collections::BTreeSet<_> =
            examples.iter().map(RuleViolation::message_id).collect();
        assert_eq!(ids.len(), examples.len(), "one example per refusal kind");
        for v in &examples {
            let args = v.args();
            assert_eq!(args[0].0, "paragraph");
            assert!(v.to_string().starts_with(&args[0].1.to_string()), "{v}");
        }
    }

    /// Issue #21 item 6: the values of a refusal that are words (what it refers to, which
    /// field, its range) are messages of their own, looked up in the reader's language; only
    /// data (a paragraph, a name typed, a reference, a version, a date, a language tag) and
    /// numbers are set in as they are. A role, an action and a call's state and step are
    /// still English text (open work), and said so here.
    #[test]
    fn a_refusals_words_are_messages_in_the_readers_language_not_english_text() {
        const DATA: [&str; 17] = [
            "paragraph",
            "name",
            "measure",
            "reference",
            "current",
            "given",
            "language",
            "date",
            "start",
            "end",
            "begins",
            "ends",
            "opens",
            "earliest",
            "latest",
            "from",
            "to",
        ];
        const STILL_ENGLISH: [&str; 4] = ["role", "action", "state", "attempted"];
        let mut english = Vec::new();
        for v in RuleViolation::examples() {
            for (name, value) in v.args() {
                if let MessageArg::Text(text) = value
                    && !DATA.contains(&name)
                    && !STILL_ENGLISH.contains(&name)
                {
                    english.push(format!("{}: ${name} = {text:?}", v.message_id()));
                }
            }
        }
        assert!(
            english.is_empty(),
            "English text set into a refusal: {english:?}"
        );
    }
}
