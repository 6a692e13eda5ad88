//! `cargo xtask bench call`: the call's latencies against real headless Chromium on loopback.
//!
//! - admission → first decoded frame at the caller, median of N calls with the Rust tablet,
//!   side by side with a Chromium page acting as the tablet through the same signalling and the
//!   same admission gate (`call_bench_assets/tablet.html`);
//! - caller joined → first decoded caller frame on each kind of tablet;
//! - the DCO's termination → the caller's page showing it;
//! - the tablet's decode-and-convert rate for the caller's 640×480 video, and this process's
//!   CPU while it runs (the tablet engine and the signalling; Chromium is other processes).
//!
//! `KINLINE_BENCH_CALLS` sets N (default 20). With `--impaired`, the call on bad networks
//! instead (`call_bench/impaired.rs`).

#[path = "call_bench/impaired.rs"]
mod impaired;

use axum::response::Html;
use axum::routing::get;
use kinline_app::call::CallEvent;
use kinline_shared::model::{CallKind, TerminationReason};
use kinline_tests::call_harness::{Browser, PATIENCE, Server, SigningProxy, Tablet, wait_for};
use serde_json::Value;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn now_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs_f64()
        * 1000.0
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return f64::NAN;
    }
    v[v.len() / 2]
}

/// User + system CPU time of this process, in seconds (Linux `/proc/self/stat`).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // Fields after the command name: utime is the 12th, stime the 13th (0-based 11, 12).
    (ticks(11) + ticks(12)) / 100.0
}

/// The Chromium "tablet" page, served beside the server's routes.
fn tablet_page() -> axum::Router {
    axum::Router::new().route(
        "/bench/tablet",
        get(|| async { Html(include_str!("call_bench_assets/tablet.html")) }),
    )
}

/// Books a call, opens it on the Chromium "tablet" page `tab` (signing through `proxy`) and
/// the caller's page on `caller`.
async fn chromium_tablet_call(
    server: &Server,
    proxy: &SigningProxy,
    tab: &Browser,
    caller: &Browser,
) {
    let (code, info, _) = server
        .open(CallKind::Social, Duration::from_secs(1800))
        .await;
    tab.client
        .goto(&format!(
            "http://{}/bench/tablet?signalling={}",
            server.addr,
            proxy.tablet_url(info.booking)
        ))
        .await
        .expect("tablet page");
    page_until(
        tab,
        "tablet page ready",
        "return window.bench && window.bench.ready;",
        |v| *v == Value::Bool(true),
    )
    .await;
    caller
        .client
        .goto(&server.join_url(&code))
        .await
        .expect("page");
}

async fn page_until(b: &Browser, what: &str, js: &str, pred: impl Fn(&Value) -> bool) -> Value {
    wait_for(what, PATIENCE, || async {
        let v = b.eval(js).await;
        pred(&v).then_some(v)
    })
    .await
}

#[tokio::main(flavor = "multi_thread", worker_threads = 4)]
async fn main() {
    if std::env::args().any(|a| a == "--impaired") {
        impaired::run().await;
        return;
    }
    let n: usize = std::env::var("KINLINE_BENCH_CALLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let server = Server::start_with(None, tablet_page()).await;
    let caller = Browser::start().await;

    let (mut rust_first, mut rust_tablet_first, mut terminate) = (vec![], vec![], vec![]);
    let (mut draw_fps, mut cpu_pct) = (0.0, 0.0);
    for i in 0..n {
        let (code, info, end) = server
            .open(CallKind::Social, Duration::from_secs(1800))
            .await;
        let mut tablet = Tablet::start(&server, &code, info, end).await;
        caller
            .client
            .goto(&server.join_url(&code))
            .await
            .expect("page");
        tablet
            .until("caller joined", |e| *e == CallEvent::CallerWaiting)
            .await;
        let joined = Instant::now();
        tablet
            .until("caller video", |e| *e == CallEvent::CallerVideo)
            .await;
        rust_tablet_first.push(joined.elapsed().as_secs_f64() * 1000.0);
        caller.until("waiting", |s| s["phase"] == "waiting").await;
        tablet.call.adult_check(true).await.expect("adult check");
        tablet.call.admit().await.expect("admit");
        let s = caller
            .until("first frame at the caller", |s| {
                s["firstFrameAt"].is_number()
            })
            .await;
        rust_first.push(s["firstFrameAt"].as_f64().unwrap() - s["admittedAt"].as_f64().unwrap());
        if i == 0 {
            // The decode-and-convert rate over five seconds of the caller's 640×480 video.
            let (f0, c0, t0) = (tablet.frames.frames(), cpu_seconds(), Instant::now());
            tokio::time::sleep(Duration::from_secs(5)).await;
            let secs = t0.elapsed().as_secs_f64();
            draw_fps = (tablet.frames.frames() - f0) as f64 / secs;
            cpu_pct = (cpu_seconds() - c0) / secs * 100.0;
        }
        let t0 = now_ms();
        tablet
            .call
            .terminate(TerminationReason::SecurityRisk)
            .await
            .expect("terminate");
        let s = caller.until("ended", |s| s["phase"] == "ended").await;
        terminate.push(s["endedWallMs"].as_f64().unwrap() - t0);
    }

    // The Chromium "tablet" cannot sign its socket: a loopback proxy signs as the enrolled
    // tablet (one extra loopback hop on its signalling only).
    let proxy = SigningProxy::start(&server, |s| s).await;
    let tab = Browser::start().await;
    let (mut chrome_first, mut chrome_tablet_first) = (vec![], vec![]);
    for _ in 0..n {
        chromium_tablet_call(&server, &proxy, &tab, &caller).await;
        let b = page_until(
            &tab,
            "caller video at the Chromium tablet",
            "return window.bench;",
            |v| v["firstFrameAt"].is_number(),
        )
        .await;
        chrome_tablet_first
            .push(b["firstFrameAt"].as_f64().unwrap() - b["joinedAt"].as_f64().unwrap());
        caller.until("waiting", |s| s["phase"] == "waiting").await;
        tab.eval("window.admit(); return true;").await;
        let s = caller
            .until("first frame at the caller", |s| {
                s["firstFrameAt"].is_number()
            })
            .await;
        chrome_first.push(s["firstFrameAt"].as_f64().unwrap() - s["admittedAt"].as_f64().unwrap());
        tab.eval("window.terminate(); return true;").await;
        caller.until("ended", |s| s["phase"] == "ended").await;
    }
    tab.close().await;
    caller.close().await;

    let (x, y) = (median(&mut rust_first), median(&mut chrome_first));
    let (tx, ty) = (
        median(&mut rust_tablet_first),
        median(&mut chrome_tablet_first),
    );
    let z = median(&mut terminate);
    println!("calls per side: {n}");
    println!(
        "caller joined → first caller frame on the tablet: rust {tx:.0} ms, chromium {ty:.0} ms"
    );
    println!(
        "tablet decode-and-convert (640×480 VP8 → RGBA): {draw_fps:.1} fps, process CPU {cpu_pct:.0}%"
    );
    println!(
        "call: admission→first frame median {x:.0} ms, chromium↔chromium {y:.0} ms, ratio {:.2}; terminate→browser {z:.0} ms; draw {draw_fps:.0} fps",
        x / y
    );
}
