//! The staff console's lists and room routes (issue #8): staff accounts (never a secret or
//! its hash), enrolled tablets, the roster, the schedule of a London date range, and the
//! centre's named rooms — added and retired as events through the rulebook, like every other
//! decision. Mounted by [`crate::http::router`]; role-checked by [`StaffAction`].

use crate::auth::StaffAction;
use crate::http::ApiError;
use crate::http::AppState;
use crate::http::api::{Recorded, StaffSession};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{
    BookingId, DetaineeId, DeviceId, LegalRequestId, RoomId, StaffId, SuspensionId,
};
use kinline_shared::model::{CallKind, LegalAccessMethod};
use kinline_shared::sync::ReferenceItem;
use kinline_shared::time::{london_date, london_day_start};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The largest page a list route answers.
pub const MAX_LIST_PAGE: u32 = 500;
/// The longest date range the schedule route answers, in days.
pub const MAX_SCHEDULE_DAYS: i64 = 31;

/// Paging by id: the items after `after`, at most `limit` (default 100, at most 500).
#[derive(Deserialize)]
pub(crate) struct IdPage {
    after: Option<String>,
    limit: Option<u32>,
}

impl IdPage {
    fn limit(&self) -> u32 {
        self.limit.unwrap_or(100).clamp(1, MAX_LIST_PAGE)
    }

    fn after<T: std::str::FromStr>(&self) -> Result<Option<T>, ApiError> {
        match self.after.as_deref() {
            None | Some("") => Ok(None),
            Some(s) => s.parse().map(Some).map_err(|_| {
                ApiError::bad_request(
                    "bad_query",
                    "`after` must be the id of the last item of the previous page",
                )
            }),
        }
    }
}

fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(q)| q)
        .map_err(|e| ApiError::bad_request("bad_query", e.body_text()))
}

/// A staff account in the administrator's list: never its secret or the secret's hash.
#[derive(Serialize, Deserialize, ToSchema, Debug, Clone, PartialEq, Eq)]
pub struct StaffListItem {
    /// The staff id.
    #[schema(value_type = String, format = Uuid)]
    pub id: StaffId,
    /// Their name ("" when none was given).
    pub name: String,
    /// Their role.
    #[schema(value_type = crate::http::api::RoleDoc)]
    pub role: kinline_shared::actor::Role,
    /// Whether they may sign in.
    pub active: bool,
    /// Their staff number, which they sign in with on tablets ("" when none was issued).
    #[serde(default)]
    pub number: String,
    /// Locked after too many wrong PINs: setting the PIN again unlocks it.
    #[serde(default)]
    pub locked: bool,
}

#[utoipa::path(get, path = "/api/admin/staff",
    params(("after" = Option<String>, Query, pattern = "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?$", description = "the last staff id of the previous page"),
           ("limit" = Option<i64>, Query, minimum = 0, maximum = 4294967295.0, description = "page size, default 100, at most 500")),
    responses((status = 200, body = Vec<StaffListItem>), (status = 403, body = crate::http::api::ErrorDoc)))]
pub(crate) async fn list_staff(
    State(s): State<AppState>,
    who: StaffSession,
    page: Result<Query<IdPage>, QueryRejection>,
) -> Result<Json<Vec<StaffListItem>>, ApiError> {
    StaffAction::ListStaff.require(who.role)?;
    let page = query(page)?;
    let rows = s.db().list_staff(page.after()?, page.limit()).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| StaffListItem {
                id: r.id,
                name: r.name,
                role: r.role,
                active: r.active,
                number: r.number,
                locked: s.sign_in_locked(r.id),
            })
            .collect(),
    ))
}

/// An enrolled tablet in the administrator's list.
#[derive(Serialize, Deserialize, ToSchema, Debug, Clone, PartialEq, Eq)]
pub struct DeviceListItem {
    /// The device id.
    #[schema(value_type = String, format = Uuid)]
    pub id: DeviceId,
    /// The label typed with its enrolment code ("" when none).
    pub label: String,
    /// When it enrolled.
    pub enrolled_at: DateTime<Utc>,
    /// Whether it is revoked.
    pub revoked: bool,
}

#[utoipa::path(get, path = "/api/admin/devices",
    params(("after" = Option<String>, Query, pattern = "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?$", description = "the last device id of the previous page"),
           ("limit" = Option<i64>, Query, minimum = 0, maximum = 4294967295.0, description = "page size, default 100, at most 500")),
    responses((status = 200, body = Vec<DeviceListItem>), (status = 403, body = crate::http::api::ErrorDoc)))]
pub(crate) async fn list_devices(
    State(s): State<AppState>,
    who: StaffSession,
    page: Result<Query<IdPage>, QueryRejection>,
) -> Result<Json<Vec<DeviceListItem>>, ApiError> {
    StaffAction::ListDevices.require(who.role)?;
    let page = query(page)?;
    // One more than asked, so the page is still full after leaving out the server's own log.
    let rows = s.db().list_devices(page.after()?, page.limit() + 1).await?;
    let own = s.device();
    Ok(Json(
        rows.into_iter()
            // The server's own log is a device too, but not a tablet anyone could revoke.
            .filter(|r| r.id != own)
            .map(|r| DeviceListItem {
                id: r.id,
                label: r.label,
                enrolled_at: DateTime::from_timestamp_millis(r.enrolled_ms).unwrap_or_default(),
                revoked: r.revoked,
            })
            .take(page.limit() as usize)
            .collect(),
    ))
}

/// A detainee on the roster.
#[derive(Serialize, Deserialize, ToSchema, Debug, Clone, PartialEq, Eq)]
pub struct RosterListItem {
    /// The detainee id.
    #[schema(value_type = String, format = Uuid)]
    pub detainee: DetaineeId,
    /// Their name as staff know it.
    pub name: String,
    /// Their Home Office reference (empty for an entry published before references).
    #[serde(default)]
    pub reference: String,
    /// Where they are held.
    pub location: String,
    /// False once they have left the centre.
    pub present: bool,
}

#[utoipa::path(get, path = "/api/staff/roster",
    params(("after" = Option<String>, Query, pattern = "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?$", description = "the last detainee id of the previous page"),
           ("limit" = Option<i64>, Query, minimum = 0, maximum = 4294967295.0, description = "page size, default 100, at most 500")),
    responses((status = 200, body = Vec<RosterListItem>), (status = 403, body = crate::http::api::ErrorDoc)))]
pub(crate) async fn list_roster(
    State(s): State<AppState>,
    who: StaffSession,
    page: Result<Query<IdPage>, QueryRejection>,
) -> Result<Json<Vec<RosterListItem>>, ApiError> {
    StaffAction::SeeRoster.require(who.role)?;
    let page = query(page)?;
    let after = page
        .after::<DetaineeId>()?
        .map(|d| format!("roster:{d}"))
        .unwrap_or_default();
    let rows = s.db().roster_page(&after, page.limit()).await?;
    Ok(Json(
        rows.into_iter()
            .filter_map(|(_, item)| match item {
                ReferenceItem::RosterEntry {
                    detainee,
                    name,
                    reference,
                    location,
                    present,
                } => Some(RosterListItem {
                    detainee,
                    name,
                    reference,
                    location,
                    present,
                }),
                _ => None,
            })
            .collect(),
    ))
}

/// The London date range of the schedule.
#[derive(Deserialize)]
pub(crate) struct DateRange {
    from: NaiveDate,
    to: Option<NaiveDate>,
}

/// A room, as listed.
#[derive(Serialize, Deserialize, ToSchema, Debug, Clone, PartialEq, Eq)]
pub struct RoomItem {
    /// The room id.
    #[schema(value_type = String, format = Uuid)]
    pub id: RoomId,
    /// Its name.
    pub name: String,
    /// How many calls can run in it at once.
    pub capacity: u16,
    /// False once retired.
    pub active: bool,
}

impl From<&kinline_shared::rooms::Room> for RoomItem {
    fn from(r: &kinline_shared::rooms::Room) -> Self {
        Self {
            id: r.id,
            name: r.name.clone(),
            capacity: r.capacity,
            active: r.active,
        }
    }
}

/// A booked call in the schedule.
#[derive(Serialize, Deserialize, ToSchema, Debug, Clone, PartialEq, Eq)]
pub struct ScheduledCall {
    /// The booking.
    #[schema(value_type = String, format = Uuid)]
    pub booking: BookingId,
    /// For whom.
    #[schema(value_type = String, format = Uuid)]
    pub detainee: DetaineeId,
    /// `social` or `legal`.
    #[schema(value_type = String)]
    pub kind: CallKind,
    /// The slot's start (UTC).
    pub slot_start: DateTime<Utc>,
    /// The slot's London date.
    #[schema(value_type = String, format = Date)]
    pub date: NaiveDate,
    /// Where it stands: booked, checked in, adult-checked, admitted, in progress, finished.
    pub state: String,
    /// The room it was placed in; none means an unnamed call point.
    pub room: Option<RoomItem>,
    /// The caller's messages about it (invitation, reminder, notices) and where each stands;
    /// a `failed` one did not reach the caller and will not be tried again.
    #[serde(default)]
    pub messages: Vec<crate::db::MessageStatus>,
}

#[utoipa::path(get, path = "/api/staff/schedule",
    params(("from" = chrono::NaiveDate, Query, pattern = "^2[01][0-9]{2}-[0-9]{2}-[0-9]{2}$", description = "first London date, YYYY-MM-DD"),
           ("to" = Option<chrono::NaiveDate>, Query, pattern = "^2[01][0-9]{2}-[0-9]{2}-[0-9]{2}$", description = "last London date (default: from), at most 31 days on")),
    responses((status = 200, body = Vec<ScheduledCall>, description = "Bookings by slot, legal calls first in a slot"),
              (status = 400, body = crate::http::api::ErrorDoc), (status = 403, body = crate::http::api::ErrorDoc)))]
pub(crate) async fn schedule(
    State(s): State<AppState>,
    who: StaffSession,
    range: Result<Query<DateRange>, QueryRejection>,
) -> Result<Json<Vec<ScheduledCall>>, ApiError> {
    StaffAction::SeeSchedule.require(who.role)?;
    let range = query(range)?;
    let to = range.to.unwrap_or(range.from);
    // Dates Kinline holds (`bounds`): nearer the calendar's ends, a day's arithmetic panics.
    let held = kinline_shared::bounds::earliest().date_naive()
        ..kinline_shared::bounds::latest().date_naive();
    if !held.contains(&range.from) || !held.contains(&to) {
        return Err(ApiError::bad_request(
            "bad_date_range",
            format!(
                "dates must lie from {} to {}; ask for dates in that range",
                held.start, held.end
            ),
        ));
    }
    let days = (to - range.from).num_days();
    if !(0..MAX_SCHEDULE_DAYS).contains(&days) {
        return Err(ApiError::bad_request(
            "bad_date_range",
            format!(
                "`to` must be on or after `from` and at most {} days on; ask for a shorter range",
                MAX_SCHEDULE_DAYS - 1
            ),
        ));
    }
    let (start, end) = (
        london_day_start(range.from),
        london_day_start(to + chrono::Days::new(1)),
    );
    let c = s.centre().await?;
    let mut calls: Vec<_> = c
        .calls
        .values()
        .filter(|call| call.info.slot_start >= start && call.info.slot_start < end)
        .collect();
    calls.sort_by_key(|call| {
        (
            call.info.slot_start,
            call.info.kind != CallKind::Legal,
            call.info.booked_at,
            call.info.booking,
        )
    });
    let ids: Vec<BookingId> = calls.iter().map(|c| c.info.booking).collect();
    let mut messages: std::collections::HashMap<BookingId, Vec<crate::db::MessageStatus>> =
        std::collections::HashMap::new();
    for (booking, m) in s.db().outbox_of(&ids).await? {
        messages.entry(booking).or_default().push(m);
    }
    Ok(Json(
        calls
            .into_iter()
            .map(|call| ScheduledCall {
                booking: call.info.booking,
                detainee: call.info.detainee,
                kind: call.info.kind,
                slot_start: call.info.slot_start,
                date: london_date(call.info.slot_start),
                state: call.phase.name().to_owned(),
                room: c.room_of(call.info.booking).map(RoomItem::from),
                messages: messages.remove(&call.info.booking).unwrap_or_default(),
            })
            .collect(),
    ))
}

#[utoipa::path(get, path = "/api/staff/rooms",
    responses((status = 200, body = Vec<RoomItem>, description = "Every room, active first, by name"),
              (status = 403, body = crate::http::api::ErrorDoc)))]
pub(crate) async fn list_rooms(
    State(s): State<AppState>,
    who: StaffSession,
) -> Result<Json<Vec<RoomItem>>, ApiError> {
    StaffAction::ListRooms.require(who.role)?;
    let c = s.centre().await?;
    let mut rooms: Vec<RoomItem> = c.rooms.values().map(RoomItem::from).collect();
    rooms.sort_by(|a, b| (!a.active, &a.name, a.id).cmp(&(!b.active, &b.name, b.id)));
    Ok(Json(rooms))
}

/// A suspended detainee's request for legal advice not yet met (§18), with the alternative it
/// is routed to.
#[derive(Serialize, Deserialize, ToSchema, Debug, Clone, PartialEq, Eq)]
pub struct LegalRequestItem {
    /// The request.
    #[schema(value_type = String, format = Uuid)]
    pub request: LegalRequestId,
    /// Who asked.
    #[schema(value_type = String, format = Uuid)]
    pub detainee: DetaineeId,
    /// The suspension that stops the legal call.
    #[schema(value_type = String, format = Uuid)]
    pub suspension: SuspensionId,
    /// When they asked.
    pub requested_at: DateTime<Utc>,
    /// The alternative arranged for the suspension (`{"method": "telephone"}`, …); null while
    /// none is: arrange one.
    #[schema(value_type = Option<Object>)]
    pub alternative: Option<LegalAccessMethod>,
}

#[utoipa::path(get, path = "/api/staff/legal-requests",
    params(("after" = Option<String>, Query, pattern = "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?$", description = "the last request id of the previous page"),
           ("limit" = Option<i64>, Query, minimum = 0, maximum = 4294967295.0, description = "page size, default 100, at most 500")),
    responses((status = 200, description = "Suspended detainees' requests for legal advice not yet met, oldest first (§18)", body = Vec<LegalRequestItem>),
              (status = 403, body = crate::http::api::ErrorDoc)))]
pub(crate) async fn list_legal_requests(
    State(s): State<AppState>,
    who: StaffSession,
    page: Result<Query<IdPage>, QueryRejection>,
) -> Result<Json<Vec<LegalRequestItem>>, ApiError> {
    StaffAction::ListLegalRequests.require(who.role)?;
    let page = query(page)?;
    let after = page.after::<LegalRequestId>()?;
    let c = s.centre().await?;
    let items = c
        .legal_requests
        .values()
        .filter(|r| r.is_open() && after.is_none_or(|a| r.id > a))
        .take(page.limit() as usize)
        .map(|r| LegalRequestItem {
            request: r.id,
            detainee: r.detainee,
            suspension: r.suspension,
            requested_at: r.requested_at,
            alternative: c.legal_alternative(r).cloned(),
        })
        .collect();
    Ok(Json(items))
}

/// A room to add.
#[derive(Serialize, Deserialize, ToSchema, Debug)]
pub struct NewRoom {
    /// Its name ("Visits room 2"), unique among active rooms.
    pub name: String,
    /// How many calls can run in it at once (1–50).
    pub capacity: u16,
}

/// The room added and the events recorded.
#[derive(Serialize, Deserialize, ToSchema, Debug)]
pub struct RoomAdded {
    /// The new room's id.
    #[schema(value_type = String, format = Uuid)]
    pub room: RoomId,
    /// The events recorded.
    #[schema(value_type = Vec<String>)]
    pub events: Vec<kinline_shared::ids::EventId>,
}

#[utoipa::path(post, path = "/api/admin/rooms", request_body = NewRoom,
    responses((status = 201, body = RoomAdded),
              (status = 403, body = crate::http::api::ErrorDoc),
              (status = 422, description = "The rulebook refused it: name taken, empty or too long, capacity out of 1–50", body = crate::http::api::ErrorDoc)))]
pub(crate) async fn add_room(
    State(s): State<AppState>,
    who: StaffSession,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    StaffAction::ManageRooms.require(who.role)?;
    let new: NewRoom = crate::http::api::json_body(body)?;
    let room = RoomId(uuid::Uuid::now_v7());
    let events = s
        .record(
            who.staff,
            who.role,
            EventBody::RoomAdded {
                room,
                name: new.name.trim().to_owned(),
                capacity: new.capacity,
            },
        )
        .await?;
    tracing::info!(staff = %who.staff, room = %room, "room added");
    Ok((StatusCode::CREATED, Json(RoomAdded { room, events })).into_response())
}

#[utoipa::path(post, path = "/api/admin/rooms/{room}/retire",
    params(("room" = uuid::Uuid, Path, description = "The room id")),
    responses((status = 201, body = Recorded),
              (status = 403, body = crate::http::api::ErrorDoc),
              (status = 422, description = "No such active room", body = crate::http::api::ErrorDoc)))]
pub(crate) async fn retire_room(
    State(s): State<AppState>,
    who: StaffSession,
    room: Result<Path<RoomId>, PathRejection>,
) -> Result<Response, ApiError> {
    StaffAction::ManageRooms.require(who.role)?;
    let Path(room) =
        room.map_err(|_| ApiError::bad_request("bad_room_id", "the room id is not valid"))?;
    let events = s
        .record(who.staff, who.role, EventBody::RoomRetired { room })
        .await?;
    tracing::info!(staff = %who.staff, room = %room, "room retired");
    Ok((StatusCode::CREATED, Json(Recorded { events })).into_response())
}
