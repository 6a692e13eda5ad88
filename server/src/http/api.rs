//! The JSON API: the sync routes tablets call with signed requests, the staff routes the
//! staff console calls with a session token, and the OpenAPI description at
//! `/api/openapi.json`. Every body is read with a size limit and parsed here, so bad input
//! gets a 4xx with a JSON [`ErrorBody`](kinline_shared::sync::ErrorBody), never a panic.

use super::staff_lists;
use super::{ApiError, AppState};
use crate::auth::{self, StaffAction};
use crate::service::{RequestProof, Server};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use kinline_shared::actor::{Actor, Role, may_record};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{DeviceId, EventId, StaffId};
use kinline_shared::sync::{
    EnrolRequest, PROTOCOL_VERSION, PullRequest, PushRequest, ReferenceItem, ReferenceRequest,
    request_signing_bytes,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

/// The sync and staff API's routes (`/api/…`, `/metrics`), merged into [`super::router`].
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/health", get(health))
        .route("/metrics", get(metrics))
        .route("/api/openapi.json", get(openapi))
        .route("/api/enrol", post(enrol))
        .route("/api/sync/push", post(push))
        .route("/api/sync/pull", post(pull))
        .route("/api/sync/reference", post(reference))
        .route("/api/staff/sign-in", post(sign_in))
        .route("/api/staff/sign-out", post(sign_out))
        .route("/api/staff/events", get(list_events).post(record_event))
        .route("/api/staff/referrals", get(list_referrals))
        .route("/api/staff/deadlines", get(list_deadlines))
        .route("/api/staff/exceptions", get(list_exceptions))
        .route("/api/staff/bookings/{booking}/join", get(join_link))
        .route("/api/admin/enrolment-codes", post(create_enrolment_code))
        .route("/api/admin/devices/{device}/revoke", post(revoke_device))
        .route("/api/admin/staff/{staff}", put(set_staff))
        .route("/api/admin/reference", post(publish_reference))
        .route("/api/admin/staff", get(staff_lists::list_staff))
        .route("/api/admin/devices", get(staff_lists::list_devices))
        .route("/api/admin/rooms", post(staff_lists::add_room))
        .route(
            "/api/admin/rooms/{room}/retire",
            post(staff_lists::retire_room),
        )
        .route("/api/staff/rooms", get(staff_lists::list_rooms))
        .route(
            "/api/staff/legal-requests",
            get(staff_lists::list_legal_requests),
        )
        .route("/api/staff/roster", get(staff_lists::list_roster))
        .route("/api/staff/schedule", get(staff_lists::schedule))
}

/// The OpenAPI description of the API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Kinline centre server",
        description = "Sync (signed by enrolled tablets) and staff API. Message types are those of \
                       kinline_shared::sync; errors are an ErrorBody with a 4xx for bad input."
    ),
    paths(
        health,
        enrol,
        push,
        pull,
        reference,
        sign_in,
        sign_out,
        list_events,
        record_event,
        list_referrals,
        list_deadlines,
        list_exceptions,
        join_link,
        create_enrolment_code,
        revoke_device,
        set_staff,
        publish_reference,
        staff_lists::list_staff,
        staff_lists::list_devices,
        staff_lists::list_roster,
        staff_lists::schedule,
        staff_lists::list_rooms,
        staff_lists::list_legal_requests,
        staff_lists::add_room,
        staff_lists::retire_room
    ),
    components(schemas(
        ErrorDoc,
        EnrolDoc,
        SignIn,
        SignedIn,
        EnrolmentCode,
        StaffAccount,
        Recorded,
        RoleDoc,
        crate::service::calls::JoinLink,
        NewEnrolmentCode,
        RevokeDevice,
        staff_lists::StaffListItem,
        staff_lists::DeviceListItem,
        staff_lists::RosterListItem,
        staff_lists::ScheduledCall,
        staff_lists::RoomItem,
        staff_lists::NewRoom,
        staff_lists::RoomAdded,
        staff_lists::LegalRequestItem
    )),
    modifiers(&CommonErrors)
)]
pub struct ApiDoc;

/// Adds to every operation the error answers the server gives on any route of its kind, so
/// the document says what the server does (schemathesis checks it): 400 for a request it
/// cannot read, 413 for a body over the limit, 401 and 403 where a session or a tablet's
/// signature is needed, 429 at sign-in. Each is an [`ErrorDoc`]; a route's own description
/// of the same status is kept. A staff event's body is described as far as a schema can
/// (`event_body_schema`).
struct CommonErrors;

impl utoipa::Modify for CommonErrors {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let error = |what: &str| {
            ResponseBuilder::new()
                .description(what)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ErrorDoc")))
                        .build(),
                )
                .build()
        };
        for (path, item) in &mut doc.paths.paths {
            if path == "/api/health" || path == "/api/openapi.json" {
                continue;
            }
            let staff = path.starts_with("/api/staff/") || path.starts_with("/api/admin/");
            let signed = path.starts_with("/api/sync/");
            let sign_in = path == "/api/staff/sign-in";
            let operations = [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.delete,
            ];
            for op in operations.into_iter().flatten() {
                if let Some(body) = op.request_body.as_mut()
                    && path == "/api/staff/events"
                {
                    event_body_schema(body);
                }
                let has_body = op.request_body.is_some();
                let responses = &mut op.responses.responses;
                let mut add = |code: &str, what: &str| {
                    if !responses.contains_key(code) {
                        responses.insert(code.to_owned(), error(what).into());
                    }
                };
                add(
                    "400",
                    "The request cannot be read (a malformed body, path or query): fix it",
                );
                if has_body {
                    add("413", "The body is larger than the server accepts");
                }
                if sign_in {
                    add("401", "The staff id and PIN do not match");
                    add("429", "Too many wrong PINs: wait, or the account is locked");
                } else if staff {
                    add("401", "No session, or it has ended: sign in again");
                    add("403", "Your role may not do this");
                } else if signed {
                    add(
                        "401",
                        "Not signed by an enrolled tablet, or its clock is off (clock_skew)",
                    );
                    add("403", "The tablet is revoked, or acts for another device");
                }
            }
        }
    }
}

/// A staff event's body as far as a schema can say: an object whose `type` names one of the
/// kinds this release knows, with that kind's fields beside it (see `EventBody`).
fn event_body_schema(body: &mut utoipa::openapi::request_body::RequestBody) {
    use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, SchemaType, Type};
    let kinds: Vec<serde_json::Value> = kinline_shared::event::EventKind::ALL
        .iter()
        .filter_map(|k| serde_json::to_value(k).ok())
        .collect();
    let schema = ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::Object))
        .property(
            "type",
            ObjectBuilder::new()
                .schema_type(SchemaType::Type(Type::String))
                .enum_values(Some(kinds)),
        )
        .required("type")
        .additional_properties(Some(AdditionalProperties::FreeForm(true)))
        .build();
    for content in body.content.values_mut() {
        content.schema = Some(schema.clone().into());
    }
}

/// A tablet's enrolment (`kinline_shared::sync::EnrolRequest`), for the OpenAPI description.
#[derive(ToSchema)]
#[allow(dead_code)]
struct EnrolDoc {
    /// The protocol version (1).
    #[schema(minimum = 1, maximum = 1)]
    protocol: u32,
    /// The one-time enrolment code the administrator issued.
    code: String,
    /// The id the tablet chose for itself (UUIDv7).
    device: uuid::Uuid,
    /// The tablet's Ed25519 public key, 32 bytes in hex.
    #[schema(pattern = "^[0-9a-fA-F]{64}$")]
    public_key: String,
}

/// The error body (`kinline_shared::sync::ErrorBody`), for the OpenAPI description.
#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct ErrorDoc {
    /// Stable machine-readable code, e.g. `bad_signature`.
    error: String,
    /// What went wrong and what to do.
    message: String,
    /// Whether trying again later may help.
    retry: bool,
}

/// A staff role, as written in requests and answers.
#[derive(ToSchema)]
#[schema(as = Role)]
#[allow(dead_code)]
pub(crate) enum RoleDoc {
    #[schema(rename = "dco")]
    Dco,
    #[schema(rename = "centre_manager")]
    CentreManager,
    #[schema(rename = "deputy_centre_manager")]
    DeputyCentreManager,
    #[schema(rename = "compliance_manager")]
    ComplianceManager,
    #[schema(rename = "security")]
    Security,
    #[schema(rename = "administrator")]
    Administrator,
}

/// Parses a JSON body that was read with the size limit.
pub(crate) fn json_body<T: DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
) -> Result<T, ApiError> {
    let bytes = read_body(body)?;
    parse_json(&bytes)
}

fn read_body(body: Result<Bytes, BytesRejection>) -> Result<Bytes, ApiError> {
    body.map_err(|rejection| {
        let status = rejection.status();
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                status,
                "body_too_large",
                "the request body is larger than this server accepts; send smaller batches",
            )
        } else {
            ApiError::bad_request("bad_body", "the request body could not be read")
        }
    })
}

fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(bytes).map_err(|e| {
        ApiError::bad_request(
            "malformed_json",
            format!("the request body is not the JSON this route expects: {e}"),
        )
    })
}

/// Decodes a push request as the sync route does: JSON, then the protocol version. The fuzz
/// target drives this; it never panics, whatever the bytes.
pub fn decode_push(bytes: &[u8]) -> Result<PushRequest, ApiError> {
    #[derive(Deserialize)]
    struct Version {
        protocol: u32,
    }
    let unsupported = |v: u32| {
        ApiError::bad_request(
            "unsupported_protocol",
            format!(
                "this server speaks sync protocol {PROTOCOL_VERSION}, the request used {v}; update the app"
            ),
        )
    };
    // Parsed once; only a body that is not this protocol's push is read again for its
    // version, so a future protocol gets "update the app", not "malformed".
    match parse_json::<PushRequest>(bytes) {
        Ok(req) if req.protocol == PROTOCOL_VERSION => Ok(req),
        Ok(req) => Err(unsupported(req.protocol)),
        Err(malformed) => match serde_json::from_slice::<Version>(bytes) {
            Ok(v) if v.protocol != PROTOCOL_VERSION => Err(unsupported(v.protocol)),
            _ => Err(malformed),
        },
    }
}

#[utoipa::path(get, path = "/api/health", responses(
    (status = 200, description = "The server is up and its database answers: `database` is `ok`, with its backend and newest migration"),
    (status = 503, description = "The database does not answer: `database` is `unavailable`")))]
async fn health(State(s): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
    let backend = s.db().backend();
    match s.database_state().await {
        Ok(schema) => (
            StatusCode::OK,
            Json(serde_json::json!({
                "status": "ok",
                "protocol": PROTOCOL_VERSION,
                "database": "ok",
                "backend": backend,
                "schema": schema,
            })),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "health: the database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({
                    "status": "degraded",
                    "protocol": PROTOCOL_VERSION,
                    "database": "unavailable",
                    "backend": backend,
                })),
            )
        }
    }
}

/// The metrics in the Prometheus text format (see [`crate::metrics`] for who may read them).
async fn metrics(
    State(s): State<AppState>,
    PeerAddr(from): PeerAddr,
    headers: HeaderMap,
) -> Response {
    let authorization = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let token = s.config.metrics_token.as_ref().map(|t| t.0.as_str());
    if !crate::metrics::may_scrape(token, from, authorization) {
        return ApiError::forbidden(
            "the metrics are read from this machine, or with the configured metrics token",
        )
        .into_response();
    }
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        s.metrics_text().await,
    )
        .into_response()
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// Authenticates a signed sync request and returns the device, its key and the body bytes.
async fn signed(
    server: &Server,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<(DeviceId, ed25519_dalek::VerifyingKey, Bytes), ApiError> {
    let h = super::signed_headers(headers)?;
    let bytes = read_body(body)?;
    let (device, key) = server
        .authenticate(&h, method.as_str(), uri.path(), &bytes)
        .await?;
    Ok((device, key, bytes))
}

#[utoipa::path(post, path = "/api/enrol",
    request_body(content = EnrolDoc, description = "EnrolRequest: protocol, one-time code, the tablet's id, Ed25519 public key (hex)"),
    responses((status = 201, description = "EnrolResponse: the device id (also when the same tablet asks again with the same key and code)"),
              (status = 403, description = "Code unknown, used or expired", body = ErrorDoc),
              (status = 409, description = "Another tablet (another key) has this device id", body = ErrorDoc)))]
async fn enrol(
    State(s): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let req: EnrolRequest = json_body(body)?;
    let resp = s.enrol_recorded(req).await?;
    Ok((StatusCode::CREATED, Json(resp)).into_response())
}

#[utoipa::path(post, path = "/api/sync/push",
    request_body(content = serde_json::Value, description = "PushRequest: consecutive LoggedEvents of the device's log. Signed: x-kinline-device, x-kinline-timestamp, x-kinline-nonce, x-kinline-signature"),
    responses((status = 200, description = "PushResponse: high_water and refused events"),
              (status = 400, description = "Malformed JSON or unsupported protocol", body = ErrorDoc),
              (status = 401, description = "Unsigned, bad signature, replay, clock skew", body = ErrorDoc),
              (status = 403, description = "Device revoked", body = ErrorDoc),
              (status = 413, description = "Body or batch too large", body = ErrorDoc),
              (status = 426, description = "A tablet of the release before sign-ins were events (no signs_in), not admitted (previous_release_tablets): tablet_release_too_old", body = ErrorDoc)))]
async fn push(
    State(s): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    // The request's signature (which covers every event in the body) is verified off the
    // async threads, batched with other pushes', and its nonce is remembered in the push's
    // own transaction (one write per push).
    let h = super::signed_headers(&headers)?;
    let bytes = read_body(body)?;
    let key = s.admit_request(&h).await?;
    let signing_bytes = request_signing_bytes(
        method.as_str(),
        uri.path(),
        h.timestamp_ms,
        &h.nonce,
        &bytes,
    );
    let req = decode_push(&bytes).map_err(|e| {
        // A body that is not a push: said so only to the key's holder.
        match key.verify_strict(&signing_bytes, &h.signature) {
            Ok(()) => e,
            Err(_) => auth::bad_signature().into(),
        }
    })?;
    let proof = RequestProof {
        nonce: h.nonce,
        signing_bytes,
        signature: h.signature,
    };
    Ok(Json(s.push_signed(h.device, &key, Some(proof), req).await?).into_response())
}

#[utoipa::path(post, path = "/api/sync/pull",
    request_body(content = serde_json::Value, description = "PullRequest (signed)"),
    responses((status = 200, description = "PullResponse: other devices' events after the cursor")))]
async fn pull(
    State(s): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let (device, _, bytes) = signed(&s, &method, &uri, &headers, body).await?;
    let req: PullRequest = parse_json(&bytes)?;
    Ok(Json(s.pull(device, req).await?).into_response())
}

#[utoipa::path(post, path = "/api/sync/reference",
    request_body(content = serde_json::Value, description = "ReferenceRequest (signed)"),
    responses((status = 200, description = "ReferenceResponse: roster, compact texts, staff credentials (Argon2 hashes), device settings changed after the cursor")))]
async fn reference(
    State(s): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let (device, _, bytes) = signed(&s, &method, &uri, &headers, body).await?;
    let req: ReferenceRequest = parse_json(&bytes)?;
    Ok(Json(s.reference(device, req).await?).into_response())
}

/// Staff sign-in.
#[derive(Serialize, Deserialize, ToSchema)]
pub struct SignIn {
    /// The staff id, or the staff number the administrator issued.
    pub staff: String,
    /// PIN or password.
    pub secret: String,
}

impl std::fmt::Debug for SignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignIn")
            .field("staff", &self.staff)
            .field("secret", &"***")
            .finish()
    }
}

/// A new staff session.
#[derive(Serialize, Deserialize, ToSchema)]
pub struct SignedIn {
    /// The bearer token for `Authorization: Bearer …`.
    pub token: String,
    /// The staff member's role.
    #[schema(value_type = RoleDoc)]
    pub role: Role,
    /// When the session ends.
    pub expires_at: DateTime<Utc>,
}

#[utoipa::path(post, path = "/api/staff/sign-in", request_body = SignIn,
    responses((status = 200, body = SignedIn), (status = 400, body = ErrorDoc),
              (status = 401, body = ErrorDoc),
              (status = 429, body = ErrorDoc, description = "too many wrong PINs: wait, or the account is locked")))]
async fn sign_in(
    State(s): State<AppState>,
    PeerAddr(from): PeerAddr,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<SignedIn>, ApiError> {
    let req: SignIn = json_body(body)?;
    let staff = s.staff_signing_in(&req.staff).await?;
    let (token, role, expires_at) = s.sign_in_from(staff, &req.secret, from).await?;
    Ok(Json(SignedIn {
        token: token.0,
        role,
        expires_at,
    }))
}

/// The address a request came from, where the server was started with it (`tls::serve`).
pub struct PeerAddr(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for PeerAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

/// The signed-in member of staff behind a request.
pub struct StaffSession {
    /// Their id.
    pub staff: StaffId,
    /// Their role.
    pub role: Role,
    token: String,
}

impl FromRequestParts<AppState> for StaffSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or_else(|| {
                ApiError::unauthorized(
                    "not_signed_in",
                    "sign in first and send the token as Authorization: Bearer <token>",
                )
            })?
            .to_owned();
        let (staff, role) = s.session(&token).await?;
        Ok(Self { staff, role, token })
    }
}

#[utoipa::path(post, path = "/api/staff/sign-out", responses((status = 204)))]
async fn sign_out(State(s): State<AppState>, who: StaffSession) -> Result<StatusCode, ApiError> {
    s.sign_out(&who.token).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Paging for the event list.
#[derive(Deserialize)]
struct Page {
    #[serde(default)]
    after: i64,
    #[serde(default = "default_limit")]
    limit: u32,
}

fn default_limit() -> u32 {
    100
}

#[utoipa::path(get, path = "/api/staff/events",
    params(("after" = Option<i64>, Query, minimum = 0, description = "server sequence to list after"),
           ("limit" = Option<i64>, Query, minimum = 0, maximum = 4294967295.0, description = "page size, at most 1000")),
    responses((status = 200, description = "Events with server sequence and receive time"),
              (status = 403, body = ErrorDoc)))]
async fn list_events(
    State(s): State<AppState>,
    who: StaffSession,
    page: Result<Query<Page>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    StaffAction::ListEvents.require(who.role)?;
    let Query(page) = page.map_err(|e| ApiError::bad_request("bad_query", e.body_text()))?;
    let after = u64::try_from(page.after).map_err(|_| {
        ApiError::bad_request("bad_query", "`after` is a server sequence: 0 or more")
    })?;
    let rows = s.events(after, page.limit).await?;
    let items: Vec<serde_json::Value> = rows
        .into_iter()
        .map(|r| {
            serde_json::json!({
                "seq": r.seq,
                "received_at": DateTime::<Utc>::from_timestamp_millis(r.received_ms),
                "event": r.event,
            })
        })
        .collect();
    Ok(Json(serde_json::Value::Array(items)))
}

/// The ids of the events recorded.
#[derive(Serialize, Deserialize, ToSchema)]
pub struct Recorded {
    /// The event and the events the order requires to follow it.
    #[schema(value_type = Vec<String>)]
    pub events: Vec<EventId>,
}

#[utoipa::path(post, path = "/api/staff/events",
    request_body(content = serde_json::Value, description = "An EventBody, recorded as the signed-in staff member through the rulebook"),
    responses((status = 201, body = Recorded),
              (status = 403, description = "The role may not record this", body = ErrorDoc),
              (status = 422, description = "The rulebook refused it (names the DSO paragraph)", body = ErrorDoc)))]
async fn record_event(
    State(s): State<AppState>,
    who: StaffSession,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    StaffAction::RecordEvent.require(who.role)?;
    let body: EventBody = json_body(body)?;
    let actor = Actor::Staff {
        id: who.staff,
        role: who.role,
    };
    if crate::service::admin::ADMIN_TABLE_KINDS.contains(&body.kind())
        && may_record(&actor, body.kind())
    {
        return Err(ApiError::bad_request(
            "use_admin_route",
            "staff accounts and tablets are set through /api/admin/staff/{id}, enrolment codes \
             and /api/admin/devices/{id}/revoke, which record this event themselves",
        ));
    }
    let events = s.record(who.staff, who.role, body).await?;
    Ok((StatusCode::CREATED, Json(Recorded { events })).into_response())
}

#[utoipa::path(get, path = "/api/staff/referrals",
    responses((status = 200, description = "The security queue, open referrals first (§12, §19): \
each with the call (booking) id it concerns, the detainee, the whole incident report (category, \
account, reporting officer, time), the call's log facts (date, time, duration, kind, outcome; never \
its contents) and security's recorded reviews"), (status = 403, body = ErrorDoc)))]
async fn list_referrals(
    State(s): State<AppState>,
    who: StaffSession,
) -> Result<Json<serde_json::Value>, ApiError> {
    StaffAction::ListReferrals.require(who.role)?;
    let files = s.referral_files().await?;
    Ok(Json(serde_json::to_value(files).unwrap_or_default()))
}

#[utoipa::path(get, path = "/api/staff/deadlines",
    responses((status = 200, description = "Suspension duties, soonest first"), (status = 403, body = ErrorDoc)))]
async fn list_deadlines(
    State(s): State<AppState>,
    who: StaffSession,
) -> Result<Json<serde_json::Value>, ApiError> {
    StaffAction::ListDeadlines.require(who.role)?;
    let c = s.centre().await?;
    Ok(Json(
        serde_json::to_value(c.deadlines()).unwrap_or_default(),
    ))
}

#[utoipa::path(get, path = "/api/staff/exceptions",
    responses((status = 200, description = "Policy exceptions: events recorded on out-of-date state"), (status = 403, body = ErrorDoc)))]
async fn list_exceptions(
    State(s): State<AppState>,
    who: StaffSession,
) -> Result<Json<serde_json::Value>, ApiError> {
    StaffAction::ListExceptions.require(who.role)?;
    let c = s.centre().await?;
    Ok(Json(
        serde_json::to_value(&c.exceptions).unwrap_or_default(),
    ))
}

#[utoipa::path(get, path = "/api/staff/bookings/{booking}/join",
    params(("booking" = uuid::Uuid, Path, description = "The booking id")),
    responses((status = 200, description = "The call's join code and the caller's link", body = crate::service::calls::JoinLink),
              (status = 403, body = ErrorDoc),
              (status = 404, description = "No such booked call", body = ErrorDoc),
              (status = 410, description = "Cancelled, already over, or past its slot's end", body = ErrorDoc)))]
async fn join_link(
    State(s): State<AppState>,
    who: StaffSession,
    booking: Result<Path<uuid::Uuid>, axum::extract::rejection::PathRejection>,
) -> Result<Json<crate::service::calls::JoinLink>, ApiError> {
    StaffAction::SeeJoinLink.require(who.role)?;
    let Path(booking) = booking
        .map_err(|_| ApiError::bad_request("bad_booking_id", "the booking id is not valid"))?;
    let link = s.join_link(kinline_shared::ids::BookingId(booking)).await?;
    tracing::info!(staff = %who.staff, booking = %booking, "join link shown");
    Ok(Json(link))
}

/// A new one-time enrolment code.
#[derive(Serialize, Deserialize, ToSchema)]
pub struct EnrolmentCode {
    /// The code, to type on the tablet.
    pub code: String,
    /// When it expires.
    pub expires_at: DateTime<Utc>,
}

/// What to label the tablet enrolled with a new code (optional body).
#[derive(Serialize, Deserialize, ToSchema, Default)]
pub struct NewEnrolmentCode {
    /// A label for the tablet, e.g. "Wing A tablet 1" (at most 80 characters).
    #[serde(default)]
    pub label: Option<String>,
}

#[utoipa::path(post, path = "/api/admin/enrolment-codes",
    request_body(content = Option<NewEnrolmentCode>, description = "Optional: the label the enrolled tablet will have"),
    responses((status = 201, body = EnrolmentCode), (status = 400, body = ErrorDoc), (status = 403, body = ErrorDoc)))]
async fn create_enrolment_code(
    State(s): State<AppState>,
    who: StaffSession,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    StaffAction::CreateEnrolmentCode.require(who.role)?;
    let bytes = read_body(body)?;
    let req: NewEnrolmentCode = if bytes.iter().all(u8::is_ascii_whitespace) {
        NewEnrolmentCode::default()
    } else {
        parse_json(&bytes)?
    };
    let (code, expires_at) = s
        .create_enrolment_code_labelled(req.label.as_deref(), who.staff)
        .await?;
    tracing::info!(staff = %who.staff, "enrolment code created");
    Ok((
        StatusCode::CREATED,
        Json(EnrolmentCode { code, expires_at }),
    )
        .into_response())
}

/// Why a tablet is revoked (optional body; the reason goes into the DeviceRevoked event).
#[derive(Serialize, Deserialize, ToSchema, Default)]
pub struct RevokeDevice {
    /// Why, e.g. "lost on wing B" (1 to 4000 characters when given).
    #[serde(default)]
    pub reason: Option<String>,
}

#[utoipa::path(post, path = "/api/admin/devices/{device}/revoke",
    params(("device" = uuid::Uuid, Path, description = "The device id")),
    request_body(content = Option<RevokeDevice>, description = "Optional: why"),
    responses((status = 204), (status = 403, body = ErrorDoc), (status = 404, body = ErrorDoc),
              (status = 422, description = "Already revoked, or an empty reason (§16)", body = ErrorDoc)))]
async fn revoke_device(
    State(s): State<AppState>,
    who: StaffSession,
    device: Result<Path<DeviceId>, axum::extract::rejection::PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<StatusCode, ApiError> {
    StaffAction::RevokeDevice.require(who.role)?;
    let Path(device) =
        device.map_err(|_| ApiError::bad_request("bad_device_id", "the device id is not valid"))?;
    let bytes = read_body(body)?;
    let req: RevokeDevice = if bytes.iter().all(u8::is_ascii_whitespace) {
        RevokeDevice::default()
    } else {
        parse_json(&bytes)?
    };
    if s.revoke_recorded(who.staff, who.role, device, req.reason)
        .await?
        .is_some()
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "unknown_device",
            "no such device",
        ))
    }
}

/// A staff account to create or update.
#[derive(Serialize, Deserialize, ToSchema)]
pub struct StaffAccount {
    /// Their role.
    #[schema(value_type = RoleDoc)]
    pub role: Role,
    /// Their PIN or password (stored only as an Argon2 hash).
    pub secret: String,
    /// Whether they may sign in.
    pub active: bool,
    /// Their name, for the console's staff list (kept as it was when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The staff number to issue them (2–12 letters or digits, unique; kept as it was when
    /// absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
}

impl std::fmt::Debug for StaffAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffAccount")
            .field("role", &self.role)
            .field("secret", &"***")
            .field("active", &self.active)
            .field("name", &self.name.as_ref().map(|_| "…"))
            .field("number", &self.number)
            .finish()
    }
}

#[utoipa::path(put, path = "/api/admin/staff/{staff}", request_body = StaffAccount,
    params(("staff" = uuid::Uuid, Path, description = "The staff id")),
    responses((status = 204), (status = 403, body = ErrorDoc),
              (status = 422, description = "Refused by the rulebook, e.g. disabling your own account (§16)", body = ErrorDoc)))]
async fn set_staff(
    State(s): State<AppState>,
    who: StaffSession,
    staff: Result<Path<StaffId>, axum::extract::rejection::PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<StatusCode, ApiError> {
    StaffAction::ManageStaff.require(who.role)?;
    let Path(staff) =
        staff.map_err(|_| ApiError::bad_request("bad_staff_id", "the staff id is not valid"))?;
    let acc: StaffAccount = json_body(body)?;
    if let Some(name) = &acc.name {
        crate::service::admin::check_staff_name(name)?;
    }
    s.set_staff_recorded(
        who.staff,
        who.role,
        staff,
        acc.role,
        &acc.secret,
        acc.active,
        acc.number.as_deref(),
    )
    .await?;
    if let Some(name) = &acc.name {
        s.db().set_staff_name(staff, name.trim()).await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/admin/reference",
    request_body(content = serde_json::Value, description = "A ReferenceItem: roster entry, compact text or device settings"),
    responses((status = 204), (status = 403, body = ErrorDoc)))]
async fn publish_reference(
    State(s): State<AppState>,
    who: StaffSession,
    body: Result<Bytes, BytesRejection>,
) -> Result<StatusCode, ApiError> {
    StaffAction::PublishReference.require(who.role)?;
    let item: ReferenceItem = json_body(body)?;
    s.publish_reference(item).await?;
    Ok(StatusCode::NO_CONTENT)
}
