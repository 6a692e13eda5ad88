//! The baseline for `cargo xtask bench app`: an empty Dioxus desktop window, built and started
//! exactly as `kinline-app` is, that prints `kinline: ready` after its first frame when
//! `KINLINE_BENCH_READY` is set.

#[cfg(feature = "desktop")]
fn main() {
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    let window = WindowBuilder::new()
        .with_title("empty")
        .with_inner_size(LogicalSize::new(1280.0, 800.0));
    dioxus::LaunchBuilder::desktop()
        .with_cfg(Config::new().with_window(window).with_menu(None))
        .launch(root);
}

#[cfg(not(feature = "desktop"))]
fn main() {
    eprintln!("built without the `desktop` feature: there is no window to open.");
    std::process::exit(2);
}

fn root() -> dioxus::prelude::Element {
    use dioxus::prelude::*;
    use_effect(|| {
        if std::env::var_os("KINLINE_BENCH_READY").is_some() {
            spawn(async {
                // After the webview's next animation frame: the first screen has been painted.
                let _ = document::eval(
                    "await new Promise(r => requestAnimationFrame(() => r())); return true;",
                )
                .await;
                println!("kinline: ready");
            });
        }
    });
    rsx! { div {} }
}
