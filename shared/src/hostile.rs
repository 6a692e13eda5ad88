//! Event sequences an attacker could send, made from raw bytes: the input of the fold's
//! property test (`tests/kinline/properties.rs`) and of its fuzz target (`server/fuzz`,
//! `cargo xtask fuzz`). Every kind of event, ids drawn from small pools so that events refer
//! to each other, and values from the ordinary to the absurd: times at the ends of the
//! calendar, 0-minute slots, stamps in 2100, long texts. Pure and deterministic: the same
//! bytes make the same events.

use crate::actor::{Actor, Role};
use crate::clock::Stamp;
use crate::event::{Event, EventBody, EventKind, ReferralSource};
use crate::ids::{
    AppealId, BookingId, DetaineeId, DeviceId, EventId, IncidentId, RoomId, StaffId, SuspensionId,
};
use crate::model::{
    CallKind, CompactVersion, ControlMeasure, EndReason, Evidence, Explanation, IncidentCategory,
    LanguageTag, LegalAccessMethod, OpeningWindow, ReferralStatus, Schedule, Signature,
    StrokePoint, SuspensionReason, TerminationReason, TextHash,
};
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use uuid::Uuid;

/// Reads values from bytes; past their end it reads zeros.
struct Bytes<'a> {
    data: &'a [u8],
    at: usize,
}

impl Bytes<'_> {
    fn u8(&mut self) -> u8 {
        let b = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.u8(), self.u8()])
    }

    fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.u8(), self.u8(), self.u8(), self.u8()])
    }

    fn i64(&mut self) -> i64 {
        let mut b = [0u8; 8];
        b.iter_mut().for_each(|x| *x = self.u8());
        i64::from_le_bytes(b)
    }

    fn bool(&mut self) -> bool {
        self.u8() & 1 == 1
    }

    fn done(&self) -> bool {
        self.at >= self.data.len()
    }

    /// One of a small pool of ids (so events meet), as a UUID.
    fn pooled(&mut self, salt: u128) -> Uuid {
        Uuid::from_u128((salt << 64) | u128::from(self.u8() % 6))
    }

    /// A time: mostly near the base day, sometimes anywhere chrono can hold.
    fn time(&mut self, base: DateTime<Utc>) -> DateTime<Utc> {
        match self.u8() % 8 {
            0 => DateTime::<Utc>::MAX_UTC,
            1 => DateTime::<Utc>::MIN_UTC,
            2 => DateTime::from_timestamp_millis(self.i64()).unwrap_or(base),
            3 => Utc
                .with_ymd_and_hms(2100, 1, 1, 0, 0, 0)
                .single()
                .unwrap_or(base),
            _ => base + chrono::Duration::minutes(i64::from(self.u16()) - 30_000),
        }
    }

    fn text(&mut self) -> String {
        match self.u8() % 6 {
            0 => String::new(),
            1 => "x".repeat(4001),
            2 => "ሰላም مرحبا ".repeat(usize::from(self.u8())),
            _ => "A reason.".to_owned(),
        }
    }

    fn language(&mut self) -> LanguageTag {
        const TAGS: [&str; 6] = ["en-GB", "ar", "ti", "zh-Hans", "", "x y"];
        LanguageTag::new(TAGS[usize::from(self.u8()) % TAGS.len()])
    }

    fn languages(&mut self) -> Vec<LanguageTag> {
        let n = if self.u8() == 255 {
            10_000
        } else {
            usize::from(self.u8() % 4)
        };
        (0..n).map(|_| self.language()).collect()
    }

    fn version(&mut self) -> CompactVersion {
        CompactVersion(["2026-1", "2026-2", ""][usize::from(self.u8() % 3)].to_owned())
    }

    fn schedule(&mut self, base: DateTime<Utc>) -> Schedule {
        const MINUTES: [u32; 7] = [0, 1, 29, 30, 45, 60, 100_000];
        let minutes = MINUTES[usize::from(self.u8()) % MINUTES.len()];
        let hour = |h: u32| NaiveTime::from_hms_opt(h % 24, 0, 0).unwrap_or(NaiveTime::MIN);
        let window = OpeningWindow {
            start: hour(u32::from(self.u8() % 24)),
            end: hour(u32::from(self.u8() % 24)),
        };
        let effective_from = match self.u8() % 4 {
            0 => NaiveDate::MAX,
            1 => NaiveDate::MIN,
            _ => base.date_naive(),
        };
        Schedule::every_day(vec![window], minutes, self.u16(), effective_from)
    }

    fn signature(&mut self) -> Signature {
        let points = usize::from(self.u8());
        let stroke = (0..points)
            .map(|i| StrokePoint {
                x: i32::try_from(i).unwrap_or(0) * i32::from(self.u8()),
                y: i32::from(self.u8()),
                t_ms: self.u32(),
            })
            .collect();
        Signature {
            strokes: vec![stroke],
            png_base64: "iVBORw0KGgo=".to_owned(),
        }
    }

    fn body(&mut self, base: DateTime<Utc>) -> EventBody {
        use EventBody as B;
        let booking = BookingId(self.pooled(1));
        let detainee = DetaineeId(self.pooled(2));
        let suspension = SuspensionId(self.pooled(3));
        let appeal = AppealId(self.pooled(4));
        let incident = IncidentId(self.pooled(5));
        let room = RoomId(self.pooled(6));
        let kind = EventKind::ALL[usize::from(self.u8()) % EventKind::ALL.len()];
        let call_kind = if self.bool() {
            CallKind::Legal
        } else {
            CallKind::Social
        };
        let source = if self.bool() {
            ReferralSource::Termination(booking)
        } else {
            ReferralSource::Incident(incident)
        };
        match kind {
            EventKind::CentreScheduleChanged => B::CentreScheduleChanged {
                schedule: self.schedule(base),
            },
            EventKind::RoomAdded => B::RoomAdded {
                room,
                name: self.text(),
                capacity: self.u16(),
            },
            EventKind::RoomRetired => B::RoomRetired { room },
            EventKind::StaffAccountSet => B::StaffAccountSet {
                staff: StaffId(self.pooled(7)),
                role: Role::ALL[usize::from(self.u8()) % Role::ALL.len()],
                active: self.bool(),
            },
            EventKind::DeviceEnrolled => B::DeviceEnrolled {
                device: DeviceId(self.pooled(8)),
            },
            EventKind::DeviceRevoked => B::DeviceRevoked {
                device: DeviceId(self.pooled(8)),
                reason: self.bool().then(|| self.text()),
            },
            EventKind::CallRoomAssigned => B::CallRoomAssigned { booking, room },
            EventKind::CompactVersionPublished => B::CompactVersionPublished {
                version: self.version(),
                languages: self.languages(),
            },
            EventKind::DetaineeProfileUpdated => B::DetaineeProfileUpdated {
                detainee,
                languages: self.languages(),
                english_sufficient: self.bool(),
                control_measures: if self.bool() {
                    vec![ControlMeasure::Mappa]
                } else {
                    Vec::new()
                },
                imminent_removal: self.bool(),
            },
            EventKind::SessionOpened => B::SessionOpened { detainee },
            EventKind::CompactPresented => B::CompactPresented {
                detainee,
                version: self.version(),
                language: self.language(),
            },
            EventKind::CompactExplained => B::CompactExplained {
                detainee,
                version: self.version(),
                language: self.language(),
                how: match self.u8() % 3 {
                    0 => Explanation::ReadOnScreen,
                    1 => Explanation::ReadAloud {
                        audio_completed: self.bool(),
                    },
                    _ => Explanation::Interpreter {
                        reference: self.text(),
                    },
                },
            },
            EventKind::CompactSigned => B::CompactSigned {
                detainee,
                version: self.version(),
                language: self.language(),
                text_hash: TextHash::of("the compact"),
                signature: self.signature(),
            },
            EventKind::RiskAssessmentRecorded => B::RiskAssessmentRecorded {
                detainee,
                allows_video_calls: self.bool(),
                reference: self.text(),
            },
            EventKind::CallBooked => B::CallBooked {
                booking,
                detainee,
                kind: call_kind,
                slot_start: self.time(base),
            },
            EventKind::CallCancelled => B::CallCancelled {
                booking,
                displaced_by_legal: self.bool(),
                reason: None,
            },
            EventKind::CallCheckedIn => B::CallCheckedIn { booking },
            EventKind::AdultCheckRecorded => B::AdultCheckRecorded {
                booking,
                recipient_is_adult: self.bool(),
            },
            EventKind::CallerAdmitted => B::CallerAdmitted { booking },
            EventKind::CallStarted => B::CallStarted { booking },
            EventKind::CallEnded => B::CallEnded {
                booking,
                reason: [
                    EndReason::Completed,
                    EndReason::SlotEnded,
                    EndReason::TechnicalFailure,
                ][usize::from(self.u8() % 3)],
            },
            EventKind::CallTerminated => B::CallTerminated {
                booking,
                reason: TerminationReason::ALL
                    [usize::from(self.u8()) % TerminationReason::ALL.len()],
            },
            EventKind::IncidentReported => B::IncidentReported {
                incident,
                booking: self.bool().then_some(booking),
                detainee: self.bool().then_some(detainee),
                category: IncidentCategory::BreachOfTerms,
                account: self.text(),
            },
            EventKind::ReferredToSecurity => B::ReferredToSecurity { source },
            EventKind::ReferralUpdated => B::ReferralUpdated {
                source,
                status: if self.bool() {
                    ReferralStatus::Investigating
                } else {
                    ReferralStatus::Closed {
                        outcome: self.text(),
                    }
                },
            },
            EventKind::SuspensionDecided => B::SuspensionDecided {
                suspension,
                detainee,
                reason: if self.bool() {
                    SuspensionReason::Security
                } else {
                    SuspensionReason::BreachOfAcceptableUse
                },
                reasons: self.text(),
                evidence: vec![Evidence::TerminatedCall(booking)],
                until: self.bool().then(|| self.time(base)),
                security_report: self.bool().then(|| self.text()),
                not_a_sanction: self.bool(),
            },
            EventKind::SuspensionNoticeGiven => B::SuspensionNoticeGiven {
                suspension,
                language: self.language(),
            },
            EventKind::ComplianceManagerNotified => B::ComplianceManagerNotified { suspension },
            EventKind::SuspensionAuthorised => B::SuspensionAuthorised {
                suspension,
                until: self.time(base),
            },
            EventKind::SuspensionReviewed => B::SuspensionReviewed {
                suspension,
                continues: self.bool(),
                notes: self.text(),
            },
            EventKind::SuspensionAppealed => B::SuspensionAppealed {
                suspension,
                appeal,
                reasons: self.text(),
            },
            EventKind::AppealDecided => B::AppealDecided {
                appeal,
                upheld: self.bool(),
                reasons: self.text(),
            },
            EventKind::SuspensionLifted => B::SuspensionLifted { suspension },
            EventKind::AlternativeLegalAccessArranged => B::AlternativeLegalAccessArranged {
                suspension,
                method: LegalAccessMethod::Telephone,
            },
            EventKind::LegalAccessRequested => B::LegalAccessRequested {
                request: crate::ids::LegalRequestId(self.pooled(11)),
                detainee,
                suspension,
            },
            EventKind::LegalAccessRequestMet => B::LegalAccessRequestMet {
                request: crate::ids::LegalRequestId(self.pooled(11)),
            },
            EventKind::PolicyExceptionReviewed => B::PolicyExceptionReviewed {
                event: EventId(self.pooled(9)),
                notes: self.text(),
            },
            EventKind::StaffSignedIn => B::StaffSignedIn {},
            EventKind::StaffSignedOut => B::StaffSignedOut {},
            EventKind::WaitingListJoined => B::WaitingListJoined {
                entry: crate::ids::WaitingId(self.pooled(12)),
                detainee,
                kind: call_kind,
                day: self.time(base).date_naive(),
                slot: self.bool().then(|| self.time(base)),
            },
            EventKind::WaitingListLeft => B::WaitingListLeft {
                entry: crate::ids::WaitingId(self.pooled(12)),
                booking: self.bool().then_some(booking),
            },
            // Not in `EventKind::ALL`; a newer release's kind is carried, never folded.
            EventKind::Unknown => {
                crate::event::OpaqueBody::from_json(r#"{"type":"from_a_newer_release"}"#)
                    .map_or(B::SessionOpened { detainee }, B::Unknown)
            }
        }
    }
}

/// At most this many events from one input.
pub const MAX_EVENTS: usize = 256;

/// Events made from `data`: each takes the bytes it needs, until they run out (at most
/// [`MAX_EVENTS`]). Some events are sent twice (the same id and content).
pub fn events(data: &[u8]) -> Vec<Event> {
    let base = Utc
        .with_ymd_and_hms(2026, 12, 7, 9, 0, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let mut b = Bytes { data, at: 0 };
    let mut out: Vec<Event> = Vec::new();
    while !b.done() && out.len() < MAX_EVENTS {
        let device = DeviceId(b.pooled(10));
        let recorded_at = b.time(base);
        let wall_ms = if b.u8().is_multiple_of(4) {
            b.i64()
        } else {
            recorded_at.timestamp_millis()
        };
        let actor = if b.u8().is_multiple_of(5) {
            Actor::Detainee {
                id: DetaineeId(b.pooled(2)),
            }
        } else {
            Actor::Staff {
                id: StaffId(b.pooled(7)),
                role: Role::ALL[usize::from(b.u8()) % Role::ALL.len()],
            }
        };
        // An id is stored once (the server's unique index), so a repeated id is a copy.
        if !out.is_empty() && b.u8() == 0xEE {
            let copy = usize::from(b.u16()) % out.len();
            out.push(out[copy].clone());
            continue;
        }
        let id = EventId(Uuid::from_u128((11 << 64) | out.len() as u128));
        let body = b.body(base);
        out.push(Event {
            id,
            stamp: Stamp {
                wall_ms,
                counter: b.u32(),
                device,
            },
            device,
            actor,
            recorded_at,
            body,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::projection::{Centre, Timeline};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        /// DSO §16 (a robust service): no sequence of events, however forged, makes the fold
        /// panic or loop, and what it folds does not depend on the order they arrive in.
        #[test]
        fn the_fold_is_total_over_hostile_event_sequences(
            data in proptest::collection::vec(any::<u8>(), 0..2048),
            rotate in any::<usize>(),
        ) {
            let events = events(&data);
            let folded = Centre::fold(&events);
            let mut arrived = events.clone();
            if !arrived.is_empty() {
                let n = rotate % arrived.len();
                arrived.rotate_left(n);
            }
            let mut line = Timeline::default();
            for e in arrived {
                line.insert(e);
            }
            prop_assert_eq!(line.centre(), &folded);
            // Reading the folded state is total too: a day's slots, deadlines, access.
            let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
            let _ = folded.day(day);
            let _ = folded.deadlines();
            for d in folded.detainees.keys() {
                let _ = folded.call_access(*d, day.and_hms_opt(12, 0, 0).unwrap().and_utc());
            }
        }
    }

    #[test]
    fn a_zero_minute_schedule_and_an_appeal_in_year_262142_are_not_folded_and_later_events_are() {
        let base = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
        let device = DeviceId(Uuid::from_u128(1));
        let admin = Actor::Staff {
            id: StaffId(Uuid::from_u128(2)),
            role: Role::Administrator,
        };
        let event = |n: u128, at: DateTime<Utc>, body: EventBody| Event {
            id: EventId(Uuid::from_u128(100 + n)),
            stamp: Stamp {
                wall_ms: base.timestamp_millis() + i64::try_from(n).unwrap(),
                counter: 0,
                device,
            },
            device,
            actor: admin,
            recorded_at: at,
            body,
        };
        let window = OpeningWindow {
            start: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
        };
        let zero = Schedule::every_day(vec![window], 0, 4, base.date_naive());
        let good = Schedule::every_day(vec![window], 30, 4, base.date_naive());
        let far = DateTime::<Utc>::MAX_UTC - chrono::Duration::days(2);
        let events = [
            event(1, base, EventBody::CentreScheduleChanged { schedule: zero }),
            event(
                2,
                far,
                EventBody::SuspensionAppealed {
                    suspension: SuspensionId(Uuid::from_u128(3)),
                    appeal: AppealId(Uuid::from_u128(4)),
                    reasons: "Year 262142".into(),
                },
            ),
            event(3, base, EventBody::CentreScheduleChanged { schedule: good }),
        ];
        let centre = Centre::fold(&events);
        assert_eq!(centre.exceptions.len(), 2, "{:?}", centre.exceptions);
        assert_eq!(centre.schedule.as_ref().map(|s| s.slot_minutes), Some(30));
        assert_eq!(centre.day(base.date_naive()).len(), 24);
    }
}
