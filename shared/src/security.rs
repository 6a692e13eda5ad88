//! What the security department reads of a referral (DSO §12, §19): the whole incident report
//! (its account, category, reporting officer and time), the call's log facts — date, time,
//! duration, kind and outcome, never what was said or shown (Annex A) — and the record of
//! their own review. Pure: the shell passes the folded [`Centre`] and the events it was folded
//! from (the report's account lives only in its event).

use crate::actor::Actor;
use crate::calllog::CallLog;
use crate::event::{Event, EventBody, ReferralSource};
use crate::ids::{BookingId, DetaineeId, IncidentId, StaffId};
use crate::model::{CallKind, IncidentCategory, ReferralStatus};
use crate::projection::Centre;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A referral as security reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralFile {
    /// What is referred.
    pub source: ReferralSource,
    /// When it was referred.
    pub referred_at: DateTime<Utc>,
    /// Where it stands: open, under investigation, or closed with security's outcome.
    pub status: ReferralStatus,
    /// The call it concerns (the booking id), if any.
    pub booking: Option<BookingId>,
    /// The detainee it concerns, where known.
    pub detainee: Option<DetaineeId>,
    /// The whole incident report, for a referral from one.
    pub report: Option<IncidentFile>,
    /// The call's log facts, for a referral about a call.
    pub call: Option<CallFacts>,
    /// Security's review: each update, oldest first.
    pub reviews: Vec<ReviewEntry>,
}

/// A DCO's incident report, whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentFile {
    /// The report.
    pub id: IncidentId,
    /// Its category.
    pub category: IncidentCategory,
    /// The officer's concerns and observations, as written.
    pub account: String,
    /// The reporting officer.
    pub reported_by: Option<StaffId>,
    /// When it was reported.
    pub reported_at: DateTime<Utc>,
}

/// What is logged of a call (Annex A): its kind and slot, and once it is over its date, start
/// time, duration and outcome. Never its contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallFacts {
    /// Social or legal.
    pub kind: CallKind,
    /// Its slot's start.
    pub slot_start: DateTime<Utc>,
    /// The call log, once the call is over.
    pub log: Option<CallLog>,
}

/// One step of security's review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewEntry {
    /// Who recorded it.
    pub by: Option<StaffId>,
    /// When.
    pub at: DateTime<Utc>,
    /// The status they set (a closed one carries their outcome).
    pub status: ReferralStatus,
}

fn staff(actor: &Actor) -> Option<StaffId> {
    match actor {
        Actor::Staff { id, .. } => Some(*id),
        Actor::Detainee { .. } => None,
    }
}

/// Every referral in the queue as security reads it: open and under investigation first, then
/// closed ones; oldest first within each.
pub fn referral_files<'a>(
    centre: &Centre,
    events: impl IntoIterator<Item = &'a Event>,
) -> Vec<ReferralFile> {
    let mut reports: BTreeMap<IncidentId, IncidentFile> = BTreeMap::new();
    let mut reviews: BTreeMap<ReferralSource, Vec<ReviewEntry>> = BTreeMap::new();
    let mut sorted: Vec<&Event> = events.into_iter().collect();
    sorted.sort_by_key(|e| e.order_key());
    for e in sorted {
        match &e.body {
            EventBody::IncidentReported {
                incident,
                category,
                account,
                ..
            } => {
                reports.entry(*incident).or_insert_with(|| IncidentFile {
                    id: *incident,
                    category: *category,
                    account: account.clone(),
                    reported_by: staff(&e.actor),
                    reported_at: e.recorded_at,
                });
            }
            EventBody::ReferralUpdated { source, status } => {
                reviews.entry(*source).or_default().push(ReviewEntry {
                    by: staff(&e.actor),
                    at: e.recorded_at,
                    status: status.clone(),
                });
            }
            _ => {}
        }
    }
    let mut out: Vec<ReferralFile> = centre
        .referrals
        .values()
        .map(|r| {
            let report = match r.source {
                ReferralSource::Incident(i) => reports.remove(&i),
                ReferralSource::Termination(_) => None,
            };
            let call = r
                .booking
                .and_then(|b| centre.calls.get(&b))
                .map(|c| CallFacts {
                    kind: c.info.kind,
                    slot_start: c.info.slot_start,
                    log: CallLog::of(&c.info, &c.phase),
                });
            ReferralFile {
                source: r.source,
                referred_at: r.referred_at,
                status: r.status.clone(),
                booking: r.booking,
                detainee: r.detainee,
                report,
                call,
                reviews: reviews.remove(&r.source).unwrap_or_default(),
            }
        })
        .collect();
    out.sort_by_key(|f| {
        (
            matches!(f.status, ReferralStatus::Closed { .. }),
            f.referred_at,
            f.source,
        )
    });
    out
}
