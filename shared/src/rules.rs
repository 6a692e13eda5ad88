//! The rulebook: every mandatory instruction of DSO 01/2020 that software can enforce.
//!
//! [`decide`] is the only way a shell turns what a person asked for into events to record: it
//! checks the proposed event against the centre's state ([`check`]) and adds the events the
//! order requires to follow it (a security referral after a termination, a lift after a
//! successful appeal, a displaced social booking when a legal call takes its slot). A refusal
//! names the rule and its paragraph, and nothing is recorded.

use crate::actor::{Actor, may_record};
use crate::admin;
use crate::basis;
use crate::dso::{Field, Paragraph, RuleViolation, Subject};
use crate::event::{EventBody, ReferralSource};
use crate::model::{CallKind, CallOutcome, Schedule, check_in_lead};
use crate::projection::Centre;
use crate::rooms;
use crate::waiting;
use crate::workflow::call::{CallPhase, CallStep};
use crate::workflow::compact::CompactStep;
use crate::workflow::suspension::SuspensionPhase;
use chrono::{DateTime, Utc};

/// The longest free text Kinline accepts in one field (reasons, incident accounts).
pub const MAX_TEXT: usize = 4000;

/// Checks a proposed event and returns it with the events that must follow it, in order.
pub fn decide(
    centre: &Centre,
    actor: &Actor,
    body: EventBody,
    now: DateTime<Utc>,
) -> Result<Vec<EventBody>, RuleViolation> {
    check(centre, actor, &body, now)?;
    let mut out = Vec::with_capacity(2);
    match &body {
        EventBody::CallBooked {
            booking,
            kind: CallKind::Legal,
            slot_start,
            ..
        } => {
            let displaced = displaceable_social(centre, *slot_start);
            if let Some(displaced) = displaced {
                out.push(EventBody::CallCancelled {
                    booking: displaced,
                    displaced_by_legal: true,
                    reason: None,
                });
            }
            let booking = *booking;
            let room = rooms::free_room(centre, *slot_start, displaced.as_slice());
            let met = met_waiting(centre, &body);
            out.push(body);
            if let Some(room) = room {
                out.push(EventBody::CallRoomAssigned { booking, room });
            }
            out.extend(met);
        }
        EventBody::CallBooked {
            booking,
            slot_start,
            ..
        } => {
            let booking = *booking;
            let room = rooms::free_room(centre, *slot_start, &[]);
            let met = met_waiting(centre, &body);
            out.push(body);
            if let Some(room) = room {
                out.push(EventBody::CallRoomAssigned { booking, room });
            }
            out.extend(met);
        }
        EventBody::CallTerminated { booking, .. } => {
            let source = ReferralSource::Termination(*booking);
            out.push(body);
            out.push(EventBody::ReferredToSecurity { source });
        }
        EventBody::IncidentReported { incident, .. } => {
            let source = ReferralSource::Incident(*incident);
            out.push(body);
            out.push(EventBody::ReferredToSecurity { source });
        }
        EventBody::AppealDecided {
            appeal,
            upheld: true,
            ..
        } => {
            let suspension = centre.appeals[appeal];
            out.push(body);
            out.push(EventBody::SuspensionLifted { suspension });
        }
        EventBody::SuspensionReviewed {
            suspension,
            continues: false,
            ..
        } => {
            let suspension = *suspension;
            out.push(body);
            out.push(EventBody::SuspensionLifted { suspension });
        }
        _ => out.push(body),
    }
    Ok(out)
}

/// The detainee's place on the waiting list a booking meets (that day, that kind): left with
/// the booking (§9).
fn met_waiting(centre: &Centre, booked: &EventBody) -> Option<EventBody> {
    let EventBody::CallBooked {
        booking,
        detainee,
        kind,
        slot_start,
    } = booked
    else {
        return None;
    };
    waiting::met_by(centre, *detainee, *kind, *slot_start).map(|entry| EventBody::WaitingListLeft {
        entry,
        booking: Some(*booking),
    })
}

/// When a slot is full, the social booking a legal call displaces (§9): the latest booked one
/// that has not started.
pub(crate) fn displaceable_social(
    centre: &Centre,
    slot: DateTime<Utc>,
) -> Option<crate::ids::BookingId> {
    let schedule = centre.schedule.as_ref()?;
    let in_slot = centre.bookings_in_slot(slot);
    if in_slot.len() < usize::from(schedule.call_points) {
        return None;
    }
    in_slot
        .iter()
        .filter(|c| c.info.kind == CallKind::Social && c.phase == CallPhase::Booked)
        .max_by_key(|c| (c.info.booked_at, c.info.booking))
        .map(|c| c.info.booking)
}

/// Whether `detainee` may be booked a call of `kind` in the slot starting at `slot_start`:
/// a slot of the centre's schedule, no suspension in force then or now (§17), and a place left
/// — for a legal call, a place a social call can give up (§9). The rulebook's one answer, also
/// read by [`crate::booking`] to offer only the slots it would accept.
pub(crate) fn slot_open(
    centre: &Centre,
    detainee: crate::ids::DetaineeId,
    kind: CallKind,
    slot_start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), RuleViolation> {
    let schedule = centre
        .schedule
        .as_ref()
        .ok_or(RuleViolation::SlotOutsideOpeningHours)?;
    if !schedule.is_slot_start(slot_start) {
        return Err(RuleViolation::SlotOutsideOpeningHours);
    }
    if centre.suspension_in_force(detainee, slot_start).is_some()
        || centre.suspension_in_force(detainee, now).is_some()
    {
        return Err(RuleViolation::Suspended);
    }
    let taken = centre.bookings_in_slot(slot_start).len();
    if taken >= usize::from(schedule.call_points)
        && (kind == CallKind::Social || displaceable_social(centre, slot_start).is_none())
    {
        return Err(RuleViolation::SlotFull);
    }
    Ok(())
}

fn text(paragraph: Paragraph, field: Field, value: &str) -> Result<(), RuleViolation> {
    let n = value.trim().chars().count();
    if n == 0 || n > MAX_TEXT {
        return Err(RuleViolation::TextLength {
            paragraph,
            field,
            max: MAX_TEXT,
        });
    }
    Ok(())
}

fn not_found(paragraph: Paragraph, what: Subject) -> RuleViolation {
    RuleViolation::NotFound { paragraph, what }
}

/// Whether `actor` may record `body` now, given the centre's state. Pure; records nothing.
pub fn check(
    centre: &Centre,
    actor: &Actor,
    body: &EventBody,
    now: DateTime<Utc>,
) -> Result<(), RuleViolation> {
    use EventBody as B;
    let kind = body.kind();
    if !may_record(actor, kind) {
        return Err(RuleViolation::NotPermitted {
            paragraph: kind.paragraph(),
            role: actor.role().map_or("detainee", |r| r.label()).to_owned(),
            action: kind.action().to_owned(),
        });
    }
    // Values Kinline can hold at all (times, lengths, counts), before any rule reads them.
    crate::bounds::check_body(body, now)?;
    let p = kind.paragraph();
    let text = |field: Field, value: &str| text(p, field, value);
    let not_found = |what: Subject| not_found(p, what);
    let already = |what: Subject| RuleViolation::AlreadyRecorded { paragraph: p, what };
    let suspension = |id| {
        centre
            .suspensions
            .get(id)
            .ok_or_else(|| not_found(Subject::Suspension))
    };
    let open_suspension = |id| {
        let s = suspension(id)?;
        match s.phase {
            SuspensionPhase::Lifted { .. } => Err(not_found(Subject::Suspension)),
            _ => Ok(s),
        }
    };
    match body {
        B::CentreScheduleChanged { schedule } => schedule.validate(),
        B::RoomAdded {
            room,
            name,
            capacity,
        } => rooms::check_add(centre, *room, name, *capacity),
        B::RoomRetired { room } => rooms::check_retire(centre, *room),
        B::CallRoomAssigned { booking, room } => rooms::check_assign(centre, *booking, *room),
        B::StaffAccountSet {
            staff,
            role,
            active,
        } => admin::check_staff(actor, *staff, *role, *active),
        B::DeviceEnrolled { device } => admin::check_enrol(centre, *device),
        B::DeviceRevoked { device, reason } => {
            admin::check_revoke(centre, *device, reason.as_deref())
        }
        B::CompactVersionPublished { version, languages } => {
            text(Field::CompactVersion, &version.0)?;
            if languages.is_empty() {
                return Err(not_found(Subject::CompactTranslation));
            }
            Ok(())
        }
        B::DetaineeProfileUpdated { .. } | B::SessionOpened { .. } => Ok(()),
        // Who may sign in is `may_record`'s; whether they were is `sign_in`'s.
        B::StaffSignedIn {} | B::StaffSignedOut {} => Ok(()),
        B::CompactPresented {
            detainee,
            version,
            language,
        } => compact(
            centre,
            *detainee,
            CompactStep::Present {
                version: version.clone(),
                language: language.clone(),
            },
        ),
        B::CompactExplained {
            detainee,
            version,
            language,
            how,
        } => compact(
            centre,
            *detainee,
            CompactStep::Explain {
                version: version.clone(),
                language: language.clone(),
                how: how.clone(),
            },
        ),
        B::CompactSigned {
            detainee,
            version,
            language,
            text_hash,
            signature,
        } => {
            if signature.strokes.iter().all(|s| s.len() < 2) {
                return Err(RuleViolation::SignatureMissing);
            }
            compact(
                centre,
                *detainee,
                CompactStep::Sign {
                    version: version.clone(),
                    language: language.clone(),
                    text_hash: text_hash.clone(),
                },
            )
        }
        B::RiskAssessmentRecorded { reference, .. } => {
            text(Field::RiskAssessmentReference, reference)
        }
        B::CallBooked {
            booking,
            detainee,
            kind,
            slot_start,
        } => {
            if centre.calls.contains_key(booking) {
                return Err(already(Subject::Booking));
            }
            slot_open(centre, *detainee, *kind, *slot_start, now)
        }
        B::CallCancelled { booking, .. } => call(centre, *booking, CallStep::Cancel, now),
        B::WaitingListJoined {
            entry,
            detainee,
            kind,
            day,
            slot,
        } => waiting::check_join(centre, *entry, *detainee, *kind, *day, *slot, now),
        B::WaitingListLeft { entry, booking } => {
            waiting::check_leave(centre, *entry)?;
            match booking {
                Some(b) if !centre.calls.contains_key(b) => Err(not_found(Subject::Booking)),
                _ => Ok(()),
            }
        }
        B::CallCheckedIn { booking } => call(centre, *booking, CallStep::CheckIn, now),
        B::AdultCheckRecorded {
            booking,
            recipient_is_adult,
        } => call(
            centre,
            *booking,
            CallStep::AdultCheck {
                adult: *recipient_is_adult,
            },
            now,
        ),
        B::CallerAdmitted { booking } => call(centre, *booking, CallStep::Admit, now),
        B::CallStarted { booking } => call(centre, *booking, CallStep::Start, now),
        B::CallEnded { booking, reason } => call(centre, *booking, CallStep::End(*reason), now),
        B::CallTerminated { booking, reason } => {
            call(centre, *booking, CallStep::Terminate(*reason), now)
        }
        B::IncidentReported {
            incident,
            account,
            booking,
            ..
        } => {
            text(Field::WhatHappened, account)?;
            if centre.incidents.contains_key(incident) {
                return Err(already(Subject::IncidentReport));
            }
            if let Some(b) = booking {
                centre
                    .calls
                    .get(b)
                    .ok_or_else(|| not_found(Subject::Call))?;
            }
            Ok(())
        }
        B::ReferredToSecurity { source } => match source {
            ReferralSource::Termination(b) => match centre.calls.get(b).map(|c| &c.phase) {
                Some(CallPhase::Finished {
                    outcome: CallOutcome::Terminated(_),
                    ..
                }) => Ok(()),
                _ => Err(not_found(Subject::TerminatedCall)),
            },
            ReferralSource::Incident(i) => centre
                .incidents
                .get(i)
                .map(|_| ())
                .ok_or_else(|| not_found(Subject::IncidentReport)),
        },
        B::ReferralUpdated { source, .. } => centre
            .referrals
            .get(source)
            .map(|_| ())
            .ok_or_else(|| not_found(Subject::Referral)),
        B::SuspensionDecided {
            detainee,
            reason,
            reasons,
            evidence,
            security_report,
            not_a_sanction,
            ..
        } => {
            text(Field::Reasons, reasons).map_err(|_| RuleViolation::SuspensionReasonsMissing)?;
            basis::check(
                centre,
                *detainee,
                *reason,
                evidence,
                security_report.as_deref(),
                *not_a_sanction,
            )
        }
        B::SuspensionNoticeGiven {
            suspension: id,
            language,
        } => {
            let s = suspension(id)?;
            let d = centre.detainee(s.detainee);
            if d.understanding_or_default().understands(language) {
                Ok(())
            } else {
                Err(RuleViolation::NoticeLanguage {
                    language: language.0.clone(),
                })
            }
        }
        B::ComplianceManagerNotified { suspension: id } => suspension(id).map(|_| ()),
        B::SuspensionAuthorised { suspension: id, .. } => {
            let s = open_suspension(id)?;
            if s.needs_authorisation() {
                Ok(())
            } else {
                Err(RuleViolation::AuthorisationNotNeeded)
            }
        }
        B::SuspensionReviewed {
            suspension: id,
            notes,
            ..
        } => {
            open_suspension(id)?;
            text(Field::ReviewNotes, notes)
        }
        B::SuspensionAppealed {
            suspension: id,
            reasons,
            ..
        } => {
            let s = open_suspension(id)?;
            if let Actor::Detainee { id: who } = actor
                && *who != s.detainee
            {
                return Err(RuleViolation::NotPermitted {
                    paragraph: Paragraph::P18,
                    role: "detainee".to_owned(),
                    action: "appeal another person's suspension".to_owned(),
                });
            }
            if matches!(s.phase, SuspensionPhase::UnderAppeal { .. }) {
                return Err(already(Subject::AppealOfSuspension));
            }
            text(Field::Reasons, reasons).map_err(|_| RuleViolation::AppealReasonsMissing)
        }
        B::AppealDecided {
            appeal, reasons, ..
        } => {
            let sid = centre
                .appeals
                .get(appeal)
                .ok_or_else(|| not_found(Subject::Appeal))?;
            let s = suspension(sid)?;
            match s.phase {
                SuspensionPhase::UnderAppeal { appeal: a, .. } if a == *appeal => {
                    text(Field::DecisionReasons, reasons)
                }
                _ => Err(RuleViolation::AppealAlreadyDecided),
            }
        }
        B::SuspensionLifted { suspension: id } => open_suspension(id).map(|_| ()),
        B::AlternativeLegalAccessArranged { suspension: id, .. } => suspension(id).map(|_| ()),
        B::LegalAccessRequested {
            request,
            detainee,
            suspension: id,
        } => {
            if centre.legal_requests.contains_key(request) {
                return Err(already(Subject::LegalRequest));
            }
            let s = suspension(id)?;
            if s.detainee != *detainee || !s.is_in_force(now) {
                return Err(RuleViolation::NotSuspended);
            }
            Ok(())
        }
        B::LegalAccessRequestMet { request } => {
            let r = centre
                .legal_requests
                .get(request)
                .filter(|r| r.is_open())
                .ok_or_else(|| not_found(Subject::LegalRequest))?;
            if centre.legal_alternative(r).is_none() {
                return Err(RuleViolation::LegalAlternativeNotArranged);
            }
            Ok(())
        }
        B::PolicyExceptionReviewed { event, notes } => {
            if !centre.exceptions.iter().any(|e| e.event == *event) {
                return Err(not_found(Subject::PolicyException));
            }
            text(Field::ReviewNotes, notes)
        }
        // `may_record` refused it above: nobody records a kind this release does not know.
        B::Unknown(_) => Ok(()),
    }
}

fn compact(
    centre: &Centre,
    detainee: crate::ids::DetaineeId,
    step: CompactStep,
) -> Result<(), RuleViolation> {
    let d = centre.detainee(detainee);
    let current = centre.compact.as_ref().map(|(v, _)| v);
    d.compact
        .step(step, current, &d.understanding_or_default())
        .map(|_| ())
}

fn call(
    centre: &Centre,
    booking: crate::ids::BookingId,
    step: CallStep,
    now: DateTime<Utc>,
) -> Result<(), RuleViolation> {
    let c = centre
        .calls
        .get(&booking)
        .ok_or_else(|| not_found(Paragraph::P8, Subject::Booking))?;
    // Nobody is connected to a caller without access: compact, risk assessment, no suspension.
    match step {
        CallStep::Admit | CallStep::Start => centre.call_access(c.info.detainee, now)?,
        CallStep::CheckIn if centre.suspension_in_force(c.info.detainee, now).is_some() => {
            return Err(RuleViolation::Suspended);
        }
        _ => {}
    }
    c.phase.step(&c.info, step, now)?;
    within_slot(centre, c, step, now)
}

/// Annex A: the slot is the call. The detainee is checked in from the schedule's lead time
/// before the slot until its end; the caller is admitted and the call started only within it.
/// Ending or terminating a call is never refused for the time.
fn within_slot(
    centre: &Centre,
    c: &crate::projection::Call,
    step: CallStep,
    now: DateTime<Utc>,
) -> Result<(), RuleViolation> {
    let start = c.info.slot_start;
    let Some(end) = centre.slot_end(c.info.booking) else {
        return Ok(());
    };
    let lead = centre
        .schedule
        .as_ref()
        .map_or_else(|| check_in_lead(None), Schedule::check_in_lead);
    let check_in_from = start - lead;
    let opens = match step {
        CallStep::CheckIn => check_in_from,
        CallStep::Admit | CallStep::Start => start,
        _ => return Ok(()),
    };
    if now < opens || now >= end {
        return Err(RuleViolation::OutsideSlot {
            start,
            end,
            check_in_from,
        });
    }
    Ok(())
}
