//! What a console form becomes: the typed fields of each job turned into the one event it
//! records, or the reason it cannot be, as the id of a `console.ftl` message that says what to
//! type. Pure: the caller gives the new ids and today's date; the server's rulebook decides
//! whether the event may be recorded.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use kinline_shared::contact::{CallerContact, ContactError};
use kinline_shared::event::{EventBody, ReferralSource};
use kinline_shared::ids::{AppealId, BookingId, DetaineeId, EventId, SuspensionId, WaitingId};
use kinline_shared::model::{
    CallKind, CancelReason, Evidence, LanguageTag, LegalAccessMethod, OpeningWindow,
    ReferralStatus, Schedule, SuspensionReason,
};
use kinline_shared::time::london_instant;

/// A form that cannot be recorded yet: the `console.ftl` id of the words that say what to do.
pub type Problem = &'static str;

/// A date and time typed as London wall clock, `YYYY-MM-DD HH:MM` (or a date alone: midnight).
pub fn parse_london(text: &str) -> Option<DateTime<Utc>> {
    let t = text.trim();
    NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M")
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .ok()
                .map(|d| d.and_time(NaiveTime::MIN))
        })
        .map(london_instant)
}

/// The suspend form (§17).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SuspendForm {
    /// The detainee chosen.
    pub detainee: Option<DetaineeId>,
    /// The §17 reason chosen.
    pub reason: Option<SuspensionReason>,
    /// The reasons in words (printed on the notice).
    pub words: String,
    /// The planned end, London `YYYY-MM-DD HH:MM`, or empty.
    pub until: String,
    /// The evidence ticked.
    pub evidence: Vec<Evidence>,
    /// The security information report's reference (DSO 11/2014), or empty.
    pub security_report: String,
    /// The manager's statement that it is not a sanction for wider non-compliance.
    pub not_a_sanction: bool,
}

impl SuspendForm {
    /// The decision, as suspension `id`.
    pub fn event(&self, id: SuspensionId) -> Result<EventBody, Problem> {
        let detainee = self.detainee.ok_or("suspend-choose-detainee")?;
        let reason = self.reason.ok_or("suspend-choose-reason")?;
        let until = match self.until.trim() {
            "" => None,
            t => Some(parse_london(t).ok_or("suspend-until-bad")?),
        };
        Ok(EventBody::SuspensionDecided {
            suspension: id,
            detainee,
            reason,
            reasons: self.words.trim().to_owned(),
            evidence: self.evidence.clone(),
            until,
            security_report: Some(self.security_report.trim().to_owned()).filter(|r| !r.is_empty()),
            not_a_sanction: self.not_a_sanction,
        })
    }
}

/// An appeal decided (§18): the detainee is told the reasons, so they must be written.
pub fn appeal_decision(
    appeal: AppealId,
    upheld: bool,
    reasons: &str,
) -> Result<EventBody, Problem> {
    if reasons.trim().is_empty() {
        return Err("appeal-reasons-missing");
    }
    Ok(EventBody::AppealDecided {
        appeal,
        upheld,
        reasons: reasons.trim().to_owned(),
    })
}

/// The Compliance Manager's authorisation beyond a week, until a London date and time (§18).
pub fn authorisation(suspension: SuspensionId, until: &str) -> Result<EventBody, Problem> {
    let until = parse_london(until).ok_or("authorise-date-bad")?;
    Ok(EventBody::SuspensionAuthorised { suspension, until })
}

/// A weekly review (§18), with its notes.
pub fn review(
    suspension: SuspensionId,
    continues: bool,
    notes: &str,
) -> Result<EventBody, Problem> {
    if notes.trim().is_empty() {
        return Err("review-notes-missing");
    }
    Ok(EventBody::SuspensionReviewed {
        suspension,
        continues,
        notes: notes.trim().to_owned(),
    })
}

/// Alternative legal access arranged (§18); "other" needs its description.
pub fn legal_access(
    suspension: SuspensionId,
    method: LegalAccessMethod,
) -> Result<EventBody, Problem> {
    if let LegalAccessMethod::Other { description } = &method
        && description.trim().is_empty()
    {
        return Err("legal-other-missing");
    }
    Ok(EventBody::AlternativeLegalAccessArranged { suspension, method })
}

/// A policy exception reviewed by the Compliance Manager.
pub fn exception_review(event: EventId, notes: &str) -> EventBody {
    EventBody::PolicyExceptionReviewed {
        event,
        notes: notes.trim().to_owned(),
    }
}

/// Security moves a referral on: investigating, or closed with the outcome written (§19).
pub fn referral_update(
    source: ReferralSource,
    close: bool,
    outcome: &str,
) -> Result<EventBody, Problem> {
    let status = if close {
        if outcome.trim().is_empty() {
            return Err("referral-outcome-missing");
        }
        ReferralStatus::Closed {
            outcome: outcome.trim().to_owned(),
        }
    } else {
        ReferralStatus::Investigating
    };
    Ok(EventBody::ReferralUpdated { source, status })
}

/// The opening hours form (§7): every day the same window, from a date (empty: `today`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScheduleForm {
    /// Opens, `HH:MM`.
    pub opens: String,
    /// Closes, `HH:MM`.
    pub closes: String,
    /// Slot minutes.
    pub slot_minutes: String,
    /// Calls at once.
    pub call_points: String,
    /// First day, `YYYY-MM-DD`, or empty for today.
    pub effective_from: String,
}

impl ScheduleForm {
    /// The schedule change; the rulebook then checks the 7 hours and the slot length.
    pub fn event(&self, today: NaiveDate) -> Result<EventBody, Problem> {
        let time = |s: &str| NaiveTime::parse_from_str(s.trim(), "%H:%M").ok();
        let (Some(start), Some(end)) = (time(&self.opens), time(&self.closes)) else {
            return Err("schedule-times-bad");
        };
        let slot_minutes = self
            .slot_minutes
            .trim()
            .parse::<u32>()
            .map_err(|_| "schedule-slot-bad")?;
        let call_points = self
            .call_points
            .trim()
            .parse::<u16>()
            .map_err(|_| "schedule-points-bad")?;
        let effective_from = match self.effective_from.trim() {
            "" => today,
            t => NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| "schedule-from-bad")?,
        };
        Ok(EventBody::CentreScheduleChanged {
            schedule: Schedule::every_day(
                vec![OpeningWindow { start, end }],
                slot_minutes,
                call_points,
                effective_from,
            ),
        })
    }
}

/// The booking form: a call booked on a detainee's behalf, or a legal adviser's request for a
/// legal call (the adviser is the caller, their firm the relationship).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BookForm {
    /// The detainee chosen.
    pub detainee: Option<DetaineeId>,
    /// Social or legal.
    pub kind: Option<CallKind>,
    /// The slot chosen: its start, RFC 3339 (the value of the form's option).
    pub slot: String,
    /// The caller's name.
    pub name: String,
    /// How they are related to the detainee, or their firm.
    pub relationship: String,
    /// Their email address, or empty.
    pub email: String,
    /// Their mobile number, or empty.
    pub mobile: String,
    /// The invitation's language (a tag of the caller page's 24).
    pub language: String,
}

/// The kind a form's `kind` field names.
pub fn call_kind(value: &str) -> Option<CallKind> {
    match value {
        "social" => Some(CallKind::Social),
        "legal" => Some(CallKind::Legal),
        _ => None,
    }
}

/// A slot as the form sends it (RFC 3339).
pub fn slot_start(value: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(value.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

impl BookForm {
    /// The booking, as `booking`, and its caller's contact (checked as the tablet checks it:
    /// [`CallerContact::new`]), or the words that say what to type.
    pub fn booking(&self, booking: BookingId) -> Result<(EventBody, CallerContact), Problem> {
        let detainee = self.detainee.ok_or("book-choose-detainee")?;
        let kind = self.kind.ok_or("book-choose-kind")?;
        let slot_start = slot_start(&self.slot).ok_or("book-choose-slot")?;
        let contact = CallerContact::new(
            booking,
            &self.name,
            &self.relationship,
            &self.email,
            &self.mobile,
            &LanguageTag(self.language.trim().to_owned()),
        )
        .map_err(|e| match e {
            ContactError::Name => "book-caller-name-bad",
            ContactError::Relationship => "book-relationship-bad",
            ContactError::NoAddress => "book-no-address",
            ContactError::Email => "book-email-bad",
            ContactError::Mobile => "book-mobile-bad",
            ContactError::Language => "book-language-bad",
        })?;
        Ok((
            EventBody::CallBooked {
                booking,
                detainee,
                kind,
                slot_start,
            },
            contact,
        ))
    }
}

/// A cancellation with the reason chosen (`caller`, `detainee`, `technical`, `other`).
pub fn cancellation(booking: BookingId, reason: &str) -> Result<EventBody, Problem> {
    let reason = match reason {
        "caller" => CancelReason::CallerAsked,
        "detainee" => CancelReason::DetaineeAsked,
        "technical" => CancelReason::TechnicalFailure,
        "other" => CancelReason::Other,
        _ => return Err("cancel-choose-reason"),
    };
    Ok(EventBody::CallCancelled {
        booking,
        displaced_by_legal: false,
        reason: Some(reason),
    })
}

/// A cancellation reason's form value, in the order the screens offer them.
pub fn cancel_reason_value(reason: CancelReason) -> &'static str {
    match reason {
        CancelReason::CallerAsked => "caller",
        CancelReason::DetaineeAsked => "detainee",
        CancelReason::TechnicalFailure => "technical",
        CancelReason::Other => "other",
    }
}

/// A place on the waiting list for `day` (`YYYY-MM-DD`, London) and the slot wanted, if one.
pub fn waiting_place(
    entry: WaitingId,
    detainee: Option<DetaineeId>,
    kind: Option<CallKind>,
    day: &str,
    slot: &str,
) -> Result<EventBody, Problem> {
    let detainee = detainee.ok_or("book-choose-detainee")?;
    let kind = kind.ok_or("book-choose-kind")?;
    let day = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").map_err(|_| "waiting-day-bad")?;
    let slot = match slot.trim() {
        "" => None,
        s => Some(slot_start(s).ok_or("book-choose-slot")?),
    };
    Ok(EventBody::WaitingListJoined {
        entry,
        detainee,
        kind,
        day,
        slot,
    })
}
