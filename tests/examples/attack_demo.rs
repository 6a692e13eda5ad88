//! `cargo xtask attack`: every attack of issue #18 against a demo server process
//! (`kinline-server demo` on 127.0.0.1, started by xtask in a temporary data directory, its
//! centre's coturn named in its config), over HTTPS and WSS only. The attacker holds what a
//! real one could: nothing; a tablet enrolled with an enrolment code the demo's administrator
//! makes (so its key is theirs), and what it records and pushes; a tablet store of the app's,
//! enrolled the same way; a caller's join link from the demo's printed summary; the demo's
//! staff numbers and PINs (a member of staff's session); and the server's files on disk.
//! Nothing reaches into the server's memory: what held is read back through its API, its
//! sockets, and `/proc/PID/status` for its resident memory. Each attack prints `held:` or
//! `NOT HELD:` with what happened; the last line is `demo attacks: N of M held`, and the exit
//! code is non-zero unless all held.
//!
//! Arguments: the server's URL, its certificate (PEM), its data directory, the demo's summary
//! (the JSON of its `kinline-demo:` line) in a file, and the server's process id.
// A tablet's mutex is only ever taken by one attack's own task: holding it across a request
// cannot deadlock.
#![allow(clippy::await_holding_lock)]

use ed25519_dalek::{Signer, SigningKey};
use futures_util::{SinkExt, StreamExt};
use kinline_app::sync::SyncClient;
use kinline_shared::actor::{Actor, Role};
use kinline_shared::clock::CentreClock;
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, EventId, IncidentId, RoomId, StaffId};
use kinline_shared::model::{
    CallKind, CompactVersion, IncidentCategory, LanguageTag, Signature, TextHash,
};
use kinline_shared::signalling::Signal;
use kinline_shared::sync::{
    HEADER_DEVICE, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, PROTOCOL_VERSION, Refusal,
    request_signing_bytes,
};
use kinline_tests::server_harness::MemoryTablet;
use reqwest::Client;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

type Outcome = Result<(), String>;

/// How long an attack waits for the server to close a socket it should close.
const PATIENCE: Duration = Duration::from_secs(30);

/// The demo server and who the attacker can be.
struct Target {
    url: String,
    pem: Vec<u8>,
    data: std::path::PathBuf,
    client: Client,
    summary: Value,
    pid: String,
    /// Staff sessions already opened, by role (an Argon2 sign-in each).
    tokens: Mutex<HashMap<String, String>>,
}

type Tablet = Arc<Mutex<MemoryTablet>>;

fn check(ok: bool, what: impl Into<String>) -> Outcome {
    if ok { Ok(()) } else { Err(what.into()) }
}

fn nonce() -> String {
    hex::encode(uuid::Uuid::now_v7().as_bytes())
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn dco(id: StaffId) -> Actor {
    Actor::Staff {
        id,
        role: Role::Dco,
    }
}

fn session(detainee: u128) -> EventBody {
    EventBody::SessionOpened {
        detainee: DetaineeId(uuid::Uuid::from_u128(detainee)),
    }
}

impl Target {
    /// The demo's first member of staff of `role`: id and PIN.
    fn staff(&self, role: &str) -> (String, String) {
        self.staff_n(role, 0)
    }

    /// The demo's `n`th member of staff of `role`: id and PIN.
    fn staff_n(&self, role: &str, n: usize) -> (String, String) {
        let m = self.summary["summary"]["staff"]
            .as_array()
            .and_then(|s| s.iter().filter(|m| m["role"] == role).nth(n))
            .unwrap_or_else(|| panic!("the demo has no {role} number {n}"));
        (
            m["id"].as_str().unwrap_or_default().to_owned(),
            m["pin"].as_str().unwrap_or_default().to_owned(),
        )
    }

    fn staff_id(&self, role: &str, n: usize) -> StaffId {
        StaffId(self.staff_n(role, n).0.parse().expect("a staff id"))
    }

    async fn sign_in(&self, staff: &str, secret: &str) -> (u16, Value) {
        self.send(
            self.client
                .post(format!("{}/api/staff/sign-in", self.url))
                .json(&json!({ "staff": staff, "secret": secret })),
        )
        .await
    }

    /// A session of the demo's first `role`, opened once and kept.
    async fn token(&self, role: &str) -> Result<String, String> {
        if let Some(t) = self.tokens.lock().expect("tokens").get(role) {
            return Ok(t.clone());
        }
        let token = self.fresh_token(role).await?;
        self.tokens
            .lock()
            .expect("tokens")
            .insert(role.to_owned(), token.clone());
        Ok(token)
    }

    /// A new session of the demo's first `role`.
    async fn fresh_token(&self, role: &str) -> Result<String, String> {
        let (id, pin) = self.staff(role);
        let (status, body) = self.sign_in(&id, &pin).await;
        body["token"].as_str().map(str::to_owned).ok_or(format!(
            "the demo's {role} could not sign in ({status} {body})"
        ))
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> (u16, Value) {
        match req.send().await {
            Ok(r) => {
                let status = r.status().as_u16();
                (status, r.json().await.unwrap_or(Value::Null))
            }
            Err(e) => (0, json!({ "error": e.to_string() })),
        }
    }

    async fn staff_get(&self, token: &str, path: &str) -> (u16, Value) {
        self.staff_send(reqwest::Method::GET, token, path, None)
            .await
    }

    /// A staff API request with `token`'s session, and a JSON body if one is given.
    async fn staff_send(
        &self,
        method: reqwest::Method,
        token: &str,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self
            .client
            .request(method, format!("{}{path}", self.url))
            .bearer_auth(token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        self.send(req).await
    }

    /// Enrols `tablet`'s key with `code`.
    async fn enrol(&self, code: &str, tablet: &MemoryTablet) -> (u16, Value) {
        self.send(
            self.client
                .post(format!("{}/api/enrol", self.url))
                .json(&json!({
                    "protocol": PROTOCOL_VERSION,
                    "code": code,
                    "device": tablet.device,
                    "public_key": hex::encode(tablet.key.verifying_key().to_bytes()),
                })),
        )
        .await
    }

    /// A fresh enrolment code from the administrator.
    async fn code(&self) -> Result<String, String> {
        let admin = self.token("administrator").await?;
        let (status, body) = self
            .staff_send(reqwest::Method::POST, &admin, CODES, None)
            .await;
        body["code"]
            .as_str()
            .map(str::to_owned)
            .ok_or(format!("no enrolment code ({status} {body})"))
    }

    /// A tablet of the attacker's, enrolled with a code: its key, log and outbox.
    async fn new_tablet(&self) -> Result<MemoryTablet, String> {
        let tablet = MemoryTablet::new();
        let code = self.code().await?;
        let (status, body) = self.enrol(&code, &tablet).await;
        check(status == 201, format!("enrolment answered {status} {body}"))?;
        Ok(tablet)
    }

    /// [`Self::new_tablet`] with the app's sync client for the demo (trusting its certificate).
    async fn syncing_tablet(&self) -> Result<(Tablet, SyncClient), String> {
        let tablet = self.new_tablet().await?;
        let client = SyncClient::new(&self.url, Some(&self.pem)).map_err(|e| e.to_string())?;
        Ok((Arc::new(Mutex::new(tablet)), client))
    }

    /// A signed POST as `tablet` (signed with `signer`, the tablet's key unless forged).
    #[allow(clippy::too_many_arguments)]
    async fn signed(
        &self,
        tablet: &MemoryTablet,
        signer: &SigningKey,
        signed_path: &str,
        sent_path: &str,
        signed_body: &[u8],
        sent_body: &[u8],
        ts: i64,
        nonce: &str,
    ) -> (u16, Value) {
        let sig = signer.sign(&request_signing_bytes(
            "POST",
            signed_path,
            ts,
            nonce,
            signed_body,
        ));
        self.send(
            self.client
                .post(format!("{}{sent_path}", self.url))
                .header(HEADER_DEVICE, tablet.device.to_string())
                .header(HEADER_TIMESTAMP, ts.to_string())
                .header(HEADER_NONCE, nonce)
                .header(HEADER_SIGNATURE, hex::encode(sig.to_bytes()))
                .body(sent_body.to_vec()),
        )
        .await
    }

    async fn pull(&self, tablet: &MemoryTablet, ts: i64, nonce: &str) -> (u16, Value) {
        let body = pull_body(tablet);
        self.signed(tablet, &tablet.key, PULL, PULL, &body, &body, ts, nonce)
            .await
    }

    /// Every event the server holds, as the Compliance Manager lists them (page by page).
    async fn events(&self) -> Result<Vec<Value>, String> {
        let admin = self.token("compliance_manager").await?;
        let mut all = Vec::new();
        let mut after = 0u64;
        loop {
            let (status, page) = self
                .staff_get(
                    &admin,
                    &format!("/api/staff/events?after={after}&limit=1000"),
                )
                .await;
            check(status == 200, format!("the event list answered {status}"))?;
            let rows = page.as_array().cloned().unwrap_or_default();
            let Some(last) = rows.last().and_then(|r| r["seq"].as_u64()) else {
                return Ok(all);
            };
            after = last;
            all.extend(rows);
        }
    }

    /// The stored event of this id, if the server holds it.
    async fn stored(&self, id: EventId) -> Result<Option<Value>, String> {
        let id = id.0.to_string();
        Ok(self
            .events()
            .await?
            .into_iter()
            .find(|r| r["event"]["id"] == id.as_str())
            .map(|r| r["event"].clone()))
    }

    /// The server's resident memory, in MiB.
    fn rss_mib(&self) -> f64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.pid))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(0.0, |kib| kib / 1024.0)
    }

    /// The demo's `n`th booking (counting round, if it booked fewer): its id and join code.
    /// Each call attack takes a booking of its own where there are enough, and closes its
    /// sockets before it ends.
    fn booking(&self, n: usize) -> Result<(BookingId, String), String> {
        let all = self.summary["summary"]["bookings"]
            .as_array()
            .filter(|a| !a.is_empty())
            .ok_or("the demo booked no call")?;
        let b = &all[n % all.len()];
        let id = b["booking"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .map(BookingId)
            .ok_or(format!("the demo has no booking {n}"))?;
        let code = b["join_code"]
            .as_str()
            .ok_or(format!("booking {n} has no join code"))?;
        Ok((id, code.to_owned()))
    }

    fn wss(&self) -> String {
        self.url.replacen("https://", "wss://", 1)
    }

    /// A WebSocket over TLS trusting the demo's certificate.
    async fn socket(
        &self,
        request: tokio_tungstenite::tungstenite::handshake::client::Request,
    ) -> Result<Socket, String> {
        let tls = kinline_app::call::tls_trusting(Some(&self.pem)).map_err(|e| e.to_string())?;
        let connector = tokio_tungstenite::Connector::Rustls(tls);
        let (ws, _) =
            tokio_tungstenite::connect_async_tls_with_config(request, None, false, Some(connector))
                .await
                .map_err(|e| format!("the socket did not open: {e}"))?;
        Ok(ws)
    }

    /// A caller's socket for a join code, as the caller's page opens it.
    async fn caller(&self, code: &str) -> Result<Socket, String> {
        use tokio_tungstenite::tungstenite::client::IntoClientRequest;
        let req = format!("{}/join/{code}/ws", self.wss())
            .into_client_request()
            .map_err(|e| e.to_string())?;
        self.socket(req).await
    }

    /// `tablet`'s signed socket for `booking`, as the tablet's call engine opens it.
    async fn tablet_socket(
        &self,
        tablet: &MemoryTablet,
        booking: BookingId,
    ) -> Result<Socket, String> {
        let auth: Arc<dyn kinline_app::call::DeviceAuth> =
            Arc::new(kinline_tests::call_harness::TabletKey {
                device: tablet.device,
                key: tablet.key.clone(),
            });
        let url = kinline_app::call::tablet_signalling_url(&self.url, booking);
        let req = kinline_app::call::signed_upgrade_request(&url, Some(&auth))
            .map_err(|e| e.to_string())?;
        self.socket(req).await
    }
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// The next signal on `ws` (within [`PATIENCE`]).
async fn next_signal(ws: &mut Socket) -> Result<Signal, String> {
    loop {
        match tokio::time::timeout(PATIENCE, ws.next()).await {
            Err(_) => return Err("no signal within the patience".into()),
            Ok(None) => return Err("the socket closed".into()),
            Ok(Some(Err(e))) => return Err(format!("the socket failed: {e}")),
            Ok(Some(Ok(Message::Text(t)))) => {
                return serde_json::from_str(t.as_str()).map_err(|e| format!("{e}: {t}"));
            }
            Ok(Some(Ok(_))) => {}
        }
    }
}

/// Reads signals until the socket closes; `None` if it is still open after [`PATIENCE`].
async fn closes(ws: &mut Socket) -> Option<Vec<Signal>> {
    kinline_tests::call_harness::closes_within(ws, PATIENCE).await
}

const PULL: &str = "/api/sync/pull";
const PUSH: &str = "/api/sync/push";
const CODES: &str = "/api/admin/enrolment-codes";

fn pull_body(tablet: &MemoryTablet) -> Vec<u8> {
    json!({ "protocol": PROTOCOL_VERSION, "device": tablet.device, "cursor": 0, "limit": 10 })
        .to_string()
        .into_bytes()
}
/// Every operation of the OpenAPI document but the open ones, without credentials: 401.
async fn unauthenticated(t: &Target) -> Outcome {
    let (_, doc) = t
        .send(t.client.get(format!("{}/api/openapi.json", t.url)))
        .await;
    let open = [
        "/api/health",
        "/api/openapi.json",
        "/api/staff/sign-in",
        "/api/enrol",
    ];
    let mut tried = 0;
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        if open.contains(&path.as_str()) {
            continue;
        }
        let concrete = path
            .split('/')
            .map(|p| {
                if p.starts_with('{') {
                    uuid::Uuid::now_v7().to_string()
                } else {
                    p.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        for method in item.as_object().into_iter().flat_map(|o| o.keys()) {
            let Ok(m) = method.to_uppercase().parse::<reqwest::Method>() else {
                continue;
            };
            let (status, _) = t
                .send(
                    t.client
                        .request(m, format!("{}{concrete}", t.url))
                        .json(&json!({})),
                )
                .await;
            check(status == 401, format!("{method} {path} answered {status}"))?;
            tried += 1;
        }
    }
    check(tried > 20, format!("only {tried} routes in the document"))
}

/// Every role's session on every staff action (6 × 17, the staff console's requests) matches
/// the role table; without a session every one is refused.
async fn role_table(t: &Target) -> Outcome {
    use kinline_server::auth::StaffAction;
    let mut wrong = Vec::new();
    for role in Role::ALL {
        let name = serde_json::to_value(role).map_err(|e| e.to_string())?;
        let token = t.token(name.as_str().unwrap_or_default()).await?;
        for action in StaffAction::ALL {
            let status =
                kinline_tests::role_table::attempt(&t.client, &t.url, &token, role, action).await;
            let fits = if action.allowed(role) {
                status != 401 && status != 403 && (200..500).contains(&status)
            } else {
                status == 403
            };
            if !fits {
                wrong.push(format!("{role:?} {action:?}: {status}"));
            }
        }
    }
    for action in StaffAction::ALL {
        let status = kinline_tests::role_table::attempt(
            &t.client,
            &t.url,
            "no-session",
            Role::Administrator,
            action,
        )
        .await;
        if status != 401 {
            wrong.push(format!("no session {action:?}: {status}"));
        }
    }
    check(wrong.is_empty(), wrong.join("; "))
}

/// Replay, a changed body, path or method, a wrong key, a stale or an `i64::MIN` timestamp.
async fn signed_requests(t: &Target) -> Outcome {
    let tablet = t.new_tablet().await?;
    let (ts, n) = (now_ms(), nonce());
    let (status, body) = t.pull(&tablet, ts, &n).await;
    check(
        status == 200,
        format!("a good pull answered {status} {body}"),
    )?;
    let (status, _) = t.pull(&tablet, ts, &n).await;
    check(status == 401, format!("a replay answered {status}"))?;
    let good = pull_body(&tablet);
    let other = String::from_utf8_lossy(&good).replace("\"limit\":10", "\"limit\":11");
    let (status, _) = t
        .signed(
            &tablet,
            &tablet.key,
            PULL,
            PULL,
            &good,
            other.as_bytes(),
            now_ms(),
            &nonce(),
        )
        .await;
    check(status == 401, format!("a changed body answered {status}"))?;
    let (status, _) = t
        .signed(
            &tablet,
            &tablet.key,
            PULL,
            "/api/sync/reference",
            &good,
            &good,
            now_ms(),
            &nonce(),
        )
        .await;
    check(status == 401, format!("a changed path answered {status}"))?;
    let thief = SigningKey::from_bytes(&random_key());
    let (status, _) = t
        .signed(
            &tablet,
            &thief,
            PULL,
            PULL,
            &good,
            &good,
            now_ms(),
            &nonce(),
        )
        .await;
    check(status == 401, format!("a wrong key answered {status}"))?;
    for ts in [now_ms() - 3_600_000, i64::MIN, i64::MAX] {
        let (status, body) = t.pull(&tablet, ts, &nonce()).await;
        check(
            status == 401 && body["error"] == "clock_skew",
            format!("timestamp {ts} answered {status} {body}"),
        )?;
    }
    let (status, body) = t
        .send(t.client.post(format!("{}{PUSH}", t.url)).body(good.clone()))
        .await;
    check(
        status == 401 && body["error"] == "unsigned_request",
        format!("an unsigned push answered {status} {body}"),
    )
}

/// A revoked tablet's next request: 403.
async fn revoked_tablet(t: &Target) -> Outcome {
    let tablet = t.new_tablet().await?;
    let admin = t.token("administrator").await?;
    let (status, body) = t
        .staff_send(
            reqwest::Method::POST,
            &admin,
            &format!("/api/admin/devices/{}/revoke", tablet.device),
            Some(json!({ "reason": "lost on the wing" })),
        )
        .await;
    check(status == 204, format!("revoking answered {status} {body}"))?;
    let (status, body) = t.pull(&tablet, now_ms(), &nonce()).await;
    check(
        status == 403 && body["error"] == "device_revoked",
        format!("the revoked tablet's pull answered {status} {body}"),
    )
}

/// Re-enrolment with another tablet's used code: refused.
async fn reenrolment(t: &Target) -> Outcome {
    let (a, b) = (t.new_tablet().await?, t.new_tablet().await?);
    let used = t.code().await?;
    let mut c = MemoryTablet::new();
    c.device = a.device;
    let (status, _) = t.enrol(&used, &c).await;
    check(
        status == 409,
        format!("a new key for tablet A answered {status}"),
    )?;
    drop(b);
    let (status, _) = t.enrol(&used, &with_key(a.key)).await;
    check(status == 201, format!("the fresh code answered {status}"))?;
    let (status, _) = t.enrol(&used, &with_key(c.key)).await;
    check(
        status == 403,
        format!("the used code again answered {status}"),
    )
}

/// A new tablet id holding `key`.
fn with_key(key: SigningKey) -> MemoryTablet {
    let mut t = MemoryTablet::new();
    t.key = key;
    t
}

/// Guessing PINs online: the fifth wrong try waits, for a known id and an unknown one alike.
async fn pin_guessing(t: &Target) -> Outcome {
    let (known, _) = t.staff("security");
    for who in [known, uuid::Uuid::now_v7().to_string()] {
        let mut answers = Vec::new();
        for _ in 0..5 {
            answers.push(t.sign_in(&who, "0000000").await.0);
        }
        check(
            answers == [401, 401, 401, 401, 429],
            format!("answers {answers:?}"),
        )?;
    }
    Ok(())
}

/// A tablet reads only tablet staff's verifiers: none for the administrator, security or the
/// Compliance Manager; and the administrator cannot give anyone a short or trivial PIN.
async fn verifiers(t: &Target) -> Outcome {
    let admin = t.token("administrator").await?;
    for weak in ["0000", "246813", "1234567", "7777777"] {
        let (status, body) = t
            .staff_send(
                reqwest::Method::PUT,
                &admin,
                &format!("/api/admin/staff/{}", uuid::Uuid::now_v7()),
                Some(json!({ "role": "dco", "secret": weak, "active": true })),
            )
            .await;
        check(
            status == 400 && body["error"] == "weak_secret",
            format!("the PIN {weak} answered {status} {body}"),
        )?;
    }
    let tablet = t.new_tablet().await?;
    let body = json!({ "protocol": PROTOCOL_VERSION, "device": tablet.device, "cursor": 0, "limit": 1000 })
        .to_string()
        .into_bytes();
    let path = "/api/sync/reference";
    let (status, answer) = t
        .signed(
            &tablet,
            &tablet.key,
            path,
            path,
            &body,
            &body,
            now_ms(),
            &nonce(),
        )
        .await;
    check(status == 200, format!("reference answered {status}"))?;
    let verifier_of = |role: &str| {
        let id = t.staff(role).0;
        answer["items"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|item| {
                item["type"] == "staff_credential"
                    && item["staff"] == id.as_str()
                    && item["secret_hash"].as_str().is_some_and(|h| !h.is_empty())
            })
    };
    for role in ["administrator", "compliance_manager", "security"] {
        check(
            !verifier_of(role),
            format!("the {role}'s verifier reached a tablet"),
        )?;
    }
    check(
        verifier_of("dco"),
        "no DCO's verifier either: nothing synced",
    )
}

/// A PIN reset ends the member of staff's open sessions.
async fn pin_reset(t: &Target) -> Outcome {
    let (id, pin) = t.staff("deputy_centre_manager");
    let theirs = t.fresh_token("deputy_centre_manager").await?;
    let admin = t.token("administrator").await?;
    let (status, body) = t
        .staff_send(
            reqwest::Method::PUT,
            &admin,
            &format!("/api/admin/staff/{id}"),
            Some(json!({ "role": "deputy_centre_manager", "secret": pin, "active": true })),
        )
        .await;
    check(status == 204, format!("the reset answered {status} {body}"))?;
    t.tokens
        .lock()
        .expect("tokens")
        .remove("deputy_centre_manager");
    let (status, _) = t.staff_get(&theirs, "/api/staff/deadlines").await;
    check(status == 401, format!("the old session answered {status}"))
}

/// A date in year 262142 and a 9 MiB body: 4xx, not a crash.
async fn crashes_and_limits(t: &Target) -> Outcome {
    let dco = t.token("dco").await?;
    let (status, _) = t
        .staff_get(&dco, "/api/staff/schedule?from=%2B262142-12-31")
        .await;
    check(status == 400, format!("year 262142 answered {status}"))?;
    let (status, _) = t
        .send(
            t.client
                .post(format!("{}/api/sync/push", t.url))
                .body(vec![b' '; 9 << 20]),
        )
        .await;
    check(
        (400..500).contains(&status),
        format!("a 9 MiB push answered {status}"),
    )?;
    let (status, _) = t.send(t.client.get(format!("{}/api/health", t.url))).await;
    check(
        status == 200,
        format!("health after them answered {status}"),
    )
}

/// Security headers on the API and on the caller's page: nosniff, no referrer, never framed,
/// HSTS; JSON allows no content at all, the caller's page only this server's scripts and its
/// own inline style by hash.
async fn headers(t: &Target) -> Outcome {
    use base64::Engine as _;
    let (_, code) = t.booking(0)?;
    for path in ["/api/health".to_owned(), format!("/join/{code}")] {
        let r = t
            .client
            .get(format!("{}{path}", t.url))
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let h = r.headers().clone();
        let get = |name: &str| {
            h.get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned()
        };
        for (name, want) in [
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", "no-referrer"),
            ("strict-transport-security", "max-age"),
            ("content-security-policy", "frame-ancestors 'none'"),
        ] {
            let got = get(name);
            check(got.contains(want), format!("{path}: {name} is '{got}'"))?;
        }
        let csp = get("content-security-policy");
        if path.starts_with("/join/") {
            let html = r.text().await.map_err(|e| e.to_string())?;
            let css = html
                .split_once("<style>")
                .and_then(|(_, r)| r.split_once("</style>"))
                .map(|(c, _)| c)
                .ok_or("the caller's page has no style")?;
            let hash = base64::engine::general_purpose::STANDARD
                .encode(<sha2::Sha256 as sha2::Digest>::digest(css.as_bytes()));
            check(
                csp.contains(&format!("'sha256-{hash}'"))
                    && csp.contains("script-src 'self'")
                    && !csp.contains("unsafe"),
                format!("the caller's page's CSP is '{csp}'"),
            )?;
        } else {
            check(
                csp.starts_with("default-src 'none'"),
                format!("{path}: CSP '{csp}'"),
            )?;
        }
    }
    Ok(())
}

/// Connections that hold the server: one silent (its TLS handshake never begun), one that
/// completes TLS and then sends half a request's headers, one kept alive and left idle after
/// its answer. Each is cut off (at the header timeout, 10 s in the demo), not held for minutes.
async fn slow_clients(t: &Target) -> Outcome {
    let addr = t.url.trim_start_matches("https://").to_owned();
    // Bounded: far past the 10 s header timeout; the server closes first.
    let guard = Duration::from_secs(60);
    let silent = {
        let addr = addr.clone();
        async move {
            use tokio::io::AsyncReadExt;
            let mut stream = tokio::net::TcpStream::connect(&addr)
                .await
                .map_err(|e| e.to_string())?;
            let mut buf = [0u8; 64];
            match tokio::time::timeout(guard, stream.read(&mut buf)).await {
                Ok(_) => Ok(()),
                Err(_) => Err("a silent connection was held for 60 s".to_owned()),
            }
        }
    };
    let (pem, addr2) = (t.pem.clone(), addr.clone());
    let trickle = tokio::task::spawn_blocking(move || {
        tls_held(
            &addr2,
            &pem,
            b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n",
            guard,
        )
    });
    let pem = t.pem.clone();
    let idle = tokio::task::spawn_blocking(move || {
        tls_held(
            &addr,
            &pem,
            b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            guard,
        )
    });
    let (silent, trickle, idle) = tokio::join!(silent, trickle, idle);
    silent?;
    let (held, answer) = trickle.map_err(|e| e.to_string())??;
    check(
        held < guard && !answer.contains("200 OK"),
        format!(
            "half a request's headers: held {:.0} s, answered '{}'",
            held.as_secs_f64(),
            answer.lines().next().unwrap_or("")
        ),
    )?;
    let (held, answer) = idle.map_err(|e| e.to_string())??;
    check(
        held < guard && answer.contains("200 OK"),
        format!(
            "a kept-alive connection left idle after its answer: held {:.0} s",
            held.as_secs_f64()
        ),
    )
}

/// Opens a TLS connection to `addr`, sends `bytes`, and reads until the server closes it (or
/// `guard` passes): how long it was held, and what was answered.
fn tls_held(
    addr: &str,
    pem: &[u8],
    bytes: &[u8],
    guard: Duration,
) -> Result<(Duration, String), String> {
    use std::io::{Read, Write};
    let tls = kinline_app::call::tls_trusting(Some(pem)).map_err(|e| e.to_string())?;
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").map_err(|e| e.to_string())?;
    let mut conn =
        rustls::ClientConnection::new(tls, name.to_owned()).map_err(|e| e.to_string())?;
    let mut sock = std::net::TcpStream::connect(addr).map_err(|e| e.to_string())?;
    sock.set_read_timeout(Some(guard))
        .map_err(|e| e.to_string())?;
    let mut stream = rustls::Stream::new(&mut conn, &mut sock);
    stream
        .write_all(bytes)
        .map_err(|e| format!("the handshake failed: {e}"))?;
    let started = std::time::Instant::now();
    let mut answer = Vec::new();
    // An error (a timeout, a reset) ends it too: the elapsed time tells which.
    let _ = stream.read_to_end(&mut answer);
    Ok((
        started.elapsed(),
        String::from_utf8_lossy(&answer).into_owned(),
    ))
}

/// The server's files: private (0700, 0600), the database not plain SQLite and without an
/// incident's account, a booking's join code or the signing key in clear in any file.
async fn files_at_rest(t: &Target) -> Outcome {
    use std::os::unix::fs::PermissionsExt;
    let marker = format!(
        "MARKER-{}-the-dco-saw-something",
        uuid::Uuid::now_v7().simple()
    );
    let (tablet, client) = t.syncing_tablet().await?;
    let dco_id = t.staff_id("dco", 0);
    let id = tablet.lock().expect("tablet").record(
        dco(dco_id),
        EventBody::IncidentReported {
            incident: IncidentId(uuid::Uuid::now_v7()),
            booking: None,
            detainee: None,
            category: IncidentCategory::Other,
            account: marker.clone(),
        },
    );
    client
        .sync_once(&tablet)
        .await
        .map_err(|e| format!("the incident's push failed: {e}"))?;
    check(
        t.stored(id).await?.is_some(),
        "the incident was not stored, so the files say nothing",
    )?;
    let (_, code) = t.booking(0)?;
    let server = t.data.join("server");
    let dir_mode = std::fs::metadata(&server)
        .map_err(|e| e.to_string())?
        .permissions()
        .mode()
        & 0o777;
    check(
        dir_mode == 0o700,
        format!("the data directory is {dir_mode:o}"),
    )?;
    let mut found_db = false;
    for entry in std::fs::read_dir(&server).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let mode = std::fs::metadata(&path)
            .map_err(|e| e.to_string())?
            .permissions()
            .mode()
            & 0o777;
        let want = if path.is_dir() { 0o700 } else { 0o600 };
        check(mode == want, format!("{} is {mode:o}", path.display()))?;
        if path.is_dir() {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        for (what, secret) in [("an incident's account", &marker), ("a join code", &code)] {
            check(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                format!("{} holds {what} in clear", path.display()),
            )?;
        }
        if path.extension().is_some_and(|e| e == "sqlite3") {
            found_db = true;
            check(
                !bytes.starts_with(b"SQLite format 3"),
                "the database is plain SQLite",
            )?;
        }
    }
    check(found_db, "no database file found")?;
    check(
        server
            .join(kinline_server::files::SIGNING_KEY_FILE)
            .exists()
            && server.join(kinline_server::files::DB_KEY_FILE).exists(),
        "the signing key and the database key are not files of their own",
    )
}

/// A DCO's event built by hand, as a forging tablet would, recorded now unless changed.
fn forged(t: &MemoryTablet, staff: StaffId, body: EventBody) -> Event {
    let now = chrono::Utc::now();
    Event {
        id: EventId(uuid::Uuid::now_v7()),
        stamp: kinline_shared::clock::Stamp {
            wall_ms: now.timestamp_millis(),
            counter: 0,
            device: t.device,
        },
        device: t.device,
        actor: dco(staff),
        recorded_at: now,
        body,
    }
}

/// Issue #18 item 1, poisoned pushes: from a tablet, a slot in year 262142, a recorded time
/// there, a stamp in 2100 that would outrank every later change, a megabyte of text and a
/// 2 MB signature are refused before they are stored; the tablet's next event is stored. From
/// the console, a schedule of 0-minute slots is refused too.
async fn poisoned_pushes(t: &Target) -> Outcome {
    let staff = t.staff_id("dco", 0);
    let (tablet, client) = t.syncing_tablet().await?;
    let far = chrono::DateTime::<chrono::Utc>::MAX_UTC - chrono::Duration::days(2);
    let (poisoned, good) = {
        let mut tab = tablet.lock().expect("tablet");
        tab.record(dco(staff), session(0xd0));
        let mut poisoned = Vec::new();
        let slot_far = forged(
            &tab,
            staff,
            EventBody::CallBooked {
                booking: BookingId(uuid::Uuid::now_v7()),
                detainee: DetaineeId(uuid::Uuid::from_u128(1)),
                kind: CallKind::Social,
                slot_start: far,
            },
        );
        poisoned.push(tab.append(slot_far));
        let mut recorded_far = forged(&tab, staff, session(2));
        recorded_far.recorded_at = far;
        poisoned.push(tab.append(recorded_far));
        let mut stamped_2100 = forged(&tab, staff, session(3));
        stamped_2100.stamp.wall_ms = 4_102_444_800_000;
        poisoned.push(tab.append(stamped_2100));
        let long = forged(
            &tab,
            staff,
            EventBody::IncidentReported {
                incident: IncidentId(uuid::Uuid::now_v7()),
                booking: None,
                detainee: None,
                category: IncidentCategory::Other,
                account: "x".repeat(1_000_000),
            },
        );
        poisoned.push(tab.append(long));
        let huge = forged(
            &tab,
            staff,
            EventBody::CompactSigned {
                detainee: DetaineeId(uuid::Uuid::from_u128(5)),
                version: CompactVersion("2026-1".into()),
                language: LanguageTag::new("ar"),
                text_hash: TextHash::of("the compact"),
                signature: Signature {
                    strokes: vec![],
                    png_base64: "A".repeat(2 * 1024 * 1024),
                },
            },
        );
        poisoned.push(tab.append(huge));
        let good = tab.record(dco(staff), session(9));
        (poisoned, good)
    };
    let report = client
        .sync_once(&tablet)
        .await
        .map_err(|e| format!("the push failed: {e}"))?;
    let parked = tablet.lock().expect("tablet").parked.clone();
    check(
        report.parked == 5,
        format!("{} of 5 poisoned events refused: {parked:?}", report.parked),
    )?;
    for (id, why) in &parked {
        check(
            poisoned.contains(id)
                && matches!(why, Refusal::Malformed(m) if m.contains("out of range") || m.contains("characters")),
            format!("{id}: {why:?}"),
        )?;
    }
    let events = t.events().await?;
    let held = |id: EventId| {
        let id = id.0.to_string();
        events.iter().any(|r| r["event"]["id"] == id.as_str())
    };
    check(held(good), "the tablet's next event was not stored")?;
    check(
        !poisoned.iter().any(|id| held(*id)),
        "a poisoned event was stored",
    )?;
    check(
        !events
            .iter()
            .any(|r| r["event"]["stamp"]["wall_ms"].as_i64() >= Some(4_102_444_800_000)),
        "an event stamped in 2100 is in the log",
    )?;
    // The console: a schedule of 0-minute slots.
    let admin = t.token("administrator").await?;
    let mut schedule = kinline_tests::fixture::standard_schedule(chrono::Utc::now().date_naive());
    schedule.slot_minutes = 0;
    let (status, body) = t
        .staff_send(
            reqwest::Method::POST,
            &admin,
            "/api/staff/events",
            Some(
                serde_json::to_value(EventBody::CentreScheduleChanged { schedule })
                    .map_err(|e| e.to_string())?,
            ),
        )
        .await;
    check(
        (status == 400 || status == 422) && body["error"] != "forbidden",
        format!("a schedule of 0-minute slots answered {status} {body}"),
    )?;
    let (status, _) = t.send(t.client.get(format!("{}/api/health", t.url))).await;
    check(
        status == 200,
        format!("health after them answered {status}"),
    )
}

/// Issue #18 item 2: a tablet pushing the administrator's decisions (revoking another tablet,
/// setting an account) at the administrator's real role: refused (§16); the other tablet is
/// still enrolled.
async fn admin_decisions(t: &Target) -> Outcome {
    let admin = t.staff_id("administrator", 0);
    let actor = Actor::Staff {
        id: admin,
        role: Role::Administrator,
    };
    let (tablet, client) = t.syncing_tablet().await?;
    let other = t.new_tablet().await?.device;
    let forged = {
        let mut tab = tablet.lock().expect("tablet");
        [
            tab.record_as_is(
                actor,
                EventBody::DeviceRevoked {
                    device: other,
                    reason: None,
                },
            ),
            tab.record_as_is(
                actor,
                EventBody::StaffAccountSet {
                    staff: admin,
                    role: Role::Administrator,
                    active: true,
                },
            ),
        ]
    };
    let report = client
        .push_all(&tablet)
        .await
        .map_err(|e| format!("the push failed: {e}"))?;
    let parked = tablet.lock().expect("tablet").parked.clone();
    check(report.parked == 2, format!("parked {parked:?}"))?;
    for (i, id) in forged.iter().enumerate() {
        check(
            matches!(&parked[i], (p, Refusal::NotPermitted(m)) if p == id && m.contains("§16")),
            format!("{:?}", parked[i]),
        )?;
    }
    let token = t.token("administrator").await?;
    let (_, devices) = t.staff_get(&token, "/api/admin/devices?limit=500").await;
    let other = other.to_string();
    let row = devices
        .as_array()
        .into_iter()
        .flatten()
        .find(|d| d["id"] == other.as_str())
        .ok_or("the other tablet is not listed")?;
    check(row["revoked"] == false, "the other tablet was revoked")
}

/// Issue #18 item 2: a tablet pushing what is done at the staff console — a policy-exception
/// review as the Compliance Manager, a new room as the administrator, both at their real roles
/// — is refused; a DCO's session beside them is stored; no such room appears.
async fn console_kinds(t: &Target) -> Outcome {
    let cm = t.staff_id("compliance_manager", 0);
    let admin = t.staff_id("administrator", 0);
    let staff = t.staff_id("dco", 0);
    let (tablet, client) = t.syncing_tablet().await?;
    let room = format!("A room of the tablet's {}", uuid::Uuid::now_v7().simple());
    let good = {
        let mut tab = tablet.lock().expect("tablet");
        tab.record_as_is(
            Actor::Staff {
                id: cm,
                role: Role::ComplianceManager,
            },
            EventBody::PolicyExceptionReviewed {
                event: EventId(uuid::Uuid::now_v7()),
                notes: "Reviewed.".into(),
            },
        );
        tab.record_as_is(
            Actor::Staff {
                id: admin,
                role: Role::Administrator,
            },
            EventBody::RoomAdded {
                room: RoomId(uuid::Uuid::now_v7()),
                name: room.clone(),
                capacity: 2,
            },
        );
        tab.record(dco(staff), session(0xd1))
    };
    let report = client
        .sync_once(&tablet)
        .await
        .map_err(|e| format!("the push failed: {e}"))?;
    let parked = tablet.lock().expect("tablet").parked.clone();
    check(report.parked == 2, format!("parked {parked:?}"))?;
    for (_, why) in &parked {
        check(
            matches!(why, Refusal::NotPermitted(m) if m.contains("staff console")),
            format!("{why:?}"),
        )?;
    }
    check(
        t.stored(good).await?.is_some(),
        "the DCO's session was not stored",
    )?;
    let token = t.token("administrator").await?;
    let (_, rooms) = t.staff_get(&token, "/api/staff/rooms").await;
    check(
        !rooms.to_string().contains(&room),
        "the tablet's room was added",
    )
}

/// Issue #18 item 2: a tablet records for staff only while they are signed in on it: before
/// anyone signed in, another DCO's while the first is signed in, the first's after they signed
/// out, and a sign-in by the administrator (no PIN on tablets) are refused; the second DCO's
/// sign-in, stored by that push, holds for the next.
async fn not_signed_in(t: &Target) -> Outcome {
    let (a, b) = (t.staff_id("dco", 0), t.staff_id("dco", 1));
    let admin = t.staff_id("administrator", 0);
    let (tablet, client) = t.syncing_tablet().await?;
    let mut refused = Vec::new();
    {
        let mut tab = tablet.lock().expect("tablet");
        refused.push(tab.record_as_is(dco(a), session(1)));
        tab.record_as_is(dco(a), EventBody::StaffSignedIn {});
        tab.record_as_is(dco(a), session(2));
        refused.push(tab.record_as_is(dco(b), session(3)));
        tab.record_as_is(dco(a), EventBody::StaffSignedOut {});
        refused.push(tab.record_as_is(dco(a), session(4)));
        refused.push(tab.record_as_is(
            Actor::Staff {
                id: admin,
                role: Role::Administrator,
            },
            EventBody::StaffSignedIn {},
        ));
        tab.record_as_is(dco(b), EventBody::StaffSignedIn {});
    }
    let report = client
        .sync_once(&tablet)
        .await
        .map_err(|e| format!("the push failed: {e}"))?;
    let parked = tablet.lock().expect("tablet").parked.clone();
    let ids: Vec<EventId> = parked.iter().map(|(id, _)| *id).collect();
    check(
        report.parked == 4 && ids == refused,
        format!("refused {parked:?}"),
    )?;
    for (_, why) in &parked[..3] {
        check(
            matches!(why, Refusal::NotPermitted(m) if m.contains("not signed in on this tablet")),
            format!("{why:?}"),
        )?;
    }
    let next = tablet
        .lock()
        .expect("tablet")
        .record_as_is(dco(b), session(5));
    let report = client
        .sync_once(&tablet)
        .await
        .map_err(|e| format!("the second push failed: {e}"))?;
    check(report.parked == 0, "the signed-in DCO's event was refused")?;
    check(
        t.stored(next).await?.is_some(),
        "B's session was not stored",
    )
}

/// Issue #18 item 3 (offline): a real tablet store, enrolled with a code, locks a DCO's
/// account after five wrong PINs (even the right one is then refused) and reports it on its
/// next sync: the administrator sees it locked, until they set its PIN again.
async fn tablet_lockout(t: &Target) -> Outcome {
    use kinline_app::store::{KeySource, Store, StoreConfig};
    use kinline_app::ui::backend::{Backend, SignInError};
    use kinline_app::ui::store_backend::StoreBackend;
    let (id, pin) = t.staff_n("dco", 1);
    let number = t.summary["summary"]["staff"]
        .as_array()
        .and_then(|s| s.iter().find(|m| m["id"] == id.as_str()))
        .and_then(|m| m["number"].as_str())
        .ok_or("the DCO has no number")?
        .to_owned();
    let dir = t
        .data
        .join(format!("attacker-tablet-{}", uuid::Uuid::now_v7().simple()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let config = StoreConfig::new(
        dir.join("tablet.db"),
        KeySource::File(dir.join("tablet.key")),
        DeviceId(uuid::Uuid::now_v7()),
    );
    let (device, public) = {
        let store = Store::open(&config).map_err(|e| e.to_string())?;
        (store.device(), store.public_key())
    };
    let code = t.code().await?;
    let sync = SyncClient::new(&t.url, Some(&t.pem)).map_err(|e| e.to_string())?;
    sync.enrol(&code, device, public)
        .await
        .map_err(|e| format!("the store did not enrol: {e}"))?;
    let (url, pem, wrong_number) = (t.url.clone(), t.pem.clone(), number.clone());
    let pin_on_tablet = pin.clone();
    let mut backend = tokio::task::spawn_blocking(move || -> Result<StoreBackend, String> {
        let mut b = StoreBackend::open_trusting(&config, Some(&url), Some(&pem))
            .map_err(|e| e.to_string())?;
        b.sync_now()
            .map_err(|e| format!("the first sync failed: {e:?}"))?;
        for _ in 0..5 {
            check(
                b.sign_in(&wrong_number, "9081726").is_err(),
                "a wrong PIN signed in",
            )?;
        }
        let right = b.sign_in(&wrong_number, &pin_on_tablet);
        check(
            right == Err(SignInError::LockedOut),
            format!("after five wrong PINs the right one gave {right:?}"),
        )?;
        Ok(b)
    })
    .await
    .map_err(|e| e.to_string())??;
    check(
        !staff_locked(t, &id).await?,
        "locked on the server before the sync",
    )?;
    backend = tokio::task::spawn_blocking(move || -> Result<StoreBackend, String> {
        backend
            .sync_now()
            .map_err(|e| format!("the second sync failed: {e:?}"))?;
        Ok(backend)
    })
    .await
    .map_err(|e| e.to_string())??;
    drop(backend);
    check(
        staff_locked(t, &id).await?,
        "the tablet's lockout did not reach the server",
    )?;
    let admin = t.token("administrator").await?;
    let (status, body) = t
        .staff_send(
            reqwest::Method::PUT,
            &admin,
            &format!("/api/admin/staff/{id}"),
            Some(json!({ "role": "dco", "secret": pin, "active": true })),
        )
        .await;
    check(
        status == 204,
        format!("setting the PIN answered {status} {body}"),
    )?;
    check(
        !staff_locked(t, &id).await?,
        "still locked after the PIN was set again",
    )
}

/// Whether the administrator's staff list shows `id` locked.
async fn staff_locked(t: &Target, id: &str) -> Result<bool, String> {
    let admin = t.token("administrator").await?;
    let (_, list) = t.staff_get(&admin, "/api/admin/staff?limit=500").await;
    list.as_array()
        .into_iter()
        .flatten()
        .find(|m| m["id"] == id)
        .map(|m| m["locked"] == true)
        .ok_or_else(|| "the DCO is not listed".to_owned())
}

/// A new tablet of the attacker's with its signed socket for `booking`, its `Hello` read.
async fn tablet_in_call(t: &Target, booking: BookingId) -> Result<(MemoryTablet, Socket), String> {
    let tablet = t.new_tablet().await?;
    let mut ws = t.tablet_socket(&tablet, booking).await?;
    let hello = next_signal(&mut ws).await?;
    check(
        matches!(hello, Signal::Hello { .. }),
        format!("the tablet got {hello:?}"),
    )?;
    Ok((tablet, ws))
}

/// A caller's socket for `code` and the `Hello` it got first.
async fn caller_in_call(t: &Target, code: &str) -> Result<(Socket, Signal), String> {
    let mut ws = t.caller(code).await?;
    let hello = next_signal(&mut ws).await?;
    check(
        matches!(hello, Signal::Hello { .. }),
        format!("the caller got {hello:?}"),
    )?;
    Ok((ws, hello))
}

/// Issue #18 item 4: a second browser with a call's join code, while the first caller is
/// connected, is told the call is in use and gets nothing of the call.
async fn second_caller(t: &Target) -> Outcome {
    let (booking, code) = t.booking(0)?;
    let (_tablet, mut ws_tablet) = tablet_in_call(t, booking).await?;
    let (mut first, _) = caller_in_call(t, &code).await?;
    let joined = next_signal(&mut ws_tablet).await?;
    check(
        joined == Signal::CallerJoined,
        format!("the tablet got {joined:?}"),
    )?;
    let mut second = t.caller(&code).await?;
    let said = closes(&mut second).await;
    check(
        said == Some(vec![Signal::InUse]),
        format!("the second caller was told {said:?}"),
    )?;
    // The tablet heard of nobody new.
    let quiet = tokio::time::timeout(Duration::from_millis(500), next_signal(&mut ws_tablet)).await;
    let _ = first.close(None).await;
    let _ = ws_tablet.close(None).await;
    check(
        !matches!(quiet, Ok(Ok(Signal::CallerJoined))),
        "the tablet was told a caller joined again",
    )
}

/// Issue #18 item 5: a 1 MiB signalling message closes its sender's socket (the bound is
/// 64 KiB), and the server keeps answering.
async fn huge_signal(t: &Target) -> Outcome {
    let (_, code) = t.booking(1)?;
    let (mut caller, _) = caller_in_call(t, &code).await?;
    let before = t.rss_mib();
    let huge = serde_json::to_string(&Signal::Answer {
        sdp: "a".repeat(1024 * 1024),
    })
    .map_err(|e| e.to_string())?;
    for _ in 0..8 {
        if caller
            .send(Message::Text(huge.clone().into()))
            .await
            .is_err()
        {
            break;
        }
    }
    check(
        closes(&mut caller).await.is_some(),
        "the socket stayed open after 1 MiB signals",
    )?;
    let grew = t.rss_mib() - before;
    let (status, _) = t.send(t.client.get(format!("{}/api/health", t.url))).await;
    check(
        status == 200 && grew < 32.0,
        format!("health {status}, the server grew {grew:.0} MiB"),
    )
}

/// Issue #18 item 5: a caller floods a call with 1,500 signals of 60 KiB (each under the
/// limit, 88 MiB in all) while the tablet reads nothing: the server's queues are bounded, so
/// it grows by far less than the flood, and keeps answering.
async fn signal_flood(t: &Target) -> Outcome {
    let (booking, code) = t.booking(2)?;
    let (_tablet, ws_tablet) = tablet_in_call(t, booking).await?;
    let (mut caller, _) = caller_in_call(t, &code).await?;
    let before = t.rss_mib();
    let signal = serde_json::to_string(&Signal::Answer {
        sdp: "a".repeat(60 * 1024),
    })
    .map_err(|e| e.to_string())?;
    let mut sent = 0;
    for _ in 0..1500 {
        match tokio::time::timeout(PATIENCE, caller.send(Message::Text(signal.clone().into())))
            .await
        {
            Ok(Ok(())) => sent += 1,
            _ => break,
        }
    }
    let grew = t.rss_mib() - before;
    let (status, _) = t.send(t.client.get(format!("{}/api/health", t.url))).await;
    let _ = caller.close(None).await;
    drop(ws_tablet);
    check(
        sent == 1500 && status == 200 && grew < 40.0,
        format!("{sent} signals of 60 KiB sent: the server grew {grew:.0} MiB (health {status})"),
    )
}

/// Issue #18 item 6: revoking a tablet closes its open signalling socket.
async fn revoked_socket(t: &Target) -> Outcome {
    let (booking, _) = t.booking(3)?;
    let (tablet, mut ws) = tablet_in_call(t, booking).await?;
    let admin = t.token("administrator").await?;
    let (status, body) = t
        .staff_send(
            reqwest::Method::POST,
            &admin,
            &format!("/api/admin/devices/{}/revoke", tablet.device),
            Some(json!({ "reason": "lost on the wing" })),
        )
        .await;
    check(status == 204, format!("revoking answered {status} {body}"))?;
    check(
        closes(&mut ws).await.is_some(),
        "the revoked tablet's socket stayed open",
    )
}

/// Issue #18 item 4: the TURN credential a caller is handed names no call (the join code
/// would travel in clear as the STUN username and sit in the relay's logs).
async fn turn_username(t: &Target) -> Outcome {
    let (_, code) = t.booking(4)?;
    let (mut caller, hello) = caller_in_call(t, &code).await?;
    let Signal::Hello { ice_servers, .. } = hello else {
        return Err("the first signal is not Hello".into());
    };
    let users: Vec<String> = ice_servers
        .iter()
        .filter_map(|s| s.username.clone())
        .collect();
    let _ = caller.close(None).await;
    check(
        !users.is_empty(),
        "no TURN credential offered (is [calls.turn] in the demo's config?)",
    )?;
    check(
        !users.iter().any(|u| u.contains(&code)),
        format!("the TURN username {users:?} holds the join code"),
    )
}

/// Issue #18 item 10: a tablet whose clock is three hours fast learns the server's time from
/// its first answer and syncs (before, every request was refused as `clock_skew`).
async fn fast_clock(t: &Target) -> Outcome {
    let staff = t.staff_id("dco", 0);
    let (tablet, client) = t.syncing_tablet().await?;
    let client = client.with_clock_error(chrono::Duration::hours(3));
    tablet
        .lock()
        .expect("tablet")
        .record(dco(staff), session(0xd2));
    let report = client
        .sync_once(&tablet)
        .await
        .map_err(|e| format!("the fast tablet could not sync: {e}"))?;
    check(
        (report.pushed, report.parked) == (2, 0),
        format!("pushed {}, parked {}", report.pushed, report.parked),
    )?;
    let off = client.clock_offset().num_minutes();
    check(
        (-181..=-179).contains(&off),
        format!("learned offset {off} minutes"),
    )
}

/// Issue #18 item 10: a tablet whose clock runs ahead (three minutes: within what the server
/// accepts) pushes an event; the administrator's action right after it sorts after it, because
/// the server's clock observed the tablet's stamp.
async fn causal_order(t: &Target) -> Outcome {
    let staff = t.staff_id("dco", 0);
    let (tablet, client) = t.syncing_tablet().await?;
    let pushed = {
        let mut tab = tablet.lock().expect("tablet");
        let now = chrono::Utc::now();
        tab.centre_clock = CentreClock::reading(now + chrono::Duration::minutes(3), now);
        tab.record(dco(staff), session(0xd3))
    };
    let report = client
        .sync_once(&tablet)
        .await
        .map_err(|e| format!("the push failed: {e}"))?;
    check(report.parked == 0, "the tablet's events were refused")?;
    let admin = t.token("administrator").await?;
    let room = format!("Visits room {}", uuid::Uuid::now_v7().simple());
    let (status, body) = t
        .staff_send(
            reqwest::Method::POST,
            &admin,
            "/api/admin/rooms",
            Some(json!({ "name": room, "capacity": 1 })),
        )
        .await;
    check(
        status == 201,
        format!("adding a room answered {status} {body}"),
    )?;
    let events = t.events().await?;
    let stamp = |e: &Value| {
        (
            e["stamp"]["wall_ms"].as_i64().unwrap_or(i64::MAX),
            e["stamp"]["counter"].as_u64().unwrap_or(u64::MAX),
        )
    };
    let id = pushed.0.to_string();
    let theirs = events
        .iter()
        .find(|r| r["event"]["id"] == id.as_str())
        .map(|r| stamp(&r["event"]))
        .ok_or("the tablet's event was not stored")?;
    let later = events
        .iter()
        .find(|r| r["event"]["body"]["name"] == room.as_str())
        .map(|r| stamp(&r["event"]))
        .ok_or("the room's event was not stored")?;
    check(
        later > theirs,
        format!("the later room {later:?} sorts before the tablet's event {theirs:?}"),
    )
}

type Attack = for<'a> fn(&'a Target) -> Pin<Box<dyn Future<Output = Outcome> + 'a>>;

macro_rules! attacks {
    ($($what:literal => $f:ident),* $(,)?) => {
        [$(($what, (|t| Box::pin($f(t))) as Attack)),*]
    };
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, cert, data, summary, pid] = args.as_slice() else {
        panic!("usage: attack_demo URL CERT.pem DATA_DIR SUMMARY.json PID");
    };
    let pem = std::fs::read(cert).expect("the server's certificate");
    let t = Target {
        url: url.clone(),
        data: data.into(),
        client: Client::builder()
            .add_root_certificate(reqwest::Certificate::from_pem(&pem).expect("a PEM certificate"))
            .build()
            .expect("an HTTPS client"),
        pem,
        summary: serde_json::from_slice(&std::fs::read(summary).expect("the summary"))
            .expect("the summary's JSON"),
        pid: pid.clone(),
        tokens: Mutex::default(),
    };
    // In this order: the role table needs every role's sign-in before PINs are guessed, and
    // the tablet lockout comes last but one (it locks a DCO until the PIN is set again).
    let list = attacks![
        "every staff, admin and tablet route without credentials" => unauthenticated,
        "every role on every staff action (6 × 17)" => role_table,
        "a replayed, changed, forged, stale, i64::MIN-stamped or unsigned request" => signed_requests,
        "a revoked tablet's next request" => revoked_tablet,
        "1. poisoned pushes: year 262142, 2100, 1 MB and 2 MB events, 0-minute slots" => poisoned_pushes,
        "2. a tablet pushing the administrator's decisions" => admin_decisions,
        "2. a tablet pushing console kinds at real roles" => console_kinds,
        "2. a tablet pushing for staff not signed in on it" => not_signed_in,
        "3. guessing PINs online, enumerating staff ids" => pin_guessing,
        "3. reading console staff's verifiers from a tablet; weak PINs" => verifiers,
        "4. a second caller socket with the same join code" => second_caller,
        "4. the join code in the TURN username" => turn_username,
        "5. a 1 MiB signalling message" => huge_signal,
        "5. a flood of signals at a tablet that reads nothing" => signal_flood,
        "5. connections that never send (all) their headers" => slow_clients,
        "6. a session surviving a PIN reset" => pin_reset,
        "6. re-enrolment with another tablet's used code" => reenrolment,
        "6. a revoked tablet's open signalling socket" => revoked_socket,
        "7. a date in year 262142; 5. a 9 MiB body" => crashes_and_limits,
        "8. reading the server's files at rest" => files_at_rest,
        "9. pages without security headers" => headers,
        "10. a tablet whose clock is 3 hours fast" => fast_clock,
        "10. a tablet's clock ahead outranking later staff actions" => causal_order,
        "3. guessing PINs on a tablet, lockout hidden from the server" => tablet_lockout,
    ];
    let mut held = 0;
    for (what, attack) in &list {
        let started = std::time::Instant::now();
        match attack(&t).await {
            Ok(()) => {
                held += 1;
                println!(
                    "held:       {what} ({:.1} s)",
                    started.elapsed().as_secs_f64()
                );
            }
            Err(why) => println!("NOT HELD:   {what}: {why}"),
        }
    }
    println!("demo attacks: {held} of {} held", list.len());
    if held < list.len() {
        std::process::exit(1);
    }
}

fn random_key() -> [u8; 32] {
    let mut k = [0u8; 32];
    getrandom::fill(&mut k).expect("the OS random number generator");
    k
}
