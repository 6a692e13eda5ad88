//! `cargo xtask mixed-release`: a fleet of two releases syncing together (issue #23, upgrades).
//!
//! The previous release is the commit pinned in `platforms/previous-release`. Its source is
//! unpacked once (`git archive`) under `~/.cache/kinline/prev-release/src-<commit>/`, and its
//! `kinline-server` and the fleet's tablet (`tests/src/bin/mixed_fleet.rs`, this tree's source
//! copied in: it uses only what both releases have) are built there into
//! `~/.cache/kinline/prev-release/target` (debug, not incremental): a second run builds
//! nothing. This tree's two are built as usual. Then, each server on its own SQLite database
//! on 127.0.0.1:
//!
//! 1. **old tablets → new server** (`previous_release_tablets = true`): a new tablet signs the
//!    DCO in, records and signs out; an old tablet records (no sign-ins: its release has none),
//!    pushes — nothing refused — and pulls the new tablet's sign-ins as kinds it does not know;
//!    another new tablet gets the old tablet's events back byte for byte.
//! 2. **new tablets → old server**: a new tablet's sign-in and sign-out, kinds the old server
//!    does not know, are carried opaque (stored, not refused); an old tablet pulls them as
//!    such; another new tablet gets every event back byte for byte.
//!
//! Then each server's every device chain is recomputed (`kinline-server backup`, which checks
//! them before it keeps a copy). Not part of `cargo xtask test`: CI does not build another
//! workspace inside a test. Last line:
//! `mixed-release: old tablet → new server ok, new tablet → old server ok (N events, K unknown
//! kinds carried)`.

use anyhow::{Context, Result, bail, ensure};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The fleet's tablet program, in this tree and copied into the previous release's.
const FLEET: &str = "tests/src/bin/mixed_fleet.rs";
/// The administrator's password and the DCO's PIN on both servers.
const ADMIN_SECRET: &str = "mixed release administrator";
const DCO_PIN: &str = "2468135";
/// Sessions each recording tablet opens.
const SESSIONS: &str = "3";

pub(crate) fn run(args: &[String]) -> Result<()> {
    if let Some(other) = args.first() {
        bail!("unknown option '{other}': cargo xtask mixed-release takes none");
    }
    let commit = pinned()?;
    let cache = cache_dir();
    let old = Binaries::previous(&cache, &commit)?;
    let new = Binaries::current()?;
    let work = cache.join(format!("run-{}", std::process::id()));
    let _cleanup = RemoveOnDrop(work.clone());
    let ids = Ids {
        admin: uuid::Uuid::now_v7().to_string(),
        dco: uuid::Uuid::now_v7().to_string(),
    };

    // 1. The new server, old tablets still about: the old tablet's events come back.
    let server = Server::start(
        &new.server,
        &work.join("new-server"),
        "previous_release_tablets = true\n",
        &ids,
    )?;
    let (on_new, _, chains) = round(&new, &old, &server, &ids, &work, Expect::Old)?;
    drop(server);
    eprintln!("mixed-release: old tablet → new server ok ({chains})");

    // 2. The old server, new tablets already about: the new tablet's events come back.
    let server = Server::start(&old.server, &work.join("old-server"), "", &ids)?;
    let (on_old, carried, chains) = round(&new, &old, &server, &ids, &work, Expect::New)?;
    drop(server);
    eprintln!("mixed-release: new tablet → old server ok ({chains})");

    let events = on_new + on_old;
    println!(
        "mixed-release: old tablet → new server ok, new tablet → old server ok ({events} \
         events, {} unknown kinds carried: {})",
        carried.len(),
        carried.into_iter().collect::<Vec<_>>().join(", ")
    );
    Ok(())
}

/// Whose events the pull-only new tablet of a round must get back byte for byte.
#[derive(Clone, Copy)]
enum Expect {
    Old,
    New,
}

/// One server's round: a new tablet signs the DCO in, records and signs out; an old tablet
/// records and pulls (the new tablet's sign-ins are kinds it does not know); another new
/// tablet pulls and checks the `expect`ed tablet's events came back byte for byte; then every
/// chain on the server is recomputed. Returns the events recorded, the kinds the old tablet
/// pulled without knowing them, and what the chains' check said.
fn round(
    new: &Binaries,
    old: &Binaries,
    server: &Server,
    ids: &Ids,
    work: &Path,
    expect: Expect,
) -> Result<(usize, BTreeSet<String>, String)> {
    let newer = fleet(
        new,
        server,
        ids,
        &["--record", SESSIONS, "--sign-out"],
        work,
    )?;
    let older = fleet(old, server, ids, &["--record", SESSIONS], work)?;
    let expected = match expect {
        Expect::Old => &older,
        Expect::New => &newer,
    };
    let back = fleet(new, server, ids, &["--expect", &expected.file], work)?;
    ensure!(back.matched == expected.recorded, "{back:?}");
    let unknown = unknown_to_old(&newer, &older);
    ensure!(
        !unknown.is_empty(),
        "the old tablet knew every kind the new one recorded: is platforms/previous-release \
         older than the sign-in events?"
    );
    let recorded = newer.recorded + older.recorded;
    let chains = server.verify_chains(&work.join(format!("backup-{}", server.port)), recorded)?;
    Ok((recorded, unknown, chains))
}

/// The kinds the new tablet recorded that the old tablet pulled without knowing them.
fn unknown_to_old(new: &Tablet, old: &Tablet) -> BTreeSet<String> {
    old.opaque_kinds
        .iter()
        .filter(|k| new.kinds.contains(*k))
        .cloned()
        .collect()
}

/// The commit in `platforms/previous-release` (its first line that is not a comment).
fn pinned() -> Result<String> {
    let file = crate::root().join("platforms/previous-release");
    let text = std::fs::read_to_string(&file)
        .with_context(|| format!("cannot read {}", file.display()))?;
    let commit = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .with_context(|| format!("{} names no commit", file.display()))?;
    ensure!(
        commit.len() == 40 && commit.bytes().all(|b| b.is_ascii_hexdigit()),
        "{} must hold a full commit hash, not {commit:?}",
        file.display()
    );
    Ok(commit.to_owned())
}

/// `~/.cache/kinline/prev-release`.
fn cache_dir() -> PathBuf {
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/tmp"), PathBuf::from);
    home.join(".cache/kinline/prev-release")
}

/// The two programs of a release.
struct Binaries {
    server: PathBuf,
    fleet: PathBuf,
}

/// What `cargo build` is asked for in either tree.
const BUILD: [&str; 8] = [
    "build",
    "-p",
    "kinline-server",
    "--bin",
    "kinline-server",
    "-p",
    "kinline-tests",
    "--bin=mixed_fleet",
];

impl Binaries {
    /// This tree's, built into the usual target directory.
    fn current() -> Result<Self> {
        crate::run(crate::cargo(&BUILD))?;
        Ok(Self::in_target(&crate::target_dir()))
    }

    /// The pinned commit's, unpacked and built once under `cache`.
    fn previous(cache: &Path, commit: &str) -> Result<Self> {
        let src = cache.join(format!("src-{}", &commit[..7]));
        if !src.join("Cargo.toml").exists() {
            let partial = cache.join(format!("src-{}.partial", &commit[..7]));
            let _ = std::fs::remove_dir_all(&partial);
            std::fs::create_dir_all(&partial)?;
            let archive = Command::new("git")
                .current_dir(crate::root())
                .args(["archive", "--format=tar", commit])
                .stdout(Stdio::piped())
                .spawn()
                .context("cannot run git archive")?;
            let mut tar = Command::new("tar");
            tar.arg("-x")
                .arg("-C")
                .arg(&partial)
                .stdin(archive.stdout.context("git archive gave no output")?);
            crate::run(tar).with_context(|| {
                format!("cannot unpack {commit}: is it a commit of this repository's history?")
            })?;
            std::fs::rename(&partial, &src)?;
        }
        // This tree's tablet program; written only when it changed (its mtime is a rebuild).
        let fleet = std::fs::read(crate::root().join(FLEET))?;
        let there = src.join(FLEET);
        if std::fs::read(&there).ok().as_deref() != Some(&fleet[..]) {
            std::fs::create_dir_all(there.parent().context("no parent")?)?;
            std::fs::write(&there, fleet)?;
        }
        let target = cache.join("target");
        // The plain `cargo` (rustup's): the old tree's own rust-toolchain.toml applies.
        let mut build = Command::new("cargo");
        crate::cargo_env::without_crate_variables(&mut build);
        build
            .current_dir(&src)
            .env("CARGO_TARGET_DIR", &target)
            .env("CARGO_INCREMENTAL", "0")
            .args(BUILD);
        crate::run(build).context("the previous release did not build")?;
        Ok(Self::in_target(&target))
    }

    fn in_target(target: &Path) -> Self {
        Self {
            server: target.join("debug/kinline-server"),
            fleet: target.join("debug/mixed_fleet"),
        }
    }
}

/// The staff both servers have.
struct Ids {
    admin: String,
    dco: String,
}

/// A centre server of either release on its own SQLite database and port.
struct Server {
    child: Child,
    port: u16,
    exe: PathBuf,
    config: PathBuf,
    url: String,
}

impl Server {
    fn start(exe: &Path, dir: &Path, extra: &str, ids: &Ids) -> Result<Self> {
        std::fs::create_dir_all(dir)?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let config = dir.join("server.toml");
        std::fs::write(
            &config,
            format!(
                "data_dir = {:?}\nlisten = \"127.0.0.1:{port}\"\n{extra}",
                dir.join("data")
            ),
        )?;
        for (id, role, secret) in [
            (&ids.admin, "administrator", ADMIN_SECRET),
            (&ids.dco, "dco", DCO_PIN),
        ] {
            let mut set = Command::new(exe);
            set.arg("--config")
                .arg(&config)
                .args(["set-staff", id.as_str(), role])
                .env("KINLINE_STAFF_SECRET", secret)
                .stdout(Stdio::null());
            crate::run(set)?;
        }
        let log = std::fs::File::create(dir.join("server.log"))?;
        let child = Command::new(exe)
            .arg("--config")
            .arg(&config)
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .with_context(|| format!("cannot start {}", exe.display()))?;
        let mut server = Self {
            child,
            port,
            exe: exe.to_owned(),
            config,
            url: format!("http://127.0.0.1:{port}"),
        };
        let started = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(status) = server.child.try_wait()? {
                bail!(
                    "{} stopped ({status}); its log is {}",
                    exe.display(),
                    dir.join("server.log").display()
                );
            }
            ensure!(
                started.elapsed() < std::time::Duration::from_secs(60),
                "{} did not listen within a minute",
                exe.display()
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Ok(server)
    }

    /// Every device's chain recomputed: the release's own online backup checks them all
    /// before it keeps the copy, which must hold at least the tablets' `recorded` events.
    /// Says how many devices and positions.
    fn verify_chains(&self, into: &Path, recorded: usize) -> Result<String> {
        let out = Command::new(&self.exe)
            .arg("--config")
            .arg(&self.config)
            .arg("backup")
            .arg(into)
            .output()?;
        ensure!(
            out.status.success(),
            "the chains did not verify: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(into.join("kinline-backup.json"))?)?;
        let positions = manifest["chains"]["positions"].as_u64().unwrap_or(0);
        ensure!(
            positions >= recorded as u64,
            "the backup's chains hold {positions} positions, the tablets recorded {recorded}"
        );
        Ok(format!(
            "{} devices' chains verified, {positions} positions",
            manifest["chains"]["devices"]
        ))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One fleet tablet's report.
#[derive(Debug)]
struct Tablet {
    /// Its report's file (for another tablet's `--expect`).
    file: String,
    recorded: usize,
    kinds: BTreeSet<String>,
    opaque_kinds: BTreeSet<String>,
    matched: usize,
}

/// Runs one tablet of `release` against `server`.
fn fleet(
    release: &Binaries,
    server: &Server,
    ids: &Ids,
    args: &[&str],
    work: &Path,
) -> Result<Tablet> {
    let mut cmd = Command::new(&release.fleet);
    cmd.args([&server.url, &ids.admin, ADMIN_SECRET, &ids.dco])
        .args(args);
    let out = cmd.output().context("cannot run the fleet's tablet")?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    ensure!(
        out.status.success(),
        "{} {args:?}: {stdout}{}",
        release.fleet.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let line: serde_json::Value = serde_json::from_str(stdout.trim())
        .with_context(|| format!("the fleet's tablet said {stdout}"))?;
    let file = work.join(format!(
        "tablet-{}.json",
        line["device"].as_str().context("no device")?
    ));
    std::fs::write(&file, stdout.trim())?;
    let recorded: Vec<serde_json::Value> = line["recorded"]
        .as_array()
        .context("no recorded events")?
        .iter()
        .map(|e| serde_json::from_str(e.as_str().unwrap_or("null")))
        .collect::<Result<_, _>>()?;
    let kinds = recorded
        .iter()
        .filter_map(|e| e["body"]["type"].as_str().map(str::to_owned))
        .collect();
    let strings = |v: &serde_json::Value| -> BTreeSet<String> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str().map(str::to_owned))
            .collect()
    };
    Ok(Tablet {
        file: file.display().to_string(),
        recorded: recorded.len(),
        kinds,
        opaque_kinds: strings(&line["opaque_kinds"]),
        matched: line["matched"].as_u64().unwrap_or(0) as usize,
    })
}

/// Removes the run's directory when the run ends, however it ends.
struct RemoveOnDrop(PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
