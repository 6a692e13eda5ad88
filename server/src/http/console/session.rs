//! The console's sessions: sign-in with the staff number (or id) and PIN through the server's
//! own sign-in (the same throttle, lockout and equal cost for unknown numbers), a cookie with
//! the session token, a CSRF token in every form, and an idle timeout.

use super::{Notice, respond};
use crate::http::AppState;
use crate::http::api::PeerAddr;
use crate::http::error::status_of;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use kinline_console::text::ct;
use kinline_shared::actor::Role;
use kinline_shared::ids::StaffId;
use maud::{DOCTYPE, Markup, html};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The session cookie's name.
pub(super) const COOKIE: &str = "kinline_console";

/// The signed-in member of staff behind a console request.
pub(super) struct Staff {
    /// Their id.
    pub staff: StaffId,
    /// Their role.
    pub role: Role,
    /// Their name as the administrator entered it (or their staff number).
    pub name: String,
    /// The CSRF token every form of theirs carries.
    pub csrf: String,
    token: String,
}

impl Staff {
    /// The refusal of a form without this session's CSRF token (`None`: it has it).
    pub(super) fn csrf_refusal(&self, fields: &super::pages::Fields) -> Option<Response> {
        let sent = fields.get("csrf");
        let ok = sent.len() == self.csrf.len()
            && sent
                .bytes()
                .zip(self.csrf.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        if ok {
            None
        } else {
            Some(respond(
                StatusCode::FORBIDDEN,
                bare(&ct("web-csrf-title"), html! { p { (ct("web-csrf")) } }),
            ))
        }
    }
}

/// The CSRF token of a session: derived from its token, so nothing more is stored, and
/// useless without the cookie (which a cross-site request never carries: `SameSite=Strict`).
fn csrf_of(token: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"kinline console csrf\0");
    h.update(token.as_bytes());
    hex::encode(&h.finalize()[..16])
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        let next = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_default();
        let to_sign_in = |why: &str| {
            let mut url = format!("/console/sign-in?why={why}");
            if parts.method == axum::http::Method::GET && safe_next(&next) {
                url.push_str("&next=");
                url.push_str(&percent(&next));
            }
            Redirect::to(&url).into_response()
        };
        let Some(token) = cookie_token(&parts.headers) else {
            return Err(to_sign_in("console-sign-in-first"));
        };
        let Ok((staff, role)) = s.session(&token).await else {
            return Err(to_sign_in("console-sign-in-first"));
        };
        let idle_ms = s.config.console_idle_minutes.clamp(1, 24 * 60) * 60_000;
        if !s.console.touch(&token, crate::fresh::now_ms(), idle_ms) {
            let _ = s.sign_out(&token).await;
            return Err(to_sign_in("web-idle-ended"));
        }
        let name = staff_name(s, staff).await;
        Ok(Staff {
            staff,
            role,
            name,
            csrf: csrf_of(&token),
            token,
        })
    }
}

/// A member of staff's name as the administrator entered it, else their staff number.
async fn staff_name(s: &AppState, staff: StaffId) -> String {
    match super::pages::staff_names(s).await.remove(&staff) {
        Some(label) => label,
        None => kinline_console::short(&staff.to_string()),
    }
}

/// Whether `next` is one of the console's own addresses (never another site, and nothing a
/// `Location` header could not carry: a control character there would fail the answer).
fn safe_next(next: &str) -> bool {
    next.bytes().all(|b| b.is_ascii_graphic())
        && next.starts_with("/console/")
        && !next.starts_with("/console/sign-")
        && !next.contains("//")
        && !next.contains('\\')
        && next.len() <= 512
}

fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The sign-in page's query: why it is shown, and where to go after.
#[derive(Deserialize)]
pub(super) struct SignInQuery {
    why: Option<String>,
    next: Option<String>,
}

/// A page without navigation (sign-in, refusals).
fn bare(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            (super::head(title))
            body {
                main id="main" class="narrow" {
                    p class="brand" { (ct("console-title")) }
                    h1 { (title) }
                    (body)
                }
            }
        }
    }
}

fn sign_in_form(notice: Option<&Notice>, staff: &str, next: Option<&str>) -> Markup {
    html! {
        @if let Some(n) = notice {
            @if n.problem {
                p class="alert" role="alert" { (n.text) }
            } @else {
                p class="status" role="status" { (n.text) }
            }
        }
        form method="post" action="/console/sign-in" {
            @if let Some(next) = next.filter(|n| safe_next(n)) {
                input type="hidden" name="next" value=(next);
            }
            p {
                label for="staff" { (ct("web-staff-number")) }
                input id="staff" name="staff" autocomplete="username" required value=(staff)
                    autocapitalize="characters" spellcheck="false";
            }
            p {
                label for="secret" { (ct("sign-in-secret")) }
                input id="secret" name="secret" type="password" autocomplete="current-password" required;
            }
            p { button type="submit" { (ct("sign-in-button")) } }
        }
    }
}

/// `GET /console/sign-in`.
pub(super) async fn sign_in_page(Query(q): Query<SignInQuery>) -> Response {
    let notice = q
        .why
        .as_deref()
        .filter(|w| {
            matches!(
                *w,
                "console-sign-in-first" | "web-idle-ended" | "console-signed-out"
            )
        })
        .map(|w| Notice::done(ct(w)));
    respond(
        StatusCode::OK,
        bare(
            &ct("screen-sign-in"),
            sign_in_form(notice.as_ref(), "", q.next.as_deref()),
        ),
    )
}

/// `POST /console/sign-in`: the staff number (or id) and PIN; on success the cookie is set and
/// the browser goes where it was going, or to the role's first screen.
pub(super) async fn sign_in(
    State(s): State<AppState>,
    PeerAddr(from): PeerAddr,
    fields: super::pages::Fields,
) -> Response {
    let who = fields.get("staff").trim().to_owned();
    let secret = fields.get("secret");
    let next = fields.get("next");
    let refused = |status, message: String| {
        respond(
            status,
            bare(
                &ct("screen-sign-in"),
                sign_in_form(Some(&Notice::problem(message)), &who, Some(next)),
            ),
        )
    };
    if who.is_empty() || secret.is_empty() || who.len() > 64 || secret.len() > 256 {
        return refused(StatusCode::UNPROCESSABLE_ENTITY, ct("web-sign-in-missing"));
    }
    let staff = match s.staff_signing_in(&who).await {
        Ok(id) => id,
        Err(e) => return refused(status_of(e.failure), e.message),
    };
    let (token, role, _) = match s.sign_in_from(staff, secret, from).await {
        Ok(t) => t,
        Err(e) => return refused(status_of(e.failure), e.message),
    };
    s.console.start(&token.0, crate::fresh::now_ms());
    let first = super::Page::for_role(role).next();
    let to = if safe_next(next) {
        next.to_owned()
    } else {
        first.map_or("/console/", |s| s.path()).to_owned()
    };
    let mut res = Redirect::to(&to).into_response();
    let cookie = format!(
        "{COOKIE}={}; Path=/console; HttpOnly; Secure; SameSite=Strict",
        token.0
    );
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

/// `POST /console/sign-out`: ends the session here and on the server, clears the cookie.
pub(super) async fn sign_out(
    State(s): State<AppState>,
    who: Staff,
    fields: super::pages::Fields,
) -> Response {
    if let Some(refusal) = who.csrf_refusal(&fields) {
        return refusal;
    }
    s.console.end(&who.token);
    let _ = s.sign_out(&who.token).await;
    let mut res = Redirect::to("/console/sign-in?why=console-signed-out").into_response();
    res.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static(
            "kinline_console=; Path=/console; HttpOnly; Secure; SameSite=Strict; Max-Age=0",
        ),
    );
    res
}
