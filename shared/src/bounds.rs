//! The bounds every value of an event must lie within, whoever sent it.
//!
//! The rulebook decides what an event *means* in the centre's state; these bounds decide whether
//! it is a value Kinline can hold at all: a time in a sane range, a text of bounded length, a
//! list of bounded size, a schedule whose slots can be counted. They are context-free (no
//! centre state), so the same function serves three places:
//! - [`crate::rules::check`] refuses an out-of-bounds command before anything is recorded;
//! - the centre server refuses a pushed event out of bounds ([`check_received`]: also its
//!   times against the server's receive time) before it is stored;
//! - [`crate::projection::Centre::apply`] never folds an event out of bounds ([`check_event`]),
//!   so no event sequence, however forged, can make the fold panic, loop or allocate without
//!   bound.

use crate::dso::{Field, Limit, Paragraph, RuleViolation};
use crate::event::{Event, EventBody, ReferralSource};
use crate::model::{
    CompactVersion, Explanation, LanguageTag, LegalAccessMethod, ReferralStatus, Schedule,
    Signature, TextHash,
};
use crate::rules::MAX_TEXT;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

/// The largest an event may be, serialised as JSON (a signature's PNG is the largest part).
pub const MAX_EVENT_BYTES: usize = 512 * 1024;
/// The longest a short reference may be (a risk assessment's, an interpreter's).
pub const MAX_REFERENCE: usize = 200;
/// The longest a name may be (a room's).
pub const MAX_NAME: usize = 100;
/// The most languages a profile or a compact version may list.
pub const MAX_LANGUAGES: usize = 64;
/// The most pieces of evidence a suspension may cite.
pub const MAX_EVIDENCE: usize = 100;
/// The most opening windows a schedule may have on one day.
pub const MAX_WINDOWS_PER_DAY: usize = 12;
/// The most calls a centre may run at once.
pub const MAX_CALL_POINTS: u16 = 1000;
/// The most finger strokes a signature may hold.
pub const MAX_STROKES: usize = 200;
/// The most points all a signature's strokes may hold together.
pub const MAX_STROKE_POINTS: usize = 8000;
/// The longest a signature's PNG may be, base64 encoded (the pad's image, uncompressed, is
/// about 192 KiB).
pub const MAX_SIGNATURE_PNG: usize = 256 * 1024;
/// How far from the pad a stroke's point may lie, in pad pixels.
pub const MAX_STROKE_COORDINATE: i32 = 10_000;
/// How far before the time it is recorded a booking's slot may lie.
pub const SLOT_PAST_DAYS: i64 = 366;
/// How far after the time it is recorded a booking's slot may lie.
pub const SLOT_FUTURE_DAYS: i64 = 400;
/// How far after it is decided a suspension's end or authorisation may lie.
pub const SUSPENSION_MAX_DAYS: i64 = 5 * 366;
/// How far from the time it is recorded a schedule may take effect.
pub const SCHEDULE_EFFECT_DAYS: i64 = 5 * 366;

/// The earliest instant any event may carry: Kinline holds nothing older.
pub fn earliest() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// The latest instant any event may carry, far enough that no rule's arithmetic (a week, an
/// appeal's hours, a year of slots) reaches the calendar's end.
pub fn latest() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2200, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// How far from the server's receive time an event's own times may lie
/// (`[received - max_age, received + max_ahead]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReceiveWindow {
    /// How long ago an event may have been recorded (a tablet offline that long).
    pub max_age: Duration,
    /// How far ahead of the server's clock an event's times may be.
    pub max_ahead: Duration,
}

impl Default for ReceiveWindow {
    /// 60 days back (twice the tablet's retention of acknowledged events); five minutes ahead
    /// (the hybrid clock's own limit, `clock::MAX_FORWARD_DRIFT_MS`).
    fn default() -> Self {
        Self {
            max_age: Duration::days(60),
            max_ahead: Duration::milliseconds(crate::clock::MAX_FORWARD_DRIFT_MS),
        }
    }
}

fn out_of_range(paragraph: Paragraph, field: Field, limit: Limit) -> RuleViolation {
    RuleViolation::OutOfRange {
        paragraph,
        field,
        limit,
    }
}

/// An event's stamp and recorded time within the absolute range, and its body within bounds
/// (relative to its own recorded time). What the fold requires of every event it applies.
pub fn check_event(event: &Event) -> Result<(), RuleViolation> {
    let p = event.body.paragraph();
    let (lo, hi) = (earliest(), latest());
    let range = || Limit::Dates {
        from: lo.date_naive(),
        to: hi.date_naive(),
    };
    if !(lo..hi).contains(&event.recorded_at) {
        return Err(out_of_range(p, Field::TimeRecorded, range()));
    }
    let in_range_ms = lo.timestamp_millis()..hi.timestamp_millis();
    if !in_range_ms.contains(&event.stamp.wall_ms) {
        return Err(out_of_range(p, Field::ClockStamp, range()));
    }
    check_body(&event.body, event.recorded_at)
}

/// [`check_event`], and the event's times within `window` of `received` (the server's receive
/// time), and its size: what the centre server requires of every event before it stores it.
pub fn check_received(
    event: &Event,
    json_len: usize,
    received: DateTime<Utc>,
    window: &ReceiveWindow,
) -> Result<(), RuleViolation> {
    let p = event.body.paragraph();
    if json_len > MAX_EVENT_BYTES {
        return Err(out_of_range(
            p,
            Field::EventSize,
            Limit::Bytes {
                max: MAX_EVENT_BYTES,
            },
        ));
    }
    check_event(event)?;
    let (from, to) = (received - window.max_age, received + window.max_ahead);
    let limit = || Limit::Window { from, to };
    if !(from..=to).contains(&event.recorded_at) {
        return Err(out_of_range(p, Field::TimeRecorded, limit()));
    }
    let stamp = event.stamp.wall_ms;
    if stamp < from.timestamp_millis() || stamp > to.timestamp_millis() {
        return Err(out_of_range(p, Field::ClockStamp, limit()));
    }
    Ok(())
}

/// Every value of a body within bounds; `at` is when it is recorded (times it names are
/// bounded around it).
pub fn check_body(body: &EventBody, at: DateTime<Utc>) -> Result<(), RuleViolation> {
    use EventBody as B;
    let p = body.paragraph();
    let text = |field: Field, value: &str, max: usize| bounded_text(p, field, value, max);
    let within = |field: Field, t: DateTime<Utc>, back: i64, ahead: i64| {
        instant_near(p, field, t, at, back, ahead)
    };
    match body {
        B::CentreScheduleChanged { schedule } => check_schedule(schedule, at),
        B::RoomAdded { name, .. } => text(Field::RoomName, name, MAX_NAME),
        B::DeviceRevoked {
            reason: Some(reason),
            ..
        } => text(Field::Reason, reason, MAX_TEXT),
        B::CompactVersionPublished { version, languages } => {
            check_version(p, version)?;
            check_languages(p, languages)
        }
        B::DetaineeProfileUpdated {
            languages,
            control_measures,
            ..
        } => {
            check_languages(p, languages)?;
            count(p, Field::ControlMeasures, control_measures.len(), 8)
        }
        B::CompactPresented {
            version, language, ..
        } => {
            check_version(p, version)?;
            check_language(p, language)
        }
        B::CompactExplained {
            version,
            language,
            how,
            ..
        } => {
            check_version(p, version)?;
            check_language(p, language)?;
            match how {
                Explanation::Interpreter { reference } => {
                    text(Field::InterpreterReference, reference, MAX_REFERENCE)
                }
                Explanation::ReadOnScreen | Explanation::ReadAloud { .. } => Ok(()),
            }
        }
        B::CompactSigned {
            version,
            language,
            text_hash,
            signature,
            ..
        } => {
            check_version(p, version)?;
            check_language(p, language)?;
            check_hash(p, text_hash)?;
            check_signature(p, signature)
        }
        B::RiskAssessmentRecorded { reference, .. } => {
            text(Field::RiskAssessmentReference, reference, MAX_REFERENCE)
        }
        B::CallBooked { slot_start, .. } => within(
            Field::SlotStart,
            *slot_start,
            SLOT_PAST_DAYS,
            SLOT_FUTURE_DAYS,
        ),
        B::WaitingListJoined { day, slot, .. } => {
            within(
                Field::DayWaitedFor,
                day.and_time(chrono::NaiveTime::MIN).and_utc(),
                SLOT_PAST_DAYS,
                SLOT_FUTURE_DAYS,
            )?;
            match slot {
                Some(s) => within(Field::SlotStart, *s, SLOT_PAST_DAYS, SLOT_FUTURE_DAYS),
                None => Ok(()),
            }
        }
        B::IncidentReported { account, .. } => text(Field::WhatHappened, account, MAX_TEXT),
        B::SuspensionNoticeGiven { language, .. } => check_language(p, language),
        B::ReferralUpdated {
            status: ReferralStatus::Closed { outcome },
            ..
        } => text(Field::Outcome, outcome, MAX_TEXT),
        B::SuspensionDecided {
            reasons,
            evidence,
            until,
            security_report,
            ..
        } => {
            text(Field::Reasons, reasons, MAX_TEXT)?;
            if let Some(r) = security_report {
                text(Field::SecurityReport, r, MAX_REFERENCE)?;
            }
            count(p, Field::Evidence, evidence.len(), MAX_EVIDENCE)?;
            match until {
                Some(u) => within(
                    Field::SuspensionEnd,
                    *u,
                    SLOT_PAST_DAYS,
                    SUSPENSION_MAX_DAYS,
                ),
                None => Ok(()),
            }
        }
        B::SuspensionAuthorised { until, .. } => within(
            Field::AuthorisationEnd,
            *until,
            SLOT_PAST_DAYS,
            SUSPENSION_MAX_DAYS,
        ),
        B::SuspensionReviewed { notes, .. } | B::PolicyExceptionReviewed { notes, .. } => {
            text(Field::ReviewNotes, notes, MAX_TEXT)
        }
        B::SuspensionAppealed { reasons, .. } | B::AppealDecided { reasons, .. } => {
            text(Field::Reasons, reasons, MAX_TEXT)
        }
        B::AlternativeLegalAccessArranged {
            method: LegalAccessMethod::Other { description },
            ..
        } => text(Field::WhatWasArranged, description, MAX_TEXT),
        B::ReferredToSecurity {
            source: ReferralSource::Termination(_) | ReferralSource::Incident(_),
        }
        | B::RoomRetired { .. }
        | B::StaffAccountSet { .. }
        | B::DeviceEnrolled { .. }
        | B::DeviceRevoked { reason: None, .. }
        | B::CallRoomAssigned { .. }
        | B::SessionOpened { .. }
        | B::StaffSignedIn {}
        | B::StaffSignedOut {}
        | B::CallCancelled { .. }
        | B::CallCheckedIn { .. }
        | B::AdultCheckRecorded { .. }
        | B::CallerAdmitted { .. }
        | B::CallStarted { .. }
        | B::CallEnded { .. }
        | B::CallTerminated { .. }
        | B::ReferralUpdated { .. }
        | B::ComplianceManagerNotified { .. }
        | B::SuspensionLifted { .. }
        | B::AlternativeLegalAccessArranged { .. }
        | B::LegalAccessRequested { .. }
        | B::LegalAccessRequestMet { .. }
        | B::WaitingListLeft { .. } => Ok(()),
        // Its size is bounded with the whole event's (`check_received`); the rest is for the
        // release that knows its kind.
        B::Unknown(_) => Ok(()),
    }
}

fn bounded_text(p: Paragraph, field: Field, value: &str, max: usize) -> Result<(), RuleViolation> {
    // Bytes first: counting the characters of a huge string is itself the cost to avoid.
    if value.len() > max * 4 || value.chars().count() > max {
        return Err(RuleViolation::TextLength {
            paragraph: p,
            field,
            max,
        });
    }
    Ok(())
}

fn count(p: Paragraph, field: Field, n: usize, max: usize) -> Result<(), RuleViolation> {
    if n > max {
        return Err(out_of_range(p, field, Limit::AtMost { max }));
    }
    Ok(())
}

fn instant_near(
    p: Paragraph,
    field: Field,
    t: DateTime<Utc>,
    at: DateTime<Utc>,
    back_days: i64,
    ahead_days: i64,
) -> Result<(), RuleViolation> {
    // `at` is within [earliest, latest] (check_event) or the shell's clock, so these sums
    // are far from chrono's limits; checked all the same.
    let from = at.checked_sub_signed(Duration::days(back_days));
    let to = at.checked_add_signed(Duration::days(ahead_days));
    match (from, to) {
        (Some(from), Some(to))
            if (from..=to).contains(&t) && (earliest()..latest()).contains(&t) =>
        {
            Ok(())
        }
        _ => Err(out_of_range(
            p,
            field,
            Limit::AroundRecording {
                before: back_days,
                after: ahead_days,
            },
        )),
    }
}

fn check_version(p: Paragraph, v: &CompactVersion) -> Result<(), RuleViolation> {
    bounded_text(p, Field::CompactVersion, &v.0, 64)
}

fn check_language(p: Paragraph, l: &LanguageTag) -> Result<(), RuleViolation> {
    let ok = (1..=35).contains(&l.0.len())
        && l.0.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(out_of_range(p, Field::LanguageTag, Limit::LanguageTag))
    }
}

fn check_languages(p: Paragraph, ls: &[LanguageTag]) -> Result<(), RuleViolation> {
    count(p, Field::Languages, ls.len(), MAX_LANGUAGES)?;
    ls.iter().try_for_each(|l| check_language(p, l))
}

fn check_hash(p: Paragraph, h: &TextHash) -> Result<(), RuleViolation> {
    if h.0.len() == 64 && h.0.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(out_of_range(p, Field::TextHash, Limit::Sha256))
    }
}

fn check_signature(p: Paragraph, s: &Signature) -> Result<(), RuleViolation> {
    count(p, Field::SignatureStrokes, s.strokes.len(), MAX_STROKES)?;
    let points: usize = s.strokes.iter().map(Vec::len).sum();
    count(p, Field::SignaturePoints, points, MAX_STROKE_POINTS)?;
    let far = s.strokes.iter().flatten().any(|pt| {
        pt.x.unsigned_abs() > MAX_STROKE_COORDINATE.unsigned_abs()
            || pt.y.unsigned_abs() > MAX_STROKE_COORDINATE.unsigned_abs()
    });
    if far {
        return Err(out_of_range(
            p,
            Field::SignaturePoint,
            Limit::PadPixels {
                max: i64::from(MAX_STROKE_COORDINATE),
            },
        ));
    }
    count(
        p,
        Field::SignatureImage,
        s.png_base64.len(),
        MAX_SIGNATURE_PNG,
    )
}

fn check_schedule(s: &Schedule, at: DateTime<Utc>) -> Result<(), RuleViolation> {
    let p = Paragraph::P7;
    let day = at.date_naive();
    let near = |d: NaiveDate| (d - day).num_days().abs() <= SCHEDULE_EFFECT_DAYS;
    if !near(s.effective_from) {
        return Err(out_of_range(
            p,
            Field::ScheduleStart,
            Limit::DaysOfSetting {
                days: SCHEDULE_EFFECT_DAYS,
            },
        ));
    }
    if !(1..=MAX_CALL_POINTS).contains(&s.call_points) {
        return Err(out_of_range(
            p,
            Field::CallPoints,
            Limit::OneTo {
                max: usize::from(MAX_CALL_POINTS),
            },
        ));
    }
    for windows in &s.weekdays {
        count(p, Field::OpeningWindows, windows.len(), MAX_WINDOWS_PER_DAY)?;
    }
    // Slots of 30–60 minutes in ordered windows: what makes a day's slots countable.
    s.validate()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actor::{Actor, Role};
    use crate::clock::Stamp;
    use crate::ids::{AppealId, DeviceId, EventId, StaffId};

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap()
    }

    fn event(body: EventBody, recorded_at: DateTime<Utc>) -> Event {
        let device = DeviceId(uuid::Uuid::from_u128(7));
        Event {
            id: EventId(uuid::Uuid::from_u128(1)),
            stamp: Stamp {
                wall_ms: recorded_at.timestamp_millis(),
                counter: 0,
                device,
            },
            device,
            actor: Actor::Staff {
                id: StaffId(uuid::Uuid::from_u128(2)),
                role: Role::CentreManager,
            },
            recorded_at,
            body,
        }
    }

    fn appeal_decided() -> EventBody {
        EventBody::AppealDecided {
            appeal: AppealId(uuid::Uuid::from_u128(3)),
            upheld: false,
            reasons: "The evidence stands.".into(),
        }
    }

    #[test]
    fn an_event_dated_in_year_262142_is_out_of_range() {
        let far = DateTime::<Utc>::MAX_UTC - Duration::days(1);
        let e = event(appeal_decided(), far);
        assert!(matches!(
            check_event(&e),
            Err(RuleViolation::OutOfRange { .. })
        ));
        assert!(check_event(&event(appeal_decided(), at())).is_ok());
    }

    #[test]
    fn a_stamp_in_2100_is_refused_by_the_receive_window_but_one_two_minutes_ahead_is_not() {
        let window = ReceiveWindow::default();
        let mut e = event(appeal_decided(), at());
        e.stamp.wall_ms = Utc
            .with_ymd_and_hms(2100, 1, 1, 0, 0, 0)
            .unwrap()
            .timestamp_millis();
        assert!(check_event(&e).is_ok(), "2100 is within the absolute range");
        assert!(check_received(&e, 100, at(), &window).is_err());
        e.stamp.wall_ms = (at() + Duration::minutes(2)).timestamp_millis();
        assert!(check_received(&e, 100, at(), &window).is_ok());
        assert!(check_received(&e, MAX_EVENT_BYTES + 1, at(), &window).is_err());
    }

    #[test]
    fn text_of_a_million_characters_is_refused_without_counting_them_all() {
        let body = EventBody::AppealDecided {
            appeal: AppealId(uuid::Uuid::from_u128(3)),
            upheld: false,
            reasons: "x".repeat(1_000_000),
        };
        assert!(matches!(
            check_body(&body, at()),
            Err(RuleViolation::TextLength { max: MAX_TEXT, .. })
        ));
    }
}
