//! Every word the screens show, looked up by Fluent message id in
//! `locales/{tag}/kinline.ftl` for the current interface language, with English
//! (`locales/en-GB/kinline.ftl`) only for a string a language lacks.
//!
//! [`t`] is [`kinline_i18n::Texts::get`] in the current interface language, so it keeps the
//! signature `fn(&str) -> &'static str` and the screens can use it anywhere (attributes,
//! `format!`, messages stored in the app state); `Texts` says where the `'static` comes from
//! (a bounded cache, one leaked string per language and message). An id that is not in en-GB (only
//! possible for a non-literal id: `app/build.rs` fails the build for any literal `t("…")` id
//! missing from en-GB) shows as [`MISSING`].
//!
//! Which language: [`set_language`] sets the process-wide interface language (the staff
//! member's, en-GB for now, or the detainee's in detainee mode); [`scope`] overrides it on the
//! current thread until the returned guard drops, for rendering one part of a screen (e.g. the
//! written suspension notice) in another language.

use kinline_i18n::{Domain, FALLBACK, Localizations};
use kinline_shared::dso::RuleViolation;
use kinline_shared::languages::{self, Language};
use kinline_shared::model::{
    EndReason, IncidentCategory, LanguageTag, LegalAccessMethod, SuspensionReason,
    TerminationReason,
};
use kinline_shared::workflow::call::CallPhase;
use std::cell::RefCell;
use std::sync::{LazyLock, PoisonError, RwLock};

/// What [`t`] shows for an id that is in no Fluent file (never for a literal id: the build
/// checks those).
pub use kinline_i18n::MISSING;
/// Strings by (language, message id), formatted once: the one lookup, over [`kinline_i18n::Localizer`].
pub use kinline_i18n::Texts;

/// The text of message `id` in the current interface language ([`language`]), or the English
/// text if that language lacks it. See the module docs for why it can be `'static`.
pub fn t(id: &str) -> &'static str {
    TEXTS.get(language(), id)
}

/// The text of message `id` in the current interface language with its variables set, e.g.
/// `t_args("locked-lead-name", &[("name", arg(name))])`: one sentence with placeholders, so
/// each language orders the words its own way and chooses its plural forms. Fluent isolates
/// each value (U+2068 … U+2069), so a name or number in another script keeps its place.
/// English for a message the language lacks; [`MISSING`] for an id not in en-GB. Not cached:
/// the values change.
pub fn t_args(id: &str, args: &[(&str, Arg)]) -> String {
    TEXTS.get_args(language(), id, args)
}

/// A value set into a message by [`t_args`]: text, or a number (which chooses plural forms).
pub use kinline_i18n::Arg;

/// A text value for [`t_args`].
pub fn arg(value: impl ToString) -> Arg {
    Arg::Text(value.to_string())
}

/// A number for [`t_args`] (it chooses the plural form).
pub fn num(value: impl TryInto<i64>) -> Arg {
    Arg::Number(value.try_into().unwrap_or(i64::MAX))
}

/// An instant as the current interface language writes it, in London time: weekday, day, month
/// by name, year, hours and minutes ([`kinline_i18n::date_time`]). Every date and time a screen
/// shows goes through this (or [`day`]), never through an English `strftime` pattern.
pub fn date_time(at: chrono::DateTime<chrono::Utc>) -> String {
    kinline_i18n::date_time(language(), at)
}

/// A London time of day (hours and minutes) as the current interface language writes it
/// ([`kinline_i18n::time`]).
pub fn time(at: chrono::DateTime<chrono::Utc>) -> String {
    kinline_i18n::time(language(), at)
}

/// A London calendar day as the current interface language writes it, without the year
/// ([`kinline_i18n::day`]).
pub fn day(date: chrono::NaiveDate) -> String {
    kinline_i18n::day(language(), date)
}

/// A refusal of the rulebook in the current interface language: its message
/// ([`RuleViolation::message_id`]) with its values ([`RuleViolation::args`]); a language tag is
/// shown as that language's name in its own script, and a call slot's times
/// ([`RuleViolation::OutsideSlot`]) as London time in this language.
pub fn refusal(v: &RuleViolation) -> String {
    let args: Vec<(&str, Arg)> = v
        .args()
        .into_iter()
        .map(|(name, value)| match (name, value) {
            ("language", Arg::Text(tag)) => {
                let shown = languages::find(&tag).map_or(tag, |l| l.native.to_owned());
                (name, Arg::Text(shown))
            }
            // A call's slot (`RuleViolation::OutsideSlot`): London time in this language.
            ("begins" | "ends" | "opens", Arg::Text(at)) => {
                let shown = match chrono::DateTime::parse_from_rfc3339(&at) {
                    Ok(at) if name == "begins" => date_time(at.to_utc()),
                    Ok(at) => time(at.to_utc()),
                    Err(_) => at,
                };
                (name, Arg::Text(shown))
            }
            (name, value) => (name, value),
        })
        .collect();
    t_args(v.message_id(), &args)
}

/// The staff's interface language (English until staff can choose their own).
pub const STAFF_LANGUAGE: &str = FALLBACK;

/// The text of `id` in the staff language even while the detainee holds the tablet: for the
/// parts of a detainee screen only staff use (the PIN box, the witness form, their errors).
pub fn staff_t(id: &str) -> &'static str {
    TEXTS.get(known(&LanguageTag::new(STAFF_LANGUAGE)), id)
}

static TEXTS: LazyLock<Texts> = LazyLock::new(|| Texts::new(Domain::Tablet, Localizations));

static LANGUAGE: RwLock<Option<&'static Language>> = RwLock::new(None);

thread_local! {
    static SCOPED: RefCell<Vec<&'static Language>> = const { RefCell::new(Vec::new()) };
}

fn known(tag: &LanguageTag) -> &'static Language {
    languages::find(&tag.0)
        .or_else(|| languages::find(FALLBACK))
        .expect("en-GB is in the language list")
}

/// Sets the process-wide interface language: the staff member's (en-GB for now) on staff
/// screens, the detainee's in detainee mode. A tag Kinline does not offer means English.
pub fn set_language(tag: &LanguageTag) {
    *LANGUAGE.write().unwrap_or_else(PoisonError::into_inner) = Some(known(tag));
}

/// The language [`t`] uses now: the innermost [`scope`] on this thread, else [`set_language`]'s.
pub fn language() -> &'static Language {
    SCOPED
        .with(|s| s.borrow().last().copied())
        .or_else(|| *LANGUAGE.read().unwrap_or_else(PoisonError::into_inner))
        .unwrap_or_else(|| known(&LanguageTag::new(FALLBACK)))
}

/// Shows [`t`]'s strings in `tag` on this thread until the guard drops (scopes nest).
pub fn scope(tag: &LanguageTag) -> LanguageScope {
    SCOPED.with(|s| s.borrow_mut().push(known(tag)));
    LanguageScope {
        _not_send: std::marker::PhantomData,
    }
}

/// Restores the previous language when dropped; see [`scope`].
#[must_use = "the language applies only while the guard lives"]
#[derive(Debug)]
pub struct LanguageScope {
    _not_send: std::marker::PhantomData<*const ()>,
}

impl Drop for LanguageScope {
    fn drop(&mut self) {
        SCOPED.with(|s| s.borrow_mut().pop());
    }
}

/// Where a call stands, in words.
pub fn call_phase(phase: &CallPhase) -> String {
    match phase {
        CallPhase::Booked => t("call-phase-booked").into(),
        CallPhase::CheckedIn => t("call-phase-checked-in").into(),
        CallPhase::AdultChecked => t("call-phase-adult-checked").into(),
        CallPhase::Admitted => t("call-phase-admitted").into(),
        CallPhase::InCall { .. } => t("call-phase-in-call").into(),
        CallPhase::Finished { outcome, .. } => match outcome {
            kinline_shared::model::CallOutcome::Ended(r) => t_args(
                "call-phase-ended-because",
                &[("reason", arg(end_reason(*r)))],
            ),
            kinline_shared::model::CallOutcome::Terminated(r) => t_args(
                "call-phase-terminated-because",
                &[("reason", arg(termination_reason(*r)))],
            ),
            kinline_shared::model::CallOutcome::Cancelled => t("call-phase-cancelled").into(),
        },
    }
}

/// How a call ended without staff stepping in.
pub fn end_reason(r: EndReason) -> &'static str {
    match r {
        EndReason::Completed => t("ended-completed"),
        EndReason::SlotEnded => t("ended-slot-ended"),
        EndReason::TechnicalFailure => t("ended-technical-failure"),
        EndReason::CallerDidNotJoin => t("ended-caller-did-not-join"),
        EndReason::RecipientNotAdult => t("ended-recipient-not-adult"),
    }
}

/// Why staff ended a call.
pub fn termination_reason(r: TerminationReason) -> &'static str {
    match r {
        TerminationReason::Recording => t("terminated-recording"),
        TerminationReason::InappropriateDress => t("terminated-inappropriate-dress"),
        TerminationReason::AbusiveLanguage => t("terminated-abusive-language"),
        TerminationReason::SexualisedBehaviour => t("terminated-sexualised-behaviour"),
        TerminationReason::InappropriateBehaviour => t("terminated-inappropriate-behaviour"),
        TerminationReason::OffensiveMaterial => t("terminated-offensive-material"),
        TerminationReason::UnlawfulActivity => t("terminated-unlawful-activity"),
        TerminationReason::SecurityRisk => t("terminated-security-risk"),
        TerminationReason::ConcernForRecipient => t("terminated-concern-for-recipient"),
    }
}

/// A call's kind, as the screens name it.
pub fn call_kind(k: kinline_shared::model::CallKind) -> &'static str {
    match k {
        kinline_shared::model::CallKind::Social => t("call-kind-social"),
        kinline_shared::model::CallKind::Legal => t("call-kind-legal"),
    }
}

/// An incident category.
pub fn incident_category(c: IncidentCategory) -> &'static str {
    match c {
        IncidentCategory::RecipientSafety => t("incident-recipient-safety"),
        IncidentCategory::NatureOfCall => t("incident-nature-of-call"),
        IncidentCategory::Recording => t("incident-recording"),
        IncidentCategory::BreachOfTerms => t("incident-breach-of-terms"),
        IncidentCategory::SecurityRisk => t("incident-security-risk"),
        IncidentCategory::Other => t("incident-other"),
    }
}

/// Why access was suspended.
pub fn suspension_reason(r: SuspensionReason) -> &'static str {
    match r {
        SuspensionReason::Security => t("suspended-for-security"),
        SuspensionReason::Safety => t("suspended-for-safety"),
        SuspensionReason::BreachOfAcceptableUse => t("suspended-for-breach"),
    }
}

/// An alternative route to legal advice.
pub fn legal_method(m: &LegalAccessMethod) -> String {
    match m {
        LegalAccessMethod::Telephone => t("legal-method-telephone").into(),
        LegalAccessMethod::LegalVisit => t("legal-method-legal-visit").into(),
        LegalAccessMethod::Correspondence => t("legal-method-correspondence").into(),
        LegalAccessMethod::Other { description } => description.clone(),
    }
}

/// How a DCO uses the alternative route to legal advice arranged for a suspended detainee
/// (§18), or what to do while none is arranged.
pub fn legal_how(m: Option<&LegalAccessMethod>) -> &'static str {
    match m {
        Some(LegalAccessMethod::Telephone) => t("legal-how-telephone"),
        Some(LegalAccessMethod::LegalVisit) => t("legal-how-legal-visit"),
        Some(LegalAccessMethod::Correspondence) => t("legal-how-correspondence"),
        Some(LegalAccessMethod::Other { .. }) => t("legal-how-other"),
        None => t("legal-how-not-arranged"),
    }
}
