//! Who is signed in on which tablet (§16: no unauthorised access). A member of staff signs in
//! on a tablet with their PIN, offline too, and the tablet records it as an event
//! ([`EventBody::StaffSignedIn`]); signing out is one too ([`EventBody::StaffSignedOut`]), and
//! so is another member of staff signing in on the same tablet, which ends the first's.
//!
//! [`OnTablet`] walks one tablet's log in order and says, for each event, whether its actor
//! was signed in on that tablet at that point: a member of staff acts only while signed in
//! on it, a detainee only while a member of staff is (a DCO hands them the tablet). The
//! centre server refuses what it does not admit, so a tablet's key alone cannot act as
//! someone who never typed their PIN on it; the sign-ins themselves are in the log for
//! anyone auditing who did what where.
//!
//! [`EventBody::StaffSignedIn`]: crate::event::EventBody::StaffSignedIn
//! [`EventBody::StaffSignedOut`]: crate::event::EventBody::StaffSignedOut

use crate::actor::Actor;
use crate::event::{Event, EventBody};
use crate::ids::StaffId;

/// Why a tablet's event is not admitted: its actor was not signed in on the tablet then.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotSignedIn {
    /// A member of staff acted, or signed out, without being signed in on the tablet.
    #[error(
        "staff member {staff} was not signed in on this tablet when it recorded this: \
         sign in on the tablet with the staff number and PIN, then do it again"
    )]
    Staff {
        /// Who acted.
        staff: StaffId,
    },
    /// A detainee acted while no member of staff was signed in on the tablet.
    #[error(
        "a detainee acted on this tablet while no member of staff was signed in on it: a \
         DCO signs in before handing the tablet over"
    )]
    NoStaff,
    /// A detainee cannot sign in on a tablet.
    #[error("only staff sign in on a tablet")]
    DetaineeSignIn,
}

/// Who is signed in on one tablet, as its log says at some point of it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OnTablet {
    staff: Option<StaffId>,
}

impl OnTablet {
    /// At a point of the tablet's log where `staff` is signed in on it (or nobody).
    pub fn new(staff: Option<StaffId>) -> Self {
        Self { staff }
    }

    /// Who is signed in now.
    pub fn staff(&self) -> Option<StaffId> {
        self.staff
    }

    /// Admits the tablet's next event, or says why not. An admitted sign-in or sign-out
    /// changes who is signed in; a refused event changes nothing.
    pub fn admit(&mut self, event: &Event) -> Result<(), NotSignedIn> {
        match (&event.body, event.actor) {
            (EventBody::StaffSignedIn {}, Actor::Staff { id, .. }) => {
                self.staff = Some(id);
                Ok(())
            }
            (EventBody::StaffSignedIn {}, Actor::Detainee { .. }) => {
                Err(NotSignedIn::DetaineeSignIn)
            }
            (EventBody::StaffSignedOut {}, Actor::Staff { id, .. }) if self.staff == Some(id) => {
                self.staff = None;
                Ok(())
            }
            (_, Actor::Staff { id, .. }) if self.staff == Some(id) => Ok(()),
            (_, Actor::Staff { id, .. }) => Err(NotSignedIn::Staff { staff: id }),
            (_, Actor::Detainee { .. }) if self.staff.is_some() => Ok(()),
            (_, Actor::Detainee { .. }) => Err(NotSignedIn::NoStaff),
        }
    }

    /// Who is signed in after `event`, if it is admitted; unchanged if not.
    pub fn after(mut self, event: &Event) -> Self {
        let _ = self.admit(event);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actor::Role;
    use crate::clock::Stamp;
    use crate::ids::{DetaineeId, DeviceId, EventId};
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    fn event(n: u128, actor: Actor, body: EventBody) -> Event {
        let device = DeviceId(Uuid::from_u128(1));
        Event {
            id: EventId(Uuid::from_u128(n)),
            stamp: Stamp {
                wall_ms: 1_000 + i64::try_from(n).unwrap(),
                counter: 0,
                device,
            },
            device,
            actor,
            recorded_at: Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap(),
            body,
        }
    }

    fn dco(n: u128) -> Actor {
        Actor::Staff {
            id: StaffId(Uuid::from_u128(n)),
            role: Role::Dco,
        }
    }

    fn session() -> EventBody {
        EventBody::SessionOpened {
            detainee: DetaineeId(Uuid::from_u128(9)),
        }
    }

    #[test]
    fn staff_act_only_between_their_sign_in_and_sign_out_on_the_tablet() {
        let detainee = Actor::Detainee {
            id: DetaineeId(Uuid::from_u128(9)),
        };
        let mut t = OnTablet::default();
        let walk = [
            (event(1, dco(1), session()), false),
            (event(2, detainee, session()), false),
            (event(3, dco(1), EventBody::StaffSignedIn {}), true),
            (event(4, dco(1), session()), true),
            (event(5, detainee, session()), true),
            (event(6, dco(2), session()), false),
            (event(7, dco(2), EventBody::StaffSignedOut {}), false),
            // Another signs in: the first's sign-in ends.
            (event(8, dco(2), EventBody::StaffSignedIn {}), true),
            (event(9, dco(1), session()), false),
            (event(10, dco(2), EventBody::StaffSignedOut {}), true),
            (event(11, dco(2), session()), false),
            (event(12, detainee, EventBody::StaffSignedIn {}), false),
        ];
        for (e, admitted) in walk {
            assert_eq!(t.admit(&e).is_ok(), admitted, "{:?}", e.id);
        }
        assert_eq!(t.staff(), None);
        let refusal = OnTablet::new(None)
            .admit(&event(13, dco(1), session()))
            .unwrap_err()
            .to_string();
        assert!(refusal.contains("sign in on the tablet"), "{refusal}");
    }
}
