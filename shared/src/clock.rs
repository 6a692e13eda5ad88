//! Hybrid logical clock stamps: events from tablets whose clocks are wrong still order.
//!
//! A [`Stamp`] is (wall milliseconds, logical counter, device). A device's clock never issues
//! a stamp lower than one it issued or observed before, so causality survives a tablet whose
//! clock jumps backwards; ties between devices are broken by the device id, so the order is
//! total and the same on every machine.

use crate::ids::DeviceId;
use serde::{Deserialize, Serialize};

/// How far ahead of our own clock a remote stamp may be before we refuse to jump to it.
/// A tablet whose clock is a year fast must not drag every other clock with it.
pub const MAX_FORWARD_DRIFT_MS: i64 = 5 * 60 * 1000;

/// A hybrid logical clock stamp. Ordered by wall time, then counter, then device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Stamp {
    /// Milliseconds since the Unix epoch (physical part; may run ahead of real time).
    pub wall_ms: i64,
    /// Logical counter, for several stamps within the same millisecond.
    pub counter: u32,
    /// The device that issued the stamp: the final tie-breaker.
    pub device: DeviceId,
}

/// A remote stamp too far in the future to follow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "a stamp from device {device} is {ahead_ms} ms ahead of this clock (more than the \
     {MAX_FORWARD_DRIFT_MS} ms allowed): the event is kept, but this clock does not jump; \
     check that device's date and time"
)]
pub struct ClockDrift {
    /// The device whose stamp was too far ahead.
    pub device: DeviceId,
    /// How far ahead it was.
    pub ahead_ms: i64,
}

/// One device's hybrid logical clock. Pure: the physical time is passed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HybridClock {
    device: DeviceId,
    last_wall_ms: i64,
    last_counter: u32,
}

impl HybridClock {
    /// A clock for `device` that has issued nothing yet.
    pub fn new(device: DeviceId) -> Self {
        Self {
            device,
            last_wall_ms: i64::MIN,
            last_counter: 0,
        }
    }

    /// A clock resumed after a restart from the last stamp this device issued or observed.
    pub fn resume(device: DeviceId, last: Option<Stamp>) -> Self {
        match last {
            Some(s) => Self {
                device,
                last_wall_ms: s.wall_ms,
                last_counter: s.counter,
            },
            None => Self::new(device),
        }
    }

    /// Issues the next stamp, given the device's physical time in Unix milliseconds.
    pub fn tick(&mut self, physical_ms: i64) -> Stamp {
        if physical_ms > self.last_wall_ms {
            self.last_wall_ms = physical_ms;
            self.last_counter = 0;
        } else {
            self.last_counter = self.last_counter.saturating_add(1);
        }
        Stamp {
            wall_ms: self.last_wall_ms,
            counter: self.last_counter,
            device: self.device,
        }
    }

    /// Takes a stamp seen from another device into account, so later local stamps sort after it.
    pub fn observe(&mut self, remote: Stamp, physical_ms: i64) -> Result<(), ClockDrift> {
        let ahead = remote.wall_ms.saturating_sub(physical_ms);
        if ahead > MAX_FORWARD_DRIFT_MS {
            return Err(ClockDrift {
                device: remote.device,
                ahead_ms: ahead,
            });
        }
        if (remote.wall_ms, remote.counter) > (self.last_wall_ms, self.last_counter) {
            self.last_wall_ms = remote.wall_ms;
            self.last_counter = remote.counter;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn dev(n: u128) -> DeviceId {
        DeviceId(Uuid::from_u128(n))
    }

    #[test]
    fn stamps_never_go_backwards_when_the_wall_clock_does() {
        let mut c = HybridClock::new(dev(1));
        let a = c.tick(10_000);
        let b = c.tick(5_000);
        let d = c.tick(5_000);
        assert!(a < b && b < d);
    }

    #[test]
    fn an_observed_stamp_orders_later_local_events_after_it() {
        let mut slow = HybridClock::new(dev(1));
        let remote = Stamp {
            wall_ms: 90_000,
            counter: 3,
            device: dev(2),
        };
        slow.observe(remote, 80_000).unwrap();
        assert!(slow.tick(80_001) > remote);
    }

    #[test]
    fn a_far_future_stamp_is_refused_and_does_not_move_the_clock() {
        let mut c = HybridClock::new(dev(1));
        let future = Stamp {
            wall_ms: 10_000_000_000,
            counter: 0,
            device: dev(2),
        };
        assert!(c.observe(future, 1_000).is_err());
        assert_eq!(c.tick(1_000).wall_ms, 1_000);
    }
}
