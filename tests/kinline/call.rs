//! The video call end to end: the centre server's signalling, the tablet's call engine (Rust
//! WebRTC, synthetic camera and tone) and real headless Chromium as the outside caller, all on
//! 127.0.0.1. What the caller sees is read from the page; what the DCO sees from the engine.

use futures_util::{SinkExt, StreamExt};
use kinline_app::call::{CallError, CallEvent};
use kinline_shared::calllog::CALL_LOG_FIELDS;
use kinline_shared::dso::RuleViolation;
use kinline_shared::event::ReferralSource;
use kinline_shared::model::{CallKind, CallOutcome, EndReason, TerminationReason};
use kinline_shared::signalling::Signal;
use kinline_tests::call_harness::{
    Browser, Coturn, PATIENCE, Server, Tablet, TempDir, files_under,
};
use serde_json::Value;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn num(state: &Value, key: &str) -> f64 {
    state[key].as_f64().unwrap_or(0.0)
}

fn now_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs_f64()
        * 1000.0
}

/// The whole supervised call, as the DCO, the detainee and the caller live it; returns the
/// termination-to-browser delay in milliseconds.
async fn supervised_call(server: &Server, browser: &Browser, relay: bool) -> f64 {
    let (code, info, slot_end) = server.open(CallKind::Social, Duration::from_secs(1800));
    let booking = info.booking;
    let mut tablet = Tablet::start(server, &code, info, slot_end).await;
    tablet
        .until("the caller shown to the DCO", |e| {
            *e == CallEvent::ShowCallerToDco
        })
        .await;

    browser
        .client
        .goto(&server.join_url(&code))
        .await
        .expect("the caller's page opens");

    // The DCO sees and hears the caller before the detainee is connected (§8)…
    tablet
        .until("the caller's first picture", |e| {
            *e == CallEvent::CallerVideo
        })
        .await;
    kinline_tests::call_harness::wait_for("the caller's sound", PATIENCE, || async {
        (tablet.sound.loud_samples() > 0).then_some(())
    })
    .await;
    assert!(tablet.frames.frames() > 0);
    let picture = tablet.frames.latest().expect("a decoded picture");
    assert_eq!((picture.width, picture.height), (640, 480));

    // …while the caller waits and receives nothing of the detainee.
    let waiting = browser
        .until("the caller's page to wait", |s| s["phase"] == "waiting")
        .await;
    assert_eq!(
        num(&waiting, "framesDecoded"),
        0.0,
        "no detainee video before admission"
    );
    assert_eq!(
        num(&waiting, "audioEnergy"),
        0.0,
        "no detainee audio before admission"
    );

    // No admission without the adult check (§8).
    let refused = tablet.call.admit().await;
    assert!(
        matches!(
            refused,
            Err(CallError::Rule(RuleViolation::AdultCheckMissing))
        ),
        "{refused:?}"
    );
    tablet
        .call
        .adult_check(true)
        .await
        .expect("adult check recorded");
    tablet.call.admit().await.expect("admitted");
    tablet
        .until("the detainee connected", |e| {
            *e == CallEvent::Connected { supervised: true }
        })
        .await;

    // Both sides now receive video and audio.
    let admitted = browser
        .until("the detainee's video and audio at the caller", |s| {
            s["phase"] == "in_call"
                && num(s, "framesDecoded") >= 10.0
                && num(s, "audioEnergy") > 0.0
        })
        .await;
    assert_eq!(num(&admitted, "framesBeforeAdmission"), 0.0);
    let before = tablet.frames.frames();
    kinline_tests::call_harness::wait_for("more caller pictures", PATIENCE, || async {
        (tablet.frames.frames() > before + 10).then_some(())
    })
    .await;
    if relay {
        let s = browser
            .until("the selected candidate pair", |s| {
                s["localCandidateType"].is_string()
            })
            .await;
        assert_eq!(
            s["localCandidateType"], "relay",
            "the caller's side is relayed"
        );
    }

    // The DCO terminates (§12): the caller's page shows it within a second.
    let t0 = now_ms();
    tablet
        .call
        .terminate(TerminationReason::Recording)
        .await
        .expect("terminated");
    let ended = browser
        .until("the caller's page to show the end", |s| {
            s["phase"] == "ended"
        })
        .await;
    assert_eq!(ended["notice"], "terminated");
    let delay = num(&ended, "endedWallMs") - t0;
    assert!(
        delay < 1000.0,
        "termination reached the browser after {delay} ms"
    );
    let shown = browser
        .eval("return document.getElementById('status').textContent;")
        .await;
    assert_eq!(shown, "The officer has ended the call.");

    // The tablet records the termination, its referral and a log of only the allowed fields.
    let log = match tablet
        .until("the call log", |e| matches!(e, CallEvent::CallLog(_)))
        .await
    {
        CallEvent::CallLog(log) => log,
        _ => unreachable!(),
    };
    assert_eq!(
        log.outcome,
        CallOutcome::Terminated(TerminationReason::Recording)
    );
    let json = serde_json::to_value(&log).expect("log serialises");
    let mut keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    let mut allowed = CALL_LOG_FIELDS.to_vec();
    allowed.sort_unstable();
    assert_eq!(keys, allowed);
    tablet
        .until("the security referral", |e| {
            *e == CallEvent::Referral(ReferralSource::Termination(booking))
        })
        .await;
    tablet
        .until("the end", |e| matches!(e, CallEvent::Ended(_)))
        .await;
    delay
}

/// Nothing the call engine or the signalling runs may write media: their source opens no file.
fn assert_no_file_writes_in_call_code() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for dir in [
        "app/src/call",
        "server/src/signalling",
        "server/assets/caller",
    ] {
        for file in files_under(&root.join(dir)) {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for needle in [
                "std::fs",
                "File::create",
                "OpenOptions",
                "localStorage",
                "indexedDB",
                "MediaRecorder",
            ] {
                assert!(
                    !text.contains(needle),
                    "{} mentions {needle}: the call must not write anything",
                    file.display()
                );
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn dso_8_caller_waits_for_admission_then_both_sides_see_and_hear_and_termination_reaches_the_browser()
 {
    let data = TempDir::new("call-data");
    let server = Server::start(None).await;
    let browser = Browser::start().await;
    supervised_call(&server, &browser, false).await;
    browser.close().await;
    // Annex A: no media was written; the call's data directory is empty.
    assert_eq!(files_under(&data.0), Vec::<std::path::PathBuf>::new());
    assert_no_file_writes_in_call_code();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_call_through_coturn_with_relay_only_candidates_works_end_to_end() {
    let turn = Coturn::start().await;
    let server = Server::start(Some(turn.config())).await;
    let browser = Browser::start().await;
    supervised_call(&server, &browser, true).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn dso_9_a_legal_call_is_marked_on_both_sides_and_has_no_supervision_view() {
    let server = Server::start(None).await;
    let browser = Browser::start().await;
    let (code, info, slot_end) = server.open(CallKind::Legal, Duration::from_secs(1800));
    let mut tablet = Tablet::start(&server, &code, info, slot_end).await;
    browser.client.goto(&server.join_url(&code)).await.unwrap();
    let waiting = browser
        .until("the caller waiting", |s| s["phase"] == "waiting")
        .await;
    assert_eq!(waiting["kind"], "legal");
    let shown = browser
        .eval("return getComputedStyle(document.getElementById('legal')).display;")
        .await;
    assert_eq!(shown, "block");
    tablet
        .until("the caller's picture", |e| *e == CallEvent::CallerVideo)
        .await;
    tablet.call.adult_check(true).await.unwrap();
    tablet.call.admit().await.unwrap();
    tablet
        .until("connected without supervision", |e| {
            *e == CallEvent::Connected { supervised: false }
        })
        .await;
    tablet.call.hang_up().await.unwrap();
    let ended = browser.until("the end", |s| s["phase"] == "ended").await;
    assert_eq!(ended["notice"], "completed");
    browser.close().await;
}

/// A man in the middle of the signalling rewrites the caller's DTLS fingerprint: the
/// tablet's DTLS handshake refuses the certificate and the call ends.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_tampered_dtls_fingerprint_ends_the_call() {
    let server = Server::start(None).await;
    let browser = Browser::start().await;
    let (code, info, slot_end) = server.open(CallKind::Social, Duration::from_secs(1800));

    // The proxy sits between the tablet and the server.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy_addr = listener.local_addr().unwrap();
    let upstream = server.tablet_url(&code);
    tokio::spawn(async move {
        let (tcp, _) = listener.accept().await.unwrap();
        let tablet_side = tokio_tungstenite::accept_async(tcp).await.unwrap();
        let (server_side, _) = tokio_tungstenite::connect_async(upstream).await.unwrap();
        let (mut to_tablet, mut from_tablet) = tablet_side.split();
        let (mut to_server, mut from_server) = server_side.split();
        tokio::spawn(async move {
            while let Some(Ok(m)) = from_tablet.next().await {
                if to_server.send(m).await.is_err() {
                    break;
                }
            }
        });
        while let Some(Ok(m)) = from_server.next().await {
            let m = match &m {
                tokio_tungstenite::tungstenite::Message::Text(t) => {
                    match serde_json::from_str::<Signal>(t) {
                        Ok(Signal::Answer { sdp }) => {
                            let sdp = tamper_fingerprint(&sdp);
                            tokio_tungstenite::tungstenite::Message::Text(
                                serde_json::to_string(&Signal::Answer { sdp })
                                    .unwrap()
                                    .into(),
                            )
                        }
                        _ => m,
                    }
                }
                _ => m,
            };
            if to_tablet.send(m).await.is_err() {
                break;
            }
        }
    });

    let frames = kinline_app::call::media::LatestFrame::new();
    let mut config =
        kinline_app::call::CallConfig::new(format!("ws://{proxy_addr}"), info, slot_end);
    config.bind = std::net::Ipv4Addr::LOCALHOST.into();
    config.connect_timeout = Duration::from_secs(8);
    let mut call = kinline_app::call::Call::start(
        config,
        kinline_app::call::CallMedia {
            video: Box::new(kinline_app::call::media::SyntheticVideo::new(640, 480, 30)),
            audio: Box::new(kinline_app::call::media::SyntheticTone::new(440.0)),
            frames: frames.clone(),
            sound: kinline_app::call::media::AudioMeter::new(),
        },
    )
    .await
    .unwrap();
    browser.client.goto(&server.join_url(&code)).await.unwrap();

    let mut seen = Vec::new();
    let outcome = tokio::time::timeout(PATIENCE, async {
        while let Some(e) = call.next_event().await {
            seen.push(e.clone());
            if let CallEvent::Ended(outcome) = e {
                return outcome;
            }
        }
        panic!("the call engine stopped without an end: {seen:?}");
    })
    .await
    .expect("the tampered call ends");
    assert!(seen.contains(&CallEvent::MediaFailed), "{seen:?}");
    assert_eq!(outcome, CallOutcome::Ended(EndReason::CallerDidNotJoin));
    assert_eq!(
        frames.frames(),
        0,
        "no picture passed a failed DTLS handshake"
    );
    let ended = browser
        .until("the caller told", |s| s["phase"] == "ended")
        .await;
    assert_eq!(ended["notice"], "not_admitted");
    browser.close().await;
}

/// Flips one hex digit of every `a=fingerprint:` line.
fn tamper_fingerprint(sdp: &str) -> String {
    sdp.lines()
        .map(|l| match l.strip_prefix("a=fingerprint:") {
            Some(rest) => {
                let mut s = rest.to_owned();
                let last = s.pop().unwrap_or('0');
                s.push(if last == '0' { '1' } else { '0' });
                format!("a=fingerprint:{s}")
            }
            None => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n"
}
