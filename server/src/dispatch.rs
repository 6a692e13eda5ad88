//! The outbox's sender: [`Dispatcher`] claims the due caller's messages ([`crate::notify`])
//! under a lease, decides what each says when it is sent, sends it and records the outcome —
//! retried with exponential backoff, a failure kept for staff to see on the booking.

use crate::error::ServerError;
use crate::notify::{Channel, Contacts, Notice, Notifier, SendError, email, message, plan, sms};
use crate::service::Server;
use std::sync::Arc;
use std::time::Duration;

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
        let token = crate::fresh::new_id().to_string();
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
