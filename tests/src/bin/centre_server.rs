//! `centre_server`: the centre server as a process of its own, for the sync test that kills
//! it with SIGKILL mid-batch and starts it again on the same database
//! (`server_harness::ServerProcess`). It runs what `kinline-server serve` runs —
//! `Config::load` (the `KINLINE_*` environment), its log on stderr, `Server::open`,
//! `tls::serve` — and prints
//! `listening http://ADDR` once it accepts connections (`KINLINE_LISTEN=127.0.0.1:0` picks a
//! free port). It lives in this crate so that tests find it as `CARGO_BIN_EXE_centre_server`
//! and the fault run as its neighbour in the target directory, however they are built.

use kinline_server::{Config, Server, tls};
use std::io::Write;
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config::load(None, |k| std::env::var(k).ok())?;
    kinline_server::logs::init(config.log_format);
    let listener = std::net::TcpListener::bind(config.listen)?;
    let addr = listener.local_addr()?;
    let server = Arc::new(Server::open(config).await?);
    let serving = tokio::spawn(tls::serve(server, listener));
    let mut out = std::io::stdout().lock();
    writeln!(out, "listening http://{addr}")?;
    out.flush()?;
    drop(out);
    serving.await??;
    Ok(())
}
