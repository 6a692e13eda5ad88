//! Serving: plain HTTP for tests on loopback, HTTPS with rustls for everything else, and the
//! development certificate `cargo xtask demo` uses.

use crate::api;
use crate::error::ServerError;
use crate::service::Server;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Writes a self-signed development certificate for `localhost` and `127.0.0.1` into `dir`
/// (unless one is there), returning the certificate and key paths. Never for production.
pub fn dev_certificate(dir: &Path) -> Result<(PathBuf, PathBuf), ServerError> {
    let cert_path = dir.join("dev-cert.pem");
    let key_path = dir.join("dev-key.pem");
    if cert_path.exists() && key_path.exists() {
        return Ok((cert_path, key_path));
    }
    crate::files::private_dir(dir)?;
    let certified =
        rcgen::generate_simple_self_signed(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .map_err(|e| ServerError::Io(std::io::Error::other(e.to_string())))?;
    std::fs::write(&cert_path, certified.cert.pem())?;
    // The private key is private (0600); a half-made pair from before is made again.
    let _ = std::fs::remove_file(&key_path);
    crate::files::create_private(&key_path, certified.key_pair.serialize_pem().as_bytes())?;
    Ok((cert_path, key_path))
}

/// Serves the API on an already bound listener, over HTTPS when the config has a
/// certificate, until the future is dropped or the listener fails.
pub async fn serve(
    server: Arc<Server>,
    listener: std::net::TcpListener,
) -> Result<(), ServerError> {
    let tls = server.config.tls.clone();
    let app = api::router(server);
    listener.set_nonblocking(true)?;
    match tls {
        Some(tls) => {
            // ring is the one crypto provider of the workspace; ignore "already installed".
            let _ = rustls::crypto::ring::default_provider().install_default();
            let config =
                axum_server::tls_rustls::RustlsConfig::from_pem_file(&tls.cert, &tls.key).await?;
            // TCP_NODELAY: an answer goes out at once, not held back by Nagle's algorithm
            // until the tablet acknowledges the previous segment (a delayed acknowledgement
            // can hold it for 40 ms).
            let acceptor = axum_server::tls_rustls::RustlsAcceptor::new(config)
                .acceptor(axum_server::accept::NoDelayAcceptor::new());
            axum_server::from_tcp(listener)
                .acceptor(acceptor)
                .serve(app.into_make_service_with_connect_info::<std::net::SocketAddr>())
                .await?;
        }
        None => {
            use axum::serve::ListenerExt;
            let listener = tokio::net::TcpListener::from_std(listener)?.tap_io(|tcp| {
                if let Err(e) = tcp.set_nodelay(true) {
                    tracing::debug!(error = %e, "TCP_NODELAY not set on a connection");
                }
            });
            axum::serve(
                listener,
                app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .await?;
        }
    }
    Ok(())
}
