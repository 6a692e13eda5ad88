//! A small SMTP receiver on loopback for the demo and the tests: real SMTP over TCP (greeting,
//! EHLO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT), no TLS, no relaying. Each
//! message is kept in memory and, when a directory is given, written there as `NNNN.eml`.
//! The caller's messages go to it exactly as to the centre's real mail server.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// One message as received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    /// The envelope's recipients (`RCPT TO`).
    pub to: Vec<String>,
    /// The message as sent (headers and body, CRLF line ends, dots unstuffed).
    pub raw: String,
    /// Where it was written, if the sink has a directory.
    pub file: Option<PathBuf>,
}

impl Mail {
    /// A header's value (the first of that name, unfolded), as sent.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.raw.split("\r\n\r\n").next()?;
        let mut value: Option<String> = None;
        for line in head.split("\r\n") {
            if let Some(v) = &mut value {
                if line.starts_with([' ', '\t']) {
                    v.push_str(line.trim_start());
                    continue;
                }
                break;
            }
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case(name)
            {
                value = Some(v.trim().to_owned());
            }
        }
        value
    }

    /// The body decoded from its transfer encoding (base64, quoted-printable, 7bit or 8bit).
    pub fn body(&self) -> String {
        let body = self.raw.split_once("\r\n\r\n").map_or("", |(_, b)| b);
        let encoding = self
            .header("Content-Transfer-Encoding")
            .unwrap_or_default()
            .to_ascii_lowercase();
        match encoding.as_str() {
            "base64" => {
                use base64::Engine;
                let clean: String = body.chars().filter(|c| !c.is_whitespace()).collect();
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(clean)
                    .unwrap_or_default();
                String::from_utf8_lossy(&bytes).into_owned()
            }
            "quoted-printable" => quoted_printable(body),
            _ => body.to_owned(),
        }
    }

    /// Every `http://` or `https://` link in the body.
    pub fn links(&self) -> Vec<String> {
        self.body()
            .split_whitespace()
            .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
            .map(str::to_owned)
            .collect()
    }
}

fn quoted_printable(s: &str) -> String {
    let mut out = Vec::new();
    let bytes = s.replace("=\r\n", "").into_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len() + 1
            && let Some(hex) = bytes.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(&String::from_utf8_lossy(hex), 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[derive(Default)]
struct Inbox {
    mails: Mutex<Vec<Mail>>,
    arrived: Condvar,
}

/// The running sink: it accepts connections on its own threads until the process ends.
#[derive(Clone)]
pub struct SmtpSink {
    /// Where it listens (127.0.0.1).
    pub addr: SocketAddr,
    inbox: Arc<Inbox>,
    dir: Option<PathBuf>,
}

impl std::fmt::Debug for SmtpSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSink")
            .field("addr", &self.addr)
            .finish()
    }
}

impl SmtpSink {
    /// Starts on `127.0.0.1:port` (0: a free port), keeping messages in memory and, with
    /// `dir`, as files there.
    pub fn start(port: u16, dir: Option<PathBuf>) -> std::io::Result<Self> {
        if let Some(d) = &dir {
            std::fs::create_dir_all(d)?;
        }
        let listener = TcpListener::bind(("127.0.0.1", port))?;
        let sink = Self {
            addr: listener.local_addr()?,
            inbox: Arc::default(),
            dir,
        };
        let accepting = sink.clone();
        std::thread::Builder::new()
            .name("smtp-sink".into())
            .spawn(move || {
                for stream in listener.incoming().flatten() {
                    let s = accepting.clone();
                    std::thread::spawn(move || {
                        if let Err(e) = s.session(stream) {
                            eprintln!("smtp sink: a session ended: {e}");
                        }
                    });
                }
            })?;
        Ok(sink)
    }

    /// Every message received so far.
    pub fn mails(&self) -> Vec<Mail> {
        self.inbox
            .mails
            .lock()
            .map(|m| m.clone())
            .unwrap_or_default()
    }

    /// Waits until `pred` holds for the messages received, at most `limit`; the messages.
    pub fn wait_for(&self, limit: Duration, pred: impl Fn(&[Mail]) -> bool) -> Option<Vec<Mail>> {
        let deadline = Instant::now() + limit;
        let mut mails = self.inbox.mails.lock().ok()?;
        loop {
            if pred(&mails) {
                return Some(mails.clone());
            }
            let left = deadline.checked_duration_since(Instant::now())?;
            mails = self.inbox.arrived.wait_timeout(mails, left).ok()?.0;
        }
    }

    fn session(&self, stream: TcpStream) -> std::io::Result<()> {
        stream.set_read_timeout(Some(Duration::from_secs(60)))?;
        let mut out = stream.try_clone()?;
        let mut lines = BufReader::new(stream);
        let mut reply = |s: &str| -> std::io::Result<()> {
            out.write_all(s.as_bytes())?;
            out.write_all(b"\r\n")?;
            out.flush()
        };
        reply("220 127.0.0.1 Kinline SMTP sink")?;
        let mut to: Vec<String> = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line)? == 0 {
                return Ok(());
            }
            let command = line.trim_end().to_owned();
            let verb = command
                .split([' ', ':'])
                .next()
                .unwrap_or("")
                .to_ascii_uppercase();
            match verb.as_str() {
                "EHLO" => {
                    reply("250-127.0.0.1\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760")?
                }
                "HELO" => reply("250 127.0.0.1")?,
                "MAIL" => {
                    to.clear();
                    reply("250 OK")?;
                }
                "RCPT" => {
                    let addr = command
                        .split_once('<')
                        .and_then(|(_, r)| r.split_once('>'))
                        .map_or("", |(a, _)| a);
                    to.push(addr.to_owned());
                    reply("250 OK")?;
                }
                "DATA" => {
                    reply("354 End data with <CR><LF>.<CR><LF>")?;
                    let mut raw = String::new();
                    loop {
                        line.clear();
                        if lines.read_line(&mut line)? == 0 {
                            return Ok(());
                        }
                        let l = line.trim_end_matches(['\r', '\n']);
                        if l == "." {
                            break;
                        }
                        raw.push_str(
                            l.strip_prefix('.')
                                .filter(|_| l.starts_with(".."))
                                .unwrap_or(l),
                        );
                        raw.push_str("\r\n");
                    }
                    self.keep(std::mem::take(&mut to), raw)?;
                    reply("250 OK: queued")?;
                }
                "RSET" => {
                    to.clear();
                    reply("250 OK")?;
                }
                "NOOP" => reply("250 OK")?,
                "QUIT" => {
                    reply("221 Bye")?;
                    return Ok(());
                }
                _ => reply("502 Command not implemented")?,
            }
        }
    }

    fn keep(&self, to: Vec<String>, raw: String) -> std::io::Result<()> {
        let mut mails = self
            .inbox
            .mails
            .lock()
            .map_err(|_| std::io::Error::other("the sink's inbox lock is poisoned"))?;
        let file = match &self.dir {
            Some(d) => {
                let f = d.join(format!("{:04}.eml", mails.len() + 1));
                std::fs::write(&f, &raw)?;
                Some(f)
            }
            None => None,
        };
        mails.push(Mail { to, raw, file });
        self.inbox.arrived.notify_all();
        Ok(())
    }
}
