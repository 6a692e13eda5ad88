//! The centre server's behaviour, independent of HTTP: enrolment, signed-request checks, push
//! and pull, staff sign-in and recording through the rulebook, and the centre projection the
//! staff API reads (with its policy exceptions). The video calls' part is in [`calls`].

pub(crate) mod admin;
pub mod calls;
pub mod contacts;
mod lists;
pub(crate) mod sessions;

use crate::argon::{ArgonGate, ArgonGauge};
use crate::auth::{self, SignedHeaders};
use crate::config::Config;
use crate::db::{Db, StaffRow, StoredEvent};
use crate::error::{Failure, ServerError, ServiceError};
use crate::fresh::{new_id, now_ms};
use crate::push::{Checked, Denial, Job, Outcome, Proof, ToCheck};
use crate::throttle::{SignInThrottle, Verdict};
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use kinline_shared::actor::{Actor, Role, may_record};
use kinline_shared::clock::Stamp;
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{DeviceId, EventId, StaffId};
use kinline_shared::projection::Centre;
use kinline_shared::recorder::{ChainHead, Recorder};
use kinline_shared::sync::{
    EnrolRequest, EnrolResponse, LoggedEvent, PROTOCOL_VERSION, PullRequest, PullResponse,
    PushRequest, PushResponse, ReferenceItem, ReferenceRequest, ReferenceResponse,
};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::{mpsc, oneshot};

/// How many pushed events one blocking task verifies.
const VERIFY_CHUNK: usize = 128;

/// The most events one group commit writes (it takes whatever is queued, up to this).
const GROUP_EVENTS: usize = 20_000;

/// The most jobs one group commit writes.
const GROUP_JOBS: usize = 1024;

/// What the group commit has done so far (see [`Server::commit_stats`]).
#[derive(Default)]
struct CommitStats {
    groups: AtomicU64,
    busy_micros: AtomicU64,
}

/// The most signatures one group of checks verifies together.
const VERIFY_GROUP: usize = 512;

/// The most events one group of checks serialises and hashes (a signed push's events need
/// no signature check of their own, but this work), so one blocking task does not take a
/// whole wave's events while the other cores wait.
const VERIFY_GROUP_EVENTS: usize = 2048;

/// Events waiting for their signature checks, and where the verdict goes.
type QueuedCheck = (ToCheck, oneshot::Sender<Option<Vec<Checked>>>);

/// A job waiting for the group commit, and where its outcome goes.
type Queued = (Job, oneshot::Sender<Result<Outcome, ServerError>>);

/// An enrolled device's key as this server last read it. A device's key never changes (a
/// re-enrolled tablet has a new id); `revoked` here only fails fast: the group commit reads
/// the stored flag in the same transaction as the request's write.
#[derive(Clone, Copy)]
struct DeviceKey {
    key: VerifyingKey,
    revoked: bool,
}

/// A signed request's proof, verified together with its push's events: its nonce, the
/// bytes it signed (`request_signing_bytes`) and its signature.
pub(crate) struct RequestProof {
    /// The request's nonce.
    pub nonce: String,
    /// Method, path, timestamp, nonce and body, as signed.
    pub signing_bytes: Vec<u8>,
    /// The device's signature over them.
    pub signature: ed25519_dalek::Signature,
}

/// The most events or items one pull page returns.
pub const MAX_PAGE: u32 = 1000;

/// A staff session's token, returned once at sign-in.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(pub String);

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(***)")
    }
}

/// The folded centre, kept up to date from the log on demand.
#[derive(Default)]
struct Projection {
    events: BTreeMap<(Stamp, EventId), Event>,
    centre: Centre,
    seq: u64,
}

/// The centre server.
pub struct Server {
    /// Its configuration.
    pub config: Config,
    /// Its counters, served at `/metrics`; whatever else counts (the invitation outbox)
    /// holds a clone.
    pub metrics: Arc<crate::metrics::Metrics>,
    db: Arc<Db>,
    /// The staff console's browser sessions: when each was last used (idle timeout).
    pub(crate) console: sessions::Sessions,
    /// The group commit's queue: every signed request's nonce and every push go through it.
    commits: mpsc::UnboundedSender<Queued>,
    /// The group commit's thread, joined when the server is dropped (see `Drop`).
    committer: Mutex<Option<std::thread::JoinHandle<()>>>,
    keys: Mutex<HashMap<DeviceId, DeviceKey>>,
    /// How many groups the group commit wrote, and how long it took.
    commit_stats: Arc<CommitStats>,
    /// The signature checks' queue (see `verify_loop`).
    checks: mpsc::UnboundedSender<QueuedCheck>,
    key: SigningKey,
    device: DeviceId,
    /// Makes the events staff record through the staff API, in the server's own log.
    own: tokio::sync::Mutex<Recorder>,
    projection: tokio::sync::Mutex<Projection>,
    requests: AtomicU64,
    staff_roles: Mutex<HashMap<StaffId, Option<Role>>>,
    signalling: crate::signalling::Signalling,
    /// Wrong PINs per account and address (`throttle`).
    throttle: Mutex<SignInThrottle>,
    /// Every Argon2 run: on the blocking pool, a bounded number at once (`crate::argon`).
    argon: ArgonGate,
    /// What an unknown staff id's PIN is verified against: one verification, as for a known
    /// one, so the time taken does not tell which ids exist.
    unknown_hash: String,
    /// Woken when a push queued caller's messages: the dispatcher sends them at once.
    outbox_nudge: tokio::sync::Notify,
    /// The key join codes are derived under ([`crate::signalling::JoinCode::for_booking`]):
    /// from the signing key, so a database without the key file gives nobody a code.
    code_key: [u8; 32],
}

impl Drop for Server {
    /// Closes the group commit's queue and waits for its thread, which holds the database: the
    /// database is closed here, not by a thread still running while the process exits (SQLCipher
    /// then calls into OpenSSL after OpenSSL's exit handler freed it: a crash at exit).
    fn drop(&mut self) {
        let (closed, _) = mpsc::unbounded_channel();
        drop(std::mem::replace(&mut self.commits, closed));
        let handle = self.committer.lock().ok().and_then(|mut h| h.take());
        if let Some(handle) = handle
            && handle.thread().id() != std::thread::current().id()
        {
            let _ = handle.join();
        }
    }
}

/// Rewrites every tablet's device settings whose booking horizon is not `horizon_days` (the
/// administrator changed `booking_horizon_days` in server.toml), so each tablet pulls the new
/// one on its next sync. Returns how many were rewritten (none on an unchanged start).
async fn republish_device_settings(db: &Db, horizon_days: u32) -> Result<usize, ServerError> {
    const PAGE: u32 = 1000;
    let mut stale = Vec::new();
    let mut cursor = 0;
    loop {
        let page = db.reference_after(cursor, PAGE).await?;
        let Some((last, _)) = page.last() else { break };
        cursor = *last;
        stale.extend(page.into_iter().filter_map(|(_, item)| match item {
            ReferenceItem::DeviceSettings {
                device,
                sync_interval_secs,
                booking_horizon_days,
                enabled,
            } if booking_horizon_days != horizon_days => Some(ReferenceItem::DeviceSettings {
                device,
                sync_interval_secs,
                booking_horizon_days: horizon_days,
                enabled,
            }),
            _ => None,
        }));
    }
    for item in &stale {
        db.upsert_reference(item).await?;
    }
    Ok(stale.len())
}

impl Server {
    /// Opens the database, runs migrations, and loads or creates the server's own device key.
    pub async fn open(config: Config) -> Result<Self, ServerError> {
        let db = Db::open(&config).await?;
        let key = signing_key(&config, &db).await?;
        let code_key = join_code_key(&key);
        let moved = db
            .hash_plain_call_codes(crate::signalling::JoinCode::hash)
            .await?;
        if moved > 0 {
            tracing::info!(
                codes = moved,
                "join codes stored in clear are now kept hashed"
            );
        }
        let moved = republish_device_settings(&db, config.booking_horizon_days).await?;
        if moved > 0 {
            tracing::info!(
                tablets = moved,
                days = config.booking_horizon_days,
                "the booking horizon changed: tablets get it on their next sync"
            );
        }
        let device_id = db.meta_init("server_device", &new_id().to_string()).await?;
        let device: DeviceId = device_id
            .parse()
            .map_err(|_| ServerError::Corrupt("the server device id".into()))?;
        db.ensure_device(device, key.verifying_key().to_bytes(), now_ms())
            .await?;
        let row = db
            .device(device)
            .await?
            .ok_or_else(|| ServerError::Corrupt("the server device".into()))?;
        // The server's clock resumes after the last stamp it issued.
        let last = db
            .events_after(0, None, u32::MAX)
            .await
            .map(|v| {
                v.into_iter()
                    .filter(|e| e.event.device == device)
                    .map(|e| e.event.stamp)
                    .max()
            })
            .unwrap_or(None);
        tracing::info!(backend = db.backend(), device = %device, "centre server opened");
        let db = Arc::new(db);
        let (commits, queue) = mpsc::unbounded_channel();
        let commit_stats = Arc::new(CommitStats::default());
        let metrics = Arc::new(crate::metrics::Metrics::default());
        // The group commit runs on a thread of its own: its database round trips are not
        // queued behind the requests the server's runtime is busy with (500 tablets' pushes
        // at once). It ends when the server is dropped (its queue closes).
        let committing = commit_loop(
            Arc::clone(&db),
            queue,
            Arc::clone(&commit_stats),
            Arc::clone(&metrics),
        );
        let runtime = tokio::runtime::Builder::new_current_thread()
            .thread_name("group-commit")
            .enable_all()
            .build()
            .map_err(|e| ServerError::Task(format!("the group commit's runtime: {e}")))?;
        let committer = std::thread::Builder::new()
            .name("group-commit".into())
            .spawn(move || runtime.block_on(committing))
            .map_err(|e| ServerError::Task(format!("the group commit's thread: {e}")))?;
        let (checks, queued) = mpsc::unbounded_channel();
        tokio::spawn(verify_loop(
            queued,
            std::thread::available_parallelism().map_or(2, usize::from),
        ));
        let service = Self {
            code_key,
            db,
            commits,
            committer: Mutex::new(Some(committer)),
            keys: Mutex::new(HashMap::new()),
            checks,
            commit_stats,
            metrics,
            key,
            device,
            own: tokio::sync::Mutex::new(Recorder::resume(
                device,
                last,
                ChainHead {
                    index: row.high,
                    hash: row.last_hash,
                },
            )),
            projection: tokio::sync::Mutex::new(Projection::default()),
            requests: AtomicU64::new(0),
            staff_roles: Mutex::new(HashMap::new()),
            throttle: Mutex::new(SignInThrottle::default()),
            argon: ArgonGate::default(),
            outbox_nudge: tokio::sync::Notify::new(),
            console: sessions::Sessions::default(),
            unknown_hash: tokio::task::spawn_blocking(|| auth::hash_secret("no such account"))
                .await
                .map_err(|e| ServerError::Task(e.to_string()))?,
            signalling: crate::signalling::Signalling::new(
                config.calls.turn.clone(),
                std::time::Duration::from_secs(config.calls.recovery_secs),
                config.clock,
            ),
            config,
        };
        service.withdraw_console_verifiers().await?;
        Ok(service)
    }

    /// The centre's calendar time now ([`Config::clock`]): what slots, joining and recording
    /// are decided by.
    pub fn centre_now(&self) -> chrono::DateTime<Utc> {
        self.config.clock.at(Utc::now())
    }

    /// The database (for checks and tools).
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Woken when a push queued caller's messages (`dispatch::Dispatcher` waits on it).
    pub fn outbox_nudge(&self) -> &tokio::sync::Notify {
        &self.outbox_nudge
    }

    /// The group commit so far: how many groups it wrote, and the time it spent writing
    /// them (transaction and disk flush included), for benchmarks.
    pub fn commit_stats(&self) -> (u64, std::time::Duration) {
        (
            self.commit_stats.groups.load(Ordering::Relaxed),
            std::time::Duration::from_micros(self.commit_stats.busy_micros.load(Ordering::Relaxed)),
        )
    }

    /// The server's own device id (events recorded through the staff API carry it).
    pub fn device(&self) -> DeviceId {
        self.device
    }

    // ---- enrolment and devices ----

    /// Creates a one-time enrolment code; returns the code and when it expires.
    pub async fn create_enrolment_code(&self) -> Result<(String, DateTime<Utc>), ServiceError> {
        // 10 random bytes, grouped for reading aloud or typing on a tablet.
        let raw = hex::encode(auth::random_bytes::<10>());
        let code = raw
            .as_bytes()
            .chunks(5)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("-");
        let expires = Utc::now() + chrono::Duration::minutes(self.config.enrolment_code_minutes);
        self.db
            .create_enrol_code(&auth::token_hash(&code), expires.timestamp_millis())
            .await?;
        Ok((code, expires))
    }

    /// Enrols a tablet with a one-time code and its public key.
    pub async fn enrol(&self, req: EnrolRequest) -> Result<EnrolResponse, ServiceError> {
        check_protocol(req.protocol)?;
        let key: [u8; 32] = hex::decode(req.public_key.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .filter(|k: &[u8; 32]| VerifyingKey::from_bytes(k).is_ok())
            .ok_or_else(|| {
                ServiceError::invalid(
                    "bad_public_key",
                    "the public key must be 32 bytes of Ed25519, in hex",
                )
            })?;
        let device = req.device;
        let code = req.code.trim().to_ascii_lowercase();
        // The same tablet asking again with the same key and the code it used (its answer was
        // lost, or the server failed after enrolling it): it is enrolled; what follows is
        // done again. Another tablet's used code is refused like any used code.
        let again = match self.db.device(device).await? {
            None => false,
            Some(row)
                if row.public_key == key
                    && !row.revoked
                    && self
                        .db
                        .code_used_by(&auth::token_hash(&code), device)
                        .await? =>
            {
                true
            }
            Some(_) => {
                return Err(ServiceError::new(
                    Failure::Conflict,
                    "device_exists",
                    "a device with this id is already enrolled; the tablet must make a new id",
                ));
            }
        };
        if !again
            && !self
                .db
                .enrol(&auth::token_hash(&code), now_ms(), device, key)
                .await?
        {
            return Err(ServiceError::forbidden(
                "that enrolment code is unknown, used or expired; ask an administrator for a new one",
            )
            .with_code("enrolment_code_invalid"));
        }
        // The key is known now: its first signed request needs no read.
        if let (Ok(key), Ok(mut m)) = (VerifyingKey::from_bytes(&key), self.keys.lock()) {
            m.insert(
                device,
                DeviceKey {
                    key,
                    revoked: false,
                },
            );
        }
        self.db
            .label_device_from_code(&auth::token_hash(&code), device)
            .await?;
        self.db
            .upsert_reference(&ReferenceItem::DeviceSettings {
                device,
                sync_interval_secs: 60,
                booking_horizon_days: self.config.booking_horizon_days,
                enabled: true,
            })
            .await?;
        tracing::info!(device = %device, "tablet enrolled");
        Ok(EnrolResponse { device })
    }

    /// Revokes a tablet: refused from its next request on. False if unknown.
    pub async fn revoke(&self, device: DeviceId) -> Result<bool, ServiceError> {
        let found = self.db.revoke_device(device).await?;
        self.forget_key(device);
        // Its open call sockets close now, not at their next message.
        self.signalling.close_device(device);
        if found {
            self.db
                .upsert_reference(&ReferenceItem::DeviceSettings {
                    device,
                    sync_interval_secs: 60,
                    booking_horizon_days: self.config.booking_horizon_days,
                    enabled: false,
                })
                .await?;
            tracing::info!(device = %device, "tablet revoked");
        }
        Ok(found)
    }

    /// Authenticates a signed sync request: enrolled, not revoked, in the clock window,
    /// signature valid, nonce never seen. Returns the device and its key.
    pub(crate) async fn authenticate(
        &self,
        headers: &SignedHeaders,
        method: &str,
        path: &str,
        body: &[u8],
    ) -> Result<(DeviceId, VerifyingKey), ServiceError> {
        let key = self.verify_request(headers, method, path, body).await?;
        self.commit(Job {
            device: headers.device,
            nonce: Some(headers.nonce.clone()),
            received_ms: now_ms(),
            batch: None,
        })
        .await?;
        Ok((headers.device, key))
    }

    /// The checks of a signed request that need no write: enrolled, not revoked (as last
    /// read), in the clock window, signature valid. The nonce is remembered by the write
    /// that follows ([`Self::authenticate`], or the push's own transaction).
    pub(crate) async fn verify_request(
        &self,
        headers: &SignedHeaders,
        method: &str,
        path: &str,
        body: &[u8],
    ) -> Result<VerifyingKey, ServiceError> {
        let key = self.admit_request(headers).await?;
        auth::verify_signed(headers, &key, method, path, body, now_ms())?;
        Ok(key)
    }

    /// The checks of a signed request before its signature: enrolled, not revoked (as last
    /// read), in the clock window. Returns the device's key, to verify the signature with
    /// ([`Self::verify_request`], or together with a push's events: [`RequestProof`]).
    pub(crate) async fn admit_request(
        &self,
        headers: &SignedHeaders,
    ) -> Result<VerifyingKey, ServiceError> {
        let device = self.device_key(headers.device).await?;
        if device.revoked {
            return Err(revoked());
        }
        let now = now_ms();
        auth::check_window(headers, now)?;
        if self
            .requests
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(1024)
        {
            let window = kinline_shared::sync::MAX_REQUEST_SKEW_MS;
            self.db.prune_nonces(now - 2 * window - 1000).await?;
        }
        Ok(device.key)
    }

    /// An enrolled device's key, read once and then kept in memory.
    async fn device_key(&self, device: DeviceId) -> Result<DeviceKey, ServiceError> {
        if let Some(k) = self.keys.lock().ok().and_then(|m| m.get(&device).copied()) {
            return Ok(k);
        }
        let row = self.db.device(device).await?.ok_or_else(|| {
            ServiceError::unidentified(
                "unknown_device",
                "this tablet is not enrolled with the centre; enrol it with a code",
            )
        })?;
        let key = VerifyingKey::from_bytes(&row.public_key)
            .map_err(|_| ServerError::Corrupt("a stored device key".into()))?;
        let k = DeviceKey {
            key,
            revoked: row.revoked,
        };
        if let Ok(mut m) = self.keys.lock() {
            m.insert(device, k);
        }
        Ok(k)
    }

    /// Forgets a device's key (revoked: the next request reads the stored row again).
    fn forget_key(&self, device: DeviceId) {
        if let Ok(mut m) = self.keys.lock() {
            m.remove(&device);
        }
    }

    /// Hands a job to the group commit and waits for its outcome.
    async fn commit(&self, job: Job) -> Result<Option<PushResponse>, ServiceError> {
        let device = job.device;
        let (tx, rx) = oneshot::channel();
        self.commits
            .send((job, tx))
            .map_err(|_| ServerError::Task("the group commit stopped".into()))?;
        let outcome = rx
            .await
            .map_err(|_| ServerError::Task("the group commit stopped".into()))??;
        match outcome {
            Ok(resp) => Ok(resp),
            Err(Denial::UnknownDevice) => Err(ServiceError::unidentified(
                "unknown_device",
                "this tablet is not enrolled with the centre; enrol it with a code",
            )),
            Err(Denial::Revoked) => {
                self.forget_key(device);
                Err(revoked())
            }
            Err(Denial::Replay) => Err(ServiceError::unidentified(
                "replayed_request",
                "this request was already received once; a replayed request is refused",
            )),
        }
    }

    // ---- sync ----

    /// Stores a pushed batch: each event once, in the device's log order. For a batch whose
    /// request was already authenticated, or the server's own log; a tablet's push comes
    /// through [`Self::push_signed`], which remembers its nonce in the same transaction.
    pub async fn push(
        &self,
        device: DeviceId,
        key: &VerifyingKey,
        req: PushRequest,
    ) -> Result<PushResponse, ServiceError> {
        self.push_signed(device, key, None, req).await
    }

    /// Stores a pushed batch of a signed request, admitted by [`Self::admit_request`]: the
    /// request's signature (`proof`, which covers the whole body and so every event in it)
    /// is verified once, batched with other pushes', off the async threads, where the
    /// events are serialised and hashed into their chain in parallel chunks; nothing is
    /// written unless the request's signature holds. Without a proof, each event's own
    /// signature is verified instead. The batch is then committed with the request's nonce,
    /// grouped with the pushes arriving meanwhile.
    pub(crate) async fn push_signed(
        &self,
        device: DeviceId,
        key: &VerifyingKey,
        proof: Option<RequestProof>,
        req: PushRequest,
    ) -> Result<PushResponse, ServiceError> {
        // A request refused before its signature is checked is refused as unsigned if its
        // signature is bad: only the key's holder learns more.
        let refuse = |e: ServiceError| match &proof {
            Some(p) if key.verify_strict(&p.signing_bytes, &p.signature).is_err() => {
                auth::bad_signature()
            }
            _ => e,
        };
        check_protocol(req.protocol).map_err(refuse)?;
        if req.contacts.len() > kinline_shared::contact::MAX_PER_PUSH
            || req.carried.len() > kinline_shared::contact::MAX_PER_PUSH
        {
            return Err(refuse(ServiceError::new(
                Failure::TooLarge,
                "batch_too_large",
                format!(
                    "at most {} callers' contacts per push; send them with smaller batches",
                    kinline_shared::contact::MAX_PER_PUSH
                ),
            )));
        }
        if req.device != device {
            return Err(refuse(ServiceError::forbidden(
                "a tablet may push only its own events",
            )));
        }
        if req.events.len() > self.config.max_batch {
            return Err(refuse(ServiceError::new(
                Failure::TooLarge,
                "batch_too_large",
                format!(
                    "at most {} events per push; send smaller batches",
                    self.config.max_batch
                ),
            )));
        }
        // A tablet of the release before sign-ins were events cannot record them: admitted
        // (its events without the sign-in check) only while the administrator allows it.
        let signs_in = req.signs_in;
        if device != self.device && !signs_in {
            if !self.config.previous_release_tablets {
                return Err(refuse(ServiceError::new(
                    Failure::Outdated,
                    "tablet_release_too_old",
                    "this tablet's app is from before sign-ins were recorded, and this server \
                     refuses its pushes: update the tablet's app (its events wait in its outbox), \
                     or set previous_release_tablets = true in server.toml while the tablets \
                     are updated",
                )));
            }
            tracing::info!(device = %device,
                "a previous-release tablet pushed: admitted without sign-ins");
        }
        // The checks are CPU work (serialising and hashing each event into its chain, and
        // the signatures): off the async threads, in chunks checked together with other
        // pushes' (see `verify_loop`). A signed request's signature covers its whole body,
        // so it is verified once, with the first chunk, for all its events
        // (`push::Proof`); an unsigned push's events are verified one by one.
        let nonce = proof.as_ref().map(|p| p.nonce.clone());
        let signed = proof.is_some();
        let mut first = Some(match proof {
            Some(p) => Proof::Request(p.signing_bytes, p.signature),
            None => Proof::Events,
        });
        let verdicts = {
            let mut waits = Vec::new();
            let mut events = req.events;
            while !events.is_empty() || first.is_some() {
                let rest = events.split_off(events.len().min(VERIFY_CHUNK));
                let chunk = std::mem::replace(&mut events, rest);
                let (tx, rx) = oneshot::channel();
                let check = ToCheck {
                    device,
                    key: *key,
                    events: chunk,
                    proof: match first.take() {
                        Some(proof) => proof,
                        None if signed => Proof::SameRequest,
                        None => Proof::Events,
                    },
                };
                self.checks
                    .send((check, tx))
                    .map_err(|_| ServerError::Task("the signature checks stopped".into()))?;
                waits.push(rx);
            }
            waits
        };
        let mut batch: Vec<Checked> = Vec::new();
        let mut authentic = true;
        for rx in verdicts {
            match rx
                .await
                .map_err(|_| ServerError::Task("the signature checks stopped".into()))?
            {
                Some(checked) => batch.extend(checked),
                None => authentic = false,
            }
        }
        if !authentic {
            return Err(auth::bad_signature());
        }
        // Values the centre can hold, times near now: before anything reads them.
        let system = Utc::now();
        let centre = self.config.clock.at(system);
        let window = self.config.receive_window();
        for c in &mut batch {
            c.check_bounds(system, centre, &window);
        }
        // The staff named, once the request is known to be the device's.
        let mut roles = HashMap::new();
        for c in &batch {
            if let Actor::Staff { id, .. } = c.logged.event.actor
                && !roles.contains_key(&id)
            {
                roles.insert(id, self.staff_role(id).await?);
            }
        }
        for c in &mut batch {
            c.check_permission(|s| roles.get(&s).copied().flatten());
        }
        if device != self.device {
            admin::refuse_from_tablets(&mut batch);
            // Who is signed in on the tablet where its stored log ends, then along the batch.
            let signed_in = self
                .projection()
                .await?
                .centre
                .signed_in
                .get(&device)
                .copied();
            if signs_in {
                admin::refuse_unsigned(signed_in, &mut batch);
            }
        }
        let n = batch.len();
        // The server's own clock observes what it accepts, so a staff member's later action
        // sorts after a tablet's event whatever the two clocks said (bounded: an accepted
        // stamp is at most the receive window ahead).
        let newest = batch
            .iter()
            .filter(|c| c.refusal.is_none())
            .map(|c| c.logged.event.stamp)
            .max();
        let booked = calls::booked_in(&batch);
        let cancelled = calls::cancelled_in(&batch);
        // The callers of the bookings it makes (or ones the centre holds), before the events
        // are committed: the invitation planned with them finds its recipient at once.
        let contacts = self
            .take_contacts(device, req.contacts, &calls::slots_booked_in(&batch))
            .await?;
        let mut resp = self
            .commit(Job {
                device,
                nonce,
                received_ms: now_ms(),
                batch: Some(batch),
            })
            .await?
            .ok_or_else(|| ServerError::Task("a push was answered as a nonce".into()))?;
        resp.contacts = contacts;
        // Rebookings' callers carried over from earlier bookings: after the commit, so the
        // rebookings are known.
        resp.contacts
            .extend(self.carry_contacts(device, req.carried).await?);
        // Not for the server's own log: `record` holds `own` while it pushes, and its stamps
        // are its own clock's already.
        if let Some(stamp) = newest.filter(|_| device != self.device) {
            let mut own = self.own.lock().await;
            if let Err(e) = own.observe(stamp, self.centre_now().timestamp_millis()) {
                tracing::debug!(ahead_ms = e.ahead_ms, "a pushed stamp not observed");
            }
        }
        self.metrics.push_answered();
        self.open_booked_calls(&booked).await;
        self.close_cancelled_calls(&cancelled);
        if !booked.is_empty() || !cancelled.is_empty() {
            self.outbox_nudge.notify_one();
        }
        tracing::debug!(device = %device, events = n, high = resp.high_water,
            refused = resp.refused.len(), "push");
        Ok(resp)
    }

    /// Stores a device's events with no signature, chain-independent or permission checks:
    /// the storage cost alone, the reference figure of `cargo xtask bench sync`. Not routed.
    pub async fn insert_unchecked(
        &self,
        device: DeviceId,
        events: Vec<LoggedEvent>,
    ) -> Result<PushResponse, ServiceError> {
        let batch = events
            .into_iter()
            .map(|logged| Checked::new(device, None, logged, |_| None))
            .collect();
        let jobs = Arc::new(vec![Job {
            device,
            nonce: None,
            received_ms: now_ms(),
            batch: Some(batch),
        }]);
        match self.db.commit_group(jobs).await?.outcomes.pop() {
            Some(Ok(Some(resp))) => Ok(resp),
            _ => Err(ServerError::Corrupt("the device is not enrolled".into()).into()),
        }
    }

    async fn staff_role(&self, id: StaffId) -> Result<Option<Role>, ServerError> {
        if let Some(r) = self
            .staff_roles
            .lock()
            .ok()
            .and_then(|m| m.get(&id).copied())
        {
            return Ok(r);
        }
        let role = self
            .db
            .staff(id)
            .await?
            .filter(|s| s.active)
            .map(|s| s.role);
        if let Ok(mut m) = self.staff_roles.lock() {
            m.insert(id, role);
        }
        Ok(role)
    }

    /// Events recorded on the centre's other devices, after the cursor.
    pub async fn pull(
        &self,
        device: DeviceId,
        req: PullRequest,
    ) -> Result<PullResponse, ServiceError> {
        check_protocol(req.protocol)?;
        if req.device != device {
            return Err(ServiceError::forbidden("a tablet may pull only as itself"));
        }
        let limit = req.limit.clamp(1, MAX_PAGE);
        let rows = self
            .db
            .events_after(req.cursor, Some(device), limit)
            .await?;
        let more = rows.len() == limit as usize;
        let cursor = rows.last().map_or(req.cursor, |r| r.seq);
        Ok(PullResponse {
            events: rows.into_iter().map(|r| r.event).collect(),
            cursor,
            more,
        })
    }

    /// Reference data changed after the cursor.
    pub async fn reference(
        &self,
        device: DeviceId,
        req: ReferenceRequest,
    ) -> Result<ReferenceResponse, ServiceError> {
        check_protocol(req.protocol)?;
        if req.device != device {
            return Err(ServiceError::forbidden("a tablet may pull only as itself"));
        }
        // Accounts the tablet locked after wrong PINs there (DSO §16): locked here too, in the
        // administrator's staff list, if they are the centre's and work on tablets.
        for id in req
            .locked_out
            .iter()
            .take(kinline_shared::sync::MAX_LOCKED_OUT)
        {
            if self
                .staff_role(*id)
                .await?
                .is_some_and(kinline_shared::pin::works_on_tablets)
                && let Ok(mut t) = self.throttle.lock()
            {
                t.lock_out(*id);
                tracing::warn!(device = %device, staff = %id,
                    "a tablet locked an account after wrong PINs; locked here too");
            }
        }
        let limit = req.limit.clamp(1, MAX_PAGE);
        let rows = self.db.reference_after(req.cursor, limit).await?;
        let more = rows.len() == limit as usize;
        let cursor = rows.last().map_or(req.cursor, |r| r.0);
        Ok(ReferenceResponse {
            items: rows.into_iter().map(|r| r.1).collect(),
            cursor,
            more,
        })
    }

    /// Publishes a piece of reference data (not staff credentials: see [`Self::set_staff`]).
    /// A roster entry must carry the detainee's reference in the centre's form
    /// (`Config::person_reference`); it is kept uppercased, without spaces.
    pub async fn publish_reference(&self, mut item: ReferenceItem) -> Result<u64, ServiceError> {
        match &mut item {
            ReferenceItem::StaffCredential { .. } => {
                return Err(ServiceError::invalid(
                    "use_staff_route",
                    "staff credentials are set through the staff accounts route, which hashes the secret",
                ));
            }
            ReferenceItem::RosterEntry { reference, .. } => {
                *reference = kinline_shared::people::person_reference(
                    reference,
                    &self.config.person_reference,
                )
                .map_err(|e| ServiceError::invalid("bad_reference", e.to_string()))?;
            }
            _ => {}
        }
        Ok(self.db.upsert_reference(&item).await?)
    }

    // ---- staff ----

    /// Creates or updates a member of staff; the secret is stored only as an Argon2 hash, and
    /// the hash goes to tablets for offline sign-in. The account keeps its staff number, or
    /// a new one is issued the first 8 characters of its id (see [`Self::set_staff_numbered`]).
    pub async fn set_staff(
        &self,
        id: StaffId,
        role: Role,
        secret: &str,
        active: bool,
    ) -> Result<(), ServiceError> {
        self.set_staff_numbered(id, role, secret, active, None)
            .await
    }

    /// [`Self::set_staff`] issuing `number` as their staff number (2–12 letters or digits,
    /// uppercased; refused if another account holds it). `None` keeps the number they have;
    /// a new account without one gets the first 8 characters of its id when no one holds
    /// that, as tablets used before numbers were issued.
    pub async fn set_staff_numbered(
        &self,
        id: StaffId,
        role: Role,
        secret: &str,
        active: bool,
        number: Option<&str>,
    ) -> Result<(), ServiceError> {
        let issued = number.map(checked_staff_number).transpose()?;
        if let Err(weak) = kinline_shared::pin::check(role, secret) {
            return Err(ServiceError::invalid(
                "weak_secret",
                format!("that PIN or password cannot be used: {weak}"),
            ));
        }
        let number = match issued {
            Some(n) => {
                if self
                    .db
                    .staff_by_number(&n)
                    .await?
                    .is_some_and(|holder| holder != id)
                {
                    return Err(staff_number_taken());
                }
                Some(n)
            }
            None => match self.db.staff(id).await?.and_then(|r| r.number) {
                Some(kept) => Some(kept),
                None => {
                    let derived = kinline_shared::people::derived_staff_number(id);
                    let free = self
                        .db
                        .staff_by_number(&derived)
                        .await?
                        .is_none_or(|holder| holder == id);
                    free.then_some(derived)
                }
            },
        };
        let s = secret.to_owned();
        let secret_hash = self
            .argon
            .run(|| Ok::<(), ServiceError>(()), move || auth::hash_secret(&s))
            .await??;
        let row = StaffRow {
            role,
            secret_hash: secret_hash.clone(),
            active,
            number: number.clone(),
        };
        self.db.upsert_staff(id, &row).await?;
        // A new PIN (or role, or a disabled account) ends every session opened with the old,
        // and lifts a lockout.
        self.db.delete_sessions_of(id).await?;
        if let Ok(mut t) = self.throttle.lock() {
            t.reset(id);
        }
        // What a push's permission check reads next (no read of the row it just wrote).
        if let Ok(mut m) = self.staff_roles.lock() {
            m.insert(id, active.then_some(role));
        }
        self.db
            .upsert_reference(&tablet_credential(
                id,
                role,
                secret_hash,
                active,
                number.unwrap_or_default(),
            ))
            .await?;
        tracing::info!(staff = %id, role = ?role, active, "staff account set");
        Ok(())
    }

    /// Takes every verifier of staff who do not work on tablets off the tablets' reference
    /// data (a server from before the rule sent them all): each becomes an inactive
    /// credential with no hash, which a tablet's next sync applies. Idempotent, run at start.
    async fn withdraw_console_verifiers(&self) -> Result<(), ServerError> {
        let mut cursor = 0;
        loop {
            let page = self.db.reference_after(cursor, 500).await?;
            let Some((last, _)) = page.last() else { break };
            cursor = *last;
            for (_, item) in page {
                if let ReferenceItem::StaffCredential {
                    staff,
                    role,
                    secret_hash,
                    number,
                    ..
                } = item
                    && !kinline_shared::pin::works_on_tablets(role)
                    && !secret_hash.is_empty()
                {
                    self.db
                        .upsert_reference(&tablet_credential(
                            staff,
                            role,
                            String::new(),
                            false,
                            number,
                        ))
                        .await?;
                }
            }
        }
        Ok(())
    }

    /// Signs a member of staff in with their PIN or password.
    pub async fn sign_in(
        &self,
        id: StaffId,
        secret: &str,
    ) -> Result<(SessionToken, Role, DateTime<Utc>), ServiceError> {
        self.sign_in_from(id, secret, None).await
    }

    /// [`Self::sign_in`] from an address: wrong PINs are counted per account and per address
    /// (`throttle`), with growing waits and a lockout the administrator lifts by setting the
    /// PIN again.
    pub async fn sign_in_from(
        &self,
        id: StaffId,
        secret: &str,
        from: Option<std::net::IpAddr>,
    ) -> Result<(SessionToken, Role, DateTime<Utc>), ServiceError> {
        let failed = || {
            ServiceError::unidentified(
                "sign_in_failed",
                "that staff id and PIN or password do not match an active account",
            )
        };
        match self.sign_in_verdict(id, from) {
            Verdict::Allowed => {}
            refused => return Err(self.throttled(refused)),
        }
        let row = self.db.staff(id).await?;
        let (hash, role, active) = match row {
            Some(r) => (r.secret_hash, r.role, r.active),
            // Verify against a hash made at start anyway: the same cost as a known id.
            None => (self.unknown_hash.clone(), Role::Dco, false),
        };
        let s = secret.to_owned();
        // Checked again once a permit is held: wrong PINs that came in while this request
        // queued (2,000 sign-ins at once from one address) refuse it without an Argon2 run.
        let admit = || match self.sign_in_verdict(id, from) {
            Verdict::Allowed => Ok(()),
            refused => Err(refused),
        };
        let ok = match self
            .argon
            .run(admit, move || auth::verify_secret(&s, &hash))
            .await?
        {
            Ok(ok) => ok,
            Err(refused) => return Err(self.throttled(refused)),
        };
        if !ok || !active {
            if let Ok(mut t) = self.throttle.lock() {
                t.failed(id, from, now_ms());
            }
            self.metrics.sign_in_failed(false);
            tracing::info!(staff = %id, "staff sign-in refused");
            return Err(failed());
        }
        if let Ok(mut t) = self.throttle.lock() {
            t.succeeded(id);
        }
        let token = auth::new_token();
        let expires = Utc::now() + chrono::Duration::minutes(self.config.session_minutes);
        self.db
            .create_session(
                &auth::token_hash(&token),
                id,
                role,
                expires.timestamp_millis(),
            )
            .await?;
        tracing::info!(staff = %id, role = ?role, "staff signed in");
        Ok((SessionToken(token), role, expires))
    }

    /// Whether `id` may try a PIN from `from` now (`throttle`).
    fn sign_in_verdict(&self, id: StaffId, from: Option<std::net::IpAddr>) -> Verdict {
        self.throttle
            .lock()
            .map_or(Verdict::Allowed, |t| t.check(id, from, now_ms()))
    }

    /// The answer to a sign-in the throttle refused unchecked (counted as throttled).
    fn throttled(&self, verdict: Verdict) -> ServiceError {
        self.metrics.sign_in_failed(true);
        match verdict {
            Verdict::Wait { secs } => ServiceError::new(
                Failure::Throttled,
                "sign_in_wait",
                format!("too many wrong PINs; try again in {secs} seconds"),
            ),
            Verdict::Allowed | Verdict::Locked => ServiceError::new(
                Failure::Throttled,
                "account_locked",
                "this account is locked after too many wrong PINs; ask the centre \
                 administrator to set its PIN again",
            ),
        }
    }

    /// The Argon2 runs' gauge: in flight, high-water mark, waiting, runs (`crate::argon`).
    pub fn argon_gauge(&self) -> ArgonGauge {
        self.argon.gauge()
    }

    /// Takes every Argon2 permit until the returned one is dropped: sign-ins queue meanwhile
    /// (for tests showing what still answers then).
    pub async fn hold_argon(&self) -> Result<tokio::sync::OwnedSemaphorePermit, ServerError> {
        self.argon.hold_all().await
    }

    /// The member of staff someone signing in means: a staff id, or a staff number the
    /// administrator issued (any case). An unknown number is the nil id, which no account
    /// has: the sign-in then fails at the same cost as a wrong PIN.
    pub async fn staff_signing_in(&self, who: &str) -> Result<StaffId, ServiceError> {
        let who = who.trim();
        if let Ok(id) = who.parse::<StaffId>() {
            return Ok(id);
        }
        let found = match kinline_shared::people::staff_number(who) {
            Ok(number) => self.db.staff_by_number(&number).await?,
            Err(_) => None,
        };
        Ok(found.unwrap_or(StaffId(uuid::Uuid::nil())))
    }

    /// Whether a staff account is locked after too many wrong PINs.
    pub fn sign_in_locked(&self, id: StaffId) -> bool {
        self.throttle.lock().is_ok_and(|t| t.is_locked(id))
    }

    /// The staff member behind a session token.
    pub async fn session(&self, token: &str) -> Result<(StaffId, Role), ServiceError> {
        self.db
            .session(&auth::token_hash(token), now_ms())
            .await?
            .ok_or_else(|| {
                ServiceError::unidentified(
                    "session_invalid",
                    "your session has ended or is not valid; sign in again",
                )
            })
    }

    /// Ends a session.
    pub async fn sign_out(&self, token: &str) -> Result<(), ServiceError> {
        Ok(self.db.delete_session(&auth::token_hash(token)).await?)
    }

    /// Records an event as a signed-in member of staff, through the rulebook: refused events
    /// record nothing; allowed ones are stored with the events the order requires to follow.
    pub async fn record(
        &self,
        staff: StaffId,
        role: Role,
        body: EventBody,
    ) -> Result<Vec<EventId>, ServiceError> {
        self.record_with_caller(staff, role, body, None).await
    }

    /// [`Self::record`] a booking with its caller's contact, filed with it as a tablet's push
    /// files one ([`Self::take_contacts`]): only once the rulebook allowed the booking, before
    /// it is committed, so the invitation planned with it finds its recipient.
    pub async fn record_with_caller(
        &self,
        staff: StaffId,
        role: Role,
        body: EventBody,
        caller: Option<kinline_shared::contact::CallerContact>,
    ) -> Result<Vec<EventId>, ServiceError> {
        let actor = Actor::Staff { id: staff, role };
        let kind = body.kind();
        if !may_record(&actor, kind) {
            return Err(ServiceError::forbidden(format!(
                "a {} may not {} ({})",
                role.label(),
                kind.action(),
                kind.paragraph()
            )));
        }
        let mut own = self.own.lock().await;
        let now = self.centre_now();
        // Made on a copy: the server's log moves on only once the push below stored it.
        let mut recorder = own.clone();
        let random = new_id().as_bytes()[6..].try_into().unwrap_or_default();
        let key = |bytes: &[u8]| self.key.sign(bytes).to_bytes();
        let made = {
            let projection = self.projection().await?;
            recorder
                .record(&projection.centre, actor, body, now, random, &key)
                .map_err(|v| ServiceError::refused(&v))?
        };
        let logged: Vec<_> = made.into_iter().map(|m| m.logged).collect();
        let ids: Vec<EventId> = logged.iter().map(|l| l.event.id).collect();
        let high = recorder.head().index;
        let key = self.key.verifying_key();
        let resp = self
            .push(
                self.device,
                &key,
                PushRequest {
                    protocol: PROTOCOL_VERSION,
                    device: self.device,
                    events: logged,
                    contacts: caller.into_iter().collect(),
                    signs_in: true,
                    carried: Vec::new(),
                },
            )
            .await?;
        if !resp.refused.is_empty() || resp.high_water != high {
            return Err(
                ServerError::Corrupt("the server's own log refused an event".into()).into(),
            );
        }
        *own = recorder;
        tracing::info!(staff = %staff, kind = ?kind, events = ids.len(), "recorded");
        Ok(ids)
    }

    /// Stored events after `seq` (all devices), with their server receive time.
    pub async fn events(&self, after: u64, limit: u32) -> Result<Vec<StoredEvent>, ServiceError> {
        Ok(self
            .db
            .events_after(after, None, limit.clamp(1, MAX_PAGE))
            .await?)
    }

    /// The database's state for `/api/health`: its backend and newest migration, or why it
    /// does not answer.
    pub async fn database_state(&self) -> Result<String, ServerError> {
        self.db.ping().await
    }

    /// The metrics in the Prometheus text format: the counters, and gauges read now (the
    /// database answers, rooms open, the centre's finished calls by outcome).
    pub async fn metrics_text(&self) -> String {
        let database_up = self.db.ping().await.is_ok();
        let calls = match self.projection().await {
            Ok(p) => crate::metrics::calls_by_outcome(&p.centre),
            Err(e) => {
                tracing::warn!(error = %e, "metrics: the centre could not be folded");
                std::collections::BTreeMap::new()
            }
        };
        self.metrics.render(&crate::metrics::Gauges {
            database_up,
            backend: self.db.backend(),
            open_rooms: self.signalling.open_rooms(),
            calls,
            argon: self.argon.gauge(),
        })
    }

    /// The security queue as security reads it (§12, §19): each referral with the whole
    /// incident report, the call's log facts and their review ([`referral_files`]).
    ///
    /// [`referral_files`]: kinline_shared::security::referral_files
    pub async fn referral_files(
        &self,
    ) -> Result<Vec<kinline_shared::security::ReferralFile>, ServiceError> {
        let p = self.projection().await?;
        Ok(kinline_shared::security::referral_files(
            &p.centre,
            p.events.values(),
        ))
    }

    /// The stored events `pick` keeps, in the centre's order, at most `limit` (the staff
    /// console reads an appeal's reasons or an incident's account with it).
    pub async fn events_where(
        &self,
        pick: impl Fn(&Event) -> bool,
        limit: usize,
    ) -> Result<Vec<Event>, ServiceError> {
        let p = self.projection().await?;
        Ok(p.events
            .values()
            .filter(|e| pick(e))
            .take(limit)
            .cloned()
            .collect())
    }

    /// The centre folded from every stored event (policy exceptions included).
    pub async fn centre(&self) -> Result<Centre, ServiceError> {
        Ok(self.projection().await?.centre.clone())
    }

    async fn projection(&self) -> Result<tokio::sync::MutexGuard<'_, Projection>, ServerError> {
        let mut p = self.projection.lock().await;
        let mut fresh = Vec::new();
        // The read position moves only once what was read is folded (below): a read that
        // fails part way leaves it where it was, and the next call reads the same events again.
        let mut seq = p.seq;
        loop {
            let page = self.db.events_after(seq, None, 10_000).await?;
            let Some(last) = page.last() else { break };
            seq = last.seq;
            fresh.extend(page.into_iter().map(|r| r.event));
        }
        if fresh.is_empty() {
            return Ok(p);
        }
        fresh.sort_by_key(Event::order_key);
        let in_order = p.centre.last.is_none_or(|last| fresh[0].order_key() > last);
        for e in &fresh {
            p.events.insert(e.order_key(), e.clone());
        }
        if in_order {
            for e in &fresh {
                p.centre.apply(e);
            }
        } else {
            // A late arrival (an offline tablet's older events): fold again, once.
            p.centre = Centre::fold(p.events.values());
        }
        p.seq = seq;
        let open = p.centre.exceptions.iter().filter(|e| !e.reviewed).count();
        if open > 0 {
            tracing::debug!(open, "policy exceptions awaiting the Compliance Manager");
        }
        Ok(p)
    }
}

/// The server's signing key, from its file in the data directory (private, never in the
/// database). A server from before kept it in the database's `meta` table: it is moved to the
/// file and removed from the table. A new server makes one.
/// The join codes' key: SHA-256 of a label and the server's signing key.
fn join_code_key(key: &SigningKey) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(b"kinline join code key v1");
    h.update(key.to_bytes());
    h.finalize().into()
}

async fn signing_key(config: &Config, db: &Db) -> Result<SigningKey, ServerError> {
    crate::files::private_dir(&config.data_dir)?;
    let path = config.data_dir.join(crate::files::SIGNING_KEY_FILE);
    if !path.exists()
        && let Some(old) = db.meta("server_key").await?
    {
        let old = zeroize::Zeroizing::new(old);
        crate::files::create_private(&path, old.as_bytes())?;
        db.meta_remove("server_key").await?;
        tracing::info!("the server's signing key moved out of the database into its key file");
    }
    // A new key only for a server that has no device of its own yet.
    let may_create = db.meta("server_device").await?.is_none();
    let bytes = crate::files::secret(&path, may_create)?;
    Ok(SigningKey::from_bytes(&bytes))
}

fn check_protocol(v: u32) -> Result<(), ServiceError> {
    if v == PROTOCOL_VERSION {
        Ok(())
    } else {
        Err(ServiceError::invalid(
            "unsupported_protocol",
            format!(
                "this server speaks sync protocol {PROTOCOL_VERSION}, the request used {v}; update the app"
            ),
        ))
    }
}

fn revoked() -> ServiceError {
    ServiceError::forbidden(
        "this tablet was revoked by an administrator; its events stay on it until it is re-enrolled",
    )
    .with_code("device_revoked")
}

/// The signature checks: with one blocking thread per core at most, each takes every check
/// queued meanwhile (up to [`VERIFY_GROUP`] signatures or [`VERIFY_GROUP_EVENTS`] events)
/// and verifies them in one batch (`push::check_group`), so 500 tablets' pushes at once
/// cost a few large multi-scalar multiplications, not 500 small ones — and never 500
/// threads.
async fn verify_loop(mut queue: mpsc::UnboundedReceiver<QueuedCheck>, cores: usize) {
    let permits = Arc::new(tokio::sync::Semaphore::new(cores.max(1)));
    while let Some(first) = queue.recv().await {
        // Waiting for a free core first lets the group grow meanwhile.
        let Ok(permit) = Arc::clone(&permits).acquire_owned().await else {
            return;
        };
        let (mut signatures, mut events) = (first.0.signatures(), first.0.events.len());
        let mut group = vec![first];
        while signatures < VERIFY_GROUP && events < VERIFY_GROUP_EVENTS {
            let Ok(next) = queue.try_recv() else { break };
            signatures += next.0.signatures();
            events += next.0.events.len();
            group.push(next);
        }
        tokio::task::spawn_blocking(move || {
            let (checks, replies): (Vec<ToCheck>, Vec<_>) = group.into_iter().unzip();
            for (reply, verdict) in replies.into_iter().zip(crate::push::check_group(checks)) {
                let _ = reply.send(verdict);
            }
            drop(permit);
        });
    }
}

/// The group commit: takes every job queued while the previous group was being written and
/// commits them in one transaction, so concurrent pushes share one disk flush (and, on
/// PostgreSQL, one set of round trips). If a group fails, its jobs are retried one by one,
/// so one bad job cannot fail the others.
async fn commit_loop(
    db: Arc<Db>,
    mut queue: mpsc::UnboundedReceiver<Queued>,
    stats: Arc<CommitStats>,
    metrics: Arc<crate::metrics::Metrics>,
) {
    while let Some(first) = queue.recv().await {
        let started = std::time::Instant::now();
        let size = |job: &Job| job.batch.as_ref().map_or(0, Vec::len);
        let mut events = size(&first.0);
        let mut group = vec![first];
        while events < GROUP_EVENTS && group.len() < GROUP_JOBS {
            let Ok(next) = queue.try_recv() else { break };
            events += size(&next.0);
            group.push(next);
        }
        let (jobs, replies): (Vec<Job>, Vec<_>) = group.into_iter().unzip();
        let jobs = Arc::new(jobs);
        let outcomes = match db.commit_group(Arc::clone(&jobs)).await {
            Ok(c) => {
                metrics.logged(c.stored, c.refused, c.duplicate);
                c.outcomes.into_iter().map(Ok).collect()
            }
            Err(e) if jobs.len() == 1 => vec![Err(e)],
            Err(e) => {
                tracing::warn!(error = %e, jobs = jobs.len(),
                    "a group commit failed; committing its jobs one by one");
                let mut each = Vec::with_capacity(jobs.len());
                for job in jobs.iter() {
                    let one = db.commit_group(Arc::new(vec![job.clone()])).await;
                    each.push(one.and_then(|mut c| {
                        metrics.logged(c.stored, c.refused, c.duplicate);
                        c.outcomes
                            .pop()
                            .ok_or_else(|| ServerError::Task("a job had no outcome".into()))
                    }));
                }
                each
            }
        };
        for (reply, outcome) in replies.into_iter().zip(outcomes) {
            let _ = reply.send(outcome);
        }
        stats.groups.fetch_add(1, Ordering::Relaxed);
        let took = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        stats.busy_micros.fetch_add(took, Ordering::Relaxed);
    }
}

/// What tablets receive of a staff account: the verifier only for staff who work on tablets
/// ([`kinline_shared::pin::works_on_tablets`]); for anyone else an inactive credential with no
/// hash, so no tablet holds (or can crack) the administrator's, security's or the Compliance
/// Manager's PIN.
fn tablet_credential(
    staff: StaffId,
    role: Role,
    secret_hash: String,
    active: bool,
    number: String,
) -> ReferenceItem {
    let on_tablets = kinline_shared::pin::works_on_tablets(role);
    ReferenceItem::StaffCredential {
        staff,
        role,
        secret_hash: if on_tablets {
            secret_hash
        } else {
            String::new()
        },
        active: active && on_tablets,
        number,
    }
}

/// A staff number as issued ([`kinline_shared::people::staff_number`]), or the refusal that
/// says what one must look like.
pub(crate) fn checked_staff_number(raw: &str) -> Result<String, ServiceError> {
    kinline_shared::people::staff_number(raw)
        .map_err(|e| ServiceError::invalid("bad_staff_number", e.to_string()))
}

fn staff_number_taken() -> ServiceError {
    ServiceError::new(
        Failure::Conflict,
        "staff_number_taken",
        "another member of staff already has that staff number; choose another",
    )
}
