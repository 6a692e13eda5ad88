//! State folded from events: a centre's schedule and compact, each detainee's access, the calls,
//! the security queue, the suspensions and their deadlines, and the policy exceptions.
//!
//! Folding never fails: events are facts. An event that the rules would have refused at its
//! place in the order (a tablet acted on out-of-date state while offline) is still applied as
//! far as it makes sense, and raises a [`PolicyException`] for the Compliance Manager.
//! Projections depend only on the events' stamps, never on the order they arrived in: see
//! [`Timeline`].

use crate::actor::Actor;
use crate::admin::Tablet;
use crate::clock::Stamp;
use crate::dso::RuleViolation;
use crate::event::{Event, EventBody, ReferralSource};
use crate::ids::{
    AppealId, BookingId, DetaineeId, DeviceId, EventId, IncidentId, LegalRequestId, RoomId,
    StaffId, SuspensionId,
};
use crate::model::{
    CallKind, CompactVersion, ControlMeasure, IncidentCategory, LanguageTag, LegalAccessMethod,
    ReferralStatus, Schedule,
};
use crate::rooms::Room;
use crate::rules;
use crate::time::london_date;
use crate::workflow::call::{CallInfo, CallPhase, CallStep};
use crate::workflow::compact::{CompactFlow, CompactStep, Understanding};
use crate::workflow::suspension::{Deadline, Suspension, SuspensionBasis, SuspensionPhase};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What the rules know of a detainee.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DetaineeAccess {
    /// Languages and English (§15).
    pub understanding: Option<Understanding>,
    /// Control measures (§14).
    pub control_measures: Vec<ControlMeasure>,
    /// Imminent removal directions (§18).
    pub imminent_removal: bool,
    /// The compact workflow (§10, §15).
    pub compact: CompactFlow,
    /// The latest risk assessment: (allows video calls, reference) (§14).
    pub risk_assessment: Option<(bool, String)>,
    /// When the latest risk assessment was recorded: a refusal names its date (§14).
    #[serde(default)]
    pub risk_assessed_at: Option<DateTime<Utc>>,
}

impl DetaineeAccess {
    /// What the compact rules use when no profile is known: English only.
    pub fn understanding_or_default(&self) -> Understanding {
        self.understanding.clone().unwrap_or(Understanding {
            languages: vec![LanguageTag::new("en-GB")],
            english_sufficient: true,
        })
    }
}

/// A call and where it stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    /// What does not change.
    pub info: CallInfo,
    /// The state machine.
    pub phase: CallPhase,
}

/// An incident report (§19).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incident {
    /// The report.
    pub id: IncidentId,
    /// Category.
    pub category: IncidentCategory,
    /// The call, if any.
    pub booking: Option<BookingId>,
    /// The detainee, if any.
    pub detainee: Option<DetaineeId>,
    /// When it was reported.
    pub reported_at: DateTime<Utc>,
}

/// A referral in the security department's queue (§12, §19).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    /// What it is about.
    pub source: ReferralSource,
    /// When it was referred.
    pub referred_at: DateTime<Utc>,
    /// Where it stands.
    pub status: ReferralStatus,
    /// The call it concerns (§19): the terminated call, or the call the incident report
    /// names. Absent for a report about no call.
    #[serde(default)]
    pub booking: Option<BookingId>,
    /// The detainee it concerns, where known.
    #[serde(default)]
    pub detainee: Option<DetaineeId>,
}

/// A suspended detainee's request for legal advice (§18): open until it is met by the
/// alternative arranged for their suspension.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalRequest {
    /// The request.
    pub id: LegalRequestId,
    /// Who asked.
    pub detainee: DetaineeId,
    /// The suspension that stopped the legal call.
    pub suspension: SuspensionId,
    /// When they asked.
    pub requested_at: DateTime<Utc>,
    /// When it was met, once it was.
    pub met_at: Option<DateTime<Utc>>,
    /// The alternative it was met by (the one arranged for the suspension then).
    pub met_by: Option<LegalAccessMethod>,
}

impl LegalRequest {
    /// Whether it still waits to be met.
    pub fn is_open(&self) -> bool {
        self.met_at.is_none()
    }
}

/// An event recorded against the rules at its place in the order, for the Compliance Manager.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyException {
    /// The event.
    pub event: EventId,
    /// Who recorded it.
    pub actor: Actor,
    /// The rule it broke.
    pub violation: RuleViolation,
    /// Whether the Compliance Manager has reviewed it.
    pub reviewed: bool,
}

/// The whole centre, as folded from its events.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Centre {
    /// Opening hours and slots (§7).
    pub schedule: Option<Schedule>,
    /// The compact in force and its languages (§10).
    pub compact: Option<(CompactVersion, Vec<LanguageTag>)>,
    /// Per detainee.
    pub detainees: BTreeMap<DetaineeId, DetaineeAccess>,
    /// Every call.
    pub calls: BTreeMap<BookingId, Call>,
    /// Incident reports.
    pub incidents: BTreeMap<IncidentId, Incident>,
    /// The security queue.
    pub referrals: BTreeMap<ReferralSource, Referral>,
    /// Suspensions.
    pub suspensions: BTreeMap<SuspensionId, Suspension>,
    /// Which suspension an appeal belongs to.
    pub appeals: BTreeMap<AppealId, SuspensionId>,
    /// Policy exceptions, in order.
    pub exceptions: Vec<PolicyException>,
    /// Named rooms, retired ones too (§7).
    #[serde(default)]
    pub rooms: BTreeMap<RoomId, Room>,
    /// The room each placed call is in; a booking not here uses an unnamed call point.
    #[serde(default)]
    pub call_rooms: BTreeMap<BookingId, RoomId>,
    /// Tablets enrolled or revoked through events (§16); tablets enrolled before those events
    /// existed are not here.
    #[serde(default)]
    pub devices: BTreeMap<DeviceId, Tablet>,
    /// Suspended detainees' requests for legal advice (§18), met or not.
    #[serde(default)]
    pub legal_requests: BTreeMap<LegalRequestId, LegalRequest>,
    /// Who is signed in on each tablet, as its sign-in events say (§16; see
    /// [`crate::sign_in`]). A tablet nobody is signed in on is not here.
    #[serde(default)]
    pub signed_in: BTreeMap<DeviceId, StaffId>,
    /// The waiting list, in the order detainees joined it, left places too (§9; see
    /// [`crate::waiting`]).
    #[serde(default)]
    pub waiting: Vec<crate::waiting::WaitingEntry>,
    /// The last event folded.
    pub last: Option<(Stamp, EventId)>,
}

/// A slot of a day, with its bookings (legal first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotView {
    /// Slot start.
    pub start: DateTime<Utc>,
    /// Bookings in it, legal calls first, then by booking time.
    pub bookings: Vec<BookingId>,
    /// How many call points are free.
    pub free: u16,
}

/// The slot length assumed for a call while the centre has no schedule yet (Annex A's
/// shortest).
pub const DEFAULT_SLOT_MINUTES: u32 = 30;

impl Centre {
    /// When the call of `booking` ends: its slot's start plus the schedule's slot length
    /// ([`DEFAULT_SLOT_MINUTES`] before there is a schedule). The tablet's call engine and the
    /// server's join links end calls at the same instant.
    pub fn slot_end(&self, booking: BookingId) -> Option<DateTime<Utc>> {
        let call = self.calls.get(&booking)?;
        let minutes = self
            .schedule
            .as_ref()
            .map_or(DEFAULT_SLOT_MINUTES, |s| s.slot_minutes);
        Some(call.info.slot_start + chrono::Duration::minutes(i64::from(minutes)))
    }

    /// Folds events in stamp order, whatever order they are given in.
    pub fn fold<'a>(events: impl IntoIterator<Item = &'a Event>) -> Self {
        let mut sorted: Vec<&Event> = events.into_iter().collect();
        sorted.sort_by_key(|e| e.order_key());
        sorted.dedup_by_key(|e| e.id);
        let mut centre = Centre::default();
        for e in sorted {
            centre.apply(e);
        }
        centre
    }

    /// The detainee's record, if known.
    pub fn detainee(&self, id: DetaineeId) -> DetaineeAccess {
        self.detainees.get(&id).cloned().unwrap_or_default()
    }

    /// The suspension in force for a detainee at `at`, if any.
    pub fn suspension_in_force(
        &self,
        detainee: DetaineeId,
        at: DateTime<Utc>,
    ) -> Option<&Suspension> {
        self.suspensions
            .values()
            .find(|s| s.detainee == detainee && s.is_in_force(at))
    }

    /// Whether the detainee may have a video call at `at`: compact (§10, §15), risk assessment
    /// (§14) and no suspension in force (§17). Returns the first rule that stops it.
    pub fn call_access(
        &self,
        detainee: DetaineeId,
        at: DateTime<Utc>,
    ) -> Result<(), RuleViolation> {
        match self.access_blockers(detainee, at).into_iter().next() {
            Some(v) => Err(v),
            None => Ok(()),
        }
    }

    /// Every rule that stops the detainee having a video call at `at`, in the order
    /// [`Centre::call_access`] checks them: the compact (§10, §15), the risk assessment (§14),
    /// a suspension in force (§17). Empty when they may call. Each refusal's message says what
    /// must happen first.
    pub fn access_blockers(&self, detainee: DetaineeId, at: DateTime<Utc>) -> Vec<RuleViolation> {
        let d = self.detainee(detainee);
        let mut out = Vec::new();
        match &self.compact {
            None => out.push(RuleViolation::NoCompactPublished),
            Some((current, _)) => match &d.compact {
                CompactFlow::Signed { version, .. } if version == current => {}
                _ => out.push(RuleViolation::CompactNotSigned {
                    current: current.0.clone(),
                }),
            },
        }
        if let Some(measure) = d.control_measures.first() {
            let measure = measure.label().to_owned();
            match (&d.risk_assessment, d.risk_assessed_at) {
                (Some((true, _)), _) => {}
                (Some((false, reference)), Some(at)) => {
                    out.push(RuleViolation::RiskAssessmentRefused {
                        measure,
                        reference: reference.clone(),
                        date: crate::time::london_date(at),
                    });
                }
                _ => out.push(RuleViolation::RiskAssessmentRequired { measure }),
            }
        }
        if self.suspension_in_force(detainee, at).is_some() {
            out.push(RuleViolation::Suspended);
        }
        out
    }

    /// Bookings in a slot that still hold a call point.
    pub fn bookings_in_slot(&self, start: DateTime<Utc>) -> Vec<&Call> {
        let mut v: Vec<&Call> = self
            .calls
            .values()
            .filter(|c| c.info.slot_start == start)
            .filter(|c| !matches!(c.phase, CallPhase::Finished { .. }))
            .collect();
        v.sort_by_key(|c| {
            (
                c.info.kind != CallKind::Legal,
                c.info.booked_at,
                c.info.booking,
            )
        });
        v
    }

    /// A London day's slots and bookings, legal calls first in each slot (§9).
    pub fn day(&self, date: NaiveDate) -> Vec<SlotView> {
        let Some(schedule) = &self.schedule else {
            return Vec::new();
        };
        schedule
            .slots_on(date)
            .into_iter()
            .map(|start| {
                let bookings: Vec<BookingId> = self
                    .bookings_in_slot(start)
                    .iter()
                    .map(|c| c.info.booking)
                    .collect();
                let used = u16::try_from(bookings.len()).unwrap_or(u16::MAX);
                SlotView {
                    start,
                    bookings,
                    free: schedule.call_points.saturating_sub(used),
                }
            })
            .collect()
    }

    /// The active rooms, by name.
    pub fn active_rooms(&self) -> Vec<&Room> {
        let mut v: Vec<&Room> = self.rooms.values().filter(|r| r.active).collect();
        v.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        v
    }

    /// The room a call was placed in, if any.
    pub fn room_of(&self, booking: BookingId) -> Option<&Room> {
        self.call_rooms
            .get(&booking)
            .and_then(|r| self.rooms.get(r))
    }

    /// Every open duty of every suspension, soonest due first (overdue ones lead).
    pub fn deadlines(&self) -> Vec<Deadline> {
        let mut all: Vec<Deadline> = self
            .suspensions
            .values()
            .flat_map(|s| s.deadlines())
            .collect();
        all.sort_by_key(|d| (d.due, d.kind));
        all
    }

    /// The requests for legal advice not yet met, oldest first (§18): what managers see until
    /// each is met.
    pub fn open_legal_requests(&self) -> Vec<&LegalRequest> {
        let mut v: Vec<&LegalRequest> = self
            .legal_requests
            .values()
            .filter(|r| r.is_open())
            .collect();
        v.sort_by_key(|r| (r.requested_at, r.id));
        v
    }

    /// The alternative a request is routed to: the one arranged for its suspension, if any yet.
    pub fn legal_alternative(&self, request: &LegalRequest) -> Option<&LegalAccessMethod> {
        self.suspensions
            .get(&request.suspension)
            .and_then(|s| s.legal_access.as_ref())
    }

    /// Calls of a London day, for reports.
    pub fn calls_on(&self, date: NaiveDate) -> impl Iterator<Item = &Call> {
        self.calls
            .values()
            .filter(move |c| london_date(c.info.slot_start) == date)
    }

    /// Folds one event. Call in stamp order (see [`Timeline`] for any arrival order).
    ///
    /// Total: an event whose values are out of bounds ([`crate::bounds::check_event`]: a time
    /// far outside any centre's life, a schedule whose slots cannot be counted, a list without
    /// end) is not applied — it raises a policy exception and changes nothing else — so no
    /// sequence of events can make the fold panic, loop or grow without bound.
    pub fn apply(&mut self, event: &Event) {
        // A kind a newer release recorded: carried, not folded (the release that knows it
        // folds it, with the rulebook's check as for any event).
        if matches!(event.body, EventBody::Unknown(_)) {
            self.last = Some(event.order_key());
            return;
        }
        if let Err(violation) = crate::bounds::check_event(event) {
            self.exceptions.push(PolicyException {
                event: event.id,
                actor: event.actor,
                violation,
                reviewed: false,
            });
            self.last = Some(event.order_key());
            return;
        }
        if let Err(violation) = rules::check(self, &event.actor, &event.body, event.recorded_at) {
            self.exceptions.push(PolicyException {
                event: event.id,
                actor: event.actor,
                violation,
                reviewed: false,
            });
        }
        self.apply_fact(event);
        self.last = Some(event.order_key());
    }

    fn apply_fact(&mut self, event: &Event) {
        use EventBody as B;
        let at = event.recorded_at;
        match &event.body {
            B::CentreScheduleChanged { schedule } => self.schedule = Some(schedule.clone()),
            B::RoomAdded {
                room,
                name,
                capacity,
            } => {
                self.rooms.entry(*room).or_insert(Room {
                    id: *room,
                    name: name.trim().to_owned(),
                    capacity: *capacity,
                    active: true,
                    added_at: at,
                });
            }
            B::RoomRetired { room } => {
                if let Some(r) = self.rooms.get_mut(room) {
                    r.active = false;
                }
            }
            B::CallRoomAssigned { booking, room } => {
                self.call_rooms.insert(*booking, *room);
            }
            // Staff accounts are the server's (with their secrets); the fold keeps none.
            B::StaffAccountSet { .. } => {}
            B::DeviceEnrolled { device } => {
                self.devices.entry(*device).or_insert(Tablet {
                    enrolled_at: Some(at),
                    revoked_at: None,
                });
            }
            B::DeviceRevoked { device, .. } => {
                let t = self.devices.entry(*device).or_insert(Tablet {
                    enrolled_at: None,
                    revoked_at: None,
                });
                t.revoked_at.get_or_insert(at);
            }
            B::CompactVersionPublished { version, languages } => {
                self.compact = Some((version.clone(), languages.clone()));
            }
            B::DetaineeProfileUpdated {
                detainee,
                languages,
                english_sufficient,
                control_measures,
                imminent_removal,
            } => {
                let d = self.detainees.entry(*detainee).or_default();
                d.understanding = Some(Understanding {
                    languages: languages.clone(),
                    english_sufficient: *english_sufficient,
                });
                d.control_measures = control_measures.clone();
                d.imminent_removal = *imminent_removal;
            }
            B::SessionOpened { detainee } => {
                self.detainees.entry(*detainee).or_default();
            }
            B::WaitingListJoined {
                entry,
                detainee,
                kind,
                day,
                slot,
            } => self.join_waiting(crate::waiting::WaitingEntry {
                entry: *entry,
                detainee: *detainee,
                kind: *kind,
                day: *day,
                slot: *slot,
                joined_at: at,
                left: None,
            }),
            B::WaitingListLeft { entry, booking } => self.leave_waiting(*entry, *booking),
            B::StaffSignedIn {} | B::StaffSignedOut {} => {
                let now = crate::sign_in::OnTablet::new(self.signed_in.get(&event.device).copied())
                    .after(event);
                match now.staff() {
                    Some(staff) => self.signed_in.insert(event.device, staff),
                    None => self.signed_in.remove(&event.device),
                };
            }
            B::CompactPresented {
                detainee,
                version,
                language,
            } => {
                self.compact_step(
                    *detainee,
                    CompactStep::Present {
                        version: version.clone(),
                        language: language.clone(),
                    },
                );
            }
            B::CompactExplained {
                detainee,
                version,
                language,
                how,
            } => self.compact_step(
                *detainee,
                CompactStep::Explain {
                    version: version.clone(),
                    language: language.clone(),
                    how: how.clone(),
                },
            ),
            B::CompactSigned {
                detainee,
                version,
                language,
                text_hash,
                ..
            } => {
                // A signature is a fact even when recorded against the rules: keep it, so the
                // record shows what was signed; the exception says what was wrong.
                self.detainees.entry(*detainee).or_default().compact = CompactFlow::Signed {
                    version: version.clone(),
                    language: language.clone(),
                    text_hash: text_hash.clone(),
                };
            }
            B::RiskAssessmentRecorded {
                detainee,
                allows_video_calls,
                reference,
            } => {
                let d = self.detainees.entry(*detainee).or_default();
                d.risk_assessment = Some((*allows_video_calls, reference.clone()));
                d.risk_assessed_at = Some(at);
            }
            B::CallBooked {
                booking,
                detainee,
                kind,
                slot_start,
            } => {
                self.calls.entry(*booking).or_insert(Call {
                    info: CallInfo {
                        booking: *booking,
                        detainee: *detainee,
                        kind: *kind,
                        slot_start: *slot_start,
                        booked_at: at,
                    },
                    phase: CallPhase::Booked,
                });
            }
            B::CallCancelled { booking, .. } => self.call_step(*booking, CallStep::Cancel, at),
            B::CallCheckedIn { booking } => self.call_step(*booking, CallStep::CheckIn, at),
            B::AdultCheckRecorded {
                booking,
                recipient_is_adult,
            } => {
                self.call_step(
                    *booking,
                    CallStep::AdultCheck {
                        adult: *recipient_is_adult,
                    },
                    at,
                );
            }
            B::CallerAdmitted { booking } => self.call_step(*booking, CallStep::Admit, at),
            B::CallStarted { booking } => self.call_step(*booking, CallStep::Start, at),
            B::CallEnded { booking, reason } => {
                self.call_step(*booking, CallStep::End(*reason), at)
            }
            B::CallTerminated { booking, reason } => {
                self.call_step(*booking, CallStep::Terminate(*reason), at);
            }
            B::IncidentReported {
                incident,
                booking,
                detainee,
                category,
                ..
            } => {
                self.incidents.entry(*incident).or_insert(Incident {
                    id: *incident,
                    category: *category,
                    booking: *booking,
                    detainee: *detainee,
                    reported_at: at,
                });
            }
            B::ReferredToSecurity { source } => {
                let (booking, detainee) = match source {
                    ReferralSource::Termination(b) => {
                        (Some(*b), self.calls.get(b).map(|c| c.info.detainee))
                    }
                    ReferralSource::Incident(i) => {
                        self.incidents.get(i).map_or((None, None), |r| {
                            let of_call = r
                                .booking
                                .and_then(|b| self.calls.get(&b))
                                .map(|c| c.info.detainee);
                            (r.booking, r.detainee.or(of_call))
                        })
                    }
                };
                self.referrals.entry(*source).or_insert(Referral {
                    source: *source,
                    referred_at: at,
                    status: ReferralStatus::Open,
                    booking,
                    detainee,
                });
            }
            B::ReferralUpdated { source, status } => {
                if let Some(r) = self.referrals.get_mut(source) {
                    r.status = status.clone();
                }
            }
            B::SuspensionDecided {
                suspension,
                detainee,
                reason,
                until,
                evidence,
                security_report,
                not_a_sanction,
                ..
            } => {
                self.suspensions
                    .entry(*suspension)
                    .or_insert_with(|| Suspension {
                        basis: SuspensionBasis {
                            evidence: evidence.clone(),
                            security_report: security_report.clone(),
                            not_a_sanction: *not_a_sanction,
                        },
                        ..Suspension::new(*suspension, *detainee, *reason, at, *until)
                    });
            }
            B::SuspensionNoticeGiven {
                suspension,
                language,
            } => {
                if let Some(s) = self.suspensions.get_mut(suspension) {
                    s.notice_given_in = Some(language.clone());
                }
            }
            B::ComplianceManagerNotified { suspension } => {
                if let Some(s) = self.suspensions.get_mut(suspension) {
                    s.compliance_notified_at.get_or_insert(at);
                }
            }
            B::SuspensionAuthorised { suspension, until } => {
                if let Some(s) = self.suspensions.get_mut(suspension) {
                    s.authorised_until = Some(*until);
                    s.last_review_at = Some(at);
                }
            }
            B::SuspensionReviewed { suspension, .. } => {
                if let Some(s) = self.suspensions.get_mut(suspension) {
                    s.last_review_at = Some(at);
                }
            }
            B::SuspensionAppealed {
                suspension, appeal, ..
            } => {
                self.appeals.insert(*appeal, *suspension);
                if let Some(s) = self.suspensions.get_mut(suspension) {
                    let imminent = self
                        .detainees
                        .get(&s.detainee)
                        .is_some_and(|d| d.imminent_removal);
                    if !matches!(s.phase, SuspensionPhase::Lifted { .. }) {
                        s.appeal(*appeal, at, imminent);
                    }
                }
            }
            B::AppealDecided { appeal, upheld, .. } => {
                if let Some(s) = self
                    .appeals
                    .get(appeal)
                    .and_then(|sid| self.suspensions.get_mut(sid))
                {
                    s.decide_appeal(*appeal, *upheld, at);
                }
            }
            B::SuspensionLifted { suspension } => {
                if let Some(s) = self.suspensions.get_mut(suspension) {
                    s.phase = SuspensionPhase::Lifted { at };
                }
            }
            B::AlternativeLegalAccessArranged { suspension, method } => {
                if let Some(s) = self.suspensions.get_mut(suspension) {
                    s.legal_access = Some(method.clone());
                }
            }
            B::LegalAccessRequested {
                request,
                detainee,
                suspension,
            } => {
                self.legal_requests.entry(*request).or_insert(LegalRequest {
                    id: *request,
                    detainee: *detainee,
                    suspension: *suspension,
                    requested_at: at,
                    met_at: None,
                    met_by: None,
                });
            }
            B::LegalAccessRequestMet { request } => {
                let method = self
                    .legal_requests
                    .get(request)
                    .and_then(|r| self.legal_alternative(r))
                    .cloned();
                if let Some(r) = self.legal_requests.get_mut(request)
                    && r.met_at.is_none()
                {
                    r.met_at = Some(at);
                    r.met_by = method;
                }
            }
            B::PolicyExceptionReviewed { event, .. } => {
                for e in self.exceptions.iter_mut().filter(|e| e.event == *event) {
                    e.reviewed = true;
                }
            }
            // Not folded (see `apply`).
            B::Unknown(_) => {}
        }
    }

    fn compact_step(&mut self, detainee: DetaineeId, step: CompactStep) {
        let current = self.compact.as_ref().map(|(v, _)| v.clone());
        let d = self.detainees.entry(detainee).or_default();
        let understanding = d.understanding_or_default();
        if let Ok((next, _)) = d.compact.step(step, current.as_ref(), &understanding) {
            d.compact = next;
        }
    }

    fn call_step(&mut self, booking: BookingId, step: CallStep, at: DateTime<Utc>) {
        if let Some(call) = self.calls.get_mut(&booking)
            && let Ok((next, _)) = call.phase.step(&call.info, step, at)
        {
            call.phase = next;
        }
    }
}

/// Events in any arrival order, deduplicated by id, folded as if they had arrived in stamp
/// order. Late arrivals (an older stamp than the newest folded) cause a re-fold.
#[derive(Clone, Debug, Default)]
pub struct Timeline {
    events: BTreeMap<(Stamp, EventId), Event>,
    ids: BTreeSet<EventId>,
    centre: Centre,
}

impl Timeline {
    /// Adds an event; returns false if it was already there (same id).
    pub fn insert(&mut self, event: Event) -> bool {
        if !self.ids.insert(event.id) {
            return false;
        }
        let key = event.order_key();
        let in_order = self.centre.last.is_none_or(|last| key > last);
        if in_order {
            self.centre.apply(&event);
            self.events.insert(key, event);
        } else {
            self.events.insert(key, event);
            self.centre = Centre::fold(self.events.values());
        }
        true
    }

    /// The folded state.
    pub fn centre(&self) -> &Centre {
        &self.centre
    }

    /// The events, in stamp order.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.events.values()
    }
}
