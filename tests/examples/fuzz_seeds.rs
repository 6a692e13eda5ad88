//! Writes the seed corpus of the protocol decoder's fuzz target (server/fuzz): valid push
//! bodies — chained, signed logs of several event kinds, batches of 0 to 12 events — so that
//! libFuzzer starts from what tablets really send. `cargo xtask fuzz` runs it.
//!
//! Usage: `fuzz_seeds DIR`

use chrono::Utc;
use kinline_shared::actor::{Actor, Role};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, DetaineeId, StaffId};
use kinline_shared::model::{CallKind, CompactVersion, LanguageTag};
use kinline_shared::sync::{PROTOCOL_VERSION, PushRequest};
use kinline_tests::server_harness::MemoryTablet;
use uuid::Uuid;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: fuzz_seeds DIR (the fuzz corpus directory)")?;
    std::fs::create_dir_all(&dir)?;
    let staff = Actor::Staff {
        id: StaffId(Uuid::now_v7()),
        role: Role::Dco,
    };
    let d = DetaineeId(Uuid::now_v7());
    let bodies = [
        EventBody::SessionOpened { detainee: d },
        EventBody::CallBooked {
            booking: BookingId(Uuid::now_v7()),
            detainee: d,
            kind: CallKind::Legal,
            slot_start: Utc::now(),
        },
        EventBody::CompactPresented {
            detainee: d,
            version: CompactVersion("2026-11".into()),
            language: LanguageTag::new("ar"),
        },
        EventBody::RiskAssessmentRecorded {
            detainee: d,
            allows_video_calls: true,
            reference: "RA-1".into(),
        },
        EventBody::DetaineeProfileUpdated {
            detainee: d,
            languages: vec![LanguageTag::new("fa"), LanguageTag::new("en-GB")],
            english_sufficient: false,
            control_measures: vec![],
            imminent_removal: false,
        },
    ];
    let mut written = 0;
    for (n, size) in [0usize, 1, 2, 3, 5, 12].into_iter().enumerate() {
        let mut t = MemoryTablet::new();
        for i in 0..size {
            let actor = if i % 4 == 3 {
                Actor::Detainee { id: d }
            } else {
                staff
            };
            t.record(actor, bodies[(i + n) % bodies.len()].clone());
        }
        let body = serde_json::to_vec(&PushRequest {
            protocol: PROTOCOL_VERSION,
            device: t.device,
            events: t.log.clone(),
            contacts: Vec::new(),
            signs_in: true,
            carried: Vec::new(),
        })?;
        kinline_server::http::api::decode_push(&body).map_err(|e| e.message)?;
        std::fs::write(format!("{dir}/push-{size:02}.json"), body)?;
        written += 1;
    }
    println!("fuzz_seeds: {written} valid push bodies in {dir}");
    Ok(())
}
