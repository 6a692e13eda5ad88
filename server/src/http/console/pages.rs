//! The console's screens: one GET per page, one POST per action. A POST turns its form into
//! one event (`kinline_console::forms`) and records it through the rulebook; on success the
//! browser is sent back to the page with what happened, on refusal the page is shown again
//! with the typed values kept and the reason given.

use super::session::Staff;
use super::{Notice, Page, page, respond, trusted};
use crate::auth::StaffAction;
use crate::error::ServiceError;
use crate::http::ApiError;
use crate::http::AppState;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use kinline_console::duties::{Oversight, oversight as standing_of};
use kinline_console::forms::{self, SuspendForm};
use kinline_console::short;
use kinline_console::text::{ct, ct_args, has, text};
use kinline_i18n::Localizer;
use kinline_i18n::notice::{NoticeText, notice_html, notice_time};
use kinline_shared::actor::{Actor, Role, may_record};
use kinline_shared::basis::evidence_accepted;
use kinline_shared::event::{Event, EventBody, EventKind, ReferralSource};
use kinline_shared::ids::{
    AppealId, BookingId, DetaineeId, DeviceId, IncidentId, StaffId, SuspensionId,
};
use kinline_shared::languages::LANGUAGES;
use kinline_shared::model::{
    CallKind, CallOutcome, EndReason, Evidence, IncidentCategory, LegalAccessMethod,
    ReferralStatus, SuspensionReason,
};
use kinline_shared::projection::Centre;
use kinline_shared::sync::ReferenceItem;
use kinline_shared::workflow::call::CallPhase;
use kinline_shared::workflow::suspension::{
    APPEAL_HOURS, APPEAL_HOURS_IMMINENT_REMOVAL, DeadlineKind, SuspensionPhase,
};
use maud::{Markup, html};
use serde::Deserialize;
use std::collections::HashMap;

/// A posted form's fields, in order (a field may repeat: ticked evidence).
pub(super) struct Fields(Vec<(String, String)>);

impl Fields {
    /// The first value of `name`, or "".
    pub(super) fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Every value of `name`.
    fn all(&self, name: &str) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl<S: Send + Sync> FromRequest<S> for Fields {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Response> {
        match axum::Form::<Vec<(String, String)>>::from_request(req, state).await {
            Ok(axum::Form(fields)) => Ok(Fields(fields)),
            Err(e) => Err((StatusCode::BAD_REQUEST, e.body_text()).into_response()),
        }
    }
}

/// The query every page takes: what just happened (a `console.ftl` id).
#[derive(Deserialize, Default)]
pub(super) struct Done {
    done: Option<String>,
}

impl Done {
    pub(super) fn notice(&self) -> Option<Notice> {
        self.done
            .as_deref()
            .filter(|id| has(id))
            .map(|id| Notice::done(ct(id)))
    }
}

/// A refusal of a page the role may not open, naming the role and the screen.
pub(super) fn forbidden(who: &Staff, screen: Page) -> Response {
    respond(
        StatusCode::FORBIDDEN,
        page(
            who,
            None,
            &screen.title(),
            Some(&Notice::problem(ct_args(
                "screen-forbidden",
                &[
                    ("role", text(who.role.label())),
                    ("screen", text(screen.title())),
                ],
            ))),
            html! {},
        ),
    )
}

/// The centre as `screen` shows it, or the page that refuses the role (or says what failed).
pub(super) async fn open(s: &AppState, who: &Staff, screen: Page) -> Result<Centre, Box<Response>> {
    if !screen.allowed(who.role) {
        return Err(Box::new(forbidden(who, screen)));
    }
    s.centre()
        .await
        .map_err(|e| Box::new(failed(who, screen, e)))
}

/// The refusal of a form posted without the session's CSRF token, or by a role that may not
/// use `screen`.
pub(super) fn refused(who: &Staff, fields: &Fields, screen: Page) -> Option<Response> {
    who.csrf_refusal(fields)
        .or_else(|| (!screen.allowed(who.role)).then(|| forbidden(who, screen)))
}

/// A screen's page, shown.
pub(super) fn show(who: &Staff, screen: Page, notice: Option<&Notice>, body: Markup) -> Response {
    show_titled(who, screen, &screen.title(), notice, body)
}

/// A page of `screen` with a title of its own (one suspension, one appeal).
fn show_titled(
    who: &Staff,
    screen: Page,
    title: &str,
    notice: Option<&Notice>,
    body: Markup,
) -> Response {
    respond(StatusCode::OK, page(who, Some(screen), title, notice, body))
}

/// A server failure as a page (the message says what to do).
pub(super) fn failed(who: &Staff, screen: Page, e: impl Into<ApiError>) -> Response {
    let e = e.into();
    respond(
        e.status,
        page(
            who,
            Some(screen),
            &screen.title(),
            Some(&Notice::problem(e.message)),
            html! {},
        ),
    )
}

fn not_found(who: &Staff, screen: Page) -> Response {
    respond(
        StatusCode::NOT_FOUND,
        page(
            who,
            Some(screen),
            &screen.title(),
            Some(&Notice::problem(ct("web-not-found"))),
            html! { p { a href=(screen.path()) { (ct("web-back-to")) " " (screen.title()) } } },
        ),
    )
}

/// Back to `to` with what happened.
pub(super) fn done(to: &str, id: &str) -> Response {
    let sep = if to.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{to}{sep}done={id}")).into_response()
}

/// The hidden CSRF field every form carries.
pub(super) fn csrf(who: &Staff) -> Markup {
    html! { input type="hidden" name="csrf" value=(who.csrf); }
}

fn actor(who: &Staff) -> Actor {
    Actor::Staff {
        id: who.staff,
        role: who.role,
    }
}

fn may(who: &Staff, kind: EventKind) -> bool {
    may_record(&actor(who), kind)
}

/// A London date and time in digits, as staff read them.
fn when(at: DateTime<Utc>) -> String {
    notice_time(at)
}

/// Names and Home Office references from the roster, by detainee.
pub(super) async fn roster(s: &AppState) -> HashMap<DetaineeId, (String, String, bool)> {
    let mut out = HashMap::new();
    for item in roster_items(s).await {
        if let ReferenceItem::RosterEntry {
            detainee,
            name,
            reference,
            present,
            ..
        } = item
        {
            out.insert(detainee, (name, reference, present));
        }
    }
    out
}

/// Every roster entry the server publishes (the reference data's roster items).
pub(super) async fn roster_items(s: &AppState) -> Vec<ReferenceItem> {
    let mut out = Vec::new();
    let mut after = String::new();
    for _ in 0..40 {
        let Ok(page) = s.db().roster_page(&after, 500).await else {
            break;
        };
        let Some((last, _)) = page.last() else { break };
        after = last.clone();
        let full = page.len() == 500;
        out.extend(page.into_iter().map(|(_, item)| item));
        if !full {
            break;
        }
    }
    out
}

/// Staff names (else their staff number), by id.
pub(super) async fn staff_names(s: &AppState) -> HashMap<StaffId, String> {
    let mut out = HashMap::new();
    let mut after = None;
    for _ in 0..20 {
        let Ok(rows) = s.db().list_staff(after, 500).await else {
            break;
        };
        let Some(last) = rows.last() else { break };
        after = Some(last.id);
        let full = rows.len() == 500;
        for r in rows {
            let label = if r.name.trim().is_empty() {
                kinline_shared::people::staff_number(&r.number)
                    .unwrap_or_else(|_| kinline_shared::people::derived_staff_number(r.id))
            } else {
                r.name
            };
            out.insert(r.id, label);
        }
        if !full {
            break;
        }
    }
    out
}

/// How staff see a detainee: name and reference where the roster has them.
pub(super) fn detainee_label(
    names: &HashMap<DetaineeId, (String, String, bool)>,
    d: DetaineeId,
) -> String {
    match names.get(&d) {
        Some((name, reference, _)) if !reference.is_empty() => ct_args(
            "detainee-name-reference",
            &[
                ("name", text(name.clone())),
                ("reference", text(reference.clone())),
            ],
        ),
        Some((name, _, _)) => name.clone(),
        None => ct_args(
            "web-detainee-unknown",
            &[("id", text(short(&d.to_string())))],
        ),
    }
}

fn english() -> Option<Localizer> {
    Localizer::new(kinline_i18n::FALLBACK).ok()
}

fn reason_words(r: SuspensionReason) -> String {
    ct(match r {
        SuspensionReason::Security => "reason-security",
        SuspensionReason::Safety => "reason-safety",
        SuspensionReason::BreachOfAcceptableUse => "reason-breach",
    })
}

fn category_words(c: IncidentCategory) -> String {
    ct(match c {
        IncidentCategory::RecipientSafety => "web-category-recipient-safety",
        IncidentCategory::NatureOfCall => "web-category-nature-of-call",
        IncidentCategory::Recording => "web-category-recording",
        IncidentCategory::BreachOfTerms => "web-category-breach",
        IncidentCategory::SecurityRisk => "web-category-security",
        IncidentCategory::Other => "web-category-other",
    })
}

fn outcome_words(o: &CallOutcome) -> String {
    match o {
        CallOutcome::Ended(EndReason::Completed) => ct("web-outcome-completed"),
        CallOutcome::Ended(EndReason::SlotEnded) => ct("web-outcome-slot-ended"),
        CallOutcome::Ended(EndReason::TechnicalFailure) => ct("report-technical-failure"),
        CallOutcome::Ended(EndReason::CallerDidNotJoin) => ct("web-outcome-no-caller"),
        CallOutcome::Ended(EndReason::RecipientNotAdult) => ct("web-outcome-not-adult"),
        CallOutcome::Terminated(r) => ct_args(
            "web-outcome-terminated",
            &[(
                "reason",
                text(english().map_or_else(|| format!("{r:?}"), |l| l.termination_reason(*r))),
            )],
        ),
        CallOutcome::Cancelled => ct("web-outcome-cancelled"),
    }
}

fn kind_words(k: CallKind) -> String {
    ct(match k {
        CallKind::Legal => "calls-legal",
        CallKind::Social => "calls-social",
    })
}

fn legal_words(m: &LegalAccessMethod) -> String {
    match m {
        LegalAccessMethod::Telephone => ct("legal-telephone"),
        LegalAccessMethod::LegalVisit => ct("legal-visits"),
        LegalAccessMethod::Correspondence => ct("legal-email"),
        LegalAccessMethod::Other { description } => description.clone(),
    }
}

fn evidence_words(centre: &Centre, e: &Evidence) -> String {
    match e {
        Evidence::Incident(i) => {
            let category = centre.incidents.get(i).map(|x| category_words(x.category));
            format!(
                "{} — {}",
                ct_args("evidence-incident", &[("id", text(short(&i.to_string())))]),
                category.unwrap_or_default()
            )
        }
        Evidence::TerminatedCall(b) => ct_args(
            "evidence-terminated",
            &[("id", text(short(&b.to_string())))],
        ),
    }
}

fn evidence_value(e: &Evidence) -> String {
    match e {
        Evidence::Incident(i) => format!("incident:{i}"),
        Evidence::TerminatedCall(b) => format!("call:{b}"),
    }
}

fn parse_evidence(v: &str) -> Option<Evidence> {
    let (kind, id) = v.split_once(':')?;
    match kind {
        "incident" => id.parse().ok().map(Evidence::Incident),
        "call" => id.parse().ok().map(Evidence::TerminatedCall),
        _ => None,
    }
}

/// `GET /console`: the role's first screen.
pub(super) async fn home(who: Staff) -> Response {
    match Page::for_role(who.role).next() {
        Some(s) => Redirect::to(s.path()).into_response(),
        None => respond(
            StatusCode::OK,
            page(
                &who,
                None,
                &ct("screen-nothing-for-this-role"),
                None,
                html! { p { (ct("nothing-for-role")) } },
            ),
        ),
    }
}

// ---- Suspensions (§17, §18) -------------------------------------------------------------

/// `GET /console/suspensions`.
pub(super) async fn suspensions(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Suspensions;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let names = roster(&s).await;
    let now = s.centre_now();
    let mut rows: Vec<_> = centre.suspensions.values().collect();
    rows.sort_by_key(|x| std::cmp::Reverse(x.decided_at));
    let requests = centre.open_legal_requests();
    let body = html! {
        @if !requests.is_empty() {
            section class="card overdue" {
                h2 { (ct("web-legal-requests")) }
                ul { @for r in &requests {
                    li {
                        a href=(format!("/console/suspensions/{}", r.suspension)) { (detainee_label(&names, r.detainee)) }
                        " — " (ct_args("web-legal-requested", &[("at", text(when(r.requested_at)))])) " "
                        (match centre.legal_alternative(r) {
                            Some(m) => ct_args("suspension-legal", &[("method", text(legal_words(m)))]),
                            None => ct("web-legal-none-yet"),
                        })
                    }
                } }
            }
        }
        p { a class="button" href=(Page::Suspend.path()) { (ct("suspensions-new")) } }
        @if rows.is_empty() {
            p { (ct("suspensions-none")) }
        } @else {
            table {
                caption { (ct("screen-suspensions")) }
                thead { tr {
                    th scope="col" { (ct("suspend-detainee")) }
                    th scope="col" { (ct("suspend-reason")) }
                    th scope="col" { (ct("web-col-decided")) }
                    th scope="col" { (ct("web-col-standing")) }
                } }
                tbody {
                    @for x in &rows {
                        tr {
                            td { a href=(format!("/console/suspensions/{}", x.id)) { (detainee_label(&names, x.detainee)) } }
                            td { (reason_words(x.reason)) }
                            td { (when(x.decided_at)) }
                            td { (if x.is_in_force(now) { ct("suspension-in-force") } else { ct("suspension-not-in-force") }) }
                        }
                    }
                }
            }
        }
    };
    show(&who, screen, q.notice().as_ref(), body)
}

/// The suspend form's query: the detainee and reason chosen (step one), so the page can offer
/// exactly the evidence the rulebook accepts for them.
#[derive(Deserialize, Default)]
pub(super) struct SuspendQuery {
    detainee: Option<String>,
    reason: Option<String>,
}

fn parse_reason(v: &str) -> Option<SuspensionReason> {
    match v {
        "security" => Some(SuspensionReason::Security),
        "safety" => Some(SuspensionReason::Safety),
        "breach" => Some(SuspensionReason::BreachOfAcceptableUse),
        _ => None,
    }
}

const REASONS: [(&str, SuspensionReason); 3] = [
    ("security", SuspensionReason::Security),
    ("safety", SuspensionReason::Safety),
    ("breach", SuspensionReason::BreachOfAcceptableUse),
];

/// `GET /console/suspend`.
pub(super) async fn suspend_page(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<SuspendQuery>,
) -> Response {
    render_suspend(&s, &who, &q, None, None).await
}

async fn render_suspend(
    s: &AppState,
    who: &Staff,
    q: &SuspendQuery,
    kept: Option<&Fields>,
    notice: Option<Notice>,
) -> Response {
    let screen = Page::Suspend;
    let centre = match open(s, who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let names = roster(s).await;
    let mut present: Vec<_> = names.iter().filter(|(_, (_, _, p))| *p).collect();
    present.sort_by(|a, b| a.1.0.cmp(&b.1.0));
    let detainee = q
        .detainee
        .as_deref()
        .and_then(|d| d.parse::<DetaineeId>().ok());
    let reason = q.reason.as_deref().and_then(parse_reason);
    let kept_value = |name: &str| kept.map(|f| f.get(name).to_owned()).unwrap_or_default();
    let status = if notice.as_ref().is_some_and(|n| n.problem) {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let body = html! {
        p { (ct("suspend-lead")) }
        form method="get" action="/console/suspend" {
            fieldset {
                legend { (ct("web-suspend-step-one")) }
                p {
                    label for="detainee" { (ct("suspend-detainee")) }
                    select id="detainee" name="detainee" required {
                        option value="" { (ct("web-choose")) }
                        @for (id, _) in &present {
                            option value=(id.to_string()) selected[detainee == Some(**id)] { (detainee_label(&names, **id)) }
                        }
                    }
                }
                p {
                    label for="reason" { (ct("suspend-reason")) }
                    select id="reason" name="reason" required {
                        option value="" { (ct("web-choose")) }
                        @for (v, r) in REASONS {
                            option value=(v) selected[reason == Some(r)] { (reason_words(r)) }
                        }
                    }
                }
                button type="submit" { (ct("web-continue")) }
            }
        }
        @if let (Some(d), Some(r)) = (detainee, reason) {
            @let accepted = evidence_accepted(&centre, d, r);
            @let ticked: Vec<String> = kept.map(|f| f.all("evidence").map(str::to_owned).collect()).unwrap_or_default();
            form method="post" action="/console/suspend" {
                (csrf(who))
                input type="hidden" name="detainee" value=(d.to_string());
                input type="hidden" name="reason" value=(q.reason.clone().unwrap_or_default());
                fieldset {
                    legend { (ct(match r {
                        SuspensionReason::Safety => "suspend-evidence-safety",
                        SuspensionReason::Security => "suspend-evidence-security",
                        SuspensionReason::BreachOfAcceptableUse => "suspend-evidence",
                    })) }
                    @if accepted.is_empty() {
                        p { (ct(if r == SuspensionReason::Safety { "suspend-no-safety-concern" } else { "suspend-no-evidence" })) }
                    }
                    @for (i, e) in accepted.iter().enumerate() {
                        @let v = evidence_value(e);
                        p class="check" {
                            input type="checkbox" id=(format!("evidence-{i}")) name="evidence" value=(v) checked[ticked.contains(&v)];
                            label for=(format!("evidence-{i}")) { (evidence_words(&centre, e)) }
                        }
                    }
                }
                @if r == SuspensionReason::Security {
                    p {
                        label for="security-report" { (ct("suspend-security-report")) }
                        input id="security-report" name="security_report" value=(kept_value("security_report"));
                    }
                }
                p {
                    label for="words" { (ct("suspend-words")) }
                    textarea id="words" name="words" rows="4" required { (kept_value("words")) }
                }
                p {
                    label for="until" { (ct("suspend-until")) }
                    input id="until" name="until" placeholder="2026-12-31 18:00" value=(kept_value("until"));
                }
                p class="check" {
                    input type="checkbox" id="not-a-sanction" name="not_a_sanction" value="yes" checked[kept_value("not_a_sanction") == "yes"];
                    label for="not-a-sanction" { (ct("suspend-not-a-sanction")) }
                }
                p { button type="submit" { (ct("suspend-button")) } }
            }
        }
    };
    respond(
        status,
        page(who, Some(screen), &screen.title(), notice.as_ref(), body),
    )
}

/// `POST /console/suspend`.
pub(super) async fn suspend(State(s): State<AppState>, who: Staff, fields: Fields) -> Response {
    if let Some(r) = who.csrf_refusal(&fields) {
        return r;
    }
    let q = SuspendQuery {
        detainee: Some(fields.get("detainee").to_owned()),
        reason: Some(fields.get("reason").to_owned()),
    };
    let form = SuspendForm {
        detainee: fields.get("detainee").parse().ok(),
        reason: parse_reason(fields.get("reason")),
        words: fields.get("words").to_owned(),
        until: fields.get("until").to_owned(),
        evidence: fields.all("evidence").filter_map(parse_evidence).collect(),
        security_report: fields.get("security_report").to_owned(),
        not_a_sanction: fields.get("not_a_sanction") == "yes",
    };
    let id = SuspensionId(crate::fresh::new_id());
    let body = match form.event(id) {
        Ok(b) => b,
        Err(problem) => {
            return render_suspend(
                &s,
                &who,
                &q,
                Some(&fields),
                Some(Notice::problem(ct(problem))),
            )
            .await;
        }
    };
    match s.record(who.staff, who.role, body).await {
        Ok(_) => done(&format!("/console/suspensions/{id}"), "suspended-done"),
        Err(e) => {
            render_suspend(
                &s,
                &who,
                &q,
                Some(&fields),
                Some(Notice::problem(e.message)),
            )
            .await
        }
    }
}

/// The first recorded event `pick` finds (an appeal's reasons, an incident's account).
async fn first_event(s: &AppState, pick: impl Fn(&Event) -> bool) -> Option<Event> {
    s.events_where(pick, 1).await.ok()?.into_iter().next()
}

/// The reasons in words a manager wrote when suspending (printed on the notice).
async fn reasons_in_words(s: &AppState, id: SuspensionId) -> String {
    let decided = first_event(
        s,
        |e| matches!(&e.body, EventBody::SuspensionDecided { suspension, .. } if *suspension == id),
    )
    .await;
    match decided.map(|e| e.body) {
        Some(EventBody::SuspensionDecided { reasons, .. }) => reasons,
        _ => String::new(),
    }
}

/// `GET /console/suspensions/{id}`: one suspension, its basis, appeals and duties.
pub(super) async fn suspension(
    State(s): State<AppState>,
    who: Staff,
    Path(id): Path<String>,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Suspensions;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let Ok(id) = id.parse::<SuspensionId>() else {
        return not_found(&who, screen);
    };
    let Some(x) = centre.suspensions.get(&id) else {
        return not_found(&who, screen);
    };
    let names = roster(&s).await;
    let now = s.centre_now();
    let words = reasons_in_words(&s, id).await;
    let appeals: Vec<AppealId> = centre
        .appeals
        .iter()
        .filter(|(_, sid)| **sid == id)
        .map(|(a, _)| *a)
        .collect();
    let in_force = x.is_in_force(now);
    let language = centre
        .detainees
        .get(&x.detainee)
        .and_then(|d| d.understanding.as_ref())
        .and_then(|u| u.languages.first())
        .map(|l| l.0.clone())
        .unwrap_or_else(|| kinline_i18n::FALLBACK.to_owned());
    let title = format!(
        "{} — {}",
        detainee_label(&names, x.detainee),
        reason_words(x.reason)
    );
    let body = html! {
        dl {
            dt { (ct("web-col-decided")) } dd { (when(x.decided_at)) }
            @if let Some(u) = x.until { dt { (ct("web-col-until")) } dd { (when(u)) } }
            dt { (ct("web-col-standing")) } dd { (if in_force { ct("suspension-in-force") } else { ct("suspension-not-in-force") }) }
            dt { (ct("suspend-words")) } dd { (words) }
            dt { (ct("suspend-evidence")) } dd {
                @if x.basis.evidence.is_empty() { (ct("compliance-basis-no-evidence")) }
                ul { @for e in &x.basis.evidence { li { (evidence_words(&centre, e)) } } }
            }
            dt { (ct("suspension-written-notice")) } dd {
                @match &x.notice_given_in {
                    Some(l) => (ct_args("suspension-notice-given", &[("language", text(l.0.clone()))])),
                    None => (ct("suspension-notice-not-given")),
                }
            }
            dt { (ct("duty-notify-compliance")) } dd {
                @match x.compliance_notified_at {
                    Some(at) => (ct_args("suspension-notified", &[("at", text(when(at)))])),
                    None => (ct("suspension-not-notified")),
                }
            }
            dt { (ct("legal-group")) } dd {
                @match &x.legal_access {
                    Some(m) => (ct_args("suspension-legal", &[("method", text(legal_words(m)))])),
                    None => (ct("suspension-no-legal")),
                }
            }
        }
        @if !appeals.is_empty() {
            h2 { (ct("web-appeals")) }
            ul { @for a in &appeals { li { a href=(format!("/console/appeals/{a}")) { (ct_args("web-appeal-link", &[("id", text(short(&a.to_string())))])) } } } }
        }
        @if !matches!(x.phase, SuspensionPhase::Lifted { .. }) {
            h2 { (ct("suspension-actions")) }
            form method="get" action=(format!("/console/suspensions/{id}/notice")) target="_blank" {
                fieldset {
                    legend { (ct("suspension-written-notice")) }
                    label for="lang" { (ct("notice-language")) }
                    select id="lang" name="lang" {
                        @for l in LANGUAGES {
                            option value=(l.tag) selected[l.tag == language] lang=(l.tag) { (l.native) " — " (l.english) }
                        }
                    }
                    button type="submit" { (ct("web-notice-open")) }
                }
            }
            form method="post" action=(format!("/console/suspensions/{id}/notice-given")) {
                (csrf(&who))
                input type="hidden" name="lang" value=(language);
                button type="submit" { (ct("notice-record-given")) " (" (language) ")" }
            }
            @if x.compliance_notified_at.is_none() {
                form method="post" action=(format!("/console/suspensions/{id}/notify")) {
                    (csrf(&who))
                    button type="submit" { (ct("suspension-notify")) }
                }
            }
            form method="post" action=(format!("/console/suspensions/{id}/legal")) {
                (csrf(&who))
                fieldset {
                    legend { (ct("legal-group")) }
                    p {
                        label for="method" { (ct("web-legal-method")) }
                        select id="method" name="method" {
                            option value="telephone" { (ct("legal-telephone-button")) }
                            option value="visits" { (ct("legal-visits-button")) }
                            option value="email" { (ct("legal-email-button")) }
                            option value="other" { (ct("legal-other-field")) }
                        }
                    }
                    p {
                        label for="other" { (ct("web-legal-other")) }
                        input id="other" name="other";
                    }
                    button type="submit" { (ct("web-legal-record")) }
                }
            }
            form method="post" action=(format!("/console/suspensions/{id}/lift")) {
                (csrf(&who))
                button type="submit" class="danger" { (ct("suspension-lift")) }
            }
        }
    };
    show_titled(&who, screen, &title, q.notice().as_ref(), body)
}

/// The notice's query: its language.
#[derive(Deserialize)]
pub(super) struct NoticeQuery {
    lang: Option<String>,
}

/// `GET /console/suspensions/{id}/notice?lang=…`: the written notice, a page of its own to
/// print (A4) or save, in the detainee's language and script.
pub(super) async fn notice(
    State(s): State<AppState>,
    who: Staff,
    Path(id): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Response {
    let screen = Page::Suspensions;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let Ok(id) = id.parse::<SuspensionId>() else {
        return not_found(&who, screen);
    };
    let Some(x) = centre.suspensions.get(&id) else {
        return not_found(&who, screen);
    };
    let names = roster(&s).await;
    let words = reasons_in_words(&s, id).await;
    let imminent = centre
        .detainees
        .get(&x.detainee)
        .is_some_and(|d| d.imminent_removal);
    let until = x
        .authorised_until
        .or(x.until)
        .unwrap_or_else(|| x.authorisation_due());
    let n = NoticeText {
        suspension: id,
        language: q.lang.unwrap_or_else(|| kinline_i18n::FALLBACK.to_owned()),
        name: names
            .get(&x.detainee)
            .map_or_else(|| short(&x.detainee.to_string()), |(n, _, _)| n.clone()),
        reason: x.reason,
        reasons_in_words: words,
        from: x.decided_at,
        until,
        appeal_hours: if imminent {
            APPEAL_HOURS_IMMINENT_REMOVAL
        } else {
            APPEAL_HOURS
        },
        review: x.needs_authorisation().then(|| x.authorisation_due()),
    };
    match notice_html(&n) {
        Ok(html) => {
            let mut res = (StatusCode::OK, html).into_response();
            let h = res.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            // The notice is one self-contained file: its styles and fonts are inside it.
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(
                    "default-src 'none'; style-src 'unsafe-inline'; font-src data:; \
                     base-uri 'none'; frame-ancestors 'none'",
                ),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(e) => failed(
            &who,
            screen,
            ApiError::bad_request("bad_language", e.to_string()),
        ),
    }
}

/// `POST /console/suspensions/{id}/{action}`: notice-given, notify, legal, lift (managers);
/// authorise, review (the Compliance Manager).
pub(super) async fn suspension_action(
    State(s): State<AppState>,
    who: Staff,
    Path((id, action)): Path<(String, String)>,
    fields: Fields,
) -> Response {
    if let Some(r) = who.csrf_refusal(&fields) {
        return r;
    }
    let screen = Page::Suspensions;
    let Ok(id) = id.parse::<SuspensionId>() else {
        return not_found(&who, screen);
    };
    let mut back = format!("/console/suspensions/{id}");
    let (body, ok): (Result<EventBody, forms::Problem>, &str) = match action.as_str() {
        "authorise" => {
            back = Page::Oversight.path().to_owned();
            (
                forms::authorisation(id, fields.get("until")),
                "authorised-done",
            )
        }
        "review" => {
            back = Page::Reviews.path().to_owned();
            let continues = fields.get("continues") == "yes";
            (
                forms::review(id, continues, fields.get("notes")),
                "review-done",
            )
        }
        "notice-given" => (
            Ok(EventBody::SuspensionNoticeGiven {
                suspension: id,
                language: kinline_shared::model::LanguageTag::new(fields.get("lang")),
            }),
            "notice-given-done",
        ),
        "notify" => (
            Ok(EventBody::ComplianceManagerNotified { suspension: id }),
            "notified-done",
        ),
        "lift" => (
            Ok(EventBody::SuspensionLifted { suspension: id }),
            "lifted-done",
        ),
        "legal" => {
            let method = match fields.get("method") {
                "telephone" => LegalAccessMethod::Telephone,
                "visits" => LegalAccessMethod::LegalVisit,
                "email" => LegalAccessMethod::Correspondence,
                _ => LegalAccessMethod::Other {
                    description: fields.get("other").to_owned(),
                },
            };
            (forms::legal_access(id, method), "legal-done")
        }
        _ => return not_found(&who, screen),
    };
    record_then(&s, &who, screen, body, &back, ok).await
}

/// A refused form's page: what is wrong, and the way back to the form.
pub(super) fn problem_page(who: &Staff, screen: Page, back: &str, problem: String) -> Response {
    respond(
        StatusCode::UNPROCESSABLE_ENTITY,
        page(
            who,
            Some(screen),
            &screen.title(),
            Some(&Notice::problem(problem)),
            html! { p { a href=(back) { (ct("web-go-back")) } } },
        ),
    )
}

/// Records what a form became and goes back to `back`; a refusal is shown on a page that
/// links back (the form's page keeps its own values in the browser's history).
pub(super) async fn record_then(
    s: &AppState,
    who: &Staff,
    screen: Page,
    body: Result<EventBody, forms::Problem>,
    back: &str,
    ok: &str,
) -> Response {
    let problem = match body {
        Ok(body) => match s.record(who.staff, who.role, body).await {
            Ok(_) => return done(back, ok),
            Err(e) => e.message,
        },
        Err(id) => ct(id),
    };
    problem_page(who, screen, back, problem)
}

// ---- Appeals and deadlines (§18) --------------------------------------------------------

fn duty_words(k: DeadlineKind) -> String {
    ct(match k {
        DeadlineKind::WrittenNotice => "duty-written-notice",
        DeadlineKind::NotifyComplianceManager => "duty-notify-compliance",
        DeadlineKind::AlternativeLegalAccess => "duty-legal-access",
        DeadlineKind::Authorisation => "duty-authorisation",
        DeadlineKind::WeeklyReview => "duty-weekly-review",
        DeadlineKind::AppealDecision => "duty-appeal-decision",
    })
}

fn countdown(due: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let minutes = (due - now).num_minutes();
    let t = format!("{}h {:02}m", minutes.abs() / 60, minutes.abs() % 60);
    if minutes < 0 {
        ct_args("countdown-overdue", &[("time", text(t))])
    } else {
        ct_args("countdown-left", &[("time", text(t))])
    }
}

/// `GET /console/appeals`: every duty with its deadline, overdue first.
pub(super) async fn appeals(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Appeals;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let names = roster(&s).await;
    let now = s.centre_now();
    let mut duties = centre.deadlines();
    duties.sort_by_key(|d| (!d.is_overdue(now), d.due));
    let appeal_of = |sid: SuspensionId| {
        centre
            .appeals
            .iter()
            .filter(|(_, x)| **x == sid)
            .map(|(a, _)| *a)
            .find(|a| {
                centre
                    .suspensions
                    .get(&sid)
                    .is_some_and(|x| !x.decided_appeals.iter().any(|(d, _)| d == a))
            })
    };
    let body = html! {
        p { (ct("deadlines-lead")) }
        @if duties.is_empty() {
            p { (ct("deadlines-none")) }
        } @else {
            table {
                caption { (ct("screen-deadlines")) }
                thead { tr {
                    th scope="col" { (ct("web-col-duty")) }
                    th scope="col" { (ct("suspend-detainee")) }
                    th scope="col" { (ct("web-col-due")) }
                    th scope="col" { (ct("web-col-left")) }
                } }
                tbody {
                    @for d in &duties {
                        tr class=[d.is_overdue(now).then_some("overdue")] {
                            td {
                                @if d.kind == DeadlineKind::AppealDecision {
                                    @if let Some(a) = appeal_of(d.suspension) {
                                        a href=(format!("/console/appeals/{a}")) { (duty_words(d.kind)) }
                                    } @else { (duty_words(d.kind)) }
                                } @else {
                                    a href=(format!("/console/suspensions/{}", d.suspension)) { (duty_words(d.kind)) }
                                }
                            }
                            td { (detainee_label(&names, d.detainee)) }
                            td { (when(d.due)) }
                            td { (countdown(d.due, now)) }
                        }
                    }
                }
            }
        }
    };
    show(&who, screen, q.notice().as_ref(), body)
}

/// `GET /console/appeals/{id}`: the appeal with the detainee's reasons, the suspension's
/// reasons and evidence (each incident's account), the deadline and the decision form.
pub(super) async fn appeal(
    State(s): State<AppState>,
    who: Staff,
    Path(id): Path<String>,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Appeals;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let Ok(id) = id.parse::<AppealId>() else {
        return not_found(&who, screen);
    };
    let Some(x) = centre
        .appeals
        .get(&id)
        .and_then(|sid| centre.suspensions.get(sid))
    else {
        return not_found(&who, screen);
    };
    let names = roster(&s).await;
    let now = s.centre_now();
    let texts = s
        .events_where(
            |e| match &e.body {
                EventBody::SuspensionAppealed { appeal, .. } => *appeal == id,
                EventBody::SuspensionDecided { suspension, .. } => *suspension == x.id,
                EventBody::IncidentReported { incident, .. } => {
                    x.basis.evidence.contains(&Evidence::Incident(*incident))
                }
                _ => false,
            },
            64,
        )
        .await
        .unwrap_or_default();
    let mut appeal_reasons = String::new();
    let mut suspension_words = String::new();
    let mut accounts: HashMap<IncidentId, String> = HashMap::new();
    for e in &texts {
        match &e.body {
            EventBody::SuspensionAppealed { reasons, .. } => appeal_reasons = reasons.clone(),
            EventBody::SuspensionDecided { reasons, .. } => suspension_words = reasons.clone(),
            EventBody::IncidentReported {
                incident, account, ..
            } => {
                accounts.insert(*incident, account.clone());
            }
            _ => {}
        }
    }
    let due = centre
        .deadlines()
        .into_iter()
        .find(|d| d.suspension == x.id && d.kind == DeadlineKind::AppealDecision);
    let decided = x.decided_appeals.iter().find(|(a, _)| *a == id);
    let title = ct_args(
        "web-appeal-title",
        &[("detainee", text(detainee_label(&names, x.detainee)))],
    );
    let body = html! {
        dl {
            dt { (ct("web-appeal-reasons")) } dd class="quote" { (appeal_reasons) }
            dt { (ct("suspend-reason")) } dd { (reason_words(x.reason)) }
            dt { (ct("suspend-words")) } dd class="quote" { (suspension_words) }
            dt { (ct("web-col-decided")) } dd { (when(x.decided_at)) " — " a href=(format!("/console/suspensions/{}", x.id)) { (ct("web-suspension-link")) } }
            @if let Some(d) = &due {
                dt { (ct("web-col-due")) } dd { (when(d.due)) " (" (countdown(d.due, now)) ")" }
            }
        }
        h2 { (ct("suspend-evidence")) }
        @if x.basis.evidence.is_empty() { p { (ct("compliance-basis-no-evidence")) } }
        @if let Some(r) = &x.basis.security_report { p { (ct_args("compliance-basis-report", &[("reference", text(r.clone()))])) } }
        @for e in &x.basis.evidence {
            section class="evidence" {
                h3 { (evidence_words(&centre, e)) }
                @if let Evidence::Incident(i) = e {
                    @if let Some(a) = accounts.get(i) { p class="quote" { (a) } }
                }
                @if let Evidence::TerminatedCall(b) = e {
                    (call_facts(&centre, *b))
                }
            }
        }
        @match decided {
            Some((_, upheld)) => p class="status" { (ct(if *upheld { "appeal-upheld" } else { "appeal-dismissed" })) },
            None => {
                @if may(&who, EventKind::AppealDecided) {
                    form method="post" action=(format!("/console/appeals/{id}")) {
                        (csrf(&who))
                        fieldset {
                            legend { (ct("appeal-decide")) }
                            p {
                                label for="reasons" { (ct("appeal-reasons")) }
                                textarea id="reasons" name="reasons" rows="4" required {}
                            }
                            button type="submit" name="decision" value="uphold" { (ct("appeal-uphold")) }
                            " "
                            button type="submit" name="decision" value="dismiss" { (ct("appeal-dismiss")) }
                        }
                    }
                }
            }
        }
    };
    show_titled(&who, screen, &title, q.notice().as_ref(), body)
}

/// `POST /console/appeals/{id}`: uphold or dismiss, with the reasons.
pub(super) async fn decide_appeal(
    State(s): State<AppState>,
    who: Staff,
    Path(id): Path<String>,
    fields: Fields,
) -> Response {
    if let Some(r) = who.csrf_refusal(&fields) {
        return r;
    }
    let screen = Page::Appeals;
    let Ok(id) = id.parse::<AppealId>() else {
        return not_found(&who, screen);
    };
    let upheld = fields.get("decision") == "uphold";
    let ok = if upheld {
        "appeal-upheld"
    } else {
        "appeal-dismissed"
    };
    let body = forms::appeal_decision(id, upheld, fields.get("reasons"));
    record_then(
        &s,
        &who,
        screen,
        body,
        &format!("/console/appeals/{id}"),
        ok,
    )
    .await
}

/// A call's log facts: date, time, duration, kind and outcome, never what was said or seen.
fn call_facts(centre: &Centre, booking: BookingId) -> Markup {
    let Some(call) = centre.calls.get(&booking) else {
        return html! { p { (ct("web-call-unknown")) } };
    };
    let (outcome, minutes) = match &call.phase {
        CallPhase::Finished {
            outcome,
            started_at,
            ended_at,
        } => (
            outcome_words(outcome),
            started_at.map(|s| (*ended_at - s).num_minutes()),
        ),
        _ => (ct("web-call-not-over"), None),
    };
    html! {
        dl class="facts" {
            dt { (ct("web-call-slot")) } dd { (when(call.info.slot_start)) }
            dt { (ct("web-call-kind")) } dd { (kind_words(call.info.kind)) }
            dt { (ct("web-call-duration")) } dd { (minutes.map_or_else(|| "—".to_owned(), |m| ct_args("web-minutes", &[("minutes", text(m.to_string()))]))) }
            dt { (ct("web-call-outcome")) } dd { (outcome) }
        }
    }
}

// ---- The Compliance Manager (§17, §18) ---------------------------------------------------

/// `GET /console/oversight`: every suspension with its basis and where it stands, and the
/// authorisation beyond a week.
pub(super) async fn oversight(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Oversight;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let names = roster(&s).await;
    let now = s.centre_now();
    let mut rows: Vec<_> = centre.suspensions.values().collect();
    rows.sort_by_key(|x| std::cmp::Reverse(x.decided_at));
    let body = html! {
        p { (ct("compliance-lead")) }
        @if rows.is_empty() { p { (ct("suspensions-none")) } }
        @for x in &rows {
            section class="card" {
                h2 { (detainee_label(&names, x.detainee)) " — " (reason_words(x.reason)) }
                p { (ct_args("compliance-decided", &[("at", text(when(x.decided_at)))])) }
                p { @match x.compliance_notified_at {
                    Some(at) => (ct_args("compliance-notified", &[("at", text(when(at)))])),
                    None => (ct("compliance-not-notified")),
                } }
                p { @match &x.basis.security_report {
                    Some(r) => (ct_args("compliance-basis-report", &[("reference", text(r.clone()))])),
                    None => (ct("compliance-basis-no-report")),
                } }
                p { @if x.basis.evidence.is_empty() { (ct("compliance-basis-no-evidence")) } @else {
                    (ct_args("compliance-basis-evidence", &[("evidence", text(x.basis.evidence.iter().map(|e| evidence_words(&centre, e)).collect::<Vec<_>>().join("; ")))]))
                } }
                p { (ct(if x.basis.not_a_sanction { "compliance-basis-statement" } else { "compliance-basis-no-statement" })) }
                @for late in &x.late_appeals {
                    p class="alert" { (ct_args("compliance-appeal-late", &[("id", text(short(&late.appeal.to_string()))), ("due", text(when(late.decide_by))), ("at", text(when(late.decided_at)))])) }
                }
                @let standing = standing_of(x, now);
                p { strong { (match &standing {
                    Oversight::FirstWeek => ct("oversight-first-week"),
                    Oversight::AwaitingAuthorisation(due) => ct_args("oversight-awaiting", &[("due", text(when(*due)))]),
                    Oversight::LapsedWithoutAuthorisation(due) => ct_args("oversight-lapsed", &[("due", text(when(*due)))]),
                    Oversight::Authorised(until) => ct_args("oversight-authorised", &[("until", text(when(*until)))]),
                    Oversight::Over => ct("oversight-over"),
                }) } }
                @if matches!(standing, Oversight::AwaitingAuthorisation(_) | Oversight::Authorised(_)) {
                    form method="post" action=(format!("/console/suspensions/{}/authorise", x.id)) {
                        (csrf(&who))
                        fieldset {
                            legend { (ct("authorise-group")) }
                            label for=(format!("until-{}", x.id)) { (ct("authorise-until")) }
                            input id=(format!("until-{}", x.id)) name="until" placeholder="2026-12-31 18:00" required;
                            button type="submit" { (ct("authorise-button")) }
                        }
                    }
                }
            }
        }
    };
    show(&who, screen, q.notice().as_ref(), body)
}

/// `GET /console/reviews`: weekly reviews and authorisations due, missed first.
pub(super) async fn reviews(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Reviews;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let names = roster(&s).await;
    let now = s.centre_now();
    let mut due: Vec<_> = centre
        .deadlines()
        .into_iter()
        .filter(|d| {
            matches!(
                d.kind,
                DeadlineKind::Authorisation | DeadlineKind::WeeklyReview
            )
        })
        .collect();
    due.sort_by_key(|d| (!d.is_overdue(now), d.due));
    let body = html! {
        @if due.is_empty() { p { (ct("reviews-none")) } }
        @for d in &due {
            section class=(if d.is_overdue(now) { "card overdue" } else { "card" }) {
                h2 { (ct(if d.kind == DeadlineKind::Authorisation { "review-authorisation" } else { "review-weekly" })) " — " (detainee_label(&names, d.detainee)) }
                p { (ct_args("web-due", &[("due", text(when(d.due)))])) @if d.is_overdue(now) { " " strong { (ct("review-missed")) } } }
                @if d.kind == DeadlineKind::Authorisation {
                    p { a href=(Page::Oversight.path()) { (ct("review-authorise-elsewhere")) } }
                } @else {
                    form method="post" action=(format!("/console/suspensions/{}/review", d.suspension)) {
                        (csrf(&who))
                        p {
                            label for=(format!("notes-{}", d.suspension)) { (ct("review-notes")) }
                            textarea id=(format!("notes-{}", d.suspension)) name="notes" rows="3" required {}
                        }
                        button type="submit" name="continues" value="yes" { (ct("review-continues")) }
                        " "
                        button type="submit" name="continues" value="no" { (ct("review-lift")) }
                    }
                }
            }
        }
    };
    show(&who, screen, q.notice().as_ref(), body)
}

/// `GET /console/exceptions`.
pub(super) async fn exceptions(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Exceptions;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let body = html! {
        p { (ct("exceptions-lead")) }
        @if centre.exceptions.is_empty() { p { (ct("exceptions-none")) } }
        @for x in centre.exceptions.iter().rev().take(200) {
            section class="card" {
                h2 { (x.violation.to_string()) }
                p { (ct_args("exception-by", &[("role", text(match x.actor { Actor::Staff { role, .. } => role.label(), _ => "device" })), ("id", text(short(&x.event.to_string())))])) }
                @if x.reviewed { p { (ct("exception-reviewed")) } } @else {
                    form method="post" action="/console/exceptions" {
                        (csrf(&who))
                        input type="hidden" name="event" value=(x.event.to_string());
                        label for=(format!("notes-{}", x.event)) { (ct("exception-notes")) }
                        textarea id=(format!("notes-{}", x.event)) name="notes" rows="2" {}
                        button type="submit" { (ct("exception-record")) }
                    }
                }
            }
        }
    };
    show(&who, screen, q.notice().as_ref(), body)
}

/// `POST /console/exceptions`.
pub(super) async fn review_exception(
    State(s): State<AppState>,
    who: Staff,
    fields: Fields,
) -> Response {
    if let Some(r) = who.csrf_refusal(&fields) {
        return r;
    }
    let screen = Page::Exceptions;
    let Ok(event) = fields.get("event").parse() else {
        return not_found(&who, screen);
    };
    let body = Ok(forms::exception_review(event, fields.get("notes")));
    record_then(&s, &who, screen, body, screen.path(), "exception-done").await
}

// ---- Security (§12, §19) -----------------------------------------------------------------

fn referral_path(source: &ReferralSource) -> String {
    match source {
        ReferralSource::Termination(b) => format!("/console/referrals/call/{b}"),
        ReferralSource::Incident(i) => format!("/console/referrals/incident/{i}"),
    }
}

fn status_words(status: &ReferralStatus) -> String {
    match status {
        ReferralStatus::Open => ct("referral-open"),
        ReferralStatus::Investigating => ct("referral-investigating"),
        ReferralStatus::Closed { outcome } => {
            ct_args("referral-closed", &[("outcome", text(outcome.clone()))])
        }
    }
}

/// The detainee a referral is about, where the centre knows it.
fn referral_detainee(centre: &Centre, source: &ReferralSource) -> Option<DetaineeId> {
    match source {
        ReferralSource::Termination(b) => centre.calls.get(b).map(|c| c.info.detainee),
        ReferralSource::Incident(i) => centre.incidents.get(i).and_then(|x| {
            x.detainee.or_else(|| {
                x.booking
                    .and_then(|b| centre.calls.get(&b))
                    .map(|c| c.info.detainee)
            })
        }),
    }
}

/// `GET /console/referrals`: the queue, open first.
pub(super) async fn referrals(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Referrals;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let names = roster(&s).await;
    let mut rows: Vec<_> = centre.referrals.values().collect();
    rows.sort_by_key(|r| {
        (
            matches!(r.status, ReferralStatus::Closed { .. }),
            std::cmp::Reverse(r.referred_at),
        )
    });
    let body = html! {
        p { (ct("referrals-lead")) }
        @if rows.is_empty() { p { (ct("referrals-none")) } } @else {
            table {
                caption { (ct("screen-referrals")) }
                thead { tr {
                    th scope="col" { (ct("web-col-what")) }
                    th scope="col" { (ct("suspend-detainee")) }
                    th scope="col" { (ct("web-col-referred")) }
                    th scope="col" { (ct("web-col-standing")) }
                } }
                tbody { @for r in &rows {
                    tr {
                        td { a href=(referral_path(&r.source)) { (match &r.source {
                            ReferralSource::Termination(_) => ct("referral-termination"),
                            ReferralSource::Incident(i) => format!("{} — {}", ct("referral-incident"), centre.incidents.get(i).map(|x| category_words(x.category)).unwrap_or_default()),
                        }) } }
                        td { (referral_detainee(&centre, &r.source).map(|d| detainee_label(&names, d)).unwrap_or_default()) }
                        td { (when(r.referred_at)) }
                        td { (status_words(&r.status)) }
                    }
                } }
            }
        }
    };
    show(&who, screen, q.notice().as_ref(), body)
}

fn parse_source(kind: &str, id: &str) -> Option<ReferralSource> {
    match kind {
        "call" => id.parse().ok().map(ReferralSource::Termination),
        "incident" => id.parse().ok().map(ReferralSource::Incident),
        _ => None,
    }
}

/// `GET /console/referrals/{kind}/{id}`: the whole file as security reads it
/// (`kinline_shared::security::referral_files`) — the detainee, the reporting officer, the
/// category and account, the call's log facts and every review — and the next review.
pub(super) async fn referral(
    State(s): State<AppState>,
    who: Staff,
    Path((kind, id)): Path<(String, String)>,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Referrals;
    if !screen.allowed(who.role) {
        return forbidden(&who, screen);
    }
    let Some(source) = parse_source(&kind, &id) else {
        return not_found(&who, screen);
    };
    let files = match s.referral_files().await {
        Ok(f) => f,
        Err(e) => return failed(&who, screen, e),
    };
    let Some(r) = files.into_iter().find(|f| f.source == source) else {
        return not_found(&who, screen);
    };
    let names = roster(&s).await;
    let staff = staff_names(&s).await;
    let officer = |id: Option<StaffId>| {
        id.map_or_else(
            || ct("web-officer-unknown"),
            |id| {
                staff
                    .get(&id)
                    .cloned()
                    .unwrap_or_else(|| short(&id.to_string()))
            },
        )
    };
    let title = match &source {
        ReferralSource::Termination(_) => ct("referral-termination"),
        ReferralSource::Incident(_) => ct("referral-incident"),
    };
    let body = html! {
        dl {
            dt { (ct("suspend-detainee")) } dd { (r.detainee.map(|d| detainee_label(&names, d)).unwrap_or_else(|| "—".to_owned())) }
            dt { (ct("web-col-referred")) } dd { (when(r.referred_at)) }
            dt { (ct("web-col-standing")) } dd { (status_words(&r.status)) }
            @if let Some(report) = &r.report {
                dt { (ct("web-officer")) } dd { (officer(report.reported_by)) ", " (when(report.reported_at)) }
                dt { (ct("web-category")) } dd { (category_words(report.category)) }
                dt { (ct("web-account")) } dd class="quote" { (report.account) }
            }
        }
        @if let Some(call) = &r.call {
            h2 { (ct("web-the-call")) }
            dl class="facts" {
                dt { (ct("web-call-slot")) } dd { (when(call.slot_start)) }
                dt { (ct("web-call-kind")) } dd { (kind_words(call.kind)) }
                @match &call.log {
                    Some(log) => {
                        dt { (ct("web-call-duration")) } dd { (ct_args("web-minutes", &[("minutes", text((log.duration_seconds / 60).to_string()))])) }
                        dt { (ct("web-call-outcome")) } dd { (outcome_words(&log.outcome)) }
                    }
                    None => { dt { (ct("web-call-outcome")) } dd { (ct("web-call-not-over")) } }
                }
            }
        }
        @if !r.reviews.is_empty() {
            h2 { (ct("web-reviews")) }
            ul { @for step in &r.reviews { li { (when(step.at)) " — " (officer(step.by)) ": " (status_words(&step.status)) } } }
        }
        @if may(&who, EventKind::ReferralUpdated) && !matches!(r.status, ReferralStatus::Closed { .. }) {
            form method="post" action=(referral_path(&source)) {
                (csrf(&who))
                fieldset {
                    legend { (ct("referral-update")) }
                    p {
                        label for="outcome" { (ct("referral-outcome")) }
                        textarea id="outcome" name="outcome" rows="3" {}
                    }
                    @if r.status == ReferralStatus::Open {
                        button type="submit" name="action" value="investigate" { (ct("referral-investigate")) }
                        " "
                    }
                    button type="submit" name="action" value="close" { (ct("referral-close")) }
                }
            }
        }
    };
    show_titled(&who, screen, &title, q.notice().as_ref(), body)
}

/// `POST /console/referrals/{kind}/{id}`: investigate, or close with the outcome.
pub(super) async fn update_referral(
    State(s): State<AppState>,
    who: Staff,
    Path((kind, id)): Path<(String, String)>,
    fields: Fields,
) -> Response {
    if let Some(r) = who.csrf_refusal(&fields) {
        return r;
    }
    let screen = Page::Referrals;
    let Some(source) = parse_source(&kind, &id) else {
        return not_found(&who, screen);
    };
    let back = referral_path(&source);
    let body = forms::referral_update(
        source,
        fields.get("action") == "close",
        fields.get("outcome"),
    );
    record_then(&s, &who, screen, body, &back, "referral-done").await
}

// ---- Administration (§7) -----------------------------------------------------------------

/// `GET /console/hours`.
pub(super) async fn hours(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    render_hours(&s, &who, None, q.notice()).await
}

async fn render_hours(
    s: &AppState,
    who: &Staff,
    kept: Option<&Fields>,
    notice: Option<Notice>,
) -> Response {
    let screen = Page::Hours;
    let centre = match open(s, who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let current = centre.schedule.as_ref();
    let window = current.and_then(|sc| sc.weekdays.iter().find_map(|d| d.first()));
    let value = |name: &str, default: String| kept.map_or(default, |f| f.get(name).to_owned());
    let status = if notice.as_ref().is_some_and(|n| n.problem) {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let body = html! {
        p { (ct("schedule-lead")) }
        form method="post" action="/console/hours" {
            (csrf(who))
            p { label for="opens" { (ct("schedule-opens")) }
                input id="opens" name="opens" required inputmode="numeric" value=(value("opens", window.map(|w| w.start.format("%H:%M").to_string()).unwrap_or_default())); }
            p { label for="closes" { (ct("schedule-closes")) }
                input id="closes" name="closes" required inputmode="numeric" value=(value("closes", window.map(|w| w.end.format("%H:%M").to_string()).unwrap_or_default())); }
            p { label for="slot" { (ct("schedule-slot")) }
                input id="slot" name="slot" type="number" min="30" max="60" required value=(value("slot", current.map(|c| c.slot_minutes.to_string()).unwrap_or_else(|| "30".into()))); }
            p { label for="points" { (ct("schedule-points")) }
                input id="points" name="points" type="number" min="1" required value=(value("points", current.map(|c| c.call_points.to_string()).unwrap_or_else(|| "1".into()))); }
            p { label for="from" { (ct("schedule-from")) }
                input id="from" name="from" value=(value("from", String::new())); }
            p { button type="submit" { (ct("schedule-save")) } }
        }
    };
    respond(
        status,
        page(who, Some(screen), &screen.title(), notice.as_ref(), body),
    )
}

/// `POST /console/hours`.
pub(super) async fn save_hours(State(s): State<AppState>, who: Staff, fields: Fields) -> Response {
    if let Some(r) = who.csrf_refusal(&fields) {
        return r;
    }
    let form = forms::ScheduleForm {
        opens: fields.get("opens").to_owned(),
        closes: fields.get("closes").to_owned(),
        slot_minutes: fields.get("slot").to_owned(),
        call_points: fields.get("points").to_owned(),
        effective_from: fields.get("from").to_owned(),
    };
    let today = kinline_shared::time::london_date(s.centre_now());
    let problem = match form.event(today) {
        Ok(body) => match s.record(who.staff, who.role, body).await {
            Ok(_) => return done(Page::Hours.path(), "schedule-done"),
            Err(e) => e.message,
        },
        Err(id) => ct(id),
    };
    render_hours(&s, &who, Some(&fields), Some(Notice::problem(problem))).await
}

fn role_value(r: Role) -> &'static str {
    match r {
        Role::Dco => "dco",
        Role::CentreManager => "centre_manager",
        Role::DeputyCentreManager => "deputy_centre_manager",
        Role::ComplianceManager => "compliance_manager",
        Role::Security => "security",
        Role::Administrator => "administrator",
    }
}

/// `GET /console/staff`.
pub(super) async fn staff(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    let screen = Page::Staff;
    if !screen.allowed(who.role) {
        return forbidden(&who, screen);
    }
    let rows = match s.db().list_staff(None, 500).await {
        Ok(r) => r,
        Err(e) => return failed(&who, screen, e),
    };
    let body = html! {
        table {
            caption { (ct("staff-list")) }
            thead { tr {
                th scope="col" { (ct("staff-col-name")) }
                th scope="col" { (ct("staff-col-number")) }
                th scope="col" { (ct("staff-col-role")) }
                th scope="col" { (ct("staff-col-sign-in")) }
            } }
            tbody { @for r in &rows {
                tr {
                    td { (r.name) }
                    td { (if r.number.is_empty() { kinline_shared::people::derived_staff_number(r.id) } else { r.number.clone() }) }
                    td { (r.role.label()) }
                    td { (ct(if r.active { "staff-allowed" } else { "staff-disabled" })) @if s.sign_in_locked(r.id) { " — " strong { (ct("web-locked")) } } }
                }
            } }
        }
        h2 { (ct("web-staff-form")) }
        form method="post" action="/console/staff" {
            (csrf(&who))
            p { label for="number" { (ct("web-staff-number")) } input id="number" name="number" required autocapitalize="characters"; }
            p { label for="name" { (ct("staff-name-field")) } input id="name" name="name" required; }
            p { label for="role" { (ct("staff-role")) }
                select id="role" name="role" { @for r in Role::ALL { option value=(role_value(r)) { (r.label()) } } } }
            p { label for="secret" { (ct("staff-secret")) } input id="secret" name="secret" type="password" autocomplete="new-password" required; }
            p class="check" { input id="active" name="active" type="checkbox" value="yes" checked; label for="active" { (ct("staff-may-sign-in")) } }
            p { button type="submit" { (ct("staff-save")) } }
        }
    };
    show(&who, screen, q.notice().as_ref(), body)
}

/// `POST /console/staff`: creates the account with that staff number, or changes it.
pub(super) async fn save_staff(State(s): State<AppState>, who: Staff, fields: Fields) -> Response {
    let screen = Page::Staff;
    if let Some(refusal) = refused(&who, &fields, screen) {
        return refusal;
    }
    let Some(role) = Role::ALL
        .into_iter()
        .find(|r| role_value(*r) == fields.get("role"))
    else {
        return record_then(
            &s,
            &who,
            screen,
            Err("staff-choose-role"),
            screen.path(),
            "",
        )
        .await;
    };
    if let Err(e) = crate::service::admin::check_staff_name(fields.get("name")) {
        return problem_page(&who, screen, screen.path(), e.message);
    }
    let number = match kinline_shared::people::staff_number(fields.get("number")) {
        Ok(n) => n,
        Err(e) => {
            return problem_page(&who, screen, screen.path(), e.to_string());
        }
    };
    let id = match s.db().staff_by_number(&number).await {
        Ok(Some(id)) => id,
        Ok(None) => StaffId(crate::fresh::new_id()),
        Err(e) => return failed(&who, screen, e),
    };
    let result = s
        .set_staff_recorded(
            who.staff,
            who.role,
            id,
            role,
            fields.get("secret"),
            fields.get("active") == "yes",
            Some(&number),
        )
        .await;
    let result = match result {
        Ok(_) => s
            .db()
            .set_staff_name(id, fields.get("name").trim())
            .await
            .map_err(ServiceError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => done(screen.path(), "web-staff-saved"),
        Err(e) => problem_page(&who, screen, screen.path(), e.message),
    }
}

/// `GET /console/tablets`.
pub(super) async fn tablets(
    State(s): State<AppState>,
    who: Staff,
    Query(q): Query<Done>,
) -> Response {
    render_tablets(&s, &who, q.notice(), None).await
}

async fn render_tablets(
    s: &AppState,
    who: &Staff,
    notice: Option<Notice>,
    code: Option<(String, DateTime<Utc>)>,
) -> Response {
    let screen = Page::Tablets;
    if !screen.allowed(who.role) {
        return forbidden(who, screen);
    }
    let rows = match s.db().list_devices(None, 500).await {
        Ok(r) => r,
        Err(e) => return failed(who, screen, e),
    };
    let own = s.device();
    let body = html! {
        h2 { (ct("tablets-enrol")) }
        @if let Some((code, expires)) = &code {
            p class="code" role="status" { (ct_args("tablets-code", &[("code", text(code.clone())), ("expires", text(when(*expires)))])) }
        }
        form method="post" action="/console/tablets/code" {
            (csrf(who))
            p { label for="label" { (ct("tablets-label-field")) } input id="label" name="label" maxlength="80"; }
            p { button type="submit" { (ct("tablets-new-code")) } }
        }
        h2 { (ct("tablets-list")) }
        @if rows.iter().all(|r| r.id == own) { p { (ct("tablets-none")) } } @else {
            table {
                caption { (ct("tablets-list")) }
                thead { tr {
                    th scope="col" { (ct("tablets-col-label")) }
                    th scope="col" { (ct("tablets-col-enrolled")) }
                    th scope="col" { (ct("tablets-col-status")) }
                    th scope="col" { (ct("tablets-revoke")) }
                } }
                tbody { @for r in rows.iter().filter(|r| r.id != own) {
                    tr {
                        td { (if r.label.is_empty() { short(&r.id.to_string()) } else { r.label.clone() }) }
                        td { (DateTime::from_timestamp_millis(r.enrolled_ms).map(when).unwrap_or_default()) }
                        td { (ct(if r.revoked { "tablets-revoked" } else { "tablets-in-use" })) }
                        td { @if !r.revoked {
                            form method="post" action=(format!("/console/tablets/{}/revoke", r.id)) class="inline" {
                                (csrf(who))
                                label for=(format!("reason-{}", r.id)) class="visually-hidden" { (ct("tablets-reason-field")) }
                                input id=(format!("reason-{}", r.id)) name="reason" placeholder=(ct("web-reason-optional"));
                                button type="submit" class="danger" aria-label=(ct_args("tablets-revoke-label", &[("device", text(if r.label.is_empty() { short(&r.id.to_string()) } else { r.label.clone() }))])) { (ct("tablets-revoke")) }
                            }
                        } }
                    }
                } }
            }
        }
    };
    show(who, screen, notice.as_ref(), body)
}

/// `POST /console/tablets/code`: a one-time enrolment code, shown once.
pub(super) async fn enrolment_code(
    State(s): State<AppState>,
    who: Staff,
    fields: Fields,
) -> Response {
    if let Some(r) = who.csrf_refusal(&fields) {
        return r;
    }
    if !StaffAction::CreateEnrolmentCode.allowed(who.role) {
        return forbidden(&who, Page::Tablets);
    }
    match s
        .create_enrolment_code_labelled(Some(fields.get("label")), who.staff)
        .await
    {
        Ok(code) => {
            render_tablets(
                &s,
                &who,
                Some(Notice::done(ct("tablets-code-made"))),
                Some(code),
            )
            .await
        }
        Err(e) => render_tablets(&s, &who, Some(Notice::problem(e.message)), None).await,
    }
}

/// `POST /console/tablets/{id}/revoke`.
pub(super) async fn revoke(
    State(s): State<AppState>,
    who: Staff,
    Path(id): Path<String>,
    fields: Fields,
) -> Response {
    if let Some(r) = who.csrf_refusal(&fields) {
        return r;
    }
    let screen = Page::Tablets;
    if !StaffAction::RevokeDevice.allowed(who.role) {
        return forbidden(&who, screen);
    }
    let Ok(device) = id.parse::<DeviceId>() else {
        return not_found(&who, screen);
    };
    let reason = Some(fields.get("reason").trim().to_owned()).filter(|r| !r.is_empty());
    match s.revoke_recorded(who.staff, who.role, device, reason).await {
        Ok(Some(_)) => done(screen.path(), "tablets-revoked-done"),
        Ok(None) => not_found(&who, screen),
        Err(e) => render_tablets(&s, &who, Some(Notice::problem(e.message)), None).await,
    }
}

// ---- Reports ------------------------------------------------------------------------------

/// The reports' London days: the last 14.
fn report_days(s: &AppState) -> (chrono::NaiveDate, chrono::NaiveDate, DateTime<Utc>) {
    let now = s.centre_now();
    let to = kinline_shared::time::london_date(now);
    (to - chrono::Duration::days(13), to, now)
}

/// `GET /console/reports`: each report as a picture with a CSV download.
pub(super) async fn reports(State(s): State<AppState>, who: Staff) -> Response {
    let screen = Page::Reports;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let (from, to, now) = report_days(&s);
    let all = kinline_console::reports::all(&centre, from, to, now);
    let body = html! {
        p { (ct_args("reports-lead", &[("from", text(from.to_string())), ("to", text(to.to_string()))])) }
        @for r in &all {
            section class="report" {
                h2 { (r.title) }
                figure { (trusted(&r.svg)) }
                p { a href=(format!("/console/reports/{}", r.file)) download=(r.file) { (ct("reports-download")) " (" (r.file) ")" } }
            }
        }
    };
    show(&who, screen, None, body)
}

/// `GET /console/reports/{file}`: one report's rows as a CSV file.
pub(super) async fn report_csv(
    State(s): State<AppState>,
    who: Staff,
    Path(file): Path<String>,
) -> Response {
    let screen = Page::Reports;
    let centre = match open(&s, &who, screen).await {
        Ok(c) => c,
        Err(refusal) => return *refusal,
    };
    let (from, to, now) = report_days(&s);
    let Some(r) = kinline_console::reports::all(&centre, from, to, now)
        .into_iter()
        .find(|r| r.file == file)
    else {
        return not_found(&who, screen);
    };
    let mut res = (StatusCode::OK, r.csv).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", r.file)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
