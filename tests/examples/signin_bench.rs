//! `cargo xtask bench signin`: 2,000 staff sign-ins at once against a demo server process
//! (`kinline-server demo` on 127.0.0.1, started by xtask), as the attacker of issue #18 sent
//! them: one address, one account, wrong PINs — 2,000 new TLS connections, each its own
//! handshake (the server works on at most `tls::MAX_HANDSHAKES` at once). Meanwhile
//! `/api/health` is asked every 50 ms on a kept-alive connection, from a thread and runtime of
//! its own. Prints the server's resident memory after them (and its peak), health's latency
//! during them, the Argon2 gauge from `/metrics` and the machine's load average, each figure
//! beside the reference (1.4 GB resident, health ~1 s) as a ratio.
//!
//! Arguments: the server's URL, its certificate (PEM), its process id.

use std::time::{Duration, Instant};

const SIGN_INS: usize = 2_000;
/// Issue #18's figures before the fix: resident memory after 2,000 sign-ins, health's latency.
const REFERENCE_RSS_MIB: f64 = 1.4 * 1024.0;
const REFERENCE_HEALTH_MS: f64 = 1_000.0;

fn status_kib(pid: &str, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn gauge(metrics: &str, name: &str) -> u64 {
    metrics
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, cert, pid] = args.as_slice() else {
        panic!("usage: signin_bench URL CERT.pem PID");
    };
    let pem = std::fs::read(cert).expect("the server's certificate");
    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(&pem).expect("a PEM certificate"))
        .build()
        .expect("an HTTPS client");
    // Health is asked as a monitor asks it: on its own kept-alive connection, opened first, so
    // its latency is the server's work, not its place among 2,000 TLS handshakes; and on a
    // thread and runtime of its own (the connection's task too), not behind the 2,000 client
    // handshakes on this process's runtime.
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let health = {
        let (pem, url, done) = (pem.clone(), url.clone(), done.clone());
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("the monitor's runtime");
            rt.block_on(async move {
                let monitor = reqwest::Client::builder()
                    .add_root_certificate(
                        reqwest::Certificate::from_pem(&pem).expect("a PEM certificate"),
                    )
                    .pool_max_idle_per_host(1)
                    .build()
                    .expect("an HTTPS client");
                let warm = monitor.get(format!("{url}/api/health")).send().await;
                assert!(
                    warm.is_ok_and(|r| r.status() == 200),
                    "health answers before"
                );
                let _ = ready_tx.send(());
                let mut ms = Vec::new();
                while !done.load(std::sync::atomic::Ordering::SeqCst) {
                    let t = Instant::now();
                    let ok = monitor
                        .get(format!("{url}/api/health"))
                        .send()
                        .await
                        .is_ok_and(|r| r.status() == 200);
                    assert!(ok, "health did not answer 200 during the sign-ins");
                    ms.push(t.elapsed().as_secs_f64() * 1000.0);
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                ms
            })
        })
    };
    ready_rx.recv().expect("the monitor is ready");
    let rss_before = status_kib(pid, "VmRSS:");
    let load = || {
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    };
    println!(
        "signin: load average before {} ({} cores)",
        load(),
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    let target = uuid::Uuid::now_v7();
    let started = Instant::now();
    let attempts: Vec<_> = (0..SIGN_INS)
        .map(|_| {
            let (client, url) = (client.clone(), url.clone());
            tokio::spawn(async move {
                client
                    .post(format!("{url}/api/staff/sign-in"))
                    .json(&serde_json::json!({ "staff": target, "secret": "7418529" }))
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
                    .unwrap_or(0)
            })
        })
        .collect();
    let mut answers = std::collections::BTreeMap::<u16, usize>::new();
    for a in attempts {
        *answers.entry(a.await.expect("a sign-in task")).or_default() += 1;
    }
    let took = started.elapsed();
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let mut health_ms = health.join().expect("the health thread");
    health_ms.sort_by(f64::total_cmp);
    let metrics = client
        .get(format!("{url}/metrics"))
        .send()
        .await
        .expect("/metrics")
        .text()
        .await
        .expect("/metrics text");
    let rss = status_kib(pid, "VmRSS:") as f64 / 1024.0;
    let peak = status_kib(pid, "VmHWM:") as f64 / 1024.0;
    let p50 = health_ms.get(health_ms.len() / 2).copied().unwrap_or(0.0);
    let max = health_ms.last().copied().unwrap_or(0.0);
    println!(
        "signin: {SIGN_INS} sign-ins at once (one address, one account) answered in {:.1} s: {answers:?}",
        took.as_secs_f64()
    );
    println!(
        "signin: Argon2 runs {}, at most {} at once (limit {})",
        gauge(&metrics, "kinline_argon_runs_total"),
        gauge(&metrics, "kinline_argon_high_water"),
        gauge(&metrics, "kinline_argon_limit"),
    );
    println!(
        "signin: resident after {rss:.0} MiB (before {:.0} MiB, peak {peak:.0} MiB) — {:.3}× the issue's 1.4 GB",
        rss_before as f64 / 1024.0,
        rss / REFERENCE_RSS_MIB
    );
    println!("signin: load average after {}", load());
    println!(
        "signin: health during them p50 {p50:.1} ms, max {max:.1} ms over {} asks — p50 {:.4}×, max {:.4}× the issue's ~1 s",
        health_ms.len(),
        p50 / REFERENCE_HEALTH_MS,
        max / REFERENCE_HEALTH_MS
    );
}
