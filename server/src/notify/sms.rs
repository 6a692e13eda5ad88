//! Text messages through an HTTP gateway: one JSON POST per message (`to`, `from`, `text`),
//! authenticated by HTTP Basic (username and password) or a bearer token, with an
//! `Idempotency-Key` header that is the same on every try of one message.

use super::{Message, Notifier, SendError, SmsConfig};
use crate::error::ServerError;
use std::time::Duration;

/// Sends text messages through the configured gateway.
pub struct SmsGateway {
    client: reqwest::Client,
    config: SmsConfig,
}

/// What the gateway receives.
#[derive(serde::Serialize)]
struct Body<'a> {
    to: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<&'a str>,
    text: &'a str,
}

impl SmsGateway {
    /// A gateway for `[notify.sms]`: its URL must be http(s).
    pub fn new(config: &SmsConfig) -> Result<Self, ServerError> {
        if !(config.url.starts_with("https://") || config.url.starts_with("http://")) {
            return Err(ServerError::Config(
                "[notify.sms] `url` must be an https:// URL".into(),
            ));
        }
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| ServerError::Config(format!("[notify.sms] HTTP client: {e}")))?;
        Ok(Self {
            client,
            config: config.clone(),
        })
    }
}

/// Whether `to` looks like a mobile number the gateway takes: `+` and 8–15 digits (E.164).
pub fn valid_number(to: &str) -> bool {
    to.strip_prefix('+')
        .is_some_and(|d| (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

#[async_trait::async_trait]
impl Notifier for SmsGateway {
    async fn send(&self, to: &str, message: &Message) -> Result<(), SendError> {
        if !valid_number(to) {
            return Err(SendError::Permanent(
                "the caller's mobile number is not in international form (+44…)".into(),
            ));
        }
        let mut req = self
            .client
            .post(&self.config.url)
            .header("Idempotency-Key", &message.key)
            .json(&Body {
                to,
                from: self.config.sender.as_deref(),
                text: &message.short,
            });
        let password = self.config.password.as_ref().map(|p| p.0.as_str());
        req = match (&self.config.username, password) {
            (Some(user), p) => req.basic_auth(user, p),
            (None, Some(token)) => req.bearer_auth(token),
            (None, None) => req,
        };
        let resp = req.send().await.map_err(|e| {
            SendError::Transient(if e.is_timeout() {
                "the text message gateway did not answer in time".into()
            } else {
                "the text message gateway could not be reached".into()
            })
        })?;
        let status = resp.status();
        if status.is_success() {
            Ok(())
        } else if status.is_server_error()
            || status == reqwest::StatusCode::TOO_MANY_REQUESTS
            || status == reqwest::StatusCode::REQUEST_TIMEOUT
        {
            Err(SendError::Transient(format!(
                "the text message gateway answered HTTP {}",
                status.as_u16()
            )))
        } else {
            Err(SendError::Permanent(format!(
                "the text message gateway refused the message (HTTP {})",
                status.as_u16()
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::valid_number;

    #[test]
    fn a_mobile_number_must_be_international() {
        assert!(valid_number("+447700900123"));
        assert!(!valid_number("07700900123"));
        assert!(!valid_number("+44 7700 900123"));
        assert!(!valid_number("+4477009001234567"));
    }
}
