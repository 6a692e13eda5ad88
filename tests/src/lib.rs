//! Fixtures shared by Kinline's integration tests: a test centre, its staff and detainees, and a
//! way to record events through the rulebook as a shell would.

pub mod call_harness;
pub mod cargo_env;
pub mod crash;
pub mod fixture;
pub mod glyphs;
pub mod impair;
pub mod pg_cluster;
pub mod role_table;
pub mod server_harness;
pub mod smtp_sink;
pub mod sqlcipher;
pub mod xvfb;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root (the parent of `tests/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lives in the workspace")
        .to_path_buf()
}

/// A `cargo` command run at the workspace root, without the variables cargo and nextest set
/// for a test's own process (`CARGO_PKG_NAME`, `CARGO_MANIFEST_DIR`, …): build scripts that
/// watch them would otherwise rebuild half the workspace, and a binary another test is running
/// could be replaced under it.
pub fn cargo_command() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cargo_env::without_crate_variables(&mut command);
    command.current_dir(workspace_root());
    command
}

/// Builds every binary of the workspace exactly as `cargo xtask test` and `cargo xtask demo`
/// do (so, after them, nothing) into `target`, and returns `target/debug`.
pub fn workspace_binaries(target: &Path) -> PathBuf {
    let status = cargo_command()
        .args(["build", "--workspace", "--bins", "--locked", "--target-dir"])
        .arg(target)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the workspace's binaries build");
    target.join("debug")
}

/// The tablet app's screen now, as HTML (dioxus-ssr renders the same components the window
/// shows), for tests that read what a person would see.
pub fn render_app(app: &kinline_app::ui::SharedApp) -> String {
    let mut dom = dioxus::prelude::VirtualDom::new_with_props(
        kinline_app::ui::KinlineApp,
        kinline_app::ui::KinlineAppProps {
            app: app.clone(),
            ticking: false,
        },
    );
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

/// The demo centre on a tablet at `now`, signed in as its DCO (D1234).
pub fn demo_tablet_signed_in(now: chrono::DateTime<chrono::Utc>) -> kinline_app::ui::SharedApp {
    signed_in(kinline_app::ui::MemoryBackend::demo(now, true))
}

/// A tablet on `backend`, signed in as the demo DCO (D1234).
pub fn signed_in(backend: kinline_app::ui::MemoryBackend) -> kinline_app::ui::SharedApp {
    kinline_app::ui::SharedApp::new(kinline_app::ui::memory::signed_in(backend))
}

/// The id of the detainee called `name` on the tablet's roster.
pub fn detainee_named(
    app: &kinline_app::ui::SharedApp,
    name: &str,
) -> kinline_shared::ids::DetaineeId {
    app.0
        .borrow()
        .view
        .roster
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("{name} is on the roster"))
        .id
}
