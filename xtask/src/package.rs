//! `cargo xtask package [--out DIR]`: the Debian packages of both halves, built with Debian's
//! own tools (`dpkg-shlibdeps` for the shared libraries each binary links, `dpkg-deb` to
//! build), from the release binaries and the files in `platforms/linux/` (the server's
//! hardened `kinline-server.service` and commented `server.toml`, the kiosk's unit, user and
//! logind settings):
//!
//! - `kinline-server`: `/usr/bin/kinline-server`, its hardened unit, its system user
//!   `kinline-server` (made by `postinst`), its state directory `/var/lib/kinline-server`
//!   (0700), and `/etc/kinline/server.toml` (a conffile, commented: SQLite by default,
//!   PostgreSQL as an option, TLS certificate paths, metrics, JSON logs).
//! - `kinline-tablet`: `/usr/bin/kinline-app` (its fonts, locales, styles and compact are
//!   embedded in the binary), the kiosk unit, the `kinline` user (sysusers), the logind
//!   settings, and `/etc/kinline/app.toml` made on first install with a fresh device id.
//!   Depends on cage, espeak-ng and the webkit runtime (from the binary's libraries).
//!
//! Nothing is downloaded at install time: every file is in the package, every library a
//! declared dependency.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The packages built: (name, path of the .deb).
pub(crate) struct Built {
    pub(crate) server: PathBuf,
    pub(crate) tablet: PathBuf,
}

pub(crate) fn run(args: &[String]) -> Result<()> {
    let mut out = crate::target_dir().join("debian");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out = PathBuf::from(it.next().context("--out needs a directory")?),
            other => bail!("unknown option '{other}': cargo xtask package [--out DIR]"),
        }
    }
    let built = build(&out)?;
    println!("{}\n{}", built.server.display(), built.tablet.display());
    Ok(())
}

/// Builds the release binaries and both packages into `out`.
pub(crate) fn build(out: &Path) -> Result<Built> {
    for tool in ["dpkg-deb", "dpkg-shlibdeps"] {
        if Command::new(tool).arg("--version").output().is_err() {
            bail!("{tool} is missing: apt-get install dpkg-dev");
        }
    }
    crate::run(crate::cargo(&[
        "build",
        "--release",
        "-p",
        "kinline-server",
        "-p",
        "kinline-app",
    ]))?;
    let release = crate::target_dir().join("release");
    std::fs::create_dir_all(out)?;
    let version = env!("CARGO_PKG_VERSION");
    let server = server_package(&release, out, version)?;
    let tablet = tablet_package(&release, out, version)?;
    Ok(Built { server, tablet })
}

const SERVER_POSTINST: &str = "#!/bin/sh
set -e
if [ \"$1\" = configure ]; then
    if ! getent passwd kinline-server >/dev/null; then
        adduser --system --group --home /var/lib/kinline-server --no-create-home \\
            --gecos 'Kinline centre server' kinline-server
    fi
    install -d -m 0700 -o kinline-server -g kinline-server /var/lib/kinline-server
    chgrp kinline-server /etc/kinline/server.toml
    chmod 0640 /etc/kinline/server.toml
    if [ -d /run/systemd/system ]; then
        systemctl daemon-reload
        systemctl enable kinline-server.service >/dev/null || true
        # An upgrade restarts it: the new release backs the database up, then migrates.
        systemctl try-restart kinline-server.service || true
    fi
fi
";

const SERVER_PRERM: &str = "#!/bin/sh
set -e
if [ \"$1\" = remove ] && [ -d /run/systemd/system ]; then
    systemctl stop kinline-server.service || true
fi
";

const TABLET_POSTINST: &str = "#!/bin/sh
set -e
if [ \"$1\" = configure ]; then
    if command -v systemd-sysusers >/dev/null; then
        systemd-sysusers /usr/lib/sysusers.d/kinline.conf
    elif ! getent passwd kinline >/dev/null; then
        adduser --system --group --home /var/lib/kinline --no-create-home \\
            --shell /usr/sbin/nologin --gecos 'Kinline kiosk' kinline
    fi
    install -d -m 0700 -o kinline -g kinline /var/lib/kinline
    if [ ! -e /etc/kinline/app.toml ]; then
        # A device id of its own; the server and enrolment code are the administrator's to add.
        device=$(cat /proc/sys/kernel/random/uuid)
        install -d -m 0755 /etc/kinline
        umask 027
        cat >/etc/kinline/app.toml <<EOF
# Kinline tablet configuration (/etc/kinline/app.toml), made at install.
# The encrypted store and its key file, in the kiosk user's state directory.
store = \"/var/lib/kinline/tablet.db\"
key_file = \"/var/lib/kinline/tablet.key\"
device = \"$device\"
# The centre server, the certificate it is trusted by (its CA), and the one-time enrolment
# code from the centre's administrator:
# server = \"https://kinline.centre.internal:8443\"
# server_ca = \"/etc/kinline/centre-ca.pem\"
# enrolment_code = \"...\"
EOF
        chgrp kinline /etc/kinline/app.toml
    fi
    if [ -d /run/systemd/system ]; then
        systemctl daemon-reload
    fi
fi
";

fn server_package(release: &Path, out: &Path, version: &str) -> Result<PathBuf> {
    let stage = stage_dir(out, "kinline-server")?;
    install(
        &release.join("kinline-server"),
        &stage.join("usr/bin/kinline-server"),
        0o755,
    )?;
    strip(&stage.join("usr/bin/kinline-server"))?;
    let linux = crate::root().join("platforms/linux");
    install(
        &linux.join("kinline-server.service"),
        &stage.join("lib/systemd/system/kinline-server.service"),
        0o644,
    )?;
    install(
        &linux.join("server.toml"),
        &stage.join("etc/kinline/server.toml"),
        0o644,
    )?;
    write(
        &stage.join("usr/share/doc/kinline-server/README"),
        &server_readme(),
        0o644,
    )?;
    let depends = shlib_depends(&stage, &["usr/bin/kinline-server"])?;
    control(
        &stage,
        "kinline-server",
        version,
        &format!("{depends}, adduser"),
        "Kinline centre server\n \
         The centre server of Kinline, supervised video calls from immigration detention:\n \
         sync with the centre's tablets, the staff API, call signalling and the caller's page.",
    )?;
    write(
        &stage.join("DEBIAN/conffiles"),
        "/etc/kinline/server.toml\n",
        0o644,
    )?;
    write(&stage.join("DEBIAN/postinst"), SERVER_POSTINST, 0o755)?;
    write(&stage.join("DEBIAN/prerm"), SERVER_PRERM, 0o755)?;
    deb(&stage, out, "kinline-server", version)
}

fn server_readme() -> String {
    "Kinline centre server\n\n\
     Configure /etc/kinline/server.toml, then: systemctl restart kinline-server\n\
     First administrator: KINLINE_STAFF_SECRET=... kinline-server --config \
     /etc/kinline/server.toml set-staff <uuid> administrator\n\
     Backup (SQLite, online): kinline-server --config /etc/kinline/server.toml backup DIR\n\
     Restore (server stopped): kinline-server --config /etc/kinline/server.toml restore DIR\n\
     PostgreSQL: pg_dump --format=custom --file=kinline.pgdump URL; pg_restore --clean \
     --if-exists --dbname=URL kinline.pgdump\n\
     Upgrades back the database up into /var/lib/kinline-server/backups before migrating \
     (PostgreSQL: with pg_dump, from postgresql-client).\n\
     Health: GET /api/health. Metrics: GET /metrics (metrics_token, or from this machine).\n"
        .to_owned()
}

fn tablet_package(release: &Path, out: &Path, version: &str) -> Result<PathBuf> {
    let stage = stage_dir(out, "kinline-tablet")?;
    let linux = crate::root().join("platforms/linux");
    install(
        &release.join("kinline-app"),
        &stage.join("usr/bin/kinline-app"),
        0o755,
    )?;
    strip(&stage.join("usr/bin/kinline-app"))?;
    install(
        &linux.join("kinline-kiosk.service"),
        &stage.join("lib/systemd/system/kinline-kiosk.service"),
        0o644,
    )?;
    install(
        &linux.join("kinline.sysusers.conf"),
        &stage.join("usr/lib/sysusers.d/kinline.conf"),
        0o644,
    )?;
    install(
        &linux.join("logind-kiosk.conf"),
        &stage.join("etc/systemd/logind.conf.d/kinline-kiosk.conf"),
        0o644,
    )?;
    let fonts = crate::root().join("assets/fonts");
    for entry in std::fs::read_dir(&fonts)? {
        let path = entry?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        // The fonts are embedded in the binary; their licences ship beside it.
        if name.ends_with(".txt") || name.starts_with("OFL") || name.starts_with("LICENSE") {
            install(
                &path,
                &stage
                    .join("usr/share/doc/kinline-tablet/fonts")
                    .join(&*name),
                0o644,
            )?;
        }
    }
    let depends = shlib_depends(&stage, &["usr/bin/kinline-app"])?;
    control(
        &stage,
        "kinline-tablet",
        version,
        &format!("{depends}, cage, espeak-ng, adduser"),
        "Kinline tablet (kiosk)\n \
         The detainee's and DCO's tablet of Kinline, supervised video calls from immigration\n \
         detention, run full screen under the cage kiosk compositor. Its fonts, languages and\n \
         the compact are in the binary.",
    )?;
    write(
        &stage.join("DEBIAN/conffiles"),
        "/etc/systemd/logind.conf.d/kinline-kiosk.conf\n",
        0o644,
    )?;
    write(&stage.join("DEBIAN/postinst"), TABLET_POSTINST, 0o755)?;
    deb(&stage, out, "kinline-tablet", version)
}

fn stage_dir(out: &Path, name: &str) -> Result<PathBuf> {
    let stage = out.join(format!("{name}.stage"));
    if stage.exists() {
        std::fs::remove_dir_all(&stage)?;
    }
    std::fs::create_dir_all(stage.join("DEBIAN"))?;
    Ok(stage)
}

fn install(from: &Path, to: &Path, mode: u32) -> Result<()> {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::copy(from, to).with_context(|| format!("cannot copy {}", from.display()))?;
    set_mode(to, mode)
}

fn write(to: &Path, text: &str, mode: u32) -> Result<()> {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(to, text)?;
    set_mode(to, mode)
}

fn set_mode(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    Ok(())
}

/// Debug information stays in the build; the package ships the code.
fn strip(binary: &Path) -> Result<()> {
    let mut c = Command::new("strip");
    c.arg("--strip-debug").arg(binary);
    crate::run(c)
}

/// The packages of the shared libraries `binaries` link, as `dpkg-shlibdeps` finds them.
fn shlib_depends(stage: &Path, binaries: &[&str]) -> Result<String> {
    // dpkg-shlibdeps reads debian/control of the directory it runs in.
    let work = stage.with_extension("shlibs");
    std::fs::create_dir_all(work.join("debian"))?;
    std::fs::write(
        work.join("debian/control"),
        "Source: kinline\n\nPackage: kinline\nArchitecture: any\n",
    )?;
    let mut c = Command::new("dpkg-shlibdeps");
    c.current_dir(&work).arg("-O").arg("--ignore-missing-info");
    for b in binaries {
        c.arg(format!("-e{}", stage.join(b).display()));
    }
    let output = c.output().context("cannot run dpkg-shlibdeps")?;
    if !output.status.success() {
        bail!(
            "dpkg-shlibdeps failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("shlibs:Depends="))
        .map(str::to_owned)
        .context("dpkg-shlibdeps named no libraries")
}

fn control(
    stage: &Path,
    name: &str,
    version: &str,
    depends: &str,
    description: &str,
) -> Result<()> {
    let size_kib = du_kib(stage)?;
    write(
        &stage.join("DEBIAN/control"),
        &format!(
            "Package: {name}\nVersion: {version}\nArchitecture: amd64\n\
             Maintainer: Kinline <kinline@localhost>\nSection: net\nPriority: optional\n\
             Installed-Size: {size_kib}\nDepends: {depends}\nDescription: {description}\n"
        ),
        0o644,
    )
}

fn du_kib(dir: &Path) -> Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        total += if meta.is_dir() {
            du_kib(&entry.path())? * 1024
        } else {
            meta.len()
        };
    }
    Ok(total.div_ceil(1024))
}

fn deb(stage: &Path, out: &Path, name: &str, version: &str) -> Result<PathBuf> {
    let path = out.join(format!("{name}_{version}_amd64.deb"));
    let mut c = Command::new("dpkg-deb");
    c.arg("--root-owner-group")
        .arg("-Zxz")
        .arg("--build")
        .arg(stage)
        .arg(&path);
    crate::run(c)?;
    Ok(path)
}
