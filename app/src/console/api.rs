//! What the console's screens need from the centre server ([`ConsoleApi`]), and the real
//! implementation over the staff HTTP API ([`HttpConsoleApi`]: reqwest, bearer token). Every
//! error the server answers with (its JSON `ErrorBody`) becomes a [`ConsoleError`] whose words
//! say what the person can do.

use chrono::{DateTime, NaiveDate, Utc};
use kinline_shared::actor::Role;
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, EventId, RoomId, StaffId};
use kinline_shared::model::CallKind;
use kinline_shared::projection::{PolicyException, Referral};
use kinline_shared::sync::{ErrorBody, ReferenceItem};
use kinline_shared::workflow::suspension::Deadline;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// A staff session on the centre server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// Who.
    pub staff: StaffId,
    /// Their role: it decides which screens the console shows.
    pub role: Role,
    /// When the server ends the session.
    pub expires_at: DateTime<Utc>,
}

/// Why a request failed, in words a person can act on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConsoleError {
    /// No answer from the server.
    #[error(
        "The centre server cannot be reached ({0}). Check the network connection, then try again."
    )]
    Offline(String),
    /// Wrong staff id or secret, or the session ended.
    #[error("{0} Sign in again.")]
    NotSignedIn(String),
    /// The role may not do this.
    #[error("Not allowed: {0}")]
    Forbidden(String),
    /// The rulebook refused (the message names the DSO paragraph and what to do).
    #[error("{0}")]
    Refused(String),
    /// The request was wrong (e.g. an unknown device).
    #[error("{0}")]
    BadInput(String),
    /// The server failed.
    #[error("The centre server had a problem ({0}). Try again; if it persists, tell IT support.")]
    Server(String),
}

/// A staff account as the server lists it (never a secret).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct StaffEntry {
    /// The staff id.
    pub id: StaffId,
    /// Their name ("" when none was given).
    pub name: String,
    /// Their role.
    pub role: Role,
    /// Whether they may sign in.
    pub active: bool,
    /// Their staff number ("" from a server before staff numbers).
    #[serde(default)]
    pub number: String,
}

/// An enrolled tablet as the server lists it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct DeviceEntry {
    /// The device id.
    pub id: DeviceId,
    /// The label typed with its enrolment code ("" when none).
    pub label: String,
    /// When it enrolled.
    pub enrolled_at: DateTime<Utc>,
    /// Whether it is revoked.
    pub revoked: bool,
}

/// A detainee on the roster.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct RosterPerson {
    /// The detainee id.
    pub detainee: DetaineeId,
    /// Their name as staff know it.
    pub name: String,
    /// Their Home Office reference (empty from a server before references).
    #[serde(default)]
    pub reference: String,
    /// Where they are held.
    pub location: String,
    /// False once they have left the centre.
    pub present: bool,
}

/// A room, as the server lists it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct RoomEntry {
    /// The room id.
    pub id: RoomId,
    /// Its name.
    pub name: String,
    /// How many calls can run in it at once.
    pub capacity: u16,
    /// False once retired.
    pub active: bool,
}

/// A booked call in the schedule, as the server lists it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ScheduledCall {
    /// The booking.
    pub booking: BookingId,
    /// For whom.
    pub detainee: DetaineeId,
    /// Social or legal.
    pub kind: CallKind,
    /// The slot's start.
    pub slot_start: DateTime<Utc>,
    /// The slot's London date.
    pub date: NaiveDate,
    /// Where it stands ("booked", "checked in", …, "finished").
    pub state: String,
    /// The room it is in; none means an unnamed call point.
    pub room: Option<RoomEntry>,
    /// The caller's messages about it and where each stands (`failed`: never reached them).
    #[serde(default)]
    pub messages: Vec<CallerMessage>,
}

/// A message to the caller about a booked call, as the server lists it (never its address
/// or text).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct CallerMessage {
    /// `invitation`, `reminder`, `cancellation` or `displacement`.
    pub notice: String,
    /// `email` or `sms`.
    pub channel: String,
    /// `pending`, `sent`, `failed` or `void`.
    pub state: String,
    /// Tries so far.
    pub attempts: u32,
    /// Why the last try failed.
    pub last_error: Option<String>,
}

/// What the staff console's screens need from the centre server.
pub trait ConsoleApi {
    /// Signs in with a staff id and PIN or password.
    fn sign_in(&mut self, staff: StaffId, secret: &str) -> Result<Session, ConsoleError>;
    /// Ends the session.
    fn sign_out(&mut self) -> Result<(), ConsoleError>;
    /// Every event the centre holds, oldest first (managers and the Compliance Manager).
    fn events(&mut self) -> Result<Vec<Event>, ConsoleError>;
    /// Records an event as the signed-in member of staff, through the rulebook.
    fn record(&mut self, body: EventBody) -> Result<Vec<EventId>, ConsoleError>;
    /// The security queue.
    fn referrals(&mut self) -> Result<Vec<Referral>, ConsoleError>;
    /// Suspension duties, soonest first.
    fn deadlines(&mut self) -> Result<Vec<Deadline>, ConsoleError>;
    /// Policy exceptions raised by sync.
    fn exceptions(&mut self) -> Result<Vec<PolicyException>, ConsoleError>;
    /// A one-time tablet enrolment code and when it expires; the tablet enrolled with it
    /// gets `label` ("" for none) in the list of tablets.
    fn enrolment_code(&mut self, label: &str) -> Result<(String, DateTime<Utc>), ConsoleError>;
    /// Revokes a tablet.
    fn revoke_device(&mut self, device: DeviceId, reason: &str) -> Result<(), ConsoleError>;
    /// Creates or updates a staff account; `name` "" keeps the name it had, `number` "" the
    /// staff number it had (a new account then gets the first 8 characters of its id).
    #[allow(clippy::too_many_arguments)]
    fn set_staff(
        &mut self,
        staff: StaffId,
        role: Role,
        secret: &str,
        active: bool,
        name: &str,
        number: &str,
    ) -> Result<(), ConsoleError>;
    /// Publishes reference data (a compact text, a roster entry, device settings).
    fn publish(&mut self, item: ReferenceItem) -> Result<(), ConsoleError>;
    /// Every staff account (the administrator).
    fn staff_list(&mut self) -> Result<Vec<StaffEntry>, ConsoleError>;
    /// Every enrolled tablet (the administrator).
    fn devices(&mut self) -> Result<Vec<DeviceEntry>, ConsoleError>;
    /// The roster (managers and the administrator).
    fn roster(&mut self) -> Result<Vec<RosterPerson>, ConsoleError>;
    /// The centre's rooms, active first.
    fn rooms(&mut self) -> Result<Vec<RoomEntry>, ConsoleError>;
    /// Adds a room (the administrator; the rulebook decides).
    fn add_room(&mut self, name: &str, capacity: u16) -> Result<RoomId, ConsoleError>;
    /// Retires a room (the administrator; the rulebook decides).
    fn retire_room(&mut self, room: RoomId) -> Result<(), ConsoleError>;
    /// The booked calls of the London dates `from` to `to` (at most 31 days), by slot.
    fn schedule(
        &mut self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ScheduledCall>, ConsoleError>;
}

/// The staff API over HTTPS (or HTTP on loopback in tests).
pub struct HttpConsoleApi {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
    runtime: tokio::runtime::Runtime,
}

impl std::fmt::Debug for HttpConsoleApi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpConsoleApi")
            .field("base", &self.base)
            .field("signed_in", &self.token.is_some())
            .finish()
    }
}

#[derive(Serialize)]
struct SignInBody<'a> {
    staff: StaffId,
    secret: &'a str,
}

#[derive(Deserialize)]
struct SignedInBody {
    token: String,
    role: Role,
    expires_at: DateTime<Utc>,
}

#[derive(Deserialize)]
struct EventRow {
    seq: u64,
    event: Event,
}

#[derive(Deserialize)]
struct RecordedBody {
    events: Vec<EventId>,
}

#[derive(Deserialize)]
struct RoomAddedBody {
    room: RoomId,
}

#[derive(Deserialize)]
struct CodeBody {
    code: String,
    expires_at: DateTime<Utc>,
}

impl HttpConsoleApi {
    /// A client for the server at `base`; `root_cert_pem` trusts the centre's own certificate.
    pub fn new(base: &str, root_cert_pem: Option<&[u8]>) -> Result<Self, ConsoleError> {
        let mut b = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(5));
        if let Some(pem) = root_cert_pem {
            let cert = reqwest::Certificate::from_pem(pem).map_err(|e| {
                ConsoleError::BadInput(format!("The server certificate is not valid PEM: {e}"))
            })?;
            b = b.add_root_certificate(cert);
        }
        let http = b
            .build()
            .map_err(|e| ConsoleError::Offline(e.to_string()))?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| ConsoleError::Server(e.to_string()))?;
        Ok(Self {
            http,
            base: base.trim_end_matches('/').to_owned(),
            token: None,
            runtime,
        })
    }

    /// Runs a request to its end. On a thread of its own, so the console may be driven from
    /// inside another async runtime (the desktop window's) without nesting runtimes.
    fn run<T: Send>(
        &self,
        fut: impl std::future::Future<Output = Result<T, ConsoleError>> + Send,
    ) -> Result<T, ConsoleError> {
        std::thread::scope(|s| {
            s.spawn(|| self.runtime.block_on(fut))
                .join()
                .unwrap_or_else(|_| Err(ConsoleError::Server("the request panicked".into())))
        })
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let r = self.http.request(method, format!("{}{path}", self.base));
        match &self.token {
            Some(t) => r.bearer_auth(t),
            None => r,
        }
    }

    fn send<T: DeserializeOwned + Send>(
        &self,
        req: reqwest::RequestBuilder,
    ) -> Result<Option<T>, ConsoleError> {
        self.run(async move {
            let resp = req
                .send()
                .await
                .map_err(|e| ConsoleError::Offline(e.without_url().to_string()))?;
            let status = resp.status();
            let bytes = resp
                .bytes()
                .await
                .map_err(|e| ConsoleError::Offline(e.without_url().to_string()))?;
            if status.is_success() {
                if bytes.is_empty() {
                    return Ok(None);
                }
                return serde_json::from_slice(&bytes).map(Some).map_err(|e| {
                    ConsoleError::Server(format!("its answer could not be read: {e}"))
                });
            }
            Err(error_of(status.as_u16(), &bytes))
        })
    }

    fn get<T: DeserializeOwned + Send>(&self, path: &str) -> Result<T, ConsoleError> {
        self.send(self.request(reqwest::Method::GET, path))?
            .ok_or_else(|| ConsoleError::Server("an empty answer".into()))
    }

    /// Every page of a list paged by id (`after`, `limit`), until an empty page.
    fn all_pages<T: DeserializeOwned + Send>(
        &self,
        path: &str,
        id_of: impl Fn(&T) -> String,
    ) -> Result<Vec<T>, ConsoleError> {
        let mut out = Vec::new();
        let mut after = String::new();
        loop {
            let page: Vec<T> = self.get(&format!("{path}?limit=500&after={after}"))?;
            let Some(last) = page.last() else { break };
            after = id_of(last);
            out.extend(page);
        }
        Ok(out)
    }
}

/// The server's error body turned into words for a person.
pub fn error_of(status: u16, body: &[u8]) -> ConsoleError {
    let message = match serde_json::from_slice::<ErrorBody>(body) {
        Ok(b) => b.message,
        Err(_) => String::from_utf8_lossy(body).chars().take(200).collect(),
    };
    let sentence = |m: &str| {
        let mut s = m.to_owned();
        if let Some(first) = s.get(..1) {
            let upper = first.to_uppercase();
            s.replace_range(..1, &upper);
        }
        if !s.ends_with('.') {
            s.push('.');
        }
        s
    };
    match status {
        401 => ConsoleError::NotSignedIn(sentence(&message)),
        403 => ConsoleError::Forbidden(sentence(&message)),
        422 => ConsoleError::Refused(message),
        400..=499 => ConsoleError::BadInput(sentence(&message)),
        _ => ConsoleError::Server(format!("{status}: {message}")),
    }
}

impl ConsoleApi for HttpConsoleApi {
    fn sign_in(&mut self, staff: StaffId, secret: &str) -> Result<Session, ConsoleError> {
        let req = self
            .http
            .post(format!("{}/api/staff/sign-in", self.base))
            .json(&SignInBody { staff, secret });
        let s: SignedInBody = self
            .send(req)?
            .ok_or_else(|| ConsoleError::Server("an empty answer".into()))?;
        self.token = Some(s.token);
        Ok(Session {
            staff,
            role: s.role,
            expires_at: s.expires_at,
        })
    }

    fn sign_out(&mut self) -> Result<(), ConsoleError> {
        if self.token.is_some() {
            let r = self.send::<serde_json::Value>(
                self.request(reqwest::Method::POST, "/api/staff/sign-out"),
            );
            self.token = None;
            r?;
        }
        Ok(())
    }

    fn events(&mut self) -> Result<Vec<Event>, ConsoleError> {
        let mut out = Vec::new();
        let mut after = 0;
        loop {
            let page: Vec<EventRow> =
                self.get(&format!("/api/staff/events?after={after}&limit=1000"))?;
            let Some(last) = page.last() else { break };
            after = last.seq;
            out.extend(page.into_iter().map(|r| r.event));
        }
        Ok(out)
    }

    fn record(&mut self, body: EventBody) -> Result<Vec<EventId>, ConsoleError> {
        let req = self
            .request(reqwest::Method::POST, "/api/staff/events")
            .json(&body);
        let r: RecordedBody = self
            .send(req)?
            .ok_or_else(|| ConsoleError::Server("an empty answer".into()))?;
        Ok(r.events)
    }

    fn referrals(&mut self) -> Result<Vec<Referral>, ConsoleError> {
        self.get("/api/staff/referrals")
    }

    fn deadlines(&mut self) -> Result<Vec<Deadline>, ConsoleError> {
        self.get("/api/staff/deadlines")
    }

    fn exceptions(&mut self) -> Result<Vec<PolicyException>, ConsoleError> {
        self.get("/api/staff/exceptions")
    }

    fn enrolment_code(&mut self, label: &str) -> Result<(String, DateTime<Utc>), ConsoleError> {
        let label = label.trim();
        let body = if label.is_empty() {
            serde_json::json!({})
        } else {
            serde_json::json!({ "label": label })
        };
        let c: CodeBody = self
            .send(
                self.request(reqwest::Method::POST, "/api/admin/enrolment-codes")
                    .json(&body),
            )?
            .ok_or_else(|| ConsoleError::Server("an empty answer".into()))?;
        Ok((c.code, c.expires_at))
    }

    fn revoke_device(&mut self, device: DeviceId, reason: &str) -> Result<(), ConsoleError> {
        let reason = reason.trim();
        let body = if reason.is_empty() {
            serde_json::json!({})
        } else {
            serde_json::json!({ "reason": reason })
        };
        self.send::<serde_json::Value>(
            self.request(
                reqwest::Method::POST,
                &format!("/api/admin/devices/{device}/revoke"),
            )
            .json(&body),
        )?;
        Ok(())
    }

    fn set_staff(
        &mut self,
        staff: StaffId,
        role: Role,
        secret: &str,
        active: bool,
        name: &str,
        number: &str,
    ) -> Result<(), ConsoleError> {
        let mut body = serde_json::json!({ "role": role, "secret": secret, "active": active });
        if !name.trim().is_empty() {
            body["name"] = serde_json::Value::String(name.trim().to_owned());
        }
        if !number.trim().is_empty() {
            body["number"] = serde_json::Value::String(number.trim().to_owned());
        }
        let req = self
            .request(reqwest::Method::PUT, &format!("/api/admin/staff/{staff}"))
            .json(&body);
        self.send::<serde_json::Value>(req)?;
        Ok(())
    }

    fn publish(&mut self, item: ReferenceItem) -> Result<(), ConsoleError> {
        let req = self
            .request(reqwest::Method::POST, "/api/admin/reference")
            .json(&item);
        self.send::<serde_json::Value>(req)?;
        Ok(())
    }

    fn staff_list(&mut self) -> Result<Vec<StaffEntry>, ConsoleError> {
        self.all_pages("/api/admin/staff", |s: &StaffEntry| s.id.to_string())
    }

    fn devices(&mut self) -> Result<Vec<DeviceEntry>, ConsoleError> {
        self.all_pages("/api/admin/devices", |d: &DeviceEntry| d.id.to_string())
    }

    fn roster(&mut self) -> Result<Vec<RosterPerson>, ConsoleError> {
        self.all_pages("/api/staff/roster", |r: &RosterPerson| {
            r.detainee.to_string()
        })
    }

    fn rooms(&mut self) -> Result<Vec<RoomEntry>, ConsoleError> {
        self.get("/api/staff/rooms")
    }

    fn add_room(&mut self, name: &str, capacity: u16) -> Result<RoomId, ConsoleError> {
        let req = self
            .request(reqwest::Method::POST, "/api/admin/rooms")
            .json(&serde_json::json!({ "name": name, "capacity": capacity }));
        let r: RoomAddedBody = self
            .send(req)?
            .ok_or_else(|| ConsoleError::Server("an empty answer".into()))?;
        Ok(r.room)
    }

    fn schedule(
        &mut self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ScheduledCall>, ConsoleError> {
        self.get(&format!("/api/staff/schedule?from={from}&to={to}"))
    }

    fn retire_room(&mut self, room: RoomId) -> Result<(), ConsoleError> {
        self.send::<serde_json::Value>(self.request(
            reqwest::Method::POST,
            &format!("/api/admin/rooms/{room}/retire"),
        ))?;
        Ok(())
    }
}
