//! How much the tablet sends, as a pure state machine (time comes in as an argument): the
//! network's estimates go in — the send-side estimate from transport-wide feedback (GCC, in the
//! WebRTC stack), the browser's REMB, the loss its receiver reports tell — and out comes what the
//! VP8 encoder makes: bit rate, frame rate and picture size, stepping down a ladder to 160×120 at
//! 5 fps before the video pauses. Audio comes first: its share is set aside before video gets
//! any. Steps down are taken at once; a step up only after the budget has held above the next
//! rung (with headroom) for [`UP_AFTER`], so the picture does not flap.

use std::time::{Duration, Instant};

/// What audio (Opus with in-band FEC, plus RTP overhead) is given before video.
pub(crate) const AUDIO_KBPS: f64 = 48.0;
/// How long the budget must hold above a higher rung before video steps up.
pub(crate) const UP_AFTER: Duration = Duration::from_secs(2);
/// How much above a higher rung's minimum the budget must be to step up.
const UP_HEADROOM: f64 = 1.25;

/// One step of the video ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rung {
    /// Largest picture width.
    pub(crate) width: u32,
    /// Largest picture height.
    pub(crate) height: u32,
    /// Frames a second.
    pub(crate) fps: u32,
    /// The least bit rate this rung looks right at, kbit/s.
    pub(crate) min_kbps: u32,
    /// The most bit rate this rung can use, kbit/s.
    pub(crate) max_kbps: u32,
}

/// Best first; the last is the floor before video pauses.
pub(crate) const LADDER: [Rung; 6] = [
    Rung {
        width: 640,
        height: 480,
        fps: 30,
        min_kbps: 450,
        max_kbps: 1_200,
    },
    Rung {
        width: 640,
        height: 480,
        fps: 15,
        min_kbps: 280,
        max_kbps: 600,
    },
    Rung {
        width: 320,
        height: 240,
        fps: 15,
        min_kbps: 150,
        max_kbps: 350,
    },
    Rung {
        width: 320,
        height: 240,
        fps: 10,
        min_kbps: 90,
        max_kbps: 200,
    },
    Rung {
        width: 160,
        height: 120,
        fps: 10,
        min_kbps: 50,
        max_kbps: 120,
    },
    Rung {
        width: 160,
        height: 120,
        fps: 5,
        min_kbps: 25,
        max_kbps: 80,
    },
];

/// What the encoder is to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VideoPlan {
    /// Send at `LADDER[rung]`, aiming at `kbps`.
    Send {
        /// Index into [`LADDER`].
        rung: usize,
        /// The encoder's target, kbit/s.
        kbps: u32,
    },
    /// Too little for even the floor: only audio goes.
    Paused,
}

impl VideoPlan {
    /// The rung being sent, if any.
    pub(crate) fn rung(self) -> Option<Rung> {
        match self {
            VideoPlan::Send { rung, .. } => LADDER.get(rung).copied(),
            VideoPlan::Paused => None,
        }
    }
}

/// What the network said since the last update. Each is optional: a browser that sends no
/// REMB, a report not yet received.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Feedback {
    /// The send-side estimate (GCC over transport-wide feedback), bit/s.
    pub(crate) estimate_bps: Option<f64>,
    /// The browser's receiver estimate (REMB), bit/s.
    pub(crate) remb_bps: Option<f64>,
    /// The fraction of video packets lost, from the browser's receiver reports (0–1).
    pub(crate) loss: Option<f64>,
}

/// The controller; see the module docs.
#[derive(Debug)]
pub(crate) struct RateController {
    /// The loss-based estimate (kbit/s), in the manner of GCC's loss controller.
    loss_kbps: f64,
    max_kbps: f64,
    plan: VideoPlan,
    /// Since when the budget has allowed the next rung up.
    up_since: Option<Instant>,
    last: Option<Instant>,
}

impl RateController {
    /// Starts at `start_kbps` for everything, never above `max_kbps`.
    pub(crate) fn new(start_kbps: f64, max_kbps: f64) -> Self {
        let mut c = Self {
            loss_kbps: start_kbps.min(max_kbps),
            max_kbps,
            plan: VideoPlan::Paused,
            up_since: None,
            last: None,
        };
        let budget = c.loss_kbps - AUDIO_KBPS;
        c.plan = plan_for(budget, highest_rung(budget));
        c
    }

    /// The current plan.
    pub(crate) fn plan(&self) -> VideoPlan {
        self.plan
    }

    /// The budget for video (kbit/s) that `feedback` leaves after audio.
    fn budget(&mut self, feedback: &Feedback, now: Instant) -> f64 {
        let elapsed = self
            .last
            .map_or(0.0, |t| now.duration_since(t).as_secs_f64().min(2.0));
        self.last = Some(now);
        if let Some(loss) = feedback.loss {
            let loss = loss.clamp(0.0, 1.0);
            if loss > 0.10 {
                // Heavy loss: cut in proportion (RFC draft-ietf-rmcat-gcc §6).
                self.loss_kbps *= 1.0 - 0.5 * loss;
            } else if loss < 0.02 {
                // Little loss: grow by 8 % a second.
                self.loss_kbps *= 1.0 + 0.08 * elapsed;
            }
        }
        self.loss_kbps = self.loss_kbps.clamp(AUDIO_KBPS, self.max_kbps);
        let mut total = self.loss_kbps;
        for other in [feedback.estimate_bps, feedback.remb_bps]
            .into_iter()
            .flatten()
        {
            if other.is_finite() && other > 0.0 {
                total = total.min(other / 1_000.0);
            }
        }
        total - AUDIO_KBPS
    }

    /// Takes in what the network said at `now`; what the encoder makes from now.
    pub(crate) fn update(&mut self, feedback: &Feedback, now: Instant) -> VideoPlan {
        let budget = self.budget(feedback, now);
        let fits = highest_rung(budget);
        let current = match self.plan {
            VideoPlan::Send { rung, .. } => Some(rung),
            VideoPlan::Paused => None,
        };
        let chosen = match (current, fits) {
            // Down (or paused): at once.
            (_, None) => None,
            (None, Some(_)) | (Some(_), Some(_)) if is_lower(fits, current) => {
                self.up_since = None;
                fits
            }
            // Up: one rung, once the budget held above it with headroom long enough.
            (cur, Some(_)) => {
                let up = cur.map_or(LADDER.len() - 1, |c| c.saturating_sub(1));
                let room = f64::from(LADDER[up].min_kbps) * UP_HEADROOM;
                if cur != Some(up) && budget >= room {
                    let since = *self.up_since.get_or_insert(now);
                    if now.duration_since(since) >= UP_AFTER {
                        self.up_since = None;
                        Some(up)
                    } else {
                        cur
                    }
                } else {
                    self.up_since = None;
                    cur
                }
            }
        };
        if chosen.is_none() {
            self.up_since = None;
        }
        self.plan = plan_for(budget, chosen);
        self.plan
    }
}

/// Whether rung `a` is lower (worse) than `b`; none (paused) is lowest.
fn is_lower(a: Option<usize>, b: Option<usize>) -> bool {
    match (a, b) {
        (None, Some(_)) => true,
        (Some(a), Some(b)) => a > b,
        (Some(_), None) | (None, None) => false,
    }
}

/// The best rung `budget` (kbit/s) can carry.
fn highest_rung(budget: f64) -> Option<usize> {
    LADDER.iter().position(|r| budget >= f64::from(r.min_kbps))
}

fn plan_for(budget: f64, rung: Option<usize>) -> VideoPlan {
    match rung.and_then(|i| LADDER.get(i).map(|r| (i, r))) {
        Some((rung, r)) => VideoPlan::Send {
            rung,
            kbps: (budget.max(0.0) as u32).clamp(r.min_kbps, r.max_kbps),
        },
        None => VideoPlan::Paused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(t0: Instant, s: f64) -> Instant {
        t0 + Duration::from_secs_f64(s)
    }

    #[test]
    fn a_clean_network_sends_the_best_rung_within_the_estimate() {
        let t0 = Instant::now();
        let mut c = RateController::new(1_000.0, 1_500.0);
        let plan = c.update(
            &Feedback {
                estimate_bps: Some(900_000.0),
                remb_bps: None,
                loss: Some(0.0),
            },
            t0,
        );
        assert_eq!(
            plan,
            VideoPlan::Send {
                rung: 0,
                kbps: 900 - 48
            }
        );
    }

    #[test]
    fn the_smallest_of_the_estimates_rules_and_audio_is_set_aside_first() {
        let t0 = Instant::now();
        let mut c = RateController::new(1_000.0, 1_500.0);
        let plan = c.update(
            &Feedback {
                estimate_bps: Some(900_000.0),
                remb_bps: Some(300_000.0),
                loss: None,
            },
            t0,
        );
        // 300 kbit/s less audio's 48: 640×480 at 15 fps does not fit; 320×240 at 15 does.
        assert_eq!(plan, VideoPlan::Send { rung: 2, kbps: 252 });
    }

    #[test]
    fn heavy_loss_steps_video_down_to_the_floor_then_pauses_it_and_audio_stays() {
        let t0 = Instant::now();
        let mut c = RateController::new(1_000.0, 1_500.0);
        let mut seen = Vec::new();
        for i in 0..40 {
            let plan = c.update(
                &Feedback {
                    estimate_bps: None,
                    remb_bps: None,
                    loss: Some(0.3),
                },
                secs(t0, f64::from(i) * 0.5),
            );
            if seen.last() != Some(&plan) {
                seen.push(plan);
            }
        }
        let rungs: Vec<Option<Rung>> = seen.iter().map(|p| p.rung()).collect();
        // It passes through the floor (160×120 at 5 fps) before it pauses.
        assert!(rungs.contains(&Some(LADDER[5])), "{seen:?}");
        assert_eq!(seen.last(), Some(&VideoPlan::Paused));
        // Never up while the loss goes on.
        let order: Vec<usize> = seen
            .iter()
            .map(|p| match p {
                VideoPlan::Send { rung, .. } => *rung,
                VideoPlan::Paused => LADDER.len(),
            })
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    }

    #[test]
    fn video_steps_up_one_rung_at_a_time_only_after_the_budget_held() {
        let t0 = Instant::now();
        let mut c = RateController::new(1_000.0, 1_500.0);
        let low = Feedback {
            estimate_bps: Some(120_000.0),
            remb_bps: None,
            loss: Some(0.0),
        };
        assert_eq!(c.update(&low, t0).rung(), Some(LADDER[4]));
        let high = Feedback {
            estimate_bps: Some(2_000_000.0),
            ..low
        };
        // Plenty of room, but not for long enough yet.
        assert_eq!(c.update(&high, secs(t0, 0.5)).rung(), Some(LADDER[4]));
        assert_eq!(c.update(&high, secs(t0, 2.0)).rung(), Some(LADDER[4]));
        assert_eq!(c.update(&high, secs(t0, 2.5)).rung(), Some(LADDER[3]));
        // The next step waits again.
        assert_eq!(c.update(&high, secs(t0, 3.0)).rung(), Some(LADDER[3]));
        assert_eq!(c.update(&high, secs(t0, 5.0)).rung(), Some(LADDER[2]));
        // A drop is followed at once.
        assert_eq!(c.update(&low, secs(t0, 5.5)).rung(), Some(LADDER[4]));
    }
}
