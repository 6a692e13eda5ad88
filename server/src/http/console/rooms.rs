//! The administrator's rooms (§7): the named rooms calls take place in, added and retired as
//! events through the rulebook (a taken name or a capacity outside 1–50 is refused in its
//! words).

use super::pages::{Done, Fields, csrf, open, record_then, refused, show};
use super::session::Staff;
use super::{Notice, Page, page, respond};
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use kinline_console::text::{ct, ct_args, text};
use kinline_shared::event::EventBody;
use kinline_shared::ids::RoomId;
use maud::html;

/// `GET /console/rooms`.
pub(super) async fn rooms(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Rooms;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let mut rooms: Vec<_> = centre.rooms.values().collect();
    rooms.sort_by(|a, b| (!a.active, &a.name).cmp(&(!b.active, &b.name)));
    let body = html! {
        p { (ct("rooms-lead")) }
        @if rooms.is_empty() { p { (ct("rooms-none")) } } @else {
            table {
                caption { (ct("screen-rooms")) }
                thead { tr {
                    th scope="col" { (ct("rooms-col-room")) }
                    th scope="col" { (ct("rooms-col-capacity")) }
                    th scope="col" { (ct("rooms-col-status")) }
                    th scope="col" { (ct("rooms-retire")) }
                } }
                tbody { @for r in &rooms {
                    tr {
                        td { (r.name) }
                        td { (r.capacity) }
                        td { (ct(if r.active { "rooms-active" } else { "rooms-retired" })) }
                        td { @if r.active {
                            form method="post" action=(format!("/console/rooms/{}/retire", r.id)) class="inline" {
                                (csrf(&who))
                                button type="submit" class="danger" aria-label=(ct_args("rooms-retire-label", &[("room", text(r.name.clone()))])) { (ct("rooms-retire")) }
                            }
                        } }
                    }
                } }
            }
        }
        form method="post" action="/console/rooms" {
            (csrf(&who))
            p { label for="room-name" { (ct("rooms-name-field")) } input id="room-name" name="name" required maxlength="80"; }
            p { label for="room-capacity" { (ct("rooms-capacity-field")) } input id="room-capacity" name="capacity" type="number" min="1" max="50" required; }
            p { button type="submit" { (ct("rooms-add")) } }
        }
    };
    show(&who, screen, q.notice().as_ref(), body)
}

/// `POST /console/rooms`: adds a room.
pub(super) async fn add_room(State(s): State<AppState>, who: Staff, fields: Fields) -> Response {
    let screen = Page::Rooms;
    if let Some(refusal) = refused(&who, &fields, screen) {
        return refusal;
    }
    let name = fields.get("name").trim().to_owned();
    let body = if name.is_empty() {
        Err("rooms-name-missing")
    } else {
        match fields.get("capacity").trim().parse::<u16>() {
            Ok(capacity) => Ok(EventBody::RoomAdded {
                room: RoomId(crate::fresh::new_id()),
                name,
                capacity,
            }),
            Err(_) => Err("rooms-capacity-missing"),
        }
    };
    record_then(&s, &who, screen, body, screen.path(), "web-room-added").await
}

/// `POST /console/rooms/{id}/retire`.
pub(super) async fn retire_room(
    State(s): State<AppState>,
    who: Staff,
    Path(id): Path<String>,
    fields: Fields,
) -> Response {
    let screen = Page::Rooms;
    if let Some(refusal) = refused(&who, &fields, screen) {
        return refusal;
    }
    let Ok(room) = id.parse::<RoomId>() else {
        return respond(
            StatusCode::NOT_FOUND,
            page(
                &who,
                Some(screen),
                &screen.title(),
                Some(&Notice::problem(ct("web-not-found"))),
                html! {},
            ),
        );
    };
    let body = Ok(EventBody::RoomRetired { room });
    record_then(&s, &who, screen, body, screen.path(), "rooms-retired-done").await
}
