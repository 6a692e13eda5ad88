//! Who may record what: the whole role × action table, as a snapshot a reviewer can read.

use kinline_shared::actor::{Actor, Role, may_record};
use kinline_shared::event::EventKind;
use kinline_shared::ids::DetaineeId;
use uuid::Uuid;

fn table() -> String {
    let mut out =
        String::from("action | DCO | CM | DCM | Compliance | Security | Admin | Detainee\n");
    for kind in EventKind::ALL {
        out.push_str(kind.action());
        for role in Role::ALL {
            let actor = Actor::Staff {
                id: kinline_shared::ids::StaffId(Uuid::nil()),
                role,
            };
            out.push_str(if may_record(&actor, kind) {
                " | yes"
            } else {
                " | -"
            });
        }
        let detainee = Actor::Detainee {
            id: DetaineeId(Uuid::nil()),
        };
        out.push_str(if may_record(&detainee, kind) {
            " | yes"
        } else {
            " | -"
        });
        out.push('\n');
    }
    out
}

#[test]
fn the_permission_table_is_as_reviewed() {
    insta::assert_snapshot!(table());
}

#[test]
fn dso_17_only_centre_and_deputy_centre_managers_suspend() {
    for role in Role::ALL {
        let actor = Actor::Staff {
            id: kinline_shared::ids::StaffId(Uuid::nil()),
            role,
        };
        assert_eq!(
            may_record(&actor, EventKind::SuspensionDecided),
            role.is_centre_manager(),
            "{role:?}"
        );
    }
}

#[test]
fn dso_18_only_the_compliance_manager_authorises_and_reviews() {
    for role in Role::ALL {
        let actor = Actor::Staff {
            id: kinline_shared::ids::StaffId(Uuid::nil()),
            role,
        };
        let cm = role == Role::ComplianceManager;
        assert_eq!(may_record(&actor, EventKind::SuspensionAuthorised), cm);
        assert_eq!(may_record(&actor, EventKind::SuspensionReviewed), cm);
    }
}
