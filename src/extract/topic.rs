//! Topic terms: the words that say what an article is about, so that `compare` can group
//! articles about the same event into one story before comparing their figures and sourcing.
//!
//! One pass over the text, no regex: names (capitalised words that do not open a sentence)
//! and content words are counted, the title counts three times, and the most frequent are
//! kept. This module only describes one article; it never compares articles and never
//! decides what a story is (that is `compare::stories`).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// How many terms an article keeps.
pub const MAX_TERMS: usize = 24;

/// Weight of a word in the title against one in the body.
const TITLE_WEIGHT: u32 = 3;

/// Words too common in news to say what a story is about. Matched lower-cased.
const STOP: &[&str] = &[
    "about",
    "above",
    "according",
    "across",
    "added",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "among",
    "and",
    "another",
    "any",
    "anyone",
    "are",
    "around",
    "asked",
    "away",
    "back",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "called",
    "came",
    "can",
    "cannot",
    "could",
    "day",
    "days",
    "did",
    "does",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "earlier",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "few",
    "first",
    "for",
    "from",
    "further",
    "get",
    "give",
    "given",
    "going",
    "got",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "including",
    "into",
    "its",
    "just",
    "know",
    "last",
    "late",
    "later",
    "least",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "might",
    "more",
    "most",
    "much",
    "must",
    "near",
    "need",
    "never",
    "new",
    "news",
    "next",
    "nor",
    "not",
    "now",
    "off",
    "often",
    "once",
    "one",
    "only",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "part",
    "per",
    "put",
    "rather",
    "read",
    "really",
    "reported",
    "reporting",
    "reports",
    "said",
    "same",
    "say",
    "saying",
    "says",
    "see",
    "seen",
    "several",
    "she",
    "should",
    "show",
    "since",
    "some",
    "still",
    "such",
    "take",
    "taken",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "things",
    "this",
    "those",
    "though",
    "three",
    "through",
    "time",
    "times",
    "today",
    "told",
    "too",
    "took",
    "two",
    "under",
    "until",
    "upon",
    "very",
    "was",
    "way",
    "week",
    "weeks",
    "well",
    "went",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yet",
    "you",
    "your",
    "yours",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "photo",
    "image",
    "images",
    "getty",
    "copyright",
    "click",
    "subscribe",
    "newsletter",
    "share",
    "follow",
    "comments",
    "advertisement",
    "his",
    "hers",
    "we",
    "us",
    "i",
    "mr",
    "mrs",
    "ms",
    "dr",
    "per",
    "via",
];

fn is_stop(lower: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| STOP.iter().copied().collect());
    SET.contains(lower)
}

/// A word of the text and whether it reads as a name (capitalised, not opening a sentence).
struct Word<'a> {
    text: &'a str,
    name: bool,
}

/// Words of `text`: runs of letters, digits, apostrophes and hyphens, trimmed of apostrophes
/// and hyphens at either end; a word after `.`, `!`, `?`, a colon or a line start opens a
/// sentence (as does one after an opening quotation mark) and so is never taken as a name
/// on capitalisation alone.
fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    let mut opens = true;
    let mut rest = text;
    std::iter::from_fn(move || loop {
        let start = rest.find(|c: char| {
            c.is_alphanumeric() || matches!(c, '.' | '!' | '?' | ':' | '\n' | '“' | '"' | '‘')
        })?;
        let c = rest[start..].chars().next()?;
        if !c.is_alphanumeric() {
            opens = true;
            rest = &rest[start + c.len_utf8()..];
            continue;
        }
        let len = rest[start..]
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
            .unwrap_or(rest.len() - start);
        let raw = &rest[start..start + len];
        rest = &rest[start + len..];
        let word = raw.trim_end_matches(['\'', '’', '-']);
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        let was_open = std::mem::replace(&mut opens, false);
        if word.is_empty() {
            continue;
        }
        let name = !was_open && word.chars().next().is_some_and(char::is_uppercase);
        return Some(Word { text: word, name });
    })
}

/// The article's topic terms, most telling first: names (listed capitalised, "Kisumu") and
/// lower-cased content words ("ferry") of at least three letters, counted over the body with the title (first non-empty line) weighted
/// three times; a word counts as a name when it is capitalised somewhere other
/// than at a sentence start, and names weigh double. Numbers and stop words are left out.
/// Ties break alphabetically, so the list is deterministic.
pub fn terms(text: &str) -> Vec<String> {
    let title_end = text
        .char_indices()
        .skip_while(|(_, c)| c.is_whitespace())
        .find(|(_, c)| *c == '\n')
        .map_or(text.len(), |(i, _)| i);
    // lower-cased word -> (count, seen as a name)
    let mut counts: HashMap<String, (u32, bool)> = HashMap::new();
    let mut lower = String::new();
    for (part, weight) in [(&text[..title_end], TITLE_WEIGHT), (&text[title_end..], 1)] {
        for w in words(part) {
            if w.text.chars().count() < 3 || !w.text.chars().any(char::is_alphabetic) {
                continue;
            }
            if w.text.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            lower.clear();
            lower.extend(
                w.text
                    .chars()
                    .map(|c| if c == '’' { '\'' } else { c })
                    .flat_map(char::to_lowercase),
            );
            if is_stop(&lower) {
                continue;
            }
            let name = w.name && weight == 1;
            match counts.get_mut(lower.as_str()) {
                Some(e) => {
                    e.0 += weight;
                    e.1 |= name;
                }
                None => {
                    counts.insert(lower.clone(), (weight, name));
                }
            }
        }
    }
    let mut ranked: Vec<(u32, String, bool)> = counts
        .into_iter()
        .map(|(w, (n, name))| (if name { 2 * n } else { n }, w, name))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    ranked
        .into_iter()
        .take(MAX_TERMS)
        .map(|(_, w, name)| if name { capitalised(&w) } else { w })
        .collect()
}

/// Every name of the article, lower-cased, with how often it is written as one, most
/// frequent first (ties alphabetical): the places and people beyond the top terms, which
/// `compare::stories` uses to tell whether two reports name the same town. Names in a wire
/// trailer ("Reporting by ...", "Editing by ...") are bylines, not the event's, and are
/// left out, as are stop words and words shorter than three letters or holding digits.
pub fn names(text: &str) -> Vec<(String, u32)> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for line in text.lines() {
        if ["Reporting by", "Writing by", "Editing by", "reporting by"]
            .iter()
            .any(|b| line.contains(b))
        {
            continue;
        }
        for w in words(line) {
            if !w.name || w.text.chars().count() < 3 {
                continue;
            }
            if w.text.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let lower: String = w
                .text
                .chars()
                .map(|c| if c == '’' { '\'' } else { c })
                .flat_map(char::to_lowercase)
                .collect();
            if !is_stop(&lower) {
                *counts.entry(lower).or_insert(0) += 1;
            }
        }
    }
    let mut ranked: Vec<(String, u32)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked
}

/// `w` with its first letter upper-cased: how a name is listed.
fn capitalised(w: &str) -> String {
    let mut chars = w.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_reach_past_the_top_terms_and_skip_bylines() {
        let text = "Mine collapse\nRescuers dug at Kyekyewere near Dunkwa. Officials in \
                    Kyekyewere said more.\n(Reporting by Kofi Mensah; Editing by Ann Lee)";
        let n = names(text);
        assert_eq!(n[0], ("kyekyewere".to_string(), 2), "{n:?}");
        assert!(n.iter().any(|(w, _)| w == "dunkwa"));
        assert!(
            !n.iter().any(|(w, _)| w == "kofi" || w == "rescuers"),
            "{n:?}"
        );
    }

    #[test]
    fn stop_words_are_lower_case_news_words() {
        assert!(STOP
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
        assert!(is_stop("said") && is_stop("monday") && !is_stop("earthquake"));
    }

    #[test]
    fn names_and_title_words_rank_first() {
        let text = "Ferry sinks off Barisal coast\n\nA ferry carrying 300 passengers capsized \
                    on the Meghna river near Barisal on Sunday, officials said. Rescue boats \
                    from Barisal searched the river through the night. The ferry was overloaded, \
                    a police officer said.";
        let t = terms(text);
        assert_eq!(t[0], "Barisal", "{t:?}");
        assert!(t.contains(&"ferry".to_string()));
        assert!(t.contains(&"Meghna".to_string()));
        assert!(!t.iter().any(|w| w == "said" || w == "sunday" || w == "300"));
    }

    #[test]
    fn sentence_openers_are_not_names_but_still_words() {
        let t = terms("x\nRescuers dug. Rescuers dug again. Teams from Avila helped.");
        assert!(t.contains(&"rescuers".to_string()));
        assert_eq!(
            t[0], "Avila",
            "a name mid-sentence outweighs an opener: {t:?}"
        );
    }

    #[test]
    fn possessives_and_curly_apostrophes_fold_together() {
        let t = terms("x\nThe governor’s office and the governor's aides met Governor Osei.");
        assert_eq!(
            t.iter()
                .filter(|w| w.to_lowercase().starts_with("governor"))
                .count(),
            1,
            "{t:?}"
        );
    }

    #[test]
    fn odd_text_never_panics_and_caps_the_list() {
        assert!(terms("").is_empty());
        assert!(terms("\n\n   \n").is_empty());
        assert!(terms("’’’ --- ''' é ÉÉ 🙂 Straße").len() <= MAX_TERMS);
        let many: String = (0..200).map(|i| format!("Word{i}x alpha{i}z. ")).collect();
        assert!(terms(&many).is_empty(), "words with digits are left out");
        let letters: String = (b'a'..=b'z')
            .flat_map(|a| (b'a'..=b'z').map(move |b| format!("Zq{}{} ", a as char, b as char)))
            .collect();
        assert_eq!(terms(&letters).len(), MAX_TERMS);
    }
}
