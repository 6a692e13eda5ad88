//! Who is who: the reference a detainee is known by (the Home Office person reference, e.g.
//! `A1234567`) and the staff number the administrator issues. Both are shown on every screen
//! instead of an id, so both are checked here once, for the server that accepts them and the
//! tablet that shows them. The reference's pattern differs between estates, so it is a typed
//! setting the shell passes in.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::ids::StaffId;

/// The form of a detainee's reference: some letters, then some digits (the Home Office
/// person reference is one letter and seven digits, [`ReferencePattern::default`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReferencePattern {
    /// How many letters (A–Z) it starts with.
    pub letters: u8,
    /// How many digits follow them.
    pub digits: u8,
}

impl Default for ReferencePattern {
    fn default() -> Self {
        Self {
            letters: 1,
            digits: 7,
        }
    }
}

impl ReferencePattern {
    /// An example of the form, for messages ("A1234567").
    pub fn example(&self) -> String {
        let letters = (b'A'..=b'Z').cycle().take(usize::from(self.letters));
        let digits = (b'1'..=b'9').chain(std::iter::once(b'0')).cycle();
        letters
            .chain(digits.take(usize::from(self.digits)))
            .map(char::from)
            .collect()
    }
}

/// Why a detainee's reference was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BadReference {
    /// Nothing was given.
    #[error("a detainee's reference is missing: give their Home Office reference, e.g. {example}")]
    Missing {
        /// What one looks like.
        example: String,
    },
    /// It does not have the centre's form.
    #[error(
        "that is not a Home Office reference: it should be {letters} letter(s) then {digits} digits, e.g. {example}"
    )]
    WrongForm {
        /// Letters expected.
        letters: u8,
        /// Digits expected.
        digits: u8,
        /// What one looks like.
        example: String,
    },
}

/// A detainee's reference as it is kept and shown: trimmed, spaces removed, letters
/// uppercased; refused unless it has `pattern`'s form.
pub fn person_reference(raw: &str, pattern: &ReferencePattern) -> Result<String, BadReference> {
    let text: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if text.is_empty() {
        return Err(BadReference::Missing {
            example: pattern.example(),
        });
    }
    let letters = usize::from(pattern.letters);
    let fits = text.len() == letters + usize::from(pattern.digits)
        && text.bytes().take(letters).all(|b| b.is_ascii_uppercase())
        && text.bytes().skip(letters).all(|b| b.is_ascii_digit());
    if fits {
        Ok(text)
    } else {
        Err(BadReference::WrongForm {
            letters: pattern.letters,
            digits: pattern.digits,
            example: pattern.example(),
        })
    }
}

/// The fewest characters of a staff number.
pub const STAFF_NUMBER_MIN: usize = 2;
/// The most characters of a staff number.
pub const STAFF_NUMBER_MAX: usize = 12;

/// Why a staff number was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error(
    "a staff number is {STAFF_NUMBER_MIN} to {STAFF_NUMBER_MAX} letters or digits, e.g. D1234; choose another"
)]
pub struct BadStaffNumber;

/// A staff number as it is kept, typed and shown: trimmed, letters uppercased; refused
/// unless it is 2–12 letters (A–Z) or digits.
pub fn staff_number(raw: &str) -> Result<String, BadStaffNumber> {
    let text = raw.trim().to_ascii_uppercase();
    let fits = (STAFF_NUMBER_MIN..=STAFF_NUMBER_MAX).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_alphanumeric());
    if fits { Ok(text) } else { Err(BadStaffNumber) }
}

/// The number staff had before numbers were issued: the first 8 characters of their id,
/// uppercased. Accounts made before then keep it (the server's migration), and a tablet
/// falls back to it for a credential that carries no number.
pub fn derived_staff_number(id: StaffId) -> String {
    id.to_string()[..8].to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_home_office_reference_is_one_letter_and_seven_digits_uppercased() {
        let p = ReferencePattern::default();
        assert_eq!(person_reference(" a1234567 ", &p), Ok("A1234567".into()));
        assert_eq!(person_reference("A 123 4567", &p), Ok("A1234567".into()));
        for bad in ["1234567A", "A123456", "A12345678", "AB123456", "A12345é7"] {
            assert!(matches!(
                person_reference(bad, &p),
                Err(BadReference::WrongForm { .. })
            ));
        }
        let missing = person_reference("  ", &p).unwrap_err();
        assert!(missing.to_string().contains("A1234567"), "{missing}");
    }

    #[test]
    fn the_reference_pattern_is_configurable() {
        let p = ReferencePattern {
            letters: 2,
            digits: 4,
        };
        assert_eq!(person_reference("ab1234", &p), Ok("AB1234".into()));
        let e = person_reference("A1234567", &p).unwrap_err();
        assert!(e.to_string().contains("AB1234"), "{e}");
    }

    #[test]
    fn a_staff_number_is_two_to_twelve_letters_or_digits() {
        assert_eq!(staff_number(" d1234 "), Ok("D1234".into()));
        assert_eq!(staff_number("AB"), Ok("AB".into()));
        for bad in ["A", "ABCDEFGHIJKLM", "D-1234", "D 12", ""] {
            assert_eq!(staff_number(bad), Err(BadStaffNumber), "{bad}");
        }
    }
}
