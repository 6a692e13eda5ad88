//! One tablet of `cargo xtask mixed-release`'s fleet. The same source is built in this tree
//! and, by the xtask, in the previous release's (`platforms/previous-release`), so it uses only
//! what both releases have: the harness's in-memory tablet (a real key and chained, signed
//! log) driven by that release's own sync client.
//!
//! It signs in as the administrator, takes an enrolment code, enrols a new tablet, records
//! `--record N` sessions opened by the DCO (a tablet of a release with sign-in events signs
//! the DCO in first), and with `--sign-out` a `staff_signed_out` (built from its JSON, so
//! that this source builds in a release without the kind), syncs once (push and pull), and
//! prints one JSON line: what it recorded (each event's JSON), what was parked, and the kinds
//! it pulled without knowing them (carried opaque). With `--expect FILE` (another tablet's
//! line) it checks that every event recorded there came back to it byte for byte.
//!
//! Usage: `mixed_fleet URL ADMIN_ID ADMIN_SECRET DCO_ID [--record N] [--sign-out]
//! [--expect FILE]`

use kinline_app::sync::SyncClient;
use kinline_shared::actor::{Actor, Role};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{DetaineeId, StaffId};
use kinline_tests::server_harness::MemoryTablet;
use std::collections::BTreeSet;
use std::sync::Mutex;

type Failure = Box<dyn std::error::Error>;

fn main() {
    if let Err(e) = run() {
        eprintln!("mixed_fleet: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Failure> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, admin, secret, dco, rest @ ..] = args.as_slice() else {
        return Err(
            "usage: mixed_fleet URL ADMIN_ID ADMIN_SECRET DCO_ID [--record N] \
                    [--sign-out] [--expect FILE]"
                .into(),
        );
    };
    let mut record = 0u32;
    let mut sign_out = false;
    let mut expect = None;
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--record" => record = rest.next().ok_or("--record N")?.parse()?,
            "--sign-out" => sign_out = true,
            "--expect" => expect = Some(rest.next().ok_or("--expect FILE")?.clone()),
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    let dco = Actor::Staff {
        id: StaffId(dco.parse()?),
        role: Role::Dco,
    };
    let rt = tokio::runtime::Runtime::new()?;
    let code = rt.block_on(enrolment_code(url, admin, secret))?;
    let tablet = Mutex::new(MemoryTablet::new());
    let client = SyncClient::new(url, None)?;
    {
        let t = tablet.lock().map_err(|_| "poisoned")?;
        rt.block_on(client.enrol(&code, t.device, t.key.verifying_key().to_bytes()))?;
    }
    {
        let mut t = tablet.lock().map_err(|_| "poisoned")?;
        for _ in 0..record {
            let detainee = DetaineeId(uuid::Uuid::now_v7());
            t.record(dco, EventBody::SessionOpened { detainee });
        }
        if sign_out {
            t.record(dco, serde_json::from_str(r#"{"type":"staff_signed_out"}"#)?);
        }
    }
    let report = rt.block_on(client.sync_once(&tablet))?;
    let t = tablet.lock().map_err(|_| "poisoned")?;
    let recorded: Vec<String> = t
        .log
        .iter()
        .map(|l| serde_json::to_string(&l.event))
        .collect::<Result<_, _>>()?;
    let opaque: BTreeSet<String> = t
        .pulled
        .values()
        .filter_map(|e| match &e.body {
            EventBody::Unknown(body) => Some(body.kind().to_owned()),
            _ => None,
        })
        .collect();
    let mut matched = 0;
    if let Some(file) = expect {
        let other: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file)?)?;
        for json in other["recorded"].as_array().ok_or("no recorded events")? {
            let json = json.as_str().ok_or("not an event's JSON")?;
            let sent: serde_json::Value = serde_json::from_str(json)?;
            let id: kinline_shared::ids::EventId = serde_json::from_value(sent["id"].clone())?;
            let back = t
                .pulled
                .get(&id)
                .ok_or_else(|| format!("event {id} did not come back"))?;
            if serde_json::to_string(back)? != json {
                return Err(format!("event {id} came back changed").into());
            }
            matched += 1;
        }
    }
    let line = serde_json::json!({
        "device": t.device.to_string(),
        "recorded": recorded,
        "pushed": report.pushed,
        "parked": t.parked.len(),
        "pulled": t.pulled.len(),
        "opaque_kinds": opaque,
        "matched": matched,
    });
    println!("{line}");
    if !t.parked.is_empty() {
        return Err(format!("the server refused events: {:?}", t.parked).into());
    }
    Ok(())
}

/// Signs in as the administrator and takes a one-time enrolment code.
async fn enrolment_code(url: &str, admin: &str, secret: &str) -> Result<String, Failure> {
    let http = reqwest::Client::new();
    let signed_in: serde_json::Value = http
        .post(format!("{url}/api/staff/sign-in"))
        .json(&serde_json::json!({ "staff": admin, "secret": secret }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let token = signed_in["token"]
        .as_str()
        .ok_or("the sign-in gave no token")?;
    let code: serde_json::Value = http
        .post(format!("{url}/api/admin/enrolment-codes"))
        .bearer_auth(token)
        .json(&serde_json::json!({ "label": "mixed-release tablet" }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(code["code"].as_str().ok_or("no enrolment code")?.to_owned())
}
