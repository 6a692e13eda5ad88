//! The centre server under test: each backend (SQLite in a temp dir, PostgreSQL in a throwaway
//! cluster on 127.0.0.1), in-memory tablets with real keys and chains, and a fault proxy that
//! drops connections, cuts answers after the server committed, delays and duplicates requests.

use crate::pg_cluster;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signer, SigningKey};
use kinline_app::sync::{StoreFailure, SyncClient, SyncStore};
use kinline_server::{Config, Database, Server};
use kinline_shared::actor::{Actor, Role};
use kinline_shared::clock::CentreClock;
use kinline_shared::contact::{CallerContact, Carried};
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, EventId, StaffId};
use kinline_shared::recorder::Recorder;
use kinline_shared::sync::{LoggedEvent, ReferenceItem, Refusal};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use uuid::Uuid;

/// The two storage backends; every server test runs against both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

/// Both backends, for `for backend in BACKENDS`.
pub const BACKENDS: [Backend; 2] = [Backend::Sqlite, Backend::Postgres];

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A unique name within this process.
pub fn unique(prefix: &str) -> String {
    // The random tail of a UUIDv7: process ids come round again, and a directory or database
    // an earlier run left behind must never be taken for a fresh one.
    let random = uuid::Uuid::now_v7().simple().to_string();
    format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        &random[20..]
    )
}

/// A fresh temp directory.
pub fn temp_dir(prefix: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(unique(prefix));
    // `create_dir`, not `create_dir_all`: an existing directory is an error, never reused.
    std::fs::create_dir(&dir).unwrap();
    dir
}

/// A running throwaway PostgreSQL cluster: `postgres://postgres@127.0.0.1:PORT`.
#[derive(Clone, Debug)]
pub struct PgCluster {
    /// The server URL without a database.
    pub base_url: String,
    /// Its port.
    pub port: u16,
}

/// The cluster for this run: `KINLINE_TEST_POSTGRES` (set by `cargo xtask test`, which
/// starts one cluster for the whole run) if given, else one started for this process and
/// stopped by a watchdog when the process ends. Every test server gets its own fresh
/// database on it ([`config`]).
pub fn postgres() -> &'static PgCluster {
    static CLUSTER: OnceLock<PgCluster> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        if let Ok(url) = std::env::var("KINLINE_TEST_POSTGRES") {
            let port = url
                .rsplit(':')
                .next()
                .and_then(|p| p.trim_end_matches('/').parse().ok())
                .expect("KINLINE_TEST_POSTGRES is postgres://user@127.0.0.1:PORT");
            return PgCluster {
                base_url: url.trim_end_matches('/').to_owned(),
                port,
            };
        }
        start_cluster(false)
    })
}

/// Starts a cluster in a temp dir on a free loopback port (see [`crate::pg_cluster`]).
/// `durable` keeps fsync on (for benchmarks); tests turn it off. A watchdog stops it when
/// this process exits.
pub fn start_cluster(durable: bool) -> PgCluster {
    let cluster =
        pg_cluster::start(&std::env::temp_dir(), durable).unwrap_or_else(|e| panic!("{e}"));
    cluster
        .stop_after(std::process::id())
        .unwrap_or_else(|e| panic!("{e}"));
    PgCluster {
        base_url: cluster.base_url,
        port: cluster.port,
    }
}

/// A new, empty database on the cluster; returns its URL.
pub fn fresh_pg_database(cluster: &PgCluster) -> String {
    let c = pg_cluster::Cluster {
        dir: PathBuf::new(),
        port: cluster.port,
        base_url: cluster.base_url.clone(),
    };
    c.create_database(&unique("kinline_test"))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A free TCP port on 127.0.0.1.
pub fn free_port() -> u16 {
    pg_cluster::free_port().unwrap()
}

/// A config for `backend` with a fresh database.
pub fn config(backend: Backend) -> Config {
    let database = match backend {
        Backend::Sqlite => Database::Sqlite,
        Backend::Postgres => Database::Postgres {
            url: fresh_pg_database(postgres()),
        },
    };
    Config {
        data_dir: temp_dir("kinline-server"),
        database,
        max_body_bytes: 1024 * 1024,
        ..Config::default()
    }
}

/// A config for PostgreSQL on this cluster (e.g. a durable one for benchmarks).
pub fn config_on(cluster: &PgCluster) -> Config {
    Config {
        data_dir: temp_dir("kinline-server"),
        database: Database::Postgres {
            url: fresh_pg_database(cluster),
        },
        ..Config::default()
    }
}

/// The administrator every test server has.
pub const ADMIN: StaffId = StaffId(Uuid::from_u128(0xAD01));
/// Their password.
pub const ADMIN_SECRET: &str = "correct horse battery";
/// The PIN [`TestServer::staff`] gives everyone: seven digits, not trivial (DSO §16).
pub const STAFF_PIN: &str = "2468135";

/// A running centre server on 127.0.0.1, in its own tokio runtime so that killing it drops
/// every request in flight, as a killed process would.
pub struct TestServer {
    /// The server.
    pub server: Arc<Server>,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// Its config (to restart it on the same database).
    pub config: Config,
    runtime: Option<tokio::runtime::Runtime>,
}

impl TestServer {
    /// Starts a server on `backend` with an administrator account.
    pub async fn start(backend: Backend) -> Self {
        let s = Self::start_with(config(backend)).await;
        s.server
            .set_staff(ADMIN, Role::Administrator, ADMIN_SECRET, true)
            .await
            .unwrap();
        s
    }

    /// Starts a server with this config and an administrator account.
    pub async fn start_admin(config: Config) -> Self {
        let s = Self::start_with(config).await;
        s.server
            .set_staff(ADMIN, Role::Administrator, ADMIN_SECRET, true)
            .await
            .unwrap();
        s
    }

    /// Starts a server on `backend` over HTTPS with a development certificate; also its
    /// `https://` URL and the certificate (PEM) a client must trust. (`url` stays `http://`,
    /// which this server does not answer.)
    pub async fn start_https(backend: Backend) -> (Self, String, Vec<u8>) {
        Self::start_https_with(config(backend), 4).await
    }

    /// [`Self::start_https`] with this config on a runtime of `workers` threads (see
    /// [`Self::start_with_workers`]).
    pub async fn start_https_with(mut config: Config, workers: usize) -> (Self, String, Vec<u8>) {
        let (cert, key) = kinline_server::tls::dev_certificate(&config.data_dir).unwrap();
        let pem = std::fs::read(&cert).unwrap();
        config.tls = Some(kinline_server::config::Tls { cert, key });
        let s = Self::start_with_workers(config, workers).await;
        let url = s.url.replace("http://", "https://");
        (s, url, pem)
    }

    /// Starts a server with this config.
    pub async fn start_with(config: Config) -> Self {
        Self::start_with_workers(config, 4).await
    }

    /// Starts a server with this config on a runtime of `workers` threads (`kinline-server
    /// serve` has one per core). Its threads are named `centre-server`, so that a benchmark
    /// can tell their CPU time from its own.
    pub async fn start_with_workers(config: Config, workers: usize) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(workers)
            .thread_name("centre-server")
            .enable_all()
            .build()
            .unwrap();
        let c = config.clone();
        let server = runtime
            .spawn(async move { Server::open(c).await.map(Arc::new) })
            .await
            .unwrap()
            .unwrap();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let s = Arc::clone(&server);
        runtime.spawn(async move {
            let _ = kinline_server::tls::serve(s, listener).await;
        });
        Self {
            server,
            url,
            config,
            runtime: Some(runtime),
        }
    }

    /// Stops the server: its runtime and every task on it are dropped, here and now (so the
    /// server's database is closed before the test process exits).
    pub fn kill(&mut self) {
        use tokio::runtime::{Handle, RuntimeFlavor};
        let Some(rt) = self.runtime.take() else {
            return;
        };
        let patience = std::time::Duration::from_secs(10);
        match Handle::try_current() {
            // In a test's multi-threaded runtime: this worker may block meanwhile.
            Ok(h) if h.runtime_flavor() == RuntimeFlavor::MultiThread => {
                tokio::task::block_in_place(|| rt.shutdown_timeout(patience));
            }
            Ok(_) => rt.shutdown_background(),
            Err(_) => rt.shutdown_timeout(patience),
        }
    }

    /// A new member of staff with this role; returns their id and a session token.
    pub async fn staff(&self, role: Role) -> (StaffId, String) {
        let id = StaffId(Uuid::now_v7());
        self.server
            .set_staff(id, role, STAFF_PIN, true)
            .await
            .unwrap();
        let (token, _, _) = self.server.sign_in(id, STAFF_PIN).await.unwrap();
        (id, token.0)
    }

    /// Gives the server a centre's history (a `TestCentre`'s events), stored as a new enrolled
    /// device's log without the push's checks, which would refuse times outside the receive
    /// window. Returns that device.
    pub async fn insert_history(
        &self,
        events: impl IntoIterator<Item = kinline_shared::event::Event>,
    ) -> kinline_shared::ids::DeviceId {
        let (tablet, _) = self.tablet(&self.url).await;
        let (device, log) = {
            let mut t = tablet.lock().unwrap();
            let device = t.device;
            for mut e in events {
                e.device = device;
                e.stamp.device = device;
                t.append(e);
            }
            (device, t.log.clone())
        };
        let resp = self.server.insert_unchecked(device, log).await.unwrap();
        assert!(resp.refused.is_empty(), "refused: {:?}", resp.refused);
        device
    }

    /// A one-time enrolment code.
    pub async fn code(&self) -> String {
        self.server.create_enrolment_code().await.unwrap().0
    }

    /// Opens (or creates) the tablet store `config` names and enrols its own device key with a
    /// one-time code through the HTTP API, blocking on `rt`: a real tablet ready to sync.
    pub fn enrol_store(
        &self,
        rt: &tokio::runtime::Runtime,
        config: &kinline_app::store::StoreConfig,
    ) {
        let store = kinline_app::store::Store::open(config).unwrap();
        let code = rt.block_on(self.code());
        rt.block_on(SyncClient::new(&self.url, None).unwrap().enrol(
            &code,
            store.device(),
            store.public_key(),
        ))
        .unwrap();
    }

    /// A new tablet, enrolled through the HTTP API, with a sync client for `url` (the server
    /// or a proxy in front of it).
    pub async fn tablet(&self, url: &str) -> (Arc<Mutex<MemoryTablet>>, SyncClient) {
        let tablet = MemoryTablet::new();
        let code = self.code().await;
        let device = tablet.device;
        // Enrolled directly (an administrator is at hand); synced through `url`.
        SyncClient::new(&self.url, None)
            .unwrap()
            .enrol(&code, device, tablet.key.verifying_key().to_bytes())
            .await
            .unwrap();
        let client = SyncClient::new(url, None).unwrap();
        (Arc::new(Mutex::new(tablet)), client)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The centre server as a process of its own (`centre_server`, the same start-up as
/// `kinline-server serve`), so that it can be killed with SIGKILL: no destructor, no flush,
/// requests cut wherever they are.
pub struct ServerProcess {
    child: std::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    exe: PathBuf,
    config: Config,
}

impl ServerProcess {
    /// Starts `exe` on this config's database (its data dir, or its PostgreSQL URL), on a
    /// free port, and waits until it listens.
    pub fn start(exe: &std::path::Path, config: &Config) -> Self {
        use std::io::BufRead;
        let mut cmd = std::process::Command::new(exe);
        cmd.env("KINLINE_DATA_DIR", &config.data_dir)
            .env("KINLINE_LISTEN", "127.0.0.1:0")
            .env_remove("KINLINE_DATABASE_URL")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped());
        if let Database::Postgres { url } = &config.database {
            cmd.env("KINLINE_DATABASE_URL", url);
        }
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", exe.display()));
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(url) = line.strip_prefix("listening ") {
                    let _ = tx.send(url.to_owned());
                }
            }
        });
        let url = rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("{} did not start listening", exe.display()));
        Self {
            child,
            url,
            exe: exe.to_owned(),
            config: config.clone(),
        }
    }

    /// SIGKILL, and reap it.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Kills it with SIGKILL and starts it again on the same database, on a new port.
    pub fn restart(&mut self) {
        self.kill();
        *self = Self::start(&self.exe, &self.config);
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A tablet whose store is in memory: a real key, a real chained log, an outbox, parked
/// events and pulled events. The sync client drives it exactly as it drives the real store.
pub struct MemoryTablet {
    /// Its device id.
    pub device: DeviceId,
    /// Its key.
    pub key: SigningKey,
    /// Makes its events (the core's one way, without the rulebook here).
    recorder: Recorder,
    /// Its whole log.
    pub log: Vec<LoggedEvent>,
    /// The highest index the server acknowledged.
    pub acked: u64,
    /// Refused events with the reason.
    pub parked: Vec<(EventId, Refusal)>,
    /// Other devices' events pulled.
    pub pulled: BTreeMap<EventId, Event>,
    /// The pull cursor.
    pub cursor: u64,
    /// Reference data pulled, by key.
    pub reference: BTreeMap<String, ReferenceItem>,
    /// The reference cursor.
    pub reference_cursor: u64,
    /// The centre's calendar clock its events are recorded at (the system's by default).
    pub centre_clock: CentreClock,
    /// Who is signed in on it, as its log says.
    pub signed_in: Option<StaffId>,
    /// Callers' contacts to send with the next push (taken off once the server holds them).
    pub contacts: Vec<CallerContact>,
    /// Rebookings whose callers the server is to carry over (taken off once held).
    pub carried: Vec<Carried>,
    /// Every booking the server answered that it holds the caller of, in order.
    pub held: Vec<BookingId>,
}

impl Default for MemoryTablet {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryTablet {
    /// A new tablet with a fresh key and id.
    pub fn new() -> Self {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).unwrap();
        let device = DeviceId(Uuid::now_v7());
        Self {
            device,
            key: SigningKey::from_bytes(&seed),
            recorder: Recorder::new(device),
            log: Vec::new(),
            acked: 0,
            parked: Vec::new(),
            pulled: BTreeMap::new(),
            cursor: 0,
            reference: BTreeMap::new(),
            reference_cursor: 0,
            centre_clock: CentreClock::SYSTEM,
            signed_in: None,
            contacts: Vec::new(),
            carried: Vec::new(),
            held: Vec::new(),
        }
    }

    /// Records an event (without the rulebook: what an offline tablet did), chained and signed.
    /// A member of staff not signed in on it signs in first, as on a tablet's screens
    /// ([`EventBody::StaffSignedIn`]); see [`Self::record_as_is`] for a tablet that does not.
    pub fn record(&mut self, actor: Actor, body: EventBody) -> EventId {
        if let Actor::Staff { id, .. } = actor
            && self.signed_in != Some(id)
            && !matches!(
                body,
                EventBody::StaffSignedIn {} | EventBody::StaffSignedOut {}
            )
        {
            self.record_as_is(actor, EventBody::StaffSignedIn {});
        }
        self.record_as_is(actor, body)
    }

    /// Records an event as [`Self::record`] does, without signing anyone in first.
    pub fn record_as_is(&mut self, actor: Actor, body: EventBody) -> EventId {
        let now = self.centre_clock.at(Utc::now());
        let random = Uuid::now_v7().as_bytes()[6..].try_into().unwrap();
        let key = |bytes: &[u8]| self.key.sign(bytes).to_bytes();
        let made = self
            .recorder
            .record_unchecked(actor, body, now, random, &key);
        let id = made.logged.event.id;
        self.signed_in = kinline_shared::sign_in::OnTablet::new(self.signed_in)
            .after(&made.logged.event)
            .staff();
        self.log.push(made.logged);
        id
    }

    /// Appends an already built event to the log, chained and signed.
    pub fn append(&mut self, event: Event) -> EventId {
        let key = |bytes: &[u8]| self.key.sign(bytes).to_bytes();
        let made = self.recorder.chain(event, &key);
        let id = made.logged.event.id;
        self.log.push(made.logged);
        id
    }

    fn is_parked(&self, id: EventId) -> bool {
        self.parked.iter().any(|(p, _)| *p == id)
    }
}

impl SyncStore for MemoryTablet {
    fn device(&self) -> DeviceId {
        self.device
    }

    fn sign(&self, bytes: &[u8]) -> [u8; 64] {
        self.key.sign(bytes).to_bytes()
    }

    fn outbox_batch(&self, limit: u32) -> Result<Vec<LoggedEvent>, StoreFailure> {
        Ok(self
            .log
            .iter()
            .filter(|e| e.index > self.acked && !self.is_parked(e.event.id))
            .take(limit as usize)
            .cloned()
            .collect())
    }

    fn queue_len(&self) -> Result<u64, StoreFailure> {
        Ok(self.outbox_batch(u32::MAX)?.len() as u64)
    }

    fn acknowledge(&mut self, high_water: u64, _now: DateTime<Utc>) -> Result<(), StoreFailure> {
        if high_water > self.log.len() as u64 {
            return Err(StoreFailure("the server is ahead of this tablet".into()));
        }
        self.acked = self.acked.max(high_water);
        Ok(())
    }

    fn park(
        &mut self,
        event: EventId,
        refusal: &Refusal,
        _now: DateTime<Utc>,
    ) -> Result<(), StoreFailure> {
        if !self.is_parked(event) {
            self.parked.push((event, refusal.clone()));
        }
        Ok(())
    }

    fn parked_len(&self) -> Result<u64, StoreFailure> {
        Ok(self.parked.len() as u64)
    }

    fn pull_cursor(&self) -> Result<u64, StoreFailure> {
        Ok(self.cursor)
    }

    fn apply_remote(
        &mut self,
        events: &[Event],
        cursor: u64,
        _now: DateTime<Utc>,
    ) -> Result<(), StoreFailure> {
        for e in events {
            self.pulled.insert(e.id, e.clone());
        }
        self.cursor = cursor;
        Ok(())
    }

    fn reference_cursor(&self) -> Result<u64, StoreFailure> {
        Ok(self.reference_cursor)
    }

    fn apply_reference(
        &mut self,
        items: &[ReferenceItem],
        cursor: u64,
        _now: DateTime<Utc>,
    ) -> Result<(), StoreFailure> {
        for i in items {
            self.reference.insert(i.key(), i.clone());
        }
        self.reference_cursor = cursor;
        Ok(())
    }

    fn caller_contacts_to_push(&self, limit: usize) -> Result<Vec<CallerContact>, StoreFailure> {
        Ok(self.contacts.iter().take(limit).cloned().collect())
    }

    fn caller_contacts_to_carry(&self, limit: usize) -> Result<Vec<Carried>, StoreFailure> {
        Ok(self.carried.iter().take(limit).copied().collect())
    }

    fn caller_contacts_sent(&mut self, bookings: &[BookingId]) -> Result<(), StoreFailure> {
        self.contacts.retain(|c| !bookings.contains(&c.booking));
        self.carried.retain(|c| !bookings.contains(&c.booking));
        self.held.extend_from_slice(bookings);
        Ok(())
    }
}

/// A small deterministic random source (xorshift), so a failing fault run can be replayed.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// Seeded.
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// What the fault proxy did, by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FaultCounts {
    /// Requests passed through untouched.
    pub passed: u64,
    /// Connections dropped before the server saw the request.
    pub dropped: u64,
    /// Answers cut after the server committed.
    pub cut: u64,
    /// Requests delayed.
    pub delayed: u64,
    /// Requests sent to the server twice.
    pub duplicated: u64,
}

/// An HTTP proxy on 127.0.0.1 between tablets and the server that injects faults.
pub struct FaultProxy {
    /// `http://127.0.0.1:PORT`: give this to the tablets.
    pub url: String,
    target: Arc<Mutex<String>>,
    /// What it did.
    pub counts: Arc<Mutex<FaultCounts>>,
    /// Whether faults are injected (off: a plain proxy, to drain at the end).
    pub faulty: Arc<std::sync::atomic::AtomicBool>,
    /// Requests forwarded to the server and not yet answered by it.
    pub in_flight: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl FaultProxy {
    /// Starts a proxy to `target`, with faults drawn from `seed`.
    pub async fn start(target: &str, seed: u64) -> Self {
        let target = Arc::new(Mutex::new(target.to_owned()));
        let counts = Arc::new(Mutex::new(FaultCounts::default()));
        let faulty = Arc::new(std::sync::atomic::AtomicBool::new(true));
        let in_flight = Arc::new(AtomicU64::new(0));
        let rng = Arc::new(Mutex::new(Rng::new(seed)));
        let http = reqwest::Client::new();
        let (t, c, f, n) = (
            Arc::clone(&target),
            Arc::clone(&counts),
            Arc::clone(&faulty),
            Arc::clone(&in_flight),
        );
        let app = axum::Router::new().fallback(
            move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
                let (t, c, f, n, rng, http) = (
                    Arc::clone(&t),
                    Arc::clone(&c),
                    Arc::clone(&f),
                    Arc::clone(&n),
                    Arc::clone(&rng),
                    http.clone(),
                );
                async move {
                    let roll = if f.load(Ordering::Relaxed) {
                        rng.lock().unwrap().below(100)
                    } else {
                        99
                    };
                    let delay = rng.lock().unwrap().below(15);
                    let target = t.lock().unwrap().clone();
                    let forward = || {
                        counted(
                            &n,
                            forward(&http, &target, method.clone(), &uri, &headers, body.clone()),
                        )
                    };
                    match roll {
                        0..=9 => {
                            c.lock().unwrap().dropped += 1;
                            broken()
                        }
                        10..=24 => {
                            c.lock().unwrap().cut += 1;
                            let _ = forward().await;
                            broken()
                        }
                        25..=34 => {
                            c.lock().unwrap().delayed += 1;
                            tokio::time::sleep(std::time::Duration::from_millis(delay * 4)).await;
                            forward().await.unwrap_or_else(|_| broken())
                        }
                        35..=49 => {
                            c.lock().unwrap().duplicated += 1;
                            let (a, b) = tokio::join!(forward(), forward());
                            // The tablet sees whichever answered successfully, if either did.
                            match (a, b) {
                                (Ok(a), _) if a.status().is_success() => a,
                                (_, Ok(b)) => b,
                                (Ok(a), _) => a,
                                _ => broken(),
                            }
                        }
                        _ => {
                            c.lock().unwrap().passed += 1;
                            forward().await.unwrap_or_else(|_| broken())
                        }
                    }
                }
            },
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self {
            url,
            target,
            counts,
            faulty,
            in_flight,
            task,
        }
    }

    /// Points the proxy at a (restarted) server.
    pub fn retarget(&self, target: &str) {
        *self.target.lock().unwrap() = target.to_owned();
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Runs a forwarded request, counting it as in flight meanwhile.
async fn counted<T>(n: &AtomicU64, f: impl std::future::Future<Output = T>) -> T {
    struct InFlight<'a>(&'a AtomicU64);
    impl Drop for InFlight<'_> {
        fn drop(&mut self) {
            self.0.fetch_sub(1, Ordering::SeqCst);
        }
    }
    n.fetch_add(1, Ordering::SeqCst);
    let _guard = InFlight(n);
    f.await
}

/// A response whose body fails: the client sees the connection break.
fn broken() -> Response {
    let stream = futures_util::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::other("connection cut by the fault proxy"))
    });
    Response::builder()
        .status(StatusCode::OK)
        .body(Body::from_stream(stream))
        .unwrap()
}

async fn forward(
    http: &reqwest::Client,
    target: &str,
    method: Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<Response, reqwest::Error> {
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    let mut req = http.request(method, format!("{target}{path}")).body(body);
    for (name, value) in headers {
        if name != axum::http::header::HOST && name != axum::http::header::CONTENT_LENGTH {
            req = req.header(name, value);
        }
    }
    let resp = req.send().await?;
    let status = resp.status();
    let content_type = resp
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .cloned();
    let bytes = resp.bytes().await?;
    let mut out = Response::builder().status(status);
    if let Some(ct) = content_type {
        out = out.header(axum::http::header::CONTENT_TYPE, ct);
    }
    Ok(out.body(Body::from(bytes)).unwrap())
}

/// What a fault run ended with.
#[derive(Clone, Debug, Default)]
pub struct FaultReport {
    /// Sync rounds run.
    pub rounds: u64,
    /// Tablets.
    pub tablets: usize,
    /// Events recorded on the tablets.
    pub recorded: u64,
    /// Events the server stores.
    pub stored: u64,
    /// Tablet events the server does not hold.
    pub lost: u64,
    /// Events the server holds more than once.
    pub duplicated: u64,
    /// Events still in some outbox at the end.
    pub left_in_outboxes: u64,
    /// Server processes killed (SIGKILL) and started again.
    pub restarts: u64,
    /// Of those, kills while the server had requests of the tablets in hand.
    pub killed_mid_request: u64,
    /// What the proxy did.
    pub faults: FaultCounts,
}

/// Killing the server during a fault run: it runs as its own process (`exe`, the
/// `centre_server` binary) and is killed with SIGKILL, then started again on the same
/// database, about every `every` rounds.
#[derive(Clone, Debug)]
pub struct Kills {
    /// About how often, in rounds.
    pub every: u64,
    /// The server binary.
    pub exe: PathBuf,
}

impl Kills {
    /// The `centre_server` binary beside the running program (cargo puts the package's
    /// binaries in the profile directory, its examples one level below).
    pub fn beside_this_program(every: u64) -> Option<Self> {
        let me = std::env::current_exe().ok()?;
        let name = format!("centre_server{}", std::env::consts::EXE_SUFFIX);
        me.ancestors()
            .skip(1)
            .take(2)
            .map(|d| d.join(&name))
            .find(|p| p.exists())
            .map(|exe| Self { every, exe })
    }
}

/// The server a fault run talks to: in this process, or a process of its own to kill.
enum Centre {
    InProcess(TestServer),
    Process(ServerProcess),
}

impl Centre {
    fn url(&self) -> &str {
        match self {
            Centre::InProcess(s) => &s.url,
            Centre::Process(p) => &p.url,
        }
    }
}

/// Syncs `tablets` tablets with the server through a [`FaultProxy`] for `rounds` random rounds
/// (each records 0–4 events on a random tablet, then syncs it, concurrently with the others).
/// With `kills`, the server runs as its own process and is killed with SIGKILL mid-batch
/// (while a wave of syncs is under way) and started again on the same database about every
/// that many rounds. Then faults stop, every tablet drains, and the server's events are
/// compared with the union of the tablets' logs.
pub async fn fault_run(
    backend: Backend,
    rounds: u64,
    tablets: usize,
    seed: u64,
    kills: Option<Kills>,
) -> FaultReport {
    // Staff and tablets are set up in this process; the database is what carries over.
    let setup = TestServer::start(backend).await;
    let proxy = FaultProxy::start(&setup.url, seed).await;
    let staff = StaffId(Uuid::now_v7());
    setup
        .server
        .set_staff(staff, Role::Dco, "1357924", true)
        .await
        .unwrap();
    let actor = Actor::Staff {
        id: staff,
        role: Role::Dco,
    };
    let mut fleet = Vec::new();
    for _ in 0..tablets {
        let (t, mut c) = setup.tablet(&proxy.url).await;
        c.batch = 3; // small batches: rounds end mid-outbox, so resuming is exercised
        fleet.push((t, c));
    }
    let config = setup.config.clone();
    let mut centre = match &kills {
        None => Centre::InProcess(setup),
        Some(k) => {
            drop(setup);
            Centre::Process(ServerProcess::start(&k.exe, &config))
        }
    };
    proxy.retarget(centre.url());
    let mut rng = Rng::new(seed ^ 0x9e37_79b9_7f4a_7c15);
    let mut report = FaultReport {
        rounds,
        tablets,
        ..FaultReport::default()
    };
    let mut round = 0;
    while round < rounds {
        // A wave: every tablet records and syncs at once, so requests interleave.
        let mut wave = Vec::new();
        for (t, c) in &fleet {
            if round >= rounds {
                break;
            }
            round += 1;
            let n = rng.below(5);
            {
                let mut tablet = t.lock().unwrap();
                // What the log gained: the DCO's sign-in on a tablet's first round too.
                let before = tablet.log.len();
                for _ in 0..n {
                    let d = DetaineeId(Uuid::now_v7());
                    tablet.record(actor, EventBody::SessionOpened { detainee: d });
                }
                report.recorded += (tablet.log.len() - before) as u64;
            }
            let (t, c) = (Arc::clone(t), c.clone());
            wave.push(tokio::spawn(async move {
                let _ = c.sync_once(&t).await;
            }));
        }
        if let (Some(k), Centre::Process(p)) = (&kills, &mut centre)
            && rng.below(k.every.max(1)) == 0
        {
            // Mid-batch: wait until the server has tablets' requests in hand (or briefly).
            let deadline = std::time::Instant::now() + std::time::Duration::from_millis(200);
            let skip = rng.below(3);
            let mut seen = 0;
            while std::time::Instant::now() < deadline {
                if proxy.in_flight.load(Ordering::SeqCst) > 0 {
                    seen += 1;
                    if seen > skip {
                        break;
                    }
                }
                tokio::time::sleep(std::time::Duration::from_millis(1)).await;
            }
            let mid_request = proxy.in_flight.load(Ordering::SeqCst) > 0;
            p.kill();
            report.killed_mid_request += u64::from(mid_request);
            p.restart();
            proxy.retarget(&p.url);
            report.restarts += 1;
        }
        for w in wave {
            w.await.unwrap();
        }
    }
    // Faults off: every outbox drains.
    proxy.faulty.store(false, Ordering::Relaxed);
    for (t, c) in &fleet {
        let mut tries = 0;
        loop {
            match c.sync_once(t).await {
                Ok(_) if t.lock().unwrap().queue_len().unwrap() == 0 => break,
                _ if tries < 20 => tries += 1,
                other => panic!("a tablet did not drain: {other:?}"),
            }
        }
    }
    report.faults = *proxy.counts.lock().unwrap();
    // Read what the server holds (a process is killed first, and its database reopened here).
    let server = match centre {
        Centre::InProcess(s) => s,
        Centre::Process(mut p) => {
            p.kill();
            TestServer::start_with(config).await
        }
    };
    let mut mine: std::collections::HashSet<EventId> = std::collections::HashSet::new();
    for (t, _) in &fleet {
        let t = t.lock().unwrap();
        report.left_in_outboxes += t.queue_len().unwrap();
        assert!(
            t.parked.is_empty(),
            "nothing here should be refused: {:?}",
            t.parked
        );
        mine.extend(t.log.iter().map(|e| e.event.id));
    }
    let mut held: std::collections::HashMap<EventId, u64> = std::collections::HashMap::new();
    let mut after = 0;
    loop {
        let page = server
            .server
            .db()
            .events_after(after, None, 1000)
            .await
            .unwrap();
        let Some(last) = page.last() else { break };
        after = last.seq;
        for e in page {
            if e.event.device != server.server.device() {
                *held.entry(e.event.id).or_default() += 1;
            }
        }
    }
    report.stored = held.values().sum();
    report.lost = mine.iter().filter(|id| !held.contains_key(id)).count() as u64;
    report.duplicated = held.values().map(|n| n - 1).sum::<u64>()
        + held.keys().filter(|id| !mine.contains(id)).count() as u64;
    let counts = server.server.db().counts().await.unwrap();
    assert_eq!(counts.stored, counts.distinct_ids);
    report
}
