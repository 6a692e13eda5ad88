//! The WebRTC peer (the `webrtc` crate, sans-IO core on tokio): builds the connection, sends
//! the tablet's VP8 video and Opus audio once the detainee is connected, and decodes what the
//! caller sends into the sinks. mDNS is off (host candidates are plain addresses), and the
//! remote DTLS fingerprint from the SDP is checked by the DTLS handshake itself: a mismatch
//! fails the connection, which ends the call.

use super::CallError;
use super::codec::{OpusDecoder, OpusEncoder, Vp8Decoder, Vp8Encoder};
use super::media::{AudioSink, AudioSource, FrameSink, VideoSource};
use bytes::Bytes;
use kinline_shared::signalling::IceServer;
use rtc::interceptor::Registry;
use rtc::media::Sample;
use rtc::media::io::sample_builder::SampleBuilder;
use rtc::peer_connection::configuration::interceptor_registry::register_default_interceptors;
use rtc::peer_connection::configuration::media_engine::{
    MIME_TYPE_OPUS, MIME_TYPE_VP8, MediaEngine,
};
use rtc::rtcp::payload_feedbacks::picture_loss_indication::PictureLossIndication;
use rtc::rtp::codec::vp8::Vp8Packet;
use rtc::rtp_transceiver::rtp_sender::{
    RTCRtpCodec, RTCRtpCodecParameters, RTCRtpCodingParameters, RTCRtpEncodingParameters,
    RtpCodecKind,
};
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;
use webrtc::media_stream::MediaStreamTrack;
use webrtc::media_stream::track_local::TrackLocal;
use webrtc::media_stream::track_local::static_sample::TrackLocalStaticSample;
use webrtc::media_stream::track_remote::{TrackRemote, TrackRemoteEvent};
use webrtc::peer_connection::{
    PeerConnection, PeerConnectionBuilder, PeerConnectionEventHandler, RTCConfigurationBuilder,
    RTCIceGatheringState, RTCIceServer, RTCIceTransportPolicy, RTCPeerConnectionState,
    SettingEngineBuilder,
};

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
            tokio::spawn(receive_video(track, frames, events));
        } else {
            let sound = Arc::clone(&self.sound);
            tokio::spawn(receive_audio(track, sound));
        }
    }
}

async fn receive_video(
    track: Arc<dyn TrackRemote>,
    frames: Arc<dyn FrameSink>,
    events: mpsc::UnboundedSender<PeerEvent>,
) {
    let Ok(mut decoder) = Vp8Decoder::new() else {
        return;
    };
    let media_ssrc = track.ssrcs().await.first().copied().unwrap_or(0);
    let mut builder = SampleBuilder::new(64, Vp8Packet::default(), 90_000);
    let mut first = true;
    let mut last_pli: Option<Instant> = None;
    let pli = |track: Arc<dyn TrackRemote>| async move {
        let _ = track
            .write_rtcp(vec![Box::new(PictureLossIndication {
                sender_ssrc: 0,
                media_ssrc,
            })])
            .await;
    };
    while let Some(event) = track.poll().await {
        let TrackRemoteEvent::OnRtpPacket(packet) = event else {
            continue;
        };
        // Ask for a key frame at the start and then now and again until pictures decode.
        if first && last_pli.is_none_or(|t| t.elapsed() > Duration::from_millis(500)) {
            last_pli = Some(Instant::now());
            pli(Arc::clone(&track)).await;
        }
        builder.push(Instant::now(), packet);
        while let Some(sample) = builder.pop(Instant::now()) {
            match decoder.decode(&sample.data) {
                Ok(Some(picture)) => {
                    frames.frame(&picture);
                    if first {
                        first = false;
                        let _ = events.send(PeerEvent::FirstRemoteFrame);
                    }
                }
                Ok(None) => {}
                Err(_) => {
                    // A lost key frame: ask again.
                    first = true;
                }
            }
        }
    }
}

async fn receive_audio(track: Arc<dyn TrackRemote>, sound: Arc<dyn AudioSink>) {
    let Ok(mut decoder) = OpusDecoder::new() else {
        return;
    };
    while let Some(event) = track.poll().await {
        if let TrackRemoteEvent::OnRtpPacket(packet) = event
            && !packet.payload.is_empty()
            && let Ok(pcm) = decoder.decode(&packet.payload)
        {
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

fn video_codec() -> RTCRtpCodecParameters {
    RTCRtpCodecParameters {
        rtp_codec: RTCRtpCodec {
            mime_type: MIME_TYPE_VP8.to_owned(),
            clock_rate: 90_000,
            channels: 0,
            sdp_fmtp_line: String::new(),
            rtcp_feedback: vec![],
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
            sdp_fmtp_line: "minptime=10;useinbandfec=1".to_owned(),
            rtcp_feedback: vec![],
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
    /// Builds the connection: VP8 and Opus only, mDNS off, host candidates on `bind`.
    pub(crate) async fn build(
        bind: IpAddr,
        ice_servers: &[IceServer],
        relay_only: bool,
        events: mpsc::UnboundedSender<PeerEvent>,
        frames: Arc<dyn FrameSink>,
        sound: Arc<dyn AudioSink>,
    ) -> Result<Self, CallError> {
        let media = |e: rtc::shared::error::Error| CallError::Media(e.to_string());
        let mut engine = MediaEngine::default();
        engine
            .register_codec(video_codec(), RtpCodecKind::Video)
            .map_err(media)?;
        engine
            .register_codec(audio_codec(), RtpCodecKind::Audio)
            .map_err(media)?;
        let registry =
            register_default_interceptors(Registry::new(), &mut engine).map_err(media)?;
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
    /// `sending` is set (after the DCO admits the caller), and a key frame opens each run.
    pub(crate) async fn start_sending(
        &self,
        mut video: Box<dyn VideoSource>,
        mut audio: Box<dyn AudioSource>,
        sending: Arc<AtomicBool>,
        stop: Arc<AtomicBool>,
    ) -> Result<(), CallError> {
        let (vssrc, vpt) = negotiated(&self.video, &self.video_sender).await?;
        let (assrc, apt) = negotiated(&self.audio, &self.audio_sender).await?;
        let track = Arc::clone(&self.video);
        let (s, st) = (Arc::clone(&sending), Arc::clone(&stop));
        tokio::spawn(async move {
            let fps = video.fps().max(1);
            let first = video.next_frame();
            let Ok(mut enc) = Vp8Encoder::new(first.width, first.height, fps, 1_000) else {
                return;
            };
            let mut tick = tokio::time::interval(Duration::from_secs(1) / fps);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
            let mut was_sending = false;
            while !st.load(Ordering::Relaxed) {
                tick.tick().await;
                let now_sending = s.load(Ordering::Relaxed);
                if !now_sending {
                    was_sending = false;
                    continue;
                }
                let frame = video.next_frame();
                let Ok(packets) = enc.encode(&frame, !was_sending) else {
                    continue;
                };
                was_sending = true;
                for data in packets {
                    let sample = Sample {
                        data: Bytes::from(data),
                        duration: Duration::from_secs(1) / fps,
                        ..Sample::new(Instant::now())
                    };
                    let _ = track.sample_writer(vssrc, vpt).write_sample(&sample).await;
                }
            }
        });
        let track = Arc::clone(&self.audio);
        tokio::spawn(async move {
            let Ok(mut enc) = OpusEncoder::new() else {
                return;
            };
            let mut tick = tokio::time::interval(Duration::from_millis(20));
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
            let mut pcm = [0i16; 960];
            while !stop.load(Ordering::Relaxed) {
                tick.tick().await;
                if !sending.load(Ordering::Relaxed) {
                    continue;
                }
                audio.next_samples(&mut pcm);
                let Ok(packet) = enc.encode(&pcm) else {
                    continue;
                };
                let sample = Sample {
                    data: Bytes::from(packet),
                    duration: Duration::from_millis(20),
                    ..Sample::new(Instant::now())
                };
                let _ = track.sample_writer(assrc, apt).write_sample(&sample).await;
            }
        });
        Ok(())
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
