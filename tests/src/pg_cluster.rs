//! A throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks: Debian's binaries
//! (`/usr/lib/postgresql/N/bin`), a temp directory, a free port, trust auth. Only `std`, so
//! that `cargo xtask test` can start one cluster for the whole run with the same code (it
//! includes this file as a module) and hand it to the tests as `KINLINE_TEST_POSTGRES`.
//! As root (CI), every PostgreSQL tool runs as the `postgres` user: initdb refuses root.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A running cluster. Stop it with [`Cluster::stop`], or let [`Cluster::stop_after`] do it
/// when a process ends.
#[derive(Clone, Debug)]
pub struct Cluster {
    /// The temp directory holding the data directory, the socket and the log.
    pub dir: PathBuf,
    /// Its port on 127.0.0.1.
    pub port: u16,
    /// `postgres://postgres@127.0.0.1:PORT` (no database).
    pub base_url: String,
}

/// Whether this process runs as root.
pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

/// A PostgreSQL program: the newest Debian version installed, else from `PATH`.
pub fn pg_bin(name: &str) -> PathBuf {
    for v in ["17", "16", "15", "14", "13"] {
        let p = PathBuf::from(format!("/usr/lib/postgresql/{v}/bin/{name}"));
        if p.exists() {
            return p;
        }
    }
    PathBuf::from(name)
}

/// Runs a PostgreSQL tool, as the `postgres` user when we are root.
pub fn pg_command(name: &str) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(pg_bin(name));
        c
    } else {
        Command::new(pg_bin(name))
    }
}

/// A free TCP port on 127.0.0.1.
pub fn free_port() -> std::io::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// Starts a cluster in a new directory under `parent`. `durable` keeps fsync on (for
/// benchmarks); tests turn it off. Up to 300 connections (each test server pools some).
pub fn start(parent: &Path, durable: bool) -> Result<Cluster, String> {
    let dir = parent.join(format!(
        "kinline-pg-{}-{}",
        std::process::id(),
        free_port().map_err(|e| e.to_string())?
    ));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if is_root() {
        let ok = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            return Err(format!(
                "chown postgres {} failed: is Debian's postgresql installed (cargo xtask setup)?",
                dir.display()
            ));
        }
    }
    let data = dir.join("data");
    let out = pg_command("initdb")
        .args([
            "--auth=trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
            "-D",
        ])
        .arg(&data)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("initdb: {e}; install Debian's postgresql (cargo xtask setup)"))?;
    if !out.status.success() {
        return Err(format!(
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let port = free_port().map_err(|e| e.to_string())?;
    let fsync = if durable { "on" } else { "off" };
    let opts = format!(
        "-p {port} -h 127.0.0.1 -k {} -c fsync={fsync} -c synchronous_commit={fsync} -c max_connections=300",
        dir.display()
    );
    let status = pg_command("pg_ctl")
        .arg("-D")
        .arg(&data)
        .args(["-o", &opts, "-l"])
        .arg(dir.join("log"))
        .args(["-w", "start"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("pg_ctl start: {e}"))?;
    if !status.success() {
        return Err(format!(
            "pg_ctl start failed; see {}",
            dir.join("log").display()
        ));
    }
    Ok(Cluster {
        base_url: format!("postgres://postgres@127.0.0.1:{port}"),
        port,
        dir,
    })
}

impl Cluster {
    /// The shell command that stops the cluster at once and removes its directory.
    fn stop_script(&self) -> String {
        let data = self.dir.join("data");
        let pg_ctl = pg_bin("pg_ctl");
        let as_postgres = if is_root() {
            "runuser -u postgres -- "
        } else {
            ""
        };
        format!(
            "{as_postgres}{} -D '{}' -m immediate stop >/dev/null 2>&1; rm -rf '{}'",
            pg_ctl.display(),
            data.display(),
            self.dir.display()
        )
    }

    /// Stops the cluster now and removes its files.
    pub fn stop(&self) -> Result<(), String> {
        let status = Command::new("sh")
            .args(["-c", &self.stop_script()])
            .stdin(Stdio::null())
            .status()
            .map_err(|e| format!("stopping PostgreSQL: {e}"))?;
        if status.success() && !self.dir.exists() {
            Ok(())
        } else {
            Err(format!(
                "PostgreSQL in {} did not stop cleanly",
                self.dir.display()
            ))
        }
    }

    /// A watchdog: when process `pid` is gone (however it ended, even killed), stop the
    /// cluster and remove its files. Does nothing if the cluster was stopped before.
    pub fn stop_after(&self, pid: u32) -> Result<(), String> {
        let script = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 1; done; [ -d '{}' ] && {{ {}; }}",
            self.dir.display(),
            self.stop_script()
        );
        // Never waited for on purpose: it must outlive `pid` to clean up after it.
        #[allow(clippy::zombie_processes)]
        Command::new("sh")
            .args(["-c", &script])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("spawn the PostgreSQL watchdog: {e}"))?;
        Ok(())
    }

    /// Creates a new, empty database; returns its URL.
    pub fn create_database(&self, name: &str) -> Result<String, String> {
        let out = Command::new(pg_bin("createdb"))
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                name,
            ])
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("createdb: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "createdb failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(format!("{}/{name}", self.base_url))
    }
}
