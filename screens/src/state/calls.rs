//! The call screen's side of the call engine: after each DCO step is recorded through the
//! rulebook, the [`CallLink`](crate::call_link::CallLink) is told; what the engine reports
//! is taken in at the tick — shown to the DCO, and recorded where the rulebook needs an event
//! (the call started once the detainee is connected; the call ended by the slot, the caller
//! or the network).

use super::{App, Screen, Then};
use crate::call_link::FrameFeed;
use crate::call_link::{CallScreens, LinkEvent, NoMedia};
use crate::text::t;
use kinline_media::CallEvent;
use kinline_media::LatestFrame;
use kinline_shared::event::EventBody;
use kinline_shared::ids::BookingId;
use kinline_shared::model::{CallOutcome, EndReason};
use kinline_shared::workflow::call::CallPhase;

/// What the call engine has reported about the call it carries, for the call screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallView {
    /// The booking whose media the engine carries, once the detainee was checked in.
    pub booking: Option<BookingId>,
    /// The caller's page is connected (they opened their link).
    pub caller_here: bool,
    /// The connection dropped and is being recovered.
    pub reconnecting: bool,
    /// Why the media could not start, if it could not: steps are still recorded.
    pub unavailable: Option<NoMedia>,
    /// Whether a real camera is used (`Some(false)`: the caller sees a test pattern).
    pub camera: Option<bool>,
    /// Whether a real microphone is used (`Some(false)`: silence is sent).
    pub microphone: Option<bool>,
    /// The slot ends within the minute (both sides were warned).
    pub ends_soon: bool,
    /// How the engine ended the call, once its media stopped.
    pub ended: Option<CallOutcome>,
}

impl CallView {
    /// Whether the engine carries `booking`'s media.
    pub fn carries(&self, booking: BookingId) -> bool {
        self.booking == Some(booking)
    }
}

impl App {
    /// Whether the call screen of `booking` shows the engine's media (a link that connects,
    /// started for this booking).
    pub fn call_connected(&self, booking: BookingId) -> bool {
        self.calls.connects() && self.call_view.carries(booking)
    }

    /// The detainee was checked in: the engine connects the call, so the DCO sees the caller
    /// as soon as their page is there.
    pub(super) fn connect_call(&mut self, booking: BookingId) {
        if !self.calls.connects() {
            return;
        }
        let centre = self.backend.centre();
        let (Some(call), Some(slot_end)) = (centre.calls.get(&booking), centre.slot_end(booking))
        else {
            return;
        };
        let info = call.info.clone();
        // Fresh pictures for this call: nothing of an earlier call stays on screen.
        self.caller_video = FrameFeed(LatestFrame::new());
        self.self_video = FrameFeed(LatestFrame::new());
        self.call_view = CallView {
            booking: Some(booking),
            ..CallView::default()
        };
        let screens = CallScreens {
            caller: self.caller_video.0.clone(),
            own: self.self_video.0.clone(),
        };
        self.calls.start(booking, info, slot_end, screens);
    }

    /// Runs `f` on the link if it carries the call on screen.
    pub(super) fn tell_call(&mut self, f: impl FnOnce(&mut dyn crate::call_link::CallLink)) {
        if let Screen::Call(b) = self.screen
            && self.call_view.carries(b)
        {
            f(self.calls.as_mut());
        }
    }

    /// The language the detainee of call `booking` reads first (their legal call's screen).
    pub fn call_language(&self, booking: BookingId) -> Option<kinline_shared::model::LanguageTag> {
        let centre = self.backend.centre();
        let d = centre.calls.get(&booking)?.info.detainee;
        centre
            .detainee(d)
            .understanding_or_default()
            .languages
            .first()
            .cloned()
    }

    /// A legal call has started: the DCO hands the tablet to the detainee and steps away (§9:
    /// privacy; no supervision view). The screen is the detainee's, in their language, with
    /// only their own "end call"; the DCO's PIN takes it back.
    pub(super) fn hand_over_if_legal(&mut self, booking: BookingId) {
        let legal = self
            .backend
            .centre()
            .calls
            .get(&booking)
            .is_some_and(|c| c.info.kind == kinline_shared::model::CallKind::Legal);
        if legal && self.screen == Screen::Call(booking) {
            self.mode = super::Mode::Detainee;
            self.notice = None;
        }
    }

    /// Takes in what the engine reported since the last tick.
    pub(super) fn take_call_events(&mut self) {
        for event in self.calls.poll() {
            self.on_link_event(event);
        }
    }

    fn on_link_event(&mut self, event: LinkEvent) {
        let Some(booking) = self.call_view.booking else {
            return;
        };
        let on_screen = self.screen == Screen::Call(booking);
        match event {
            LinkEvent::Devices { camera, microphone } => {
                self.call_view.camera = Some(camera);
                self.call_view.microphone = Some(microphone);
            }
            LinkEvent::Unavailable(why) => {
                let new = self.call_view.unavailable != Some(why);
                self.call_view.unavailable = Some(why);
                if on_screen && new {
                    self.problem(no_media_text(why));
                }
            }
            LinkEvent::Connected => {
                if self.call_view.unavailable.take().is_some() && on_screen {
                    self.say(t("call-recovered"));
                }
            }
            LinkEvent::Call(event) => self.on_call_event(booking, on_screen, event),
        }
    }

    fn on_call_event(&mut self, booking: BookingId, on_screen: bool, event: CallEvent) {
        let phase = self
            .backend
            .centre()
            .calls
            .get(&booking)
            .map(|c| c.phase.clone());
        match event {
            CallEvent::CallerWaiting => {
                self.call_view.caller_here = true;
                if on_screen {
                    self.say(t("call-caller-joined"));
                }
            }
            CallEvent::Connected { .. } => {
                // The detainee is connected: the call has started.
                if matches!(phase, Some(CallPhase::Admitted)) {
                    let body = EventBody::CallStarted { booking };
                    self.record(body, Then::Started(booking));
                }
            }
            CallEvent::SlotEndsSoon { .. } => {
                self.call_view.ends_soon = true;
                self.say(t("call-ends-soon"));
            }
            CallEvent::Reconnecting => {
                self.call_view.reconnecting = true;
                self.problem(t("call-reconnecting"));
            }
            CallEvent::Recovered => {
                self.call_view.reconnecting = false;
                self.say(t("call-recovered"));
            }
            CallEvent::MediaFailed => self.problem(t("call-media-failed")),
            CallEvent::Ended(CallOutcome::Ended(reason)) => {
                self.call_view.reconnecting = false;
                self.call_view.ended = Some(CallOutcome::Ended(reason));
                let finished = matches!(phase, None | Some(CallPhase::Finished { .. }));
                // The DCO's own end is recorded already; the slot's end, the caller hanging
                // up and a failed connection are recorded here.
                if !finished {
                    let body = EventBody::CallEnded { booking, reason };
                    self.record(body, Then::EngineEnded(reason));
                }
            }
            CallEvent::Ended(outcome) => {
                self.call_view.reconnecting = false;
                self.call_view.ended = Some(outcome);
                if outcome == CallOutcome::Cancelled {
                    // The centre cancelled the booking; the sync brings its record.
                    self.problem(t("call-cancelled-by-centre"));
                }
            }
            // The rulebook records the call log and the referral from the DCO's own events;
            // the engine's first picture shows on the canvas by itself.
            CallEvent::ShowCallerToDco
            | CallEvent::CallerVideo
            | CallEvent::CallLog(_)
            | CallEvent::Referral(_) => {}
        }
    }
}

impl App {
    /// The engine's end of the call is recorded: said to the DCO.
    pub(super) fn engine_ended(&mut self, reason: EndReason) {
        let text = match reason {
            EndReason::SlotEnded => t("call-ended-slot"),
            EndReason::TechnicalFailure => t("call-ended-failure"),
            EndReason::CallerDidNotJoin => t("call-ended-no-caller"),
            EndReason::Completed | EndReason::RecipientNotAdult => t("call-ended"),
        };
        if reason == EndReason::TechnicalFailure {
            self.problem(text);
        } else {
            self.say(text);
        }
    }
}

/// What the DCO is told when a call's media cannot start: what happened and what to do.
pub fn no_media_text(why: NoMedia) -> &'static str {
    t(match why {
        NoMedia::Network => "call-cannot-connect",
        NoMedia::TabletRefused => "call-tablet-refused",
        NoMedia::NotOnServer => "call-not-on-server",
        NoMedia::Certificate => "call-certificate-untrusted",
    })
}
