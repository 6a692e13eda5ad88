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
//!
//! `KINLINE_GLYPH_PROBE=DIR` (the demo centre only) runs the glyph check in the window instead
//! of the screens a person uses ([`kinline_app::glyph_probe`]) and exits.
//!
//! `--compact LANG` prints, without a window, how many sentences the compact a detainee would
//! sign in `LANG` has on this tablet (its version and text hash too) and exits: 0 when it is
//! offered, 1 when it is not. It proves an installed binary carries its compact.

use kinline_app::call::link::{EngineLink, LinkSettings, MediaDevices};
use kinline_app::ui::call_link::{CallLink, NoCalls};
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

/// The backend for what was chosen, and the call engine behind the call screen (the real
/// one for a tablet with a centre server); a store that cannot be opened stops the app with
/// the reason (what to do is in the message).
fn backend(chosen: &Chosen) -> (Box<dyn Backend>, Box<dyn CallLink>) {
    match &chosen.0 {
        None => (
            Box::new(MemoryBackend::demo(chrono::Utc::now(), false)),
            Box::new(NoCalls),
        ),
        Some(config) => match StoreBackend::from_config(config) {
            // Sync runs on its own thread from here on: the screens never wait for the network.
            Ok(mut b) => match b.start_background_sync(config.sync_interval) {
                Ok(()) => {
                    let link = call_link(config, &b);
                    (Box::new(b), link)
                }
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

/// The call engine for a tablet with a centre server: its signalling over the same server and
/// the same trust as the sync client, signed with the store's device key. `KINLINE_MEDIA=synthetic`
/// sends the test pattern and a tone instead of the tablet's camera and microphone (machines
/// with neither, like the end-to-end test's).
fn call_link(config: &TabletConfig, backend: &StoreBackend) -> Box<dyn CallLink> {
    let Some(server) = &config.server else {
        return Box::new(NoCalls);
    };
    let ca = config
        .server_ca
        .as_ref()
        .and_then(|p| std::fs::read(p).ok());
    let tls = match kinline_app::call::tls_trusting(ca.as_deref()) {
        Ok(tls) => tls,
        Err(e) => {
            eprintln!("kinline: calls cannot connect: {e}; check server_ca");
            return Box::new(NoCalls);
        }
    };
    let devices = if std::env::var("KINLINE_MEDIA").is_ok_and(|v| v == "synthetic") {
        MediaDevices::Synthetic
    } else {
        MediaDevices::Tablet
    };
    Box::new(EngineLink::new(LinkSettings {
        server: server.clone(),
        tls,
        auth: backend.device_auth(),
        devices,
        bind: config.call_bind,
        clock: kinline_shared::clock::CentreClock::SYSTEM,
    }))
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

/// `--compact LANG`: the compact the tablet shows in `LANG`, as the screens get it
/// (`Backend::compact`), summed up on stdout; exits 1 with the reason when it is not offered.
fn print_compact(chosen: &Chosen, tag: &str) -> ! {
    let backend: Box<dyn Backend> = match &chosen.0 {
        None => Box::new(MemoryBackend::demo(chrono::Utc::now(), false)),
        Some(config) => match StoreBackend::from_config(config) {
            Ok(b) => Box::new(b),
            Err(e) => {
                eprintln!("kinline: {e}");
                std::process::exit(1);
            }
        },
    };
    let language = kinline_shared::model::LanguageTag::new(tag);
    match backend.compact(&language) {
        Err(e) => {
            eprintln!("kinline: {e}");
            std::process::exit(1);
        }
        Ok(Some(text)) => {
            println!(
                "kinline: compact {} version {}: {} sentences, text hash {}",
                text.language.0,
                text.version.0,
                text.sentences.len(),
                text.text_hash.0
            );
            std::process::exit(0);
        }
        Ok(None) => {
            let why = kinline_app::i18n::Compact::load(tag, 30).err().map_or_else(
                || "this centre has not published it".to_owned(),
                |e| e.to_string(),
            );
            eprintln!("kinline: no compact in '{tag}': {why}");
            std::process::exit(1);
        }
    }
}

/// The value after `flag` on the command line.
fn arg_value(flag: &str) -> Option<String> {
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == flag {
            return args.next();
        }
        if let Some(v) = arg.strip_prefix(&format!("{flag}=")) {
            return Some(v.to_owned());
        }
    }
    None
}

fn wants_no_window() -> bool {
    std::env::args().skip(1).any(|a| a == "--no-window")
}

#[cfg(feature = "desktop")]
fn main() {
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    init_logs();
    let (width, height) = window_size();
    let (chosen, title) = choose();
    if let Some(tag) = arg_value("--compact") {
        print_compact(&chosen, &tag);
    }
    if wants_no_window() {
        no_window(&chosen);
    }
    let probe = std::env::var_os(kinline_app::glyph_probe::ENV).map(PathBuf::from);
    if probe.is_some() && chosen.0.is_some() {
        eprintln!(
            "kinline: {} runs the glyph check on the demo centre only: start without a config",
            kinline_app::glyph_probe::ENV
        );
        std::process::exit(2);
    }
    let window = WindowBuilder::new()
        .with_title(title)
        .with_inner_size(LogicalSize::new(width, height));
    // The fonts, and the config's text size on the root (every text size is relative to it).
    let text_size = chosen.0.as_ref().map_or(100, |c| c.text_size);
    let head = format!(
        "{}<style>{}</style>",
        kinline_app::i18n::font_head(),
        kinline_app::ui::views::text_size_css(text_size)
    );
    dioxus::LaunchBuilder::desktop()
        .with_cfg(
            Config::new()
                .with_window(window)
                .with_menu(None)
                .with_custom_head(head),
        )
        .with_context(chosen)
        .with_context(GlyphProbeDir(probe.clone()))
        .launch(if probe.is_some() { probe_root } else { root });
}

#[cfg(not(feature = "desktop"))]
fn main() {
    init_logs();
    if let Some(tag) = arg_value("--compact") {
        print_compact(&choose().0, &tag);
    }
    if wants_no_window() {
        no_window(&choose().0);
    }
    eprintln!("kinline-app was built without the `desktop` feature: there is no window to open.");
    std::process::exit(2);
}

/// Logs go to stderr, filtered by `RUST_LOG` (default: warnings, and Kinline's own at info;
/// not the DTLS handshake's notes on extensions it skips). The WebRTC stack's own lines are
/// sanitised and throttled (`kinline_app::logs`): never a packet, at most one a second.
/// Their fields are ids, never names, PINs or keys.
fn init_logs() {
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "warn,kinline_app=info,rtc_dtls=error".into());
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    kinline_app::logs::subscriber(filter, std::io::stderr, ansi).init();
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

/// The read-aloud: espeak-ng through the speakers (cpal), or `KINLINE_SPEECH=silent` for a
/// machine with no sound card (the end-to-end test under Xvfb), where sentences pass at the
/// screens' half-second tick and nothing is played.
fn speaker() -> Box<dyn kinline_app::ui::Speaker> {
    if std::env::var("KINLINE_SPEECH").is_ok_and(|v| v == "silent") {
        Box::<SilentSpeaker>::default()
    } else {
        Box::new(kinline_app::speech::ReadAloud::new(
            kinline_app::speech::CpalSink,
        ))
    }
}

/// `KINLINE_GLYPH_PROBE=DIR` ([`kinline_app::glyph_probe`]), handed to [`probe_root`].
#[cfg(feature = "desktop")]
#[derive(Clone)]
struct GlyphProbeDir(Option<PathBuf>);

/// The window's root while the glyph check runs in it: the tablet screens of every locale in
/// turn, measured in this webview with the fonts of its custom head.
#[cfg(feature = "desktop")]
fn probe_root() -> dioxus::prelude::Element {
    use dioxus::prelude::*;
    let dir = try_consume_context::<GlyphProbeDir>()
        .and_then(|d| d.0)
        .unwrap_or_default();
    rsx! {
        kinline_app::glyph_probe::GlyphProbe { dir }
    }
}

fn root() -> dioxus::prelude::Element {
    let app = dioxus::prelude::use_hook(|| {
        let chosen = dioxus::prelude::try_consume_context::<Chosen>().unwrap_or(Chosen(None));
        let (backend, link) = backend(&chosen);
        SharedApp::new(App::new(backend, speaker()).with_calls(link))
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
