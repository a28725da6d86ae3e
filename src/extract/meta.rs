//! Article metadata read from the text itself: the title and, where the article names
//! itself, the outlet. Never guesses an outlet from a relay ("CNN reported" about another
//! outlet's reporting is a source, not the article's own outlet).

use regex::Regex;
use std::sync::LazyLock;

/// First non-empty line, trimmed; a leading "date YYYY-MM-DD" stamp is dropped.
pub fn title(text: &str) -> Option<String> {
    static DATE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?i:date)\s+\d{4}-\d{2}-\d{2}\s+").unwrap());
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let line = DATE.replace(line, "");
    Some(line.trim().to_string())
}

// "Trump rejects Israeli plan ..., US officials say - CNN": a title ending in a short
// capitalised name after a dash or bar.
static TITLE_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\s[-–—|]\s+((?:[A-Z][\w.&'’]*|[a-z]+\.(?:com|ng|org|net|co\.uk))(?:\s+[A-Z][\w.&'’]*){0,3})\s*$",
    )
    .unwrap()
});

// Self-references an outlet makes to its own reporting:
// "Earlier, Legit.ng reported that ...", "Reuters has learned", "CNN has reached out to".
static SELF_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:^|[.!?]\s+|\n)
        (?:
            (?:Earlier|Previously),\s+(?P<a>[A-Z][\w.&]*(?:\x20[A-Z][\w.&]*){0,2})\s+(?:had\s+)?reported
          | (?P<b>[A-Z][\w.&]*(?:\x20[A-Z][\w.&]*){0,2})\s+(?:earlier|previously)\s+reported
          | (?P<c>[A-Z][\w.&]*(?:\x20[A-Z][\w.&]*){0,2})\s+has\s+(?:learned|learnt|reached\s+out|contacted|seen|obtained)
        )",
    )
    .unwrap()
});

/// Words that start a sentence but are not outlet names.
const NOT_OUTLETS: &[&str] = &[
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "The",
    "This",
    "That",
    "Officials",
    "Police",
];

/// The outlet, when the text names itself: a " - CNN" title suffix, or a self-reference
/// such as "Earlier, Legit.ng reported". Null otherwise.
pub fn outlet(text: &str) -> Option<String> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    if let Some(c) = TITLE_SUFFIX.captures(first) {
        return Some(c[1].to_string());
    }
    for c in SELF_REF.captures_iter(text) {
        let name = c
            .name("a")
            .or_else(|| c.name("b"))
            .or_else(|| c.name("c"))
            .map(|m| m.as_str())?;
        if !NOT_OUTLETS.contains(&name) {
            return Some(name.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_first_non_empty_line() {
        assert_eq!(
            title("\n\n  Hello world \nmore").as_deref(),
            Some("Hello world")
        );
        assert_eq!(title("   \n\n"), None);
        assert_eq!(
            title(" date 2025-06-16 President Trump vetoed a plan").as_deref(),
            Some("President Trump vetoed a plan")
        );
    }

    #[test]
    fn outlet_from_title_suffix() {
        assert_eq!(
            outlet("Trump rejects plan, US officials say - CNN\nBody.").as_deref(),
            Some("CNN")
        );
        assert_eq!(
            outlet("Quake kills 800 | The Guardian\n").as_deref(),
            Some("The Guardian")
        );
    }

    #[test]
    fn outlet_from_self_reference() {
        let t = "Title\nBody.\n\nEarlier, Legit.ng reported that airlines cancelled flights.";
        assert_eq!(outlet(t).as_deref(), Some("Legit.ng"));
        assert_eq!(
            outlet("Title\nReuters has learned that the talks failed.").as_deref(),
            Some("Reuters")
        );
    }

    #[test]
    fn relays_and_plain_dashes_are_not_outlets() {
        assert_eq!(outlet("Title\nThe talks stalled, CNN reported."), None);
        assert_eq!(outlet("Iran - Israel war enters third day\n"), None);
        assert_eq!(outlet("Title\nHe has learned nothing."), None);
    }
}
