//! Sync through faults: tablets push through a proxy that drops connections, cuts answers
//! after the server committed, delays and duplicates requests — and with the server killed
//! and restarted mid-batch. The server must end with exactly the union of the tablets'
//! events, none twice, and every outbox empty. `cargo xtask faults --rounds N` runs the same
//! scenario longer.

use kinline_tests::server_harness::{BACKENDS, fault_run};

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
async fn sync_survives_the_server_killed_and_restarted_mid_batch() {
    for backend in BACKENDS {
        let r = fault_run(backend, 150, 3, 0x5eed_0002, Some(6)).await;
        eprintln!("{backend:?}: {r:?}");
        assert!(r.restarts > 0);
        assert_eq!(
            (r.lost, r.duplicated, r.left_in_outboxes),
            (0, 0, 0),
            "{backend:?}: {r:?}"
        );
        assert_eq!(r.stored, r.recorded);
    }
}
