//! The Kinline tablet app: opens the Dioxus desktop window (Linux, Windows, macOS) on the
//! sign-in screen. Until the encrypted store and sync client are wired in, it runs on the
//! in-memory demo centre (`kinline_app::ui::MemoryBackend::demo`).

use kinline_app::ui::{App, KinlineApp, KinlineAppProps, MemoryBackend, SharedApp, SilentSpeaker};

#[cfg(feature = "desktop")]
fn main() {
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    let (width, height) = window_size();
    let window = WindowBuilder::new()
        .with_title("Kinline")
        .with_inner_size(LogicalSize::new(width, height));
    dioxus::LaunchBuilder::desktop()
        .with_cfg(Config::new().with_window(window).with_menu(None))
        .launch(root);
}

#[cfg(not(feature = "desktop"))]
fn main() {
    eprintln!("kinline-app was built without the `desktop` feature: there is no window to open.");
    std::process::exit(2);
}

/// `KINLINE_WINDOW=800x1280` (portrait) or the default 1280×800 (landscape).
#[cfg(feature = "desktop")]
fn window_size() -> (f64, f64) {
    std::env::var("KINLINE_WINDOW")
        .ok()
        .and_then(|s| {
            let (w, h) = s.split_once('x')?;
            Some((w.parse().ok()?, h.parse().ok()?))
        })
        .unwrap_or((1280.0, 800.0))
}

fn root() -> dioxus::prelude::Element {
    let app = dioxus::prelude::use_hook(|| {
        let backend = MemoryBackend::demo(chrono::Utc::now(), false);
        SharedApp::new(App::new(Box::new(backend), Box::<SilentSpeaker>::default()))
    });
    KinlineApp(KinlineAppProps { app, ticking: true })
}
