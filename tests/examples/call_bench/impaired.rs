//! `cargo xtask bench call --impaired`: the call on a bad network, the tablet against Chromium.
//!
//! Two relay-only calls run at the same time through one impairment relay in front of coturn
//! (`kinline_tests::impair`): the Rust tablet with a Chromium caller, and the Chromium "tablet"
//! page (`call_bench_assets/tablet.html`) with a second Chromium caller. Each profile impairs
//! both calls alike for its window, then the network is clean for a few seconds before the
//! next. On each of the four receiving sides it measures:
//!
//! - frames rendered per second;
//! - freezes and their total time: Chromium's `getStats` `freezeCount` and
//!   `totalFreezesDuration`, and on the Rust tablet the same definition computed from the
//!   times its pictures arrived (an interval longer than max(3 × the average of the last 30,
//!   that average + 150 ms));
//! - the share of concealed audio samples (Chromium's `concealedSamples` of
//!   `totalSamplesReceived`; on the tablet the lost packets that no FEC copy restored, of all);
//! - after the blackout, the time to the first picture (the tablet shows only whole pictures:
//!   after a loss it waits for a key frame);
//! - this process's CPU (the tablet's call engine, the signalling server and the relay).
//!
//! The last line compares the worst profile: freeze time and frame rate as Rust over Chromium,
//! on the same side (the tablet's receiving, the caller's receiving), and the blackout's
//! recovery. `KINLINE_BENCH_PROFILE_SECS` sets each profile's window (default 20 s).

use super::{cpu_seconds, now_ms};
use kinline_app::call::CallEvent;
use kinline_app::call::media::LatestFrame;
use kinline_server::signalling::TurnConfig;
use kinline_shared::model::CallKind;
use kinline_tests::call_harness::{Browser, Coturn, Server, SigningProxy, Tablet};
use kinline_tests::impair::{ImpairedRelay, Impairment};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One bad network: the impairment from each offset into the window.
struct Profile {
    name: &'static str,
    phases: Vec<(Duration, Impairment)>,
    /// When the network comes back from a blackout, as an offset into the window.
    blackout_ends: Option<Duration>,
}

fn profiles(window: Duration) -> Vec<Profile> {
    let half = window / 2;
    let clean = Impairment::default();
    let cap = |bps| Impairment {
        cap_bps: Some(bps),
        ..clean
    };
    vec![
        Profile {
            name: "2% random loss",
            phases: vec![(Duration::ZERO, Impairment::lossy(0.02))],
            blackout_ends: None,
        },
        Profile {
            // Gilbert–Elliott: bursts of 1/0.3 ≈ 3.3 packets on average, entered so that
            // 0.0158 / (0.0158 + 0.3) = 5 % of the packets are lost.
            name: "5% bursty loss",
            phases: vec![(
                Duration::ZERO,
                Impairment {
                    burst: Some((0.0158, 0.3)),
                    ..clean
                },
            )],
            blackout_ends: None,
        },
        Profile {
            // A packet crosses the relay twice: ±15 ms on each crossing is ±30 ms end to end.
            name: "150 ms RTT ±30 ms jitter",
            phases: vec![(
                Duration::ZERO,
                Impairment {
                    rtt: Duration::from_millis(150),
                    jitter: Duration::from_millis(15),
                    ..clean
                },
            )],
            blackout_ends: None,
        },
        Profile {
            name: "1 s blackout",
            phases: vec![
                (Duration::ZERO, clean),
                (
                    half,
                    Impairment {
                        blackout: true,
                        ..clean
                    },
                ),
                (half + Duration::from_secs(1), clean),
            ],
            blackout_ends: Some(half + Duration::from_secs(1)),
        },
        Profile {
            name: "500 kbps cap",
            phases: vec![(Duration::ZERO, cap(500_000))],
            blackout_ends: None,
        },
        Profile {
            name: "cap 2 Mbps → 300 kbps",
            phases: vec![(Duration::ZERO, cap(2_000_000)), (half, cap(300_000))],
            blackout_ends: None,
        },
    ]
}

/// What one receiving side counted so far (cumulative; a window is the difference of two).
#[derive(Debug, Clone, Copy, Default)]
struct Counters {
    frames: f64,
    freezes: f64,
    freeze_ms: f64,
    samples: f64,
    concealed: f64,
}

impl Counters {
    fn since(self, before: Counters) -> Counters {
        Counters {
            frames: self.frames - before.frames,
            freezes: self.freezes - before.freezes,
            freeze_ms: self.freeze_ms - before.freeze_ms,
            samples: self.samples - before.samples,
            concealed: self.concealed - before.concealed,
        }
    }
}

/// A receiving side's figures over one window.
#[derive(Debug, Clone, Copy)]
struct Side {
    fps: f64,
    freezes: f64,
    freeze_ms: f64,
    concealed_pct: f64,
    /// Blackout's end → first picture, ms (the blackout profile only).
    recovery_ms: Option<f64>,
}

impl Side {
    fn of(c: Counters, secs: f64, recovery_ms: Option<f64>) -> Self {
        Side {
            fps: c.frames / secs,
            freezes: c.freezes,
            freeze_ms: c.freeze_ms,
            concealed_pct: if c.samples > 0.0 {
                c.concealed / c.samples * 100.0
            } else {
                f64::NAN
            },
            recovery_ms,
        }
    }
}

/// A Chromium page's receive figures (`window.kinline` on the caller page, `window.bench` on
/// the Chromium tablet), and the first time its decoded-frame count rose after `after_ms`.
async fn page_counters(
    b: &Browser,
    object: &str,
    after_ms: Option<f64>,
) -> (Counters, Option<f64>) {
    let v = b.eval(&format!("return window.{object};")).await;
    let n = |k: &str| v[k].as_f64().unwrap_or(0.0);
    let first_after = after_ms.and_then(|after| {
        v["frameLog"]
            .as_array()?
            .iter()
            .filter_map(|e| e[0].as_f64())
            .find(|t| *t > after)
    });
    (
        Counters {
            frames: n("framesDecoded"),
            freezes: n("freezeCount"),
            freeze_ms: n("freezesMs"),
            samples: n("audioSamples"),
            concealed: n("concealedSamples"),
        },
        first_after,
    )
}

/// The wall-clock time (ms) of every picture the Rust tablet drew, recorded as they come.
fn record_frames(frames: Arc<LatestFrame>) -> Arc<Mutex<Vec<f64>>> {
    let log = Arc::new(Mutex::new(Vec::new()));
    let out = Arc::clone(&log);
    tokio::spawn(async move {
        let mut seen = frames.frames();
        loop {
            let n = frames.next_after(seen).await;
            let t = now_ms();
            let mut log = log.lock().expect("frame log");
            log.extend(std::iter::repeat_n(t, (n - seen) as usize));
            seen = n;
        }
    });
    out
}

/// Freezes by Chromium's definition over frame times (ms): count and total time.
fn freezes(times: &[f64]) -> (f64, f64) {
    let (mut count, mut total) = (0.0, 0.0);
    let mut recent: std::collections::VecDeque<f64> = std::collections::VecDeque::new();
    for w in times.windows(2) {
        let d = w[1] - w[0];
        if !recent.is_empty() {
            let avg = recent.iter().sum::<f64>() / recent.len() as f64;
            if d > (3.0 * avg).max(avg + 150.0) {
                count += 1.0;
                total += d;
            }
        }
        recent.push_back(d);
        if recent.len() > 30 {
            recent.pop_front();
        }
    }
    (count, total)
}

/// The tablet's cumulative receive counters from its frame log and sound meter.
fn tablet_counters(tablet: &Tablet, frame_log: &[f64]) -> Counters {
    let (freezes, freeze_ms) = freezes(frame_log);
    let lost = tablet.sound.lost_samples() as f64;
    Counters {
        frames: frame_log.len() as f64,
        freezes,
        freeze_ms,
        samples: tablet.sound.samples() as f64 + lost,
        concealed: lost,
    }
}

/// The machine's load averages over 1, 5 and 15 minutes (`/proc/loadavg`), for the reader to
/// judge how contended the CPU was.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".into())
}

/// Waits until the caller's page is in the call and has shown ten pictures.
async fn in_call(caller: &Browser) {
    caller
        .until("pictures at the caller", |s| {
            s["phase"] == "in_call" && s["framesDecoded"].as_f64().unwrap_or(0.0) >= 10.0
        })
        .await;
}

/// Runs the profiles and prints a table for each and the summary line.
pub(crate) async fn run() {
    let window = Duration::from_secs(
        std::env::var("KINLINE_BENCH_PROFILE_SECS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20),
    );
    let settle = Duration::from_secs(5);
    let turn = Coturn::start().await;
    let relay = ImpairedRelay::start(turn.addr()).await;
    let config = TurnConfig {
        urls: vec![relay.turn_url()],
        ..turn.config()
    };
    let server = Server::start_with(Some(config), super::tablet_page()).await;

    // The Rust tablet's call.
    let rust_caller = Browser::start().await;
    let (code, info, end) = server
        .open(CallKind::Social, Duration::from_secs(1800))
        .await;
    let mut tablet = Tablet::start(&server, &code, info, end).await;
    rust_caller
        .client
        .goto(&server.join_url(&code))
        .await
        .expect("page");
    tablet
        .until("caller video", |e| *e == CallEvent::CallerVideo)
        .await;
    tablet.call.adult_check(true).await.expect("adult check");
    tablet.call.admit().await.expect("admit");
    in_call(&rust_caller).await;
    let frame_log = record_frames(Arc::clone(&tablet.frames));

    // The Chromium tablet's call, through the same relay.
    let proxy = SigningProxy::start(&server, |s| s).await;
    let tab = Browser::start().await;
    let chrome_caller = Browser::start().await;
    super::chromium_tablet_call(&server, &proxy, &tab, &chrome_caller).await;
    chrome_caller
        .until("waiting", |s| s["phase"] == "waiting")
        .await;
    tab.eval("window.admit(); return true;").await;
    in_call(&chrome_caller).await;

    // Worst over the profiles: Rust / Chromium freeze time, Rust / Chromium frame rate.
    let (mut worst_freeze, mut worst_fps) = (f64::NEG_INFINITY, f64::INFINITY);
    let mut recovery = (f64::NAN, f64::NAN);
    for profile in profiles(window) {
        relay.set(Impairment::default());
        tokio::time::sleep(settle).await;
        let t0 = now_ms();
        let (c0, start) = (cpu_seconds(), std::time::Instant::now());
        let tablet0 = tablet_counters(&tablet, &frame_log.lock().expect("frame log"));
        let (rust_caller0, _) = page_counters(&rust_caller, "kinline", None).await;
        let (tab0, _) = page_counters(&tab, "bench", None).await;
        let (chrome_caller0, _) = page_counters(&chrome_caller, "kinline", None).await;
        for (at, impairment) in &profile.phases {
            let wait = at.saturating_sub(start.elapsed());
            tokio::time::sleep(wait).await;
            relay.set(*impairment);
        }
        tokio::time::sleep(window.saturating_sub(start.elapsed())).await;
        let secs = start.elapsed().as_secs_f64();
        let cpu = (cpu_seconds() - c0) / secs * 100.0;
        let back = profile.blackout_ends.map(|d| t0 + d.as_secs_f64() * 1000.0);
        let log = frame_log.lock().expect("frame log").clone();
        let tablet_side = Side::of(
            tablet_counters(&tablet, &log).since(tablet0),
            secs,
            back.and_then(|b| log.iter().find(|t| **t > b).map(|t| t - b)),
        );
        let side = |(now, first): (Counters, Option<f64>), before: Counters| {
            Side::of(now.since(before), secs, back.zip(first).map(|(b, f)| f - b))
        };
        let rust_caller_side = side(
            page_counters(&rust_caller, "kinline", back).await,
            rust_caller0,
        );
        let tab_side = side(page_counters(&tab, "bench", back).await, tab0);
        let chrome_caller_side = side(
            page_counters(&chrome_caller, "kinline", back).await,
            chrome_caller0,
        );
        println!(
            "\n{} ({secs:.0} s; relay dropped {} of {} so far; this process's CPU {cpu:.0}%; \
             machine load {})",
            profile.name,
            relay.counts().dropped,
            relay.counts().dropped + relay.counts().forwarded,
            load_average()
        );
        println!("  tablet sending so far: {}", tablet.call.send_stats());
        println!(
            "  {:<36} {:>6} {:>8} {:>10} {:>10} {:>12}",
            "receiving side", "fps", "freezes", "freeze ms", "concealed", "recovery ms"
        );
        for (name, s) in [
            ("tablet: rust (from chromium)", tablet_side),
            ("tablet: chromium (from chromium)", tab_side),
            ("caller: chromium (from rust)", rust_caller_side),
            ("caller: chromium (from chromium)", chrome_caller_side),
        ] {
            println!(
                "  {name:<36} {:>6.1} {:>8.0} {:>10.0} {:>9.2}% {:>12}",
                s.fps,
                s.freezes,
                s.freeze_ms,
                s.concealed_pct,
                s.recovery_ms.map_or("-".to_owned(), |r| format!("{r:.0}"))
            );
        }
        for (rust, chrome) in [
            (tablet_side, tab_side),
            (rust_caller_side, chrome_caller_side),
        ] {
            // Freeze time as a ratio; both without a freeze count as equal.
            let ratio = if rust.freeze_ms == chrome.freeze_ms {
                1.0
            } else {
                rust.freeze_ms / chrome.freeze_ms
            };
            worst_freeze = worst_freeze.max(ratio);
            worst_fps = worst_fps.min(rust.fps / chrome.fps);
        }
        if profile.blackout_ends.is_some() {
            let worst = |a: Side, b: Side| {
                a.recovery_ms
                    .unwrap_or(f64::INFINITY)
                    .max(b.recovery_ms.unwrap_or(f64::INFINITY))
            };
            recovery = (
                worst(tablet_side, rust_caller_side),
                worst(tab_side, chrome_caller_side),
            );
        }
    }
    relay.set(Impairment::default());
    tab.close().await;
    chrome_caller.close().await;
    rust_caller.close().await;
    println!(
        "\ncall-impaired: freeze ratio {worst_freeze:.2}, fps ratio {worst_fps:.2}, recovery {:.0} ms vs {:.0} ms (worst profile)",
        recovery.0, recovery.1
    );
}
