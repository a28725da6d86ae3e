//! Speakers: who the people and bodies of one article are, and whom a speaker mention means.
//!
//! A [`Registry`] is built once per article from its tokens: every run of capitalised words
//! that looks like a full name ("Israeli Prime Minister Benjamin Netanyahu") becomes an entity
//! with its roles ("israeli prime minister"), including roles given in appositions ("Badr
//! Albusaidi, Oman's foreign minister,"). `Registry::resolve` then binds a mention to the
//! person meant: a surname to the full name, "the prime minister" to the person who holds
//! that title in the article. Pronouns are bound by the caller (it knows the speakers met so
//! far). Nothing here finds quotes or cues, and nothing looks outside the one article.

use super::tokens::{is_capitalized, Kind, Tok};
use std::collections::HashMap;

/// Words that are never part of a name even when capitalised (sentence-initial function
/// words, days, months).
const NOT_NAME: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "of",
    "for",
    "to",
    "from",
    "by",
    "with",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "during",
    "despite",
    "although",
    "though",
    "because",
    "however",
    "meanwhile",
    "still",
    "also",
    "then",
    "now",
    "today",
    "yesterday",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "there",
    "here",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "not",
    "no",
    "yes",
    "according",
    "asked",
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
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "last",
    "next",
    "earlier",
    "later",
    "instead",
    "indeed",
    "even",
    "only",
    "one",
    "two",
    "three",
    "some",
    "many",
    "several",
    "both",
    "all",
    "each",
    "every",
    "said",
    "says",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "will",
    "would",
    "can",
    "could",
    "should",
    "do",
    "does",
    "did",
    "amid",
    "among",
    "about",
    "after",
    "under",
    "over",
    "into",
    "through",
    "without",
    "within",
    "while",
    "until",
    "unless",
    "whether",
    "like",
    "once",
    "just",
    "more",
    "most",
    "other",
    "such",
    "than",
    "again",
    "reportedly",
    "separately",
    "additionally",
    "moreover",
    "furthermore",
    "finally",
    "first",
    "second",
    "speaking",
    "following",
    "people",
    "source",
    "sources",
    "photo",
    "image",
    "getty",
    "images",
];

/// Titles and ranks that stand before a name ("Prime Minister Benjamin Netanyahu").
const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "sen.",
    "senator",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "gen.",
    "general",
    "lt.",
    "col.",
    "colonel",
    "maj.",
    "capt.",
    "captain",
    "adm.",
    "admiral",
    "brig.",
    "brigadier",
    "cmdr.",
    "commander",
    "insp.",
    "inspector",
    "sgt.",
    "chairman",
    "chairwoman",
    "chair",
    "speaker",
    "leader",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "director",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ceo",
    "chief",
    "attorney",
    "commissioner",
    "councilman",
    "councilwoman",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "miss",
    "prof.",
    "professor",
    "rev.",
    "reverend",
    "ayatollah",
    "supreme",
    "sheikh",
    "pastor",
    "bishop",
    "officer",
    "detective",
    "sheriff",
    "deputy",
    "former",
    "foreign",
    "defense",
    "defence",
    "interior",
    "treasury",
    "finance",
    "rabbi",
    "imam",
    "lord",
    "sir",
    "dame",
    "nominee",
    "candidate",
    "founder",
    "executive",
    "manager",
    "coach",
    "emir",
    "crown",
    "sultan",
    "president-elect",
    "sen",
    "rep",
    "gov",
    "democrat",
    "democratic",
    "republican",
    "gop",
    "u.s.",
    "us",
    "state",
    "house",
    "senate",
    "majority",
    "minority",
    "whip",
    "press",
    "national",
    "security",
    "adviser",
    "advisor",
    "analyst",
    "economist",
    "commander",
    "envoy",
    "premier",
    "first",
    "lady",
    "mrs",
    "mr",
    "ms",
    "dr",
];

/// Titles that only a person holds ("Mr.", "Gov."), unlike "State" or "House".
const PERSON_TITLES: &[&str] = &[
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "miss",
    "president",
    "sen.",
    "senator",
    "rep.",
    "gov.",
    "governor",
    "gen.",
    "general",
    "mayor",
    "secretary",
    "minister",
    "judge",
    "justice",
    "prof.",
    "professor",
    "rev.",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "chancellor",
    "ayatollah",
    "sheikh",
    "lt.",
    "col.",
    "capt.",
    "sgt.",
    "adm.",
    "speaker",
    "leader",
];

/// Words that make a capitalised run a body rather than a person.
const ORG_WORDS: &[&str] = &[
    "ministry",
    "department",
    "house",
    "office",
    "council",
    "committee",
    "party",
    "news",
    "times",
    "post",
    "journal",
    "network",
    "agency",
    "administration",
    "government",
    "court",
    "congress",
    "senate",
    "commission",
    "foundation",
    "institute",
    "university",
    "college",
    "center",
    "centre",
    "association",
    "union",
    "campaign",
    "corporation",
    "company",
    "group",
    "bank",
    "fund",
    "service",
    "services",
    "force",
    "forces",
    "army",
    "navy",
    "police",
    "guard",
    "organization",
    "organisation",
    "press",
    "inc.",
    "corp.",
    "co.",
    "ltd.",
    "media",
    "channel",
    "magazine",
    "bureau",
    "board",
    "authority",
    "watch",
    "project",
    "coalition",
    "movement",
    "caucus",
    "alliance",
    "federation",
    "society",
    "club",
    "activists",
    "rights",
    "nations",
    "states",
    "street",
    "square",
    "palace",
    "kremlin",
    "pentagon",
    "cnn",
    "bbc",
    "cbs",
    "nbc",
    "abc",
    "fox",
    "reuters",
    "twitter",
    "facebook",
    "republic",
    "kingdom",
    "school",
    "hospital",
    "church",
    "council",
    "airlines",
    "post",
    "tribune",
    "herald",
    "gazette",
    "daily",
];

/// Nouns that head a description of a speaker ("a senior administration official").
pub const ROLE_NOUNS: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "source",
    "sources",
    "minister",
    "president",
    "secretary",
    "senator",
    "lawmaker",
    "lawmakers",
    "governor",
    "mayor",
    "director",
    "chairman",
    "chairwoman",
    "leader",
    "leaders",
    "representative",
    "officer",
    "officers",
    "commander",
    "general",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "economist",
    "economists",
    "professor",
    "researcher",
    "researchers",
    "author",
    "authors",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "candidate",
    "nominee",
    "campaign",
    "committee",
    "ministry",
    "department",
    "agency",
    "government",
    "administration",
    "office",
    "police",
    "military",
    "army",
    "ambassador",
    "diplomat",
    "diplomats",
    "envoy",
    "negotiator",
    "attorney",
    "attorneys",
    "lawyer",
    "lawyers",
    "judge",
    "justice",
    "prosecutor",
    "prosecutors",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "voter",
    "voters",
    "supporter",
    "supporters",
    "critic",
    "critics",
    "activist",
    "activists",
    "member",
    "members",
    "staffer",
    "staffers",
    "worker",
    "workers",
    "employee",
    "employees",
    "executive",
    "executives",
    "ceo",
    "founder",
    "manager",
    "strategist",
    "strategists",
    "pollster",
    "pollsters",
    "historian",
    "scientist",
    "scientists",
    "doctor",
    "doctors",
    "narrator",
    "announcer",
    "statement",
    "report",
    "ruling",
    "court",
    "organization",
    "group",
    "union",
    "party",
    "council",
    "board",
    "man",
    "woman",
    "men",
    "women",
    "people",
    "person",
    "mother",
    "father",
    "friend",
    "neighbor",
    "neighbour",
    "student",
    "students",
    "teacher",
    "chief",
    "head",
    "speaker",
    "host",
    "anchor",
    "moderator",
    "candidate",
    "rival",
    "partner",
    "allies",
    "ally",
    "premier",
    "chancellor",
    "king",
    "queen",
    "pope",
    "sheriff",
    "coach",
    "owner",
    "investigators",
    "protesters",
    "protestors",
    "demonstrators",
    "marchers",
    "crowd",
    "crowds",
    "groups",
    "families",
    "victims",
    "survivors",
    "investigator",
    "authorities",
    "observers",
    "observer",
    "commentator",
    "columnist",
    "blogger",
    "ad",
    "letter",
    "memo",
    "filing",
    "lawsuit",
    "complaint",
    "release",
    "tweet",
    "post",
    "message",
    "document",
    "study",
    "survey",
    "poll",
    "website",
    "site",
    "network",
    "newspaper",
    "paper",
    "outlet",
    "broadcaster",
    "agency",
    "white",
    "house",
    "pentagon",
    "kremlin",
    "democrats",
    "republicans",
    "democrat",
    "republican",
    "conservatives",
    "liberals",
    "fans",
    "parents",
    "officer",
    "guard",
];

/// Determiners and counts that open a description ("one senior official", "the ministry").
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "several", "many", "some", "another", "each", "both", "all", "most", "few", "other",
    "multiple", "numerous", "dozens", "hundreds",
];

/// Place nouns that, in the possessive, only say whose role it is ("the city's mayor", "the
/// country's president"): the article names that place's holder elsewhere ("Philadelphia Mayor
/// Ann Roe"), so the word must not block resolving the role.
pub const PLACE_NOUNS: &[&str] = &[
    "city",
    "country",
    "state",
    "town",
    "nation",
    "province",
    "county",
    "region",
    "village",
    "district",
    "capital",
    "island",
    "territory",
];

/// True for a possessive place noun ("city's", "country’s") before a role.
pub fn is_place_possessive(w: &str) -> bool {
    let s = strip_possessive(w);
    s.len() < w.len() && PLACE_NOUNS.contains(&lower(s).as_str())
}

/// Personal pronouns that can be a speaker.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

fn lower(w: &str) -> String {
    w.to_lowercase()
}

/// True for a word that can be part of a personal or body name.
pub fn is_name_word(w: &str) -> bool {
    if !is_capitalized(w)
        && !matches!(w, "de" | "van" | "von" | "bin" | "al" | "da" | "der")
        && !particle_name(w)
    {
        return false;
    }
    let l = lower(w);
    let l = l.trim_end_matches(['\u{2019}', '\'', 's']).to_string();
    !NOT_NAME.contains(&lower(w).as_str()) && !l.is_empty()
}

/// True for an Arabic surname written with its article in lower case: "al-Aiser",
/// "el-Sisi", "ad-Din" (the part after the hyphen is capitalised).
fn particle_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(p, rest)| {
        matches!(
            p,
            "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an" | "ul" | "ud"
        ) && is_capitalized(rest)
    })
}

/// True for a title or rank word that stands before a name.
pub fn is_title(w: &str) -> bool {
    TITLES.contains(&lower(w).as_str())
}

/// True for a word naming a body ("Ministry", "Reuters").
pub fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(&lower(w).as_str())
}

/// Strips a possessive ending ("Trump’s" -> "Trump").
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("\u{2019}s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

/// Grammatical gender an article gives a person (from "Mr."/"Ms.", "spokeswoman", or the
/// pronouns of sentences that name only that person).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

const MALE_WORDS: &[&str] = &[
    "mr.",
    "mr",
    "he",
    "him",
    "his",
    "himself",
    "spokesman",
    "congressman",
    "councilman",
    "businessman",
    "father",
    "husband",
    "son",
    "brother",
    "king",
    "prince",
    "sir",
    "lord",
];
const FEMALE_WORDS: &[&str] = &[
    "mrs.",
    "ms.",
    "mrs",
    "ms",
    "miss",
    "she",
    "her",
    "hers",
    "herself",
    "spokeswoman",
    "congresswoman",
    "councilwoman",
    "chairwoman",
    "businesswoman",
    "mother",
    "wife",
    "daughter",
    "sister",
    "queen",
    "princess",
    "dame",
    "lady",
    "actress",
];

/// +1 for a word that marks a man, -1 for a woman, 0 otherwise.
pub fn gender_sign(w: &str) -> i32 {
    let l = lower(w);
    if MALE_WORDS.contains(&l.as_str()) {
        1
    } else if FEMALE_WORDS.contains(&l.as_str()) {
        -1
    } else {
        0
    }
}

/// A person or body met in the article.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Full name as written, titles removed ("Benjamin Netanyahu").
    pub name: String,
    /// Roles seen with the name, lowercase ("israeli prime minister", "foreign minister").
    pub roles: Vec<String>,
    /// True for a person (not a body).
    pub person: bool,
    /// Gender evidence: positive for a man, negative for a woman.
    pub gender_score: i32,
    /// First and last name word, lowercase ("benjamin", "netanyahu").
    first: String,
    last: String,
}

impl Entity {
    /// The gender the article gives this person, when its evidence leans one way.
    pub fn gender(&self) -> Option<Gender> {
        match self.gender_score {
            0 => None,
            s if s > 0 => Some(Gender::Male),
            _ => Some(Gender::Female),
        }
    }
}

/// The people and bodies of one article, with where each was named.
#[derive(Debug, Default)]
pub struct Registry {
    ents: Vec<Entity>,
    by_name: HashMap<String, usize>,
    /// Lowercase single word (last or first name) -> entities, in order of first mention.
    by_word: HashMap<String, Vec<usize>>,
    /// (offset, entity) for every full-name mention, in text order.
    mentions: Vec<(usize, usize)>,
    /// Lowercase role word -> entities holding a role with that word.
    by_role_word: HashMap<String, Vec<usize>>,
}

/// Marks the tokens of title-cased lines (headlines: "Mayor Backs New Plan For Port"), whose
/// capitalised runs join names and verbs and so name nobody.
fn headline_tokens(text: &str, toks: &[Tok]) -> Vec<bool> {
    let mut out = vec![false; toks.len()];
    let mut start = 0;
    for i in 0..=toks.len() {
        if i < toks.len() && toks[i].kind != Kind::Para {
            continue;
        }
        let words: Vec<&Tok> = toks[start..i]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .collect();
        let caps = words
            .iter()
            .filter(|t| is_capitalized(&text[t.s..t.e]))
            .count();
        if words.len() >= 4 && caps * 5 >= words.len() * 4 {
            out[start..i].iter_mut().for_each(|b| *b = true);
        }
        start = i + 1;
    }
    out
}

/// The name part of a capitalised run: the tokens after its last title word.
pub fn name_part(words: &[&str]) -> usize {
    let mut start = 0;
    for (i, w) in words.iter().enumerate() {
        if is_title(w) && i + 1 < words.len() {
            start = i + 1;
        }
    }
    start
}

impl Registry {
    /// Builds the registry of `text` from its tokens.
    pub fn build(text: &str, toks: &[Tok]) -> Self {
        let mut reg = Registry::default();
        let headline = headline_tokens(text, toks);
        let mut i = 0;
        while i < toks.len() {
            if toks[i].kind != Kind::Word
                || headline[i]
                || !is_name_word(&text[toks[i].s..toks[i].e])
            {
                i += 1;
                continue;
            }
            let a = i;
            while i < toks.len()
                && toks[i].kind == Kind::Word
                && is_name_word(&text[toks[i].s..toks[i].e])
                && (i == a || !text[toks[i - 1].e..toks[i].s].contains('\n'))
            {
                i += 1;
                if text[toks[i - 1].s..toks[i - 1].e].ends_with("s")
                    && strip_possessive(&text[toks[i - 1].s..toks[i - 1].e]).len()
                        < toks[i - 1].e - toks[i - 1].s
                {
                    break;
                }
            }
            reg.add_run(text, toks, a, i);
        }
        reg
    }

    fn add_run(&mut self, text: &str, toks: &[Tok], a: usize, b: usize) {
        let words: Vec<&str> = toks[a..b]
            .iter()
            .map(|t| strip_possessive(&text[t.s..t.e]))
            .collect();
        let np = name_part(&words);
        let name_words = &words[np..];
        // "Mr. Obama", "Gov. Walker": one name word after a personal title is a person too.
        let titled_single = name_words.len() == 1
            && np > 0
            && PERSON_TITLES.contains(&lower(words[np - 1]).as_str())
            && name_words[0].chars().any(char::is_lowercase)
            && !is_org_word(name_words[0]);
        if !(2..=5).contains(&name_words.len()) && !titled_single {
            return;
        }
        let mut role = words[..np]
            .iter()
            .map(|w| lower(w))
            .collect::<Vec<_>>()
            .join(" ");
        // Lowercase role words just before the run ("campaign manager Jane Roe").
        let mut j = a;
        let mut pre = Vec::new();
        while j > 0 && pre.len() < 3 {
            let t = toks[j - 1];
            let w = &text[t.s..t.e];
            if t.kind != Kind::Word || is_capitalized(w) || DETERMINERS.contains(&w) {
                break;
            }
            if !ROLE_NOUNS.contains(&w) && pre.is_empty() {
                break;
            }
            pre.push(lower(w));
            j -= 1;
        }
        if !pre.is_empty() {
            pre.reverse();
            let p = pre.join(" ");
            role = if role.is_empty() {
                p
            } else {
                format!("{p} {role}")
            };
        }
        let mut roles = Vec::new();
        if !role.is_empty() {
            roles.push(role);
        }
        // Apposition after the name: "Jane Roe, the city's mayor,".
        if b + 1 < toks.len() && toks[b].kind == Kind::Punct && &text[toks[b].s..toks[b].e] == "," {
            let mut k = b + 1;
            let mut ws = Vec::new();
            while k < toks.len() && ws.len() < 8 && toks[k].kind == Kind::Word {
                ws.push(lower(strip_possessive(&text[toks[k].s..toks[k].e])));
                k += 1;
            }
            if ws.len() >= 2
                && (DETERMINERS.contains(&ws[0].as_str())
                    || text[toks[b + 1].s..].starts_with(|c: char| c.is_lowercase()))
                && ws.iter().any(|w| ROLE_NOUNS.contains(&w.as_str()))
            {
                roles.push(ws.join(" "));
            }
        }
        // Apposition before the name: "the city's mayor, Jane Roe".
        if a >= 2 && toks[a - 1].kind == Kind::Punct && &text[toks[a - 1].s..toks[a - 1].e] == "," {
            let mut k = a - 1;
            let mut ws = Vec::new();
            while k > 0 && ws.len() < 6 && toks[k - 1].kind == Kind::Word {
                ws.push(lower(strip_possessive(&text[toks[k - 1].s..toks[k - 1].e])));
                k -= 1;
            }
            ws.reverse();
            if ws.last().is_some_and(|w| ROLE_NOUNS.contains(&w.as_str())) {
                roles.push(ws.join(" "));
            }
        }
        let name = name_words.join(" ");
        let person = !name_words.iter().any(|w| is_org_word(w))
            && name_words
                .iter()
                .all(|w| w.chars().any(char::is_lowercase) || w.len() <= 2);
        let id = match self.by_name.get(&name) {
            Some(&id) => id,
            None => {
                let id = self.ents.len();
                self.ents.push(Entity {
                    name: name.clone(),
                    roles: Vec::new(),
                    person,
                    gender_score: 0,
                    first: lower(name_words[0]),
                    last: lower(name_words[name_words.len() - 1]),
                });
                self.by_name.insert(name.clone(), id);
                if person {
                    for w in [name_words[0], name_words[name_words.len() - 1]] {
                        self.by_word.entry(lower(w)).or_default().push(id);
                    }
                }
                id
            }
        };
        let title_sign: i32 = words[..np].iter().map(|w| gender_sign(w)).sum::<i32>()
            + roles
                .iter()
                .flat_map(|r| r.split(' '))
                .map(gender_sign)
                .sum::<i32>();
        self.ents[id].gender_score += 3 * title_sign.signum();
        for r in roles {
            for w in r.split(' ') {
                let list = self.by_role_word.entry(w.to_string()).or_default();
                if !list.contains(&id) {
                    list.push(id);
                }
            }
            if !self.ents[id].roles.contains(&r) {
                self.ents[id].roles.push(r);
            }
        }
        self.mentions.push((toks[a].s, id));
    }

    /// The person whose surname (else first name) is `word`, when only one person has it.
    pub fn person_by_word(&self, word: &str) -> Option<usize> {
        let c = self.by_word.get(&lower(word))?;
        let first = *c.first()?;
        c.iter().all(|&i| i == first).then_some(first)
    }

    /// Adds gender evidence to entity `id`.
    pub fn add_gender(&mut self, id: usize, score: i32) {
        if let Some(e) = self.ents.get_mut(id) {
            e.gender_score += score;
        }
    }

    /// Index of the entity with this exact full name.
    pub fn id(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The entity with this exact full name.
    pub fn get(&self, name: &str) -> Option<&Entity> {
        self.by_name.get(name).map(|&i| &self.ents[i])
    }

    /// The entity named by `words` (a name without titles) near `offset`: the full name
    /// itself, or for one word the person whose last (else first) name it is, preferring
    /// the most recent before `offset`.
    pub fn resolve_name(&self, words: &[&str], offset: usize) -> Option<&Entity> {
        let full = words.join(" ");
        if words.len() > 1 {
            if let Some(e) = self.get(&full) {
                return Some(e);
            }
        }
        let key = lower(words[words.len() - 1]);
        let Some(cands) = self.by_word.get(&key) else {
            return self.get(&full);
        };
        // The latest people to bear the word are the ones it can mean; a cap keeps each
        // lookup small on huge inputs.
        let cands = &cands[cands.len().saturating_sub(64)..];
        if words.len() > 1 {
            // "Donald J. Trump" vs "Donald Trump": same first and last word.
            let first = lower(words[0]);
            return cands
                .iter()
                .map(|&i| &self.ents[i])
                .find(|e| e.first == first);
        }
        let last_match: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&i| self.ents[i].last == key)
            .collect();
        let pool = if last_match.is_empty() {
            cands.to_vec()
        } else {
            last_match
        };
        // A full name beats a one-word entry ("Barack Obama" over "Mr. Obama"'s "Obama").
        let full: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&i| self.ents[i].name.contains(' '))
            .collect();
        let pool = if full.is_empty() { pool } else { full };
        self.most_recent(&pool, offset).map(|i| &self.ents[i])
    }

    fn most_recent(&self, pool: &[usize], offset: usize) -> Option<usize> {
        let mut sorted = pool.to_vec();
        sorted.sort_unstable();
        let pool = &sorted;
        let in_pool = |id: &usize| pool.binary_search(id).is_ok();
        let mut best: Option<(usize, usize)> = None;
        let mut first_after: Option<(usize, usize)> = None;
        let upto = self.mentions.partition_point(|&(o, _)| o < offset);
        for &(o, id) in self.mentions[..upto].iter().rev().take(1000) {
            if in_pool(&id) {
                best = Some((o, id));
                break;
            }
        }
        if best.is_none() {
            first_after = self.mentions[upto..]
                .iter()
                .take(1000)
                .find(|(_, id)| in_pool(id))
                .copied();
        }
        best.or(first_after).map(|(_, id)| id)
    }

    /// The person an article names by role ("the prime minister", "the Israeli Prime
    /// Minister"): every word of `role` (lowercase, no determiner) is in one of the entity's
    /// roles. The most recent such entity before `offset` wins.
    pub fn resolve_role(&self, role: &[String], offset: usize) -> Option<&Entity> {
        if role.is_empty()
            || !role
                .iter()
                .any(|w| ROLE_NOUNS.contains(&w.as_str()) || is_title(w))
        {
            return None;
        }
        let last = role.last().map(String::as_str).unwrap_or_default();
        let cands = self.by_role_word.get(last)?;
        // The most recently introduced holders are the ones a role can mean; a cap keeps
        // each lookup small on huge inputs.
        let pool: Vec<usize> = cands[cands.len().saturating_sub(200)..]
            .iter()
            .copied()
            .filter(|&i| {
                self.ents[i].roles.iter().any(|r| {
                    let rw: Vec<&str> = r.split(' ').collect();
                    role.iter().all(|w| rw.contains(&w.as_str()))
                })
            })
            .collect();
        if pool.is_empty() {
            return None;
        }
        self.most_recent(&pool, offset).map(|i| &self.ents[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{marks, tokens};

    fn reg(t: &str) -> Registry {
        let spans = marks::find(t);
        let toks = tokens::tokenize(t, &spans);
        Registry::build(t, &toks)
    }

    #[test]
    fn titles_are_roles_not_names() {
        let r = reg("German Chancellor Karla Weiss met reporters. Weiss left.");
        let e = r.get("Karla Weiss").expect("entity");
        assert!(e.person);
        assert_eq!(e.roles, ["german chancellor"]);
        assert!(r.get("German Chancellor Karla Weiss").is_none());
    }

    #[test]
    fn arabic_article_surnames_are_name_words() {
        assert!(is_name_word("al-Aiser") && is_name_word("el-Sisi"));
        assert!(!is_name_word("al-qaeda-style") && !is_name_word("all-out"));
        assert!(!is_name_word("as-is") && !is_name_word("at-risk"));
        let t = "Information Minister Samir al-Haddad spoke on Friday. Al-Haddad left.";
        let r = reg(t);
        assert!(r.get("Samir al-Haddad").is_some_and(|e| e.person));
    }

    #[test]
    fn surname_resolves_to_full_name() {
        let t = "Senator Tom Alvarez spoke. Later Alvarez left.";
        let r = reg(t);
        let e = r.resolve_name(&["Alvarez"], t.len()).expect("entity");
        assert_eq!(e.name, "Tom Alvarez");
        assert!(r.resolve_name(&["Ramirez"], t.len()).is_none());
    }

    #[test]
    fn role_resolves_to_holder() {
        let t = "Oman’s foreign minister, Samir Harthi, spoke. Mayor Ann Cole also came.";
        let r = reg(t);
        let role = vec!["foreign".to_string(), "minister".to_string()];
        assert_eq!(r.resolve_role(&role, t.len()).unwrap().name, "Samir Harthi");
        let mayor = vec!["mayor".to_string()];
        assert_eq!(r.resolve_role(&mayor, t.len()).unwrap().name, "Ann Cole");
        let none = vec!["senator".to_string()];
        assert!(r.resolve_role(&none, t.len()).is_none());
    }

    #[test]
    fn headlines_register_nobody() {
        let r = reg("Ana Ruiz Calls Tom Lee A Liar\n\nMayor Ana Ruiz spoke.");
        assert!(r.get("Ana Ruiz Calls Tom Lee").is_none());
        assert!(r.get("Ana Ruiz").is_some());
    }

    #[test]
    fn bodies_are_not_persons() {
        let r = reg("The Health Ministry said so.");
        assert!(!r.get("Health Ministry").expect("entity").person);
    }

    #[test]
    fn possessive_places_are_recognised() {
        assert!(is_place_possessive("city’s") && is_place_possessive("State's"));
        assert!(!is_place_possessive("city") && !is_place_possessive("mayor’s"));
    }
}
