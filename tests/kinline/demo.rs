//! `cargo xtask demo --headless`, end to end, as a newcomer runs it: from a clean data
//! directory it seeds the demo centre, serves HTTPS, enrols and syncs the tablet, and prints
//! staff accounts that sign in and join links that open the caller's page in real headless
//! Chromium. Ctrl-C stops it cleanly; a second run keeps the data and doubles nothing.

use kinline_app::store::{KeySource, ReferenceKind, Store, StoreConfig};
use kinline_shared::ids::DeviceId;
use kinline_tests::call_harness::{Browser, TempDir, free_port};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The last line the demo prints once everything runs.
const READY: &str = "Ctrl-C stops everything";

/// A running `cargo xtask demo --headless`, and what it printed.
struct Demo {
    child: Child,
    lines: mpsc::Receiver<String>,
    out: Vec<String>,
}

impl Demo {
    /// Starts the demo and waits until it says it is running (the first run also builds,
    /// which `cargo xtask test` has already done).
    fn start(data: &Path, port: u16) -> Self {
        let mut command = kinline_tests::cargo_command();
        let mut child = command
            .args(["xtask", "demo", "--headless", "--data"])
            .arg(data)
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("cargo xtask demo starts");
        let stdout = child.stdout.take().expect("piped");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut demo = Demo {
            child,
            lines,
            out: Vec::new(),
        };
        demo.read_until(READY, Duration::from_secs(900));
        demo
    }

    /// Collects printed lines until one contains `marker`.
    fn read_until(&mut self, marker: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let done = line.contains(marker);
                    self.out.push(line);
                    if done {
                        return;
                    }
                }
                Err(_) => panic!(
                    "the demo did not print {marker:?} within {limit:?}; it printed:\n{}",
                    self.out.join("\n")
                ),
            }
        }
    }

    fn printed(&self, what: &str) -> bool {
        self.out.iter().any(|l| l.contains(what))
    }

    /// Ctrl-C, as a person presses it: the demo must stop everything and exit successfully.
    fn interrupt(mut self) -> Vec<String> {
        let status = Command::new("kill")
            .arg("-INT")
            .arg(self.child.id().to_string())
            .status()
            .expect("kill runs");
        assert!(status.success());
        self.read_until("Stopped.", Duration::from_secs(30));
        let deadline = Instant::now() + Duration::from_secs(30);
        let status = loop {
            if let Some(s) = self.child.try_wait().expect("wait") {
                break s;
            }
            assert!(
                Instant::now() < deadline,
                "the demo did not exit after Ctrl-C"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        assert!(
            status.success(),
            "the demo exited with {status} after Ctrl-C"
        );
        std::mem::take(&mut self.out)
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = Command::new("kill")
                .arg("-INT")
                .arg(self.child.id().to_string())
                .status();
            let _ = self.child.wait();
        }
    }
}

/// A printed staff line: (staff id, PIN, role label).
fn staff_lines(out: &[String]) -> Vec<(String, String, String)> {
    out.iter()
        .filter_map(|l| {
            let (before, id) = l.split_once("(staff id ")?;
            let pin = before.split("PIN ").nth(1)?.trim().to_owned();
            let role = before.split("  ").map(str::trim).find(|s| !s.is_empty())?;
            Some((id.trim_end_matches(')').to_owned(), pin, role.to_owned()))
        })
        .collect()
}

/// The printed join links: (url, whether the line says legal).
fn join_links(out: &[String]) -> Vec<(String, bool)> {
    out.iter()
        .filter_map(|l| {
            let url = l.split_whitespace().find(|w| w.contains("/join/"))?;
            Some((url.to_owned(), l.contains(" legal ")))
        })
        .collect()
}

/// An HTTPS client that trusts the demo's development certificate (and nothing else extra).
fn client(data: &Path) -> reqwest::Client {
    let pem = std::fs::read(data.join("tls/dev-cert.pem")).expect("the demo wrote its certificate");
    reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(&pem).expect("a PEM certificate"))
        .build()
        .expect("a client")
}

async fn sign_in(http: &reqwest::Client, base: &str, id: &str, pin: &str) -> (u16, Value) {
    let r = http
        .post(format!("{base}/api/staff/sign-in"))
        .json(&json!({ "staff": id, "secret": pin }))
        .send()
        .await
        .expect("the server answers");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// How many events the server holds, read as the Centre Manager.
async fn event_count(
    http: &reqwest::Client,
    base: &str,
    staff: &[(String, String, String)],
) -> usize {
    let (id, pin, _) = staff
        .iter()
        .find(|(_, _, role)| role == "Centre Manager")
        .expect("the demo prints a Centre Manager");
    let (status, body) = sign_in(http, base, id, pin).await;
    assert_eq!(status, 200, "{body}");
    let token = body["token"].as_str().expect("a token").to_owned();
    let mut count = 0;
    let mut after = 0u64;
    loop {
        let page: Value = http
            .get(format!("{base}/api/staff/events?after={after}&limit=500"))
            .bearer_auth(&token)
            .send()
            .await
            .expect("events answer")
            .json()
            .await
            .expect("events are JSON");
        let items = page.as_array().cloned().unwrap_or_default();
        if items.is_empty() {
            return count;
        }
        count += items.len();
        after = items
            .iter()
            .filter_map(|e| e["seq"].as_u64())
            .max()
            .expect("stored events carry their sequence number");
    }
}

/// The tablet's encrypted store as the demo left it: its config names device, store and key.
fn tablet_store(data: &Path) -> Store {
    let dir = data.join("tablet");
    let toml =
        std::fs::read_to_string(dir.join("tablet.toml")).expect("the demo wrote tablet.toml");
    let device: DeviceId = toml
        .lines()
        .find_map(|l| l.strip_prefix("device = "))
        .map(|d| d.trim_matches('"').parse().expect("a device id"))
        .expect("a device line");
    Store::open(&StoreConfig::new(
        dir.join("tablet.db"),
        KeySource::File(dir.join("tablet.key")),
        device,
    ))
    .expect("the tablet store opens with its key")
}

/// The tablet's call engine reaches the demo's HTTPS server over `wss://`, trusting only the
/// demo's development certificate and signing with the key the demo enrolled from the
/// tablet's store, as the desktop app's call screen does: the caller's page joins and the
/// tablet sees them.
async fn tablet_call_over_wss(
    data: &Path,
    http: &reqwest::Client,
    base: &str,
    staff: &[(String, String, String)],
    browser: &Browser,
) {
    use kinline_app::call::media::{AudioMeter, LatestFrame, SyntheticTone, SyntheticVideo};
    use kinline_app::call::{
        Call, CallConfig, CallEvent, CallMedia, tablet_signalling_url, tls_trusting,
    };
    use kinline_app::ui::StoreBackend;
    use kinline_shared::workflow::call::CallPhase;
    let (id, pin, _) = staff
        .iter()
        .find(|(_, _, role)| role == kinline_shared::actor::Role::Dco.label())
        .expect("the demo prints a DCO");
    let (status, body) = sign_in(http, base, id, pin).await;
    assert_eq!(status, 200, "{body}");
    let token = body["token"].as_str().expect("a token").to_owned();
    let store = tablet_store(data);
    let centre = store.centre().clone();
    let minutes = i64::from(centre.schedule.as_ref().expect("a schedule").slot_minutes);
    let now = chrono::Utc::now();
    let call = centre
        .calls
        .values()
        .filter(|c| c.phase == CallPhase::Booked)
        // Minutes left in its slot, so the slot's end does not end the call under the test.
        .find(|c| {
            c.info.slot_start + chrono::Duration::minutes(minutes)
                > now + chrono::Duration::minutes(3)
        })
        .expect("a call still to come on the tablet");
    let (info, slot_end) = (
        call.info.clone(),
        call.info.slot_start + chrono::Duration::minutes(minutes),
    );
    let link: Value = http
        .get(format!("{base}/api/staff/bookings/{}/join", info.booking.0))
        .bearer_auth(&token)
        .send()
        .await
        .expect("the join route answers")
        .json()
        .await
        .expect("JSON");
    let url = link["url"].as_str().expect("a join link");
    let joined = info.booking;
    browser.client.goto(url).await.expect("the join page loads");
    browser
        .until("the caller waiting", |s| s["phase"] == "waiting")
        .await;

    let pem = std::fs::read(data.join("tls/dev-cert.pem")).expect("the demo's certificate");
    let mut config = CallConfig::new(tablet_signalling_url(base, info.booking), info, slot_end);
    config.auth = Some(StoreBackend::new(store).device_auth());
    config.tls = Some(tls_trusting(Some(&pem)).expect("the certificate is trusted"));
    config.bind = std::net::Ipv4Addr::LOCALHOST.into();
    let frames = LatestFrame::new();
    let media = CallMedia {
        video: Box::new(SyntheticVideo::new(320, 240, 15)),
        audio: Box::new(SyntheticTone::new(440.0)),
        frames: frames.clone(),
        sound: AudioMeter::new(),
    };
    let mut call = Call::start(config, media)
        .await
        .expect("the engine connects over wss:// with the demo certificate");
    let seen = tokio::time::timeout(Duration::from_secs(60), async {
        while let Some(event) = call.next_event().await {
            if event == CallEvent::CallerVideo {
                return true;
            }
        }
        false
    })
    .await;
    assert_eq!(seen, Ok(true), "the tablet sees the caller");
    assert!(frames.frames() > 0);
    call.end(kinline_shared::model::EndReason::CallerDidNotJoin)
        .await
        .expect("the call ends");
    let ended = browser.until("the end", |s| s["phase"] == "ended").await;
    assert_eq!(ended["notice"], "not_admitted");

    // Without the demo's certificate the same socket is refused: the public roots alone do
    // not trust it.
    let store = tablet_store(data);
    let centre = store.centre().clone();
    let other = centre
        .calls
        .values()
        .find(|c| c.phase == CallPhase::Booked && c.info.booking != joined)
        .map(|c| c.info.clone())
        .expect("another call");
    let mut config = CallConfig::new(tablet_signalling_url(base, other.booking), other, slot_end);
    config.auth = Some(StoreBackend::new(store).device_auth());
    config.tls = Some(tls_trusting(None).expect("the public roots"));
    let media = CallMedia {
        video: Box::new(SyntheticVideo::new(320, 240, 15)),
        audio: Box::new(SyntheticTone::new(440.0)),
        frames: LatestFrame::new(),
        sound: AudioMeter::new(),
    };
    assert!(
        Call::start(config, media).await.is_err(),
        "an untrusted certificate is refused"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn demo_headless_seeds_serves_enrols_the_tablet_and_opens_the_join_page_and_keeps_its_data() {
    let tmp = TempDir::new("demo");
    let data: PathBuf = tmp.0.join("kinline-data");
    let port = free_port();
    let base = format!("https://127.0.0.1:{port}");

    // First run, from a clean data directory.
    let demo = Demo::start(&data, port);
    assert!(
        demo.printed("a new demo centre was seeded"),
        "{:?}",
        demo.out
    );
    assert!(demo.printed("headless: no tablet window"), "{:?}", demo.out);
    assert!(demo.printed("20 detainees"), "{:?}", demo.out);
    assert!(
        demo.out.iter().any(
            |l| l.starts_with("kinline: tablet ") && l.contains(&format!("synced with {base}"))
        ),
        "the tablet enrolled and synced: {:?}",
        demo.out
    );
    let http = client(&data);
    let health: Value = http
        .get(format!("{base}/api/health"))
        .send()
        .await
        .expect("the server answers over HTTPS with the demo certificate")
        .json()
        .await
        .expect("JSON");
    assert_eq!(health["status"], "ok");

    // Every role has an account, and every printed PIN signs in; a wrong PIN does not.
    let staff = staff_lines(&demo.out);
    let roles: std::collections::BTreeSet<&str> = staff.iter().map(|s| s.2.as_str()).collect();
    for role in kinline_shared::actor::Role::ALL {
        assert!(
            roles.contains(role.label()),
            "no {} in {roles:?}",
            role.label()
        );
    }
    for (id, pin, role) in &staff {
        let (status, body) = sign_in(&http, &base, id, pin).await;
        assert_eq!(status, 200, "{role} {id}: {body}");
    }
    let (id, _, _) = &staff[0];
    assert_eq!(sign_in(&http, &base, id, "0000").await.0, 401);

    // The suspended detainee's request for legal advice waits for the managers (§18), with
    // the alternative arranged for the suspension.
    let (manager, pin, _) = staff
        .iter()
        .find(|(_, _, role)| role == "Centre Manager")
        .expect("the demo prints a Centre Manager");
    let (_, body) = sign_in(&http, &base, manager, pin).await;
    let open: Value = http
        .get(format!("{base}/api/staff/legal-requests"))
        .bearer_auth(body["token"].as_str().expect("a token"))
        .send()
        .await
        .expect("legal requests answer")
        .json()
        .await
        .expect("JSON");
    assert_eq!(open.as_array().map(Vec::len), Some(1), "{open}");
    assert_eq!(open[0]["alternative"], json!({"method": "telephone"}));

    // The tablet took the credentials and the roster down, encrypted.
    {
        let store = tablet_store(&data);
        let creds = store
            .reference_items(ReferenceKind::StaffCredentials)
            .expect("credentials");
        assert_eq!(creds.len(), staff.len());
        let roster = store
            .reference_items(ReferenceKind::Roster)
            .expect("roster");
        assert_eq!(roster.len(), 20);
    }

    // Today's calls include a legal one; a printed link opens the caller's page, which waits
    // for the officer; a made-up code is refused.
    let links = join_links(&demo.out);
    assert!(links.len() >= 2, "{:?}", demo.out);
    assert!(links.iter().any(|(_, legal)| *legal), "{links:?}");
    let browser = Browser::start_with(true).await;
    let (url, legal) = &links[0];
    browser.client.goto(url).await.expect("the join page loads");
    let state = browser
        .until("the caller's page to wait for the officer", |s| {
            s["phase"] == "waiting"
        })
        .await;
    assert_eq!(state["kind"], if *legal { "legal" } else { "social" });
    tablet_call_over_wss(&data, &http, &base, &staff, &browser).await;
    browser.close().await;
    let bogus = http
        .get(format!("{base}/join/zzzzzzzzzz"))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(bogus.status().as_u16(), 404, "a made-up code is refused");

    let events_before = event_count(&http, &base, &staff).await;
    let out = demo.interrupt();
    assert!(out.iter().any(|l| l.contains("Stopped.")));
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", port)).is_err(),
        "the server stopped with the demo"
    );

    // Second run: the same centre, nothing seeded twice.
    let demo = Demo::start(&data, port);
    assert!(demo.printed("was kept"), "{:?}", demo.out);
    for (id, pin, role) in &staff_lines(&demo.out) {
        assert_eq!(sign_in(&http, &base, id, pin).await.0, 200, "{role}");
    }
    assert_eq!(event_count(&http, &base, &staff).await, events_before);
    assert_eq!(
        join_links(&demo.out).len(),
        links.len(),
        "the same calls, not booked again"
    );
    demo.interrupt();
    let store = tablet_store(&data);
    assert_eq!(
        store
            .reference_items(ReferenceKind::Roster)
            .expect("roster")
            .len(),
        20
    );
}
