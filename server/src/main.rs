//! `kinline-server`: runs the centre server, or a one-off administration command.
//!
//! ```text
//! kinline-server [--config FILE]                 serve (SQLite in ./kinline-data by default)
//! kinline-server [--config FILE] set-staff ID ROLE   create/update a staff account; the PIN or
//!                                                password is read from KINLINE_STAFF_SECRET
//! kinline-server dev-cert DIR                    write a development TLS certificate
//! ```

use anyhow::{Context, Result, bail};
use kinline_server::{Config, Server, tls};
use std::path::PathBuf;
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut config_file = None;
    if let Some(i) = args.iter().position(|a| a == "--config") {
        let file = args.get(i + 1).context("--config needs a file")?.clone();
        config_file = Some(PathBuf::from(file));
        args.drain(i..=i + 1);
    }
    let config = Config::load(config_file.as_deref(), |k| std::env::var(k).ok())?;
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
        Some(other) => bail!("unknown command '{other}' (serve | set-staff | dev-cert)"),
    }
}

async fn serve(config: Config) -> Result<()> {
    let listen = config.listen;
    let https = config.tls.is_some();
    let server = Arc::new(Server::open(config).await?);
    let listener = std::net::TcpListener::bind(listen)
        .with_context(|| format!("cannot listen on {listen}"))?;
    tracing::info!(%listen, https, "kinline-server listening");
    if !https {
        tracing::warn!("no TLS certificate configured: plain HTTP, for development only");
    }
    tokio::select! {
        r = tls::serve(server, listener) => r?,
        _ = tokio::signal::ctrl_c() => tracing::info!("shutting down"),
    }
    Ok(())
}
