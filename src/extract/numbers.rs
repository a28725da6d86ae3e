//! Numbers as news writes them: digits with thousands separators ("1,200"), decimals with a
//! scale word ("1.2 million"), digit ranges ("20-30"), number words ("twenty-four", "three
//! hundred", "a dozen") and vague plural amounts ("dozens", "hundreds", "tens of thousands").
//!
//! The parser works on lower-cased word tokens and says how many it consumed; it knows nothing
//! about what is counted (that is the figures extractor's job) and never looks at context
//! beyond the number itself.
//!
//! Vague amounts get the smallest value the phrase plainly implies and are flagged `vague`:
//! "dozens" = 24 (two dozen), "scores" = 40 (two score), "hundreds" = 200, "thousands" = 2,000,
//! "tens of thousands" = 20,000, "hundreds of thousands" = 200,000, "millions" = 2,000,000.
//! The figures extractor reports them with the qualifier "at least".

use regex::Regex;
use std::sync::LazyLock;

/// A number read from the start of a token slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// The value (the lower end for a digit range such as "20-30").
    pub value: u64,
    /// The upper end of a digit range ("20-30" -> 30).
    pub value_max: Option<u64>,
    /// True for vague plural amounts ("dozens", "hundreds"): `value` is a lower bound.
    pub vague: bool,
    /// How many tokens the number spans.
    pub len: usize,
}

/// A whole number with optional comma thousands separators: "406", "1,200", "40,005".
static INTEGER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,3}(?:,\d{3})+|\d{1,9})$").expect("valid regex"));

/// A decimal, only meaningful before a scale word: the "1.2" of "1.2 million people".
static DECIMAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,6}\.\d{1,3}$").expect("valid regex"));

/// A digit range written with a hyphen or en dash: the "20-30" of "20-30 people were hurt".
static DIGIT_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,3}(?:,\d{3})+|\d{1,9})[-–‐‑](\d{1,3}(?:,\d{3})+|\d{1,9})$")
        .expect("valid regex")
});

/// Number words below twenty, by value.
pub const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// Tens words from twenty to ninety.
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Value of a number word below one hundred ("seven", "nineteen", "forty"), or a hyphenated
/// tens-units word ("twenty-four").
fn small_word(w: &str) -> Option<u64> {
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as u64);
    }
    if let Some(i) = TENS.iter().position(|t| *t == w) {
        return Some(20 + 10 * i as u64);
    }
    let (tens, unit) = w.split_once(['-', '‐', '‑', '–'])?;
    let t = TENS.iter().position(|x| *x == tens)?;
    let u = UNITS[1..10].iter().position(|x| *x == unit)?;
    Some(20 + 10 * t as u64 + u as u64 + 1)
}

/// Multiplier of a scale word ("hundred", "thousand", "million", "billion").
fn scale(w: &str) -> Option<u64> {
    match w {
        "hundred" => Some(100),
        "thousand" => Some(1_000),
        "million" => Some(1_000_000),
        "billion" => Some(1_000_000_000),
        _ => None,
    }
}

/// Lower bound implied by a vague plural amount ("dozens" -> 24).
fn vague(w: &str) -> Option<u64> {
    match w {
        "dozens" => Some(24),
        "scores" => Some(40),
        "hundreds" => Some(200),
        "thousands" => Some(2_000),
        "millions" => Some(2_000_000),
        _ => None,
    }
}

/// True when `tok` starts with a digit of any script: every digit pattern here needs one,
/// and most words fail this before any pattern runs.
fn starts_with_digit(tok: &str) -> bool {
    tok.starts_with(char::is_numeric)
}

/// Parses a digit token: "1,200" -> 1200. Decimals are not accepted here.
pub fn integer(tok: &str) -> Option<u64> {
    if !starts_with_digit(tok) || !INTEGER.is_match(tok) {
        return None;
    }
    tok.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
}

/// Reads a number from the start of `words` (lower-cased tokens). Returns `None` when
/// `words` does not start with one.
pub fn parse(words: &[&str]) -> Option<Number> {
    let first = *words.first()?;
    let next = words.get(1).copied();
    let digit = starts_with_digit(first);
    let range = if digit {
        DIGIT_RANGE.captures(first)
    } else {
        None
    };
    if let Some(c) = range {
        let lo = integer(&c[1])?;
        let hi = integer(&c[2])?;
        if hi > lo {
            return Some(Number {
                value: lo,
                value_max: Some(hi),
                vague: false,
                len: 1,
            });
        }
        return None;
    }
    if let Some(v) = integer(first) {
        // "2 million", "1,200"; a scale word multiplies ("3 thousand").
        if let Some(m) = next.and_then(scale) {
            return Some(exact(v.checked_mul(m)?, 2));
        }
        return Some(exact(v, 1));
    }
    if digit && DECIMAL.is_match(first) {
        let m = next.and_then(scale).filter(|m| *m >= 1_000)?;
        let (int, frac) = first.split_once('.')?;
        let int: u64 = int.parse().ok()?;
        let frac_digits = frac.len() as u32;
        let frac: u64 = frac.parse().ok()?;
        let value = int
            .checked_mul(m)?
            .checked_add(frac.checked_mul(m)? / 10u64.pow(frac_digits))?;
        return Some(exact(value, 2));
    }
    match (first, next) {
        ("tens", Some("of")) if words.get(2) == Some(&"thousands") => {
            return Some(vague_number(20_000, 3));
        }
        ("hundreds", Some("of")) if words.get(2) == Some(&"thousands") => {
            return Some(vague_number(200_000, 3));
        }
        ("a" | "one", Some("dozen")) => return Some(exact(12, 2)),
        ("half", Some("a")) if words.get(2) == Some(&"dozen") => return Some(exact(6, 3)),
        ("a", Some(w)) => {
            // "a hundred", "a thousand" (but never a bare "a").
            let m = scale(w)?;
            let tail = match words.get(2) {
                Some(&"and") => &words[3..],
                _ => &words[2..],
            };
            let rest = words_value(tail).map(|(r, n)| (r, n + words.len() - 2 - tail.len()));
            return Some(match rest {
                Some((r, n)) if r < m => exact(m + r, 2 + n),
                _ => exact(m, 2),
            });
        }
        _ => {}
    }
    if let Some(v) = vague(first) {
        return Some(vague_number(v, 1));
    }
    let (v, n) = words_value(words)?;
    // "two dozen" = 24.
    if words.get(n) == Some(&"dozen") {
        return Some(exact(v.checked_mul(12)?, n + 1));
    }
    Some(exact(v, n))
}

fn exact(value: u64, len: usize) -> Number {
    Number {
        value,
        value_max: None,
        vague: false,
        len,
    }
}

fn vague_number(value: u64, len: usize) -> Number {
    Number {
        value,
        value_max: None,
        vague: true,
        len,
    }
}

/// Reads spelled-out numbers: "three hundred and twelve", "twenty-four", "two million".
/// Returns the value and the number of tokens used; `None` unless it starts with a number word.
fn words_value(words: &[&str]) -> Option<(u64, usize)> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut used = 0;
    let mut any = false;
    let mut i = 0;
    while i < words.len() && i < 12 {
        let w = words[i];
        if let Some(v) = small_word(w) {
            // Two small words in a row ("two three") end the number, except a
            // tens word and a unit written apart ("twenty four").
            let rest = current % 100;
            let tens_then_unit = rest >= 20 && rest % 10 == 0 && (1..10).contains(&v);
            if any && rest != 0 && !tens_then_unit {
                break;
            }
            current += v;
            any = true;
            used = i + 1;
        } else if let Some(m) = scale(w) {
            if !any {
                break;
            }
            if m == 100 {
                current = current.max(1).checked_mul(100)?;
            } else {
                total = total.checked_add(current.max(1).checked_mul(m)?)?;
                current = 0;
            }
            used = i + 1;
        } else if w == "and" && any && current % 100 == 0 && current > 0 {
            // "three hundred and twelve": only take "and" when a number word follows.
            if words.get(i + 1).and_then(|n| small_word(n)).is_none() {
                break;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !any {
        return None;
    }
    Some((total.checked_add(current)?, used))
}

/// True when `w` (lower-cased) can start a number ("two", "1,200", "dozens", "a" before
/// "dozen"/"hundred" is checked by [`parse`], not here).
pub fn starts_number(w: &str) -> bool {
    parse(&[w]).is_some() || DECIMAL.is_match(w) || DIGIT_RANGE.is_match(w) || w == "tens"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<(u64, Option<u64>, bool, usize)> {
        let words: Vec<&str> = s.split(' ').collect();
        parse(&words).map(|n| (n.value, n.value_max, n.vague, n.len))
    }

    #[test]
    fn digit_patterns_are_tried_only_on_words_starting_with_a_digit() {
        for w in ["20-30", "1,200", "7", "\u{663}\u{660}"] {
            assert!(starts_with_digit(w), "{w}");
        }
        for w in ["twenty", "", "a1", "-5", "dozens"] {
            assert!(!starts_with_digit(w), "{w}");
        }
        assert_eq!(integer("1,200"), Some(1200));
        assert_eq!(integer("x1"), None);
        assert_eq!(
            parse(&["20-30", "people"]).map(|n| n.value_max),
            Some(Some(30))
        );
    }

    #[test]
    fn digits_with_separators() {
        assert_eq!(p("1,200 injuries"), Some((1200, None, false, 1)));
        assert_eq!(p("406 individuals"), Some((406, None, false, 1)));
        assert_eq!(p("40,005"), Some((40005, None, false, 1)));
        assert_eq!(p("1,20"), None);
        assert_eq!(p("12,3456"), None);
    }

    #[test]
    fn decimals_need_a_large_scale() {
        assert_eq!(p("1.2 million people"), Some((1_200_000, None, false, 2)));
        assert_eq!(p("2.75 thousand"), Some((2_750, None, false, 2)));
        assert_eq!(p("7.8 magnitude"), None);
        assert_eq!(p("3 million"), Some((3_000_000, None, false, 2)));
    }

    #[test]
    fn digit_ranges() {
        assert_eq!(p("20-30 people"), Some((20, Some(30), false, 1)));
        assert_eq!(p("1,000–1,500"), Some((1000, Some(1500), false, 1)));
        assert_eq!(p("30-20"), None);
    }

    #[test]
    fn number_words() {
        assert_eq!(p("two people"), Some((2, None, false, 1)));
        assert_eq!(p("twenty-four hours"), Some((24, None, false, 1)));
        assert_eq!(p("three hundred and twelve"), Some((312, None, false, 4)));
        assert_eq!(p("three hundred and counting"), Some((300, None, false, 2)));
        assert_eq!(p("two thousand five hundred"), Some((2500, None, false, 4)));
        assert_eq!(p("a dozen"), Some((12, None, false, 2)));
        assert_eq!(p("two dozen"), Some((24, None, false, 2)));
        assert_eq!(p("half a dozen"), Some((6, None, false, 3)));
        assert_eq!(p("a hundred and five"), Some((105, None, false, 4)));
        assert_eq!(p("two three"), Some((2, None, false, 1)));
        assert_eq!(p("twenty four"), Some((24, None, false, 2)));
    }

    #[test]
    fn vague_amounts_are_lower_bounds() {
        assert_eq!(p("dozens of people"), Some((24, None, true, 1)));
        assert_eq!(p("hundreds"), Some((200, None, true, 1)));
        assert_eq!(p("tens of thousands"), Some((20_000, None, true, 3)));
        assert_eq!(p("hundreds of thousands"), Some((200_000, None, true, 3)));
    }

    #[test]
    fn not_numbers() {
        assert_eq!(p("a man"), None);
        assert_eq!(p("third day"), None);
        assert_eq!(p("g7 summit"), None);
        assert_eq!(p("several people"), None);
        assert_eq!(p(""), None);
        assert_eq!(p("99999999999999999999"), None);
    }
}
