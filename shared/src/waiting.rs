//! The waiting list (DSO §9): when the slot a detainee wanted is full, they can wait for a
//! place that London day (`WaitingListJoined`). When a place frees (a cancellation), the first
//! waiting detainee who can take it is offered it ([`offers`]); booking them takes them off the
//! list (the rulebook records `WaitingListLeft` with the booking), and staff can take them off
//! too.
//!
//! An entry names only the detainee, the kind, the day and the slot wanted: never the caller's
//! name or contact. Events are kept for ever and reach every tablet, while a caller's contact is
//! held beside a booking and erased after its slot ([`crate::contact`]).

use crate::booking::{self, FreeSlot};
use crate::dso::{Paragraph, RuleViolation, Subject};
use crate::ids::{BookingId, DetaineeId, WaitingId};
use crate::model::CallKind;
use crate::projection::Centre;
use crate::time::london_date;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A place on the waiting list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingEntry {
    /// Its id.
    pub entry: WaitingId,
    /// Who waits.
    pub detainee: DetaineeId,
    /// Social or legal.
    pub kind: CallKind,
    /// The London day they wait for.
    pub day: NaiveDate,
    /// The slot they wanted, if one.
    pub slot: Option<DateTime<Utc>>,
    /// When they joined (the event's time).
    pub joined_at: DateTime<Utc>,
    /// Whether they left (booked, or taken off); the booking that met it, if one did.
    pub left: Option<Option<BookingId>>,
}

impl WaitingEntry {
    /// Whether they still wait.
    pub fn is_open(&self) -> bool {
        self.left.is_none()
    }
}

/// A place offered to a waiting detainee: the entry and the free slot that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offer {
    /// The place on the list.
    pub entry: WaitingId,
    /// Who is offered it.
    pub detainee: DetaineeId,
    /// Social or legal.
    pub kind: CallKind,
    /// The slot offered.
    pub slot: FreeSlot,
}

impl Centre {
    /// Who waits for `day`'s calls of `kind`, first joined first.
    pub fn waiting_for(&self, day: NaiveDate, kind: CallKind) -> Vec<&WaitingEntry> {
        self.waiting
            .iter()
            .filter(|w| w.is_open() && w.day == day && w.kind == kind)
            .collect()
    }

    /// A place on the list, open or not.
    pub fn waiting_entry(&self, entry: WaitingId) -> Option<&WaitingEntry> {
        self.waiting.iter().find(|w| w.entry == entry)
    }

    pub(crate) fn join_waiting(&mut self, entry: WaitingEntry) {
        if self.waiting_entry(entry.entry).is_none() {
            self.waiting.push(entry);
        }
    }

    pub(crate) fn leave_waiting(&mut self, entry: WaitingId, booking: Option<BookingId>) {
        if let Some(w) = self
            .waiting
            .iter_mut()
            .find(|w| w.entry == entry && w.is_open())
        {
            w.left = Some(booking);
        }
    }
}

fn not_found() -> RuleViolation {
    RuleViolation::NotFound {
        paragraph: Paragraph::P9,
        what: Subject::WaitingPlace,
    }
}

fn already() -> RuleViolation {
    RuleViolation::AlreadyRecorded {
        paragraph: Paragraph::P9,
        what: Subject::WaitingPlace,
    }
}

/// Whether `detainee` may join the waiting list for `day`'s calls of `kind` (and `slot`, if
/// one): a new entry, a day to come that the centre has slots on, the slot one of them, no
/// suspension in force (§17), and not waiting for that day and kind already.
pub fn check_join(
    centre: &Centre,
    entry: WaitingId,
    detainee: DetaineeId,
    kind: CallKind,
    day: NaiveDate,
    slot: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), RuleViolation> {
    if centre.waiting_entry(entry).is_some() {
        return Err(already());
    }
    if centre.suspension_in_force(detainee, now).is_some() {
        return Err(RuleViolation::Suspended);
    }
    if day < london_date(now) {
        return Err(not_found());
    }
    let slots = centre
        .schedule
        .as_ref()
        .map(|s| s.slots_on(day))
        .unwrap_or_default();
    if slots.is_empty() || slot.is_some_and(|s| !slots.contains(&s)) {
        return Err(RuleViolation::SlotOutsideOpeningHours);
    }
    if centre
        .waiting_for(day, kind)
        .iter()
        .any(|w| w.detainee == detainee)
    {
        return Err(already());
    }
    Ok(())
}

/// Whether a place on the list can be left: it exists and is open.
pub fn check_leave(centre: &Centre, entry: WaitingId) -> Result<(), RuleViolation> {
    match centre.waiting_entry(entry) {
        Some(w) if w.is_open() => Ok(()),
        _ => Err(not_found()),
    }
}

/// The place a booking of `detainee` for a call of `kind` at `slot_start` meets: their open
/// entry for that London day and kind. The rulebook records it left with the booking.
pub fn met_by(
    centre: &Centre,
    detainee: DetaineeId,
    kind: CallKind,
    slot_start: DateTime<Utc>,
) -> Option<WaitingId> {
    centre
        .waiting_for(london_date(slot_start), kind)
        .into_iter()
        .find(|w| w.detainee == detainee)
        .map(|w| w.entry)
}

/// The places that are free on `day` for those waiting for it, in the order they joined:
/// each waiting detainee is offered at most one slot — the one they wanted if a place is free
/// in it, else the first with a place — and a slot is offered to no more detainees than it
/// has places. Only free places are offered (a legal call that would displace a social one is
/// booked the usual way, not from the list). Empty before `now`'s day or beyond
/// `horizon_days`.
pub fn offers(
    centre: &Centre,
    day: NaiveDate,
    now: DateTime<Utc>,
    horizon_days: u32,
) -> Vec<Offer> {
    let Some(schedule) = &centre.schedule else {
        return Vec::new();
    };
    let mut promised: HashMap<DateTime<Utc>, usize> = HashMap::new();
    let mut out = Vec::new();
    for w in centre
        .waiting
        .iter()
        .filter(|w| w.is_open() && w.day == day)
    {
        let places = |s: &FreeSlot, promised: &HashMap<DateTime<Utc>, usize>| {
            let taken = centre.bookings_in_slot(s.start).len()
                + promised.get(&s.start).copied().unwrap_or(0);
            !s.displaces_social && taken < usize::from(schedule.call_points)
        };
        let free: Vec<FreeSlot> =
            booking::free_slots(centre, w.detainee, w.kind, now, horizon_days)
                .into_iter()
                .filter(|s| s.date == day && places(s, &promised))
                .collect();
        let chosen = free
            .iter()
            .find(|s| Some(s.start) == w.slot)
            .or_else(|| free.first());
        if let Some(slot) = chosen {
            *promised.entry(slot.start).or_default() += 1;
            out.push(Offer {
                entry: w.entry,
                detainee: w.detainee,
                kind: w.kind,
                slot: *slot,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actor::{Actor, Role};
    use crate::event::EventBody;
    use crate::ids::StaffId;
    use crate::model::{CancelReason, OpeningWindow, Schedule};
    use crate::recorder::TestLine;
    use chrono::{NaiveTime, TimeZone};
    use proptest::prelude::*;

    fn id(n: u8) -> uuid::Uuid {
        crate::ids::new_v7(1_700_000_000_000 + u64::from(n), [n; 10])
    }

    fn dco() -> Actor {
        Actor::Staff {
            id: StaffId(id(201)),
            role: Role::Dco,
        }
    }

    fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 2, h, 0, 0).unwrap()
    }

    const NOW: DateTime<Utc> = DateTime::from_timestamp(1_793_606_400, 0).unwrap();

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
    }

    fn d(n: u8) -> DetaineeId {
        DetaineeId(id(n))
    }

    /// A centre open 09:00–16:00 (seven 60-minute slots), `points` calls at once, at 08:00 on
    /// Monday 2 November 2026 (GMT).
    fn centre(points: u16) -> TestLine {
        let mut line = TestLine::default();
        let schedule = Schedule::every_day(
            vec![OpeningWindow {
                start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                end: NaiveTime::from_hms_opt(16, 0, 0).unwrap(),
            }],
            60,
            points,
            NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        );
        line.act(
            Actor::Staff {
                id: StaffId(id(200)),
                role: Role::Administrator,
            },
            EventBody::CentreScheduleChanged { schedule },
            NOW,
        )
        .unwrap();
        line
    }

    fn book(
        line: &mut TestLine,
        n: u8,
        who: DetaineeId,
        h: u32,
    ) -> Result<Vec<EventBody>, RuleViolation> {
        line.act(
            dco(),
            EventBody::CallBooked {
                booking: BookingId(id(n)),
                detainee: who,
                kind: CallKind::Social,
                slot_start: at(h),
            },
            NOW,
        )
    }

    fn join(
        line: &mut TestLine,
        n: u8,
        who: DetaineeId,
        slot: Option<u32>,
    ) -> Result<Vec<EventBody>, RuleViolation> {
        line.act(
            dco(),
            EventBody::WaitingListJoined {
                entry: WaitingId(id(n)),
                detainee: who,
                kind: CallKind::Social,
                day: today(),
                slot: slot.map(at),
            },
            NOW,
        )
    }

    fn cancel(line: &mut TestLine, n: u8) {
        line.act(
            dco(),
            EventBody::CallCancelled {
                booking: BookingId(id(n)),
                displaced_by_legal: false,
                reason: Some(CancelReason::CallerAsked),
            },
            NOW,
        )
        .unwrap();
    }

    #[test]
    fn dso_9_a_place_freed_by_a_cancellation_goes_to_the_first_waiting_and_booking_takes_them_off()
    {
        let mut line = centre(1);
        for h in 9..16 {
            let n = u8::try_from(h).unwrap();
            book(&mut line, n, d(n), h).unwrap();
        }
        join(&mut line, 50, d(20), Some(11)).unwrap();
        join(&mut line, 51, d(21), None).unwrap();
        // Waiting twice for the same day and kind is refused; so is a day that is over.
        assert!(matches!(
            join(&mut line, 52, d(20), None),
            Err(RuleViolation::AlreadyRecorded { .. })
        ));
        assert!(
            line.act(
                dco(),
                EventBody::WaitingListJoined {
                    entry: WaitingId(id(53)),
                    detainee: d(22),
                    kind: CallKind::Social,
                    day: today().pred_opt().unwrap(),
                    slot: None,
                },
                NOW,
            )
            .is_err()
        );
        let c = line.centre();
        assert_eq!(
            c.waiting_for(today(), CallKind::Social)
                .iter()
                .map(|w| w.detainee)
                .collect::<Vec<_>>(),
            [d(20), d(21)]
        );
        // Everything is full: nothing to offer.
        assert!(offers(c, today(), NOW, 14).is_empty());
        // 10:00 frees: the first waiting (who wanted 11:00) is offered 10:00, not the second.
        cancel(&mut line, 10);
        let o = offers(line.centre(), today(), NOW, 14);
        assert_eq!(o.len(), 1);
        assert_eq!((o[0].detainee, o[0].slot.start), (d(20), at(10)));
        // Booking them records their leaving with the booking.
        let made = book(&mut line, 60, d(20), 10).unwrap();
        assert!(made.contains(&EventBody::WaitingListLeft {
            entry: WaitingId(id(50)),
            booking: Some(BookingId(id(60))),
        }));
        assert_eq!(
            line.centre()
                .waiting_for(today(), CallKind::Social)
                .iter()
                .map(|w| w.detainee)
                .collect::<Vec<_>>(),
            [d(21)]
        );
        // Taken off by staff: once.
        let leave = EventBody::WaitingListLeft {
            entry: WaitingId(id(51)),
            booking: None,
        };
        line.act(dco(), leave.clone(), NOW).unwrap();
        assert!(line.act(dco(), leave, NOW).is_err());
    }

    #[test]
    fn a_waiting_place_is_refused_for_a_slot_the_centre_does_not_have() {
        let mut line = centre(1);
        assert_eq!(
            join(&mut line, 50, d(20), Some(17)),
            Err(RuleViolation::SlotOutsideOpeningHours)
        );
    }

    proptest! {
        /// Whatever was booked, cancelled and joined: a slot is offered to no more detainees
        /// than it has places, each waiting detainee at most once, in the order they joined
        /// (an entry offered nothing has no slot it could take that a later one was given),
        /// and the rulebook books every offer.
        #[test]
        fn offers_never_exceed_the_places_and_follow_the_order_joined(
            points in 1u16..3,
            bookings in proptest::collection::vec((0u8..6, 9u32..16), 0..16),
            cancels in proptest::collection::vec(0usize..16, 0..6),
            waiting in proptest::collection::vec((6u8..12, proptest::option::of(9u32..16)), 0..6),
        ) {
            let mut line = centre(points);
            let mut booked = Vec::new();
            for (i, (who, h)) in bookings.iter().enumerate() {
                let n = 100 + u8::try_from(i).unwrap();
                if book(&mut line, n, d(*who), *h).is_ok() {
                    booked.push(n);
                }
            }
            for (i, (who, slot)) in waiting.iter().enumerate() {
                let _ = join(&mut line, 150 + u8::try_from(i).unwrap(), d(*who), *slot);
            }
            for c in cancels {
                if let Some(n) = booked.get(c) {
                    let _ = line.act(dco(), EventBody::CallCancelled {
                        booking: BookingId(id(*n)),
                        displaced_by_legal: false,
                        reason: None,
                    }, NOW);
                }
            }
            let centre = line.centre();
            let o = offers(centre, today(), NOW, 14);
            let mut per_slot: HashMap<DateTime<Utc>, usize> = HashMap::new();
            for x in &o {
                *per_slot.entry(x.slot.start).or_default() += 1;
            }
            for (start, n) in &per_slot {
                prop_assert!(centre.bookings_in_slot(*start).len() + n <= usize::from(points));
            }
            let order: Vec<WaitingId> = centre
                .waiting_for(today(), CallKind::Social)
                .iter()
                .map(|w| w.entry)
                .collect();
            let offered: Vec<WaitingId> = o.iter().map(|x| x.entry).collect();
            let positions: Vec<usize> = offered
                .iter()
                .map(|e| order.iter().position(|x| x == e).unwrap())
                .collect();
            prop_assert!(positions.windows(2).all(|p| p[0] < p[1]));
            // An entry passed over could take none of the places given to later ones.
            for (i, w) in order.iter().enumerate() {
                if offered.contains(w) {
                    continue;
                }
                let entry = centre.waiting_entry(*w).unwrap();
                let could: Vec<_> = booking::free_slots(centre, entry.detainee, entry.kind, NOW, 14)
                    .into_iter()
                    .map(|s| s.start)
                    .collect();
                for later in o.iter().filter(|x| order.iter().position(|e| *e == x.entry).unwrap() > i) {
                    prop_assert!(!could.contains(&later.slot.start));
                }
            }
            // Every offer is one the rulebook books, each in turn.
            for (k, x) in o.iter().enumerate() {
                let made = line.act(dco(), EventBody::CallBooked {
                    booking: BookingId(id(200 + u8::try_from(k).unwrap())),
                    detainee: x.detainee,
                    kind: x.kind,
                    slot_start: x.slot.start,
                }, NOW);
                prop_assert!(made.is_ok(), "{:?}", made);
            }
        }
    }
}
