//! A London day's calls (§9): legal calls first in each slot, the room each is in, a call moved
//! to another room with a place (`CallRoomAssigned`, through the rulebook), and any message to
//! the caller that failed for good, so staff tell them another way.

use super::pages::{Fields, csrf, detainee_label, open, record_then, refused, roster, show};
use super::session::Staff;
use super::{Notice, Page};
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use chrono::NaiveDate;
use kinline_console::text::{ct, ct_args, text};
use kinline_shared::event::EventBody;
use kinline_shared::ids::{BookingId, RoomId};
use kinline_shared::model::CallKind;
use kinline_shared::time::{london_date, london_day_start, london_wall};
use kinline_shared::workflow::call::CallPhase;
use maud::html;
use serde::Deserialize;

/// The day asked for, `YYYY-MM-DD` (today when absent), and what just happened.
#[derive(Deserialize, Default)]
pub(super) struct Day {
    date: Option<String>,
    done: Option<String>,
}

/// `GET /console/calls?date=…`.
pub(super) async fn calls(State(s): State<AppState>, who: Staff, Query(q): Query<Day>) -> Response {
    let screen = Page::Calls;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let today = london_date(s.centre_now());
    let (day, problem) = match q.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => (today, None),
        Some(d) => match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            Ok(day)
                if kinline_shared::bounds::earliest().date_naive() < day
                    && day < kinline_shared::bounds::latest().date_naive() =>
            {
                (day, None)
            }
            _ => (today, Some(Notice::problem(ct("calls-date-bad")))),
        },
    };
    let (start, end) = (
        london_day_start(day),
        london_day_start(day + chrono::Days::new(1)),
    );
    let mut day_calls: Vec<_> = centre
        .calls
        .values()
        .filter(|c| c.info.slot_start >= start && c.info.slot_start < end)
        .collect();
    day_calls.sort_by_key(|c| {
        (
            c.info.slot_start,
            c.info.kind != CallKind::Legal,
            c.info.booked_at,
        )
    });
    let ids: Vec<BookingId> = day_calls.iter().map(|c| c.info.booking).collect();
    let failed: Vec<(BookingId, crate::db::MessageStatus)> = s
        .db()
        .outbox_of(&ids)
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, m)| m.state == "failed")
        .collect();
    let names = roster(&s).await;
    let rooms: Vec<_> = centre.rooms.values().filter(|r| r.active).collect();
    let may_cancel = kinline_shared::actor::may_record(
        &kinline_shared::actor::Actor::Staff {
            id: who.staff,
            role: who.role,
        },
        kinline_shared::event::EventKind::CallCancelled,
    );
    let notice = problem.or_else(|| {
        q.done
            .as_deref()
            .filter(|id| kinline_console::text::has(id))
            .map(|id| Notice::done(ct(id)))
    });
    let waiting = super::booking::waiting_section(
        &centre,
        &who,
        &names,
        day,
        s.centre_now(),
        s.config.booking_horizon_days,
    );
    let body = html! {
        p { (ct("calls-lead")) }
        @if Page::Book.allowed(who.role) {
            p { a href=(Page::Book.path()) { (ct("calls-book")) } }
        }
        form method="get" action="/console/calls" class="inline" {
            label for="date" { (ct("calls-date-field")) }
            input id="date" name="date" value=(day.to_string()) inputmode="numeric";
            button type="submit" { (ct("calls-show")) }
        }
        @if day_calls.is_empty() { p { (ct("calls-none")) } } @else {
            table {
                caption { (day.to_string()) }
                thead { tr {
                    th scope="col" { (ct("calls-col-time")) }
                    th scope="col" { (ct("calls-col-call")) }
                    th scope="col" { (ct("calls-col-detainee")) }
                    th scope="col" { (ct("calls-col-state")) }
                    th scope="col" { (ct("calls-col-room")) }
                    th scope="col" { (ct("calls-col-move")) }
                    th scope="col" { (ct("calls-col-booking")) }
                } }
                tbody { @for c in &day_calls {
                    @let time = london_wall(c.info.slot_start).format("%H:%M").to_string();
                    tr {
                        td { (time) }
                        td { (ct(if c.info.kind == CallKind::Legal { "calls-legal" } else { "calls-social" }))
                            @for (_, m) in failed.iter().filter(|(b, _)| *b == c.info.booking) {
                                p class="alert" { (ct_args("calls-message-failed", &[
                                    ("notice", text(ct(match m.notice.as_str() {
                                        "reminder" => "calls-notice-reminder",
                                        "cancellation" => "calls-notice-cancellation",
                                        "displacement" => "calls-notice-displacement",
                                        _ => "calls-notice-invitation",
                                    }))),
                                    ("channel", text(ct(if m.channel == "sms" { "calls-channel-sms" } else { "calls-channel-email" }))),
                                    ("why", text(m.last_error.clone().unwrap_or_default())),
                                ])) }
                            }
                        }
                        td { (detainee_label(&names, c.info.detainee)) }
                        td { (c.phase.name()) }
                        td { (centre.room_of(c.info.booking).map_or_else(|| ct("calls-call-point"), |r| r.name.clone())) }
                        td {
                            @if !rooms.is_empty() {
                                form method="post" action=(format!("/console/calls/{}/room", c.info.booking)) class="inline" {
                                    (csrf(&who))
                                    input type="hidden" name="date" value=(day.to_string());
                                    label for=(format!("room-{}", c.info.booking)) class="visually-hidden" { (ct_args("calls-move-label", &[("time", text(time.clone())), ("room", text(ct("calls-col-room")))])) }
                                    select id=(format!("room-{}", c.info.booking)) name="room" {
                                        @for r in &rooms { option value=(r.id.to_string()) { (r.name) } }
                                    }
                                    button type="submit" { (ct("calls-col-move")) }
                                }
                            }
                        }
                        td {
                            a href=(format!("/console/bookings/{}", c.info.booking)) { (ct_args("calls-open", &[("time", text(time.clone()))])) }
                            @if c.phase == CallPhase::Booked && may_cancel {
                                (super::booking::cancel_form(&who, c.info.booking, c.info.slot_start, "calls"))
                            }
                        }
                    }
                } }
            }
        }
        (waiting)
    };
    show(&who, screen, notice.as_ref(), body)
}

/// `POST /console/calls/{booking}/room`: puts the call in the room chosen.
pub(super) async fn move_call(
    State(s): State<AppState>,
    who: Staff,
    Path(booking): Path<String>,
    fields: Fields,
) -> Response {
    let screen = Page::Calls;
    if let Some(refusal) = refused(&who, &fields, screen) {
        return refusal;
    }
    // Back to the day shown: only a date goes into the address (a `Location` header).
    let back = match NaiveDate::parse_from_str(fields.get("date").trim(), "%Y-%m-%d") {
        Ok(day) => format!("/console/calls?date={day}"),
        Err(_) => screen.path().to_owned(),
    };
    let body = match (
        booking.parse::<BookingId>(),
        fields.get("room").parse::<RoomId>(),
    ) {
        (Ok(booking), Ok(room)) => Ok(EventBody::CallRoomAssigned { booking, room }),
        _ => Err("web-not-found"),
    };
    record_then(&s, &who, screen, body, &back, "web-call-moved").await
}
