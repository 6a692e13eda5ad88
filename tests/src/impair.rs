//! A bad network on loopback: a userspace UDP relay put in front of coturn (the peers' TURN
//! URL points at it, relay-only), which loses, delays, jitters, reorders and rate-limits the
//! packets passing through — settings changeable mid-call. The kernel here has no `netem`.
//!
//! Each client (the tablet, the browser) gets its own upstream socket, so each has its own
//! access link. A media packet crosses the relay twice, once up (sender → coturn) and once down
//! (coturn → receiver), so loss and the bandwidth cap are applied on the way down only (each
//! packet meets them once, and the cap is the receiver's downlink), and delay on both ways
//! (half the round trip each way is a quarter per crossing).

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::UdpSocket;
use tokio::task::JoinHandle;
use tokio::time::Instant;

/// How the relay treats packets; [`Impairment::default`] passes them untouched.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Impairment {
    /// Probability (0–1) that a packet on its way down is lost, independently.
    pub loss: f64,
    /// Bursty loss (Gilbert–Elliott): the chance per packet of entering a burst, and of
    /// leaving it; inside a burst every packet is lost. `None` for no bursts.
    pub burst: Option<(f64, f64)>,
    /// The round trip time added (a quarter on each crossing).
    pub rtt: Duration,
    /// Each crossing's delay varies by up to this much either way.
    pub jitter: Duration,
    /// Probability (0–1) that a packet is held back 20 ms (overtaken by the next ones).
    pub reorder: f64,
    /// Each client's downlink in bit/s (`None`: unlimited); a queue over 300 ms is dropped.
    pub cap_bps: Option<u64>,
    /// Every packet is lost both ways (a blackout).
    pub blackout: bool,
}

impl Impairment {
    /// Random loss of `fraction` of the packets.
    pub fn lossy(fraction: f64) -> Self {
        Self {
            loss: fraction,
            ..Self::default()
        }
    }
}

/// Counts of what the relay did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RelayCounts {
    /// Packets forwarded.
    pub forwarded: u64,
    /// Packets dropped (loss, blackout, a full queue).
    pub dropped: u64,
}

struct State {
    impairment: Impairment,
    rng: u64,
    in_burst: bool,
    counts: RelayCounts,
    /// When each client's downlink is free again (the bandwidth cap's queue).
    link_free: HashMap<SocketAddr, Instant>,
}

impl State {
    fn random(&mut self) -> f64 {
        // xorshift64*: plenty for loss patterns, and reproducible from the seed.
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        (self.rng.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    }

    /// When a packet of `size` bytes crossing now should leave, or `None` to drop it.
    fn plan(&mut self, size: usize, down: bool, client: SocketAddr) -> Option<Instant> {
        let imp = self.impairment;
        let now = Instant::now();
        let lost = imp.blackout
            || (down && {
                let burst = match imp.burst {
                    Some((enter, leave)) => {
                        let r = self.random();
                        self.in_burst = if self.in_burst { r >= leave } else { r < enter };
                        self.in_burst
                    }
                    None => false,
                };
                burst || self.random() < imp.loss
            });
        if lost {
            self.counts.dropped += 1;
            return None;
        }
        let mut at = now + imp.rtt / 4;
        if !imp.jitter.is_zero() {
            let j = imp.jitter.as_secs_f64() * (2.0 * self.random() - 1.0);
            at = if j >= 0.0 {
                at + Duration::from_secs_f64(j)
            } else {
                at.checked_sub(Duration::from_secs_f64(-j))
                    .unwrap_or(now)
                    .max(now)
            };
        }
        if imp.reorder > 0.0 && self.random() < imp.reorder {
            at += Duration::from_millis(20);
        }
        if down && let Some(cap) = imp.cap_bps.filter(|c| *c > 0) {
            let free = self.link_free.entry(client).or_insert(now);
            let start = (*free).max(now);
            if start.duration_since(now) > Duration::from_millis(300) {
                self.counts.dropped += 1;
                return None;
            }
            let on_wire = Duration::from_secs_f64(size as f64 * 8.0 / cap as f64);
            *free = start + on_wire;
            at = at.max(start + on_wire);
        }
        self.counts.forwarded += 1;
        Some(at)
    }
}

/// The relay: listens on 127.0.0.1, forwards to `upstream` (coturn).
pub struct ImpairedRelay {
    /// Where clients send (the TURN URL's address).
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
    task: JoinHandle<()>,
}

impl std::fmt::Debug for ImpairedRelay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImpairedRelay")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

async fn send_at(socket: Arc<UdpSocket>, data: Vec<u8>, to: Option<SocketAddr>, at: Instant) {
    if at > Instant::now() {
        tokio::time::sleep_until(at).await;
    }
    let _ = match to {
        Some(to) => socket.send_to(&data, to).await,
        None => socket.send(&data).await,
    };
}

impl ImpairedRelay {
    /// Starts a relay in front of `upstream`, passing packets untouched until [`Self::set`].
    pub async fn start(upstream: SocketAddr) -> Self {
        let listener = Arc::new(
            UdpSocket::bind((Ipv4Addr::LOCALHOST, 0))
                .await
                .expect("the relay binds on loopback"),
        );
        let addr = listener.local_addr().expect("bound");
        let state = Arc::new(Mutex::new(State {
            impairment: Impairment::default(),
            rng: 0x9e37_79b9_7f4a_7c15,
            in_burst: false,
            counts: RelayCounts::default(),
            link_free: HashMap::new(),
        }));
        let shared = Arc::clone(&state);
        let task = tokio::spawn(async move {
            let mut clients: HashMap<SocketAddr, (Arc<UdpSocket>, JoinHandle<()>)> = HashMap::new();
            let mut buf = vec![0u8; 65_536];
            while let Ok((n, from)) = listener.recv_from(&mut buf).await {
                let up = match clients.get(&from) {
                    Some((up, _)) => Arc::clone(up),
                    None => {
                        let Ok(up) = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await else {
                            continue;
                        };
                        if up.connect(upstream).await.is_err() {
                            continue;
                        }
                        let up = Arc::new(up);
                        let down = tokio::spawn(Self::downstream(
                            Arc::clone(&up),
                            Arc::clone(&listener),
                            from,
                            Arc::clone(&shared),
                        ));
                        clients.insert(from, (Arc::clone(&up), down));
                        up
                    }
                };
                let at = shared.lock().expect("relay lock").plan(n, false, from);
                if let Some(at) = at {
                    tokio::spawn(send_at(up, buf[..n].to_vec(), None, at));
                }
            }
            for (_, (_, down)) in clients {
                down.abort();
            }
        });
        Self { addr, state, task }
    }

    async fn downstream(
        up: Arc<UdpSocket>,
        listener: Arc<UdpSocket>,
        client: SocketAddr,
        state: Arc<Mutex<State>>,
    ) {
        let mut buf = vec![0u8; 65_536];
        while let Ok(n) = up.recv(&mut buf).await {
            let at = state.lock().expect("relay lock").plan(n, true, client);
            if let Some(at) = at {
                tokio::spawn(send_at(
                    Arc::clone(&listener),
                    buf[..n].to_vec(),
                    Some(client),
                    at,
                ));
            }
        }
    }

    /// From now on, treat packets this way.
    pub fn set(&self, impairment: Impairment) {
        let mut state = self.state.lock().expect("relay lock");
        state.impairment = impairment;
        state.in_burst = false;
    }

    /// What the relay did so far.
    pub fn counts(&self) -> RelayCounts {
        self.state.lock().expect("relay lock").counts
    }

    /// The TURN URL that goes through this relay.
    pub fn turn_url(&self) -> String {
        format!("turn:{}?transport=udp", self.addr)
    }
}

impl Drop for ImpairedRelay {
    fn drop(&mut self) {
        self.task.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn echo() -> (SocketAddr, JoinHandle<()>) {
        let socket = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
        let addr = socket.local_addr().unwrap();
        let task = tokio::spawn(async move {
            let mut buf = [0u8; 2048];
            while let Ok((n, from)) = socket.recv_from(&mut buf).await {
                let _ = socket.send_to(&buf[..n], from).await;
            }
        });
        (addr, task)
    }

    /// Sends `n` numbered packets through the relay to an echo server; the numbers that
    /// came back, in arrival order (read as they come, so the socket's buffer never fills).
    async fn round_trip(relay: &ImpairedRelay, n: u16) -> Vec<u16> {
        let client = Arc::new(UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap());
        client.connect(relay.addr).await.unwrap();
        let sender = {
            let client = Arc::clone(&client);
            tokio::spawn(async move {
                for i in 0..n {
                    client.send(&i.to_be_bytes()).await.unwrap();
                    tokio::time::sleep(Duration::from_millis(1)).await;
                }
            })
        };
        let mut back = Vec::new();
        let mut buf = [0u8; 16];
        while let Ok(Ok(len)) =
            tokio::time::timeout(Duration::from_millis(500), client.recv(&mut buf)).await
        {
            assert_eq!(len, 2);
            back.push(u16::from_be_bytes([buf[0], buf[1]]));
        }
        sender.await.unwrap();
        back
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_clean_relay_passes_everything_in_order() {
        let (upstream, _echo) = echo().await;
        let relay = ImpairedRelay::start(upstream).await;
        let back = round_trip(&relay, 200).await;
        assert_eq!(back, (0..200).collect::<Vec<_>>());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn loss_reordering_and_a_blackout_are_applied_and_changeable_mid_stream() {
        let (upstream, _echo) = echo().await;
        let relay = ImpairedRelay::start(upstream).await;
        relay.set(Impairment {
            loss: 0.3,
            reorder: 0.2,
            ..Impairment::default()
        });
        let back = round_trip(&relay, 500).await;
        // About 30 % lost on the way down (binomial: 350 ± 3σ ≈ 31).
        assert!((300..400).contains(&back.len()), "{}", back.len());
        assert!(back.windows(2).any(|w| w[0] > w[1]), "some overtaken");
        relay.set(Impairment {
            blackout: true,
            ..Impairment::default()
        });
        assert!(round_trip(&relay, 50).await.is_empty());
        relay.set(Impairment::default());
        assert_eq!(round_trip(&relay, 50).await.len(), 50);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_bandwidth_cap_spaces_packets_out_and_drops_what_queues_too_long() {
        let (upstream, _echo) = echo().await;
        let relay = ImpairedRelay::start(upstream).await;
        // 2-byte payloads at 16 kbit/s: 1 ms each on the wire, as fast as they are sent.
        relay.set(Impairment {
            cap_bps: Some(16_000),
            ..Impairment::default()
        });
        let back = round_trip(&relay, 500).await;
        assert!(back.len() > 100);
        // 800 bit/s would be 20 ms a packet: a 300 ms queue lets few through a burst.
        relay.set(Impairment {
            cap_bps: Some(800),
            ..Impairment::default()
        });
        let few = round_trip(&relay, 200).await;
        assert!(few.len() < 100, "{}", few.len());
        assert!(relay.counts().dropped > 0);
    }
}
