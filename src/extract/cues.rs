//! Cues: the reporting verbs and the small word lists the quote rules read around a quote.
//!
//! Verbs are listed once by base form and inflected here (say, says, said, saying), so every
//! tense is a cue. Forms that are also common nouns ("claims", "a call") are marked weak: the
//! rules accept them only where a verb must stand. Nothing here looks at text; it only answers
//! what a word is.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Reporting verbs that can stand after their subject in a tag (`“...,” said Roe`).
/// Entries are `base`, `base:past` or `base:past:ing` when the forms are irregular.
pub const SPEECH_VERBS: &[&str] = &[
    "say:said",
    "add",
    "ask",
    "answer",
    "reply",
    "respond",
    "write:wrote:writing",
    "tweet",
    "post",
    "continue",
    "explain",
    "note",
    "state",
    "declare",
    "insist",
    "argue",
    "claim",
    "warn",
    "caution",
    "emphasize",
    "emphasise",
    "stress",
    "recall",
    "remark",
    "observe",
    "comment",
    "conclude",
    "counter",
    "retort",
    "quip:quipped:quipping",
    "joke",
    "muse",
    "concede",
    "acknowledge",
    "admit:admitted:admitting",
    "complain",
    "lament",
    "predict",
    "promise",
    "pledge",
    "vow",
    "announce",
    "suggest",
    "agree",
    "confirm",
    "deny",
    "contend",
    "maintain",
    "assert",
    "affirm",
    "reiterate",
    "repeat",
    "echo",
    "scoff",
    "sigh",
    "shout",
    "yell",
    "scream",
    "whisper",
    "mutter",
    "exclaim",
    "boast",
    "brag:bragged:bragging",
    "testify",
    "recount",
    "report",
    "offer",
    "opine",
    "mention",
    "express",
    "disclose",
    "reveal",
    "hint",
    "read:read",
    "sing:sang",
    "chant",
    "cry",
    "plead",
    "demand",
    "wonder",
    "proclaim",
    "charge",
    "allege",
    "estimate",
    "summarize",
    "elaborate",
    "interject",
    "implore",
    "thunder",
    "snap:snapped:snapping",
    "rant",
    "jest",
    "assure",
    "reason",
    "reckon",
    "reflect",
    "confess",
    "speculate",
    "inquire",
    "clarify",
    "object",
    "volunteer",
    "text",
    "email",
    "gush",
    "crow",
    "grumble",
    "fume",
    "sneer",
    "hiss",
    "bark",
    "bellow",
    "roar",
    "rebut:rebutted:rebutting",
    "swear:swore",
    "confide",
    "theorize",
    "surmise",
    "concur:concurred:concurring",
];

/// Two-word reporting verbs: a verb form and the particle that must follow it
/// (`“...,” he shot back`, `she went on`, `Roe pointed out`).
pub const PHRASAL: &[(&str, &str)] = &[
    ("shot", "back"),
    ("fired", "back"),
    ("hit", "back"),
    ("went", "on"),
    ("goes", "on"),
    ("chimed", "in"),
    ("summed", "up"),
    ("pointed", "out"),
    ("points", "out"),
    ("pointing", "out"),
    ("spoke", "up"),
    ("lashed", "out"),
];

/// Reporting verbs that take the listener or the target as object (`Roe told reporters`,
/// `Roe called it “...”`): never read as `“...,” told Roe`.
pub const OBJECT_VERBS: &[&str] = &[
    "tell:told",
    "inform",
    "advise",
    "remind",
    "urge",
    "accuse",
    "call",
    "quote",
    "describe",
    "characterize",
    "characterise",
    "dub:dubbed:dubbing",
    "label",
    "brand",
    "praise",
    "blast",
    "slam:slammed:slamming",
    "criticize",
    "criticise",
    "dismiss",
    "denounce",
    "condemn",
    "hail",
    "tout",
    "decry",
    "deride",
    "mock",
    "ridicule",
    "thank",
    "question",
    "reassure",
    "attack",
    "refer:referred:referring",
    "brief",
    "assail",
    "lambast",
    "lash",
    "scold",
    "liken",
    "reference",
    "promise",
    "vow",
    "pledge",
];

/// Verbs that are also common nouns ("a report", "her claims"): only their past and
/// participle forms are cues.
pub const NOUNISH: &[&str] = &[
    "report",
    "claim",
    "answer",
    "reply",
    "comment",
    "post",
    "tweet",
    "note",
    "call",
    "quote",
    "state",
    "charge",
    "question",
    "demand",
    "plead",
    "estimate",
    "echo",
    "joke",
    "sigh",
    "shout",
    "whisper",
    "boast",
    "promise",
    "pledge",
    "vow",
    "label",
    "brand",
    "attack",
    "hail",
    "praise",
    "cry",
    "chant",
    "offer",
    "repeat",
    "counter",
    "muse",
    "brief",
    "stress",
    "remark",
    "read",
    "mention",
    "blast",
    "lash",
    "mock",
    "rant",
    "jest",
    "thunder",
    "snap",
    "hint",
    "object",
    "text",
    "email",
    "crow",
    "bark",
    "roar",
    "hiss",
    "thank",
    "reference",
];

/// What a cue word is.
#[derive(Debug, Clone, Copy)]
pub struct CueInfo {
    /// An -ing form ("saying", "adding"): its subject is the sentence's subject.
    pub participle: bool,
    /// May follow the quote before its subject (`“...,” said Roe`).
    pub invertible: bool,
    /// A form that is also a common noun ("claims", "call"): a cue only in a tag after a
    /// quote or right after its subject.
    pub weak: bool,
}

/// The forms of one verb entry, each with (is a participle, is weak).
fn inflect(entry: &str) -> Vec<(String, bool, bool)> {
    let mut it = entry.split(':');
    let base = it.next().unwrap_or_default().to_string();
    let past = it.next().map(str::to_string);
    let ing = it.next().map(str::to_string);
    let consonant_y = base.ends_with('y')
        && !base.ends_with("ay")
        && !base.ends_with("ey")
        && !base.ends_with("oy");
    let third = if consonant_y {
        format!("{}ies", &base[..base.len() - 1])
    } else if ["s", "sh", "ch", "x", "z"]
        .iter()
        .any(|e| base.ends_with(e))
    {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    let past = past.unwrap_or_else(|| {
        if base.ends_with('e') {
            format!("{base}d")
        } else if consonant_y {
            format!("{}ied", &base[..base.len() - 1])
        } else {
            format!("{base}ed")
        }
    });
    let ing = ing.unwrap_or_else(|| {
        if base.ends_with("ie") {
            format!("{}ying", &base[..base.len() - 2])
        } else if base.ends_with('e') && !base.ends_with("ee") {
            format!("{}ing", &base[..base.len() - 1])
        } else {
            format!("{base}ing")
        }
    });
    let nounish = NOUNISH.contains(&base.as_str());
    vec![
        (past, false, false),
        (ing, true, false),
        (base, false, nounish),
        (third, false, nounish),
    ]
}

pub static CUES: LazyLock<HashMap<String, CueInfo>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for (list, invertible) in [(SPEECH_VERBS, true), (OBJECT_VERBS, false)] {
        for e in list {
            for (form, participle, weak) in inflect(e) {
                m.entry(form).or_insert(CueInfo {
                    participle,
                    invertible,
                    weak,
                });
            }
        }
    }
    m
});

/// Auxiliaries and adverbs that may stand between a subject and its cue ("has also said").
pub const BETWEEN: &[&str] = &[
    "also",
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "are",
    "would",
    "will",
    "could",
    "should",
    "might",
    "may",
    "can",
    "did",
    "does",
    "do",
    "not",
    "never",
    "later",
    "then",
    "again",
    "once",
    "further",
    "just",
    "still",
    "even",
    "often",
    "always",
    "only",
    "already",
    "since",
    "first",
    "last",
    "ultimately",
    "finally",
    "once",
    "previously",
    "recently",
    "reportedly",
    "repeatedly",
    "simply",
    "had",
    "be",
    "been",
    "being",
    "in",
    "a",
    "statement",
    "subsequently",
    "initially",
    "earlier",
    "separately",
    "however",
    "too",
    "yet",
];

/// Words that end a noun phrase read backwards from a cue (clause openers, prepositions).
pub const CLAUSE: &[&str] = &[
    "that", "and", "but", "or", "which", "whom", "whose", "when", "while", "as", "because", "if",
    "after", "before", "since", "although", "though", "where", "so", "than", "then", "until",
    "unless", "whether", "to", "by", "in", "on", "during", "into", "about", "over", "under",
    "against", "through", "without", "via", "per", "like", "is", "was", "were", "are", "be",
    "been", "has", "have", "had", "not", "what", "how", "why", "also", "asked", "upon", "amid",
    "among", "it", "there", "this", "these", "those", "said", "says",
];

/// Prepositions that may stand inside a tag's subject ("a narrator in the ad asks").
pub const TAG_PREPS: &[&str] = &["it", "in", "on", "at", "during", "by", "about"];

/// Words that open an introductory phrase before a sentence's subject ("On Sunday, ...").
pub const INTRO: &[&str] = &[
    "however",
    "still",
    "meanwhile",
    "but",
    "and",
    "yet",
    "so",
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "despite",
    "while",
    "when",
    "as",
    "instead",
    "also",
    "then",
    "later",
    "earlier",
    "asked",
    "speaking",
    "following",
    "since",
    "with",
    "without",
    "under",
    "for",
    "from",
    "by",
    "through",
    "amid",
    "separately",
    "additionally",
    "moreover",
    "today",
    "yesterday",
    "last",
    "this",
    "now",
    "indeed",
    "again",
    "reportedly",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "thus",
    "hence",
    "addressing",
    "responding",
    "writing",
    "appearing",
    "interviewed",
    "pressed",
    "campaigning",
    "standing",
    "looking",
    "referring",
    "discussing",
    "like",
    "unlike",
    "if",
    "once",
    "until",
    "because",
    "although",
    "though",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "previously",
    "recently",
    "finally",
    "first",
    "second",
    "overall",
    "ultimately",
];

/// Nouns for bodies that a later "it" can stand for ("the company ... it said").
pub const BODY_NOUNS: &[&str] = &[
    "company",
    "ministry",
    "agency",
    "department",
    "government",
    "administration",
    "campaign",
    "committee",
    "court",
    "group",
    "organization",
    "organisation",
    "party",
    "office",
    "police",
    "military",
    "army",
    "network",
    "report",
    "statement",
    "newspaper",
    "firm",
    "bank",
    "union",
    "council",
    "board",
    "university",
    "school",
    "hospital",
    "church",
    "commission",
    "senate",
    "congress",
    "parliament",
    "embassy",
    "foundation",
    "institute",
    "coalition",
    "website",
];

/// Words that may join the parts of a description ("a spokesman for the campaign").
pub const NP_LINK: &[&str] = &["of", "for", "at", "from", "with"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tense_is_a_cue() {
        for w in [
            "say", "says", "said", "saying", "tells", "told", "replies", "replied", "stated",
            "stating", "admitted", "quipped", "wrote", "writing",
        ] {
            assert!(CUES.contains_key(w), "{w}");
        }
        for w in ["sayed", "telled", "statement", "the", "wrotes"] {
            assert!(!CUES.contains_key(w), "{w}");
        }
    }

    #[test]
    fn participles_and_object_verbs_are_marked() {
        assert!(CUES["adding"].participle);
        assert!(!CUES["added"].participle);
        assert!(CUES["said"].invertible);
        assert!(!CUES["told"].invertible);
    }

    #[test]
    fn phrasal_cues_need_their_particle() {
        assert!(PHRASAL.contains(&("shot", "back")));
        assert!(!CUES.contains_key("shot"));
        assert!(!CUES.contains_key("went"));
    }

    #[test]
    fn noun_like_forms_are_weak() {
        assert!(CUES["claims"].weak);
        assert!(CUES["call"].weak);
        assert!(!CUES["claimed"].weak);
        assert!(!CUES["says"].weak);
    }
}
