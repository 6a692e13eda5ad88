//! A call: booked → checked in → adult check → admitted → in call → finished (ended or
//! terminated). DSO §8 is enforced by the shape of the machine: there is no way from
//! `CheckedIn` to `Admitted` that does not pass through a positive adult check.

use crate::calllog::CallLog;
use crate::dso::{Paragraph, RuleViolation};
use crate::event::ReferralSource;
use crate::ids::{BookingId, DetaineeId};
use crate::model::{CallKind, CallOutcome, EndReason, TerminationReason};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What does not change during a call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallInfo {
    /// The booking.
    pub booking: BookingId,
    /// Whose call.
    pub detainee: DetaineeId,
    /// Social or legal.
    pub kind: CallKind,
    /// When the slot starts.
    pub slot_start: DateTime<Utc>,
    /// When it was booked (for legal vs social waiting times).
    pub booked_at: DateTime<Utc>,
}

/// Where a call stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum CallPhase {
    /// In the day's list.
    Booked,
    /// The detainee is at the tablet; the caller may be waiting.
    CheckedIn,
    /// The DCO has seen the main recipient and recorded that they are an adult (§8).
    AdultChecked,
    /// The caller is admitted; the detainee is being connected.
    Admitted,
    /// Media flows.
    InCall {
        /// When media started.
        started_at: DateTime<Utc>,
    },
    /// Over.
    Finished {
        /// How it ended.
        outcome: CallOutcome,
        /// When media started, if it did.
        started_at: Option<DateTime<Utc>>,
        /// When it ended.
        ended_at: DateTime<Utc>,
    },
}

/// A step a DCO or the call engine asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallStep {
    /// The detainee arrived.
    CheckIn,
    /// The visual check of the main recipient (§8).
    AdultCheck {
        /// Whether they are an adult.
        adult: bool,
    },
    /// Let the caller in.
    Admit,
    /// Media connected.
    Start,
    /// Ended without staff stepping in.
    End(EndReason),
    /// Staff terminated it (§11, §12, §19).
    Terminate(TerminationReason),
    /// Cancelled (before it started).
    Cancel,
}

/// What the shell must do after a transition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallEffect {
    /// Show the waiting caller to the DCO for the adult check (never to the detainee yet).
    ShowCallerToDco,
    /// Connect the detainee's media to the caller; `supervised` is false for legal calls (§9).
    ConnectDetainee {
        /// Whether the DCO sees a supervision view.
        supervised: bool,
    },
    /// Stop all media and tell the caller's page the call has ended.
    EndMedia,
    /// Record the call log (Annex A).
    WriteCallLog(CallLog),
    /// Refer to the security department (§12).
    ReferToSecurity(ReferralSource),
}

impl CallPhase {
    /// A short name for messages.
    pub fn name(&self) -> &'static str {
        match self {
            CallPhase::Booked => "booked",
            CallPhase::CheckedIn => "checked in",
            CallPhase::AdultChecked => "adult-checked",
            CallPhase::Admitted => "admitted",
            CallPhase::InCall { .. } => "in progress",
            CallPhase::Finished { .. } => "finished",
        }
    }

    /// Whether the call is over.
    pub fn is_finished(&self) -> bool {
        matches!(self, CallPhase::Finished { .. })
    }

    /// The next state and effects for `step` at time `at`, or the rule it breaks.
    pub fn step(
        &self,
        info: &CallInfo,
        step: CallStep,
        at: DateTime<Utc>,
    ) -> Result<(CallPhase, Vec<CallEffect>), RuleViolation> {
        use CallPhase as P;
        use CallStep as S;
        let finish = |outcome: CallOutcome, started_at: Option<DateTime<Utc>>| {
            let phase = P::Finished {
                outcome,
                started_at,
                ended_at: at,
            };
            let mut effects = vec![CallEffect::EndMedia];
            if let Some(log) = CallLog::of(info, &phase) {
                effects.push(CallEffect::WriteCallLog(log));
            }
            if let CallOutcome::Terminated(_) = outcome {
                effects.push(CallEffect::ReferToSecurity(ReferralSource::Termination(
                    info.booking,
                )));
            }
            (phase, effects)
        };
        let started = match self {
            P::InCall { started_at } => Some(*started_at),
            _ => None,
        };
        let out = match (self, step) {
            (P::Booked, S::CheckIn) => (P::CheckedIn, vec![CallEffect::ShowCallerToDco]),
            (P::CheckedIn, S::AdultCheck { adult: true }) => (P::AdultChecked, vec![]),
            (P::CheckedIn, S::AdultCheck { adult: false }) => {
                finish(CallOutcome::Ended(EndReason::RecipientNotAdult), None)
            }
            (P::AdultChecked, S::Admit) => (
                P::Admitted,
                vec![CallEffect::ConnectDetainee {
                    supervised: info.kind == CallKind::Social,
                }],
            ),
            (P::Admitted, S::Start) => (P::InCall { started_at: at }, vec![]),
            (P::Booked | P::CheckedIn, S::Cancel) => finish(CallOutcome::Cancelled, None),
            (P::Booked | P::CheckedIn | P::AdultChecked, S::End(EndReason::CallerDidNotJoin)) => {
                finish(CallOutcome::Ended(EndReason::CallerDidNotJoin), None)
            }
            // The caller joined but the network failed before admission: a technical failure
            // (rebooked at no cost), not a caller who did not join.
            (P::CheckedIn | P::AdultChecked, S::End(EndReason::TechnicalFailure)) => {
                finish(CallOutcome::Ended(EndReason::TechnicalFailure), None)
            }
            (
                P::Admitted | P::InCall { .. },
                S::End(
                    r @ (EndReason::Completed | EndReason::SlotEnded | EndReason::TechnicalFailure),
                ),
            ) => finish(CallOutcome::Ended(r), started),
            (P::CheckedIn | P::AdultChecked | P::Admitted | P::InCall { .. }, S::Terminate(r)) => {
                finish(CallOutcome::Terminated(r), started)
            }
            (P::Booked | P::CheckedIn, S::Admit | S::Start) => {
                return Err(RuleViolation::AdultCheckMissing);
            }
            (phase, step) => {
                return Err(RuleViolation::OutOfOrder {
                    paragraph: Paragraph::P8,
                    state: phase.name().to_owned(),
                    attempted: step_name(step).to_owned(),
                });
            }
        };
        Ok(out)
    }
}

fn step_name(step: CallStep) -> &'static str {
    match step {
        CallStep::CheckIn => "checked in",
        CallStep::AdultCheck { .. } => "adult-checked",
        CallStep::Admit => "admitted",
        CallStep::Start => "started",
        CallStep::End(_) => "ended",
        CallStep::Terminate(_) => "terminated",
        CallStep::Cancel => "cancelled",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use uuid::Uuid;

    fn info(kind: CallKind) -> CallInfo {
        let t = Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).unwrap();
        CallInfo {
            booking: BookingId(Uuid::from_u128(1)),
            detainee: DetaineeId(Uuid::from_u128(2)),
            kind,
            slot_start: t,
            booked_at: t,
        }
    }

    #[test]
    fn a_legal_call_connects_without_supervision() {
        let i = info(CallKind::Legal);
        let (_, effects) = CallPhase::AdultChecked
            .step(&i, CallStep::Admit, i.slot_start)
            .unwrap();
        assert_eq!(
            effects,
            vec![CallEffect::ConnectDetainee { supervised: false }]
        );
    }

    #[test]
    fn a_terminated_call_writes_its_log_and_refers_to_security() {
        let i = info(CallKind::Social);
        let running = CallPhase::InCall {
            started_at: i.slot_start,
        };
        let at = i.slot_start + chrono::Duration::minutes(12);
        let (phase, effects) = running
            .step(&i, CallStep::Terminate(TerminationReason::Recording), at)
            .unwrap();
        assert!(phase.is_finished());
        assert!(
            effects.contains(&CallEffect::ReferToSecurity(ReferralSource::Termination(
                i.booking
            )))
        );
        let log = effects.iter().find_map(|e| match e {
            CallEffect::WriteCallLog(l) => Some(l.clone()),
            _ => None,
        });
        assert_eq!(log.unwrap().duration_seconds, 12 * 60);
    }

    #[test]
    fn a_network_failure_before_admission_is_a_technical_failure_with_a_log() {
        let i = info(CallKind::Social);
        for phase in [CallPhase::CheckedIn, CallPhase::AdultChecked] {
            let (done, effects) = phase
                .step(&i, CallStep::End(EndReason::TechnicalFailure), i.slot_start)
                .unwrap();
            assert!(matches!(
                done,
                CallPhase::Finished {
                    outcome: CallOutcome::Ended(EndReason::TechnicalFailure),
                    started_at: None,
                    ..
                }
            ));
            let log = effects.iter().find_map(|e| match e {
                CallEffect::WriteCallLog(l) => Some(l.clone()),
                _ => None,
            });
            assert_eq!(
                log.unwrap().outcome,
                CallOutcome::Ended(EndReason::TechnicalFailure)
            );
        }
        // Not before the detainee is even there.
        assert!(
            CallPhase::Booked
                .step(&i, CallStep::End(EndReason::TechnicalFailure), i.slot_start)
                .is_err()
        );
    }
}
