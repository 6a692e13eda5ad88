//! A private virtual X server for the tests that open the real app window (the Xvfb
//! end-to-end test, the glyph check in WebKitGTK), and the X tools they run.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// An installed program, found on `PATH`; panics naming how to install it.
pub fn tool(name: &str) -> PathBuf {
    std::env::var_os("PATH")
        .and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join(name))
                .find(|p| p.is_file())
        })
        .unwrap_or_else(|| {
            panic!("{name} is not installed: `cargo xtask test` installs it (xtask/src/setup.rs)")
        })
}

/// A private Xvfb on a free display, ended when dropped.
pub struct Xvfb {
    /// The display, e.g. `:121`, for `DISPLAY`.
    pub display: String,
    child: Child,
}

impl Xvfb {
    /// Starts one with a screen of `width`×`height` (24-bit) and waits for its socket.
    pub fn start(width: u32, height: u32) -> Self {
        let n = (120..400)
            .find(|n| {
                !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                    && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
            })
            .expect("a free X display");
        let display = format!(":{n}");
        let child = Command::new(tool("Xvfb"))
            .args([
                &display,
                "-screen",
                "0",
                &format!("{width}x{height}x24"),
                "-nolisten",
                "tcp",
                // Without it the server resets when its last client leaves (the app closed
                // before the portrait relaunch), and a client connecting meanwhile fails
                // ("Failed to initialize GTK").
                "-noreset",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut x = Self { display, child };
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
        let deadline = Instant::now() + Duration::from_secs(90);
        while !socket.exists() {
            assert!(x.child.try_wait().unwrap().is_none(), "Xvfb stopped");
            assert!(
                Instant::now() < deadline,
                "timed out waiting for Xvfb's socket"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        x
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
