//! A test centre: a device, staff of every role, and a [`Timeline`] that records events only
//! through the rulebook, exactly as the tablet and server shells do. Time is set by the test.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use ed25519_dalek::{Signer, SigningKey};
use kinline_shared::actor::{Actor, Role};
use kinline_shared::dso::RuleViolation;
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, EventId, StaffId};
use kinline_shared::model::{
    CallKind, CompactVersion, ControlMeasure, Explanation, LanguageTag, OpeningWindow, Schedule,
    Signature, StrokePoint, TextHash,
};
use kinline_shared::projection::{Centre, Timeline};
use kinline_shared::recorder::Recorder;
use uuid::Uuid;

/// The compact version every fixture centre publishes.
pub const COMPACT_VERSION: &str = "2026-11";

/// A centre under test.
pub struct TestCentre {
    /// Events so far.
    pub timeline: Timeline,
    /// The device recording them.
    pub device: DeviceId,
    /// Makes its events: the core's one way (rulebook, clock, chain, signature).
    recorder: Recorder,
    key: SigningKey,
    next_id: u128,
    /// The time the next event is recorded at.
    pub now: DateTime<Utc>,
}

/// A staff actor with a fixed id per role.
pub fn staff(role: Role) -> Actor {
    let n = Role::ALL.iter().position(|r| *r == role).unwrap() as u128 + 1;
    Actor::Staff {
        id: StaffId(Uuid::from_u128(0x5000 + n)),
        role,
    }
}

/// The DCO.
pub fn dco() -> Actor {
    staff(Role::Dco)
}

/// The Centre Manager.
pub fn manager() -> Actor {
    staff(Role::CentreManager)
}

/// The Compliance Manager.
pub fn compliance() -> Actor {
    staff(Role::ComplianceManager)
}

/// The administrator.
pub fn admin() -> Actor {
    staff(Role::Administrator)
}

/// 08:00–20:00 every day, 30-minute slots, two call points.
pub fn standard_schedule(from: NaiveDate) -> Schedule {
    Schedule::every_day(
        vec![OpeningWindow {
            start: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
        }],
        30,
        2,
        from,
    )
}

/// A signature of one short stroke.
pub fn a_signature() -> Signature {
    let p = |x, t_ms| StrokePoint { x, y: 10, t_ms };
    Signature {
        strokes: vec![vec![p(1, 0), p(40, 30), p(80, 60)]],
        png_base64: "iVBORw0KGgo=".into(),
    }
}

impl TestCentre {
    /// An empty centre (no schedule, no compact) at `now`.
    pub fn empty(now: DateTime<Utc>) -> Self {
        let device = DeviceId(Uuid::from_u128(0xD1));
        Self {
            timeline: Timeline::default(),
            device,
            recorder: Recorder::new(device),
            key: SigningKey::from_bytes(&[0xD1; 32]),
            next_id: 1,
            now,
        }
    }

    /// A centre with the standard schedule and a published compact, on 2026-11-28 at 09:00.
    pub fn open() -> Self {
        Self::open_at(Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap())
    }

    /// A centre with the standard schedule and a published compact at `now`.
    pub fn open_at(now: DateTime<Utc>) -> Self {
        let mut c = Self::empty(now);
        let from = kinline_shared::time::london_date(now) - Duration::days(1);
        c.record(
            admin(),
            EventBody::CentreScheduleChanged {
                schedule: standard_schedule(from),
            },
        )
        .unwrap();
        c.record(
            admin(),
            EventBody::CompactVersionPublished {
                version: CompactVersion(COMPACT_VERSION.into()),
                languages: vec![LanguageTag::new("en-GB"), LanguageTag::new("ar")],
            },
        )
        .unwrap();
        c
    }

    /// The folded state.
    pub fn centre(&self) -> &Centre {
        self.timeline.centre()
    }

    /// A fresh id (deterministic).
    pub fn id(&mut self) -> Uuid {
        self.next_id += 1;
        Uuid::from_u128(0x1000_0000 + self.next_id)
    }

    /// Moves time on.
    pub fn advance(&mut self, by: Duration) {
        self.now += by;
    }

    /// Proposes an event through the rulebook; records it and its follow-ons if allowed.
    /// Returns the ids of the recorded events, or the refusal (nothing recorded).
    pub fn record(&mut self, actor: Actor, body: EventBody) -> Result<Vec<EventId>, RuleViolation> {
        let random = self.random();
        let key = |bytes: &[u8]| self.key.sign(bytes).to_bytes();
        self.recorder
            .record_into(&mut self.timeline, actor, body, self.now, random, &key)
    }

    /// Makes an event as the shell would, without checking the rules (for events recorded
    /// offline on another tablet); the test decides whether it is inserted.
    pub fn stamp(&mut self, actor: Actor, body: EventBody) -> Event {
        let random = self.random();
        let key = |bytes: &[u8]| self.key.sign(bytes).to_bytes();
        self.recorder
            .record_unchecked(actor, body, self.now, random, &key)
            .logged
            .event
    }

    /// Deterministic "random" bytes for the recorder.
    fn random(&mut self) -> [u8; 10] {
        self.id().as_bytes()[6..].try_into().unwrap()
    }

    /// Registers a detainee who reads `language` (and English if `english`).
    pub fn detainee(
        &mut self,
        language: &str,
        english: bool,
        measures: Vec<ControlMeasure>,
    ) -> DetaineeId {
        let d = DetaineeId(self.id());
        self.record(
            admin(),
            EventBody::DetaineeProfileUpdated {
                detainee: d,
                languages: vec![LanguageTag::new(language)],
                english_sufficient: english,
                control_measures: measures,
                imminent_removal: false,
            },
        )
        .unwrap();
        d
    }

    /// Takes a detainee through the compact in `language`, read aloud to the end, and signs.
    pub fn sign_compact(&mut self, d: DetaineeId, language: &str) -> Result<(), RuleViolation> {
        let version = CompactVersion(COMPACT_VERSION.into());
        let language = LanguageTag::new(language);
        self.record(
            dco(),
            EventBody::CompactPresented {
                detainee: d,
                version: version.clone(),
                language: language.clone(),
            },
        )?;
        self.record(
            dco(),
            EventBody::CompactExplained {
                detainee: d,
                version: version.clone(),
                language: language.clone(),
                how: Explanation::ReadAloud {
                    audio_completed: true,
                },
            },
        )?;
        self.record(
            dco(),
            EventBody::CompactSigned {
                detainee: d,
                version,
                language,
                text_hash: TextHash::of("the compact text shown"),
                signature: a_signature(),
            },
        )?;
        Ok(())
    }

    /// A detainee who can make calls: Arabic speaker, compact signed.
    pub fn ready_detainee(&mut self) -> DetaineeId {
        let d = self.detainee("ar", false, vec![]);
        self.sign_compact(d, "ar").unwrap();
        d
    }

    /// The first slot of the centre's day after `now`.
    pub fn next_slot(&self) -> DateTime<Utc> {
        let schedule = self.centre().schedule.as_ref().unwrap();
        let date = kinline_shared::time::london_date(self.now);
        (0..3)
            .flat_map(|d| schedule.slots_on(date + Duration::days(d)))
            .find(|s| *s >= self.now)
            .unwrap()
    }

    /// Books a call into the next slot.
    pub fn book(&mut self, d: DetaineeId, kind: CallKind) -> Result<BookingId, RuleViolation> {
        let slot = self.next_slot();
        self.book_at(d, kind, slot)
    }

    /// Books a call into a given slot.
    pub fn book_at(
        &mut self,
        d: DetaineeId,
        kind: CallKind,
        slot: DateTime<Utc>,
    ) -> Result<BookingId, RuleViolation> {
        let b = BookingId(self.id());
        self.record(
            dco(),
            EventBody::CallBooked {
                booking: b,
                detainee: d,
                kind,
                slot_start: slot,
            },
        )?;
        Ok(b)
    }

    /// Takes a booked call through check-in, adult check, admission and start.
    pub fn start_call(&mut self, b: BookingId) -> Result<(), RuleViolation> {
        self.record(dco(), EventBody::CallCheckedIn { booking: b })?;
        self.record(
            dco(),
            EventBody::AdultCheckRecorded {
                booking: b,
                recipient_is_adult: true,
            },
        )?;
        self.record(dco(), EventBody::CallerAdmitted { booking: b })?;
        self.record(dco(), EventBody::CallStarted { booking: b })?;
        Ok(())
    }

    /// A social call, booked and started, for a ready detainee.
    pub fn running_call(&mut self) -> (DetaineeId, BookingId) {
        let d = self.ready_detainee();
        let b = self.book(d, CallKind::Social).unwrap();
        self.start_call(b).unwrap();
        (d, b)
    }
}
