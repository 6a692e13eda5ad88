//! Hybrid logical clock stamps: events from tablets whose clocks are wrong still order.
//!
//! A [`Stamp`] is (wall milliseconds, logical counter, device). A device's clock never issues
//! a stamp lower than one it issued or observed before, so causality survives a tablet whose
//! clock jumps backwards; ties between devices are broken by the device id, so the order is
//! total and the same on every machine.

use crate::ids::DeviceId;
use chrono::{DateTime, Utc};
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

    /// The last stamp this clock issued or observed (as its own device's), if any: what
    /// [`Self::resume`] resumes from.
    pub fn last(&self) -> Option<Stamp> {
        (self.last_wall_ms != i64::MIN).then_some(Stamp {
            wall_ms: self.last_wall_ms,
            counter: self.last_counter,
            device: self.device,
        })
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

/// The centre's calendar clock: the system's time shifted by a fixed offset. In service the
/// offset is zero ([`CentreClock::SYSTEM`]); a rehearsal or a test runs the centre's day at an
/// hour it chooses, the time still running — a call whose slot ends within the minute, whatever
/// hour it is where the test runs (a slot never spans London midnight). Only the centre's
/// calendar decisions read it (slots and their end, joining a call, recording); transport
/// timestamps (signed requests and their nonces, TURN credentials, sessions) stay on the
/// system's time. Pure: the system's time is passed in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CentreClock {
    offset_ms: i64,
}

impl CentreClock {
    /// The system's time, unshifted: what every centre runs on.
    pub const SYSTEM: Self = Self { offset_ms: 0 };

    /// A clock that reads `at` when the system reads `system_now`, and runs on from there.
    pub fn reading(at: DateTime<Utc>, system_now: DateTime<Utc>) -> Self {
        Self {
            offset_ms: (at - system_now).num_milliseconds(),
        }
    }

    /// The centre's time when the system reads `system`.
    pub fn at(self, system: DateTime<Utc>) -> DateTime<Utc> {
        system + chrono::Duration::milliseconds(self.offset_ms)
    }

    /// The system's time when the centre reads `centre` (for what the outside world checks
    /// on the system's time, such as a TURN credential's expiry).
    pub fn system_at(self, centre: DateTime<Utc>) -> DateTime<Utc> {
        centre - chrono::Duration::milliseconds(self.offset_ms)
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

    #[test]
    fn a_centre_clock_reads_its_chosen_time_and_runs_on_with_the_system() {
        let system: DateTime<Utc> = "2026-11-29T00:10:00Z".parse().unwrap();
        let noon: DateTime<Utc> = "2026-11-29T12:00:00Z".parse().unwrap();
        let clock = CentreClock::reading(noon, system);
        assert_eq!(clock.at(system), noon);
        let later = system + chrono::Duration::seconds(95);
        assert_eq!(clock.at(later), noon + chrono::Duration::seconds(95));
        assert_eq!(clock.system_at(clock.at(later)), later);
        assert_eq!(CentreClock::SYSTEM.at(system), system);
        assert_eq!(CentreClock::default(), CentreClock::SYSTEM);
    }
}
