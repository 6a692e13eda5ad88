//! Reports for managers and the Compliance Manager, as pure functions over the folded centre:
//! hours the service was open each day against the 7-hour minimum (§7), calls per day by kind and
//! outcome, legal calls' waiting times against social calls' (§9), appeals decided after their
//! deadline (§18), and CSV export.

use crate::ids::{AppealId, DetaineeId, SuspensionId};
use crate::model::{CallKind, CallOutcome, MIN_DAILY_MINUTES};
use crate::projection::Centre;
use crate::time::london_date;
use crate::workflow::call::CallPhase;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;

/// One London day's opening against the order's minimum (§7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DayAvailability {
    /// The day.
    pub date: NaiveDate,
    /// Minutes the schedule opened the service that day.
    pub minutes_open: i64,
    /// Whether that meets the 7-hour minimum.
    pub meets_minimum: bool,
}

/// Opening minutes for each day from `from` to `to` inclusive, by the schedule in force.
pub fn availability(centre: &Centre, from: NaiveDate, to: NaiveDate) -> Vec<DayAvailability> {
    days(from, to)
        .map(|date| {
            let minutes_open = centre
                .schedule
                .as_ref()
                .map_or(0, |s| s.minutes_open_on(date));
            DayAvailability {
                date,
                minutes_open,
                meets_minimum: minutes_open >= MIN_DAILY_MINUTES,
            }
        })
        .collect()
}

/// Calls of one London day, counted by kind and outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DayCalls {
    /// The day.
    pub date: NaiveDate,
    /// Social calls that ran and ended normally (completed or at the slot's end).
    pub social_completed: u32,
    /// Legal calls that ran and ended normally.
    pub legal_completed: u32,
    /// Calls terminated by staff.
    pub terminated: u32,
    /// Calls ended by a technical failure (the detainee may rebook at no cost).
    pub technical_failure: u32,
    /// Calls that did not happen: the caller did not join, not an adult, or cancelled.
    pub did_not_happen: u32,
    /// Calls booked and not finished yet.
    pub open: u32,
}

/// Calls per day from `from` to `to` inclusive.
pub fn calls_per_day(centre: &Centre, from: NaiveDate, to: NaiveDate) -> Vec<DayCalls> {
    use crate::model::EndReason as E;
    days(from, to)
        .map(|date| {
            let mut d = DayCalls {
                date,
                ..DayCalls::default()
            };
            for call in centre.calls_on(date) {
                match (&call.phase, call.info.kind) {
                    (CallPhase::Finished { outcome, .. }, kind) => match outcome {
                        CallOutcome::Ended(E::Completed | E::SlotEnded) => match kind {
                            CallKind::Social => d.social_completed += 1,
                            CallKind::Legal => d.legal_completed += 1,
                        },
                        CallOutcome::Ended(E::TechnicalFailure) => d.technical_failure += 1,
                        CallOutcome::Terminated(_) => d.terminated += 1,
                        CallOutcome::Ended(E::CallerDidNotJoin | E::RecipientNotAdult)
                        | CallOutcome::Cancelled => d.did_not_happen += 1,
                    },
                    _ => d.open += 1,
                }
            }
            d
        })
        .collect()
}

/// Waiting times from booking to slot, in minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WaitingTimes {
    /// Social or legal.
    pub kind: CallKind,
    /// How many bookings.
    pub bookings: usize,
    /// Median wait, minutes.
    pub median_minutes: i64,
    /// 90th percentile wait, minutes.
    pub p90_minutes: i64,
}

/// Legal calls' waits against social calls' (§9: legal calls have priority), for bookings whose
/// slot falls between `from` and `to` inclusive.
pub fn waiting_times(centre: &Centre, from: NaiveDate, to: NaiveDate) -> [WaitingTimes; 2] {
    [CallKind::Legal, CallKind::Social].map(|kind| {
        let mut waits: Vec<i64> = centre
            .calls
            .values()
            .filter(|c| c.info.kind == kind)
            .filter(|c| (from..=to).contains(&london_date(c.info.slot_start)))
            .map(|c| (c.info.slot_start - c.info.booked_at).num_minutes().max(0))
            .collect();
        waits.sort_unstable();
        let at = |q: usize| {
            waits
                .get((waits.len().saturating_sub(1)) * q / 100)
                .copied()
                .unwrap_or(0)
        };
        WaitingTimes {
            kind,
            bookings: waits.len(),
            median_minutes: at(50),
            p90_minutes: at(90),
        }
    })
}

fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    let n = (to - from).num_days().max(-1) + 1;
    (0..n).map(move |i| from + Duration::days(i))
}

/// Rows as CSV (RFC 4180: fields with commas, quotes or line breaks are quoted), header first,
/// so a manager can open a report in a spreadsheet.
pub fn to_csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let field = |f: &str| {
        // A leading =, +, - or @ would be run as a formula by spreadsheets: neutralise it.
        let f = if f.starts_with(['=', '+', '-', '@']) {
            format!("'{f}")
        } else {
            f.to_owned()
        };
        if f.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", f.replace('"', "\"\""))
        } else {
            f
        }
    };
    let mut out = String::new();
    let mut line = |cells: Vec<String>| {
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    line(header.iter().map(|h| (*h).to_owned()).collect());
    for r in rows {
        line(r.clone());
    }
    out
}

/// The availability report as CSV.
pub fn availability_csv(rows: &[DayAvailability]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.date.to_string(),
                r.minutes_open.to_string(),
                r.meets_minimum.to_string(),
            ]
        })
        .collect();
    to_csv(&["date", "minutes_open", "meets_7_hour_minimum"], &rows)
}

/// The calls-per-day report as CSV.
pub fn calls_csv(rows: &[DayCalls]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            [
                r.social_completed,
                r.legal_completed,
                r.terminated,
                r.technical_failure,
                r.did_not_happen,
                r.open,
            ]
            .iter()
            .map(u32::to_string)
            .fold(vec![r.date.to_string()], |mut v, s| {
                v.push(s);
                v
            })
        })
        .collect();
    to_csv(
        &[
            "date",
            "social_completed",
            "legal_completed",
            "terminated",
            "technical_failure",
            "did_not_happen",
            "open",
        ],
        &rows,
    )
}

/// An appeal decided after its deadline (§18: 48 hours, 12 with imminent removal directions).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LateAppealDecision {
    /// The suspension appealed.
    pub suspension: SuspensionId,
    /// Whose.
    pub detainee: DetaineeId,
    /// The appeal.
    pub appeal: AppealId,
    /// When it had to be decided by.
    pub decide_by: DateTime<Utc>,
    /// When it was decided.
    pub decided_at: DateTime<Utc>,
}

/// The appeals decided late on the London days `from` to `to` inclusive, in order of decision.
pub fn late_appeal_decisions(
    centre: &Centre,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<LateAppealDecision> {
    let mut rows: Vec<LateAppealDecision> = centre
        .suspensions
        .values()
        .flat_map(|s| {
            s.late_appeals.iter().map(|l| LateAppealDecision {
                suspension: s.id,
                detainee: s.detainee,
                appeal: l.appeal,
                decide_by: l.decide_by,
                decided_at: l.decided_at,
            })
        })
        .filter(|l| (from..=to).contains(&london_date(l.decided_at)))
        .collect();
    rows.sort_by_key(|l| (l.decided_at, l.appeal));
    rows
}

/// The late appeal decisions as CSV (instants in RFC 3339, UTC).
pub fn late_appeals_csv(rows: &[LateAppealDecision]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.suspension.to_string(),
                r.detainee.to_string(),
                r.appeal.to_string(),
                r.decide_by.to_rfc3339(),
                r.decided_at.to_rfc3339(),
                (r.decided_at - r.decide_by).num_minutes().to_string(),
            ]
        })
        .collect();
    to_csv(
        &[
            "suspension",
            "detainee",
            "appeal",
            "decide_by",
            "decided_at",
            "minutes_late",
        ],
        &rows,
    )
}
