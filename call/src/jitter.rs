//! The caller's video on its way in, as pure state machines (time comes in as an argument):
//! [`JitterBuffer`] puts packets back in sequence order, waits a little for a missing one (NACK
//! brings it back), hands out whole frames and says when packets were lost; [`KeyframeGate`]
//! keeps the decoder from ever decoding a frame whose references were lost — after a loss, a
//! decode error or a dropped frame it lets only a key frame through and asks for one (PLI),
//! at most every [`KEY_REQUEST_EVERY`].

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// How long a missing packet is waited for (a NACK's retransmission: a round trip, plus the
/// sender's and a busy tablet's delays) before it counts as lost.
pub(crate) const MAX_WAIT: Duration = Duration::from_millis(300);
/// The most packets held (a bound on memory whatever the network sends).
pub(crate) const MAX_PACKETS: usize = 512;
/// The most bytes one frame may have (a 640×480 key frame is well under 200 KB).
pub(crate) const MAX_FRAME_BYTES: usize = 1 << 20;
/// How often a key frame is asked for while the picture waits for one.
pub(crate) const KEY_REQUEST_EVERY: Duration = Duration::from_millis(250);

/// One depacketized VP8 packet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Packet {
    /// RTP sequence number.
    pub(crate) seq: u16,
    /// RTP timestamp (one per frame).
    pub(crate) timestamp: u32,
    /// The frame's last packet.
    pub(crate) marker: bool,
    /// The frame's first packet (VP8 start of partition 0).
    pub(crate) start: bool,
    /// The first packet of a key frame.
    pub(crate) key: bool,
    /// The VP8 payload without its descriptor.
    pub(crate) data: Vec<u8>,
    /// Padding only (a browser probing the bandwidth): it takes a sequence number, belongs to
    /// no frame, and must not be waited for as a loss.
    pub(crate) filler: bool,
}

/// What the buffer hands out, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Released {
    /// A whole frame.
    Frame {
        /// The compressed frame.
        data: Vec<u8>,
        /// Whether it is a key frame.
        key: bool,
        /// Its RTP timestamp.
        timestamp: u32,
    },
    /// Packets were lost (or came too late): what follows may refer to a frame never seen.
    Lost {
        /// How many sequence numbers were skipped.
        packets: u64,
    },
}

/// Reorders packets by sequence number and assembles frames; see the module docs.
#[derive(Debug)]
pub(crate) struct JitterBuffer {
    packets: BTreeMap<u64, Packet>,
    /// The next extended sequence number to hand out.
    next: Option<u64>,
    /// The highest extended sequence number seen.
    highest: Option<u64>,
    /// Since when `next` (or a packet of its frame) is missing while later packets wait.
    waiting_since: Option<Instant>,
    max_wait: Duration,
}

impl Default for JitterBuffer {
    fn default() -> Self {
        Self::new(MAX_WAIT)
    }
}

impl JitterBuffer {
    /// A buffer that waits `max_wait` for a missing packet.
    pub(crate) fn new(max_wait: Duration) -> Self {
        Self {
            packets: BTreeMap::new(),
            next: None,
            highest: None,
            waiting_since: None,
            max_wait,
        }
    }

    /// The extended (unwrapped) sequence number of `seq`, nearest to the highest seen.
    fn extend(&mut self, seq: u16) -> u64 {
        let ext = match self.highest {
            None => (1u64 << 32) + u64::from(seq),
            Some(h) => {
                let delta = i64::from(seq.wrapping_sub(h as u16) as i16);
                h.saturating_add_signed(delta)
            }
        };
        self.highest = Some(self.highest.map_or(ext, |h| h.max(ext)));
        ext
    }

    /// Takes in a packet that arrived at `now` (late, duplicate and oversized ones are dropped).
    pub(crate) fn push(&mut self, packet: Packet) {
        let ext = self.extend(packet.seq);
        if self.next.is_some_and(|n| ext < n) || packet.data.len() > MAX_FRAME_BYTES {
            return;
        }
        self.packets.entry(ext).or_insert(packet);
    }

    /// Whatever can be handed out at `now`: whole frames in order, and losses.
    pub(crate) fn pop(&mut self, now: Instant) -> Vec<Released> {
        let mut out = Vec::new();
        loop {
            let next = match self.next {
                Some(n) => n,
                None => match self.packets.iter().find(|(_, p)| p.start && !p.filler) {
                    Some((&ext, _)) => {
                        self.packets = self.packets.split_off(&ext);
                        self.next = Some(ext);
                        ext
                    }
                    None => break,
                },
            };
            match self.assemble(next) {
                Assembly::Filler => self.advance(next + 1),
                Assembly::Frame(frame, last) => {
                    out.push(frame);
                    self.advance(last + 1);
                }
                Assembly::NotStart => {
                    let skipped = self.skip_to_start(next);
                    out.push(Released::Lost { packets: skipped });
                }
                Assembly::Missing(missing) => {
                    let later = self.packets.range(missing + 1..).next().is_some();
                    if !later {
                        // Nothing after it yet: not a gap, just not here yet.
                        self.waiting_since = None;
                        break;
                    }
                    let since = *self.waiting_since.get_or_insert(now);
                    let full = self.packets.len() >= MAX_PACKETS;
                    if now.duration_since(since) < self.max_wait && !full {
                        break;
                    }
                    let skipped = self.skip_to_start(missing.max(next + 1));
                    out.push(Released::Lost { packets: skipped });
                }
            }
        }
        out
    }

    /// When a missing packet stops being waited for (the shell's timer), if one is.
    pub(crate) fn deadline(&self) -> Option<Instant> {
        self.waiting_since.map(|t| t + self.max_wait)
    }

    fn advance(&mut self, next: u64) {
        self.next = Some(next);
        self.packets = self.packets.split_off(&next);
        self.waiting_since = None;
    }

    /// Drops everything before the first frame start at or after `from`; how many sequence
    /// numbers were skipped.
    fn skip_to_start(&mut self, from: u64) -> u64 {
        let next = self.next.unwrap_or(from);
        let start = self
            .packets
            .range(from..)
            .find(|(_, p)| p.start && !p.filler)
            .map(|(&e, _)| e);
        let to = start.unwrap_or_else(|| self.highest.map_or(from, |h| h + 1).max(from));
        self.advance(to);
        to.saturating_sub(next).max(1)
    }

    fn assemble(&self, first: u64) -> Assembly {
        let Some(head) = self.packets.get(&first) else {
            return Assembly::Missing(first);
        };
        if head.filler {
            return Assembly::Filler;
        }
        if !head.start {
            return Assembly::NotStart;
        }
        let mut data = Vec::new();
        let mut ext = first;
        loop {
            let Some(p) = self.packets.get(&ext) else {
                return Assembly::Missing(ext);
            };
            if p.timestamp != head.timestamp || p.filler {
                // The frame ended without a marker: it is whole up to here.
                return Assembly::Frame(frame(data, head), ext - 1);
            }
            if data.len() + p.data.len() > MAX_FRAME_BYTES {
                return Assembly::NotStart;
            }
            data.extend_from_slice(&p.data);
            if p.marker {
                return Assembly::Frame(frame(data, head), ext);
            }
            ext += 1;
        }
    }
}

fn frame(data: Vec<u8>, head: &Packet) -> Released {
    Released::Frame {
        data,
        key: head.key,
        timestamp: head.timestamp,
    }
}

enum Assembly {
    Filler,
    Frame(Released, u64),
    NotStart,
    Missing(u64),
}

/// What to do with a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Decode it.
    Decode,
    /// Drop it: its references are gone; a key frame is needed.
    Drop,
}

/// Lets a frame reach the decoder only while its chain of references is whole.
#[derive(Debug)]
pub(crate) struct KeyframeGate {
    broken: bool,
    last_request: Option<Instant>,
}

impl Default for KeyframeGate {
    /// At the start the decoder has nothing to refer to: it waits for a key frame.
    fn default() -> Self {
        Self {
            broken: true,
            last_request: None,
        }
    }
}

impl KeyframeGate {
    /// A frame is there; decode it?
    pub(crate) fn frame(&mut self, key: bool) -> Verdict {
        if key {
            self.broken = false;
            Verdict::Decode
        } else if self.broken {
            Verdict::Drop
        } else {
            Verdict::Decode
        }
    }

    /// Packets or a frame were lost, or a frame did not decode: wait for a key frame.
    pub(crate) fn broken(&mut self) {
        self.broken = true;
    }

    /// Whether the chain is broken (a key frame is awaited).
    pub(crate) fn is_broken(&self) -> bool {
        self.broken
    }

    /// Whether to ask the sender for a key frame now (while one is awaited, at most every
    /// [`KEY_REQUEST_EVERY`]).
    pub(crate) fn request_key(&mut self, now: Instant) -> bool {
        let due = self
            .last_request
            .is_none_or(|t| now.duration_since(t) >= KEY_REQUEST_EVERY);
        if self.broken && due {
            self.last_request = Some(now);
            true
        } else {
            false
        }
    }
}

/// The longest a decoder that is always behind (a busy tablet) goes without converting a
/// picture for the screen.
pub(crate) const SHOW_AT_LEAST_EVERY: Duration = Duration::from_millis(200);

/// Which decoded pictures are converted and shown. Converting to RGBA costs more than decoding,
/// so a picture with a later frame already waiting is decoded for its references only — but
/// not always: a decoder that never catches up would then never show anything, not even the
/// caller's first picture (the DCO's adult check waits on it).
#[derive(Debug, Default)]
pub(crate) struct ShowPacer {
    last_shown: Option<Instant>,
}

impl ShowPacer {
    /// Whether the picture decoded at `now` is shown: when no later frame waits, and also when
    /// one does but nothing was shown yet or nothing for [`SHOW_AT_LEAST_EVERY`].
    pub(crate) fn show(&mut self, later_waiting: bool, now: Instant) -> bool {
        let due = !later_waiting
            || self
                .last_shown
                .is_none_or(|t| now.duration_since(t) >= SHOW_AT_LEAST_EVERY);
        if due {
            self.last_shown = Some(now);
        }
        due
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Frame `f` (timestamp `f * 3000`) as packets `first..first+n`, key if `key`.
    fn frame_packets(first: u16, n: u16, f: u32, key: bool) -> Vec<Packet> {
        (0..n)
            .map(|i| Packet {
                seq: first.wrapping_add(i),
                timestamp: f * 3000,
                marker: i == n - 1,
                start: i == 0,
                key: key && i == 0,
                data: vec![f as u8; 3],
                filler: false,
            })
            .collect()
    }

    fn frames(out: &[Released]) -> Vec<u8> {
        out.iter()
            .filter_map(|r| match r {
                Released::Frame { data, .. } => Some(data[0]),
                Released::Lost { .. } => None,
            })
            .collect()
    }

    #[test]
    fn reordered_packets_come_out_as_whole_frames_in_order() {
        let t0 = Instant::now();
        let mut jb = JitterBuffer::default();
        let mut packets: Vec<Packet> = (0..4)
            .flat_map(|f| frame_packets(65_530u16.wrapping_add(f as u16 * 3), 3, f, f == 0))
            .collect();
        packets.swap(1, 4);
        packets.swap(7, 9);
        let mut out = Vec::new();
        for p in packets {
            jb.push(p);
            out.extend(jb.pop(t0));
        }
        assert_eq!(frames(&out), vec![0, 1, 2, 3]);
        assert!(!out.iter().any(|r| matches!(r, Released::Lost { .. })));
        let Released::Frame { data, key, .. } = &out[0] else {
            panic!()
        };
        assert_eq!((data.len(), *key), (9, true));
    }

    #[test]
    fn a_missing_packet_is_waited_for_then_counted_lost_and_the_next_frame_follows() {
        let t0 = Instant::now();
        let mut jb = JitterBuffer::default();
        let mut all: Vec<Packet> = (0..3)
            .flat_map(|f| frame_packets(f * 2, 2, u32::from(f), f == 0))
            .collect();
        let lost = all.remove(3); // frame 1's second packet
        for p in all {
            jb.push(p);
        }
        // Frame 0 at once; frame 1 waits for its missing packet.
        assert_eq!(frames(&jb.pop(t0)), vec![0]);
        assert!(jb.deadline().is_some());
        // The retransmission arrives in time: nothing is lost.
        let mut retry = JitterBuffer::default();
        let mut all: Vec<Packet> = (0..3)
            .flat_map(|f| frame_packets(f * 2, 2, u32::from(f), f == 0))
            .collect();
        let late = all.remove(3);
        for p in all {
            retry.push(p);
        }
        retry.pop(t0);
        retry.push(late);
        assert_eq!(
            frames(&retry.pop(t0 + Duration::from_millis(100))),
            vec![1, 2]
        );
        // Not in time: counted lost, frame 2 follows; the straggler is dropped.
        let out = jb.pop(t0 + MAX_WAIT);
        assert_eq!(out[0], Released::Lost { packets: 2 });
        assert_eq!(frames(&out), vec![2]);
        jb.push(lost);
        assert!(jb.pop(t0 + MAX_WAIT).is_empty());
    }

    #[test]
    fn padding_between_frames_takes_a_sequence_number_and_is_never_waited_for() {
        let t0 = Instant::now();
        let mut jb = JitterBuffer::default();
        for p in frame_packets(0, 2, 0, true) {
            jb.push(p);
        }
        for seq in 2..5 {
            jb.push(Packet {
                seq,
                timestamp: 0,
                marker: false,
                start: false,
                key: false,
                data: Vec::new(),
                filler: true,
            });
        }
        for p in frame_packets(5, 2, 1, false) {
            jb.push(p);
        }
        let out = jb.pop(t0);
        assert_eq!(frames(&out), vec![0, 1]);
        assert!(!out.iter().any(|r| matches!(r, Released::Lost { .. })));
        assert!(jb.deadline().is_none());
    }

    #[test]
    fn a_flood_of_packets_with_a_hole_is_bounded() {
        let t0 = Instant::now();
        let mut jb = JitterBuffer::default();
        jb.push(frame_packets(0, 1, 0, true).remove(0));
        for seq in 2..2_000u16 {
            jb.push(Packet {
                seq,
                timestamp: 1,
                marker: false,
                start: false,
                key: false,
                data: vec![0; 10],
                filler: false,
            });
            jb.pop(t0);
            assert!(jb.packets.len() <= MAX_PACKETS);
        }
    }

    #[test]
    fn after_a_loss_only_a_key_frame_reaches_the_decoder_and_one_is_asked_for_now_and_again() {
        let t0 = Instant::now();
        let mut gate = KeyframeGate::default();
        // At the start: wait for a key frame, asking for one.
        assert!(gate.request_key(t0));
        assert_eq!(gate.frame(false), Verdict::Drop);
        assert_eq!(gate.frame(true), Verdict::Decode);
        assert_eq!(gate.frame(false), Verdict::Decode);
        assert!(!gate.request_key(t0 + Duration::from_secs(5)));
        // A loss: deltas are dropped until a key frame, asked for at most every 250 ms.
        gate.broken();
        let t1 = t0 + Duration::from_secs(6);
        assert!(gate.request_key(t1));
        assert_eq!(gate.frame(false), Verdict::Drop);
        assert!(!gate.request_key(t1 + Duration::from_millis(100)));
        assert!(gate.request_key(t1 + KEY_REQUEST_EVERY));
        assert_eq!(gate.frame(true), Verdict::Decode);
        assert!(!gate.is_broken());
    }

    #[test]
    fn a_decoder_always_behind_still_shows_the_first_picture_and_then_five_a_second() {
        let t0 = Instant::now();
        let mut p = ShowPacer::default();
        // A later frame always waits (a tablet busier than the caller's frame rate).
        let shown: Vec<u64> = (0..60u64)
            .filter(|i| p.show(true, t0 + Duration::from_millis(i * 33)))
            .collect();
        assert_eq!(
            shown.first(),
            Some(&0),
            "the first picture is shown at once"
        );
        assert!((5..=10).contains(&shown.len()), "{shown:?}");
        assert!(
            shown.windows(2).all(|w| (w[1] - w[0]) * 33 >= 200),
            "{shown:?}"
        );
        // Caught up: every picture is shown.
        let t1 = t0 + Duration::from_secs(3);
        assert!((0..10u64).all(|i| p.show(false, t1 + Duration::from_millis(i * 33))));
    }
}
