//! Where the tablet's media comes from and where the caller's goes. Sources and sinks are
//! traits so the synthetic source (tests, demos, machines without a camera), the Linux camera
//! (V4L2) and the tablet platforms' cameras plug in the same way, and so the UI can show the
//! caller's video however its webview draws best. Everything here lives in memory only: no
//! frame or sample is ever written to disk.
//!
//! This crate is what the call engine (`kinline-call`) and the screens' state machine
//! (`kinline-screens`) share: the pictures ([`LatestFrame`]) and what a call reports
//! ([`CallEvent`]), with no codec, network or device, so the screens need none of them.

use kinline_shared::calllog::CallLog;
use kinline_shared::event::ReferralSource;
use kinline_shared::model::CallOutcome;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// What happened in a call, for the UI and for the shell to record.
#[derive(Clone, Debug, PartialEq)]
pub enum CallEvent {
    /// The caller's page is connected and waiting.
    CallerWaiting,
    /// Show the waiting caller to the DCO (not the detainee) for the adult check (§8).
    ShowCallerToDco,
    /// The first picture of the caller arrived.
    CallerVideo,
    /// The detainee is connected; `supervised` is false for a legal call (§9): no supervision
    /// view for the DCO.
    Connected {
        /// Whether the DCO sees a supervision view.
        supervised: bool,
    },
    /// The slot ends soon; both sides were told.
    SlotEndsSoon {
        /// Seconds left.
        seconds_left: i64,
    },
    /// The connection dropped; recovery (ICE restart) is being tried until the recovery time
    /// runs out, then the call ends as a technical failure.
    Reconnecting,
    /// The connection came back within the recovery time; the call goes on.
    Recovered,
    /// The connection failed and could not be used (e.g. a DTLS fingerprint that did not
    /// match the SDP's: a tampered or intercepted call).
    MediaFailed,
    /// Record this call log (Annex A): the shell stores it.
    CallLog(CallLog),
    /// Refer to the security department (§12): the shell records the referral.
    Referral(ReferralSource),
    /// The call is over.
    Ended(CallOutcome),
}

/// One picture in I420 (YUV 4:2:0 planar): `width * height` luma bytes, then the U and V
/// planes at half resolution. Width and height are even.
#[derive(Clone, PartialEq, Eq)]
pub struct I420Frame {
    /// Pixels across.
    pub width: u32,
    /// Pixels down.
    pub height: u32,
    /// Y, then U, then V.
    pub data: Vec<u8>,
}

impl std::fmt::Debug for I420Frame {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "I420Frame({}x{})", self.width, self.height)
    }
}

/// One decoded picture ready to draw: RGBA, 4 bytes a pixel, rows top to bottom (what a
/// `<canvas>`'s `ImageData` takes as it is).
#[derive(Clone, PartialEq, Eq)]
pub struct RgbaFrame {
    /// Pixels across.
    pub width: u32,
    /// Pixels down.
    pub height: u32,
    /// `width * height * 4` bytes.
    pub rgba: Vec<u8>,
}

impl std::fmt::Debug for RgbaFrame {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RgbaFrame({}x{})", self.width, self.height)
    }
}

/// A camera: the tablet's own picture, sent to the caller once the DCO admits them.
pub trait VideoSource: Send {
    /// The next picture. Called `fps()` times a second.
    fn next_frame(&mut self) -> I420Frame;
    /// Frames a second this source delivers.
    fn fps(&self) -> u32;
}

/// A microphone: 48 kHz mono samples.
pub trait AudioSource: Send {
    /// Fills `out` (20 ms, 960 samples) with the next samples.
    fn next_samples(&mut self, out: &mut [i16]);
}

/// Where the caller's decoded video goes: the UI's canvas feed, a test's counter.
pub trait FrameSink: Send + Sync {
    /// A decoded picture; called on the engine's decode task, so it must not block for long.
    fn frame(&self, frame: &RgbaFrame);
}

/// Where the caller's decoded audio goes (48 kHz mono): the speaker through cpal, a meter.
pub trait AudioSink: Send + Sync {
    /// 48 kHz mono samples.
    fn samples(&self, samples: &[i16]);
    /// `samples` the caller sent were lost on the way and made up (concealed, or left silent
    /// after the longest concealment): counted by benches, nothing to play.
    fn lost(&self, samples: u64) {
        let _ = samples;
    }
}

/// A moving test pattern: colour bars that scroll and a white square that bounces, so a
/// viewer (or a test) can tell the picture is live.
#[derive(Debug)]
pub struct SyntheticVideo {
    width: u32,
    height: u32,
    fps: u32,
    n: u32,
}

impl SyntheticVideo {
    /// A `width`×`height` pattern at `fps` (width and height even).
    pub fn new(width: u32, height: u32, fps: u32) -> Self {
        Self {
            width: width & !1,
            height: height & !1,
            fps,
            n: 0,
        }
    }
}

impl VideoSource for SyntheticVideo {
    fn next_frame(&mut self) -> I420Frame {
        // (Y, U, V) of white, yellow, cyan, green, magenta, red, blue, black.
        const BARS: [(u8, u8, u8); 8] = [
            (235, 128, 128),
            (210, 16, 146),
            (170, 166, 16),
            (145, 54, 34),
            (106, 202, 222),
            (81, 90, 240),
            (41, 240, 110),
            (16, 128, 128),
        ];
        let (w, h) = (self.width as usize, self.height as usize);
        let mut data = vec![0u8; w * h * 3 / 2];
        let shift = (self.n as usize * 4) % w;
        let bar = |x: usize| BARS[((x + shift) % w) * BARS.len() / w];
        let (y_plane, uv) = data.split_at_mut(w * h);
        let (u_plane, v_plane) = uv.split_at_mut(w * h / 4);
        for (y, row) in y_plane.chunks_exact_mut(w).enumerate() {
            let _ = y;
            for (x, px) in row.iter_mut().enumerate() {
                *px = bar(x).0;
            }
        }
        for cy in 0..h / 2 {
            for cx in 0..w / 2 {
                let (_, u, v) = bar(cx * 2);
                u_plane[cy * w / 2 + cx] = u;
                v_plane[cy * w / 2 + cx] = v;
            }
        }
        // The bouncing square.
        let side = h / 6;
        let span_x = w - side;
        let span_y = h - side;
        let t = self.n as usize * 7;
        let bounce = |t: usize, span: usize| {
            let p = t % (2 * span);
            if p < span { p } else { 2 * span - p }
        };
        let (sx, sy) = (bounce(t, span_x), bounce(t * 3 / 5, span_y));
        for row in y_plane.chunks_exact_mut(w).skip(sy).take(side) {
            row[sx..sx + side].fill(235);
        }
        self.n = self.n.wrapping_add(1);
        I420Frame {
            width: self.width,
            height: self.height,
            data,
        }
    }

    fn fps(&self) -> u32 {
        self.fps
    }
}

/// A steady tone (440 Hz by default), so the far side can hear that audio flows.
#[derive(Debug)]
pub struct SyntheticTone {
    phase: f32,
    step: f32,
}

impl SyntheticTone {
    /// A tone of `hz` at 48 kHz.
    pub fn new(hz: f32) -> Self {
        Self {
            phase: 0.0,
            step: std::f32::consts::TAU * hz / 48_000.0,
        }
    }
}

impl AudioSource for SyntheticTone {
    fn next_samples(&mut self, out: &mut [i16]) {
        for s in out {
            *s = (self.phase.sin() * 8_000.0) as i16;
            self.phase = (self.phase + self.step) % std::f32::consts::TAU;
        }
    }
}

/// A [`FrameSink`] that keeps only the latest picture, in memory, and counts them: what the
/// UI waits on ([`LatestFrame::next_after`]) to draw on its `<canvas>` (see
/// `ARCHITECTURE.md`, "the call's video in the UI").
#[derive(Debug, Default)]
pub struct LatestFrame {
    latest: Mutex<Option<Arc<RgbaFrame>>>,
    count: AtomicU64,
    first_at: Mutex<Option<Instant>>,
    arrived: tokio::sync::Notify,
}

impl LatestFrame {
    /// An empty sink.
    pub fn new() -> Arc<Self> {
        Arc::default()
    }
    /// The latest picture, if any arrived.
    pub fn latest(&self) -> Option<Arc<RgbaFrame>> {
        self.latest.lock().expect("frame lock").clone()
    }
    /// How many pictures arrived.
    pub fn frames(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }
    /// When the first picture arrived.
    pub fn first_at(&self) -> Option<Instant> {
        *self.first_at.lock().expect("frame lock")
    }
    /// Waits until more than `seen` pictures have arrived (at once if they have) and says
    /// how many have: a drawer wakes once per picture, never to find nothing new.
    pub async fn next_after(&self, seen: u64) -> u64 {
        loop {
            let notified = self.arrived.notified();
            let mut notified = std::pin::pin!(notified);
            // Registered before the count is read, so a picture arriving in between wakes it.
            notified.as_mut().enable();
            let n = self.frames();
            if n != seen {
                return n;
            }
            notified.await;
        }
    }
}

impl FrameSink for LatestFrame {
    fn frame(&self, frame: &RgbaFrame) {
        *self.latest.lock().expect("frame lock") = Some(Arc::new(frame.clone()));
        if self.count.fetch_add(1, Ordering::Relaxed) == 0 {
            *self.first_at.lock().expect("frame lock") = Some(Instant::now());
        }
        self.arrived.notify_waiters();
    }
}

/// How the caller's video fared on its way in: counted by the engine's receive path, read by
/// tests and benches (and what a later screen could show). Counts only, no media.
#[derive(Debug, Default)]
pub struct ReceiveStats {
    decoded: AtomicU64,
    decode_errors: AtomicU64,
    dropped: AtomicU64,
    losses: AtomicU64,
    overflows: AtomicU64,
    key_requests: AtomicU64,
    decoded_broken: AtomicU64,
    last_error_at: Mutex<Option<Instant>>,
    broken_at: Mutex<Option<Instant>>,
    repaired_at: Mutex<Option<Instant>>,
}

impl std::fmt::Display for ReceiveStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} decoded, {} refused, {} dropped waiting for a key frame, {} losses, {} decoder \
             overflows, {} key frame requests, {} decoded on lost references",
            self.decoded(),
            self.decode_errors(),
            self.dropped(),
            self.losses(),
            self.overflows(),
            self.key_requests(),
            self.decoded_broken()
        )
    }
}

impl ReceiveStats {
    /// Fresh counts.
    pub fn new() -> Arc<Self> {
        Arc::default()
    }
    /// Pictures decoded.
    pub fn decoded(&self) -> u64 {
        self.decoded.load(Ordering::Relaxed)
    }
    /// Frames the decoder refused.
    pub fn decode_errors(&self) -> u64 {
        self.decode_errors.load(Ordering::Relaxed)
    }
    /// Frames not decoded because their references were lost (waiting for a key frame).
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }
    /// Losses seen (runs of packets that never came).
    pub fn losses(&self) -> u64 {
        self.losses.load(Ordering::Relaxed)
    }
    /// Frames dropped because the decoder was behind (a slow, loaded tablet).
    pub fn overflows(&self) -> u64 {
        self.overflows.load(Ordering::Relaxed)
    }
    /// Key frames asked for (PLI).
    pub fn key_requests(&self) -> u64 {
        self.key_requests.load(Ordering::Relaxed)
    }
    /// Frames decoded although a frame they may refer to was lost: a corrupt picture (green
    /// noise) — what the key frame gate is there to prevent.
    pub fn decoded_broken(&self) -> u64 {
        self.decoded_broken.load(Ordering::Relaxed)
    }
    /// When the decoder last refused a frame.
    pub fn last_error_at(&self) -> Option<Instant> {
        *self.last_error_at.lock().expect("stats lock")
    }
    /// When the picture last broke (a loss, a dropped or refused frame).
    pub fn broken_at(&self) -> Option<Instant> {
        *self.broken_at.lock().expect("stats lock")
    }
    /// When a key frame last made a broken picture whole again.
    pub fn repaired_at(&self) -> Option<Instant> {
        *self.repaired_at.lock().expect("stats lock")
    }

    /// Counts a decoded picture (`broken`: decoded after a loss, before a key frame).
    pub fn count_decoded(&self, broken: bool) {
        self.decoded.fetch_add(1, Ordering::Relaxed);
        if broken {
            self.decoded_broken.fetch_add(1, Ordering::Relaxed);
        }
    }
    /// Counts a picture the decoder refused.
    pub fn count_error(&self) {
        self.decode_errors.fetch_add(1, Ordering::Relaxed);
        *self.last_error_at.lock().expect("stats lock") = Some(Instant::now());
    }
    /// Counts a picture dropped before decoding.
    pub fn count_dropped(&self) {
        self.dropped.fetch_add(1, Ordering::Relaxed);
    }
    /// Counts a loss in the incoming packets.
    pub fn count_loss(&self) {
        self.losses.fetch_add(1, Ordering::Relaxed);
    }
    /// Counts an overflow of the receive queue.
    pub fn count_overflow(&self) {
        self.overflows.fetch_add(1, Ordering::Relaxed);
    }
    /// Counts a key frame asked of the caller.
    pub fn count_key_request(&self) {
        self.key_requests.fetch_add(1, Ordering::Relaxed);
    }
    /// Notes that the picture broke now.
    pub fn mark_broken(&self) {
        *self.broken_at.lock().expect("stats lock") = Some(Instant::now());
    }
    /// Notes that a key frame made the picture whole now.
    pub fn mark_repaired(&self) {
        *self.repaired_at.lock().expect("stats lock") = Some(Instant::now());
    }
}

/// How the tablet's video fared on its way out: counted by the engine's sending, read by tests
/// and benches. Counts only, no media.
#[derive(Debug, Default)]
pub struct SendStats {
    encoded: AtomicU64,
    key_frames: AtomicU64,
    skipped: AtomicU64,
    keys_folded: AtomicU64,
    cpu_steps_down: AtomicU64,
    cpu_step: AtomicU64,
}

impl std::fmt::Display for SendStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} encoded ({} key frames), {} skipped before the encoder, {} key frame requests \
             folded into another, {} steps down for the CPU (now at step {})",
            self.encoded(),
            self.key_frames(),
            self.skipped(),
            self.keys_folded(),
            self.cpu_steps_down(),
            self.cpu_step()
        )
    }
}

impl SendStats {
    /// Fresh counts.
    pub fn new() -> Arc<Self> {
        Arc::default()
    }
    /// Pictures encoded.
    pub fn encoded(&self) -> u64 {
        self.encoded.load(Ordering::Relaxed)
    }
    /// Key frames sent.
    pub fn key_frames(&self) -> u64 {
        self.key_frames.load(Ordering::Relaxed)
    }
    /// Pictures never encoded because the sending was behind (a busy CPU): dropped before
    /// the encoder rather than queued.
    pub fn skipped(&self) -> u64 {
        self.skipped.load(Ordering::Relaxed)
    }
    /// Key frame requests answered by a key frame made for another (at most one every 300 ms).
    pub fn keys_folded(&self) -> u64 {
        self.keys_folded.load(Ordering::Relaxed)
    }
    /// Times the picture size or frame rate was lowered because encoding could not keep up.
    pub fn cpu_steps_down(&self) -> u64 {
        self.cpu_steps_down.load(Ordering::Relaxed)
    }
    /// How far down the CPU's steps the sending is now (0: unhindered).
    pub fn cpu_step(&self) -> u64 {
        self.cpu_step.load(Ordering::Relaxed)
    }

    /// Counts an encoded picture (`key`: a key frame).
    pub fn count_encoded(&self, key: bool) {
        self.encoded.fetch_add(1, Ordering::Relaxed);
        if key {
            self.key_frames.fetch_add(1, Ordering::Relaxed);
        }
    }
    /// Counts `n` pictures skipped before the encoder.
    pub fn count_skipped(&self, n: u64) {
        self.skipped.fetch_add(n, Ordering::Relaxed);
    }
    /// Sets how many key frame requests were folded so far.
    pub fn set_keys_folded(&self, n: u64) {
        self.keys_folded.store(n, Ordering::Relaxed);
    }
    /// Notes the CPU step the sending is at now.
    pub fn set_cpu_step(&self, step: u64) {
        if step > self.cpu_step.swap(step, Ordering::Relaxed) {
            self.cpu_steps_down.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// An [`AudioSink`] that only measures: samples received and their energy.
#[derive(Debug, Default)]
pub struct AudioMeter {
    samples: AtomicU64,
    loud: AtomicU64,
    lost: AtomicU64,
}

impl AudioMeter {
    /// An empty meter.
    pub fn new() -> Arc<Self> {
        Arc::default()
    }
    /// Samples received.
    pub fn samples(&self) -> u64 {
        self.samples.load(Ordering::Relaxed)
    }
    /// Samples louder than near-silence (|s| > 300 of 32767): proves it is not just silence.
    pub fn loud_samples(&self) -> u64 {
        self.loud.load(Ordering::Relaxed)
    }
    /// Samples lost on the way and made up (see [`AudioSink::lost`]).
    pub fn lost_samples(&self) -> u64 {
        self.lost.load(Ordering::Relaxed)
    }
}

impl AudioSink for AudioMeter {
    fn samples(&self, samples: &[i16]) {
        self.samples
            .fetch_add(samples.len() as u64, Ordering::Relaxed);
        let loud = samples.iter().filter(|s| s.unsigned_abs() > 300).count();
        self.loud.fetch_add(loud as u64, Ordering::Relaxed);
    }
    fn lost(&self, samples: u64) {
        self.lost.fetch_add(samples, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_test_pattern_moves() {
        let mut src = SyntheticVideo::new(64, 48, 15);
        let a = src.next_frame();
        let b = src.next_frame();
        assert_eq!(a.data.len(), 64 * 48 * 3 / 2);
        assert_ne!(a.data, b.data);
    }

    fn picture(shade: u8) -> RgbaFrame {
        RgbaFrame {
            width: 2,
            height: 1,
            rgba: vec![shade; 8],
        }
    }

    #[tokio::test]
    async fn a_drawer_waits_for_a_new_picture_and_never_misses_one() {
        let sink = LatestFrame::new();
        sink.frame(&picture(1));
        // One arrived since the drawer last looked: no wait.
        assert_eq!(sink.next_after(0).await, 1);
        // Nothing new: the drawer waits until the camera's thread gives the next picture.
        let camera = {
            let sink = Arc::clone(&sink);
            std::thread::spawn(move || sink.frame(&picture(2)))
        };
        assert_eq!(sink.next_after(1).await, 2);
        assert_eq!(sink.latest().unwrap().rgba, vec![2; 8]);
        camera.join().unwrap();
    }
}
