//! The caller's messages (issue #16): the invitation when a call is booked, a reminder before
//! its slot, and notices of a cancellation or of a displacement by a legal call (§9), by email
//! (SMTP, [`email`]) and text message (an HTTP gateway, [`sms`]), both behind [`Notifier`].
//!
//! Every message goes through the durable outbox in the server's database: the rows are
//! written in the same transaction as the event that causes them ([`plan::notices_for`], from
//! the group commit), and [`Dispatcher`] sends them — claimed under a lease, marked sent once,
//! retried with exponential backoff, and a failure kept for staff to see on the booking. What
//! a message says is decided when it is sent ([`plan::decide`], [`message::build`]), so a
//! cancelled booking's invitation or reminder is never sent, and the outbox holds no name,
//! address or text: only the booking, the kind of message, the channel and its state.

pub mod email;
pub mod message;
pub mod plan;
pub mod sms;

use crate::error::ServerError;
use crate::service::Server;
use kinline_shared::ids::BookingId;
use kinline_shared::languages::Language;
use serde::Deserialize;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use crate::config::Secret;
pub use plan::{Channel, Notice};

/// The `[notify]` section: how the caller's messages are sent.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct NotifyConfig {
    /// How long before its slot the reminder goes, in minutes (0: no reminder).
    pub reminder_minutes: i64,
    /// The most tries of one message before it is shown to staff as failed.
    pub max_attempts: u32,
    /// The first retry's wait in seconds; each next one waits twice as long (at most an hour).
    pub retry_secs: u64,
    /// How often the outbox is looked at when nothing nudges it, in seconds.
    pub poll_secs: u64,
    /// Email over SMTP; unset: no emails (a booking with only an email shows a failed send).
    pub email: Option<EmailConfig>,
    /// Text messages through an HTTP gateway; unset: no text messages.
    pub sms: Option<SmsConfig>,
}

impl Default for NotifyConfig {
    fn default() -> Self {
        Self {
            reminder_minutes: 60,
            max_attempts: 8,
            retry_secs: 30,
            poll_secs: 15,
            email: None,
            sms: None,
        }
    }
}

/// How the SMTP connection is secured.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum SmtpTls {
    /// Plain SMTP, then STARTTLS, which must succeed (port 587; the default).
    #[default]
    Starttls,
    /// TLS from the first byte (SMTPS, port 465).
    Tls,
    /// No encryption: only for a relay on the same host or loopback (the demo's sink).
    None,
}

/// The `[notify.email]` section.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct EmailConfig {
    /// The SMTP server's host name (also the name its certificate must carry).
    pub host: String,
    /// Its port; default 587 (STARTTLS), 465 (TLS) or 25 (none).
    pub port: Option<u16>,
    /// STARTTLS, TLS or none.
    #[serde(default)]
    pub tls: SmtpTls,
    /// The account to authenticate as (none: no authentication).
    pub username: Option<String>,
    /// Its password (or `KINLINE_SMTP_PASSWORD`).
    pub password: Option<Secret>,
    /// The sender, e.g. `Video calls <calls@centre.example>`.
    pub from: String,
    /// A PEM CA certificate to trust besides the public roots (the estate's own relay).
    pub ca: Option<PathBuf>,
}

/// The `[notify.sms]` section: a gateway that takes one JSON POST per text message
/// (`{"to": "+447700900123", "from": sender, "text": "…"}`, with HTTP Basic authentication when
/// a username is set, else `Authorization: Bearer password`; an `Idempotency-Key` header names
/// the message, the same on every retry). A 2xx answer means sent.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SmsConfig {
    /// The gateway's URL.
    pub url: String,
    /// The account (Basic authentication); unset: the password is a bearer token.
    pub username: Option<String>,
    /// The password or token (or `KINLINE_SMS_PASSWORD`).
    pub password: Option<Secret>,
    /// The sender name or number the gateway shows.
    pub sender: Option<String>,
}

/// One message as it is sent: a subject (email only) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The subject line.
    pub subject: String,
    /// The full text (an email's body).
    pub text: String,
    /// The short text of a text message.
    pub short: String,
    /// The language it is written in (the email's `Content-Language`).
    pub language: &'static str,
    /// The same on every try of one outbox row: the email's Message-ID, the gateway's
    /// idempotency key, so a resend after a crash can be recognised.
    pub key: String,
}

/// Why a message could not be sent, and whether trying again can help.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Try again later (connection refused, timeout, a 4xx SMTP reply, a gateway's 5xx).
    #[error("{0}; it will be tried again")]
    Transient(String),
    /// Trying again cannot help (a 5xx SMTP reply, an address refused, no such channel).
    #[error("{0}; it will not be tried again")]
    Permanent(String),
}

/// A way to reach a caller: sends one message to one address. The error's text is written by
/// the implementation, never copied from the remote side (which may quote the address): it
/// is shown to staff and logged.
#[async_trait::async_trait]
pub trait Notifier: Send + Sync {
    /// Sends `message` to `to` (an email address or a mobile number).
    async fn send(&self, to: &str, message: &Message) -> Result<(), SendError>;
}

/// Where a booking's messages go: the caller's addresses and language as booked.
#[derive(Clone, PartialEq, Eq)]
pub struct Recipient {
    /// Their email address, if they gave one.
    pub email: Option<String>,
    /// Their mobile number, if they gave one.
    pub mobile: Option<String>,
    /// The language the booking names.
    pub language: &'static Language,
}

impl std::fmt::Debug for Recipient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recipient")
            .field("email", &self.email.as_ref().map(|_| "***"))
            .field("mobile", &self.mobile.as_ref().map(|_| "***"))
            .field("language", &self.language.tag)
            .finish()
    }
}

impl Recipient {
    /// The address of `channel`, if the caller gave one.
    pub fn address(&self, channel: Channel) -> Option<&str> {
        match channel {
            Channel::Email => self.email.as_deref(),
            Channel::Sms => self.mobile.as_deref(),
        }
    }
}

/// Where the dispatcher finds a booking's recipient: the caller's contact as booked, until it
/// is erased (then none, and nothing more is sent).
#[async_trait::async_trait]
pub trait Contacts: Send + Sync {
    /// The booking's recipient, if it has one.
    async fn recipient(&self, booking: BookingId) -> Result<Option<Recipient>, ServerError>;
}

/// Sends what the outbox holds.
pub struct Dispatcher {
    server: Arc<Server>,
    contacts: Arc<dyn Contacts>,
    email: Option<Arc<dyn Notifier>>,
    sms: Option<Arc<dyn Notifier>>,
}

/// What one pass over the outbox did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PassReport {
    /// Messages sent.
    pub sent: u32,
    /// Messages to be tried again later.
    pub retrying: u32,
    /// Messages that failed for good (shown to staff).
    pub failed: u32,
    /// Messages no longer to be sent (a cancelled booking's invitation, no such address).
    pub void: u32,
}

/// How long a claimed message is held by the pass that claimed it before another may.
const LEASE: Duration = Duration::from_secs(120);
/// Messages claimed at once.
const CLAIM: u32 = 32;

impl Dispatcher {
    /// A dispatcher with the configured notifiers (`server.config.notify`).
    pub fn new(server: Arc<Server>, contacts: Arc<dyn Contacts>) -> Result<Self, ServerError> {
        let notify = &server.config.notify;
        let email = match &notify.email {
            Some(c) => Some(Arc::new(email::SmtpNotifier::new(c)?) as Arc<dyn Notifier>),
            None => None,
        };
        let sms = match &notify.sms {
            Some(c) => Some(Arc::new(sms::SmsGateway::new(c)?) as Arc<dyn Notifier>),
            None => None,
        };
        Ok(Self {
            server,
            contacts,
            email,
            sms,
        })
    }

    /// A dispatcher with the given notifiers (tests, other gateways).
    pub fn with(
        server: Arc<Server>,
        contacts: Arc<dyn Contacts>,
        email: Option<Arc<dyn Notifier>>,
        sms: Option<Arc<dyn Notifier>>,
    ) -> Self {
        Self {
            server,
            contacts,
            email,
            sms,
        }
    }

    /// Sends what is due, for ever: after every nudge (a push that queued messages) and at
    /// least every `notify.poll_secs`.
    pub async fn run(self) {
        let poll = Duration::from_secs(self.server.config.notify.poll_secs.max(1));
        loop {
            let nudged = self.server.outbox_nudge().notified();
            match self.pass().await {
                Ok(r) if r != PassReport::default() => tracing::info!(
                    sent = r.sent,
                    retrying = r.retrying,
                    failed = r.failed,
                    void = r.void,
                    "outbox pass"
                ),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "the outbox could not be read"),
            }
            let _ = tokio::time::timeout(poll, nudged).await;
        }
    }

    /// One pass: erases the callers' contacts whose time has come (issue #16 item 5), then
    /// claims the due messages, sends each and records the outcome.
    pub async fn pass(&self) -> Result<PassReport, ServerError> {
        if let Err(e) = self.server.erase_due_contacts().await {
            tracing::warn!(error = %e.kind(), "callers' contacts could not be erased this pass");
        }
        let notify = &self.server.config.notify;
        let now = self.server.centre_now();
        let now_ms = now.timestamp_millis();
        let token = crate::service::new_id().to_string();
        let lease_ms = i64::try_from(LEASE.as_millis()).unwrap_or(i64::MAX);
        let claimed = self
            .server
            .db()
            .outbox_claim(now_ms, now_ms + lease_ms, &token, CLAIM)
            .await?;
        let mut report = PassReport::default();
        for row in claimed {
            let outcome = self.send_one(&row, now).await;
            let (state, next_ms, error) = match outcome {
                Ok(()) => {
                    report.sent += 1;
                    (plan::State::Sent, now_ms, None)
                }
                Err(Skip::Void(why)) => {
                    report.void += 1;
                    (plan::State::Void, now_ms, Some(why.to_owned()))
                }
                Err(Skip::Failed(e)) => match plan::after_failure(
                    &e,
                    row.attempts + 1,
                    notify.max_attempts,
                    Duration::from_secs(notify.retry_secs),
                ) {
                    Some(wait) => {
                        report.retrying += 1;
                        let wait = i64::try_from(wait.as_millis()).unwrap_or(i64::MAX);
                        (plan::State::Pending, now_ms + wait, Some(e.to_string()))
                    }
                    None => {
                        report.failed += 1;
                        (plan::State::Failed, now_ms, Some(e.to_string()))
                    }
                },
            };
            if row.notice == Notice::Invitation
                && row.channel == Channel::Email
                && matches!(
                    state,
                    plan::State::Sent | plan::State::Pending | plan::State::Failed
                )
            {
                self.server
                    .metrics
                    .invitation_sent(state == plan::State::Sent);
            }
            tracing::info!(booking = %row.booking.0, notice = row.notice.as_str(),
                channel = row.channel.as_str(), state = state.as_str(), attempt = row.attempts + 1,
                "outbox message");
            self.server
                .db()
                .outbox_settle(row.id, &token, state, next_ms, error.as_deref())
                .await?;
        }
        Ok(report)
    }

    async fn send_one(
        &self,
        row: &plan::Claimed,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), Skip> {
        let centre = self.server.centre().await.map_err(|e| {
            Skip::Failed(SendError::Transient(format!(
                "the centre's records could not be read ({})",
                e.code
            )))
        })?;
        let facts = match plan::decide(&centre, row.booking, row.notice, now) {
            plan::Decision::Send(facts) => facts,
            plan::Decision::Void(why) => return Err(Skip::Void(why)),
        };
        let recipient = self
            .contacts
            .recipient(row.booking)
            .await
            .map_err(|e| Skip::Failed(SendError::Transient(store_error(&e))))?
            .ok_or(Skip::Void("the booking holds no contact"))?;
        let Some(to) = recipient.address(row.channel) else {
            return Err(Skip::Void("the caller gave no address of this kind"));
        };
        let notifier = match row.channel {
            Channel::Email => self.email.as_ref(),
            Channel::Sms => self.sms.as_ref(),
        }
        .ok_or_else(|| {
            Skip::Failed(SendError::Permanent(format!(
                "no {} is configured (server.toml [notify.{}])",
                row.channel.label(),
                row.channel.as_str()
            )))
        })?;
        let link = match &facts.needs_link {
            true => Some(
                self.server
                    .join_code_link(row.booking)
                    .await
                    .map_err(|e| Skip::Failed(SendError::Transient(store_error(&e))))?,
            ),
            false => None,
        };
        // The caller's page opens in the booking's language.
        let link = link.map(|(url, code)| (format!("{url}?lang={}", recipient.language.tag), code));
        let message = message::build(
            recipient.language,
            &facts,
            link.as_ref()
                .map(|(url, code)| (url.as_str(), code.as_str())),
            &row.key(),
        );
        notifier.send(to, &message).await.map_err(Skip::Failed)
    }
}

/// A database error as staff may read it: its kind, never its text (which may quote data).
fn store_error(e: &ServerError) -> String {
    format!("the database could not be read ({})", e.kind())
}

enum Skip {
    Void(&'static str),
    Failed(SendError),
}
