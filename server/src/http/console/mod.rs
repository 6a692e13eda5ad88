//! The staff console in the browser, at `/console`: managers, the Compliance Manager, security
//! and the administrator sign in with their staff number and PIN and do their jobs in any
//! browser, nothing installed.
//!
//! Server-rendered HTML with plain forms: every page is a GET that reads the server's
//! projection and lists, every action a POST that turns the form into one event through
//! `kinline_console::forms` and records it through the same rulebook as the staff API
//! ([`Server::record`]), then redirects back (post/redirect/get). No script runs in the page,
//! so the Content-Security-Policy allows none; a typed character can never be lost to a
//! round trip; the browser keeps the form when the server refuses it, and the page says why.
//!
//! Sessions ([`session`]): a cookie (`HttpOnly`, `Secure`, `SameSite=Strict`, path
//! `/console`) holding a staff session token from the same sign-in as the API (the same
//! throttle and lockout), a CSRF token in every form derived from it, and an idle timeout
//! ([`crate::Config::console_idle_minutes`]). Which screens a role sees follows the API's role
//! table ([`StaffAction::allowed`]) and the rulebook's ([`may_record`]): there is no third.

mod booking;
mod calls;
mod compact;
mod pages;
mod rooms;
mod session;

use crate::auth::StaffAction;
use crate::http::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kinline_console::text::{ct, ct_args, text};
use kinline_shared::actor::{Actor, Role, may_record};
use kinline_shared::event::EventKind;
use kinline_shared::ids::StaffId;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use session::Staff;

/// The most bytes one console form may send.
const MAX_FORM_BYTES: usize = 64 * 1024;

/// The console's pages and actions, merged into the server's router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/console", get(pages::home))
        .route("/console/", get(pages::home))
        .route("/console/style.css", get(style))
        .route("/console/fonts.css", get(fonts))
        .route(
            "/console/sign-in",
            get(session::sign_in_page).post(session::sign_in),
        )
        .route("/console/sign-out", post(session::sign_out))
        .route("/console/suspensions", get(pages::suspensions))
        .route(
            "/console/suspend",
            get(pages::suspend_page).post(pages::suspend),
        )
        .route("/console/suspensions/{id}", get(pages::suspension))
        .route("/console/suspensions/{id}/notice", get(pages::notice))
        .route(
            "/console/suspensions/{id}/{action}",
            post(pages::suspension_action),
        )
        .route("/console/appeals", get(pages::appeals))
        .route(
            "/console/appeals/{id}",
            get(pages::appeal).post(pages::decide_appeal),
        )
        .route("/console/oversight", get(pages::oversight))
        .route("/console/reviews", get(pages::reviews))
        .route(
            "/console/exceptions",
            get(pages::exceptions).post(pages::review_exception),
        )
        .route("/console/referrals", get(pages::referrals))
        .route(
            "/console/referrals/{kind}/{id}",
            get(pages::referral).post(pages::update_referral),
        )
        .route("/console/hours", get(pages::hours).post(pages::save_hours))
        .route("/console/staff", get(pages::staff).post(pages::save_staff))
        .route("/console/tablets", get(pages::tablets))
        .route("/console/tablets/code", post(pages::enrolment_code))
        .route("/console/tablets/{id}/revoke", post(pages::revoke))
        .route("/console/rooms", get(rooms::rooms).post(rooms::add_room))
        .route("/console/rooms/{id}/retire", post(rooms::retire_room))
        .route(
            "/console/compact",
            get(compact::compact).post(compact::publish),
        )
        .route("/console/calls", get(calls::calls))
        .route("/console/book", get(booking::book_page).post(booking::book))
        .route(
            "/console/book/legal",
            get(booking::adviser_page).post(booking::adviser),
        )
        .route("/console/bookings/{booking}", get(booking::booking_page))
        .route("/console/bookings/{booking}/cancel", post(booking::cancel))
        .route("/console/waiting", post(booking::join_waiting))
        .route(
            "/console/waiting/{entry}/leave",
            post(booking::leave_waiting),
        )
        .route("/console/calls/{booking}/room", post(calls::move_call))
        .route("/console/reports", get(pages::reports))
        .route("/console/reports/{file}", get(pages::report_csv))
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
}

/// A page of the console: where it is, its title, and who may open it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// Managers: every suspension, and each one's duties (§17, §18).
    Suspensions,
    /// Managers: suspend a detainee (§17).
    Suspend,
    /// Managers: appeals and the other duties, overdue first (§18).
    Appeals,
    /// The Compliance Manager: suspensions to authorise and their basis (§17, §18).
    Oversight,
    /// The Compliance Manager: weekly reviews (§18).
    Reviews,
    /// The Compliance Manager: policy exceptions.
    Exceptions,
    /// Security (managers read): the referral queue (§12, §19).
    Referrals,
    /// The administrator: opening hours (§7).
    Hours,
    /// The administrator: staff accounts.
    Staff,
    /// The administrator: tablets.
    Tablets,
    /// The administrator: the rooms calls take place in (§7).
    Rooms,
    /// The administrator: publish a compact version (§10).
    Compact,
    /// Managers and the administrator: a day's calls and their rooms (§9).
    Calls,
    /// Those who may book and read the roster: book a call on a detainee's behalf (§9).
    Book,
    /// The same: a legal adviser's request for a legal call (§9).
    AdviserRequest,
    /// Managers and the Compliance Manager: reports with CSV.
    Reports,
}

impl Page {
    /// Every screen, in the navigation's order.
    pub const ALL: [Page; 16] = [
        Page::Suspensions,
        Page::Suspend,
        Page::Appeals,
        Page::Oversight,
        Page::Reviews,
        Page::Exceptions,
        Page::Referrals,
        Page::Hours,
        Page::Staff,
        Page::Tablets,
        Page::Rooms,
        Page::Compact,
        Page::Calls,
        Page::Book,
        Page::AdviserRequest,
        Page::Reports,
    ];

    /// Its address.
    pub fn path(self) -> &'static str {
        match self {
            Page::Suspensions => "/console/suspensions",
            Page::Suspend => "/console/suspend",
            Page::Appeals => "/console/appeals",
            Page::Oversight => "/console/oversight",
            Page::Reviews => "/console/reviews",
            Page::Exceptions => "/console/exceptions",
            Page::Referrals => "/console/referrals",
            Page::Hours => "/console/hours",
            Page::Staff => "/console/staff",
            Page::Tablets => "/console/tablets",
            Page::Rooms => "/console/rooms",
            Page::Compact => "/console/compact",
            Page::Calls => "/console/calls",
            Page::Book => "/console/book",
            Page::AdviserRequest => "/console/book/legal",
            Page::Reports => "/console/reports",
        }
    }

    /// Its title (`console.ftl`).
    pub fn title(self) -> String {
        ct(match self {
            Page::Suspensions => "screen-suspensions",
            Page::Suspend => "screen-suspend",
            Page::Appeals => "screen-deadlines",
            Page::Oversight => "screen-compliance",
            Page::Reviews => "screen-reviews",
            Page::Exceptions => "screen-exceptions",
            Page::Referrals => "screen-referrals",
            Page::Hours => "screen-schedule",
            Page::Staff => "screen-staff",
            Page::Tablets => "screen-tablets",
            Page::Rooms => "screen-rooms",
            Page::Compact => "screen-compact",
            Page::Calls => "screen-calls",
            Page::Book => "screen-book",
            Page::AdviserRequest => "screen-adviser",
            Page::Reports => "screen-reports",
        })
    }

    /// Whether `role` may open it: what the API lets the role read and the rulebook lets it
    /// record, nothing else.
    pub fn allowed(self, role: Role) -> bool {
        let records = |kind| {
            may_record(
                &Actor::Staff {
                    id: StaffId(uuid::Uuid::nil()),
                    role,
                },
                kind,
            )
        };
        match self {
            Page::Suspensions | Page::Suspend => {
                StaffAction::ListDeadlines.allowed(role) && records(EventKind::SuspensionDecided)
            }
            Page::Appeals => {
                StaffAction::ListDeadlines.allowed(role) && records(EventKind::AppealDecided)
            }
            Page::Oversight => records(EventKind::SuspensionAuthorised),
            Page::Reviews => records(EventKind::SuspensionReviewed),
            Page::Exceptions => {
                StaffAction::ListExceptions.allowed(role)
                    && records(EventKind::PolicyExceptionReviewed)
            }
            Page::Referrals => StaffAction::ListReferrals.allowed(role),
            Page::Hours => records(EventKind::CentreScheduleChanged),
            Page::Staff => StaffAction::ManageStaff.allowed(role),
            Page::Tablets => StaffAction::ListDevices.allowed(role),
            Page::Rooms => StaffAction::ManageRooms.allowed(role),
            Page::Compact => records(EventKind::CompactVersionPublished),
            Page::Calls => {
                StaffAction::SeeSchedule.allowed(role) && records(EventKind::CallRoomAssigned)
            }
            Page::Book | Page::AdviserRequest => {
                StaffAction::SeeRoster.allowed(role)
                    && StaffAction::SeeSchedule.allowed(role)
                    && records(EventKind::CallBooked)
            }
            Page::Reports => StaffAction::ListDeadlines.allowed(role),
        }
    }

    /// The screens `role` may open.
    pub fn for_role(role: Role) -> impl Iterator<Item = Page> {
        Page::ALL.into_iter().filter(move |s| s.allowed(role))
    }
}

/// A message at the top of a page: what happened, or what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// A problem (an alert) or a success (a status).
    pub problem: bool,
    /// The words.
    pub text: String,
}

impl Notice {
    /// A success.
    pub fn done(text: impl Into<String>) -> Self {
        Self {
            problem: false,
            text: text.into(),
        }
    }

    /// A problem.
    pub fn problem(text: impl Into<String>) -> Self {
        Self {
            problem: true,
            text: text.into(),
        }
    }
}

/// A whole console page: the title, the role's navigation, the notice, the content.
fn page(
    who: &Staff,
    current: Option<Page>,
    title: &str,
    notice: Option<&Notice>,
    body: Markup,
) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            (head(title))
            body {
                a class="skip" href="#main" { (ct("web-skip")) }
                header class="top" {
                    span class="brand" { (ct("console-title")) }
                    span class="who" { (ct_args("web-signed-in-as", &[("name", text(who.name.clone())), ("role", text(who.role.label()))])) }
                    form method="post" action="/console/sign-out" {
                        input type="hidden" name="csrf" value=(who.csrf);
                        button type="submit" { (ct("console-sign-out")) }
                    }
                }
                nav aria-label=(ct("console-nav-label")) {
                    ul {
                        @for s in Page::for_role(who.role) {
                            li {
                                @if Some(s) == current {
                                    a href=(s.path()) aria-current="page" { (s.title()) }
                                } @else {
                                    a href=(s.path()) { (s.title()) }
                                }
                            }
                        }
                    }
                }
                main id="main" tabindex="-1" {
                    h1 { (title) }
                    @if let Some(n) = notice {
                        @if n.problem {
                            p class="alert" role="alert" { (n.text) }
                        } @else {
                            p class="status" role="status" { (n.text) }
                        }
                    }
                    (body)
                }
            }
        }
    }
}

/// Every console page's head: its title and the console's stylesheet.
fn head(title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " — " (ct("console-title")) }
            link rel="stylesheet" href="/console/style.css";
            link rel="stylesheet" href="/console/fonts.css";
        }
    }
}

/// An HTML answer with the console's headers: its own CSP (its stylesheet, no script at all),
/// never cached (it shows who is signed in and what they may do).
fn respond(status: StatusCode, markup: Markup) -> Response {
    let mut res = (status, markup.into_string()).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The console's Content-Security-Policy: its own stylesheets, the shipped fonts and images
/// drawn inline, forms posted only to itself, no script, never framed.
pub const CSP: &str = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; \
                       form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The console's stylesheet: large targets, visible focus, contrast above WCAG AA, a
/// navigation that stays in view, and print rules.
async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        STYLE,
    )
        .into_response()
}

const STYLE: &str = include_str!("console.css");

/// The shipped fonts' `@font-face` rules (the caller page's, served at `/assets/fonts/…`), so
/// a name in any of the 24 languages (the invitation's language picker) shows in its script
/// whatever fonts the staff laptop has.
async fn fonts() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        crate::signalling::fonts::css(),
    )
        .into_response()
}

/// Raw HTML made by our own code (an SVG chart drawn by `kinline_console::charts`, which
/// escapes what it writes).
fn trusted(html: &str) -> PreEscaped<String> {
    PreEscaped(html.to_owned())
}
