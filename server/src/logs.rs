//! The server's log: stderr (stdout carries only what a command prints for people or
//! scripts), as text or, for journald and log collectors, one JSON object a line
//! (`log_format = "json"` or `KINLINE_LOG_FORMAT=json`). `RUST_LOG` filters it (default
//! `info`). Its fields are ids, counts and outcomes: never a name, a PIN or a key.

use crate::config::LogFormat;

/// Installs the process's log writer in `format`.
pub fn init(format: LogFormat) {
    let filter =
        tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    let logs = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter);
    match format {
        LogFormat::Text => logs
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init(),
        LogFormat::Json => logs.json().with_ansi(false).init(),
    }
}
