//! `cargo xtask schemathesis`: schemathesis (4.x, `st` on the PATH: `pip install
//! schemathesis`) against `/api/openapi.json` of a demo server of its own (the built
//! `kinline-server demo` on 127.0.0.1, a temporary data directory), with fixed settings: the
//! centre manager's session, a fixed seed, [`EXAMPLES`] cases an operation, every default
//! check, and sign-out left out (it would end the session the run uses). Prints
//! `schemathesis: N operations, S server errors, M mismatches` and fails unless both are 0.

use crate::demo::DemoProcess;
use anyhow::{Context, Result, bail};
use std::process::Command;

/// Test cases generated for each operation.
const EXAMPLES: &str = "15";
/// The seed, so that a run is repeatable.
const SEED: &str = "18";

/// What schemathesis is told beyond the document. Three routes answer 400 to some requests
/// that match their schema, because no JSON Schema can tell them apart: an enrolment's 64 hex
/// digits that are not an Ed25519 point, a staff event, whose body is any of the `EventBody`
/// kinds with its own fields (the document describes it as an object with a `type`), and a
/// schedule range whose `to` is before `from` or over 30 days on (a rule across two
/// parameters). Each 400 is a documented answer of its route; the positive-data check is
/// told so for those three operations only. Everything else is checked as schemathesis does by
/// default.
const CONFIG: &str = r#"
[[operations]]
include-path = "/api/enrol"
include-method = "POST"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429"]

[[operations]]
include-path = "/api/staff/events"
include-method = "POST"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409", "422", "429"]

[[operations]]
include-path = "/api/staff/schedule"
include-method = "GET"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429"]
"#;

pub(crate) fn run(args: &[String]) -> Result<()> {
    if let Some(a) = args.first() {
        bail!("cargo xtask schemathesis takes no arguments (got '{a}')");
    }
    let st = which("st").context(
        "schemathesis is not installed (`st` is not on the PATH): \
         run `pip install schemathesis`",
    )?;
    let bin = build_server()?;
    let demo = DemoProcess::start(&bin, "schemathesis")?;
    let token = sign_in(&demo, "centre_manager")?;
    let config = demo.data.join("schemathesis.toml");
    std::fs::write(&config, CONFIG)?;
    let mut cmd = Command::new(st);
    cmd.arg("--no-color")
        .arg("--config-file")
        .arg(&config)
        .arg("run")
        .arg(format!("{}/api/openapi.json", demo.url))
        .args(["--url", &demo.url])
        .arg("--tls-verify")
        .arg(&demo.cert)
        .args(["-H", &format!("Authorization: Bearer {token}")])
        .args(["--max-examples", EXAMPLES, "--seed", SEED])
        .args(["--exclude-path", "/api/staff/sign-out"])
        .args(["--workers", "2"]);
    eprintln!(
        "$ st run {}/api/openapi.json (seed {SEED}, {EXAMPLES} cases each)",
        demo.url
    );
    let out = cmd.output().context("cannot run schemathesis")?;
    let text = String::from_utf8_lossy(&out.stdout);
    // The summary's lines: `Tested: N` and, under `Failures:`, `❌ <check>: N` each.
    let operations: usize = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("Tested:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    let (mut server_errors, mut mismatches) = (0, 0);
    for line in text.lines().skip_while(|l| l.trim() != "Failures:").skip(1) {
        let Some((check, n)) = line
            .trim()
            .strip_prefix("❌")
            .and_then(|l| l.rsplit_once(':'))
        else {
            break;
        };
        let n: usize = n.trim().parse().unwrap_or(1);
        if check.contains("Server error") {
            server_errors += n;
        } else {
            mismatches += n;
        }
    }
    let failures = server_errors + mismatches;
    println!(
        "schemathesis: {operations} operations, {server_errors} server errors, {mismatches} mismatches"
    );
    if operations == 0 || failures > 0 || !out.status.success() {
        eprintln!("{text}{}", String::from_utf8_lossy(&out.stderr));
        bail!("schemathesis found failures (above), or ran no operation");
    }
    Ok(())
}

/// Builds the demo's binaries (debug): the server and the SMTP sink.
pub(crate) fn build_server() -> Result<std::path::PathBuf> {
    crate::run(crate::cargo(&[
        "build",
        "--package",
        "kinline-server",
        "--package",
        "kinline-tests",
        "--bin",
        "kinline-server",
        "--bin",
        "smtp_sink",
    ]))?;
    Ok(crate::target_dir().join("debug"))
}

/// Signs in the demo's first member of staff of `role` (as the summary names it) and
/// returns the session token.
pub(crate) fn sign_in(demo: &DemoProcess, role: &str) -> Result<String> {
    let staff = demo.summary["summary"]["staff"]
        .as_array()
        .and_then(|s| s.iter().find(|m| m["role"] == role))
        .with_context(|| format!("the demo has no {role}"))?;
    let body = serde_json::json!({ "staff": staff["id"], "secret": staff["pin"] });
    let out = Command::new("curl")
        .args(["--silent", "--show-error", "--fail", "--cacert"])
        .arg(&demo.cert)
        .args(["-H", "content-type: application/json", "--data"])
        .arg(body.to_string())
        .arg(format!("{}/api/staff/sign-in", demo.url))
        .output()
        .context("cannot run curl")?;
    if !out.status.success() {
        bail!(
            "the demo's {role} could not sign in: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    answer["token"]
        .as_str()
        .map(str::to_owned)
        .context("the sign-in answer has no token")
}

/// The program's path on the PATH, if it is there.
fn which(program: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(program))
            .find(|p| p.is_file())
    })
}
