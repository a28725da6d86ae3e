//! Word-level normalisation for comparing quotes: tokens with contractions expanded and
//! punctuation, case and quote style removed; content-word stems with a light suffix
//! stripper and a small table of synonyms common in reported speech. Pure functions over
//! `&str`; nothing here decides whether two quotes match.

use std::collections::HashMap;
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;

/// Words too common to say anything about which statement a quote is.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from",
    "get", "go", "going", "got", "had", "has", "have", "he", "her", "here", "him", "his", "how",
    "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "my", "of", "on", "or",
    "our", "out", "over", "say", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "to", "up", "very", "was",
    "we", "were", "what", "when", "where", "which", "while", "who", "will", "with", "would", "you",
    "your",
];

/// Negations: a change in these may flip what a quote says.
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "nowhere",
];

/// Modal verbs and hedges: a change in these may change how firm a statement is.
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "maybe", "perhaps",
    "possibly", "probably", "likely", "think", "believe", "guess", "hope", "seem", "seems",
    "appear", "appears", "suppose",
];

/// Number words read as numbers when comparing quotes.
const NUMBER_WORDS: &[&str] = &[
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
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "dozen",
    "dozens",
    "half",
    "first",
    "second",
    "third",
];

/// Synonym classes common in reported speech: a paraphrasing outlet swaps one word of a
/// class for another ("false stories" for "false reports"). The first word of each class
/// stands for the class.
const SYNONYMS: &[&[&str]] = &[
    &["report", "story", "account"],
    &["conversation", "dialogue", "discussion", "talk"],
    &["happen", "transpire", "occur"],
    &["need", "necessary", "require"],
    &["attack", "strike", "assault"],
    &["big", "huge", "large", "enormous", "massive", "tremendous"],
    &["country", "nation"],
    &["leadership", "leader"],
];

/// Function words a paraphrase swaps without changing what is said, to the one that stands
/// for them: "we shall not allow" is "we will not allow" reworded. The diff still shows the
/// swap, and a swapped modal is still flagged.
const FUNCTION_SYNONYMS: &[(&str, &str)] =
    &[("shall", "will"), ("whilst", "while"), ("amongst", "among")];

/// Stem of each synonym to the stem of its class's first word.
static SYNONYM_STEMS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    SYNONYMS
        .iter()
        .flat_map(|class| class.iter().map(move |w| (stem(w), stem(class[0]))))
        .collect()
});

/// True for a negation word (normalised form).
pub fn is_negation(w: &str) -> bool {
    NEGATIONS.contains(&w)
}

/// True for a modal verb or hedge (normalised form).
pub fn is_modal(w: &str) -> bool {
    MODALS.contains(&w)
}

/// True for a number: digits, or a number word.
pub fn is_number(w: &str) -> bool {
    (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit())) || NUMBER_WORDS.contains(&w)
}

/// True for a word too common to identify a statement.
pub fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(&w)
}

/// Straightens quote-like apostrophes and lowercases; drops dots and digit-group commas
/// inside a word ("U.S." -> "us", "1,200" -> "1200").
fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\'' => out.push('\''),
            '.' | ',' => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Splits a folded word into its expanded parts ("we're" -> ["we", "are"], "won't" ->
/// ["will", "not"], "iran's" -> ["iran"]).
fn expand(word: &str, out: &mut Vec<String>) {
    let Some(apos) = word.find('\'') else {
        out.push(word.to_string());
        return;
    };
    let (head, tail) = word.split_at(apos);
    let tail = &tail[1..];
    match (head, tail) {
        ("won", "t") => out.extend(["will".into(), "not".into()]),
        ("can", "t") => out.extend(["can".into(), "not".into()]),
        ("shan", "t") => out.extend(["shall".into(), "not".into()]),
        (h, "t") if h.ends_with('n') && h.len() > 1 => {
            out.push(h[..h.len() - 1].to_string());
            out.push("not".into());
        }
        (h, "re") => out.extend([h.to_string(), "are".into()]),
        (h, "m") => out.extend([h.to_string(), "am".into()]),
        (h, "ll") => out.extend([h.to_string(), "will".into()]),
        (h, "ve") => out.extend([h.to_string(), "have".into()]),
        (h, "d") => out.extend([h.to_string(), "would".into()]),
        (h, "s") if IS_S_CONTRACTION.contains(&h) => out.extend([h.to_string(), "is".into()]),
        (h, _) => {
            if !h.is_empty() {
                out.push(h.to_string());
            }
        }
    }
}

/// Words whose "'s" is "is" rather than a possessive.
const IS_S_CONTRACTION: &[&str] = &[
    "it",
    "he",
    "she",
    "that",
    "there",
    "here",
    "what",
    "who",
    "where",
    "how",
    "let",
    "everything",
    "nothing",
    "something",
];

/// The normalised word tokens of `text`: lowercase, straight apostrophes, contractions
/// expanded, punctuation dropped, "cannot" split. Linear in the text length.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in text.unicode_words() {
        let f = fold(w);
        if f == "cannot" {
            out.extend(["can".into(), "not".into()]);
            continue;
        }
        expand(&f, &mut out);
    }
    out.retain(|w| !w.is_empty());
    out
}

/// A light stemmer: strips common English inflection so "attacked", "attacks" and
/// "attacking" meet. Not Porter; only suffixes whose removal is safe on news vocabulary.
pub fn stem(w: &str) -> String {
    let n = w.chars().count();
    if n <= 3 || !w.is_ascii() {
        return w.to_string();
    }
    let strip = |suf: &str, min: usize| -> Option<String> {
        if w.ends_with(suf) && n - suf.len() >= min {
            Some(w[..w.len() - suf.len()].to_string())
        } else {
            None
        }
    };
    let s = strip("ies", 3)
        .map(|s| s + "y")
        .or_else(|| strip("ied", 3).map(|s| s + "y"))
        .or_else(|| strip("ing", 3))
        .or_else(|| strip("ed", 3))
        .or_else(|| strip("es", 4).filter(|s| s.ends_with("ss") || s.ends_with("sh")))
        .or_else(|| strip("s", 3).filter(|s| !s.ends_with('s') && !s.ends_with('u')))
        .or_else(|| strip("ly", 4))
        .unwrap_or_else(|| w.to_string());
    let s = s.strip_suffix('e').map(str::to_string).unwrap_or(s);
    let s = if s.len() > 3 && s.ends_with(|c: char| "ptgdmn".contains(c)) {
        let b = s.as_bytes();
        if b[b.len() - 1] == b[b.len() - 2] {
            s[..s.len() - 1].to_string()
        } else {
            s
        }
    } else {
        s
    };
    s.strip_suffix('y')
        .filter(|r| r.len() >= 3)
        .map(|r| format!("{r}i"))
        .unwrap_or(s)
}

/// Maps a stem to its synonym class representative (itself when it has none).
pub fn canon(stem: String) -> String {
    match SYNONYM_STEMS.get(&stem) {
        Some(rep) => rep.clone(),
        None => stem,
    }
}

/// The comparable form of a token: stemmed and mapped to its synonym class. Stopwords keep
/// their plain form so that containment checks still see them. Depends on the token alone.
pub fn key(token: &str) -> String {
    if let Some(same) = FUNCTION_SYNONYMS.iter().find(|(w, _)| *w == token) {
        same.1.to_string()
    } else if is_stopword(token) || is_negation(token) || is_number(token) {
        token.to_string()
    } else {
        canon(stem(token))
    }
}

/// True when `key` (from [`key`]) is a content word: not a stopword, not a negation.
pub fn is_content(key: &str) -> bool {
    !is_stopword(key) && !is_negation(key) && key.chars().any(char::is_alphanumeric)
}

/// Number of items two sorted, deduplicated slices have in common (one merge pass).
pub fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Position of the first occurrence of `needle` as a contiguous run in `hay`.
pub fn find_run<T: PartialEq>(hay: &[T], needle: &[T], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return Some(from.min(hay.len()));
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

/// Length of the longest run of equal consecutive items shared by `a` and `b`
/// (dynamic programming over one row; both inputs are short quotes).
pub fn longest_common_run<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row = vec![0u32; b.len() + 1];
    let mut best = 0;
    for x in a {
        // Right to left, so that `row[j]` still holds the previous row's value.
        for (j, y) in b.iter().enumerate().rev() {
            row[j + 1] = if x == y { row[j] + 1 } else { 0 };
            best = best.max(row[j + 1]);
        }
    }
    best as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_fold_case_quotes_and_contractions() {
        assert_eq!(
            tokens("We’re not going, and I won't say."),
            ["we", "are", "not", "going", "and", "i", "will", "not", "say"]
        );
        assert_eq!(
            tokens("The U.S. Navy's ships"),
            ["the", "us", "navy", "ships"]
        );
        assert_eq!(
            tokens("There’s 1,200 of them"),
            ["there", "is", "1200", "of", "them"]
        );
        assert_eq!(tokens("I cannot"), ["i", "can", "not"]);
        assert!(tokens("").is_empty());
        assert!(tokens("— … ?!").is_empty());
    }

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("attacked"), stem("attacks"));
        assert_eq!(stem("attacking"), stem("attack"));
        assert_eq!(stem("stories"), stem("story"));
        assert_eq!(stem("planned"), stem("plan"));
        assert_ne!(stem("report"), stem("port"));
        assert_eq!(stem("us"), "us");
        assert_eq!(stem("état"), "état");
    }

    #[test]
    fn synonyms_map_paraphrases_together() {
        let keys = |t: Vec<String>| t.iter().map(|w| key(w)).collect::<Vec<_>>();
        let a = keys(tokens("false stories about dialogues"));
        let b = keys(tokens("false reports about conversations"));
        assert_eq!(a, b);
        let c = keys(tokens("false claims about meetings"));
        assert_ne!(a, c);
        assert_eq!(key("the"), "the");
        assert_eq!(key("never"), "never");
        assert_eq!(key("406"), "406");
        assert_eq!(key("shall"), key("will"));
        assert_ne!(key("would"), key("will"));
    }

    #[test]
    fn runs() {
        let a = [1, 2, 3, 4, 5];
        assert_eq!(find_run(&a, &[3, 4], 0), Some(2));
        assert_eq!(find_run(&a, &[4, 3], 0), None);
        assert_eq!(find_run(&a, &[3], 3), None);
        assert_eq!(longest_common_run(&a, &[9, 2, 3, 4, 8]), 3);
        assert_eq!(longest_common_run::<i32>(&a, &[]), 0);
    }

    #[test]
    fn shared_count_merges_sorted_sets() {
        assert_eq!(shared_count(&[1, 4, 7, 9], &[2, 4, 9, 11]), 2);
        assert_eq!(shared_count::<u32>(&[1, 2], &[]), 0);
        assert_eq!(shared_count(&[3], &[3]), 1);
    }

    #[test]
    fn word_classes() {
        assert!(is_negation("never") && !is_negation("ever"));
        assert!(is_modal("might") && !is_modal("mighty"));
        assert!(is_number("406") && is_number("three") && !is_number("3rd"));
        assert!(is_content("iran") && !is_content("the") && !is_content("not"));
    }
}
