//! Where a suspension stands for the Compliance Manager (DSO §18): its first week, waiting for
//! authorisation, lapsed without it, authorised, or over.

use chrono::{DateTime, Utc};
use kinline_shared::workflow::suspension::{Suspension, SuspensionPhase};

/// Where a suspension stands for the Compliance Manager.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Oversight {
    /// Within its first week, or planned to end inside it.
    FirstWeek,
    /// Heading past a week: waiting for authorisation due at this time.
    AwaitingAuthorisation(DateTime<Utc>),
    /// Past a week without authorisation: it cannot continue (access is back).
    LapsedWithoutAuthorisation(DateTime<Utc>),
    /// Authorised until.
    Authorised(DateTime<Utc>),
    /// Lifted or ended.
    Over,
}

/// Where a suspension stands for the Compliance Manager at `now` (§18).
pub fn oversight(s: &Suspension, now: DateTime<Utc>) -> Oversight {
    if matches!(s.phase, SuspensionPhase::Lifted { .. }) || s.until.is_some_and(|u| now >= u) {
        return Oversight::Over;
    }
    if let Some(a) = s.authorised_until {
        if now < a {
            return Oversight::Authorised(a);
        }
        return Oversight::Over;
    }
    if !s.needs_authorisation() {
        return Oversight::FirstWeek;
    }
    let due = s.authorisation_due();
    if now >= due {
        Oversight::LapsedWithoutAuthorisation(due)
    } else {
        Oversight::AwaitingAuthorisation(due)
    }
}
