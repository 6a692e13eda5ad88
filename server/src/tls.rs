//! Serving: plain HTTP for tests on loopback, HTTPS with rustls for everything else, and the
//! development certificate `cargo xtask demo` uses.

use crate::error::ServerError;
use crate::http;
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
    let app = http::router(server);
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
            let acceptor = HandshakeLimit::new(
                axum_server::tls_rustls::RustlsAcceptor::new(config)
                    .handshake_timeout(patience)
                    .acceptor(nodelay),
                MAX_HANDSHAKES,
                patience,
            );
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

/// The most TLS handshakes the server works on at once. A flood of new connections (2,000
/// sign-ins at once, each its own handshake) would otherwise put every handshake on the
/// runtime's few workers together, and a request on an open connection (a health check, a
/// tablet's sync) would wait its turn behind all of them. Past this many, a connection whose
/// first bytes have arrived waits for a turn without using a worker; a connection that sends
/// nothing takes no turn (its wait, like every handshake, ends at the header timeout).
pub const MAX_HANDSHAKES: usize = 64;

/// An acceptor that lets at most `permits` connections into `inner` (the TLS handshake) at
/// once, each once its first bytes have arrived; one that waits longer than `patience` for
/// them and its turn is closed.
#[derive(Clone)]
pub struct HandshakeLimit<A> {
    inner: A,
    permits: Arc<tokio::sync::Semaphore>,
    patience: std::time::Duration,
}

impl<A> HandshakeLimit<A> {
    /// At most `permits` connections in `inner` at once, each waiting at most `patience`.
    pub fn new(inner: A, permits: usize, patience: std::time::Duration) -> Self {
        Self {
            inner,
            permits: Arc::new(tokio::sync::Semaphore::new(permits)),
            patience,
        }
    }
}

impl<A, S> axum_server::accept::Accept<tokio::net::TcpStream, S> for HandshakeLimit<A>
where
    A: axum_server::accept::Accept<tokio::net::TcpStream, S> + Clone + Send + Sync + 'static,
    A::Future: Send + 'static,
    S: Send + 'static,
{
    type Stream = A::Stream;
    type Service = A::Service;
    type Future = std::pin::Pin<
        Box<dyn std::future::Future<Output = std::io::Result<(A::Stream, A::Service)>> + Send>,
    >;

    fn accept(&self, stream: tokio::net::TcpStream, service: S) -> Self::Future {
        let (inner, permits, patience) = (self.inner.clone(), self.permits.clone(), self.patience);
        Box::pin(async move {
            let turn = async {
                stream.readable().await?;
                permits.acquire_owned().await.map_err(std::io::Error::other)
            };
            let permit = tokio::time::timeout(patience, turn).await.map_err(|_| {
                std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "no TLS handshake begun within the header timeout",
                )
            })??;
            let accepted = inner.accept(stream, service).await;
            drop(permit);
            accepted
        })
    }
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

#[cfg(test)]
mod tests {
    use super::HandshakeLimit;
    use axum_server::accept::Accept;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::net::TcpStream;
    use tokio::sync::Notify;

    /// An inner acceptor that counts the connections inside it and holds each until released.
    #[derive(Clone)]
    struct Held {
        inside: Arc<AtomicUsize>,
        most: Arc<AtomicUsize>,
        release: Arc<Notify>,
    }

    impl Accept<TcpStream, ()> for Held {
        type Stream = TcpStream;
        type Service = ();
        type Future = std::pin::Pin<
            Box<dyn std::future::Future<Output = std::io::Result<(TcpStream, ())>> + Send>,
        >;

        fn accept(&self, stream: TcpStream, (): ()) -> Self::Future {
            let held = self.clone();
            Box::pin(async move {
                let now = held.inside.fetch_add(1, Ordering::SeqCst) + 1;
                held.most.fetch_max(now, Ordering::SeqCst);
                held.release.notified().await;
                held.inside.fetch_sub(1, Ordering::SeqCst);
                Ok((stream, ()))
            })
        }
    }

    /// A loopback connection, seen from the server; `speak` sends its first byte.
    fn connection(speak: bool) -> (TcpStream, std::net::TcpStream) {
        use std::io::Write;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let mut client = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (server, _) = listener.accept().unwrap();
        if speak {
            client.write_all(&[0x16]).unwrap();
        }
        server.set_nonblocking(true).unwrap();
        (TcpStream::from_std(server).unwrap(), client)
    }

    /// Three connections that spoke and one silent one against two turns: two are inside at
    /// once, the third gets its turn when one leaves, and the silent one never takes a turn;
    /// alone, it is closed at the patience.
    #[tokio::test]
    async fn at_most_the_limit_are_in_a_handshake_and_a_silent_connection_takes_no_turn() {
        let held = Held {
            inside: Arc::default(),
            most: Arc::default(),
            release: Arc::new(Notify::new()),
        };
        let limit = HandshakeLimit::new(held.clone(), 2, std::time::Duration::from_secs(600));
        let mut clients = Vec::new();
        let (server, client) = connection(false);
        clients.push(client);
        let silent = tokio::spawn(limit.accept(server, ()));
        let mut speaking = Vec::new();
        for _ in 0..3 {
            let (server, client) = connection(true);
            clients.push(client);
            speaking.push(tokio::spawn(limit.accept(server, ())));
        }
        while held.inside.load(Ordering::SeqCst) < 2 {
            tokio::task::yield_now().await;
        }
        for s in speaking {
            while !s.is_finished() {
                held.release.notify_one();
                tokio::task::yield_now().await;
            }
            assert!(s.await.unwrap().is_ok());
        }
        assert_eq!(
            held.most.load(Ordering::SeqCst),
            2,
            "never more than two inside"
        );
        assert_eq!(
            held.inside.load(Ordering::SeqCst),
            0,
            "the silent one is not inside"
        );
        assert!(!silent.is_finished());
        silent.abort();

        let alone = HandshakeLimit::new(held.clone(), 1, std::time::Duration::from_millis(100));
        let (server, _client) = connection(false);
        let refused = alone.accept(server, ()).await;
        assert_eq!(
            refused.err().map(|e| e.kind()),
            Some(std::io::ErrorKind::TimedOut),
            "a silent connection is closed at the patience"
        );
        assert_eq!(held.most.load(Ordering::SeqCst), 2);
    }
}
