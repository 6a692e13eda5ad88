//! The tablet's call engine: one supervised video call with an outside caller's browser.
//!
//! The engine is the imperative shell around the pure call workflow
//! ([`kinline_shared::workflow::call`]): every DCO action goes through [`CallPhase::step`],
//! and the engine only carries out the [`CallEffect`]s it returns — it shows the caller to the
//! DCO, connects the detainee's media after the adult check and admission (§8), ends the media,
//! and hands the call log and the security referral to the shell as [`CallEvent`]s to record.
//! No rule is decided here.
//!
//! Media: the tablet offers (VP8 + Opus, non-trickle ICE) as soon as the caller's page is
//! there, so the DCO sees and hears the caller at once; the tablet's own camera and microphone
//! are encoded and sent only from admission on. The caller's video is decoded here (libvpx)
//! and handed to a [`media::FrameSink`] as RGBA, because the webview cannot play a WebRTC
//! stream itself. Nothing of the media is ever written to disk.
//!
//! Start a call with [`Call::start`], drive it with [`Call::adult_check`], [`Call::admit`],
//! [`Call::terminate`] and [`Call::hang_up`], and read [`Call::next_event`].

mod adapt;
#[cfg(all(feature = "call-devices", target_os = "linux"))]
pub mod camera;
pub(crate) mod codec;
pub mod devices;
#[cfg(feature = "call-devices")]
pub mod echo;
mod feedback;
mod jitter;
pub mod local;
/// The call's media in memory (the `kinline-media` crate, shared with the screens).
pub use kinline_media as media;
/// What a call reports ([`kinline_media::CallEvent`]).
pub use kinline_media::CallEvent;
mod peer;
mod rate;

use chrono::{DateTime, Utc};
use futures_util::{SinkExt, StreamExt};
use kinline_shared::clock::CentreClock;
use kinline_shared::dso::RuleViolation;
use kinline_shared::model::{CallOutcome, EndReason, TerminationReason};
use kinline_shared::signalling::{EndNotice, IceServer, Signal};
use kinline_shared::workflow::call::{CallEffect, CallInfo, CallPhase, CallStep};
use media::{AudioSink, AudioSource, FrameSink, ReceiveStats, SendStats, VideoSource};
use peer::{Peer, PeerEvent};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;
use webrtc::peer_connection::{RTCPeerConnectionState, RTCSessionDescription};

/// Why the engine could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum CallError {
    /// The centre server's signalling could not be reached; retrying may help.
    #[error("cannot reach the call service ({0}); check the network and try again")]
    Signalling(String),
    /// The centre server refused this tablet's signed request (HTTP 401 or 403): it is not
    /// enrolled, was revoked, or its clock is far off.
    #[error(
        "the centre server refused this tablet (HTTP {status}); an administrator must check its enrolment"
    )]
    TabletRefused {
        /// The HTTP status of the refusal.
        status: u16,
    },
    /// The centre server has no call for the booking (HTTP 404 or 410): not synced to it yet,
    /// cancelled, or over.
    #[error("the centre server has no call for this booking (HTTP {status}); sync and try again")]
    NotOnServer {
        /// The HTTP status of the refusal.
        status: u16,
    },
    /// The centre server's certificate is not trusted (or the trusted one is not readable).
    #[error("the centre server's certificate is not trusted ({0})")]
    Certificate(String),
    /// The WebRTC connection could not be set up.
    #[error("the call's connection failed ({0})")]
    Media(String),
    /// A codec failed.
    #[error("the video or audio codec failed ({0})")]
    Codec(String),
    /// The call rules refuse the step (the violation names the paragraph).
    #[error(transparent)]
    Rule(#[from] RuleViolation),
    /// The call is already over.
    #[error("the call is over")]
    Over,
}

/// Why the signalling socket did not open, as the DCO can act on it.
fn connect_error(e: tokio_tungstenite::tungstenite::Error) -> CallError {
    use tokio_tungstenite::tungstenite::Error as Ws;
    let untrusted = |io: &std::io::Error| {
        io.get_ref()
            .and_then(|inner| inner.downcast_ref::<rustls::Error>())
            .is_some_and(|r| matches!(r, rustls::Error::InvalidCertificate(_)))
    };
    match e {
        Ws::Http(response) => match response.status().as_u16() {
            status @ (401 | 403) => CallError::TabletRefused { status },
            status @ (404 | 410) => CallError::NotOnServer { status },
            status => CallError::Signalling(format!("HTTP {status}")),
        },
        Ws::Tls(e) => CallError::Certificate(e.to_string()),
        Ws::Io(io) if untrusted(&io) => CallError::Certificate(io.to_string()),
        e => CallError::Signalling(e.to_string()),
    }
}

/// Who the tablet is to the centre server: the enrolled device id and its key. The call's
/// signalling socket is opened with a request signed like the sync requests (method `GET`,
/// the URL's path, an empty body); the server refuses an unsigned, unknown or revoked tablet.
pub trait DeviceAuth: Send + Sync {
    /// The enrolled device id.
    fn device(&self) -> kinline_shared::ids::DeviceId;
    /// Signs request bytes with the device key (Ed25519).
    fn sign(&self, bytes: &[u8]) -> [u8; 64];
}

/// What a call needs to start.
#[derive(Clone)]
pub struct CallConfig {
    /// The tablet's signalling WebSocket for this call:
    /// `wss://centre.example/signalling/tablet/{booking}/ws` (see [`tablet_signalling_url`]).
    pub signalling_url: String,
    /// The enrolled tablet's identity, to sign the socket's upgrade request (`None` sends
    /// an unsigned request, which the centre server refuses).
    pub auth: Option<Arc<dyn DeviceAuth>>,
    /// The booked call.
    pub info: CallInfo,
    /// When the slot ends: the call ends then, with a warning before.
    pub slot_end: DateTime<Utc>,
    /// The centre's calendar clock, which `slot_end` is read against (the system's time in
    /// service).
    pub clock: CentreClock,
    /// How long before the slot's end both sides are warned.
    pub warning_before_end: Duration,
    /// How long a dropped connection may try to recover (ICE restart) before the call ends
    /// as a technical failure. The centre's `calls.recovery_secs`, sent in `Hello`, replaces it.
    pub recovery: Duration,
    /// How long the media may take to connect after the caller answers. A DTLS handshake
    /// that fails (a certificate that does not match the SDP's fingerprint) leaves the
    /// connection "connecting" in webrtc 0.21, so this deadline is what ends such a call.
    pub connect_timeout: Duration,
    /// The address host candidates are gathered on (`0.0.0.0` for every interface).
    pub bind: IpAddr,
    /// Whom a `wss://` signalling URL is trusted for: see [`tls_trusting`] (the public roots
    /// plus the centre's own CA). `None` trusts the public roots only.
    pub tls: Option<Arc<rustls::ClientConfig>>,
}

/// A TLS client config for the call's signalling that trusts the public web roots and, when
/// given, the certificates in `extra_pem` (the centre's own CA, or the demo's development
/// certificate): the same trust as the sync client's.
pub fn tls_trusting(extra_pem: Option<&[u8]>) -> Result<Arc<rustls::ClientConfig>, CallError> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots =
        rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(pem) = extra_pem {
        let mut added = 0;
        for cert in CertificateDer::pem_slice_iter(pem) {
            let cert = cert.map_err(|e| {
                CallError::Certificate(format!("the server certificate is not valid PEM ({e})"))
            })?;
            roots.add(cert).map_err(|e| {
                CallError::Certificate(format!("the server certificate cannot be trusted ({e})"))
            })?;
            added += 1;
        }
        if added == 0 {
            return Err(CallError::Certificate(
                "the server certificate file holds no certificate".into(),
            ));
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| CallError::Signalling(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

impl std::fmt::Debug for CallConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallConfig")
            .field("signalling_url", &self.signalling_url)
            .field("auth", &self.auth.as_ref().map(|a| a.device()))
            .field("info", &self.info)
            .field("slot_end", &self.slot_end)
            .field("recovery", &self.recovery)
            .field("tls", &self.tls.is_some())
            .finish_non_exhaustive()
    }
}

/// The tablet's signalling URL for a booking on the centre server at `base`
/// (`https://…` or `http://…`): `wss://…/signalling/tablet/{booking}/ws`.
pub fn tablet_signalling_url(base: &str, booking: kinline_shared::ids::BookingId) -> String {
    let base = base.trim_end_matches('/');
    let ws = if let Some(rest) = base.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = base.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        base.to_owned()
    };
    format!("{ws}/signalling/tablet/{}/ws", booking.0)
}

/// The WebSocket upgrade request for `url`, signed by `auth` when given (what
/// [`Call::start`] sends; public for proxies that stand in for the tablet).
pub fn signed_upgrade_request(
    url: &str,
    auth: Option<&Arc<dyn DeviceAuth>>,
) -> Result<tokio_tungstenite::tungstenite::handshake::client::Request, CallError> {
    use kinline_shared::sync::{
        HEADER_DEVICE, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, request_signing_bytes,
    };
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    use tokio_tungstenite::tungstenite::http::HeaderValue;
    let mut request = url
        .into_client_request()
        .map_err(|e| CallError::Signalling(e.to_string()))?;
    let Some(auth) = auth else {
        return Ok(request);
    };
    let mut nonce = [0u8; 16];
    getrandom::fill(&mut nonce).map_err(|e| CallError::Signalling(e.to_string()))?;
    let nonce = hex::encode(nonce);
    let ts = Utc::now().timestamp_millis();
    let path = request.uri().path().to_owned();
    let signature = auth.sign(&request_signing_bytes("GET", &path, ts, &nonce, &[]));
    let value =
        |s: String| HeaderValue::from_str(&s).map_err(|e| CallError::Signalling(e.to_string()));
    let headers = request.headers_mut();
    headers.insert(HEADER_DEVICE, value(auth.device().to_string())?);
    headers.insert(HEADER_TIMESTAMP, value(ts.to_string())?);
    headers.insert(HEADER_NONCE, value(nonce)?);
    headers.insert(HEADER_SIGNATURE, value(hex::encode(signature))?);
    Ok(request)
}

impl CallConfig {
    /// Defaults: no device auth, warn a minute before the end, recover for 15 seconds, every
    /// interface.
    pub fn new(signalling_url: String, info: CallInfo, slot_end: DateTime<Utc>) -> Self {
        Self {
            signalling_url,
            auth: None,
            info,
            slot_end,
            clock: CentreClock::SYSTEM,
            warning_before_end: Duration::from_secs(60),
            recovery: Duration::from_secs(15),
            connect_timeout: Duration::from_secs(20),
            bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            tls: None,
        }
    }
}

/// The tablet's media for a call.
pub struct CallMedia {
    /// The tablet's camera (or [`media::SyntheticVideo`]).
    pub video: Box<dyn VideoSource>,
    /// The tablet's microphone (or [`media::SyntheticTone`]).
    pub audio: Box<dyn AudioSource>,
    /// Where the caller's pictures go (the UI's canvas feed).
    pub frames: Arc<dyn FrameSink>,
    /// Where the caller's sound goes (the speaker).
    pub sound: Arc<dyn AudioSink>,
}

enum Command {
    Step(CallStep, oneshot::Sender<Result<(), CallError>>),
}

/// A running call. Dropping it does not end the call: end it with a step.
pub struct Call {
    commands: mpsc::UnboundedSender<Command>,
    events: mpsc::UnboundedReceiver<CallEvent>,
    stats: Arc<ReceiveStats>,
    sent: Arc<SendStats>,
}

impl std::fmt::Debug for Call {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call").finish_non_exhaustive()
    }
}

impl Call {
    /// Checks the detainee in (the call's first step) and connects to the call's signalling;
    /// the caller is shown to the DCO as soon as their page is there.
    pub async fn start(config: CallConfig, media: CallMedia) -> Result<Call, CallError> {
        let signalling = Self::connect(&config).await?;
        Self::start_connected(config, media, signalling).await
    }

    /// Opens the call's signalling socket with the tablet's signed request: the part of
    /// [`Call::start`] that can fail for the network or the server, and can be tried again
    /// (the devices are not needed yet).
    pub async fn connect(config: &CallConfig) -> Result<Connected, CallError> {
        let request = signed_upgrade_request(&config.signalling_url, config.auth.as_ref())?;
        let connector = match &config.tls {
            Some(tls) => tokio_tungstenite::Connector::Rustls(Arc::clone(tls)),
            None => tokio_tungstenite::Connector::Rustls(tls_trusting(None)?),
        };
        let (ws, _) =
            tokio_tungstenite::connect_async_tls_with_config(request, None, true, Some(connector))
                .await
                .map_err(connect_error)?;
        Ok(Connected(ws))
    }

    /// [`Call::start`] over a socket [`Call::connect`] opened.
    pub async fn start_connected(
        config: CallConfig,
        media: CallMedia,
        signalling: Connected,
    ) -> Result<Call, CallError> {
        let Connected(ws) = signalling;
        let (commands, command_rx) = mpsc::unbounded_channel();
        let (event_tx, events) = mpsc::unbounded_channel();
        let stats = ReceiveStats::new();
        let sent = SendStats::new();
        let mut engine = Engine {
            stats: Arc::clone(&stats),
            sent: Arc::clone(&sent),
            phase: CallPhase::Booked,
            config,
            media: Some(media),
            events: event_tx,
            ws,
            peer: None,
            sending: Arc::new(AtomicBool::new(false)),
            stop: Arc::new(AtomicBool::new(false)),
            ice_servers: Vec::new(),
            relay_only: false,
            recover_until: None,
            connect_by: None,
            restarted: false,
            caller_joined: false,
            restart_pending: false,
            next_restart: None,
            warned: false,
        };
        engine.apply(CallStep::CheckIn).await?;
        tokio::spawn(engine.run(command_rx));
        Ok(Call {
            commands,
            events,
            stats,
            sent,
        })
    }

    /// How the caller's video fared on its way in (counts only): losses, key frames asked for,
    /// pictures decoded and refused.
    pub fn receive_stats(&self) -> Arc<ReceiveStats> {
        Arc::clone(&self.stats)
    }

    /// How the tablet's video fared on its way out (counts only): pictures encoded, key
    /// frames, pictures skipped and steps down for a busy CPU.
    pub fn send_stats(&self) -> Arc<SendStats> {
        Arc::clone(&self.sent)
    }

    async fn step(&self, step: CallStep) -> Result<(), CallError> {
        let (tx, rx) = oneshot::channel();
        self.commands
            .send(Command::Step(step, tx))
            .map_err(|_| CallError::Over)?;
        rx.await.map_err(|_| CallError::Over)?
    }

    /// The DCO's visual check of the main recipient (§8); `false` ends the call.
    pub async fn adult_check(&self, adult: bool) -> Result<(), CallError> {
        self.step(CallStep::AdultCheck { adult }).await
    }

    /// The DCO admits the caller: the detainee's video and audio start to flow.
    pub async fn admit(&self) -> Result<(), CallError> {
        self.step(CallStep::Admit).await
    }

    /// Staff end the call with a reason (§11, §12, §19); the caller's page shows the end.
    pub async fn terminate(&self, reason: TerminationReason) -> Result<(), CallError> {
        self.step(CallStep::Terminate(reason)).await
    }

    /// The detainee hangs up.
    pub async fn hang_up(&self) -> Result<(), CallError> {
        self.end(EndReason::Completed).await
    }

    /// The call ends without staff stepping in, for `reason`: finished, the caller did not
    /// join, or a failure the DCO saw (the caller's page is told which).
    pub async fn end(&self, reason: EndReason) -> Result<(), CallError> {
        self.step(CallStep::End(reason)).await
    }

    /// The next event, or `None` once the call is over and every event was read.
    pub async fn next_event(&mut self) -> Option<CallEvent> {
        self.events.recv().await
    }
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A call's signalling socket, open ([`Call::connect`]), for [`Call::start_connected`].
pub struct Connected(Ws);

impl std::fmt::Debug for Connected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connected").finish_non_exhaustive()
    }
}

struct Engine {
    stats: Arc<ReceiveStats>,
    sent: Arc<SendStats>,
    phase: CallPhase,
    config: CallConfig,
    media: Option<CallMedia>,
    events: mpsc::UnboundedSender<CallEvent>,
    ws: Ws,
    peer: Option<Peer>,
    sending: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    ice_servers: Vec<IceServer>,
    relay_only: bool,
    recover_until: Option<Instant>,
    connect_by: Option<Instant>,
    restarted: bool,
    /// The caller's page joined at least once: a failure after that is the network's, not
    /// a caller who did not turn up.
    caller_joined: bool,
    /// An ICE restart offer is gathering its candidates; sent when gathering completes.
    restart_pending: bool,
    /// While recovering, when to try another ICE restart.
    next_restart: Option<Instant>,
    warned: bool,
}

fn notice_of(outcome: CallOutcome) -> EndNotice {
    match outcome {
        CallOutcome::Ended(EndReason::Completed) => EndNotice::Completed,
        CallOutcome::Ended(EndReason::SlotEnded) => EndNotice::SlotEnded,
        CallOutcome::Ended(EndReason::TechnicalFailure) => EndNotice::TechnicalFailure,
        CallOutcome::Ended(EndReason::CallerDidNotJoin | EndReason::RecipientNotAdult)
        | CallOutcome::Cancelled => EndNotice::NotAdmitted,
        CallOutcome::Terminated(_) => EndNotice::Terminated,
    }
}

/// How often an ICE restart is retried while the connection is down.
const RESTART_EVERY: Duration = Duration::from_secs(4);

/// The step that ends a call whose media failed, by how far it got (see
/// [`Engine::failure_step`]).
fn failure_step(phase: &CallPhase, caller_joined: bool) -> CallStep {
    match phase {
        CallPhase::Admitted | CallPhase::InCall { .. } => {
            CallStep::End(EndReason::TechnicalFailure)
        }
        _ if caller_joined => CallStep::End(EndReason::TechnicalFailure),
        _ => CallStep::End(EndReason::CallerDidNotJoin),
    }
}

/// When `at` on `clock` comes, as an instant to sleep until.
fn instant_at(clock: CentreClock, at: DateTime<Utc>) -> Instant {
    let left = (at - clock.at(Utc::now())).to_std().unwrap_or_default();
    Instant::now() + left
}

impl Engine {
    /// The centre's time now.
    fn now(&self) -> DateTime<Utc> {
        self.config.clock.at(Utc::now())
    }

    fn emit(&self, event: CallEvent) {
        let _ = self.events.send(event);
    }

    async fn send(&mut self, signal: &Signal) {
        let text = serde_json::to_string(signal).expect("signals serialise");
        let _ = self.ws.send(Message::Text(text.into())).await;
    }

    /// Steps the workflow and carries out its effects.
    async fn apply(&mut self, step: CallStep) -> Result<(), CallError> {
        let (next, effects) = self.phase.step(&self.config.info, step, self.now())?;
        self.phase = next;
        tracing::info!(booking = %self.config.info.booking.0, phase = self.phase.name(), "call step");
        for effect in effects {
            match effect {
                CallEffect::ShowCallerToDco => self.emit(CallEvent::ShowCallerToDco),
                CallEffect::ConnectDetainee { supervised } => {
                    self.sending.store(true, Ordering::Relaxed);
                    self.send(&Signal::Admitted).await;
                    self.emit(CallEvent::Connected { supervised });
                    let (next, _) =
                        self.phase
                            .step(&self.config.info, CallStep::Start, self.now())?;
                    self.phase = next;
                }
                CallEffect::EndMedia => {
                    self.sending.store(false, Ordering::Relaxed);
                    self.stop.store(true, Ordering::Relaxed);
                    if let CallPhase::Finished { outcome, .. } = self.phase {
                        self.send(&Signal::Ended {
                            notice: notice_of(outcome),
                        })
                        .await;
                    }
                    if let Some(peer) = self.peer.take() {
                        let _ = peer.pc.close().await;
                    }
                    let _ = self.ws.close(None).await;
                }
                CallEffect::WriteCallLog(log) => self.emit(CallEvent::CallLog(log)),
                CallEffect::ReferToSecurity(source) => self.emit(CallEvent::Referral(source)),
            }
        }
        if let CallPhase::Finished { outcome, .. } = self.phase {
            self.emit(CallEvent::Ended(outcome));
        }
        Ok(())
    }

    /// Builds a new peer and sends a complete offer.
    async fn offer(
        &mut self,
        peer_events: &mpsc::UnboundedSender<PeerEvent>,
        gathered: &mut mpsc::UnboundedReceiver<()>,
    ) -> Result<(), CallError> {
        let media_err = |e: webrtc::error::Error| CallError::Media(e.to_string());
        if let Some(old) = self.peer.take() {
            let _ = old.pc.close().await;
        }
        let media = self.media.as_ref().ok_or(CallError::Over)?;
        let peer = Peer::build(
            self.config.bind,
            &self.ice_servers,
            self.relay_only,
            peer_events.clone(),
            (
                Arc::clone(&media.frames),
                Arc::clone(&media.sound),
                Arc::clone(&self.stats),
            ),
        )
        .await?;
        let pc = Arc::clone(&peer.pc);
        self.peer = Some(peer);
        while gathered.try_recv().is_ok() {}
        let offer = pc.create_offer(None).await.map_err(media_err)?;
        pc.set_local_description(offer).await.map_err(media_err)?;
        tokio::time::timeout(Duration::from_secs(20), gathered.recv())
            .await
            .map_err(|_| CallError::Media("ICE gathering did not finish".into()))?;
        let sdp = pc
            .local_description()
            .await
            .ok_or_else(|| CallError::Media("no local description".into()))?
            .sdp;
        self.send(&Signal::Offer { sdp }).await;
        Ok(())
    }

    async fn on_answer(&mut self, sdp: String) -> Result<(), CallError> {
        let media_err = |e: webrtc::error::Error| CallError::Media(e.to_string());
        let peer = self.peer.as_ref().ok_or(CallError::Over)?;
        let answer = RTCSessionDescription::answer(sdp).map_err(media_err)?;
        peer.pc
            .set_remote_description(answer)
            .await
            .map_err(media_err)?;
        if let Some(media) = self.media.take() {
            peer.start_sending(
                media.video,
                media.audio,
                Arc::clone(&self.sending),
                Arc::clone(&self.stop),
                Arc::clone(&self.sent),
            )
            .await?;
            self.connect_by = Some(Instant::now() + self.config.connect_timeout);
            // Keep the sinks for a caller who reloads the page (a new peer needs them).
            self.media = Some(CallMedia {
                video: Box::new(media::SyntheticVideo::new(2, 2, 1)),
                audio: Box::new(media::SyntheticTone::new(0.0)),
                frames: media.frames,
                sound: media.sound,
            });
        }
        Ok(())
    }

    /// The step that ends a call whose media failed: a technical failure (the detainee may
    /// rebook at no cost) once the caller's page had joined, whether or not they were admitted
    /// yet; "caller did not join" only if they never did.
    fn failure_step(&self) -> CallStep {
        failure_step(&self.phase, self.caller_joined)
    }

    /// Starts an ICE restart: new credentials, a new offer once its candidates are gathered
    /// (sent from the loop, so the recovery deadline is never blocked by a slow gathering).
    async fn restart_ice(&mut self, gathered: &mut mpsc::UnboundedReceiver<()>) {
        let Some(peer) = self.peer.as_ref() else {
            return;
        };
        let pc = Arc::clone(&peer.pc);
        while gathered.try_recv().is_ok() {}
        let started = async {
            pc.restart_ice().await?;
            let offer = pc.create_offer(None).await?;
            pc.set_local_description(offer).await
        }
        .await;
        match started {
            Ok(()) => self.restart_pending = true,
            Err(e) => tracing::warn!(error = %e, "ICE restart could not start"),
        }
        self.next_restart = Some(Instant::now() + RESTART_EVERY);
    }

    /// Sends the restart offer whose gathering just completed.
    async fn send_restart_offer(&mut self) {
        self.restart_pending = false;
        let Some(peer) = self.peer.as_ref() else {
            return;
        };
        if let Some(desc) = peer.pc.local_description().await {
            tracing::info!(booking = %self.config.info.booking.0, "ICE restart offered");
            self.send(&Signal::Offer { sdp: desc.sdp }).await;
        }
    }

    /// The connection dropped (or the caller's page went away): recovery starts, once.
    fn start_recovery(&mut self) {
        if self.recover_until.is_none() {
            self.recover_until = Some(Instant::now() + self.config.recovery);
            self.emit(CallEvent::Reconnecting);
        }
    }

    async fn run(mut self, mut commands: mpsc::UnboundedReceiver<Command>) {
        let (peer_tx, mut peer_rx) = mpsc::unbounded_channel();
        let (gathered_tx, mut gathered_rx) = mpsc::unbounded_channel();
        // Gathering events go to the offer's own channel; the rest to the loop.
        let (raw_tx, mut raw_rx) = mpsc::unbounded_channel::<PeerEvent>();
        tokio::spawn(async move {
            while let Some(e) = raw_rx.recv().await {
                let sent = match e {
                    PeerEvent::Gathered => gathered_tx.send(()).is_ok(),
                    other => peer_tx.send(other).is_ok(),
                };
                if !sent {
                    break;
                }
            }
        });
        let warn_at = instant_at(self.config.clock, self.config.slot_end)
            .checked_sub(self.config.warning_before_end)
            .unwrap_or_else(Instant::now);
        let end_at = instant_at(self.config.clock, self.config.slot_end);
        let far = Instant::now() + Duration::from_secs(86_400 * 365);
        while !self.phase.is_finished() {
            let recover_at = self.recover_until.unwrap_or(far);
            let connect_at = self.connect_by.unwrap_or(far);
            let restart_at = match (self.recover_until, self.next_restart) {
                (Some(_), Some(at)) if !self.restart_pending => at,
                _ => far,
            };
            let restart_gathering = self.restart_pending;
            let warn = if self.warned { far } else { warn_at };
            tokio::select! {
                Some(cmd) = commands.recv() => {
                    let Command::Step(step, reply) = cmd;
                    let _ = reply.send(self.apply(step).await);
                }
                msg = self.ws.next() => {
                    let Some(Ok(Message::Text(text))) = msg else {
                        if matches!(msg, None | Some(Err(_))) {
                            // The server went away: media may still flow; the slot's end or the
                            // DCO ends the call.
                            futures_util::future::pending::<()>().await;
                        }
                        continue;
                    };
                    let Ok(signal) = serde_json::from_str::<Signal>(&text) else { continue };
                    self.on_signal(signal, &raw_tx, &mut gathered_rx).await;
                }
                Some(event) = peer_rx.recv() => self.on_peer(event, &mut gathered_rx).await,
                Some(()) = gathered_rx.recv(), if restart_gathering => self.send_restart_offer().await,
                _ = tokio::time::sleep_until(restart_at) => {
                    // Still not back: try again with fresh candidates (e.g. the TURN server
                    // was unreachable while the last restart gathered).
                    self.restart_ice(&mut gathered_rx).await;
                }
                _ = tokio::time::sleep_until(warn) => {
                    self.warned = true;
                    let seconds_left = (self.config.slot_end - self.now()).num_seconds().max(0);
                    self.send(&Signal::Warning { seconds_left }).await;
                    self.emit(CallEvent::SlotEndsSoon { seconds_left });
                }
                _ = tokio::time::sleep_until(end_at) => {
                    let step = match self.phase {
                        CallPhase::Admitted | CallPhase::InCall { .. } => CallStep::End(EndReason::SlotEnded),
                        _ => CallStep::End(EndReason::CallerDidNotJoin),
                    };
                    let _ = self.apply(step).await;
                }
                _ = tokio::time::sleep_until(connect_at) => {
                    // Never connected: no route, or a DTLS certificate that does not match the
                    // fingerprint in the SDP (a tampered or intercepted call).
                    self.connect_by = None;
                    self.emit(CallEvent::MediaFailed);
                    let step = self.failure_step();
                    let _ = self.apply(step).await;
                }
                _ = tokio::time::sleep_until(recover_at) => {
                    self.recover_until = None;
                    tracing::warn!(booking = %self.config.info.booking.0,
                        "the connection did not recover in time: technical failure");
                    let step = self.failure_step();
                    let _ = self.apply(step).await;
                }
            }
        }
        self.stop.store(true, Ordering::Relaxed);
    }

    async fn on_signal(
        &mut self,
        signal: Signal,
        peer_events: &mpsc::UnboundedSender<PeerEvent>,
        gathered: &mut mpsc::UnboundedReceiver<()>,
    ) {
        match signal {
            Signal::Hello {
                ice_servers,
                relay_only,
                recovery_secs,
                ..
            } => {
                self.ice_servers = ice_servers;
                self.relay_only = relay_only;
                if let Some(secs) = recovery_secs {
                    self.config.recovery = Duration::from_secs(secs);
                }
            }
            Signal::CallerJoined => {
                self.emit(CallEvent::CallerWaiting);
                self.caller_joined = true;
                if self.warned {
                    // A caller who joins in the slot's last minute is warned too.
                    let seconds_left = (self.config.slot_end - self.now()).num_seconds().max(0);
                    self.send(&Signal::Warning { seconds_left }).await;
                }
                self.restarted = false;
                self.restart_pending = false;
                self.next_restart = None;
                if self.offer(peer_events, gathered).await.is_err() {
                    self.emit(CallEvent::MediaFailed);
                }
            }
            Signal::Answer { sdp } => {
                if self.on_answer(sdp).await.is_err() {
                    self.emit(CallEvent::MediaFailed);
                    let step = self.failure_step();
                    let _ = self.apply(step).await;
                }
            }
            Signal::Ended { notice } => {
                let step = match (&self.phase, notice) {
                    // The centre cancelled the booking before the call started.
                    (CallPhase::Booked | CallPhase::CheckedIn, EndNotice::NotAdmitted) => {
                        CallStep::Cancel
                    }
                    (CallPhase::Admitted | CallPhase::InCall { .. }, _) => {
                        CallStep::End(EndReason::Completed)
                    }
                    _ => CallStep::End(EndReason::CallerDidNotJoin),
                };
                let _ = self.apply(step).await;
            }
            Signal::PeerLeft => {
                // The caller's page went away (a reload, a lost phone signal): they may come
                // back within the recovery time.
                self.start_recovery();
            }
            Signal::Offer { .. }
            | Signal::Admitted
            | Signal::Warning { .. }
            | Signal::Unknown
            | Signal::InUse => {}
        }
    }

    async fn on_peer(&mut self, event: PeerEvent, gathered: &mut mpsc::UnboundedReceiver<()>) {
        match event {
            PeerEvent::FirstRemoteFrame => self.emit(CallEvent::CallerVideo),
            PeerEvent::State(RTCPeerConnectionState::Connected) => {
                if self.recover_until.take().is_some() {
                    tracing::info!(booking = %self.config.info.booking.0, "connection recovered");
                    self.emit(CallEvent::Recovered);
                }
                self.connect_by = None;
                self.next_restart = None;
            }
            PeerEvent::State(RTCPeerConnectionState::Disconnected) => {
                self.start_recovery();
                if !self.restarted {
                    self.restarted = true;
                    self.restart_ice(gathered).await;
                }
            }
            PeerEvent::State(RTCPeerConnectionState::Failed) => {
                let connected_before = self.recover_until.is_some() || self.restarted;
                if connected_before {
                    // Recovery goes on until its deadline (restarts are retried).
                    if self.next_restart.is_none() {
                        self.next_restart = Some(Instant::now());
                    }
                    return;
                }
                // Never connected: a DTLS fingerprint mismatch or no route at all.
                self.emit(CallEvent::MediaFailed);
                let step = self.failure_step();
                let _ = self.apply(step).await;
            }
            PeerEvent::State(_) | PeerEvent::Gathered => {}
        }
    }
}
