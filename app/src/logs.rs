//! The app's log lines (stderr), with a guard in front of the media libraries' own lines.
//!
//! The WebRTC stack (`webrtc`, `rtc*`) logs through `log` with whatever it holds: on a busy
//! tablet it wrote "Failed to send RtpPacket … Full(…)" with the whole packet, 1,716 times a
//! minute. Those lines never reach the output as they are: each is cut to its sanitised key
//! ([`media_key`]: the text before its first `:`, plus the error's name — never the packet),
//! and [`Throttle`] lets at most one line a second through, later ones counted and summarised.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::Layer;
use tracing_subscriber::filter::{EnvFilter, filter_fn};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::{Context, SubscriberExt};

/// The target the guard's own lines are written under.
pub const MEDIA_LOG_TARGET: &str = "kinline_app::media_log";
/// At most one media line per this long.
pub const MEDIA_LOG_WINDOW: Duration = Duration::from_secs(1);
/// How many distinct kinds of line one summary counts apart (more are counted as one).
const MAX_KINDS: usize = 16;
/// The longest key kept.
const MAX_KEY_CHARS: usize = 96;

/// Whether `target` (a `log` target or tracing module path) is the WebRTC stack's.
pub fn is_media_library(target: &str) -> bool {
    target.starts_with("webrtc")
        || target == "rtc"
        || target.starts_with("rtc::")
        || target.starts_with("rtc_")
}

/// A media library's message as it may be logged: the words before the first `:` (what
/// failed, on which track), and the name of the error that follows (`Full`, `Closed`), never
/// the value it carries — that is where packets, SDP and keys are.
pub fn media_key(message: &str) -> String {
    let (head, rest) = match message.split_once(':') {
        Some((head, rest)) => (head, Some(rest)),
        None => (message, None),
    };
    let mut key: String = head
        .chars()
        .take_while(|c| !matches!(c, '{' | '[' | '(' | '\n'))
        .take(MAX_KEY_CHARS)
        .collect();
    let key_len = key.trim_end().len();
    key.truncate(key_len);
    if let Some(rest) = rest {
        let name: String = rest
            .trim_start()
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .take(24)
            .collect();
        if !name.is_empty() {
            let _ = write!(key, ": {name}");
        }
    }
    key
}

/// What the throttle lets through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaLine {
    /// The first line after a quiet second, as its key.
    Single(String),
    /// What came in the last window, counted by key (at most [`MAX_KINDS`] keys, the rest as
    /// "other").
    Summary {
        /// How long the window was.
        over: Duration,
        /// Each key and how often it came.
        counts: Vec<(String, u64)>,
    },
}

impl std::fmt::Display for MediaLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MediaLine::Single(key) => write!(f, "{key}"),
            MediaLine::Summary { over, counts } => {
                let total: u64 = counts.iter().map(|(_, n)| n).sum();
                write!(f, "{total} more in the last {:.1} s:", over.as_secs_f64())?;
                for (i, (key, n)) in counts.iter().enumerate() {
                    let sep = if i == 0 { "" } else { ";" };
                    write!(f, "{sep} {n}× {key}")?;
                }
                Ok(())
            }
        }
    }
}

/// Counts repeated lines and lets at most one out per [`MEDIA_LOG_WINDOW`]: a pure state
/// machine, time given in.
#[derive(Debug, Default)]
pub struct Throttle {
    /// When the last line went out (the window it opened is still counting).
    window_start: Option<Instant>,
    counts: BTreeMap<String, u64>,
    worst: Option<Level>,
}

impl Throttle {
    /// A line with `key` at `level` came at `now`: what to write, if anything.
    pub fn observe(
        &mut self,
        key: String,
        level: Level,
        now: Instant,
    ) -> Option<(Level, MediaLine)> {
        match self.window_start {
            Some(start) if now.duration_since(start) < MEDIA_LOG_WINDOW => {
                self.count(key, level);
                None
            }
            Some(_) if !self.counts.is_empty() => {
                let out = self.summary(now);
                self.count(key, level);
                out
            }
            _ => {
                self.window_start = Some(now);
                Some((level, MediaLine::Single(key)))
            }
        }
    }

    /// The summary of the window that ended by `now`, if one is due (called now and again, so
    /// the count of a burst that stopped still comes out).
    pub fn flush(&mut self, now: Instant) -> Option<(Level, MediaLine)> {
        match self.window_start {
            Some(start) if now.duration_since(start) >= MEDIA_LOG_WINDOW => self.summary(now),
            _ => None,
        }
    }

    fn count(&mut self, key: String, level: Level) {
        let key = if self.counts.len() >= MAX_KINDS && !self.counts.contains_key(&key) {
            "other".to_owned()
        } else {
            key
        };
        *self.counts.entry(key).or_default() += 1;
        // tracing orders levels by verbosity: ERROR is the smallest.
        self.worst = Some(self.worst.map_or(level, |w| w.min(level)));
    }

    fn summary(&mut self, now: Instant) -> Option<(Level, MediaLine)> {
        let start = self.window_start?;
        if self.counts.is_empty() {
            self.window_start = None;
            return None;
        }
        self.window_start = Some(now);
        let counts = std::mem::take(&mut self.counts).into_iter().collect();
        let level = self.worst.take().unwrap_or(Level::WARN);
        Some((
            level,
            MediaLine::Summary {
                over: now.duration_since(start),
                counts,
            },
        ))
    }
}

/// The layer that takes the media libraries' lines, sanitises and throttles them, and writes
/// what is let through to its writer, under [`MEDIA_LOG_TARGET`] (tracing drops an event sent
/// from inside another's handling, so it writes the line itself). The output layer leaves media
/// lines out ([`subscriber`] puts the two together).
#[derive(Debug)]
pub struct MediaLogGuard<W> {
    throttle: Mutex<Throttle>,
    writer: W,
}

impl<W> MediaLogGuard<W> {
    /// A guard writing to `writer`.
    pub fn new(writer: W) -> Self {
        Self {
            throttle: Mutex::default(),
            writer,
        }
    }
}

#[derive(Default)]
struct Message(String);

impl Visit for Message {
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.0 = value.to_owned();
        }
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.0 = format!("{value:?}");
        }
    }
}

impl<S, W> Layer<S> for MediaLogGuard<W>
where
    S: Subscriber,
    W: for<'w> MakeWriter<'w> + 'static,
{
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let meta = event.metadata();
        if meta.target() == MEDIA_LOG_TARGET {
            return;
        }
        let now = Instant::now();
        let out = if is_media_library(meta.target()) {
            let mut message = Message::default();
            event.record(&mut message);
            let key = media_key(&message.0);
            self.throttle
                .lock()
                .map(|mut t| t.observe(key, *meta.level(), now))
                .ok()
                .flatten()
        } else {
            self.throttle
                .lock()
                .map(|mut t| t.flush(now))
                .ok()
                .flatten()
        };
        if let Some((level, line)) = out {
            let stamp = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.6fZ");
            let _ = writeln!(
                self.writer.make_writer(),
                "{stamp} {level:>5} {MEDIA_LOG_TARGET}: {line}"
            );
        }
    }
}

/// The app's log subscriber: `filter` (from `RUST_LOG`) for everything, the formatted lines to
/// `writer` — except the media libraries' own, which go through [`MediaLogGuard`].
pub fn subscriber<W>(filter: EnvFilter, writer: W, ansi: bool) -> impl Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Clone + Send + Sync + 'static,
{
    tracing_subscriber::registry()
        .with(filter)
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(writer.clone())
                .with_ansi(ansi)
                .with_filter(filter_fn(|meta| !is_media_library(meta.target()))),
        )
        .with(MediaLogGuard::new(writer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn a_media_line_keeps_what_failed_and_the_errors_name_never_the_packet() {
        let line = "Failed to send RtpPacket to track remote 7f3a: Full(OnRtpPacket(Packet { \
                    header: Header { ssrc: 1234 }, payload: b\"\\x90\\x80secret\" }))";
        assert_eq!(
            media_key(line),
            "Failed to send RtpPacket to track remote 7f3a: Full"
        );
        assert_eq!(media_key("no colon [1, 2, 3]"), "no colon");
        assert!(media_key(&"x".repeat(10_000)).len() <= MAX_KEY_CHARS);
    }

    #[test]
    fn a_burst_of_repeated_errors_is_one_line_then_one_counted_summary_a_second() {
        let t0 = Instant::now();
        let mut throttle = Throttle::default();
        let key = || "Failed to send RtpPacket: Full".to_owned();
        let mut out = Vec::new();
        // 1,716 errors over 1.5 s, then a quiet spell.
        for i in 0..1_716u32 {
            let now = t0 + Duration::from_micros(u64::from(i) * 874);
            out.extend(throttle.observe(key(), Level::ERROR, now));
        }
        out.extend(throttle.flush(t0 + Duration::from_millis(1_600)));
        out.extend(throttle.flush(t0 + Duration::from_millis(3_000)));
        out.extend(throttle.flush(t0 + Duration::from_millis(9_000)));
        let lines: Vec<String> = out.iter().map(|(_, l)| l.to_string()).collect();
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert_eq!(lines[0], "Failed to send RtpPacket: Full");
        // Every error is accounted for: the first line plus the two summaries.
        let counted: u64 = out
            .iter()
            .filter_map(|(_, l)| match l {
                MediaLine::Summary { counts, .. } => Some(counts.iter().map(|c| c.1).sum::<u64>()),
                MediaLine::Single(_) => None,
            })
            .sum();
        assert_eq!(counted + 1, 1_716);
        assert!(out.iter().all(|(level, _)| *level == Level::ERROR));
        // After the quiet spell a new error is shown at once again.
        let later = throttle.observe(key(), Level::WARN, t0 + Duration::from_secs(20));
        assert_eq!(later, Some((Level::WARN, MediaLine::Single(key()))));
    }

    #[test]
    fn many_kinds_of_line_are_counted_in_a_bounded_summary() {
        let t0 = Instant::now();
        let mut throttle = Throttle::default();
        for i in 0..1_000 {
            throttle.observe(format!("kind {i}"), Level::WARN, t0);
        }
        let Some((_, MediaLine::Summary { counts, .. })) = throttle.flush(t0 + MEDIA_LOG_WINDOW)
        else {
            panic!("a summary is due");
        };
        assert!(counts.len() <= MAX_KINDS + 1);
        assert_eq!(counts.iter().map(|c| c.1).sum::<u64>(), 999);
    }

    /// A writer into memory, to read what the subscriber wrote.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl<'w> MakeWriter<'w> for Captured {
        type Writer = Captured;
        fn make_writer(&'w self) -> Self::Writer {
            self.clone()
        }
    }

    #[test]
    fn the_apps_logs_never_hold_a_packet_and_a_flood_of_send_errors_is_one_line() {
        let out = Captured::default();
        let subscriber = subscriber(EnvFilter::new("warn,kinline_app=info"), out.clone(), false);
        let packet =
            "Packet { header: Header { ssrc: 1234 }, payload: [208, 7, 77, 69, 68, 73, 65] }";
        tracing::subscriber::with_default(subscriber, || {
            // What webrtc's driver writes through `log` when the track's queue is full.
            for _ in 0..1_716 {
                tracing::error!(
                    target: "webrtc::peer_connection::driver",
                    "Failed to send RtpPacket to track remote {}: {}",
                    "kinline-video",
                    format!("Full(OnRtpPacket({packet}))")
                );
            }
            tracing::info!(target: "kinline_app::call", "the app's own line");
        });
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        assert!(!text.contains("payload"), "{text}");
        assert!(!text.contains("208, 7"), "{text}");
        let media: Vec<&str> = text.lines().filter(|l| l.contains("RtpPacket")).collect();
        assert_eq!(media.len(), 1, "{text}");
        assert!(
            media[0].contains("track remote kinline-video: Full"),
            "{text}"
        );
        assert!(text.contains("the app's own line"), "{text}");
    }
}
