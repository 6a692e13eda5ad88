//! An in-memory [`Backend`]: a [`Timeline`] that records only through the core's [`Recorder`]
//! (rulebook, clock, chain and signature, as the store does), a roster,
//! staff credentials and the shipped compact ([`Compact`], embedded at build time). The screens
//! and their tests run on it until the encrypted store and the sync client are wired in behind
//! the same trait.

use super::backend::{
    Backend, CompactText, ReadError, RecordError, RosterEntry, SignInError, StaffSession,
    SyncError, SyncStatus,
};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use ed25519_dalek::{Signer, SigningKey};
use kinline_i18n::Compact;
use kinline_shared::actor::{Actor, Role};
use kinline_shared::clock::CentreClock;
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{
    BookingId, DetaineeId, DeviceId, EventId, IncidentId, StaffId, SuspensionId,
};
use kinline_shared::model::{
    CallKind, CompactVersion, ControlMeasure, Evidence, LanguageTag, OpeningWindow, Schedule,
    SuspensionReason, TextHash,
};
use kinline_shared::projection::{Centre, Timeline};
use kinline_shared::recorder::Recorder;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::rc::Rc;
use uuid::Uuid;

/// Wrong PINs allowed before a staff number is locked on the tablet.
pub const MAX_PIN_ATTEMPTS: u8 = kinline_shared::pin::TABLET_MAX_TRIES;

struct Credential {
    session: StaffSession,
    salt: String,
    pin_hash: TextHash,
    failures: u8,
}

/// The in-memory tablet.
pub struct MemoryBackend {
    timeline: Timeline,
    recorder: Recorder,
    /// The demo tablet's signing key (fixed: nothing it signs leaves the process).
    key: SigningKey,
    controls: Controls,
    fixed_time: bool,
    centre_clock: CentreClock,
    next_id: u128,
    deterministic_ids: bool,
    staff: BTreeMap<String, Credential>,
    roster: Vec<RosterEntry>,
    callers: BTreeMap<BookingId, String>,
    /// The contacts booked on this tablet, in order (tests read them).
    pub contacts: Vec<kinline_shared::contact::CallerContact>,
    /// The rebookings whose callers the server is to carry over, in order (tests read them).
    pub carried: Vec<kinline_shared::contact::Carried>,
    pushed: usize,
    last_sync: Option<DateTime<Utc>>,
}

/// Handles a test (or the demo) keeps to move the fixed clock and cut the network.
#[derive(Clone, Debug)]
pub struct Controls {
    /// The fixed clock.
    pub now: Rc<Cell<DateTime<Utc>>>,
    /// Whether the centre server is reachable.
    pub online: Rc<Cell<bool>>,
    /// How many minutes the tablet's clock is off the server's, as the sync client would
    /// have learned it (none: within the warning's limit).
    pub clock_off_minutes: Rc<Cell<Option<i64>>>,
}

impl Controls {
    /// Moves the fixed clock on.
    pub fn advance(&self, by: Duration) {
        self.now.set(self.now.get() + by);
    }
}

impl MemoryBackend {
    /// An empty tablet at `now`. With `fixed_time` the clock only moves by [`Self::advance`].
    pub fn new(now: DateTime<Utc>, fixed_time: bool) -> Self {
        let device = DeviceId(Uuid::from_u128(0xD1));
        Self {
            timeline: Timeline::default(),
            recorder: Recorder::new(device),
            key: SigningKey::from_bytes(&[0xD1; 32]),
            controls: Controls {
                now: Rc::new(Cell::new(now)),
                online: Rc::new(Cell::new(true)),
                clock_off_minutes: Rc::new(Cell::new(None)),
            },
            fixed_time,
            centre_clock: CentreClock::SYSTEM,
            next_id: 0,
            deterministic_ids: fixed_time,
            staff: BTreeMap::new(),
            roster: Vec::new(),
            callers: BTreeMap::new(),
            contacts: Vec::new(),
            carried: Vec::new(),
            pushed: 0,
            last_sync: None,
        }
    }

    /// Runs on `clock` (the centre's day at a chosen hour, the time still running) instead
    /// of the system's time; with `fixed_time` the clock does not run and this changes
    /// nothing.
    pub fn with_clock(mut self, clock: CentreClock) -> Self {
        self.centre_clock = clock;
        self
    }

    /// The handles to the clock and the network.
    pub fn controls(&self) -> Controls {
        self.controls.clone()
    }

    fn status(&self) -> SyncStatus {
        SyncStatus {
            online: self.controls.online.get(),
            waiting: self.timeline.events().count() - self.pushed,
            last_sync: self.last_sync,
            clock_off_minutes: self.controls.clock_off_minutes.get(),
            ..SyncStatus::default()
        }
    }

    /// Adds staff credentials as a sync would (the PIN is kept only as a salted hash).
    pub fn add_staff(&mut self, number: &str, name: &str, role: Role, pin: &str) -> StaffSession {
        let id = StaffId(self.new_id());
        let salt = format!("{id}");
        let session = StaffSession {
            id,
            number: number.to_owned(),
            name: name.to_owned(),
            role,
        };
        self.staff.insert(
            number.to_owned(),
            Credential {
                session: session.clone(),
                pin_hash: TextHash::of(&format!("{salt}:{pin}")),
                salt,
                failures: 0,
            },
        );
        session
    }

    /// Adds a roster entry and the profile the rules need.
    pub fn add_detainee(
        &mut self,
        name: &str,
        reference: &str,
        room: &str,
        languages: &[&str],
        english_sufficient: bool,
        control_measures: Vec<ControlMeasure>,
    ) -> DetaineeId {
        let id = DetaineeId(self.new_id());
        self.roster.push(RosterEntry {
            id,
            name: name.to_owned(),
            reference: reference.to_owned(),
            room: room.to_owned(),
        });
        self.admin(EventBody::DetaineeProfileUpdated {
            detainee: id,
            languages: languages.iter().map(|l| LanguageTag::new(l)).collect(),
            english_sufficient,
            control_measures,
            imminent_removal: false,
        });
        id
    }

    /// Books a call (as the centre's booking desk would) and names the caller.
    pub fn add_booking(
        &mut self,
        detainee: DetaineeId,
        kind: CallKind,
        slot_start: DateTime<Utc>,
        caller: &str,
    ) -> Result<BookingId, RecordError> {
        let booking = BookingId(self.new_id());
        self.record(
            system(Role::Administrator),
            EventBody::CallBooked {
                booking,
                detainee,
                kind,
                slot_start,
            },
        )?;
        self.callers.insert(booking, caller.to_owned());
        Ok(booking)
    }

    fn admin(&mut self, body: EventBody) {
        self.record(system(Role::Administrator), body)
            .expect("reference data the rules accept");
    }

    /// The centre's schedule: 08:00–20:00 daily, 30-minute slots, `points` call points.
    pub fn open_centre(&mut self, points: u16) {
        let from = kinline_shared::time::london_date(self.now()) - Duration::days(1);
        self.admin(EventBody::CentreScheduleChanged {
            schedule: Schedule::every_day(
                vec![OpeningWindow {
                    start: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default(),
                    end: NaiveTime::from_hms_opt(20, 0, 0).unwrap_or_default(),
                }],
                30,
                points,
                from,
            ),
        });
        self.admin(EventBody::CompactVersionPublished {
            version: CompactVersion("2026-11".into()),
            languages: Compact::offered_languages(),
        });
    }

    /// The demo centre the desktop app opens with until the store lands: staff, a roster with a
    /// detainee in each state the screens show, and today's bookings.
    pub fn demo(now: DateTime<Utc>, fixed_time: bool) -> Self {
        let mut b = Self::new(now, fixed_time);
        b.add_staff("D1234", "Sam Okafor", Role::Dco, "2468");
        b.add_staff("M0001", "Priya Shah", Role::CentreManager, "1357");
        b.open_centre(2);
        let amal = b.add_detainee("Amal Haddad", "A2847391", "B-12", &["ar"], false, vec![]);
        let piotr = b.add_detainee("Piotr Nowak", "B5503187", "C-03", &["pl"], true, vec![]);
        let reza = b.add_detainee(
            "Reza Karimi",
            "K7710265",
            "A-07",
            &["fa"],
            false,
            vec![ControlMeasure::Mappa],
        );
        let tigist = b.add_detainee("Tigist Alemu", "T3394820", "D-21", &["ti"], false, vec![]);
        let now = b.now();
        let date = kinline_shared::time::london_date(now);
        let (slots, last_check_in) = b
            .timeline
            .centre()
            .schedule
            .as_ref()
            .map(|s| {
                let slot = Duration::minutes(i64::from(s.slot_minutes));
                (s.slots_on(date), slot - s.check_in_lead())
            })
            .unwrap_or_default();
        // The first call can be checked in at once (Annex A: from the check-in lead before its
        // slot, connected only within it): the slot under way while more than the lead of it
        // is left, else the next one.
        let upcoming: Vec<DateTime<Utc>> = slots
            .into_iter()
            .filter(|s| *s + last_check_in > now)
            .collect();
        if let [first, second, ..] = upcoming[..] {
            let _ = b.add_booking(amal, CallKind::Social, first, "Sister (Layla)");
            let _ = b.add_booking(piotr, CallKind::Legal, first, "Solicitor, Baker & Co");
            let _ = b.add_booking(reza, CallKind::Social, second, "Brother");
        }
        b.suspend_demo(tigist);
        b
    }

    fn suspend_demo(&mut self, detainee: DetaineeId) {
        let manager = system(Role::CentreManager);
        // Yesterday's call the incident is about (§17: a suspension rests on the detainee's calls).
        let yesterday = kinline_shared::time::london_date(self.now()) - Duration::days(1);
        let slot = self
            .centre()
            .schedule
            .as_ref()
            .and_then(|s| s.slots_on(yesterday).first().copied());
        let booking = slot.and_then(|s| {
            self.add_booking(detainee, CallKind::Social, s, "Cousin")
                .ok()
        });
        let incident = IncidentId(self.new_id());
        let _ = self.record(
            system(Role::Dco),
            EventBody::IncidentReported {
                incident,
                booking,
                detainee: Some(detainee),
                category: kinline_shared::model::IncidentCategory::Recording,
                account: "Held a second phone up to the screen during the call.".into(),
            },
        );
        let suspension = SuspensionId(self.new_id());
        let until = self.now() + Duration::days(5);
        let _ = self.record(
            manager,
            EventBody::SuspensionDecided {
                suspension,
                detainee,
                reason: SuspensionReason::BreachOfAcceptableUse,
                reasons: "You recorded a video call with a second phone.".into(),
                evidence: vec![Evidence::Incident(incident)],
                until: Some(until),
                security_report: None,
                not_a_sanction: true,
            },
        );
        let _ = self.record(
            manager,
            EventBody::AlternativeLegalAccessArranged {
                suspension,
                method: kinline_shared::model::LegalAccessMethod::Telephone,
            },
        );
    }
}

/// A fixed actor for reference data that reaches the tablet by sync.
fn system(role: Role) -> Actor {
    let n = Role::ALL.iter().position(|r| *r == role).unwrap_or(0) as u128;
    Actor::Staff {
        id: StaffId(Uuid::from_u128(0x5000 + n)),
        role,
    }
}

impl Backend for MemoryBackend {
    fn now(&self) -> DateTime<Utc> {
        if self.fixed_time {
            self.controls.now.get()
        } else {
            self.centre_clock.at(Utc::now())
        }
    }

    fn device(&self) -> DeviceId {
        self.recorder.device()
    }

    fn sign_in(&mut self, number: &str, pin: &str) -> Result<StaffSession, SignInError> {
        if self.staff.is_empty() {
            return Err(SignInError::NoCredentials);
        }
        let cred = self
            .staff
            .get_mut(number.trim())
            .ok_or(SignInError::UnknownStaff)?;
        if cred.failures >= MAX_PIN_ATTEMPTS {
            return Err(SignInError::LockedOut);
        }
        if TextHash::of(&format!("{}:{pin}", cred.salt)) == cred.pin_hash {
            cred.failures = 0;
            Ok(cred.session.clone())
        } else {
            cred.failures += 1;
            match MAX_PIN_ATTEMPTS - cred.failures {
                0 => Err(SignInError::LockedOut),
                attempts_left => Err(SignInError::WrongPin { attempts_left }),
            }
        }
    }

    fn check_pin(&self, staff: StaffId, pin: &str) -> Result<bool, ReadError> {
        Ok(self.staff.values().any(|c| {
            c.session.id == staff
                && c.failures < MAX_PIN_ATTEMPTS
                && TextHash::of(&format!("{}:{pin}", c.salt)) == c.pin_hash
        }))
    }

    fn centre(&self) -> &Centre {
        self.timeline.centre()
    }

    fn events(&self) -> Result<Vec<Event>, ReadError> {
        Ok(self.timeline.events().cloned().collect())
    }

    fn roster(&self) -> Result<Vec<RosterEntry>, ReadError> {
        Ok(self.roster.clone())
    }

    fn caller_label(&self, booking: BookingId) -> Result<Option<String>, ReadError> {
        Ok(self.callers.get(&booking).cloned())
    }

    fn book(
        &mut self,
        actor: Actor,
        body: EventBody,
        contact: kinline_shared::contact::CallerContact,
    ) -> Result<Vec<EventId>, RecordError> {
        let ids = self.record(actor, body)?;
        self.callers.insert(
            contact.booking,
            format!("{} ({})", contact.name, contact.relationship),
        );
        self.contacts.push(contact);
        Ok(ids)
    }

    fn book_again(
        &mut self,
        actor: Actor,
        body: EventBody,
        from: BookingId,
    ) -> Result<Vec<EventId>, RecordError> {
        let booking = match body {
            EventBody::CallBooked { booking, .. } => Some(booking),
            _ => None,
        };
        let ids = self.record(actor, body)?;
        if let Some(booking) = booking
            && kinline_shared::booking::may_carry(
                self.centre(),
                kinline_shared::contact::Carried { booking, from },
            )
            && let Some(label) = self.callers.get(&from).cloned()
        {
            self.callers.insert(booking, label);
            match self.contacts.iter().find(|c| c.booking == from).cloned() {
                Some(mut contact) => {
                    contact.booking = booking;
                    self.contacts.push(contact);
                }
                None => self
                    .carried
                    .push(kinline_shared::contact::Carried { booking, from }),
            }
        }
        Ok(ids)
    }

    fn record(&mut self, actor: Actor, body: EventBody) -> Result<Vec<EventId>, RecordError> {
        let now = self.now();
        let random = self.new_id().as_bytes()[6..].try_into().unwrap_or_default();
        let key = |bytes: &[u8]| self.key.sign(bytes).to_bytes();
        Ok(self
            .recorder
            .record_into(&mut self.timeline, actor, body, now, random, &key)?)
    }

    fn sync_status(&self) -> Result<SyncStatus, ReadError> {
        Ok(self.status())
    }

    fn sync_now(&mut self) -> Result<SyncStatus, SyncError> {
        if !self.controls.online.get() {
            return Err(SyncError::Offline);
        }
        self.pushed = self.timeline.events().count();
        self.last_sync = Some(self.now());
        Ok(self.status())
    }

    fn compact(&self, language: &LanguageTag) -> Result<Option<CompactText>, ReadError> {
        Ok(CompactText::published(
            self.timeline.centre(),
            language,
            None,
        ))
    }

    fn new_id(&mut self) -> Uuid {
        if self.deterministic_ids {
            self.next_id += 1;
            return Uuid::from_u128(0x1000_0000 + self.next_id);
        }
        let mut random = [0u8; 10];
        // With no OS randomness, fall back to the counter: ids stay unique on this tablet.
        if getrandom::fill(&mut random).is_err() {
            self.next_id += 1;
            random[..8].copy_from_slice(&(self.next_id as u64).to_be_bytes());
        }
        let ms = u64::try_from(Utc::now().timestamp_millis()).unwrap_or_default();
        kinline_shared::ids::new_v7(ms, random)
    }
}

/// 09:00 London on 28 November 2026: the fixed morning the tests and screenshots use.
pub fn test_morning() -> DateTime<Utc> {
    let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    Utc.from_utc_datetime(&date.and_hms_opt(9, 0, 0).unwrap_or_default())
}

/// A tablet on `backend`, signed in as the demo centre's DCO (D1234, PIN 2468).
pub fn signed_in(backend: MemoryBackend) -> super::App {
    use super::{App, Msg, SilentSpeaker};
    let mut app = App::new(Box::new(backend), Box::<SilentSpeaker>::default());
    for m in [
        Msg::StaffNumber("D1234".into()),
        Msg::Pin("2468".into()),
        Msg::SignIn,
    ] {
        app.dispatch(m);
    }
    app
}
