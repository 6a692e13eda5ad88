//! The tablet's background sync: a task that syncs on a timer, at once when an event is
//! recorded or the network comes back, and backs off (exponentially, with jitter, capped)
//! while the server cannot be reached. It resumes mid-batch because every round starts from
//! what the server says it holds. The screens read [`SyncStatus`] from it and never wait for
//! the network.
//!
//! The decisions — when to sync, how long to wait — are the pure state machine
//! [`SyncPhase`]; [`SyncAgent`] only runs it on tokio.

use super::network::{self, SysfsLinks};
use super::{SyncClient, SyncError, SyncStatus, SyncStore, backoff};
use chrono::Utc;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, watch};

/// When the background sync runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyncPolicy {
    /// The wait after a successful round (the server's `sync_interval_secs` device setting).
    pub interval: Duration,
    /// The wait after the first failure; it doubles with each failure in a row.
    pub backoff_base: Duration,
    /// The longest wait after failures.
    pub backoff_max: Duration,
    /// How often to look at the network links (Linux: [`SysfsLinks`]), so that a link
    /// coming back nudges a round ([`Nudge::NetworkBack`]); none: only the platform's own
    /// nudges. By default every 2 s on Linux.
    pub network_poll: Option<Duration>,
}

/// How long a link that came back must stay up before it counts (a flapping Wi-Fi).
const NETWORK_SETTLE: Duration = Duration::from_secs(1);

impl Default for SyncPolicy {
    fn default() -> Self {
        Self {
            interval: Duration::from_secs(60),
            backoff_base: Duration::from_secs(2),
            backoff_max: Duration::from_secs(5 * 60),
            network_poll: cfg!(target_os = "linux").then_some(Duration::from_secs(2)),
        }
    }
}

/// Why the background sync should look again before its timer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nudge {
    /// An event was recorded: sync it soon, unless the server is being given time to
    /// recover (then it goes with the next attempt; the queue length is updated at once).
    Recorded,
    /// The platform says the network is back: sync now and forget the backoff.
    NetworkBack,
    /// Staff pressed "Sync now": the same.
    SyncNow,
}

/// Where the background sync stands: the pure part of the loop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SyncPhase {
    /// The last round succeeded, or none has run: the next one after the interval.
    #[default]
    Idle,
    /// This many rounds in a row failed: the next one after a growing, jittered wait.
    BackingOff {
        /// Failed rounds in a row.
        failures: u32,
    },
    /// The server revoked this tablet: no more rounds (its events stay in the outbox until
    /// the tablet is enrolled again).
    Revoked,
}

impl SyncPhase {
    /// The phase after a round.
    pub fn after_round(self, result: &Result<(), SyncError>) -> Self {
        match result {
            Ok(()) => SyncPhase::Idle,
            Err(SyncError::Server { code, .. }) if code == "device_revoked" => SyncPhase::Revoked,
            // Even what retrying will not fix (a store failure, a refusal of the whole
            // request) is tried again later, slowly, never in a tight loop.
            Err(_) => SyncPhase::BackingOff {
                failures: self.failures().saturating_add(1),
            },
        }
    }

    /// Failed rounds in a row.
    pub fn failures(self) -> u32 {
        match self {
            SyncPhase::BackingOff { failures } => failures,
            _ => 0,
        }
    }

    /// Whether a nudge starts a round now, and the phase after it. A revoked tablet does
    /// not sync; while backing off, only the network coming back or staff cut the wait.
    pub fn on_nudge(self, nudge: Nudge) -> (bool, Self) {
        match (self, nudge) {
            (SyncPhase::Revoked, _) => (false, self),
            (SyncPhase::Idle, _) => (true, self),
            (SyncPhase::BackingOff { .. }, Nudge::Recorded) => (false, self),
            (SyncPhase::BackingOff { .. }, Nudge::NetworkBack | Nudge::SyncNow) => {
                (true, SyncPhase::Idle)
            }
        }
    }

    /// How long to wait before the next round (none: until nudged). `random` is any random
    /// number: after failures the wait is half the doubled backoff plus a random part of the
    /// other half, so tablets that lost the network together do not come back in step.
    pub fn wait(self, policy: &SyncPolicy, random: u64) -> Option<Duration> {
        match self {
            SyncPhase::Idle => Some(policy.interval),
            SyncPhase::Revoked => None,
            SyncPhase::BackingOff { failures } => {
                let cap = backoff(
                    failures.saturating_sub(1),
                    policy.backoff_base,
                    policy.backoff_max,
                );
                let half = cap / 2;
                let spread = u64::try_from(half.as_millis()).unwrap_or(u64::MAX);
                Some(half + Duration::from_millis(random % spread.saturating_add(1)))
            }
        }
    }
}

/// One sync round against the server; [`SyncClient`] is the real one.
pub trait Round<S>: Send + Sync + 'static {
    /// Pushes the outbox and pulls what is new.
    fn round<'a>(
        &'a self,
        store: &'a Mutex<S>,
    ) -> Pin<Box<dyn Future<Output = Result<(), SyncError>> + Send + 'a>>;
}

impl<S: SyncStore> Round<S> for SyncClient {
    fn round<'a>(
        &'a self,
        store: &'a Mutex<S>,
    ) -> Pin<Box<dyn Future<Output = Result<(), SyncError>> + Send + 'a>> {
        Box::pin(async move { self.sync_once(store).await.map(|_| ()) })
    }
}

/// Nudges a [`SyncAgent`] from anywhere ([`SyncAgent::nudger`]). Never blocks.
#[derive(Clone, Debug)]
pub struct Nudger(mpsc::UnboundedSender<Nudge>);

impl Nudger {
    /// Asks the background sync to look now (see [`Nudge`]); nothing if it has stopped.
    pub fn nudge(&self, nudge: Nudge) {
        let _ = self.0.send(nudge);
    }
}

/// The running background sync of one tablet. Dropping it stops the task.
#[derive(Debug)]
pub struct SyncAgent {
    nudges: mpsc::UnboundedSender<Nudge>,
    status: watch::Receiver<SyncStatus>,
    task: tokio::task::JoinHandle<()>,
    network: Option<tokio::task::JoinHandle<()>>,
}

impl SyncAgent {
    /// Starts the background sync on `runtime`: a first round at once, then as
    /// [`SyncPhase`] decides.
    pub fn spawn<S: SyncStore, R: Round<S>>(
        round: R,
        store: Arc<Mutex<S>>,
        policy: SyncPolicy,
        runtime: &tokio::runtime::Handle,
    ) -> Self {
        let initial = status_of(&store, SyncStatus::default());
        let (status_tx, status) = watch::channel(initial);
        let (nudges, inbox) = mpsc::unbounded_channel();
        let task = runtime.spawn(run(round, store, policy, inbox, status_tx));
        let network = policy.network_poll.map(|every| {
            let to_agent = nudges.clone();
            runtime.spawn(network::watch(
                SysfsLinks::new(),
                every,
                NETWORK_SETTLE,
                move |n| {
                    let _ = to_agent.send(n);
                },
            ))
        });
        Self {
            nudges,
            status,
            task,
            network,
        }
    }

    /// Asks the background sync to look now (see [`Nudge`]). Never blocks.
    pub fn nudge(&self, nudge: Nudge) {
        let _ = self.nudges.send(nudge);
    }

    /// A handle that nudges this agent from another thread (the tablet's effect worker);
    /// it does not keep the agent running.
    pub fn nudger(&self) -> Nudger {
        Nudger(self.nudges.clone())
    }

    /// The latest status: queue length, last successful sync, parked events, and whether
    /// the server is reachable.
    pub fn status(&self) -> SyncStatus {
        self.status.borrow().clone()
    }

    /// A receiver that sees every new status (`changed().await`), for a UI that redraws
    /// on change rather than polling.
    pub fn subscribe(&self) -> watch::Receiver<SyncStatus> {
        self.status.clone()
    }
}

impl Drop for SyncAgent {
    fn drop(&mut self) {
        self.task.abort();
        if let Some(network) = &self.network {
            network.abort();
        }
    }
}

/// The status with the store's counts refreshed.
fn status_of<S: SyncStore>(store: &Mutex<S>, mut st: SyncStatus) -> SyncStatus {
    if let Ok(s) = store.lock() {
        st.queue_len = s.queue_len().unwrap_or(st.queue_len);
        st.parked = s.parked_len().unwrap_or(st.parked);
    }
    st
}

fn random() -> u64 {
    let mut b = [0u8; 8];
    let _ = getrandom::fill(&mut b);
    u64::from_le_bytes(b)
}

async fn run<S: SyncStore, R: Round<S>>(
    round: R,
    store: Arc<Mutex<S>>,
    policy: SyncPolicy,
    mut inbox: mpsc::UnboundedReceiver<Nudge>,
    status: watch::Sender<SyncStatus>,
) {
    let mut phase = SyncPhase::Idle;
    let mut due = true; // a first round at once
    let mut deadline: Option<tokio::time::Instant> = None;
    loop {
        if due {
            status.send_modify(|st| st.syncing = true);
            let result = round.round(&store).await;
            phase = phase.after_round(&result);
            let wait = phase.wait(&policy, random());
            deadline = wait.map(|w| tokio::time::Instant::now() + w);
            let mut st = status_of(&store, status.borrow().clone());
            st.syncing = false;
            st.failures = phase.failures();
            st.revoked = phase == SyncPhase::Revoked;
            st.next_attempt = wait
                .and_then(|w| chrono::Duration::from_std(w).ok())
                .map(|w| Utc::now() + w);
            match &result {
                Ok(()) => {
                    st.online = true;
                    st.last_success = Some(Utc::now());
                    st.last_error = None;
                }
                Err(e) => {
                    st.online = !matches!(e, SyncError::Network(_));
                    st.last_error = Some(e.to_string());
                    tracing::info!(failures = st.failures, "sync round failed; waiting");
                }
            }
            status.send_replace(st);
        }
        // Wait for the deadline (kept across nudges that do not cut it) or a nudge.
        let nudge = match deadline {
            Some(d) => tokio::select! {
                () = tokio::time::sleep_until(d) => None,
                n = inbox.recv() => match n { Some(n) => Some(n), None => return },
            },
            None => match inbox.recv().await {
                Some(n) => Some(n),
                None => return,
            },
        };
        due = match nudge {
            None => true,
            Some(n) => {
                let (now, next) = phase.on_nudge(n);
                phase = next;
                let mut st = status_of(&store, status.borrow().clone());
                st.syncing = now;
                st.failures = phase.failures();
                status.send_replace(st);
                now
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn network() -> Result<(), SyncError> {
        Err(SyncError::Network("connection refused".into()))
    }

    #[test]
    fn failures_back_off_doubling_with_jitter_up_to_the_cap_and_success_resets() {
        let p = SyncPolicy {
            interval: Duration::from_secs(60),
            backoff_base: Duration::from_secs(2),
            backoff_max: Duration::from_secs(300),
            network_poll: None,
        };
        let mut phase = SyncPhase::Idle;
        let mut caps = Vec::new();
        for _ in 0..12 {
            phase = phase.after_round(&network());
            // Half fixed, half random: the least wait is half the cap, the most is the cap,
            // and whatever the random number, the wait stays between the two.
            let low = phase.wait(&p, 0).unwrap();
            let half_ms = u64::try_from(low.as_millis()).unwrap();
            let high = phase.wait(&p, half_ms).unwrap();
            assert_eq!(high, low * 2, "the largest wait is the cap");
            for random in [1, 7919, u64::MAX / 3, u64::MAX] {
                let w = phase.wait(&p, random).unwrap();
                assert!(low <= w && w <= high, "{low:?} <= {w:?} <= {high:?}");
            }
            caps.push(high);
        }
        let secs: Vec<u64> = caps.iter().map(Duration::as_secs).collect();
        assert_eq!(
            secs,
            vec![2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300]
        );
        assert_eq!(phase.failures(), 12);
        assert_eq!(phase.after_round(&Ok(())), SyncPhase::Idle);
        assert_eq!(SyncPhase::Idle.wait(&p, 12345), Some(p.interval));
    }

    #[test]
    fn jitter_spreads_tablets_that_failed_together() {
        let p = SyncPolicy::default();
        let phase = SyncPhase::BackingOff { failures: 5 };
        let waits: std::collections::BTreeSet<Duration> = (0..50u64)
            .filter_map(|i| phase.wait(&p, i * 7919))
            .collect();
        assert!(waits.len() > 40, "{waits:?}");
    }

    #[test]
    fn a_record_syncs_at_once_unless_backing_off_and_the_network_coming_back_cuts_the_wait() {
        let failing = SyncPhase::BackingOff { failures: 3 };
        assert_eq!(
            SyncPhase::Idle.on_nudge(Nudge::Recorded),
            (true, SyncPhase::Idle)
        );
        assert_eq!(failing.on_nudge(Nudge::Recorded), (false, failing));
        assert_eq!(
            failing.on_nudge(Nudge::NetworkBack),
            (true, SyncPhase::Idle)
        );
        assert_eq!(failing.on_nudge(Nudge::SyncNow), (true, SyncPhase::Idle));
        // After the network came back, a failure starts the backoff from the beginning.
        assert_eq!(
            SyncPhase::Idle.after_round(&network()),
            SyncPhase::BackingOff { failures: 1 }
        );
    }

    #[test]
    fn a_revoked_tablet_stops_syncing_until_enrolled_again() {
        let revoked = SyncPhase::Idle.after_round(&Err(SyncError::Server {
            status: 403,
            code: "device_revoked".into(),
            message: "revoked".into(),
            retry: false,
        }));
        assert_eq!(revoked, SyncPhase::Revoked);
        assert_eq!(revoked.wait(&SyncPolicy::default(), 1), None);
        assert_eq!(
            revoked.on_nudge(Nudge::SyncNow),
            (false, SyncPhase::Revoked)
        );
        // Any other refusal is retried, slowly.
        let refused = SyncPhase::Idle.after_round(&Err(SyncError::Server {
            status: 409,
            code: "log_gap".into(),
            message: "gap".into(),
            retry: false,
        }));
        assert_eq!(refused, SyncPhase::BackingOff { failures: 1 });
    }
}
