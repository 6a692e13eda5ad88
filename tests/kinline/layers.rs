//! The centre server's modules are layered: the parts (errors, config, keys, the outbox's plan,
//! the signalling rooms…) under the database, the database under the service, the service
//! under the workers and the HTTP layer. A module uses only its own layer and those below it,
//! and only the HTTP layer knows HTTP: read from the source (`crate::…` and `super::…` paths
//! outside comments and test modules), never from a list of edges kept by hand here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The server's layers, bottom first, and the modules (paths under `crate::`) in each. A
/// path is in the layer of its longest listed prefix.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "parts",
        &[
            "error",
            "fresh",
            "auth",
            "files",
            "verify",
            "throttle",
            "argon",
            "metrics",
            "logs",
            "config",
            "notify",
            "push",
            "backup",
            "signalling",
        ],
    ),
    ("db", &["db"]),
    ("service", &["service"]),
    ("workers", &["demo", "dispatch"]),
    ("http", &["http", "tls"]),
];

/// What the crate root itself holds (not a module): `crate::PROTOCOL_VERSION`, the re-exports.
const ROOT_ITEMS: &[&str] = &[
    "PROTOCOL_VERSION",
    "Config",
    "Database",
    "ServerError",
    "Server",
];

fn server_src() -> PathBuf {
    kinline_tests::workspace_root().join("server/src")
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("server/src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The module path of a file (`notify/plan.rs` is `notify::plan`, `db/mod.rs` is `db`), or
/// `None` for the crate roots.
fn module_of(file: &Path) -> Option<Vec<String>> {
    let rel = file.strip_prefix(server_src()).expect("under server/src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    if parts == ["lib"] || parts == ["main"] {
        return None;
    }
    Some(parts)
}

/// The code of a file without its comments and its test module (which may use anything).
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or(text);
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The path that starts at `s` (`a::b::{c, d}` gives `a::b` and its groups' paths too).
fn paths_at(s: &str) -> Vec<Vec<String>> {
    let bytes: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut head = Vec::new();
    loop {
        if bytes.get(i) == Some(&'{') {
            // A group: each comma-separated element (at depth 1) continues the head.
            let mut depth = 0;
            let mut start = i + 1;
            let mut out = Vec::new();
            for (j, c) in bytes.iter().enumerate().skip(i) {
                match c {
                    '{' => depth += 1,
                    '}' | ',' if depth == 1 => {
                        let element: String = bytes[start..j].iter().collect();
                        for tail in paths_at(element.trim()) {
                            out.push(head.iter().cloned().chain(tail).collect());
                        }
                        start = j + 1;
                        if *c == '}' {
                            return out;
                        }
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            return out;
        }
        let word: String = bytes[i..]
            .iter()
            .take_while(|c| c.is_alphanumeric() || **c == '_')
            .collect();
        if word.is_empty() {
            break;
        }
        i += word.chars().count();
        head.push(word);
        if bytes.get(i) == Some(&':') && bytes.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            break;
        }
    }
    if head.is_empty() { vec![] } else { vec![head] }
}

/// The module paths `code` (of the module `me`) names, through `crate::` and `super::`.
fn references(me: &[String], code: &str, file: &Path) -> Vec<Vec<String>> {
    let is_dir_module = file.ends_with("mod.rs");
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
            continue; // `kinline_crate::`, `$crate::`
        }
        out.extend(paths_at(&code[at + "crate::".len()..]));
    }
    for (at, _) in code.match_indices("super::") {
        if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        // `super` of `a::b` (a file `a/b.rs`) is `a`; of `a` (`a/mod.rs`) is the root.
        let parent: Vec<String> = if is_dir_module {
            me[..me.len().saturating_sub(1)].to_vec()
        } else {
            me[..me.len() - 1].to_vec()
        };
        for tail in paths_at(&code[at + "super::".len()..]) {
            out.push(parent.iter().cloned().chain(tail).collect());
        }
    }
    out
}

/// The layer of a module path: that of its longest listed prefix.
fn layer_of(path: &[String]) -> Option<usize> {
    LAYERS
        .iter()
        .enumerate()
        .flat_map(|(i, (_, modules))| modules.iter().map(move |m| (i, *m)))
        .filter(|(_, m)| {
            let listed: Vec<&str> = m.split("::").collect();
            listed.len() <= path.len() && listed.iter().zip(path).all(|(a, b)| a == b)
        })
        .max_by_key(|(_, m)| m.split("::").count())
        .map(|(i, _)| i)
}

/// Every module import of the server's source that points to a layer above its own, as
/// `file: crate::path (layer → layer)`, and every module that is in no layer.
fn upward_imports() -> (Vec<String>, BTreeSet<String>) {
    let mut upward = Vec::new();
    let mut unplaced = BTreeSet::new();
    let mut seen_service_from_http = false;
    for file in rust_files(&server_src()) {
        let Some(me) = module_of(&file) else { continue };
        let Some(mine) = layer_of(&me) else {
            unplaced.insert(me.join("::"));
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("readable source");
        for path in references(&me, &code_of(&text), &file) {
            if path.len() == 1 && ROOT_ITEMS.contains(&path[0].as_str()) {
                continue;
            }
            let Some(theirs) = layer_of(&path) else {
                unplaced.insert(path.join("::"));
                continue;
            };
            if LAYERS[theirs].0 == "service" && LAYERS[mine].0 == "http" {
                seen_service_from_http = true;
            }
            if theirs > mine {
                upward.push(format!(
                    "{}: crate::{} ({} → {})",
                    file.strip_prefix(server_src()).unwrap_or(&file).display(),
                    path.join("::"),
                    LAYERS[mine].0,
                    LAYERS[theirs].0
                ));
            }
        }
    }
    assert!(
        seen_service_from_http,
        "the check is blind: the HTTP layer's own use of the service is not found"
    );
    (upward, unplaced)
}

#[test]
fn no_server_module_imports_a_module_of_a_layer_above_it() {
    let (upward, unplaced) = upward_imports();
    assert!(
        unplaced.is_empty(),
        "these modules are in no layer of tests/kinline/layers.rs: place them: {unplaced:?}"
    );
    assert!(
        upward.is_empty(),
        "these imports point up a layer (db → service → http); move the item down or the \
         importer up:\n{}",
        upward.join("\n")
    );
}

/// Where `code` names HTTP: axum, its `http` types or a status code (reqwest's, which the
/// SMS gateway reads from its gateway, is not the server's answer).
fn names_http(code: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    if code.contains("axum") {
        found.push("axum");
    }
    if code
        .match_indices("StatusCode")
        .any(|(at, _)| !code[..at].ends_with("reqwest::"))
    {
        found.push("StatusCode");
    }
    if code
        .match_indices("http::")
        .any(|(at, _)| !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
    {
        found.push("http::");
    }
    found
}

#[test]
fn only_the_http_layer_knows_http_and_the_service_answers_with_its_own_errors() {
    let http = LAYERS
        .iter()
        .position(|(name, _)| *name == "http")
        .expect("an http layer");
    let mut offenders = Vec::new();
    let mut http_names_it = false;
    for file in rust_files(&server_src()) {
        let Some(me) = module_of(&file) else { continue };
        let text = std::fs::read_to_string(&file).expect("readable source");
        let found = names_http(&code_of(&text));
        if layer_of(&me) == Some(http) {
            http_names_it |= !found.is_empty();
        } else if !found.is_empty() {
            offenders.push(format!(
                "{}: {found:?}",
                file.strip_prefix(server_src()).unwrap_or(&file).display()
            ));
        }
    }
    assert!(
        http_names_it,
        "the check is blind: the HTTP layer's axum is not found"
    );
    assert!(
        offenders.is_empty(),
        "below the HTTP layer, these name HTTP (return a ServiceError, which http/ maps to a \
         status):\n{}",
        offenders.join("\n")
    );
}
