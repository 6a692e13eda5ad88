//! The call's end-to-end harness, shared by the tests (`kinline/call.rs`) and the bench
//! (`examples/call_bench.rs`): the centre server's signalling on loopback, a headless tablet
//! call engine with the synthetic source, headless Debian Chromium as the caller (driven by
//! chromedriver through fantoccini, with a fake camera), and coturn. Everything binds to
//! 127.0.0.1; every temporary directory is removed on drop.

use fantoccini::{Client, ClientBuilder};
use kinline_app::call::media::{AudioMeter, LatestFrame, SyntheticTone, SyntheticVideo};
use kinline_app::call::{Call, CallConfig, CallEvent, CallMedia};
use kinline_server::signalling::{JoinCode, Signalling, TurnConfig, signalling_routes};
use kinline_shared::ids::{BookingId, DetaineeId};
use kinline_shared::model::CallKind;
use kinline_shared::workflow::call::CallInfo;
use serde_json::Value;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
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

/// The centre server's signalling routes, served on loopback.
#[derive(Debug)]
pub struct Server {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its signalling state (to open calls).
    pub signalling: Signalling,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    /// Starts on a free loopback port.
    pub async fn start(turn: Option<TurnConfig>) -> Self {
        Self::start_with(turn, axum::Router::new()).await
    }

    /// Starts on a free loopback port with `extra` routes merged in (the bench's pages).
    pub async fn start_with(turn: Option<TurnConfig>, extra: axum::Router) -> Self {
        let signalling = Signalling::new(turn);
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .await
            .expect("bind the server");
        let addr = listener.local_addr().expect("server address");
        let app = signalling_routes(signalling.clone()).merge(extra);
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Server {
            addr,
            signalling,
            task,
        }
    }

    /// Opens a call of `kind` whose slot ends `slot` from now.
    pub fn open(
        &self,
        kind: CallKind,
        slot: Duration,
    ) -> (JoinCode, CallInfo, chrono::DateTime<chrono::Utc>) {
        let now = chrono::Utc::now();
        let info = CallInfo {
            booking: BookingId(uuid::Uuid::now_v7()),
            detainee: DetaineeId(uuid::Uuid::now_v7()),
            kind,
            slot_start: now,
            booked_at: now,
        };
        let slot_end = now + chrono::Duration::from_std(slot).expect("slot length");
        let code = self.signalling.open_call(info.booking, kind, slot_end);
        (code, info, slot_end)
    }

    /// The caller's link for `code`.
    pub fn join_url(&self, code: &JoinCode) -> String {
        format!("http://{}/join/{}", self.addr, code.0)
    }

    /// The tablet's signalling URL for `code`.
    pub fn tablet_url(&self, code: &JoinCode) -> String {
        format!("ws://{}/signalling/tablet/{}/ws", self.addr, code.0)
    }
}

impl Drop for Server {
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
        let mut config = CallConfig::new(server.tablet_url(code), info, slot_end);
        config.bind = Ipv4Addr::LOCALHOST.into();
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

/// Headless Chromium driven by chromedriver: the outside caller.
pub struct Browser {
    /// The WebDriver session.
    pub client: Client,
    driver: Child,
    /// Chromium's profile directory.
    pub profile: TempDir,
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
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&url)
            .await
            .expect("a Chromium session starts");
        Browser {
            client,
            driver,
            profile,
        }
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
