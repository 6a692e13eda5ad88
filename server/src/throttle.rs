//! How many wrong PINs a staff account and an address may try: pure bookkeeping, the time
//! passed in, kept in the server's memory.
//!
//! An account's first [`FREE_FAILURES`] wrong PINs cost nothing; each after them doubles the
//! wait before the next try (2 s, 4 s, 8 s, …); at [`LOCKOUT_FAILURES`] the account is locked
//! until the administrator sets its PIN again (they see it locked in the staff list). An
//! address that gets [`ADDRESS_FAILURES`] wrong PINs within [`ADDRESS_WINDOW_MS`] waits for the
//! window to pass. Unknown staff ids are counted like known ones, so a lockout says nothing
//! about whether an account exists. A right PIN clears the account's count.

use kinline_shared::ids::StaffId;
use std::collections::HashMap;
use std::net::IpAddr;

/// Wrong PINs an account may give before it must wait between tries.
pub const FREE_FAILURES: u32 = 3;
/// Wrong PINs after which an account is locked until its PIN is set again.
pub const LOCKOUT_FAILURES: u32 = 10;
/// Wrong PINs from one address within [`ADDRESS_WINDOW_MS`] after which it waits.
pub const ADDRESS_FAILURES: u32 = 30;
/// The address window, in milliseconds (15 minutes).
pub const ADDRESS_WINDOW_MS: i64 = 15 * 60 * 1000;
/// The most accounts and addresses remembered; past it, those not waiting are forgotten.
const MAX_ENTRIES: usize = 50_000;

/// Whether a sign-in may be tried now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Try it.
    Allowed,
    /// Too many wrong PINs lately: try again after this many seconds.
    Wait {
        /// Seconds to wait.
        secs: i64,
    },
    /// Locked until the administrator sets the PIN again.
    Locked,
}

#[derive(Clone, Copy, Debug, Default)]
struct Account {
    failures: u32,
    next_try_ms: i64,
}

#[derive(Clone, Copy, Debug, Default)]
struct Address {
    failures: u32,
    window_start_ms: i64,
}

/// The counts.
#[derive(Debug, Default)]
pub struct SignInThrottle {
    accounts: HashMap<StaffId, Account>,
    addresses: HashMap<IpAddr, Address>,
}

impl SignInThrottle {
    /// Whether `staff` may try a PIN from `from` at `now_ms`.
    pub fn check(&self, staff: StaffId, from: Option<IpAddr>, now_ms: i64) -> Verdict {
        if let Some(a) = self.accounts.get(&staff) {
            if a.failures >= LOCKOUT_FAILURES {
                return Verdict::Locked;
            }
            if now_ms < a.next_try_ms {
                return Verdict::Wait {
                    secs: (a.next_try_ms - now_ms + 999) / 1000,
                };
            }
        }
        if let Some(a) = from.and_then(|ip| self.addresses.get(&ip)) {
            let ends = a.window_start_ms.saturating_add(ADDRESS_WINDOW_MS);
            if a.failures >= ADDRESS_FAILURES && now_ms < ends {
                return Verdict::Wait {
                    secs: (ends - now_ms + 999) / 1000,
                };
            }
        }
        Verdict::Allowed
    }

    /// A wrong PIN (or an unknown or inactive account).
    pub fn failed(&mut self, staff: StaffId, from: Option<IpAddr>, now_ms: i64) {
        self.prune(now_ms);
        let a = self.accounts.entry(staff).or_default();
        a.failures = a.failures.saturating_add(1);
        if a.failures > FREE_FAILURES {
            let doublings = (a.failures - FREE_FAILURES).min(20);
            a.next_try_ms = now_ms.saturating_add(1000 << doublings);
        }
        if let Some(ip) = from {
            let w = self.addresses.entry(ip).or_default();
            if now_ms >= w.window_start_ms.saturating_add(ADDRESS_WINDOW_MS) {
                *w = Address {
                    failures: 0,
                    window_start_ms: now_ms,
                };
            }
            w.failures = w.failures.saturating_add(1);
        }
    }

    /// The right PIN: the account's count starts again.
    pub fn succeeded(&mut self, staff: StaffId) {
        self.accounts.remove(&staff);
    }

    /// The administrator set the account's PIN: unlocked, the count starts again.
    pub fn reset(&mut self, staff: StaffId) {
        self.accounts.remove(&staff);
    }

    /// A tablet locked the account after too many wrong PINs there: locked here too, until
    /// the administrator sets its PIN again.
    pub fn lock_out(&mut self, staff: StaffId) {
        let a = self.accounts.entry(staff).or_default();
        a.failures = a.failures.max(LOCKOUT_FAILURES);
    }

    /// Whether the account is locked (for the administrator's staff list).
    pub fn is_locked(&self, staff: StaffId) -> bool {
        self.accounts
            .get(&staff)
            .is_some_and(|a| a.failures >= LOCKOUT_FAILURES)
    }

    fn prune(&mut self, now_ms: i64) {
        if self.accounts.len() >= MAX_ENTRIES {
            self.accounts
                .retain(|_, a| a.failures >= LOCKOUT_FAILURES || a.next_try_ms > now_ms);
        }
        if self.addresses.len() >= MAX_ENTRIES {
            self.addresses
                .retain(|_, w| w.window_start_ms.saturating_add(ADDRESS_WINDOW_MS) > now_ms);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_waits_longer_after_each_wrong_pin_and_locks_at_ten() {
        let mut t = SignInThrottle::default();
        let staff = StaffId(uuid::Uuid::from_u128(1));
        let mut now = 0;
        for _ in 0..FREE_FAILURES {
            assert_eq!(t.check(staff, None, now), Verdict::Allowed);
            t.failed(staff, None, now);
        }
        assert_eq!(t.check(staff, None, now), Verdict::Allowed);
        t.failed(staff, None, now);
        assert_eq!(t.check(staff, None, now), Verdict::Wait { secs: 2 });
        now += 2000;
        t.failed(staff, None, now);
        assert_eq!(t.check(staff, None, now), Verdict::Wait { secs: 4 });
        for _ in FREE_FAILURES + 2..LOCKOUT_FAILURES {
            now += 1_000_000;
            t.failed(staff, None, now);
        }
        assert_eq!(t.check(staff, None, now + 10_000_000), Verdict::Locked);
        assert!(t.is_locked(staff));
        t.reset(staff);
        assert_eq!(t.check(staff, None, now), Verdict::Allowed);
    }

    #[test]
    fn an_address_trying_many_accounts_waits_for_its_window() {
        let mut t = SignInThrottle::default();
        let ip: IpAddr = [127, 0, 0, 1].into();
        for n in 0..ADDRESS_FAILURES {
            t.failed(StaffId(uuid::Uuid::from_u128(u128::from(n))), Some(ip), 0);
        }
        let fresh = StaffId(uuid::Uuid::from_u128(999));
        assert!(matches!(
            t.check(fresh, Some(ip), 1000),
            Verdict::Wait { .. }
        ));
        assert_eq!(t.check(fresh, None, 1000), Verdict::Allowed);
        assert_eq!(
            t.check(fresh, Some(ip), ADDRESS_WINDOW_MS),
            Verdict::Allowed
        );
    }
}
