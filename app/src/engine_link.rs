//! The desktop app's [`CallLink`]: the real call engine ([`Call`], `kinline-call`) over the
//! centre server's signalling, driven by the call screen. Wiring: the engine knows nothing of
//! the screens' trait, and the screens nothing of the engine.
//!
//! Each call runs on the link's own tokio runtime (started with the first call, so a tablet
//! that never calls starts no threads): one task opens the devices (off the UI thread: a
//! sound card can take a moment), starts the camera ([`LocalCamera`], which also feeds the
//! self view), connects the engine with the tablet's signed upgrade request, and then passes
//! the DCO's steps to the engine and the engine's events back to the screens. Leaving the call
//! screen does not end the call: the task runs until the engine finishes (the DCO's end, the
//! caller leaving, the slot's end, a failure), and the camera stops with it.

use chrono::{DateTime, Utc};
use kinline_call::local::LocalCamera;
use kinline_call::{Call, CallConfig, CallError, CallMedia, DeviceAuth, tablet_signalling_url};
use kinline_media::{
    AudioMeter, AudioSink, AudioSource, SyntheticTone, SyntheticVideo, VideoSource,
};
use kinline_screens::call_link::{CallLink, CallScreens, LinkEvent, NoMedia};
use kinline_shared::clock::CentreClock;
use kinline_shared::ids::BookingId;
use kinline_shared::model::{EndReason, TerminationReason};
use kinline_shared::workflow::call::CallInfo;
use std::sync::Arc;
use tokio::sync::mpsc;

/// Which media a call uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaDevices {
    /// The tablet's camera, microphone and speaker (echo-cancelled), each replaced by the
    /// synthetic source or a silent stand-in where the tablet has none — and the screen says
    /// which ([`LinkEvent::Devices`]).
    Tablet,
    /// The moving test pattern and a tone, nothing played: demos and tests on machines with
    /// no camera or sound card (`KINLINE_MEDIA=synthetic`).
    Synthetic,
}

/// What the link needs to connect calls: typed, passed in by the shell.
#[derive(Clone)]
pub struct LinkSettings {
    /// The centre server's base URL (`https://…`).
    pub server: String,
    /// Whom the signalling's TLS trusts (see [`kinline_call::tls_trusting`]).
    pub tls: Arc<rustls::ClientConfig>,
    /// The enrolled tablet's identity, which signs the signalling socket.
    pub auth: Arc<dyn DeviceAuth>,
    /// Which media.
    pub devices: MediaDevices,
    /// The address ICE host candidates are gathered on (`0.0.0.0`: every interface).
    pub bind: std::net::IpAddr,
    /// The centre's calendar clock, which the slot's end is read against
    /// ([`CentreClock::SYSTEM`] in service).
    pub clock: CentreClock,
}

impl std::fmt::Debug for LinkSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkSettings")
            .field("server", &self.server)
            .field("device", &self.auth.device())
            .field("devices", &self.devices)
            .finish_non_exhaustive()
    }
}

/// A DCO step for the engine.
#[derive(Debug)]
enum Step {
    Adult(bool),
    Admit,
    End(EndReason),
    Terminate(TerminationReason),
}

/// The call started last: where to send steps, where its events arrive.
struct Live {
    steps: mpsc::UnboundedSender<Step>,
    events: std::sync::mpsc::Receiver<LinkEvent>,
}

/// The real call engine behind the call screen.
pub struct EngineLink {
    settings: LinkSettings,
    runtime: Option<tokio::runtime::Runtime>,
    live: Option<Live>,
}

impl std::fmt::Debug for EngineLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EngineLink")
            .field("settings", &self.settings)
            .field("live", &self.live.is_some())
            .finish_non_exhaustive()
    }
}

impl EngineLink {
    /// A link that connects calls with `settings`.
    pub fn new(settings: LinkSettings) -> Self {
        Self {
            settings,
            runtime: None,
            live: None,
        }
    }

    fn runtime(&mut self) -> Option<&tokio::runtime::Runtime> {
        if self.runtime.is_none() {
            match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_name("kinline-call")
                .enable_all()
                .build()
            {
                Ok(rt) => self.runtime = Some(rt),
                Err(e) => tracing::error!(error = %e, "the call runtime could not start"),
            }
        }
        self.runtime.as_ref()
    }

    fn send(&self, step: Step) {
        if let Some(live) = &self.live {
            let _ = live.steps.send(step);
        }
    }
}

impl CallLink for EngineLink {
    fn connects(&self) -> bool {
        true
    }

    fn start(
        &mut self,
        booking: BookingId,
        info: CallInfo,
        slot_end: DateTime<Utc>,
        screens: CallScreens,
    ) {
        let (steps, step_rx) = mpsc::unbounded_channel();
        let (event_tx, events) = std::sync::mpsc::channel();
        let settings = self.settings.clone();
        match self.runtime() {
            Some(rt) => {
                rt.spawn(drive(
                    settings, booking, info, slot_end, screens, step_rx, event_tx,
                ));
            }
            None => {
                let _ = event_tx.send(LinkEvent::Unavailable(NoMedia::Network));
            }
        }
        self.live = Some(Live { steps, events });
    }

    fn adult_check(&mut self, adult: bool) {
        self.send(Step::Adult(adult));
    }

    fn admit(&mut self) {
        self.send(Step::Admit);
    }

    fn end(&mut self, reason: EndReason) {
        self.send(Step::End(reason));
    }

    fn terminate(&mut self, reason: TerminationReason) {
        self.send(Step::Terminate(reason));
    }

    fn poll(&mut self) -> Vec<LinkEvent> {
        self.live
            .as_ref()
            .map(|l| l.events.try_iter().collect())
            .unwrap_or_default()
    }
}

/// The devices of one call, opened.
struct Opened {
    video: Box<dyn VideoSource>,
    audio: Box<dyn AudioSource>,
    sound: Arc<dyn AudioSink>,
    camera: bool,
    microphone: bool,
}

/// Opens the media `devices` asks for, standing in for what the tablet lacks.
fn open(devices: MediaDevices) -> Opened {
    let synthetic = || Opened {
        video: Box::new(SyntheticVideo::new(640, 480, 15)),
        audio: Box::new(SyntheticTone::new(440.0)),
        sound: AudioMeter::new(),
        camera: false,
        microphone: false,
    };
    match devices {
        MediaDevices::Synthetic => synthetic(),
        MediaDevices::Tablet => tablet_devices().unwrap_or_else(|| Opened {
            audio: Box::new(SyntheticTone::new(0.0)),
            ..synthetic()
        }),
    }
}

/// The tablet's own camera, microphone and speaker, where it has them. Without the echo
/// canceller the sound stays off (a speaker would feed the microphone), but the camera is kept.
#[cfg(feature = "call-devices")]
fn tablet_devices() -> Option<Opened> {
    use kinline_call::devices::{CpalMicrophone, CpalSpeaker};
    #[cfg(target_os = "linux")]
    let camera: Option<Box<dyn VideoSource>> = match kinline_call::camera::V4l2Camera::open(0) {
        Ok(c) => Some(Box::new(c)),
        Err(e) => {
            tracing::warn!(error = %e, "no camera: the caller sees the test pattern");
            None
        }
    };
    #[cfg(not(target_os = "linux"))]
    let camera: Option<Box<dyn VideoSource>> = None;
    let silent = || -> (Box<dyn AudioSource>, bool) { (Box::new(SyntheticTone::new(0.0)), false) };
    let (audio, microphone, sound): (Box<dyn AudioSource>, bool, Arc<dyn AudioSink>) =
        match kinline_call::echo::EchoCanceller::new() {
            Err(e) => {
                tracing::warn!(error = %e, "no echo canceller: the call's sound stays off");
                let (audio, microphone) = silent();
                (audio, microphone, AudioMeter::new())
            }
            Ok(aec) => {
                let (audio, microphone): (Box<dyn AudioSource>, bool) = match CpalMicrophone::open()
                {
                    Ok(m) => (Box::new(aec.source(m)), true),
                    Err(e) => {
                        tracing::warn!(error = %e, "no microphone: silence is sent");
                        silent()
                    }
                };
                let sound: Arc<dyn AudioSink> = match CpalSpeaker::open() {
                    Ok(s) => Arc::new(aec.sink(s)),
                    Err(e) => {
                        tracing::warn!(error = %e, "no speaker: the caller cannot be heard here");
                        AudioMeter::new()
                    }
                };
                (audio, microphone, sound)
            }
        };
    let has_camera = camera.is_some();
    Some(Opened {
        video: camera.unwrap_or_else(|| Box::new(SyntheticVideo::new(640, 480, 15))),
        audio,
        sound,
        camera: has_camera,
        microphone,
    })
}

/// Without the `call-devices` feature the tablet's devices are not built in.
#[cfg(not(feature = "call-devices"))]
fn tablet_devices() -> Option<Opened> {
    None
}

/// The first wait before connecting a call again (after no network, or no call on the
/// server); each next wait is twice as long, up to [`RETRY_MAX`].
const RETRY_FIRST: std::time::Duration = std::time::Duration::from_secs(1);
/// The longest wait between two attempts to connect a call.
const RETRY_MAX: std::time::Duration = std::time::Duration::from_secs(16);

/// One call, from its devices to the engine's end.
async fn drive(
    settings: LinkSettings,
    booking: BookingId,
    info: CallInfo,
    slot_end: DateTime<Utc>,
    screens: CallScreens,
    mut steps: mpsc::UnboundedReceiver<Step>,
    events: std::sync::mpsc::Sender<LinkEvent>,
) {
    let devices = settings.devices;
    let clock = settings.clock;
    let Ok(opened) = tokio::task::spawn_blocking(move || open(devices)).await else {
        let _ = events.send(LinkEvent::Unavailable(NoMedia::Network));
        return;
    };
    let _ = events.send(LinkEvent::Devices {
        camera: opened.camera,
        microphone: opened.microphone,
    });
    let camera = LocalCamera::start(opened.video, Arc::clone(&screens.own));
    let mut config = CallConfig::new(
        tablet_signalling_url(&settings.server, booking),
        info,
        slot_end,
    );
    config.auth = Some(settings.auth);
    config.tls = Some(settings.tls);
    config.bind = settings.bind;
    config.clock = clock;
    // Connect, and while what is missing may come by itself (the network, or the booking on
    // the centre server: one made offline gets there with the next sync), try again, less
    // often each time, until it connects, the DCO ends the call or the slot is over.
    let mut wait = RETRY_FIRST;
    let signalling = loop {
        let e = match Call::connect(&config).await {
            Ok(signalling) => break signalling,
            Err(e) => e,
        };
        tracing::warn!(booking = %booking.0, error = %e, "the call could not connect");
        let why = no_media(&e);
        let _ = events.send(LinkEvent::Unavailable(why));
        let again = matches!(why, NoMedia::Network | NoMedia::NotOnServer)
            && clock.at(Utc::now()) + wait < slot_end;
        if !again {
            return;
        }
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            step = steps.recv() => match step {
                // Adult check and admission wait for the caller's picture: only an end
                // can come before the media connects.
                Some(Step::End(_) | Step::Terminate(_)) | None => return,
                Some(_) => {}
            },
        }
        wait = (wait * 2).min(RETRY_MAX);
    };
    let media = CallMedia {
        video: camera.feed(),
        audio: opened.audio,
        frames: screens.caller,
        sound: opened.sound,
    };
    let mut call = match Call::start_connected(config, media, signalling).await {
        Ok(call) => call,
        Err(e) => {
            tracing::warn!(booking = %booking.0, error = %e, "the call could not start");
            let _ = events.send(LinkEvent::Unavailable(no_media(&e)));
            return;
        }
    };
    let _ = events.send(LinkEvent::Connected);
    let mut screen_open = true;
    loop {
        tokio::select! {
            step = steps.recv(), if screen_open => {
                let Some(step) = step else {
                    // A newer call took the screen: this one runs on to its end.
                    screen_open = false;
                    continue;
                };
                let done = match step {
                    Step::Adult(adult) => call.adult_check(adult).await,
                    Step::Admit => call.admit().await,
                    Step::End(reason) => call.end(reason).await,
                    Step::Terminate(reason) => call.terminate(reason).await,
                };
                if let Err(e) = done {
                    tracing::warn!(booking = %booking.0, error = %e, "call step not taken by the engine");
                }
            }
            event = call.next_event() => match event {
                Some(e) => {
                    let _ = events.send(LinkEvent::Call(e));
                }
                None => break,
            },
        }
    }
    drop(camera);
}

/// What the call screen says of a call that could not start.
fn no_media(e: &CallError) -> NoMedia {
    match e {
        CallError::TabletRefused { .. } => NoMedia::TabletRefused,
        CallError::NotOnServer { .. } => NoMedia::NotOnServer,
        CallError::Certificate(_) => NoMedia::Certificate,
        _ => NoMedia::Network,
    }
}
