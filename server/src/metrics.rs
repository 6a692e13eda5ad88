//! The server's operational metrics, served at `/metrics` in the Prometheus text format
//! (version 0.0.4): counters kept in memory since start, and gauges read at the scrape.
//!
//! Only counts and enumerated labels (a call's outcome, a database backend): never a name, a
//! PIN, an id or an address. Who may read them: with `metrics_token` set (config or
//! `KINLINE_METRICS_TOKEN`), whoever sends it as `Authorization: Bearer …`; without one, only
//! a scraper on the server's own machine (a loopback address).

use kinline_shared::model::{CallOutcome, EndReason};
use kinline_shared::projection::Centre;
use kinline_shared::workflow::call::CallPhase;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};

/// Counters since the server started. Shared (`Arc`) by the server and whatever else counts:
/// the invitation outbox calls [`Metrics::invitation_sent`].
#[derive(Debug, Default)]
pub struct Metrics {
    pushes: AtomicU64,
    events_stored: AtomicU64,
    events_parked: AtomicU64,
    events_duplicate: AtomicU64,
    sign_in_failures: AtomicU64,
    sign_in_throttled: AtomicU64,
    invitations_sent: AtomicU64,
    invitations_failed: AtomicU64,
}

/// What the scrape reads at the moment it is made.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gauges {
    /// The database answers.
    pub database_up: bool,
    /// `sqlite` or `postgres`.
    pub backend: &'static str,
    /// Signalling rooms open (calls that may be joined and have not ended).
    pub open_rooms: usize,
    /// Finished calls by outcome label ([`outcome_label`]).
    pub calls: BTreeMap<&'static str, u64>,
    /// Argon2 runs (sign-ins, PINs set): in flight, their high-water mark, waiting, runs.
    pub argon: crate::argon::ArgonGauge,
}

impl Metrics {
    /// A tablet's push was answered (whatever it held).
    pub fn push_answered(&self) {
        self.pushes.fetch_add(1, Ordering::Relaxed);
    }

    /// A group commit wrote these log positions: new events, refused ones (parked on their
    /// tablets) and copies of events already stored.
    pub fn logged(&self, stored: u64, parked: u64, duplicate: u64) {
        self.events_stored.fetch_add(stored, Ordering::Relaxed);
        self.events_parked.fetch_add(parked, Ordering::Relaxed);
        self.events_duplicate
            .fetch_add(duplicate, Ordering::Relaxed);
    }

    /// A sign-in was refused: a wrong PIN or password, an unknown or inactive account
    /// (`throttled` false), or refused unchecked because the account or address must wait or
    /// is locked (`throttled` true).
    pub fn sign_in_failed(&self, throttled: bool) {
        let c = if throttled {
            &self.sign_in_throttled
        } else {
            &self.sign_in_failures
        };
        c.fetch_add(1, Ordering::Relaxed);
    }

    /// The hook of the invitation outbox: an invitation was handed to the mail server
    /// (`delivered`), or a try to send one failed.
    pub fn invitation_sent(&self, delivered: bool) {
        let c = if delivered {
            &self.invitations_sent
        } else {
            &self.invitations_failed
        };
        c.fetch_add(1, Ordering::Relaxed);
    }

    /// The Prometheus text exposition of the counters and `gauges`.
    pub fn render(&self, gauges: &Gauges) -> String {
        let n = |c: &AtomicU64| c.load(Ordering::Relaxed);
        let mut out = String::new();
        let mut family = |name: &str, kind: &str, help: &str, samples: &[(String, u64)]| {
            let _ = writeln!(out, "# HELP {name} {help}");
            let _ = writeln!(out, "# TYPE {name} {kind}");
            for (labels, value) in samples {
                let _ = writeln!(out, "{name}{labels} {value}");
            }
        };
        let one = |v: u64| vec![(String::new(), v)];
        family(
            "kinline_pushes_total",
            "counter",
            "Pushes from tablets answered since start.",
            &one(n(&self.pushes)),
        );
        family(
            "kinline_events_total",
            "counter",
            "Log positions written since start: stored, parked (refused, parked on the tablet) or duplicate.",
            &[
                ("{status=\"stored\"}".into(), n(&self.events_stored)),
                ("{status=\"parked\"}".into(), n(&self.events_parked)),
                ("{status=\"duplicate\"}".into(), n(&self.events_duplicate)),
            ],
        );
        family(
            "kinline_calls_finished",
            "gauge",
            "Calls of the centre's record that have finished, by outcome.",
            &gauges
                .calls
                .iter()
                .map(|(outcome, v)| (format!("{{outcome=\"{outcome}\"}}"), *v))
                .collect::<Vec<_>>(),
        );
        family(
            "kinline_signalling_rooms_open",
            "gauge",
            "Calls open for joining on the signalling server.",
            &one(u64::try_from(gauges.open_rooms).unwrap_or(u64::MAX)),
        );
        family(
            "kinline_sign_in_failures_total",
            "counter",
            "Staff sign-ins refused since start: a wrong secret or account, or throttled unchecked.",
            &[
                ("{reason=\"wrong\"}".into(), n(&self.sign_in_failures)),
                ("{reason=\"throttled\"}".into(), n(&self.sign_in_throttled)),
            ],
        );
        let count = |v: usize| u64::try_from(v).unwrap_or(u64::MAX);
        let argon = &gauges.argon;
        for (name, kind, help, value) in [
            (
                "kinline_argon_in_flight",
                "gauge",
                "Argon2 hashes or verifications running now (at most kinline_argon_limit).",
                count(argon.in_flight),
            ),
            (
                "kinline_argon_high_water",
                "gauge",
                "The most Argon2 runs at once since start.",
                count(argon.high_water),
            ),
            (
                "kinline_argon_limit",
                "gauge",
                "Argon2 runs allowed at once.",
                count(argon.limit),
            ),
            (
                "kinline_argon_waiting",
                "gauge",
                "Sign-ins waiting for an Argon2 permit now.",
                count(argon.waiting),
            ),
            (
                "kinline_argon_runs_total",
                "counter",
                "Argon2 runs started since start.",
                argon.runs,
            ),
        ] {
            family(name, kind, help, &one(value));
        }
        family(
            "kinline_invitations_sent_total",
            "counter",
            "Invitations handed to the mail server since start, and tries that failed.",
            &[
                ("{result=\"sent\"}".into(), n(&self.invitations_sent)),
                ("{result=\"failed\"}".into(), n(&self.invitations_failed)),
            ],
        );
        family(
            "kinline_database_up",
            "gauge",
            "1 if the database answered the scrape's query.",
            &[(
                format!("{{backend=\"{}\"}}", gauges.backend),
                u64::from(gauges.database_up),
            )],
        );
        out
    }
}

/// The label of a call's outcome: how it ended, `terminated` by staff, or `cancelled`.
pub fn outcome_label(outcome: &CallOutcome) -> &'static str {
    match outcome {
        CallOutcome::Ended(EndReason::Completed) => "completed",
        CallOutcome::Ended(EndReason::SlotEnded) => "slot_ended",
        CallOutcome::Ended(EndReason::TechnicalFailure) => "technical_failure",
        CallOutcome::Ended(EndReason::CallerDidNotJoin) => "caller_did_not_join",
        CallOutcome::Ended(EndReason::RecipientNotAdult) => "recipient_not_adult",
        CallOutcome::Terminated(_) => "terminated",
        CallOutcome::Cancelled => "cancelled",
    }
}

/// The centre's finished calls by outcome label (every label, zero where none).
pub fn calls_by_outcome(centre: &Centre) -> BTreeMap<&'static str, u64> {
    let mut calls: BTreeMap<&'static str, u64> = [
        "completed",
        "slot_ended",
        "technical_failure",
        "caller_did_not_join",
        "recipient_not_adult",
        "terminated",
        "cancelled",
    ]
    .into_iter()
    .map(|l| (l, 0))
    .collect();
    for call in centre.calls.values() {
        if let CallPhase::Finished { outcome, .. } = &call.phase {
            *calls.entry(outcome_label(outcome)).or_default() += 1;
        }
    }
    calls
}

/// Whether a scrape may read the metrics: with a token configured, only a request bearing
/// it (compared in constant time); without one, only from a loopback address.
pub fn may_scrape(
    token: Option<&str>,
    peer: Option<std::net::IpAddr>,
    authorization: Option<&str>,
) -> bool {
    match token {
        Some(token) => authorization
            .and_then(|h| h.strip_prefix("Bearer "))
            .is_some_and(|given| ct_eq(given.trim().as_bytes(), token.as_bytes())),
        None => peer.is_some_and(|ip| ip.is_loopback()),
    }
}

/// Equal bytes, in a time that depends only on the lengths.
fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_token_only_loopback_may_scrape_and_with_one_only_its_bearer() {
        let local = Some("127.0.0.1".parse().unwrap());
        let remote = Some("192.0.2.7".parse().unwrap());
        assert!(may_scrape(None, local, None));
        assert!(!may_scrape(None, remote, None));
        assert!(!may_scrape(None, None, None));
        assert!(may_scrape(Some("s3cret"), remote, Some("Bearer s3cret")));
        assert!(!may_scrape(Some("s3cret"), local, None));
        assert!(!may_scrape(Some("s3cret"), remote, Some("Bearer s3cre")));
        assert!(!may_scrape(Some("s3cret"), remote, Some("s3cret")));
    }
}
