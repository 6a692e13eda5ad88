//! `cargo xtask attack`: the attacks of issue #18, each tried against a real centre server.
//!
//! First against the built `kinline-server`'s demo as a process of its own (127.0.0.1, a
//! temporary data directory: `demo::DemoProcess`), over HTTPS from
//! `tests/examples/attack_demo.rs`: with nothing, one tablet's key (enrolled with a code),
//! or a member of staff's session. Then the attacks that need a tablet's event log or a call
//! (poisoned pushes, impersonation, call takeover, clocks): each a test of kinline-tests that
//! starts the same `Server` and router in-process on 127.0.0.1 and attacks it with real
//! requests (SQLite and PostgreSQL where the test does both), run through nextest. An attack
//! *held* if it was refused as it should be. The tally is printed last:
//! `attacks: N of M held`.

use anyhow::{Result, bail};
use std::process::Stdio;

/// (What the attacker tries, the test that tries it: `module::name` in tests/kinline.)
const ATTACKS: &[(&str, &str)] = &[
    (
        "a replayed, stale or forged signed request",
        "server::a_replayed_a_stale_or_a_forged_request_is_refused",
    ),
    (
        "a revoked tablet's next request",
        "server::a_revoked_tablet_is_refused_from_its_next_request_on",
    ),
    (
        "every role on every staff route",
        "server::every_route_checks_the_role_every_role_times_every_action",
    ),
    (
        "1. poisoned pushes: 0-minute slots, year 262142, 2 MB events",
        "server::dso_16_a_poisoned_push_is_refused_before_it_is_stored_and_the_next_event_is_folded",
    ),
    (
        "2. a tablet pushing the administrator's decisions",
        "server::dso_16_a_tablet_cannot_push_an_administrators_decision_on_staff_or_tablets",
    ),
    (
        "2. a tablet pushing console kinds at real roles",
        "server::dso_16_a_tablet_cannot_push_what_is_done_at_the_staff_console_even_at_a_real_role",
    ),
    (
        "2. a tablet pushing for staff not signed in on it",
        "server::dso_16_a_tablet_cannot_push_events_of_staff_not_signed_in_on_it",
    ),
    (
        "3. guessing PINs online, enumerating staff ids",
        "server::dso_16_wrong_pins_make_the_account_wait_and_an_unknown_id_is_answered_alike",
    ),
    (
        "3. reading every verifier from a tablet's reference data",
        "server::dso_16_tablets_receive_verifiers_only_for_tablet_staff_with_long_pins",
    ),
    (
        "3. guessing PINs on a tablet, lockout hidden from the server",
        "ui::on_the_store::dso_16_a_lockout_on_the_tablet_reaches_the_server_on_sync",
    ),
    (
        "4. a second caller taking over a call; huge signals",
        "call::dso_8_a_second_caller_is_refused_a_huge_signal_closes_its_socket_and_revocation_closes_the_tablets",
    ),
    (
        "4. the join code in the TURN username",
        "call::dso_16_the_turn_username_carries_no_join_code",
    ),
    (
        "5. slow headers holding connections",
        "server::slow_clients_are_cut_off_at_the_header_timeout_over_tls_and_http",
    ),
    (
        "6. a session surviving a PIN reset",
        "server::dso_16_a_pin_reset_ends_the_staff_members_open_sessions",
    ),
    (
        "6. re-enrolment with another tablet's used code",
        "server::dso_16_re_enrolment_with_another_tablets_used_code_is_refused",
    ),
    (
        "7. an i64::MIN timestamp and a date in year 262142",
        "server::dso_16_a_timestamp_of_i64_min_and_a_date_in_year_262142_get_a_4xx_not_a_crash",
    ),
    (
        "8. reading the server's files at rest",
        "server::dso_16_the_servers_files_are_private_and_its_database_unreadable_without_its_key",
    ),
    (
        "9. pages without security headers",
        "server::dso_16_every_answer_and_the_callers_page_carry_the_security_headers",
    ),
    (
        "10. a tablet whose clock is 3 hours fast",
        "sync::a_tablet_whose_clock_is_three_hours_fast_learns_the_servers_time_and_syncs",
    ),
];

pub(crate) fn run(args: &[String]) -> Result<()> {
    if let Some(a) = args.first() {
        bail!("cargo xtask attack takes no arguments (got '{a}')");
    }
    let demo_held = against_demo()?;
    let filter = ATTACKS
        .iter()
        .map(|(_, test)| format!("test(={test})"))
        .collect::<Vec<_>>()
        .join(" | ");
    let mut cmd = crate::cargo(&[
        "nextest",
        "run",
        "--package",
        "kinline-tests",
        "--no-fail-fast",
        "--status-level",
        "all",
        "--final-status-level",
        "none",
        "-E",
        &filter,
    ]);
    eprintln!(
        "$ cargo nextest run -p kinline-tests -E <the {} attacks>",
        ATTACKS.len()
    );
    let out = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).output()?;
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let passed = |test: &str| {
        report.lines().any(|l| {
            l.trim_start().starts_with("PASS") && l.trim_end().ends_with(&format!(" {test}"))
        })
    };
    let mut held = 0;
    for (attack, test) in ATTACKS {
        let ok = passed(test);
        held += usize::from(ok);
        println!(
            "{} {attack} ({test})",
            if ok { "held:      " } else { "NOT HELD:  " }
        );
    }
    let (demo, demo_total) = demo_held;
    println!(
        "attacks: {} of {} held ({demo} of {demo_total} against the demo process, {held} of {} in-process)",
        held + demo,
        ATTACKS.len() + demo_total,
        ATTACKS.len()
    );
    if demo < demo_total {
        bail!(
            "{} attacks on the demo process were not held (above)",
            demo_total - demo
        );
    }
    if held < ATTACKS.len() {
        eprintln!("{report}");
        bail!(
            "{} attacks were not held: the failing tests' output is above",
            ATTACKS.len() - held
        );
    }
    Ok(())
}

/// The attacks on the demo process: (held, tried).
fn against_demo() -> Result<(usize, usize)> {
    crate::run(crate::cargo(&[
        "build",
        "--package",
        "kinline-tests",
        "--example",
        "attack_demo",
    ]))?;
    let bin = crate::schemathesis::build_server()?;
    let demo = crate::demo::DemoProcess::start(&bin, "attack")?;
    let summary = demo.data.join("summary.json");
    std::fs::write(&summary, demo.summary.to_string())?;
    let out = std::process::Command::new(bin.join("examples").join("attack_demo"))
        .arg(&demo.url)
        .arg(&demo.cert)
        .arg(&demo.data)
        .arg(&summary)
        .stderr(Stdio::inherit())
        .output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    print!("{text}");
    let tally = text
        .lines()
        .find_map(|l| l.strip_prefix("demo attacks: "))
        .and_then(|l| l.strip_suffix(" held"))
        .and_then(|l| l.split_once(" of "))
        .and_then(|(h, n)| Some((h.parse().ok()?, n.parse().ok()?)));
    tally.ok_or_else(|| anyhow::anyhow!("the demo attacks did not finish ({})", out.status))
}
