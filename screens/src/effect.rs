//! What [`App::update`] asks for, as data (Crux's effects): sign in, check a PIN, record
//! through the rulebook, book, sign out, sync, read the view model. `update` performs none of
//! them — it returns them. The shell performs each, in order, away from the UI thread (a
//! [`Worker`]: the tablet's store behind a thread of its own) and sends back what came of it as
//! [`Msg::Done`]; where the backend has no worker (the in-memory demo, the tests) [`perform`]
//! runs it on the app's own backend, which is what [`App::dispatch`] does for a test's tap.
//!
//! [`App::update`]: crate::state::App::update
//! [`App::dispatch`]: crate::state::App::dispatch
//! [`Msg::Done`]: crate::state::Msg::Done

use crate::backend::{
    Backend, ReadError, RecordError, SignInError, StaffSession, SyncError, SyncStatus,
};
use crate::state::{Screen, Then, View};
use kinline_shared::actor::Actor;
use kinline_shared::contact::CallerContact;
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, EventId, StaffId};

/// One thing for the shell to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Check a staff number and PIN and record the sign-in (§16).
    SignIn {
        /// As typed.
        number: String,
        /// As typed.
        pin: String,
    },
    /// Check the signed-in member of staff's PIN (counting a wrong one).
    CheckPin {
        /// Whose.
        staff: StaffId,
        /// As typed.
        pin: String,
        /// What it is for.
        then: AfterPin,
    },
    /// Record `body` as `actor` through the rulebook; `then` is what the screens do once it is.
    Record {
        /// Who.
        actor: Actor,
        /// What.
        body: EventBody,
        /// What follows.
        then: Then,
    },
    /// Book a call and keep its caller's contact beside it ([`Backend::book`]).
    Book {
        /// Who books.
        actor: Actor,
        /// The `CallBooked`.
        body: EventBody,
        /// The caller.
        contact: Box<CallerContact>,
        /// What follows.
        then: Then,
    },
    /// Book again for the caller of `from` ([`Backend::book_again`]).
    BookAgain {
        /// Who books.
        actor: Actor,
        /// The `CallBooked`.
        body: EventBody,
        /// The earlier booking.
        from: BookingId,
        /// What follows.
        then: Then,
    },
    /// Record the sign-out.
    SignOut(StaffSession),
    /// Push and pull now (or ask the background sync to).
    SyncNow,
    /// Read the view model of this screen ([`View::load`]).
    Load(Box<Screen>),
}

/// What a PIN was typed for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterPin {
    /// Unlock, or take the tablet back from the detainee.
    Unlock,
    /// Witness the signature on screen.
    Witness,
}

/// What came of an [`Effect`], sent back to [`App::update`](crate::state::App::update).
#[derive(Clone, Debug, PartialEq)]
pub enum Done {
    /// The sign-in.
    SignedIn(Result<StaffSession, SignInError>),
    /// The PIN check.
    PinChecked {
        /// What it was for.
        then: AfterPin,
        /// Whether it was right.
        right: Result<bool, ReadError>,
    },
    /// A recording (also a booking).
    Recorded {
        /// What follows, if it was recorded.
        then: Then,
        /// The events recorded, or why not.
        result: Result<Vec<EventId>, RecordError>,
        /// Whether the rulebook displaced a social call for it (§9).
        displaced: bool,
    },
    /// The sign-out was recorded (or logged as not recorded).
    SignedOut,
    /// "Sync now".
    Synced(Result<SyncStatus, SyncError>),
    /// The view model.
    Loaded(Result<View, ReadError>),
}

/// Performs effects away from the screens: the backend's store behind a handle that can move
/// to a thread of its own ([`Backend::worker`]).
pub trait Worker: Send {
    /// Performs one effect.
    fn perform(&mut self, effect: Effect) -> Done;
}

/// Performs `effect` on `backend`, here.
pub fn perform(backend: &mut dyn Backend, effect: Effect) -> Done {
    match effect {
        Effect::SignIn { number, pin } => Done::SignedIn(backend.sign_in(&number, &pin)),
        Effect::CheckPin { staff, pin, then } => Done::PinChecked {
            then,
            right: backend.check_pin(staff, &pin),
        },
        Effect::Record { actor, body, then } => Done::Recorded {
            then,
            result: backend.record(actor, body),
            displaced: false,
        },
        Effect::Book {
            actor,
            body,
            contact,
            then,
        } => {
            let result = backend.book(actor, body, *contact);
            let displaced = displaced(backend, &result);
            Done::Recorded {
                then,
                result,
                displaced,
            }
        }
        Effect::BookAgain {
            actor,
            body,
            from,
            then,
        } => Done::Recorded {
            then,
            result: backend.book_again(actor, body, from),
            displaced: false,
        },
        Effect::SignOut(staff) => {
            backend.sign_out(&staff);
            Done::SignedOut
        }
        Effect::SyncNow => Done::Synced(backend.sync_now()),
        Effect::Load(screen) => Done::Loaded(View::load(backend, &screen)),
    }
}

/// Whether what a booking recorded includes a §9 displacement. (Unread, it is not claimed:
/// the next read of the view model shows the store's failure.)
fn displaced(backend: &dyn Backend, result: &Result<Vec<EventId>, RecordError>) -> bool {
    let Ok(ids) = result else {
        return false;
    };
    backend.events().is_ok_and(|events| {
        events.iter().any(|e| {
            ids.contains(&e.id)
                && matches!(
                    e.body,
                    EventBody::CallCancelled {
                        displaced_by_legal: true,
                        ..
                    }
                )
        })
    })
}
