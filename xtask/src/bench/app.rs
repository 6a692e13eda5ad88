//! `cargo xtask bench app`: the desktop app against an empty Dioxus window, both release
//! builds, under a virtual X server (Xvfb): cold start (spawn to the first painted frame, which
//! each prints as `kinline: ready` with `KINLINE_BENCH_READY=1`) and resident memory (VmRSS
//! once ready), median over [`RUNS`] runs each.

use anyhow::{Context, Result, bail};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Runs per program (the median is reported).
const RUNS: usize = 7;
/// Longest wait for a window before the run counts as failed.
const READY_TIMEOUT: Duration = Duration::from_secs(60);

pub(crate) fn run() -> Result<()> {
    let xvfb = which("Xvfb").context(
        "Xvfb is not installed: `sudo apt-get install xvfb` (the benchmark opens real windows \
         on a virtual X server)",
    )?;
    crate::run(crate::cargo(&[
        "build",
        "--release",
        "--package",
        "kinline-app",
        "--bin",
        "kinline-app",
        "--example",
        "empty_window",
    ]))?;
    let release = crate::target_dir().join("release");
    let app = release.join("kinline-app");
    let empty = release.join("examples/empty_window");
    let display = XServer::start(&xvfb)?;
    let mut results = Vec::new();
    for (name, bin) in [("kinline-app", &app), ("empty", &empty)] {
        let mut starts = Vec::new();
        let mut rss = Vec::new();
        for i in 0..RUNS {
            let (ms, kb) =
                measure(bin, &display.name).with_context(|| format!("{name}, run {}", i + 1))?;
            eprintln!(
                "{name} run {}: ready in {ms:.0} ms, VmRSS {:.1} MB",
                i + 1,
                mb(kb)
            );
            starts.push(ms);
            rss.push(kb as f64);
        }
        results.push((median(&mut starts), median(&mut rss)));
    }
    let ((app_ms, app_kb), (empty_ms, empty_kb)) = (results[0], results[1]);
    println!(
        "app: cold start {app_ms:.0} ms vs empty {empty_ms:.0} ms, ratio {:.2}; memory {:.1} MB \
         vs {:.1} MB, ratio {:.2}",
        app_ms / empty_ms,
        mb(app_kb as u64),
        mb(empty_kb as u64),
        app_kb / empty_kb
    );
    Ok(())
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(program))
            .find(|p| p.is_file())
    })
}

/// Starts `bin` on `display`, times spawn → `kinline: ready`, reads VmRSS, and stops it.
fn measure(bin: &Path, display: &str) -> Result<(f64, u64)> {
    let start = Instant::now();
    let mut child = Command::new(bin)
        .env("DISPLAY", display)
        .env("KINLINE_BENCH_READY", "1")
        .env_remove("KINLINE_CONFIG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("start {}", bin.display()))?;
    let stdout = child.stdout.take().context("the child's stdout")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            match line {
                Ok(l) if l.contains("kinline: ready") => {
                    let _ = tx.send(());
                }
                Ok(_) => {}
                Err(_) => break,
            }
        }
    });
    let ready = rx.recv_timeout(READY_TIMEOUT);
    let elapsed = start.elapsed().as_secs_f64() * 1000.0;
    let rss = vm_rss_kb(child.id());
    stop(&mut child);
    if ready.is_err() {
        bail!(
            "{} did not print `kinline: ready` within {READY_TIMEOUT:?}",
            bin.display()
        );
    }
    Ok((elapsed, rss?))
}

fn vm_rss_kb(pid: u32) -> Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .context("VmRSS in /proc/PID/status")
}

fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// A private Xvfb on a free display, stopped when dropped.
struct XServer {
    name: String,
    child: Child,
}

impl XServer {
    fn start(xvfb: &Path) -> Result<Self> {
        let n = (99..200)
            .find(|n| {
                !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                    && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
            })
            .context("no free X display between :99 and :199")?;
        let name = format!(":{n}");
        let child = Command::new(xvfb)
            .args([
                &name,
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("start Xvfb")?;
        let mut server = Self { name, child };
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
        let deadline = Instant::now() + Duration::from_secs(10);
        while !socket.exists() {
            if Instant::now() > deadline || server.child.try_wait()?.is_some() {
                bail!("Xvfb did not start on {}", server.name);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(server)
    }
}

impl Drop for XServer {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}
