//! `cargo xtask bench sync`: 100,000 queued events synced from one tablet to the server on
//! loopback (signed HTTP, verified, stored), against the server's own batched insert of the
//! same events (the ratio is the figure; goal: at most 4×), on SQLite and PostgreSQL (fsync
//! on); then 500 simulated tablets pushing at once: p50 and p99 latency (goal: p99 under
//! 250 ms), and errors. The last line gives the worse backend's figures.
//!
//! The server has committed one push before the wave, as a running centre server has (its
//! first group commit since start prepares its statements: on PostgreSQL about 80 ms once).
//! The 500 tablets: each is enrolled with its own key and has 20 signed events queued; each
//! has opened its HTTPS connection (TLS handshake, kept alive) before the wave, as a tablet
//! that synced before keeps it (and keeps it after its answer: the 500 connections are
//! closed after the wave, not inside it), and has built and signed its push request
//! (`SyncClient::prepare_push`: serialised, timestamp, nonce, Ed25519). Timed, per tablet,
//! from the start signal to its answer (`SyncClient::send_push`): sending the request, the
//! server verifying the request's signature (which covers the 20 events; their own signatures
//! are the tablet's seal on its store, not verified again), hashing the events into their
//! chain, checking the nonce and revocation and storing the events in a group commit (fsync
//! on), and the tablet reading
//! the answer, acknowledging and checking all 20 were taken (else it counts as an error).
//! The tablets run in this process, on the same 2 cores as the server; the wave's line
//! says how much CPU the server's threads and the tablets' used.

use kinline_app::sync::SyncClient;
use kinline_shared::actor::{Actor, Role};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{DetaineeId, StaffId};
use kinline_tests::server_harness::{
    Backend, MemoryTablet, TestServer, config, config_on, start_cluster,
};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use uuid::Uuid;

const EVENTS: usize = 100_000;
const BATCH: u32 = 1000;
const TABLETS: usize = 500;
const PER_TABLET: usize = 20;

struct Figures {
    sync: f64,
    raw: f64,
    p50: Duration,
    p99: Duration,
    errors: usize,
}

fn server_config(
    backend: Backend,
    cluster: &Option<kinline_tests::server_harness::PgCluster>,
) -> kinline_server::Config {
    let mut c = match (backend, cluster) {
        (Backend::Postgres, Some(cl)) => config_on(cl),
        _ => config(Backend::Sqlite),
    };
    c.max_body_bytes = 16 * 1024 * 1024;
    c
}

async fn run(
    backend: Backend,
    cluster: &Option<kinline_tests::server_harness::PgCluster>,
) -> Figures {
    let (sync, raw) = throughput(backend, cluster).await;
    let (p50, p99, errors) = fleet(backend, cluster).await;
    Figures {
        sync,
        raw,
        p50,
        p99,
        errors,
    }
}

/// Events per second through the sync client, and through the server's own batched insert.
async fn throughput(
    backend: Backend,
    cluster: &Option<kinline_tests::server_harness::PgCluster>,
) -> (f64, f64) {
    let staff = StaffId(Uuid::now_v7());
    let actor = Actor::Staff {
        id: staff,
        role: Role::Dco,
    };
    // Through the sync client: sign, send, verify, store.
    let s = TestServer::start_admin(server_config(backend, cluster)).await;
    s.server
        .set_staff(staff, Role::Dco, "1357924", true)
        .await
        .unwrap();
    let (tablet, mut client) = s.tablet(&s.url).await;
    client.batch = BATCH;
    {
        let mut t = tablet.lock().unwrap();
        // The DCO's sign-in is the first of the tablet's events.
        t.record_as_is(actor, EventBody::StaffSignedIn {});
        for _ in 1..EVENTS {
            t.record(
                actor,
                EventBody::SessionOpened {
                    detainee: DetaineeId(Uuid::now_v7()),
                },
            );
        }
    }
    let started = Instant::now();
    let report = client.push_all(&tablet).await.unwrap();
    let sync_secs = started.elapsed().as_secs_f64();
    assert_eq!(report.pushed as usize, EVENTS);
    // The server's own batched insert of the same events into a fresh database.
    let raw_server = TestServer::start_admin(server_config(backend, cluster)).await;
    let (device, key, log) = {
        let t = tablet.lock().unwrap();
        (t.device, t.key.verifying_key().to_bytes(), t.log.clone())
    };
    raw_server
        .server
        .db()
        .ensure_device(device, key, 0)
        .await
        .unwrap();
    let started = Instant::now();
    for chunk in log.chunks(BATCH as usize) {
        raw_server
            .server
            .insert_unchecked(device, chunk.to_vec())
            .await
            .unwrap();
    }
    let raw_secs = started.elapsed().as_secs_f64();
    let counts = raw_server.server.db().counts().await.unwrap();
    assert_eq!(counts.stored as usize, EVENTS);
    drop(raw_server);
    drop(s);
    (EVENTS as f64 / sync_secs, EVENTS as f64 / raw_secs)
}

/// 500 tablets pushing at once: p50, p99, errors.
async fn fleet(
    backend: Backend,
    cluster: &Option<kinline_tests::server_harness::PgCluster>,
) -> (Duration, Duration, usize) {
    let staff = StaffId(Uuid::now_v7());
    let actor = Actor::Staff {
        id: staff,
        role: Role::Dco,
    };
    // Over HTTPS, as tablets sync (rustls, the development certificate).
    // One worker thread per core, as `kinline-server serve` runs.
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let (s, url, pem) = TestServer::start_https_with(server_config(backend, cluster), cores).await;
    s.server
        .set_staff(staff, Role::Dco, "1357924", true)
        .await
        .unwrap();
    let mut fleet = Vec::new();
    for _ in 0..TABLETS {
        let t = MemoryTablet::new();
        let c = SyncClient::new(&url, Some(&pem)).unwrap();
        c.enrol(&s.code().await, t.device, t.key.verifying_key().to_bytes())
            .await
            .unwrap();
        let t = Arc::new(Mutex::new(t));
        {
            let mut t = t.lock().unwrap();
            // The DCO's sign-in is the first of each tablet's events.
            t.record_as_is(actor, EventBody::StaffSignedIn {});
            for _ in 1..PER_TABLET {
                t.record(
                    actor,
                    EventBody::SessionOpened {
                        detainee: DetaineeId(Uuid::now_v7()),
                    },
                );
            }
        }
        fleet.push((t, c));
    }
    // A running centre server has committed pushes before: one tablet more pushes one event
    // first, so the server's first group commit since start (on PostgreSQL: preparing its
    // statements on a fresh connection, about 80 ms once) is not inside the wave.
    {
        let t = MemoryTablet::new();
        let c = SyncClient::new(&url, Some(&pem)).unwrap();
        c.enrol(&s.code().await, t.device, t.key.verifying_key().to_bytes())
            .await
            .unwrap();
        let t = Mutex::new(t);
        t.lock()
            .unwrap()
            .record_as_is(actor, EventBody::StaffSignedIn {});
        assert_eq!(c.push_all(&t).await.unwrap().pushed, 1);
    }
    // A tablet keeps its connection: each opens it before the wave (as after an earlier
    // sync), so the timed wave is the pushes themselves, not 500 TLS handshakes.
    let warm = fleet.iter().map(|(_, c)| c.reachable());
    for r in futures_util::future::join_all(warm).await {
        r.unwrap();
    }
    // Each tablet's push is built and signed before the wave (the tablets share this
    // machine's 2 cores with the server; a real tablet does this on its own CPU).
    let fleet: Vec<_> = fleet
        .into_iter()
        .map(|(t, c)| {
            let push = c.prepare_push(&t).unwrap().unwrap();
            (t, c, push)
        })
        .collect();
    let gate = Arc::new(tokio::sync::Barrier::new(TABLETS));
    // KINLINE_PERF_CTL: a `perf record --control fifo:…` fifo, enabled for the wave only.
    let perf = std::env::var_os("KINLINE_PERF_CTL");
    if let Some(ctl) = &perf {
        std::fs::write(ctl, "enable\n").unwrap();
    }
    let (cpu_before, machine_before) = (process_cpu_ticks(), machine_ticks());
    let threads_before = server_thread_ns();
    let commits_before = s.server.commit_stats();
    let mut tasks = Vec::new();
    for (t, c, push) in fleet {
        let gate = Arc::clone(&gate);
        tasks.push(tokio::spawn(async move {
            gate.wait().await;
            let started = Instant::now();
            let r = c.send_push(&t, push).await;
            let ok = r.is_ok_and(|r| r.pushed as usize == PER_TABLET);
            // The tablet keeps its client (and its connection, as a tablet does between
            // syncs): closing it is not part of the wave.
            (started.elapsed(), ok, c)
        }));
    }
    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut clients = Vec::new();
    for t in tasks {
        let (d, ok, c) = t.await.unwrap();
        latencies.push(d);
        errors += usize::from(!ok);
        clients.push(c);
    }
    let server_cpu = server_thread_ns().saturating_sub(threads_before);
    let commits = s.server.commit_stats();
    let (cpu, machine) = (
        process_cpu_ticks() - cpu_before,
        machine_ticks().map(|(busy, all)| {
            let (b0, a0) = machine_before.unwrap_or_default();
            (busy - b0, all - a0)
        }),
    );
    if let Some(ctl) = &perf {
        std::fs::write(ctl, "disable\n").unwrap();
    }
    drop(clients);
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p).round() as usize];
    // The machine is shared: say how much of it the wave had.
    if let Some((busy, all)) = machine {
        let others = busy.saturating_sub(cpu);
        println!(
            "{backend:?}: the wave used {} CPU-ms in this process ({} in the server's threads, the rest the tablets'; PostgreSQL's own processes not counted); \
             over its {} ms the machine's {} cores were {}% busy, {}% with other processes",
            cpu * 10,
            server_cpu / 1_000_000,
            pct(1.0).as_millis(),
            std::thread::available_parallelism().map_or(1, usize::from),
            100 * busy / all.max(1),
            100 * others / all.max(1),
        );
    }
    println!(
        "{backend:?}: the wave's events were written in {} group commits, {} ms of writing (one after another)",
        commits.0 - commits_before.0,
        (commits.1 - commits_before.1).as_millis()
    );
    let counts = s.server.db().counts().await.unwrap();
    assert_eq!(
        counts.stored as usize,
        1 + TABLETS * PER_TABLET - errors * PER_TABLET
    );
    (pct(0.50), pct(0.99), errors)
}

/// This process's CPU time so far, in clock ticks (1/100 s).
fn process_cpu_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = stat.rsplit_once(") ").map_or("", |(_, r)| r);
    let f: Vec<u64> = rest
        .split_whitespace()
        .map(|v| v.parse().unwrap_or(0))
        .collect();
    f.get(11).copied().unwrap_or(0) + f.get(12).copied().unwrap_or(0)
}

/// CPU time so far of this process's threads named `centre-server` or `group-commit` (the
/// test server's runtime and its group commit's thread, with their blocking threads), in
/// nanoseconds (their schedstat).
fn server_thread_ns() -> u64 {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return 0;
    };
    tasks
        .flatten()
        .filter(|t| {
            std::fs::read_to_string(t.path().join("comm"))
                .is_ok_and(|c| matches!(c.trim(), "centre-server" | "group-commit"))
        })
        .filter_map(|t| std::fs::read_to_string(t.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .sum()
}

/// The machine's busy and total CPU ticks so far (all cores).
fn machine_ticks() -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let cpu: Vec<u64> = stat
        .lines()
        .next()?
        .split_whitespace()
        .skip(1)
        .map(|v| v.parse().unwrap_or(0))
        .collect();
    let all: u64 = cpu.iter().take(8).sum();
    let idle = cpu.get(3)? + cpu.get(4)?;
    Some((all - idle, all))
}

fn line(f: &Figures) -> String {
    format!(
        "sync: {:.0} events/s, raw {:.0} events/s, ratio {:.2}; {TABLETS} tablets p99 {} ms, errors {}",
        f.sync,
        f.raw,
        f.raw / f.sync,
        f.p99.as_millis(),
        f.errors
    )
}

#[tokio::main]
async fn main() {
    let cluster = Some(start_cluster(true));
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--fleet") {
        // Only the 500 tablets (for profiling): on both backends, or on the one named
        // after it (`--fleet sqlite`, `--fleet postgres`).
        let only = args.get(at + 1).map(|b| b.to_ascii_lowercase());
        for backend in [Backend::Sqlite, Backend::Postgres] {
            if only
                .as_deref()
                .is_some_and(|b| !format!("{backend:?}").eq_ignore_ascii_case(b))
            {
                continue;
            }
            let (p50, p99, errors) = fleet(backend, &cluster).await;
            println!(
                "{backend:?}: {TABLETS} tablets p50 {} ms, p99 {} ms, errors {errors}",
                p50.as_millis(),
                p99.as_millis()
            );
        }
        return;
    }
    let mut all = Vec::new();
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let f = run(backend, &cluster).await;
        println!("{backend:?}: {} (p50 {} ms)", line(&f), f.p50.as_millis());
        all.push(f);
    }
    // The backend with the worse ratio gives the sync and raw rates; the worse p99 and all
    // errors go with them. Every number is measured, none is derived.
    let by_ratio = all
        .iter()
        .max_by(|a, b| (a.raw / a.sync).total_cmp(&(b.raw / b.sync)))
        .unwrap();
    let worst = Figures {
        sync: by_ratio.sync,
        raw: by_ratio.raw,
        p50: all.iter().map(|f| f.p50).max().unwrap_or_default(),
        p99: all.iter().map(|f| f.p99).max().unwrap_or_default(),
        errors: all.iter().map(|f| f.errors).sum(),
    };
    println!("(last line: the worse backend for each figure)");
    println!("{}", line(&worst));
}
