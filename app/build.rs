//! Rebuilds the app when a Fluent file changes (rust-embed embeds `locales/`), and makes a
//! missing interface string a build error for the screens' `text::t("id")`,
//! `text::staff_t("id")` and `text::t_args("id", …)`, which look ids up at run time: every
//! literal id passed to `t(…)` anywhere
//! under `src/` (the views) or `../screens/src/` (the screens' state machine) must be a message
//! of `locales/en-GB/kinline.ftl`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=../locales");

    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=../screens/src");

    let english_file = Path::new("../locales/en-GB/kinline.ftl");
    let english = std::fs::read_to_string(english_file)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", english_file.display())));
    let known = message_ids(&english);

    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    rust_files(Path::new("../screens/src"), &mut files);
    let mut missing = Vec::new();
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for (line, id) in literal_t_ids(&text) {
            if !known.contains(&id) {
                missing.push(format!("  {}:{line}: t(\"{id}\")", file.display()));
            }
        }
    }
    if !missing.is_empty() {
        fail(&format!(
            "{} interface string id(s) used with ui::text::t / t_args are not in locales/en-GB/kinline.ftl:\n{}\n\
             Add each as `id = English text` to locales/en-GB/kinline.ftl (and translate it in \
             every locales/*/kinline.ftl), or fix the id.",
            missing.len(),
            missing.join("\n")
        ));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}

/// Message ids defined in a Fluent file (`id = …` at the start of a line).
fn message_ids(ftl: &str) -> BTreeSet<String> {
    ftl.lines()
        .filter_map(|l| {
            let (id, _) = l.split_once('=')?;
            let id = id.trim_end();
            let ok = id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            ok.then(|| id.to_owned())
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `t("id")`, `t_args("id", …)` and `staff_t("id")` (also `t(\"id\")` inside an rsx! format string) with
/// its 1-based line. A `t`
/// preceded by an identifier character or `.` (another function, a method) is not ours; a
/// call with a non-literal argument is not checked here.
fn literal_t_ids(text: &str) -> Vec<(usize, String)> {
    let mut found = literal_ids(text, "t(");
    found.extend(literal_ids(text, "t_args("));
    found
}

/// [`literal_t_ids`] for one function name (`call` is e.g. `"t("`).
fn literal_ids(text: &str, call: &str) -> Vec<(usize, String)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(pos) = text[at..].find(call) {
        let start = at + pos;
        at = start + call.len();
        // `staff_t(` is `t(` in the staff language: checked the same way.
        let head = text[..start].strip_suffix("staff_").map_or(start, str::len);
        if head > 0 {
            let before = bytes[head - 1];
            if before.is_ascii_alphanumeric() || before == b'_' || before == b'.' {
                continue;
            }
        }
        let rest = text[at..].trim_start();
        let rest = rest.strip_prefix('\\').unwrap_or(rest);
        let Some(rest) = rest.strip_prefix('"') else {
            continue;
        };
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        let (id, after) = rest.split_at(end);
        if id.is_empty() || !(after.starts_with('"') || after.starts_with("\\\"")) {
            continue;
        }
        let line = text[..start].matches('\n').count() + 1;
        found.push((line, id.to_owned()));
    }
    found
}
