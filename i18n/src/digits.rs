//! Numbers set into a Fluent message, in the reader's digits. Fluent writes every number with
//! Latin digits, whatever the language; [`local_digits`] writes it as
//! [`kinline_shared::dates::number`] does (CLDR through ICU4X), so a count or a number of
//! minutes reads in the same digits as the dates beside it (`۴۵ دقیقه` in Persian). The value
//! stays a number for Fluent, which still chooses the plural form by it.

use fluent::FluentValue;
use fluent::memoizer::MemoizerKind;
use intl_memoizer::Memoizable;
use kinline_shared::languages::{self, Language};
use unic_langid::LanguageIdentifier;

/// The language of one Fluent bundle, as its memoizer builds it once.
struct Digits(&'static Language);

impl Memoizable for Digits {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        languages::find(&lang.to_string()).map(Self).ok_or(())
    }
}

/// The formatter of every Fluent bundle Kinline makes (`FluentBundle::set_formatter`): a whole
/// number in the bundle's language's digits; anything else (text, a number with a fraction or
/// formatting options, a language Kinline does not ship) as Fluent writes it.
pub fn local_digits<M: MemoizerKind>(value: &FluentValue<'_>, memoizer: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let whole = n.value.fract() == 0.0 && n.value.abs() < 1e15;
    let plain = n.options.minimum_integer_digits.is_none()
        && n.options.minimum_fraction_digits.is_none()
        && n.options.minimum_significant_digits.is_none();
    if !(whole && plain) {
        return None;
    }
    // Whole and below 10^15: exactly an i64.
    #[allow(clippy::cast_possible_truncation)]
    let n = n.value as i64;
    memoizer
        .with_try_get_threadsafe::<Digits, _, _>((), |d| kinline_shared::dates::number(d.0, n))
        .ok()
}
