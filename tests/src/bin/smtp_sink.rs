//! `smtp_sink [PORT] [DIR]`: the loopback SMTP sink (`kinline_tests::smtp_sink`) as a process,
//! for `cargo xtask demo`: the centre server's emails go to 127.0.0.1:PORT (default 2525) and
//! each is written to DIR as `NNNN.eml`; one line per message says where it is.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().map_or(Ok(2525), |p| p.parse())?;
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "mail".into()));
    let sink = kinline_tests::smtp_sink::SmtpSink::start(port, Some(dir.clone()))?;
    println!(
        "smtp sink: listening on {}, writing to {}",
        sink.addr,
        dir.display()
    );
    let mut seen = 0;
    loop {
        let mails = sink
            .wait_for(std::time::Duration::from_secs(3600), |m| m.len() > seen)
            .unwrap_or_default();
        for m in mails.iter().skip(seen) {
            if let Some(f) = &m.file {
                println!("smtp sink: a message arrived: {}", f.display());
            }
        }
        seen = seen.max(mails.len());
    }
}
