//! `cargo xtask demo [--headless] [--data DIR] [--listen ADDR]`: Kinline on this machine in one
//! command. Installs what is missing, builds, starts the centre server on the embedded SQLite
//! in `./kinline-data` (HTTPS with a development certificate), seeds the demo centre once,
//! enrols the tablet and opens the app's window (not with `--headless`), and prints the
//! staff accounts, the address and the join codes a second person opens in a browser to be
//! the caller. The callers' emails go over SMTP to a sink on 127.0.0.1 (`smtp_sink`, real SMTP
//! over TCP), which writes each to `DATA/mail/NNNN.eml` and says so. Ctrl-C stops everything;
//! a second run keeps the data.

use anyhow::{Context, Result, bail};
use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

/// Builds every binary of the workspace (debug): the same build for `cargo xtask demo` and
/// `cargo xtask test`, so the demo's end-to-end test finds nothing left to build.
pub(crate) fn build_binaries() -> Result<()> {
    crate::run(crate::cargo(&[
        "build",
        "--workspace",
        "--bins",
        "--locked",
    ]))
}

/// What the command line asked for.
struct Options {
    headless: bool,
    data: PathBuf,
    listen: SocketAddr,
}

fn options(args: &[String]) -> Result<Options> {
    let mut o = Options {
        headless: false,
        data: PathBuf::from("kinline-data"),
        listen: SocketAddr::from(([0, 0, 0, 0], 8443)),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--headless" => o.headless = true,
            "--data" => o.data = PathBuf::from(it.next().context("--data needs a directory")?),
            "--listen" => {
                let v = it
                    .next()
                    .context("--listen needs an address, e.g. 0.0.0.0:8443")?;
                o.listen = v
                    .parse()
                    .with_context(|| format!("--listen {v}: not an address like 0.0.0.0:8443"))?;
            }
            other => bail!(
                "unknown option '{other}': cargo xtask demo [--headless] [--data DIR] [--listen ADDR]"
            ),
        }
    }
    Ok(o)
}

pub(crate) fn run(args: &[String]) -> Result<()> {
    let o = options(args)?;
    crate::setup::ensure_all()?;
    build_binaries()?;
    let bin = crate::target_dir().join("debug");
    std::fs::create_dir_all(&o.data)
        .with_context(|| format!("cannot create the data directory {}", o.data.display()))?;
    let data = o
        .data
        .canonicalize()
        .with_context(|| format!("the data directory {}", o.data.display()))?;

    // The callers' emails: a loopback SMTP sink on a free port, writing each message to a file.
    let smtp_port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .context("no free port for the SMTP sink")?;
    let mail = data.join("mail");
    let sink = Command::new(bin.join("smtp_sink"))
        .arg(smtp_port.to_string())
        .arg(&mail)
        .stdout(std::fs::File::create(data.join("mail.log"))?)
        .spawn()
        .context("cannot start the SMTP sink (smtp_sink)")?;
    let (cert, server_toml) = server_config(&bin, &data, o.listen, smtp_port)?;
    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = stop.clone();
        ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst))
            .context("cannot listen for Ctrl-C")?;
    }

    let log = std::fs::File::create(data.join("server.log"))?;
    let mut server = Command::new(bin.join("kinline-server"))
        .arg("--config")
        .arg(&server_toml)
        .arg("demo")
        .arg(crate::root().join("locales"))
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .context("cannot start kinline-server")?;
    let mut children = Children(vec![("SMTP sink", sink)]);
    let summary = match read_summary(&mut server, &stop) {
        Ok(s) => s,
        Err(e) => {
            children.0.push(("server", server));
            children.stop();
            return Err(e.context(format!(
                "the server did not start; its log is {}",
                data.join("server.log").display()
            )));
        }
    };
    children.0.push(("server", server));

    let port = o.listen.port();
    let local = format!("https://127.0.0.1:{port}");
    let tablet_toml = tablet_config(&data, &local, &cert, &summary)?;
    if o.headless {
        // Everything but the window: the tablet enrols and takes its first sync, then stops.
        let status = Command::new(bin.join("kinline-app"))
            .arg("--config")
            .arg(&tablet_toml)
            .arg("--no-window")
            .stderr(std::fs::File::create(data.join("tablet.log"))?)
            .status()
            .context("cannot start kinline-app")?;
        if !status.success() {
            children.stop();
            bail!(
                "the tablet could not enrol or sync; its log is {}",
                data.join("tablet.log").display()
            );
        }
    } else {
        let app = Command::new(bin.join("kinline-app"))
            .arg("--config")
            .arg(&tablet_toml)
            .stderr(std::fs::File::create(data.join("tablet.log"))?)
            .spawn()
            .context("cannot start kinline-app")?;
        children.0.push(("tablet app", app));
    }

    print_summary(&summary, &local, o.listen, o.headless, &data);
    println!(
        "\nEmails to callers (invitations, reminders, notices) go over SMTP to the sink on \
         127.0.0.1:{smtp_port};\n  each is written to {}/NNNN.eml (the list: {})",
        mail.display(),
        data.join("mail.log").display()
    );
    // Until Ctrl-C, or until a part stops on its own.
    while !stop.load(Ordering::SeqCst) {
        if let Some((name, status)) = children.exited()? {
            if name == "tablet app" && status.success() {
                println!(
                    "The tablet window was closed; the server keeps running (Ctrl-C stops it)."
                );
                children.0.retain(|(n, _)| *n != "tablet app");
                continue;
            }
            children.stop();
            bail!(
                "the {name} stopped ({status}); see {}",
                data.join("server.log").display()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    println!("\nStopping Kinline…");
    children.stop();
    println!(
        "Stopped. The data is kept in {}; run the demo again to carry on.",
        data.display()
    );
    Ok(())
}

/// Writes the server's config (once) and the development certificate; returns the
/// certificate's path and the config's.
fn server_config(
    bin: &Path,
    data: &Path,
    listen: SocketAddr,
    smtp_port: u16,
) -> Result<(PathBuf, PathBuf)> {
    let tls = data.join("tls");
    let out = Command::new(bin.join("kinline-server"))
        .arg("dev-cert")
        .arg(&tls)
        .output()
        .context("cannot run kinline-server dev-cert")?;
    if !out.status.success() {
        bail!(
            "could not make the development certificate: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let cert = tls.join("dev-cert.pem");
    let key = tls.join("dev-key.pem");
    let path = data.join("server.toml");
    let text = format!(
        "# The demo centre server (cargo xtask demo). Edit freely; delete to start afresh.\n\
         data_dir = {data:?}\nlisten = \"{listen}\"\n\n[database]\nbackend = \"sqlite\"\n\n\
         [tls]\ncert = {cert:?}\nkey = {key:?}\n\n[calls]\npublic_url = \"https://{public}\"\n\n\
         [notify.email]\nhost = \"127.0.0.1\"\nport = {smtp_port}\ntls = \"none\"\n\
         from = \"Kinline demo centre <calls@demo.kinline.invalid>\"\n",
        data = data.join("server"),
        public = public_host(listen),
    );
    std::fs::write(&path, text)?;
    Ok((cert, path))
}

/// Where a caller reaches the server: 127.0.0.1 when it listens there only, else this
/// machine's host name (so a second person on the network can open the join link).
fn public_host(listen: SocketAddr) -> String {
    if !listen.ip().is_unspecified() {
        return listen.to_string();
    }
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_owned());
    format!("{host}:{}", listen.port())
}

/// The demo tablet's config: written once with a fresh device id and this run's enrolment
/// code; later runs keep the enrolled store and only refresh the server address.
fn tablet_config(data: &Path, server: &str, cert: &Path, summary: &Summary) -> Result<PathBuf> {
    let dir = data.join("tablet");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("tablet.toml");
    let device = match std::fs::read_to_string(&path) {
        Ok(text) => text
            .lines()
            .find_map(|l| l.strip_prefix("device = "))
            .map(|d| d.trim_matches('"').to_owned())
            .context("the demo tablet.toml has no device line; delete the data directory")?,
        Err(_) => uuid::Uuid::now_v7().to_string(),
    };
    let text = format!(
        "# The demo tablet (cargo xtask demo).\n\
         store = {store:?}\ndevice = \"{device}\"\nkey_file = {key:?}\nserver = \"{server}\"\n\
         server_ca = {cert:?}\nenrolment_code = \"{code}\"\n",
        store = dir.join("tablet.db"),
        key = dir.join("tablet.key"),
        code = summary.enrolment_code,
    );
    std::fs::write(&path, text)?;
    Ok(path)
}

/// The server's `kinline-demo:` line.
struct Summary {
    json: serde_json::Value,
    enrolment_code: String,
}

/// Reads the server's stdout until its summary line (it prints it once it is listening),
/// then keeps echoing nothing more of it.
fn read_summary(server: &mut Child, stop: &AtomicBool) -> Result<Summary> {
    let stdout = server.stdout.take().context("the server's output")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(json) = line.strip_prefix("kinline-demo: ") {
                let _ = tx.send(json.to_owned());
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if stop.load(Ordering::SeqCst) {
            bail!("stopped by Ctrl-C");
        }
        match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(line) => {
                let json: serde_json::Value =
                    serde_json::from_str(&line).context("the server's demo summary")?;
                let enrolment_code = json["enrolment_code"]
                    .as_str()
                    .context("the summary has no enrolment code")?
                    .to_owned();
                return Ok(Summary {
                    json,
                    enrolment_code,
                });
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if let Some(status) = server.try_wait()? {
                    bail!("kinline-server exited ({status})");
                }
                if Instant::now() > deadline {
                    bail!("kinline-server gave no summary within 2 minutes");
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                let status = server.wait()?;
                bail!("kinline-server exited ({status})");
            }
        }
    }
}

fn print_summary(s: &Summary, local: &str, listen: SocketAddr, headless: bool, data: &Path) {
    let j = &s.json["summary"];
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "\nKinline demo centre is running.");
    if j["seeded_now"].as_bool() == Some(true) {
        let _ = writeln!(out, "  a new demo centre was seeded in {}", data.display());
    } else {
        let _ = writeln!(
            out,
            "  the demo centre already in {} was kept",
            data.display()
        );
    }
    let _ = writeln!(
        out,
        "  centre server: {local}  (data in {})",
        data.display()
    );
    if listen.ip().is_unspecified() {
        let _ = writeln!(
            out,
            "  listening on every network interface (port {}): the join links below work from \
             another machine too (a development certificate: accept the browser's warning)",
            listen.port()
        );
    }
    if headless {
        let _ = writeln!(
            out,
            "  headless: no tablet window was opened (the tablet was enrolled and synced); \
             run without --headless on a machine with a display to see it"
        );
    } else {
        let _ = writeln!(
            out,
            "  the tablet app's window is open (close it, or Ctrl-C here)"
        );
    }
    let _ = writeln!(
        out,
        "  staff console in a browser: {local}/console/  (managers, the Compliance Manager, \
         security and the administrator sign in with their staff number and PIN below)"
    );
    let _ = writeln!(
        out,
        "\nStaff (fictional; sign-in number and PIN, on the tablet or the console):"
    );
    for st in j["staff"].as_array().into_iter().flatten() {
        let _ = writeln!(
            out,
            "  {:<28} {:<14} number {}  PIN {}   (staff id {})",
            st["role_label"].as_str().unwrap_or(""),
            st["name"].as_str().unwrap_or(""),
            st["number"].as_str().unwrap_or(""),
            st["pin"].as_str().unwrap_or(""),
            st["id"].as_str().unwrap_or(""),
        );
    }
    let _ = writeln!(
        out,
        "\n{} detainees on the roster; one suspension with an appeal waiting for a decision.",
        j["detainees"]
    );
    let _ = writeln!(
        out,
        "\nThe next calls (today's, or tomorrow's late in the evening) — a second person opens a link to be the caller:"
    );
    for b in j["bookings"].as_array().into_iter().flatten() {
        let join = format!(
            "{}   join code {}",
            b["join_url"].as_str().unwrap_or(""),
            b["join_code"].as_str().unwrap_or("")
        );
        let _ = writeln!(
            out,
            "  {} {:<6} {:<20} {}",
            b["slot_local"].as_str().unwrap_or(""),
            b["kind"].as_str().unwrap_or(""),
            b["name"].as_str().unwrap_or(""),
            join,
        );
    }
    let _ = writeln!(
        out,
        "\nCtrl-C stops everything; a second run keeps the data."
    );
}

/// The parts started, stopped in reverse order.
struct Children(Vec<(&'static str, Child)>);

impl Children {
    /// The first part that has stopped, if any.
    fn exited(&mut self) -> Result<Option<(&'static str, std::process::ExitStatus)>> {
        for (name, child) in &mut self.0 {
            if let Some(status) = child.try_wait()? {
                return Ok(Some((name, status)));
            }
        }
        Ok(None)
    }

    /// Asks each part to stop (SIGINT, as Ctrl-C would), waits up to 10 s, then kills it.
    fn stop(&mut self) {
        for (_, child) in self.0.iter_mut().rev() {
            let _ = Command::new("kill")
                .arg("-INT")
                .arg(child.id().to_string())
                .status();
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        for (name, child) in self.0.iter_mut().rev() {
            loop {
                match child.try_wait() {
                    Ok(Some(_)) | Err(_) => break,
                    Ok(None) if Instant::now() > deadline => {
                        eprintln!("the {name} did not stop within 10 s: killing it");
                        let _ = child.kill();
                        let _ = child.wait();
                        break;
                    }
                    Ok(None) => std::thread::sleep(Duration::from_millis(50)),
                }
            }
        }
        self.0.clear();
    }
}

impl Drop for Children {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The built `kinline-server`'s demo as a process of its own, as `cargo xtask demo` starts it
/// but on 127.0.0.1 only and in a temporary data directory removed when it stops: what
/// `cargo xtask attack`, `cargo xtask schemathesis` and `cargo xtask bench signin` run against.
pub(crate) struct DemoProcess {
    /// `https://127.0.0.1:PORT`.
    pub url: String,
    /// The development certificate the server presents (a client's only trusted root).
    pub cert: PathBuf,
    /// The data directory.
    pub data: PathBuf,
    /// The server's process id.
    pub pid: u32,
    /// The server's `kinline-demo:` summary (staff and PINs, bookings, an enrolment code).
    pub summary: serde_json::Value,
    children: Children,
}

impl DemoProcess {
    /// Starts the binaries in `bin` (`kinline-server`, `smtp_sink`), built by the caller.
    pub(crate) fn start(bin: &Path, purpose: &str) -> Result<Self> {
        Self::start_with(bin, purpose, "")
    }

    /// [`Self::start`] with `extra` appended to the server's config (TOML tables of its own,
    /// e.g. `[calls.turn]`).
    pub(crate) fn start_with(bin: &Path, purpose: &str, extra: &str) -> Result<Self> {
        let data = std::env::temp_dir().join(format!(
            "kinline-{purpose}-{}",
            uuid::Uuid::now_v7().simple()
        ));
        std::fs::create_dir_all(&data)?;
        let free_port = || {
            std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .map(|a| a.port())
                .context("no free port on 127.0.0.1")
        };
        let smtp_port = free_port()?;
        let listen = SocketAddr::from(([127, 0, 0, 1], free_port()?));
        let sink = Command::new(bin.join("smtp_sink"))
            .arg(smtp_port.to_string())
            .arg(data.join("mail"))
            .stdout(Stdio::null())
            .spawn()
            .context("cannot start the SMTP sink (smtp_sink)")?;
        let mut children = Children(vec![("SMTP sink", sink)]);
        let (cert, server_toml) = server_config(bin, &data, listen, smtp_port)?;
        if !extra.is_empty() {
            let mut toml = std::fs::OpenOptions::new()
                .append(true)
                .open(&server_toml)?;
            writeln!(toml, "\n{extra}")?;
        }
        let mut server = Command::new(bin.join("kinline-server"))
            .arg("--config")
            .arg(&server_toml)
            .arg("demo")
            .arg(crate::root().join("locales"))
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(data.join("server.log"))?)
            .spawn()
            .context("cannot start kinline-server")?;
        let pid = server.id();
        let summary = read_summary(&mut server, &AtomicBool::new(false));
        children.0.push(("server", server));
        let summary = summary.with_context(|| {
            format!(
                "the demo server did not start; its log is {}",
                data.join("server.log").display()
            )
        })?;
        Ok(Self {
            url: format!("https://{listen}"),
            cert,
            data,
            pid,
            summary: summary.json,
            children,
        })
    }
}

impl Drop for DemoProcess {
    fn drop(&mut self) {
        self.children.stop();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}
