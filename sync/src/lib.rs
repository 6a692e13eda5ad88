//! The tablet's sync client: pushes the outbox to the centre server and pulls other devices'
//! events and reference data, over HTTPS with every request signed by the device key.
//!
//! [`SyncAgent`] (in `agent.rs`) runs it in the background: on a timer, at once when an event
//! is recorded or the network comes back, backing off (exponentially, jittered, capped) after
//! failures. A round resumes mid-batch (the server answers with the highest index it holds,
//! so exactly the rest is resent); a refused event is parked with the server's reason, never
//! dropped and never retried for ever. [`SyncStatus`] is what the UI shows: queue length,
//! last successful sync, parked events, online. When to sync is the pure [`SyncPhase`];
//! this module does the HTTP.

use chrono::{DateTime, Utc};
use kinline_shared::contact::{CallerContact, Carried, MAX_PER_PUSH as MAX_CONTACTS_PER_PUSH};
use kinline_shared::event::Event;
use kinline_shared::ids::{BookingId, DeviceId, EventId, StaffId};
use kinline_shared::sync::{
    ErrorBody, HEADER_DEVICE, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, LoggedEvent,
    PROTOCOL_VERSION, PullRequest, PullResponse, PushRequest, PushResponse, ReferenceItem,
    ReferenceRequest, ReferenceResponse, Refusal, request_signing_bytes,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::sync::Mutex;
use std::time::Duration;

mod agent;
mod network;

pub use agent::{Nudge, Nudger, Round, SyncAgent, SyncPhase, SyncPolicy};
pub use network::{LinkDebouncer, LinkState, SysfsLinks};

/// What the sync client needs from the tablet's store. The store keeps the outbox, the
/// parked events and the cursors; signing stays with whoever holds the device key.
pub trait SyncStore: Send + 'static {
    /// This tablet's device id.
    fn device(&self) -> DeviceId;
    /// Signs request bytes with the device key (Ed25519).
    fn sign(&self, bytes: &[u8]) -> [u8; 64];
    /// Up to `limit` events the server has not acknowledged, oldest first.
    fn outbox_batch(&self, limit: u32) -> Result<Vec<LoggedEvent>, StoreFailure>;
    /// How many events wait for the server.
    fn queue_len(&self) -> Result<u64, StoreFailure>;
    /// The server holds everything up to `high_water`.
    fn acknowledge(&mut self, high_water: u64, now: DateTime<Utc>) -> Result<(), StoreFailure>;
    /// The server refused this event: keep it, with the reason, for staff.
    fn park(
        &mut self,
        event: EventId,
        refusal: &Refusal,
        now: DateTime<Utc>,
    ) -> Result<(), StoreFailure>;
    /// How many refused events are parked.
    fn parked_len(&self) -> Result<u64, StoreFailure>;
    /// Where the next pull of events starts.
    fn pull_cursor(&self) -> Result<u64, StoreFailure>;
    /// Stores pulled events and the next cursor, in one transaction.
    fn apply_remote(
        &mut self,
        events: &[Event],
        cursor: u64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreFailure>;
    /// Where the next pull of reference data starts.
    fn reference_cursor(&self) -> Result<u64, StoreFailure>;
    /// Stores pulled reference items and the next cursor.
    fn apply_reference(
        &mut self,
        items: &[ReferenceItem],
        cursor: u64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreFailure>;
    /// The staff whose account this tablet locked after too many wrong PINs since it last
    /// synced, reported with the next reference request. None where the store counts none.
    fn locked_out(&self) -> Result<Vec<StaffId>, StoreFailure> {
        Ok(Vec::new())
    }
    /// The server holds this tablet's log only up to `high_water`, below what it once
    /// acknowledged (restored from a backup): put every later event of the log back in the
    /// outbox, and say how many. None where the store cannot (the gap is then reported).
    fn resend_after(&mut self, high_water: u64) -> Result<u64, StoreFailure> {
        let _ = high_water;
        Ok(0)
    }
    /// Up to `limit` callers of bookings made here that the server does not hold yet: they go
    /// with the next push. None where the store keeps no contacts.
    fn caller_contacts_to_push(&self, limit: usize) -> Result<Vec<CallerContact>, StoreFailure> {
        let _ = limit;
        Ok(Vec::new())
    }
    /// Up to `limit` rebookings whose callers the server is to carry over from earlier bookings
    /// (the store holds only their labels): they go with the next push. None where the store
    /// keeps no contacts.
    fn caller_contacts_to_carry(&self, limit: usize) -> Result<Vec<Carried>, StoreFailure> {
        let _ = limit;
        Ok(Vec::new())
    }
    /// The server holds these bookings' callers: the store keeps only their labels.
    fn caller_contacts_sent(&mut self, bookings: &[BookingId]) -> Result<(), StoreFailure> {
        let _ = bookings;
        Ok(())
    }
}

/// The store could not do what sync asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the tablet's store failed: {0}")]
pub struct StoreFailure(pub String);

/// Why a sync round stopped.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// No answer: the network or the server is down, or the answer was cut. Retrying helps.
    #[error("the centre server could not be reached ({0}); the tablet will try again")]
    Network(String),
    /// The server answered with an error.
    #[error("the centre server refused the request ({status}): {message}")]
    Server {
        /// HTTP status.
        status: u16,
        /// Its code (`device_revoked`, `bad_signature`, …).
        code: String,
        /// Its message.
        message: String,
        /// Whether trying again later may help.
        retry: bool,
    },
    /// The local store failed.
    #[error(transparent)]
    Store(#[from] StoreFailure),
}

impl SyncError {
    /// Whether trying again later may help.
    pub fn retry_helps(&self) -> bool {
        match self {
            SyncError::Network(_) => true,
            SyncError::Server { retry, .. } => *retry,
            SyncError::Store(_) => false,
        }
    }
}

/// What the UI shows about sync (published by [`SyncAgent`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SyncStatus {
    /// Events waiting for the server.
    pub queue_len: u64,
    /// When a sync last completed.
    pub last_success: Option<DateTime<Utc>>,
    /// Events the server refused, parked for staff.
    pub parked: u64,
    /// The last failure, in words, if the last round failed.
    pub last_error: Option<String>,
    /// Whether the server revoked this tablet.
    pub revoked: bool,
    /// Whether the server answered the last round (false: no network, or the server is down).
    pub online: bool,
    /// Whether a round is under way.
    pub syncing: bool,
    /// Failed rounds in a row (0 after a success).
    pub failures: u32,
    /// When the next round is planned (none: only when nudged, or revoked).
    pub next_attempt: Option<DateTime<Utc>>,
}

/// What one round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RoundReport {
    /// Events the server now holds that it did not before this round (stored or refused).
    pub pushed: u64,
    /// Events refused and parked.
    pub parked: u64,
    /// Events pulled from other devices.
    pub pulled: u64,
    /// Reference items pulled.
    pub reference: u64,
}

/// The wait before the next attempt after `failures` failures in a row: doubling from
/// `base`, at most `max`, never zero.
pub fn backoff(failures: u32, base: Duration, max: Duration) -> Duration {
    let factor = 1u32.checked_shl(failures.min(16)).unwrap_or(u32::MAX);
    base.saturating_mul(factor)
        .min(max)
        .max(Duration::from_millis(1))
}

/// The sync client of one tablet.
#[derive(Clone, Debug)]
pub struct SyncClient {
    http: reqwest::Client,
    base: String,
    /// Events per push.
    pub batch: u32,
    /// Items per pull page.
    pub page: u32,
    /// The server's clock minus this tablet's, in milliseconds, as learned from the server's
    /// answers (`HEADER_SERVER_TIME`); shared by the clones of this client.
    offset_ms: std::sync::Arc<std::sync::atomic::AtomicI64>,
    /// How far this tablet's clock reads from the system's: zero in service; a test or a
    /// rehearsal sets it to play a tablet whose clock is wrong.
    clock_error: chrono::Duration,
}

/// How far off a tablet's clock may be before the DCO is told (a signed request is refused
/// past 5 minutes; the correction makes it work, but the tablet's clock should be fixed).
pub const CLOCK_WARNING_MS: i64 = 2 * 60 * 1000;

impl SyncClient {
    /// A client for the server at `base` (e.g. `https://kinline.centre.internal:8443`).
    /// `root_cert_pem` adds a trusted certificate (the centre's own CA or a dev certificate).
    pub fn new(base: &str, root_cert_pem: Option<&[u8]>) -> Result<Self, SyncError> {
        let mut b = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(5));
        if let Some(pem) = root_cert_pem {
            let cert = reqwest::Certificate::from_pem(pem)
                .map_err(|e| SyncError::Network(format!("the server certificate: {e}")))?;
            b = b.add_root_certificate(cert);
        }
        let http = b.build().map_err(|e| SyncError::Network(e.to_string()))?;
        Ok(Self {
            http,
            base: base.trim_end_matches('/').to_owned(),
            batch: 500,
            page: 500,
            offset_ms: std::sync::Arc::default(),
            clock_error: chrono::Duration::zero(),
        })
    }

    /// This client as a tablet whose clock reads `error` off (a test or a rehearsal of a
    /// tablet with a wrong date and time).
    pub fn with_clock_error(mut self, error: chrono::Duration) -> Self {
        self.clock_error = error;
        self
    }

    /// This tablet's own clock.
    fn local_now(&self) -> DateTime<Utc> {
        Utc::now() + self.clock_error
    }

    /// The time by the server's clock, as far as this tablet has learned it: the time the
    /// tablet signs requests and records events on, so a wrong clock still syncs.
    pub fn server_now(&self) -> DateTime<Utc> {
        let offset = self.offset_ms.load(std::sync::atomic::Ordering::Relaxed);
        self.local_now() + chrono::Duration::milliseconds(offset)
    }

    /// How far this tablet's clock is from the server's (server minus tablet), as learned.
    pub fn clock_offset(&self) -> chrono::Duration {
        chrono::Duration::milliseconds(self.offset_ms.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// Learns the server's clock from an answer's `HEADER_SERVER_TIME`.
    fn learn_time(&self, resp: &reqwest::Response) {
        let server_ms = resp
            .headers()
            .get(kinline_shared::sync::HEADER_SERVER_TIME)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<i64>().ok());
        if let Some(server_ms) = server_ms {
            let offset = server_ms.saturating_sub(self.local_now().timestamp_millis());
            let before = self
                .offset_ms
                .swap(offset, std::sync::atomic::Ordering::Relaxed);
            if (offset - before).abs() > CLOCK_WARNING_MS {
                tracing::warn!(
                    offset_ms = offset,
                    "this tablet's clock differs from the server's; signing on the server's time"
                );
            }
        }
    }

    /// Enrols this tablet with a one-time code (unsigned: the code is the proof).
    pub async fn enrol(
        &self,
        code: &str,
        device: DeviceId,
        public_key: [u8; 32],
    ) -> Result<DeviceId, SyncError> {
        let req = kinline_shared::sync::EnrolRequest {
            protocol: PROTOCOL_VERSION,
            code: code.to_owned(),
            device,
            public_key: hex::encode(public_key),
        };
        let resp = self
            .http
            .post(format!("{}/api/enrol", self.base))
            .json(&req)
            .send()
            .await
            .map_err(|e| SyncError::Network(e.to_string()))?;
        self.learn_time(&resp);
        let r: kinline_shared::sync::EnrolResponse = answer(resp).await?;
        Ok(r.device)
    }

    /// Whether the server answers (its unsigned health route). This also opens the
    /// connection the next requests reuse (kept alive).
    pub async fn reachable(&self) -> Result<(), SyncError> {
        let resp = self
            .http
            .get(format!("{}/api/health", self.base))
            .send()
            .await
            .map_err(|e| SyncError::Network(e.to_string()))?;
        self.learn_time(&resp);
        let _: serde_json::Value = answer(resp).await?;
        Ok(())
    }

    async fn signed<S: SyncStore, T: Serialize, R: DeserializeOwned>(
        &self,
        store: &Mutex<S>,
        path: &'static str,
        body: &T,
    ) -> Result<R, SyncError> {
        let request = sign(store, path, body, self.server_now())?;
        match self.send(request).await {
            // The answer taught this client the server's time: signed again on it, once.
            Err(e) if is_clock_skew(&e) => {
                let request = sign(store, path, body, self.server_now())?;
                self.send(request).await
            }
            other => other,
        }
    }

    /// Sends a signed request and reads its answer.
    async fn send<R: DeserializeOwned>(&self, request: SignedRequest) -> Result<R, SyncError> {
        let resp = self
            .http
            .post(format!("{}{}", self.base, request.path))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(HEADER_DEVICE, request.device.to_string())
            .header(HEADER_TIMESTAMP, request.timestamp_ms.to_string())
            .header(HEADER_NONCE, request.nonce)
            .header(HEADER_SIGNATURE, hex::encode(request.signature))
            .body(request.body)
            .send()
            .await
            .map_err(|e| SyncError::Network(e.to_string()))?;
        self.learn_time(&resp);
        answer(resp).await
    }

    /// Pushes the whole outbox, batch by batch; refused events are parked.
    pub async fn push_all<S: SyncStore>(&self, store: &Mutex<S>) -> Result<RoundReport, SyncError> {
        let mut report = RoundReport::default();
        let mut resigned = false;
        while let Some(push) = self.prepare_push(store)? {
            let one = match self.send_push(store, push).await {
                // The answer taught this client the server's time: prepared again, once.
                Err(e) if is_clock_skew(&e) && !resigned => {
                    resigned = true;
                    continue;
                }
                other => other?,
            };
            report.pushed += one.pushed;
            report.parked += one.parked;
        }
        Ok(report)
    }

    /// The next push of the outbox, built and signed (none if the outbox is empty). It is
    /// good for the server's clock window (5 minutes) and once: [`Self::send_push`].
    pub fn prepare_push<S: SyncStore>(
        &self,
        store: &Mutex<S>,
    ) -> Result<Option<PreparedPush>, SyncError> {
        let (device, batch, contacts, carried) = {
            let s = lock(store)?;
            (
                s.device(),
                s.outbox_batch(self.batch)?,
                s.caller_contacts_to_push(MAX_CONTACTS_PER_PUSH)?,
                s.caller_contacts_to_carry(MAX_CONTACTS_PER_PUSH)?,
            )
        };
        let Some(first) = batch.first().map(|e| e.index) else {
            return Ok(None);
        };
        let last = batch.last().map_or(first, |e| e.index);
        let req = PushRequest {
            protocol: PROTOCOL_VERSION,
            device,
            events: batch,
            contacts,
            signs_in: true,
            carried,
        };
        let request = sign(store, "/api/sync/push", &req, self.server_now())?;
        Ok(Some(PreparedPush {
            first,
            last,
            request,
        }))
    }

    /// Sends a prepared push; acknowledges what the server holds and parks what it refused.
    pub async fn send_push<S: SyncStore>(
        &self,
        store: &Mutex<S>,
        push: PreparedPush,
    ) -> Result<RoundReport, SyncError> {
        let PreparedPush {
            first,
            last,
            request,
        } = push;
        let device = request.device;
        let resp: PushResponse = self.send(request).await?;
        let mut report = RoundReport::default();
        let now = Utc::now();
        {
            let mut s = lock(store)?;
            for (id, refusal) in &resp.refused {
                tracing::warn!(event = %id, device = %device, "event refused by the server; parked");
                s.park(*id, refusal, now)?;
                report.parked += 1;
            }
            s.acknowledge(resp.high_water, now)?;
            if !resp.contacts.is_empty() {
                s.caller_contacts_sent(&resp.contacts)?;
            }
        }
        if resp.high_water < first {
            // The server lost the end of this tablet's log (restored from a backup): the log
            // after what it holds goes back in the outbox and the next push sends it. Only
            // once: a second gap at the same place finds nothing new to put back.
            let resent = lock(store)?.resend_after(resp.high_water)?;
            if resent > 0 {
                tracing::warn!(device = %device, from = resp.high_water + 1, resent,
                    "the server lacked part of this tablet's log; pushing it again");
                return Ok(report);
            }
            // Nothing this tablet holds would fill the gap: report it rather than spin.
            return Err(SyncError::Server {
                status: 409,
                code: "log_gap".into(),
                message: format!(
                    "the server holds this tablet's log only up to {}, but the outbox starts at {first}",
                    resp.high_water
                ),
                retry: false,
            });
        }
        report.pushed = resp.high_water.min(last) + 1 - first;
        Ok(report)
    }

    /// Pulls other devices' events and reference data until nothing more is waiting.
    pub async fn pull_all<S: SyncStore>(&self, store: &Mutex<S>) -> Result<RoundReport, SyncError> {
        let mut report = RoundReport::default();
        loop {
            let (device, cursor) = {
                let s = lock(store)?;
                (s.device(), s.pull_cursor()?)
            };
            let req = PullRequest {
                protocol: PROTOCOL_VERSION,
                device,
                cursor,
                limit: self.page,
            };
            let resp: PullResponse = self.signed(store, "/api/sync/pull", &req).await?;
            report.pulled += resp.events.len() as u64;
            lock(store)?.apply_remote(&resp.events, resp.cursor, Utc::now())?;
            if !resp.more {
                break;
            }
        }
        loop {
            let (device, cursor, mut locked_out) = {
                let s = lock(store)?;
                (s.device(), s.reference_cursor()?, s.locked_out()?)
            };
            locked_out.truncate(kinline_shared::sync::MAX_LOCKED_OUT);
            let req = ReferenceRequest {
                protocol: PROTOCOL_VERSION,
                device,
                cursor,
                limit: self.page,
                locked_out,
            };
            let resp: ReferenceResponse = self.signed(store, "/api/sync/reference", &req).await?;
            report.reference += resp.items.len() as u64;
            lock(store)?.apply_reference(&resp.items, resp.cursor, Utc::now())?;
            if !resp.more {
                break;
            }
        }
        Ok(report)
    }

    /// One round: push everything, then pull everything.
    pub async fn sync_once<S: SyncStore>(
        &self,
        store: &Mutex<S>,
    ) -> Result<RoundReport, SyncError> {
        let pushed = self.push_all(store).await?;
        let pulled = self.pull_all(store).await?;
        Ok(RoundReport {
            pulled: pulled.pulled,
            reference: pulled.reference,
            ..pushed
        })
    }
}

/// A request signed by the device key: the body and the signed headers.
#[derive(Debug)]
struct SignedRequest {
    path: &'static str,
    device: DeviceId,
    timestamp_ms: i64,
    nonce: String,
    signature: [u8; 64],
    body: Vec<u8>,
}

/// A push built and signed by [`SyncClient::prepare_push`], to send once.
#[derive(Debug)]
pub struct PreparedPush {
    first: u64,
    last: u64,
    request: SignedRequest,
}

/// Whether the server refused a request for its timestamp (the tablet's clock).
fn is_clock_skew(e: &SyncError) -> bool {
    matches!(e, SyncError::Server { code, .. } if code == "clock_skew")
}

/// Serialises `body` and signs it for `path` with a fresh nonce and the time `now` (the
/// server's, as this client learned it).
fn sign<S: SyncStore, T: Serialize>(
    store: &Mutex<S>,
    path: &'static str,
    body: &T,
    now: DateTime<Utc>,
) -> Result<SignedRequest, SyncError> {
    let body = serde_json::to_vec(body).map_err(|e| StoreFailure(e.to_string()))?;
    let mut nonce = [0u8; 16];
    getrandom::fill(&mut nonce).map_err(|e| StoreFailure(e.to_string()))?;
    let nonce = hex::encode(nonce);
    let timestamp_ms = now.timestamp_millis();
    let to_sign = request_signing_bytes("POST", path, timestamp_ms, &nonce, &body);
    let (device, signature) = {
        let s = lock(store)?;
        (s.device(), s.sign(&to_sign))
    };
    Ok(SignedRequest {
        path,
        device,
        timestamp_ms,
        nonce,
        signature,
        body,
    })
}

fn lock<S>(store: &Mutex<S>) -> Result<std::sync::MutexGuard<'_, S>, StoreFailure> {
    store
        .lock()
        .map_err(|_| StoreFailure("the store lock is poisoned".into()))
}

async fn answer<R: DeserializeOwned>(resp: reqwest::Response) -> Result<R, SyncError> {
    let status = resp.status();
    let bytes = resp
        .bytes()
        .await
        .map_err(|e| SyncError::Network(format!("the answer was cut: {e}")))?;
    if status.is_success() {
        return serde_json::from_slice(&bytes)
            .map_err(|e| SyncError::Network(format!("the answer was not understood: {e}")));
    }
    let body: Option<ErrorBody> = serde_json::from_slice(&bytes).ok();
    let retry = status.is_server_error() || status.as_u16() == 429 || status.as_u16() == 408;
    Err(match body {
        Some(b) => SyncError::Server {
            status: status.as_u16(),
            code: b.error,
            message: b.message,
            retry: b.retry || retry,
        },
        None => SyncError::Server {
            status: status.as_u16(),
            code: "http_error".into(),
            message: status.to_string(),
            retry,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let s = Duration::from_secs(1);
        let cap = Duration::from_secs(60);
        assert_eq!(backoff(0, s, cap), s);
        assert_eq!(backoff(1, s, cap), 2 * s);
        assert_eq!(backoff(3, s, cap), 8 * s);
        assert_eq!(backoff(10, s, cap), cap);
        assert_eq!(backoff(u32::MAX, s, cap), cap);
    }
}
