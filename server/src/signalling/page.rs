//! The caller's page, translated like the app: its strings come from `locales/{tag}/caller.ftl`
//! (one file per language Kinline ships, formatted through Fluent once at first use), the
//! language is chosen by `?lang=`, else the browser's `Accept-Language`, else English, and a
//! picker names each language in its own script. Right-to-left languages get `dir="rtl"`.
//! A call that cannot be joined gets the same page with the reason and no camera.

use kinline_shared::languages::{Direction, LANGUAGES, Language};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Every message key of the caller's page (`locales/en-GB/caller.ftl` defines each).
pub const KEYS: &[&str] = &[
    "join-title",
    "join-legal",
    "join-starting",
    "join-no-camera",
    "join-waiting",
    "join-connecting",
    "join-in-call",
    "join-warning",
    "join-reconnecting",
    "join-no-route",
    "join-peer-left",
    "join-ended-completed",
    "join-ended-slot-ended",
    "join-ended-terminated",
    "join-ended-technical-failure",
    "join-ended-not-admitted",
    "join-unknown",
    "join-in-use",
    "join-hang-up",
    "join-no-record",
    "join-language",
    "refused-unknown",
    "refused-cancelled",
    "refused-over",
    "refused-past",
];

/// The `caller.ftl` of every shipped language, embedded.
const FILES: &[(&str, &str)] = shipped_locale_files!("caller.ftl");

/// Every language's formatted strings; a missing message falls back to English.
static STRINGS: LazyLock<HashMap<&'static str, HashMap<&'static str, String>>> =
    LazyLock::new(|| {
        let mut all = HashMap::new();
        for (tag, text) in FILES {
            all.insert(*tag, format_file(tag, text));
        }
        let english = all.get("en-GB").cloned().unwrap_or_default();
        for strings in all.values_mut() {
            for (k, v) in &english {
                strings.entry(k).or_insert_with(|| v.clone());
            }
        }
        all
    });

fn format_file(tag: &str, text: &str) -> HashMap<&'static str, String> {
    let mut out = HashMap::new();
    let resource = match fluent::FluentResource::try_new(text.to_owned()) {
        Ok(r) => r,
        Err((r, errors)) => {
            tracing::warn!(tag, errors = errors.len(), "caller.ftl has syntax errors");
            r
        }
    };
    let lang: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = fluent::FluentBundle::new(vec![lang]);
    // No isolation marks: the page sets `dir` itself and the strings have no variables.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    for key in KEYS {
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let value = bundle.format_pattern(pattern, None, &mut errors);
        out.insert(*key, value.into_owned());
    }
    out
}

/// The language for a request: `?lang=` if Kinline ships it, else the best of
/// `Accept-Language`, else English.
pub fn choose(query_lang: Option<&str>, accept_language: Option<&str>) -> &'static Language {
    if let Some(l) = query_lang.and_then(kinline_shared::languages::find) {
        return l;
    }
    let mut wanted: Vec<(f32, &str)> = accept_language
        .unwrap_or("")
        .split(',')
        .filter_map(|part| {
            let mut bits = part.trim().split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.parse().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0).then_some((q, tag))
        })
        .collect();
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
    wanted
        .into_iter()
        .find_map(|(_, tag)| match_tag(tag))
        .unwrap_or(&LANGUAGES[0])
}

/// A browser's tag against the shipped ones: exact, then by primary language
/// (`zh-CN` → `zh-Hans`, `pt-BR` → `pt`, `en-US` → `en-GB`, `ku` → Kurmanji).
fn match_tag(tag: &str) -> Option<&'static Language> {
    if let Some(l) = kinline_shared::languages::find(tag) {
        return Some(l);
    }
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    let primary = match primary.as_str() {
        "ku" => "kmr",
        "zh" => "zh-Hans",
        "en" => "en-GB",
        other => other,
    };
    LANGUAGES
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(primary))
}

/// `s` safe inside HTML text and double-quoted attributes.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const TEMPLATE: &str = include_str!("../../assets/caller/index.html");

/// The caller's page in `lang`; `refused` is the message key of why the call cannot be
/// joined (then the page shows only that, and starts no camera).
pub fn render(lang: &Language, refused: Option<&'static str>) -> String {
    let strings = STRINGS
        .get(lang.tag)
        .or_else(|| STRINGS.get("en-GB"))
        .cloned()
        .unwrap_or_default();
    let text = |key: &str| escape(strings.get(key).map_or(key, String::as_str));
    let dir = match lang.direction {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    let options: String = LANGUAGES
        .iter()
        .map(|l| {
            let selected = if l.tag == lang.tag { " selected" } else { "" };
            // Each name in its own direction, whatever the page's (as `<bdi>`).
            let dir = if l.direction == Direction::Rtl {
                " dir=\"rtl\""
            } else {
                " dir=\"ltr\""
            };
            format!(
                "<option value=\"{}\" lang=\"{}\"{dir}{selected}>{}</option>",
                l.tag,
                l.tag,
                escape(l.native)
            )
        })
        .collect();
    let json = serde_json::to_string(&strings)
        .unwrap_or_else(|_| "{}".into())
        .replace("</", "<\\/");
    let mut page = TEMPLATE
        .replace("{{lang}}", lang.tag)
        .replace("{{dir}}", dir)
        .replace("{{options}}", &options)
        .replace("{{strings}}", &json)
        .replace("{{refused}}", refused.unwrap_or(""))
        .replace("{{fonts}}", super::fonts::css());
    let status = refused.unwrap_or("join-starting");
    page = page.replace("{{status}}", &text(status));
    for key in KEYS {
        page = page.replace(&format!("{{{{{key}}}}}"), &text(key));
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_query_then_the_browser_then_english() {
        assert_eq!(choose(Some("ar"), Some("fr")).tag, "ar");
        assert_eq!(choose(Some("xx"), Some("fr-CA,fr;q=0.9")).tag, "fr");
        assert_eq!(choose(None, Some("de;q=0.9, pt-BR;q=0.8")).tag, "pt");
        assert_eq!(choose(None, Some("zh-CN")).tag, "zh-Hans");
        assert_eq!(choose(None, Some("tr;q=0.2, so;q=0.7")).tag, "so");
        assert_eq!(choose(None, Some("de")).tag, "en-GB");
        assert_eq!(choose(None, None).tag, "en-GB");
    }

    #[test]
    fn every_language_formats_every_key_and_the_page_escapes_it() {
        for l in &LANGUAGES {
            let strings = &STRINGS[l.tag];
            for key in KEYS {
                assert!(!strings[key].is_empty(), "{} {key}", l.tag);
            }
            let page = render(l, None);
            assert!(!page.contains("{{"), "{} left a placeholder", l.tag);
        }
    }
}
