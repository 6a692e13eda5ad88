//! The administrator's decisions on staff accounts and tablets, as events (§16: secure
//! infrastructure, no unauthorised access): [`EventBody::StaffAccountSet`],
//! [`EventBody::DeviceEnrolled`] and [`EventBody::DeviceRevoked`].
//!
//! The events say who decided what and when; they never carry a name, PIN or hash (events
//! sync to every tablet). The secrets and the tables the server signs requests against stay
//! the server's; these rules refuse only what the events alone show is wrong.
//!
//! [`EventBody::StaffAccountSet`]: crate::event::EventBody::StaffAccountSet
//! [`EventBody::DeviceEnrolled`]: crate::event::EventBody::DeviceEnrolled
//! [`EventBody::DeviceRevoked`]: crate::event::EventBody::DeviceRevoked

use crate::actor::{Actor, Role};
use crate::dso::{Field, Paragraph, RuleViolation, Subject};
use crate::ids::{DeviceId, StaffId};
use crate::projection::Centre;
use crate::rules::MAX_TEXT;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A tablet as its events show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tablet {
    /// When it was enrolled (None: enrolled before enrolments were events).
    pub enrolled_at: Option<DateTime<Utc>>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// An administrator may set any account but their own to inactive or to another role: the
/// centre must not lose its administrator by a slip (another administrator can do it).
pub fn check_staff(
    actor: &Actor,
    staff: StaffId,
    role: Role,
    active: bool,
) -> Result<(), RuleViolation> {
    match actor {
        Actor::Staff { id, .. } if *id == staff && (!active || role != Role::Administrator) => {
            Err(RuleViolation::NotPermitted {
                paragraph: Paragraph::P16,
                role: Role::Administrator.label().to_owned(),
                action: "disable their own account or change its role (another administrator \
                         must)"
                    .to_owned(),
            })
        }
        _ => Ok(()),
    }
}

/// A tablet is enrolled once: a device id already enrolled is refused.
pub fn check_enrol(centre: &Centre, device: DeviceId) -> Result<(), RuleViolation> {
    if centre.devices.contains_key(&device) {
        return Err(RuleViolation::AlreadyRecorded {
            paragraph: Paragraph::P16,
            what: Subject::TabletEnrolment,
        });
    }
    Ok(())
}

/// A tablet is revoked once; a reason, when given, is 1–4000 characters. A tablet the events
/// do not know may be revoked: it was enrolled before enrolments were events (the server's own
/// table says whether it exists).
pub fn check_revoke(
    centre: &Centre,
    device: DeviceId,
    reason: Option<&str>,
) -> Result<(), RuleViolation> {
    if let Some(reason) = reason {
        let n = reason.trim().chars().count();
        if n == 0 || n > MAX_TEXT {
            return Err(RuleViolation::TextLength {
                paragraph: Paragraph::P16,
                field: Field::Reason,
                max: MAX_TEXT,
            });
        }
    }
    if centre
        .devices
        .get(&device)
        .is_some_and(|t| t.revoked_at.is_some())
    {
        return Err(RuleViolation::AlreadyRecorded {
            paragraph: Paragraph::P16,
            what: Subject::TabletRevocation,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::EventBody;
    use crate::projection::Timeline;
    use crate::recorder::TestLine;
    use crate::rules::decide;
    use chrono::TimeZone;

    fn id(n: u8) -> uuid::Uuid {
        crate::ids::new_v7(1_700_000_000_000 + u64::from(n), [n; 10])
    }

    fn staff(n: u8, role: Role) -> Actor {
        Actor::Staff {
            id: StaffId(id(n)),
            role,
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap()
    }

    /// Decides as a shell does and records what the rules return.
    fn act(line: &mut TestLine, actor: Actor, body: EventBody) -> Result<(), RuleViolation> {
        line.act(actor, body, now()).map(|_| ())
    }

    #[test]
    fn dso_16_only_the_administrator_sets_staff_accounts_and_tablets() {
        let line = Timeline::default();
        let bodies = [
            EventBody::StaffAccountSet {
                staff: StaffId(id(1)),
                role: Role::Dco,
                active: true,
            },
            EventBody::DeviceEnrolled {
                device: DeviceId(id(2)),
            },
            EventBody::DeviceRevoked {
                device: DeviceId(id(2)),
                reason: None,
            },
        ];
        for body in bodies {
            for role in Role::ALL {
                let r = decide(line.centre(), &staff(9, role), body.clone(), now());
                assert_eq!(r.is_ok(), role == Role::Administrator, "{role:?} {body:?}");
                if let Err(v) = r {
                    assert_eq!(v.paragraph(), Paragraph::P16);
                }
            }
        }
    }

    #[test]
    fn dso_16_an_administrator_cannot_disable_or_demote_their_own_account() {
        let me = staff(9, Role::Administrator);
        let mine = |role, active| EventBody::StaffAccountSet {
            staff: StaffId(id(9)),
            role,
            active,
        };
        let line = Timeline::default();
        assert!(decide(line.centre(), &me, mine(Role::Administrator, false), now()).is_err());
        assert!(decide(line.centre(), &me, mine(Role::Dco, true), now()).is_err());
        // Setting their own PIN again keeps them an active administrator: allowed.
        assert!(decide(line.centre(), &me, mine(Role::Administrator, true), now()).is_ok());
        // Another administrator may.
        let other = staff(8, Role::Administrator);
        assert!(decide(line.centre(), &other, mine(Role::Dco, false), now()).is_ok());
    }

    #[test]
    fn dso_16_a_tablet_is_enrolled_once_and_revoked_once() {
        let admin = staff(9, Role::Administrator);
        let device = DeviceId(id(2));
        let mut line = TestLine::default();
        act(&mut line, admin, EventBody::DeviceEnrolled { device }).unwrap();
        assert_eq!(line.centre().devices[&device].enrolled_at, Some(now()));
        assert!(act(&mut line, admin, EventBody::DeviceEnrolled { device }).is_err());
        let revoke = |reason: Option<&str>| EventBody::DeviceRevoked {
            device,
            reason: reason.map(str::to_owned),
        };
        let empty = act(&mut line, admin, revoke(Some("  "))).unwrap_err();
        assert!(matches!(empty, RuleViolation::TextLength { .. }), "{empty}");
        act(&mut line, admin, revoke(Some("Lost on wing B"))).unwrap();
        assert_eq!(line.centre().devices[&device].revoked_at, Some(now()));
        let again = act(&mut line, admin, revoke(None)).unwrap_err();
        assert_eq!(
            again,
            RuleViolation::AlreadyRecorded {
                paragraph: Paragraph::P16,
                what: Subject::TabletRevocation
            }
        );
        // A tablet enrolled before enrolments were events can still be revoked, once.
        let old = DeviceId(id(3));
        act(
            &mut line,
            admin,
            EventBody::DeviceRevoked {
                device: old,
                reason: None,
            },
        )
        .unwrap();
        assert!(
            act(
                &mut line,
                admin,
                EventBody::DeviceRevoked {
                    device: old,
                    reason: None
                }
            )
            .is_err()
        );
    }
}
