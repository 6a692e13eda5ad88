//! §17: what a suspension may rest on. "A decision to suspend should not be used as a sanction
//! for wider non-compliance": every reason needs a basis tied to the video call service, and
//! this module is the one place that decides which. The rulebook checks a decision with
//! [`check`]; the staff console offers exactly [`evidence_accepted`], so it can never offer
//! evidence the rulebook would refuse.
//!
//! - **Breach of acceptable use**: an incident report about one of this detainee's calls, or a
//!   call of theirs that staff terminated. An incident report not about a call does not count.
//! - **Security**: the reference of a security information report (DSO 11/2014); call evidence
//!   as for a breach may be cited beside it.
//! - **Safety**: a safety concern recorded about one of this detainee's calls — an incident
//!   report on the recipient's safety or the nature of the call (the two concerns §19 names),
//!   or a call terminated out of concern for the recipient.
//!
//! And whatever the reason, the manager states that the suspension is not a sanction for wider
//! non-compliance (`not_a_sanction`).

use crate::dso::{Field, Paragraph, RuleViolation};
use crate::ids::DetaineeId;
use crate::model::{CallOutcome, Evidence, IncidentCategory, SuspensionReason, TerminationReason};
use crate::projection::Centre;
use crate::workflow::call::CallPhase;

/// The longest security information report reference accepted (a reference, not a report).
pub const MAX_SECURITY_REPORT: usize = 64;

/// Whether an incident of `category` records a safety concern (§19: "the nature of the video
/// call or safety of the recipient").
fn safety_concern(category: IncidentCategory) -> bool {
    matches!(
        category,
        IncidentCategory::RecipientSafety | IncidentCategory::NatureOfCall
    )
}

/// The evidence the rulebook accepts for suspending `detainee` for `reason`, incidents first
/// (in id order), then terminated calls: what the console offers to tick.
pub fn evidence_accepted(
    centre: &Centre,
    detainee: DetaineeId,
    reason: SuspensionReason,
) -> Vec<Evidence> {
    let safety = reason == SuspensionReason::Safety;
    let of_this_detainee = |b: &crate::ids::BookingId| {
        centre
            .calls
            .get(b)
            .is_some_and(|c| c.info.detainee == detainee)
    };
    let incidents = centre
        .incidents
        .values()
        .filter(|i| i.booking.as_ref().is_some_and(of_this_detainee))
        .filter(|i| !safety || safety_concern(i.category))
        .map(|i| Evidence::Incident(i.id));
    let terminations = centre
        .calls
        .values()
        .filter(|c| c.info.detainee == detainee)
        .filter(|c| match c.phase {
            CallPhase::Finished {
                outcome: CallOutcome::Terminated(why),
                ..
            } => !safety || why == TerminationReason::ConcernForRecipient,
            _ => false,
        })
        .map(|c| Evidence::TerminatedCall(c.info.booking));
    incidents.chain(terminations).collect()
}

/// Whether a decision to suspend `detainee` for `reason` rests on a basis §17 allows: the
/// statement that it is no sanction, and the evidence or report its reason needs.
pub fn check(
    centre: &Centre,
    detainee: DetaineeId,
    reason: SuspensionReason,
    evidence: &[Evidence],
    security_report: Option<&str>,
    not_a_sanction: bool,
) -> Result<(), RuleViolation> {
    if !not_a_sanction {
        return Err(RuleViolation::SuspensionAsSanction);
    }
    let report = security_report.map(str::trim).filter(|r| !r.is_empty());
    if let Some(r) = security_report
        && r.trim().chars().count() > MAX_SECURITY_REPORT
    {
        return Err(RuleViolation::TextLength {
            paragraph: Paragraph::P17,
            field: Field::SecurityReport,
            max: MAX_SECURITY_REPORT,
        });
    }
    let accepted = evidence_accepted(centre, detainee, reason);
    let all_accepted = evidence.iter().all(|e| accepted.contains(e));
    match reason {
        SuspensionReason::BreachOfAcceptableUse if evidence.is_empty() || !all_accepted => {
            Err(RuleViolation::SuspensionWithoutVideoCallEvidence)
        }
        SuspensionReason::Safety if evidence.is_empty() || !all_accepted => {
            Err(RuleViolation::SuspensionWithoutSafetyConcern)
        }
        SuspensionReason::Security if report.is_none() => {
            Err(RuleViolation::SuspensionWithoutSecurityReport)
        }
        SuspensionReason::Security if !all_accepted => {
            Err(RuleViolation::SuspensionWithoutVideoCallEvidence)
        }
        _ => Ok(()),
    }
}
