//! `kinline-server`: runs the centre server, or a one-off administration command.
//!
//! ```text
//! kinline-server [--config FILE]                 serve (SQLite in ./kinline-data by default)
//! kinline-server [--config FILE] set-staff ID ROLE   create/update a staff account; the PIN or
//!                                                password is read from KINLINE_STAFF_SECRET
//! kinline-server dev-cert DIR                    write a development TLS certificate
//! kinline-server [--config FILE] backup DIR      copy the SQLite database (online, encrypted
//!                                                with its key, which is not copied) and the
//!                                                signing key into the new directory DIR
//! kinline-server [--config FILE] restore DIR     the server stopped: check the backup in DIR,
//!                                                set the current database aside, restore it
//! kinline-server [--config FILE] demo LOCALES    seed the demo centre (once), make a tablet
//!                                                enrolment code, print a JSON summary line
//!                                                (`kinline-demo: {...}`), then serve
//! ```

use anyhow::{Context, Result, bail};
use kinline_server::{Config, Server, tls};
use std::path::PathBuf;
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut config_file = None;
    if let Some(i) = args.iter().position(|a| a == "--config") {
        let file = args.get(i + 1).context("--config needs a file")?.clone();
        config_file = Some(PathBuf::from(file));
        args.drain(i..=i + 1);
    }
    let config = Config::load(config_file.as_deref(), |k| std::env::var(k).ok())?;
    kinline_server::logs::init(config.log_format);
    match args.first().map(String::as_str) {
        None | Some("serve") => serve(config).await,
        Some("set-staff") => {
            let (Some(id), Some(role)) = (args.get(1), args.get(2)) else {
                bail!(
                    "usage: kinline-server set-staff STAFF_ID ROLE (secret in KINLINE_STAFF_SECRET)"
                );
            };
            let id = id.parse().context("STAFF_ID must be a UUID")?;
            let role = serde_json::from_value(serde_json::Value::String(role.clone()))
                .context("ROLE is one of dco, centre_manager, deputy_centre_manager, compliance_manager, security, administrator")?;
            let secret = std::env::var("KINLINE_STAFF_SECRET")
                .context("set KINLINE_STAFF_SECRET to the PIN or password")?;
            let server = Server::open(config).await?;
            server
                .set_staff(id, role, &secret, true)
                .await
                .map_err(|e| anyhow::anyhow!(e.message))?;
            println!("staff account {id} set");
            Ok(())
        }
        Some("dev-cert") => {
            let dir = args
                .get(1)
                .map_or_else(|| PathBuf::from("kinline-data"), PathBuf::from);
            let (cert, key) = tls::dev_certificate(&dir)?;
            println!("{}\n{}", cert.display(), key.display());
            Ok(())
        }
        Some(command @ ("backup" | "restore")) => {
            let dir = args
                .get(1)
                .map(PathBuf::from)
                .with_context(|| format!("usage: kinline-server {command} DIR"))?;
            let manifest = if command == "backup" {
                kinline_server::backup::backup(&config, &dir)?
            } else {
                kinline_server::backup::restore(&config, &dir)?
            };
            println!(
                "{command}: {} (schema {}, {} devices, {} log positions, every chain verified)",
                dir.display(),
                manifest.schema,
                manifest.chains.devices,
                manifest.chains.positions
            );
            Ok(())
        }
        Some("demo") => {
            let locales = args
                .get(1)
                .map(PathBuf::from)
                .context("usage: kinline-server demo LOCALES_DIR (the repository's locales/)")?;
            demo(config, &locales).await
        }
        Some(other) => bail!(
            "unknown command '{other}' (serve | set-staff | dev-cert | backup | restore | demo)"
        ),
    }
}

async fn serve(config: Config) -> Result<()> {
    let server = Arc::new(Server::open(config.clone()).await?);
    let listener = bind(&config)?;
    run(server, listener).await
}

/// Seeds the demo centre, makes an enrolment code for the demo tablet, prints the summary the
/// `cargo xtask demo` driver reads (one line: `kinline-demo: ` and JSON), then serves.
async fn demo(config: Config, locales: &std::path::Path) -> Result<()> {
    let (version, languages) = shipped_compact(locales)?;
    let server = Arc::new(Server::open(config.clone()).await?);
    let summary = kinline_server::demo::seed(&server, &version, languages)
        .await
        .map_err(|e| anyhow::anyhow!(e.message))?;
    let (code, expires) = server
        .create_enrolment_code()
        .await
        .map_err(|e| anyhow::anyhow!(e.message))?;
    let line = serde_json::json!({
        "summary": summary,
        "enrolment_code": code,
        "enrolment_expires": expires,
    });
    let listener = bind(&config)?;
    println!("kinline-demo: {line}");
    run(server, listener).await
}

/// The shipped compact's version (from `en-GB/compact.ftl`) and the languages whose
/// `compact.ftl` is of that version.
fn shipped_compact(
    locales: &std::path::Path,
) -> Result<(String, Vec<kinline_shared::model::LanguageTag>)> {
    let version_of = |tag: &str| -> Option<String> {
        let text = std::fs::read_to_string(locales.join(tag).join("compact.ftl")).ok()?;
        text.lines()
            .find_map(|l| l.strip_prefix("### version:"))
            .map(|v| v.trim().to_owned())
    };
    let version = version_of("en-GB").with_context(|| {
        format!(
            "no compact version in {}/en-GB/compact.ftl: give the repository's locales/ directory",
            locales.display()
        )
    })?;
    let languages = kinline_shared::languages::LANGUAGES
        .iter()
        .filter(|l| version_of(l.tag).as_deref() == Some(version.as_str()))
        .map(|l| kinline_shared::model::LanguageTag::new(l.tag))
        .collect();
    Ok((version, languages))
}

/// Binds the configured address (before anything says the server is up).
fn bind(config: &Config) -> Result<std::net::TcpListener> {
    let listen = config.listen;
    let listener = std::net::TcpListener::bind(listen)
        .with_context(|| format!("cannot listen on {listen}: is another server running?"))?;
    tracing::info!(%listen, https = config.tls.is_some(), "kinline-server listening");
    if config.tls.is_none() {
        tracing::warn!("no TLS certificate configured: plain HTTP, for development only");
    }
    Ok(listener)
}

/// Serves until Ctrl-C (SIGINT) or SIGTERM.
async fn run(server: Arc<Server>, listener: std::net::TcpListener) -> Result<()> {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    // The invitation outbox and the erasure of callers' contacts run beside the routes.
    let contacts = Arc::new(kinline_server::service::contacts::HeldContacts(Arc::clone(
        &server,
    )));
    let dispatcher = kinline_server::dispatch::Dispatcher::new(Arc::clone(&server), contacts)?;
    let sending = tokio::spawn(dispatcher.run());
    tokio::select! {
        r = tls::serve(server, listener) => r?,
        _ = tokio::signal::ctrl_c() => tracing::info!("shutting down (interrupt)"),
        _ = term.recv() => tracing::info!("shutting down (terminate)"),
    }
    sending.abort();
    Ok(())
}
