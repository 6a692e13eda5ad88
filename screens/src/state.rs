//! The app's state and everything a tap can do to it: one [`Msg`] per action and one
//! [`App::update`] that changes the state and returns what to do as data ([`Effect`]s: record
//! these events, book, sign in, sync, read the view model) — it does no IO itself. The shell
//! performs the effects away from the UI thread and sends each result back as [`Msg::Done`];
//! [`App::dispatch`] does all of that in line (the tests, the in-memory demo). The screens only
//! render this state and send messages, so every flow is testable without a window.

use super::backend::{
    Backend, CompactText, ReadError, ReadFailure, RecordError, SignInError, Speaker, StaffSession,
    SyncError,
};
use super::effect::{AfterPin, Done, Effect};
use super::signature::Pad;
use super::text::t;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, DetaineeId, IncidentId, LegalRequestId, SuspensionId};
use kinline_shared::languages::{self, Direction};
use kinline_shared::model::{
    CallKind, CallOutcome, CancelReason, EndReason, Explanation, IncidentCategory, LanguageTag,
    TerminationReason,
};
use kinline_shared::workflow::call::CallPhase;
use std::collections::VecDeque;

mod booking;
mod calls;
mod view;
pub use booking::{BookingDraft, BookingProblem, CallerField, CancelDraft, booking_problem_text};
pub use calls::{CallView, no_media_text};
pub use view::View;

/// What a PIN field keeps of what was typed: digits only, at most 8.
fn pin_digits(typed: &str) -> String {
    typed.chars().filter(char::is_ascii_digit).take(8).collect()
}

/// What the person is told when the tablet's store cannot be read: what failed, and what to
/// do (in the language of whoever holds the tablet).
pub fn unreadable_text(e: &ReadError) -> String {
    super::text::t_args(
        "store-unreadable",
        &[("detail", super::text::Arg::Text(e.0.clone()))],
    )
}

/// Minutes without a touch before the tablet locks (staff must type their PIN again).
pub const LOCK_AFTER_MINUTES: i64 = 3;

/// Which screen is showing.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    /// Staff number and PIN.
    SignIn,
    /// The day's bookings and waiting list.
    Today,
    /// Find a detainee by name, number or room.
    Find,
    /// One detainee's access at a glance.
    Detainee(DetaineeId),
    /// Choosing the compact's language.
    CompactLanguage(DetaineeId),
    /// The compact being read, in detainee mode.
    Compact(Box<CompactSession>),
    /// Recording that an interpreter explained the compact (§15).
    Interpreter(Box<CompactSession>),
    /// The detainee signs (detainee mode), then the DCO witnesses.
    Signature(Box<CompactSession>),
    /// A call: checks before it, the call, its end.
    Call(BookingId),
    /// Writing an incident report (§19).
    Incident(Box<IncidentDraft>),
    /// Giving a suspension notice (§17).
    Notice(SuspensionId),
    /// Booking a call with a detainee (§7, §9).
    Booking(Box<BookingDraft>),
    /// Cancelling a booked call, with a reason.
    Cancel(Box<CancelDraft>),
}

/// The compact on its way to a signature.
#[derive(Clone, Debug, PartialEq)]
pub struct CompactSession {
    /// Whose.
    pub detainee: DetaineeId,
    /// The exact text shown.
    pub text: CompactText,
    /// The sentence being read or last read.
    pub current: usize,
    /// Whether the tablet is reading aloud now.
    pub playing: bool,
    /// Whether the last sentence was read aloud through to its end.
    pub audio_completed: bool,
    /// Whether this tablet can read this language aloud (a voice and a sound output).
    pub voiced: bool,
    /// Why reading aloud stopped, once it failed (no voice, or no sound on this tablet).
    pub read_failure: Option<ReadFailure>,
    /// How it was put across, once recorded.
    pub explained: Option<Explanation>,
    /// The interpreter's reference, as typed.
    pub interpreter_reference: String,
    /// The finger strokes.
    pub pad: Pad,
}

/// An incident report being written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncidentDraft {
    /// Its id (fixed when the form opens, so saving twice cannot file two reports).
    pub id: IncidentId,
    /// The call, if any.
    pub booking: Option<BookingId>,
    /// The detainee, if any.
    pub detainee: Option<DetaineeId>,
    /// Category, once chosen.
    pub category: Option<IncidentCategory>,
    /// What happened and who was involved.
    pub account: String,
}

/// A message to the person: what happened, in words they can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Whether it reports a problem (shown as an alert) or a success (a status).
    pub problem: bool,
    /// The words.
    pub text: String,
}

/// Who holds the tablet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The DCO: staff functions shown.
    Staff,
    /// The detainee: staff functions hidden until the DCO types their PIN.
    Detainee,
}

/// Everything a tap can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// The staff number field changed.
    StaffNumber(String),
    /// The PIN field changed (sign-in, unlock).
    Pin(String),
    /// The witness PIN field on the signature pad changed.
    WitnessPin(String),
    /// Sign in with the typed number and PIN.
    SignIn,
    /// Unlock (after inactivity) or leave detainee mode with the typed PIN.
    Unlock,
    /// Sign out.
    SignOut,
    /// Time passed (the app ticks every half second).
    Tick,
    /// Any touch: resets the inactivity timer.
    Touched,
    /// Push and pull now.
    SyncNow,
    /// Show today's list.
    OpenToday,
    /// Show the search.
    OpenFind,
    /// The search field changed.
    Search(String),
    /// Open a detainee's session.
    OpenDetainee(DetaineeId),
    /// Choose the compact's language.
    ChooseCompactLanguage(DetaineeId),
    /// Show the compact in a language and hand the tablet to the detainee.
    StartCompact(DetaineeId, LanguageTag),
    /// Read aloud from the current sentence.
    Play,
    /// Pause reading.
    Pause,
    /// Read one sentence again.
    Replay(usize),
    /// The detainee read it on screen themselves.
    ReadOnScreen,
    /// Go to the signature pad.
    GoToSignature,
    /// No translation the detainee reads: the DCO shows the English text and records that an
    /// interpreter explained it (§15).
    StartInterpreter(DetaineeId),
    /// The interpreter reference field changed.
    InterpreterReference(String),
    /// Record the interpreter explanation.
    RecordInterpreter,
    /// Pointer down on the pad (x, y in pad pixels, ms).
    PenDown(f64, f64, u64),
    /// Pointer moved.
    PenMove(f64, f64, u64),
    /// Pointer up or cancelled.
    PenUp,
    /// Remove the last stroke.
    UndoStroke,
    /// Clear the pad.
    ClearPad,
    /// The DCO witnesses the signature with their PIN; records it.
    Witness,
    /// Open a call.
    OpenCall(BookingId),
    /// The detainee is here.
    CheckIn,
    /// The DCO's visual check of the main recipient (§8).
    AdultCheck(bool),
    /// Let the caller in.
    Admit,
    /// Start the call.
    StartCall,
    /// The call ended without staff stepping in.
    EndCall(EndReason),
    /// The DCO taps a reason to end the call (§11, §12, §19): the call screen asks them to
    /// confirm, nothing is recorded yet.
    Terminate(TerminationReason),
    /// The DCO confirms ending the call for the reason they tapped: recorded once.
    ConfirmTerminate,
    /// The DCO does not end the call after all: back to the reasons.
    KeepCall,
    /// Write an incident report.
    OpenIncident(Option<BookingId>, Option<DetaineeId>),
    /// Category chosen.
    IncidentCategory(IncidentCategory),
    /// Account typed.
    IncidentAccount(String),
    /// Save the report.
    SubmitIncident,
    /// Open a suspension notice.
    OpenNotice(SuspensionId),
    /// Record that the notice was given in the detainee's language.
    NoticeGiven(SuspensionId, LanguageTag),
    /// Open the booking form for a detainee.
    OpenBooking(DetaineeId),
    /// Social or legal chosen.
    BookingKind(CallKind),
    /// A day chosen: its free slots are shown.
    BookingDay(NaiveDate),
    /// A free slot chosen.
    BookingSlot(DateTime<Utc>),
    /// A caller field changed.
    BookingField(CallerField, String),
    /// The invitation's language chosen.
    BookingLanguage(LanguageTag),
    /// Show the booking form in this language (the detainee's, or the staff language).
    BookingShowIn(LanguageTag),
    /// Book the call as chosen and typed.
    ConfirmBooking,
    /// Cancel a booked call: asks for the reason.
    OpenCancel(BookingId),
    /// The reason tapped.
    CancelReason(CancelReason),
    /// Record the cancellation; with `rebook`, open the booking form for the same caller.
    ConfirmCancel {
        /// Open the booking form afterwards.
        rebook: bool,
    },
    /// Book again, at no cost, a call that ended in a technical failure: the booking form for
    /// the same caller, the next free slot chosen.
    Rebook(BookingId),
    /// Leave the booking form without booking, or keep the call after all: back to the
    /// detainee.
    BackToDetainee,
    /// A suspended detainee asks for a legal call (§18): record the request; the detainee's
    /// screen then tells the DCO the alternative arranged and how to use it.
    RequestLegalAccess(DetaineeId),
    /// The detainee had their legal advice by the alternative arranged: the request is met.
    LegalRequestMet(LegalRequestId),
    /// What came of an [`Effect`] `update` asked for (the shell sends it; no screen does).
    Done(Box<Done>),
}

/// A caller's label, kept out of `Debug` (never in a log line or a panic message).
#[derive(Clone, PartialEq, Eq)]
pub struct Caller(pub String);

impl std::fmt::Debug for Caller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

/// What the screens do once an event asked for is recorded ([`Effect::Record`]); on a
/// refusal or a storage failure they say so instead (a booking's next to its form).
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    /// Show this screen.
    Go(Screen),
    /// Say this (a message id).
    Say(&'static str),
    /// The detainee is checked in: the engine connects the call.
    CheckedIn(BookingId),
    /// The recipient's age checked (§8).
    AdultChecked(bool),
    /// The caller admitted: the engine connects the detainee.
    Admitted,
    /// The call started: a legal call goes to the detainee (§9).
    Started(BookingId),
    /// The DCO (or the detainee) ended the call.
    Ended(EndReason),
    /// The DCO ended the call for a reason: referred, and an incident report opens.
    Terminated(TerminationReason),
    /// The engine ended the call (the slot, the caller, the network).
    EngineEnded(EndReason),
    /// The compact was presented: read to the detainee, or explained by an interpreter.
    Presented {
        /// The compact on screen.
        session: Box<CompactSession>,
        /// Through an interpreter.
        interpreter: bool,
    },
    /// The compact was explained: the signature pad.
    Explained(Box<CompactSession>),
    /// The signature was witnessed.
    Witnessed(DetaineeId),
    /// An incident report was saved: sent to security when online.
    Incident,
    /// A call was booked (with the caller's contact).
    Booked {
        /// Whose.
        detainee: DetaineeId,
        /// When.
        slot: DateTime<Utc>,
        /// Its caller's label.
        caller: Caller,
    },
    /// A failed call was booked again for the same caller.
    Rebooked {
        /// The failed call.
        from: BookingId,
        /// Whose.
        detainee: DetaineeId,
        /// Social or legal.
        kind: CallKind,
        /// When.
        slot: DateTime<Utc>,
        /// Its caller's label.
        caller: Caller,
    },
    /// A call was cancelled; with `rebook`, the form for the same caller opens.
    Cancelled {
        /// The cancellation.
        cancel: CancelDraft,
        /// Social or legal.
        kind: CallKind,
        /// When it was.
        slot: DateTime<Utc>,
        /// Its caller's label, if kept.
        label: Option<Caller>,
        /// Open the booking form afterwards.
        rebook: bool,
    },
}

/// The app: the backend, the speaker and what the screens show.
pub struct App {
    /// The store and sync client.
    pub backend: Box<dyn Backend>,
    /// Speech.
    pub speaker: Box<dyn Speaker>,
    /// Who is signed in.
    pub staff: Option<StaffSession>,
    /// Who holds the tablet.
    pub mode: Mode,
    /// Locked after inactivity.
    pub locked: bool,
    /// The screen.
    pub screen: Screen,
    /// The last message to the person.
    pub notice: Option<Notice>,
    /// Typed staff number.
    pub staff_number: String,
    /// Typed PIN for signing in or unlocking (cleared after every use).
    pub pin: String,
    /// Typed witness PIN on the signature pad: its own field, so typing it enables only
    /// "Witness and record", never "Unlock" (cleared after every use).
    pub witness_pin: String,
    /// How many times a typed PIN was refused: the screens key their PIN fields by it, so a
    /// refusal replaces the field with an empty one. The window owns what is typed (the fields
    /// are uncontrolled); a field kept after a refusal would keep the wrong PIN, and the next
    /// attempt would be typed after it.
    pub pin_refusals: u32,
    /// How many times a typed witness PIN was refused (its field is keyed by it likewise).
    pub witness_refusals: u32,
    /// Typed search.
    pub search: String,
    /// A sync is running (progress is shown).
    pub syncing: bool,
    /// What to say when the sync round under way ends.
    after_sync: AfterSync,
    /// The caller's pictures in a call, as the call engine decodes them (drawn on the call
    /// screen's canvas).
    pub caller_video: crate::call_link::FrameFeed,
    /// The detainee's own picture in a call (the tablet's camera, as the call engine runs it).
    pub self_video: crate::call_link::FrameFeed,
    /// The call engine behind the call screen ([`super::call_link::NoCalls`] by default).
    pub calls: Box<dyn super::call_link::CallLink>,
    /// What the call engine reported about the call it carries.
    pub call_view: CallView,
    /// The reason the DCO tapped to end the call on screen, waiting for them to confirm it
    /// (one tap never ends a call).
    pub ending: Option<TerminationReason>,
    /// What the screens show from the store, as last read ([`App::reload`]): the views read
    /// this, never the store.
    pub view: View,
    /// Something changed since the view model was read.
    stale: bool,
    /// What the message being handled asks the shell to do.
    effects: Vec<Effect>,
    /// "Sync now" asked a background round, whose end the view model will show.
    awaiting_round: bool,
    last_touch: DateTime<Utc>,
}

/// What the person is told when a sync round they started ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AfterSync {
    /// "Sync now": synced, or why not.
    SyncNow,
    /// A saved incident report: sent to security, or saved and sent later.
    Incident,
}

impl App {
    /// A signed-out app on the sign-in screen.
    pub fn new(backend: Box<dyn Backend>, speaker: Box<dyn Speaker>) -> Self {
        let now = backend.now();
        let mut app = Self {
            backend,
            speaker,
            staff: None,
            mode: Mode::Staff,
            locked: false,
            screen: Screen::SignIn,
            notice: None,
            staff_number: String::new(),
            pin: String::new(),
            witness_pin: String::new(),
            pin_refusals: 0,
            witness_refusals: 0,
            search: String::new(),
            syncing: false,
            after_sync: AfterSync::SyncNow,
            caller_video: crate::call_link::FrameFeed(kinline_media::LatestFrame::new()),
            self_video: crate::call_link::FrameFeed(kinline_media::LatestFrame::new()),
            calls: Box::new(super::call_link::NoCalls),
            call_view: CallView::default(),
            ending: None,
            view: View::default(),
            stale: false,
            effects: Vec::new(),
            awaiting_round: false,
            last_touch: now,
        };
        app.reload();
        app
    }

    /// The app with `link` carrying the calls' media (the desktop app's real engine).
    pub fn with_calls(mut self, link: Box<dyn super::call_link::CallLink>) -> Self {
        self.calls = link;
        self
    }

    /// How many London days ahead the booking form offers slots: the centre server's
    /// setting as the backend last synced it.
    pub fn booking_horizon_days(&self) -> u32 {
        self.backend.booking_horizon_days()
    }

    /// The writing direction of the screen: the compact's or notice's language in detainee
    /// screens, the booking form's, and for staff screens their strings' language (English,
    /// left to right, unless a staff language is set).
    pub fn direction(&self) -> Direction {
        match &self.screen {
            Screen::Compact(s) | Screen::Signature(s) => s.text.direction,
            Screen::Notice(id) => self
                .notice_language(*id)
                .and_then(|l| languages::find(&l.0))
                .map_or(Direction::Ltr, |l| l.direction),
            Screen::Call(b) if self.mode == Mode::Detainee => self
                .call_language(*b)
                .and_then(|l| languages::find(&l.0))
                .map_or(Direction::Ltr, |l| l.direction),
            Screen::Booking(d) => {
                languages::find(&d.shown_in.0).map_or(Direction::Ltr, |l| l.direction)
            }
            // Staff screens: the direction of the language their strings are in.
            _ => super::text::language().direction,
        }
    }

    /// The language the screens' strings are in (`ui::text`): the compact's language while the
    /// detainee holds the tablet (detainee mode: the compact and the signature pad), the staff
    /// language otherwise. [`App::update`] applies it after every message.
    pub fn interface_language(&self) -> LanguageTag {
        match (&self.mode, &self.screen) {
            (Mode::Detainee, Screen::Compact(s) | Screen::Signature(s)) => s.text.language.clone(),
            (Mode::Detainee, Screen::Call(b)) => self
                .call_language(*b)
                .unwrap_or_else(|| LanguageTag::new(super::text::STAFF_LANGUAGE)),
            (_, Screen::Booking(d)) => d.shown_in.clone(),
            _ => LanguageTag::new(super::text::STAFF_LANGUAGE),
        }
    }

    /// The language of the screen's main text.
    pub fn language(&self) -> String {
        match &self.screen {
            Screen::Compact(s) | Screen::Signature(s) => s.text.language.0.clone(),
            Screen::Notice(id) => self
                .notice_language(*id)
                .map_or_else(|| "en-GB".into(), |l| l.0),
            // A legal call handed to the detainee is in their language (so Urdu is Nastaliq).
            Screen::Call(_) if self.mode == Mode::Detainee => self.interface_language().0,
            Screen::Booking(d) => d.shown_in.0.clone(),
            _ => "en-GB".into(),
        }
    }

    /// The language a suspension notice is given in: the detainee's first.
    pub fn notice_language(&self, id: SuspensionId) -> Option<LanguageTag> {
        let s = self.backend.centre().suspensions.get(&id)?;
        let d = self.backend.centre().detainee(s.detainee);
        d.understanding_or_default().languages.first().cloned()
    }

    fn say(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            problem: false,
            text: text.into(),
        });
    }

    fn problem(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            problem: true,
            text: text.into(),
        });
    }

    /// Asks for `body` to be recorded as the signed-in member of staff; `then` follows once
    /// it is ([`Self::recorded`]). False (and said) when nobody is signed in.
    fn record(&mut self, body: EventBody, then: Then) -> bool {
        let Some(staff) = &self.staff else {
            self.problem(t("error-signed-out"));
            return false;
        };
        let actor = staff.actor();
        self.effects.push(Effect::Record { actor, body, then });
        true
    }

    /// What a recording asked for came to: `then`, or the refusal or storage failure said.
    fn recorded(
        &mut self,
        then: Then,
        result: Result<Vec<kinline_shared::ids::EventId>, RecordError>,
        displaced: bool,
    ) {
        match result {
            Ok(_) => self.then(then, displaced),
            Err(e) => self.not_recorded(then, e),
        }
    }

    fn not_recorded(&mut self, then: Then, e: RecordError) {
        match (then, e) {
            (Then::Booked { .. }, RecordError::Refused(v)) => {
                self.booking_problem(BookingProblem::Refused(v));
            }
            (Then::Booked { .. }, RecordError::Storage(detail)) => {
                self.booking_problem(BookingProblem::Storage(detail));
            }
            // The slot was taken meanwhile: the form for the same caller instead.
            (
                Then::Rebooked {
                    from,
                    detainee,
                    kind,
                    caller,
                    ..
                },
                RecordError::Refused(_),
            ) => {
                self.open_rebook(from, detainee, kind, Some(caller.0), true);
                self.say(t("rebook-retype-address"));
            }
            (Then::Witnessed(_), e) => {
                let _staff = super::text::scope(&LanguageTag::new(super::text::STAFF_LANGUAGE));
                self.record_failed(e);
            }
            (_, e) => self.record_failed(e),
        }
    }

    fn record_failed(&mut self, e: RecordError) {
        match e {
            RecordError::Refused(v) => {
                // In the language of whoever holds the tablet (the detainee's in detainee mode).
                self.problem(super::text::refusal(&v));
            }
            RecordError::Storage(detail) => {
                self.problem(super::text::t_args(
                    "record-storage-failed",
                    &[("detail", super::text::Arg::Text(detail))],
                ));
            }
        }
    }

    /// What follows a recording.
    fn then(&mut self, then: Then, displaced: bool) {
        match then {
            Then::Go(screen) => self.go(screen),
            Then::Say(id) => self.say(t(id)),
            Then::CheckedIn(b) => {
                if self.screen == Screen::Call(b) {
                    self.connect_call(b);
                }
            }
            Then::AdultChecked(adult) => {
                self.tell_call(|l| l.adult_check(adult));
                if !adult {
                    // The rulebook ends the call itself (§8): say so.
                    self.problem(t("call-not-adult-ended"));
                }
            }
            // The engine connects the detainee; the call's start is recorded when it reports
            // them connected.
            Then::Admitted => self.tell_call(|l| l.admit()),
            Then::Started(b) => self.hand_over_if_legal(b),
            Then::Ended(reason) => {
                self.tell_call(|l| l.end(reason));
                self.say(t("call-ended"));
            }
            Then::Terminated(reason) => {
                self.tell_call(|l| l.terminate(reason));
                self.say(t("call-terminated-referred"));
                if let Screen::Call(b) = self.screen {
                    let d = self.backend.centre().calls.get(&b).map(|c| c.info.detainee);
                    self.open_incident(Some(b), d);
                }
            }
            Then::EngineEnded(reason) => self.engine_ended(reason),
            Then::Presented {
                session,
                interpreter,
            } => {
                if interpreter {
                    self.go(Screen::Interpreter(session));
                } else {
                    self.mode = Mode::Detainee;
                    self.go(Screen::Compact(session));
                }
            }
            Then::Explained(session) => {
                self.speaker.stop();
                self.mode = Mode::Detainee;
                self.screen = Screen::Signature(session);
            }
            Then::Witnessed(d) => {
                let _staff = super::text::scope(&LanguageTag::new(super::text::STAFF_LANGUAGE));
                self.go(Screen::Detainee(d));
                self.say(t("compact-signed-recorded"));
            }
            Then::Incident => {
                self.go(Screen::Today);
                if self.view.sync.online {
                    self.after_sync = AfterSync::Incident;
                    self.start_sync();
                } else {
                    self.say(t("incident-saved-offline"));
                }
            }
            Then::Booked {
                detainee,
                slot,
                caller,
            } => self.booked(detainee, slot, &caller.0, displaced),
            Then::Rebooked {
                detainee,
                slot,
                caller,
                ..
            } => self.rebooked(detainee, slot, &caller.0),
            Then::Cancelled {
                cancel,
                kind,
                slot,
                label,
                rebook,
            } => self.cancelled(&cancel, kind, slot, label.map(|c| c.0), rebook),
        }
    }

    /// What an effect came to.
    fn done(&mut self, done: Done) {
        match done {
            Done::SignedIn(result) => self.signed_in(result),
            Done::PinChecked { then, right } => self.pin_checked(then, right),
            Done::Recorded {
                then,
                result,
                displaced,
            } => self.recorded(then, result, displaced),
            Done::SignedOut => {}
            Done::Synced(Ok(s)) if s.syncing => self.awaiting_round = true,
            Done::Synced(Ok(_)) => self.sync_ended(None),
            Done::Synced(Err(e)) => self.sync_ended(Some(e)),
            Done::Loaded(view) => {
                self.set_view(view);
                if self.awaiting_round && !self.view.sync.syncing {
                    self.awaiting_round = false;
                    let failed = match &self.view.unreadable {
                        Some(e) => Some(SyncError::Unreadable(e.clone())),
                        None => self.view.sync.failed.clone(),
                    };
                    self.sync_ended(failed);
                }
            }
        }
    }

    /// Handles one message as a tap would, here: performs what [`Self::update`] asks on this
    /// app's own backend and feeds each result back, until nothing is left to do. The tests
    /// drive the screens with it; the desktop shell performs the effects off the UI thread.
    pub fn dispatch(&mut self, msg: Msg) {
        let mut queue: VecDeque<Effect> = self.update(msg).into();
        while let Some(effect) = queue.pop_front() {
            let done = self.perform(effect);
            queue.extend(self.update(done));
        }
    }

    /// Performs `effect` on this app's own backend, here (a backend without a
    /// [`crate::effect::Worker`]: the in-memory demo); returns the message that says what
    /// came of it.
    pub fn perform(&mut self, effect: Effect) -> Msg {
        Msg::Done(Box::new(super::effect::perform(
            self.backend.as_mut(),
            effect,
        )))
    }

    /// Whether staff functions may be shown now.
    pub fn staff_visible(&self) -> bool {
        self.staff.is_some() && self.mode == Mode::Staff && !self.locked
    }

    /// Handles one message: changes what is on screen and returns what the shell is to do
    /// ([`Effect`]s, in order), whose results come back as [`Msg::Done`]. Performs no IO:
    /// no write, no sync, no PIN check, no read of the view model.
    #[must_use = "the effects are what the message asked for: perform them (App::dispatch)"]
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        let now = self.backend.now();
        if !matches!(msg, Msg::Tick | Msg::Done(_)) {
            self.last_touch = now;
        }
        // Locked or in detainee mode, only what the detainee and the PIN pad can do passes
        // (and what came of what was asked before).
        let allowed_locked = matches!(
            msg,
            Msg::Pin(_) | Msg::Unlock | Msg::Tick | Msg::Touched | Msg::SignOut | Msg::Done(_)
        );
        let detainee_may = matches!(
            msg,
            Msg::Play
                | Msg::Pause
                | Msg::Replay(_)
                | Msg::ReadOnScreen
                | Msg::GoToSignature
                | Msg::PenDown(..)
                | Msg::PenMove(..)
                | Msg::PenUp
                | Msg::UndoStroke
                | Msg::ClearPad
                | Msg::WitnessPin(_)
                | Msg::Witness
                // The detainee ends their own legal call (§9: the DCO is not there).
                | Msg::EndCall(EndReason::Completed)
        );
        if self.locked && !allowed_locked {
            return Vec::new();
        }
        if self.mode == Mode::Detainee && !allowed_locked && !detainee_may {
            return Vec::new();
        }
        // What only changes what is typed, drawn or read aloud leaves the store's view alone
        // (as does the view model read).
        let quiet = matches!(
            msg,
            Msg::StaffNumber(_)
                | Msg::Pin(_)
                | Msg::WitnessPin(_)
                | Msg::Search(_)
                | Msg::Touched
                | Msg::Tick
                | Msg::Play
                | Msg::Pause
                | Msg::Replay(_)
                | Msg::PenDown(..)
                | Msg::PenMove(..)
                | Msg::PenUp
                | Msg::UndoStroke
                | Msg::ClearPad
                | Msg::InterpreterReference(_)
                | Msg::IncidentAccount(_)
                | Msg::IncidentCategory(_)
                | Msg::BookingField(..)
        ) || matches!(&msg, Msg::Done(d) if matches!(**d, Done::Loaded(_)));
        match msg {
            Msg::StaffNumber(s) => self.staff_number = s,
            Msg::Pin(p) => self.pin = pin_digits(&p),
            Msg::WitnessPin(p) => self.witness_pin = pin_digits(&p),
            Msg::SignIn => {
                let pin = std::mem::take(&mut self.pin);
                self.effects.push(Effect::SignIn {
                    number: self.staff_number.clone(),
                    pin,
                });
            }
            Msg::Unlock => self.unlock(),
            Msg::SignOut => {
                self.speaker.stop();
                if let Some(staff) = self.staff.take() {
                    self.effects.push(Effect::SignOut(staff));
                }
                self.mode = Mode::Staff;
                self.locked = false;
                self.screen = Screen::SignIn;
                self.pin.clear();
                self.witness_pin.clear();
                self.notice = None;
            }
            Msg::Tick => self.tick(now),
            Msg::Touched => {}
            Msg::SyncNow => self.sync(),
            Msg::OpenToday => self.go(Screen::Today),
            Msg::OpenFind => self.go(Screen::Find),
            Msg::Search(q) => self.search = q,
            Msg::OpenDetainee(d) => {
                self.record(
                    EventBody::SessionOpened { detainee: d },
                    Then::Go(Screen::Detainee(d)),
                );
            }
            Msg::ChooseCompactLanguage(d) => self.go(Screen::CompactLanguage(d)),
            Msg::StartCompact(d, lang) => self.start_compact(d, lang, false),
            Msg::Play | Msg::Pause | Msg::Replay(_) => self.reading(msg),
            Msg::ReadOnScreen => self.explain(Explanation::ReadOnScreen),
            Msg::GoToSignature => self.go_to_signature(),
            Msg::StartInterpreter(d) => self.start_compact(d, LanguageTag::new("en-GB"), true),
            Msg::InterpreterReference(r) => {
                if let Screen::Interpreter(s) = &mut self.screen {
                    s.interpreter_reference = r;
                }
            }
            Msg::RecordInterpreter => self.record_interpreter(),
            Msg::PenDown(x, y, ms) => self.pad(|p| p.down(x, y, ms)),
            Msg::PenMove(x, y, ms) => self.pad(|p| p.moved(x, y, ms)),
            Msg::PenUp => self.pad(Pad::up),
            Msg::UndoStroke => self.pad(Pad::undo),
            Msg::ClearPad => self.pad(Pad::clear),
            Msg::Witness => self.witness(),
            Msg::OpenCall(b) => self.go(Screen::Call(b)),
            Msg::CheckIn => {
                self.call_step(|b| (EventBody::CallCheckedIn { booking: b }, Then::CheckedIn(b)));
            }
            Msg::AdultCheck(adult) => self.call_step(|b| {
                let body = EventBody::AdultCheckRecorded {
                    booking: b,
                    recipient_is_adult: adult,
                };
                (body, Then::AdultChecked(adult))
            }),
            Msg::Admit => {
                self.call_step(|b| (EventBody::CallerAdmitted { booking: b }, Then::Admitted));
            }
            Msg::StartCall => {
                self.call_step(|b| (EventBody::CallStarted { booking: b }, Then::Started(b)));
            }
            Msg::EndCall(reason) => self.call_step(|b| {
                let body = EventBody::CallEnded { booking: b, reason };
                (body, Then::Ended(reason))
            }),
            Msg::Terminate(reason) => {
                if matches!(self.screen, Screen::Call(_)) {
                    self.notice = None;
                    self.ending = Some(reason);
                }
            }
            Msg::KeepCall => self.ending = None,
            Msg::ConfirmTerminate => {
                // Taken, so a second tap on "confirm" has nothing left to end.
                if let Some(reason) = self.ending.take() {
                    self.call_step(|b| {
                        let body = EventBody::CallTerminated { booking: b, reason };
                        (body, Then::Terminated(reason))
                    });
                }
            }
            Msg::OpenIncident(b, d) => self.open_incident(b, d),
            Msg::IncidentCategory(c) => {
                if let Screen::Incident(i) = &mut self.screen {
                    i.category = Some(c);
                }
            }
            Msg::IncidentAccount(a) => {
                if let Screen::Incident(i) = &mut self.screen {
                    i.account = a;
                }
            }
            Msg::SubmitIncident => self.submit_incident(),
            Msg::OpenNotice(s) => self.go(Screen::Notice(s)),
            Msg::NoticeGiven(s, language) => {
                let body = EventBody::SuspensionNoticeGiven {
                    suspension: s,
                    language,
                };
                self.record(body, Then::Say("notice-given-recorded"));
            }
            Msg::OpenBooking(d) => self.open_booking(d),
            Msg::BookingKind(k) => self.booking_kind(k),
            Msg::BookingDay(day) => self.booking_day(day),
            Msg::BookingSlot(start) => self.booking_slot(start),
            Msg::BookingField(field, value) => self.booking_field(field, value),
            Msg::BookingLanguage(l) => self.booking_language(l),
            Msg::BookingShowIn(l) => self.booking_shown_in(l),
            Msg::ConfirmBooking => self.confirm_booking(),
            Msg::OpenCancel(b) => self.open_cancel(b),
            Msg::CancelReason(r) => self.cancel_reason(r),
            Msg::ConfirmCancel { rebook } => self.confirm_cancel(rebook),
            Msg::Rebook(b) => self.rebook_failed(b),
            Msg::RequestLegalAccess(d) => self.request_legal_access(d),
            Msg::LegalRequestMet(request) => {
                let body = EventBody::LegalAccessRequestMet { request };
                self.record(body, Then::Say("legal-request-met-recorded"));
            }
            Msg::BackToDetainee => {
                let d = match &self.screen {
                    Screen::Cancel(c) => Some(c.detainee),
                    Screen::Booking(b) => Some(b.detainee),
                    _ => None,
                };
                if let Some(d) = d {
                    self.go(Screen::Detainee(d));
                }
            }
            Msg::Done(done) => {
                // Takes in what a worker wrote (the fold the screens read).
                if self.backend.refresh() {
                    self.stale = true;
                }
                self.done(*done);
            }
        }
        // Read the view model again where it may have changed — after what was asked is done,
        // when something was asked.
        let asked = self.effects.iter().any(|e| !matches!(e, Effect::Load(_)));
        if (!quiet && !asked) || std::mem::take(&mut self.stale) {
            self.effects
                .push(Effect::Load(Box::new(self.screen.clone())));
        }
        super::text::set_language(&self.interface_language());
        std::mem::take(&mut self.effects)
    }

    /// Records a suspended detainee's request for a legal call against the suspension in
    /// force (§18) and shows their screen, where the alternative and how to use it are.
    fn request_legal_access(&mut self, detainee: DetaineeId) {
        let now = self.backend.now();
        let Some(suspension) = self
            .backend
            .centre()
            .suspension_in_force(detainee, now)
            .map(|s| s.id)
        else {
            // Not suspended (any more): the legal call is booked as usual.
            self.problem(t("not-suspended"));
            return;
        };
        let request = LegalRequestId(self.backend.new_id());
        let body = EventBody::LegalAccessRequested {
            request,
            detainee,
            suspension,
        };
        if !matches!(self.screen, Screen::Detainee(x) if x == detainee) {
            self.go(Screen::Detainee(detainee));
        }
        self.record(body, Then::Say("legal-request-recorded"));
    }

    fn go(&mut self, screen: Screen) {
        self.speaker.stop();
        self.notice = None;
        self.ending = None;
        self.screen = screen;
    }

    fn signed_in(&mut self, result: Result<StaffSession, SignInError>) {
        match result {
            Ok(session) => {
                self.staff = Some(session);
                self.mode = Mode::Staff;
                self.locked = false;
                self.notice = None;
                self.screen = Screen::Today;
            }
            Err(SignInError::Unreadable(e)) => self.problem(unreadable_text(&e)),
            Err(e) => {
                self.pin_refused();
                self.problem(e.to_string());
            }
        }
    }

    fn unlock(&mut self) {
        let pin = std::mem::take(&mut self.pin);
        let Some(staff) = &self.staff else { return };
        self.effects.push(Effect::CheckPin {
            staff: staff.id,
            pin,
            then: AfterPin::Unlock,
        });
    }

    /// What a PIN typed to unlock or to witness came to.
    fn pin_checked(&mut self, then: AfterPin, right: Result<bool, ReadError>) {
        // For the DCO, even in detainee mode.
        let _staff = super::text::scope(&LanguageTag::new(super::text::STAFF_LANGUAGE));
        let right = match right {
            Ok(right) => right,
            Err(e) => {
                self.problem(unreadable_text(&e));
                return;
            }
        };
        if then == AfterPin::Witness {
            if right {
                self.witnessed();
            } else {
                self.witness_refusals = self.witness_refusals.wrapping_add(1);
                self.problem(t("error-wrong-pin"));
            }
            return;
        }
        if right {
            self.locked = false;
            self.notice = None;
            if self.mode == Mode::Detainee {
                self.mode = Mode::Staff;
                // Back to staff: the witness step needs the DCO, anything else returns home.
                if let Screen::Compact(s) = &self.screen {
                    let d = s.detainee;
                    self.go(Screen::Detainee(d));
                }
            }
        } else {
            self.pin_refused();
            self.problem(t("error-wrong-pin"));
        }
    }

    /// A typed PIN was refused: its field is replaced by an empty one.
    fn pin_refused(&mut self) {
        self.pin_refusals = self.pin_refusals.wrapping_add(1);
    }

    fn tick(&mut self, now: DateTime<Utc>) {
        if self.backend.refresh() {
            // A background round changed the fold or the status: the view model is read
            // again (and shows whether the round "Sync now" asked for has ended).
            self.stale = true;
        }
        self.take_call_events();
        if self.staff.is_some()
            && !self.locked
            && self.mode == Mode::Staff
            && now - self.last_touch >= Duration::minutes(LOCK_AFTER_MINUTES)
        {
            self.locked = true;
            self.pin.clear();
            self.witness_pin.clear();
        }
        let failure = match &self.screen {
            Screen::Compact(s) if s.playing => self.speaker.failure(),
            _ => None,
        };
        if let Some(failure) = failure {
            // Nothing more is read, and what was not heard does not count as heard.
            self.speaker.stop();
            if let Screen::Compact(s) = &mut self.screen {
                s.playing = false;
                s.voiced = false;
                s.read_failure = Some(failure);
            }
            self.problem(t(match failure {
                ReadFailure::NoSound => "compact-no-sound",
                ReadFailure::NoVoice => "compact-no-voice",
            }));
        } else if let Screen::Compact(s) = &mut self.screen
            && s.playing
            && !self.speaker.busy()
        {
            if s.current + 1 < s.text.sentences.len() {
                s.current += 1;
                self.speaker.speak(
                    &s.text.language,
                    s.text.id(s.current),
                    &s.text.sentences[s.current],
                );
            } else {
                s.playing = false;
                s.audio_completed = true;
            }
        }
    }

    fn sync(&mut self) {
        self.after_sync = AfterSync::SyncNow;
        self.start_sync();
    }

    /// Starts a round; a backend that syncs in the background answers at once with
    /// `syncing`, and [`Self::tick`] reports the end.
    fn start_sync(&mut self) {
        self.syncing = true;
        self.effects.push(Effect::SyncNow);
    }

    fn sync_ended(&mut self, failed: Option<SyncError>) {
        self.syncing = false;
        self.awaiting_round = false;
        match (self.after_sync, failed) {
            (AfterSync::SyncNow, None) => self.say(t("sync-done")),
            (AfterSync::SyncNow, Some(e)) => self.problem(e.to_string()),
            (AfterSync::Incident, None) => self.say(t("incident-saved-sent")),
            (AfterSync::Incident, Some(_)) => self.say(t("incident-saved-offline")),
        }
    }

    fn start_compact(&mut self, d: DetaineeId, language: LanguageTag, interpreter: bool) {
        let text = match self.backend.compact(&language) {
            Ok(Some(text)) => text,
            Ok(None) => {
                self.problem(t("compact-no-translation"));
                return;
            }
            Err(e) => {
                self.problem(unreadable_text(&e));
                return;
            }
        };
        let body = EventBody::CompactPresented {
            detainee: d,
            version: text.version.clone(),
            language: language.clone(),
        };
        let voiced = self.speaker.can_read(&language);
        let session = Box::new(CompactSession {
            detainee: d,
            text,
            current: 0,
            playing: false,
            audio_completed: false,
            voiced,
            read_failure: None,
            explained: None,
            interpreter_reference: String::new(),
            pad: Pad::default(),
        });
        self.record(
            body,
            Then::Presented {
                session,
                interpreter,
            },
        );
    }

    fn reading(&mut self, msg: Msg) {
        let Screen::Compact(s) = &mut self.screen else {
            return;
        };
        if !s.voiced && matches!(msg, Msg::Play | Msg::Replay(_)) {
            return;
        }
        match msg {
            Msg::Play => {
                s.playing = true;
                self.speaker.speak(
                    &s.text.language,
                    s.text.id(s.current),
                    &s.text.sentences[s.current],
                );
            }
            Msg::Pause => {
                s.playing = false;
                self.speaker.stop();
            }
            Msg::Replay(i) if i < s.text.sentences.len() => {
                s.current = i;
                s.playing = true;
                self.speaker
                    .speak(&s.text.language, s.text.id(i), &s.text.sentences[i]);
            }
            _ => {}
        }
    }

    fn explain(&mut self, how: Explanation) {
        let (Screen::Compact(s) | Screen::Interpreter(s)) = &self.screen else {
            return;
        };
        let body = EventBody::CompactExplained {
            detainee: s.detainee,
            version: s.text.version.clone(),
            language: s.text.language.clone(),
            how: how.clone(),
        };
        let mut s = s.clone();
        s.explained = Some(how);
        s.playing = false;
        self.record(body, Then::Explained(s));
    }

    fn go_to_signature(&mut self) {
        let Screen::Compact(s) = &self.screen else {
            return;
        };
        self.explain(Explanation::ReadAloud {
            audio_completed: s.audio_completed,
        });
    }

    fn record_interpreter(&mut self) {
        let Screen::Interpreter(s) = &self.screen else {
            return;
        };
        let reference = s.interpreter_reference.trim().to_owned();
        if reference.is_empty() {
            self.problem(t("interpreter-reference-needed"));
            return;
        }
        self.explain(Explanation::Interpreter { reference });
    }

    fn pad(&mut self, f: impl FnOnce(&mut Pad)) {
        if let Screen::Signature(s) = &mut self.screen {
            f(&mut s.pad);
        }
    }

    fn witness(&mut self) {
        // For the DCO, even in detainee mode.
        let _staff = super::text::scope(&LanguageTag::new(super::text::STAFF_LANGUAGE));
        let Screen::Signature(s) = &self.screen else {
            return;
        };
        let Some(staff) = &self.staff else { return };
        if !s.pad.is_signed() {
            self.problem(t("signature-missing"));
            return;
        }
        let pin = std::mem::take(&mut self.witness_pin);
        self.effects.push(Effect::CheckPin {
            staff: staff.id,
            pin,
            then: AfterPin::Witness,
        });
    }

    /// The witness's PIN was right: the signature on screen is recorded.
    fn witnessed(&mut self) {
        let Screen::Signature(s) = &self.screen else {
            return;
        };
        let body = EventBody::CompactSigned {
            detainee: s.detainee,
            version: s.text.version.clone(),
            language: s.text.language.clone(),
            text_hash: s.text.text_hash.clone(),
            signature: s.pad.signature(),
        };
        let d = s.detainee;
        self.mode = Mode::Staff;
        self.record(body, Then::Witnessed(d));
    }

    /// Records a step of the call on screen, then `step`'s follow-up.
    fn call_step(&mut self, step: impl FnOnce(BookingId) -> (EventBody, Then)) {
        let Screen::Call(b) = self.screen else {
            return;
        };
        self.notice = None;
        let (body, then) = step(b);
        self.record(body, then);
    }

    fn open_incident(&mut self, booking: Option<BookingId>, detainee: Option<DetaineeId>) {
        let id = IncidentId(self.backend.new_id());
        let keep = self.notice.clone();
        // A report about a call staff ended starts with the category of the reason they
        // gave; the DCO can change it.
        let category = booking.and_then(|b| match self.backend.centre().calls.get(&b)?.phase {
            CallPhase::Finished {
                outcome: CallOutcome::Terminated(reason),
                ..
            } => Some(reason.incident_category()),
            _ => None,
        });
        self.go(Screen::Incident(Box::new(IncidentDraft {
            id,
            booking,
            detainee,
            category,
            account: String::new(),
        })));
        self.notice = keep;
    }

    fn submit_incident(&mut self) {
        let Screen::Incident(i) = &self.screen else {
            return;
        };
        let Some(category) = i.category else {
            self.problem(t("incident-category-needed"));
            return;
        };
        let body = EventBody::IncidentReported {
            incident: i.id,
            booking: i.booking,
            detainee: i.detainee,
            category,
            account: i.account.clone(),
        };
        self.record(body, Then::Incident);
    }

    /// The minutes left in a call's slot, if it is running.
    pub fn minutes_left(&self, booking: BookingId) -> Option<i64> {
        let centre = self.backend.centre();
        let call = centre.calls.get(&booking)?;
        let CallPhase::InCall { .. } = call.phase else {
            return None;
        };
        let end = centre.slot_end(booking)?;
        Some((end - self.backend.now()).num_minutes().max(0))
    }
}
