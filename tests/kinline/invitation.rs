//! The caller's invitation (issue #16): the centre server's outbox sends it over real SMTP to
//! a sink on loopback, in the booking's language, and its link opens the caller's page in
//! Chromium; a message is sent once across a restart; a failed send is retried, then shown to
//! staff on the booking.

use kinline_server::dispatch::{Dispatcher, PassReport};
use kinline_server::notify::{Contacts, EmailConfig, Notifier, Recipient, SmtpTls, email};
use kinline_server::{Config, ServerError};
use kinline_shared::actor::Role;
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, DetaineeId, StaffId};
use kinline_shared::model::CallKind;
use kinline_tests::call_harness::{Browser, Server, free_port};
use kinline_tests::fixture;
use kinline_tests::server_harness::{BACKENDS, config};
use kinline_tests::smtp_sink::SmtpSink;
use std::sync::Arc;
use std::time::Duration;

/// Every booking's caller: an email address and a language.
struct OneCaller(&'static str);

#[async_trait::async_trait]
impl Contacts for OneCaller {
    async fn recipient(&self, _: BookingId) -> Result<Option<Recipient>, ServerError> {
        Ok(Some(Recipient {
            email: Some("caller@example.org".into()),
            mobile: None,
            language: kinline_shared::languages::find(self.0).expect("a shipped language"),
        }))
    }
}

fn smtp(port: u16) -> EmailConfig {
    EmailConfig {
        host: "127.0.0.1".into(),
        port: Some(port),
        tls: SmtpTls::None,
        username: None,
        password: None,
        from: "Kinline <calls@centre.example>".into(),
        ca: None,
    }
}

fn email_to(port: u16) -> Option<Arc<dyn Notifier>> {
    Some(Arc::new(
        email::SmtpNotifier::new(&smtp(port)).expect("an SMTP notifier"),
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_invitation_arrives_over_smtp_in_the_callers_language_and_its_link_opens_the_callers_page()
 {
    let sink = SmtpSink::start(0, None).expect("the SMTP sink listens");
    let server = Server::start_at_midday().await;
    let dispatcher = Dispatcher::with(
        Arc::clone(&server.server),
        Arc::new(OneCaller("fr")),
        email_to(sink.addr.port()),
        None,
    );
    let running = tokio::spawn(dispatcher.run());
    let (code, _, _) = server
        .open(CallKind::Social, Duration::from_secs(1500))
        .await;
    let mails = tokio::task::spawn_blocking(move || {
        sink.wait_for(Duration::from_secs(60), |m| !m.is_empty())
    })
    .await
    .unwrap()
    .expect("the invitation arrives at the SMTP sink");
    running.abort();
    assert_eq!(mails.len(), 1, "one invitation");
    let mail = &mails[0];
    assert_eq!(mail.to, vec!["caller@example.org".to_owned()]);
    let body = mail.body();
    let link = format!("{}?lang=fr", server.join_url(&code));
    assert_eq!(mail.links(), vec![link.clone()], "{body}");
    for want in [
        code.0.as_str(),
        "Il s'agit d'un appel personnel.",
        "caméra et votre micro",
        "un adulte est présent",
    ] {
        assert!(body.contains(want), "{want} missing from:\n{body}");
    }
    let browser = Browser::start().await;
    browser.client.goto(&link).await.unwrap();
    browser
        .until("the caller waiting", |s| s["phase"] == "waiting")
        .await;
    assert_eq!(
        browser.eval("return document.documentElement.lang;").await,
        "fr"
    );
    browser.close().await;
}

/// A server opened on `config`, changed by `change`.
async fn server_in(
    config: &Config,
    change: impl FnOnce(&mut Config),
) -> Arc<kinline_server::Server> {
    let mut config = config.clone();
    change(&mut config);
    Arc::new(
        kinline_server::Server::open(config)
            .await
            .expect("the server opens"),
    )
}

/// An administrator sets the schedule and a DCO books a call tomorrow at 10:00 (London): the
/// booking and the DCO (PIN 2468).
async fn book(server: &kinline_server::Server) -> (BookingId, StaffId) {
    let admin = StaffId(uuid::Uuid::now_v7());
    let dco = StaffId(uuid::Uuid::now_v7());
    let today = kinline_shared::time::london_date(server.centre_now());
    server
        .set_staff(admin, Role::Administrator, "135790", true)
        .await
        .expect("an administrator");
    server
        .set_staff(dco, Role::Dco, "2468135", true)
        .await
        .expect("a DCO");
    server
        .record(
            admin,
            Role::Administrator,
            EventBody::CentreScheduleChanged {
                schedule: fixture::standard_schedule(today),
            },
        )
        .await
        .expect("the schedule");
    let tomorrow = today.succ_opt().unwrap();
    let slot = kinline_shared::time::london_day_start(tomorrow) + chrono::Duration::hours(10);
    let booking = BookingId(uuid::Uuid::now_v7());
    server
        .record(
            dco,
            Role::Dco,
            EventBody::CallBooked {
                booking,
                detainee: DetaineeId(uuid::Uuid::now_v7()),
                kind: CallKind::Legal,
                slot_start: slot,
            },
        )
        .await
        .expect("the booking");
    (booking, dco)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_is_sent_exactly_once_across_a_server_restart() {
    for backend in BACKENDS {
        sent_once_across_a_restart(&config(backend)).await;
    }
}

async fn sent_once_across_a_restart(config: &Config) {
    let sink = SmtpSink::start(0, None).expect("the SMTP sink listens");
    let server = server_in(config, |_| {}).await;
    let (booking, _) = book(&server).await;
    let contacts: Arc<dyn Contacts> = Arc::new(OneCaller("en-GB"));
    // Two dispatchers at once (two servers on one database): each message is claimed once.
    let a = Dispatcher::with(
        Arc::clone(&server),
        Arc::clone(&contacts),
        email_to(sink.addr.port()),
        None,
    );
    let b = Dispatcher::with(
        Arc::clone(&server),
        Arc::clone(&contacts),
        email_to(sink.addr.port()),
        None,
    );
    let (ra, rb) = tokio::join!(a.pass(), b.pass());
    let (ra, rb) = (ra.unwrap(), rb.unwrap());
    assert_eq!(ra.sent + rb.sent, 1, "the invitation, once: {ra:?} {rb:?}");
    // The SMS of a caller without a mobile number is void, not failed.
    assert_eq!(ra.void + rb.void, 1, "{ra:?} {rb:?}");
    drop((a, b));
    drop(server);
    let server = server_in(config, |_| {}).await;
    let again = Dispatcher::with(
        Arc::clone(&server),
        contacts,
        email_to(sink.addr.port()),
        None,
    );
    assert_eq!(
        again.pass().await.unwrap(),
        PassReport::default(),
        "nothing is due again"
    );
    assert_eq!(sink.mails().len(), 1, "one email across the restart");
    let states: Vec<(String, String, String)> = server
        .db()
        .outbox_of(&[booking])
        .await
        .unwrap()
        .into_iter()
        .map(|(_, m)| (m.notice, m.channel, m.state))
        .collect();
    let s = |a: &str, b: &str, c: &str| (a.to_owned(), b.to_owned(), c.to_owned());
    assert_eq!(
        states,
        vec![
            s("invitation", "email", "sent"),
            s("invitation", "sms", "void"),
            s("reminder", "email", "pending"),
            s("reminder", "sms", "pending"),
        ]
    );
    assert!(sink.mails()[0].body().contains("A legal call is private"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_send_is_retried_then_shown_to_staff_on_the_booking() {
    for backend in BACKENDS {
        failed_then_shown(&config(backend)).await;
    }
}

async fn failed_then_shown(config: &Config) {
    let server = server_in(config, |c| {
        c.notify.max_attempts = 3;
        c.notify.retry_secs = 0;
    })
    .await;
    let (booking, dco) = book(&server).await;
    // Nothing listens on this port: every try fails to connect.
    let closed = free_port();
    let d = Dispatcher::with(
        Arc::clone(&server),
        Arc::new(OneCaller("en-GB")),
        email_to(closed),
        None,
    );
    let first = d.pass().await.unwrap();
    assert_eq!(first.retrying, 1, "{first:?}");
    assert_eq!(d.pass().await.unwrap().retrying, 1);
    assert_eq!(
        d.pass().await.unwrap().failed,
        1,
        "the third try is the last"
    );
    assert_eq!(d.pass().await.unwrap(), PassReport::default());
    let failed: Vec<_> = server
        .db()
        .outbox_of(&[booking])
        .await
        .unwrap()
        .into_iter()
        .filter(|(_, m)| m.state == "failed")
        .collect();
    assert_eq!(failed.len(), 1, "{failed:?}");
    let m = &failed[0].1;
    assert_eq!(
        (m.notice.as_str(), m.channel.as_str(), m.attempts),
        ("invitation", "email", 3)
    );
    let why = m.last_error.as_deref().unwrap_or_default();
    assert!(why.contains("could not be reached"), "{why}");
    assert!(!why.contains("caller@example.org"), "{why}");
    // Staff see it on the booking: the schedule's `messages`.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = kinline_server::http::router(Arc::clone(&server));
    let serving = tokio::spawn(async move {
        let _ = axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await;
    });
    let (token, _, _) = server
        .sign_in(dco, "2468135")
        .await
        .expect("the DCO signs in");
    let tomorrow = kinline_shared::time::london_date(server.centre_now())
        .succ_opt()
        .unwrap();
    let listed: serde_json::Value = reqwest::Client::new()
        .get(format!("{base}/api/staff/schedule?from={tomorrow}"))
        .bearer_auth(&token.0)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    serving.abort();
    let shown = &listed[0]["messages"];
    let failed: Vec<&serde_json::Value> = shown
        .as_array()
        .into_iter()
        .flatten()
        .filter(|m| m["state"] == "failed")
        .collect();
    assert_eq!(failed.len(), 1, "{listed}");
    assert_eq!(failed[0]["notice"], "invitation", "{listed}");
    assert_eq!(failed[0]["attempts"], 3, "{listed}");
}
