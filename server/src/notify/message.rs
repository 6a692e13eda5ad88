//! The words of the caller's messages, without IO: the facts a message carries ([`Facts`])
//! written in the language the booking names, from `locales/{tag}/invitation.ftl` (every
//! shipped language; English for a message a language lacks), with the date and time as a
//! reader of that language writes them, in London time.

use super::Message;
use super::plan::{Facts, Notice};
use kinline_shared::dates::{date_time, time};
use kinline_shared::languages::{LANGUAGES, Language};
use kinline_shared::model::CallKind;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Every message id of `invitation.ftl` (`locales/en-GB/invitation.ftl` defines each).
pub const KEYS: &[&str] = &[
    "msg-subject-invitation",
    "msg-subject-reminder",
    "msg-subject-cancellation",
    "msg-subject-displacement",
    "msg-invitation-intro",
    "msg-reminder-intro",
    "msg-when",
    "msg-kind-social",
    "msg-kind-legal",
    "msg-link",
    "msg-code",
    "msg-camera",
    "msg-adult",
    "msg-legal-private",
    "msg-social-supervised",
    "msg-no-record",
    "msg-cancelled",
    "msg-displaced",
    "msg-next-free",
    "msg-no-free",
    "msg-footer",
];

/// The `invitation.ftl` of every shipped language, embedded.
const FILES: &[(&str, &str)] = shipped_locale_files!("invitation.ftl");

/// Each language's parsed messages.
static BUNDLES: LazyLock<
    HashMap<&'static str, fluent::concurrent::FluentBundle<fluent::FluentResource>>,
> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|(tag, text)| {
            let resource =
                fluent::FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
            let lang: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
            let mut bundle = fluent::concurrent::FluentBundle::new_concurrent(vec![lang]);
            // Plain text: no isolation marks around values (a link must copy cleanly).
            bundle.set_use_isolating(false);
            let _ = bundle.add_resource(resource);
            (*tag, bundle)
        })
        .collect()
});

/// One message of `tag` with `args`, English if that language lacks it.
pub fn text(tag: &str, id: &str, args: &[(&str, &str)]) -> String {
    let mut fargs = fluent::FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, *v);
    }
    for tag in [tag, "en-GB"] {
        if let Some(bundle) = BUNDLES.get(tag)
            && let Some(pattern) = bundle.get_message(id).and_then(|m| m.value())
        {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// The message of `facts` in `language`; `link` is the join link and code (an invitation or
/// reminder); `key` names it on every try.
pub fn build(
    language: &'static Language,
    facts: &Facts,
    link: Option<(&str, &str)>,
    key: &str,
) -> Message {
    let tag = language.tag;
    let when = date_time(language, facts.slot_start);
    let end = time(language, facts.slot_end);
    let t = |id: &str| text(tag, id, &[]);
    let with_when = |id: &str| text(tag, id, &[("when", &when)]);
    let subject = with_when(match facts.notice {
        Notice::Invitation => "msg-subject-invitation",
        Notice::Reminder => "msg-subject-reminder",
        Notice::Cancellation => "msg-subject-cancellation",
        Notice::Displacement => "msg-subject-displacement",
    });
    let mut paragraphs: Vec<String> = Vec::new();
    let mut short = vec![subject.clone()];
    match facts.notice {
        Notice::Invitation | Notice::Reminder => {
            paragraphs.push(t(if facts.notice == Notice::Invitation {
                "msg-invitation-intro"
            } else {
                "msg-reminder-intro"
            }));
            let kind = t(match facts.kind {
                CallKind::Social => "msg-kind-social",
                CallKind::Legal => "msg-kind-legal",
            });
            paragraphs.push(format!(
                "{}\n{kind}",
                text(tag, "msg-when", &[("when", &when), ("end", &end)])
            ));
            if let Some((url, code)) = link {
                let code_line = text(tag, "msg-code", &[("code", code)]);
                paragraphs.push(format!("{}\n{url}\n{code_line}", t("msg-link")));
                short.push(url.to_owned());
                short.push(code_line);
            }
            let privacy = t(match facts.kind {
                CallKind::Legal => "msg-legal-private",
                CallKind::Social => "msg-social-supervised",
            });
            paragraphs.push(
                [
                    t("msg-camera"),
                    t("msg-adult"),
                    privacy.clone(),
                    t("msg-no-record"),
                ]
                .join("\n"),
            );
            short.push(privacy);
        }
        Notice::Cancellation => {
            let line = with_when("msg-cancelled");
            short.push(line.clone());
            paragraphs.push(line);
        }
        Notice::Displacement => {
            let mut lines = vec![with_when("msg-displaced")];
            lines.push(match facts.next_free {
                Some(next) => text(
                    tag,
                    "msg-next-free",
                    &[("next", &date_time(language, next))],
                ),
                None => t("msg-no-free"),
            });
            short.extend(lines.iter().cloned());
            paragraphs.push(lines.join("\n"));
        }
    }
    paragraphs.push(t("msg-footer"));
    Message {
        subject,
        text: paragraphs.join("\n\n") + "\n",
        short: short.join("\n"),
        language: tag,
        key: key.to_owned(),
    }
}

/// The shipped languages whose `invitation.ftl` defines every message (a test holds them all).
pub fn complete_languages() -> Vec<&'static str> {
    LANGUAGES
        .iter()
        .filter(|l| {
            BUNDLES
                .get(l.tag)
                .is_some_and(|b| KEYS.iter().all(|k| b.has_message(k)))
        })
        .map(|l| l.tag)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use kinline_shared::languages::find;

    fn facts(notice: Notice, kind: CallKind) -> Facts {
        Facts {
            notice,
            kind,
            // 13:00 UTC in June is 14:00 in London (BST).
            slot_start: Utc.with_ymd_and_hms(2026, 6, 10, 13, 0, 0).unwrap(),
            slot_end: Utc.with_ymd_and_hms(2026, 6, 10, 13, 30, 0).unwrap(),
            next_free: Some(Utc.with_ymd_and_hms(2026, 6, 11, 9, 0, 0).unwrap()),
            needs_link: true,
        }
    }

    #[test]
    fn an_invitation_holds_the_link_the_code_the_london_time_the_kind_and_what_happens() {
        let en = find("en-GB").unwrap();
        let m = build(
            en,
            &facts(Notice::Invitation, CallKind::Legal),
            Some(("https://calls.example/join/abcd-efgh", "abcd-efgh")),
            "k",
        );
        for want in [
            "https://calls.example/join/abcd-efgh",
            "abcd-efgh",
            "Wednesday, 10 June 2026 at 14:00",
            "14:30",
            "legal call",
            "camera and microphone",
            "adult",
            "private",
        ] {
            assert!(m.text.contains(want), "{want} missing from:\n{}", m.text);
        }
        assert!(
            m.short.contains("https://calls.example/join/abcd-efgh"),
            "{}",
            m.short
        );
        assert!(m.subject.contains("10 June 2026"), "{}", m.subject);
    }

    #[test]
    fn every_language_writes_every_message_and_its_own_date() {
        assert_eq!(complete_languages().len(), LANGUAGES.len());
        let english = build(
            find("en-GB").unwrap(),
            &facts(Notice::Invitation, CallKind::Social),
            Some(("https://x/join/c", "c")),
            "k",
        );
        for l in &LANGUAGES {
            for notice in [
                Notice::Invitation,
                Notice::Reminder,
                Notice::Cancellation,
                Notice::Displacement,
            ] {
                let m = build(
                    l,
                    &facts(notice, CallKind::Social),
                    Some(("https://x/join/c", "c")),
                    "k",
                );
                assert!(!m.text.contains("msg-"), "{} {notice:?}: {}", l.tag, m.text);
                assert!(!m.text.contains('{'), "{} {notice:?}: {}", l.tag, m.text);
                assert!(
                    m.text
                        .contains(&date_time(l, facts(notice, CallKind::Social).slot_start)),
                    "{}",
                    l.tag
                );
            }
            let m = build(
                l,
                &facts(Notice::Invitation, CallKind::Social),
                Some(("https://x/join/c", "c")),
                "k",
            );
            if l.tag != "en-GB" {
                assert_ne!(m.text, english.text, "{} is English", l.tag);
                assert_ne!(
                    text(l.tag, "msg-camera", &[]),
                    text("en-GB", "msg-camera", &[]),
                    "{}",
                    l.tag
                );
            }
        }
    }

    #[test]
    fn a_displaced_caller_is_offered_the_next_free_slot() {
        let en = find("en-GB").unwrap();
        let m = build(
            en,
            &facts(Notice::Displacement, CallKind::Social),
            None,
            "k",
        );
        assert!(
            m.text.contains("Thursday, 11 June 2026 at 10:00"),
            "{}",
            m.text
        );
        let none = Facts {
            next_free: None,
            ..facts(Notice::Displacement, CallKind::Social)
        };
        let m = build(en, &none, None, "k");
        assert!(!m.text.contains("11 June"), "{}", m.text);
    }
}
