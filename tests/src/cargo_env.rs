//! Which environment variables cargo sets for the process it runs (a test, `cargo run -p
//! xtask`), as opposed to a developer's own. A `cargo` started from such a process must not
//! inherit them: build scripts watch some (`CARGO_PKG_NAME`, `CARGO_MANIFEST_DIR`, …), so the
//! "nothing to do" build would rebuild about 20 crates and replace binaries other tests are
//! running. std only: xtask includes this file too (`#[path]`), so both build alike.

/// Whether `key` is one of the variables cargo sets for the crate it runs.
pub fn set_by_cargo_for_a_crate(key: &str) -> bool {
    const PREFIXES: [&str; 7] = [
        "CARGO_PKG_",
        "CARGO_MANIFEST_",
        "CARGO_CRATE_",
        "CARGO_BIN_",
        "CARGO_PRIMARY_PACKAGE",
        "CARGO_TARGET_TMPDIR",
        "CARGO_RUSTC_CURRENT_DIR",
    ];
    PREFIXES.iter().any(|p| key.starts_with(p))
        || key.starts_with("NEXTEST")
        || key == "OUT_DIR"
        || key == "LD_LIBRARY_PATH"
}

/// Removes those variables from `command`'s environment.
pub fn without_crate_variables(command: &mut std::process::Command) {
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        if set_by_cargo_for_a_crate(&key) {
            command.env_remove(key.as_ref());
        }
    }
}
