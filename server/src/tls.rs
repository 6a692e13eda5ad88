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
    let patience = std::time::Duration::from_secs(server.config.header_timeout_secs.max(1));
    let app = api::router(server);
    listener.set_nonblocking(true)?;
    let service = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    // TCP_NODELAY: an answer goes out at once, not held back by Nagle's algorithm until the
    // tablet acknowledges the previous segment (a delayed acknowledgement can hold it 40 ms).
    let nodelay = axum_server::accept::NoDelayAcceptor::new();
    match tls {
        Some(tls) => {
            // ring is the one crypto provider of the workspace; ignore "already installed".
            let _ = rustls::crypto::ring::default_provider().install_default();
            let config =
                axum_server::tls_rustls::RustlsConfig::from_pem_file(&tls.cert, &tls.key).await?;
            let acceptor = axum_server::tls_rustls::RustlsAcceptor::new(config)
                .handshake_timeout(patience)
                .acceptor(nodelay);
            let mut server = axum_server::from_tcp(listener).acceptor(acceptor);
            limit_slow_headers(server.http_builder(), patience);
            server.serve(service).await?;
        }
        None => {
            let mut server = axum_server::from_tcp(listener).acceptor(nodelay);
            limit_slow_headers(server.http_builder(), patience);
            server.serve(service).await?;
        }
    }
    Ok(())
}

/// A request's headers must arrive within `patience` (a slow client cannot hold a connection
/// open by trickling them), and an idle HTTP/2 connection is pinged and closed if silent.
fn limit_slow_headers(
    builder: &mut hyper_util::server::conn::auto::Builder<hyper_util::rt::TokioExecutor>,
    patience: std::time::Duration,
) {
    builder
        .http1()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(patience);
    builder
        .http2()
        .timer(hyper_util::rt::TokioTimer::new())
        .keep_alive_interval(patience)
        .keep_alive_timeout(patience);
}
