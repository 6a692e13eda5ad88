//! `cargo xtask demo` (for now): a morning at a centre, run through the DSO 01/2020 rulebook,
//! printing what each person does and what the rules say.

use chrono::Duration;
use kinline_shared::event::EventBody;
use kinline_shared::model::{CallKind, EndReason, TerminationReason};
use kinline_shared::time::display_london;
use kinline_tests::fixture::*;

fn main() {
    let mut c = TestCentre::open();
    println!(
        "Kinline rulebook demo — {} (Europe/London)",
        display_london(c.now)
    );
    println!(
        "The administrator publishes 08:00–20:00, 30-minute slots, 2 call points, compact {COMPACT_VERSION}.\n"
    );

    let amira = c.detainee("ar", false, vec![]);
    let b = c.book(amira, CallKind::Social).unwrap();
    println!(
        "A DCO books a social call for detainee {amira} at {}.",
        display_london(c.next_slot())
    );
    c.record(dco(), EventBody::CallCheckedIn { booking: b })
        .unwrap();
    c.record(
        dco(),
        EventBody::AdultCheckRecorded {
            booking: b,
            recipient_is_adult: true,
        },
    )
    .unwrap();
    match c.record(dco(), EventBody::CallerAdmitted { booking: b }) {
        Ok(_) => println!("  admitted (unexpected!)"),
        Err(e) => println!("  The DCO tries to admit the caller. Refused:\n    {e}"),
    }
    c.sign_compact(amira, "ar").unwrap();
    println!("  The compact is read aloud in Arabic to the end, signed and witnessed.");
    c.record(dco(), EventBody::CallerAdmitted { booking: b })
        .unwrap();
    c.record(dco(), EventBody::CallStarted { booking: b })
        .unwrap();
    println!("  The caller is admitted; the call starts.");
    c.advance(Duration::minutes(9));
    c.record(
        dco(),
        EventBody::CallTerminated {
            booking: b,
            reason: TerminationReason::Recording,
        },
    )
    .unwrap();
    println!("  9 minutes in, the DCO sees the caller filming the screen and ends the call.");
    println!(
        "  Security queue: {} referral(s).",
        c.centre().referrals.len()
    );
    let call = &c.centre().calls[&b];
    let log = kinline_shared::calllog::CallLog::of(&call.info, &call.phase).unwrap();
    println!(
        "  Call log (all that is kept): {}\n",
        serde_json::to_string(&log).unwrap()
    );

    let other = c.ready_detainee();
    let legal = c.book(other, CallKind::Legal).unwrap();
    c.start_call(legal).unwrap();
    c.advance(Duration::minutes(30));
    c.record(
        dco(),
        EventBody::CallEnded {
            booking: legal,
            reason: EndReason::SlotEnded,
        },
    )
    .unwrap();
    println!("A legal call for {other} runs privately (no supervision view) until its slot ends.");
    println!(
        "\nPolicy exceptions: {}; deadlines open: {}.",
        c.centre().exceptions.len(),
        c.centre().deadlines().len()
    );
}
