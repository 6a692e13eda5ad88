//! How the tablet's sending keeps up on a busy tablet, as pure state machines (time comes in as
//! an argument). A tablet's CPU is shared — with the UI, the decoder of the caller's video, and
//! on a test machine with whatever else runs — so encoding a picture can take longer than the
//! time between two pictures. Then the sender must not fall behind (pictures queued and sent in
//! bursts, stale and late); it degrades instead:
//!
//! - [`CpuAdapter`] watches how much of each picture's time budget capturing and encoding took
//!   (waiting to be scheduled included: on a contended CPU that is the cost) and, when it stays
//!   above [`OVERUSE`], lowers the picture size, then the frame rate, a step at a time down
//!   [`CPU_STEPS`]; when it stays below [`UNDERUSE`], it climbs back, waiting longer after each
//!   climb that had to be undone (so it does not flap). The size goes first, as browsers do
//!   for a camera: a smaller picture keeps the motion smooth.
//! - [`KeyframePacer`] answers the caller's key frame requests (PLI, FIR) at once, but makes at
//!   most one key frame per [`KEY_MIN_GAP`] (a key frame is many times a delta frame's size, and
//!   a receiver on a lossy link asks again and again: answering each would flood the link it
//!   is trying to repair).

use std::time::{Duration, Instant};

/// The least time between two key frames made for requests (libwebrtc's encoder feedback
/// uses the same 300 ms).
pub(crate) const KEY_MIN_GAP: Duration = Duration::from_millis(300);
/// The share of a picture's time budget above which the sender is overloaded.
pub(crate) const OVERUSE: f64 = 0.85;
/// The share below which it may take on more.
pub(crate) const UNDERUSE: f64 = 0.40;
/// How long an overload must last before a step down (and between two steps down: the step
/// just taken needs time to show).
pub(crate) const DOWN_AFTER: Duration = Duration::from_secs(1);
/// How long the load must stay low before the first step back up.
pub(crate) const UP_AFTER: Duration = Duration::from_secs(5);
/// The longest wait before a step up, however often climbs were undone.
pub(crate) const UP_AFTER_MAX: Duration = Duration::from_secs(60);
/// A step down this soon after a step up undoes it: the next climb waits twice as long.
const UNDONE_WITHIN: Duration = Duration::from_secs(10);
/// The weight of each new picture in the load's moving average.
const SMOOTHING: f64 = 0.1;

/// What a busy CPU allows: the largest picture and frame rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CpuStep {
    /// Largest picture width.
    pub(crate) width: u32,
    /// Largest picture height.
    pub(crate) height: u32,
    /// Most frames a second.
    pub(crate) fps: u32,
}

/// Unhindered first; each step costs about two thirds or half of the one before.
pub(crate) const CPU_STEPS: [CpuStep; 6] = [
    CpuStep {
        width: 640,
        height: 480,
        fps: 30,
    },
    CpuStep {
        width: 480,
        height: 360,
        fps: 30,
    },
    CpuStep {
        width: 320,
        height: 240,
        fps: 30,
    },
    CpuStep {
        width: 320,
        height: 240,
        fps: 15,
    },
    CpuStep {
        width: 160,
        height: 120,
        fps: 15,
    },
    CpuStep {
        width: 160,
        height: 120,
        fps: 10,
    },
];

/// Steps the sending down when the CPU cannot keep up, and back up when it can; see the
/// module docs.
#[derive(Debug)]
pub(crate) struct CpuAdapter {
    step: usize,
    /// The load's moving average (share of the budget); `None` until a picture was measured
    /// at the current step.
    load: Option<f64>,
    over_since: Option<Instant>,
    under_since: Option<Instant>,
    last_down: Option<Instant>,
    last_up: Option<Instant>,
    up_after: Duration,
}

impl Default for CpuAdapter {
    fn default() -> Self {
        Self {
            step: 0,
            load: None,
            over_since: None,
            under_since: None,
            last_down: None,
            last_up: None,
            up_after: UP_AFTER,
        }
    }
}

impl CpuAdapter {
    /// What the CPU allows now.
    pub(crate) fn limit(&self) -> CpuStep {
        CPU_STEPS[self.step]
    }

    /// The step's index in [`CPU_STEPS`] (0: unhindered).
    pub(crate) fn step(&self) -> usize {
        self.step
    }

    /// One picture at `now` took `busy` (from when it was due to when its encoding ended) of
    /// its `budget` (the time between two pictures at the frame rate sent); says whether the
    /// limit changed.
    pub(crate) fn observe(&mut self, busy: Duration, budget: Duration, now: Instant) -> bool {
        if budget.is_zero() {
            return false;
        }
        let share = busy.as_secs_f64() / budget.as_secs_f64();
        let load = match self.load {
            Some(l) => l + SMOOTHING * (share - l),
            None => share,
        };
        self.load = Some(load);
        if load > OVERUSE {
            self.under_since = None;
            let since = *self.over_since.get_or_insert(now);
            let settled = self
                .last_down
                .is_none_or(|t| now.duration_since(t) >= DOWN_AFTER);
            if now.duration_since(since) >= DOWN_AFTER && settled && self.step + 1 < CPU_STEPS.len()
            {
                if self
                    .last_up
                    .is_some_and(|t| now.duration_since(t) < UNDONE_WITHIN)
                {
                    self.up_after = (self.up_after * 2).min(UP_AFTER_MAX);
                }
                self.step += 1;
                self.last_down = Some(now);
                self.reset();
                return true;
            }
        } else if load < UNDERUSE {
            self.over_since = None;
            let since = *self.under_since.get_or_insert(now);
            if now.duration_since(since) >= self.up_after && self.step > 0 {
                self.step -= 1;
                self.last_up = Some(now);
                self.reset();
                return true;
            }
        } else {
            self.over_since = None;
            self.under_since = None;
        }
        false
    }

    /// A new step: its load is measured afresh.
    fn reset(&mut self) {
        self.load = None;
        self.over_since = None;
        self.under_since = None;
    }
}

/// Answers key frame requests at once, at most one key frame per [`KEY_MIN_GAP`]; see the
/// module docs.
#[derive(Debug, Default)]
pub(crate) struct KeyframePacer {
    wanted: bool,
    last_key: Option<Instant>,
    /// Requests answered by a key frame already made, or folded into the next.
    folded: u64,
}

impl KeyframePacer {
    /// The caller asked for a key frame.
    pub(crate) fn request(&mut self) {
        if self.wanted {
            self.folded += 1;
        }
        self.wanted = true;
    }

    /// Whether the picture encoded at `now` is to be a key frame: `must` (a new encoder, video
    /// starting again) or a request that waited long enough since the last key frame.
    pub(crate) fn key_now(&mut self, must: bool, now: Instant) -> bool {
        let due = self.wanted
            && self
                .last_key
                .is_none_or(|t| now.duration_since(t) >= KEY_MIN_GAP);
        if must || due {
            self.key_made(now);
            return true;
        }
        false
    }

    /// A key frame went out at `now` (asked for, or the encoder's own): a request waiting is
    /// answered by it.
    pub(crate) fn key_made(&mut self, now: Instant) {
        if self.wanted {
            self.wanted = false;
        }
        self.last_key = Some(now);
    }

    /// Requests that did not get a key frame of their own (answered by one made just before
    /// or just after).
    pub(crate) fn folded(&self) -> u64 {
        self.folded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t0: Instant, ms: u64) -> Instant {
        t0 + Duration::from_millis(ms)
    }

    const FRAME: Duration = Duration::from_millis(33);

    /// Feeds `adapter` one picture every 33 ms from `from_ms` to `to_ms` costing `busy_ms`;
    /// the steps it was at after each change.
    fn run(adapter: &mut CpuAdapter, t0: Instant, (from_ms, to_ms): (u64, u64), busy_ms: u64) {
        let mut t = from_ms;
        while t < to_ms {
            adapter.observe(Duration::from_millis(busy_ms), FRAME, at(t0, t));
            t += 33;
        }
    }

    #[test]
    fn an_encoder_that_cannot_keep_up_lowers_the_size_first_then_the_frame_rate() {
        let t0 = Instant::now();
        let mut a = CpuAdapter::default();
        // Every picture takes longer than its 33 ms: one step down a second, no sooner.
        run(&mut a, t0, (0, 900), 40);
        assert_eq!(a.step(), 0, "a short overload is ridden out");
        run(&mut a, t0, (900, 1_100), 40);
        assert_eq!(a.limit(), CPU_STEPS[1]);
        run(&mut a, t0, (1_100, 1_900), 40);
        assert_eq!(a.step(), 1, "the step just taken is given time to show");
        run(&mut a, t0, (1_900, 10_000), 40);
        assert_eq!(
            a.step(),
            CPU_STEPS.len() - 1,
            "down to the floor, never below"
        );
        // Size falls before the frame rate does.
        let first_fps_cut = CPU_STEPS.iter().position(|s| s.fps < 30).unwrap();
        assert_eq!(CPU_STEPS[first_fps_cut - 1].width, 320);
        assert!(CPU_STEPS.windows(2).all(|w| {
            w[1].width * w[1].height * w[1].fps < w[0].width * w[0].height * w[0].fps
        }));
    }

    #[test]
    fn a_load_in_between_holds_the_step_and_a_light_one_climbs_back_slowly() {
        let t0 = Instant::now();
        let mut a = CpuAdapter::default();
        run(&mut a, t0, (0, 2_100), 40);
        assert_eq!(a.step(), 2);
        // Between the thresholds: it stays.
        run(&mut a, t0, (2_100, 20_000), 20);
        assert_eq!(a.step(), 2);
        // Light: one step up after 5 s, not before.
        run(&mut a, t0, (20_000, 24_900), 5);
        assert_eq!(a.step(), 2);
        run(&mut a, t0, (24_900, 25_200), 5);
        assert_eq!(a.step(), 1);
    }

    #[test]
    fn a_climb_that_has_to_be_undone_makes_the_next_wait_twice_as_long() {
        let t0 = Instant::now();
        let mut a = CpuAdapter::default();
        run(&mut a, t0, (0, 1_100), 40);
        assert_eq!(a.step(), 1);
        // The average takes about half a second to fall below the threshold, then 5 s.
        run(&mut a, t0, (1_100, 6_000), 5);
        assert_eq!(a.step(), 1);
        run(&mut a, t0, (6_000, 6_800), 5);
        assert_eq!(a.step(), 0, "up after 5 s");
        // The full size overloads again at once: down, and the next climb waits 10 s.
        run(&mut a, t0, (6_800, 8_400), 40);
        assert_eq!(a.step(), 1);
        run(&mut a, t0, (8_400, 18_000), 5);
        assert_eq!(a.step(), 1, "5 s is no longer enough");
        run(&mut a, t0, (18_000, 19_500), 5);
        assert_eq!(a.step(), 0);
    }

    #[test]
    fn key_frame_requests_are_answered_at_once_but_a_storm_makes_one_every_300_ms() {
        let t0 = Instant::now();
        let mut p = KeyframePacer::default();
        assert!(!p.key_now(false, t0), "no request, no key frame");
        p.request();
        assert!(
            p.key_now(false, at(t0, 10)),
            "answered with the next picture"
        );
        // A request every 33 ms (a receiver on a lossy link): a key frame every 300 ms.
        let mut keys = Vec::new();
        for i in 1..=30u64 {
            let t = at(t0, 10 + i * 33);
            p.request();
            if p.key_now(false, t) {
                keys.push(i * 33 + 10);
            }
        }
        assert_eq!(keys.len(), 3, "{keys:?}");
        assert!(keys.windows(2).all(|w| w[1] - w[0] >= 300), "{keys:?}");
        assert!(keys[0] - 10 >= 300 && keys[0] - 10 < 333, "{keys:?}");
        assert!(p.folded() > 20);
        // A new encoder makes a key frame whatever the pace.
        assert!(p.key_now(true, at(t0, 1_000)));
    }

    #[test]
    fn a_key_frame_the_encoder_made_itself_answers_a_request_waiting() {
        let t0 = Instant::now();
        let mut p = KeyframePacer::default();
        p.request();
        p.key_made(t0);
        assert!(!p.key_now(false, at(t0, 400)), "already answered");
    }
}
