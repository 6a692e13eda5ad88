//! What the screens need from the rest of the tablet — the store, the sync client, the compact
//! loader and speech — as two small traits, so every screen is built and tested now and the real
//! parts are wired in behind the same traits as they land.

use chrono::{DateTime, Utc};
use kinline_shared::actor::{Actor, Role};
use kinline_shared::contact::CallerContact;
use kinline_shared::dso::RuleViolation;
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, EventId, StaffId};
use kinline_shared::languages::Direction;
use kinline_shared::model::{CompactVersion, LanguageTag, TextHash};
use kinline_shared::projection::Centre;

use kinline_i18n::Compact;

/// A member of staff signed in on this tablet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffSession {
    /// Their id.
    pub id: StaffId,
    /// The staff number they type at sign-in (shown, never a name in logs).
    pub number: String,
    /// Their name, for the header.
    pub name: String,
    /// Their role.
    pub role: Role,
}

impl StaffSession {
    /// The actor their events are recorded as.
    pub fn actor(&self) -> Actor {
        Actor::Staff {
            id: self.id,
            role: self.role,
        }
    }
}

/// Why sign-in failed; each says what the person can do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignInError {
    /// No such staff number among the credentials synced to this tablet.
    #[error(
        "That staff number is not known on this tablet. Check it, or sync the tablet while \
         online so new staff can sign in."
    )]
    UnknownStaff,
    /// Wrong PIN.
    #[error("Wrong PIN. {attempts_left} attempts left before this staff number is locked.")]
    WrongPin {
        /// Tries left.
        attempts_left: u8,
    },
    /// Too many wrong PINs.
    #[error(
        "Too many wrong PINs: this staff number is locked on this tablet until the tablet next \
         syncs with the centre, which it does by itself on the centre network. Use another \
         tablet meanwhile."
    )]
    LockedOut,
    /// The tablet has never synced staff credentials.
    #[error(
        "This tablet has no staff credentials yet. Connect it to the centre network once and \
         press Sync now."
    )]
    NoCredentials,
    /// The tablet's store could not be read, so the credentials could not be checked: not
    /// "no credentials" — the store is damaged or failing.
    #[error("{0}")]
    Unreadable(ReadError),
    /// The PIN was right but the sign-in could not be recorded on the tablet.
    #[error(
        "The tablet could not record the sign-in ({0}). Try again, and if it keeps failing \
         use another tablet and tell the centre's IT support."
    )]
    NotRecorded(String),
}

/// Why something could not be recorded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// The rulebook refused it; the message names the paragraph and what to do.
    #[error("{0}")]
    Refused(#[from] RuleViolation),
    /// The tablet's store could not save it (full, damaged).
    #[error(
        "The tablet could not save this ({0}). Nothing was recorded: try again, and if it \
         keeps failing use another tablet and tell the centre's IT support."
    )]
    Storage(String),
}

/// The tablet's store could not be read (a damaged file or row, a failing disk). Every read
/// the screens make can fail with this, and the screens show it as what it is — never as an
/// empty list, nothing waiting, or "no staff credentials".
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "The tablet cannot read what it has stored ({0}). Do not rely on what it shows: use \
     another tablet and tell the centre's IT support."
)]
pub struct ReadError(pub String);

/// Why a sync did not complete. Either way nothing is lost: events wait in the outbox.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    /// No network to the centre server.
    #[error("No network — everything is saved on this tablet and will be sent when it is back.")]
    Offline,
    /// The server refused or failed.
    #[error(
        "The centre server did not answer properly — everything is saved on this tablet; \
         try Sync now again in a minute."
    )]
    Server,
    /// The round ended but the tablet's store could not be read afterwards.
    #[error("{0}")]
    Unreadable(ReadError),
}

/// The sync status the header always shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncStatus {
    /// Whether the centre server is reachable.
    pub online: bool,
    /// Events recorded here and not yet on the server.
    pub waiting: usize,
    /// When the last sync completed.
    pub last_sync: Option<DateTime<Utc>>,
    /// Events the server refused, parked on the tablet for staff to check (never pruned).
    pub parked: u64,
    /// A sync round is under way (the background sync, or one "Sync now" asked for).
    pub syncing: bool,
    /// Why the last round failed, if it did.
    pub failed: Option<SyncError>,
    /// How many minutes this tablet's clock is off the centre server's, when that is more
    /// than `sync::CLOCK_WARNING_MS` (Kinline records and signs on the server's time; the
    /// DCO is told so that the clock gets fixed).
    pub clock_off_minutes: Option<i64>,
}

/// A detainee as the roster names them (names live only in the encrypted roster).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterEntry {
    /// Their id.
    pub id: DetaineeId,
    /// Their name.
    pub name: String,
    /// The reference the centre knows them by (the Home Office person reference); never an
    /// id.
    pub reference: String,
    /// Their unit or room.
    pub room: String,
}

impl RosterEntry {
    /// Whether `query` matches their name, reference or room (case-insensitive, any part;
    /// spaces in a typed reference are ignored).
    pub fn matches(&self, query: &str) -> bool {
        let q = query.trim().to_lowercase();
        let compact: String = q.chars().filter(|c| !c.is_whitespace()).collect();
        !q.is_empty()
            && ([&self.name, &self.room]
                .iter()
                .any(|f| f.to_lowercase().contains(&q))
                || (!self.reference.is_empty() && self.reference.to_lowercase().contains(&compact)))
    }
}

/// The compact as it will be shown: one sentence per entry, with the hash of the exact text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompactText {
    /// The version.
    pub version: CompactVersion,
    /// The language.
    pub language: LanguageTag,
    /// Which way it is written.
    pub direction: Direction,
    /// The sentences, in order (headings included: they are read aloud too).
    pub sentences: Vec<String>,
    /// Each sentence's message id in the shipped compact (`locales/{tag}/compact.ftl`), or
    /// `None` where the text shown is not exactly the shipped sentence (so no recording of
    /// the shipped text is ever played for it). Same length as `sentences`.
    pub ids: Vec<Option<String>>,
    /// Hash of the exact text shown (sentences joined by newlines).
    pub text_hash: TextHash,
}

impl CompactText {
    /// The compact the screens show in `compact`'s language under the centre's published
    /// `version`: the shipped text ([`Compact`], embedded and validated), or the centre's own
    /// text of it (`centre_text`, synced from its server) when that has one sentence for each
    /// shipped one. A sentence keeps its message id only where its text is exactly the
    /// shipped sentence, so no recording of other words is ever played for it.
    pub fn of(version: CompactVersion, compact: &Compact, centre_text: Option<&str>) -> Self {
        let shipped = &compact.sentences;
        let sentences = centre_text
            .and_then(|text| compact.centre_sentences(text).ok())
            .unwrap_or_else(|| shipped.iter().map(|(_, t)| t.clone()).collect());
        let ids = sentences
            .iter()
            .zip(shipped)
            .map(|(text, (id, shipped))| (text == shipped).then(|| id.clone()))
            .collect();
        Self {
            version,
            language: compact.language.clone(),
            direction: compact.direction,
            text_hash: TextHash::of(&sentences.join("\n")),
            ids,
            sentences,
        }
    }

    /// The compact `centre` offers in `language`: its published version, if that version is
    /// published in `language` and the shipped compact in it loads ([`Compact::load`]: complete,
    /// current, parsing) for the centre's slot length. Both backends answer
    /// [`Backend::compact`] with this; `centre_text` is the centre's own text, if synced.
    pub fn published(
        centre: &Centre,
        language: &LanguageTag,
        centre_text: Option<&str>,
    ) -> Option<Self> {
        let (version, offered) = centre.compact.as_ref()?;
        if !offered.contains(language) {
            return None;
        }
        let minutes = centre.schedule.as_ref().map_or(30, |s| s.slot_minutes);
        let compact = Compact::load(&language.0, minutes).ok()?;
        Some(Self {
            language: language.clone(),
            ..Self::of(version.clone(), &compact, centre_text)
        })
    }

    /// Sentence `i`'s id, if it is the shipped text ([`CompactText::ids`]).
    pub fn id(&self, i: usize) -> Option<&str> {
        self.ids.get(i).and_then(Option::as_deref)
    }
}

/// The tablet's store and sync client, as the screens use them.
pub trait Backend {
    /// The tablet's clock.
    fn now(&self) -> DateTime<Utc>;
    /// This tablet.
    fn device(&self) -> DeviceId;
    /// Checks a staff number and PIN against the credentials synced earlier (works offline).
    fn sign_in(&mut self, number: &str, pin: &str) -> Result<StaffSession, SignInError>;
    /// Whether `pin` is the PIN of the signed-in member of staff (unlock, leave detainee mode);
    /// an error if the credentials could not be read.
    fn check_pin(&self, staff: StaffId, pin: &str) -> Result<bool, ReadError>;
    /// The member of staff signed out: a backend whose events reach the centre records it
    /// ([`EventBody::StaffSignedOut`], §16). Nothing to do for one that records no sign-ins.
    fn sign_out(&mut self, _staff: &StaffSession) {}
    /// The folded state of the centre as this tablet knows it.
    fn centre(&self) -> &Centre;
    /// The events recorded or synced, in stamp order.
    fn events(&self) -> Result<Vec<Event>, ReadError>;
    /// The roster.
    fn roster(&self) -> Result<Vec<RosterEntry>, ReadError>;
    /// Who the caller of a booking is, as the booking names them ("Sister", "Solicitor").
    fn caller_label(&self, booking: BookingId) -> Result<Option<String>, ReadError>;
    /// Records through the rulebook: the event and what must follow it, or the refusal.
    fn record(&mut self, actor: Actor, body: EventBody) -> Result<Vec<EventId>, RecordError>;
    /// Books a call: records `body` (a `CallBooked`, and what the rulebook adds) and keeps the
    /// caller's `contact` beside it — never in an event — in one step: both or neither. The
    /// contact goes to the centre server with the next push; the tablet keeps only its label.
    fn book(
        &mut self,
        actor: Actor,
        body: EventBody,
        contact: CallerContact,
    ) -> Result<Vec<EventId>, RecordError>;
    /// Books a call again for the caller of the earlier booking `from` (a one-tap rebook after
    /// a technical failure): records `body` (a `CallBooked`) and files `from`'s caller for it
    /// in one step — the whole contact while the tablet holds it, else the label, and the next
    /// push asks the centre server to carry the addresses over, so the caller gets a new
    /// invitation without anyone typing them again.
    fn book_again(
        &mut self,
        actor: Actor,
        body: EventBody,
        from: BookingId,
    ) -> Result<Vec<EventId>, RecordError>;
    /// The sync status (its counts are read from the store).
    fn sync_status(&self) -> Result<SyncStatus, ReadError>;
    /// Pushes and pulls now; or, where a background sync runs, asks it to and returns at once
    /// with `syncing` set (the round's result shows once [`Backend::refresh`] sees it end).
    fn sync_now(&mut self) -> Result<SyncStatus, SyncError>;
    /// Takes in what changed elsewhere — a background sync round, a write by this backend's
    /// [`Backend::worker`] — into the fold the screens read; true if something did (the
    /// screens then read their view model again). A backend that does everything itself has
    /// nothing to take in.
    fn refresh(&mut self) -> bool {
        false
    }
    /// A handle on this backend's store that performs the screens' effects on a thread of its
    /// own ([`crate::effect::Worker`]), so the UI thread never waits for the disk, the network
    /// or the store's lock; `None` where they are performed here (the in-memory demo, tests).
    fn worker(&self) -> Option<Box<dyn crate::effect::Worker>> {
        None
    }
    /// How many London days ahead the booking form offers slots: the centre server's
    /// `booking_horizon_days` as last synced, [`kinline_shared::booking::DEFAULT_HORIZON_DAYS`]
    /// before a server has said.
    fn booking_horizon_days(&self) -> u32 {
        kinline_shared::booking::DEFAULT_HORIZON_DAYS
    }
    /// The current compact in `language`, if a complete translation exists.
    fn compact(&self, language: &LanguageTag) -> Result<Option<CompactText>, ReadError>;
    /// A fresh random id (UUIDv7) for a new booking, incident or signature.
    fn new_id(&mut self) -> uuid::Uuid;
}

/// Why reading aloud stopped: the screen says which, since what the DCO can do differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadFailure {
    /// No voice reads this sentence's language (nor a recording of it): use an interpreter.
    NoVoice,
    /// The tablet cannot play sound (no output device, it broke): check the speaker or
    /// headphones, or read on screen or through an interpreter.
    NoSound,
}

/// Reads the compact aloud, sentence by sentence (`speech::ReadAloud` on the tablet).
pub trait Speaker {
    /// Starts reading one sentence in `language`, replacing anything being read. `id` is the
    /// sentence's message id in the compact (`locales/{tag}/compact.ftl`) when the text shown
    /// is the shipped one, so a recording of exactly that sentence
    /// (`assets/audio/{tag}/{id}.wav`) can be played instead of a synthetic voice.
    fn speak(&mut self, language: &LanguageTag, id: Option<&str>, text: &str);
    /// Stops reading.
    fn stop(&mut self);
    /// Whether it is still reading.
    fn busy(&self) -> bool;
    /// Whether it can read `language` aloud on this tablet. Without a voice the compact
    /// screen says so and leaves the interpreter route (DSO §15).
    fn can_read(&self, language: &LanguageTag) -> bool {
        let _ = language;
        true
    }
    /// Why the last reading failed, if it did (no sound output, no voice, a voice that broke):
    /// the reading stops, the audio does not count as played, and the screen says what to do.
    fn failure(&self) -> Option<ReadFailure> {
        None
    }
    /// Whether the last reading failed ([`Speaker::failure`]).
    fn failed(&self) -> bool {
        self.failure().is_some()
    }
}

/// A speaker that reads instantly and remembers what it read: for tests and tablets without
/// a voice for a language (the DCO then explains through an interpreter, §15).
#[derive(Clone, Debug, Default)]
pub struct SilentSpeaker {
    /// Everything read, in order.
    pub spoken: Vec<(LanguageTag, String)>,
    /// The sentence id given with each, in the same order.
    pub ids: Vec<Option<String>>,
}

impl Speaker for SilentSpeaker {
    fn speak(&mut self, language: &LanguageTag, id: Option<&str>, text: &str) {
        self.spoken.push((language.clone(), text.to_owned()));
        self.ids.push(id.map(str::to_owned));
    }
    fn stop(&mut self) {}
    fn busy(&self) -> bool {
        false
    }
}
