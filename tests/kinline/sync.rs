//! Sync through faults: tablets push through a proxy that drops connections, cuts answers
//! after the server committed, delays and duplicates requests — and with the server's process
//! killed with SIGKILL mid-batch and started again on the same database. The server must end with exactly the union of the tablets'
//! events, none twice, and every outbox empty. `cargo xtask faults --rounds N` runs the same
//! scenario longer.

use kinline_app::sync::{Nudge, SyncAgent, SyncPolicy, SyncStatus};
use kinline_shared::actor::{Actor, Role};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{DetaineeId, StaffId};
use kinline_tests::server_harness::{
    BACKENDS, Backend, FaultProxy, Kills, ServerProcess, TestServer, fault_run,
};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use uuid::Uuid;

#[tokio::test(flavor = "multi_thread")]
async fn sync_through_a_faulty_network_loses_nothing_and_doubles_nothing() {
    for backend in BACKENDS {
        let r = fault_run(backend, 500, 3, 0x5eed_0001, None).await;
        eprintln!("{backend:?}: {r:?}");
        assert_eq!(r.rounds, 500);
        assert_eq!(
            (r.lost, r.duplicated, r.left_in_outboxes),
            (0, 0, 0),
            "{backend:?}: {r:?}"
        );
        assert_eq!(r.stored, r.recorded);
        let f = r.faults;
        assert!(
            f.dropped > 0 && f.cut > 0 && f.delayed > 0 && f.duplicated > 0,
            "{f:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn sync_survives_the_server_process_killed_with_sigkill_and_restarted_mid_batch() {
    let exe = std::path::PathBuf::from(env!("CARGO_BIN_EXE_centre_server"));
    for backend in BACKENDS {
        let kills = Kills {
            every: 6,
            exe: exe.clone(),
        };
        let r = fault_run(backend, 150, 3, 0x5eed_0002, Some(kills)).await;
        eprintln!("{backend:?}: {r:?}");
        assert!(r.restarts > 0, "{r:?}");
        assert!(
            r.killed_mid_request > 0,
            "no kill landed while the server had a request in hand: {r:?}"
        );
        assert_eq!(
            (r.lost, r.duplicated, r.left_in_outboxes),
            (0, 0, 0),
            "{backend:?}: {r:?}"
        );
        assert_eq!(r.stored, r.recorded);
    }
}

/// Waits (up to 30 s) for the agent's status to satisfy `done`; returns it.
async fn status_when(
    agent: &SyncAgent,
    what: &str,
    done: impl Fn(&SyncStatus) -> bool,
) -> SyncStatus {
    let mut rx = agent.subscribe();
    let waited = tokio::time::timeout(std::time::Duration::from_secs(30), async {
        loop {
            let st = rx.borrow_and_update().clone();
            if done(&st) {
                return st;
            }
            if rx.changed().await.is_err() {
                panic!("the sync agent stopped");
            }
        }
    })
    .await;
    waited.unwrap_or_else(|_| panic!("the sync status never showed {what}: {:?}", agent.status()))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_sync_agent_sends_a_record_at_once_backs_off_while_the_server_is_down_and_syncs_when_the_network_is_back()
 {
    let exe = std::path::PathBuf::from(env!("CARGO_BIN_EXE_centre_server"));
    let setup = TestServer::start(Backend::Sqlite).await;
    let (staff, _) = setup.staff(Role::Dco).await;
    let dco = Actor::Staff {
        id: staff,
        role: Role::Dco,
    };
    let proxy = FaultProxy::start(&setup.url, 7).await;
    proxy.faulty.store(false, Ordering::Relaxed);
    let (tablet, mut client) = setup.tablet(&proxy.url).await;
    client.batch = 4; // a round is several pushes: each resumes from the server's answer
    let config = setup.config.clone();
    drop(setup);
    let mut server = ServerProcess::start(&exe, &config);
    proxy.retarget(&server.url);
    // An hour between rounds and an hour's backoff: within this test only a nudge can
    // start a round.
    let hour = std::time::Duration::from_secs(3600);
    let policy = SyncPolicy {
        interval: hour,
        backoff_base: hour,
        backoff_max: 2 * hour,
        network_poll: None,
    };
    let agent = SyncAgent::spawn(
        client,
        Arc::clone(&tablet),
        policy,
        &tokio::runtime::Handle::current(),
    );
    let first = status_when(&agent, "a first sync", |s| s.last_success.is_some()).await;
    assert!(first.online && first.failures == 0, "{first:?}");
    let record = |n: usize, actor: Actor| {
        let mut t = tablet.lock().unwrap();
        for _ in 0..n {
            let d = DetaineeId(Uuid::now_v7());
            t.record(actor, EventBody::SessionOpened { detainee: d });
        }
    };

    record(10, dco);
    agent.nudge(Nudge::Recorded);
    let st = status_when(&agent, "the records sent", |s| {
        s.queue_len == 0 && !s.syncing && s.last_success > first.last_success
    })
    .await;
    assert_eq!((st.parked, st.failures), (0, 0), "{st:?}");

    // The server dies (SIGKILL): the next round fails and the agent backs off.
    server.kill();
    record(1, dco);
    agent.nudge(Nudge::Recorded);
    let st = status_when(&agent, "a failed round", |s| s.failures == 1 && !s.syncing).await;
    assert!(!st.online && st.last_error.is_some(), "{st:?}");
    assert_eq!(st.queue_len, 1);
    let next = st.next_attempt.expect("a planned retry");
    assert!(
        next > chrono::Utc::now() + chrono::Duration::minutes(29),
        "the backoff after a failure is at least half of an hour: {st:?}"
    );
    // Recording while backing off counts the event at once but does not cut the wait.
    record(1, dco);
    agent.nudge(Nudge::Recorded);
    let st = status_when(&agent, "two queued", |s| s.queue_len == 2).await;
    assert!(!st.syncing && st.failures == 1, "{st:?}");

    // The server is back on the same database, and the platform says the network is back.
    server.restart();
    proxy.retarget(&server.url);
    agent.nudge(Nudge::NetworkBack);
    let st = status_when(&agent, "the queue drained", |s| {
        s.queue_len == 0 && s.failures == 0 && !s.syncing
    })
    .await;
    assert!(st.online && st.last_error.is_none(), "{st:?}");

    // A refused event (an unknown member of staff) is parked and shown, not retried.
    let stranger = Actor::Staff {
        id: StaffId(Uuid::now_v7()),
        role: Role::Dco,
    };
    record(1, stranger);
    agent.nudge(Nudge::SyncNow);
    // Their sign-in and their event: neither is the centre's.
    let st = status_when(&agent, "two parked", |s| s.parked == 2 && !s.syncing).await;
    assert_eq!(st.queue_len, 0, "{st:?}");

    // Exactly the tablet's events, once each.
    drop(agent);
    server.kill();
    let check = TestServer::start_with(config).await;
    let counts = check.server.db().counts().await.unwrap();
    // The DCO's sign-in and their twelve sessions; the stranger's sign-in and session.
    assert_eq!((counts.stored, counts.refused), (13, 2), "{counts:?}");
    assert_eq!(counts.stored, counts.distinct_ids);
}

/// DSO §16 (a robust service): a tablet whose clock is three hours fast was refused
/// (`clock_skew`) on every request and never synced. It now learns the server's time from
/// the first answer, signs on it and syncs; the offset it learned is what the DCO is told.
#[tokio::test(flavor = "multi_thread")]
async fn a_tablet_whose_clock_is_three_hours_fast_learns_the_servers_time_and_syncs() {
    let s = TestServer::start(Backend::Sqlite).await;
    let (staff, _) = s.staff(Role::Dco).await;
    let (tablet, client) = s.tablet(&s.url).await;
    let client = client.with_clock_error(chrono::Duration::hours(3));
    tablet.lock().unwrap().record(
        Actor::Staff {
            id: staff,
            role: Role::Dco,
        },
        EventBody::SessionOpened {
            detainee: DetaineeId(Uuid::from_u128(1)),
        },
    );
    let report = client.sync_once(&tablet).await.unwrap();
    // The DCO's sign-in and their session.
    assert_eq!((report.pushed, report.parked), (2, 0));
    let off = client.clock_offset().num_minutes();
    assert!((-181..=-179).contains(&off), "learned offset {off} minutes");
    assert!(client.clock_offset().num_milliseconds().abs() > kinline_app::sync::CLOCK_WARNING_MS);
}
