//! What the call screen needs from the call engine, as a small trait: the screens record each
//! DCO step through the rulebook (the [`super::Backend`]) and then tell the [`CallLink`], which
//! carries the media; what happens in the call (the caller arrives, their first picture, a
//! dropped connection, the slot's end, the caller hanging up) comes back as [`LinkEvent`]s the
//! app takes in at its tick and records where the rulebook needs an event.
//!
//! [`NoCalls`] is the link of a tablet with no centre server (the in-memory demo, the screen
//! tests): the steps are recorded and no media flows. The desktop app's link is the app's
//! `EngineLink`, the real engine (`kinline-call`) over the centre server's signalling: the
//! engine knows nothing of the screens, the app wires it to this trait.

use chrono::{DateTime, Utc};
use kinline_media::CallEvent;
use kinline_media::LatestFrame;
use kinline_shared::ids::BookingId;
use kinline_shared::model::{EndReason, TerminationReason};
use kinline_shared::workflow::call::CallInfo;
use std::sync::Arc;

/// Something the call link reports to the screens.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkEvent {
    /// What the engine said (see [`CallEvent`]).
    Call(CallEvent),
    /// The call's media could not start, and why: the steps are still recorded, and the DCO
    /// can end the call as a technical failure.
    Unavailable(NoMedia),
    /// The call's signalling is connected (after [`LinkEvent::Unavailable`], the link tried
    /// again and got through).
    Connected,
    /// Which devices the call uses: `camera` is false where the tablet has no working camera
    /// (a test pattern is sent instead), `microphone` where it has none (silence is sent).
    Devices {
        /// A real camera.
        camera: bool,
        /// A real microphone.
        microphone: bool,
    },
}

/// Why a call's media could not start: each says what the DCO can do about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoMedia {
    /// The centre server cannot be reached (no network, the server down).
    Network,
    /// The centre server refused this tablet (not enrolled, revoked).
    TabletRefused,
    /// The centre server has no call for the booking (not synced yet, cancelled, over).
    NotOnServer,
    /// The centre server's certificate is not trusted.
    Certificate,
}

/// A picture feed the screens draw (compared by identity, so a re-render keeps its canvas).
#[derive(Clone, Debug)]
pub struct FrameFeed(pub Arc<LatestFrame>);

impl PartialEq for FrameFeed {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Where the pictures of a call go: the caller's (decoded by the engine) and the tablet's
/// own (the self view).
#[derive(Clone, Debug)]
pub struct CallScreens {
    /// The caller's video.
    pub caller: Arc<LatestFrame>,
    /// The detainee's own picture.
    pub own: Arc<LatestFrame>,
}

/// The call engine as the call screen drives it. Every method returns at once; results come
/// back through [`CallLink::poll`].
pub trait CallLink {
    /// Whether this link carries media (false for [`NoCalls`]).
    fn connects(&self) -> bool;
    /// Connects the booked call (the detainee was checked in): the caller is shown to the DCO
    /// as soon as their page is there.
    fn start(
        &mut self,
        booking: BookingId,
        info: CallInfo,
        slot_end: DateTime<Utc>,
        screens: CallScreens,
    );
    /// The DCO's adult check (§8).
    fn adult_check(&mut self, adult: bool);
    /// The DCO admits the caller: the detainee's media starts to flow.
    fn admit(&mut self);
    /// The call ends without staff stepping in (finished, the caller did not join, a failure).
    fn end(&mut self, reason: EndReason);
    /// Staff end the call with a reason (§11, §12, §19).
    fn terminate(&mut self, reason: TerminationReason);
    /// What happened since the last poll, for the call started last.
    fn poll(&mut self) -> Vec<LinkEvent>;
}

/// A tablet with no call engine: the steps are recorded, nothing connects.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoCalls;

impl CallLink for NoCalls {
    fn connects(&self) -> bool {
        false
    }
    fn start(&mut self, _: BookingId, _: CallInfo, _: DateTime<Utc>, _: CallScreens) {}
    fn adult_check(&mut self, _: bool) {}
    fn admit(&mut self) {}
    fn end(&mut self, _: EndReason) {}
    fn terminate(&mut self, _: TerminationReason) {}
    fn poll(&mut self) -> Vec<LinkEvent> {
        Vec::new()
    }
}
