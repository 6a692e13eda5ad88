//! The caller of a booking: who they are (name, relationship) and how to reach them (email,
//! mobile, language). Held *beside* the events, never in one: events are kept for ever, and
//! Annex A lets the call log hold only the date, time and duration. A contact is kept until its
//! slot is over plus a grace period for rebooking ([`erase_at`]); then the centre server
//! erases it and tells every tablet to ([`CallerLabel::erased`]).
//!
//! Everything here is checked the same way on the tablet that books and on the server that
//! receives it: bounded lengths, an address that can be written to, a language the caller's
//! page speaks.

use crate::ids::BookingId;
use crate::languages;
use crate::model::LanguageTag;
use crate::projection::Centre;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// The longest caller's name kept.
pub const MAX_NAME: usize = 80;
/// The longest relationship kept ("Sister", "Solicitor at Smith & Co").
pub const MAX_RELATIONSHIP: usize = 60;
/// The longest email address (RFC 5321's path limit).
pub const MAX_EMAIL: usize = 254;
/// How long after its slot a contact is kept for rebooking, unless the server says otherwise.
pub const DEFAULT_GRACE_HOURS: u32 = 24;
/// The most contacts one push may carry (one per booked event, at most).
pub const MAX_PER_PUSH: usize = 256;

/// The caller of one booking, as the DCO or staff took it down.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallerContact {
    /// The booking.
    pub booking: BookingId,
    /// The caller's name.
    pub name: String,
    /// How they are related to the detainee, or their role ("Solicitor").
    pub relationship: String,
    /// Their email address, if they gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Their mobile number in international form (`+447700900123`), if they gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile: Option<String>,
    /// The language their invitation and the caller's page are in.
    pub language: LanguageTag,
}

impl std::fmt::Debug for CallerContact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never a name or an address in a log line.
        f.debug_struct("CallerContact")
            .field("booking", &self.booking)
            .field("email", &self.email.as_ref().map(|_| "***"))
            .field("mobile", &self.mobile.as_ref().map(|_| "***"))
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// What is wrong with a contact as typed: each names the field and what to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ContactError {
    /// No name, or too long, or with control characters.
    #[error("type the caller's name (at most {MAX_NAME} characters)")]
    Name,
    /// No relationship, or too long.
    #[error(
        "type how the caller is related to the detainee (at most {MAX_RELATIONSHIP} characters)"
    )]
    Relationship,
    /// Neither an email address nor a mobile number.
    #[error("give an email address or a mobile number: the invitation is sent there")]
    NoAddress,
    /// Not an email address.
    #[error("the email address is not one mail can be sent to: check it (name@example.org)")]
    Email,
    /// Not a mobile number.
    #[error(
        "the mobile number is not one a text can be sent to: 7 to 15 digits, with the country code or a leading 0 for the UK"
    )]
    Mobile,
    /// Not one of the caller page's languages.
    #[error("choose one of the languages the caller's page is in")]
    Language,
}

impl CallerContact {
    /// A contact from what was typed: trimmed, the mobile number put in international form
    /// (a UK `07…` becomes `+447…`), empty addresses dropped, then [checked](Self::check).
    pub fn new(
        booking: BookingId,
        name: &str,
        relationship: &str,
        email: &str,
        mobile: &str,
        language: &LanguageTag,
    ) -> Result<Self, ContactError> {
        let email = email.trim();
        let mobile = mobile.trim();
        let contact = Self {
            booking,
            name: name.trim().to_owned(),
            relationship: relationship.trim().to_owned(),
            email: (!email.is_empty()).then(|| email.to_owned()),
            mobile: match mobile.is_empty() {
                true => None,
                false => Some(international(mobile).ok_or(ContactError::Mobile)?),
            },
            language: language.clone(),
        };
        contact.check()?;
        Ok(contact)
    }

    /// Whether a contact (typed here, or received from a tablet) is within bounds.
    pub fn check(&self) -> Result<(), ContactError> {
        if !text_ok(&self.name, MAX_NAME) {
            return Err(ContactError::Name);
        }
        if !text_ok(&self.relationship, MAX_RELATIONSHIP) {
            return Err(ContactError::Relationship);
        }
        if self.email.is_none() && self.mobile.is_none() {
            return Err(ContactError::NoAddress);
        }
        if let Some(e) = &self.email
            && !email_ok(e)
        {
            return Err(ContactError::Email);
        }
        if let Some(m) = &self.mobile
            && international(m).as_deref() != Some(m.as_str())
        {
            return Err(ContactError::Mobile);
        }
        if languages::find(&self.language.0).is_none() {
            return Err(ContactError::Language);
        }
        Ok(())
    }

    /// What a tablet shows of it: the name and relationship, never the addresses.
    pub fn label(&self) -> CallerLabel {
        CallerLabel {
            booking: self.booking,
            name: self.name.clone(),
            relationship: self.relationship.clone(),
        }
    }
}

/// Who is calling, as every tablet shows it on the call screen ("Amina Yusuf, sister").
/// An erased one has empty fields ([`CallerLabel::erased`]).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallerLabel {
    /// The booking.
    pub booking: BookingId,
    /// The caller's name; empty once erased.
    pub name: String,
    /// Their relationship; empty once erased.
    pub relationship: String,
}

impl std::fmt::Debug for CallerLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallerLabel")
            .field("booking", &self.booking)
            .field("erased", &self.is_erased())
            .finish_non_exhaustive()
    }
}

impl CallerLabel {
    /// The label that replaces a booking's once its contact is erased.
    pub fn erased(booking: BookingId) -> Self {
        Self {
            booking,
            name: String::new(),
            relationship: String::new(),
        }
    }

    /// Whether it is the erased label.
    pub fn is_erased(&self) -> bool {
        self.name.is_empty() && self.relationship.is_empty()
    }
}

/// A rebooking whose caller is the caller of an earlier booking: the tablet asks the centre
/// server to carry over the contact it holds (a tablet keeps only the label once the server
/// has the addresses), so a call that failed is booked again in one tap and its caller gets
/// a new invitation. Allowed where [`crate::booking::may_carry`] says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carried {
    /// The new booking.
    pub booking: BookingId,
    /// The earlier booking whose caller it is.
    pub from: BookingId,
}

/// When a booking's contact is erased: the end of its slot plus `grace_hours` (none if the
/// centre does not know the booking).
pub fn erase_at(centre: &Centre, booking: BookingId, grace_hours: u32) -> Option<DateTime<Utc>> {
    Some(centre.slot_end(booking)? + Duration::hours(i64::from(grace_hours)))
}

fn text_ok(s: &str, max: usize) -> bool {
    let n = s.chars().count();
    n > 0 && n <= max && s.trim() == s && !s.chars().any(char::is_control)
}

fn email_ok(e: &str) -> bool {
    if e.len() > MAX_EMAIL || e.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = e.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && !local.contains('@')
        && !local.contains(['<', '>', '"', ',', ';', '\\'])
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

/// A mobile number in international form (`+` and 7–15 digits), from what was typed: spaces,
/// dashes, dots and brackets are ignored; `00` means `+`; a leading `0` is a UK number.
pub fn international(typed: &str) -> Option<String> {
    let kept: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')'))
        .collect();
    let digits = if let Some(rest) = kept.strip_prefix('+') {
        rest.to_owned()
    } else if let Some(rest) = kept.strip_prefix("00") {
        rest.to_owned()
    } else if let Some(rest) = kept.strip_prefix('0') {
        format!("44{rest}")
    } else {
        return None;
    };
    let ok = (7..=15).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0');
    ok.then(|| format!("+{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn booking() -> BookingId {
        BookingId(uuid::Uuid::from_u128(1))
    }

    fn en() -> LanguageTag {
        LanguageTag::new("en-GB")
    }

    #[test]
    fn a_uk_mobile_is_put_in_international_form_and_a_blank_email_dropped() {
        let c =
            CallerContact::new(booking(), " Amina ", "Sister", " ", "07700 900123", &en()).unwrap();
        assert_eq!(c.name, "Amina");
        assert_eq!(c.email, None);
        assert_eq!(c.mobile.as_deref(), Some("+447700900123"));
        assert_eq!(
            international("+33 6 12 34 56 78").as_deref(),
            Some("+33612345678")
        );
        assert_eq!(
            international("0033612345678").as_deref(),
            Some("+33612345678")
        );
    }

    #[test]
    fn a_contact_needs_a_name_a_relationship_and_somewhere_to_send_the_link() {
        fn new(name: &str, rel: &str, email: &str, mobile: &str) -> Result<(), ContactError> {
            CallerContact::new(booking(), name, rel, email, mobile, &en()).map(|_| ())
        }
        assert_eq!(new("", "Sister", "a@b.org", ""), Err(ContactError::Name));
        assert_eq!(new("A", "", "a@b.org", ""), Err(ContactError::Relationship));
        assert_eq!(new("A", "Sister", "", ""), Err(ContactError::NoAddress));
        assert_eq!(
            new("A", "Sister", "not-an-address", ""),
            Err(ContactError::Email)
        );
        assert_eq!(new("A", "Sister", "a@b", ""), Err(ContactError::Email));
        assert_eq!(
            new("A", "Sister", "a@b.org\r\nBcc: x@y.org", ""),
            Err(ContactError::Email)
        );
        assert_eq!(new("A", "Sister", "", "12345"), Err(ContactError::Mobile));
        assert_eq!(new("A", "Sister", "", "+44 77x"), Err(ContactError::Mobile));
        let long = "x".repeat(MAX_NAME + 1);
        assert_eq!(new(&long, "Sister", "a@b.org", ""), Err(ContactError::Name));
        assert_eq!(new("A", "Sister", "a@b.org", ""), Ok(()));
        let other = CallerContact::new(booking(), "A", "B", "a@b.org", "", &LanguageTag::new("xx"));
        assert_eq!(other.map(|_| ()), Err(ContactError::Language));
    }

    #[test]
    fn a_received_contact_is_checked_as_strictly_as_a_typed_one() {
        let mut c = CallerContact::new(booking(), "A", "B", "", "07700900123", &en()).unwrap();
        assert_eq!(c.check(), Ok(()));
        c.mobile = Some("07700900123".into());
        assert_eq!(c.check(), Err(ContactError::Mobile));
        c.mobile = None;
        c.name = "A\u{0}".into();
        assert_eq!(c.check(), Err(ContactError::Name));
    }

    #[test]
    fn no_name_or_address_is_in_the_debug_form() {
        let c = CallerContact::new(booking(), "Marker Name", "B", "m@x.org", "", &en()).unwrap();
        let shown = format!("{c:?} {:?}", c.label());
        assert!(
            !shown.contains("Marker") && !shown.contains("m@x.org"),
            "{shown}"
        );
    }
}
