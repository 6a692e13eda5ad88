//! What makes a PIN or password acceptable, and what a tablet's copy of it costs to guess.
//!
//! A tablet signs staff in offline against a verifier (an Argon2id hash) the server sends down,
//! so whoever holds one tablet's key can try PINs against it at their own pace: the only
//! defences are the size of the PIN space and the cost of one try. Staff who work on tablets
//! therefore have PINs of at least [`TABLET_PIN_MIN_DIGITS`] digits, none of them trivial, and
//! their verifiers use [`TABLET_VERIFIER`]: `cargo xtask bench pin` prints how long trying
//! every such PIN takes on the machine it runs on. Everyone else signs in only at the server,
//! where wrong PINs are counted and locked out, and no tablet ever receives their verifier.

use crate::actor::Role;

/// The fewest digits a tablet PIN may have. Seven, not six: with six, trying every PIN
/// against one verifier takes about a day on a two-core machine at a cost a tablet can
/// still pay at each sign-in (a fifth of a second); with seven it takes weeks.
pub const TABLET_PIN_MIN_DIGITS: usize = 7;

/// The fewest characters of a PIN or password for staff who sign in only at the server
/// (online, so every wrong try is counted).
pub const SERVER_SECRET_MIN_CHARS: usize = 6;

/// The longest PIN or password accepted (bounded work per sign-in).
pub const SECRET_MAX_BYTES: usize = 256;

/// Argon2id cost of a tablet verifier: memory in KiB, passes and lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerifierCost {
    /// Memory, KiB.
    pub memory_kib: u32,
    /// Passes over the memory.
    pub passes: u32,
    /// Lanes.
    pub lanes: u32,
}

/// The cost of one try against a tablet verifier: 64 MiB, 3 passes, one lane.
pub const TABLET_VERIFIER: VerifierCost = VerifierCost {
    memory_kib: 64 * 1024,
    passes: 3,
    lanes: 1,
};

/// Why a PIN or password is refused; each says what to choose instead.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WeakSecret {
    /// A tablet PIN must be digits only.
    #[error("a tablet PIN is digits only: choose at least {min} digits")]
    NotDigits {
        /// The fewest digits.
        min: usize,
    },
    /// Too short.
    #[error("too short: choose at least {min} {unit}")]
    TooShort {
        /// The fewest allowed.
        min: usize,
        /// "digits" or "characters".
        unit: &'static str,
    },
    /// Too long.
    #[error("too long: at most {max} bytes")]
    TooLong {
        /// The most allowed.
        max: usize,
    },
    /// One character repeated, a run (1234567, 7654321) or a short pattern repeated (1212121).
    #[error("too easy to guess (a repeated digit, a run or a repeated pattern): choose another")]
    Trivial,
}

/// Wrong PINs after which a tablet locks an account until it next syncs (and reports the
/// lockout to the server, which locks the account too).
pub const TABLET_MAX_TRIES: u8 = 5;

/// Whether people in `role` sign in on tablets (and so have a verifier on every tablet). The
/// administrator, the Compliance Manager and security work at the console only.
pub fn works_on_tablets(role: Role) -> bool {
    matches!(
        role,
        Role::Dco | Role::CentreManager | Role::DeputyCentreManager
    )
}

/// Whether `secret` may be set as the PIN or password of someone in `role`.
pub fn check(role: Role, secret: &str) -> Result<(), WeakSecret> {
    if secret.len() > SECRET_MAX_BYTES {
        return Err(WeakSecret::TooLong {
            max: SECRET_MAX_BYTES,
        });
    }
    if works_on_tablets(role) {
        if !secret.chars().all(|c| c.is_ascii_digit()) {
            return Err(WeakSecret::NotDigits {
                min: TABLET_PIN_MIN_DIGITS,
            });
        }
        if secret.len() < TABLET_PIN_MIN_DIGITS {
            return Err(WeakSecret::TooShort {
                min: TABLET_PIN_MIN_DIGITS,
                unit: "digits",
            });
        }
    } else if secret.chars().count() < SERVER_SECRET_MIN_CHARS {
        return Err(WeakSecret::TooShort {
            min: SERVER_SECRET_MIN_CHARS,
            unit: "characters",
        });
    }
    if is_trivial(secret) {
        return Err(WeakSecret::Trivial);
    }
    Ok(())
}

/// A repeated pattern of 1 to 3 characters (0000000, 1212121, 1231231) or a run of
/// consecutive characters up or down (1234567, 9876543, abcdef).
pub fn is_trivial(secret: &str) -> bool {
    let c: Vec<char> = secret.chars().collect();
    let repeats = (1..=3).any(|p| c.len() > p && (p..c.len()).all(|i| c[i] == c[i - p]));
    let run = |step: i64| {
        c.len() > 1
            && c.windows(2)
                .all(|w| i64::from(u32::from(w[1])) - i64::from(u32::from(w[0])) == step)
    };
    repeats || run(1) || run(-1)
}

/// How many PINs of `digits` digits are not trivial: the space an attacker must search.
pub fn search_space(digits: u32) -> u64 {
    let all = 10u64.pow(digits);
    let trivial = (0..all)
        .filter(|n| is_trivial(&format!("{n:0width$}", width = digits as usize)))
        .count() as u64;
    all - trivial
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dso_16_a_tablet_pin_has_seven_digits_none_trivial() {
        assert_eq!(
            check(Role::Dco, "0000"),
            Err(WeakSecret::TooShort {
                min: 7,
                unit: "digits"
            })
        );
        assert_eq!(
            check(Role::Dco, "000000"),
            Err(WeakSecret::TooShort {
                min: 7,
                unit: "digits"
            })
        );
        for trivial in [
            "0000000",
            "1234567",
            "9876543",
            "1212121",
            "1231231",
            "5555555555",
        ] {
            assert_eq!(
                check(Role::Dco, trivial),
                Err(WeakSecret::Trivial),
                "{trivial}"
            );
        }
        assert_eq!(
            check(Role::CentreManager, "24681a9"),
            Err(WeakSecret::NotDigits { min: 7 })
        );
        assert_eq!(check(Role::Dco, "2468013"), Ok(()));
        assert_eq!(check(Role::DeputyCentreManager, "90817263"), Ok(()));
    }

    #[test]
    fn dso_16_console_staff_have_six_characters_and_no_tablet_verifier() {
        for role in [Role::Administrator, Role::ComplianceManager, Role::Security] {
            assert!(!works_on_tablets(role));
            assert_eq!(
                check(role, "11223"),
                Err(WeakSecret::TooShort {
                    min: 6,
                    unit: "characters"
                })
            );
            assert_eq!(check(role, "abcdef"), Err(WeakSecret::Trivial));
            assert_eq!(check(role, "harbour-7"), Ok(()));
        }
        assert_eq!(
            check(Role::Administrator, &"x1".repeat(200)),
            Err(WeakSecret::TooLong { max: 256 })
        );
    }

    #[test]
    fn the_search_space_leaves_out_only_the_trivial_pins() {
        // Of 10,000: 1,000 with the first digit again at the fourth (the 3-pattern, which
        // holds the 10 repeated digits), 90 more 2-patterns and 7 + 7 runs.
        assert_eq!(search_space(4), 10_000 - 1_000 - 90 - 14);
    }
}
