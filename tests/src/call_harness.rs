//! The call's end-to-end harness, shared by the tests (`kinline/call.rs`) and the bench
//! (`examples/call_bench.rs`): the real centre server (its own router, SQLite) on loopback, a headless tablet
//! call engine with the synthetic source, headless Debian Chromium as the caller (driven by
//! chromedriver through fantoccini, with a fake camera), and coturn. Everything binds to
//! 127.0.0.1; every temporary directory is removed on drop.

use crate::server_harness::MemoryTablet;
use fantoccini::{Client, ClientBuilder};
use kinline_app::call::media::{AudioMeter, LatestFrame, SyntheticTone, SyntheticVideo};
use kinline_app::call::{
    Call, CallConfig, CallEvent, CallMedia, DeviceAuth, tablet_signalling_url,
};
use kinline_app::sync::SyncClient;
use kinline_server::config::Calls;
use kinline_server::signalling::{JoinCode, TurnConfig};
use kinline_server::{Config, Database};
use kinline_shared::actor::{Actor, Role};
use kinline_shared::clock::CentreClock;
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, StaffId};
use kinline_shared::model::CallKind;
use kinline_shared::signalling::Signal;
use kinline_shared::workflow::call::CallInfo;
use serde_json::Value;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The exact Chromium flags the project allows: all traffic stays on 127.0.0.1, fake camera.
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--disable-features=WebRtcHideLocalIpsWithMdns",
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--allow-loopback-in-peer-connection",
];

/// A generous limit for anything a loaded two-core machine should still manage.
pub const PATIENCE: Duration = Duration::from_secs(60);

/// A fresh temporary directory, removed on drop.
#[derive(Debug)]
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// Creates `…/kinline-{what}-{random}`.
    pub fn new(what: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("kinline-{what}-{}", uuid::Uuid::now_v7().simple()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A free loopback TCP port.
pub fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Waits until `f` returns `Some`, polling, or panics naming `what` after `limit`.
pub async fn wait_for<T, F, Fut>(what: &str, limit: Duration, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let start = Instant::now();
    loop {
        if let Some(v) = f().await {
            return v;
        }
        assert!(
            start.elapsed() < limit,
            "timed out after {limit:?} waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A centre clock that reads midday in London today (12 hours after the London day's start),
/// the time running on from there.
pub fn midday_clock() -> CentreClock {
    let system = chrono::Utc::now();
    let today = kinline_shared::time::london_date(system);
    let midday = kinline_shared::time::london_day_start(today) + chrono::Duration::hours(12);
    CentreClock::reading(midday, system)
}

/// The real centre server ([`kinline_server::Server`] behind [`kinline_server::http::router`],
/// the router `kinline-server` serves) with SQLite in a temp dir, on loopback; an enrolled
/// tablet that books calls by pushing `CallBooked` through the sync API; and a signed-in DCO
/// who reads each call's join link from `GET /api/staff/bookings/{booking}/join`.
pub struct Server {
    /// Where it listens.
    pub addr: SocketAddr,
    /// The centre server.
    pub server: Arc<kinline_server::Server>,
    /// The enrolled tablet (its key signs the call engine's signalling socket).
    pub tablet: Arc<Mutex<MemoryTablet>>,
    sync: SyncClient,
    dco: StaffId,
    dco_token: String,
    task: tokio::task::JoinHandle<()>,
    clock: CentreClock,
    _data: TempDir,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("addr", &self.addr).finish()
    }
}

impl Server {
    /// Starts on a free loopback port.
    pub async fn start(turn: Option<TurnConfig>) -> Self {
        Self::start_with(turn, axum::Router::new()).await
    }

    /// Starts on a free loopback port with `extra` routes merged in (the bench's pages).
    pub async fn start_with(turn: Option<TurnConfig>, extra: axum::Router) -> Self {
        Self::start_full(turn, 15, extra).await
    }

    /// Starts on the centre's clock at midday in London today ([`midday_clock`]), the time
    /// running on: a test of a slot's end (a slot never spans London midnight) or of a call
    /// needing time left in its slot runs the same at any hour.
    pub async fn start_at_midday() -> Self {
        Self::start_on(None, 15, axum::Router::new(), midday_clock()).await
    }

    /// Starts with the given TURN, `calls.recovery_secs` and extra routes.
    pub async fn start_full(
        turn: Option<TurnConfig>,
        recovery_secs: u64,
        extra: axum::Router,
    ) -> Self {
        Self::start_on(turn, recovery_secs, extra, CentreClock::SYSTEM).await
    }

    /// Starts with the given TURN, `calls.recovery_secs`, extra routes and the centre's
    /// clock (the server's, and the enrolled tablet's that books the calls).
    pub async fn start_on(
        turn: Option<TurnConfig>,
        recovery_secs: u64,
        extra: axum::Router,
        clock: CentreClock,
    ) -> Self {
        Self::start_changed(turn, recovery_secs, extra, clock, |_| {}).await
    }

    /// [`Self::start_on`], its config changed by `change` before the server opens.
    pub async fn start_changed(
        turn: Option<TurnConfig>,
        recovery_secs: u64,
        extra: axum::Router,
        clock: CentreClock,
        change: impl FnOnce(&mut Config),
    ) -> Self {
        let data = TempDir::new("call-server");
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .await
            .expect("bind the server");
        let addr = listener.local_addr().expect("server address");
        let config = Config {
            data_dir: data.0.clone(),
            listen: addr,
            database: Database::Sqlite,
            calls: Calls {
                public_url: Some(format!("http://{addr}")),
                turn,
                recovery_secs,
            },
            clock,
            ..Config::default()
        };
        let mut config = config;
        change(&mut config);
        let server = Arc::new(
            kinline_server::Server::open(config)
                .await
                .expect("the centre server opens"),
        );
        let app = kinline_server::http::router(Arc::clone(&server)).merge(extra);
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        let base = format!("http://{addr}");
        let mut tablet = MemoryTablet::new();
        tablet.centre_clock = clock;
        let tablet = Arc::new(Mutex::new(tablet));
        let (device, public) = {
            let t = tablet.lock().expect("tablet");
            (t.device, t.key.verifying_key().to_bytes())
        };
        let code = server
            .create_enrolment_code()
            .await
            .expect("an enrolment code")
            .0;
        let sync = SyncClient::new(&base, None).expect("a sync client");
        sync.enrol(&code, device, public)
            .await
            .expect("the tablet enrols");
        let dco = StaffId(uuid::Uuid::now_v7());
        server
            .set_staff(dco, Role::Dco, "2468135", true)
            .await
            .expect("a DCO account");
        let (token, _, _) = server
            .sign_in(dco, "2468135")
            .await
            .expect("the DCO signs in");
        Server {
            addr,
            server,
            tablet,
            sync,
            dco,
            dco_token: token.0,
            task,
            clock,
            _data: data,
        }
    }

    /// The signed-in DCO (PIN `2468135`).
    pub fn dco(&self) -> StaffId {
        self.dco
    }

    /// The centre's clock.
    pub fn clock(&self) -> CentreClock {
        self.clock
    }

    /// The centre's time now.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.at(chrono::Utc::now())
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Books a call of `kind` whose slot ends `slot` from now (the centre has no schedule, so
    /// slots are 30 minutes): the tablet records `CallBooked` and pushes it; the DCO then reads
    /// the join link from the staff API.
    pub async fn open(
        &self,
        kind: CallKind,
        slot: Duration,
    ) -> (JoinCode, CallInfo, chrono::DateTime<chrono::Utc>) {
        let now = self.now();
        let slot_start = now + chrono::Duration::from_std(slot).expect("slot length")
            - chrono::Duration::minutes(30);
        let info = CallInfo {
            booking: BookingId(uuid::Uuid::now_v7()),
            detainee: DetaineeId(uuid::Uuid::now_v7()),
            kind,
            slot_start,
            booked_at: now,
        };
        self.record(EventBody::CallBooked {
            booking: info.booking,
            detainee: info.detainee,
            kind,
            slot_start,
        })
        .await;
        let link = self.join_link(info.booking).await;
        assert_eq!(
            link["url"],
            format!("{}/join/{}", self.base(), link["code"].as_str().unwrap())
        );
        let slot_end = link["slot_end"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .expect("the link's slot end");
        (
            JoinCode(link["code"].as_str().expect("a code").to_owned()),
            info,
            slot_end,
        )
    }

    /// The tablet records `body` as the DCO and pushes it to the server.
    pub async fn record(&self, body: EventBody) {
        self.tablet.lock().expect("tablet").record(
            Actor::Staff {
                id: self.dco,
                role: Role::Dco,
            },
            body,
        );
        let report = self.sync.push_all(&self.tablet).await.expect("the push");
        assert_eq!(report.parked, 0, "the server refused the event: {report:?}");
    }

    /// `GET /api/staff/bookings/{booking}/join` as the DCO: the JSON answer.
    pub async fn join_link(&self, booking: BookingId) -> Value {
        let (status, body) = self.join_link_status(booking).await;
        assert_eq!(status, 200, "{body}");
        body
    }

    /// The join route's status and JSON body.
    pub async fn join_link_status(&self, booking: BookingId) -> (u16, Value) {
        let resp = reqwest::Client::new()
            .get(format!(
                "{}/api/staff/bookings/{}/join",
                self.base(),
                booking.0
            ))
            .bearer_auth(&self.dco_token)
            .send()
            .await
            .expect("the join route answers");
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
    }

    /// The caller's link for `code`.
    pub fn join_url(&self, code: &JoinCode) -> String {
        format!("{}/join/{}", self.base(), code.0)
    }

    /// The tablet's signalling URL for `booking`.
    pub fn tablet_url(&self, booking: BookingId) -> String {
        tablet_signalling_url(&self.base(), booking)
    }

    /// The enrolled tablet's identity, for the call engine's signed socket.
    pub fn device_auth(&self) -> Arc<dyn DeviceAuth> {
        let t = self.tablet.lock().expect("tablet");
        Arc::new(TabletKey {
            device: t.device,
            key: t.key.clone(),
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// An enrolled tablet's device id and key.
pub struct TabletKey {
    /// The device id.
    pub device: DeviceId,
    /// Its Ed25519 key.
    pub key: ed25519_dalek::SigningKey,
}

impl DeviceAuth for TabletKey {
    fn device(&self) -> DeviceId {
        self.device
    }

    fn sign(&self, bytes: &[u8]) -> [u8; 64] {
        use ed25519_dalek::Signer;
        self.key.sign(bytes).to_bytes()
    }
}

/// A WebSocket proxy on loopback in front of the tablet's signalling: it opens the upstream
/// socket signed with the enrolled tablet's key (so a Chromium page, which cannot set headers,
/// can stand in for the tablet in the bench) and passes every message through `rewrite`.
pub struct SigningProxy {
    /// Where it listens: connect to `ws://{addr}/signalling/tablet/{booking}/ws`.
    pub addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl SigningProxy {
    /// Starts a proxy to `server` signing as its tablet; `rewrite` may alter what the server
    /// sends to the tablet.
    // tungstenite's handshake callback returns its (large) error response type.
    #[allow(clippy::result_large_err)]
    pub async fn start(server: &Server, rewrite: fn(Signal) -> Signal) -> Self {
        use futures_util::{SinkExt, StreamExt};
        use tokio_tungstenite::tungstenite::Message;
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .await
            .expect("bind the proxy");
        let addr = listener.local_addr().expect("proxy address");
        let (base, auth) = (server.base(), server.device_auth());
        let task = tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let (base, auth) = (base.clone(), Arc::clone(&auth));
                tokio::spawn(async move {
                    let path = Arc::new(Mutex::new(String::new()));
                    let seen = Arc::clone(&path);
                    let Ok(tablet_side) = tokio_tungstenite::accept_hdr_async(
                        tcp,
                        move |req: &tokio_tungstenite::tungstenite::handshake::server::Request,
                              resp| {
                            *seen.lock().expect("path") = req.uri().path().to_owned();
                            Ok(resp)
                        },
                    )
                    .await
                    else {
                        return;
                    };
                    let path = path.lock().expect("path").clone();
                    let url = format!("{}{path}", base.replacen("http://", "ws://", 1));
                    let Ok(request) = kinline_app::call::signed_upgrade_request(&url, Some(&auth))
                    else {
                        return;
                    };
                    let Ok((server_side, _)) = tokio_tungstenite::connect_async(request).await
                    else {
                        return;
                    };
                    let (mut to_tablet, mut from_tablet) = tablet_side.split();
                    let (mut to_server, mut from_server) = server_side.split();
                    tokio::spawn(async move {
                        while let Some(Ok(m)) = from_tablet.next().await {
                            if to_server.send(m).await.is_err() {
                                break;
                            }
                        }
                    });
                    while let Some(Ok(m)) = from_server.next().await {
                        let m = match &m {
                            Message::Text(t) => match serde_json::from_str::<Signal>(t) {
                                Ok(signal) => Message::Text(
                                    serde_json::to_string(&rewrite(signal))
                                        .expect("signals serialise")
                                        .into(),
                                ),
                                Err(_) => m,
                            },
                            _ => m,
                        };
                        if to_tablet.send(m).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        SigningProxy { addr, task }
    }

    /// The proxied tablet signalling URL for `booking`.
    pub fn tablet_url(&self, booking: BookingId) -> String {
        tablet_signalling_url(&format!("http://{}", self.addr), booking)
    }
}

impl Drop for SigningProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A headless tablet call engine with the synthetic source and measuring sinks.
pub struct Tablet {
    /// The running call.
    pub call: Call,
    /// The caller's decoded pictures.
    pub frames: Arc<LatestFrame>,
    /// The caller's decoded sound.
    pub sound: Arc<AudioMeter>,
    /// Every event read so far.
    pub seen: Vec<CallEvent>,
}

impl std::fmt::Debug for Tablet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tablet").field("seen", &self.seen).finish()
    }
}

impl Tablet {
    /// Checks the detainee in and connects to the call's signalling (bound to loopback).
    pub async fn start(
        server: &Server,
        code: &JoinCode,
        info: CallInfo,
        slot_end: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        let frames = LatestFrame::new();
        let sound = AudioMeter::new();
        let _ = code;
        let mut config = CallConfig::new(server.tablet_url(info.booking), info, slot_end);
        config.auth = Some(server.device_auth());
        config.bind = Ipv4Addr::LOCALHOST.into();
        // The slot's end is read on the centre's clock, as the tablet reads it.
        config.clock = server.clock();
        let media = CallMedia {
            video: Box::new(SyntheticVideo::new(640, 480, 30)),
            audio: Box::new(SyntheticTone::new(440.0)),
            frames: frames.clone(),
            sound: sound.clone(),
        };
        let call = Call::start(config, media)
            .await
            .expect("the call engine starts");
        Tablet {
            call,
            frames,
            sound,
            seen: Vec::new(),
        }
    }

    /// Reads events until one matches `want`; returns it.
    pub async fn until(&mut self, what: &str, want: impl Fn(&CallEvent) -> bool) -> CallEvent {
        if let Some(e) = self.seen.iter().find(|e| want(e)) {
            return e.clone();
        }
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let next = tokio::time::timeout_at(deadline, self.call.next_event())
                .await
                .unwrap_or_else(|_| panic!("timed out waiting for {what}; saw {:?}", self.seen))
                .unwrap_or_else(|| panic!("the call ended before {what}; saw {:?}", self.seen));
            self.seen.push(next.clone());
            if want(&next) {
                return next;
            }
        }
    }
}

/// The outside caller's browser: headless Chromium driven by chromedriver, or headless
/// Firefox ESR driven by geckodriver ([`Browser::firefox`]).
pub struct Browser {
    /// The WebDriver session.
    pub client: Client,
    driver: Child,
    /// The browser's profile directory.
    pub profile: TempDir,
    /// Whether it is Firefox (else Chromium).
    firefox: bool,
}

impl std::fmt::Debug for Browser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Browser")
            .field("profile", &self.profile)
            .finish()
    }
}

impl Browser {
    /// Starts chromedriver and a Chromium session with the project's flags.
    pub async fn start() -> Self {
        Self::start_with(false).await
    }

    /// [`Self::start`], also accepting a self-signed certificate (`cargo xtask demo`'s
    /// development certificate) when `accept_dev_certificate` is set.
    pub async fn start_with(accept_dev_certificate: bool) -> Self {
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver runs (cargo xtask setup installs Debian's chromium-driver)");
        let url = format!("http://127.0.0.1:{port}");
        wait_for("chromedriver to listen", PATIENCE, || async {
            std::net::TcpStream::connect(("127.0.0.1", port))
                .ok()
                .map(|_| ())
        })
        .await;
        let profile = TempDir::new("chromium");
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| (*s).to_owned()).collect();
        args.push(format!("--user-data-dir={}", profile.0.display()));
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({ "binary": "/usr/bin/chromium", "args": args }),
        );
        if accept_dev_certificate {
            caps.insert("acceptInsecureCerts".into(), serde_json::Value::Bool(true));
        }
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&url)
            .await
            .expect("a Chromium session starts");
        Browser {
            client,
            driver,
            profile,
            firefox: false,
        }
    }

    /// Starts geckodriver and a headless Firefox ESR session: fake camera and microphone
    /// allowed, loopback ICE candidates, no mDNS names, every proxy pointed at 127.0.0.1:9,
    /// DNS answering localhost, no DoH, telemetry or updates.
    pub async fn firefox() -> Self {
        let port = free_port();
        let driver = Command::new(geckodriver())
            .arg(format!("--port={port}"))
            .args(["--host", "127.0.0.1"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("geckodriver runs (cargo xtask setup installs it with cargo install)");
        let url = format!("http://127.0.0.1:{port}");
        wait_for("geckodriver to listen", PATIENCE, || async {
            std::net::TcpStream::connect(("127.0.0.1", port))
                .ok()
                .map(|_| ())
        })
        .await;
        let profile = TempDir::new("firefox");
        let prefs = serde_json::json!({
            "media.navigator.streams.fake": true,
            "media.navigator.permission.disabled": true,
            "permissions.default.camera": 1,
            "permissions.default.microphone": 1,
            "media.autoplay.default": 0,
            "media.peerconnection.ice.loopback": true,
            "media.peerconnection.ice.obfuscate_host_addresses": false,
            "network.proxy.type": 1,
            "network.proxy.http": "127.0.0.1",
            "network.proxy.http_port": 9,
            "network.proxy.ssl": "127.0.0.1",
            "network.proxy.ssl_port": 9,
            "network.proxy.socks": "127.0.0.1",
            "network.proxy.socks_port": 9,
            "network.proxy.no_proxies_on": "127.0.0.1,localhost",
            "network.dns.native-is-localhost": true,
            "network.trr.mode": 5,
            "toolkit.telemetry.enabled": false,
            "datareporting.healthreport.uploadEnabled": false,
            "datareporting.policy.dataSubmissionEnabled": false,
            "app.update.auto": false,
            "app.update.enabled": false,
            "browser.shell.checkDefaultBrowser": false,
            "extensions.update.enabled": false,
            "browser.safebrowsing.malware.enabled": false,
            "browser.safebrowsing.phishing.enabled": false,
            "network.captive-portal-service.enabled": false,
            "network.connectivity-service.enabled": false,
        });
        let mut caps = serde_json::Map::new();
        caps.insert(
            "moz:firefoxOptions".into(),
            serde_json::json!({
                "binary": "/usr/bin/firefox-esr",
                "args": ["-headless", "-profile", profile.0.display().to_string()],
                "prefs": prefs,
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&url)
            .await
            .expect("a Firefox session starts");
        Browser {
            client,
            driver,
            profile,
            firefox: true,
        }
    }

    /// Whether this is the Firefox session.
    pub fn is_firefox(&self) -> bool {
        self.firefox
    }

    /// `window.kinline`'s state on the caller's page.
    pub async fn state(&self) -> Value {
        self.client
            .execute("return window.kinline || null;", vec![])
            .await
            .unwrap_or(Value::Null)
    }

    /// Evaluates `js` (a `return …` statement).
    pub async fn eval(&self, js: &str) -> Value {
        self.client.execute(js, vec![]).await.unwrap_or(Value::Null)
    }

    /// Waits until the page's state satisfies `pred`; returns that state.
    pub async fn until(&self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        wait_for(what, PATIENCE, || async {
            let s = self.state().await;
            pred(&s).then_some(s)
        })
        .await
    }

    /// Ends the session and chromedriver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        // A test that failed before `close` leaves this session's Chromium running: end the
        // processes started with this (unique) profile directory, and only those.
        let marker = format!("--user-data-dir={}", self.profile.0.display());
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            let is_ours = cmdline
                .split(|b| *b == 0)
                .any(|arg| arg == marker.as_bytes());
            if is_ours {
                let _ = Command::new("kill")
                    .arg(entry.file_name())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status();
            }
        }
    }
}

/// coturn on loopback, with TURN REST auth, relaying to loopback peers (the shipped config
/// denies that; the test needs it because both peers are on 127.0.0.1).
#[derive(Debug)]
pub struct Coturn {
    child: Child,
    /// The TURN URL.
    pub url: String,
    /// The shared secret.
    pub secret: String,
    _dir: TempDir,
}

impl Coturn {
    /// Starts `turnserver` on a free loopback port and waits until it listens.
    pub async fn start() -> Self {
        let port = free_port();
        let dir = TempDir::new("coturn");
        let secret = format!("test-{}", uuid::Uuid::now_v7().simple());
        let relay_min = 49_152 + (port % 1_000) * 10;
        let child = Command::new("turnserver")
            .args([
                "-n",
                "--listening-ip=127.0.0.1",
                "--relay-ip=127.0.0.1",
                &format!("--listening-port={port}"),
                &format!("--min-port={relay_min}"),
                &format!("--max-port={}", relay_min + 9),
                "--use-auth-secret",
                &format!("--static-auth-secret={secret}"),
                "--realm=kinline.test",
                "--allow-loopback-peers",
                "--no-tls",
                "--no-dtls",
                "--no-cli",
                "--fingerprint",
                &format!("--pidfile={}", dir.0.join("turn.pid").display()),
                "--log-file=stdout",
                "--simple-log",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("turnserver runs (cargo xtask setup installs Debian's coturn)");
        let probe = std::net::UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).expect("udp");
        probe
            .set_read_timeout(Some(Duration::from_millis(200)))
            .expect("timeout");
        // A STUN binding request; coturn answers once it listens.
        wait_for("coturn to answer STUN", PATIENCE, || {
            let mut req = vec![0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42];
            req.extend_from_slice(&[7u8; 12]);
            let _ = probe.send_to(&req, ("127.0.0.1", port));
            let mut buf = [0u8; 512];
            let ok = probe.recv_from(&mut buf).is_ok();
            async move { ok.then_some(()) }
        })
        .await;
        Coturn {
            child,
            url: format!("turn:127.0.0.1:{port}?transport=udp"),
            secret,
            _dir: dir,
        }
    }

    /// Cuts every relayed path: coturn is stopped where it stands (SIGSTOP), so with
    /// relay-only candidates the call's media stops both ways while its signalling goes on.
    pub fn freeze(&self) {
        self.signal("-STOP");
    }

    /// Restores the relayed paths (SIGCONT); allocations and permissions are still there.
    pub fn thaw(&self) {
        self.signal("-CONT");
    }

    fn signal(&self, sig: &str) {
        let ok = Command::new("kill")
            .args([sig, &self.child.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "kill {sig} coturn");
    }

    /// Where coturn listens.
    pub fn addr(&self) -> SocketAddr {
        let host = self
            .url
            .trim_start_matches("turn:")
            .split('?')
            .next()
            .unwrap_or_default();
        host.parse().expect("coturn listens on a loopback address")
    }

    /// The signalling's TURN configuration for this coturn, relay-only.
    pub fn config(&self) -> TurnConfig {
        TurnConfig {
            urls: vec![self.url.clone()],
            secret: self.secret.clone(),
            relay_only: true,
        }
    }
}

impl Drop for Coturn {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every file under `dir` (recursively).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// geckodriver: on the PATH, or where `cargo install geckodriver` put it.
fn geckodriver() -> std::path::PathBuf {
    let installed = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")))
        .map(|c| c.join("bin/geckodriver"));
    match installed {
        Some(p) if p.exists() => p,
        _ => std::path::PathBuf::from("geckodriver"),
    }
}

/// Reads signals until the socket closes (a close, an error or its end); `None` if it is
/// still open after `patience`.
pub async fn closes_within<S>(ws: &mut S, patience: Duration) -> Option<Vec<Signal>>
where
    S: futures_util::Stream<
            Item = Result<
                tokio_tungstenite::tungstenite::Message,
                tokio_tungstenite::tungstenite::Error,
            >,
        > + Unpin,
{
    use futures_util::StreamExt;
    use tokio_tungstenite::tungstenite::Message;
    let mut seen = Vec::new();
    let deadline = tokio::time::Instant::now() + patience;
    loop {
        match tokio::time::timeout_at(deadline, ws.next()).await {
            Err(_) => return None,
            Ok(None | Some(Err(_)) | Some(Ok(Message::Close(_)))) => return Some(seen),
            Ok(Some(Ok(Message::Text(t)))) => {
                if let Ok(s) = serde_json::from_str(t.as_str()) {
                    seen.push(s);
                }
            }
            Ok(Some(Ok(_))) => {}
        }
    }
}
