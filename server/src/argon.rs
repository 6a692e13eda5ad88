//! Where every Argon2 hash and verification of the server runs: on the blocking pool, at most
//! [`ARGON_AT_ONCE`] at once, so sign-ins cost at most that many times one verifier's memory
//! (`kinline_shared::pin::TABLET_VERIFIER`, 64 MiB) however many arrive together, and the
//! async workers that answer everything else (`/api/health` included) never wait for one.
//!
//! A run's permit and its place in the gauge go into the blocking task itself: a sign-in
//! whose client hangs up while its Argon2 runs frees its permit only when that run ends, so
//! cancelled requests cannot start more runs than the limit. The gauge (runs in flight, their
//! high-water mark, runs and waiters) is served at `/metrics`.

use crate::error::ServerError;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Argon2 runs at once.
pub const ARGON_AT_ONCE: usize = 2;

/// The runs' counts, shared with the blocking tasks.
#[derive(Debug, Default)]
struct Counts {
    in_flight: AtomicUsize,
    high_water: AtomicUsize,
    waiting: AtomicUsize,
    runs: AtomicU64,
}

/// What [`ArgonGate::gauge`] reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArgonGauge {
    /// Runs on the blocking pool now.
    pub in_flight: usize,
    /// The most that ever ran at once since start.
    pub high_water: usize,
    /// Requests waiting for a permit now.
    pub waiting: usize,
    /// Runs started since start.
    pub runs: u64,
    /// The limit: [`ARGON_AT_ONCE`].
    pub limit: usize,
}

/// The limit and the gauge.
#[derive(Debug)]
pub struct ArgonGate {
    permits: Arc<Semaphore>,
    counts: Arc<Counts>,
}

impl Default for ArgonGate {
    fn default() -> Self {
        Self {
            permits: Arc::new(Semaphore::new(ARGON_AT_ONCE)),
            counts: Arc::default(),
        }
    }
}

/// Counts a waiter while it waits (also when its request is cancelled meanwhile).
struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// One run's place in the gauge, left when the blocking task ends.
struct InFlight(Arc<Counts>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

impl ArgonGate {
    /// Waits for a permit, then runs `work` (an Argon2 hash or verification) on the blocking
    /// pool. `admit`, called once the permit is held and before `work` starts, may refuse
    /// (`Err`): then `work` never runs — a sign-in checks its throttle again there, so
    /// requests that queued behind wrong PINs from the same address cost no Argon2.
    pub async fn run<T, R>(
        &self,
        admit: impl FnOnce() -> Result<(), R>,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<Result<T, R>, ServerError>
    where
        T: Send + 'static,
    {
        let permit = {
            self.counts.waiting.fetch_add(1, Ordering::SeqCst);
            let _waiting = Waiting(&self.counts.waiting);
            Arc::clone(&self.permits)
                .acquire_owned()
                .await
                .map_err(|e| ServerError::Task(e.to_string()))?
        };
        if let Err(refused) = admit() {
            return Ok(Err(refused));
        }
        let now = self.counts.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.counts.high_water.fetch_max(now, Ordering::SeqCst);
        self.counts.runs.fetch_add(1, Ordering::SeqCst);
        let place = InFlight(Arc::clone(&self.counts));
        tokio::task::spawn_blocking(move || {
            let out = work();
            drop(place);
            drop(permit);
            out
        })
        .await
        .map(Ok)
        .map_err(|e| ServerError::Task(e.to_string()))
    }

    /// The gauge now.
    pub fn gauge(&self) -> ArgonGauge {
        let c = &self.counts;
        ArgonGauge {
            in_flight: c.in_flight.load(Ordering::SeqCst),
            high_water: c.high_water.load(Ordering::SeqCst),
            waiting: c.waiting.load(Ordering::SeqCst),
            runs: c.runs.load(Ordering::SeqCst),
            limit: ARGON_AT_ONCE,
        }
    }

    /// Takes every permit, as [`ARGON_AT_ONCE`] long runs would: no Argon2 starts until the
    /// returned permit is dropped. For tests that show what answers while sign-ins queue.
    pub async fn hold_all(&self) -> Result<OwnedSemaphorePermit, ServerError> {
        let n = u32::try_from(ARGON_AT_ONCE).unwrap_or(u32::MAX);
        Arc::clone(&self.permits)
            .acquire_many_owned(n)
            .await
            .map_err(|e| ServerError::Task(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_run_keeps_its_permit_after_its_caller_is_cancelled() {
        let gate = Arc::new(ArgonGate::default());
        let (started_tx, started_rx) = std::sync::mpsc::channel::<()>();
        let (finish_tx, finish_rx) = std::sync::mpsc::channel::<()>();
        let finish_rx = Arc::new(std::sync::Mutex::new(finish_rx));
        let mut callers = Vec::new();
        for _ in 0..ARGON_AT_ONCE {
            let (gate, started, finish) = (gate.clone(), started_tx.clone(), finish_rx.clone());
            callers.push(tokio::spawn(async move {
                gate.run(
                    || Ok::<(), ()>(()),
                    move || {
                        let _ = started.send(());
                        let _ = finish.lock().map(|rx| rx.recv());
                    },
                )
                .await
            }));
        }
        for _ in 0..ARGON_AT_ONCE {
            started_rx.recv().expect("a run started");
        }
        // Every caller hangs up while its run goes on.
        for c in &callers {
            c.abort();
        }
        for c in callers {
            assert!(c.await.is_err_and(|e| e.is_cancelled()));
        }
        let g = gate.gauge();
        assert_eq!((g.in_flight, g.high_water), (ARGON_AT_ONCE, ARGON_AT_ONCE));
        // No permit came back with the cancelled callers: a new run must wait.
        assert!(gate.permits.try_acquire().is_err());
        for _ in 0..ARGON_AT_ONCE {
            let _ = finish_tx.send(());
        }
        let _all = gate.hold_all().await.expect("the permits come back");
        assert_eq!(gate.gauge().in_flight, 0);
    }
}
