//! Booking a call with a detainee, and cancelling one with a reason (DSO §7, §9).
//!
//! The form is a [`BookingDraft`] on [`Screen::Booking`]: its booking id is fixed when it
//! opens, so a second tap on "Book" cannot book twice. The slots offered are exactly those the
//! rulebook would accept ([`kinline_shared::booking::free_slots`]); the caller's details are
//! checked by [`CallerContact::new`] and kept beside the events by [`Backend::book`] (an
//! [`Effect::Book`] the shell performs). A problem stays next to the form, with what was typed.
//!
//! [`Backend::book`]: crate::backend::Backend::book

use super::{App, Caller, Screen, Then};
use crate::effect::Effect;
use crate::text::{self, arg, t, t_args};
use chrono::{DateTime, NaiveDate, Utc};
use kinline_shared::booking::{self as plan, FreeSlot};
use kinline_shared::contact::{CallerContact, ContactError};
use kinline_shared::dso::RuleViolation;
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, DetaineeId};
use kinline_shared::languages;
use kinline_shared::model::{CallKind, CallOutcome, CancelReason, EndReason, LanguageTag};
use kinline_shared::workflow::call::CallPhase;

/// A booking being made with a detainee.
#[derive(Clone, PartialEq, Eq)]
pub struct BookingDraft {
    /// Its id, fixed when the form opens (a double tap books once).
    pub booking: BookingId,
    /// For whom.
    pub detainee: DetaineeId,
    /// Social or legal.
    pub kind: CallKind,
    /// The London day whose free slots are shown.
    pub day: Option<NaiveDate>,
    /// The slot chosen, if any.
    pub slot: Option<DateTime<Utc>>,
    /// The caller's name, as typed.
    pub name: String,
    /// Their relationship to the detainee, as typed.
    pub relationship: String,
    /// Their email address, as typed.
    pub email: String,
    /// Their mobile number, as typed.
    pub mobile: String,
    /// The language of their invitation (one of the caller page's languages).
    pub invitation_language: LanguageTag,
    /// The language the form is shown in: the staff language, or the detainee's so they can
    /// read it with the DCO.
    pub shown_in: LanguageTag,
    /// What stopped the last "Book", shown next to the form.
    pub problem: Option<BookingProblem>,
    /// The cancelled booking this one replaces, if it is a rebooking.
    pub rebook_of: Option<BookingId>,
}

impl std::fmt::Debug for BookingDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the caller's name or addresses in a log line or a panic message.
        let typed = |s: &str| if s.is_empty() { "" } else { "***" };
        f.debug_struct("BookingDraft")
            .field("booking", &self.booking)
            .field("detainee", &self.detainee)
            .field("kind", &self.kind)
            .field("day", &self.day)
            .field("slot", &self.slot)
            .field("name", &typed(&self.name))
            .field("relationship", &typed(&self.relationship))
            .field("email", &typed(&self.email))
            .field("mobile", &typed(&self.mobile))
            .field("invitation_language", &self.invitation_language)
            .field("shown_in", &self.shown_in)
            .field("problem", &self.problem)
            .field("rebook_of", &self.rebook_of)
            .finish()
    }
}

/// Why "Book" did not book: each is shown translated, with what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BookingProblem {
    /// No slot chosen.
    NoSlot,
    /// The caller's details are incomplete or wrong.
    Contact(ContactError),
    /// The rulebook refused (the slot filled meanwhile, a suspension began, …).
    Refused(RuleViolation),
    /// The tablet could not save it.
    Storage(String),
}

/// Which caller field a keystroke changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallerField {
    /// The caller's name.
    Name,
    /// Their relationship.
    Relationship,
    /// Their email address.
    Email,
    /// Their mobile number.
    Mobile,
}

/// Cancelling a booked call: the reason is asked, then confirmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CancelDraft {
    /// The booking.
    pub booking: BookingId,
    /// Whose call.
    pub detainee: DetaineeId,
    /// The reason, once tapped.
    pub reason: Option<CancelReason>,
}

impl App {
    /// The free slots for the booking on screen, from now to the booking horizon.
    pub fn free_slots(&self) -> Vec<FreeSlot> {
        let Screen::Booking(d) = &self.screen else {
            return Vec::new();
        };
        plan::free_slots(
            self.backend.centre(),
            d.detainee,
            d.kind,
            self.backend.now(),
            self.booking_horizon_days(),
        )
    }

    /// What must happen before the booking form's detainee can have a video call
    /// ([`plan::before_calling`]): shown at the top of the form, before the slots.
    pub fn before_calling(&self) -> Vec<plan::BeforeCalling> {
        let Screen::Booking(d) = &self.screen else {
            return Vec::new();
        };
        plan::before_calling(self.backend.centre(), d.detainee, self.backend.now())
    }

    /// The next free slots after the one the rulebook refused as full, for the form to offer.
    pub fn next_free_slots(&self, after: DateTime<Utc>) -> Vec<FreeSlot> {
        let Screen::Booking(d) = &self.screen else {
            return Vec::new();
        };
        plan::next_free_after(
            self.backend.centre(),
            d.detainee,
            d.kind,
            after,
            self.backend.now(),
            self.booking_horizon_days(),
            3,
        )
    }

    /// Opens the booking form for `detainee`: a fresh booking id, a social call, the first day
    /// with a free slot, the invitation in the detainee's first language.
    pub(super) fn open_booking(&mut self, detainee: DetaineeId) {
        let draft = self.new_draft(detainee, CallKind::Social);
        self.go(Screen::Booking(Box::new(draft)));
        self.first_free_day();
    }

    fn new_draft(&mut self, detainee: DetaineeId, kind: CallKind) -> BookingDraft {
        let invitation_language = self
            .backend
            .centre()
            .detainee(detainee)
            .understanding_or_default()
            .languages
            .iter()
            .find(|l| languages::find(&l.0).is_some())
            .cloned()
            .unwrap_or_else(|| LanguageTag::new(text::STAFF_LANGUAGE));
        BookingDraft {
            booking: BookingId(self.backend.new_id()),
            detainee,
            kind,
            day: None,
            slot: None,
            name: String::new(),
            relationship: String::new(),
            email: String::new(),
            mobile: String::new(),
            invitation_language,
            shown_in: LanguageTag::new(text::STAFF_LANGUAGE),
            problem: None,
            rebook_of: None,
        }
    }

    /// Shows the first day with a free slot (keeps the chosen day while it still has one).
    fn first_free_day(&mut self) {
        let slots = self.free_slots();
        if let Screen::Booking(d) = &mut self.screen {
            if d.slot.is_some_and(|s| !slots.iter().any(|f| f.start == s)) {
                d.slot = None;
            }
            if !d.day.is_some_and(|day| slots.iter().any(|f| f.date == day)) {
                d.day = slots.first().map(|f| f.date);
            }
        }
    }

    pub(super) fn booking_kind(&mut self, kind: CallKind) {
        if let Screen::Booking(d) = &mut self.screen {
            d.kind = kind;
            d.problem = None;
        }
        // A legal call may take slots a social one may not (§9), and the reverse.
        self.first_free_day();
    }

    pub(super) fn booking_day(&mut self, day: NaiveDate) {
        if let Screen::Booking(d) = &mut self.screen {
            d.day = Some(day);
        }
    }

    pub(super) fn booking_slot(&mut self, start: DateTime<Utc>) {
        let offered = self.free_slots().into_iter().find(|s| s.start == start);
        if let Screen::Booking(d) = &mut self.screen
            && let Some(s) = offered
        {
            d.slot = Some(s.start);
            d.day = Some(s.date);
            if matches!(
                d.problem,
                Some(BookingProblem::NoSlot | BookingProblem::Refused(_))
            ) {
                d.problem = None;
            }
        }
    }

    pub(super) fn booking_field(&mut self, field: CallerField, value: String) {
        if let Screen::Booking(d) = &mut self.screen {
            match field {
                CallerField::Name => d.name = value,
                CallerField::Relationship => d.relationship = value,
                CallerField::Email => d.email = value,
                CallerField::Mobile => d.mobile = value,
            }
        }
    }

    pub(super) fn booking_language(&mut self, language: LanguageTag) {
        if let Screen::Booking(d) = &mut self.screen
            && languages::find(&language.0).is_some()
        {
            d.invitation_language = language;
        }
    }

    pub(super) fn booking_shown_in(&mut self, language: LanguageTag) {
        if let Screen::Booking(d) = &mut self.screen
            && let Some(l) = languages::find(&language.0)
        {
            d.shown_in = LanguageTag::new(l.tag);
        }
    }

    /// "Book": checks the caller's details, then books through the rulebook. On success, back
    /// to the detainee with what was booked; otherwise the problem stays next to the form.
    pub(super) fn confirm_booking(&mut self) {
        let Screen::Booking(d) = &self.screen else {
            return;
        };
        let Some(staff) = &self.staff else {
            self.problem(t("error-signed-out"));
            return;
        };
        let actor = staff.actor();
        let d = d.clone();
        let Some(slot) = d.slot else {
            self.booking_problem(BookingProblem::NoSlot);
            return;
        };
        let contact = match CallerContact::new(
            d.booking,
            &d.name,
            &d.relationship,
            &d.email,
            &d.mobile,
            &d.invitation_language,
        ) {
            Ok(c) => c,
            Err(e) => {
                self.booking_problem(BookingProblem::Contact(e));
                return;
            }
        };
        let caller = format!("{} ({})", contact.name, contact.relationship);
        let body = EventBody::CallBooked {
            booking: d.booking,
            detainee: d.detainee,
            kind: d.kind,
            slot_start: slot,
        };
        self.effects.push(Effect::Book {
            actor,
            body,
            contact: Box::new(contact),
            then: Then::Booked {
                detainee: d.detainee,
                slot,
                caller: Caller(caller),
            },
        });
    }

    /// The booking was recorded: back to the detainee with what was booked (and the §9
    /// displacement, if the rulebook made one).
    pub(super) fn booked(
        &mut self,
        detainee: DetaineeId,
        slot: DateTime<Utc>,
        caller: &str,
        displaced: bool,
    ) {
        let _staff = text::scope(&LanguageTag::new(text::STAFF_LANGUAGE));
        let mut said = t_args(
            "booking-done",
            &[
                ("day", arg(text::day(plan_date(slot)))),
                ("time", arg(text::time(slot))),
                ("caller", arg(caller)),
            ],
        );
        if displaced {
            said.push(' ');
            said.push_str(t("booking-done-displaced"));
        }
        self.go(Screen::Detainee(detainee));
        self.say(said);
    }

    /// The caller's label of `booking`; unread, none (the form is then typed again, and the
    /// view model's next read shows the store's failure).
    fn caller_label(&self, booking: BookingId) -> Option<String> {
        self.backend.caller_label(booking).unwrap_or_else(|e| {
            tracing::error!(error = %e, "a caller's label cannot be read");
            None
        })
    }

    pub(super) fn booking_problem(&mut self, problem: BookingProblem) {
        if let Screen::Booking(d) = &mut self.screen {
            d.problem = Some(problem);
        }
    }

    /// "Cancel" on a booked call: asks for the reason.
    pub(super) fn open_cancel(&mut self, booking: BookingId) {
        let Some(call) = self.backend.centre().calls.get(&booking) else {
            return;
        };
        if call.phase != CallPhase::Booked {
            return;
        }
        let detainee = call.info.detainee;
        self.go(Screen::Cancel(Box::new(CancelDraft {
            booking,
            detainee,
            reason: None,
        })));
    }

    pub(super) fn cancel_reason(&mut self, reason: CancelReason) {
        if let Screen::Cancel(c) = &mut self.screen {
            c.reason = Some(reason);
            self.notice = None;
        }
    }

    /// Records the cancellation with its reason; with `rebook`, opens the booking form for the
    /// same detainee, kind and caller (name and relationship; the addresses are typed again —
    /// the tablet keeps only the caller's label). After a technical failure the next free
    /// slot is chosen already.
    pub(super) fn confirm_cancel(&mut self, rebook: bool) {
        let Screen::Cancel(c) = &self.screen else {
            return;
        };
        let c = (**c).clone();
        let Some(reason) = c.reason else {
            self.problem(t("cancel-reason-needed"));
            return;
        };
        let Some(call) = self.backend.centre().calls.get(&c.booking) else {
            return;
        };
        let (kind, slot) = (call.info.kind, call.info.slot_start);
        let label = self.caller_label(c.booking).map(Caller);
        let body = EventBody::CallCancelled {
            booking: c.booking,
            displaced_by_legal: false,
            reason: Some(reason),
        };
        let then = Then::Cancelled {
            cancel: c,
            kind,
            slot,
            label,
            rebook,
        };
        self.record(body, then);
    }

    /// The cancellation was recorded: back to the detainee, or with `rebook` the form for
    /// the same caller (after a technical failure with the next free slot chosen).
    pub(super) fn cancelled(
        &mut self,
        c: &CancelDraft,
        kind: CallKind,
        slot: DateTime<Utc>,
        label: Option<String>,
        rebook: bool,
    ) {
        let cancelled = t_args("cancel-done", &[("time", arg(text::date_time(slot)))]);
        if !rebook {
            self.go(Screen::Detainee(c.detainee));
            self.say(cancelled);
            return;
        }
        let technical = c.reason == Some(CancelReason::TechnicalFailure);
        self.open_rebook(c.booking, c.detainee, kind, label, technical);
        self.say(format!("{cancelled} {}", t("rebook-retype-address")));
    }

    /// "Book again at no cost" on a call that ended in a technical failure: one tap books the
    /// next free slot for the same caller, whose contact is carried over
    /// ([`Backend::book_again`]: the centre server sends them a new invitation). Where the
    /// caller is not known here any more (erased) or no slot is free, the form opens for the
    /// same caller instead, with the next free slot chosen.
    pub(super) fn rebook_failed(&mut self, booking: BookingId) {
        let Some(call) = self.backend.centre().calls.get(&booking) else {
            return;
        };
        if !matches!(
            call.phase,
            CallPhase::Finished {
                outcome: CallOutcome::Ended(EndReason::TechnicalFailure),
                ..
            }
        ) {
            return;
        }
        let (detainee, kind) = (call.info.detainee, call.info.kind);
        let label = self.caller_label(booking);
        let next = plan::free_slots(
            self.backend.centre(),
            detainee,
            kind,
            self.backend.now(),
            self.booking_horizon_days(),
        )
        .first()
        .map(|s| s.start);
        if let (Some(caller), Some(slot), Some(staff)) = (&label, next, &self.staff) {
            let actor = staff.actor();
            let body = EventBody::CallBooked {
                booking: BookingId(self.backend.new_id()),
                detainee,
                kind,
                slot_start: slot,
            };
            // A refusal (the slot was taken meanwhile) opens the form instead; a storage
            // failure is said, and the call stays on screen.
            self.effects.push(Effect::BookAgain {
                actor,
                body,
                from: booking,
                then: Then::Rebooked {
                    from: booking,
                    detainee,
                    kind,
                    slot,
                    caller: Caller(caller.clone()),
                },
            });
            return;
        }
        self.open_rebook(booking, detainee, kind, label, true);
        self.say(t("rebook-retype-address"));
    }

    /// The failed call was booked again: back to the detainee with what was booked.
    pub(super) fn rebooked(&mut self, detainee: DetaineeId, slot: DateTime<Utc>, caller: &str) {
        let said = t_args(
            "rebook-done",
            &[
                ("day", arg(text::day(plan_date(slot)))),
                ("time", arg(text::time(slot))),
                ("caller", arg(caller)),
            ],
        );
        self.go(Screen::Detainee(detainee));
        self.say(said);
    }

    /// The booking form for the caller of `booking` again: the same detainee and kind, the
    /// caller's name and relationship (the addresses are typed again — the tablet keeps only
    /// the caller's label); after a technical failure, the next free slot chosen.
    pub(super) fn open_rebook(
        &mut self,
        booking: BookingId,
        detainee: DetaineeId,
        kind: CallKind,
        label: Option<String>,
        next_free: bool,
    ) {
        let mut draft = self.new_draft(detainee, kind);
        draft.rebook_of = Some(booking);
        if let Some((name, relationship)) = label.as_deref().and_then(split_label) {
            draft.name = name.to_owned();
            draft.relationship = relationship.to_owned();
        }
        self.go(Screen::Booking(Box::new(draft)));
        self.first_free_day();
        if next_free && let Some(next) = self.free_slots().first().map(|s| s.start) {
            self.booking_slot(next);
        }
    }
}

/// The London date of a slot (what the notice names).
fn plan_date(at: DateTime<Utc>) -> NaiveDate {
    kinline_shared::time::london_date(at)
}

/// A caller label as the tablet keeps it ("Amina Yusuf (Sister)") split into name and
/// relationship; `None` for a label in another form (bookings made before contacts existed).
fn split_label(label: &str) -> Option<(&str, &str)> {
    let inner = label.strip_suffix(')')?;
    let (name, relationship) = inner.rsplit_once(" (")?;
    (!name.trim().is_empty() && !relationship.trim().is_empty()).then_some((name, relationship))
}

/// A problem of the booking form, in the current interface language, saying what to do.
pub fn booking_problem_text(p: &BookingProblem) -> String {
    use kinline_shared::contact::{MAX_NAME, MAX_RELATIONSHIP};
    match p {
        BookingProblem::NoSlot => t("booking-choose-slot").to_owned(),
        BookingProblem::Contact(e) => match e {
            ContactError::Name => t_args("contact-error-name", &[("max", text::num(MAX_NAME))]),
            ContactError::Relationship => t_args(
                "contact-error-relationship",
                &[("max", text::num(MAX_RELATIONSHIP))],
            ),
            ContactError::NoAddress => t("contact-error-no-address").to_owned(),
            ContactError::Email => t("contact-error-email").to_owned(),
            ContactError::Mobile => t("contact-error-mobile").to_owned(),
            ContactError::Language => t("contact-error-language").to_owned(),
        },
        BookingProblem::Refused(v) => text::refusal(v),
        BookingProblem::Storage(detail) => t_args(
            "record-storage-failed",
            &[("detail", text::Arg::Text(detail.clone()))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::split_label;

    #[test]
    fn a_label_splits_into_name_and_relationship_only_in_the_booked_form() {
        assert_eq!(
            split_label("Amina Yusuf (Sister)"),
            Some(("Amina Yusuf", "Sister"))
        );
        assert_eq!(split_label("Solicitor, Baker & Co"), None);
        assert_eq!(split_label(" (Sister)"), None);
    }
}
