//! The workspace's crates are the parts ARCHITECTURE.md draws, and depend on each other only as
//! it draws them: read from `cargo metadata` (cargo's own reading of every `Cargo.toml` and of
//! `Cargo.lock`; nothing is built), never from a list kept by hand here.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// `cargo metadata --offline --locked` with `args`, as JSON.
fn metadata(args: &[&str]) -> Value {
    let output = kinline_tests::cargo_command()
        .args(["metadata", "--format-version", "1", "--offline", "--locked"])
        .args(args)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("cargo metadata writes JSON")
}

/// Whether a dependency entry is one a crate is built with (normal or build), not a dev one.
fn built_with(kind: &Value) -> bool {
    kind.as_str() != Some("dev")
}

/// Each workspace member and the members it is built with (dev-dependencies left out), by
/// short name (`kinline-store` is `store`).
fn member_graph() -> BTreeMap<String, BTreeSet<String>> {
    let meta = metadata(&["--no-deps"]);
    let packages = meta["packages"].as_array().expect("packages");
    let members: BTreeSet<&str> = packages.iter().filter_map(|p| p["name"].as_str()).collect();
    packages
        .iter()
        .map(|p| {
            let deps = p["dependencies"]
                .as_array()
                .expect("dependencies")
                .iter()
                .filter(|d| built_with(&d["kind"]))
                .filter_map(|d| d["name"].as_str())
                .filter(|name| members.contains(name))
                .map(short)
                .collect();
            (short(p["name"].as_str().expect("name")), deps)
        })
        .collect()
}

fn short(name: &str) -> String {
    name.strip_prefix("kinline-").unwrap_or(name).to_owned()
}

/// The graph ARCHITECTURE.md draws: the lines `crate → dep, dep` of its "Crates" block (a
/// crate with no arrow depends on no other member), in the order of its layers, top first.
fn drawn_graph() -> Vec<(String, BTreeSet<String>)> {
    let text = std::fs::read_to_string(kinline_tests::workspace_root().join("ARCHITECTURE.md"))
        .expect("ARCHITECTURE.md");
    let section = text
        .split("\n## Crates\n")
        .nth(1)
        .expect("ARCHITECTURE.md has a `## Crates` section");
    let block = section
        .split("```")
        .nth(1)
        .expect("the Crates section draws the graph in a ``` block");
    block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (name, deps) = line.split_once('→').unwrap_or((line, ""));
            let deps = deps
                .split(',')
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_owned)
                .collect();
            (name.trim().to_owned(), deps)
        })
        .collect()
}

#[test]
fn the_crate_graph_in_architecture_md_is_the_one_cargo_builds() {
    let drawn = drawn_graph();
    let built = member_graph();
    let drawn_map: BTreeMap<String, BTreeSet<String>> = drawn.iter().cloned().collect();
    assert_eq!(
        drawn_map.len(),
        drawn.len(),
        "ARCHITECTURE.md draws a crate twice"
    );
    assert_eq!(
        drawn_map, built,
        "ARCHITECTURE.md's crate graph (left) is not cargo metadata's (right): redraw it"
    );
}

#[test]
fn a_crate_depends_only_on_crates_drawn_below_it() {
    // The drawing lists the crates top layer first: a part may use only what is drawn after
    // it, so the engines (store, sync, call, speech) never use the screens or the app, and
    // the screens never use an engine.
    let drawn = drawn_graph();
    let position: BTreeMap<&str, usize> = drawn
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (name.as_str(), i))
        .collect();
    let position = &position;
    let upward: Vec<String> = drawn
        .iter()
        .enumerate()
        .flat_map(|(i, (name, deps))| {
            deps.iter()
                .filter(move |d| position.get(d.as_str()).is_none_or(|&at| at <= i))
                .map(move |d| format!("{name} → {d}"))
        })
        .collect();
    assert!(
        upward.is_empty(),
        "these crates use one drawn above them (or not drawn): {upward:?}"
    );
    for engine in ["store", "sync", "call", "media", "audio", "speech"] {
        for above in ["screens", "app"] {
            assert!(
                !reaches(&drawn, engine, above),
                "{engine} reaches {above}: an engine must not know the screens"
            );
        }
    }
    assert!(
        reaches(&drawn, "app", "store"),
        "the check is blind: the app's own use of the store is not found"
    );
}

/// Whether `from` depends on `to`, directly or through other members, in `graph`.
fn reaches(graph: &[(String, BTreeSet<String>)], from: &str, to: &str) -> bool {
    let map: BTreeMap<&str, &BTreeSet<String>> =
        graph.iter().map(|(n, d)| (n.as_str(), d)).collect();
    let mut seen = BTreeSet::new();
    let mut stack = vec![from];
    while let Some(n) = stack.pop() {
        if !seen.insert(n) {
            continue;
        }
        for d in map.get(n).into_iter().flat_map(|d| d.iter()) {
            if d == to {
                return true;
            }
            stack.push(d);
        }
    }
    false
}

/// What a crate must not be built with to stay free of media, speech and SQLCipher: each
/// package in the tree that is one, by what it is.
fn heavy(package: &str, features: &[&str]) -> Option<&'static str> {
    let sqlcipher = features.iter().any(|f| f.contains("sqlcipher"));
    match package {
        p if p == "webrtc" || p.starts_with("webrtc-") => Some("webrtc"),
        p if p.contains("vpx") => Some("vpx"),
        p if p.contains("espeak") => Some("espeak"),
        "cpal" => Some("cpal"),
        "rusqlite" | "libsqlite3-sys" if sqlcipher => Some("SQLCipher"),
        _ => None,
    }
}

/// Every package `root` is built with (normal and build dependencies, all the way down), as
/// cargo resolved them for this machine, with the features each is built with.
fn built_tree(meta: &Value, root: &str) -> BTreeMap<String, Vec<String>> {
    let packages: BTreeMap<&str, &str> = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    let nodes: BTreeMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .expect("resolve")
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n))
        .collect();
    let start = packages
        .iter()
        .find(|(_, name)| **name == root)
        .map(|(id, _)| *id)
        .unwrap_or_else(|| panic!("{root} is not in the workspace"));
    let mut tree = BTreeMap::new();
    let mut stack = vec![start];
    while let Some(id) = stack.pop() {
        let node = nodes[id];
        let features = node["features"]
            .as_array()
            .map(|f| {
                f.iter()
                    .filter_map(|f| f.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        if tree.insert(packages[id].to_owned(), features).is_some() {
            continue;
        }
        for dep in node["deps"].as_array().expect("deps") {
            let kinds = dep["dep_kinds"].as_array().expect("dep_kinds");
            if kinds.iter().any(|k| built_with(&k["kind"])) {
                stack.push(dep["pkg"].as_str().unwrap());
            }
        }
    }
    tree
}

/// What in `root`'s tree is [`heavy`], by what it is.
fn heavy_in(meta: &Value, root: &str) -> BTreeMap<&'static str, Vec<String>> {
    let mut found: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for (package, features) in built_tree(meta, root) {
        let features: Vec<&str> = features.iter().map(String::as_str).collect();
        if let Some(what) = heavy(&package, &features) {
            found.entry(what).or_default().push(package);
        }
    }
    found
}

/// This machine's target, for cargo metadata's `--filter-platform`.
fn host() -> String {
    let out = std::process::Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .expect("rustc -vV names the host")
        .to_owned()
}

#[test]
fn the_console_and_the_screens_are_built_without_webrtc_vpx_espeak_cpal_or_sqlcipher() {
    let meta = metadata(&["--filter-platform", &host()]);
    // The app is built with all five: the same walk finds them there, so it is not blind.
    let app = heavy_in(&meta, "kinline-app");
    assert_eq!(
        app.keys().copied().collect::<Vec<_>>(),
        ["SQLCipher", "cpal", "espeak", "vpx", "webrtc"],
        "the app's tree: {app:?}"
    );
    for part in ["kinline-console", "kinline-screens"] {
        let found = heavy_in(&meta, part);
        assert!(found.is_empty(), "{part} is built with {found:?}");
    }
}
