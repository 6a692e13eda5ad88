//! `cargo xtask attack`: the attacks of issue #18, every one against a real centre server
//! process — the built `kinline-server`'s demo, as `cargo xtask demo` starts it, on 127.0.0.1
//! in a temporary data directory (`demo::DemoProcess`), with the centre's coturn named in its
//! config so that the TURN credential it hands out can be read. The attacker is
//! `tests/examples/attack_demo.rs`, over HTTPS and WSS only, holding what a real one could
//! (nothing; a tablet enrolled with a code; a caller's link; a member of staff's PIN; the
//! server's files). An attack *held* if it was refused as it should be. The tally is printed
//! last: `attacks: N of N held`.

use anyhow::{Result, bail};
use std::process::Stdio;

/// The centre's coturn in the attacked demo's config: only its credentials are read (nothing
/// listens on that port; no media is relayed).
const TURN: &str = "[calls.turn]\nurls = [\"turn:127.0.0.1:3478?transport=udp\"]\n\
                    secret = \"the attack run's shared secret\"\nrelay_only = true\n";

pub(crate) fn run(args: &[String]) -> Result<()> {
    if let Some(a) = args.first() {
        bail!("cargo xtask attack takes no arguments (got '{a}')");
    }
    crate::run(crate::cargo(&[
        "build",
        "--package",
        "kinline-tests",
        "--example",
        "attack_demo",
    ]))?;
    let bin = crate::schemathesis::build_server()?;
    let demo = crate::demo::DemoProcess::start_with(&bin, "attack", TURN)?;
    let summary = demo.data.join("summary.json");
    std::fs::write(&summary, demo.summary.to_string())?;
    eprintln!(
        "attacking kinline-server demo at {} (process {})",
        demo.url, demo.pid
    );
    let out = std::process::Command::new(bin.join("examples").join("attack_demo"))
        .arg(&demo.url)
        .arg(&demo.cert)
        .arg(&demo.data)
        .arg(&summary)
        .arg(demo.pid.to_string())
        .stderr(Stdio::inherit())
        .output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    print!("{text}");
    let tally: Option<(usize, usize)> = text
        .lines()
        .find_map(|l| l.strip_prefix("demo attacks: "))
        .and_then(|l| l.strip_suffix(" held"))
        .and_then(|l| l.split_once(" of "))
        .and_then(|(h, n)| Some((h.parse().ok()?, n.parse().ok()?)));
    let Some((held, tried)) = tally else {
        bail!("the attacks did not finish ({})", out.status);
    };
    // Not a zombie: the child is reaped only when `demo` is dropped.
    let alive = std::fs::read_to_string(format!("/proc/{}/status", demo.pid)).is_ok_and(|s| {
        s.lines()
            .any(|l| l.starts_with("State:") && !l.contains('Z'))
    });
    println!(
        "every attack against the demo server process ({}), which is {} after them",
        demo.url,
        if alive { "still running" } else { "GONE" }
    );
    println!("attacks: {held} of {tried} held");
    if !alive {
        bail!("the demo server process died during the attacks");
    }
    if held < tried {
        bail!("{} attacks were not held (above)", tried - held);
    }
    Ok(())
}
