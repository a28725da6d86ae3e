//! Figures: casualty counts (killed, injured, missing, and casualties: killed and injured
//! counted together) with their qualifier, reporting body and time reference.
//!
//! The text is cut into sentences and each sentence into word tokens. Every number in a
//! sentence (see [`super::numbers`]) is a candidate; it becomes a figure only when a casualty
//! word ties it to a kind, in one of the three ways news writes a toll:
//! - the casualty word follows the number: "800 people were killed", "220 deaths",
//!   "654 have been wounded", "12 remain missing", "at least 50 people, most of them
//!   children, died";
//! - a casualty verb precedes it: "killed at least 800", "injuring 30 others", "the deaths
//!   of two journalists";
//! - a toll noun precedes it through a linking word: "the death toll rose to 800", "the
//!   number of injured stands at 1,200".
//!
//! Numbers that are not counts of people are dropped before that: magnitudes, distances and
//! other units, durations, dates, clock times, years, ages, percentages, money, labels
//! ("Flight 17", "Category 5"), animals and ordinals. Counts of officials or sources never
//! carry a casualty word, so they never become figures. In "150 of the 1,800 residents were
//! killed" the figure is the 150; in "55 of 75 confirmed dead" it is the 75. People
//! displaced, evacuated, arrested, detained, trapped or rescued are not casualties; people
//! "admitted to hospital" or "taken to hospital" are injured.
//!
//! Kinds: "casualties", "the casualty toll" and a count "killed or injured" / "killing and
//! wounding" are `casualties`, never folded into `killed`; "dead or missing" is neither.
//!
//! Only tolls of the event reported count. Not figures: projections and hypotheses ("could
//! kill thousands", "hundreds could die", "the toll could reach 5,000", "is expected to rise
//! to 200", "would have been killed"; but "may have died" is an estimate and counts),
//! conditions ("if 500 people die"), rates and averages ("105 deaths a day", "41 deaths per
//! 100,000", "an average of 12"), and the tolls of earlier events named by their year or as
//! last year's ("the 2011 earthquake killed 9,000", "In 2015, a quake killed...", "since
//! 1999, when a tremor killed...", "last year's outbreak killed 700"), or by an opening time
//! phrase ("The previous week, ...", "In June, ...", "Last month, ...", "Earlier this year,
//! ...", "Two years ago, ...", "A week earlier, ..."), "last year" after the toll ("died in boat accidents last year"), or as what this
//! event came after ("came a week after a car bomb killed 8"). A year after "since" dates
//! this event's toll ("Since 2019, 3,000 have been killed") and counts. Nor does a war's toll
//! to date, a war noun subject of the perfect ("The insurgency has claimed thousands of
//! lives", "The war ..., which erupted in 2023, has killed tens of thousands"), or of any
//! subject that began in a given year ("The violence, which began in 2019, has claimed").
//! Nor are counts of bodies ("recovered 19 bodies", "34 bodies were unloaded", "the bodies
//! of 23 people"): a step of the recovery, set against which a toll is no conflict; an
//! increment given with its total ("10 more bodies ..., bringing the toll to 420") counts
//! only the total.
//!
//! Qualifiers include "a little more than" and "slightly over"; a toll that rose "toward 300"
//! is nearly 300. A headline's "jumps to nearly 180: police" is a figure, not a list label.
//!
//! Values: vague amounts keep the lower bound their words imply, with the qualifier "at
//! least" ("dozens" = 24, "hundreds" = 200, "thousands" = 2,000, see [`super::numbers`]);
//! A single person named without a number ("a police officer was killed") is a person, not
//! a count, and gives no figure; "one person was killed" does. A part of a toll already
//! given ("two of those killed were children", "three of the dead", "two women were among
//! the dead") gives none either, nor do people the sentence names or lists one by one ("two
//! council members, A and B, were also killed", "one died after inhaling tear gas, another
//! after being beaten").
//! `number_text` is the number as written, without its qualifier ("20 and 30" for "between
//! 20 and 30").
//!
//! Reporting body: the subject of the reporting verb nearest the number in the same sentence
//! ("Iran’s Health Ministry reported", ", police said", ", said the army", "… morgue,” said
//! Dr Sesay", "Jane Doe, a spokeswoman, told AFP"), or the phrase after "according to" ("according to reports from
//! X" gives X), after ", per", or after "citing" when it names a body ("Interfax reported,
//! citing the regional governor" gives the governor; "citing witnesses" keeps the first).
//! "X, which said" gives X. A pronoun subject ("He said ...") takes the last body the
//! sentence before named; else pronouns give no body. "A resident who helped fight the
//! bandits said" gives the resident. A name keeps its inner "on", "of" and
//! "for" ("Kenya National Commission on Human Rights") and an acronym in parentheses after
//! it; a day ("officials on Thursday said") or a place after "in" is never a body. A
//! headline's closing "- Amnesty International" or ": police" names the body of its figures;
//! a second verb of one subject keeps it ("has accused the RSF of killing 63, and says 112
//! were injured", "The ministry denied the claim and said 31 were wounded"); a title's
//! closing outlet ("- The Morning Courier", "- CNN") published it and is no body; "reported
//! killed by the disaster council" gives the council (a body noun, not "by shelling"); "X, which last week gave a toll of 100" gives X. A sentence that only says where the
//! figures before it came from ("That is according to the police.", "The figures were
//! provided by the coast guard.", "X disclosed this on Friday.", or the speaker after a quote
//! the sentence before opened) gives the body for the previous sentence's figures that have
//! none. Time reference: "since Friday", "as of Monday evening", "as of June 3",
//! "since January", "since 2019" and the like in the same sentence, the day a body gave
//! its figures ("the ministry said on Friday", "said in a statement on Tuesday") and the
//! day a toll was given ("the toll rose to 130 on Monday"); the day people were killed
//! ("five were killed on Monday") is not one.
//!
//! This module reads one text and knows nothing about other articles; it does not decide
//! whether figures agree. It never panics and is linear in the length of the text: every
//! scan around a number is capped at a fixed number of tokens, and the look to the next
//! sentence reads only that sentence's opening.

use super::numbers;
use crate::model::{Figure, FigureKind, Qualifier};
use crate::text::LineIndex;
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Word tokens: abbreviations ("U.S."), numbers with separators, ranges and short suffixes
/// ("1,200", "20-30", "40-year-old", "1990s", "5km"; a longer glued word is split off, as in
/// the typo "16civilians"), words with inner apostrophes or hyphens
/// ("Iran’s", "Washington-based", "twenty-four"), else one non-space character.
/// Meant to split: "The U.S. said 1,200 people in Iran’s west were hurt, 20-30 badly."
static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
          \p{L}(?:\.\p{L})+\.?
        | \d+(?:[.,:]\d+)*(?:\p{L}{1,3}\b)?(?:[-–‐‑][\p{L}\p{N}]+(?:[.,]\d+)*)*
        | [\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*
        | \S",
    )
    .expect("valid regex")
});

/// A time reference for a toll: "since Friday", "as of Monday evening", "as of June 3",
/// "since the start of the war", "by 6 p.m. local time", "in the past 24 hours", "so far
/// this year".
/// Meant to match: "Officials said 40 had died since late Tuesday."
static AS_OF: LazyLock<Regex> = LazyLock::new(|| {
    let day = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    let month = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    let pattern = format!(
        r"(?xi)
        \b(?:since|as\ of|as\ at|by|through|until)\s+
        (?:
            (?:(?:late|early|last)\s+)?{day}(?:\s+(?:morning|afternoon|evening|night))?
                (?:,?\s+{month}\s+\d{{1,2}}\b)?
          | yesterday | today | tonight | midnight | noon | midday
          | this\s+(?:morning|afternoon|evening|week)
          | last\s+(?:night|week|month)
          | {month}\s+\d{{1,2}}\b(?:,?\s+\d{{4}})?
          | (?:january|february|march|april|june|july|august|september|october|november|december)\b
          | (?:18|19|20)\d{{2}}\b
          | \d{{1,2}}\s+{month}(?:\s+\d{{4}})?
          | \d{{1,2}}(?::\d{{2}})?\s*[ap]\.?m\b\.?(?:\s+local\s+time)?
          | the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?[\p{{L}}-]+
          | the\s+[\p{{L}}-]+\s+(?:began|started|erupted|struck)
        )
        | \b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+
            (?:(?:\d{{1,3}}|[a-z]+)\s+)?(?:hours?|days?|weeks?|months?)\b
        | \b(?:so\s+far\s+)?this\s+year\b"
    );
    Regex::new(&pattern).expect("valid regex")
});

/// Days of the week, lower-cased.
#[rustfmt::skip]
const DAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// The day a body gave its figures, after its reporting verb: the "on Tuesday" of "the
/// ministry said in a statement on Tuesday", the "Thursday" of "the agency said Thursday".
/// Meant to match: "Nine were hurt, the fire service said late on Sunday.", "the agency told
/// the Herald on Wednesday".
static REPORT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:said|says|reported|announced|confirmed|added|stated
           |told\s+(?:(?:the|a)\s+)?[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]*){0,2})
        (?:\s+(?:in|on)\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}?
           (?:statement|update|post|briefing|bulletin|report))?
        \s+((?:(?:late|early)\s+)?(?:on\s+)?
           (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
           (?:\s+(?:morning|afternoon|evening|night))?)\b",
    )
    .expect("valid regex")
});

/// One token of a sentence: byte span into the whole text and its lower-cased form
/// (curly apostrophes made straight).
#[derive(Debug)]
struct Tok<'t> {
    start: usize,
    end: usize,
    low: Cow<'t, str>,
    word: bool,
    capital: bool,
}

/// A number in a sentence with its qualifier, as token indices.
#[derive(Debug)]
struct Phrase {
    /// First token of the qualifier, or of the number when unqualified.
    q_start: usize,
    /// First and one-past-last token of the number (a range spans both ends).
    n_start: usize,
    n_end: usize,
    /// One past the last token, post-qualifier ("or more") included.
    after: usize,
    value: u64,
    value_max: Option<u64>,
    qualifier: Qualifier,
    /// Set when the number is not a count of people (a year, a distance, money...).
    blocked: bool,
    /// Set for the whole a share is taken from: the "1,800" of "150 of the 1,800 residents".
    whole: bool,
}

/// Extracts casualty figures from `text` (offsets into `text`), in order of appearance.
pub fn extract(text: &str) -> Vec<Figure> {
    extract_with(text, true)
}

/// [`extract`], with or without the [`may_hold_figure`] prefilter (the tests check that
/// it changes nothing).
fn extract_with(text: &str, prefilter: bool) -> Vec<Figure> {
    let lines = LineIndex::new(text);
    let mut out: Vec<Figure> = Vec::new();
    // Figures of the sentence before: a sentence may name their body ("... were killed on
    // Sunday. That is according to the state police command.").
    let mut prev_from = 0;
    let mut prev = None;
    for (s, e) in sentences(text) {
        let from = out.len();
        let want_back = out[prev_from..].iter().any(|f| f.reported_by.is_none());
        let sentence = Sentence {
            s,
            e,
            want_back,
            prefilter,
            prev,
        };
        prev = Some((s, e));
        if let Some(body) = sentence_figures(text, &sentence, &lines, &mut out) {
            for f in &mut out[prev_from..from] {
                f.reported_by.get_or_insert_with(|| body.clone());
            }
        }
        prev_from = from;
    }
    out
}

/// Abbreviations whose period does not end a sentence ("Gen. Smith", "Jan. 5").
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "jr",
    "sr", "prof", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "corp", "ltd", "co", "mt", "maj", "adm", "rev", "hon", "pres", "approx", "est",
    "rs",
];

/// Splits `text` into sentence byte ranges. A sentence ends at ".", "!" or "?" (with any
/// closing quotes or brackets) before a capital, digit or opening quote, but not after a
/// known abbreviation or a single letter ("U.S."); it also ends at a line break, unless the
/// line was hard-wrapped mid-sentence (no end punctuation and the next line starts in lower
/// case).
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let push = |out: &mut Vec<(usize, usize)>, s: usize, e: usize| {
        let seg = &text[s..e];
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        if s + lead < e - trail {
            out.push((s + lead, e - trail));
        }
    };
    for (i, c) in text.char_indices() {
        if i < start {
            continue;
        }
        match c {
            '\n' => {
                let before = text[start..i].trim_end();
                let ends = before
                    .chars()
                    .last()
                    .is_none_or(|l| ".!?:;\"”’')".contains(l));
                let next = text[i + 1..]
                    .chars()
                    .take(200)
                    .find(|ch| *ch != ' ' && *ch != '\t' && *ch != '\r');
                let wrapped = !ends && next.is_some_and(char::is_lowercase);
                if !wrapped {
                    push(&mut out, start, i);
                    start = i + 1;
                }
            }
            '.' | '!' | '?' => {
                let mut j = i + 1;
                while j < bytes.len() {
                    match text[j..].chars().next() {
                        Some(ch) if "\"”’')]".contains(ch) => j += ch.len_utf8(),
                        _ => break,
                    }
                }
                let rest = &text[j..];
                if !rest.starts_with([' ', '\t']) {
                    continue;
                }
                let next = rest.trim_start_matches([' ', '\t']).chars().next();
                let opens = next.is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || "\"“‘'(".contains(n)
                });
                if opens && !(c == '.' && is_abbreviation(&text[start..i])) {
                    push(&mut out, start, j);
                    start = j;
                }
            }
            _ => {}
        }
    }
    push(&mut out, start, text.len());
    out
}

/// True when `before` (the text up to a period) ends in an abbreviation or single letter.
fn is_abbreviation(before: &str) -> bool {
    let mut n = 0;
    let mut start = before.len();
    for (i, c) in before.char_indices().rev().take(12) {
        if !c.is_alphabetic() {
            break;
        }
        n += 1;
        start = i;
    }
    // The abbreviations are ASCII, and no other letter lower-cases into one of theirs, so
    // an ASCII comparison ignoring case is the same as comparing lower-cased words.
    let word = &before[start..];
    n == 1 || (n > 0 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)))
}

fn tokenize(text: &str, s: usize, e: usize) -> Vec<Tok<'_>> {
    TOKEN
        .find_iter(&text[s..e])
        .map(|m| {
            let raw = m.as_str();
            let first = raw.chars().next().unwrap_or(' ');
            Tok {
                start: s + m.start(),
                end: s + m.end(),
                low: lower_straight(raw),
                word: first.is_alphanumeric(),
                capital: first.is_uppercase(),
            }
        })
        .collect()
}

/// `raw` lower-cased with curly apostrophes made straight; borrowed when it already is (most
/// words), else in one allocation for most words.
fn lower_straight(raw: &str) -> Cow<'_, str> {
    let plain = raw.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase());
    if plain {
        return Cow::Borrowed(raw);
    }
    let low = raw.to_lowercase();
    Cow::Owned(if low.contains('’') {
        low.replace('’', "'")
    } else {
        low
    })
}

/// Number words a count without digits must contain ("twelve", "a dozen", "hundreds",
/// "tens of thousands"; "twenty-four" holds "twenty"). See [`super::numbers`].
#[rustfmt::skip]
const NUMBER_WORDS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "dozen", "scores",
];

/// Stems every figure needs one of: each casualty word, verb and toll noun the rules read
/// starts with one ("killed", "deaths", "injuries", "martyred", "the toll", "lost their
/// lives", "succumbed", "treated for"). The Kelvin sign lower-cases to "k", so it stands
/// for one too. A rule that reads a new word must add its stem here.
#[rustfmt::skip]
const CUE_STEMS: &[&str] = &[
    "kill", "dead", "death", "fatalit", "injur", "wound", "hurt", "missing", "unaccounted",
    "die", "deceased", "martyr", "perish", "slain", "drown", "murder", "massacr", "bodies",
    "corpse", "hospital", "succumb", "casualt", "lives", "life", "toll", "treated", "\u{212a}",
];

/// Finds number words and casualty stems, ignoring ASCII case.
/// Meant to find "twelve" and "killed" in: "Twelve people were KILLED."
static NUMBER_WORDS_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(NUMBER_WORDS)
        .expect("valid patterns")
});
/// Finds casualty stems, ignoring ASCII case.
/// Meant to find "Deaths" and "toll" in: "Deaths Rise As Toll Passes 40".
static CUE_STEMS_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(CUE_STEMS)
        .expect("valid patterns")
});

/// True when `ac` finds a match in `s` that starts a word (no letter before it): a token
/// equal to a word, or starting with a stem, must start so. Matches are leftmost, so a
/// match passed over ("die" inside "bodies") never hides one that starts a word.
fn word_start_match(ac: &AhoCorasick, s: &str) -> bool {
    ac.find_iter(s).any(|m| {
        !s[..m.start()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
    })
}

/// A cheap test that a sentence may hold a figure: it needs a number (an ASCII digit or a
/// number word) and a casualty word. When it fails, tokenizing is skipped; the result of
/// [`extract`] is the same either way.
fn may_hold_figure(s: &str) -> bool {
    let number = s.bytes().any(|b| b.is_ascii_digit()) || word_start_match(&NUMBER_WORDS_AC, s);
    number && word_start_match(&CUE_STEMS_AC, s)
}

/// Qualifiers written before the number, longest first within each group.
const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["not", "fewer", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["a", "little", "more", "than"], Qualifier::MoreThan),
    (&["a", "little", "over"], Qualifier::MoreThan),
    (&["slightly", "more", "than"], Qualifier::MoreThan),
    (&["slightly", "over"], Qualifier::MoreThan),
    (&["just", "more", "than"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["upward", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["an", "estimated"], Qualifier::About),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["close", "to"], Qualifier::Nearly),
    (&["just", "under"], Qualifier::Nearly),
    (&["a", "little", "under"], Qualifier::Nearly),
    (&["slightly", "under"], Qualifier::Nearly),
    (&["slightly", "fewer", "than"], Qualifier::Nearly),
    (&["slightly", "less", "than"], Qualifier::Nearly),
    (&["just", "below"], Qualifier::Nearly),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["a", "maximum", "of"], Qualifier::UpTo),
    (&["fewer", "than"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::UpTo),
];

/// Words after a number that make it something other than a count of people.
#[rustfmt::skip]
const UNITS: &[&str] = &[
    "%", "percent", "per", "percentage", "third", "thirds", "quarter", "quarters", "fifths",
    "tenths", "half", "km", "kilometres", "kilometers", "kilometre",
    "kilometer", "miles", "mile", "mi", "metres", "meters", "metre", "meter", "m", "ft", "feet",
    "foot", "millimetres", "millimeters", "centimetres", "centimeters", "inch", "yards", "inches",
    "cm", "mm", "kg", "kilograms", "tonnes", "tons", "pounds", "lbs", "acres", "hectares", "sq",
    "square", "mph", "kph", "km/h", "knots", "degrees", "°", "magnitude", "richter", "dollars",
    "euros", "rupees", "naira", "yuan", "yen", "usd", "cents", "seconds", "minutes", "hours",
    "days", "weeks", "months", "years", "decades", "centuries", "second", "minute", "hour", "day",
    "week", "month", "year", "decade", "century", "am", "pm", "a.m.", "p.m.", "a.m", "p.m",
    "o'clock", "gmt", "utc", "bc", "times", "storeys", "floors", "points", "votes", "seats",
    "goals", "runs", "billion", "trillion", "bn", "mn", "gw", "mw",
];

/// Currency codes and abbreviations written before an amount ("EGP 20,000", "PKR 1
/// million", "KSh 200,000", "Rs. 50,000"); with a capital only, so that "try" or "all" in
/// running text stay words.
#[rustfmt::skip]
const CURRENCIES: &[&str] = &[
    "usd", "eur", "gbp", "egp", "inr", "pkr", "ngn", "kes", "ksh", "kshs", "ghs", "bdt", "lkr",
    "npr", "mmk", "idr", "php", "try", "zar", "etb", "ugx", "tzs", "xof", "xaf", "mad", "dzd",
    "tnd", "lyd", "sdg", "syp", "lbp", "jod", "iqd", "irr", "afn", "sar", "aed", "qar", "kwd",
    "omr", "bhd", "yer", "cny", "rmb", "jpy", "krw", "thb", "vnd", "myr", "sgd", "hkd", "twd",
    "aud", "nzd", "cad", "mxn", "brl", "ars", "clp", "cop", "pen", "rub", "uah", "chf", "sek",
    "nok", "dkk", "pln", "huf", "czk", "ron", "ils", "rs", "tk", "rp", "shs", "sh", "ghc",
    "mwk", "zmw", "rwf", "cdf", "htg",
];

/// Words that make the number after them an age ("aged 29", "ages 4 and 7").
const AGE_WORDS: &[&str] = &["aged", "age", "ages"];

/// Words before a number that make it a label, a measure, an age or money.
#[rustfmt::skip]
const BEFORE_BLOCKERS: &[&str] = &[
    "$", "€", "£", "¥", "₹", "us$", "rs", "usd", "eur", "gbp", "magnitude", "aged", "age", "ages",
    "flight", "route", "highway", "road", "street", "resolution", "article", "section", "chapter",
    "room", "gate", "terminal", "unit", "level", "category", "phase", "platform", "block",
    "building", "sector", "zone", "brigade", "division", "battalion", "regiment", "no", "number",
    "page", "model", "version", "interstate", "covid", "year", "years", "g", "#", "no.", "vol",
    "issue", "term", "season", "grade", "class", "size", "score", "minus", "plus", "vol.",
];

#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Casualty words that follow the number: (words, kind, a transitive verb that could take
/// the number as its subject in the active voice, "Five gunmen killed the guard").
const POST_CUES: &[(&[&str], FigureKind, bool)] = &[
    (&["lost", "their", "lives"], FigureKind::Killed, false),
    (&["lost", "his", "life"], FigureKind::Killed, false),
    (&["lost", "her", "life"], FigureKind::Killed, false),
    (&["unaccounted", "for"], FigureKind::Missing, false),
    (&["unaccounted-for"], FigureKind::Missing, false),
    (&["admitted", "to", "hospital"], FigureKind::Injured, false),
    (&["admitted", "to", "hospitals"], FigureKind::Injured, false),
    (
        &["admitted", "to", "the", "hospital"],
        FigureKind::Injured,
        false,
    ),
    (&["taken", "to", "hospital"], FigureKind::Injured, false),
    (&["rushed", "to", "hospital"], FigureKind::Injured, false),
    (&["to", "death"], FigureKind::Killed, false),
    (&["killed"], FigureKind::Killed, true),
    (&["dead"], FigureKind::Killed, false),
    (&["deaths"], FigureKind::Killed, false),
    (&["death"], FigureKind::Killed, false),
    (&["fatality"], FigureKind::Killed, false),
    (&["injury"], FigureKind::Injured, false),
    (&["died"], FigureKind::Killed, false),
    (&["deceased"], FigureKind::Killed, false),
    (&["die"], FigureKind::Killed, false),
    (&["dies"], FigureKind::Killed, false),
    (&["fatalities"], FigureKind::Killed, false),
    (&["martyred"], FigureKind::Killed, true),
    (&["martyrs"], FigureKind::Killed, false),
    (&["perished"], FigureKind::Killed, false),
    (&["slain"], FigureKind::Killed, false),
    (&["drowned"], FigureKind::Killed, false),
    (&["murdered"], FigureKind::Killed, true),
    (&["massacred"], FigureKind::Killed, true),
    (&["bodies"], FigureKind::Killed, false),
    (&["corpses"], FigureKind::Killed, false),
    (&["injured"], FigureKind::Injured, true),
    (&["wounded"], FigureKind::Injured, true),
    (&["hurt"], FigureKind::Injured, true),
    (&["injuries"], FigureKind::Injured, false),
    (&["wounds"], FigureKind::Injured, false),
    (&["hospitalised"], FigureKind::Injured, true),
    (&["hospitalized"], FigureKind::Injured, true),
    (&["missing"], FigureKind::Missing, false),
    (&["succumbed"], FigureKind::Killed, false),
    (&["casualties"], FigureKind::Casualties, false),
];

/// Casualty verbs that precede the number ("killing 12", "wounded at least 30").
const PRE_CUES: &[(&str, FigureKind)] = &[
    ("killed", FigureKind::Killed),
    ("killing", FigureKind::Killed),
    ("kills", FigureKind::Killed),
    ("kill", FigureKind::Killed),
    ("martyred", FigureKind::Killed),
    ("wounded", FigureKind::Injured),
    ("wounding", FigureKind::Injured),
    ("wound", FigureKind::Injured),
    ("wounds", FigureKind::Injured),
    ("injured", FigureKind::Injured),
    ("injuring", FigureKind::Injured),
    ("injures", FigureKind::Injured),
    ("hurt", FigureKind::Injured),
    ("hurting", FigureKind::Injured),
];

/// Words between the number's noun and the casualty word: auxiliaries, adverbs and
/// "reported"/"confirmed"-style verbs ("12 people have reportedly been confirmed dead").
#[rustfmt::skip]
const AUX: &[&str] = &[
    "were", "was", "have", "has", "had", "been", "are", "is", "be", "being", "will", "would",
    "may", "might", "could", "reportedly", "also", "now", "later", "still", "already", "remain",
    "remained", "remains", "left", "found", "confirmed", "feared", "believed", "thought",
    "presumed", "reported", "declared", "pronounced", "listed", "registered", "recorded",
    "classified", "counted", "officially", "seriously", "critically", "severely", "slightly",
    "lightly", "badly", "gravely", "mortally", "fatally", "shot", "got", "get", "among", "to",
    "either", "all", "each", "since", "subsequently", "eventually", "allegedly", "apparently",
    "likely", "sustained", "suffered", "diagnosed", "treated", "stabbed", "beaten", "burned",
    "burnt", "crushed", "hacked", "trampled", "bludgeoned", "stoned", "starved", "frozen",
    "so", "far", "thus", "yet", "recovered", "known",
];

/// Verbs of treatment after which a few words may come before the injury noun ("34 were
/// diagnosed with traumatic brain injuries", "12 were treated for gunshot wounds").
const TREATED: &[&str] = &["diagnosed", "treated", "sustained", "suffered"];

/// Verbs that make "to death" a killing ("stabbed to death"; not "sentenced to death").
#[rustfmt::skip]
const TO_DEATH: &[&str] = &[
    "stabbed", "beaten", "burned", "burnt", "crushed", "hacked", "trampled", "bludgeoned",
    "stoned", "starved", "frozen", "shot",
];

/// Finite verbs: with one of these the casualty word is the clause's predicate ("were
/// killed"); without, it only describes the number's noun ("75 confirmed dead").
const FINITE: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "will", "would",
    "may", "might", "could", "remain", "remains", "remained", "got", "get",
];

/// Auxiliaries that still leave a transitive verb active ("three strikes have killed 40").
#[rustfmt::skip]
const ACTIVE_AUX: &[&str] = &[
    "have", "has", "had", "will", "would", "may", "might", "could", "reportedly", "also", "now",
    "later", "still", "already", "allegedly", "apparently", "likely", "subsequently",
    "eventually",
];

/// Words that end the noun phrase after a number (clause boundaries, reporting verbs).
#[rustfmt::skip]
const SLOT_STOPS: &[&str] = &[
    "said", "say", "says", "told", "tell", "according", "and", "or", "but", "that", "which",
    "who", "whom", "whose", "where", "when", "while", "after", "before", "as", "because", "if",
    "than", "though", "although", "during", "until", "following", "amid", "despite", "with",
    "without", "per", "against", "into", "toward", "towards", "since", "announced", "added",
    "estimated", "killing", "wounding", "injuring", "leaving", "including", "by",
];

/// Words that may open an object after a verb ("killed the guard", "wounded a policeman").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "this", "these", "those", "several",
    "many", "all", "each", "every", "another",
];

/// Words allowed between a casualty verb and its number ("killed another 12", "killing all
/// 298", "wounded a further five"). Not "the": "killed the two men" names people already
/// counted.
const FILLERS: &[&str] = &["another", "further", "additional", "a", "an", "all"];

/// Words that tie a toll noun to its number ("the death toll rose to 800").
#[rustfmt::skip]
const LINKS: &[&str] = &[
    "to", "at", "of", "reached", "reaching", "reach", "reaches", "hit", "hitting", "hits",
    "passed", "passing", "surpassed", "topped", "exceeded", "is", "was", "stands", "stood", "now",
    ":", "climbed", "rose", "risen", "jumped", "soared", "past", "-", "—", "–", "be", "been",
    "neared", "nears", "nearing", "approached", "crossed", "totalled", "totaled", "totals",
    "tops", "passes", "exceeds", "surpasses", "climbs", "rises", "jumps", "soars", "toward",
    "towards",
];

/// Reporting verbs whose subject is the body behind a figure.
#[rustfmt::skip]
const REPORT_VERBS: &[&str] = &[
    "said", "says", "say", "reported", "reports", "announced", "announces", "confirmed",
    "confirms", "stated", "states", "estimated", "estimates", "put", "puts", "counted",
    "recorded", "registered", "documented", "told", "tallied", "added", "noted", "tweeted",
    "posted", "estimate", "confirm", "informed", "disclosed", "wrote", "writes", "saying",
    "accused", "accuses",
];

/// True when token `t` (lower-cased `w`) is a reporting verb. A capitalised "States" or
/// "Records" is part of a name ("the United States"), while a capitalised "Says" is a
/// headline verb.
fn report_verb(t: &Tok, w: &str) -> bool {
    is(REPORT_VERBS, w)
        && !(t.capital
            && is(
                &["states", "records", "notes", "estimates", "counts", "puts"],
                w,
            ))
}

/// Adverbs and auxiliaries allowed between a body and its reporting verb.
#[rustfmt::skip]
const BEFORE_VERB: &[&str] = &[
    "also", "later", "earlier", "previously", "separately", "has", "have", "had", "initially",
    "first", "officially", "had", "publicly", "subsequently", "had", "been",
];

const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which", "there",
];

/// Words that end a reporting body's noun phrase.
#[rustfmt::skip]
const NP_STOPS: &[&str] = &[
    "were", "was", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would",
    "and", "or", "but", "that", "which", "who", "while", "when", "where", "after", "before", "as",
    "since", "in", "on", "at", "with", "to", "from", "by", "into", "than", "if", "because",
    "said", "says", "told", "reported", "also", "later", "not", "no", "amid", "during",
    "according", "citing", "quoting", "per", "via", "what", "said", "added", "then", "so",
];

/// Nouns that make a lower-case phrase a plausible reporting body ("officials", "state media").
#[rustfmt::skip]
const BODY_NOUNS: &[&str] = &[
    "police", "officials", "official", "authorities", "authority", "ministry", "media", "agency",
    "spokesman", "spokeswoman", "spokesperson", "rescuers", "doctors", "medics", "hospital",
    "hospitals", "government", "army", "military", "tv", "television", "radio", "service",
    "services", "office", "department", "committee", "coroner", "governor", "mayor", "chief",
    "commissioner", "witnesses", "residents", "survivors", "sources", "source", "monitor",
    "group", "organisation", "organization", "workers", "groups", "council", "administration",
    "forces", "statement", "report", "outlet", "newspaper", "broadcaster", "activists", "medical",
    "responders", "volunteers", "team", "staff", "director", "minister", "head", "administrator",
    "observatory", "agencies", "services", "officers", "officer", "paramedics", "personnel",
    "unit", "mission", "syndicate", "union", "society", "institute", "centre", "center",
    "project", "board", "commission", "network", "channel", "station", "daily", "website",
    "press", "opposition", "operator", "company", "firm", "airline", "guard", "coastguard",
    "navy", "rebels", "insurgents", "militants", "prosecutors", "prosecutor", "court", "sheriff",
    "examiner", "embassy", "regulator", "command", "headquarters", "operators", "owner",
    "brigade", "brigades", "survey", "monitors", "coalition", "defence", "defense", "commander", "commanders", "spokespeople", "spokesmen",
    "inspector", "superintendent", "secretary", "president", "coordinator", "representative",
    "representatives", "climbers", "resident", "witness", "doctor", "nurse", "nurses",
    "worker", "rescuer", "medic", "volunteer", "fighter", "fighters", "activist", "paramedic",
    "physician", "surgeon", "firefighter", "firefighters",
];

/// Report nouns dropped from "according to a Reuters tally" -> "Reuters".
#[rustfmt::skip]
const REPORT_NOUNS: &[&str] = &[
    "tally", "count", "figures", "figure", "data", "report", "reports", "statement", "estimate",
    "estimates", "statistics", "records", "toll", "numbers",
];

fn is(words: &[&str], w: &str) -> bool {
    words.contains(&w)
}

/// One sentence to read: its byte range, whether the figures before it still want a body,
/// and whether the cheap prefilter may skip it.
struct Sentence {
    s: usize,
    e: usize,
    want_back: bool,
    prefilter: bool,
    /// The sentence before, whose last body a pronoun ("He said ...") refers to.
    prev: Option<(usize, usize)>,
}

/// Per-sentence work: finds numbers, ties them to casualty words, attaches body and date.
/// With `want_back`, also returns the body this sentence credits for the figures of the
/// sentence before it (see [`back_body`]).
fn sentence_figures(
    text: &str,
    sentence: &Sentence,
    lines: &LineIndex,
    out: &mut Vec<Figure>,
) -> Option<String> {
    let &Sentence {
        s,
        e,
        want_back,
        prefilter,
        prev,
    } = sentence;
    let skip = prefilter && !may_hold_figure(&text[s..e]);
    if skip && !want_back {
        return None;
    }
    let toks = tokenize(text, s, e);
    let words: Vec<&str> = toks.iter().map(|t| t.low.as_ref()).collect();
    let back = want_back.then(|| back_body(text, &toks, &words)).flatten();
    if skip {
        return back;
    }
    let phrases = number_phrases(&toks, &words);
    if phrases.is_empty() {
        return back;
    }
    let tolls = toll_kinds(&words, &phrases);
    let bodies = bodies(text, &toks, &words);
    // The sentence as quoted in each figure, collapsed once on the first figure.
    let mut short: Option<String> = None;
    let mut dates: Vec<(usize, String)> = AS_OF
        .find_iter(&text[s..e])
        .map(|m| (s + m.start(), collapse(m.as_str())))
        .collect();
    let before = dates.len();
    dates.extend(REPORT_DATE.captures_iter(&text[s..e]).filter_map(|c| {
        let m = c.get(1)?;
        Some((s + m.start(), collapse(m.as_str())))
    }));
    // "the toll rose to 130 on Monday": the day a toll was given dates it.
    for (pi, p) in phrases.iter().enumerate() {
        if tolls[pi].is_some() && words.get(p.after) == Some(&"on") {
            let day = toks.get(p.after + 1).filter(|t| is(DAYS, &t.low));
            if let Some(day) = day {
                let from = toks[p.after].start;
                dates.push((from, collapse(&text[from..day.end])));
            }
        }
    }
    // "On Sunday, the ministry said ...": the day a body gave its figures, written first.
    if words.first() == Some(&"on")
        && words.get(1).is_some_and(|w| is(DAYS, w))
        && words.get(2) == Some(&",")
        && !bodies.is_empty()
    {
        dates.push((toks[0].start, collapse(&text[toks[0].start..toks[1].end])));
    }
    if dates.len() > before {
        dates.sort_by_key(|d| d.0);
    }
    let mut starts = vec![None; words.len() + 1];
    for (pi, p) in phrases.iter().enumerate() {
        starts[p.q_start] = Some(pi);
        starts[p.n_start] = Some(pi);
    }
    // "He said about 60 others were missing": the body the sentence before named last.
    let mut inherited: Option<Option<String>> = None;
    let mut last_kind = None;
    let mut last_pre = None;
    let mut last_fig = None;
    let mut last_adj = None;
    for (pi, p) in phrases.iter().enumerate() {
        if p.blocked {
            continue;
        }
        let post = post_kind(&words, &phrases, &starts, pi, tolls[pi].is_some());
        if p.whole && post.is_none_or(|(_, finite)| finite) {
            // "150 of the 1,800 residents were killed": the figure is the 150; but "55 of 75
            // confirmed dead" and "many of the 870 people who were hurt" count the whole.
            continue;
        }
        let pre = post.is_none().then(|| pre_kind(&words, p)).flatten();
        let kind = post
            .map(|(k, _)| k)
            .or(pre)
            .or(tolls[pi])
            .or_else(|| running_total(&words, p, last_kind))
            .or_else(|| coordinated(&words, &phrases, last_pre.or(last_adj), p).and(last_kind))
            .or_else(|| elliptical(&words, p).and(last_kind))
            .or_else(|| distributed(&toks, &words, &phrases, last_fig, p).and(last_kind));
        let Some(kind) = kind else { continue };
        // "721 were hospitalised, including 25 critically wounded": a part of the count
        // just given, not a count of its own.
        let including = p.q_start >= 1 && words[p.q_start - 1] == "including";
        if including && last_kind == Some(kind) {
            continue;
        }
        let rate = pre.is_some() && (0..3).any(|n| rate_after(&words, p.after + n));
        if rate
            || not_this_toll(&words, p)
            || itemised(&toks, &words, p)
            || counts_bodies(&words, p)
            || increment(&words, p)
        {
            continue;
        }
        last_kind = Some(kind);
        last_pre = pre.is_some().then_some(pi);
        last_fig = Some(pi);
        // "22 dead children and four adults": the casualty word describes the noun.
        let adjective = is(
            &["dead", "injured", "wounded"],
            words.get(p.after).unwrap_or(&""),
        );
        last_adj = (post.is_some() && adjective).then_some(pi);
        let mut qualifier = p.qualifier;
        if post.is_none() && pre.is_none() && tolls[pi].is_some() && qualifier == Qualifier::Exact {
            // "the toll climbed past 1,000", "deaths topped 500": more than the number.
            let link = words[p.q_start - 1];
            if is(PAST_LINKS, link) {
                qualifier = Qualifier::MoreThan;
            } else if is(&["toward", "towards"], link) {
                // "the number of injured rose toward 300": not yet there.
                qualifier = Qualifier::Nearly;
            }
        }
        let start = toks[p.n_start].start;
        let end = toks[p.n_end - 1].end;
        let reported_by = nearest(&bodies, p.n_start)
            .map(|(_, b)| b.clone())
            .or_else(|| {
                inherited
                    .get_or_insert_with(|| pronoun_body(text, &toks, &words, prev))
                    .clone()
            });
        let as_of = nearest(&dates, start).map(|(_, d)| d.clone());
        let sentence = if e - s <= MAX_SENTENCE {
            short.get_or_insert_with(|| collapse(&text[s..e])).clone()
        } else {
            let from = floor_boundary(text, start.saturating_sub(WINDOW).max(s));
            let to = floor_boundary(text, (end + WINDOW).min(e));
            collapse(&text[from..to])
        };
        out.push(Figure {
            kind,
            value: p.value,
            value_max: p.value_max,
            qualifier,
            number_text: collapse(&text[start..end]),
            reported_by,
            as_of,
            text: sentence,
            start,
            end,
            line: lines.line(start),
        });
    }
    back
}

/// When a pronoun is the subject of a reporting verb in the sentence ("He said", "They
/// told reporters"), the last body named in the sentence `prev` (byte range).
fn pronoun_body(
    text: &str,
    toks: &[Tok],
    words: &[&str],
    prev: Option<(usize, usize)>,
) -> Option<String> {
    let pronoun = (1..words.len()).any(|i| {
        let mut k = i;
        while k > 0 && i - k < 2 && is(BEFORE_VERB, words[k - 1]) {
            k -= 1;
        }
        k > 0
            && is(&["he", "she", "they", "it"], words[k - 1])
            && toks[i].word
            && report_verb(&toks[i], words[i])
    });
    let (s, e) = prev.filter(|_| pronoun)?;
    let toks = tokenize(text, s, e);
    let words: Vec<&str> = toks.iter().map(|t| t.low.as_ref()).collect();
    bodies(text, &toks, &words).pop().map(|(_, b)| b)
}

/// Links after which a toll is above its number ("climbed past 1,000", "topped 500").
#[rustfmt::skip]
const PAST_LINKS: &[&str] = &[
    "past", "passed", "passes", "passing", "surpassed", "surpasses", "exceeded", "exceeds",
    "topped", "tops", "crossed", "beyond",
];

/// True when the number, though tied to a casualty word, is no toll of the event reported:
/// a count in a condition ("if 500 people die"), an average ("an average of 105 deaths"),
/// or the toll of an earlier event (see [`past_event`]).
fn not_this_toll(words: &[&str], p: &Phrase) -> bool {
    let before = |n: usize| p.q_start.checked_sub(n).map(|b| words[b]).unwrap_or("");
    let conditional = (1..=3)
        .take_while(|&n| before(n) != ",")
        .any(|n| is(&["if", "unless"], before(n)));
    let average = before(1) == "of" && is(&["average", "avg"], before(2));
    // "up from 9 deaths", "compared with 40 last year": an earlier value.
    let earlier = before(1) == "from" && is(&["up", "down"], before(2))
        || is(&["with", "to"], before(1)) && before(2) == "compared";
    conditional
        || average
        || earlier
        || war_toll(words, p)
        || past_event(words, p)
        || series_toll(words, p)
}

/// True when the number counts bodies: "Rescuers recovered 19 bodies", "34 bodies were
/// unloaded", "received the bodies of 23 people". Bodies found, moved or buried are a
/// step of the recovery, not a toll: the dead are counted by the tolls the same reports
/// give ("bringing the death toll to 420"), and a count of bodies set against a toll is
/// no conflict.
fn counts_bodies(words: &[&str], p: &Phrase) -> bool {
    let corpse = |w: &str| is(&["bodies", "corpses", "body"], w);
    (p.after..words.len().min(p.after + 3)).any(|k| corpse(words[k]))
        || p.q_start >= 2 && words[p.q_start - 1] == "of" && corpse(words[p.q_start - 2])
}

/// True when the number adds to a toll the sentence then gives whole: "10 more bodies were
/// recovered overnight, bringing the death toll to 420". The total is the figure; "five
/// were killed and 12 more injured" (more = others) has no total and stays.
fn increment(words: &[&str], p: &Phrase) -> bool {
    if words.get(p.after) != Some(&"more") {
        return false;
    }
    let rest = &words[p.after..];
    rest.iter().enumerate().any(|(i, w)| {
        is(&["bringing", "raising", "taking", "pushing", "lifting"], w)
            && rest[i + 1..]
                .iter()
                .take(6)
                .any(|t| is(TOLL_NOUNS, t) || *t == "total")
    })
}

/// Plural event nouns a series toll is counted over.
#[rustfmt::skip]
const EVENTS: &[&str] = &[
    "attacks", "bombings", "blasts", "explosions", "strikes", "airstrikes", "raids", "incidents",
    "shootings", "ambushes", "massacres", "assaults", "accidents", "crashes", "disasters",
    "quakes", "earthquakes", "storms", "floods", "fires", "collapses", "stampedes", "protests",
];

/// True when the toll is a running count over several events in a period: "More than 80
/// people have now been killed in four suicide attacks so far this year", "killed 60 in
/// three bombings since January". A count of events alone ("killed 30 in two attacks on
/// Sunday") is the event reported, twin attacks included, and stays.
fn series_toll(words: &[&str], p: &Phrase) -> bool {
    let tail = &words[p.after.min(words.len())..words.len().min(p.after + 16)];
    let Some(inn) = tail.iter().position(|w| *w == "in") else {
        return false;
    };
    let Some(n) = numbers::parse(&tail[inn + 1..]).filter(|n| n.value >= 2) else {
        return false;
    };
    let rest = &tail[inn + 1 + n.len..];
    let Some(noun) = rest.iter().take(3).position(|w| is(EVENTS, w)) else {
        return false;
    };
    let after = &rest[noun + 1..];
    let period = after.iter().take(8).enumerate().any(|(i, w)| {
        let next = after.get(i + 1).copied().unwrap_or("");
        is(&["since", "far"], w)
            || *w == "this" && next == "year"
            || is(&["past", "last"], w) && is(&["year", "months", "years", "decade"], next)
    });
    period
}

/// True when the number counts people a sentence goes on to name or list one by one, a part
/// of a toll rather than a toll: "two council members, Ali Safi and Asif Baghi, were also
/// killed", "one person died after inhaling tear gas, another after being beaten".
fn itemised(toks: &[Tok], words: &[&str], p: &Phrase) -> bool {
    if words[p.n_start] == "one" && p.n_end == p.n_start + 1 {
        let rest = &words[p.after..words.len().min(p.after + 20)];
        if rest.windows(2).any(|w| w == [",", "another"]) {
            return true;
        }
    }
    // The noun of the number, then ", Name Name and Name Name,".
    let Some(open) = (p.after..words.len().min(p.after + 5)).find(|&k| words[k] == ",") else {
        return false;
    };
    let noun = &toks[p.after..open];
    if noun.iter().any(|t| t.capital || is(NP_STOPS, &t.low)) {
        return false;
    }
    let close = (open + 1..words.len().min(open + 14)).find(|&k| words[k] == ",");
    let Some(close) = close else { return false };
    let inner = &toks[open + 1..close];
    let names = inner
        .iter()
        .all(|t| t.capital || t.low == "and" || t.low == ",");
    names && inner.len() >= 3 && inner.iter().any(|t| t.low == "and")
}

/// True when the number is the toll of an earlier event, named before it in the sentence by
/// its year or as last year's: "the 2011 earthquake killed 9,000", "In 2015, a quake killed
/// 9,000", "since 1999, when a tremor killed 17,000", "last year's outbreak killed 700". A
/// year after the number ("the worst since 2015") or after "since" ("since 2019, 3,000 have
/// died") dates this event's toll and does not count. Ago-phrases after the number ("killed
/// 300 people two decades ago") count too, and so do: "last month/year" inside the clause
/// ("A similar bombing in Ankara last month killed 29"), "a similar / an earlier / the
/// previous" event, a short opening ago-phrase ("Just over a year ago, ..."), a year or a
/// month used attributively ("a massive 1999 tremor", "a January suicide bombing", "in May
/// 2015, a mudslide", "in 2017 an avalanche"), "five months earlier that killed", a decade
/// or the worst of a series ("in the 2000s, the deadliest of which"), and a series dated
/// after the number (", including bombings on Bali in 2002 and 2005"). An event still
/// counting ("The January floods have killed 74 so far") stays.
fn past_event(words: &[&str], p: &Phrase) -> bool {
    // "two bombings last year ..., the latter killing 100": "the latter" points back at
    // events named anywhere in the sentence, so their dates are read from its start.
    let anaphor = words[p.q_start.saturating_sub(4)..p.q_start]
        .iter()
        .any(|w| is(&["latter", "former"], w));
    let from = if anaphor {
        0
    } else {
        p.q_start.saturating_sub(25)
    };
    for j in from..p.q_start {
        let w = words[j];
        let prev = j.checked_sub(1).map(|b| words[b]).unwrap_or("");
        let next = words.get(j + 1).copied().unwrap_or("");
        // "last year's outbreak", "Last month, ...", "The previous week, ...", "Earlier this
        // year, ...".
        let opening = j == 0 || prev == "," || j == 1 && prev == "the";
        let period = is(&["year", "month", "week", "weekend"], next);
        if w == "last" && (next == "year's" || period && opening)
            || is(&["previous", "preceding"], w) && period && opening
            || w == "earlier" && next == "this" && opening
        {
            return true;
        }
        // "A similar bombing in Ankara last month killed 29", "two bombings last year ...,
        // the latter killing 100": last month or year inside the clause dates an earlier
        // event; not "since last month" nor "the floods that began last month have killed".
        if w == "last"
            && is(&["year", "month"], next)
            && !is(&["since", "began", "started", "of", "until"], prev)
            && !ongoing(words, j, p)
        {
            return true;
        }
        // "a similar bombing", "an earlier blast", "the previous attack": another event.
        if is(&["similar", "previous", "earlier", "prior"], w)
            && is(&["a", "an", "the"], prev)
            && alphabetic(next)
            && !is(REPORT_NOUNS, next)
            && !is(
                &[
                    "this",
                    "that",
                    "statement",
                    "announcement",
                    "update",
                    "bulletin",
                ],
                next,
            )
            && !ongoing(words, j, p)
        {
            return true;
        }
        // "Just over a year ago, a bomber ...": an opening ago-phrase a few words long.
        if w == "ago" && next == "," && is(UNITS, prev) && j <= 6 {
            return true;
        }
        // "a factory fire five months earlier that killed 112": an event dated before this
        // one and described by the clause that holds the number.
        let long = is(
            &[
                "weeks", "months", "years", "decades", "week", "month", "year", "decade",
            ],
            prev,
        );
        if long
            && is(&["earlier", "before", "ago"], w)
            && is(
                &[
                    "that", "which", "when", "killed", "killing", "left", "claimed",
                ],
                next,
            )
        {
            return true;
        }
        // "in the 2000s, the deadliest of which ...": a decade, or the worst of a series.
        let decade = w.len() == 5 && w.ends_with('s') && is_year(&w[..4]) && w[..4].ends_with('0');
        if decade && prev == "the" && !ongoing(words, j, p)
            || is(&["deadliest", "worst", "bloodiest"], w)
                && next == "of"
                && words.get(j + 2) == Some(&"which")
        {
            return true;
        }
        // "Two years ago, floods ...", "A week earlier, 19 people died": an opening phrase
        // that dates the toll before the event reported.
        if is(&["ago", "earlier", "before"], w) && next == "," && is(UNITS, prev) && j <= 3 {
            return true;
        }
        // "In June, more than 100 people died": a month named alone is an earlier month.
        let month = is(MONTHS, w) && w.len() > 3 && prev == "in" && !is(&["may"], w);
        if month && (j <= 1 || next == ",") && !ongoing(words, j, p) {
            return true;
        }
        // "a January suicide bombing that killed 12": an indefinite event named by its
        // month (not "the January 5 attack", which may be the event reported).
        let named_month = is(MONTHS, w) && w.len() > 3 && !is(&["may", "march"], w);
        if named_month && is(&["a", "an"], prev) && !is_number(next) && !ongoing(words, j, p) {
            return true;
        }
        // "The attack came a week after a car bomb killed 8", "This is coming barely three
        // months after 106 persons died": the event after "after" is an earlier one.
        if w == "after"
            && is(UNITS, prev)
            && words[from..j].iter().rev().take(10).any(|v| {
                is(
                    &["came", "comes", "coming", "come", "occurred", "happened"],
                    v,
                ) || is(&["struck", "strikes", "hit", "hits"], v)
                    && is(&["weeks", "week", "months", "month", "years", "year"], prev)
            })
        {
            return true;
        }
        if !is_year(w) || prev == "since" && next != "," {
            continue;
        }
        // "the 2011 earthquake", "a massive 1999 tremor" (an adjective between).
        let prev2 = j.checked_sub(2).map(|b| words[b]).unwrap_or("");
        let adjective = alphabetic(prev) && !is(&["in", "of", "since"], prev);
        let attributive = is(&["the", "a", "an", "its", "this"], prev)
            || next == "'"
            || adjective && is(&["a", "an"], prev2);
        // "In 2017 an avalanche ...", "In May 2015, a mudslide ...".
        let in_month = is(MONTHS, prev) && prev2 == "in";
        // A comma after the year closes an opening phrase ("..., and in 2017, a flood") or
        // leads to the earlier event's clause ("in 2019, which killed"); inside a phrase
        // that describes a body ("lawmakers ousted by the army in 2021, put the toll at 21")
        // it dates nothing of the toll.
        let in_at = if in_month {
            j.saturating_sub(2)
        } else {
            j.saturating_sub(1)
        };
        let before_in = in_at.checked_sub(1).map(|b| words[b]).unwrap_or(",");
        let comma_ok = next == ","
            && (is(&[",", "and", "but", ";", "while", "whereas"], before_in)
                || is(
                    &["which", "when", "that", "killing"],
                    words.get(j + 2).copied().unwrap_or(""),
                ));
        let in_year = (prev == "in" || in_month)
            && (j <= 2
                || comma_ok
                || is(
                    &[
                        "killed", "left", "claimed", "when", "that", "which", "killing", "had",
                        "took", "caused", "a", "an", "the",
                    ],
                    next,
                ));
        let when = next == "," && words.get(j + 2) == Some(&"when");
        if (attributive || in_year || when) && !ongoing(words, j, p) {
            return true;
        }
    }
    // "attacks that have killed hundreds, including bombings on Bali in 2002 and 2005": a
    // toll of a series the sentence dates to past years.
    let tail = &words[p.after.min(words.len())..words.len().min(p.after + 25)];
    if let Some(inc) = tail.windows(2).position(|w| w == [",", "including"]) {
        let dated = tail[inc..]
            .windows(2)
            .any(|w| w[0] == "in" && is_year(w[1]));
        if dated {
            return true;
        }
    }
    // "died in boat accidents last year", "killed 300 people two decades ago", "were hurt
    // in the 2010 floods"; not "up from 200 last year" (the earlier value is the other
    // number) nor "since last year".
    let after = words.iter().enumerate().skip(p.after).take(12);
    let mut prev = "";
    let mut prev2 = "";
    for (j, w) in after {
        // "than" ends the clause ("more than the 30 killed last year"), but not in "less
        // than two weeks ago".
        let than = *w == "than" && !is(&["less", "more", "just", "little"], prev);
        if than || is(&[",", ";", "from", "compared", "since"], w) {
            break;
        }
        let long = is(
            &[
                "years", "decades", "year", "decade", "months", "month", "weeks",
            ],
            prev,
        );
        if *w == "ago" && long || *w == "year" && prev == "last" && !is(&["of", "by"], prev2) {
            return true;
        }
        // "A car bombing in Ankara killed 37 people this month": a simple past toll dated to
        // the month or year is an earlier event in it; "has killed 310 this year" is a count
        // to date, and the event reported is dated by its day.
        if is(&["month", "year"], w) && prev == "this" && simple_past(words, p) {
            return true;
        }
        let in_year = prev == "in" || is(&["the", "a", "an"], prev) && prev2 == "in";
        if in_year && is_year(w) && !ongoing(words, j, p) {
            return true;
        }
        prev2 = prev;
        prev = w;
    }
    false
}

/// True when the casualty verb just before the number is a simple past ("killed 37", not
/// "has killed 37" nor "have been killed").
fn simple_past(words: &[&str], p: &Phrase) -> bool {
    let Some(v) = p.q_start.checked_sub(1) else {
        return false;
    };
    is(&["killed", "claimed", "left"], words[v])
        && !words[v.saturating_sub(3)..v]
            .iter()
            .any(|w| is(&["has", "have", "had", "been", "so", "far"], w))
}

/// A number written in digits ("5", "1,200").
fn is_number(w: &str) -> bool {
    w.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// A four-digit year from 1800 to 2100.
fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (1800..=2100).contains(&w.parse::<u32>().unwrap_or(0))
}

/// "The 2023 floods have killed 74 so far": an event named by its time (at `j`) but still
/// counting its dead is the event reported.
/// The year may stand before the number or after it ("Twelve have died in the 2031
/// heatwave, which is now in its third week").
fn ongoing(words: &[&str], j: usize, p: &Phrase) -> bool {
    let between = if j < p.q_start {
        &words[j + 1..p.q_start]
    } else {
        &words[p.q_start..j]
    };
    let rest = words.iter().skip(p.after.max(j + 1)).take(8);
    between
        .iter()
        .chain(rest)
        .any(|w| is(&["has", "have", "is", "are", "now", "far"], w))
}

/// Conflicts whose running toll is their whole history, not the event reported.
const WARS: &[&str] = &[
    "war",
    "insurgency",
    "conflict",
    "uprising",
    "rebellion",
    "insurrection",
    "jihad",
];

/// True when a war is the subject of the casualty verb before the number, in the perfect:
/// "The insurgency has claimed thousands of lives", "The war, which erupted in April 2023,
/// has killed tens of thousands", or any subject that began in a given year ("The violence,
/// which began in 2019, has claimed 8,000 lives"). That is the war's toll to date, not this
/// event's; "3,000 have been killed since the war began" is a count given as news and stays.
fn war_toll(words: &[&str], p: &Phrase) -> bool {
    let before = |n: usize| p.q_start.checked_sub(n).map(|b| words[b]).unwrap_or("");
    let verb = is(&["killed", "claimed", "cost", "left", "taken"], before(1));
    let mut h = 2;
    if is(&["already", "now", "so", "far"], before(h)) {
        h += 1;
    }
    if !verb || !is(&["has", "have"], before(h)) {
        return false;
    }
    let have = p.q_start - h;
    let from = have.saturating_sub(20);
    // The subject: the words before "has" back to the start of the clause, an aside
    // (", which erupted in April 2023,") included.
    let mut depth = 0;
    for k in (from..have).rev() {
        match words[k] {
            "," if depth == 0 && k + 1 == have => depth = 1,
            "," if depth == 1 => depth = 0,
            ";" | ":" | "\"" | "but" | "while" | "when" if depth == 0 => return false,
            w if depth == 0 && is(WARS, w) => return true,
            // ", which began in 2019,": whatever the subject, it has run for years.
            w if depth == 1
                && is(&["began", "erupted", "started", "broke"], w)
                && words[k + 1..have]
                    .iter()
                    .take(4)
                    .any(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())) =>
            {
                return true
            }
            _ => {}
        }
    }
    false
}

/// Sentences longer than this (in bytes) are not real sentences; a figure in one quotes only
/// [`WINDOW`] bytes either side of its number.
const MAX_SENTENCE: usize = 2_000;
const WINDOW: usize = 300;

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The item nearest to `at`, in a list sorted by position (binary search, so that a
/// sentence with many figures stays linear).
fn nearest<T>(items: &[(usize, T)], at: usize) -> Option<&(usize, T)> {
    let i = items.partition_point(|(pos, _)| *pos < at);
    let after = items.get(i);
    let before = i.checked_sub(1).and_then(|b| items.get(b));
    match (before, after) {
        (Some(b), Some(a)) if at - b.0 <= a.0 - at => Some(b),
        (_, Some(a)) => Some(a),
        (b, None) => b,
    }
}

/// Collapses runs of whitespace (line breaks included) to one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `w` is the first word of one of [`QUALIFIERS`]: one `match` settles most words
/// without walking the list.
fn opens_qualifier(w: &str) -> bool {
    matches!(
        w,
        "at" | "no"
            | "not"
            | "a"
            | "well"
            | "slightly"
            | "just"
            | "more"
            | "greater"
            | "upwards"
            | "upward"
            | "in"
            | "over"
            | "above"
            | "exceeding"
            | "an"
            | "about"
            | "around"
            | "some"
            | "roughly"
            | "approximately"
            | "estimated"
            | "nearly"
            | "almost"
            | "close"
            | "up"
            | "as"
            | "fewer"
            | "less"
    )
}

fn qualifier_at(words: &[&str], i: usize) -> Option<(Qualifier, usize)> {
    if !opens_qualifier(words.get(i)?) {
        return None;
    }
    QUALIFIERS.iter().find_map(|(ws, q)| {
        let end = i + ws.len();
        (end <= words.len() && words[i..end] == **ws).then_some((*q, ws.len()))
    })
}

/// Finds every number in the sentence with its qualifier and range, left to right.
fn number_phrases(toks: &[Tok], words: &[&str]) -> Vec<Phrase> {
    let mut out: Vec<Phrase> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // "stands at “approximately” 253": a qualifier the writer quoted.
        let quote = |w: Option<&&str>| w.is_some_and(|w| is(&["“", "”", "\""], w));
        let quoted = (quote(words.get(i)))
            .then(|| qualifier_at(words, i + 1))
            .flatten()
            .filter(|&(_, len)| quote(words.get(i + 1 + len)))
            .filter(|&(_, len)| numbers::parse(&words[i + 2 + len..]).is_some());
        let (q_start, mut qualifier, n_start) = match (quoted, qualifier_at(words, i)) {
            (Some((q, len)), _) => (i, q, i + 2 + len),
            (_, Some((q, len))) if numbers::parse(&words[i + len..]).is_some() => (i, q, i + len),
            _ if words[i] == "between" && numbers::parse(&words[i + 1..]).is_some() => {
                (i, Qualifier::Range, i + 1)
            }
            _ => (i, Qualifier::Exact, i),
        };
        let Some(n) = numbers::parse(&words[n_start..]) else {
            i += 1;
            continue;
        };
        let mut n_end = n_start + n.len;
        let mut value_max = n.value_max;
        if value_max.is_some() {
            qualifier = Qualifier::Range;
        }
        let before = n_start.checked_sub(1).map(|b| words[b]);
        // "between 20 and 30", "20 to 30", "two or three"; not "rose from 20 to 30".
        let joiner = words.get(n_end).copied();
        let range_ok = match joiner {
            // "two men aged 29 and 41": both ages, read as one (blocked) phrase.
            Some("and") => qualifier == Qualifier::Range || is(AGE_WORDS, before.unwrap_or("")),
            Some("to" | "or" | "-" | "–") => !matches!(before, Some("from" | "by")),
            _ => false,
        };
        if range_ok && value_max.is_none() {
            if let Some(m) = numbers::parse(&words[n_end + 1..]).filter(|m| m.value > n.value) {
                value_max = Some(m.value_max.unwrap_or(m.value));
                n_end += 1 + m.len;
                qualifier = Qualifier::Range;
            }
        }
        if qualifier == Qualifier::Range && value_max.is_none() {
            // "between" without a second number is no range.
            qualifier = Qualifier::Exact;
        }
        let mut after = n_end;
        match (words.get(after), words.get(after + 1)) {
            (Some(&"or"), Some(&"more")) if qualifier == Qualifier::Exact => {
                qualifier = Qualifier::AtLeast;
                after += 2;
            }
            (Some(&"or"), Some(&"so")) if qualifier == Qualifier::Exact => {
                qualifier = Qualifier::About;
                after += 2;
            }
            // "35+": 35 or more.
            (Some(&"+"), _) if qualifier == Qualifier::Exact => {
                qualifier = Qualifier::AtLeast;
                after += 1;
            }
            _ => {}
        }
        if n.vague && qualifier == Qualifier::Exact {
            qualifier = Qualifier::AtLeast;
        }
        let mut p = Phrase {
            q_start,
            n_start,
            n_end,
            after,
            value: n.value,
            value_max,
            qualifier,
            blocked: false,
            whole: false,
        };
        // "150 of the 1,800 residents", "55 of 75 people": the second number is the whole.
        let mut j = q_start;
        while j > 0
            && q_start - j < 2
            && (is(&["the", "its", "their"], words[j - 1]) || words[j - 1].ends_with("'s"))
        {
            j -= 1;
        }
        // "40 percent of the 2,000 residents", "half of the 300 passengers": a share.
        const SHARES: &[&str] = &[
            "percent", "%", "half", "third", "thirds", "quarter", "quarters", "most", "majority",
            "many", "some", "fraction", "share", "cent",
        ];
        if let Some(of) = j.checked_sub(1).filter(|&of| words[of] == "of") {
            let after_number = out.last().is_some_and(|prev| prev.after == of);
            let after_share = of.checked_sub(1).is_some_and(|b| is(SHARES, words[b]));
            p.whole = after_number || after_share;
        }
        p.blocked = blocked(toks, words, &p);
        out.push(p);
        i = after.max(i + 1);
    }
    out
}

/// Animals: "the flood killed 3,000 cattle" is not a casualty figure.
#[rustfmt::skip]
const ANIMALS: &[&str] = &[
    "cattle", "livestock", "animals", "sheep", "goats", "cows", "birds", "chickens", "poultry",
    "fish", "dogs", "cats", "pigs", "horses", "camels", "head", "animal",
];

/// True when the number is not a count of people: money, a unit or a share after it, a
/// date, a year, an age, a label, animals, "no one", "one another".
fn blocked(toks: &[Tok], words: &[&str], p: &Phrase) -> bool {
    let first = words[p.n_start];
    let next = words.get(p.after).copied().unwrap_or("");
    let prev = p.q_start.checked_sub(1).map(|b| words[b]).unwrap_or("");
    let prev_n = p.n_start.checked_sub(1).map(|b| words[b]).unwrap_or("");
    // "May" and "March" are months only with a capital ("300 may have died").
    let month = |i: usize, w: &str| {
        is(MONTHS, w) && (!is(&["may", "march"], w) || toks.get(i).is_some_and(|t| t.capital))
    };
    if is(UNITS, next) || month(p.after, next) || month(p.n_start.wrapping_sub(1), prev_n) {
        return true;
    }
    if is(BEFORE_BLOCKERS, prev_n) || is(BEFORE_BLOCKERS, prev) {
        return true;
    }
    // Money: "EGP 20,000", "Rs. 50,000" (the code before the qualifier or the number).
    let code = |i: usize| {
        let i = if words.get(i) == Some(&".") {
            i.checked_sub(1)
        } else {
            Some(i)
        };
        i.and_then(|i| toks.get(i))
            .is_some_and(|t| t.capital && is(CURRENCIES, &t.low))
    };
    if p.q_start > 0 && code(p.q_start - 1) || p.n_start > 0 && code(p.n_start - 1) {
        return true;
    }
    // A sum per head: "20,000 for each injured person", "5,000 to every family".
    if is(&["for", "to"], next)
        && words
            .get(p.after + 1)
            .is_some_and(|w| is(&["each", "every"], w))
    {
        return true;
    }
    if is(ANIMALS, next) {
        return true;
    }
    if prev_n == "no" || first == "one" && next == "another" {
        return true;
    }
    // "under the age of 5"; "1 in 10 residents" is a share.
    let before_of = p.n_start.checked_sub(2).map(|b| words[b]).unwrap_or("");
    if prev_n == "of" && is(AGE_WORDS, before_of) {
        return true;
    }
    // "1 in 10 residents" and the "10" of "four in 10 deaths" are shares; "killed 30 in 2
    // attacks" and "killed 5 in 10 days" are not.
    let share = |a: usize, b: usize| {
        let small = numbers::parse(&words[a..]);
        let large = numbers::parse(&words[b..]);
        match (small, large) {
            (Some(x), Some(y)) => {
                x.value < y.value && !words.get(b + y.len).is_some_and(|w| is(UNITS, w))
            }
            _ => false,
        }
    };
    if next == "in" && p.after + 1 < words.len() && share(p.n_start, p.after + 1) {
        return true;
    }
    if prev_n == "in" && p.n_start >= 2 && share(p.n_start - 2, p.n_start) {
        return true;
    }
    // A bare four-digit number between 1800 and 2100 is a year unless people follow it.
    if first.len() == 4
        && p.n_end == p.n_start + 1
        && p.value_max.is_none()
        && (1800..=2100).contains(&p.value)
        && !is(&["people", "persons", "civilians"], next)
        && !POST_CUES.iter().any(|(c, _, _)| c[0] == next)
    {
        return true;
    }
    // A number glued to a following ":" or "/" is a list label or a fraction ("2006: ...",
    // "3/4"); the tokenizer already keeps "3:45" whole. A headline's "jumps to nearly 180:
    // police" is no label: a label opens its line.
    toks.get(p.n_end).is_some_and(|t| {
        t.start == toks[p.n_end - 1].end
            && (t.low == "/" || t.low == ":" && (p.q_start == 0 || !toks[p.q_start - 1].word))
    })
}

/// Kind read from a casualty word after the number: "800 people were killed". With `toll`,
/// the number completes a toll noun ("the death toll is close to 400") and shares no verb
/// with a number after "and" ("... and 20 more are missing" counts only the 20).
fn post_kind(
    words: &[&str],
    phrases: &[Phrase],
    starts: &[Option<usize>],
    pi: usize,
    toll: bool,
) -> Option<(FigureKind, bool)> {
    let p = &phrases[pi];
    let number_at = |k: usize| starts.get(k).copied().flatten().is_some();
    let mut skipped_whole = false;
    // "one of those deaths", "two of them": part of a toll counted elsewhere; but "60
    // passengers, 14 of whom were killed" counts the 14 when a casualty verb follows.
    let mut k = p.after;
    if words.get(p.after) == Some(&"of") {
        match words.get(p.after + 1).copied() {
            Some("those" | "these") => return None,
            Some("them" | "whom") => k += 2,
            _ => {}
        }
    }
    let mut slot = 0;
    let mut free = 0;
    let mut relative = false;
    let mut aux: Vec<&str> = Vec::new();
    let mut steps = 0;
    while k < words.len() && steps < 30 {
        steps += 1;
        let w = words[k];
        if let Some((ws, kind, transitive)) = POST_CUES.iter().find(|(ws, _, _)| {
            k + ws.len() <= words.len()
                && words[k..k + ws.len()] == **ws
                && (ws[0] != "to" || aux.last().is_some_and(|a| is(TO_DEATH, a)))
        }) {
            // "three of the dead" and "two women were among the dead" count part of a toll,
            // not the toll.
            if slot >= 2 && aux.is_empty() && words[k - 1] == "the" && words[k - 2] == "of"
                || aux.contains(&"among")
            {
                return None;
            }
            // "100 people were killed or injured": a combined count of killed and injured is
            // a casualty count; killed with missing ("dead or missing") is neither kind.
            let next = k + ws.len();
            // "left 231 people missing and injured more than 4,000": a verb with its own
            // object starts a second count.
            let own_object = |j: usize| {
                let obj = words.get(j).copied().unwrap_or("");
                number_at(j) || is(DETERMINERS, obj) || opens_qualifier(obj)
            };
            let other = matches!(words.get(next), Some(&"or" | &"and"))
                .then(|| words.get(next + 1))
                .flatten()
                .filter(|_| !own_object(next + 2))
                .and_then(|n| {
                    POST_CUES
                        .iter()
                        .find(|(c, other, _)| c[0] == *n && other != kind)
                        .map(|(_, other, _)| *other)
                });
            if let Some(other) = other {
                return combined(*kind, other).map(|c| (c, true));
            }
            if hypothetical(words, k) || rate_after(words, next) {
                return None;
            }
            // "hundreds of Ecuadoreans missing their relatives", "fans missing the match":
            // "missing" as a verb with an object is no count of the missing; "five missing
            // children" still is.
            let object = words.get(next).copied().unwrap_or("");
            if ws[0] == "missing"
                && (is(&["their", "his", "her", "its", "our", "my", "your"], object)
                    || is(&["the", "a", "an", "out", "loved", "home"], object))
            {
                return None;
            }
            let passive = aux.iter().any(|a| !is(ACTIVE_AUX, a));
            if *transitive && !passive {
                let obj = words.get(k + ws.len()).copied().unwrap_or("");
                // A number phrase starts at its qualifier, so "killed at least 40" is
                // caught here, and "wounded over the past day" is not.
                let object_follows = is(DETERMINERS, obj) || number_at(k + ws.len());
                if object_follows {
                    return None;
                }
            }
            // "Fifty people who had been missing were found": no longer missing.
            if relative && *kind == FigureKind::Missing && aux.contains(&"had") {
                return None;
            }
            // A verb in the number's own clause, not in a relative clause; "died" is one.
            let verb = is(
                &["died", "perished", "drowned", "succumbed", "lost", "die"],
                ws[0],
            );
            let finite = (verb || aux.iter().any(|a| is(FINITE, a))) && !relative;
            // "55 of 75 confirmed dead": with no verb the casualty word describes the whole.
            if skipped_whole && !finite {
                return None;
            }
            if *kind == FigureKind::Injured && aux.iter().any(|a| is(&["fatally", "mortally"], a)) {
                return Some((FigureKind::Killed, finite));
            }
            return Some((*kind, finite));
        }
        // "14 people have been taken to the hospital", "13 were sent to area hospitals".
        if to_hospital(words, k) && !relative {
            return Some((FigureKind::Injured, aux.iter().any(|a| is(FINITE, a))));
        }
        if (w == "lives" || w == "life") && aux.is_empty() && lives_lost(words, p, k) {
            return Some((FigureKind::Killed, !relative));
        }
        if let Some(q) = starts.get(k).copied().flatten() {
            // "Two men aged 29 and 41 were killed": the ages describe the men.
            let age = phrases[q]
                .q_start
                .checked_sub(1)
                .is_some_and(|b| is(AGE_WORDS, words[b]));
            // "Ten children under the age of 5 were among the dead": no count in the way.
            if (age || slot < 6) && phrases[q].blocked && aux.is_empty() {
                k = phrases[q].after;
                continue;
            }
            // "150 of the 1,800 residents were killed": read on past the whole.
            if phrases[q].whole && slot <= 3 && aux.is_empty() {
                k = phrases[q].after;
                slot += 1;
                skipped_whole = true;
                continue;
            }
            // "seven soldiers and two Afghan troops were wounded": one verb for both.
            if words[k - 1] == "and" && aux.is_empty() && !relative && !phrases[q].blocked {
                k = phrases[q].after;
                continue;
            }
            return None;
        }
        // "Five people including a suicide bomber were killed": a short including-phrase
        // before the verb.
        if w == "including" && aux.is_empty() && !relative && slot <= 2 {
            let verb = (k + 1..words.len().min(k + 6)).find(|&j| is(AUX, words[j]));
            if let Some(j) = verb.filter(|&j| words[k + 1..j].iter().all(|w| alphabetic(w))) {
                k = j;
                continue;
            }
        }
        // "left four soldiers with minor injuries", "12 people with gunshot wounds".
        if w == "with" && aux.is_empty() && !relative {
            let hurt = words[k + 1..words.len().min(k + 4)]
                .iter()
                .any(|w| is(&["injuries", "wounds", "burns", "injury"], w));
            if hurt {
                return Some((FigureKind::Injured, false));
            }
        }
        if is(&["who", "that"], w) && aux.is_empty() && !relative {
            // "the 870 people who were injured"
            relative = true;
            k += 1;
            continue;
        }
        if let Some(skip) = aside(words, k) {
            k = skip;
            continue;
        }
        let is_word = w.chars().next().is_some_and(char::is_alphanumeric);
        if !is_word {
            return None;
        }
        let treated = aux.iter().any(|a| is(TREATED, a));
        // "340 people had been treated for heatstroke": treated people are injured.
        if w == "for" && aux.last() == Some(&"treated") && aux.iter().any(|a| is(FINITE, a)) {
            return Some((FigureKind::Injured, !relative));
        }
        if is(AUX, w) && !(w == "to" && aux.is_empty()) && !(w == "all" && aux.is_empty()) {
            aux.push(w);
        } else if w == "and"
            && aux.is_empty()
            && !relative
            && !toll
            && (number_at(k + 1) || is(&["a", "an"], words.get(k + 1).copied().unwrap_or("")))
            && pre_kind(words, p).is_none()
        {
            // "seven soldiers and two troops": the next number shares the verb; not in
            // "killed 12 militants and 3 civilians were wounded".
        } else if w == "and" && aux.last() == Some(&"shot")
            || w == "as"
                && aux.last().is_some_and(|a| {
                    is(
                        &["listed", "registered", "recorded", "classified", "counted"],
                        a,
                    )
                })
        {
            // "two officers were shot and wounded", "212 were listed as missing"
        } else if treated && free < 3 && (!is(SLOT_STOPS, w) || w == "with") {
            free += 1;
        } else if aux.is_empty()
            && !relative
            && slot < 6
            && !is(SLOT_STOPS, w)
            && !is(REPORT_VERBS, w)
        {
            slot += 1;
        } else if is(&["the", "those"], w) && aux.last() == Some(&"among") {
            aux.push(w);
        } else {
            return None;
        }
        k += 1;
    }
    None
}

/// Words of a place after "in": "Mexico City", "the state of Morelos", "Puebla state".
#[rustfmt::skip]
const PLACE_WORDS: &[&str] = &[
    "the", "of", "state", "province", "district", "region", "county", "city", "town",
    "capital", "area", "governorate", "prefecture", "alone",
];

/// "86 people died in Mexico City, 71 in Morelos state, 43 in Puebla and one in Oaxaca": a
/// toll given place by place. A number right after the previous figure's place (", 71"),
/// itself followed by "in" and a capitalised place, takes that figure's kind.
fn distributed(
    toks: &[Tok],
    words: &[&str],
    phrases: &[Phrase],
    last: Option<usize>,
    p: &Phrase,
) -> Option<()> {
    let prev = &phrases[last?];
    if prev.after >= p.q_start || p.q_start - prev.after > 16 {
        return None;
    }
    let link = words[p.q_start - 1];
    // "the toll was 217 by Wednesday — more than 100 in Mexico City alone": after a dash
    // the first place of the list needs no place before it.
    let dash = is(&["—", "–"], link);
    if !dash && !is(&[",", "and", ";"], link) {
        return None;
    }
    if !dash {
        // The previous figure's place runs from its last "in" to this number.
        let inn = (prev.after..p.q_start).rev().find(|&k| words[k] == "in")?;
        let place = |k: usize| toks[k].capital || is(PLACE_WORDS, words[k]);
        let joint = |k: usize| is(&[",", "and", ";"], words[k]);
        if inn + 1 >= p.q_start - 1 || !(inn + 1..p.q_start).all(|k| place(k) || joint(k)) {
            return None;
        }
    }
    // This number's own place: "in Puebla", "in the State of Mexico".
    let mut k = p.after;
    if words.get(k) != Some(&"in") {
        return None;
    }
    k += 1;
    let lead = words[k.min(words.len())..]
        .iter()
        .take(3)
        .take_while(|w| is(PLACE_WORDS, w))
        .count();
    // "in Puebla", or a place noun ("in the capital").
    let noun = lead > 0 && !is(&["the", "of"], words[k + lead - 1]);
    (noun || toks.get(k + lead).is_some_and(|t| t.capital)).then_some(())
}

/// True when `words[k]` starts "taken to (the / a nearby / area) hospital(s)": people taken
/// to hospital are injured.
fn to_hospital(words: &[&str], k: usize) -> bool {
    #[rustfmt::skip]
    const TAKEN: &[&str] = &[
        "taken", "rushed", "sent", "brought", "transported", "transferred", "airlifted",
        "flown", "evacuated", "admitted", "hospitalised", "hospitalized",
    ];
    if !is(TAKEN, words[k]) || words.get(k + 1) != Some(&"to") {
        return false;
    }
    let from = (k + 2).min(words.len());
    let Some(h) = words[from..]
        .iter()
        .take(4)
        .position(|w| is(&["hospital", "hospitals", "clinic", "clinics"], w))
    else {
        return false;
    };
    // "doctors were sent to the hospital to help": staff, not patients; but "to be
    // treated" is a patient's.
    let after = |n: usize| words.get(from + h + n).copied().unwrap_or("");
    after(1) != "to" || after(2) == "be"
}

/// True for a word of letters only (no number, no punctuation).
fn alphabetic(w: &str) -> bool {
    w.chars().all(char::is_alphabetic)
}

/// "killed 19 children and six adults": a number joined by "and" to the figure just before
/// it, with a short noun phrase and nothing verb-like after it, counts the same thing.
fn coordinated(words: &[&str], phrases: &[Phrase], last: Option<usize>, p: &Phrase) -> Option<()> {
    let prev = &phrases[last?];
    let and = p.q_start.checked_sub(1)?;
    if words[and] != "and" || prev.after > and || and - prev.after > 3 {
        return None;
    }
    let plain =
        |w: &&str| alphabetic(w) && !is(AUX, w) && !is(SLOT_STOPS, w) && !is(REPORT_VERBS, w);
    if !words[prev.after..and].iter().all(plain) {
        return None;
    }
    let ends = [
        "in",
        "on",
        "at",
        "across",
        "near",
        "during",
        "including",
        "from",
        "after",
        "when",
        "while",
        "and",
        "as",
        "since",
    ];
    for (n, w) in words.iter().skip(p.after).enumerate() {
        if !w.chars().next().is_some_and(char::is_alphanumeric) || is(&ends, w) {
            return Some(());
        }
        if !plain(w) || n == 3 {
            return None;
        }
    }
    Some(())
}

/// "20 were killed on Sunday and another 12 on Monday", "a dozen died in the first attack
/// and scores more in the second": a number added to the figure before it with its verb left
/// out counts the same thing. Only a place or time may follow it.
fn elliptical(words: &[&str], p: &Phrase) -> Option<()> {
    let before = |n: usize| p.q_start.checked_sub(n).map(|b| words[b]).unwrap_or("");
    let mut next = p.after;
    let added = if before(1) == "with" && before(2) == "along" {
        // "two civilians were killed, along with five assailants"
        return words[next..]
            .iter()
            .take(4)
            .position(|w| is(&[".", ",", ";", "and"], w) || is(AUX, w))
            .filter(|&n| words[next..next + n].iter().all(|w| alphabetic(w)))
            .map(|_| ());
    } else if is(&["another", "further"], before(1)) {
        is(&["and", ","], before(2))
    } else if before(1) == "and" && words.get(next) == Some(&"more") {
        next += 1;
        true
    } else {
        false
    };
    let tail = words.get(next).copied().unwrap_or(".");
    (added
        && is(
            &[
                "in",
                "on",
                "at",
                "during",
                "over",
                "overnight",
                ".",
                ",",
                ";",
            ],
            tail,
        ))
    .then_some(())
}

/// "3 new deaths ..., bringing the total to 87": a running total takes the kind of the
/// figure before it in the sentence.
fn running_total(words: &[&str], p: &Phrase, last: Option<FigureKind>) -> Option<FigureKind> {
    let last = last?;
    let before = words.get(p.q_start.checked_sub(1)?)?;
    if !is(&["to", "at", "of"], before) {
        return None;
    }
    let from = p.q_start.saturating_sub(5);
    words[from..p.q_start]
        .iter()
        .any(|w| is(&["total", "tally", "toll", "overall"], w))
        .then_some(last)
}

/// "claimed 50 lives", "50 lives were lost": `k` is the index of "lives".
fn lives_lost(words: &[&str], p: &Phrase, k: usize) -> bool {
    let before = p.q_start.checked_sub(1).map(|b| words[b]).unwrap_or("");
    if is(
        &[
            "claimed", "claiming", "claims", "cost", "costing", "costs", "took", "taking", "takes",
            "taken",
        ],
        before,
    ) {
        return true;
    }
    words[k + 1..]
        .iter()
        .take(4)
        .take_while(|w| {
            is(
                &["were", "have", "has", "had", "been", "was", "reportedly"],
                w,
            ) || **w == "lost"
        })
        .any(|w| *w == "lost")
}

/// An aside between a number and its verb: ", including 12 children," or "(most of them
/// women)". Returns the index after the aside when a verb or casualty word follows it.
fn aside(words: &[&str], k: usize) -> Option<usize> {
    let close = match words[k] {
        "," => ",",
        "(" => ")",
        "—" => "—",
        "–" => "–",
        _ => return None,
    };
    let inner_end = (k + 1..words.len().min(k + 16)).find(|&j| words[j] == close)?;
    let inner = &words[k + 1..inner_end];
    let has_cue = inner
        .iter()
        .any(|w| POST_CUES.iter().any(|(c, _, _)| c[0] == *w) || is(REPORT_VERBS, w));
    if inner.is_empty() || has_cue {
        return None;
    }
    let next = *words.get(inner_end + 1)?;
    let continues = is(AUX, next) || POST_CUES.iter().any(|(c, _, _)| c[0] == next);
    continues.then_some(inner_end + 1)
}

/// The kind of a count of two kinds together: killed with injured is a casualty count; any
/// other pair ("dead or missing") is neither.
fn combined(a: FigureKind, b: FigureKind) -> Option<FigureKind> {
    use FigureKind::{Injured, Killed};
    matches!((a, b), (Killed, Injured) | (Injured, Killed)).then_some(FigureKind::Casualties)
}

/// Modal verbs: before a bare casualty verb they make the number a projection or a
/// hypothesis ("could kill thousands", "hundreds could die"), not a toll.
const MODALS: &[&str] = &[
    "could", "would", "will", "might", "may", "should", "can", "shall", "must",
];

/// True when the casualty word at `k` is a projection or a hypothesis: a bare verb after a
/// modal or "to" ("hundreds could die", "are expected to die", "could be killed"), or a
/// counterfactual ("would have been killed"). "May have died" is an estimate and stays.
fn hypothetical(words: &[&str], k: usize) -> bool {
    let before = |n: usize| k.checked_sub(n).map(|b| words[b]).unwrap_or("");
    let bare = is(&["die", "kill", "perish", "drown"], before(0)) || before(1) == "be";
    let head = if before(1) == "be" {
        before(2)
    } else {
        before(1)
    };
    if bare && (is(MODALS, head) || head == "to") {
        return true;
    }
    // "would have been killed", "could have died".
    let have = if before(1) == "been" { 2 } else { 1 };
    before(have) == "have" && is(&["would", "could", "should"], before(have + 1))
}

/// True when the words at `k` make a casualty count a rate ("105 deaths a day", "30 die
/// each day", "41 deaths per 100,000"), which is no toll of an event.
fn rate_after(words: &[&str], k: usize) -> bool {
    let w = words.get(k).copied().unwrap_or("");
    let unit = words.get(k + 1).copied().unwrap_or("");
    let period = is(
        &[
            "day", "week", "month", "year", "hour", "minute", "night", "decade",
        ],
        unit,
    );
    let then = words.get(k + 2).copied().unwrap_or("");
    let relative = is(&["earlier", "later", "before", "after", "ago"], then);
    w == "per"
        || is(&["a", "an", "each", "every"], w) && period && !relative
        || is(&["daily", "weekly", "monthly", "annually", "yearly"], w)
}

/// Kind read from a casualty verb before the number: "killed at least 800".
fn pre_kind(words: &[&str], p: &Phrase) -> Option<FigureKind> {
    let mut k = p.q_start;
    let mut fillers = 0;
    while k > 0 && fillers < 2 && is(FILLERS, words[k - 1]) {
        k -= 1;
        fillers += 1;
    }
    // "a bomber who killed himself and 10 tourists"
    if k >= 2 && words[k - 1] == "and" && is(&["himself", "herself", "themselves"], words[k - 2]) {
        k -= 2;
    }
    let prev = words.get(k.checked_sub(1)?)?;
    if let Some((_, kind)) = PRE_CUES.iter().find(|(w, _)| w == prev) {
        // "could kill thousands", "threatened to kill 50": not a toll.
        let bare = is(&["kill", "wound", "injure", "hurt"], prev);
        if bare && k >= 2 && (is(MODALS, words[k - 2]) || words[k - 2] == "to") {
            return None;
        }
        // "killing and injuring hundreds": a combined count of casualties.
        if k >= 3 && is(&["and", "or"], words[k - 2]) {
            if let Some((_, first)) = PRE_CUES.iter().find(|(w, _)| *w == words[k - 3]) {
                if first != kind {
                    return combined(*first, *kind);
                }
            }
        }
        return Some(*kind);
    }
    // "security forces shot dead nine demonstrators".
    if *prev == "dead" && k >= 2 && words[k - 2] == "shot" {
        return Some(FigureKind::Killed);
    }
    // "the deaths of two journalists", "claimed the lives of 50".
    if *prev == "of"
        && k >= 2
        && is(
            &["deaths", "death", "lives", "killings", "killing"],
            words[k - 2],
        )
    {
        return Some(FigureKind::Killed);
    }
    None
}

/// How many tokens after a toll noun its number may come ("the death toll from landslides
/// and floods in the central provinces triggered by the storm climbed to 85").
const TOLL_WINDOW: usize = 24;

/// For each phrase, the kind given by a toll noun before it ("the death toll rose to 800").
fn toll_kinds(words: &[&str], phrases: &[Phrase]) -> Vec<Option<FigureKind>> {
    let mut out = vec![None; phrases.len()];
    for (i, w) in words.iter().enumerate() {
        let prev = i.checked_sub(1).map(|b| words[b]).unwrap_or("");
        let kind = match *w {
            "toll" | "tolls" => match prev {
                "injury" => Some(FigureKind::Injured),
                "casualty" => Some(FigureKind::Casualties),
                // "the toll of the injured has risen to 412"
                _ if words.get(i + 1) == Some(&"of") => {
                    number_of_kind(&words[i + 2..]).or(Some(FigureKind::Killed))
                }
                _ => Some(FigureKind::Killed),
            },
            "count" | "tally" => match prev {
                "death" | "fatality" => Some(FigureKind::Killed),
                "injury" => Some(FigureKind::Injured),
                "casualty" => Some(FigureKind::Casualties),
                _ => None,
            },
            // "a number of the fatalities came at two schools": some, not a count.
            "number" if prev == "a" => None,
            "number" | "list" if words.get(i + 1) == Some(&"of") => number_of_kind(&words[i + 2..]),
            // "the number killed rose to 50"
            "number" => number_of_kind(&words[i + 1..(i + 2).min(words.len())]),
            "deaths" | "dead" | "fatalities" | "injured" | "injuries" | "wounded" | "missing"
            | "casualties"
                if rises(&words[i + 1..]) =>
            {
                number_of_kind(&words[i..])
            }
            _ => None,
        };
        let Some(kind) = kind else { continue };
        let first = phrases.partition_point(|p| p.q_start <= i);
        for (pi, p) in phrases.iter().enumerate().skip(first) {
            if p.q_start > i + TOLL_WINDOW {
                break;
            }
            let before = words[p.q_start - 1];
            if is(&["from", "by"], before) {
                continue;
            }
            if is(LINKS, before) {
                // "the toll could reach 5,000", "is expected to rise to 200": a projection.
                let projected = words[i + 1..p.q_start].iter().enumerate().any(|(j, w)| {
                    let have = words.get(i + 2 + j) == Some(&"have");
                    is(MODALS, w) && !have
                        || is(
                            &["expected", "likely", "projected", "forecast", "predicted"],
                            w,
                        )
                });
                if out[pi].is_none() && !projected {
                    out[pi] = Some(kind);
                }
                break;
            }
        }
    }
    out
}

/// True when `rest` starts with a verb of rising ("deaths rose to 273", "the injured have
/// climbed to 300").
fn rises(rest: &[&str]) -> bool {
    let skip = rest
        .iter()
        .take(2)
        .take_while(|w| is(&["has", "have", "had", "now"], w))
        .count();
    rest.get(skip).is_some_and(|w| {
        is(
            &[
                "rise",
                "rises",
                "rose",
                "risen",
                "climb",
                "climbs",
                "climbed",
                "jump",
                "jumps",
                "jumped",
                "increase",
                "increases",
                "increased",
                "soar",
                "soars",
                "soared",
                "reach",
                "reaches",
                "reached",
                "hit",
                "hits",
                "top",
                "tops",
                "topped",
                "pass",
                "passes",
                "passed",
                "mount",
                "mounts",
                "mounted",
                "surge",
                "surged",
                "surges",
                "stand",
                "stands",
                "stood",
                "total",
                "totalled",
                "totaled",
                "number",
                "numbered",
            ],
            w,
        )
    })
}

/// "number of dead", "number of people killed", "number of those injured".
fn number_of_kind(rest: &[&str]) -> Option<FigureKind> {
    for w in rest.iter().take(5) {
        match *w {
            "dead" | "death" | "deaths" | "fatalities" | "killed" | "died" => {
                return Some(FigureKind::Killed)
            }
            "injured" | "wounded" | "injuries" | "hurt" | "hospitalised" | "hospitalized" => {
                return Some(FigureKind::Injured)
            }
            "missing" | "unaccounted" => return Some(FigureKind::Missing),
            "casualties" => return Some(FigureKind::Casualties),
            _ => {}
        }
        // "the number of people who have died"
        let relative = is(&["who", "have", "has", "had", "been"], w);
        let filler = alphabetic(w) && (!is(SLOT_STOPS, w) || relative) && *w != "cases";
        if !filler {
            return None;
        }
    }
    None
}

/// Reporting bodies in a sentence, each with the token index of its verb ("according to"
/// counts as a verb): "Iran’s Health Ministry reported", "according to state media",
/// ", said the army".
fn bodies(text: &str, toks: &[Tok], words: &[&str]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if *w == "according" && words.get(i + 1) == Some(&"to") {
            if let Some(b) = forward_np(text, toks, words, i + 2) {
                out.push((i, b));
            }
        } else if *w == "per" && i > 0 && is(&[",", "as"], words[i - 1]) {
            // ", per the state police"
            if let Some(b) = forward_np(text, toks, words, i + 1) {
                out.push((i, b));
            }
        } else if is(
            &[
                "raised", "revised", "updated", "lowered", "raises", "revises", "gave", "gives",
            ],
            w,
        ) && words[i + 1..].iter().take(3).any(|n| is(TOLL_NOUNS, n))
        {
            // "authorities raised the death toll to 96"
            let subject = relative_pronoun(words, i).map_or(i, |j| j - 1);
            if let Some(b) = backward_np(text, toks, words, subject) {
                out.push((i, b));
            }
        } else if *w == "citing" {
            if let Some(b) = cited(text, toks, words, i) {
                out.push((i, b));
            }
        } else if *w == "by"
            && i >= 2
            && is(
                &["given", "released", "issued", "provided", "announced"],
                words[i - 1],
            )
            && words[i.saturating_sub(5)..i - 1]
                .iter()
                .any(|w| is(TOLL_NOUNS, w))
        {
            // "The latest death toll given by Chinese authorities has risen to 56".
            if let Some(b) = forward_np(text, toks, words, i + 1) {
                out.push((i, b));
            }
        } else if is(&["claimed", "claims", "claim"], w) && words.get(i + 1) == Some(&"that") {
            // "The army claimed that one soldier was killed"; not "the attack claimed 12
            // lives".
            if let Some(b) = backward_np(text, toks, words, i) {
                out.push((i, b));
            }
        } else if is(&["-", "–", "—", ":"], w) && i + 6 >= words.len() && i > 0 {
            // A headline's source after a closing dash or colon: "At least 143 killed in
            // Iran protests - Amnesty International", "... jumps to nearly 180: police".
            let end = words.len() - usize::from(is(&[".", "|"], words[words.len() - 1]));
            let np = forward_np(text, toks, words, i + 1);
            let whole = np
                .as_ref()
                .is_some_and(|b| toks[end - 1].end - toks[i + 1].start == b.len());
            let named = end > i + 1 && headline_body(text, &toks[i + 1..end]);
            if let Some(b) = np.filter(|_| whole && named) {
                out.push((i, b));
            }
        } else if is(&["reported", "confirmed", "declared", "pronounced"], w)
            && words.get(i + 1).is_some_and(|c| {
                is(
                    &["killed", "dead", "injured", "wounded", "missing", "hurt"],
                    c,
                )
            })
            && words[i + 2..].iter().take(3).any(|b| *b == "by")
        {
            // "the 26 people reported killed earlier by the disaster council"; not "killed by
            // Russian shelling".
            let by = (i + 2..i + 5).find(|&j| words[j] == "by").unwrap_or(i + 2);
            let body = forward_np(text, toks, words, by + 1)
                .filter(|b| b.split(' ').any(|w| is(BODY_NOUNS, &w.to_lowercase())));
            if let Some(b) = body {
                out.push((i, b));
            }
        } else if report_verb(&toks[i], w)
            && !(is(&["registered", "recorded"], w)
                && is(
                    &["with", "at", "as", "in"],
                    words.get(i + 1).copied().unwrap_or(""),
                ))
        {
            // Not "the bomber had registered with immigration authorities".
            let after_comma = i > 0 && words[i - 1] == ",";
            // "… morgue,” said Dr Sesay": a quote's speaker after it.
            let after_quote = i > 0 && is(&["”", "\""], words[i - 1]);
            // "the state police command, which said", "Amnesty, which last week gave": the
            // body before the relative pronoun.
            if let Some(j) = relative_pronoun(words, i) {
                if let Some(b) = backward_np(text, toks, words, j - 1) {
                    out.push((i, b));
                    continue;
                }
            }
            // "the government has accused the RSF of killing 63, and says 112 were hurt":
            // the second verb of one subject.
            let and = i >= 1 && is(&["and", "but"], words[i - 1])
                || i >= 2 && words[i - 2] == "," && is(&["and", "but"], words[i - 1]);
            if and {
                // "The interior ministry denied the claim and said": the sentence's subject.
                let subject = || {
                    let verb = (1..i.min(12)).find(|&j| {
                        let w = words[j];
                        !toks[j].capital
                            && toks[j].word
                            && (w.ends_with("ed") && !is(BODY_NOUNS, w)
                                || is(&["gave", "put", "made", "took", "sent"], w))
                    })?;
                    backward_np(text, toks, words, verb)
                };
                if let Some(last) = out.last().map(|(_, b)| b.clone()).or_else(subject) {
                    out.push((i, last));
                    continue;
                }
            }
            // "Interfax reported, citing the regional governor": the body cited.
            let citing = (i + 1..(i + 3).min(words.len())).find(|&j| words[j] == "citing");
            if let Some(b) = citing.and_then(|j| cited(text, toks, words, j)) {
                out.push((i, b));
                continue;
            }
            // ", said the army" names the body after the verb; "told Reuters" names the
            // outlet spoken to, never the body.
            let inverted = || {
                ((after_comma || after_quote) && *w != "told")
                    .then(|| forward_np(text, toks, words, i + 1))
                    .flatten()
            };
            let before_aside = || aside_speaker(text, toks, words, i);
            // "A resident who helped fight the bandits said": the noun before "who".
            let before_who = || {
                let who = (i.saturating_sub(8)..i)
                    .rev()
                    .find(|&j| words[j] == "who")?;
                let plain = who > 0 && words[who - 1] != "," && toks[who..i].iter().all(|t| t.word);
                plain.then(|| backward_np(text, toks, words, who)).flatten()
            };
            let body = backward_np(text, toks, words, i)
                .or_else(inverted)
                .or_else(|| after_comma.then(before_aside).flatten())
                .or_else(before_who);
            if let Some(b) = body {
                out.push((i, b));
            }
        }
    }
    out
}

/// Words of news outlets' names, and outlets known by their initials: a title's closing
/// "- The Morning Courier" or "- CNN" names the outlet that published it, not a body.
#[rustfmt::skip]
const OUTLET_WORDS: &[&str] = &[
    "times", "post", "herald", "news", "courier", "wire", "daily", "journal", "tribune",
    "gazette", "telegraph", "express", "observer", "press", "today", "guardian", "independent",
    "standard", "chronicle", "mail", "star", "sun", "mirror", "review", "dispatch", "record",
    "reporter", "online", "tv", "television", "radio", "channel", "broadcaster", "newspaper",
    "website", "station", "cnn", "bbc", "ap", "afp", "npr", "abc", "cbs", "nbc", "dw", "pti",
    "upi", "reuters", "jazeera", "euronews", "bloomberg", "xinhua", "interfax", "tass",
];

/// True when the tokens after a headline's closing dash name a body: a body noun
/// ("police", "regional governor"), an organisation ("Amnesty International", "Human
/// Rights Watch") or initials ("NSEMA"), and no outlet's name.
fn headline_body(text: &str, span: &[Tok]) -> bool {
    if span.iter().any(|t| is(OUTLET_WORDS, &t.low)) {
        return false;
    }
    span.iter().any(|t| {
        let raw = &text[t.start..t.end];
        let initials = raw.len() >= 3 && raw.chars().all(|c| c.is_ascii_uppercase());
        initials || is(BODY_NOUNS, &t.low) || is(&["international", "watch"], &t.low)
    })
}

/// The index of ", which" or ", who" before verb `i`, with at most a few adverbs between
/// ("Amnesty, which last week gave", "which on Monday said").
fn relative_pronoun(words: &[&str], i: usize) -> Option<usize> {
    (i.saturating_sub(4)..i).rev().find(|&j| {
        j >= 1
            && is(&["which", "who"], words[j])
            && words[j - 1] == ","
            && words[j + 1..i]
                .iter()
                .all(|w| !is(NP_STOPS, w) || is(BEFORE_VERB, w) || *w == "on")
    })
}

/// The body named after "citing" at token `j` ("citing the civil defence agency"), unless it
/// names people at large rather than a body ("citing witnesses", "citing residents").
fn cited(text: &str, toks: &[Tok], words: &[&str], j: usize) -> Option<String> {
    let body = forward_np(text, toks, words, j + 1)?;
    let head = body.rsplit(' ').next().unwrap_or("").to_lowercase();
    let at_large = is(
        &[
            "witnesses",
            "witness",
            "residents",
            "survivors",
            "sources",
            "source",
            "relatives",
            "people",
            "reports",
            "accounts",
            "footage",
            "videos",
            "posts",
            "media",
        ],
        &head,
    );
    (!at_large).then_some(body)
}

/// Words that may open a sentence which only says where the figures before it came from:
/// "That is according to the police", "The figures came from the ministry".
#[rustfmt::skip]
const BACK_OPENERS: &[&str] = &[
    "that", "this", "those", "these", "the", "figures", "figure", "toll", "tally", "numbers",
    "count", "data", "is", "was", "are", "were", "that's", "all", "death", "latest", "casualty",
];

/// Nouns for a toll as a whole, the object of "raised" or "revised".
const TOLL_NOUNS: &[&str] = &["toll", "tally", "count", "number", "figure", "figures"];

/// Words that show a sentence opening with "According to X," is about a toll.
#[rustfmt::skip]
const TOLL_WORDS: &[&str] = &[
    "toll", "figure", "figures", "tally", "dead", "deaths", "casualties", "killed", "victims",
    "injured", "wounded", "missing",
];

/// The body a sentence credits for the figures of the sentence before it: "That is according
/// to the state police command", "The figures were provided by the coast guard",
/// "According to X," in a sentence that speaks of the toll, "X disclosed this", or the
/// speaker of a quote the sentence before opened ("All civilians,” the governor wrote.").
fn back_body(text: &str, toks: &[Tok], words: &[&str]) -> Option<String> {
    let k = words
        .iter()
        .take(6)
        .take_while(|w| is(BACK_OPENERS, w))
        .count();
    let next = words.get(k).copied().unwrap_or("");
    if next == "according" && words.get(k + 1) == Some(&"to") {
        let about_toll = k > 0 || words.iter().take(40).any(|w| is(TOLL_WORDS, w));
        return about_toll
            .then(|| forward_np(text, toks, words, k + 2))
            .flatten();
    }
    let sourced = is(
        &[
            "came", "come", "comes", "provided", "released", "given", "issued", "compiled",
        ],
        next,
    );
    if k > 1 && sourced {
        return forward_np(text, toks, words, k + 1);
    }
    // "X disclosed this to our correspondent": the verb's object is what came before.
    let this = (1..words.len().saturating_sub(1)).find(|&i| {
        words[i + 1] == "this"
            && report_verb(&toks[i], words[i])
            && words
                .get(i + 2)
                .is_none_or(|w| is(&["to", "on", "in", "at", "and", ",", "."], w))
    });
    // "... 23 dead and 28 wounded. All civilians,” the governor wrote.": a sentence that
    // opens inside a quote and closes it before its speaker.
    let quote = toks.iter().take(30).position(|t| {
        t.low == "”"
            || t.low == "\"" && t.start > 0 && !text[..t.start].ends_with(char::is_whitespace)
    });
    let from = this.or_else(|| {
        let q = quote?;
        let opened = toks[..q].iter().any(|t| t.low == "“" || t.low == "\"");
        (!opened).then_some(q)
    })?;
    bodies(text, toks, words)
        .into_iter()
        .find(|(v, _)| *v >= from)
        .map(|(_, b)| b)
}

/// "Jane Doe, a spokeswoman for the agency in the north, told AFP": the body before the
/// comma-separated asides that end at verb `v` (whose token before is a comma). A segment
/// that is a proper name ("Jane Doe") wins; else the nearest segment naming a body.
fn aside_speaker(text: &str, toks: &[Tok], words: &[&str], v: usize) -> Option<String> {
    let commas: Vec<usize> = (v.saturating_sub(30)..v.saturating_sub(1))
        .rev()
        .filter(|&j| words[j] == ",")
        .take(3)
        .collect();
    let mut nearest = None;
    for &c in &commas {
        let Some(np) = backward_np(text, toks, words, c) else {
            continue;
        };
        let seg_start = (0..c).rev().find(|&j| !toks[j].word).map_or(0, |j| j + 1);
        let name = c > seg_start && c - seg_start <= 4 && (seg_start..c).all(|j| toks[j].capital);
        if name && collapse(&text[toks[seg_start].start..toks[c - 1].end]) == np {
            return Some(np);
        }
        nearest.get_or_insert(np);
    }
    nearest
}

/// True when token `j` ("in", "and") joins two parts of one body's name: "the health
/// ministry in Gaza", "Security and medical officials", "Risk Reduction and Management
/// Council".
fn inner_joiner(toks: &[Tok], words: &[&str], j: usize) -> bool {
    let (Some(l), Some(r)) = (j.checked_sub(1), words.get(j + 1)) else {
        return false;
    };
    let named = |i: usize| toks[i].capital || is(BODY_NOUNS, words[i]);
    match words[j] {
        "and" => named(l) && (named(j + 1) || is(BODY_NOUNS, r)),
        "in" => named(l) && (toks[j + 1].capital || *r == "the"),
        // "Medics at a field hospital", "officials at the Red Cross".
        "at" => named(l) && (toks[j + 1].capital || is(&["the", "a", "an"], r)),
        // "Kenya National Commission on Human Rights", "Office for Civil Defence".
        "on" | "of" | "for" => toks[l].capital && toks[j + 1].capital,
        _ => false,
    }
}

/// The noun phrase ending just before token `v` (a reporting verb), if it names a body.
fn backward_np(text: &str, toks: &[Tok], words: &[&str], v: usize) -> Option<String> {
    let mut k = v;
    while k > 0 && v - k < 2 && is(BEFORE_VERB, words[k - 1]) {
        k -= 1;
    }
    // "officials on Thursday said": the day is not the body.
    let mut day = k;
    if day > 0 && is(DAYS, words[day - 1]) {
        day -= 1;
        if day > 0 && words[day - 1] == "on" {
            day -= 1;
        }
        if day > 0 && toks[day - 1].word && !is(PRONOUNS, words[day - 1]) {
            k = day;
        }
    }
    // "the Kenya National Commission on Human Rights (KNCHR) said": the acronym is part of
    // the name.
    let named_end = k;
    if k >= 3 && words[k - 1] == ")" && words[k - 3] == "(" && toks[k - 2].capital {
        k -= 3;
    }
    let end = k;
    while k > 0 && end - k < 10 {
        let t = &toks[k - 1];
        let w = words[k - 1];
        if !t.word || numbers::starts_number(w) && !t.capital {
            break;
        }
        let determiner = is(&["the", "a", "an", "its", "their", "this", "these"], w);
        // "WHO" and "IT" in capitals are names, not pronouns.
        let raw = &text[t.start..t.end];
        let acronym = raw.len() > 1 && raw.chars().all(|c| c.is_uppercase());
        if is(PRONOUNS, w) && !(determiner && k < end) && !acronym {
            if k == end {
                return None;
            }
            break;
        }
        if determiner {
            k -= 1;
            let before = k.checked_sub(1).map(|b| words[b]).unwrap_or("");
            if is(&["of", "for", "at"], before)
                || before == "in" && inner_joiner(toks, words, k - 1)
            {
                continue;
            }
            // "The information centre set up by the district administration told": the
            // body is the noun the participle describes.
            if before == "by" && k >= 3 {
                let mut p = k - 2;
                if words[p] == "up" && p >= 1 && words[p - 1] == "set" {
                    p -= 1;
                }
                if is(
                    &[
                        "set",
                        "run",
                        "operated",
                        "led",
                        "formed",
                        "established",
                        "appointed",
                        "created",
                        "managed",
                    ],
                    words[p],
                ) && p > 0
                    && toks[p - 1].word
                    && !is(PRONOUNS, words[p - 1])
                {
                    k = p;
                    continue;
                }
            }
            break;
        }
        // "The health ministry in Gaza", "Security and medical officials".
        let joins = k >= 2 && k < end && inner_joiner(toks, words, k - 1);
        if is(NP_STOPS, w) && !joins && !acronym
            || report_verb(t, w)
            || POST_CUES.iter().any(|(c, _, _)| c[0] == w)
            || is(AUX, w) && !t.capital
        {
            break;
        }
        k -= 1;
    }
    while k < end && is(&["of", "for", "and"], words[k]) {
        k += 1;
    }
    // "A police commander in Nairobi, who ...": a place after "in" is no body.
    let place = k > 0 && is(&["in", "at", "near", "from", "across"], words[k - 1]);
    if place && (k..end).all(|j| toks[j].capital) {
        return None;
    }
    if named_end > end && k < end {
        return body_span(text, toks, words, k, named_end);
    }
    body_span(text, toks, words, k, end)
}

/// The noun phrase starting at token `k` ("the health ministry" after "according to"),
/// with "reports from X" reduced to X and "a Reuters tally" to "Reuters".
fn forward_np(text: &str, toks: &[Tok], words: &[&str], k: usize) -> Option<String> {
    let mut end = k;
    while end < toks.len() && end - k < 12 {
        let w = words[end];
        if !toks[end].word
            || numbers::starts_number(w) && !toks[end].capital
            || (is(NP_STOPS, w)
                && !is(&["from", "by"], w)
                && !(end > k && inner_joiner(toks, words, end)))
            || (report_verb(&toks[end], w) && !is(REPORT_NOUNS, w))
        {
            break;
        }
        end += 1;
    }
    let mut start = k;
    // "figures released by the ministry": the body is after "by"; but "a local
    // administrator appointed by the council" is the administrator.
    if let Some(j) = (start..end).rev().find(|&j| is(&["from", "by"], words[j])) {
        let person = j > start
            && is(
                &[
                    "appointed",
                    "employed",
                    "hired",
                    "elected",
                    "nominated",
                    "deployed",
                ],
                words[j - 1],
            );
        if !person {
            start = j + 1;
        }
    }
    // "an independent monitoring group, the Sagaing Humanitarian Monitor,": the name in
    // apposition belongs to the body.
    if words.get(end) == Some(&",") {
        let mut n = end + 1;
        if words.get(n) == Some(&"the") {
            n += 1;
        }
        let from = n;
        while n < toks.len() && n - from < 6 && toks[n].word && toks[n].capital {
            n += 1;
        }
        let closes = n == toks.len() || is(&[",", ".", ";"], words[n]);
        if n > from && closes && !report_verb(&toks[n - 1], words[n - 1]) {
            end = n;
        }
    }
    if end > start + 1 && is(REPORT_NOUNS, words[end - 1]) {
        end -= 1;
        if is(&["a", "an"], words[start]) {
            start += 1;
        }
    }
    body_span(text, toks, words, start, end)
}

/// Text of tokens `[s, e)` when they look like a body: a capitalised word or a body noun,
/// and not only determiners.
fn body_span(text: &str, toks: &[Tok], words: &[&str], s: usize, e: usize) -> Option<String> {
    // "Death Toll in Pakistan Earthquake Estimated at 40,000": a title-case headline's toll
    // is no body.
    if s >= e || (s..e).any(|j| is(&["toll", "tolls", "tally"], words[j])) {
        return None;
    }
    let plausible = (s..e).any(|j| {
        let w = words[j].trim_end_matches("'s");
        (toks[j].capital && !is(&["the", "a", "an"], w) && !is(DAYS, w) && !is(MONTHS, w))
            || is(BODY_NOUNS, w)
    });
    plausible.then(|| collapse(&text[toks[s].start..toks[e - 1].end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (kind, value, value_max, qualifier)
    type Want = (FigureKind, u64, Option<u64>, Qualifier);

    fn got(text: &str) -> Vec<Want> {
        extract(text)
            .into_iter()
            .map(|f| (f.kind, f.value, f.value_max, f.qualifier))
            .collect()
    }

    use FigureKind::{Casualties as C, Injured as I, Killed as K, Missing as M};
    use Qualifier::{About, AtLeast, Exact, MoreThan, Nearly, Range, UpTo};

    /// Sentences written for this test in the styles of wire services, broadcasters and
    /// local papers, about disasters, protests and wars, with the figures a reader would
    /// list. An empty list means the sentence holds no casualty figure. Three expectations
    /// changed when `casualties` became a kind and toll links were read as bounds: "killed or
    /// injured" and "killing and wounding dozens" count casualties, and "toll tops 1,000"
    /// is more than 1,000.
    const CASES: &[(&str, &[Want])] = &[
        // Noun or verb after the number.
        (
            "Officials said 800 people were killed when the dam burst.",
            &[(K, 800, None, Exact)],
        ),
        (
            "At least 12 people died in the fire, police said.",
            &[(K, 12, None, AtLeast)],
        ),
        (
            "More than 40 protesters were wounded in clashes with riot police on Saturday.",
            &[(I, 40, None, MoreThan)],
        ),
        (
            "The landslide left 23 villagers dead and 41 injured.",
            &[(K, 23, None, Exact), (I, 41, None, Exact)],
        ),
        (
            "Some 300 migrants are still missing after the boat capsized off the coast.",
            &[(M, 300, None, About)],
        ),
        (
            "Nearly 2,000 people have been hospitalised with smoke inhalation.",
            &[(I, 2000, None, Nearly)],
        ),
        (
            "Two firefighters were hurt battling the blaze.",
            &[(I, 2, None, Exact)],
        ),
        (
            "Dozens of people were injured when the stage collapsed.",
            &[(I, 24, None, AtLeast)],
        ),
        (
            "Hundreds have died from the outbreak since March, the WHO said.",
            &[(K, 200, None, AtLeast)],
        ),
        (
            "Twenty-four people lost their lives in the stampede.",
            &[(K, 24, None, Exact)],
        ),
        (
            "At least 50 people, most of them women and children, were killed in the attack.",
            &[(K, 50, None, AtLeast)],
        ),
        (
            "The ministry reported 1,050 deaths and 3,400 injuries over the weekend.",
            &[(K, 1050, None, Exact), (I, 3400, None, Exact)],
        ),
        (
            "Between 20 and 30 people were injured in the stampede, a doctor said.",
            &[(I, 20, Some(30), Range)],
        ),
        (
            "An estimated 1.2 million people were displaced and 340 were killed.",
            &[(K, 340, None, Exact)],
        ),
        (
            "Up to 15 fishermen remain unaccounted for after the storm.",
            &[(M, 15, None, UpTo)],
        ),
        (
            "Three soldiers were martyred in the ambush, the army said.",
            &[(K, 3, None, Exact)],
        ),
        (
            "Eleven people drowned when floodwaters swept through the camp.",
            &[(K, 11, None, Exact)],
        ),
        (
            "Tens of thousands of civilians have been killed since the war began.",
            &[(K, 20000, None, AtLeast)],
        ),
        (
            // A part of a toll (issue 4).
            "Five children were among the dead, according to the governor.",
            &[],
        ),
        (
            "Four members of the same family were killed when a shell hit their home.",
            &[(K, 4, None, Exact)],
        ),
        (
            "A total of 62 fatalities have been recorded across the province.",
            &[(K, 62, None, Exact)],
        ),
        // A count of bodies is a step of the recovery, not a toll.
        ("Rescuers recovered 19 bodies from the rubble overnight.", &[]),
        (
            "Two or three people were reported missing.",
            &[(M, 2, Some(3), Range)],
        ),
        (
            "About 30 people were hurt, five of them seriously.",
            &[(I, 30, None, About)],
        ),
        // Verb before the number.
        (
            "The strike killed at least 800 people in the capital.",
            &[(K, 800, None, AtLeast)],
        ),
        (
            "Gunmen opened fire on a market, killing 14 and wounding 30 others.",
            &[(K, 14, None, Exact), (I, 30, None, Exact)],
        ),
        (
            "The quake injured more than 5,000, the disaster agency said.",
            &[(I, 5000, None, MoreThan)],
        ),
        (
            "Police fired tear gas and rubber bullets, injuring dozens.",
            &[(I, 24, None, AtLeast)],
        ),
        (
            "The blast claimed the lives of 17 workers.",
            &[(K, 17, None, Exact)],
        ),
        (
            "The fire claimed 9 lives before it was contained.",
            &[(K, 9, None, Exact)],
        ),
        (
            "Renewed shelling killed another 12 civilians overnight.",
            &[(K, 12, None, Exact)],
        ),
        (
            "The deaths of two journalists drew condemnation from press groups.",
            &[(K, 2, None, Exact)],
        ),
        // Toll nouns.
        (
            "The death toll from the earthquake rose to 1,644 on Sunday.",
            &[(K, 1644, None, Exact)],
        ),
        (
            "The death toll from Friday's 7.7-magnitude quake has climbed to 2,719.",
            &[(K, 2719, None, Exact)],
        ),
        (
            "The toll rose from 56 to 71 after rescuers reached the village.",
            &[(K, 71, None, Exact)],
        ),
        (
            "The number of injured stands at about 600, the Red Crescent said.",
            &[(I, 600, None, About)],
        ),
        (
            "Officials put the death toll at nearly 90.",
            &[(K, 90, None, Nearly)],
        ),
        (
            "The number of people killed has reached 45, with 120 hurt.",
            &[(K, 45, None, Exact), (I, 120, None, Exact)],
        ),
        // Numbers that are not casualty counts.
        (
            "A magnitude 6.8 earthquake struck 70 km south of the city at 11:05 p.m.",
            &[],
        ),
        (
            "Two U.S. officials told Reuters the plan was rejected.",
            &[],
        ),
        (
            "The conflict entered its third day as leaders met at the G7 summit.",
            &[],
        ),
        (
            "The 25-year-old was killed on June 14, 2024, in the city centre.",
            &[],
        ),
        (
            "Prices rose 12 percent and aid groups asked for $5 million.",
            &[],
        ),
        (
            "Five gunmen killed the guard before fleeing in two cars.",
            &[],
        ),
        (
            "The 2011 tsunami remains the deadliest disaster in the nation's history.",
            &[],
        ),
        (
            "In 2019, three sources said, officials met for 4 hours.",
            &[],
        ),
        (
            "Flight 17 was shot down over the region, the inquiry found.",
            &[],
        ),
        (
            "Three airstrikes have killed scores of fighters, the group said.",
            &[(K, 40, None, AtLeast)],
        ),
        (
            "One of the injured was flown to a hospital 40 miles away.",
            &[],
        ),
        (
            "No one was hurt in the second blast, which occurred at 9 a.m.",
            &[],
        ),
        (
            "The storm dumped 300 millimetres of rain and 2 million homes lost power.",
            &[],
        ),
        // Forms met in real reports, rewritten as new sentences.
        (
            "Doctors are caring for many of the 640 people who were hurt in the blast.",
            &[(I, 640, None, Exact)],
        ),
        (
            "Flood Deaths Climb To 118 As Rivers Keep Rising",
            &[(K, 118, None, Exact)],
        ),
        (
            "The missile strike killed 11 soldiers and four civilians, the army said.",
            &[(K, 11, None, Exact), (K, 4, None, Exact)],
        ),
        (
            "At least 30 of the town's 900 inhabitants were killed.",
            &[(K, 30, None, AtLeast)],
        ),
        (
            "Only 20 of the 64 confirmed dead have been named.",
            &[(K, 64, None, Exact)],
        ),
        (
            "The cyclone left over 5,000 injured and tens of thousands homeless.",
            &[(I, 5000, None, MoreThan)],
        ),
        (
            "The blast killed 12 people and 300 homes were damaged.",
            &[(K, 12, None, Exact)],
        ),
        ("Riot police kill 8 and wound more than 200 at border crossing", &[(K, 8, None, Exact), (I, 200, None, MoreThan)]),
        ("A medic said he had counted 21 corpses at the clinic.", &[]),
        ("Nurses said all of the 45 injured that reached the ward were in shock.", &[(I, 45, None, Exact)]),
        ("12fishermen missing after trawler sinks", &[(M, 12, None, Exact)]),
        ("The death toll from the mudslides and flooding across the three northern provinces hit by the typhoon last week climbed to 64.", &[(K, 64, None, Exact)]),
        ("Two women aged 33 and 58 were injured in the crash.", &[(I, 2, None, Exact)]),
        ("At least one fatality has been confirmed, the coroner said.", &[(K, 1, None, AtLeast)]),
        ("One death was reported in the northern district.", &[(K, 1, None, Exact)]),
        ("Children aged 4 to 12 were evacuated from the school.", &[]),
        ("More than 100 people were killed or injured in the blast.", &[(C, 100, None, MoreThan)]),
        ("Officials said 48 people have so far been confirmed dead.", &[(K, 48, None, Exact)]),
        ("The number killed in the fire rose to 39.", &[(K, 39, None, Exact)]),
        ("Death toll tops 1,000 as rescuers search rubble", &[(K, 1000, None, MoreThan)]),
        ("The number of people who have died has risen to 212.", &[(K, 212, None, Exact)]),
        ("Ten people were treated for minor injuries.", &[(I, 10, None, Exact)]),
        ("The bodies of 12 migrants washed ashore on Tuesday.", &[]),
        ("Officials said 5 people remain in hospital.", &[]),
        ("1988: 290 passengers die as airliner is shot down", &[(K, 290, None, Exact)]),
        ("Four were killed and nine others wounded over the past day.", &[(K, 4, None, Exact), (I, 9, None, Exact)]),
        ("Two gunmen wounded over 30 shoppers before fleeing.", &[(I, 30, None, MoreThan)]),
        ("Roughly two thirds of these deaths were children, and one quarter of the injured were women.", &[]),
        ("A police officer was killed in the crossfire.", &[]),
        ("One of those killed was a teenager, and one of them was a nurse.", &[]),
        ("One person was killed and a firefighter was hurt.", &[(K, 1, None, Exact)]),
        ("Militias raided the town, killing and wounding dozens.", &[(C, 24, None, AtLeast)]),
        ("The gunman then killed the two guards at the gate.", &[]),
        ("Divers said the total number of recovered bodies had reached nine.", &[]),
        ("Two of the hikers in the group were found deceased on Sunday.", &[(K, 2, None, Exact)]),
        ("Twelve climbers who had been missing were found alive on Monday.", &[]),
        ("The group condemned the killings of 14 farmers in the valley.", &[(K, 14, None, Exact)]),
        ("The sheriff said the list of people unaccounted for had grown to 310.", &[(M, 310, None, Exact)]),
        ("He said \"the latest number of death\" is 9 in the county.", &[(K, 9, None, Exact)]),
        ("The list of guests was up to 300 by Friday.", &[]),
    ];

    /// A second set, written after the rules above and scored before any rule was tuned
    /// to it (first run: precision 0.947, recall 0.923); kept as a regression set. Two
    /// expectations changed afterwards on review: "treated 250 people for injuries" counts
    /// 250 injured, and "a 58-year-old man died" names a person, not a count. "The 2004
    /// tsunami killed about 230,000" became no figure when past events' tolls stopped
    /// counting as the toll of the event reported; "were among those injured" and "the war
    /// has killed tens of thousands" became none when parts of a toll and a war's toll to
    /// date stopped counting (issue 4).
    const HELDOUT: &[(&str, &[Want])] = &[
        ("Israeli strikes on Gaza have killed more than 40,000 Palestinians, according to the territory's health ministry.", &[(K, 40000, None, MoreThan)]),
        ("At least 17 people were killed and 53 wounded when a car bomb exploded near a checkpoint in northern Syria on Tuesday, a war monitor said.", &[(K, 17, None, AtLeast), (I, 53, None, Exact)]),
        ("The Syrian Observatory for Human Rights put the toll at 22 dead.", &[(K, 22, None, Exact)]),
        ("Flash floods have left at least 68 people dead and more than 100 missing in the northeast, the national disaster agency said Thursday.", &[(K, 68, None, AtLeast), (M, 100, None, MoreThan)]),
        ("Authorities said 112 people had been confirmed dead as of Wednesday evening.", &[(K, 112, None, Exact)]),
        ("Four police officers were among those injured.", &[]),
        ("Hospitals treated roughly 250 people for injuries after the clashes.", &[(I, 250, None, About)]),
        ("The UN says around 1,500 civilians have been killed in the fighting this year.", &[(K, 1500, None, About)]),
        ("Witnesses said security forces shot dead at least nine demonstrators.", &[(K, 9, None, AtLeast)]),
        ("Nine demonstrators were shot dead by security forces, witnesses said.", &[(K, 9, None, Exact)]),
        ("The 6.4-magnitude quake struck at a depth of 10 km, about 35 miles from the capital.", &[]),
        ("More than 3,000 buildings collapsed and 18,000 people were left homeless.", &[]),
        ("The government has deployed 5,000 troops to the region.", &[]),
        ("Turnout was 63%, with 2.1 million votes cast.", &[]),
        ("The 2004 tsunami killed about 230,000 people in 14 countries.", &[]),
        ("Rescue teams pulled 34 survivors from the rubble but said 61 remain trapped.", &[]),
        ("Of the 120 passengers on board, 8 died and 35 were injured.", &[(K, 8, None, Exact), (I, 35, None, Exact)]),
        ("The fatality count has risen to 37, officials said, with dozens more in critical condition.", &[(K, 37, None, Exact)]),
        ("Medics said one person was killed and seven others were hurt.", &[(K, 1, None, Exact), (I, 7, None, Exact)]),
        ("A suicide bomber killed 15 worshippers at a mosque in Peshawar.", &[(K, 15, None, Exact)]),
        ("Fifteen worshippers died when a suicide bomber struck a mosque.", &[(K, 15, None, Exact)]),
        ("Police said 200 people were arrested during the protests.", &[]),
        ("The hurricane, a Category 4 storm with winds of 150 mph, killed at least 25 people across three states.", &[(K, 25, None, AtLeast)]),
        ("State television reported that 31 soldiers had been killed in the ambush.", &[(K, 31, None, Exact)]),
        ("Eight years after the war started, almost 400,000 people have died.", &[(K, 400000, None, Nearly)]),
        ("The Health Ministry said 14 people were wounded, two of them critically.", &[(I, 14, None, Exact)]),
        ("Officials raised the death toll to 143 on Monday.", &[(K, 143, None, Exact)]),
        ("Hundreds of people were feared dead after the ferry sank.", &[(K, 200, None, AtLeast)]),
        ("As many as 70 people may have died in the blaze, the fire chief said.", &[(K, 70, None, UpTo)]),
        ("Officials confirmed six deaths and said 20 people were unaccounted for.", &[(K, 6, None, Exact), (M, 20, None, Exact)]),
        ("The virus has infected 12,000 people and killed 430.", &[(K, 430, None, Exact)]),
        ("The strike on the school, which housed about 700 displaced people, killed 22.", &[(K, 22, None, Exact)]),
        ("Two people were killed, including a child, when a drone hit a residential building.", &[(K, 2, None, Exact)]),
        ("Thousands of protesters marched through the capital on Sunday.", &[]),
        ("The attack on 7 October killed about 1,200 people, Israeli officials say.", &[(K, 1200, None, About)]),
        ("The war has killed tens of thousands and displaced millions.", &[]),
        ("Some 40 percent of the 2,000 residents were injured.", &[]),
        ("The bombing wounded at least 60 people, 10 of them seriously, police said.", &[(I, 60, None, AtLeast)]),
        ("The number of dead in the floods has reached 1,100, with a further 3,500 injured.", &[(K, 1100, None, Exact), (I, 3500, None, Exact)]),
        ("Forty-two people were killed over three days of clashes.", &[(K, 42, None, Exact)]),
        ("The ceasefire lasted 48 hours before fighting resumed.", &[]),
        ("A 58-year-old man died in hospital on Friday, bringing the toll to four.", &[(K, 4, None, Exact)]),
    ];

    /// A third set, written after the held-out set was passed and scored before tuning
    /// (first run: precision 1.000, recall 0.889); kept as a regression set. One sentence
    /// was reworded afterwards ("a 19-year-old man was stabbed to death" became "two
    /// teenagers") when single persons stopped counting as figures, and "the 1994 genocide"
    /// toll became no figure when past events stopped counting, and "were among the dead"
    /// none when parts of a toll stopped counting (issue 4).
    const FRESH: &[(&str, &[Want])] = &[
        ("KABUL (Reuters) - A powerful earthquake struck western Afghanistan on Saturday, killing at least 2,000 people, a government spokesman said.", &[(K, 2000, None, AtLeast)]),
        ("The disaster ministry said 9,240 people were injured and 1,320 houses were destroyed.", &[(I, 9240, None, Exact)]),
        ("Local media reported that 14 students were among those killed when the roof collapsed.", &[(K, 14, None, Exact)]),
        ("\"We have recovered 27 bodies so far,\" said a rescue worker.", &[]),
        ("Death toll climbs to 52 in Kenya floods", &[(K, 52, None, Exact)]),
        ("Kenya floods: 52 dead, thousands displaced", &[(K, 52, None, Exact)]),
        ("Gunmen kill 30 villagers in northwest Nigeria", &[(K, 30, None, Exact)]),
        ("The army said its troops killed 45 militants in an overnight raid.", &[(K, 45, None, Exact)]),
        ("Protesters said two of their members were detained and one was beaten.", &[]),
        ("Clashes between rival groups left three people dead and 17 others injured, police said.", &[(K, 3, None, Exact), (I, 17, None, Exact)]),
        ("The Pentagon said 34 service members had been diagnosed with traumatic brain injuries.", &[(I, 34, None, Exact)]),
        ("At least 1,000 people are feared to have died, though officials have confirmed only 312 deaths.", &[(K, 1000, None, AtLeast), (K, 312, None, Exact)]),
        ("The wildfire has destroyed 1,400 homes; 6 firefighters have been injured.", &[(I, 6, None, Exact)]),
        ("Health officials reported 3 new deaths on Tuesday, bringing the total to 87.", &[(K, 3, None, Exact), (K, 87, None, Exact)]),
        ("Nearly half of the 600 workers at the plant were evacuated.", &[]),
        ("He was one of 11 miners trapped underground for 17 days.", &[]),
        ("In the 1994 genocide, some 800,000 people were killed in 100 days.", &[]),
        ("The bus was carrying 45 passengers when it plunged into a ravine; 21 were killed.", &[(K, 21, None, Exact)]),
        ("The explosion at 2:30 a.m. shattered windows up to 5 km away and injured 150.", &[(I, 150, None, Exact)]),
        ("UNICEF said at least 13 children were among the dead.", &[]),
        ("The Interior Ministry said 3 police officers had been wounded by gunfire, one of them critically.", &[(I, 3, None, Exact)]),
        ("The military said 2 soldiers were killed in southern Gaza, raising its toll in the ground operation to 250.", &[(K, 2, None, Exact), (K, 250, None, Exact)]),
        ("According to the city administration, 11 people were injured in the overnight attack.", &[(I, 11, None, Exact)]),
        ("The 7 October attacks left some 1,200 people dead.", &[(K, 1200, None, About)]),
        ("Six people, including two children, were hurt when a wall collapsed.", &[(I, 6, None, Exact)]),
        ("Authorities have not released a death toll.", &[]),
        ("Three days of heavy rains triggered landslides that killed 11 people in five villages.", &[(K, 11, None, Exact)]),
        ("The ministry said 507 people were killed and 1,600 wounded, without distinguishing between civilians and fighters.", &[(K, 507, None, Exact), (I, 1600, None, Exact)]),
        ("Two journalists have been killed since the fighting began, bringing the number of media workers killed this year to 45.", &[(K, 2, None, Exact), (K, 45, None, Exact)]),
        ("Officials said the blaze, which started on Friday, had killed 9 and left 4 missing.", &[(K, 9, None, Exact), (M, 4, None, Exact)]),
        ("The number of confirmed cases rose to 3,000.", &[]),
        ("A 3-year-old girl was among the two people killed.", &[(K, 2, None, Exact)]),
        ("The disaster agency said the number of deaths in the country had risen to 38,044.", &[(K, 38044, None, Exact)]),
        ("Twenty-three migrants drowned and 30 are missing after their boat capsized, the IOM said.", &[(K, 23, None, Exact), (M, 30, None, Exact)]),
        ("Two officers were shot and wounded during the protest.", &[(I, 2, None, Exact)]),
        ("The strikes killed 3 and injured 12, the state news agency reported.", &[(K, 3, None, Exact), (I, 12, None, Exact)]),
        ("The government said that the war had cost 5,000 lives.", &[(K, 5000, None, Exact)]),
        ("About 70 percent of the dead were women and children.", &[]),
        ("In all, 96 people died in the crush.", &[(K, 96, None, Exact)]),
        ("The 100 people killed in the attack included 30 children.", &[(K, 100, None, Exact)]),
        ("Police said two teenagers were stabbed to death.", &[(K, 2, None, Exact)]),
        ("At least 12 people have been killed since Monday, the UN said, as gang violence spread.", &[(K, 12, None, AtLeast)]),
    ];

    fn score(cases: &[(&str, &[Want])]) -> (f64, f64, String) {
        let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
        let mut report = String::new();
        for (sentence, want) in cases {
            let mut got = got(sentence);
            for w in *want {
                if let Some(pos) = got.iter().position(|g| g == w) {
                    got.remove(pos);
                    tp += 1;
                } else {
                    fneg += 1;
                    report.push_str(&format!("missed {w:?} in {sentence:?}\n"));
                }
            }
            for g in got {
                fp += 1;
                report.push_str(&format!("spurious {g:?} in {sentence:?}\n"));
            }
        }
        let precision = tp as f64 / (tp + fp).max(1) as f64;
        let recall = tp as f64 / (tp + fneg).max(1) as f64;
        let summary = format!(
            "{} sentences, tp {tp} fp {fp} fn {fneg}, precision {precision:.3}, recall {recall:.3}\n{report}",
            cases.len()
        );
        (precision, recall, summary)
    }

    #[test]
    fn precision_and_recall_on_own_sentences() {
        let (precision, recall, summary) = score(CASES);
        eprintln!("figures (dev set): {summary}");
        assert!(CASES.len() >= 40);
        assert!(precision >= 0.95, "{summary}");
        assert!(recall >= 0.95, "{summary}");
    }

    #[test]
    fn precision_and_recall_on_held_out_sentences() {
        let (precision, recall, summary) = score(HELDOUT);
        eprintln!("figures (held-out set): {summary}");
        assert!(precision >= 0.95, "{summary}");
        assert!(recall >= 0.95, "{summary}");
    }

    #[test]
    fn precision_and_recall_on_fresh_sentences() {
        let (precision, recall, summary) = score(FRESH);
        eprintln!("figures (fresh set): {summary}");
        assert!(precision >= 0.95, "{summary}");
        assert!(recall >= 0.95, "{summary}");
    }

    /// (kind, value, value_max, qualifier, reported_by, as_of)
    type Full = (
        FigureKind,
        u64,
        Option<u64>,
        Qualifier,
        Option<&'static str>,
        Option<&'static str>,
    );

    /// Whole paragraphs about invented events (quake, flood, strike, stampede, bus crash,
    /// crackdown, heatwave, shooting, epidemic) in several outlets' styles, written before
    /// the rules for casualties, hypotheticals, rates, past events, cross-sentence bodies and
    /// report-date time references, and scored before any of them was added (first run:
    /// precision 0.765, recall 0.867; body and time right on 0.769 of the matched figures).
    /// Each figure carries the body and time reference a reader would note.
    #[rustfmt::skip]
    const PARAGRAPHS: &[(&str, &[Full])] = &[
        ("ANKARVIK, Norland (AP) — A magnitude 6.9 earthquake struck the mountainous east of Norland before dawn on Thursday, killing at least 312 people and injuring more than 1,400, the country's disaster management agency said. The quake, centred 40 kilometres from the city of Velm, was followed by 120 aftershocks.",
            &[(K, 312, None, AtLeast, Some("the country's disaster management agency"), None), (I, 1400, None, MoreThan, Some("the country's disaster management agency"), None)]),
        ("The death toll from Thursday's earthquake in eastern Norland climbed past 1,000 on Saturday, state media reported, as rescuers pulled survivors from collapsed apartment blocks. Another 2,300 people were hurt.",
            &[(K, 1000, None, MoreThan, Some("state media"), Some("on Saturday")), (I, 2300, None, Exact, None, None)]),
        ("It was the deadliest quake in the region since 1999, when a tremor near Velm killed about 17,000 people. The 2011 Kestral earthquake killed 9,000.", &[]),
        ("At least 45 people have died after days of torrential rain caused flash floods across southern Ostrava province, officials say. Dozens more are missing, and more than 20,000 people have been evacuated from their homes.",
            &[(K, 45, None, AtLeast, Some("officials"), None), (M, 24, None, AtLeast, None, None)]),
        ("Forecasters warned that the swollen river could burst its banks on Monday, and the governor said up to 10,000 people could be displaced. \"If the dam fails, hundreds could die,\" he told reporters.", &[]),
        ("An air strike on a crowded market in the town of Darsa killed at least 27 people, including nine children, and wounded 60 others, according to the civil defence agency. The agency said 14 people were still trapped under the rubble.",
            &[(K, 27, None, AtLeast, Some("the civil defence agency"), None), (I, 60, None, Exact, Some("the civil defence agency"), None)]),
        ("The health ministry in Darsa says more than 8,200 people have been killed since the offensive began in March. That is an average of 105 deaths a day.",
            &[(K, 8200, None, MoreThan, Some("The health ministry in Darsa"), Some("since the offensive began"))]),
        ("The death toll has risen to 52. Officials said 30 of them were children.",
            &[(K, 52, None, Exact, None, None)]),
        ("At least 40 people were killed on Sunday when gunmen attacked a village in the west of the state. That is according to the state police command, which said 16 others were wounded.",
            &[(K, 40, None, AtLeast, Some("the state police command"), None), (I, 16, None, Exact, Some("the state police command"), None)]),
        ("Eighteen pilgrims lost their lives and scores of others were hospitalised after a stampede broke out at the gate of the shrine early on Friday, district officials told The Courier. Two more people later succumbed to their injuries, bringing the toll to 20.",
            &[(K, 18, None, Exact, Some("district officials"), None), (I, 40, None, AtLeast, Some("district officials"), None), (K, 2, None, Exact, None, None), (K, 20, None, Exact, None, None)]),
        ("A bus carrying wedding guests plunged into a gorge in the northern Kalat district on Wednesday, leaving 12 dead and 31 injured, a police spokesman told AFP. The driver, who was among those hurt, was arrested.",
            &[(K, 12, None, Exact, Some("a police spokesman"), None), (I, 31, None, Exact, Some("a police spokesman"), None)]),
        ("The victims, aged between 19 and 64, included a family of five. Police said the 52-seat coach was travelling at 110 km/h.", &[]),
        ("Security forces opened fire on protesters in the capital on Tuesday, killing at least 14 people, a rights group said, citing witnesses. More than 300 people were arrested, the interior ministry said in a statement on Wednesday.",
            &[(K, 14, None, AtLeast, Some("a rights group"), None)]),
        ("Medics at a field hospital said they had treated about 200 casualties, most of them hit by rubber bullets. The opposition put the number of dead at 23.",
            &[(C, 200, None, About, Some("Medics at a field hospital"), None), (K, 23, None, Exact, Some("The opposition"), None)]),
        ("The heatwave has claimed 30 lives across the region since Monday, according to figures from the regional health authority. Experts warn that without action, heat could kill thousands every summer by 2050.",
            &[(K, 30, None, Exact, Some("the regional health authority"), Some("since Monday"))]),
        ("The region recorded 41 heat-related deaths per 100,000 residents last summer, the study found, compared with 12 deaths per 100,000 a decade earlier.", &[]),
        ("Four people were killed and six others were wounded in a shooting at a graduation party in Millbrook late Saturday, the Lane County Sheriff's Office said. The suspected gunman, a 22-year-old man, was taken into custody.",
            &[(K, 4, None, Exact, Some("the Lane County Sheriff's Office"), None), (I, 6, None, Exact, Some("the Lane County Sheriff's Office"), None)]),
        ("Three of the wounded remain hospitalized in critical condition, a hospital spokeswoman said Sunday.", &[]),
        ("The cholera outbreak has killed 1,204 people and infected more than 60,000 since January, the World Health Organization said. The case fatality rate stands at 2%.",
            &[(K, 1204, None, Exact, Some("the World Health Organization"), Some("since January"))]),
        ("Modelling by the university suggests the toll could reach 5,000 by the end of the year if vaccination does not speed up. Last year's outbreak killed about 700 people.", &[]),
        ("Children account for nearly 40 percent of the dead. Twice as many people have died this year as in all of 2022.", &[]),
        ("Rescuers have brought 15 miners to the surface alive, but 22 others remain trapped and seven are missing, the mine operator said. Five bodies have been recovered so far.",
            &[(M, 7, None, Exact, Some("the mine operator"), None)]),
        ("State television said 86 bodies had been recovered and 140 passengers rescued, while the coast guard said about 50 people were still unaccounted for.",
            &[(M, 50, None, About, Some("the coast guard"), None)]),
        ("Three young men were martyred and 11 were injured by gunfire in the camp at dawn, the health ministry said, adding that one of the wounded was in critical condition.",
            &[(K, 3, None, Exact, Some("the health ministry"), None), (I, 11, None, Exact, Some("the health ministry"), None)]),
        ("A dozen people were hurt when police charged the crowd, and hundreds were detained. Tens of thousands have fled the fighting in the north.",
            &[(I, 12, None, Exact, None, None)]),
        ("The casualty toll from the twin blasts rose to 130 on Monday, with 35 dead and 95 wounded, the provincial health department said.",
            &[(C, 130, None, Exact, Some("the provincial health department"), Some("on Monday")), (K, 35, None, Exact, Some("the provincial health department"), Some("on Monday")), (I, 95, None, Exact, Some("the provincial health department"), Some("on Monday"))]),
        ("Officials said the toll would have been far higher had the alarm not sounded, as some 2,000 workers were in the building. At least 9 workers died.",
            &[(K, 9, None, AtLeast, None, None)]),
        ("The floods have displaced 250,000 people, and soldiers rescued 1,300 stranded residents by boat. In total, 16 deaths have been confirmed, the ministry said on Friday.",
            &[(K, 16, None, Exact, Some("the ministry"), Some("on Friday"))]),
        ("Gunmen Kill 23 Villagers, Abduct 40 in Northern Raid",
            &[(K, 23, None, Exact, None, None)]),
        ("A second police officer succumbed to his injuries on Thursday, raising the number of officers killed in the unrest to six, police said.",
            &[(K, 6, None, Exact, Some("police"), None)]),
        ("Aid workers say about 30 children die each day from malnutrition in the camps.", &[]),
        ("Thirty-one people were killed in the overnight shelling of the city, Interfax reported, citing the regional governor.",
            &[(K, 31, None, Exact, Some("the regional governor"), None)]),
        ("Health officials in Rafiq said 19 people, most of them women, were killed in the strike on the shelter.",
            &[(K, 19, None, Exact, Some("Health officials in Rafiq"), None)]),
        ("Two senior officials told the newspaper that 5,000 troops and 40 tanks had been moved to the border, 200 km from the capital.", &[]),
        ("More than 60 people were killed or injured when the grandstand collapsed, the fire service said.",
            &[(C, 60, None, MoreThan, Some("the fire service"), None)]),
        ("As of 6 p.m. local time, 214 people were confirmed dead and 38 remained missing, the national disaster agency said.",
            &[(K, 214, None, Exact, Some("the national disaster agency"), Some("As of 6 p.m. local time")), (M, 38, None, Exact, Some("the national disaster agency"), Some("As of 6 p.m. local time"))]),
        ("The 1994 genocide left some 800,000 people dead. Officials fear the toll from the new fighting could exceed 100.", &[]),
        ("The blast caused 45 casualties, 12 of them fatal, a military spokesman said on Tuesday.",
            &[(C, 45, None, Exact, Some("a military spokesman"), Some("on Tuesday"))]),
    ];

    /// A second paragraph set, written after the rules above were in place and scored before
    /// any change for it (first run: precision 0.938, recall 0.968; body and time right on 0.933 of the matched
    /// figures).
    #[rustfmt::skip]
    const PARAGRAPHS_2: &[(&str, &[Full])] = &[
        ("MERIDA, Valeria (Reuters) - Torrential rains triggered mudslides that buried dozens of homes in the hill town of Corvo, killing at least 38 people, the civil protection agency said on Wednesday. Another 70 people were missing.",
            &[(K, 38, None, AtLeast, Some("the civil protection agency"), Some("on Wednesday")), (M, 70, None, Exact, None, None)]),
        ("The stampede at the stadium gate left 11 fans dead and 64 hurt. The stadium, built in 1998, holds 40,000 spectators.",
            &[(K, 11, None, Exact, None, None), (I, 64, None, Exact, None, None)]),
        ("Doctors at Al-Noor hospital said they had received the bodies of 23 people, among them seven women, after strikes hit a residential block overnight.",
            &[]),
        ("The toll from the ferry fire has climbed to 47, with 160 passengers rescued and some 30 unaccounted for, the transport ministry said.",
            &[(K, 47, None, Exact, Some("the transport ministry"), None), (M, 30, None, About, Some("the transport ministry"), None)]),
        ("Police in the northern city said two officers were among 9 people wounded when protesters threw petrol bombs. More than 150 people were detained overnight.",
            &[(I, 9, None, Exact, Some("Police in the northern city"), None)]),
        ("The heatwave is believed to have killed more than 1,300 people in the region since late June, according to estimates from health authorities. Scientists say such heat could become 10 times more likely by 2070.",
            &[(K, 1300, None, MoreThan, Some("health authorities"), None)]),
        ("A gunman opened fire at a high school in Fairview on Tuesday, killing three students and a teacher and wounding 7 others before he was arrested, police said.",
            &[(K, 3, None, Exact, Some("police"), None), (I, 7, None, Exact, Some("police"), None)]),
        ("The measles outbreak has now infected 1,100 children and claimed 14 lives, the health ministry reported, up from 9 deaths a week ago.",
            &[(K, 14, None, Exact, Some("the health ministry"), None)]),
        ("Officials said the eruption in 1902 had killed nearly 30,000 people and warned that a repeat could kill thousands.", &[]),
        ("The bus, carrying 52 people, collided with a truck near the border. Nineteen people died at the scene and 2 more died in hospital, the regional governor told state television.",
            &[(K, 19, None, Exact, Some("the regional governor"), None), (K, 2, None, Exact, Some("the regional governor"), None)]),
        ("Security forces have killed at least 71 demonstrators since the protests began, Amnesty International said, adding that hundreds more had been injured.",
            &[(K, 71, None, AtLeast, Some("Amnesty International"), Some("since the protests began")), (I, 200, None, AtLeast, Some("Amnesty International"), Some("since the protests began"))]),
        ("The death toll has risen to 52. Officials said 30 of them were children and 12 were women.",
            &[(K, 52, None, Exact, None, None)]),
        ("At least 16 people were killed in the blast, which also injured 45. The figures come from the provincial health office.",
            &[(K, 16, None, AtLeast, Some("the provincial health office"), None), (I, 45, None, Exact, Some("the provincial health office"), None)]),
        ("The quake, measuring 6.1, injured around 300 people and damaged 2,000 buildings, the geological survey said in an update on Monday.",
            &[(I, 300, None, About, Some("the geological survey"), Some("on Monday"))]),
        ("Aid groups estimate that up to 400 people may have been killed, though the government has confirmed only 93 deaths.",
            &[(K, 400, None, UpTo, Some("Aid groups"), None), (K, 93, None, Exact, Some("the government"), None)]),
        ("The army said 6 of its soldiers were killed and 14 wounded in the ambush, and that its troops had killed 20 attackers.",
            &[(K, 6, None, Exact, Some("The army"), None), (I, 14, None, Exact, Some("The army"), None), (K, 20, None, Exact, Some("The army"), None)]),
        ("Tens of thousands of people have been displaced and 8 have died since the river broke its banks on Saturday, local media reported.",
            &[(K, 8, None, Exact, Some("local media"), None)]),
        ("The crackdown has left 212 people dead, including 24 children, according to the rights group, which said more than 2,000 had been arrested.",
            &[(K, 212, None, Exact, Some("the rights group"), None)]),
        ("The plane crash killed all 71 people on board, the airline said. It was the country's worst air disaster since 2010, when 152 people died.",
            &[(K, 71, None, Exact, Some("the airline"), None)]),
        ("Hospitals reported that 340 people had been treated for heatstroke and that 12 of them had died.",
            &[(I, 340, None, Exact, Some("Hospitals"), None), (K, 12, None, Exact, Some("Hospitals"), None)]),
        ("Two firefighters lost their lives battling the blaze, which has burned 40,000 hectares and destroyed 600 homes since Thursday.",
            &[(K, 2, None, Exact, None, Some("since Thursday"))]),
        ("If the forecast holds, up to 50 villages could be cut off, officials said. No casualties have been reported so far.", &[]),
    ];

    #[test]
    fn precision_recall_and_fields_on_second_paragraphs() {
        let (precision, recall, fields, summary) = score_full(PARAGRAPHS_2);
        eprintln!("figures (paragraphs 2): {summary}");
        assert!(precision >= 0.95, "{summary}");
        assert!(recall >= 0.95, "{summary}");
        assert!(fields >= 0.85, "{summary}");
    }

    /// Lower-cased, curly apostrophes made straight, a leading "the" dropped: how bodies and
    /// time references are compared.
    fn loose(s: Option<&str>) -> Option<String> {
        s.map(|s| {
            let s = s.to_lowercase().replace('’', "'");
            s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
        })
    }

    /// Precision and recall on (kind, value, value_max, qualifier), and the share of matched
    /// figures whose body and time reference are also right.
    fn score_full(cases: &[(&str, &[Full])]) -> (f64, f64, f64, String) {
        let (mut tp, mut fp, mut fneg, mut fields) = (0usize, 0usize, 0usize, 0usize);
        let mut report = String::new();
        for (text, want) in cases {
            let mut got = extract(text);
            for w in *want {
                let pos = got.iter().position(|g| {
                    (g.kind, g.value, g.value_max, g.qualifier) == (w.0, w.1, w.2, w.3)
                });
                let Some(pos) = pos else {
                    fneg += 1;
                    report.push_str(&format!("missed {w:?} in {text:?}\n"));
                    continue;
                };
                let g = got.remove(pos);
                tp += 1;
                let body_ok = loose(g.reported_by.as_deref()) == loose(w.4);
                let date_ok = loose(g.as_of.as_deref()) == loose(w.5);
                if body_ok && date_ok {
                    fields += 1;
                } else {
                    report.push_str(&format!(
                        "fields {:?}/{:?} want {:?}/{:?} in {text:?}\n",
                        g.reported_by, g.as_of, w.4, w.5
                    ));
                }
            }
            for g in got {
                fp += 1;
                report.push_str(&format!(
                    "spurious {:?} {} {:?} in {text:?}\n",
                    g.kind, g.value, g.qualifier
                ));
            }
        }
        let precision = tp as f64 / (tp + fp).max(1) as f64;
        let recall = tp as f64 / (tp + fneg).max(1) as f64;
        let field_share = fields as f64 / tp.max(1) as f64;
        let summary = format!(
            "{} paragraphs, tp {tp} fp {fp} fn {fneg}, precision {precision:.3}, recall {recall:.3}, fields {field_share:.3}\n{report}",
            cases.len()
        );
        (precision, recall, field_share, summary)
    }

    #[test]
    fn precision_recall_and_fields_on_paragraphs() {
        let (precision, recall, fields, summary) = score_full(PARAGRAPHS);
        eprintln!("figures (paragraphs): {summary}");
        assert!(PARAGRAPHS.len() >= 30);
        assert!(precision >= 0.95, "{summary}");
        assert!(recall >= 0.95, "{summary}");
        assert!(fields >= 0.9, "{summary}");
    }

    /// Blind paragraphs for issue 4 (past events by a time phrase, cumulative war tolls,
    /// parts of a toll, "nearly 300 injured" forms, bodies governing a whole sentence or
    /// given in the next one, institutions with acronyms, relaying outlets), written before
    /// any rule for them was changed. First run: precision 0.767, recall 0.971, fields 0.848.
    #[rustfmt::skip]
    const PARAGRAPHS_3: &[(&str, &[Full])] = &[
        ("MERVA, Tallan (Reuters) — A passenger ferry capsized on Lake Orsu late on Saturday, killing at least 34 people, the provincial emergency agency said. Nearly 90 passengers remain missing. The previous month, a cargo boat sank on the same lake, killing 12 crew members.",
            &[(K, 34, None, AtLeast, Some("the provincial emergency agency"), None), (M, 90, None, Nearly, None, None)]),
        ("Police said 14 people were killed and about 300 were hurt when security forces broke up the march in Kessa on Tuesday. In March, more than 40 protesters died in similar clashes in the capital.",
            &[(K, 14, None, Exact, Some("Police"), None), (I, 300, None, About, Some("Police"), None)]),
        ("The Ostland Commission on Civil Liberties (OCCL) said 23 people had been killed since the protests began, while the Medical Association of Ostland put the number of injured at nearly 400. One man reportedly died after being struck by a tear gas canister, another after being beaten by police.",
            &[(K, 23, None, Exact, Some("the Ostland Commission on Civil Liberties (OCCL)"), Some("since the protests began")), (I, 400, None, Nearly, Some("the Medical Association of Ostland"), None)]),
        ("At least 52 people were killed in the raid on Tamba village, Governor Idris Kallo said on Thursday. Two local councillors were also killed in the attack, he said. The insurgency, now in its 12th year, has claimed tens of thousands of lives in the region.",
            &[(K, 52, None, AtLeast, Some("Governor Idris Kallo"), Some("on Thursday"))]),
        ("Health ministry spokespeople said more than 2,600 people had been killed in the fighting since January, with another 9,000 wounded. The war, which began in 2021, has killed more than 150,000 people, according to researchers.",
            &[(K, 2600, None, MoreThan, Some("Health ministry spokespeople"), Some("since January")), (I, 9000, None, Exact, Some("Health ministry spokespeople"), Some("since January"))]),
        ("The death toll from the landslide in Upper Kiran rose to 71, the National Disaster Management Authority (NDMA) told the Herald on Wednesday. Another 18 people are missing and 45 injured, the authority said.",
            &[(K, 71, None, Exact, Some("the National Disaster Management Authority (NDMA)"), Some("on Wednesday")), (M, 18, None, Exact, Some("the authority"), None), (I, 45, None, Exact, Some("the authority"), None)]),
        ("Seventeen people died and nearly 60 were injured when a bus plunged into a ravine near Solva, according to the regional police. Two children were among the dead. Last year, 230 people died in road accidents on the same highway.",
            &[(K, 17, None, Exact, Some("the regional police"), None), (I, 60, None, Nearly, Some("the regional police"), None)]),
        ("Thirty-eight people have lost their lives in the fire, Ana Morel, the head of the Vesk fire brigade, said. The brigade said 11 firefighters had been hospitalised with smoke inhalation.",
            &[(K, 38, None, Exact, Some("Ana Morel"), None), (I, 11, None, Exact, Some("The brigade"), None)]),
        ("DARLOW — Security forces killed at least 19 protesters and wounded 120 others on Tuesday, the Lanark Human Rights Observatory said in a statement on Wednesday.",
            &[(K, 19, None, AtLeast, Some("the Lanark Human Rights Observatory"), Some("on Wednesday")), (I, 120, None, Exact, Some("the Lanark Human Rights Observatory"), Some("on Wednesday"))]),
        ("Thursday's strike on the market killed 29 people, Pavel Ostrov, the regional governor, said on Telegram. At least 64 people were wounded, among them 9 children.",
            &[(K, 29, None, Exact, Some("Pavel Ostrov"), None), (I, 64, None, AtLeast, None, None)]),
        ("The disaster council told Al Jazeera that 41 people had died in the floods and 7 were missing. In 2019, floods in the same province killed more than 300 people.",
            &[(K, 41, None, Exact, Some("The disaster council"), None), (M, 7, None, Exact, Some("The disaster council"), None)]),
        ("A suicide bomber killed 11 worshippers at a mosque in Barak on Friday. Officials said 26 others were wounded. The attack came a week after a car bomb killed 8 people at a checkpoint in the city.",
            &[(K, 11, None, Exact, None, None), (I, 26, None, Exact, Some("Officials"), None)]),
        ("Rescuers pulled four survivors from the rubble overnight. The number of dead has risen to 112, with 340 injured, Civil Protection chief Marta Lenz said.",
            &[(K, 112, None, Exact, Some("Civil Protection chief Marta Lenz"), None), (I, 340, None, Exact, Some("Civil Protection chief Marta Lenz"), None)]),
        ("Hundreds of people were hurt in the stampede at the stadium gates, and at least 8 died, witnesses said. Doctors at Central Hospital said they had treated 212 people.",
            &[(I, 200, None, AtLeast, Some("witnesses"), None), (K, 8, None, AtLeast, Some("witnesses"), None), (I, 212, None, Exact, Some("Doctors at Central Hospital"), None)]),
        ("Sixteen people died in air strikes on three villages on Sunday, local monitors said, bringing the number of civilians killed this month to 94. The conflict has claimed more than 4,000 lives since 2020.",
            &[(K, 16, None, Exact, Some("local monitors"), None), (K, 94, None, Exact, Some("local monitors"), None)]),
        ("The boat was carrying about 80 traders to a market in Lokoja when it hit a submerged log. Eleven bodies have been recovered and 27 passengers were rescued, state emergency officials said. The accident comes barely two months after 64 people drowned in a similar incident upstream.",
            &[]),
        ("Local officials said 9 people were martyred in the shelling of Qasra and 23 hospitalised, one day after the truce collapsed.",
            &[(K, 9, None, Exact, Some("Local officials"), None), (I, 23, None, Exact, Some("Local officials"), None)]),
    ];

    #[test]
    fn precision_recall_and_fields_on_blind_paragraphs() {
        let (precision, recall, fields, summary) = score_full(PARAGRAPHS_3);
        eprintln!("figures (blind paragraphs): {summary}");
        assert!(precision >= 0.95, "{summary}");
        assert!(recall >= 0.95, "{summary}");
        assert!(fields >= 0.95, "{summary}");
    }

    /// A second blind set, written after the issue 4 rules and scored before any change
    /// for it. First run: precision 0.842, recall 0.889, fields 0.812 (after two fixes to the
    /// gold made before any code change: "put the death toll at 312 on Tuesday" is dated by
    /// the module's rule, and "The dead ... number 26" had been left out).
    #[rustfmt::skip]
    const PARAGRAPHS_4: &[(&str, &[Full])] = &[
        ("Floods kill 58 in northern Brava, dozens missing - disaster agency",
            &[(K, 58, None, Exact, Some("disaster agency"), None), (M, 24, None, AtLeast, Some("disaster agency"), None)]),
        ("At least 58 people have died and 37 are missing after three days of rain in northern Brava, the National Agency for Disaster Management (NADM) said on Saturday. Two years ago, floods in the same region killed more than 400 people.",
            &[(K, 58, None, AtLeast, Some("the National Agency for Disaster Management (NADM)"), Some("on Saturday")), (M, 37, None, Exact, Some("the National Agency for Disaster Management (NADM)"), Some("on Saturday"))]),
        ("Gunmen stormed a wedding in the village of Kaura on Sunday night, killing 21 guests, police spokesman Yusuf Adamu said. Three of the victims were children. Adamu said 14 others were admitted to hospital with gunshot wounds.",
            &[(K, 21, None, Exact, Some("police spokesman Yusuf Adamu"), None), (I, 14, None, Exact, Some("Adamu"), None)]),
        ("The violence in the region, which began in 2019, has claimed more than 8,000 lives, according to the Armed Conflict Location and Event Data Project.", &[]),
        ("Some 130 people were injured when a train derailed near Koro, railway officials said. The driver and two passengers died.",
            &[(I, 130, None, About, Some("railway officials"), None), (K, 2, None, Exact, None, None)]),
        ("The Ministry of Public Health put the death toll at 312 on Tuesday, with almost 1,900 hurt. In February, an earthquake of similar strength in the north killed 90.",
            &[(K, 312, None, Exact, Some("The Ministry of Public Health"), Some("on Tuesday")), (I, 1900, None, Nearly, Some("The Ministry of Public Health"), Some("on Tuesday"))]),
        ("Eleven miners are trapped and 4 have been confirmed dead after the shaft flooded, the mine operator said. They said rescuers had reached a depth of 200 metres.",
            &[(K, 4, None, Exact, Some("the mine operator"), None)]),
        ("Protesters said security forces had shot dead at least 9 people in the capital. The interior ministry denied the claim and said 31 police officers had been wounded.",
            &[(K, 9, None, AtLeast, Some("Protesters"), None), (I, 31, None, Exact, Some("The interior ministry"), None)]),
        ("\u{201c}We counted 47 bodies in the morgue,\u{201d} said Dr Halima Sesay, the director of Kenema Hospital. The hospital was treating about 70 wounded, she said.",
            &[(I, 70, None, About, Some("Dr Halima Sesay"), None)]),
        ("More than 1,200 people have been killed in the offensive since October, the Office for the Coordination of Humanitarian Affairs said in its latest update.",
            &[(K, 1200, None, MoreThan, Some("the Office for the Coordination of Humanitarian Affairs"), Some("since October"))]),
        ("A week earlier, 19 people died in a similar stampede at a food distribution point in the north.", &[]),
        ("Rescuers said the number of people missing had fallen to 12 after 30 were found alive. The dead, among them five firefighters, number 26.",
            &[(M, 12, None, Exact, Some("Rescuers"), None), (K, 26, None, Exact, None, None)]),
    ];

    #[test]
    fn precision_recall_and_fields_on_second_blind_paragraphs() {
        let (precision, recall, fields, summary) = score_full(PARAGRAPHS_4);
        eprintln!("figures (blind paragraphs 2): {summary}");
        assert!(precision >= 0.95, "{summary}");
        assert!(recall >= 0.9, "{summary}");
        assert!(fields >= 0.9, "{summary}");
    }

    #[test]
    fn casualties_are_a_kind_of_their_own() {
        let k = |t: &str| got(t);
        assert_eq!(
            k("The clashes caused 85 casualties, officials said."),
            [(C, 85, None, Exact)]
        );
        assert_eq!(
            k("The casualty toll climbed to 300 overnight."),
            [(C, 300, None, Exact)]
        );
        assert_eq!(
            k("Dozens of people were killed or wounded by the blast."),
            [(C, 24, None, AtLeast)]
        );
        assert_eq!(
            k("Snipers fired into the crowd, killing or injuring about 40."),
            [(C, 40, None, About)]
        );
        // Killed with missing is neither kind; a bare "heavy casualties" has no number.
        assert_eq!(
            k("Some 60 people are dead or missing after the mudslide."),
            []
        );
        assert_eq!(k("The unit suffered heavy casualties near the river."), []);
        assert_eq!(k("No casualties were reported after the 5 blasts."), []);
    }

    #[test]
    fn projections_conditions_rates_and_past_events_are_not_this_toll() {
        for t in [
            "Experts said a major quake could kill 20,000 people in the capital.",
            "Doctors fear that hundreds could die without fresh water.",
            "Up to 3,000 people are expected to die from the heat this summer.",
            "Officials warned the toll could reach 400.",
            "The death toll is likely to rise to over 90, the governor said.",
            "Without the wall, 80 people would have been killed, the engineer said.",
            "If 200 patients die, the hospital will face an inquiry.",
            "The disease kills 14 people a day in the camps.",
            "Roads kill 9 per 100,000 residents every year.",
            "That works out at an average of 50 deaths in each province.",
            "The 1985 eruption killed about 23,000 people.",
            "In 1976, an earthquake in the same valley killed 600.",
            "It was the worst flood since 1998, when 3,000 people died.",
            "A similar blast in 2020 killed 218 people.",
            "Last year's monsoon left 1,700 people dead.",
            "A cyclone killed 4,000 people there three decades ago.",
            "The storm in 1953 had killed 1,800 people.",
            "That compared with 31 deaths last winter.",
            "About 90 miners were hurt in the 1999 collapse at the same pit.",
            "Hundreds drowned in 2004 when the tsunami struck.",
        ] {
            assert_eq!(got(t), [], "{t}");
        }
        assert_eq!(
            got("Twenty died on Monday, up from 12 deaths on Sunday."),
            [(K, 20, None, Exact)]
        );
        // Estimates, tolls dated by "since" a year, and years after the number still count.
        assert_eq!(
            got("As many as 300 may have died in the blaze."),
            [(K, 300, None, UpTo)]
        );
        assert_eq!(
            got("Since 2014, more than 14,000 people have been killed."),
            [(K, 14000, None, MoreThan)]
        );
        assert_eq!(
            got("Floods killed 61 people, the worst toll since 2010."),
            [(K, 61, None, Exact)]
        );
        assert_eq!(
            got(
                "The council, a body set up by exiled lawmakers in 2021, put the death toll at 21."
            ),
            [(K, 21, None, Exact)]
        );
        assert_eq!(
            got("The 2026 floods have killed 74 people so far, officials said."),
            [(K, 74, None, Exact)]
        );
        assert_eq!(
            got("Twelve people have died in the 2031 heatwave, which is now in its third week."),
            [(K, 12, None, Exact)]
        );
        assert_eq!(
            got("Eight people died a day after the storm hit."),
            [(K, 8, None, Exact)]
        );
        assert_eq!(
            got("The toll rose past 700 on Friday."),
            [(K, 700, None, MoreThan)]
        );
        // An event named by its year that is still counting its dead is this event.
        assert_eq!(
            got("The 2031 floods have killed 74 people so far."),
            [(K, 74, None, Exact)]
        );
    }

    #[test]
    fn earlier_events_war_tolls_and_parts_are_not_this_toll() {
        for none in [
            "The previous week, two boats sank on the river, killing at least 16.",
            "Earlier this year, 40 migrants drowned off the coast.",
            "In August, more than 60 people died when a bus crashed into a truck.",
            "Last month, a landslide in the same valley killed 12 villagers.",
            "More than 300 people died in road accidents in the province last year.",
            "The blast came just two weeks after a suicide bomber killed 30 at a rally.",
            "This is coming barely a month after 45 traders drowned upstream.",
            "The insurgency has claimed more than 35,000 lives since 2009.",
            "The civil war, which began in 2014, has killed more than 150,000 people, monitors say.",
            "The war between the junta and the rebels has already killed thousands.",
            "Three journalists were among the dead.",
            "At least four soldiers were among those wounded, the army said.",
            "Two guards, Omar Said and Peter Wanjiru, were also killed in the raid.",
            "One protester died after being hit by a rubber bullet, another after being trampled.",
            "Three years ago, a ferry sank on the same route, killing 140.",
            "Days earlier, 12 people died when a bridge collapsed.",
            "The unrest, which started in 2021, has claimed more than 900 lives.",
        ] {
            assert_eq!(got(none), [], "{none}");
        }
        let k = |t: &str| got(t);
        assert_eq!(
            k("Two days after the quake, the death toll rose to 300."),
            [(K, 300, None, Exact)]
        );
        assert!(
            k("Rescuers found 12 more bodies a day after the quake, bringing the toll to 40.")
                .contains(&(K, 40, None, Exact))
        );
        assert_eq!(
            k("Since June, 300 people have died in the floods."),
            [(K, 300, None, Exact)]
        );
        assert_eq!(
            k("The floods that began in June have killed 300 people."),
            [(K, 300, None, Exact)]
        );
        assert_eq!(
            k("The fighting has killed 40 people since Friday."),
            [(K, 40, None, Exact)]
        );
        assert_eq!(
            k("Another source said at least three civilians were also killed."),
            [(K, 3, None, AtLeast)]
        );
        assert_eq!(
            k("Gunmen killed 40 people in Kano, Kaduna and Zamfara, officials said."),
            [(K, 40, None, Exact)]
        );
        assert_eq!(
            k("Flooding has killed 310 people this year, up from 200 last year."),
            [(K, 310, None, Exact)]
        );
        assert!(k("One person was killed and another injured.").contains(&(K, 1, None, Exact)));
        assert_eq!(
            k("The unrest, which started on Friday, has killed 40 people."),
            [(K, 40, None, Exact)]
        );
        // An increment with its total: the total is the toll.
        assert_eq!(
            k("Hours later, 12 more bodies were found, bringing the toll to 52."),
            [(K, 52, None, Exact)]
        );
    }

    #[test]
    fn earlier_events_dated_after_the_number_or_by_what_came_after() {
        let got = kinds_and_values;
        for none in [
            "It was the worst crash since 80 people died in a 1998 derailment near the border.",
            "The region is still recovering from a cyclone that killed 60 people on the coast less than three weeks ago.",
            "The fire struck barely four months after a blaze at another market in the city left 23 people dead.",
        ] {
            assert_eq!(got(none), [], "{none}");
        }
        // Hours or days after something else, the toll is this event's.
        assert_eq!(
            got("The storm hit the coast hours after the warning was issued, killing 30 people."),
            [(K, 30)]
        );
        assert_eq!(
            got("Six people are known dead in the capital, officials said."),
            [(K, 6)]
        );
    }

    #[test]
    fn taken_to_hospital_in_any_wording_and_a_number_of() {
        let got = kinds_and_values;
        assert_eq!(
            got("Eleven people were rushed to the hospital with burns."),
            [(I, 11)]
        );
        assert_eq!(
            got("Twenty were taken to a nearby hospital, police said."),
            [(I, 20)]
        );
        assert_eq!(got("Nine workers were sent to area hospitals."), [(I, 9)]);
        assert_eq!(got("Some 40 passengers remain unaccounted-for."), [(M, 40)]);
        for none in [
            "Three doctors were sent to the hospital to help.",
            "A number of the dead came from two villages.",
            "The bus taking 30 pupils to the hospital fair was late.",
        ] {
            assert_eq!(got(none), [], "{none}");
        }
    }

    #[test]
    fn bodies_described_by_a_participle_claims_and_no_toll_as_body() {
        let by = |t: &str| -> Vec<Option<String>> {
            extract(t).into_iter().map(|f| f.reported_by).collect()
        };
        assert_eq!(
            by("The crisis cell set up by the provincial government told reporters that 40 people were missing."),
            [Some("The crisis cell set up by the provincial government".to_string())]
        );
        assert_eq!(
            by("The navy claimed that two sailors were wounded."),
            [Some("The navy".to_string())]
        );
        assert_eq!(by("The Delta Bombing Claimed 12 Lives"), [None]);
        assert_eq!(
            by("The latest toll given by provincial authorities has risen to 31."),
            [Some("provincial authorities".to_string())]
        );
        assert_eq!(
            by("A gunman who killed 12 people in the old town had registered with the police."),
            [None]
        );
        assert_eq!(
            by("Nine people died, according to a district officer appointed by the council."),
            [Some(
                "a district officer appointed by the council".to_string()
            )]
        );
        assert_eq!(
            by("Nine people died, according to figures released by the health ministry."),
            [Some("the health ministry".to_string())]
        );
        assert_eq!(
            by("Nine people died, according to a rights group, the Delta Watch."),
            [Some("a rights group, the Delta Watch".to_string())]
        );
        assert_eq!(
            by("Nine people died, according to the ministry, and Kabul was hit hardest."),
            [Some("the ministry".to_string())]
        );
        assert_eq!(
            by("At least nine people were killed, a rescue worker told reporters."),
            [Some("a rescue worker".to_string())]
        );
        assert_eq!(by("Flood Toll in Sindh Put at 300"), [None]);
    }

    #[test]
    fn asides_along_with_and_second_verbs_with_objects() {
        let got = kinds_and_values;
        assert_eq!(
            got("Six people including a police officer were killed in the blast."),
            [(K, 6)]
        );
        assert_eq!(
            got("Three soldiers died in the ambush, along with two interpreters."),
            [(K, 3), (K, 2)]
        );
        assert_eq!(
            got("The storm left 40 people missing and injured more than 900."),
            [(M, 40), (I, 900)]
        );
        assert_eq!(
            got("The blast left two guards with minor injuries."),
            [(I, 2)]
        );
        assert_eq!(
            got("A gunman who shot himself and 14 students was named on Monday."),
            []
        );
        assert_eq!(
            got("A bomber who killed himself and 12 pilgrims was identified."),
            [(K, 12)]
        );
        // Still one count: "dead or missing", and no second verb without an object.
        assert_eq!(got("Some 60 people are dead or missing."), []);
        assert_eq!(
            got("Police said four villagers and a soldier were killed."),
            [(K, 4)]
        );
        assert_eq!(got("He arrived along with 30 aid workers."), []);
    }

    #[test]
    fn a_toll_given_place_by_place() {
        let got = kinds_and_values;
        assert_eq!(
            got(
                "At least 40 people died in Lima, 12 in Arequipa province, three in the \
                 Cusco region and one in Tacna, the agency said."
            ),
            [(K, 40), (K, 12), (K, 3), (K, 1)]
        );
        assert_eq!(
            got("Nine were injured in Sfax; 4 in Gabes and two in the town of Kebili."),
            [(I, 9), (I, 4), (I, 2)]
        );
        // Not a place list: another count, a date, no place after the number.
        assert_eq!(
            got("Six people died in Lima, 200 homes were destroyed."),
            [(K, 6)]
        );
        assert_eq!(
            got("Six people died in Lima, and 30 in total were evacuated."),
            [(K, 6)]
        );
        assert_eq!(got("Police arrested 40 people in Lima, 12 in Cusco."), []);
        // A part of the count just given.
        assert_eq!(
            got("About 300 people were hospitalised, including 25 critically injured."),
            [(I, 300)]
        );
        assert_eq!(
            got("Nine people died, including four children, and 30 were injured."),
            [(K, 9), (I, 30)]
        );
        assert_eq!(
            got("The toll stood at 90 by noon — more than 50 in the capital alone."),
            [(K, 90), (K, 50)]
        );
        assert_eq!(
            got("Soldiers found 14 dead children and three adults in the school."),
            [(K, 14), (K, 3)]
        );
        assert_eq!(
            got("There were 14 dead and three injured."),
            [(K, 14), (I, 3)]
        );
    }

    #[test]
    fn increments_handled_bodies_and_dated_earlier_events_are_not_this_toll() {
        let got = |t: &str| -> Vec<(FigureKind, u64, Option<u64>, Qualifier)> {
            extract(t)
                .into_iter()
                .map(|f| (f.kind, f.value, f.value_max, f.qualifier))
                .collect()
        };
        for none in [
            "Twenty bodies were loaded onto trucks and driven to the cemetery.",
            "The footage showed five or six bodies lying in the street.",
            "Relatives said 14 bodies are expected to be buried on Friday.",
            "\"This morning we carried out nine bodies.\"",
            "Volunteers buried the bodies of 31 people in a mass grave.",
            "Two blasts hit the country last year, one at a wedding in the eastern border town and one at a rally outside the main railway station in the capital, the latter killing more than 60 people.",
            "A truck bomb in the southern port killed 22 people this month.",
        ] {
            assert_eq!(got(none), [], "{none}");
        }
        let k = |t: &str| got(t);
        assert_eq!(
            k("Six more people died in hospital overnight, raising the death toll to 41."),
            [(K, 41, None, Exact)]
        );
        // "more" as "others", with no total: both counts stay.
        assert_eq!(
            k("Three people were killed and 12 more were injured."),
            [(K, 3, None, Exact), (I, 12, None, Exact)]
        );
        // Bodies found stay a toll, even when found buried.
        assert_eq!(
            k("Eight bodies were found buried under the mud, and the toll stands at 30."),
            [(K, 30, None, Exact)]
        );
        // A toll to date in the year, and "the latter" with no earlier date, stay.
        assert_eq!(
            k("Landslides have killed 95 people this year."),
            [(K, 95, None, Exact)]
        );
        assert_eq!(
            k("Gunmen attacked a church and a market on Sunday, the latter killing 14."),
            [(K, 14, None, Exact)]
        );
    }

    #[test]
    fn usual_wordings_before_and_after_the_number() {
        let cases: &[(&str, Want)] = &[
            (
                "Nearly 300 injured were taken to hospitals in the city.",
                (I, 300, None, Nearly),
            ),
            (
                "About 300 were hurt in the crush at the gates.",
                (I, 300, None, About),
            ),
            (
                "Nearly 180 remain missing after the ferry sank.",
                (M, 180, None, Nearly),
            ),
            (
                "Number missing in ferry disaster jumps to nearly 180: police",
                (M, 180, None, Nearly),
            ),
            (
                "The number of injured rose toward 300 on Wednesday.",
                (I, 300, None, Nearly),
            ),
            (
                "Officials said the death toll is at a little more than 2,200.",
                (K, 2200, None, MoreThan),
            ),
            (
                "Slightly more than 40 people were wounded.",
                (I, 40, None, MoreThan),
            ),
            (
                "Home Affairs spokespeople said more than 2,200 people were killed.",
                (K, 2200, None, MoreThan),
            ),
            (
                "At least 14 people lost their lives in the stampede.",
                (K, 14, None, AtLeast),
            ),
            (
                "Nine soldiers were martyred in the ambush, the army said.",
                (K, 9, None, Exact),
            ),
            ("The shelling martyred 12 civilians.", (K, 12, None, Exact)),
            (
                "Some 45 people were hospitalised with burns.",
                (I, 45, None, About),
            ),
            (
                "Hospitals admitted 80 injured overnight.",
                (I, 80, None, Exact),
            ),
            (
                "The crash left 23 dead and dozens injured.",
                (K, 23, None, Exact),
            ),
            (
                "There were 31 deaths in the province.",
                (K, 31, None, Exact),
            ),
            ("The death toll stands at 57.", (K, 57, None, Exact)),
            (
                "Doctors reported 140 injuries, most of them from shrapnel.",
                (I, 140, None, Exact),
            ),
            (
                "The blast injured nearly 60 bystanders.",
                (I, 60, None, Nearly),
            ),
            (
                "The storm has left close to 90 people missing.",
                (M, 90, None, Nearly),
            ),
            (
                "Roughly 200 people died in the floods.",
                (K, 200, None, About),
            ),
            (
                "The toll of the injured has risen to 412.",
                (I, 412, None, Exact),
            ),
            ("Deaths have climbed to 95.", (K, 95, None, Exact)),
            (
                "Fourteen others were admitted to hospital with burns.",
                (I, 14, None, Exact),
            ),
            (
                "About 60 people were taken to hospital after the blast.",
                (I, 60, None, About),
            ),
            (
                "Another seven soldiers and two Afghan troops were wounded.",
                (I, 7, None, Exact),
            ),
            (
                "Another seven soldiers and two Afghan troops were wounded.",
                (I, 2, None, Exact),
            ),
            (
                "Troops killed 12 militants and 3 civilians were wounded.",
                (K, 12, None, Exact),
            ),
            (
                "Troops killed 12 militants and 3 civilians were wounded.",
                (I, 3, None, Exact),
            ),
        ];
        let mut failed = Vec::new();
        for (t, want) in cases {
            if !got(t).contains(want) {
                failed.push(format!("{t} -> {:?}", got(t)));
            }
        }
        assert!(failed.is_empty(), "{failed:#?}");
    }

    #[test]
    fn bodies_keep_whole_names_and_are_never_a_day_or_a_place() {
        let by = |t: &str| one(t).reported_by;
        assert_eq!(
            by("The Lakeland Commission on Civil Liberties said 12 people were killed.").as_deref(),
            Some("The Lakeland Commission on Civil Liberties")
        );
        assert_eq!(
            by("Police killed 8 protesters, the Lakeland Commission on Civil Liberties (LCCL) has said.")
                .as_deref(),
            Some("the Lakeland Commission on Civil Liberties (LCCL)")
        );
        assert_eq!(
            by("The Office for Civil Defence said 30 people were injured.").as_deref(),
            Some("The Office for Civil Defence")
        );
        assert_eq!(
            by("Nine people died in the blaze, the civil defence said.").as_deref(),
            Some("the civil defence")
        );
        assert_eq!(
            by("Coast guard officials on Friday said up to 40 people were missing.").as_deref(),
            Some("Coast guard officials")
        );
        assert_eq!(
            by("A fire commander in Velm, who asked not to be named, told reporters 9 were hurt.")
                .as_deref(),
            Some("A fire commander in Velm")
        );
        assert_eq!(
            by("It hit near the summit, where climbers said at least 6 people were killed.")
                .as_deref(),
            Some("climbers")
        );
        // No body named: a day or a place is none.
        assert_eq!(by("On Friday said 4 people were killed.").as_deref(), None);
        assert_eq!(by("In Velm, 4 people were killed.").as_deref(), None);
    }

    #[test]
    fn bodies_from_headline_dashes_second_verbs_and_more_verbs() {
        let bodies = |t: &str| -> Vec<Option<String>> {
            extract(t).into_iter().map(|f| f.reported_by).collect()
        };
        let s = |b: &str| Some(b.to_string());
        assert_eq!(
            bodies("Bus plunges into gorge, 31 killed - Tallan Police"),
            [s("Tallan Police")]
        );
        assert_eq!(
            bodies("Death toll in Orsu ferry sinking rises to 44: coast guard"),
            [s("coast guard")]
        );
        // A dash inside a sentence, or one before words that are no body, gives none.
        assert_eq!(bodies("Quake: death toll rises to 57"), [None]);
        assert_eq!(
            bodies("Storm kills 12 - more rain expected tomorrow"),
            [None]
        );
        // A title's closing outlet published the story; it is no body.
        assert_eq!(bodies("Market fire kills 28 - The Morning Courier"), [None]);
        assert_eq!(bodies("Train crash kills 14 - CNN"), [None]);
        assert_eq!(
            bodies("At least 50 killed in crackdown - Human Rights Watch"),
            [s("Human Rights Watch")]
        );
        assert_eq!(bodies("Boat capsizes, 27 dead – NSEMA"), [s("NSEMA")]);
        assert_eq!(
            bodies(
                "The army has accused rebels of killing 40 villagers, and says 15 were wounded."
            ),
            [s("The army"), s("The army")]
        );
        assert_eq!(
            bodies("It was up from the 26 people reported killed earlier by the Velm Disaster Council."),
            [s("the Velm Disaster Council")]
        );
        assert_eq!(
            bodies("Eight people were confirmed dead by the county coroner."),
            [s("the county coroner")]
        );
        assert_eq!(
            bodies("Twelve civilians were reported killed by Russian shelling."),
            [None]
        );
        assert_eq!(
            bodies("The interior ministry denied the claim and said 31 officers had been hurt."),
            [s("The interior ministry")]
        );
        assert_eq!(
            bodies("The UN mission in Tallan gave no details but said 4 of its staff died."),
            [s("The UN mission in Tallan")]
        );
        assert_eq!(
            bodies("Nine people were injured and taken to hospital, and said to be stable."),
            [None]
        );
        assert_eq!(
            bodies("Officials informed on Sunday that 12 people had died."),
            [s("Officials")]
        );
        assert_eq!(
            bodies(
                "Local medics gave lower figures, with the Velm Doctors Union saying 30 had died."
            ),
            [s("the Velm Doctors Union")]
        );
        assert_eq!(
            bodies("The Red Cross, which on Monday gave a toll of 80 dead, called for calm."),
            [s("The Red Cross")]
        );
        assert_eq!(
            bodies("Nine people died, local monitors said."),
            [s("local monitors")]
        );
    }

    #[test]
    fn bodies_from_the_sentence_before_or_after() {
        let bodies = |t: &str| -> Vec<Option<String>> {
            extract(t).into_iter().map(|f| f.reported_by).collect()
        };
        let s = |b: &str| Some(b.to_string());
        assert_eq!(
            bodies("The coast guard said the search would resume at dawn. It said 14 people were still missing."),
            [s("The coast guard")]
        );
        assert_eq!(
            bodies(
                "Mayor Ana Lind told reporters the search would go on. She said 6 people had died."
            ),
            [s("Mayor Ana Lind")]
        );
        // A pronoun with no body before it, or no pronoun at all, gives none.
        assert_eq!(
            bodies("The bridge collapsed at noon. He said 6 people had died."),
            [None]
        );
        assert_eq!(
            bodies("Police sealed off the area. Six people had died."),
            [None]
        );
        assert_eq!(
            bodies("At least 30 people drowned when the boat capsized. The head of the river authority, Omar Dede, confirmed this on Friday."),
            [s("The head of the river authority")]
        );
        assert_eq!(
            bodies("“We have 12 dead and 40 wounded. Most are children,” Lena Brook, the hospital director, wrote on X."),
            [s("Lena Brook"), s("Lena Brook")]
        );
        // A quote that opens and closes in the second sentence names no body for the first.
        assert_eq!(
            bodies("Nine people were killed. “It was chaos,” Lena Brook, a witness, said."),
            [None]
        );
        assert_eq!(
            bodies("Nine people were killed.\n\n\"It was chaos,\" Lena Brook, a witness, said."),
            [None]
        );
        assert_eq!(
            bodies("“We counted 47 dead,” said Dr Ama Sesay, the director of the hospital."),
            [s("Dr Ama Sesay")]
        );
        // Commas inside a quote are no asides of its speaker.
        assert_eq!(
            bodies("“The police, the army, everyone ran as 30 died,” he said."),
            [None]
        );
        assert_eq!(
            bodies("A nurse who treated the victims said at least 15 people were hurt."),
            [s("A nurse")]
        );
        assert_eq!(
            bodies("Local officials have been saying dozens of people were killed."),
            [s("Local officials")]
        );
    }

    #[test]
    fn added_numbers_with_the_verb_left_out() {
        assert_eq!(
            got("Nine people were killed on Friday and another 4 on Saturday."),
            [(K, 9, None, Exact), (K, 4, None, Exact)]
        );
        assert_eq!(
            got("Ten were hurt in the first blast and dozens more in the second."),
            [(I, 10, None, Exact), (I, 24, None, AtLeast)]
        );
        assert_eq!(
            got("Nine people were killed and another 40 fled the town."),
            [(K, 9, None, Exact)]
        );
        assert_eq!(
            got("Officials met on Friday and another 4 on Saturday."),
            []
        );
    }

    #[test]
    fn part_counts_with_their_own_casualty_verb() {
        assert_eq!(
            got("The ferry carried 90 people, 31 of whom drowned."),
            [(K, 31, None, Exact)]
        );
        assert_eq!(
            got("Nineteen of the 40 miners died."),
            [(K, 19, None, Exact)]
        );
        assert_eq!(
            got("Some 90 people were treated for smoke inhalation."),
            [(I, 90, None, About)]
        );
        assert_eq!(got("The clinic treated 90 people for free."), []);
        assert_eq!(
            got("At least 45 were wounded, eight of whom are in critical condition."),
            [(I, 45, None, AtLeast)]
        );
        assert_eq!(got("Four of those killed were medics."), []);
        assert_eq!(got("The virus killed 1 in 5 patients."), []);
        assert_eq!(got("Three in 10 deaths were of children."), []);
        assert_eq!(
            got("Gunmen killed 30 in 2 attacks."),
            [(K, 30, None, Exact)]
        );
        assert_eq!(
            got("The disease killed 5 in 10 days."),
            [(K, 5, None, Exact)]
        );
        assert_eq!(
            got("Twelve pupils under the age of 10 were hurt."),
            [(I, 12, None, Exact)]
        );
    }

    #[test]
    fn report_day_pattern() {
        for (t, want) in [
            ("the ministry said on Friday that", "on Friday"),
            ("the agency said in a statement on Tuesday", "on Tuesday"),
            ("police said late Sunday", "late Sunday"),
            ("officials told reporters Monday evening", "Monday evening"),
            ("the agency told the Herald on Wednesday", "on Wednesday"),
            (
                "a spokesman told The Associated Press on Friday",
                "on Friday",
            ),
            (
                "the army said in its daily update on Wednesday",
                "on Wednesday",
            ),
        ] {
            let c = REPORT_DATE.captures(t).map(|c| c[1].to_string());
            assert_eq!(c.as_deref(), Some(want), "{t}");
        }
        for t in [
            "the ministry said the attack on Friday",
            "they met on Tuesday",
            "police said Sundays are busy",
            "the agency told the Herald that on Wednesday",
        ] {
            assert!(REPORT_DATE.captures(t).is_none(), "{t}");
        }
        let f = one("Seven people died, the coast guard said on Thursday.");
        assert_eq!(f.as_of.as_deref(), Some("on Thursday"));
        let f = one("The toll rose to 44 on Sunday as more bodies were found.");
        assert_eq!(f.as_of.as_deref(), Some("on Sunday"));
        assert_eq!(one("Nine were killed on Sunday in the north.").as_of, None);
        let f = one("On Monday, officials raised the toll to 31.");
        assert_eq!(f.as_of.as_deref(), Some("On Monday"));
        assert_eq!(f.reported_by.as_deref(), Some("officials"));
        assert_eq!(one("On Monday, 31 people were killed.").as_of, None);
        let f = one("Officials said 12 people had died over the past two days.");
        assert_eq!(f.as_of.as_deref(), Some("over the past two days"));
        let f = one("Heat has killed 31 people so far this year.");
        assert_eq!(f.as_of.as_deref(), Some("so far this year"));
        assert_eq!(one("Nine were killed in the last attack.").as_of, None);
        let f = one("Nearly 70 people have died since 2021 in the unrest.");
        assert_eq!(f.as_of.as_deref(), Some("since 2021"));
    }

    #[test]
    fn bodies_from_citing_per_relative_and_next_sentence() {
        let f =
            one("Twenty were killed, the news agency reported, citing the provincial governor.");
        assert_eq!(f.reported_by.as_deref(), Some("the provincial governor"));
        let f = one("Five protesters were shot dead, an activist group said, citing witnesses.");
        assert_eq!(f.reported_by.as_deref(), Some("an activist group"));
        let f = one("Six were hurt in the blast, per the county sheriff.");
        assert_eq!(f.reported_by.as_deref(), Some("the county sheriff"));
        let f = extract("Officials arrived at the site, which said 3 were killed.");
        assert_eq!(f[0].reported_by, None);
        let f = one("The toll came from the port authority, which said 12 were missing.");
        assert_eq!(f.reported_by.as_deref(), Some("the port authority"));
        let f = one("Eleven people were killed, the WHO said.");
        assert_eq!(f.reported_by.as_deref(), Some("the WHO"));
        // The next sentence credits the figures before it.
        let f =
            extract("Nine people died in the fire. That is according to the city fire brigade.");
        assert_eq!(f[0].reported_by.as_deref(), Some("the city fire brigade"));
        let f = extract(
            "Nine people died in the fire. The figures were released by the county coroner.",
        );
        assert_eq!(f[0].reported_by.as_deref(), Some("the county coroner"));
        let f = extract("At least 4 died. According to the mayor, the death toll may still rise.");
        assert_eq!(f[0].reported_by.as_deref(), Some("the mayor"));
        // Not when it speaks of something else or already has a body.
        let f =
            extract("Nine people died in the fire. According to the mayor, the road will reopen.");
        assert_eq!(f[0].reported_by, None);
        let f = extract("Nine people died, police said. That is according to the fire brigade.");
        assert_eq!(f[0].reported_by.as_deref(), Some("police"));
        let f = extract("Nine people died in the fire. Two days later, the town mourned.\nThat is according to the mayor.");
        assert_eq!(f[0].reported_by, None);
    }

    /// Each figure of `t` as (kind, value).
    fn kinds_and_values(t: &str) -> Vec<(FigureKind, u64)> {
        extract(t).into_iter().map(|f| (f.kind, f.value)).collect()
    }

    fn one(text: &str) -> Figure {
        let mut all = extract(text);
        assert_eq!(all.len(), 1, "{all:?}");
        all.remove(0)
    }

    #[test]
    fn body_after_according_to_reports_from() {
        let t = "According to figures from the Lakeside Monitoring Group, at least 31 people \
                 have died and another 70 have been wounded.";
        let f = extract(t);
        assert_eq!(f.len(), 2);
        for g in &f {
            assert_eq!(
                g.reported_by.as_deref(),
                Some("the Lakeside Monitoring Group")
            );
        }
        assert_eq!(
            (f[0].kind, f[0].qualifier),
            (FigureKind::Killed, Qualifier::AtLeast)
        );
        assert_eq!((f[1].kind, f[1].value), (FigureKind::Injured, 70));
    }

    #[test]
    fn body_as_subject_and_time_reference() {
        let f = one("Norland’s Interior Ministry reported over 90 deaths since Tuesday.");
        assert_eq!(
            f.reported_by.as_deref(),
            Some("Norland’s Interior Ministry")
        );
        assert_eq!(f.as_of.as_deref(), Some("since Tuesday"));
        assert_eq!(f.qualifier, Qualifier::MoreThan);
    }

    #[test]
    fn body_after_the_figure() {
        let f = one("Nine people were hurt in the crash, police said.");
        assert_eq!(f.reported_by.as_deref(), Some("police"));
        let f = one("Four people died overnight, said the regional health department.");
        assert_eq!(
            f.reported_by.as_deref(),
            Some("the regional health department")
        );
        let f = one("Eight miners died, a spokesperson for the mining company told AFP.");
        assert_eq!(
            f.reported_by.as_deref(),
            Some("a spokesperson for the mining company")
        );
        let f = one("The death toll rose to 61, according to a Reuters tally.");
        assert_eq!(f.reported_by.as_deref(), Some("Reuters"));
        let f = one("State media said 15 people were killed.");
        assert_eq!(f.reported_by.as_deref(), Some("State media"));
        let f = one("The health office in the Northern Region said 31 people died.");
        assert_eq!(
            f.reported_by.as_deref(),
            Some("The health office in the Northern Region")
        );
        let f = one("Police and medical officials said 6 were wounded.");
        assert_eq!(
            f.reported_by.as_deref(),
            Some("Police and medical officials")
        );
        let f = one("Three people died, Maria Lopez, head of the town council, told local radio.");
        assert_eq!(f.reported_by.as_deref(), Some("Maria Lopez"));
        let f = one("Two were hurt, Tom Reyes, a fire chief, said in a statement.");
        assert_eq!(f.reported_by.as_deref(), Some("Tom Reyes"));
        let f = one(
            "Nine people died, Ana Ruiz, a police official in the coastal district of \
             Vela, the scene of the crash, told reporters.",
        );
        assert_eq!(f.reported_by.as_deref(), Some("Ana Ruiz"));
        let f = one("According to the United States Coast Guard, 14 sailors are missing.");
        assert_eq!(
            f.reported_by.as_deref(),
            Some("the United States Coast Guard")
        );
        let f = one("Ministry Says 40 Killed In Border Clashes");
        assert_eq!(f.reported_by.as_deref(), Some("Ministry"));
        let f = one("Four people died, the mayor of this small river town said.");
        assert_eq!(
            f.reported_by.as_deref(),
            Some("the mayor of this small river town")
        );
    }

    #[test]
    fn no_body_when_none_is_named() {
        assert_eq!(one("Twelve people were killed.").reported_by, None);
        assert_eq!(one("He said 30 people were injured.").reported_by, None);
        assert_eq!(one("At least 7 were reported missing.").reported_by, None);
    }

    #[test]
    fn time_references() {
        let f = one("As of Monday evening, 212 people were listed as missing.");
        assert_eq!(f.as_of.as_deref(), Some("As of Monday evening"));
        let f = one("Some 80 people have died since the start of the offensive.");
        assert_eq!(f.as_of.as_deref(), Some("since the start of the offensive"));
        let f = one("The toll stood at 40 as of March 3, officials said.");
        assert_eq!(f.as_of.as_deref(), Some("as of March 3"));
        // When the deaths happened is not a time reference for the toll.
        assert_eq!(one("Five people were killed on Monday.").as_of, None);
    }

    #[test]
    fn offsets_line_and_number_text() {
        let t = "Storm hits coast\r\n\r\nThe storm killed about 1.2 million cattle, and \
                 twenty-four people died, officials said.\r\n";
        let f = one(t);
        assert_eq!(f.number_text, "twenty-four");
        assert_eq!(&t[f.start..f.end], "twenty-four");
        assert_eq!(f.line, 3);
        assert_eq!(f.value, 24);
        let f = one("Between 20 and 30 people were hurt.");
        assert_eq!(f.number_text, "20 and 30");
        assert_eq!((f.value, f.value_max), (20, Some(30)));
        let f = one("Officials said 1.5 million people died in the famine.");
        assert_eq!(
            (f.number_text.as_str(), f.value),
            ("1.5 million", 1_500_000)
        );
    }

    #[test]
    fn a_toll_complement_shares_no_verb_with_the_next_number() {
        assert_eq!(
            got("The death toll in the collapse is close to 400 and 30 more are still missing."),
            [(K, 400, None, Nearly), (M, 30, None, Exact)]
        );
        assert_eq!(
            got("The death toll rose to 40 and 12 people were injured."),
            [(K, 40, None, Exact), (I, 12, None, Exact)]
        );
        // Still one verb for two subjects without a toll noun.
        assert_eq!(
            got("Seven soldiers and two Afghan troops were wounded."),
            [(I, 7, None, Exact), (I, 2, None, Exact)]
        );
        let q = |t: &str| one(t).qualifier;
        assert_eq!(
            q("The number of dead is well over 300."),
            Qualifier::MoreThan
        );
        assert_eq!(
            q("The death toll is now in excess of 1,000."),
            Qualifier::MoreThan
        );
        assert_eq!(q("Just under 50 people were hurt."), Qualifier::Nearly);
        assert_eq!(q("The toll stands at almost 90."), Qualifier::Nearly);
        assert_eq!(q("A little over 60 people died."), Qualifier::MoreThan);
        assert_eq!(
            q("Fewer than 20 people died in the blast."),
            Qualifier::UpTo
        );
    }

    #[test]
    fn missing_as_a_verb_is_no_missing_count() {
        for none in [
            "But for hundreds of other anxious villagers missing their relatives, time ran out.",
            "Thousands of fans missing the final gathered outside.",
            "Two dozen families missing loved ones camped by the rubble.",
            "Some 40 students were missing out on classes.",
        ] {
            assert!(got(none).iter().all(|f| f.0 != M), "{none}");
        }
        assert_eq!(got("Twelve people remain missing."), [(M, 12, None, Exact)]);
        assert_eq!(
            got("Rescuers are searching for five missing children."),
            [(M, 5, None, Exact)]
        );
        assert_eq!(
            got("At least 30 are missing after the landslide."),
            [(M, 30, None, AtLeast)]
        );
    }

    #[test]
    fn money_in_currency_codes_and_sums_per_head_are_no_counts() {
        for none in [
            "The ministry pays EGP 100,000 for each victim who died and EGP 20,000 for each injured person.",
            "The government will pay Rs. 50,000 to the injured.",
            "Each injured worker gets KES 30,000, the governor said.",
            "The state will pay PKR 500,000 to the families of the dead.",
            "Officials promised 10,000 for every injured worker.",
            "The fund will give 5,000 to each injured passenger.",
        ] {
            assert_eq!(got(none), [], "{none}");
        }
        assert_eq!(
            got("The families of the 12 dead will receive PKR 1 million each."),
            [(K, 12, None, Exact)]
        );
        assert_eq!(
            got("Try as they might, rescuers found 20 dead."),
            [(K, 20, None, Exact)]
        );
        assert_eq!(
            got("At least 15 were injured, officials said."),
            [(I, 15, None, AtLeast)]
        );
    }

    #[test]
    fn earlier_events_named_inside_the_clause_are_not_this_toll() {
        for none in [
            "Just over a year ago, a female suicide bomber blew herself up at a police station, killing one officer.",
            "A similar bombing in Ankara last month killed 29 people.",
            "Turkey was hit by two bombings last year blamed on the group, the latter killing more than 100 people.",
            "Many residents lived through a massive 1999 tremor that killed about 2,400 people.",
            "The attack resembled a January suicide bombing that killed at least 12 tourists.",
            "The disaster and a factory fire five months earlier that killed 112 people exposed unsafe conditions.",
            "Militants have staged attacks that have killed 300, including bombings on Bali in 2002 and 2005.",
            "There was a spate of attacks in the 2000s, the deadliest of which was a bombing that killed 202 people.",
            "In May 2015, a mudslide in the town killed 92 people, and in 2017 an avalanche left more than 300 dead.",
            "An earlier blast at the same market killed 7 people.",
        ] {
            assert_eq!(got(none), [], "{none}");
        }
        let k = |t: &str| got(t);
        assert_eq!(
            k("The 2026 floods have killed 74 so far."),
            [(K, 74, None, Exact)]
        );
        assert_eq!(
            k("The January floods have killed 74 people so far."),
            [(K, 74, None, Exact)]
        );
        assert_eq!(
            k("The floods that began last month have killed 300 people."),
            [(K, 300, None, Exact)]
        );
        assert_eq!(
            k("Since last month, 45 people have died."),
            [(K, 45, None, Exact)]
        );
        assert_eq!(
            k("The quake that struck two days ago has killed 300."),
            [(K, 300, None, Exact)]
        );
        assert_eq!(
            k("An earlier statement said 40 people were killed."),
            [(K, 40, None, Exact)]
        );
        assert_eq!(
            k("Police said the attack killed 30, a week after a similar bombing."),
            [(K, 30, None, Exact)]
        );
        // Kept conservative: follow-up articles call the event reported "last week's quake".
        assert_eq!(
            k("Last week's quake killed 300 people."),
            [(K, 300, None, Exact)]
        );
    }

    #[test]
    fn a_running_count_over_several_events_is_not_this_toll() {
        for none in [
            "More than 80 people have now been killed in four suicide attacks so far this year in Turkey.",
            "At least 60 people have died in three bombings since January.",
            "Some 200 have been killed in 12 airstrikes over the past year, the monitor said.",
        ] {
            assert_eq!(got(none), [], "{none}");
        }
        assert_eq!(
            got("Gunmen killed 30 people in two attacks on villages on Sunday."),
            [(K, 30, None, Exact)]
        );
        assert_eq!(
            got("At least 40 people were killed in twin bombings in the capital."),
            [(K, 40, None, AtLeast)]
        );
        assert_eq!(
            got("Twelve people have died so far in the floods."),
            [(K, 12, None, Exact)]
        );
    }

    #[test]
    fn qualifiers_as_written() {
        let q = |t: &str| one(t).qualifier;
        assert_eq!(q("At least 5 people died."), Qualifier::AtLeast);
        assert_eq!(q("No fewer than 5 people died."), Qualifier::AtLeast);
        assert_eq!(q("50 or more people died."), Qualifier::AtLeast);
        assert_eq!(q("Toll rises to 35+"), Qualifier::AtLeast);
        assert_eq!(
            q("The toll now stands at “approximately” 253."),
            Qualifier::About
        );
        assert_eq!(q("Upwards of 50 people died."), Qualifier::MoreThan);
        assert_eq!(q("Roughly 50 people died."), Qualifier::About);
        assert_eq!(q("50 or so people died."), Qualifier::About);
        assert_eq!(q("Close to 50 people died."), Qualifier::Nearly);
        assert_eq!(q("As many as 50 people died."), Qualifier::UpTo);
        assert_eq!(q("Fifty to sixty people died."), Qualifier::Range);
        assert_eq!(q("Another 50 people died."), Qualifier::Exact);
    }

    #[test]
    fn sentences_split_at_ends_not_at_abbreviations_or_wrapped_lines() {
        let t = "Gen. Adams said the U.S. team arrived. Five people died.\nThe storm\nkilled \
                 three more.";
        let got: Vec<&str> = sentences(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(
            got,
            [
                "Gen. Adams said the U.S. team arrived.",
                "Five people died.",
                "The storm\nkilled three more."
            ]
        );
        let f = extract(t);
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].text, "The storm killed three more.");
        assert_eq!(f[1].line, 3);
    }

    #[test]
    fn tokens_keep_numbers_abbreviations_and_names_whole() {
        let t = "The U.S. said 1,200 people in Iran’s west were hurt, 20-30 badly, 16civilians.";
        let got: Vec<String> = tokenize(t, 0, t.len())
            .into_iter()
            .map(|t| t.low.into_owned())
            .collect();
        assert_eq!(
            got,
            [
                "the",
                "u.s.",
                "said",
                "1,200",
                "people",
                "in",
                "iran's",
                "west",
                "were",
                "hurt",
                ",",
                "20-30",
                "badly",
                ",",
                "16",
                "civilians",
                "."
            ]
        );
        let t = "A 40-year-old, the 1990s, 3:45 and 7.8-magnitude stay whole.";
        let got: Vec<String> = tokenize(t, 0, t.len())
            .into_iter()
            .map(|t| t.low.into_owned())
            .collect();
        assert!(got.contains(&"40-year-old".to_string()));
        assert!(got.contains(&"1990s".to_string()));
        assert!(got.contains(&"3:45".to_string()));
        assert!(got.contains(&"7.8-magnitude".to_string()));
    }

    #[test]
    fn qualifier_openers_cover_every_qualifier() {
        for (ws, _) in QUALIFIERS {
            assert!(opens_qualifier(ws[0]), "{ws:?}");
        }
        assert!(!opens_qualifier("people"));
    }

    #[test]
    fn prefilter_changes_no_result() {
        let sets = [CASES, HELDOUT, FRESH];
        let texts = sets
            .iter()
            .flat_map(|set| set.iter().map(|(t, _)| *t))
            .chain(PARAGRAPHS.iter().map(|(t, _)| *t))
            .chain(PARAGRAPHS_2.iter().map(|(t, _)| *t));
        let mut n = 0;
        for t in texts {
            assert_eq!(extract_with(t, true), extract_with(t, false), "{t}");
            n += extract_with(t, false).len();
        }
        assert!(n > 200, "{n}");
    }

    #[test]
    fn prefilter_needs_a_number_and_a_casualty_word() {
        for t in [
            "Twelve people were KILLED.",
            "3 dead",
            "The toll rose to 40.",
            "Dozens were hospitalized.",
            "Scores lost their lives.",
            "Two succumbed (twenty-one were hurt).",
            "Nine bodies were found.",
            "\u{212a}illed 5",
        ] {
            assert!(may_hold_figure(t), "{t}");
        }
        for t in [
            "The soldiers studied the map.",
            "Someone often said nothing.",
            "Officials met on Tuesday.",
            "Many people were killed.",
            "Twelve soldiers marched home.",
        ] {
            assert!(!may_hold_figure(t), "{t}");
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in [
            "",
            "\u{feff}",
            "“",
            "12",
            "killed",
            "at least",
            "between 5 and",
            "The toll rose to",
            "é 5 ü killed ’’ 7 dead —",
            "20-30-40 people were hurt",
            "99999999999999999999 people died",
            "a",
            "\r\n\r\n.",
        ] {
            let _ = extract(t);
        }
    }

    #[test]
    fn never_panics_on_generated_text() {
        // Deterministic mix of the pieces the rules look at, glued in odd orders.
        const PIECES: &[&str] = &[
            "killed",
            "at least",
            "between",
            "and",
            "to",
            "of the",
            "1,200",
            "twenty-four",
            "dozens",
            "tens of thousands",
            "a",
            "man",
            ",",
            "(",
            ")",
            "—",
            "said",
            "according",
            "toll",
            "number of",
            "were",
            "who",
            "’s",
            "é",
            "\u{200b}",
            "\r\n",
            ". ",
            "U.S.",
            "aged",
            "29",
            "or more",
            "+",
            "16civilians",
            "1.5",
            "million",
            "lives",
            "claimed",
            "the",
            "dead",
            "injured",
            "missing",
            "since Friday",
            "as of",
            "“",
            "”",
            "-",
            "\n\n",
            "casualties",
            "citing",
            ", per",
            ", which said",
            "That is according to",
            "2011",
            "could",
            "if",
            "a day",
            "past",
            "on Monday",
            "in the past 24 hours",
            "of whom",
            "the WHO",
            "\u{212a}illed",
            "İ",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..40 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
                if seed & 1 == 0 {
                    text.push(' ');
                }
            }
            let figures = extract(&text);
            assert_eq!(figures, extract_with(&text, false), "{text}");
            for f in figures {
                assert!(f.start < f.end && f.end <= text.len());
                assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                assert!(f.value_max.is_none_or(|m| m > f.value));
            }
        }
    }

    #[test]
    fn large_text_is_handled_in_linear_time() {
        let para = "Officials said 12 people were killed and 30 injured in 2 blasts on May 3. ";
        let text = para.repeat(2_000);
        let started = std::time::Instant::now();
        let f = extract(&text);
        assert_eq!(f.len(), 4_000);
        eprintln!("many sentences: {:?}", started.elapsed());
        // One huge "sentence": scans around each number are capped, so this stays linear.
        let one_line = "killed 5 and ".repeat(20_000);
        let started = std::time::Instant::now();
        let f = extract(&one_line);
        assert_eq!(f.len(), 20_000);
        assert!(f[0].text.len() < 1_000);
        eprintln!("one long sentence: {:?}", started.elapsed());
        assert!(started.elapsed().as_secs() < 20);
    }
}
