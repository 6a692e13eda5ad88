//! The compact's body as HTML for the compact screen: `lang` and `dir` on the root, and one
//! `<span class="sentence">` per sentence so the sentence being read aloud can be highlighted.

use super::Compact;
use std::fmt::Write as _;

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What an element a sentence sits in is: the title, a section heading, a list item, or prose.
fn block(id: &str) -> &'static str {
    if id == "compact-title" {
        "h1"
    } else if id.ends_with("-heading") {
        "h2"
    } else if id.starts_with("must-") {
        "li"
    } else {
        "p"
    }
}

/// The compact as HTML. `speaking` is the index of the sentence being read aloud, if any: it
/// gets the class `speaking` and `aria-current="true"`.
pub fn compact_html(compact: &Compact, speaking: Option<usize>) -> String {
    let mut html = String::new();
    let _ = writeln!(
        html,
        r#"<article class="compact" lang="{}" dir="{}" data-version="{}" data-text-hash="{}">"#,
        escape_html(&compact.language.0),
        compact.dir(),
        escape_html(&compact.version.0),
        compact.text_hash.0,
    );
    let mut in_list = false;
    for (index, (id, text)) in compact.sentences.iter().enumerate() {
        let tag = block(id);
        if tag == "li" && !in_list {
            html.push_str("<ul>\n");
            in_list = true;
        } else if tag != "li" && in_list {
            html.push_str("</ul>\n");
            in_list = false;
        }
        let current = if speaking == Some(index) {
            r#" speaking" aria-current="true"#
        } else {
            ""
        };
        let _ = writeln!(
            html,
            r#"<{tag}><span class="sentence{current}" id="s-{id}" data-index="{index}">{}</span></{tag}>"#,
            escape_html(text),
        );
    }
    if in_list {
        html.push_str("</ul>\n");
    }
    html.push_str("</article>\n");
    html
}
