//! The console's screens: pure renderings of [`Console`] that send [`Msg`]s. The root
//! [`ConsoleRoot`] holds the console and re-renders after every message; in a window it also
//! ticks once a minute so countdowns move.

use super::charts::csv_data_url;
use super::notice::{notice_html, notice_time};
use super::reports;
use super::state::{
    Console, Msg, Oversight, ReferralAction, Screen, parse_london, screens_for, short, staff_number,
};
use super::text::{ct, ct_args, text};
use chrono::Duration;
use dioxus::prelude::*;
use kinline_shared::actor::Role;
use kinline_shared::event::ReferralSource;
use kinline_shared::ids::SuspensionId;
use kinline_shared::languages::LANGUAGES;
use kinline_shared::model::{Evidence, LegalAccessMethod, ReferralStatus, SuspensionReason};
use kinline_shared::time::{display_london, london_date};
use kinline_shared::workflow::suspension::{DeadlineKind, SuspensionPhase};

/// The console's styles (its own sheet; the tablet's stays the tablet's).
pub const CONSOLE_STYLES: &str = include_str!("../../../assets/console.css");

/// The console shared between the root component and whoever made it (tests, `main`).
pub type SharedConsole = crate::shared::Shared<Console>;

/// The whole console. `ticking` re-renders every minute (the window; not in tests).
#[component]
pub fn ConsoleRoot(console: SharedConsole, ticking: bool) -> Element {
    let clock = ticking.then_some((std::time::Duration::from_secs(60), Msg::Tick));
    let (revision, send) = crate::shared::use_driven(&console, Console::update, clock);
    let _ = revision();
    let c = console.0.borrow();
    rsx! {
        style { {CONSOLE_STYLES} }
        div { class: "console", "data-screen": "{screen_id(c.screen)}", {body(&c, send)} }
    }
}

/// A stable id per screen (for tests and the end-to-end layout).
pub fn screen_id(s: Screen) -> &'static str {
    match s {
        Screen::SignIn => "sign-in",
        Screen::NothingForThisRole => "nothing-for-this-role",
        Screen::Suspensions => "suspensions",
        Screen::Suspend => "suspend",
        Screen::Notice(_) => "notice",
        Screen::Deadlines => "deadlines",
        Screen::Compliance => "compliance",
        Screen::Reviews => "reviews",
        Screen::Exceptions => "exceptions",
        Screen::Referrals => "referrals",
        Screen::Schedule => "schedule",
        Screen::Staff => "staff",
        Screen::Tablets => "tablets",
        Screen::Rooms => "rooms",
        Screen::Calls => "calls",
        Screen::Compact => "compact",
        Screen::Reports => "reports",
    }
}

/// The screen's content for the signed-in role; a screen the role may not see renders only
/// the refusal (the walk in the tests renders every screen for every role).
pub fn body(c: &Console, send: Callback<Msg>) -> Element {
    let Some(session) = &c.session else {
        return sign_in(c, send);
    };
    let role = session.role;
    let content = if !c.screen.allowed(role) {
        let refusal = ct_args(
            "screen-forbidden",
            &[
                ("role", text(role.label())),
                ("screen", text(c.screen.title())),
            ],
        );
        rsx! { p { class: "notice problem", role: "alert", "{refusal}" } }
    } else {
        match c.screen {
            Screen::SignIn => sign_in(c, send),
            Screen::NothingForThisRole => rsx! {
                p { class: "lead", {ct("nothing-for-role")} }
            },
            Screen::Suspensions => suspensions(c, send),
            Screen::Suspend => suspend(c, send),
            Screen::Notice(s) => notice(c, s, send),
            Screen::Deadlines => deadlines(c, send),
            Screen::Compliance => compliance(c, send),
            Screen::Reviews => reviews(c, send),
            Screen::Exceptions => exceptions(c, send),
            Screen::Referrals => referrals(c, send),
            Screen::Schedule => schedule(c, send),
            Screen::Staff => staff(c, send),
            Screen::Tablets => tablets(c, send),
            Screen::Rooms => rooms(c, send),
            Screen::Calls => calls(c, send),
            Screen::Compact => compact(c, send),
            Screen::Reports => report_screen(c),
        }
    };
    let nav = screens_for(role);
    rsx! {
        header { class: "topbar",
            nav { aria_label: ct("console-nav-label"),
                for s in nav {
                    button {
                        class: if s == c.screen { "nav current" } else { "nav" },
                        aria_current: if s == c.screen { "page" } else { "false" },
                        onclick: move |_| send.call(Msg::Show(s)),
                        "{s.title()}"
                    }
                }
            }
            span { class: "who", "{role.label()}" }
            button { class: "nav", onclick: move |_| send.call(Msg::Refresh), {ct("console-refresh")} }
            button { class: "nav", onclick: move |_| send.call(Msg::SignOut), {ct("console-sign-out")} }
        }
        {banner(c)}
        main { class: "screen", h1 { "{c.screen.title()}" } {content} }
    }
}

fn banner(c: &Console) -> Element {
    match &c.notice {
        Some(n) if n.problem => rsx! { p { class: "notice problem", role: "alert", "{n.text}" } },
        Some(n) => rsx! { p { class: "notice ok", role: "status", "{n.text}" } },
        None => rsx! {},
    }
}

fn sign_in(c: &Console, send: Callback<Msg>) -> Element {
    rsx! {
        main { class: "screen sign-in",
            h1 { {ct("console-title")} }
            {banner(c)}
            form {
                onsubmit: move |e| { e.prevent_default(); send.call(Msg::SignIn) },
                label { r#for: "staff-id", {ct("sign-in-staff-id")} }
                input { id: "staff-id", autocomplete: "username", value: "{c.forms.staff_id}",
                    oninput: move |e| send.call(Msg::StaffId(e.value())) }
                label { r#for: "secret", {ct("sign-in-secret")} }
                input { id: "secret", r#type: "password", autocomplete: "current-password",
                    oninput: move |e| send.call(Msg::Secret(e.value())) }
                button { class: "primary", r#type: "submit", {ct("sign-in-button")} }
            }
        }
    }
}

fn reason_label(r: SuspensionReason) -> String {
    ct(match r {
        SuspensionReason::Security => "reason-security",
        SuspensionReason::Safety => "reason-safety",
        SuspensionReason::BreachOfAcceptableUse => "reason-breach",
    })
}

fn duty_label(k: DeadlineKind) -> String {
    ct(match k {
        DeadlineKind::WrittenNotice => "duty-written-notice",
        DeadlineKind::NotifyComplianceManager => "duty-notify-compliance",
        DeadlineKind::AlternativeLegalAccess => "duty-legal-access",
        DeadlineKind::Authorisation => "duty-authorisation",
        DeadlineKind::WeeklyReview => "duty-weekly-review",
        DeadlineKind::AppealDecision => "duty-appeal-decision",
    })
}

/// "3 h 05 m left" or "overdue by 0 h 01 m".
pub fn countdown(minutes_left: i64) -> String {
    let m = minutes_left.abs();
    let time = format!("{} h {:02} m", m / 60, m % 60);
    let id = if minutes_left < 0 {
        "countdown-overdue"
    } else {
        "countdown-left"
    };
    ct_args(id, &[("time", text(time))])
}

fn suspensions(c: &Console, send: Callback<Msg>) -> Element {
    let now = c.now();
    let mut rows: Vec<_> = c.centre.suspensions.values().collect();
    rows.sort_by_key(|s| std::cmp::Reverse(s.decided_at));
    rsx! {
        button { class: "primary", onclick: move |_| send.call(Msg::Show(Screen::Suspend)), {ct("suspensions-new")} }
        if rows.is_empty() { p { class: "empty", role: "status", {ct("suspensions-none")} } }
        for s in rows {
            {
                let sid = s.id;
                let in_force = s.is_in_force(now);
                let lifted = matches!(s.phase, SuspensionPhase::Lifted { .. });
                let other = c.forms.legal_other.get(&sid).cloned().unwrap_or_default();
                let label = ct_args("suspension-label", &[("id", text(short(&sid.to_string())))]);
                let heading = ct_args(
                    "suspension-heading",
                    &[("detainee", text(c.detainee_label(s.detainee))), ("reason", text(reason_label(s.reason)))],
                );
                let decided = match s.until {
                    Some(u) => ct_args(
                        "suspension-decided-until",
                        &[("at", text(display_london(s.decided_at))), ("until", text(display_london(u)))],
                    ),
                    None => ct_args("suspension-decided", &[("at", text(display_london(s.decided_at)))]),
                };
                let state = ct(if lifted { "suspension-lifted" } else if in_force { "suspension-in-force" } else { "suspension-not-in-force" });
                let notice = match &s.notice_given_in {
                    Some(l) => ct_args("suspension-notice-given", &[("language", text(l.0.clone()))]),
                    None => ct("suspension-notice-not-given"),
                };
                let notified = match s.compliance_notified_at {
                    Some(t) => ct_args("suspension-notified", &[("at", text(display_london(t)))]),
                    None => ct("suspension-not-notified"),
                };
                let legal = match &s.legal_access {
                    Some(m) => ct_args("suspension-legal", &[("method", text(legal_label(m)))]),
                    None => ct("suspension-no-legal"),
                };
                rsx! {
                    section { key: "{sid}", class: "suspension", aria_label: "{label}",
                        h2 { "{heading}" }
                        p { "{decided}" }
                        p { class: if in_force { "state in-force" } else { "state" }, "{state}" }
                        p { "{notice}" }
                        p { "{notified}" }
                        p { "{legal}" }
                        details { class: "history",
                            summary { {ct("suspension-history")} }
                            ol {
                                for (at, who, what) in c.history(sid) {
                                    li { "{display_london(at)} — {who}: {what}" }
                                }
                            }
                        }
                        if !lifted {
                            div { class: "actions", role: "group", aria_label: ct("suspension-actions"),
                                button { class: "secondary", onclick: move |_| send.call(Msg::Show(Screen::Notice(sid))), {ct("suspension-written-notice")} }
                                if s.compliance_notified_at.is_none() {
                                    button { class: "secondary", onclick: move |_| send.call(Msg::NotifyCompliance(sid)), {ct("suspension-notify")} }
                                }
                                button { class: "danger", onclick: move |_| send.call(Msg::Lift(sid)), {ct("suspension-lift")} }
                            }
                            if s.legal_access.is_none() {
                                div { class: "actions", role: "group", aria_label: ct("legal-group"),
                                    button { class: "secondary", onclick: move |_| send.call(Msg::ArrangeLegal(sid, LegalAccessMethod::Telephone)), {ct("legal-telephone-button")} }
                                    button { class: "secondary", onclick: move |_| send.call(Msg::ArrangeLegal(sid, LegalAccessMethod::LegalVisit)), {ct("legal-visits-button")} }
                                    button { class: "secondary", onclick: move |_| send.call(Msg::ArrangeLegal(sid, LegalAccessMethod::Correspondence)), {ct("legal-email-button")} }
                                    label { r#for: "legal-other-{sid}", {ct("legal-other-field")} }
                                    input { id: "legal-other-{sid}", value: "{other}", oninput: move |e| send.call(Msg::LegalOther(sid, e.value())) }
                                    button { class: "secondary", onclick: move |_| send.call(Msg::ArrangeLegal(sid, LegalAccessMethod::Other { description: String::new() })), {ct("legal-other-button")} }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn legal_label(m: &LegalAccessMethod) -> String {
    match m {
        LegalAccessMethod::Telephone => ct("legal-telephone"),
        LegalAccessMethod::LegalVisit => ct("legal-visits"),
        LegalAccessMethod::Correspondence => ct("legal-email"),
        LegalAccessMethod::Other { description } => description.clone(),
    }
}

/// The legend of the evidence a reason accepts (§17, `basis::evidence_accepted`).
fn basis_legend(r: SuspensionReason) -> &'static str {
    match r {
        SuspensionReason::BreachOfAcceptableUse => "suspend-evidence",
        SuspensionReason::Safety => "suspend-evidence-safety",
        SuspensionReason::Security => "suspend-evidence-security",
    }
}

/// What the form says when a reason has no evidence to offer.
fn basis_none(r: SuspensionReason) -> &'static str {
    match r {
        SuspensionReason::Safety => "suspend-no-safety-concern",
        _ => "suspend-no-evidence",
    }
}

fn evidence_label(e: Evidence) -> String {
    match e {
        Evidence::Incident(i) => {
            ct_args("evidence-incident", &[("id", text(short(&i.to_string())))])
        }
        Evidence::TerminatedCall(b) => ct_args(
            "evidence-terminated",
            &[("id", text(short(&b.to_string())))],
        ),
    }
}

fn suspend(c: &Console, send: Callback<Msg>) -> Element {
    let detainees = c.known_detainees();
    let chosen = c.forms.suspend_detainee;
    let reason = c.forms.suspend_reason;
    let evidence = chosen
        .zip(reason)
        .map(|(d, r)| c.evidence_for(d, r))
        .unwrap_or_default();
    let name = chosen
        .map(|d| {
            c.forms
                .names
                .get(&d)
                .cloned()
                .or_else(|| c.roster_name(d).map(str::to_owned))
                .unwrap_or_default()
        })
        .unwrap_or_default();
    rsx! {
        p { class: "lead", {ct("suspend-lead")} }
        form { onsubmit: move |e| { e.prevent_default(); send.call(Msg::Suspend) },
            fieldset { legend { {ct("suspend-detainee")} }
                for d in detainees {
                    button { r#type: "button", class: if Some(d) == chosen { "choice chosen" } else { "choice" },
                        aria_pressed: if Some(d) == chosen { "true" } else { "false" },
                        "data-detainee": "{d}",
                        onclick: move |_| send.call(Msg::SuspendDetainee(d)),
                        match c.roster.iter().find(|r| r.detainee == d) {
                            Some(r) if !r.reference.is_empty() => format!("{} — {} ({})", r.name, r.location, r.reference),
                            Some(r) => format!("{} — {} ({})", r.name, r.location, short(&d.to_string())),
                            None => short(&d.to_string()),
                        }
                    }
                }
            }
            if let Some(d) = chosen {
                label { r#for: "notice-name", {ct("suspend-notice-name")} }
                input { id: "notice-name", value: "{name}", oninput: move |e| send.call(Msg::NoticeName(d, e.value())) }
            }
            fieldset { legend { {ct("suspend-reason")} }
                for r in [SuspensionReason::Security, SuspensionReason::Safety, SuspensionReason::BreachOfAcceptableUse] {
                    button { r#type: "button", class: if c.forms.suspend_reason == Some(r) { "choice chosen" } else { "choice" },
                        aria_pressed: if c.forms.suspend_reason == Some(r) { "true" } else { "false" },
                        onclick: move |_| send.call(Msg::SuspendReason(r)), "{reason_label(r)}" }
                }
            }
            if let Some(r) = reason {
                fieldset { legend { {ct(basis_legend(r))} }
                    if evidence.is_empty() { p { class: "empty", {ct(basis_none(r))} } }
                    for e in evidence {
                        button { r#type: "button", class: if c.forms.suspend_evidence.contains(&e) { "choice chosen" } else { "choice" },
                            aria_pressed: if c.forms.suspend_evidence.contains(&e) { "true" } else { "false" },
                            onclick: move |_| send.call(Msg::ToggleEvidence(e)),
                            {evidence_label(e)} }
                    }
                }
            }
            if reason == Some(SuspensionReason::Security) {
                label { r#for: "security-report", {ct("suspend-security-report")} }
                input { id: "security-report", value: "{c.forms.suspend_security_report}", oninput: move |e| send.call(Msg::SuspendSecurityReport(e.value())) }
            }
            label { class: "statement",
                input { r#type: "checkbox", id: "not-a-sanction", checked: c.forms.suspend_not_a_sanction,
                    onchange: move |e| send.call(Msg::SuspendNotASanction(e.checked())) }
                {ct("suspend-not-a-sanction")}
            }
            label { r#for: "reasons", {ct("suspend-words")} }
            textarea { id: "reasons", value: "{c.forms.suspend_words}", oninput: move |e| send.call(Msg::SuspendWords(e.value())) }
            label { r#for: "until", {ct("suspend-until")} }
            input { id: "until", value: "{c.forms.suspend_until}", oninput: move |e| send.call(Msg::SuspendUntil(e.value())) }
            button { class: "danger", r#type: "submit", {ct("suspend-button")} }
        }
    }
}

fn notice(c: &Console, s: SuspensionId, send: Callback<Msg>) -> Element {
    let Some(text) = c.notice_text(s) else {
        return rsx! { p { class: "notice problem", role: "alert", {ct("notice-missing")} } };
    };
    let chosen = text.language.clone();
    let given = c
        .centre
        .suspensions
        .get(&s)
        .and_then(|x| x.notice_given_in.clone());
    let page = match notice_html(&text) {
        Ok(p) => p,
        Err(e) => return rsx! { p { class: "notice problem", role: "alert", "{e}" } },
    };
    let valid = ct_args(
        "notice-valid-until",
        &[("until", super::text::text(notice_time(text.until)))],
    );
    let download = format!(
        "data:text/html;charset=utf-8,{}",
        &csv_data_url(&page)["data:text/csv;charset=utf-8,".len()..]
    );
    rsx! {
        label { r#for: "notice-language", {ct("notice-language")} }
        select { id: "notice-language", onchange: move |e| send.call(Msg::NoticeLanguage(s, e.value())),
            for l in LANGUAGES.iter() {
                option { value: "{l.tag}", selected: l.tag == chosen, "\u{2068}{l.native}\u{2069} — {l.english}" }
            }
        }
        div { class: "actions", role: "group", aria_label: ct("notice-actions"),
            button { class: "secondary", onclick: move |_| { let _ = document::eval("document.getElementById('notice-frame').contentWindow.print()"); }, {ct("notice-print")} }
            a { class: "button secondary", href: "{download}", download: "notice-{short(&s.to_string())}-{chosen}.html", {ct("notice-save")} }
            if given.is_none() {
                button { class: "primary", onclick: move |_| send.call(Msg::GiveNotice(s)), {ct("notice-record-given")} }
            }
        }
        if let Some(l) = given { p { class: "state", role: "status", {ct_args("notice-given-in", &[("language", super::text::text(l.0))])} } }
        p { class: "hint", {valid} }
        iframe { id: "notice-frame", title: ct("notice-frame-title"), class: "notice-page", srcdoc: "{page}" }
    }
}

fn deadlines(c: &Console, send: Callback<Msg>) -> Element {
    let rows = c.duties();
    rsx! {
        p { class: "lead", {ct("deadlines-lead")} }
        if rows.is_empty() { p { class: "empty", role: "status", {ct("deadlines-none")} } }
        ol { class: "duties",
            for r in rows {
                {
                    let reasons = r.appeal.and_then(|a| c.forms.decision_reasons.get(&a).cloned()).unwrap_or_default();
                    let sid = r.deadline.suspension;
                    let detail = ct_args(
                        "duty-detail",
                        &[("detainee", text(c.detainee_label(r.deadline.detainee))), ("due", text(display_london(r.deadline.due)))],
                    );
                    rsx! {
                        li { key: "{sid}-{r.deadline.kind:?}", class: if r.overdue { "duty overdue" } else { "duty" },
                            "data-kind": "{r.deadline.kind:?}",
                            strong { "{duty_label(r.deadline.kind)}" }
                            " {detail} "
                            span { class: "countdown", "{countdown(r.minutes_left)}" }
                            if let Some(a) = r.appeal {
                                div { class: "actions", role: "group", aria_label: ct("appeal-decide"),
                                    label { r#for: "decision-{a}", {ct("appeal-reasons")} }
                                    textarea { id: "decision-{a}", value: "{reasons}", oninput: move |e| send.call(Msg::DecisionReasons(a, e.value())) }
                                    button { class: "primary", onclick: move |_| send.call(Msg::DecideAppeal(a, true)), {ct("appeal-uphold")} }
                                    button { class: "secondary", onclick: move |_| send.call(Msg::DecideAppeal(a, false)), {ct("appeal-dismiss")} }
                                }
                            }
                            if r.deadline.kind == DeadlineKind::WrittenNotice {
                                button { class: "secondary", onclick: move |_| send.call(Msg::Show(Screen::Notice(sid))), {ct("suspension-written-notice")} }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn compliance(c: &Console, send: Callback<Msg>) -> Element {
    let rows = c.oversight();
    let late: usize = c
        .centre
        .suspensions
        .values()
        .map(|s| s.late_appeals.len())
        .sum();
    rsx! {
        p { class: "lead", {ct("compliance-lead")} }
        p { class: if late > 0 { "late-appeals overdue" } else { "late-appeals" }, role: "status",
            {ct_args("compliance-late-appeals", &[("count", fluent::FluentValue::from(late))])} }
        if rows.is_empty() { p { class: "empty", role: "status", {ct("suspensions-none")} } }
        for (s, state) in rows {
            {
                let sid = s.id;
                let until = c.forms.authorise_until.get(&sid).cloned().unwrap_or_default();
                let (class, words) = match state {
                    Oversight::FirstWeek => ("state", ct("oversight-first-week")),
                    Oversight::AwaitingAuthorisation(due) => ("state awaiting", ct_args("oversight-awaiting", &[("due", text(display_london(due)))])),
                    Oversight::LapsedWithoutAuthorisation(due) => ("state overdue", ct_args("oversight-lapsed", &[("due", text(display_london(due)))])),
                    Oversight::Authorised(u) => ("state", ct_args("oversight-authorised", &[("until", text(display_london(u)))])),
                    Oversight::Over => ("state", ct("oversight-over")),
                };
                let awaiting = matches!(state, Oversight::AwaitingAuthorisation(_) | Oversight::LapsedWithoutAuthorisation(_));
                let label = ct_args("suspension-label", &[("id", text(short(&sid.to_string())))]);
                let heading = ct_args(
                    "suspension-heading",
                    &[("detainee", text(c.detainee_label(s.detainee))), ("reason", text(reason_label(s.reason)))],
                );
                rsx! {
                    section { key: "{sid}", class: "suspension", aria_label: "{label}",
                        h2 { "{heading}" }
                        p { {ct_args("compliance-decided", &[("at", text(display_london(s.decided_at)))])} }
                        p { class: "notification", match s.compliance_notified_at { Some(t) => ct_args("compliance-notified", &[("at", text(display_london(t)))]), None => ct("compliance-not-notified") } }
                        p { class: "{class}", "{words}" }
                        p { class: "basis",
                            {match &s.basis.security_report { Some(r) => ct_args("compliance-basis-report", &[("reference", text(r.clone()))]), None => ct("compliance-basis-no-report") }}
                            " "
                            {if s.basis.evidence.is_empty() { ct("compliance-basis-no-evidence") } else { ct_args("compliance-basis-evidence", &[("evidence", text(s.basis.evidence.iter().map(|e| evidence_label(*e)).collect::<Vec<_>>().join(", ")))]) }}
                            " "
                            {if s.basis.not_a_sanction { ct("compliance-basis-statement") } else { ct("compliance-basis-no-statement") }}
                        }
                        for l in s.late_appeals.iter() {
                            p { key: "{l.appeal}", class: "appeal-late overdue",
                                {ct_args("compliance-appeal-late", &[("id", text(short(&l.appeal.to_string()))), ("due", text(display_london(l.decide_by))), ("at", text(display_london(l.decided_at)))])} }
                        }
                        if awaiting {
                            div { class: "actions", role: "group", aria_label: ct("authorise-group"),
                                label { r#for: "authorise-{sid}", {ct("authorise-until")} }
                                input { id: "authorise-{sid}", value: "{until}", oninput: move |e| send.call(Msg::AuthoriseUntil(sid, e.value())) }
                                button { class: "primary", disabled: parse_london(&until).is_none(), onclick: move |_| send.call(Msg::Authorise(sid)), {ct("authorise-button")} }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn reviews(c: &Console, send: Callback<Msg>) -> Element {
    let rows = c.reviews();
    // The calendar: one entry per London day with something due.
    let mut days: Vec<(chrono::NaiveDate, Vec<_>)> = Vec::new();
    for r in rows {
        let d = london_date(r.due);
        match days.last_mut() {
            Some((day, v)) if *day == d && !r.missed => v.push(r),
            _ => days.push((d, vec![r])),
        }
    }
    rsx! {
        if days.is_empty() { p { class: "empty", role: "status", {ct("reviews-none")} } }
        ol { class: "calendar",
            for (day, entries) in days {
                li { key: "{day}", class: "day",
                    h2 { "{day.format(\"%A %-d %B %Y\")}" }
                    for r in entries {
                        {
                            let sid = r.suspension;
                            let notes = c.forms.review_notes.get(&sid).cloned().unwrap_or_default();
                            let what = ct(if r.kind == DeadlineKind::Authorisation { "review-authorisation" } else { "review-weekly" });
                            let detail = ct_args(
                                "review-detail",
                                &[("id", text(short(&sid.to_string()))), ("due", text(display_london(r.due)))],
                            );
                            rsx! {
                                div { key: "{sid}", class: if r.missed { "review missed" } else { "review" },
                                    p { strong { "{what}" } " {detail}"
                                        if r.missed { span { class: "badge overdue", " " {ct("review-missed")} } } }
                                    if r.kind == DeadlineKind::WeeklyReview {
                                        label { r#for: "review-{sid}", {ct("review-notes")} }
                                        textarea { id: "review-{sid}", value: "{notes}", oninput: move |e| send.call(Msg::ReviewNotes(sid, e.value())) }
                                        button { class: "primary", onclick: move |_| send.call(Msg::Review(sid, true)), {ct("review-continues")} }
                                        button { class: "secondary", onclick: move |_| send.call(Msg::Review(sid, false)), {ct("review-lift")} }
                                    } else {
                                        button { class: "secondary", onclick: move |_| send.call(Msg::Show(Screen::Compliance)), {ct("review-authorise-elsewhere")} }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn exceptions(c: &Console, send: Callback<Msg>) -> Element {
    rsx! {
        p { class: "lead", {ct("exceptions-lead")} }
        if c.exceptions.is_empty() { p { class: "empty", role: "status", {ct("exceptions-none")} } }
        for x in c.exceptions.iter() {
            {
                let id = x.event;
                let notes = c.forms.exception_notes.get(&id).cloned().unwrap_or_default();
                let by = ct_args(
                    "exception-by",
                    &[("role", text(x.actor.role().map_or("detainee", Role::label))), ("id", text(short(&id.to_string())))],
                );
                rsx! {
                    section { key: "{id}", class: if x.reviewed { "exception" } else { "exception open" },
                        p { "{x.violation}" }
                        p { class: "hint", "{by}" }
                        if x.reviewed { p { class: "state", {ct("exception-reviewed")} } } else {
                            label { r#for: "exception-{id}", {ct("exception-notes")} }
                            textarea { id: "exception-{id}", value: "{notes}", oninput: move |e| send.call(Msg::ExceptionNotes(id, e.value())) }
                            button { class: "primary", onclick: move |_| send.call(Msg::ReviewException(id)), {ct("exception-record")} }
                        }
                    }
                }
            }
        }
    }
}

fn referrals(c: &Console, send: Callback<Msg>) -> Element {
    let may_update = c.role() == Some(Role::Security);
    let mut rows: Vec<_> = c.referrals.iter().collect();
    rows.sort_by_key(|r| {
        (
            matches!(r.status, ReferralStatus::Closed { .. }),
            r.referred_at,
        )
    });
    rsx! {
        p { class: "lead", {ct("referrals-lead")} }
        if rows.is_empty() { p { class: "empty", role: "status", {ct("referrals-none")} } }
        for r in rows {
            {
                let source = r.source;
                let outcome = c.forms.outcomes.get(&source).cloned().unwrap_or_default();
                let (what, id) = match source {
                    ReferralSource::Termination(b) => (ct("referral-termination"), b.to_string()),
                    ReferralSource::Incident(i) => (ct("referral-incident"), i.to_string()),
                };
                let status = match &r.status {
                    ReferralStatus::Open => ct("referral-open"),
                    ReferralStatus::Investigating => ct("referral-investigating"),
                    ReferralStatus::Closed { outcome } => ct_args("referral-closed", &[("outcome", text(outcome.clone()))]),
                };
                let status = ct_args("referral-status", &[("status", text(status))]);
                let referred = ct_args("referral-referred", &[("at", text(display_london(r.referred_at)))]);
                let closed = matches!(r.status, ReferralStatus::Closed { .. });
                rsx! {
                    section { key: "{id}", class: "referral", "data-source": "{id}",
                        h2 { "{what} {short(&id)}" }
                        p { "{referred}" }
                        p { class: "status", "{status}" }
                        if may_update && !closed {
                            div { class: "actions", role: "group", aria_label: ct("referral-update"),
                                if r.status == ReferralStatus::Open {
                                    button { class: "secondary", onclick: move |_| send.call(Msg::UpdateReferral(source, ReferralAction::Investigate)), {ct("referral-investigate")} }
                                }
                                label { r#for: "outcome-{id}", {ct("referral-outcome")} }
                                input { id: "outcome-{id}", value: "{outcome}", oninput: move |e| send.call(Msg::Outcome(source, e.value())) }
                                button { class: "primary", onclick: move |_| send.call(Msg::UpdateReferral(source, ReferralAction::Close)), {ct("referral-close")} }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn schedule(c: &Console, send: Callback<Msg>) -> Element {
    let f = &c.forms;
    rsx! {
        p { class: "lead", {ct("schedule-lead")} }
        form { onsubmit: move |e| { e.prevent_default(); send.call(Msg::SaveSchedule) },
            label { r#for: "opens", {ct("schedule-opens")} }
            input { id: "opens", value: "{f.opens}", oninput: move |e| send.call(Msg::Opens(e.value())) }
            label { r#for: "closes", {ct("schedule-closes")} }
            input { id: "closes", value: "{f.closes}", oninput: move |e| send.call(Msg::Closes(e.value())) }
            label { r#for: "slot", {ct("schedule-slot")} }
            input { id: "slot", r#type: "number", min: "30", max: "60", value: "{f.slot_minutes}", oninput: move |e| send.call(Msg::SlotMinutes(e.value())) }
            label { r#for: "points", {ct("schedule-points")} }
            input { id: "points", r#type: "number", min: "1", value: "{f.call_points}", oninput: move |e| send.call(Msg::CallPoints(e.value())) }
            label { r#for: "from", {ct("schedule-from")} }
            input { id: "from", value: "{f.effective_from}", oninput: move |e| send.call(Msg::EffectiveFrom(e.value())) }
            button { class: "primary", r#type: "submit", {ct("schedule-save")} }
        }
    }
}

fn staff(c: &Console, send: Callback<Msg>) -> Element {
    let f = &c.forms;
    rsx! {
        form { onsubmit: move |e| { e.prevent_default(); send.call(Msg::SaveAccount) },
            label { r#for: "account-id", {ct("staff-id-field")} }
            input { id: "account-id", value: "{f.account_id}", oninput: move |e| send.call(Msg::AccountId(e.value())) }
            label { r#for: "account-name", {ct("staff-name-field")} }
            input { id: "account-name", value: "{f.account_name}", oninput: move |e| send.call(Msg::AccountName(e.value())) }
            label { r#for: "account-number", {ct("staff-col-number")} }
            input { id: "account-number", value: "{f.account_number}", autocomplete: "off", oninput: move |e| send.call(Msg::AccountNumber(e.value())) }
            fieldset { legend { {ct("staff-role")} }
                for r in Role::ALL {
                    button { r#type: "button", class: if f.account_role == Some(r) { "choice chosen" } else { "choice" },
                        aria_pressed: if f.account_role == Some(r) { "true" } else { "false" },
                        onclick: move |_| send.call(Msg::AccountRole(r)), "{r.label()}" }
                }
            }
            label { r#for: "account-secret", {ct("staff-secret")} }
            input { id: "account-secret", r#type: "password", autocomplete: "new-password", oninput: move |e| send.call(Msg::AccountSecret(e.value())) }
            label { input { r#type: "checkbox", checked: f.account_active, onchange: move |e| send.call(Msg::AccountActive(e.checked())) } " " {ct("staff-may-sign-in")} }
            button { class: "primary", r#type: "submit", {ct("staff-save")} }
        }
        section { aria_label: ct("staff-list"),
            h2 { {ct("staff-list")} }
            if c.staff_list.is_empty() {
                p { class: "empty", {ct("staff-none")} }
            } else {
                table { class: "accounts",
                    thead { tr { th { {ct("staff-col-name")} } th { {ct("staff-col-number")} } th { {ct("staff-col-role")} } th { {ct("staff-col-sign-in")} } th { {ct("staff-col-id")} } th {} } }
                    tbody {
                        for a in c.staff_list.iter() {
                            tr { key: "{a.id}", "data-staff": "{a.id}",
                                td { if a.name.is_empty() { "—" } else { "{a.name}" } }
                                td { "{staff_number(a.id, &a.number)}" }
                                td { "{a.role.label()}" }
                                td { if a.active { {ct("staff-allowed")} } else { {ct("staff-disabled")} } }
                                td { class: "id", "{a.id}" }
                                td { button { class: "small", onclick: { let id = a.id; move |_| send.call(Msg::EditAccount(id)) }, {ct("staff-change")} } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn tablets(c: &Console, send: Callback<Msg>) -> Element {
    let code = c.enrolment_code.as_ref().map(|(code, expires)| {
        ct_args(
            "tablets-code",
            &[
                ("code", text(code.clone())),
                ("expires", text(display_london(*expires))),
            ],
        )
    });
    rsx! {
        section { aria_label: ct("tablets-enrol"),
            h2 { {ct("tablets-enrol")} }
            label { r#for: "enrol-label", {ct("tablets-label-field")} }
            input { id: "enrol-label", value: "{c.forms.enrol_label}", oninput: move |e| send.call(Msg::EnrolLabel(e.value())) }
            button { class: "primary", onclick: move |_| send.call(Msg::CreateEnrolmentCode), {ct("tablets-new-code")} }
            if let Some(code) = code {
                p { class: "code", strong { "{code}" } }
            }
        }
        section { aria_label: ct("tablets-list"),
            h2 { {ct("tablets-list")} }
            label { r#for: "revoke-reason", {ct("tablets-reason-field")} }
            input { id: "revoke-reason", value: "{c.forms.revoke_reason}", oninput: move |e| send.call(Msg::RevokeReason(e.value())) }
            if c.devices.is_empty() {
                p { class: "empty", {ct("tablets-none")} }
            } else {
                table { class: "devices",
                    thead { tr { th { {ct("tablets-col-label")} } th { {ct("tablets-col-enrolled")} } th { {ct("tablets-col-status")} } th { {ct("tablets-col-id")} } th {} } }
                    tbody {
                        for d in c.devices.iter() {
                            tr { key: "{d.id}", "data-device": "{d.id}",
                                td { if d.label.is_empty() { "—" } else { "{d.label}" } }
                                td { "{display_london(d.enrolled_at)}" }
                                td { if d.revoked { {ct("tablets-revoked")} } else { {ct("tablets-in-use")} } }
                                td { class: "id", "{d.id}" }
                                td {
                                    if !d.revoked {
                                        button { class: "danger small", aria_label: ct_args("tablets-revoke-label", &[("device", text(d.id.to_string()))]),
                                            onclick: { let id = d.id; move |_| send.call(Msg::Revoke(id)) }, {ct("tablets-revoke")} }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn rooms(c: &Console, send: Callback<Msg>) -> Element {
    rsx! {
        p { class: "lead", {ct("rooms-lead")} }
        form { onsubmit: move |e| { e.prevent_default(); send.call(Msg::AddRoom) },
            label { r#for: "room-name", {ct("rooms-name-field")} }
            input { id: "room-name", value: "{c.forms.room_name}", oninput: move |e| send.call(Msg::RoomName(e.value())) }
            label { r#for: "room-capacity", {ct("rooms-capacity-field")} }
            input { id: "room-capacity", r#type: "number", min: "1", max: "50", value: "{c.forms.room_capacity}", oninput: move |e| send.call(Msg::RoomCapacity(e.value())) }
            button { class: "primary", r#type: "submit", {ct("rooms-add")} }
        }
        if c.rooms.is_empty() {
            p { class: "empty", {ct("rooms-none")} }
        } else {
            table { class: "rooms",
                thead { tr { th { {ct("rooms-col-room")} } th { {ct("rooms-col-capacity")} } th { {ct("rooms-col-status")} } th {} } }
                tbody {
                    for r in c.rooms.iter() {
                        tr { key: "{r.id}", "data-room": "{r.id}",
                            td { "{r.name}" }
                            td { "{r.capacity}" }
                            td { if r.active { {ct("rooms-active")} } else { {ct("rooms-retired")} } }
                            td {
                                if r.active {
                                    button { class: "danger small", aria_label: ct_args("rooms-retire-label", &[("room", text(r.name.clone()))]),
                                        onclick: { let id = r.id; move |_| send.call(Msg::RetireRoom(id)) }, {ct("rooms-retire")} }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A caller's message in words: the invitation, the reminder, or a notice.
fn notice_words(notice: &str) -> String {
    ct(match notice {
        "reminder" => "calls-notice-reminder",
        "cancellation" => "calls-notice-cancellation",
        "displacement" => "calls-notice-displacement",
        _ => "calls-notice-invitation",
    })
}

fn calls(c: &Console, send: Callback<Msg>) -> Element {
    let day = c.calls_day();
    let active: Vec<_> = c.rooms.iter().filter(|r| r.active).cloned().collect();
    rsx! {
        p { class: "lead", {ct("calls-lead")} }
        form { onsubmit: move |e| { e.prevent_default(); send.call(Msg::ShowCalls) },
            label { r#for: "calls-date", {ct("calls-date-field")} }
            input { id: "calls-date", value: "{c.forms.calls_date}", placeholder: "{day}", oninput: move |e| send.call(Msg::CallsDate(e.value())) }
            button { class: "secondary", r#type: "submit", {ct("calls-show")} }
        }
        h2 { "{day.format(\"%A %-d %B %Y\")}" }
        if c.calls.is_empty() {
            p { class: "empty", {ct("calls-none")} }
        } else {
            table { class: "calls",
                thead { tr { th { {ct("calls-col-time")} } th { {ct("calls-col-call")} } th { {ct("calls-col-detainee")} } th { {ct("calls-col-state")} } th { {ct("calls-col-room")} } th { {ct("calls-col-move")} } } }
                tbody {
                    for call in c.calls.iter() {
                        tr { key: "{call.booking}", "data-booking": "{call.booking}",
                            td { "{display_london(call.slot_start)}" }
                            td { if call.kind == kinline_shared::model::CallKind::Legal { {ct("calls-legal")} } else { {ct("calls-social")} } }
                            td { "{c.name_of(call.detainee)}" }
                            td { "{call.state}"
                                for m in call.messages.iter().filter(|m| m.state == "failed") {
                                    p { class: "message-failed", role: "alert",
                                        {ct_args("calls-message-failed", &[
                                            ("notice", text(notice_words(&m.notice))),
                                            ("channel", text(ct(if m.channel == "sms" { "calls-channel-sms" } else { "calls-channel-email" }))),
                                            ("why", text(m.last_error.clone().unwrap_or_default())),
                                        ])}
                                    }
                                }
                            }
                            td { match &call.room {
                                Some(r) if r.active => r.name.clone(),
                                Some(r) => ct_args("calls-room-retired", &[("room", text(r.name.clone()))]),
                                None => ct("calls-call-point"),
                            } }
                            td {
                                if call.state != "finished" {
                                    for r in active.iter().filter(|r| call.room.as_ref().is_none_or(|now| now.id != r.id)) {
                                        button { class: "small",
                                            aria_label: ct_args("calls-move-label", &[("time", text(display_london(call.slot_start))), ("room", text(r.name.clone()))]),
                                            onclick: { let (b, room) = (call.booking, r.id); move |_| send.call(Msg::PutInRoom(b, room)) }, "{r.name}" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn compact(c: &Console, send: Callback<Msg>) -> Element {
    rsx! {
        p { class: "lead", {ct("compact-lead")} }
        label { r#for: "compact-version", {ct("compact-version-field")} }
        input { id: "compact-version", value: "{c.forms.compact_version}", oninput: move |e| send.call(Msg::CompactVersion(e.value())) }
        button { class: "primary", onclick: move |_| send.call(Msg::PublishCompact), {ct("compact-publish")} }
    }
}

fn report_screen(c: &Console) -> Element {
    let now = c.now();
    let to = london_date(now);
    let from = to - Duration::days(13);
    let all = reports::all(&c.centre, from, to, now);
    rsx! {
        p { class: "lead", {ct_args("reports-lead", &[("from", text(from.to_string())), ("to", text(to.to_string()))])} }
        for r in all {
            section { key: "{r.file}", class: "report", aria_label: "{r.title}",
                h2 { "{r.title}" }
                div { class: "chart-box", dangerous_inner_html: "{r.svg}" }
                a { class: "button secondary", href: "{csv_data_url(&r.csv)}", download: "{r.file}", {ct("reports-download")} }
            }
        }
    }
}
