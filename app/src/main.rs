//! The Kinline tablet app: opens the Dioxus desktop window (Linux, Windows, macOS) on the
//! sign-in screen.
//!
//! With a config file (`--config PATH` or `KINLINE_CONFIG=PATH`, TOML, see
//! [`kinline_app::ui::TabletConfig`]) it runs on the encrypted store ([`StoreBackend`]);
//! without one, on the in-memory demo centre ([`MemoryBackend::demo`]). The window title and
//! the log say which. `KINLINE_BENCH_READY=1` prints `kinline: ready` once the first screen
//! has been painted (`cargo xtask bench app` times it).
//!
//! `--no-window` (with a config) opens the store — enrolling the tablet and taking its first
//! sync when the config carries an `enrolment_code` — syncs once and exits without a window:
//! `cargo xtask demo --headless` uses it on machines without a display.

use kinline_app::ui::{
    App, Backend, KinlineApp, KinlineAppProps, MemoryBackend, SharedApp, SilentSpeaker,
    StoreBackend, TabletConfig,
};
use std::path::PathBuf;

/// The config file named by `--config PATH` / `--config=PATH`, else `KINLINE_CONFIG`.
fn config_path() -> Option<PathBuf> {
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--config" {
            return args.next().map(PathBuf::from);
        }
        if let Some(path) = arg.strip_prefix("--config=") {
            return Some(PathBuf::from(path));
        }
    }
    std::env::var_os("KINLINE_CONFIG").map(PathBuf::from)
}

/// What `main` chose, handed to the first render as a Dioxus context: the parsed config, or
/// `None` for the demo.
#[derive(Clone)]
struct Chosen(Option<TabletConfig>);

/// Parses the config if one is named (stopping with the reason if it is not valid — never
/// silently falling back to the demo); says which backend runs, in the log and the title.
fn choose() -> (Chosen, &'static str) {
    let Some(path) = config_path() else {
        eprintln!(
            "kinline: no config (--config or KINLINE_CONFIG): running the in-memory demo centre"
        );
        return (Chosen(None), "Kinline — demo centre (in memory)");
    };
    match TabletConfig::load(&path) {
        Ok(config) => {
            eprintln!(
                "kinline: running on the encrypted store {} (device {})",
                config.store.path.display(),
                config.store.device
            );
            (Chosen(Some(config)), "Kinline — tablet store")
        }
        Err(e) => {
            eprintln!("kinline: {e}");
            std::process::exit(1);
        }
    }
}

/// The backend for what was chosen; a store that cannot be opened stops the app with the
/// reason (what to do is in the message).
fn backend(chosen: &Chosen) -> Box<dyn Backend> {
    match &chosen.0 {
        None => Box::new(MemoryBackend::demo(chrono::Utc::now(), false)),
        Some(config) => match StoreBackend::from_config(config) {
            // Sync runs on its own thread from here on: the screens never wait for the network.
            Ok(mut b) => match b.start_background_sync(config.sync_interval) {
                Ok(()) => Box::new(b),
                Err(e) => {
                    eprintln!("kinline: {e}");
                    std::process::exit(1);
                }
            },
            Err(e) => {
                eprintln!("kinline: {e}");
                std::process::exit(1);
            }
        },
    }
}

/// `--no-window`: enrol if asked, sync once, say so, exit (0 on success, 1 with the reason).
fn no_window(chosen: &Chosen) -> ! {
    let Some(config) = &chosen.0 else {
        eprintln!("kinline: --no-window needs a tablet config (--config PATH)");
        std::process::exit(2);
    };
    let mut backend = match StoreBackend::from_config(config) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("kinline: {e}");
            std::process::exit(1);
        }
    };
    match backend.sync_now() {
        Ok(status) => {
            println!(
                "kinline: tablet {} synced with {}; {} records waiting",
                config.store.device,
                config.server.as_deref().unwrap_or("no server"),
                status.waiting
            );
            std::process::exit(0);
        }
        Err(e) => {
            eprintln!("kinline: the tablet could not sync: {e}");
            std::process::exit(1);
        }
    }
}

/// A first start with an enrolment code enrols and takes the first sync here, before the
/// window's async runtime starts (the sync client blocks on its own runtime), so the sign-in
/// screen already has the staff credentials; later starts find the store enrolled and skip it.
#[cfg(feature = "desktop")]
fn enrol_before_the_window(chosen: &Chosen) {
    if let Some(config) = &chosen.0
        && config.enrolment_code.is_some()
        && let Err(e) = StoreBackend::from_config(config)
    {
        eprintln!("kinline: {e}");
        std::process::exit(1);
    }
}

fn wants_no_window() -> bool {
    std::env::args().skip(1).any(|a| a == "--no-window")
}

#[cfg(feature = "desktop")]
fn main() {
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    let (chosen, title) = choose();
    if wants_no_window() {
        no_window(&chosen);
    }
    enrol_before_the_window(&chosen);
    let (width, height) = window_size();
    let window = WindowBuilder::new()
        .with_title(title)
        .with_inner_size(LogicalSize::new(width, height));
    dioxus::LaunchBuilder::desktop()
        .with_cfg(Config::new().with_window(window).with_menu(None))
        .with_context(chosen)
        .launch(root);
}

#[cfg(not(feature = "desktop"))]
fn main() {
    if wants_no_window() {
        no_window(&choose().0);
    }
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
        let chosen = dioxus::prelude::try_consume_context::<Chosen>().unwrap_or(Chosen(None));
        SharedApp::new(App::new(backend(&chosen), Box::<SilentSpeaker>::default()))
    });
    dioxus::prelude::use_effect(|| {
        if std::env::var_os("KINLINE_BENCH_READY").is_some() {
            dioxus::prelude::spawn(async {
                // After the webview's next animation frame: the first screen has been painted.
                let _ = dioxus::prelude::document::eval(
                    "await new Promise(r => requestAnimationFrame(() => r())); return true;",
                )
                .await;
                println!("kinline: ready");
            });
        }
    });
    KinlineApp(KinlineAppProps { app, ticking: true })
}
