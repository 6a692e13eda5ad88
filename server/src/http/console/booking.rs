//! Booking at the console (issue #16 item 1): staff book a call on a detainee's behalf, take a
//! legal adviser's request for a legal call (§9: it may displace a social call, whose caller
//! is told), cancel and rebook with a reason, and put a detainee on the waiting list when the
//! slot they wanted is full.
//!
//! The slots offered are `shared::booking::free_slots`, the tablet's rule, up to the server's
//! `booking_horizon_days`; the booking is recorded through [`crate::Server::record_with_caller`]
//! with the caller's contact (checked by `CallerContact`, as on the tablet), so the invitation
//! dispatcher finds it. A refusal shows the form again with what was typed and the rulebook's
//! words; a slot filled meanwhile offers the next free ones and the waiting list.

use super::pages::{
    Fields, csrf, detainee_label, done, open, record_then, refused, roster, roster_items,
};
use super::session::Staff;
use super::{Notice, Page, page, respond};
use crate::http::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, NaiveDate, Utc};
use kinline_console::forms::{self, BookForm, call_kind, cancel_reason_value, slot_start};
use kinline_console::text::{ct, ct_args, has, text};
use kinline_shared::actor::{Actor, may_record};
use kinline_shared::booking::{self, BeforeCalling, FreeSlot, by_day, free_slots, next_free_after};
use kinline_shared::contact::CallerContact;
use kinline_shared::event::{EventBody, EventKind};
use kinline_shared::ids::{BookingId, DetaineeId, WaitingId};
use kinline_shared::languages::{Direction, LANGUAGES};
use kinline_shared::model::{CallKind, CancelReason};
use kinline_shared::projection::Centre;
use kinline_shared::sync::ReferenceItem;
use kinline_shared::time::{london_date, london_wall};
use kinline_shared::workflow::call::CallPhase;
use maud::{Markup, html};
use serde::Deserialize;

/// How many free slots are offered instead of a full one.
const NEXT_FREE: usize = 3;

/// The most detainees a search lists.
const MAX_FOUND: usize = 200;

/// The booking form's query: the search, the detainee and kind chosen, a slot to preselect,
/// a booking whose caller to book again, and what just happened.
#[derive(Deserialize, Default)]
pub(super) struct BookQuery {
    q: Option<String>,
    detainee: Option<String>,
    kind: Option<String>,
    slot: Option<String>,
    rebook: Option<String>,
    done: Option<String>,
}

/// `GET /console/book`.
pub(super) async fn book_page(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<BookQuery>,
) -> Response {
    render(&s, &who, Page::Book, &q, None, None).await
}

/// `GET /console/book/legal`: a legal adviser's request for a legal call.
pub(super) async fn adviser_page(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<BookQuery>,
) -> Response {
    render(&s, &who, Page::AdviserRequest, &q, None, None).await
}

/// `POST /console/book`.
pub(super) async fn book(State(s): State<AppState>, who: Staff, fields: Fields) -> Response {
    submit(&s, &who, Page::Book, fields).await
}

/// `POST /console/book/legal`.
pub(super) async fn adviser(State(s): State<AppState>, who: Staff, fields: Fields) -> Response {
    submit(&s, &who, Page::AdviserRequest, fields).await
}

fn kind_value(kind: CallKind) -> &'static str {
    match kind {
        CallKind::Social => "social",
        CallKind::Legal => "legal",
    }
}

fn kind_words(kind: CallKind) -> String {
    ct(match kind {
        CallKind::Social => "calls-social",
        CallKind::Legal => "calls-legal",
    })
}

fn hhmm(at: DateTime<Utc>) -> String {
    london_wall(at).format("%H:%M").to_string()
}

fn day_words(day: NaiveDate) -> String {
    day.format("%A %-d %B %Y").to_string()
}

fn slot_value(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A slot as staff read it: "Monday 7 December 2026, 10:00".
fn slot_words(at: DateTime<Utc>) -> String {
    format!("{}, {}", day_words(london_date(at)), hhmm(at))
}

/// The detainees on the roster matching `q` (name, Home Office reference or room), present,
/// by name.
fn found(items: &[ReferenceItem], q: &str) -> Vec<(DetaineeId, String)> {
    let q = q.trim().to_lowercase();
    let mut out: Vec<(DetaineeId, String)> = items
        .iter()
        .filter_map(|i| match i {
            ReferenceItem::RosterEntry {
                detainee,
                name,
                reference,
                location,
                present: true,
            } if q.is_empty()
                || name.to_lowercase().contains(&q)
                || reference.to_lowercase().contains(&q)
                || location.to_lowercase().contains(&q) =>
            {
                let label = match (reference.is_empty(), location.is_empty()) {
                    (false, false) => ct_args(
                        "book-found",
                        &[
                            ("name", text(name.clone())),
                            ("reference", text(reference.clone())),
                            ("room", text(location.clone())),
                        ],
                    ),
                    (false, true) => ct_args(
                        "detainee-name-reference",
                        &[
                            ("name", text(name.clone())),
                            ("reference", text(reference.clone())),
                        ],
                    ),
                    _ => name.clone(),
                };
                Some((*detainee, label))
            }
            _ => None,
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out.truncate(MAX_FOUND);
    out
}

/// What stands before the call, in words.
fn before_words(b: &BeforeCalling) -> String {
    match b {
        BeforeCalling::Rule(v) => v.to_string(),
        BeforeCalling::Suspended { until, .. } => ct_args(
            "book-suspended",
            &[("until", text(kinline_i18n::notice::notice_time(*until)))],
        ),
    }
}

/// The booking form, step one (who, which kind) and step two (slot, caller), with `kept`
/// values after a refusal.
async fn render(
    s: &AppState,
    who: &Staff,
    screen: Page,
    q: &BookQuery,
    kept: Option<&Fields>,
    notice: Option<Notice>,
) -> Response {
    let centre = match open(s, who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let adviser = screen == Page::AdviserRequest;
    let items = roster_items(s).await;
    let search = q.q.clone().unwrap_or_default();
    let detainee = q
        .detainee
        .as_deref()
        .and_then(|d| d.parse::<DetaineeId>().ok());
    let mut people = found(&items, &search);
    if let Some(d) = detainee
        && !people.iter().any(|(p, _)| *p == d)
    {
        let names = roster(s).await;
        people.insert(0, (d, detainee_label(&names, d)));
    }
    let kind = if adviser {
        Some(CallKind::Legal)
    } else {
        q.kind.as_deref().and_then(call_kind)
    };
    let notice = notice.or_else(|| {
        q.done
            .as_deref()
            .filter(|id| has(id))
            .map(|id| Notice::done(ct(id)))
    });
    let status = if notice.as_ref().is_some_and(|n| n.problem) {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    // A rebooking's caller, read here from the held contact (never put in an address).
    let rebook = match q
        .rebook
        .as_deref()
        .and_then(|b| b.parse::<BookingId>().ok())
    {
        Some(b) if kept.is_none() => s.caller_contact(b).await.ok().flatten(),
        _ => None,
    };
    let now = s.centre_now();
    let horizon = s.config.booking_horizon_days;
    let step_two = match (detainee, kind) {
        (Some(d), Some(k)) => Some(step_two(
            &centre,
            who,
            screen,
            d,
            k,
            q,
            kept,
            rebook.as_ref(),
            now,
            horizon,
        )),
        _ => None,
    };
    let body = html! {
        p { (ct(if adviser { "adviser-lead" } else { "book-lead" })) }
        form method="get" action=(screen.path()) {
            fieldset {
                legend { (ct("book-step-one")) }
                p {
                    label for="q" { (ct("book-search")) }
                    input id="q" name="q" value=(search) autocomplete="off";
                    " "
                    button type="submit" name="find" value="1" { (ct("book-find")) }
                }
                p {
                    label for="detainee" { (ct("suspend-detainee")) }
                    select id="detainee" name="detainee" {
                        option value="" { (ct("web-choose")) }
                        @for (id, label) in &people {
                            option value=(id.to_string()) selected[detainee == Some(*id)] { (label) }
                        }
                    }
                }
                @if people.is_empty() { p { (ct("book-nobody-found")) } }
                @if !adviser {
                    fieldset class="choices" {
                        legend { (ct("book-kind")) }
                        @for k in [CallKind::Social, CallKind::Legal] {
                            p class="check" {
                                input type="radio" id=(format!("kind-{}", kind_value(k))) name="kind" value=(kind_value(k)) checked[kind == Some(k)];
                                label for=(format!("kind-{}", kind_value(k))) { (kind_words(k)) }
                            }
                        }
                    }
                }
                button type="submit" { (ct("book-show-slots")) }
            }
        }
        @if let Some(two) = step_two { (two) }
    };
    respond(
        status,
        page(who, Some(screen), &screen.title(), notice.as_ref(), body),
    )
}

/// Step two: what stands before the call, the free slots (and, when the slot wanted is
/// full, the next free ones and the waiting list), the caller.
#[allow(clippy::too_many_arguments)]
fn step_two(
    centre: &Centre,
    who: &Staff,
    screen: Page,
    detainee: DetaineeId,
    kind: CallKind,
    q: &BookQuery,
    kept: Option<&Fields>,
    rebook: Option<&CallerContact>,
    now: DateTime<Utc>,
    horizon: u32,
) -> Markup {
    let adviser = screen == Page::AdviserRequest;
    let kept_value = |name: &str| kept.map(|f| f.get(name).to_owned());
    let value = |name: &str, held: Option<String>| kept_value(name).or(held).unwrap_or_default();
    let blockers = booking::before_calling(centre, detainee, now);
    let slots = free_slots(centre, detainee, kind, now, horizon);
    let wanted = kept_value("slot")
        .or_else(|| q.slot.clone())
        .and_then(|v| slot_start(&v));
    let full = wanted.filter(|w| !slots.iter().any(|s| s.start == *w));
    let next: Vec<FreeSlot> = full
        .map(|w| next_free_after(centre, detainee, kind, w, now, horizon, NEXT_FREE))
        .unwrap_or_default();
    let chosen = wanted
        .filter(|w| full != Some(*w))
        .or_else(|| next.first().map(|s| s.start));
    let booking_id = kept_value("booking")
        .and_then(|b| b.parse::<BookingId>().ok())
        .unwrap_or_else(|| BookingId(crate::fresh::new_id()));
    let language = value("language", rebook.map(|c| c.language.0.clone()));
    let language = if language.is_empty() {
        "en-GB".to_owned()
    } else {
        language
    };
    let may_wait = may_record(
        &Actor::Staff {
            id: who.staff,
            role: who.role,
        },
        EventKind::WaitingListJoined,
    );
    html! {
        @if !blockers.is_empty() {
            div class="panel" {
                h2 { (ct("book-before")) }
                ul { @for b in &blockers { li { (before_words(b)) } } }
            }
        }
        @if let Some(w) = full {
            div class="panel" {
                h2 { (ct("book-full-title")) }
                p { (ct_args("book-full", &[("slot", text(slot_words(w)))])) }
                @if !next.is_empty() {
                    p { (ct("book-next-free")) }
                    ul { @for n in &next { li { (slot_words(n.start)) } } }
                }
                @if may_wait {
                    form method="post" action="/console/waiting" {
                        (csrf(who))
                        input type="hidden" name="detainee" value=(detainee.to_string());
                        input type="hidden" name="kind" value=(kind_value(kind));
                        input type="hidden" name="day" value=(london_date(w).to_string());
                        input type="hidden" name="slot" value=(slot_value(w));
                        p { button type="submit" { (ct_args("book-join-waiting", &[("day", text(day_words(london_date(w))))])) } }
                    }
                }
            }
        }
        form method="post" action=(screen.path()) {
            (csrf(who))
            input type="hidden" name="booking" value=(booking_id.to_string());
            input type="hidden" name="detainee" value=(detainee.to_string());
            input type="hidden" name="kind" value=(kind_value(kind));
            fieldset {
                legend { (ct_args("book-step-two", &[("kind", text(kind_words(kind)))])) }
                @if slots.is_empty() {
                    p { (ct_args("book-no-slots", &[("days", text(horizon.to_string()))])) }
                } @else {
                    p {
                        label for="slot" { (ct_args("book-slot", &[("days", text(horizon.to_string()))])) }
                        select id="slot" name="slot" required {
                            @for (day, in_day) in by_day(&slots) {
                                optgroup label=(day_words(day)) {
                                    @for sl in in_day {
                                        option value=(slot_value(sl.start)) selected[chosen == Some(sl.start)] {
                                            (hhmm(sl.start))
                                            @if sl.displaces_social { " — " (ct("book-displaces")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            fieldset {
                legend { (ct(if adviser { "adviser-caller" } else { "book-caller" })) }
                p {
                    label for="name" { (ct(if adviser { "adviser-name" } else { "book-name" })) }
                    input id="name" name="name" maxlength="80" autocomplete="off" value=(value("name", rebook.map(|c| c.name.clone())));
                }
                p {
                    label for="relationship" { (ct(if adviser { "adviser-firm" } else { "book-relationship" })) }
                    input id="relationship" name="relationship" maxlength="60" autocomplete="off" value=(value("relationship", rebook.map(|c| c.relationship.clone())));
                }
                p {
                    label for="email" { (ct("book-email")) }
                    input id="email" name="email" type="email" autocomplete="off" value=(value("email", rebook.and_then(|c| c.email.clone())));
                }
                p {
                    label for="mobile" { (ct("book-mobile")) }
                    input id="mobile" name="mobile" type="tel" autocomplete="off" value=(value("mobile", rebook.and_then(|c| c.mobile.clone())));
                }
                p class="hint" { (ct("book-address-hint")) }
            }
            fieldset class="languages" {
                legend { (ct("book-language")) }
                @for (i, l) in LANGUAGES.iter().enumerate() {
                    p class="check" {
                        input type="radio" id=(format!("language-{i}")) name="language" value=(l.tag) checked[language == l.tag];
                        label for=(format!("language-{i}")) {
                            bdi lang=(l.tag) dir=(if l.direction == Direction::Rtl { "rtl" } else { "auto" }) { (l.native) }
                            @if l.native != l.english { " (" (l.english) ")" }
                        }
                    }
                }
            }
            p { button type="submit" { (ct(if adviser { "adviser-button" } else { "book-button" })) } }
        }
    }
}

/// Records a booking form: the booking and its caller's contact, or the form again with what
/// was typed and why not.
async fn submit(s: &AppState, who: &Staff, screen: Page, fields: Fields) -> Response {
    if let Some(refusal) = refused(who, &fields, screen) {
        return refusal;
    }
    let adviser = screen == Page::AdviserRequest;
    let form = BookForm {
        detainee: fields.get("detainee").parse().ok(),
        kind: if adviser {
            Some(CallKind::Legal)
        } else {
            call_kind(fields.get("kind"))
        },
        slot: fields.get("slot").to_owned(),
        name: fields.get("name").to_owned(),
        relationship: fields.get("relationship").to_owned(),
        email: fields.get("email").to_owned(),
        mobile: fields.get("mobile").to_owned(),
        language: fields.get("language").to_owned(),
    };
    let q = BookQuery {
        detainee: Some(fields.get("detainee").to_owned()),
        kind: Some(fields.get("kind").to_owned()),
        slot: Some(fields.get("slot").to_owned()),
        ..BookQuery::default()
    };
    let booking = fields
        .get("booking")
        .parse::<BookingId>()
        .unwrap_or_else(|_| BookingId(crate::fresh::new_id()));
    // The same form sent twice (a double click, a reload) books once.
    if let Ok(centre) = s.centre().await
        && let Some(c) = centre.calls.get(&booking)
        && Some(c.info.detainee) == form.detainee
    {
        return done(&format!("/console/bookings/{booking}"), "book-done");
    }
    let (body, contact) = match form.booking(booking) {
        Ok(b) => b,
        Err(problem) => {
            return render(
                s,
                who,
                screen,
                &q,
                Some(&fields),
                Some(Notice::problem(ct(problem))),
            )
            .await;
        }
    };
    match s
        .record_with_caller(who.staff, who.role, body, Some(contact))
        .await
    {
        Ok(_) => done(&format!("/console/bookings/{booking}"), "book-done"),
        Err(e) => {
            render(
                s,
                who,
                screen,
                &q,
                Some(&fields),
                Some(Notice::problem(e.message)),
            )
            .await
        }
    }
}

/// `GET /console/bookings/{booking}`: one booking, its caller, its messages, and cancelling
/// (and booking again) with a reason.
pub(super) async fn booking_page(
    State(s): State<AppState>,
    who: Staff,
    Path(id): Path<String>,
    Query(q): Query<BookQuery>,
) -> Response {
    let screen = Page::Calls;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let Some(call) = id
        .parse::<BookingId>()
        .ok()
        .and_then(|b| centre.calls.get(&b))
    else {
        return super::pages::problem_page(&who, screen, screen.path(), ct("web-not-found"));
    };
    let booking = call.info.booking;
    let names = roster(&s).await;
    let caller = s.caller_contact(booking).await.ok().flatten();
    let messages = s.db().outbox_of(&[booking]).await.unwrap_or_default();
    let may_cancel = call.phase == CallPhase::Booked
        && may_record(
            &Actor::Staff {
                id: who.staff,
                role: who.role,
            },
            EventKind::CallCancelled,
        );
    let notice = q
        .done
        .as_deref()
        .filter(|id| has(id))
        .map(|id| Notice::done(ct(id)));
    let title = ct_args(
        "booking-title",
        &[
            ("kind", text(kind_words(call.info.kind))),
            ("slot", text(slot_words(call.info.slot_start))),
        ],
    );
    let body = html! {
        dl {
            dt { (ct("calls-col-detainee")) } dd { (detainee_label(&names, call.info.detainee)) }
            dt { (ct("calls-col-call")) } dd { (kind_words(call.info.kind)) }
            dt { (ct("calls-col-time")) } dd { (slot_words(call.info.slot_start)) }
            dt { (ct("calls-col-room")) } dd { (centre.room_of(booking).map_or_else(|| ct("calls-call-point"), |r| r.name.clone())) }
            dt { (ct("calls-col-state")) } dd { (call.phase.name()) }
            dt { (ct("booking-caller")) }
            dd {
                @match &caller {
                    Some(c) => {
                        (ct_args("booking-caller-label", &[("name", text(c.name.clone())), ("relationship", text(c.relationship.clone()))]))
                        @if let Some(e) = &c.email { br; (ct_args("booking-caller-email", &[("email", text(e.clone()))])) }
                        @if let Some(m) = &c.mobile { br; (ct_args("booking-caller-mobile", &[("mobile", text(m.clone()))])) }
                    }
                    None => (ct("booking-caller-none")),
                }
            }
        }
        @if !messages.is_empty() {
            h2 { (ct("booking-messages")) }
            ul {
                @for (_, m) in &messages {
                    li { (ct_args("booking-message", &[
                        ("notice", text(m.notice.clone())),
                        ("channel", text(m.channel.clone())),
                        ("state", text(m.state.clone())),
                    ])) }
                }
            }
        }
        @if may_cancel {
            (cancel_form(&who, booking, call.info.slot_start, "booking"))
        }
        p { a href=(format!("/console/calls?date={}", london_date(call.info.slot_start))) { (ct("booking-back")) } }
    };
    respond(
        StatusCode::OK,
        page(&who, Some(screen), &title, notice.as_ref(), body),
    )
}

/// The cancel form of a booking: the reason, then "cancel" or "cancel and book again".
pub(super) fn cancel_form(
    who: &Staff,
    booking: BookingId,
    slot: DateTime<Utc>,
    from: &str,
) -> Markup {
    let field = format!("reason-{booking}");
    html! {
        form method="post" action=(format!("/console/bookings/{booking}/cancel")) class="inline" {
            (csrf(who))
            input type="hidden" name="from" value=(from);
            label for=(field) { (ct_args("cancel-reason", &[("time", text(hhmm(slot)))])) }
            select id=(field) name="reason" required {
                option value="" { (ct("web-choose")) }
                @for r in CancelReason::ALL {
                    option value=(cancel_reason_value(r)) { (ct(match r {
                        CancelReason::CallerAsked => "cancel-caller",
                        CancelReason::DetaineeAsked => "cancel-detainee",
                        CancelReason::TechnicalFailure => "cancel-technical",
                        CancelReason::Other => "cancel-other",
                    })) }
                }
            }
            " "
            button type="submit" name="then" value="cancel" { (ct("cancel-button")) }
            " "
            button type="submit" name="then" value="rebook" { (ct("cancel-rebook")) }
        }
    }
}

/// `POST /console/bookings/{booking}/cancel`: cancels with the reason; back to the day's
/// calls (where a place freed is offered to the first waiting), or on to the booking form
/// with the same detainee, kind and caller.
pub(super) async fn cancel(
    State(s): State<AppState>,
    who: Staff,
    Path(id): Path<String>,
    fields: Fields,
) -> Response {
    let screen = Page::Calls;
    if let Some(refusal) = refused(&who, &fields, screen) {
        return refusal;
    }
    let centre = match s.centre().await {
        Ok(c) => c,
        Err(e) => return super::pages::failed(&who, screen, e),
    };
    let Some(call) = id
        .parse::<BookingId>()
        .ok()
        .and_then(|b| centre.calls.get(&b))
    else {
        return super::pages::problem_page(&who, screen, screen.path(), ct("web-not-found"));
    };
    let info = call.info.clone();
    let back = if fields.get("then") == "rebook" {
        format!(
            "/console/book?detainee={}&kind={}&rebook={}",
            info.detainee,
            kind_value(info.kind),
            info.booking
        )
    } else if fields.get("from") == "booking" {
        format!("/console/bookings/{}", info.booking)
    } else {
        format!("/console/calls?date={}", london_date(info.slot_start))
    };
    let body = forms::cancellation(info.booking, fields.get("reason"));
    record_then(&s, &who, screen, body, &back, "cancel-done").await
}

/// The day's calls a waiting-list form goes back to (only a date goes into the address).
fn calls_of(day: &str) -> String {
    match NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d") {
        Ok(day) => format!("/console/calls?date={day}"),
        Err(_) => Page::Calls.path().to_owned(),
    }
}

/// `POST /console/waiting`: puts the detainee on the waiting list for the day (and slot)
/// wanted; back to that day's calls.
pub(super) async fn join_waiting(
    State(s): State<AppState>,
    who: Staff,
    fields: Fields,
) -> Response {
    let screen = Page::Book;
    if let Some(refusal) = refused(&who, &fields, screen) {
        return refusal;
    }
    let back = calls_of(fields.get("day"));
    let body = forms::waiting_place(
        WaitingId(crate::fresh::new_id()),
        fields.get("detainee").parse().ok(),
        call_kind(fields.get("kind")),
        fields.get("day"),
        fields.get("slot"),
    );
    record_then(&s, &who, screen, body, &back, "waiting-done").await
}

/// `POST /console/waiting/{entry}/leave`: takes a detainee off the waiting list.
pub(super) async fn leave_waiting(
    State(s): State<AppState>,
    who: Staff,
    Path(id): Path<String>,
    fields: Fields,
) -> Response {
    let screen = Page::Book;
    if let Some(refusal) = refused(&who, &fields, screen) {
        return refusal;
    }
    let back = calls_of(fields.get("date"));
    let body = id
        .parse::<WaitingId>()
        .map(|entry| EventBody::WaitingListLeft {
            entry,
            booking: None,
        })
        .map_err(|_| "web-not-found");
    record_then(&s, &who, screen, body, &back, "waiting-left").await
}

/// The day's waiting list on the calls screen: who waits, in the order they joined, and the
/// place freed that the first of them who can take it is offered, with "book" pre-filled.
pub(super) fn waiting_section(
    centre: &Centre,
    who: &Staff,
    names: &std::collections::HashMap<DetaineeId, (String, String, bool)>,
    day: NaiveDate,
    now: DateTime<Utc>,
    horizon: u32,
) -> Markup {
    let waiting: Vec<_> = centre
        .waiting
        .iter()
        .filter(|w| w.is_open() && w.day == day)
        .collect();
    if waiting.is_empty() {
        return html! {};
    }
    let offers = kinline_shared::waiting::offers(centre, day, now, horizon);
    let may_book = Page::Book.allowed(who.role);
    html! {
        h2 id="waiting" { (ct("waiting-title")) }
        ol class="waiting" {
            @for w in &waiting {
                li {
                    (ct_args("waiting-entry", &[
                        ("detainee", text(detainee_label(names, w.detainee))),
                        ("kind", text(kind_words(w.kind))),
                    ]))
                    @if let Some(slot) = w.slot { " " (ct_args("waiting-wanted", &[("time", text(hhmm(slot)))])) }
                    @if let Some(o) = offers.iter().find(|o| o.entry == w.entry) {
                        p class="status" {
                            (ct_args("waiting-offer", &[("time", text(hhmm(o.slot.start)))]))
                            @if may_book {
                                " "
                                a class="button" href=(format!("/console/book?detainee={}&kind={}&slot={}", w.detainee, kind_value(w.kind), slot_value(o.slot.start))) {
                                    (ct_args("waiting-book", &[("time", text(hhmm(o.slot.start)))]))
                                }
                            }
                        }
                    }
                    @if may_book {
                        form method="post" action=(format!("/console/waiting/{}/leave", w.entry)) class="inline" {
                            (csrf(who))
                            input type="hidden" name="date" value=(day.to_string());
                            button type="submit" { (ct_args("waiting-leave", &[("detainee", text(detainee_label(names, w.detainee)))])) }
                        }
                    }
                }
            }
        }
    }
}
