//! The slots a DCO can offer when booking a call with a detainee (DSO §7, §9).
//!
//! Pure planning over the folded [`Centre`]: every slot start of the centre's schedule from now
//! to a horizon, kept only where the rulebook would accept the booking
//! ([`crate::rules::slot_open`]: a place left, or for a legal call a social one it may
//! displace; no suspension in force) and the detainee has no other call in it. The screens
//! offer exactly these, so a booking made from them is refused only when the centre changed
//! in between (another tablet's booking, synced meanwhile).

use crate::dso::RuleViolation;
use crate::ids::DetaineeId;
use crate::model::{CallKind, LegalAccessMethod};
use crate::projection::Centre;
use crate::rules;
use crate::time::{add_london_days, london_date};
use crate::workflow::call::CallPhase;
use chrono::{DateTime, NaiveDate, Utc};

/// How many days ahead a booking can be made, unless the shell says otherwise.
pub const DEFAULT_HORIZON_DAYS: u32 = 14;

/// The longest horizon offered: a slot further ahead is out of every event's bounds.
pub const MAX_HORIZON_DAYS: u32 = 366;

/// A slot the detainee can be booked into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FreeSlot {
    /// When the slot starts.
    pub start: DateTime<Utc>,
    /// The London date it is on (how the screens group slots).
    pub date: NaiveDate,
    /// Whether taking it moves a booked social call to the waiting list (a legal call into a
    /// full slot, §9).
    pub displaces_social: bool,
}

/// Something that must happen before a detainee can have a video call: what the booking form
/// tells the DCO first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BeforeCalling {
    /// A rule the call would be refused under as things stand, from the rulebook's own check
    /// ([`Centre::access_blockers`]); its message says what to do: sign the compact (§10,
    /// §15), an individual risk assessment (§14).
    Rule(RuleViolation),
    /// Access is suspended (§17): no call, social or legal, can be booked until `until`.
    Suspended {
        /// When the suspension stops blocking access, as things stand.
        until: DateTime<Utc>,
        /// How they reach legal advice meanwhile (§18), once arranged.
        legal_access: Option<LegalAccessMethod>,
    },
}

/// What must happen before `detainee` can have a video call, as of `now`, in the rulebook's
/// order (compact, risk assessment, suspension). Empty when nothing stands in the way. A
/// booking may still be made for after these are done, except while suspended.
pub fn before_calling(
    centre: &Centre,
    detainee: DetaineeId,
    now: DateTime<Utc>,
) -> Vec<BeforeCalling> {
    centre
        .access_blockers(detainee, now)
        .into_iter()
        .map(|v| match v {
            RuleViolation::Suspended => match centre.suspension_in_force(detainee, now) {
                Some(s) => BeforeCalling::Suspended {
                    until: s.in_force_until(),
                    legal_access: s.legal_access.clone(),
                },
                None => BeforeCalling::Rule(v),
            },
            v => BeforeCalling::Rule(v),
        })
        .collect()
}

/// The free slots for a call of `kind` for `detainee`: every slot start of the schedule from
/// `now` (a slot already started is not offered) until `horizon_days` London days later, in
/// order. Empty without a schedule, or while a suspension is in force (§17).
pub fn free_slots(
    centre: &Centre,
    detainee: DetaineeId,
    kind: CallKind,
    now: DateTime<Utc>,
    horizon_days: u32,
) -> Vec<FreeSlot> {
    let Some(schedule) = &centre.schedule else {
        return Vec::new();
    };
    let horizon = add_london_days(now, i64::from(horizon_days.min(MAX_HORIZON_DAYS)));
    let first = london_date(now);
    let last = london_date(horizon);
    let mut out = Vec::new();
    let mut date = first;
    while date <= last {
        for start in schedule.slots_on(date) {
            if start < now || start >= horizon {
                continue;
            }
            if already_booked(centre, detainee, start) {
                continue;
            }
            if rules::slot_open(centre, detainee, kind, start, now).is_err() {
                continue;
            }
            let displaces_social = kind == CallKind::Legal
                && centre.bookings_in_slot(start).len() >= usize::from(schedule.call_points);
            out.push(FreeSlot {
                start,
                date,
                displaces_social,
            });
        }
        let Some(next) = date.succ_opt() else { break };
        date = next;
    }
    out
}

/// The first `count` free slots after `after` (a slot that was full, or refused): what the
/// screen offers instead.
pub fn next_free_after(
    centre: &Centre,
    detainee: DetaineeId,
    kind: CallKind,
    after: DateTime<Utc>,
    now: DateTime<Utc>,
    horizon_days: u32,
    count: usize,
) -> Vec<FreeSlot> {
    free_slots(centre, detainee, kind, now, horizon_days)
        .into_iter()
        .filter(|s| s.start > after)
        .take(count)
        .collect()
}

/// Free slots grouped by London date, in order: what the day picker shows.
pub fn by_day(slots: &[FreeSlot]) -> Vec<(NaiveDate, Vec<FreeSlot>)> {
    let mut out: Vec<(NaiveDate, Vec<FreeSlot>)> = Vec::new();
    for s in slots {
        match out.last_mut() {
            Some((d, v)) if *d == s.date => v.push(*s),
            _ => out.push((s.date, vec![*s])),
        }
    }
    out
}

/// Whether the caller of `c.from` may be carried over to `c.booking` (a rebooking,
/// [`crate::contact::Carried`]): both are the same detainee's calls of the same kind, the
/// earlier one is over (it ended, failed or was cancelled) and the new one is still to come.
/// Anything else would hand one caller's addresses to another booking.
pub fn may_carry(centre: &Centre, c: crate::contact::Carried) -> bool {
    let (Some(new), Some(old)) = (centre.calls.get(&c.booking), centre.calls.get(&c.from)) else {
        return false;
    };
    c.booking != c.from
        && new.info.detainee == old.info.detainee
        && new.info.kind == old.info.kind
        && new.phase == CallPhase::Booked
        && matches!(old.phase, CallPhase::Finished { .. })
}

/// Whether the detainee already has a call (not finished) starting then.
fn already_booked(centre: &Centre, detainee: DetaineeId, start: DateTime<Utc>) -> bool {
    centre
        .bookings_in_slot(start)
        .iter()
        .any(|c| c.info.detainee == detainee)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actor::{Actor, Role};
    use crate::dso::RuleViolation;
    use crate::event::EventBody;
    use crate::ids::{BookingId, StaffId};
    use crate::model::{OpeningWindow, Schedule};
    use crate::recorder::TestLine;
    use chrono::{Duration, NaiveTime, TimeZone};

    fn id(n: u8) -> uuid::Uuid {
        crate::ids::new_v7(1_700_000_000_000 + u64::from(n), [n; 10])
    }

    fn staff(role: Role, n: u8) -> Actor {
        Actor::Staff {
            id: StaffId(id(n)),
            role,
        }
    }

    /// A centre open 08:00–16:00 every day, 60-minute slots, `points` calls at once, at 09:10
    /// London time on Monday 2 November 2026 (GMT).
    struct T {
        line: TestLine,
        now: DateTime<Utc>,
    }

    impl T {
        fn new(points: u16) -> Self {
            let now = Utc.with_ymd_and_hms(2026, 11, 2, 9, 10, 0).unwrap();
            let mut t = Self {
                line: TestLine::default(),
                now,
            };
            let schedule = Schedule::every_day(
                vec![OpeningWindow {
                    start: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
                    end: NaiveTime::from_hms_opt(16, 0, 0).unwrap(),
                }],
                60,
                points,
                NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            );
            t.line
                .act(
                    staff(Role::Administrator, 200),
                    EventBody::CentreScheduleChanged { schedule },
                    now,
                )
                .unwrap();
            t
        }

        fn book(
            &mut self,
            n: u8,
            who: DetaineeId,
            kind: CallKind,
            at: DateTime<Utc>,
        ) -> Result<Vec<EventBody>, RuleViolation> {
            self.line.act(
                staff(Role::Dco, 201),
                EventBody::CallBooked {
                    booking: BookingId(id(n)),
                    detainee: who,
                    kind,
                    slot_start: at,
                },
                self.now,
            )
        }

        fn free(&self, who: DetaineeId, kind: CallKind, days: u32) -> Vec<FreeSlot> {
            free_slots(self.line.centre(), who, kind, self.now, days)
        }
    }

    fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 2, h, 0, 0).unwrap()
    }

    fn detainee(n: u8) -> DetaineeId {
        DetaineeId(id(n))
    }

    #[test]
    fn dso_7_free_slots_start_after_now_and_end_at_the_horizon() {
        let t = T::new(1);
        let slots = t.free(detainee(1), CallKind::Social, 2);
        // Today 10:00–15:00 (09:00 has started), tomorrow 08:00–15:00, and the day after
        // until 09:10 (the horizon): 08:00 and 09:00.
        assert_eq!(slots.first().unwrap().start, at(10));
        assert_eq!(slots.len(), 6 + 8 + 2);
        assert!(
            slots
                .iter()
                .all(|s| s.start >= t.now && !s.displaces_social)
        );
        let days = by_day(&slots);
        assert_eq!(days.len(), 3);
        assert_eq!(days[0].0, NaiveDate::from_ymd_opt(2026, 11, 2).unwrap());
        assert_eq!(days[1].1.len(), 8);
        assert_eq!(
            t.free(detainee(1), CallKind::Social, DEFAULT_HORIZON_DAYS)
                .last()
                .unwrap()
                .date,
            NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()
        );
    }

    #[test]
    fn dso_9_a_full_slot_is_not_offered_for_a_social_call_and_the_next_free_ones_are() {
        let mut t = T::new(1);
        t.book(1, detainee(2), CallKind::Social, at(10)).unwrap();
        let slots = t.free(detainee(1), CallKind::Social, 1);
        assert!(slots.iter().all(|s| s.start != at(10)));
        let next = next_free_after(
            t.line.centre(),
            detainee(1),
            CallKind::Social,
            at(10),
            t.now,
            1,
            2,
        );
        assert_eq!(
            next.iter().map(|s| s.start).collect::<Vec<_>>(),
            [at(11), at(12)]
        );
    }

    #[test]
    fn dso_9_a_legal_call_is_offered_a_slot_held_only_by_a_social_call_and_displaces_it() {
        let mut t = T::new(1);
        t.book(1, detainee(2), CallKind::Social, at(10)).unwrap();
        t.book(2, detainee(3), CallKind::Legal, at(11)).unwrap();
        let slots = t.free(detainee(1), CallKind::Legal, 1);
        let ten = slots.iter().find(|s| s.start == at(10)).unwrap();
        assert!(ten.displaces_social);
        // A legal call cannot displace another legal call.
        assert!(slots.iter().all(|s| s.start != at(11)));
        // What is offered, the rulebook accepts.
        let recorded = t.book(3, detainee(1), CallKind::Legal, at(10)).unwrap();
        assert!(matches!(
            recorded[0],
            EventBody::CallCancelled {
                displaced_by_legal: true,
                ..
            }
        ));
    }

    #[test]
    fn a_slot_the_detainee_is_already_booked_in_is_not_offered_again() {
        let mut t = T::new(4);
        t.book(1, detainee(1), CallKind::Social, at(10)).unwrap();
        let social = t.free(detainee(1), CallKind::Social, 1);
        let legal = t.free(detainee(1), CallKind::Legal, 1);
        assert!(social.iter().chain(&legal).all(|s| s.start != at(10)));
        // Someone else still can.
        assert!(
            t.free(detainee(2), CallKind::Social, 1)
                .iter()
                .any(|s| s.start == at(10))
        );
    }

    #[test]
    fn every_slot_offered_is_accepted_by_the_rulebook() {
        let mut t = T::new(2);
        t.book(1, detainee(2), CallKind::Social, at(10)).unwrap();
        t.book(2, detainee(3), CallKind::Social, at(10)).unwrap();
        t.book(3, detainee(4), CallKind::Legal, at(12)).unwrap();
        t.book(4, detainee(5), CallKind::Legal, at(12)).unwrap();
        for kind in [CallKind::Social, CallKind::Legal] {
            for s in t.free(detainee(1), kind, 1) {
                assert!(
                    rules::slot_open(t.line.centre(), detainee(1), kind, s.start, t.now).is_ok()
                );
            }
        }
        let all: Vec<_> = t
            .free(detainee(1), CallKind::Social, 1)
            .iter()
            .map(|s| s.start)
            .collect();
        assert!(!all.contains(&at(10)) && !all.contains(&at(12)));
        assert!(all.contains(&(at(12) + Duration::hours(1))));
    }

    #[test]
    fn without_a_schedule_nothing_is_offered() {
        let centre = Centre::default();
        let now = at(9);
        assert!(free_slots(&centre, detainee(1), CallKind::Legal, now, 14).is_empty());
    }

    #[test]
    fn a_caller_is_carried_only_to_a_rebooking_of_the_same_detainees_call_that_is_over() {
        use crate::contact::Carried;
        use crate::model::CancelReason;
        let mut t = T::new(2);
        let (amal, reza) = (detainee(1), detainee(2));
        t.book(10, amal, CallKind::Social, at(10)).unwrap();
        t.book(11, amal, CallKind::Social, at(11)).unwrap();
        t.book(12, reza, CallKind::Social, at(11)).unwrap();
        t.book(13, amal, CallKind::Legal, at(12)).unwrap();
        let b = |n| BookingId(id(n));
        let carry = |t: &T, booking, from| {
            may_carry(
                t.line.centre(),
                Carried {
                    booking: b(booking),
                    from: b(from),
                },
            )
        };
        // The earlier call is still to come: not yet.
        assert!(!carry(&t, 11, 10));
        t.line
            .act(
                staff(Role::Dco, 201),
                EventBody::CallCancelled {
                    booking: b(10),
                    displaced_by_legal: false,
                    reason: Some(CancelReason::TechnicalFailure),
                },
                t.now,
            )
            .unwrap();
        assert!(
            carry(&t, 11, 10),
            "the same detainee's social call, rebooked"
        );
        assert!(!carry(&t, 12, 10), "another detainee's booking");
        assert!(
            !carry(&t, 13, 10),
            "a legal call is not a social call's caller"
        );
        assert!(!carry(&t, 10, 10), "itself");
        assert!(!carry(&t, 11, 99), "an unknown booking");
        assert!(!carry(&t, 10, 11), "onto a booking that is over");
    }

    #[test]
    fn booking_twice_is_refused_as_already_recorded_not_as_not_found() {
        use crate::dso::{Paragraph, Subject};
        let mut t = T::new(2);
        t.book(10, detainee(1), CallKind::Social, at(10)).unwrap();
        assert_eq!(
            t.book(10, detainee(1), CallKind::Social, at(11)),
            Err(RuleViolation::AlreadyRecorded {
                paragraph: Paragraph::P9,
                what: Subject::Booking
            })
        );
    }
}
