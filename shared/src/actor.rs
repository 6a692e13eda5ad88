//! Who acts: staff roles and the detainee, and which role may record which kind of event.

use crate::event::EventKind;
use crate::ids::{DetaineeId, StaffId};
use serde::{Deserialize, Serialize};

/// A member of staff's role. One role per account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Detainee Custody Officer: sets up and supervises calls (DSO §8, §19).
    Dco,
    /// Supplier Centre Manager (DSO §17, §18).
    CentreManager,
    /// Supplier Deputy Centre Manager: the same powers as the Centre Manager here (DSO §17).
    DeputyCentreManager,
    /// The Home Office Compliance Manager (DSO §18).
    ComplianceManager,
    /// The centre's security department (DSO §12, §19).
    Security,
    /// Centre administrator: schedule, staff, tablets, compact versions.
    Administrator,
}

impl Role {
    /// Every role, for tables and exhaustive tests.
    pub const ALL: [Role; 6] = [
        Role::Dco,
        Role::CentreManager,
        Role::DeputyCentreManager,
        Role::ComplianceManager,
        Role::Security,
        Role::Administrator,
    ];

    /// The role's name as staff know it.
    pub fn label(self) -> &'static str {
        match self {
            Role::Dco => "Detainee Custody Officer",
            Role::CentreManager => "Centre Manager",
            Role::DeputyCentreManager => "Deputy Centre Manager",
            Role::ComplianceManager => "Compliance Manager",
            Role::Security => "Security department",
            Role::Administrator => "Centre administrator",
        }
    }

    /// Centre or Deputy Centre Manager: the only roles that may suspend (DSO §17).
    pub fn is_centre_manager(self) -> bool {
        matches!(self, Role::CentreManager | Role::DeputyCentreManager)
    }
}

/// Who recorded an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Actor {
    /// A signed-in member of staff.
    Staff {
        /// Their staff id.
        id: StaffId,
        /// Their role when they acted.
        role: Role,
    },
    /// The detainee, on a tablet in detainee mode (signing, appealing).
    Detainee {
        /// Their id.
        id: DetaineeId,
    },
}

impl Actor {
    /// The staff role, if a member of staff acted.
    pub fn role(&self) -> Option<Role> {
        match self {
            Actor::Staff { role, .. } => Some(*role),
            Actor::Detainee { .. } => None,
        }
    }
}

/// Whether `actor` may record an event of `kind`: the whole permission table in one place.
/// The server checks it on every route and on every pushed event; the app hides what a role
/// may not do.
pub fn may_record(actor: &Actor, kind: EventKind) -> bool {
    use EventKind as K;
    use Role as R;
    let Some(role) = actor.role() else {
        // A detainee acts only for themselves, and only where the order gives them a voice.
        return matches!(kind, K::SuspensionAppealed);
    };
    match kind {
        K::CentreScheduleChanged
        | K::CompactVersionPublished
        | K::RoomAdded
        | K::RoomRetired
        | K::StaffAccountSet
        | K::DeviceEnrolled
        | K::DeviceRevoked => role == R::Administrator,
        K::DetaineeProfileUpdated => {
            matches!(
                role,
                R::Administrator | R::CentreManager | R::DeputyCentreManager
            )
        }
        K::SessionOpened
        | K::CompactPresented
        | K::CompactExplained
        | K::CompactSigned
        | K::CallCheckedIn
        | K::AdultCheckRecorded
        | K::CallerAdmitted
        | K::CallStarted
        | K::CallEnded
        | K::SuspensionNoticeGiven => role == R::Dco || role.is_centre_manager(),
        K::CallBooked
        | K::CallCancelled
        | K::CallRoomAssigned
        | K::WaitingListJoined
        | K::WaitingListLeft => {
            matches!(role, R::Dco | R::Administrator) || role.is_centre_manager()
        }
        K::CallTerminated | K::IncidentReported => role == R::Dco || role.is_centre_manager(),
        K::ReferredToSecurity => matches!(role, R::Dco | R::Security) || role.is_centre_manager(),
        K::ReferralUpdated => role == R::Security,
        K::RiskAssessmentRecorded => role == R::Security || role.is_centre_manager(),
        K::SuspensionDecided
        | K::SuspensionLifted
        | K::AppealDecided
        | K::AlternativeLegalAccessArranged
        | K::ComplianceManagerNotified => role.is_centre_manager(),
        K::SuspensionAuthorised | K::SuspensionReviewed | K::PolicyExceptionReviewed => {
            role == R::ComplianceManager
        }
        K::SuspensionAppealed | K::LegalAccessRequested | K::LegalAccessRequestMet => {
            role == R::Dco || role.is_centre_manager()
        }
        // Only those who work on tablets have a PIN there (`pin::works_on_tablets`).
        K::StaffSignedIn | K::StaffSignedOut => crate::pin::works_on_tablets(role),
        // Nobody records a kind this release does not know: it only carries one.
        K::Unknown => false,
    }
}

/// Whether people do this kind of thing on a tablet: the one table of what a tablet may push.
/// The rest — the schedule, rooms, accounts, tablets, compact versions, profiles, risk
/// assessments, suspensions and their oversight, security's updates — is done at the staff
/// console through the centre server (DSO §16: a tablet's key cannot act as a manager, the
/// Compliance Manager or the administrator, whoever is signed in on it).
pub fn done_on_tablets(kind: EventKind) -> bool {
    use EventKind as K;
    match kind {
        K::SessionOpened
        | K::CompactPresented
        | K::CompactExplained
        | K::CompactSigned
        | K::CallBooked
        | K::CallCancelled
        | K::CallRoomAssigned
        | K::WaitingListJoined
        | K::WaitingListLeft
        | K::CallCheckedIn
        | K::AdultCheckRecorded
        | K::CallerAdmitted
        | K::CallStarted
        | K::CallEnded
        | K::CallTerminated
        | K::IncidentReported
        | K::ReferredToSecurity
        | K::SuspensionNoticeGiven
        | K::SuspensionAppealed
        | K::LegalAccessRequested
        | K::LegalAccessRequestMet
        | K::StaffSignedIn
        | K::StaffSignedOut => true,
        K::CentreScheduleChanged
        | K::RoomAdded
        | K::RoomRetired
        | K::StaffAccountSet
        | K::DeviceEnrolled
        | K::DeviceRevoked
        | K::CompactVersionPublished
        | K::DetaineeProfileUpdated
        | K::RiskAssessmentRecorded
        | K::ReferralUpdated
        | K::SuspensionDecided
        | K::ComplianceManagerNotified
        | K::SuspensionAuthorised
        | K::SuspensionReviewed
        | K::AppealDecided
        | K::SuspensionLifted
        | K::AlternativeLegalAccessArranged
        | K::PolicyExceptionReviewed
        | K::Unknown => false,
    }
}
