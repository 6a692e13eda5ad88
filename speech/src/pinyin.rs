//! Mandarin read aloud through pinyin. espeak-ng's Mandarin voice (`sit/cmn`) misreads many
//! characters and switches to English, but its `cmn-latn-pinyin` voice (`sit/cmn-Latn-pinyin`)
//! reads pinyin with tone numbers correctly. So zh-Hans text is converted to numbered pinyin
//! (`时间` → `shi2 jian1`) before synthesis.
//!
//! The `pinyin` crate reads each character on its own, without the words around it, so a
//! character with several readings (a polyphone) can come out wrong: 时长 is shi2 chang2, not
//! zhang3. [`PHRASES`] overrides every polyphone that occurs in `locales/zh-Hans/compact.ftl`;
//! each entry was found by reading the conversion of every compact sentence, and a test checks
//! them. A new or changed Chinese sentence needs the same check.

use pinyin::ToPinyin;

/// Phrases whose characters the crate reads wrongly out of context, with their right reading.
/// The longest match at a position wins.
pub const PHRASES: &[(&str, &str)] = &[
    // 长: zhang3 (to grow) → chang2 (long): rule-no-recording-log.
    ("时长", "shi2 chang2"),
    // 为: wei4 (for) → wei2 (to be): rule-slots.
    ("时段为", "shi2 duan4 wei2"),
    // 着: zhe5 (aspect particle) → zhuo2 (to wear): rule-dress.
    ("穿着", "chuan1 zhuo2"),
    // 为: wei4 → wei2 in 行为 (conduct): rule-body-cameras, rule-police-referral,
    // rule-terminate-behaviour, must-report-breach, agreement-suspension, agreement-police.
    ("行为", "xing2 wei2"),
    // 为: wei4 → wei2 in 认为 (to consider): rule-terminate-behaviour.
    ("认为", "ren4 wei2"),
    // 当: dang1 (to act as) → dang4 in 恰当 (proper): rule-terminate-behaviour.
    ("恰当", "qia4 dang4"),
];

/// Chinese punctuation as the pinyin voice understands it (pauses at the right places).
fn punctuation(c: char) -> Option<&'static str> {
    Some(match c {
        '，' | '、' => ",",
        '。' => ".",
        '：' => ":",
        '；' => ";",
        '！' => "!",
        '？' => "?",
        '（' => "(",
        '）' => ")",
        '“' | '”' | '「' | '」' => "\"",
        _ => return None,
    })
}

/// `text` (Simplified Chinese) as numbered pinyin for espeak-ng's `cmn-latn-pinyin` voice: one
/// syllable per character with its tone number (5 for the neutral tone), [`PHRASES`] applied
/// first, Chinese punctuation mapped to ASCII, and anything else (digits, Latin words) kept.
pub fn to_numbered_pinyin(text: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    // Whether the last word is a run of digits or Latin letters that the next one continues.
    let mut in_run = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some((phrase, reading)) = PHRASES
            .iter()
            .filter(|(p, _)| rest.starts_with(p))
            .max_by_key(|(p, _)| p.len())
        {
            words.push((*reading).to_owned());
            rest = &rest[phrase.len()..];
            in_run = false;
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if let Some(p) = c.to_pinyin() {
            let syllable = p.with_tone_num_end();
            words.push(if syllable.ends_with(|d: char| d.is_ascii_digit()) {
                syllable.to_owned()
            } else {
                format!("{syllable}5")
            });
            in_run = false;
        } else if let Some(p) = punctuation(c) {
            match words.last_mut() {
                Some(last) => last.push_str(p),
                None => words.push(p.to_owned()),
            }
            in_run = false;
        } else if c.is_whitespace() {
            in_run = false;
        } else {
            // Digits and Latin letters run on within one word ("30", "YouTube").
            match words.last_mut() {
                Some(last) if in_run => last.push(c),
                _ => words.push(c.to_string()),
            }
            in_run = true;
        }
    }
    words
        .into_iter()
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_become_numbered_syllables_and_punctuation_pauses() {
        assert_eq!(to_numbered_pinyin("拼音。"), "pin1 yin1.");
        assert_eq!(to_numbered_pinyin("我的"), "wo3 de5");
    }
}
