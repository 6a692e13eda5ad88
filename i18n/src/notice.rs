//! The written notice of a suspension (DSO §17) as a print-ready HTML page in the detainee's
//! language: the strings are the Fluent interface messages `suspension-*` of
//! `locales/{tag}/kinline.ftl` (shipped for all 24 languages), its dates are written as that
//! language writes them in London time ([`crate::date_time`]: its month and weekday names,
//! its order and digits), the page carries `lang` and `dir` (right-to-left languages mirror),
//! and an `@page` rule lays it out on A4.

use crate::{I18nError, Localizer, date_time, escape_html};
use chrono::{DateTime, Utc};
use kinline_shared::ids::SuspensionId;
use kinline_shared::model::SuspensionReason;
use kinline_shared::time::london_wall;

/// What the notice says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeText {
    /// The suspension (its reference is printed in the footer).
    pub suspension: SuspensionId,
    /// The language (one of the 24 shipped).
    pub language: String,
    /// The detainee's name as staff know it (or their reference).
    pub name: String,
    /// The §17 video-call reason.
    pub reason: SuspensionReason,
    /// The manager's reasons in words, as written.
    pub reasons_in_words: String,
    /// In force from.
    pub from: DateTime<Utc>,
    /// In force until (the planned end, the authorised end, or the end of the first week).
    pub until: DateTime<Utc>,
    /// Hours within which an appeal is decided (48, or 12 with imminent removal, §18).
    pub appeal_hours: i64,
    /// When the suspension is next reviewed, if it runs past a week (§18).
    pub review: Option<DateTime<Utc>>,
}

/// A date and time in digits only, London wall clock (`2026-10-25 00:30`), for staff beside the
/// notice; the notice itself writes its dates in its own language ([`date_time`]).
pub fn notice_time(at: DateTime<Utc>) -> String {
    london_wall(at).format("%Y-%m-%d %H:%M").to_string()
}

/// The notice's paragraphs in its language: title first.
pub fn notice_paragraphs(n: &NoticeText) -> Result<(Localizer, Vec<String>), I18nError> {
    let l = Localizer::new(&n.language)?;
    let when = |at| date_time(l.language(), at);
    let reason = l.suspension_reason(n.reason);
    let reasons = if n.reasons_in_words.trim().is_empty() {
        reason
    } else {
        // What the manager typed keeps its own direction inside the sentence (an English reason
        // in an Arabic notice reads left to right, its full stop where it belongs).
        format!("{reason}: \u{2068}{}\u{2069}", n.reasons_in_words.trim())
    };
    let text = |s: String| crate::Arg::Text(s);
    let mut out = vec![
        l.text("suspension-title"),
        l.text_args(
            "suspension-body",
            &[
                ("name", text(n.name.clone())),
                ("from", text(when(n.from))),
                ("until", text(when(n.until))),
            ],
        ),
        l.text_args("suspension-reasons", &[("reasons", text(reasons))]),
        l.text_args(
            "suspension-appeal",
            &[("hours", crate::Arg::Number(n.appeal_hours))],
        ),
        l.text("suspension-legal-access"),
    ];
    if let Some(review) = n.review {
        out.push(l.text_args("suspension-review", &[("date", text(when(review)))]));
    }
    Ok((l, out))
}

/// The whole notice as a standalone, print-ready HTML page.
pub fn notice_html(n: &NoticeText) -> Result<String, I18nError> {
    let (l, paragraphs) = notice_paragraphs(n)?;
    let mut body = String::new();
    let mut it = paragraphs.iter();
    if let Some(title) = it.next() {
        body.push_str(&format!("<h1>{}</h1>\n", escape_html(title)));
    }
    for p in it {
        body.push_str(&format!("<p>{}</p>\n", escape_html(p)));
    }
    Ok(format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title}</title>\n<style>{fonts}{NOTICE_CSS}</style>\n</head>\n<body>\n\
         <article class=\"notice\">\n{body}<footer>DSO 01/2020 §17 · {reference}</footer>\n\
         </article>\n</body>\n</html>\n",
        lang = l.language().tag,
        dir = l.dir(),
        title = escape_html(paragraphs.first().map_or("", String::as_str)),
        reference = n.suspension,
        fonts = notice_fonts(&format!("lang=\"{}\" {body} DSO §17 ·", l.language().tag)),
    ))
}

/// The `@font-face` rules of the faces the notice's text needs, inside the page as `data:`
/// URLs: the notice is printed or saved as one file and never depends on the fonts of the
/// machine that opens it.
fn notice_fonts(text: &str) -> String {
    kinline_shared::fonts::css(
        kinline_shared::fonts::needed_by(text),
        "body",
        kinline_shared::fonts::data_url,
    )
}

/// The notice page's styles: A4, large type, no colour needed to read it (the font family is
/// set with the shipped faces, [`notice_fonts`]).
pub const NOTICE_CSS: &str = "@page { size: A4; margin: 20mm; } \
body { font-size: 14pt; line-height: 1.6; color: #000000; background: #ffffff; margin: 0; } \
.notice { max-width: 170mm; margin: 0 auto; } h1 { font-size: 20pt; } \
footer { margin-top: 2em; font-size: 10pt; border-top: 1px solid #000000; padding-top: 0.5em; }";
