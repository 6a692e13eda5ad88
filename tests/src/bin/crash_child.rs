//! The crash test's child: opens the tablet store given on the command line and appends events
//! for ever, printing `committed <id>` after each commit. The crash test kills it with SIGKILL.
//!
//! Usage: `crash_child <store path> <key file>`

use chrono::Utc;
use kinline_app::store::{KeySource, Store, StoreConfig, fresh_random};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{DetaineeId, IncidentId};
use kinline_shared::model::{IncidentCategory, LanguageTag};
use kinline_tests::crash::crash_device;
use kinline_tests::fixture::{admin, dco};
use std::io::Write;

fn main() {
    if let Err(e) = run() {
        eprintln!("crash_child: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1);
    let (Some(path), Some(key)) = (args.next(), args.next()) else {
        return Err("usage: crash_child <store path> <key file>".into());
    };
    let config = StoreConfig::new(path, KeySource::File(key.into()), crash_device());
    let mut store = Store::open(&config)?;
    let stdout = std::io::stdout();
    let profile = |n: u64| -> Result<EventBody, Box<dyn std::error::Error>> {
        let now = Utc::now();
        let detainee = DetaineeId::new(now.timestamp_millis() as u64 + n, fresh_random()?);
        Ok(EventBody::DetaineeProfileUpdated {
            detainee,
            languages: vec![LanguageTag::new("ar")],
            english_sufficient: n.is_multiple_of(2),
            control_measures: vec![],
            imminent_removal: false,
        })
    };
    for n in 0u64.. {
        let now = Utc::now();
        let events = match n % 4 {
            // A report is followed by its referral to security: two events, one transaction.
            2 => store.record(
                dco(),
                EventBody::IncidentReported {
                    incident: IncidentId::new(now.timestamp_millis() as u64, fresh_random()?),
                    booking: None,
                    detainee: None,
                    category: IncidentCategory::Other,
                    account: "The DCO noticed the call point's screen was cracked.".into(),
                },
                now,
                fresh_random()?,
            )?,
            3 => store.record_batch(
                vec![(admin(), profile(n)?), (admin(), profile(n + 1)?)],
                now,
                fresh_random()?,
            )?,
            _ => store.record(admin(), profile(n)?, now, fresh_random()?)?,
        };
        let mut out = stdout.lock();
        for e in events {
            writeln!(out, "committed {}", e.id)?;
        }
        out.flush()?;
    }
    Ok(())
}
