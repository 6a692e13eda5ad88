//! `cargo xtask install-test`: the packages installed on a clean Debian 12 and run there.
//!
//! Builds the packages (`cargo xtask package`), makes a clean Debian 12 root with debootstrap
//! from the apt source this machine is configured with (the minimal base is kept as a tarball
//! in the target directory for the next run), installs both packages there with apt (which
//! fetches their declared dependencies and nothing else), then, inside the root (`chroot`,
//! sharing this machine's loopback):
//!
//! - the server from its unit's `ExecStart`, as the unit's user, with a development
//!   certificate, on a free port of 127.0.0.1;
//! - its first administrator (`set-staff`), who publishes the compact and makes an enrolment
//!   code over HTTPS;
//! - the tablet from `/usr/bin`, headless (`--no-window`), as the kiosk user, with the
//!   config the package made: enrolment and its first sync;
//! - the Arabic compact (`--compact ar`), with every sentence the source tree has;
//! - a second signed sync.
//!
//! Its last line: `install: server up, tablet enrolled, compact ar N sentences, sync ok`.
//! Not part of `cargo xtask test` (minutes of downloads and installs); needs root.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const SUITE: &str = "bookworm";

pub(crate) fn run(args: &[String]) -> Result<()> {
    if let Some(a) = args.first() {
        bail!("unknown option '{a}': cargo xtask install-test");
    }
    let work = crate::target_dir().join("install-test");
    std::fs::create_dir_all(&work)?;
    let built = crate::package::build(&crate::target_dir().join("debian"))?;
    let root = work.join("root");
    let mut mounts = Mounts(Vec::new());
    fresh_root(&work, &root)?;
    // Downloaded packages are kept for the next run (apt checks them against the mirror).
    let archives = work.join("apt-archives");
    std::fs::create_dir_all(archives.join("partial"))?;
    let archives = archives.to_string_lossy().into_owned();
    for (src, dst, kind) in [
        ("proc", "proc", "proc"),
        ("/dev", "dev", "bind"),
        (archives.as_str(), "var/cache/apt/archives", "bind"),
    ] {
        let target = root.join(dst);
        let mut c = Command::new("mount");
        if kind == "bind" {
            c.arg("--bind").arg(src).arg(&target);
        } else {
            c.args(["-t", "proc", "proc"]).arg(&target);
        }
        crate::run(c)?;
        mounts.0.push(target);
    }
    std::fs::copy("/etc/resolv.conf", root.join("etc/resolv.conf")).ok();
    // The root's apt uses this machine's sources (updates and security too, as the binaries
    // were built against them).
    let _ = std::fs::remove_file(root.join("etc/apt/sources.list"));
    let mut sources = 0;
    for source in ["sources.list", "sources.list.d/debian.sources"] {
        let host = Path::new("/etc/apt").join(source);
        if host.exists() {
            std::fs::copy(&host, root.join("etc/apt").join(source))?;
            sources += 1;
        }
    }
    if sources == 0 {
        std::fs::write(
            root.join("etc/apt/sources.list"),
            format!("deb {} {SUITE} main\n", apt_mirror()?),
        )?;
    }
    // No service starts inside the root (there is no init there anyway).
    std::fs::write(root.join("usr/sbin/policy-rc.d"), "#!/bin/sh\nexit 101\n")?;
    set_mode(&root.join("usr/sbin/policy-rc.d"), 0o755)?;

    let mut debs = Vec::new();
    for deb in [&built.server, &built.tablet] {
        let name = deb.file_name().context("a package has no name")?;
        std::fs::copy(deb, root.join("tmp").join(name))?;
        debs.push(format!("/tmp/{}", name.to_string_lossy()));
    }
    crate::run(chroot(&root, None, &["apt-get", "update"]))?;
    let mut install = chroot(
        &root,
        None,
        &["apt-get", "install", "-y", "--no-install-recommends"],
    );
    install.args(&debs).env("DEBIAN_FRONTEND", "noninteractive");
    crate::run(install)?;
    for gone in ["/usr/src/kinline", "/work"] {
        if root.join(gone.trim_start_matches('/')).exists() {
            bail!("the root holds {gone}: the test must run without a source tree");
        }
    }

    let server = Server::start(&root, &work)?;
    let result = exercise(&root, &server);
    drop(server);
    drop(mounts);
    let line = result?;
    println!("{line}");
    Ok(())
}

/// Everything after the server is up; the summary line.
fn exercise(root: &Path, server: &Server) -> Result<String> {
    let url = &server.url;
    // The first administrator, at the command line, as the server's user.
    let admin = uuid::Uuid::now_v7().to_string();
    let secret = uuid::Uuid::now_v7().simple().to_string();
    let mut set = chroot(
        root,
        Some("kinline-server"),
        &[
            "/usr/bin/kinline-server",
            "--config",
            "/etc/kinline/server.toml",
            "set-staff",
            &admin,
            "administrator",
        ],
    );
    set.env("KINLINE_STAFF_SECRET", &secret);
    crate::run(set)?;
    let ca = root.join("etc/kinline/centre-ca.pem");
    let signed_in = curl(
        &ca,
        "POST",
        &format!("{url}/api/staff/sign-in"),
        None,
        &serde_json::json!({ "staff": admin, "secret": secret }).to_string(),
    )?;
    let token = signed_in["token"]
        .as_str()
        .context("the sign-in gave no token")?
        .to_owned();
    let (version, languages) = shipped_compact()?;
    curl(
        &ca,
        "POST",
        &format!("{url}/api/staff/events"),
        Some(&token),
        &serde_json::json!({
            "type": "compact_version_published",
            "version": version,
            "languages": languages,
        })
        .to_string(),
    )?;
    let code = curl(
        &ca,
        "POST",
        &format!("{url}/api/admin/enrolment-codes"),
        Some(&token),
        r#"{"label":"install test tablet"}"#,
    )?;
    let code = code["code"]
        .as_str()
        .context("no enrolment code")?
        .to_owned();

    // The tablet's config as the package made it, completed as an administrator would.
    let app_toml = root.join("etc/kinline/app.toml");
    let made = std::fs::read_to_string(&app_toml)
        .context("the tablet package made no /etc/kinline/app.toml")?;
    let device = made
        .lines()
        .find_map(|l| l.strip_prefix("device = "))
        .context("the tablet's config has no device")?
        .trim_matches('"')
        .to_owned();
    std::fs::write(
        &app_toml,
        format!(
            "{made}server = \"{url}\"\nserver_ca = \"/etc/kinline/centre-ca.pem\"\n\
             enrolment_code = \"{code}\"\n"
        ),
    )?;
    let tablet = |arg: &[&str]| -> Result<String> {
        let mut args = vec!["/usr/bin/kinline-app", "--config", "/etc/kinline/app.toml"];
        args.extend_from_slice(arg);
        let mut c = chroot(root, Some("kinline"), &args);
        c.env("HOME", "/var/lib/kinline")
            .env("KINLINE_SPEECH", "silent");
        let out = c.output().context("cannot run the tablet")?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        if !out.status.success() {
            bail!(
                "kinline-app {arg:?} failed: {stdout}{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        eprintln!("{}", stdout.trim());
        Ok(stdout)
    };
    // Enrolment and the first sync.
    tablet(&["--no-window"])?;
    let devices = curl(
        &ca,
        "GET",
        &format!("{url}/api/admin/devices"),
        Some(&token),
        "",
    )?;
    if !devices.to_string().contains(&device) {
        bail!("the server does not list the tablet {device}: {devices}");
    }
    // The Arabic compact, every sentence of the source tree's.
    let compact = tablet(&["--compact", "ar"])?;
    // "kinline: compact ar version V: N sentences, text hash H"
    let n: usize = compact
        .split_once(" sentences")
        .and_then(|(before, _)| before.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .with_context(|| format!("no sentence count in {compact:?}"))?;
    let expected = compact_sentences("ar")?;
    if n != expected {
        bail!(
            "the installed tablet shows {n} sentences of the Arabic compact, the source has {expected}"
        );
    }
    // A signed sync again: push and pull with the enrolled key.
    let synced = tablet(&["--no-window"])?;
    if !synced.contains("synced with") {
        bail!("the second sync said: {synced}");
    }
    Ok(format!(
        "install: server up, tablet enrolled, compact ar {n} sentences, sync ok"
    ))
}

/// The server, started from its unit's `ExecStart` as its `User`, stopped when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start(root: &Path, work: &Path) -> Result<Self> {
        let unit = std::fs::read_to_string(root.join("lib/systemd/system/kinline-server.service"))
            .context("the server package installed no unit")?;
        let field = |name: &str| {
            unit.lines()
                .find_map(|l| l.strip_prefix(&format!("{name}=")))
                .map(str::to_owned)
        };
        let exec = field("ExecStart").context("the unit has no ExecStart")?;
        let user = field("User").context("the unit has no User")?;
        // The unit's StateDirectory= is made by systemd; here, as systemd would.
        let state = format!(
            "/var/lib/{}",
            field("StateDirectory").context("the unit has no StateDirectory")?
        );
        crate::run(chroot(
            root,
            None,
            &[
                "install", "-d", "-m", "0700", "-o", &user, "-g", &user, &state,
            ],
        ))?;
        let tls = format!("{state}/tls");
        crate::run(chroot(
            root,
            Some(&user),
            &["/usr/bin/kinline-server", "dev-cert", &tls],
        ))?;
        std::fs::copy(
            root.join(tls.trim_start_matches('/')).join("dev-cert.pem"),
            root.join("etc/kinline/centre-ca.pem"),
        )?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let argv: Vec<&str> = exec.split_whitespace().collect();
        let mut c = chroot(root, Some(&user), &argv);
        c.env("KINLINE_LISTEN", format!("127.0.0.1:{port}"))
            .env("KINLINE_TLS_CERT", format!("{tls}/dev-cert.pem"))
            .env("KINLINE_TLS_KEY", format!("{tls}/dev-key.pem"))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(work.join("server.log"))?);
        eprintln!("$ {exec} (as {user}, in the root)");
        let child = c.spawn().context("cannot start the server")?;
        let server = Server {
            child,
            url: format!("https://127.0.0.1:{port}"),
        };
        let ca = root.join("etc/kinline/centre-ca.pem");
        let health = format!("{}/api/health", server.url);
        for _ in 0..120 {
            if let Ok(v) = curl(&ca, "GET", &health, None, "")
                && v["database"] == "ok"
            {
                eprintln!("server up: {v}");
                return Ok(server);
            }
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        bail!(
            "the server did not answer its health check; its log is {}",
            work.join("server.log").display()
        )
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // chroot execs the server: this is its process.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

/// Mount points inside the root, unmounted (last first) when dropped.
struct Mounts(Vec<PathBuf>);

impl Drop for Mounts {
    fn drop(&mut self) {
        for m in self.0.iter().rev() {
            let _ = Command::new("umount").arg(m).status();
        }
    }
}

/// A command run inside `root`, as `user` if given.
fn chroot(root: &Path, user: Option<&str>, argv: &[&str]) -> Command {
    let mut c = Command::new("chroot");
    if let Some(user) = user {
        c.arg(format!("--userspec={user}:{user}"));
    }
    c.arg(root).args(argv);
    c.env_clear()
        .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
        .env("LANG", "C.UTF-8");
    c
}

/// A fresh root: the minimal Debian 12 base, from the cached tarball or debootstrap.
fn fresh_root(work: &Path, root: &Path) -> Result<()> {
    for m in ["var/cache/apt/archives", "dev", "proc"] {
        let _ = Command::new("umount")
            .arg(root.join(m))
            .stderr(Stdio::null())
            .status();
    }
    // Never delete through a mount left behind (the bind of /dev would take the host's).
    let mounts = std::fs::read_to_string("/proc/mounts")?;
    let prefix = root.to_string_lossy();
    if let Some(m) = mounts
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1))
        .find(|m| m.starts_with(prefix.as_ref()))
    {
        bail!("{m} is still mounted: unmount it, then run again");
    }
    if root.exists() {
        std::fs::remove_dir_all(root)?;
    }
    std::fs::create_dir_all(root)?;
    let base = work.join(format!("{SUITE}-minbase.tar"));
    if !base.exists() {
        if Command::new("debootstrap")
            .arg("--version")
            .output()
            .is_err()
        {
            let mut c = Command::new("apt-get");
            c.args(["install", "-y", "debootstrap"]);
            crate::run(c)?;
        }
        let mirror = apt_mirror()?;
        let mut c = Command::new("debootstrap");
        c.args(["--variant=minbase", SUITE]).arg(root).arg(&mirror);
        crate::run(c)?;
        let mut tar = Command::new("tar");
        tar.arg("-C").arg(root).arg("-cf").arg(&base).arg(".");
        crate::run(tar)?;
    } else {
        let mut tar = Command::new("tar");
        tar.arg("-C").arg(root).arg("-xf").arg(&base);
        crate::run(tar)?;
    }
    Ok(())
}

/// The Debian mirror this machine's apt uses for the suite (deb822 `.sources` or
/// `sources.list`).
fn apt_mirror() -> Result<String> {
    let mut texts = Vec::new();
    if let Ok(t) = std::fs::read_to_string("/etc/apt/sources.list") {
        texts.push(t);
    }
    if let Ok(dir) = std::fs::read_dir("/etc/apt/sources.list.d") {
        for e in dir.flatten() {
            let p = e.path();
            let name = p.to_string_lossy();
            if (name.ends_with(".sources") || name.ends_with(".list"))
                && let Ok(t) = std::fs::read_to_string(&p)
            {
                texts.push(t);
            }
        }
    }
    for text in &texts {
        for stanza in text.split("\n\n") {
            let uri = stanza
                .lines()
                .find_map(|l| l.strip_prefix("URIs:"))
                .map(str::trim);
            let suites = stanza.lines().find_map(|l| l.strip_prefix("Suites:"));
            if let (Some(uri), Some(suites)) = (uri, suites)
                && suites.split_whitespace().any(|s| s == SUITE)
            {
                return Ok(uri.split_whitespace().next().unwrap_or(uri).to_owned());
            }
        }
        for line in text.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            if words.first() == Some(&"deb")
                && words.contains(&SUITE)
                && let Some(uri) = words.iter().find(|w| w.starts_with("http"))
            {
                return Ok((*uri).to_owned());
            }
        }
    }
    bail!("no apt source for {SUITE} on this machine")
}

/// A JSON request over HTTPS trusting `ca`; the JSON answer (an error for a 4xx/5xx).
fn curl(
    ca: &Path,
    method: &str,
    url: &str,
    token: Option<&str>,
    body: &str,
) -> Result<serde_json::Value> {
    let mut c = Command::new("curl");
    c.args(["-sS", "--fail-with-body", "--max-time", "30", "-X", method])
        .arg("--cacert")
        .arg(ca)
        .args(["-H", "content-type: application/json"]);
    if let Some(t) = token {
        c.arg("-H").arg(format!("authorization: Bearer {t}"));
    }
    if !body.is_empty() {
        c.arg("--data-binary").arg(body);
    }
    let out = c.arg(url).output().context("cannot run curl")?;
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        bail!(
            "{method} {url}: {text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    serde_json::from_str(&text).with_context(|| format!("{method} {url} answered {text}"))
}

/// The source tree's compact version (en-GB) and the languages whose compact is of it.
fn shipped_compact() -> Result<(String, Vec<String>)> {
    let locales = crate::root().join("locales");
    let version_of = |tag: &str| -> Option<String> {
        let text = std::fs::read_to_string(locales.join(tag).join("compact.ftl")).ok()?;
        text.lines()
            .find_map(|l| l.strip_prefix("### version:"))
            .map(|v| v.trim().to_owned())
    };
    let version = version_of("en-GB").context("no compact version in locales/en-GB")?;
    let mut languages = Vec::new();
    for e in std::fs::read_dir(&locales)? {
        let tag = e?.file_name().to_string_lossy().into_owned();
        if version_of(&tag).as_deref() == Some(version.as_str()) {
            languages.push(tag);
        }
    }
    languages.sort();
    Ok((version, languages))
}

/// The sentences (Fluent messages) of a language's compact in the source tree.
fn compact_sentences(tag: &str) -> Result<usize> {
    let text =
        std::fs::read_to_string(crate::root().join("locales").join(tag).join("compact.ftl"))?;
    Ok(text
        .lines()
        .filter(|l| {
            l.split_once(" =").is_some_and(|(id, _)| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
        })
        .count())
}

fn set_mode(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    Ok(())
}
