//! The WebRTC peer (the `webrtc` crate, sans-IO core on tokio): builds the connection, sends
//! the tablet's VP8 video and Opus audio once the detainee is connected, and decodes what the
//! caller sends into the sinks. mDNS is off (host candidates are plain addresses), and the
//! remote DTLS fingerprint from the SDP is checked by the DTLS handshake itself: a mismatch
//! fails the connection, which ends the call.

use super::CallError;
use super::adapt::{CpuAdapter, KeyframePacer};
use super::codec::{OpusDecoder, OpusEncoder, Vp8Decoder, Vp8Encoder, fit_i420};
use super::feedback::FeedbackForwarder;
use super::jitter::{
    JitterBuffer, KeyframeGate, Packet as VideoPacket, Released, ShowPacer, Verdict,
};
use super::media::{AudioSink, AudioSource, FrameSink, ReceiveStats, SendStats, VideoSource};
use super::rate::{Feedback, RateController, VideoPlan};
use bytes::Bytes;
use kinline_shared::signalling::IceServer;
use rtc::interceptor::{Gcc, Registry, Slot};
use rtc::media::Sample;
use rtc::peer_connection::configuration::interceptor_registry::{
    CongestionFeedback, configure_congestion_control, configure_nack, configure_rtcp_reports,
    configure_simulcast_extension_headers,
};
use rtc::peer_connection::configuration::media_engine::{
    MIME_TYPE_OPUS, MIME_TYPE_VP8, MediaEngine,
};
use rtc::rtcp::payload_feedbacks::full_intra_request::FullIntraRequest;
use rtc::rtcp::payload_feedbacks::picture_loss_indication::PictureLossIndication;
use rtc::rtcp::payload_feedbacks::receiver_estimated_maximum_bitrate::ReceiverEstimatedMaximumBitrate;
use rtc::rtp::codec::vp8::Vp8Packet;
use rtc::rtp::packetizer::Depacketizer;
use rtc::rtp_transceiver::rtp_sender::{
    RTCPFeedback, RTCRtpCodec, RTCRtpCodecParameters, RTCRtpCodingParameters,
    RTCRtpEncodingParameters, RtpCodecKind,
};
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, watch};
use webrtc::media_stream::MediaStreamTrack;
use webrtc::media_stream::track_local::static_sample::TrackLocalStaticSample;
use webrtc::media_stream::track_local::{TrackLocal, TrackLocalEvent};
use webrtc::media_stream::track_remote::{TrackRemote, TrackRemoteEvent};
use webrtc::peer_connection::{
    PeerConnection, PeerConnectionBuilder, PeerConnectionEventHandler, RTCConfigurationBuilder,
    RTCIceGatheringState, RTCIceServer, RTCIceTransportPolicy, RTCPeerConnectionState,
    RTCStatsReportEntry, SettingEngineBuilder, StatsSelector,
};

/// What the send-side estimate starts at, bit/s (GCC then finds the path's real rate).
const START_BPS: f64 = 800_000.0;
/// The least the estimate may fall to, bit/s.
const MIN_BPS: f64 = 40_000.0;
/// The most the tablet sends, bit/s.
const MAX_BPS: f64 = 1_500_000.0;
/// How often the congestion controller reads the network's estimates.
const CONTROL_EVERY: Duration = Duration::from_millis(500);
/// Whole frames waiting for the decoder (a second's worth: a busy tablet catches up, converting
/// only the newest); more and the reader drops one (and asks for a key frame) rather than
/// letting the connection's packet queue overflow.
const DECODE_QUEUE: usize = 30;
/// Encoded pictures waiting to be written to the network; when both places are taken, the
/// next picture is not encoded (see [`VideoEncoding::run`]).
const ENCODED_QUEUE: usize = 2;
/// The most microphone time a late audio wake catches up on.
const AUDIO_CATCH_UP: Duration = Duration::from_millis(200);
/// The most lost audio packets concealed in a row (100 ms); after that, silence.
const MAX_CONCEALED: u16 = 5;

/// What the peer tells the engine.
#[derive(Debug)]
pub(crate) enum PeerEvent {
    /// ICE gathering finished (the local description has every candidate).
    Gathered,
    /// The connection's state changed.
    State(RTCPeerConnectionState),
    /// The first picture of the caller was decoded.
    FirstRemoteFrame,
}

struct Handler {
    events: mpsc::UnboundedSender<PeerEvent>,
    frames: Arc<dyn FrameSink>,
    sound: Arc<dyn AudioSink>,
    stats: Arc<ReceiveStats>,
}

#[async_trait::async_trait]
impl PeerConnectionEventHandler for Handler {
    async fn on_ice_gathering_state_change(&self, state: RTCIceGatheringState) {
        if state == RTCIceGatheringState::Complete {
            let _ = self.events.send(PeerEvent::Gathered);
        }
    }

    async fn on_connection_state_change(&self, state: RTCPeerConnectionState) {
        let _ = self.events.send(PeerEvent::State(state));
    }

    async fn on_track(&self, track: Arc<dyn TrackRemote>) {
        let kind = track.kind().await;
        let events = self.events.clone();
        if kind == RtpCodecKind::Video {
            let frames = Arc::clone(&self.frames);
            let stats = Arc::clone(&self.stats);
            tokio::spawn(receive_video(track, frames, events, stats));
        } else {
            let sound = Arc::clone(&self.sound);
            tokio::spawn(receive_audio(track, sound));
        }
    }
}

/// One item for the decoding thread.
enum ToDecoder {
    /// A whole frame; `after_loss` if something before it never reached the decoder.
    Frame {
        data: Vec<u8>,
        key: bool,
        after_loss: bool,
    },
    /// Packets were lost.
    Lost,
}

/// The caller's video: packets are read as fast as they come (so the connection's queue never
/// overflows), put in order by the jitter buffer, and whole frames go to a decoding thread;
/// the thread's key frame gate asks for a key frame (PLI) through `want_key` whenever the
/// picture's references are broken.
async fn receive_video(
    track: Arc<dyn TrackRemote>,
    frames: Arc<dyn FrameSink>,
    events: mpsc::UnboundedSender<PeerEvent>,
    stats: Arc<ReceiveStats>,
) {
    let media_ssrc = track.ssrcs().await.first().copied().unwrap_or(0);
    let (to_decoder, from_reader) = std::sync::mpsc::sync_channel(DECODE_QUEUE);
    let (want_key, mut key_wanted) = mpsc::unbounded_channel::<()>();
    let decoding = {
        let stats = Arc::clone(&stats);
        std::thread::Builder::new()
            .name("kinline-video-decode".into())
            .spawn(move || decode_video(&from_reader, &*frames, &events, &stats, &want_key))
    };
    if decoding.is_err() {
        return;
    }
    let mut buffer = JitterBuffer::default();
    let mut depacketizer = Vp8Packet::default();
    let mut lost_unsaid = false;
    let far = tokio::time::Instant::now() + Duration::from_secs(86_400);
    loop {
        let wake = buffer
            .deadline()
            .map_or(far, tokio::time::Instant::from_std);
        tokio::select! {
            event = track.poll() => {
                let Some(event) = event else { break };
                if let TrackRemoteEvent::OnRtpPacket(packet) = event
                    && let Some(p) = depacketize(&mut depacketizer, &packet)
                {
                    buffer.push(p);
                }
            }
            Some(()) = key_wanted.recv() => {
                stats.count_key_request();
                let _ = track
                    .write_rtcp(vec![Box::new(PictureLossIndication {
                        sender_ssrc: 0,
                        media_ssrc,
                    })])
                    .await;
                continue;
            }
            _ = tokio::time::sleep_until(wake) => {}
        }
        for released in buffer.pop(Instant::now()) {
            let item = match released {
                Released::Frame { data, key, .. } => ToDecoder::Frame {
                    data,
                    key,
                    after_loss: std::mem::take(&mut lost_unsaid),
                },
                Released::Lost { .. } => {
                    stats.count_loss();
                    ToDecoder::Lost
                }
            };
            match to_decoder.try_send(item) {
                Ok(()) => {}
                Err(std::sync::mpsc::TrySendError::Full(_)) => {
                    // The decoder is behind: this frame is dropped, and the next one says so.
                    stats.count_overflow();
                    lost_unsaid = true;
                }
                Err(std::sync::mpsc::TrySendError::Disconnected(_)) => return,
            }
        }
    }
}

/// One RTP packet's VP8 payload, with where it sits in its frame (a padding-only packet as a
/// filler); `None` for a payload that is not VP8.
fn depacketize(d: &mut Vp8Packet, packet: &rtc::rtp::Packet) -> Option<VideoPacket> {
    if packet.payload.is_empty() {
        return Some(VideoPacket {
            seq: packet.header.sequence_number,
            timestamp: packet.header.timestamp,
            marker: false,
            start: false,
            key: false,
            data: Vec::new(),
            filler: true,
        });
    }
    let data = d.depacketize(&packet.payload).ok()?;
    let start = d.s == 1 && d.pid == 0;
    Some(VideoPacket {
        seq: packet.header.sequence_number,
        timestamp: packet.header.timestamp,
        marker: packet.header.marker,
        start,
        // VP8's frame tag: bit 0 clear is a key frame (RFC 6386 §9.1).
        key: start && data.first().is_some_and(|b| b & 0x01 == 0),
        data: data.to_vec(),
        filler: false,
    })
}

/// The decoding thread: decodes what the gate lets through, counts, and asks for key frames.
fn decode_video(
    from_reader: &std::sync::mpsc::Receiver<ToDecoder>,
    frames: &dyn FrameSink,
    events: &mpsc::UnboundedSender<PeerEvent>,
    stats: &ReceiveStats,
    want_key: &mpsc::UnboundedSender<()>,
) {
    let Ok(mut decoder) = Vp8Decoder::new() else {
        return;
    };
    let mut gate = KeyframeGate::default();
    let mut shows = ShowPacer::default();
    let mut first = true;
    let broken = |gate: &mut KeyframeGate| {
        if !gate.is_broken() {
            stats.mark_broken();
        }
        gate.broken();
    };
    let mut waiting = std::collections::VecDeque::new();
    loop {
        // Everything that has come, so only the newest picture is converted for the screen.
        if waiting.is_empty() {
            match from_reader.recv() {
                Ok(item) => waiting.push_back(item),
                Err(_) => return,
            }
        }
        waiting.extend(from_reader.try_iter());
        let Some(item) = waiting.pop_front() else {
            continue;
        };
        let now = Instant::now();
        let (data, key) = match item {
            ToDecoder::Lost => {
                broken(&mut gate);
                if gate.request_key(now) {
                    let _ = want_key.send(());
                }
                continue;
            }
            ToDecoder::Frame {
                data,
                key,
                after_loss,
            } => {
                if after_loss {
                    broken(&mut gate);
                }
                (data, key)
            }
        };
        let was_broken = gate.is_broken();
        if gate.frame(key) == Verdict::Drop {
            stats.count_dropped();
            if gate.request_key(now) {
                let _ = want_key.send(());
            }
            continue;
        }
        let later = waiting.iter().any(|w| matches!(w, ToDecoder::Frame { .. }));
        match decoder.decode(&data, shows.show(later, now)) {
            Ok(picture) => {
                stats.count_decoded(was_broken && !key);
                if was_broken {
                    stats.mark_repaired();
                }
                if let Some(picture) = picture {
                    frames.frame(&picture);
                    if std::mem::take(&mut first) {
                        let _ = events.send(PeerEvent::FirstRemoteFrame);
                    }
                }
            }
            Err(_) => {
                stats.count_error();
                broken(&mut gate);
                if gate.request_key(now) {
                    let _ = want_key.send(());
                }
            }
        }
    }
}

/// The caller's sound: a lost packet is heard from the next one's FEC copy (a longer gap is
/// concealed, up to [`MAX_CONCEALED`] packets); late and repeated packets are dropped.
async fn receive_audio(track: Arc<dyn TrackRemote>, sound: Arc<dyn AudioSink>) {
    let Ok(mut decoder) = OpusDecoder::new() else {
        return;
    };
    let mut last: Option<u16> = None;
    // Samples in one packet (20 ms at 48 kHz until a packet says otherwise).
    let mut frame: u64 = 960;
    while let Some(event) = track.poll().await {
        let TrackRemoteEvent::OnRtpPacket(packet) = event else {
            continue;
        };
        if packet.payload.is_empty() {
            continue;
        }
        let seq = packet.header.sequence_number;
        if let Some(last) = last {
            let ahead = seq.wrapping_sub(last);
            if ahead == 0 || ahead >= 0x8000 {
                continue;
            }
            let missing = ahead - 1;
            let lost = missing.min(MAX_CONCEALED);
            for i in 0..lost {
                let from: &[u8] = if i + 1 == lost { &packet.payload } else { &[] };
                if let Ok(pcm) = decoder.recover(from) {
                    sound.samples(&pcm);
                }
            }
            // The packet just before this one is heard from its FEC copy; the rest are made up.
            if missing > 1 {
                sound.lost(u64::from(missing - 1) * frame);
            }
        }
        last = Some(seq);
        if let Ok(pcm) = decoder.decode(&packet.payload) {
            frame = pcm.len() as u64;
            sound.samples(&pcm);
        }
    }
}

/// A built peer with its two outgoing tracks.
pub(crate) struct Peer {
    pub(crate) pc: Arc<dyn PeerConnection>,
    video: Arc<TrackLocalStaticSample>,
    audio: Arc<TrackLocalStaticSample>,
    video_sender: Arc<dyn webrtc::rtp_transceiver::RtpSender>,
    audio_sender: Arc<dyn webrtc::rtp_transceiver::RtpSender>,
}

fn feedback(typ: &str, parameter: &str) -> RTCPFeedback {
    RTCPFeedback {
        typ: typ.to_owned(),
        parameter: parameter.to_owned(),
    }
}

/// VP8, announcing the feedback the tablet acts on: NACK (retransmission), PLI and FIR (key
/// frames), REMB and transport-wide feedback (congestion control).
fn video_codec() -> RTCRtpCodecParameters {
    RTCRtpCodecParameters {
        rtp_codec: RTCRtpCodec {
            mime_type: MIME_TYPE_VP8.to_owned(),
            clock_rate: 90_000,
            channels: 0,
            sdp_fmtp_line: String::new(),
            rtcp_feedback: vec![
                feedback("nack", ""),
                feedback("nack", "pli"),
                feedback("ccm", "fir"),
                feedback("goog-remb", ""),
                feedback("transport-cc", ""),
            ],
        },
        payload_type: 96,
    }
}

fn audio_codec() -> RTCRtpCodecParameters {
    RTCRtpCodecParameters {
        rtp_codec: RTCRtpCodec {
            mime_type: MIME_TYPE_OPUS.to_owned(),
            clock_rate: 48_000,
            channels: 2,
            sdp_fmtp_line: "minptime=10;useinbandfec=1;usedtx=1".to_owned(),
            rtcp_feedback: vec![feedback("transport-cc", "")],
        },
        payload_type: 111,
    }
}

fn random_ssrc() -> u32 {
    let mut b = [0u8; 4];
    getrandom::fill(&mut b).expect("the OS random source works");
    u32::from_le_bytes(b)
}

fn local_track(
    kind: RtpCodecKind,
    codec: &RTCRtpCodecParameters,
) -> Result<Arc<TrackLocalStaticSample>, CallError> {
    let track = MediaStreamTrack::new(
        "kinline-tablet".to_owned(),
        format!("kinline-{kind}"),
        format!("kinline-{kind}"),
        kind,
        vec![RTCRtpEncodingParameters {
            rtp_coding_parameters: RTCRtpCodingParameters {
                ssrc: Some(random_ssrc()),
                ..Default::default()
            },
            codec: codec.rtp_codec.clone(),
            ..Default::default()
        }],
    );
    TrackLocalStaticSample::new(Instant::now(), track)
        .map(Arc::new)
        .map_err(|e| CallError::Media(format!("local track: {e}")))
}

impl Peer {
    /// Builds the connection: VP8 and Opus only, mDNS off, host candidates on `bind`; NACK
    /// both ways, RTCP reports, transport-wide congestion control (GCC) with a pacer, and the
    /// browser's key frame requests and REMB passed up to the encoder.
    pub(crate) async fn build(
        bind: IpAddr,
        ice_servers: &[IceServer],
        relay_only: bool,
        events: mpsc::UnboundedSender<PeerEvent>,
        (frames, sound, stats): (Arc<dyn FrameSink>, Arc<dyn AudioSink>, Arc<ReceiveStats>),
    ) -> Result<Self, CallError> {
        let media = |e: rtc::shared::error::Error| CallError::Media(e.to_string());
        let mut engine = MediaEngine::default();
        engine
            .register_codec(video_codec(), RtpCodecKind::Video)
            .map_err(media)?;
        engine
            .register_codec(audio_codec(), RtpCodecKind::Audio)
            .map_err(media)?;
        configure_simulcast_extension_headers(&mut engine).map_err(media)?;
        let registry = configure_nack(Registry::new(), &mut engine);
        let registry = configure_rtcp_reports(registry);
        let registry = configure_congestion_control(
            registry,
            Gcc::new(START_BPS, MIN_BPS, MAX_BPS),
            CongestionFeedback::Twcc,
            &mut engine,
        )
        .map_err(media)?;
        // Application-most: every interceptor has seen the inbound RTCP before this picks out
        // what the encoder answers.
        let registry = registry.with(Slot::from(14_000), FeedbackForwarder::default());
        let config = RTCConfigurationBuilder::new()
            .with_ice_servers(
                ice_servers
                    .iter()
                    .map(|s| RTCIceServer {
                        urls: s.urls.clone(),
                        username: s.username.clone().unwrap_or_default(),
                        credential: s.credential.clone().unwrap_or_default(),
                    })
                    .collect(),
            )
            .with_ice_transport_policy(if relay_only {
                RTCIceTransportPolicy::Relay
            } else {
                RTCIceTransportPolicy::All
            })
            .build();
        let setting = SettingEngineBuilder::new()
            .with_multicast_dns_mode(rtc::ice::mdns::MulticastDnsMode::Disabled)
            .build();
        let handler = Arc::new(Handler {
            events,
            frames,
            sound,
            stats,
        });
        let pc = PeerConnectionBuilder::new()
            .with_configuration(config)
            .with_media_engine(engine)
            .with_setting_engine(setting)
            .with_interceptor_registry(registry)
            .with_handler(handler)
            .with_udp_addrs(vec![format!("{bind}:0")])
            .build()
            .await
            .map_err(media)?;
        let pc: Arc<dyn PeerConnection> = Arc::new(pc);
        let video = local_track(RtpCodecKind::Video, &video_codec())?;
        let audio = local_track(RtpCodecKind::Audio, &audio_codec())?;
        let video_sender = pc
            .add_track(Arc::clone(&video) as Arc<dyn TrackLocal>)
            .await
            .map_err(media)?;
        let audio_sender = pc
            .add_track(Arc::clone(&audio) as Arc<dyn TrackLocal>)
            .await
            .map_err(media)?;
        Ok(Self {
            pc,
            video,
            audio,
            video_sender,
            audio_sender,
        })
    }

    /// Starts the tablet's outgoing media: frames are made, encoded and sent only while
    /// `sending` is set (after the DCO admits the caller), and a key frame opens each run and
    /// answers the browser's requests (PLI, FIR) at once, at most one every
    /// [`KEY_MIN_GAP`](super::adapt::KEY_MIN_GAP). How much video goes — bit rate, frame rate,
    /// picture size, or none — follows the congestion controller ([`RateController`]) and,
    /// when encoding cannot keep up, the CPU ([`CpuAdapter`]); audio always goes, and goes
    /// first: audio and video are each encoded on a thread of their own, so a slow encoder
    /// never holds up the audio or the network's tasks.
    pub(crate) async fn start_sending(
        &self,
        video: Box<dyn VideoSource>,
        audio: Box<dyn AudioSource>,
        sending: Arc<AtomicBool>,
        stop: Arc<AtomicBool>,
        stats: Arc<SendStats>,
    ) -> Result<(), CallError> {
        let (vssrc, vpt) = negotiated(&self.video, &self.video_sender).await?;
        let (assrc, apt) = negotiated(&self.audio, &self.audio_sender).await?;
        let key_wanted = Arc::new(AtomicBool::new(false));
        let remb = Arc::new(AtomicU64::new(0));
        tokio::spawn(read_feedback(
            Arc::clone(&self.video) as Arc<dyn TrackLocal>,
            Some((Arc::clone(&key_wanted), Arc::clone(&remb))),
        ));
        tokio::spawn(read_feedback(
            Arc::clone(&self.audio) as Arc<dyn TrackLocal>,
            None,
        ));
        let controller = RateController::new(START_BPS / 1_000.0, MAX_BPS / 1_000.0);
        let (plans, plan) = watch::channel(controller.plan());
        tokio::spawn(control_rate(
            Arc::clone(&self.pc),
            vssrc,
            controller,
            remb,
            plans,
            Arc::clone(&stop),
        ));
        let (encoded, to_send) = mpsc::channel(ENCODED_QUEUE);
        let encoder = VideoEncoding {
            key_wanted,
            plan,
            sending: Arc::clone(&sending),
            stop: Arc::clone(&stop),
            out: encoded,
            stats,
        };
        std::thread::Builder::new()
            .name("kinline-video-encode".into())
            .spawn(move || encoder.run(video))
            .map_err(|e| CallError::Media(format!("video encoding thread: {e}")))?;
        tokio::spawn(send_video(Arc::clone(&self.video), vssrc, vpt, to_send));
        let track = Arc::clone(&self.audio);
        let runtime = tokio::runtime::Handle::current();
        std::thread::Builder::new()
            .name("kinline-audio-send".into())
            .spawn(move || {
                let mut audio = audio;
                send_audio(
                    &track,
                    (assrc, apt),
                    &mut *audio,
                    (&sending, &stop),
                    &runtime,
                );
            })
            .map_err(|e| CallError::Media(format!("audio sending thread: {e}")))?;
        Ok(())
    }
}

/// The tablet's sound, on a thread of its own so that nothing else the tablet does (video,
/// the network's tasks) delays it: 20 ms of the microphone encoded and sent every 20 ms. A
/// late wake (a busy CPU) catches up on what the microphone made meanwhile, up to
/// [`AUDIO_CATCH_UP`]; more is left out rather than sent late.
fn send_audio(
    track: &TrackLocalStaticSample,
    (ssrc, pt): (u32, u8),
    audio: &mut dyn AudioSource,
    (sending, stop): (&AtomicBool, &AtomicBool),
    runtime: &tokio::runtime::Handle,
) {
    let Ok(mut enc) = OpusEncoder::new() else {
        return;
    };
    let packet_time = Duration::from_millis(20);
    let mut due = Instant::now();
    let mut pcm = [0i16; 960];
    while !stop.load(Ordering::Relaxed) {
        due += packet_time;
        let now = Instant::now();
        if now.saturating_duration_since(due) > AUDIO_CATCH_UP {
            due = now;
        }
        std::thread::sleep(due.saturating_duration_since(now));
        if !sending.load(Ordering::Relaxed) {
            continue;
        }
        audio.next_samples(&mut pcm);
        let Ok(packet) = enc.encode(&pcm) else {
            continue;
        };
        let sample = Sample {
            data: Bytes::from(packet),
            duration: packet_time,
            ..Sample::new(Instant::now())
        };
        let _ = runtime.block_on(track.sample_writer(ssrc, pt).write_sample(&sample));
    }
}

/// Reads the browser's feedback about one of the tablet's tracks: for video, key frame
/// requests (PLI, FIR) and REMB go to the encoder through `video`; for audio it only drains.
async fn read_feedback(
    track: Arc<dyn TrackLocal>,
    video: Option<(Arc<AtomicBool>, Arc<AtomicU64>)>,
) {
    while let Some(TrackLocalEvent::OnRtcpPacket(packets)) = track.poll().await {
        let Some((key_wanted, remb)) = &video else {
            continue;
        };
        for packet in packets {
            let any = packet.as_any();
            if any.is::<PictureLossIndication>() || any.is::<FullIntraRequest>() {
                key_wanted.store(true, Ordering::Relaxed);
            } else if let Some(r) = any.downcast_ref::<ReceiverEstimatedMaximumBitrate>()
                && r.bitrate.is_finite()
                && r.bitrate > 0.0
            {
                remb.store(r.bitrate as u64, Ordering::Relaxed);
            }
        }
    }
}

/// Twice a second: reads the send-side estimate (GCC) and the browser's reported loss from
/// the connection's statistics, adds the last REMB, and publishes the controller's plan.
async fn control_rate(
    pc: Arc<dyn PeerConnection>,
    vssrc: u32,
    mut controller: RateController,
    remb: Arc<AtomicU64>,
    plans: watch::Sender<VideoPlan>,
    stop: Arc<AtomicBool>,
) {
    let mut tick = tokio::time::interval(CONTROL_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    while !stop.load(Ordering::Relaxed) {
        tick.tick().await;
        let report = pc.get_stats(Instant::now(), StatsSelector::None).await;
        let mut feedback = Feedback::default();
        for entry in report.iter() {
            match entry {
                RTCStatsReportEntry::OutboundRtp(s)
                    if s.sent_rtp_stream_stats.rtp_stream_stats.ssrc == vssrc
                        && s.target_bitrate > 0.0 =>
                {
                    feedback.estimate_bps = Some(s.target_bitrate);
                }
                RTCStatsReportEntry::RemoteInboundRtp(s)
                    if s.received_rtp_stream_stats.rtp_stream_stats.ssrc == vssrc =>
                {
                    feedback.loss = Some(s.fraction_lost);
                }
                _ => {}
            }
        }
        let remb = remb.load(Ordering::Relaxed);
        feedback.remb_bps = (remb > 0).then_some(remb as f64);
        let plan = controller.update(&feedback, Instant::now());
        plans.send_if_modified(|p| {
            let changed = *p != plan;
            *p = plan;
            changed
        });
    }
}

/// One encoded picture on its way to the network.
struct Encoded {
    /// The compressed frames (usually one).
    frames: Vec<Vec<u8>>,
    /// The time since the picture sent before it.
    duration: Duration,
    /// When it was taken.
    at: Instant,
}

/// Writes the encoded pictures to the video track as they come.
async fn send_video(
    track: Arc<TrackLocalStaticSample>,
    ssrc: u32,
    pt: u8,
    mut encoded: mpsc::Receiver<Encoded>,
) {
    while let Some(picture) = encoded.recv().await {
        for data in picture.frames {
            let sample = Sample {
                data: Bytes::from(data),
                duration: picture.duration,
                ..Sample::new(picture.at)
            };
            let _ = track.sample_writer(ssrc, pt).write_sample(&sample).await;
        }
    }
}

/// The tablet's video on its way out: the encoding thread's part.
struct VideoEncoding {
    key_wanted: Arc<AtomicBool>,
    plan: watch::Receiver<VideoPlan>,
    sending: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    out: mpsc::Sender<Encoded>,
    stats: Arc<SendStats>,
}

impl VideoEncoding {
    /// Takes a picture from `video` at the camera's rate (or fewer, as the network and the CPU
    /// allow), encodes it and hands it to [`send_video`]. A picture whose time has passed is
    /// never taken, and none is encoded while the last ones still wait to be sent: on a busy
    /// CPU pictures are dropped before the encoder, never queued.
    fn run(self, mut video: Box<dyn VideoSource>) {
        let source_fps = video.fps().max(1);
        let period = Duration::from_secs(1) / source_fps;
        // The encoder and the (width, height, fps) it was made for.
        let mut encoder: Option<(Vp8Encoder, (u32, u32, u32))> = None;
        let mut cpu = CpuAdapter::default();
        let mut keys = KeyframePacer::default();
        let mut was_sending = false;
        let mut credit = 0.0f64;
        let mut last_sent: Option<Instant> = None;
        let mut due = Instant::now();
        while !self.stop.load(Ordering::Relaxed) && !self.out.is_closed() {
            due += period;
            let behind = Instant::now().saturating_duration_since(due);
            if behind > period {
                // Pictures whose time passed while the thread waited for the CPU are not
                // taken: the next is the one due now.
                if was_sending {
                    self.stats
                        .count_skipped((behind.as_nanos() / period.as_nanos()) as u64);
                }
                due = Instant::now();
            }
            std::thread::sleep(due.saturating_duration_since(Instant::now()));
            let woke = Instant::now();
            if self.key_wanted.swap(false, Ordering::Relaxed) {
                keys.request();
            }
            if !self.sending.load(Ordering::Relaxed) {
                was_sending = false;
                continue;
            }
            let plan = *self.plan.borrow();
            let (Some(rung), VideoPlan::Send { kbps, .. }) = (plan.rung(), plan) else {
                // Paused for the network: audio only; a key frame when video comes back.
                was_sending = false;
                continue;
            };
            let limit = cpu.limit();
            let fps = rung.fps.min(limit.fps).min(source_fps);
            // Fewer frames than the camera makes: send `fps` of every `source_fps`.
            credit += f64::from(fps) / f64::from(source_fps);
            if credit < 1.0 {
                continue;
            }
            credit -= 1.0;
            if self.out.capacity() == 0 {
                // The last pictures have not gone out yet: this one is dropped before the
                // encoder (the encoder's references stay whole).
                self.stats.count_skipped(1);
                continue;
            }
            let picture = video.next_frame();
            let taken = Instant::now();
            let frame = fit_i420(
                &picture,
                rung.width.min(limit.width),
                rung.height.min(limit.height),
            );
            let shape = (frame.width, frame.height, fps);
            let remake = encoder.as_ref().is_none_or(|(_, s)| *s != shape);
            if remake {
                encoder = Vp8Encoder::new(frame.width, frame.height, fps, kbps)
                    .ok()
                    .map(|e| (e, shape));
            }
            let Some((enc, _)) = encoder.as_mut() else {
                continue;
            };
            let _ = enc.set_bitrate(kbps);
            let key = keys.key_now(!was_sending || remake, woke);
            let Ok(frames) = enc.encode(&frame, key) else {
                continue;
            };
            let done = Instant::now();
            let busy = woke.saturating_duration_since(due) + done.saturating_duration_since(taken);
            if cpu.observe(busy, Duration::from_secs(1) / fps, done) {
                tracing::info!(
                    step = cpu.step(),
                    width = cpu.limit().width,
                    fps = cpu.limit().fps,
                    "video encoding limited for the CPU"
                );
            }
            self.stats.set_cpu_step(cpu.step() as u64);
            was_sending = true;
            if frames.is_empty() {
                // The encoder dropped the picture itself (its rate control): nothing to send,
                // and the next picture's duration covers this one's.
                continue;
            }
            // VP8's frame tag: bit 0 clear is a key frame (RFC 6386 §9.1).
            let made_key = frames
                .first()
                .and_then(|f| f.first())
                .is_some_and(|b| b & 0x01 == 0);
            if made_key {
                keys.key_made(woke);
            }
            self.stats.count_encoded(made_key);
            self.stats.set_keys_folded(keys.folded());
            let duration = last_sent
                .map_or(Duration::from_secs(1) / fps, |t| taken.duration_since(t))
                .min(Duration::from_secs(1));
            last_sent = Some(taken);
            if self
                .out
                .try_send(Encoded {
                    frames,
                    duration,
                    at: taken,
                })
                .is_err()
            {
                // Only this thread sends, and it checked for room: the call is over.
                return;
            }
        }
    }
}

async fn negotiated(
    track: &Arc<TrackLocalStaticSample>,
    sender: &Arc<dyn webrtc::rtp_transceiver::RtpSender>,
) -> Result<(u32, u8), CallError> {
    use webrtc::media_stream::Track;
    let ssrc = track
        .ssrcs()
        .await
        .first()
        .copied()
        .ok_or_else(|| CallError::Media("local track without SSRC".into()))?;
    let pt = sender
        .get_parameters()
        .await
        .map_err(|e| CallError::Media(e.to_string()))?
        .rtp_parameters
        .codecs
        .first()
        .map(|c| c.payload_type)
        .ok_or_else(|| CallError::Media("no codec negotiated".into()))?;
    Ok((ssrc, pt))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::media::{AudioMeter, LatestFrame};

    #[tokio::test]
    async fn the_offer_announces_the_feedback_the_tablet_acts_on() {
        let (events, _rx) = mpsc::unbounded_channel();
        let sinks = (
            LatestFrame::new() as Arc<dyn FrameSink>,
            AudioMeter::new() as Arc<dyn AudioSink>,
            ReceiveStats::new(),
        );
        let peer = Peer::build([127, 0, 0, 1].into(), &[], false, events, sinks)
            .await
            .unwrap();
        let offer = peer.pc.create_offer(None).await.unwrap();
        for line in [
            "a=rtcp-fb:96 nack\r\n",
            "a=rtcp-fb:96 nack pli\r\n",
            "a=rtcp-fb:96 ccm fir\r\n",
            "a=rtcp-fb:96 goog-remb\r\n",
            "a=rtcp-fb:96 transport-cc\r\n",
            "a=rtcp-fb:111 transport-cc\r\n",
            "transport-wide-cc",
            "useinbandfec=1;usedtx=1",
        ] {
            assert!(
                offer.sdp.contains(line),
                "{line:?} missing from\n{}",
                offer.sdp
            );
        }
        let _ = peer.pc.close().await;
    }
}
