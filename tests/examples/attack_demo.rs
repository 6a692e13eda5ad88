//! `cargo xtask attack`'s attacks over HTTP against a demo server process (`kinline-server
//! demo` on 127.0.0.1, started by xtask in a temporary data directory): what an attacker with
//! nothing, with one tablet's key (enrolled with the demo's code) or with a member of staff's
//! session can send. Each attack prints `held:` or `NOT HELD:` with what happened; the last
//! line is `demo attacks: N of M held`, and the exit code is non-zero unless all held.
//!
//! Arguments: the server's URL, its certificate (PEM), its data directory, and the demo's
//! summary (the JSON of its `kinline-demo:` line) in a file.

use ed25519_dalek::{Signer, SigningKey};
use kinline_shared::sync::{
    HEADER_DEVICE, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, PROTOCOL_VERSION,
    request_signing_bytes,
};
use reqwest::Client;
use serde_json::{Value, json};
use std::future::Future;
use std::pin::Pin;
use tokio::io::AsyncReadExt;

type Outcome = Result<(), String>;

/// The demo server and who the attacker can be.
struct Target {
    url: String,
    data: std::path::PathBuf,
    client: Client,
    summary: Value,
}

/// A tablet the attacker enrolled (its key is theirs).
struct Tablet {
    device: uuid::Uuid,
    key: SigningKey,
}

fn check(ok: bool, what: impl Into<String>) -> Outcome {
    if ok { Ok(()) } else { Err(what.into()) }
}

fn nonce() -> String {
    hex::encode(uuid::Uuid::now_v7().as_bytes())
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Target {
    fn staff(&self, role: &str) -> (String, String) {
        let m = self.summary["summary"]["staff"]
            .as_array()
            .and_then(|s| s.iter().find(|m| m["role"] == role))
            .unwrap_or_else(|| panic!("the demo has no {role}"));
        (
            m["id"].as_str().unwrap_or_default().to_owned(),
            m["pin"].as_str().unwrap_or_default().to_owned(),
        )
    }

    async fn sign_in(&self, staff: &str, secret: &str) -> (u16, Value) {
        self.send(
            self.client
                .post(format!("{}/api/staff/sign-in", self.url))
                .json(&json!({ "staff": staff, "secret": secret })),
        )
        .await
    }

    async fn token(&self, role: &str) -> Result<String, String> {
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

    /// Enrols a new tablet with `code`.
    async fn enrol(&self, code: &str, tablet: &Tablet) -> (u16, Value) {
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

    async fn new_tablet(&self) -> Result<Tablet, String> {
        let tablet = Tablet {
            device: uuid::Uuid::now_v7(),
            key: SigningKey::from_bytes(&random_key()),
        };
        let code = self.code().await?;
        let (status, body) = self.enrol(&code, &tablet).await;
        check(status == 201, format!("enrolment answered {status} {body}"))?;
        Ok(tablet)
    }

    /// A signed POST as `tablet` (signed with `signer`, the tablet's key unless forged).
    #[allow(clippy::too_many_arguments)]
    async fn signed(
        &self,
        tablet: &Tablet,
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

    async fn pull(&self, tablet: &Tablet, ts: i64, nonce: &str) -> (u16, Value) {
        let body = pull_body(tablet);
        self.signed(tablet, &tablet.key, PULL, PULL, &body, &body, ts, nonce)
            .await
    }
}

const PULL: &str = "/api/sync/pull";
const CODES: &str = "/api/admin/enrolment-codes";

fn pull_body(tablet: &Tablet) -> Vec<u8> {
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

/// A DCO's session on every administrator route: 403.
async fn dco_on_admin_routes(t: &Target) -> Outcome {
    let dco = t.token("dco").await?;
    for path in ["/api/admin/staff", "/api/admin/devices"] {
        let (status, _) = t.staff_get(&dco, path).await;
        check(
            status == 403,
            format!("a DCO's GET {path} answered {status}"),
        )?;
    }
    let (status, _) = t.staff_send(reqwest::Method::POST, &dco, CODES, None).await;
    check(
        status == 403,
        format!("a DCO made an enrolment code ({status})"),
    )
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
    Ok(())
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
    let c = Tablet {
        device: a.device,
        key: SigningKey::from_bytes(&random_key()),
    };
    let (status, _) = t.enrol(&used, &c).await;
    check(
        status == 409,
        format!("a new key for tablet A answered {status}"),
    )?;
    drop(b);
    let (status, _) = t
        .enrol(
            &used,
            &Tablet {
                device: uuid::Uuid::now_v7(),
                key: a.key,
            },
        )
        .await;
    check(status == 201, format!("the fresh code answered {status}"))?;
    let (status, _) = t
        .enrol(
            &used,
            &Tablet {
                device: uuid::Uuid::now_v7(),
                key: c.key,
            },
        )
        .await;
    check(
        status == 403,
        format!("the used code again answered {status}"),
    )
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

/// A tablet reads only tablet staff's verifiers: none for the administrator or the Compliance
/// Manager.
async fn verifiers(t: &Target) -> Outcome {
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
    let (id, _) = t.staff("deputy_centre_manager");
    let theirs = t.token("deputy_centre_manager").await?;
    let admin = t.token("administrator").await?;
    let (status, body) = t
        .staff_send(
            reqwest::Method::PUT,
            &admin,
            &format!("/api/admin/staff/{id}"),
            Some(json!({ "role": "deputy_centre_manager", "secret": "8529637", "active": true })),
        )
        .await;
    check(status == 204, format!("the reset answered {status} {body}"))?;
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

/// Security headers on the API and on the caller's page.
async fn headers(t: &Target) -> Outcome {
    let code = t.summary["summary"]["bookings"][0]["join_code"]
        .as_str()
        .unwrap_or("nocode");
    for path in ["/api/health".to_owned(), format!("/join/{code}")] {
        let r = t
            .client
            .get(format!("{}{path}", t.url))
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let h = r.headers();
        for (name, want) in [
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", "no-referrer"),
            ("strict-transport-security", "max-age"),
            ("content-security-policy", "frame-ancestors 'none'"),
        ] {
            let got = h.get(name).and_then(|v| v.to_str().ok()).unwrap_or("");
            check(got.contains(want), format!("{path}: {name} is '{got}'"))?;
        }
    }
    Ok(())
}

/// A client that opens a connection and sends nothing is cut off (at the header timeout).
async fn slow_client(t: &Target) -> Outcome {
    let addr = t.url.trim_start_matches("https://");
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .map_err(|e| e.to_string())?;
    let mut buf = [0u8; 64];
    // Bounded: far past the 10 s header timeout; the server closes first.
    match tokio::time::timeout(std::time::Duration::from_secs(60), stream.read(&mut buf)).await {
        Ok(_) => Ok(()),
        Err(_) => Err("a silent connection was held for 60 s".into()),
    }
}

/// The server's files: private, and the database is not plain SQLite.
async fn files_at_rest(t: &Target) -> Outcome {
    use std::os::unix::fs::PermissionsExt;
    let server = t.data.join("server");
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
        if path.extension().is_some_and(|e| e == "sqlite3") {
            found_db = true;
            let head = std::fs::read(&path).map_err(|e| e.to_string())?;
            check(
                !head.starts_with(b"SQLite format 3"),
                "the database is plain SQLite",
            )?;
        }
    }
    check(found_db, "no database file found")
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
    let [url, cert, data, summary] = args.as_slice() else {
        panic!("usage: attack_demo URL CERT.pem DATA_DIR SUMMARY.json");
    };
    let pem = std::fs::read(cert).expect("the server's certificate");
    let t = Target {
        url: url.clone(),
        data: data.into(),
        client: Client::builder()
            .add_root_certificate(reqwest::Certificate::from_pem(&pem).expect("a PEM certificate"))
            .build()
            .expect("an HTTPS client"),
        summary: serde_json::from_slice(&std::fs::read(summary).expect("the summary"))
            .expect("the summary's JSON"),
    };
    let list = attacks![
        "every staff, admin and tablet route without credentials" => unauthenticated,
        "a DCO on the administrator's routes" => dco_on_admin_routes,
        "a replayed, changed, forged, stale or i64::MIN-stamped signed request" => signed_requests,
        "a revoked tablet's next request" => revoked_tablet,
        "6. re-enrolment with another tablet's used code" => reenrolment,
        "3. guessing PINs online, enumerating staff ids" => pin_guessing,
        "3. reading console staff's verifiers from a tablet" => verifiers,
        "6. a session surviving a PIN reset" => pin_reset,
        "7. a date in year 262142; 5. a 9 MiB body" => crashes_and_limits,
        "9. pages without security headers" => headers,
        "5. a connection that never sends its headers" => slow_client,
        "8. reading the server's files at rest" => files_at_rest,
    ];
    let mut held = 0;
    for (what, attack) in &list {
        match attack(&t).await {
            Ok(()) => {
                held += 1;
                println!("held:       {what} (demo process)");
            }
            Err(why) => println!("NOT HELD:   {what} (demo process): {why}"),
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
