//! The administrator publishes a compact version (§10): every detainee signs it again before
//! their next call. It is offered only in the languages whose translation is complete
//! (`kinline_i18n::Compact::offered_languages`, never a fallback).

use super::Page;
use super::pages::{Done, Fields, csrf, open, record_then, refused, show};
use super::session::Staff;
use crate::http::AppState;
use axum::extract::{Query, State};
use axum::response::Response;
use kinline_console::text::{ct, ct_args, text};
use kinline_shared::event::EventBody;
use kinline_shared::model::CompactVersion;
use maud::html;

/// `GET /console/compact`: the version in force, its languages, and the form for a new one.
pub(super) async fn compact(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Compact;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let body = html! {
        p { (ct("compact-lead")) }
        @if let Some((version, languages)) = &centre.compact {
            p { (ct_args("web-compact-current", &[("version", text(version.0.clone())), ("count", text(languages.len().to_string()))])) }
        }
        form method="post" action="/console/compact" {
            (csrf(&who))
            p { label for="version" { (ct("compact-version-field")) } input id="version" name="version" required maxlength="40" placeholder="2026-12"; }
            p { button type="submit" { (ct("compact-publish")) } }
        }
    };
    show(&who, screen, q.notice().as_ref(), body)
}

/// `POST /console/compact`.
pub(super) async fn publish(State(s): State<AppState>, who: Staff, fields: Fields) -> Response {
    let screen = Page::Compact;
    if let Some(refusal) = refused(&who, &fields, screen) {
        return refusal;
    }
    let version = fields.get("version").trim().to_owned();
    let body = if version.is_empty() {
        Err("compact-version-missing")
    } else {
        Ok(EventBody::CompactVersionPublished {
            version: CompactVersion(version),
            languages: kinline_i18n::Compact::offered_languages(),
        })
    };
    record_then(
        &s,
        &who,
        screen,
        body,
        screen.path(),
        "web-compact-published",
    )
    .await
}
