//! Rebuilds the crate when a Fluent file changes (rust-embed embeds `locales/`), and makes a
//! missing string a build error for this crate's own lookups: every literal id passed to
//! `.text("…")` or `.text_args("…", …)` under `src/` must be a message of
//! `locales/en-GB/kinline.ftl`. (The screens' `t("…")` ids are checked by `app/build.rs`, the
//! console's `ct("…")` ids by `tests/kinline/console_pages.rs`.)

fn main() {
    println!("cargo:rerun-if-changed=../locales");
    println!("cargo:rerun-if-changed=src");
    let english = std::fs::read_to_string("../locales/en-GB/kinline.ftl").unwrap_or_default();
    let known: std::collections::BTreeSet<&str> = english
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| !id.starts_with([' ', '#', '-']))
        .collect();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir("src").into_iter().flatten().flatten() {
        let path = entry.path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for call in [".text(\"", ".text_args(\""] {
            for (at, _) in text.match_indices(call) {
                let rest = &text[at + call.len()..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                if !known.contains(id) {
                    missing.push(format!("  {}: {id}", path.display()));
                }
            }
        }
    }
    if !missing.is_empty() {
        eprintln!(
            "error: these message ids are not in locales/en-GB/kinline.ftl; add each as \
             `id = English text` there (and in every locales/*/kinline.ftl), or fix the id:\n{}",
            missing.join("\n")
        );
        std::process::exit(1);
    }
}
