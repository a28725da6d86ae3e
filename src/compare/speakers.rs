//! Speakers across articles: one canonical name per person, so that "Trump", "President
//! Donald Trump" and "Donald Trump" compare equal, and a rule for when two speakers are
//! compatible. Works only over the names seen in the run; it never guesses a name that no
//! article gives and never merges two full names that differ.

use crate::model::{Article, SpeakerKind};
use std::collections::{BTreeMap, BTreeSet};

/// Words that name a role, not a person; dropped from the front of a name.
const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "defense",
    "defence",
    "secretary",
    "state",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "gen",
    "general",
    "chancellor",
    "king",
    "queen",
    "prince",
    "pope",
    "supreme",
    "leader",
    "ayatollah",
    "sheikh",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "former",
    "ambassador",
    "envoy",
    "speaker",
    "mayor",
    "judge",
    "justice",
    "lt",
    "col",
    "colonel",
    "commander",
    "director",
    "adviser",
    "advisor",
    "premier",
    "the",
    "sir",
    "lord",
];

/// Who a quote is credited to, as far as the comparison cares.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Who {
    /// A named person or body, by canonical name.
    Named(String),
    /// An anonymous description, as written.
    Anonymous(String),
    /// A role with no name ("the Israeli Prime Minister"): may be anyone named.
    Role(String),
    /// No speaker found.
    Unknown,
}

impl Who {
    /// The name or description to show; null for an unknown speaker.
    pub fn shown(&self) -> Option<String> {
        match self {
            Who::Named(n) | Who::Anonymous(n) | Who::Role(n) => Some(n.clone()),
            Who::Unknown => None,
        }
    }

    /// The class used to decide agreement: the canonical name, "anonymous" for every
    /// anonymous description (two unnamed officials may be the same person), or none.
    pub fn class(&self) -> Option<String> {
        self.class_str().map(str::to_string)
    }

    /// [`Who::class`] without copying it.
    fn class_str(&self) -> Option<&str> {
        match self {
            Who::Named(n) => Some(n),
            Who::Anonymous(_) => Some("anonymous"),
            Who::Role(_) | Who::Unknown => None,
        }
    }

    /// True when the two may be the same speaker: same class, or one unknown or a bare role.
    pub fn compatible(&self, other: &Who) -> bool {
        match (self.class_str(), other.class_str()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }

    /// True when both are the same named speaker. Two anonymous descriptions are only
    /// compatible: "an official" in one article need not be "an official" in another.
    pub fn same(&self, other: &Who) -> bool {
        matches!((self, other), (Who::Named(a), Who::Named(b)) if a == b)
    }
}

/// `s` lower-cased with its accents dropped ("Julián" -> "julian"), so that one name written
/// with and without diacritics is one key.
fn fold(s: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The name's core: the trailing run of capitalised words that are not titles, possessive
/// dropped ("Israeli Prime Minister Benjamin Netanyahu" -> ["Benjamin", "Netanyahu"]).
fn core(name: &str) -> Vec<String> {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-');
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .unwrap_or(w);
            w.to_string()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut start = words.len();
    while start > 0 {
        let w = &words[start - 1];
        let lower = w.trim_end_matches('.').to_lowercase();
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if !capital || TITLES.contains(&lower.as_str()) {
            break;
        }
        start -= 1;
    }
    words[start..].to_vec()
}

/// Head nouns of bodies: a name ending in one ("Tehran's Foreign Ministry", "the State
/// Department") names an institution, whose words are not a person's titles and surname.
const BODY_HEADS: &[&str] = &[
    "ministry",
    "department",
    "office",
    "agency",
    "council",
    "commission",
    "committee",
    "police",
    "army",
    "forces",
    "court",
    "government",
    "embassy",
    "service",
    "organization",
    "organisation",
    "authority",
    "network",
    "group",
    "corps",
    "guard",
    "guards",
    "house",
    "cabinet",
    "parliament",
    "bureau",
    "administration",
    "command",
    "center",
    "centre",
    "institute",
    "union",
    "party",
    "board",
    "survey",
];

/// The canonical form of a body's name: as written, without a leading "the" and its
/// trailing punctuation; never shortened, so that two countries' ministries stay apart.
fn body(name: &str) -> Option<String> {
    let trimmed = name.trim_end_matches(|c: char| !c.is_alphanumeric());
    let head = trimmed.split_whitespace().last()?.to_lowercase();
    if !BODY_HEADS.contains(&head.as_str())
        || looks_anonymous(trimmed) && !trimmed.starts_with("the ")
    {
        return None;
    }
    let rest = trimmed
        .strip_prefix("the ")
        .or_else(|| trimmed.strip_prefix("The "))
        .unwrap_or(trimmed);
    rest.chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then(|| rest.to_string())
}

/// True when a name is written like an anonymous description ("a senior official").
fn looks_anonymous(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    first.chars().next().is_some_and(char::is_lowercase)
}

/// Offices held by one known person at a time: "the Prime Minister" is that person, not
/// an anonymous source.
const OFFICES: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "chancellor",
    "king",
    "queen",
    "pope",
    "leader",
    "governor",
    "mayor",
    "ambassador",
    "premier",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// True for "the" followed by an office and no name ("the Israeli Prime Minister").
fn is_role(name: &str) -> bool {
    let lower = name.to_lowercase();
    let Some(rest) = lower.strip_prefix("the ") else {
        return false;
    };
    rest.split_whitespace()
        .any(|w| OFFICES.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        && core(name).is_empty()
}

/// A speaker written without a name: an office ("Prime Minister") is a role held by
/// someone the run may name; any other head noun ("senior administration official",
/// "U.S. official") is an anonymous source, whatever kind the extractor gave it.
fn no_name(name: &str) -> Who {
    let head = name
        .split_whitespace()
        .last()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default();
    if OFFICES.contains(&head.as_str()) || TITLES.contains(&head.as_str()) {
        Who::Role(name.to_string())
    } else {
        Who::Anonymous(name.to_string())
    }
}

/// Canonical names over one run.
#[derive(Debug, Default)]
pub struct Speakers {
    /// Surname ([`fold`]ed) -> the full cores seen with it.
    by_surname: BTreeMap<String, BTreeSet<Vec<String>>>,
    /// A name ([`fold`]ed) -> how it is shown: of its spellings, the one with the most
    /// accents ("Julián Ossa" over "Julian Ossa"), then the first in sort order.
    shown: BTreeMap<String, String>,
}

impl Speakers {
    /// Learns every named speaker of the run.
    pub fn new(articles: &[Article]) -> Self {
        let mut by_surname: BTreeMap<String, BTreeSet<Vec<String>>> = BTreeMap::new();
        let mut shown: BTreeMap<String, String> = BTreeMap::new();
        for q in articles.iter().flat_map(|a| &a.quotes) {
            let Some(name) = &q.speaker else { continue };
            if q.speaker_kind == Some(SpeakerKind::Anonymous) || looks_anonymous(name) {
                continue;
            }
            if body(name).is_some() {
                continue;
            }
            let c = core(name);
            if let Some(last) = c.last() {
                by_surname.entry(fold(last)).or_default().insert(c.clone());
                let joined = c.join(" ");
                let accents = |s: &str| s.chars().filter(|c| !c.is_ascii()).count();
                shown
                    .entry(fold(&joined))
                    .and_modify(|cur| {
                        let better = (accents(&joined), std::cmp::Reverse(&joined))
                            > (accents(cur), std::cmp::Reverse(&*cur));
                        if better {
                            *cur = joined.clone();
                        }
                    })
                    .or_insert(joined);
            }
        }
        Speakers { by_surname, shown }
    }

    /// The one spelling shown for a name written with and without accents.
    fn spelled(&self, name: String) -> String {
        self.shown.get(&fold(&name)).cloned().unwrap_or(name)
    }

    /// The canonical form of a speaker: a lone surname becomes the one full name seen with
    /// it in the run; a full name loses its titles; an ambiguous surname stays as written.
    pub fn resolve(&self, speaker: Option<&str>, kind: Option<SpeakerKind>) -> Who {
        let Some(name) = speaker.map(str::trim).filter(|s| !s.is_empty()) else {
            return Who::Unknown;
        };
        if is_role(name) {
            return Who::Role(name.to_string());
        }
        if let Some(b) = body(name) {
            return Who::Named(b);
        }
        if kind == Some(SpeakerKind::Anonymous) || (kind.is_none() && looks_anonymous(name)) {
            return Who::Anonymous(name.to_string());
        }
        let c = core(name);
        let Some(last) = c.last() else {
            return no_name(name);
        };
        let fulls: Vec<&Vec<String>> = self
            .by_surname
            .get(&fold(last))
            .map(|s| s.iter().filter(|f| f.len() > 1).collect())
            .unwrap_or_default();
        let first_last = |v: &Vec<String>| (v.first().map(|s| fold(s)), v.last().map(|s| fold(s)));
        let candidates: Vec<&Vec<String>> = if c.len() == 1 {
            fulls
        } else {
            fulls
                .into_iter()
                .filter(|f| first_last(f) == first_last(&c))
                .collect()
        };
        let distinct: BTreeSet<_> = candidates.iter().map(|f| first_last(f)).collect();
        if distinct.len() == 1 {
            let best = candidates
                .iter()
                .max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)))
                .map(|f| f.join(" "))
                .unwrap_or_default();
            return Who::Named(self.spelled(best));
        }
        Who::Named(self.spelled(c.join(" ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Quote;

    fn article(id: &str, speakers: &[(&str, SpeakerKind)]) -> Article {
        Article {
            id: id.into(),
            path: format!("{id}.txt"),
            title: None,
            outlet: None,
            words: 0,
            quotes: speakers
                .iter()
                .map(|(s, k)| Quote {
                    text: "words".into(),
                    start: 0,
                    end: 5,
                    line: 1,
                    speaker: Some(s.to_string()),
                    speaker_kind: Some(*k),
                    speaker_mention: None,
                    cue: None,
                })
                .collect(),
            sources: vec![],
            figures: vec![],
            terms: vec![],
            names: vec![],
            problems: vec![],
        }
    }

    #[test]
    fn surname_and_titles_resolve_to_the_full_name() {
        let arts = [
            article("a", &[("President Marta Kowalczyk", SpeakerKind::Named)]),
            article("b", &[("Kowalczyk", SpeakerKind::Named)]),
        ];
        let sp = Speakers::new(&arts);
        let full = Who::Named("Marta Kowalczyk".into());
        assert_eq!(
            sp.resolve(Some("Kowalczyk"), Some(SpeakerKind::Named)),
            full
        );
        assert_eq!(
            sp.resolve(Some("President Marta Kowalczyk"), None),
            full.clone()
        );
        assert_eq!(sp.resolve(Some("Marta Kowalczyk's"), None), full);
    }

    #[test]
    fn bodies_keep_their_whole_name() {
        let arts = [article(
            "a",
            &[
                ("Tehran\u{2019}s Foreign Ministry", SpeakerKind::Named),
                ("Foreign Minister Lena Kowal", SpeakerKind::Named),
            ],
        )];
        let sp = Speakers::new(&arts);
        assert_eq!(
            sp.resolve(Some("Tehran\u{2019}s Foreign Ministry"), None),
            Who::Named("Tehran\u{2019}s Foreign Ministry".into())
        );
        assert_eq!(
            sp.resolve(Some("the State Department"), None),
            Who::Named("State Department".into())
        );
        assert_ne!(
            sp.resolve(Some("Israel's Foreign Ministry"), None),
            sp.resolve(Some("Iran's Foreign Ministry"), None)
        );
        assert_eq!(
            sp.resolve(Some("Kowal"), None),
            Who::Named("Lena Kowal".into())
        );
        assert!(matches!(
            sp.resolve(Some("a police officer"), None),
            Who::Anonymous(_)
        ));
    }

    #[test]
    fn ambiguous_surnames_and_different_names_stay_apart() {
        let arts = [article(
            "a",
            &[
                ("Anna Lindqvist", SpeakerKind::Named),
                ("Erik Lindqvist", SpeakerKind::Named),
            ],
        )];
        let sp = Speakers::new(&arts);
        assert_eq!(
            sp.resolve(Some("Lindqvist"), None),
            Who::Named("Lindqvist".into())
        );
        assert_ne!(
            sp.resolve(Some("Anna Lindqvist"), None),
            sp.resolve(Some("Erik Lindqvist"), None)
        );
    }

    #[test]
    fn a_name_with_and_without_accents_is_one_speaker() {
        let arts = [
            article("a", &[("Governor Julian Osorio", SpeakerKind::Named)]),
            article("b", &[("Julián Osorio", SpeakerKind::Named)]),
        ];
        let sp = Speakers::new(&arts);
        let want = Who::Named("Julián Osorio".into());
        assert_eq!(sp.resolve(Some("Julian Osorio"), None), want);
        assert_eq!(sp.resolve(Some("Julián Osorio"), None), want);
        assert_eq!(sp.resolve(Some("Osorio"), None), want);
        assert_ne!(sp.resolve(Some("Julia Osorio"), None), want);
    }

    #[test]
    fn anonymous_descriptions_are_compatible_with_each_other_only() {
        let sp = Speakers::default();
        let a = sp.resolve(Some("a senior defense official"), None);
        let b = sp.resolve(Some("two diplomats"), Some(SpeakerKind::Anonymous));
        let named = sp.resolve(Some("Pedro Alvarez"), Some(SpeakerKind::Named));
        let unknown = sp.resolve(None, None);
        assert!(!a.same(&b) && a.compatible(&b));
        assert!(!a.compatible(&named) && !named.same(&a));
        assert!(unknown.compatible(&named) && !unknown.same(&named));
        let role = sp.resolve(Some("the Foreign Minister"), Some(SpeakerKind::Anonymous));
        assert_eq!(role, Who::Role("the Foreign Minister".into()));
        assert!(matches!(
            sp.resolve(Some("the senior official"), None),
            Who::Anonymous(_)
        ));
        assert!(matches!(
            sp.resolve(
                Some("senior U.N. relief official"),
                Some(SpeakerKind::Named)
            ),
            Who::Anonymous(_)
        ));
        assert!(matches!(
            sp.resolve(Some("Spanish Prime Minister"), Some(SpeakerKind::Named)),
            Who::Role(_)
        ));
        assert!(role.compatible(&named) && !role.same(&named));
    }
}
