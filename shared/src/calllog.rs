//! The call log: Annex A promises detainees "we will only log the date, the time, and the
//! duration of your call". [`CallLog`] is the only record of a call that leaves the call engine,
//! and its type cannot hold more than date, start time, duration, kind and outcome (with the
//! reason, from a closed list, where a person ended it). Unknown fields are refused when read.

use crate::model::{CallKind, CallOutcome};
use crate::time::london_wall;
use crate::workflow::call::{CallInfo, CallPhase};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// What is kept of a call, and nothing more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallLog {
    /// London date the call (or its slot, if it never started) began.
    pub date: NaiveDate,
    /// London wall-clock start time.
    pub start_time: NaiveTime,
    /// Seconds of media; 0 for a call that never started.
    pub duration_seconds: u32,
    /// Social or legal.
    pub kind: CallKind,
    /// How it ended, and why where a person ended it.
    pub outcome: CallOutcome,
}

/// The field names a call log may have: used by tests and by the server's schema check.
pub const CALL_LOG_FIELDS: [&str; 5] =
    ["date", "start_time", "duration_seconds", "kind", "outcome"];

impl CallLog {
    /// The log of a finished call; `None` while it is still running.
    pub fn of(info: &CallInfo, phase: &CallPhase) -> Option<Self> {
        let CallPhase::Finished {
            outcome,
            started_at,
            ended_at,
        } = phase
        else {
            return None;
        };
        let began = started_at.unwrap_or(info.slot_start);
        let duration = started_at
            .map(|s| (*ended_at - s).num_seconds().clamp(0, i64::from(u32::MAX)) as u32)
            .unwrap_or(0);
        let wall = london_wall(began);
        Some(Self {
            date: wall.date(),
            start_time: wall.time(),
            duration_seconds: duration,
            kind: info.kind,
            outcome: *outcome,
        })
    }
}
