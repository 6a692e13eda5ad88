//! Properties over random event sequences (proptest):
//! - projections depend only on the events' stamps, not on the order (or how often) they
//!   arrive;
//! - no sequence of commands lets a call be admitted or started without a recorded adult check,
//!   a signed current compact, an allowing risk assessment where one is needed, and no
//!   suspension in force;
//! - a log made only of accepted commands folds without a single policy exception.

use chrono::Duration;
use kinline_shared::actor::Role;
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, DetaineeId, SuspensionId};
use kinline_shared::model::{
    CallKind, CompactVersion, ControlMeasure, EndReason, Explanation, LanguageTag,
    SuspensionReason, TerminationReason, TextHash,
};
use kinline_shared::projection::Timeline;
use kinline_tests::fixture::*;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone)]
enum Op {
    Present(u8),
    Explain(u8, bool),
    Sign(u8),
    Publish,
    Book(u8, bool),
    CheckIn(u8),
    Adult(u8, bool),
    Admit(u8),
    Start(u8),
    End(u8),
    Terminate(u8),
    Suspend(u8),
    Lift(u8),
    Measures(u8, bool),
    Assess(u8, bool),
    Advance(u16),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        any::<u8>().prop_map(Op::Present),
        (any::<u8>(), any::<bool>()).prop_map(|(d, c)| Op::Explain(d, c)),
        any::<u8>().prop_map(Op::Sign),
        Just(Op::Publish),
        (any::<u8>(), any::<bool>()).prop_map(|(d, l)| Op::Book(d, l)),
        any::<u8>().prop_map(Op::CheckIn),
        (any::<u8>(), prop::bool::weighted(0.8)).prop_map(|(b, a)| Op::Adult(b, a)),
        any::<u8>().prop_map(Op::Admit),
        any::<u8>().prop_map(Op::Start),
        any::<u8>().prop_map(Op::End),
        any::<u8>().prop_map(Op::Terminate),
        any::<u8>().prop_map(Op::Suspend),
        any::<u8>().prop_map(Op::Lift),
        (any::<u8>(), any::<bool>()).prop_map(|(d, m)| Op::Measures(d, m)),
        (any::<u8>(), any::<bool>()).prop_map(|(d, a)| Op::Assess(d, a)),
        (0u16..90).prop_map(Op::Advance),
    ]
}

fn pick<T: Copy>(v: &[T], i: u8) -> T {
    v[usize::from(i) % v.len()]
}

/// Runs random commands through the rulebook; refused ones record nothing.
fn run(ops: &[Op]) -> TestCentre {
    let mut c = TestCentre::open();
    let detainees: Vec<DetaineeId> = (0..4)
        .map(|i| c.detainee("ar", i % 2 == 0, vec![]))
        .collect();
    let mut bookings: Vec<BookingId> = Vec::new();
    let mut suspensions: Vec<SuspensionId> = Vec::new();
    let mut versions = 0;
    for op in ops {
        let version = c.centre().compact.as_ref().unwrap().0.clone();
        let ar = LanguageTag::new("ar");
        let body = match op {
            Op::Present(d) => EventBody::CompactPresented {
                detainee: pick(&detainees, *d),
                version,
                language: ar,
            },
            Op::Explain(d, complete) => EventBody::CompactExplained {
                detainee: pick(&detainees, *d),
                version,
                language: ar,
                how: Explanation::ReadAloud {
                    audio_completed: *complete,
                },
            },
            Op::Sign(d) => EventBody::CompactSigned {
                detainee: pick(&detainees, *d),
                version,
                language: ar,
                text_hash: TextHash::of("text"),
                signature: a_signature(),
            },
            Op::Publish => {
                versions += 1;
                EventBody::CompactVersionPublished {
                    version: CompactVersion(format!("v{versions}")),
                    languages: vec![ar],
                }
            }
            Op::Book(d, legal) => {
                let b = BookingId(c.id());
                let kind = if *legal {
                    CallKind::Legal
                } else {
                    CallKind::Social
                };
                let body = EventBody::CallBooked {
                    booking: b,
                    detainee: pick(&detainees, *d),
                    kind,
                    slot_start: c.next_slot(),
                };
                if c.record(dco(), body).is_ok() {
                    bookings.push(b);
                }
                continue;
            }
            Op::Suspend(d) => {
                let s = SuspensionId(c.id());
                let body = EventBody::SuspensionDecided {
                    suspension: s,
                    detainee: pick(&detainees, *d),
                    reason: SuspensionReason::Security,
                    reasons: "Security.".into(),
                    evidence: vec![],
                    until: None,
                    security_report: Some("SIR 1".into()),
                    not_a_sanction: true,
                };
                if c.record(manager(), body).is_ok() {
                    suspensions.push(s);
                }
                continue;
            }
            Op::Lift(i) if !suspensions.is_empty() => {
                let body = EventBody::SuspensionLifted {
                    suspension: pick(&suspensions, *i),
                };
                let _ = c.record(manager(), body);
                continue;
            }
            Op::Measures(d, m) => {
                let body = EventBody::DetaineeProfileUpdated {
                    detainee: pick(&detainees, *d),
                    languages: vec![ar],
                    english_sufficient: false,
                    control_measures: if *m {
                        vec![ControlMeasure::Mappa]
                    } else {
                        vec![]
                    },
                    imminent_removal: false,
                };
                let _ = c.record(admin(), body);
                continue;
            }
            Op::Assess(d, a) => {
                let body = EventBody::RiskAssessmentRecorded {
                    detainee: pick(&detainees, *d),
                    allows_video_calls: *a,
                    reference: "RA-1".into(),
                };
                let _ = c.record(staff(Role::Security), body);
                continue;
            }
            Op::Advance(m) => {
                c.advance(Duration::minutes(i64::from(*m)));
                continue;
            }
            Op::Lift(_) => continue,
            step if bookings.is_empty() => {
                let _ = step;
                continue;
            }
            Op::CheckIn(b) => EventBody::CallCheckedIn {
                booking: pick(&bookings, *b),
            },
            Op::Adult(b, a) => EventBody::AdultCheckRecorded {
                booking: pick(&bookings, *b),
                recipient_is_adult: *a,
            },
            Op::Admit(b) => EventBody::CallerAdmitted {
                booking: pick(&bookings, *b),
            },
            Op::Start(b) => EventBody::CallStarted {
                booking: pick(&bookings, *b),
            },
            Op::End(b) => EventBody::CallEnded {
                booking: pick(&bookings, *b),
                reason: EndReason::Completed,
            },
            Op::Terminate(b) => EventBody::CallTerminated {
                booking: pick(&bookings, *b),
                reason: TerminationReason::AbusiveLanguage,
            },
        };
        let actor = if matches!(body, EventBody::CompactVersionPublished { .. }) {
            admin()
        } else {
            dco()
        };
        let _ = c.record(actor, body);
    }
    c
}

/// An independent reading of the accepted log: at every admission and start, were the
/// preconditions met? Returns the first violation found.
fn oracle(c: &TestCentre) -> Result<usize, String> {
    let mut version: Option<CompactVersion> = None;
    let mut signed: BTreeMap<DetaineeId, CompactVersion> = BTreeMap::new();
    let mut measures: BTreeMap<DetaineeId, bool> = BTreeMap::new();
    let mut allowed: BTreeMap<DetaineeId, bool> = BTreeMap::new();
    let mut adult: BTreeSet<BookingId> = BTreeSet::new();
    let mut owner: BTreeMap<BookingId, DetaineeId> = BTreeMap::new();
    let mut suspended: BTreeMap<SuspensionId, DetaineeId> = BTreeMap::new();
    let mut connections = 0;
    for e in c.timeline.events() {
        match &e.body {
            EventBody::CompactVersionPublished { version: v, .. } => version = Some(v.clone()),
            EventBody::CompactSigned {
                detainee,
                version: v,
                ..
            } => {
                signed.insert(*detainee, v.clone());
            }
            EventBody::DetaineeProfileUpdated {
                detainee,
                control_measures,
                ..
            } => {
                measures.insert(*detainee, !control_measures.is_empty());
            }
            EventBody::RiskAssessmentRecorded {
                detainee,
                allows_video_calls,
                ..
            } => {
                allowed.insert(*detainee, *allows_video_calls);
            }
            EventBody::CallBooked {
                booking, detainee, ..
            } => {
                owner.insert(*booking, *detainee);
            }
            EventBody::AdultCheckRecorded {
                booking,
                recipient_is_adult: true,
            } => {
                adult.insert(*booking);
            }
            EventBody::SuspensionDecided {
                suspension,
                detainee,
                ..
            } => {
                suspended.insert(*suspension, *detainee);
            }
            EventBody::SuspensionLifted { suspension } => {
                suspended.remove(suspension);
            }
            EventBody::CallerAdmitted { booking } | EventBody::CallStarted { booking } => {
                connections += 1;
                let d = owner[booking];
                if !adult.contains(booking) {
                    return Err(format!("{booking} connected without an adult check"));
                }
                if signed.get(&d) != version.as_ref() {
                    return Err(format!("{d} connected without signing the current compact"));
                }
                if measures.get(&d) == Some(&true) && allowed.get(&d) != Some(&true) {
                    return Err(format!("{d} connected without an allowing risk assessment"));
                }
                if suspended.values().any(|s| *s == d) {
                    return Err(format!("{d} connected while suspended"));
                }
            }
            _ => {}
        }
    }
    Ok(connections)
}

/// A deterministic shuffle from a seed (xorshift), with some events delivered twice.
fn scramble<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut s = seed | 1;
    let mut next = move || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s
    };
    let mut out: Vec<T> = items.to_vec();
    for i in (1..out.len()).rev() {
        out.swap(i, (next() % (i as u64 + 1)) as usize);
    }
    let dupes: Vec<T> = out.iter().filter(|_| next() % 5 == 0).cloned().collect();
    out.extend(dupes);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, .. ProptestConfig::default() })]

    #[test]
    fn dso_8_10_14_17_no_command_sequence_connects_a_call_the_rules_forbid(ops in prop::collection::vec(op(), 1..120)) {
        let c = run(&ops);
        prop_assert!(oracle(&c).is_ok(), "{:?}", oracle(&c));
        prop_assert!(c.centre().exceptions.is_empty(), "accepted commands fold without exceptions: {:?}", c.centre().exceptions);
    }

    #[test]
    fn projections_depend_on_stamps_not_arrival_order(ops in prop::collection::vec(op(), 1..80), seed in any::<u64>()) {
        let c = run(&ops);
        let events: Vec<_> = c.timeline.events().cloned().collect();
        let mut late = Timeline::default();
        let mut fresh = 0;
        for e in scramble(&events, seed) {
            fresh += usize::from(late.insert(e));
        }
        prop_assert_eq!(fresh, events.len(), "every event once, duplicates ignored");
        prop_assert_eq!(late.centre(), c.centre());
    }
}

#[test]
fn the_random_command_runs_do_connect_calls() {
    // Guards the property above against a generator that never gets as far as a call.
    let ops: Vec<Op> = vec![
        Op::Present(0),
        Op::Explain(0, true),
        Op::Sign(0),
        Op::Book(0, false),
        Op::CheckIn(0),
        Op::Adult(0, true),
        Op::Admit(0),
        Op::Start(0),
    ];
    let c = run(&ops);
    assert_eq!(oracle(&c), Ok(2));
}
