//! Named rooms where calls take place ("Visits room 2"), added and retired by the
//! administrator (§7), and the rules for putting a booked call in one (§9).
//!
//! Rooms came after bookings: a booking recorded before any room existed, or while every room
//! was full, has no room and uses the centre's unnamed call points ([`Schedule::call_points`]),
//! exactly as before. Nothing is rewritten: a room is placed by a later
//! [`EventBody::CallRoomAssigned`](crate::event::EventBody::CallRoomAssigned).
//!
//! [`Schedule::call_points`]: crate::model::Schedule::call_points

use crate::dso::{Field, Paragraph, RuleViolation, Subject};
use crate::ids::{BookingId, RoomId};
use crate::projection::Centre;
use crate::workflow::call::CallPhase;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The most calls one room may hold at once.
pub const MAX_ROOM_CAPACITY: u16 = 50;
/// The longest room name, in characters.
pub const MAX_ROOM_NAME: usize = 80;

/// A room, as folded from its events.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Room {
    /// Its id.
    pub id: RoomId,
    /// Its name.
    pub name: String,
    /// How many calls can run in it at once.
    pub capacity: u16,
    /// False once retired.
    pub active: bool,
    /// When it was added (device clock of the recording).
    pub added_at: DateTime<Utc>,
}

/// The name compared for duplicates: trimmed, case and inner spacing ignored.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether a room may be added: a new id, a name of 1–80 characters not used by another
/// active room, a capacity of 1–50.
pub fn check_add(
    centre: &Centre,
    room: RoomId,
    name: &str,
    capacity: u16,
) -> Result<(), RuleViolation> {
    let n = name.trim().chars().count();
    if n == 0 || n > MAX_ROOM_NAME {
        return Err(RuleViolation::TextLength {
            paragraph: Paragraph::P7,
            field: Field::RoomName,
            max: MAX_ROOM_NAME,
        });
    }
    if !(1..=MAX_ROOM_CAPACITY).contains(&capacity) {
        return Err(RuleViolation::RoomCapacity {
            capacity,
            max: MAX_ROOM_CAPACITY,
        });
    }
    if centre.rooms.contains_key(&room) {
        return Err(RuleViolation::AlreadyRecorded {
            paragraph: Paragraph::P7,
            what: Subject::Room,
        });
    }
    let key = name_key(name);
    if centre
        .rooms
        .values()
        .any(|r| r.active && name_key(&r.name) == key)
    {
        return Err(RuleViolation::RoomNameTaken {
            name: name.trim().to_owned(),
        });
    }
    Ok(())
}

/// Whether a room may be retired: it exists and is active.
pub fn check_retire(centre: &Centre, room: RoomId) -> Result<(), RuleViolation> {
    match centre.rooms.get(&room) {
        Some(r) if r.active => Ok(()),
        _ => Err(RuleViolation::NotFound {
            paragraph: Paragraph::P7,
            what: Subject::ActiveRoom,
        }),
    }
}

/// How many calls of a slot are in a room, leaving out `except` (the booking being moved, or
/// one a legal call displaces).
pub fn load(centre: &Centre, room: RoomId, slot: DateTime<Utc>, except: &[BookingId]) -> usize {
    centre
        .bookings_in_slot(slot)
        .iter()
        .filter(|c| !except.contains(&c.info.booking))
        .filter(|c| centre.call_rooms.get(&c.info.booking) == Some(&room))
        .count()
}

/// Whether a booked call may be put in a room: the call is booked and not over, the room is
/// active, and it has a place free in the call's slot.
pub fn check_assign(
    centre: &Centre,
    booking: BookingId,
    room: RoomId,
) -> Result<(), RuleViolation> {
    let call = centre
        .calls
        .get(&booking)
        .filter(|c| !matches!(c.phase, CallPhase::Finished { .. }))
        .ok_or(RuleViolation::NotFound {
            paragraph: Paragraph::P9,
            what: Subject::BookedCall,
        })?;
    let r = centre.rooms.get(&room).ok_or(RuleViolation::NotFound {
        paragraph: Paragraph::P9,
        what: Subject::Room,
    })?;
    if !r.active {
        return Err(RuleViolation::RoomNotActive {
            name: r.name.clone(),
        });
    }
    if load(centre, room, call.info.slot_start, &[booking]) >= usize::from(r.capacity) {
        return Err(RuleViolation::RoomFull {
            name: r.name.clone(),
        });
    }
    Ok(())
}

/// The room a new booking in `slot` goes to: the first active room by name with a place free,
/// counting `displaced`'s place as free. None when there are no rooms or all are full (the
/// booking then uses an unnamed call point).
pub fn free_room(centre: &Centre, slot: DateTime<Utc>, displaced: &[BookingId]) -> Option<RoomId> {
    centre
        .active_rooms()
        .into_iter()
        .find(|r| load(centre, r.id, slot, displaced) < usize::from(r.capacity))
        .map(|r| r.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actor::{Actor, Role};
    use crate::event::EventBody;
    use crate::ids::{DetaineeId, StaffId};
    use crate::model::{CallKind, OpeningWindow, Schedule};
    use crate::recorder::TestLine;
    use chrono::{NaiveDate, NaiveTime, TimeZone};

    fn id(n: u8) -> uuid::Uuid {
        crate::ids::new_v7(1_700_000_000_000 + u64::from(n), [n; 10])
    }

    struct T {
        line: TestLine,
        now: DateTime<Utc>,
    }

    fn admin() -> Actor {
        Actor::Staff {
            id: StaffId(id(200)),
            role: Role::Administrator,
        }
    }

    fn dco() -> Actor {
        Actor::Staff {
            id: StaffId(id(201)),
            role: Role::Dco,
        }
    }

    impl T {
        fn new() -> Self {
            Self::with_points(4)
        }

        fn with_points(points: u16) -> Self {
            let now = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
            let mut t = Self {
                line: TestLine::default(),
                now,
            };
            let schedule = Schedule::every_day(
                vec![OpeningWindow {
                    start: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
                    end: NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
                }],
                30,
                points,
                NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            );
            t.act(admin(), EventBody::CentreScheduleChanged { schedule })
                .unwrap();
            t
        }

        fn centre(&self) -> &Centre {
            self.line.centre()
        }

        /// Decides as a shell does and records what the rules return.
        fn act(&mut self, actor: Actor, body: EventBody) -> Result<Vec<EventBody>, RuleViolation> {
            self.line.act(actor, body, self.now)
        }

        fn add(&mut self, n: u8, name: &str, capacity: u16) -> Result<RoomId, RuleViolation> {
            let room = RoomId(id(n));
            self.act(
                admin(),
                EventBody::RoomAdded {
                    room,
                    name: name.into(),
                    capacity,
                },
            )?;
            Ok(room)
        }

        fn book(&mut self, n: u8, kind: CallKind) -> Result<Vec<EventBody>, RuleViolation> {
            let slot = Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap();
            self.act(
                dco(),
                EventBody::CallBooked {
                    booking: BookingId(id(n)),
                    detainee: DetaineeId(id(n + 100)),
                    kind,
                    slot_start: slot,
                },
            )
        }
    }

    #[test]
    fn dso_7_an_administrator_adds_a_named_room_and_nobody_else_may() {
        let mut t = T::new();
        let room = t.add(1, "Visits room 2", 1).unwrap();
        assert_eq!(t.centre().rooms[&room].name, "Visits room 2");
        assert!(t.centre().rooms[&room].active);
        let refused = t.act(
            dco(),
            EventBody::RoomAdded {
                room: RoomId(id(2)),
                name: "Library".into(),
                capacity: 1,
            },
        );
        assert!(matches!(
            refused,
            Err(RuleViolation::NotPermitted {
                paragraph: Paragraph::P7,
                ..
            })
        ));
    }

    #[test]
    fn dso_7_a_room_name_already_used_by_an_active_room_is_refused_until_that_room_retires() {
        let mut t = T::new();
        let first = t.add(1, "Visits room 2", 1).unwrap();
        let again = t.add(2, "  visits  ROOM 2 ", 2);
        assert_eq!(
            again,
            Err(RuleViolation::RoomNameTaken {
                name: "visits  ROOM 2".into()
            })
        );
        t.act(admin(), EventBody::RoomRetired { room: first })
            .unwrap();
        assert!(t.add(3, "Visits room 2", 2).is_ok());
        assert_eq!(t.centre().active_rooms().len(), 1);
    }

    #[test]
    fn dso_7_room_names_and_capacities_out_of_range_are_refused() {
        let mut t = T::new();
        assert!(matches!(
            t.add(1, "   ", 1),
            Err(RuleViolation::TextLength { .. })
        ));
        assert!(matches!(
            t.add(2, &"x".repeat(81), 1),
            Err(RuleViolation::TextLength { .. })
        ));
        assert_eq!(
            t.add(3, "Room", 0),
            Err(RuleViolation::RoomCapacity {
                capacity: 0,
                max: 50
            })
        );
        assert!(t.add(4, "Room", 50).is_ok());
    }

    #[test]
    fn dso_9_a_new_booking_goes_to_the_first_active_room_with_a_place_then_to_a_call_point() {
        let mut t = T::new();
        let a = t.add(1, "A room", 1).unwrap();
        let b = t.add(2, "B room", 1).unwrap();
        let out = t.book(10, CallKind::Social).unwrap();
        assert_eq!(
            out.last(),
            Some(&EventBody::CallRoomAssigned {
                booking: BookingId(id(10)),
                room: a
            })
        );
        t.book(11, CallKind::Social).unwrap();
        assert_eq!(t.centre().room_of(BookingId(id(11))).unwrap().id, b);
        // Both rooms are full: the booking still stands, on an unnamed call point.
        let out = t.book(12, CallKind::Social).unwrap();
        assert_eq!(out.len(), 1);
        assert_eq!(t.centre().room_of(BookingId(id(12))), None);
    }

    #[test]
    fn dso_7_a_retired_room_cannot_be_booked_and_its_calls_keep_it() {
        let mut t = T::new();
        let a = t.add(1, "A room", 2).unwrap();
        t.book(10, CallKind::Social).unwrap();
        t.act(admin(), EventBody::RoomRetired { room: a }).unwrap();
        // The call placed before keeps its room: events are facts.
        assert_eq!(t.centre().room_of(BookingId(id(10))).unwrap().id, a);
        // A new booking is not put there, and putting one there by hand is refused.
        let out = t.book(11, CallKind::Social).unwrap();
        assert_eq!(out.len(), 1);
        assert_eq!(
            t.act(
                dco(),
                EventBody::CallRoomAssigned {
                    booking: BookingId(id(11)),
                    room: a
                }
            ),
            Err(RuleViolation::RoomNotActive {
                name: "A room".into()
            })
        );
        // Retiring twice is refused.
        assert!(matches!(
            t.act(admin(), EventBody::RoomRetired { room: a }),
            Err(RuleViolation::NotFound { .. })
        ));
    }

    #[test]
    fn dso_9_a_full_room_refuses_another_call_in_the_same_slot_and_a_move_frees_its_place() {
        let mut t = T::new();
        let a = t.add(1, "A room", 1).unwrap();
        let b = t.add(2, "B room", 1).unwrap();
        t.book(10, CallKind::Social).unwrap(); // → A
        t.book(11, CallKind::Social).unwrap(); // → B
        let into_a = EventBody::CallRoomAssigned {
            booking: BookingId(id(11)),
            room: a,
        };
        assert_eq!(
            t.act(dco(), into_a.clone()),
            Err(RuleViolation::RoomFull {
                name: "A room".into()
            })
        );
        // Moving the first call to... its own room again is fine (it does not count itself).
        t.act(
            dco(),
            EventBody::CallRoomAssigned {
                booking: BookingId(id(10)),
                room: a,
            },
        )
        .unwrap();
        // Cancelling the call in A frees A.
        t.act(
            dco(),
            EventBody::CallCancelled {
                booking: BookingId(id(10)),
                displaced_by_legal: false,
                reason: None,
            },
        )
        .unwrap();
        t.act(dco(), into_a).unwrap();
        assert_eq!(t.centre().room_of(BookingId(id(11))).unwrap().id, a);
        assert_eq!(
            load(
                t.centre(),
                b,
                t.centre().calls[&BookingId(id(11))].info.slot_start,
                &[]
            ),
            0
        );
    }

    #[test]
    fn dso_9_a_legal_call_that_displaces_a_social_one_takes_its_room() {
        let mut t = T::with_points(2);
        let a = t.add(1, "A room", 1).unwrap();
        let b = t.add(2, "B room", 1).unwrap();
        t.book(10, CallKind::Social).unwrap(); // → A
        t.book(11, CallKind::Social).unwrap(); // → B, and the slot is full
        let out = t.book(20, CallKind::Legal).unwrap();
        assert_eq!(
            out,
            vec![
                EventBody::CallCancelled {
                    booking: BookingId(id(11)),
                    displaced_by_legal: true,
                    reason: None
                },
                EventBody::CallBooked {
                    booking: BookingId(id(20)),
                    detainee: DetaineeId(id(120)),
                    kind: CallKind::Legal,
                    slot_start: Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap(),
                },
                EventBody::CallRoomAssigned {
                    booking: BookingId(id(20)),
                    room: b
                },
            ]
        );
        assert_eq!(t.centre().room_of(BookingId(id(10))).unwrap().id, a);
    }

    #[test]
    fn a_call_that_is_over_or_unknown_cannot_be_put_in_a_room() {
        let mut t = T::new();
        let a = t.add(1, "A room", 1).unwrap();
        let unknown = t.act(
            dco(),
            EventBody::CallRoomAssigned {
                booking: BookingId(id(99)),
                room: a,
            },
        );
        assert!(matches!(
            unknown,
            Err(RuleViolation::NotFound {
                paragraph: Paragraph::P9,
                ..
            })
        ));
        t.book(10, CallKind::Social).unwrap();
        t.act(
            dco(),
            EventBody::CallCancelled {
                booking: BookingId(id(10)),
                displaced_by_legal: false,
                reason: None,
            },
        )
        .unwrap();
        let over = t.act(
            dco(),
            EventBody::CallRoomAssigned {
                booking: BookingId(id(10)),
                room: a,
            },
        );
        assert!(matches!(over, Err(RuleViolation::NotFound { .. })));
    }
}
