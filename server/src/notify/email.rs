//! Email over SMTP (lettre, async on tokio, rustls): one message per invitation or notice,
//! plain text in UTF-8, its Message-ID the outbox row's key so a resend after a crash is the
//! same message to the receiving side.

use super::{EmailConfig, Message, Notifier, SendError, SmtpTls};
use crate::error::ServerError;
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::time::Duration;

/// Sends email through the configured SMTP server.
pub struct SmtpNotifier {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The Message-ID's domain: the sender's.
    domain: String,
}

impl SmtpNotifier {
    /// A notifier for `[notify.email]`: the sender must be an address, a CA file must parse.
    pub fn new(config: &EmailConfig) -> Result<Self, ServerError> {
        let bad = |what: String| ServerError::Config(format!("[notify.email] {what}"));
        let from: Mailbox = config.from.parse().map_err(|_| {
            bad("`from` is not an email address (e.g. calls@centre.example)".into())
        })?;
        let params = || -> Result<TlsParameters, ServerError> {
            let mut b = TlsParameters::builder(config.host.clone());
            if let Some(ca) = &config.ca {
                let pem = std::fs::read(ca)
                    .map_err(|e| bad(format!("`ca` {} cannot be read: {e}", ca.display())))?;
                let cert = Certificate::from_pem(&pem)
                    .map_err(|_| bad(format!("`ca` {} is not a PEM certificate", ca.display())))?;
                b = b.add_root_certificate(cert);
            }
            b.build_rustls()
                .map_err(|e| bad(format!("TLS cannot be set up: {e}")))
        };
        let (tls, port) = match config.tls {
            SmtpTls::Starttls => (Tls::Required(params()?), 587),
            SmtpTls::Tls => (Tls::Wrapper(params()?), 465),
            SmtpTls::None => (Tls::None, 25),
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&config.host)
            .port(config.port.unwrap_or(port))
            .tls(tls)
            .timeout(Some(Duration::from_secs(30)));
        if let Some(user) = &config.username {
            let password = config.password.as_ref().map_or("", |p| p.0.as_str());
            builder = builder.credentials(Credentials::new(user.clone(), password.to_owned()));
        }
        Ok(Self {
            transport: builder.build(),
            domain: from.email.domain().to_owned(),
            from,
        })
    }
}

#[async_trait::async_trait]
impl Notifier for SmtpNotifier {
    async fn send(&self, to: &str, message: &Message) -> Result<(), SendError> {
        let to: Mailbox = to
            .parse()
            .map_err(|_| SendError::Permanent("the caller's email address is not valid".into()))?;
        let email = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .message_id(Some(format!("<{}@{}>", message.key, self.domain)))
            .header(ContentType::TEXT_PLAIN)
            .body(message.text.clone())
            .map_err(|_| SendError::Permanent("the email could not be written".into()))?;
        match self.transport.send(email).await {
            Ok(_) => Ok(()),
            Err(e) => Err(classify(&e)),
        }
    }
}

/// An SMTP failure in our own words (the server's reply text may quote the address): a
/// permanent (5xx) reply will not be tried again, anything else will.
fn classify(e: &lettre::transport::smtp::Error) -> SendError {
    let code = e.status().map(|c| format!(" {c}")).unwrap_or_default();
    if e.is_permanent() {
        SendError::Permanent(format!("the email server refused the message (SMTP{code})"))
    } else if e.is_transient() {
        SendError::Transient(format!(
            "the email server deferred the message (SMTP{code})"
        ))
    } else if e.is_timeout() {
        SendError::Transient("the email server did not answer in time".into())
    } else if e.is_tls() {
        SendError::Transient("the email server's TLS failed (check its certificate)".into())
    } else {
        SendError::Transient("the email server could not be reached".into())
    }
}
