//! The view model: what the screens show that the backend reads from its store (the sync
//! counts, the roster, callers' labels, the waiting list, a notice's reasons, the languages
//! the compact is offered in). It is read when it may have changed — after a message that
//! wrote, a sync round, a change of screen — never while a screen renders, and a failed read
//! is kept as one ([`View::unreadable`]), which every screen shows: never an empty list, "nothing
//! waiting" or "no credentials" in its place.

use super::{App, Screen};
use crate::backend::{Backend, ReadError, RosterEntry, SyncStatus};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, SuspensionId};
use kinline_shared::languages;
use kinline_shared::model::LanguageTag;
use std::collections::{BTreeMap, BTreeSet};

/// What the screens show from the store, as last read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// The sync status for the header.
    pub sync: SyncStatus,
    /// The roster.
    pub roster: Vec<RosterEntry>,
    /// The callers' labels of the bookings on screen ("Amina Yusuf (Sister)").
    pub callers: BTreeMap<BookingId, String>,
    /// Bookings cancelled to make room for a legal call (§9), for today's waiting list (read
    /// on the today screen only).
    pub displaced: Vec<BookingId>,
    /// The reasons in words of the suspension notice on screen.
    pub notice_reasons: BTreeMap<SuspensionId, String>,
    /// The languages the compact can be shown in (read on the language screen only).
    pub compacts: BTreeSet<String>,
    /// Why the last read failed, if it did: shown on every screen until a read succeeds.
    pub unreadable: Option<ReadError>,
}

impl View {
    /// Reads what `screen` shows from `backend` (for a call or a cancellation, its caller;
    /// for today, its callers and the waiting list).
    pub fn load(backend: &dyn Backend, screen: &Screen) -> Result<Self, ReadError> {
        let centre = backend.centre();
        let mut view = Self {
            sync: backend.sync_status()?,
            roster: backend.roster()?,
            ..Self::default()
        };
        let mut bookings: Vec<BookingId> = Vec::new();
        match screen {
            Screen::Today => {
                let today = kinline_shared::time::london_date(backend.now());
                bookings.extend(centre.day(today).iter().flat_map(|s| s.bookings.clone()));
                view.displaced = backend
                    .events()?
                    .iter()
                    .filter_map(|e| match e.body {
                        EventBody::CallCancelled {
                            booking,
                            displaced_by_legal: true,
                            ..
                        } => Some(booking),
                        _ => None,
                    })
                    .collect();
                bookings.extend(view.displaced.iter().copied());
            }
            Screen::Detainee(d) => bookings.extend(
                centre
                    .calls
                    .values()
                    .filter(|c| c.info.detainee == *d && !c.phase.is_finished())
                    .map(|c| c.info.booking),
            ),
            Screen::Call(b) => bookings.push(*b),
            Screen::Cancel(c) => bookings.push(c.booking),
            Screen::Notice(id) => {
                view.notice_reasons = backend
                    .events()?
                    .into_iter()
                    .filter_map(|e| match e.body {
                        EventBody::SuspensionDecided {
                            suspension,
                            reasons,
                            ..
                        } if suspension == *id => Some((suspension, reasons)),
                        _ => None,
                    })
                    .collect();
            }
            Screen::CompactLanguage(_) => {
                for l in languages::LANGUAGES {
                    if backend.compact(&LanguageTag::new(l.tag))?.is_some() {
                        view.compacts.insert(l.tag.to_owned());
                    }
                }
            }
            _ => {}
        }
        for b in bookings {
            if let Some(label) = backend.caller_label(b)? {
                view.callers.insert(b, label);
            }
        }
        Ok(view)
    }

    /// The caller's label of `booking`, if the store has one (empty if not).
    pub fn caller(&self, booking: BookingId) -> String {
        self.callers.get(&booking).cloned().unwrap_or_default()
    }

    /// Whether the compact can be shown in `tag`.
    pub fn has_compact(&self, tag: &str) -> bool {
        self.compacts.iter().any(|c| c.eq_ignore_ascii_case(tag))
    }
}

impl App {
    /// Reads the view model again from the backend: a failed read is kept as one, with
    /// nothing else shown as if it had been read.
    /// Here, on the UI thread: for a new app and for a test that wrote to the backend behind
    /// the screens' back; the screens ask for it as [`crate::effect::Effect::Load`].
    pub fn reload(&mut self) {
        let view = View::load(self.backend.as_ref(), &self.screen);
        self.set_view(view);
    }

    /// Takes in a view model read, or its failure.
    pub(super) fn set_view(&mut self, view: Result<View, ReadError>) {
        self.view = view.unwrap_or_else(|e| {
            tracing::error!(error = %e, "the tablet's store cannot be read");
            View {
                unreadable: Some(e),
                ..View::default()
            }
        });
    }

    /// The sync status for the header, as last read.
    pub fn sync_status(&self) -> &SyncStatus {
        &self.view.sync
    }
}
