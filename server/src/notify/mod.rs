//! The caller's messages (issue #16): the invitation when a call is booked, a reminder before
//! its slot, and notices of a cancellation or of a displacement by a legal call (§9), by email
//! (SMTP, [`email`]) and text message (an HTTP gateway, [`sms`]), both behind [`Notifier`].
//!
//! Every message goes through the durable outbox in the server's database: the rows are
//! written in the same transaction as the event that causes them ([`plan::notices_for`], from
//! the group commit), and `dispatch::Dispatcher` sends them — claimed under a lease, marked sent once,
//! retried with exponential backoff, and a failure kept for staff to see on the booking. What
//! a message says is decided when it is sent ([`plan::decide`], [`message::build`]), so a
//! cancelled booking's invitation or reminder is never sent, and the outbox holds no name,
//! address or text: only the booking, the kind of message, the channel and its state.

pub mod email;
pub mod message;
pub mod plan;
pub mod sms;

use crate::error::ServerError;
use kinline_shared::ids::BookingId;
use kinline_shared::languages::Language;
use serde::Deserialize;
use std::path::PathBuf;

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
