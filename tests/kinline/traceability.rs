//! `docs/dso-traceability.md` cannot drift from the code: every code path it names exists and
//! holds the symbol it names, every test it names exists, and every test named after a
//! paragraph (`dso_…`, `annex_a_…`) is in the table.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Every `fn name(` in the workspace's sources and tests whose name starts with dso_ or annex_a_.
fn paragraph_tests() -> BTreeSet<String> {
    let mut files = Vec::new();
    for dir in [
        "shared/src",
        "tests",
        "server",
        "app",
        "screens",
        "store",
        "sync",
        "call",
        "media",
        "speech",
        "audio",
    ] {
        let d = root().join(dir);
        if d.exists() {
            rust_files(&d, &mut files);
        }
    }
    let mut names = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for line in text.lines() {
            let line = line.trim_start();
            let line = line.strip_prefix("async ").unwrap_or(line);
            if let Some(rest) = line.strip_prefix("fn ") {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if name.starts_with("dso_") || name.starts_with("annex_a_") {
                    names.insert(name);
                }
            }
        }
    }
    names
}

struct Row {
    paragraph: String,
    code: Vec<(String, String)>,
    tests: Vec<String>,
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string(root().join("docs/dso-traceability.md")).unwrap();
    let mut rows = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells.len() != 4 || cells[0] == "Paragraph" || cells[0].starts_with("---") {
            continue;
        }
        let ticked = |cell: &str| -> Vec<String> {
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect()
        };
        let code = ticked(cells[2])
            .into_iter()
            .map(|c| {
                let (path, symbol) = c.split_once("::").expect("code cells are `path::symbol`");
                (path.to_owned(), symbol.to_owned())
            })
            .collect();
        rows.push(Row {
            paragraph: cells[0].to_owned(),
            code,
            tests: ticked(cells[3]),
        });
    }
    rows
}

#[test]
fn the_traceability_table_names_only_code_that_exists() {
    let rows = rows();
    assert!(
        rows.len() >= 13,
        "one row per paragraph at least, found {}",
        rows.len()
    );
    for row in &rows {
        assert!(!row.code.is_empty(), "{}: no code named", row.paragraph);
        for (path, symbol) in &row.code {
            let text = std::fs::read_to_string(root().join(path))
                .unwrap_or_else(|_| panic!("{}: {path} does not exist", row.paragraph));
            assert!(
                text.contains(symbol.as_str()),
                "{}: {path} has no `{symbol}`",
                row.paragraph
            );
        }
    }
}

#[test]
fn every_paragraph_test_is_in_the_table_and_every_listed_test_exists() {
    let existing = paragraph_tests();
    let listed: BTreeSet<String> = rows().into_iter().flat_map(|r| r.tests).collect();
    let missing_from_table: Vec<_> = existing.difference(&listed).collect();
    let missing_from_code: Vec<_> = listed.difference(&existing).collect();
    assert!(
        missing_from_table.is_empty(),
        "tests not in docs/dso-traceability.md: {missing_from_table:?}"
    );
    assert!(
        missing_from_code.is_empty(),
        "the table names tests that do not exist: {missing_from_code:?}"
    );
}

#[test]
fn every_paragraph_the_rulebook_enforces_has_a_row() {
    let rows = rows();
    for p in [
        "§7", "§8", "§9", "§10", "§11", "§12", "§14", "§15", "§16", "§17", "§18", "§19", "Annex A",
    ] {
        assert!(
            rows.iter().any(|r| r.paragraph.contains(p)),
            "no row for {p}"
        );
    }
}
