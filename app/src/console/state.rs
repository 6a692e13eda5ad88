//! The console's state and everything a click can do to it: one [`Msg`] per action and one
//! [`Console::update`] that turns it into requests to the [`ConsoleApi`] — every decision is an
//! event recorded through the server's rulebook, with who (the session), when (the server's
//! clock) and why (the reasons typed). Nothing is edited after the fact: a correction is
//! another event. Screens render this state and send messages, so every flow is testable
//! without a window.

use super::api::{
    ConsoleApi, ConsoleError, DeviceEntry, RoomEntry, RosterPerson, ScheduledCall, Session,
    StaffEntry,
};
use super::notice::NoticeText;
use super::text::{ct, ct_args, text};
use chrono::{DateTime, NaiveDate, Utc};
use fluent::FluentValue;
use kinline_console::forms;
use kinline_shared::actor::Role;
use kinline_shared::event::{Event, EventBody, ReferralSource};
use kinline_shared::ids::{
    AppealId, BookingId, DetaineeId, DeviceId, EventId, RoomId, StaffId, SuspensionId,
};
use kinline_shared::model::{
    CompactVersion, Evidence, LanguageTag, LegalAccessMethod, SuspensionReason,
};
use kinline_shared::projection::{Centre, PolicyException, Referral};
use kinline_shared::time::add_london_days;
use kinline_shared::workflow::suspension::{
    APPEAL_HOURS, APPEAL_HOURS_IMMINENT_REMOVAL, Deadline, DeadlineKind, REVIEW_INTERVAL_DAYS,
    Suspension, SuspensionPhase,
};
use std::collections::BTreeMap;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Staff id and PIN or password.
    SignIn,
    /// Signed in with a role the console has no screens for (DCOs use the tablet).
    NothingForThisRole,
    /// Managers: every suspension, with lift and alternative legal access (§17, §18).
    Suspensions,
    /// Managers: suspend a detainee (§17).
    Suspend,
    /// Managers: the written notice of one suspension (§17).
    Notice(SuspensionId),
    /// Managers: appeals and the other duties with their deadlines, overdue first (§18).
    Deadlines,
    /// Compliance Manager: suspensions with notification and authorisation (§18).
    Compliance,
    /// Compliance Manager: weekly reviews due, as a calendar (§18).
    Reviews,
    /// Compliance Manager: policy exceptions raised by sync.
    Exceptions,
    /// Security (managers read only): the referral queue (§12, §19).
    Referrals,
    /// Administrator: opening hours and slot length (§7, Annex A).
    Schedule,
    /// Administrator: staff accounts and roles.
    Staff,
    /// Administrator: tablets (enrol, revoke).
    Tablets,
    /// Administrator: the rooms calls take place in (§7).
    Rooms,
    /// Managers and the administrator: a day's calls and their rooms (§9).
    Calls,
    /// Administrator: publish a compact version (§10).
    Compact,
    /// Managers and the Compliance Manager: reports as charts with CSV export.
    Reports,
}

impl Screen {
    /// Every screen (the notice for a placeholder suspension), for the role × screen walk.
    pub const ALL: [Screen; 17] = [
        Screen::SignIn,
        Screen::NothingForThisRole,
        Screen::Suspensions,
        Screen::Suspend,
        Screen::Notice(SuspensionId(uuid::Uuid::nil())),
        Screen::Deadlines,
        Screen::Compliance,
        Screen::Reviews,
        Screen::Exceptions,
        Screen::Referrals,
        Screen::Schedule,
        Screen::Staff,
        Screen::Tablets,
        Screen::Rooms,
        Screen::Calls,
        Screen::Compact,
        Screen::Reports,
    ];

    /// Its title, as in the navigation (`screen-*` in `console.ftl`).
    pub fn title(self) -> String {
        ct(match self {
            Screen::SignIn => "screen-sign-in",
            Screen::NothingForThisRole => "screen-nothing-for-this-role",
            Screen::Suspensions => "screen-suspensions",
            Screen::Suspend => "screen-suspend",
            Screen::Notice(_) => "screen-notice",
            Screen::Deadlines => "screen-deadlines",
            Screen::Compliance => "screen-compliance",
            Screen::Reviews => "screen-reviews",
            Screen::Exceptions => "screen-exceptions",
            Screen::Referrals => "screen-referrals",
            Screen::Schedule => "screen-schedule",
            Screen::Staff => "screen-staff",
            Screen::Tablets => "screen-tablets",
            Screen::Rooms => "screen-rooms",
            Screen::Calls => "screen-calls",
            Screen::Compact => "screen-compact",
            Screen::Reports => "screen-reports",
        })
    }

    /// Whether `role` may see this screen (mirrors the server's role table: the server refuses
    /// anyway; the console does not show what it would refuse).
    pub fn allowed(self, role: Role) -> bool {
        use Role as R;
        match self {
            Screen::SignIn => true,
            Screen::NothingForThisRole => role == R::Dco,
            Screen::Suspensions | Screen::Suspend | Screen::Notice(_) | Screen::Deadlines => {
                role.is_centre_manager()
            }
            Screen::Compliance | Screen::Reviews | Screen::Exceptions => {
                role == R::ComplianceManager
            }
            Screen::Referrals => role == R::Security || role.is_centre_manager(),
            Screen::Schedule
            | Screen::Staff
            | Screen::Tablets
            | Screen::Rooms
            | Screen::Compact => role == R::Administrator,
            Screen::Reports => role == R::ComplianceManager || role.is_centre_manager(),
            Screen::Calls => role == R::Administrator || role.is_centre_manager(),
        }
    }
}

/// The navigation for a role: the screens it may open, in order.
pub fn screens_for(role: Role) -> Vec<Screen> {
    Screen::ALL
        .into_iter()
        .filter(|s| !matches!(s, Screen::SignIn | Screen::Notice(_)))
        .filter(|s| s.allowed(role))
        .collect()
}

/// The console's clock: the system's, or a fixed instant (tests and rehearsals).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// The real time.
    System,
    /// A fixed instant.
    Fixed(DateTime<Utc>),
}

/// A message to the person: what happened, in words they can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// A problem (an alert) or a success (a status).
    pub problem: bool,
    /// The words.
    pub text: String,
}

/// How a Security officer moves a referral on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferralAction {
    /// Start investigating.
    Investigate,
    /// Close with the outcome typed.
    Close,
}

/// Every text field of every form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Forms {
    /// Sign-in: staff id.
    pub staff_id: String,
    /// Sign-in: PIN or password.
    pub secret: String,
    /// Suspend: the detainee.
    pub suspend_detainee: Option<DetaineeId>,
    /// Suspend: the §17 reason.
    pub suspend_reason: Option<SuspensionReason>,
    /// Suspend: the reasons in words, for the notice.
    pub suspend_words: String,
    /// Suspend: planned end, London `YYYY-MM-DD HH:MM`.
    pub suspend_until: String,
    /// Suspend: the evidence ticked.
    pub suspend_evidence: Vec<Evidence>,
    /// Suspend: the security information report's reference (DSO 11/2014), for security.
    pub suspend_security_report: String,
    /// Suspend: the manager's statement that it is not a sanction for wider non-compliance.
    pub suspend_not_a_sanction: bool,
    /// The name printed on notices, per detainee (the server holds no names).
    pub names: BTreeMap<DetaineeId, String>,
    /// The notice's language, per suspension.
    pub notice_language: BTreeMap<SuspensionId, String>,
    /// Appeal decisions: the reasons typed.
    pub decision_reasons: BTreeMap<AppealId, String>,
    /// Alternative legal access: "other" described.
    pub legal_other: BTreeMap<SuspensionId, String>,
    /// Authorisation: until, London `YYYY-MM-DD HH:MM`.
    pub authorise_until: BTreeMap<SuspensionId, String>,
    /// Weekly review notes.
    pub review_notes: BTreeMap<SuspensionId, String>,
    /// Policy exception notes.
    pub exception_notes: BTreeMap<EventId, String>,
    /// Referral outcomes typed.
    pub outcomes: BTreeMap<ReferralSource, String>,
    /// Schedule: opens, `HH:MM`.
    pub opens: String,
    /// Schedule: closes, `HH:MM`.
    pub closes: String,
    /// Schedule: slot minutes.
    pub slot_minutes: String,
    /// Schedule: call points.
    pub call_points: String,
    /// Schedule: effective from, `YYYY-MM-DD`.
    pub effective_from: String,
    /// Staff: existing id (blank for a new account).
    pub account_id: String,
    /// Staff: role.
    pub account_role: Option<Role>,
    /// Staff: PIN or password.
    pub account_secret: String,
    /// Staff: may sign in.
    pub account_active: bool,
    /// Staff: their name, for the staff list.
    pub account_name: String,
    /// The staff number to issue ("" keeps the one they have).
    pub account_number: String,
    /// Tablets: the label the next enrolled tablet gets.
    pub enrol_label: String,
    /// Tablets: why the next revocation (optional; recorded in the event).
    pub revoke_reason: String,
    /// Rooms: the new room's name.
    pub room_name: String,
    /// Rooms: the new room's capacity.
    pub room_capacity: String,
    /// Calls: the London date shown, `YYYY-MM-DD` (today when empty).
    pub calls_date: String,
    /// Compact: the new version's id.
    pub compact_version: String,
}

/// Everything a click can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// The minute clock: a re-render, so deadlines count down on screen.
    Tick,
    /// Sign-in: the staff id field.
    StaffId(String),
    /// Sign-in: the PIN or password field.
    Secret(String),
    /// Sign in.
    SignIn,
    /// Sign out.
    SignOut,
    /// Open a screen.
    Show(Screen),
    /// Load again from the server.
    Refresh,
    /// Dismiss the message.
    Dismiss,
    /// Suspend: pick the detainee.
    SuspendDetainee(DetaineeId),
    /// Suspend: pick the reason.
    SuspendReason(SuspensionReason),
    /// Suspend: the reasons in words.
    SuspendWords(String),
    /// Suspend: planned end.
    SuspendUntil(String),
    /// Suspend: tick or untick evidence.
    ToggleEvidence(Evidence),
    /// Suspend: the security information report's reference.
    SuspendSecurityReport(String),
    /// Suspend: state (or withdraw) that the suspension is not a sanction (§17).
    SuspendNotASanction(bool),
    /// The name printed on a detainee's notices.
    NoticeName(DetaineeId, String),
    /// Record the suspension.
    Suspend,
    /// Choose the language of a suspension's notice.
    NoticeLanguage(SuspensionId, String),
    /// Record that the notice was given (in the chosen language).
    GiveNotice(SuspensionId),
    /// Record that the Compliance Manager was notified.
    NotifyCompliance(SuspensionId),
    /// Lift a suspension.
    Lift(SuspensionId),
    /// Describe "other" alternative legal access.
    LegalOther(SuspensionId, String),
    /// Record alternative legal access.
    ArrangeLegal(SuspensionId, LegalAccessMethod),
    /// The reasons for an appeal decision.
    DecisionReasons(AppealId, String),
    /// Decide an appeal: upheld (suspension lifted) or dismissed.
    DecideAppeal(AppealId, bool),
    /// Authorisation: until.
    AuthoriseUntil(SuspensionId, String),
    /// Authorise beyond a week.
    Authorise(SuspensionId),
    /// Review notes.
    ReviewNotes(SuspensionId, String),
    /// Record a weekly review: continues or not.
    Review(SuspensionId, bool),
    /// Policy exception notes.
    ExceptionNotes(EventId, String),
    /// Record a policy exception as reviewed.
    ReviewException(EventId),
    /// A referral's outcome.
    Outcome(ReferralSource, String),
    /// Move a referral on.
    UpdateReferral(ReferralSource, ReferralAction),
    /// Schedule fields.
    Opens(String),
    /// Closes.
    Closes(String),
    /// Slot minutes.
    SlotMinutes(String),
    /// Call points.
    CallPoints(String),
    /// Effective from.
    EffectiveFrom(String),
    /// Record the schedule.
    SaveSchedule,
    /// Staff: id field.
    AccountId(String),
    /// Staff: role.
    AccountRole(Role),
    /// Staff: secret.
    AccountSecret(String),
    /// Staff: active.
    AccountActive(bool),
    /// Staff: name.
    AccountName(String),
    /// The staff number field changed.
    AccountNumber(String),
    /// Staff: fill the form from a listed account, to change it.
    EditAccount(StaffId),
    /// Create or update the account.
    SaveAccount,
    /// Tablets: the label of the next enrolled tablet.
    EnrolLabel(String),
    /// Tablets: the reason field for a revocation.
    RevokeReason(String),
    /// Tablets: a new enrolment code.
    CreateEnrolmentCode,
    /// Revoke a listed tablet.
    Revoke(DeviceId),
    /// Rooms: the new room's name.
    RoomName(String),
    /// Rooms: the new room's capacity.
    RoomCapacity(String),
    /// Add the room.
    AddRoom,
    /// Retire a room.
    RetireRoom(RoomId),
    /// Calls: the date field.
    CallsDate(String),
    /// Calls: show that date's calls.
    ShowCalls,
    /// Calls: put a call in a room (or move it there).
    PutInRoom(BookingId, RoomId),
    /// Compact: the version field.
    CompactVersion(String),
    /// Publish it.
    PublishCompact,
}

/// A duty on the deadlines screen: due, left (negative when overdue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DutyRow {
    /// The deadline.
    pub deadline: Deadline,
    /// The appeal, for appeal decisions.
    pub appeal: Option<AppealId>,
    /// Whether it has passed.
    pub overdue: bool,
    /// Minutes left (negative: minutes overdue).
    pub minutes_left: i64,
}

/// A weekly review or authorisation on the Compliance Manager's calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewRow {
    /// Which suspension.
    pub suspension: SuspensionId,
    /// Authorisation (first week) or weekly review.
    pub kind: DeadlineKind,
    /// Due.
    pub due: DateTime<Utc>,
    /// Missed (past due, not done).
    pub missed: bool,
}

/// The console.
pub struct Console {
    /// The server.
    pub api: Box<dyn ConsoleApi>,
    /// The clock deadlines count down against.
    pub clock: Clock,
    /// Who is signed in.
    pub session: Option<Session>,
    /// The screen showing.
    pub screen: Screen,
    /// The events (managers and Compliance Manager).
    pub events: Vec<Event>,
    /// Their fold.
    pub centre: Centre,
    /// Suspension duties from the server.
    pub deadlines: Vec<Deadline>,
    /// The security queue.
    pub referrals: Vec<Referral>,
    /// Policy exceptions.
    pub exceptions: Vec<PolicyException>,
    /// The form fields.
    pub forms: Forms,
    /// Staff accounts, as the server lists them (administrator).
    pub staff_list: Vec<StaffEntry>,
    /// Enrolled tablets (administrator).
    pub devices: Vec<DeviceEntry>,
    /// The roster (managers).
    pub roster: Vec<RosterPerson>,
    /// The rooms (administrator, managers).
    pub rooms: Vec<RoomEntry>,
    /// The calls of the date on the Calls screen.
    pub calls: Vec<ScheduledCall>,
    /// The last enrolment code: (code, expires).
    pub enrolment_code: Option<(String, DateTime<Utc>)>,
    /// The message shown.
    pub notice: Option<Notice>,
}

impl std::fmt::Debug for Console {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Console")
            .field("screen", &self.screen)
            .field("role", &self.session.as_ref().map(|s| s.role))
            .finish()
    }
}

/// Parses `YYYY-MM-DD HH:MM` (or a date alone, meaning 00:00) as London wall-clock time.
pub use kinline_console::forms::parse_london;

/// A new UUIDv7 from the clock and the operating system's randomness.
fn new_uuid() -> uuid::Uuid {
    let mut random = [0u8; 10];
    // Without OS randomness the id still differs by time; ids are not secrets.
    let _ = getrandom::fill(&mut random);
    let ms = u64::try_from(Utc::now().timestamp_millis()).unwrap_or(0);
    kinline_shared::ids::new_v7(ms, random)
}

impl Console {
    /// A signed-out console over `api`.
    pub fn new(api: Box<dyn ConsoleApi>) -> Self {
        Self {
            api,
            clock: Clock::System,
            session: None,
            screen: Screen::SignIn,
            events: Vec::new(),
            centre: Centre::default(),
            deadlines: Vec::new(),
            referrals: Vec::new(),
            exceptions: Vec::new(),
            forms: Forms {
                opens: "08:00".into(),
                closes: "20:00".into(),
                slot_minutes: "30".into(),
                call_points: "2".into(),
                account_active: true,
                room_capacity: "1".into(),
                ..Forms::default()
            },
            staff_list: Vec::new(),
            devices: Vec::new(),
            roster: Vec::new(),
            rooms: Vec::new(),
            calls: Vec::new(),
            enrolment_code: None,
            notice: None,
        }
    }

    /// Now, by the console's clock.
    pub fn now(&self) -> DateTime<Utc> {
        match self.clock {
            Clock::System => Utc::now(),
            Clock::Fixed(t) => t,
        }
    }

    /// The signed-in role.
    pub fn role(&self) -> Option<Role> {
        self.session.as_ref().map(|s| s.role)
    }

    fn problem(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            problem: true,
            text: text.into(),
        });
    }

    fn done(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            problem: false,
            text: text.into(),
        });
    }

    fn fail(&mut self, e: ConsoleError) {
        if matches!(e, ConsoleError::NotSignedIn(_)) && self.session.is_some() {
            self.session = None;
            self.screen = Screen::SignIn;
        }
        self.problem(e.to_string());
    }

    /// Loads what the role's screens show.
    pub fn refresh(&mut self) {
        let Some(role) = self.role() else { return };
        let manager = role.is_centre_manager();
        let compliance = role == Role::ComplianceManager;
        let result = (|| -> Result<(), ConsoleError> {
            if manager || compliance {
                self.events = self.api.events()?;
                self.centre = Centre::fold(&self.events);
                self.deadlines = self.api.deadlines()?;
            }
            if manager || role == Role::Security {
                self.referrals = self.api.referrals()?;
            }
            if compliance {
                self.exceptions = self.api.exceptions()?;
            }
            if manager {
                self.roster = self.api.roster()?;
            }
            if role == Role::Administrator {
                self.staff_list = self.api.staff_list()?;
                self.devices = self.api.devices()?;
            }
            if Screen::Calls.allowed(role) {
                self.rooms = self.api.rooms()?;
            }
            if self.screen == Screen::Calls {
                let day = self.calls_day();
                self.calls = self.api.schedule(day, day)?;
            }
            Ok(())
        })();
        if let Err(e) = result {
            self.fail(e);
        }
    }

    /// Records an event; on success says `done` and reloads.
    fn record(&mut self, body: EventBody, done: &str) -> bool {
        match self.api.record(body) {
            Ok(_) => {
                self.refresh();
                self.done(done);
                true
            }
            Err(e) => {
                self.fail(e);
                false
            }
        }
    }

    /// Handles one message.
    pub fn update(&mut self, msg: Msg) {
        match msg {
            Msg::Tick => {}
            Msg::StaffId(s) => self.forms.staff_id = s,
            Msg::Secret(s) => self.forms.secret = s,
            Msg::SignIn => self.sign_in(),
            Msg::SignOut => {
                let _ = self.api.sign_out();
                self.session = None;
                self.screen = Screen::SignIn;
                self.events.clear();
                self.centre = Centre::default();
                self.deadlines.clear();
                self.referrals.clear();
                self.exceptions.clear();
                self.staff_list.clear();
                self.devices.clear();
                self.roster.clear();
                self.rooms.clear();
                self.calls.clear();
                self.done(ct("console-signed-out"));
            }
            Msg::Show(screen) => match self.role() {
                Some(role) if screen.allowed(role) => {
                    self.screen = screen;
                    self.notice = None;
                    if screen == Screen::Calls {
                        self.refresh();
                    }
                }
                Some(role) => self.problem(ct_args(
                    "screen-forbidden",
                    &[
                        ("role", text(role.label())),
                        ("screen", text(screen.title())),
                    ],
                )),
                None => self.problem(ct("console-sign-in-first")),
            },
            Msg::Refresh => {
                self.refresh();
                if self.notice.as_ref().is_none_or(|n| !n.problem) {
                    self.done(ct("console-up-to-date"));
                }
            }
            Msg::Dismiss => self.notice = None,
            Msg::SuspendDetainee(d) => {
                self.forms.suspend_detainee = Some(d);
                self.forms.suspend_evidence.clear();
            }
            Msg::SuspendReason(r) => {
                self.forms.suspend_reason = Some(r);
                // Each reason accepts its own evidence (`basis::evidence_accepted`).
                self.forms.suspend_evidence.clear();
            }
            Msg::SuspendSecurityReport(s) => self.forms.suspend_security_report = s,
            Msg::SuspendNotASanction(b) => self.forms.suspend_not_a_sanction = b,
            Msg::SuspendWords(s) => self.forms.suspend_words = s,
            Msg::SuspendUntil(s) => self.forms.suspend_until = s,
            Msg::ToggleEvidence(e) => {
                if let Some(i) = self.forms.suspend_evidence.iter().position(|x| *x == e) {
                    self.forms.suspend_evidence.remove(i);
                } else {
                    self.forms.suspend_evidence.push(e);
                }
            }
            Msg::NoticeName(d, n) => {
                self.forms.names.insert(d, n);
            }
            Msg::Suspend => self.suspend(),
            Msg::NoticeLanguage(s, l) => {
                self.forms.notice_language.insert(s, l);
            }
            Msg::GiveNotice(s) => {
                let language = LanguageTag::new(&self.notice_language(s));
                self.record(
                    EventBody::SuspensionNoticeGiven {
                        suspension: s,
                        language,
                    },
                    &ct("notice-given-done"),
                );
            }
            Msg::NotifyCompliance(s) => {
                self.record(
                    EventBody::ComplianceManagerNotified { suspension: s },
                    &ct("notified-done"),
                );
            }
            Msg::Lift(s) => {
                self.record(
                    EventBody::SuspensionLifted { suspension: s },
                    &ct("lifted-done"),
                );
            }
            Msg::LegalOther(s, t) => {
                self.forms.legal_other.insert(s, t);
            }
            Msg::ArrangeLegal(s, method) => {
                let method = match method {
                    LegalAccessMethod::Other { .. } => LegalAccessMethod::Other {
                        description: self.forms.legal_other.get(&s).cloned().unwrap_or_default(),
                    },
                    m => m,
                };
                self.record_form(forms::legal_access(s, method), "legal-done");
            }
            Msg::DecisionReasons(a, t) => {
                self.forms.decision_reasons.insert(a, t);
            }
            Msg::DecideAppeal(appeal, upheld) => {
                let reasons = self.forms.decision_reasons.get(&appeal).cloned();
                // The rulebook follows an upheld appeal with the suspension's lifting.
                self.record_form(
                    forms::appeal_decision(appeal, upheld, &reasons.unwrap_or_default()),
                    if upheld {
                        "appeal-upheld"
                    } else {
                        "appeal-dismissed"
                    },
                );
            }
            Msg::AuthoriseUntil(s, t) => {
                self.forms.authorise_until.insert(s, t);
            }
            Msg::Authorise(s) => {
                let until = self.forms.authorise_until.get(&s).cloned();
                self.record_form(
                    forms::authorisation(s, &until.unwrap_or_default()),
                    "authorised-done",
                );
            }
            Msg::ReviewNotes(s, t) => {
                self.forms.review_notes.insert(s, t);
            }
            Msg::Review(s, continues) => {
                let notes = self.forms.review_notes.get(&s).cloned();
                self.record_form(
                    forms::review(s, continues, &notes.unwrap_or_default()),
                    "review-done",
                );
            }
            Msg::ExceptionNotes(e, t) => {
                self.forms.exception_notes.insert(e, t);
            }
            Msg::ReviewException(event) => {
                let notes = self
                    .forms
                    .exception_notes
                    .get(&event)
                    .cloned()
                    .unwrap_or_default();
                self.record(
                    EventBody::PolicyExceptionReviewed { event, notes },
                    &ct("exception-done"),
                );
            }
            Msg::Outcome(s, t) => {
                self.forms.outcomes.insert(s, t);
            }
            Msg::UpdateReferral(source, action) => {
                let outcome = self.forms.outcomes.get(&source).cloned();
                self.record_form(
                    forms::referral_update(
                        source,
                        action == ReferralAction::Close,
                        &outcome.unwrap_or_default(),
                    ),
                    "referral-done",
                );
            }
            Msg::Opens(s) => self.forms.opens = s,
            Msg::Closes(s) => self.forms.closes = s,
            Msg::SlotMinutes(s) => self.forms.slot_minutes = s,
            Msg::CallPoints(s) => self.forms.call_points = s,
            Msg::EffectiveFrom(s) => self.forms.effective_from = s,
            Msg::SaveSchedule => self.save_schedule(),
            Msg::AccountId(s) => self.forms.account_id = s,
            Msg::AccountRole(r) => self.forms.account_role = Some(r),
            Msg::AccountSecret(s) => self.forms.account_secret = s,
            Msg::AccountActive(a) => self.forms.account_active = a,
            Msg::AccountName(s) => self.forms.account_name = s,
            Msg::AccountNumber(s) => self.forms.account_number = s,
            Msg::EditAccount(id) => {
                if let Some(a) = self.staff_list.iter().find(|a| a.id == id) {
                    self.forms.account_id = a.id.to_string();
                    self.forms.account_role = Some(a.role);
                    self.forms.account_active = a.active;
                    self.forms.account_name = a.name.clone();
                    self.forms.account_number = a.number.clone();
                    self.forms.account_secret.clear();
                }
            }
            Msg::SaveAccount => self.save_account(),
            Msg::EnrolLabel(s) => self.forms.enrol_label = s,
            Msg::CreateEnrolmentCode => match self.api.enrolment_code(&self.forms.enrol_label) {
                Ok(c) => {
                    self.enrolment_code = Some(c);
                    self.forms.enrol_label.clear();
                    self.done(ct("tablets-code-made"));
                }
                Err(e) => self.fail(e),
            },
            Msg::RevokeReason(s) => self.forms.revoke_reason = s,
            Msg::Revoke(device) => {
                match self.api.revoke_device(device, &self.forms.revoke_reason) {
                    Ok(()) => {
                        self.forms.revoke_reason.clear();
                        self.refresh();
                        self.done(ct("tablets-revoked-done"));
                    }
                    Err(e) => self.fail(e),
                }
            }
            Msg::RoomName(s) => self.forms.room_name = s,
            Msg::RoomCapacity(s) => self.forms.room_capacity = s,
            Msg::AddRoom => self.add_room(),
            Msg::CallsDate(s) => self.forms.calls_date = s,
            Msg::ShowCalls => {
                let typed = self.forms.calls_date.trim();
                if !typed.is_empty() && NaiveDate::parse_from_str(typed, "%Y-%m-%d").is_err() {
                    self.problem(ct("calls-date-bad"));
                    return;
                }
                self.refresh();
            }
            Msg::PutInRoom(booking, room) => {
                let name = self
                    .rooms
                    .iter()
                    .find(|r| r.id == room)
                    .map_or_else(String::new, |r| r.name.clone());
                self.record(
                    EventBody::CallRoomAssigned { booking, room },
                    &ct_args("calls-moved", &[("room", text(name))]),
                );
            }
            Msg::RetireRoom(room) => match self.api.retire_room(room) {
                Ok(()) => {
                    self.refresh();
                    // Calls already in the room keep it; say how many are still to come, so
                    // staff can move them (the schedule route answers at most 31 days).
                    let today = kinline_shared::time::london_date(self.now());
                    let upcoming = self
                        .api
                        .schedule(today, today + chrono::Days::new(30))
                        .map(|calls| {
                            calls
                                .iter()
                                .filter(|c| c.state != "finished" && c.slot_start >= self.now())
                                .filter(|c| c.room.as_ref().is_some_and(|r| r.id == room))
                                .count()
                        })
                        .unwrap_or(0);
                    if upcoming == 0 {
                        self.done(ct("rooms-retired-done"));
                    } else {
                        self.done(ct_args(
                            "rooms-retired-with-calls",
                            &[("count", FluentValue::from(upcoming))],
                        ));
                    }
                }
                Err(e) => self.fail(e),
            },
            Msg::CompactVersion(s) => self.forms.compact_version = s,
            Msg::PublishCompact => self.publish_compact(),
        }
    }

    fn sign_in(&mut self) {
        let Ok(id) = self.forms.staff_id.trim().parse::<uuid::Uuid>() else {
            self.problem(ct("sign-in-bad-id"));
            return;
        };
        let secret = std::mem::take(&mut self.forms.secret);
        match self.api.sign_in(StaffId(id), &secret) {
            Ok(session) => {
                let role = session.role;
                self.session = Some(session);
                self.screen = screens_for(role)
                    .first()
                    .copied()
                    .unwrap_or(Screen::NothingForThisRole);
                self.notice = None;
                self.refresh();
            }
            Err(e) => self.fail(e),
        }
    }

    /// Records what a form became, or shows what to type first.
    fn record_form(&mut self, body: Result<EventBody, forms::Problem>, done: &str) {
        match body {
            Ok(body) => {
                self.record(body, &ct(done));
            }
            Err(problem) => self.problem(ct(problem)),
        }
    }

    fn suspend(&mut self) {
        let form = kinline_console::forms::SuspendForm {
            detainee: self.forms.suspend_detainee,
            reason: self.forms.suspend_reason,
            words: self.forms.suspend_words.clone(),
            until: self.forms.suspend_until.clone(),
            evidence: self.forms.suspend_evidence.clone(),
            security_report: self.forms.suspend_security_report.clone(),
            not_a_sanction: self.forms.suspend_not_a_sanction,
        };
        let suspension = SuspensionId(new_uuid());
        let body = match form.event(suspension) {
            Ok(b) => b,
            Err(problem) => {
                self.problem(ct(problem));
                return;
            }
        };
        let ok = self.record(body, &ct("suspended-done"));
        if ok {
            self.forms.suspend_words.clear();
            self.forms.suspend_until.clear();
            self.forms.suspend_evidence.clear();
            self.forms.suspend_security_report.clear();
            self.forms.suspend_not_a_sanction = false;
            self.forms.suspend_reason = None;
            self.screen = Screen::Notice(suspension);
        }
    }

    fn save_schedule(&mut self) {
        let form = kinline_console::forms::ScheduleForm {
            opens: self.forms.opens.clone(),
            closes: self.forms.closes.clone(),
            slot_minutes: self.forms.slot_minutes.clone(),
            call_points: self.forms.call_points.clone(),
            effective_from: self.forms.effective_from.clone(),
        };
        let today = kinline_shared::time::london_date(self.now());
        self.record_form(form.event(today), "schedule-done");
    }

    fn save_account(&mut self) {
        let Some(role) = self.forms.account_role else {
            self.problem(ct("staff-choose-role"));
            return;
        };
        if self.forms.account_secret.chars().count() < 4 {
            self.problem(ct("staff-secret-short"));
            return;
        }
        let id = match self.forms.account_id.trim() {
            "" => StaffId(new_uuid()),
            t => match t.parse::<uuid::Uuid>() {
                Ok(u) => StaffId(u),
                Err(_) => {
                    self.problem(ct("staff-bad-id"));
                    return;
                }
            },
        };
        let secret = std::mem::take(&mut self.forms.account_secret);
        let active = self.forms.account_active;
        let name = self.forms.account_name.trim().to_owned();
        let number = self.forms.account_number.trim().to_owned();
        match self
            .api
            .set_staff(id, role, &secret, active, &name, &number)
        {
            Ok(()) => {
                self.refresh();
                self.forms.account_id = id.to_string();
                let state = ct(if active {
                    "staff-saved-may-sign-in"
                } else {
                    "staff-saved-disabled"
                });
                self.done(ct_args(
                    "staff-saved",
                    &[
                        ("id", text(id.to_string())),
                        ("role", text(role.label())),
                        ("state", text(state)),
                    ],
                ));
            }
            Err(e) => self.fail(e),
        }
    }

    /// The London date the Calls screen shows: the one typed, else today.
    pub fn calls_day(&self) -> NaiveDate {
        NaiveDate::parse_from_str(self.forms.calls_date.trim(), "%Y-%m-%d")
            .unwrap_or_else(|_| kinline_shared::time::london_date(self.now()))
    }

    fn add_room(&mut self) {
        let name = self.forms.room_name.trim().to_owned();
        if name.is_empty() {
            self.problem(ct("rooms-name-missing"));
            return;
        }
        let Ok(capacity) = self.forms.room_capacity.trim().parse::<u16>() else {
            self.problem(ct("rooms-capacity-missing"));
            return;
        };
        match self.api.add_room(&name, capacity) {
            Ok(_) => {
                self.forms.room_name.clear();
                self.refresh();
                self.done(ct_args("rooms-added", &[("room", text(name))]));
            }
            Err(e) => self.fail(e),
        }
    }

    fn publish_compact(&mut self) {
        let version = self.forms.compact_version.trim().to_owned();
        if version.is_empty() {
            self.problem(ct("compact-version-missing"));
            return;
        }
        // Offered only in the languages whose translation is complete (never a fallback).
        let languages = crate::i18n::Compact::offered_languages();
        let n = languages.len();
        self.record(
            EventBody::CompactVersionPublished {
                version: CompactVersion(version),
                languages,
            },
            &ct_args("compact-published", &[("count", FluentValue::from(n))]),
        );
    }

    /// The language of a suspension's notice: chosen, else the detainee's first language.
    pub fn notice_language(&self, s: SuspensionId) -> String {
        if let Some(l) = self.forms.notice_language.get(&s) {
            return l.clone();
        }
        self.centre
            .suspensions
            .get(&s)
            .and_then(|s| self.centre.detainee(s.detainee).understanding)
            .and_then(|u| u.languages.first().cloned())
            .map_or_else(|| "en-GB".to_owned(), |l| l.0)
    }

    /// The reasons in words recorded with a suspension.
    pub fn reasons_in_words(&self, s: SuspensionId) -> String {
        self.events
            .iter()
            .find_map(|e| match &e.body {
                EventBody::SuspensionDecided {
                    suspension,
                    reasons,
                    ..
                } if *suspension == s => Some(reasons.clone()),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// Every recorded decision about a suspension, oldest first: when, who (their role), what
    /// — the trail nothing edits, only follows.
    pub fn history(&self, s: SuspensionId) -> Vec<(DateTime<Utc>, String, &'static str)> {
        use EventBody as B;
        let mut rows: Vec<&Event> = self
            .events
            .iter()
            .filter(|e| match &e.body {
                B::SuspensionDecided { suspension, .. }
                | B::SuspensionNoticeGiven { suspension, .. }
                | B::ComplianceManagerNotified { suspension }
                | B::SuspensionAuthorised { suspension, .. }
                | B::SuspensionReviewed { suspension, .. }
                | B::SuspensionAppealed { suspension, .. }
                | B::SuspensionLifted { suspension }
                | B::AlternativeLegalAccessArranged { suspension, .. }
                | B::LegalAccessRequested { suspension, .. } => *suspension == s,
                B::AppealDecided { appeal, .. } => self.centre.appeals.get(appeal) == Some(&s),
                _ => false,
            })
            .collect();
        rows.sort_by_key(|e| e.order_key());
        rows.into_iter()
            .map(|e| {
                let who = e
                    .actor
                    .role()
                    .map_or_else(|| ct("history-the-detainee"), |r| r.label().to_owned());
                (e.recorded_at, who, e.body.kind().action())
            })
            .collect()
    }

    /// A detainee's name for notices: as typed, else their reference.
    pub fn name_of(&self, d: DetaineeId) -> String {
        self.forms
            .names
            .get(&d)
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .or_else(|| self.roster_name(d).map(str::to_owned))
            .unwrap_or_else(|| short(&d.to_string()))
    }

    /// How the console names a detainee: their name and Home Office reference from the
    /// roster, for staff entitled to it (`SeeRoster`); else the end of their id.
    pub fn detainee_label(&self, d: DetaineeId) -> String {
        match self.roster.iter().find(|r| r.detainee == d) {
            Some(r) if r.reference.trim().is_empty() => r.name.clone(),
            Some(r) => ct_args(
                "detainee-name-reference",
                &[("name", text(&r.name)), ("reference", text(&r.reference))],
            ),
            None => short(&d.to_string()),
        }
    }

    /// A detainee's name on the roster, if they are on it.
    pub fn roster_name(&self, d: DetaineeId) -> Option<&str> {
        self.roster
            .iter()
            .find(|r| r.detainee == d)
            .map(|r| r.name.as_str())
    }

    /// What the written notice of `s` says.
    pub fn notice_text(&self, s: SuspensionId) -> Option<NoticeText> {
        let sus = self.centre.suspensions.get(&s)?;
        let imminent = self.centre.detainee(sus.detainee).imminent_removal;
        let review = sus.needs_authorisation().then(|| match sus.last_review_at {
            Some(last) => add_london_days(last, REVIEW_INTERVAL_DAYS),
            None => sus.authorisation_due(),
        });
        Some(NoticeText {
            suspension: s,
            language: self.notice_language(s),
            name: self.name_of(sus.detainee),
            reason: sus.reason,
            reasons_in_words: self.reasons_in_words(s),
            from: sus.decided_at,
            until: sus
                .until
                .or(sus.authorised_until)
                .unwrap_or_else(|| sus.authorisation_due()),
            appeal_hours: if imminent {
                APPEAL_HOURS_IMMINENT_REMOVAL
            } else {
                APPEAL_HOURS
            },
            review,
        })
    }

    /// Every open duty by the console's clock: overdue first (most overdue first), then the
    /// soonest due.
    pub fn duties(&self) -> Vec<DutyRow> {
        let now = self.now();
        let mut rows: Vec<DutyRow> = self
            .deadlines
            .iter()
            .map(|d| {
                let appeal = match self.centre.suspensions.get(&d.suspension).map(|s| &s.phase) {
                    Some(SuspensionPhase::UnderAppeal { appeal, .. })
                        if d.kind == DeadlineKind::AppealDecision =>
                    {
                        Some(*appeal)
                    }
                    _ => None,
                };
                DutyRow {
                    deadline: d.clone(),
                    appeal,
                    overdue: d.is_overdue(now),
                    minutes_left: (d.due - now).num_minutes(),
                }
            })
            .collect();
        rows.sort_by_key(|r| (!r.overdue, r.deadline.due, r.deadline.kind));
        rows
    }

    /// Where each suspension stands for the Compliance Manager, newest first.
    pub fn oversight(&self) -> Vec<(&Suspension, Oversight)> {
        let now = self.now();
        let mut rows: Vec<(&Suspension, Oversight)> = self
            .centre
            .suspensions
            .values()
            .map(|s| (s, oversight(s, now)))
            .collect();
        rows.sort_by_key(|(s, _)| std::cmp::Reverse(s.decided_at));
        rows
    }

    /// The weekly reviews and authorisations due, by date (the calendar), missed ones first.
    pub fn reviews(&self) -> Vec<ReviewRow> {
        let now = self.now();
        let mut rows: Vec<ReviewRow> = self
            .centre
            .deadlines()
            .into_iter()
            .filter(|d| {
                matches!(
                    d.kind,
                    DeadlineKind::Authorisation | DeadlineKind::WeeklyReview
                )
            })
            .map(|d| ReviewRow {
                suspension: d.suspension,
                kind: d.kind,
                due: d.due,
                missed: d.is_overdue(now),
            })
            .collect();
        rows.sort_by_key(|r| (!r.missed, r.due));
        rows
    }

    /// Detainees the console knows of (the roster's present detainees, and any met in
    /// profiles, sessions and calls).
    pub fn known_detainees(&self) -> Vec<DetaineeId> {
        let mut v: Vec<DetaineeId> = self.centre.detainees.keys().copied().collect();
        v.extend(self.centre.calls.values().map(|c| c.info.detainee));
        v.extend(self.roster.iter().filter(|r| r.present).map(|r| r.detainee));
        v.sort();
        v.dedup();
        v
    }

    /// The evidence the rulebook accepts for suspending `d` for `reason` (§17), decided in
    /// `shared` (`basis::evidence_accepted`): the console offers exactly these.
    pub fn evidence_for(&self, d: DetaineeId, reason: SuspensionReason) -> Vec<Evidence> {
        kinline_shared::basis::evidence_accepted(&self.centre, d, reason)
    }
}

pub use kinline_console::duties::{Oversight, oversight};

pub use kinline_console::short;

/// The staff number tablets sign in with: the one the administrator issued, else (from a
/// server before staff numbers) the first 8 characters of the staff id.
pub fn staff_number(id: StaffId, issued: &str) -> String {
    if issued.is_empty() {
        kinline_shared::people::derived_staff_number(id)
    } else {
        issued.to_owned()
    }
}
