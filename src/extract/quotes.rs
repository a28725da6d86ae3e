//! Quotes: attributed direct quotes and their speakers.
//!
//! `marks` finds the double-quoted spans; this module decides which of them an article
//! attributes to someone, reads the speaker mention and the cue, and binds the mention to the
//! person meant (`speakers`). The rules, tried in this order, are the ones a reader of news
//! would name:
//! - a tag after the quote: `“...,” Jane Roe said`, `“...,” said Jane Roe, the mayor`,
//!   `“...,” Roe, the mayor, told reporters`, `“...” ― Jane Roe`, `“...,” according to Roe`,
//!   `“...,” one aide quoted Roe as saying`;
//! - a cue before the quote in the same sentence: `Roe said: “...”`, `Roe called it “a sham”`,
//!   `according to Roe, “...”`, `Roe was quoted as saying “...”`, `Roe quoted Lincoln: “...”`,
//!   a participle whose subject is the sentence's subject (`Roe denied it, adding, “...”`),
//!   a colon introduction (`Roe had a message: “...”`);
//! - a quote opening the paragraph after one that ends with a cue and a comma or colon;
//! - a cue-less quote right after an attributed one (the same speaker goes on);
//! - a cue-less quote right after a sentence whose subject is a person.
//!
//! A quoted span with none of these (a title, a nickname, a scare-quoted term) is not a quote
//! and is left out; so is a title-cased name after a preposition or article (`on CBS’s “Face
//! the Press”`). Pronouns bind to the newest person (speaker or sentence subject) whose gender
//! fits, "it" to the newest body. Everything here is linear in the text: each span looks at a
//! capped window of tokens around it. Nothing here compares articles or formats output.

use super::cues::{CueInfo, BETWEEN, BODY_NOUNS, CLAUSE, CUES, INTRO, NP_LINK, PHRASAL, TAG_PREPS};
use super::marks::{self, Span};
use super::speakers::{
    gender_sign, is_name_word, is_org_word, is_place_possessive, is_title, name_part,
    strip_possessive, Gender, Registry, DETERMINERS, PRONOUNS, ROLE_NOUNS,
};
use super::tokens::{self, is_capitalized, Kind, Tok};
use crate::model::{Mention, Quote, SpeakerKind};
use crate::text::LineIndex;
use std::collections::{HashMap, HashSet};

/// The noun phrase a speaker was read from: token range `[a, b)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Np {
    a: usize,
    b: usize,
}

/// How a span was attributed.
#[derive(Debug, Clone)]
struct Attr {
    np: Option<Np>,
    cue: Option<String>,
    /// Token index just past the tag that attributed the quote (for continuations).
    tag_end: usize,
    /// Speaker carried over from the quote before (a continuation).
    carried: Option<(Option<Mention>, Option<String>, Option<SpeakerKind>)>,
}

/// Relative pronouns: they open a clause about the noun before them and never name a speaker.
const RELATIVES: &[&str] = &["that", "which", "who", "whom", "whose"];

/// Articles and possessive determiners: after one, a verb form is an adjective ("the
/// alleged attackers"), and a phrase of them alone names nobody.
const ARTICLES: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
];

/// Words that join a sentence to the one before without opening a phrase of their own.
const CONJUNCTIONS: &[&str] = &["but", "and", "yet"];

/// Byte offset + speaker of one resolved person, for binding pronouns.
type Seen = (usize, String);

/// What pronouns can bind to, each list in text order.
#[derive(Default)]
struct Memory {
    /// Named persons who spoke (quote speakers).
    seen: Vec<Seen>,
    /// Persons who were the subject of a sentence.
    subjects: Vec<Seen>,
    /// Bodies that were the subject of a sentence (for "it").
    bodies: Vec<Seen>,
    /// Plural groups that were the subject of a sentence (for "they").
    groups: Vec<Seen>,
    /// Unnamed single persons introduced as a sentence's subject ("One aid worker told
    /// Sky News ..."), for a "she said" that follows before anyone else is named.
    people: Vec<Seen>,
    /// Genders read from earlier pronoun tags.
    learned: HashMap<String, Gender>,
}

struct Ctx<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    spans: Vec<Span>,
    /// Token index of each span's `Open` and `Close`.
    open_of: Vec<usize>,
    close_of: Vec<usize>,
    reg: Registry,
    /// Capitalised words met inside a sentence (not first): names, not sentence openers.
    mid_caps: HashSet<&'a str>,
}

fn lc(w: &str) -> String {
    w.to_lowercase()
}

/// True for a noun that reads as a plural ("officials", not "witness" or "bus").
fn looks_plural(w: &str) -> bool {
    let l = w.to_lowercase();
    matches!(l.as_str(), "people" | "men" | "women")
        || l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us") && !l.ends_with("is")
}

/// A party-and-state tag written after a name ("R-Utah", "D-N.Y.").
fn is_party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str) -> Self {
        let spans = marks::find(text);
        let toks = tokens::tokenize(text, &spans);
        let mut open_of = vec![0; spans.len()];
        let mut close_of = vec![0; spans.len()];
        for (i, t) in toks.iter().enumerate() {
            match t.kind {
                Kind::Open => open_of[t.span] = i,
                Kind::Close => close_of[t.span] = i,
                _ => {}
            }
        }
        let reg = Registry::build(text, &toks);
        let mut ctx = Ctx {
            text,
            toks,
            spans,
            open_of,
            close_of,
            reg,
            mid_caps: HashSet::new(),
        };
        for i in 1..ctx.toks.len() {
            if ctx.is_word(i) && is_capitalized(ctx.w(i)) && !ctx.ends_sentence(i - 1) {
                let w = strip_possessive(ctx.w(i));
                ctx.mid_caps.insert(w);
            }
        }
        ctx.learn_genders();
        ctx
    }

    /// Gender evidence for each person: an honorific before the name ("Ms. Roe"), and the
    /// pronouns of sentences that name that one person only ("Roe said her office ...").
    fn learn_genders(&mut self) {
        let n = self.toks.len();
        let mut s0 = 0;
        for i in 0..n {
            if !(self.ends_sentence(i) || i + 1 == n) {
                continue;
            }
            let mut people: Vec<usize> = Vec::new();
            let mut sign = 0;
            let mut honorifics: Vec<(usize, i32)> = Vec::new();
            for j in s0..=i {
                if !self.is_word(j) {
                    continue;
                }
                let w = self.w(j);
                if is_name_word(w) {
                    if let Some(id) = self.reg.person_by_word(strip_possessive(w)) {
                        // Only "exactly one person" matters: a short list is enough.
                        if people.len() < 2 && !people.contains(&id) {
                            people.push(id);
                        }
                        if j > 0 && self.is_word(j - 1) && is_capitalized(self.w(j - 1)) {
                            let g = gender_sign(self.w(j - 1));
                            if g != 0 {
                                honorifics.push((id, 3 * g));
                            }
                        }
                    }
                } else {
                    sign += gender_sign(w);
                }
            }
            for (id, g) in honorifics {
                self.reg.add_gender(id, g);
            }
            if people.len() == 1 && sign != 0 {
                self.reg.add_gender(people[0], sign.signum());
            }
            s0 = i + 1;
        }
    }

    /// The gender the article gives `name`, if any.
    fn gender_of(&self, name: &str) -> Option<Gender> {
        self.reg.get(name).and_then(|e| e.gender())
    }

    fn w(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.s..t.e]
    }

    fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == Kind::Word
    }

    fn is_punct(&self, i: usize, set: &str) -> bool {
        i < self.toks.len()
            && self.toks[i].kind == Kind::Punct
            && self.w(i).chars().next().is_some_and(|c| set.contains(c))
    }

    fn lower_is(&self, i: usize, words: &[&str]) -> bool {
        self.is_word(i) && words.contains(&lc(self.w(i)).as_str())
    }

    /// The cue word at token `i`, if any. A weak form (also a noun) counts only right after
    /// a name or pronoun ("Roe claims") unless `weak_ok`.
    fn cue_any(&self, i: usize, weak_ok: bool) -> Option<CueInfo> {
        if !self.is_word(i) {
            return None;
        }
        let w = self.w(i);
        if self.is_word(i + 1) && PHRASAL.contains(&(w, self.w(i + 1))) {
            // "shot back", "went on": the verb with its particle is the cue.
            return Some(CueInfo {
                participle: w.ends_with("ing"),
                invertible: true,
                weak: false,
            });
        }
        let info = if w.starts_with(|c: char| c.is_lowercase()) {
            let info = CUES.get(w).copied()?;
            if info.weak && weak_ok && i > 0 && self.lower_is(i - 1, DETERMINERS) {
                // "one of the states": a noun after its article.
                return None;
            }
            if i > 0 && self.lower_is(i - 1, ARTICLES) {
                // "the alleged attackers", "its stated aim": an adjective.
                return None;
            }
            info
        } else if i == 0 || self.ends_sentence(i - 1) {
            // "Said Roe: ..." at the start of a sentence.
            let info = CUES.get(&lc(w)).copied()?;
            if !info.invertible || info.participle {
                return None;
            }
            info
        } else {
            return None;
        };
        if info.weak && !weak_ok {
            let prev = if i > 0 && self.is_word(i - 1) {
                self.w(i - 1)
            } else {
                ""
            };
            let after_subject = PRONOUNS.contains(&lc(prev).as_str())
                || matches!(lc(prev).as_str(), "who" | "which")
                || ROLE_NOUNS.contains(&lc(prev).as_str())
                || (is_name_word(prev) && strip_possessive(prev).len() == prev.len());
            if !after_subject {
                return None;
            }
        }
        Some(info)
    }

    /// The cue as written: the word, with its particle for a two-word cue ("shot back").
    fn cue_word(&self, i: usize) -> String {
        let w = self.w(i);
        if self.is_word(i + 1) && PHRASAL.contains(&(w, self.w(i + 1))) {
            format!("{w} {}", self.w(i + 1))
        } else {
            w.to_string()
        }
    }

    fn cue(&self, i: usize) -> Option<CueInfo> {
        self.cue_any(i, false)
    }

    /// The last character of a quote's words, looking through closing single marks and
    /// brackets (“... ‘not now.’” ends with '.').
    fn quote_text_end(&self, span: usize) -> Option<char> {
        let sp = &self.spans[span];
        self.text[sp.start()..sp.end()]
            .trim_end_matches(['\u{2019}', '\u{2018}', '\'', ' ', ')', ']'])
            .chars()
            .next_back()
    }

    /// True when token `i` ends a sentence.
    fn ends_sentence(&self, i: usize) -> bool {
        let t = self.toks[i];
        match t.kind {
            Kind::Para => true,
            Kind::Punct => {
                // "(D-Ohio.)" and "R-Ky.," : a period right before ")" or "," ends no sentence.
                self.is_punct(i, ".!?\u{2026};")
                    && !(self.is_punct(i + 1, "),;:") && self.toks[i + 1].s == t.e)
            }
            Kind::Close => {
                matches!(self.quote_text_end(t.span), Some('.' | '!' | '?'))
                    && match self.toks.get(i + 1) {
                        None => true,
                        Some(n) => match n.kind {
                            Kind::Word => is_capitalized(self.w(i + 1)),
                            Kind::Open | Kind::Para => true,
                            _ => false,
                        },
                    }
            }
            _ => false,
        }
    }

    /// First token of the sentence holding token `i` (looks back at most 80 tokens).
    fn sentence_start(&self, i: usize) -> usize {
        let mut j = i;
        let floor = i.saturating_sub(80);
        while j > floor && !self.ends_sentence(j - 1) {
            j -= 1;
        }
        j
    }

    /// Noun phrase read forwards from token `i` (a pronoun, a name with its titles, or a
    /// description), ending before token `limit`.
    fn np_forward(&self, i: usize, limit: usize) -> Option<Np> {
        if i >= limit || !self.is_word(i) {
            return None;
        }
        let w0 = self.w(i);
        if PRONOUNS.contains(&lc(w0).as_str()) {
            return Some(Np { a: i, b: i + 1 });
        }
        let mut k = i;
        let mut in_name = false;
        // A description ("the Israeli Prime Minister", "one senior U.S. official") runs through
        // capitalised modifiers to its head noun; a phrase opening with a name ends with it.
        // A sentence's first word is capitalised anyway: unless the article capitalises it
        // elsewhere too, it opens a description ("Demonstrators", "Small groups of ...").
        let opener = i == 0 || self.ends_sentence(i - 1);
        let mut desc = !is_name_word(w0)
            || (opener && !self.mid_caps.contains(strip_possessive(w0)) && !is_title(w0));
        let cap = (i + 12).min(limit);
        while k < cap {
            if self.is_punct(k, "(") {
                // "(D-Ohio)" after a name.
                let close = (k + 1..(k + 6).min(cap)).find(|&j| self.is_punct(j, ")"));
                match close {
                    Some(c) if in_name => {
                        k = c + 1;
                        break;
                    }
                    _ => break,
                }
            }
            if !self.is_word(k) {
                break;
            }
            let w = self.w(k);
            let l = lc(w);
            if is_name_word(w) {
                in_name = true;
                k += 1;
                if strip_possessive(w).len() < w.len() {
                    // "the campaign’s ...", "Roe’s spokesman": a possessive is a modifier.
                    in_name = false;
                    desc = true;
                }
                continue;
            }
            // "Department of Homeland Security": a body's name runs on through "of".
            let body_of = l == "of"
                && k > i
                && is_org_word(self.w(k - 1))
                && self.is_word(k + 1)
                && k + 1 < cap
                && is_name_word(self.w(k + 1));
            if body_of {
                k += 1;
                continue;
            }
            if in_name && !desc {
                // "Kuwaiti tourist Farah Zamani", "Tainan fire department officer Lee Po Min":
                // a name that modifies a role noun before the person's own name.
                if !self.modifies_role_before_name(k, cap) {
                    break;
                }
                desc = true;
            }
            in_name = false;
            if self.cue(k).is_some() || CLAUSE.contains(&l.as_str()) {
                break;
            }
            if NP_LINK.contains(&l.as_str()) {
                if k > i && k + 1 < cap && self.is_word(k + 1) {
                    k += 1;
                    continue;
                }
                break;
            }
            k += 1;
        }
        if desc {
            // End the description at its head: the last role noun, title or name word.
            let head = (i..k).rev().find(|&j| {
                let w = self.w(j);
                let l = lc(strip_possessive(w));
                (ROLE_NOUNS.contains(&l.as_str()) || is_title(&l) || is_name_word(w))
                    && strip_possessive(w).len() == w.len()
            });
            k = head? + 1;
        }
        if k == i {
            return None;
        }
        let np = Np { a: i, b: k };
        self.plausible(np).then_some(np)
    }

    /// For a description followed by a name between commas or closing the clause ("said
    /// Betulia's mayor, Luz Dary Cardona."), the name.
    fn named_in_apposition(&self, np: Np, limit: usize) -> Option<Np> {
        if is_name_word(self.w(self.head(np))) || !self.is_punct(np.b, ",") {
            return None;
        }
        let name = self.np_forward(np.b + 1, limit)?;
        let closes = name.b >= limit
            || matches!(self.toks[name.b].kind, Kind::Para)
            || self.is_punct(name.b, ".,;");
        let all_names = (name.a..name.b).all(|j| self.is_word(j) && is_name_word(self.w(j)));
        (closes && all_names).then_some(name)
    }

    /// True when a reporting verb follows the noun phrase, past an apposition between
    /// commas and an adverb or auxiliary ("Yilmaz, the tour operator, has said").
    fn speaks_after(&self, np: Np) -> bool {
        let mut k = np.b;
        if self.is_punct(k, ",") {
            match (k + 1..(k + 16).min(self.toks.len())).find(|&j| self.is_punct(j, ",")) {
                Some(c) => k = c + 1,
                None => return false,
            }
        }
        while k < self.toks.len() && self.lower_is(k, &["also", "later", "has", "had", "then"]) {
            k += 1;
        }
        k < self.toks.len() && self.cue(k).is_some()
    }

    /// True when lower-case words from `k` (at most five, before `cap`) end in a role noun
    /// that a name follows, or in any noun that a full name (two name words) follows: the
    /// capitalised words before `k` were a modifier.
    fn modifies_role_before_name(&self, k: usize, cap: usize) -> bool {
        let mut j = k;
        while j < cap && j < k + 5 && self.is_word(j) && !is_name_word(self.w(j)) {
            j += 1;
        }
        let full_name = j + 1 < cap && self.is_word(j + 1) && is_name_word(self.w(j + 1));
        j > k
            && j < cap
            && self.is_word(j)
            && is_name_word(self.w(j))
            && (ROLE_NOUNS.contains(&lc(self.w(j - 1)).as_str()) || full_name)
    }

    /// A sentence-opening description read on through its verb ("Harbor Holdings issued a
    /// statement", "The company released a statement"), cut before the verb: the first
    /// lower-case word that is no role noun or link and follows a name or role noun.
    fn before_verb(&self, np: Np) -> Np {
        (np.a + 1..np.b)
            .find(|&x| {
                let w = self.w(x);
                let p = lc(strip_possessive(self.w(x - 1)));
                self.is_word(x)
                    && self.is_word(x - 1)
                    && !is_capitalized(w)
                    && !ROLE_NOUNS.contains(&lc(w).as_str())
                    && !NP_LINK.contains(&lc(w).as_str())
                    && (is_name_word(self.w(x - 1)) || ROLE_NOUNS.contains(&p.as_str()))
            })
            .map_or(np, |b| Np { a: np.a, b })
    }

    /// The subject of a cue at `e` that a relative clause separates from it, in the sentence
    /// from `s0`: "Residents who saw the blast told ..." -> "Residents"; a quantifier has no
    /// noun of its own and keeps its clause up to a subordinate one ("Some who were nearby
    /// when it fell told ..." -> "Some who were nearby").
    fn relative_subject(&self, s0: usize, e: usize) -> Option<Np> {
        let r = (s0 + 1..e).find(|&x| self.lower_is(x, &["who"]))?;
        // "a woman who told" (the pronoun next to the cue) is read backwards as usual; a
        // comma, quote or break inside the clause leaves the sentence to the other rules.
        if r + 1 >= e || (r..e).any(|x| !self.is_word(x)) {
            return None;
        }
        let mut a = (s0..r)
            .rev()
            .find(|&x| !self.is_word(x))
            .map_or(s0, |x| x + 1);
        while a < r && self.lower_is(a, CONJUNCTIONS) {
            a += 1;
        }
        if a == r || r - a > 5 {
            return None;
        }
        if (a..r).any(|x| self.cue(x).is_some() || self.lower_is(x, CLAUSE)) {
            return None;
        }
        if (a..r).all(|x| self.lower_is(x, DETERMINERS)) {
            const SUBORDINATE: &[&str] = &[
                "when", "as", "after", "before", "since", "while", "because", "if", "where",
                "until", "although", "though", "during",
            ];
            let b = (r + 1..e)
                .find(|&x| self.lower_is(x, SUBORDINATE))
                .unwrap_or(e);
            return Some(Np { a, b });
        }
        let np = Np { a, b: r };
        self.plausible(np).then_some(np)
    }

    /// Noun phrase read backwards from just before token `end` (exclusive).
    fn np_backward(&self, end: usize, floor: usize) -> Option<Np> {
        if end == 0 || end <= floor {
            return None;
        }
        let mut e = end;
        if self.is_punct(e - 1, ")") {
            let open = (e.saturating_sub(7).max(floor)..e - 1)
                .rev()
                .find(|&j| self.is_punct(j, "("));
            e = open?;
        }
        if e <= floor || !self.is_word(e - 1) {
            return None;
        }
        let last = self.w(e - 1);
        let ll = lc(last);
        if PRONOUNS.contains(&ll.as_str()) {
            return Some(Np { a: e - 1, b: end });
        }
        if ll == "who" || ll == "which" {
            // "the agency, which said ..." / "a woman who told ...": the antecedent.
            let before = if e >= 2 && self.is_punct(e - 2, ",") {
                e - 2
            } else {
                e - 1
            };
            return self.np_backward(before, floor);
        }
        let mut k = e;
        let low = e.saturating_sub(10).max(floor);
        let mut saw_name = false;
        while k > low {
            let j = k - 1;
            if !self.is_word(j) {
                break;
            }
            let w = self.w(j);
            let l = lc(w);
            if DETERMINERS.contains(&l.as_str()) {
                k = j;
                // "a spokeswoman for the company", "officials familiar with the plan": the
                // phrase goes on through a link word back to its role noun.
                let linked = j >= 2
                    && j - 2 >= low
                    && self.lower_is(j - 1, NP_LINK)
                    && (j.saturating_sub(4).max(low)..j - 1).any(|x| self.lower_is(x, ROLE_NOUNS));
                if linked {
                    k = j - 1;
                    continue;
                }
                break;
            }
            if is_name_word(w) {
                saw_name = true;
                k = j;
                continue;
            }
            if is_capitalized(w) {
                break;
            }
            if self.cue(j).is_some()
                || CLAUSE.contains(&l.as_str())
                || PRONOUNS.contains(&l.as_str())
            {
                break;
            }
            if NP_LINK.contains(&l.as_str()) {
                let prev_word = j > low && self.is_word(j - 1);
                let body_of = prev_word
                    && saw_name
                    && l == "of"
                    && is_capitalized(self.w(j - 1))
                    && is_org_word(self.w(j - 1));
                if body_of || (prev_word && !is_capitalized(self.w(j - 1))) {
                    k = j;
                    continue;
                }
                break;
            }
            if saw_name && !(ROLE_NOUNS.contains(&l.as_str()) || is_title(&l)) {
                break;
            }
            k = j;
        }
        if k == e {
            return None;
        }
        // "Fischer and Haddad said": two names joined by "and" speak together.
        if saw_name
            && is_name_word(self.w(k))
            && k >= 2
            && k - 2 >= floor
            && self.lower_is(k - 1, &["and"])
            && self.is_word(k - 2)
            && is_name_word(self.w(k - 2))
        {
            let mut a = k - 2;
            while a > floor && a + 6 > k && self.is_word(a - 1) && is_name_word(self.w(a - 1)) {
                a -= 1;
            }
            k = a;
        }
        let np = Np { a: k, b: end };
        self.plausible(np).then_some(np)
    }

    /// A speaker phrase must be headed by a name, a pronoun, a role noun, or open with a
    /// determiner; it must not be long.
    /// The last word of a phrase outside any parenthesis ("Roe" in "Roe (D-Ohio)").
    fn head(&self, np: Np) -> usize {
        let mut h = np.a;
        let mut depth = 0usize;
        for i in np.a..np.b {
            if self.is_punct(i, "(") {
                depth += 1;
            } else if self.is_punct(i, ")") {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && self.is_word(i) {
                h = i;
            }
        }
        h
    }

    fn plausible(&self, np: Np) -> bool {
        let words: Vec<usize> = (np.a..np.b).filter(|&i| self.is_word(i)).collect();
        let (Some(&first), Some(_)) = (words.first(), words.last()) else {
            return false;
        };
        let head = self.head(np);
        if words.len() > 12 {
            return false;
        }
        let hw = self.w(head);
        let hl = lc(strip_possessive(hw));
        if hl.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
        // "the" or "that" alone (a name the phrase lost, a relative clause's pronoun) names
        // nobody; "one" or "some" alone may be the head ("one of them", "some who ...").
        if words.iter().all(|&j| {
            let l = lc(self.w(j));
            RELATIVES.contains(&l.as_str())
                || ARTICLES.contains(&l.as_str())
                || matches!(l.as_str(), "this" | "these" | "those")
        }) {
            return false;
        }
        is_name_word(hw)
            || PRONOUNS.contains(&hl.as_str())
            || ROLE_NOUNS.contains(&hl.as_str())
            || (DETERMINERS.contains(&lc(self.w(first)).as_str()) && words.len() <= 6)
    }

    /// Subject of the sentence starting at `s0`, read before token `limit`: skips
    /// introductory phrases ("On Sunday, ...", "However, ...").
    fn main_subject(&self, s0: usize, limit: usize) -> Option<Np> {
        let mut i = s0;
        for _ in 0..4 {
            while i < limit
                && matches!(
                    self.toks[i].kind,
                    Kind::Open | Kind::Close | Kind::Punct | Kind::Para
                )
            {
                i += 1;
            }
            if i >= limit {
                return None;
            }
            let l = lc(self.w(i));
            // "But Yilmaz, the tour operator, said": a conjunction is passed over alone; the
            // comma after it may close an apposition, not an opening phrase.
            if CONJUNCTIONS.contains(&l.as_str()) {
                i += 1;
                continue;
            }
            if INTRO.contains(&l.as_str()) || l.ends_with("ly") {
                let comma = (i + 1..(i + 30).min(limit)).find(|&j| self.is_punct(j, ","));
                match comma {
                    Some(c) => i = c + 1,
                    None if matches!(
                        l.as_str(),
                        "but"
                            | "and"
                            | "yet"
                            | "so"
                            | "still"
                            | "however"
                            | "also"
                            | "then"
                            | "meanwhile"
                            | "instead"
                    ) || l.ends_with("ly") =>
                    {
                        i += 1
                    }
                    None => return None,
                }
                continue;
            }
            break;
        }
        let np = self.np_forward(i, limit)?;
        // "The head of the union, Maria Costa, ...": the name in apposition.
        if self.is_punct(np.b, ",") && !is_name_word(self.w(self.head(np))) {
            if let Some(name) = self.np_forward(np.b + 1, limit) {
                if self.is_punct(name.b, ",") && is_name_word(self.w(self.head(name))) {
                    return Some(name);
                }
            }
        }
        Some(np)
    }

    /// "X quoted Y as saying": for the participle at `j` preceded by "as", the NP Y.
    fn quoted_as(&self, j: usize, floor: usize) -> Option<(Np, usize)> {
        if j < 2 || !self.lower_is(j - 1, &["as"]) {
            return None;
        }
        let q = (j.saturating_sub(12).max(floor)..j - 1)
            .rev()
            .find(|&k| self.lower_is(k, &["quoted", "cited"]))?;
        if q + 1 == j - 1 {
            // "was quoted as saying": the subject comes before "was".
            let mut e = q;
            while e > floor && self.lower_is(e - 1, BETWEEN) {
                e -= 1;
            }
            return self.np_backward(e, floor).map(|np| (np, q));
        }
        let np = Np { a: q + 1, b: j - 1 };
        self.plausible(np).then_some((np, q))
    }

    /// "quoted ... as saying": the cue at `from` and the two words ending at `last`.
    fn cue_text(&self, from: usize, last: usize) -> String {
        format!("{} ... {} {}", self.w(from), self.w(last - 1), self.w(last))
    }

    /// The tag after span `k`: `“...,” Roe said`, `“...,” said Roe`, `“...” ― Roe`.
    fn post_tag(&self, k: usize) -> Option<Attr> {
        let o = self.open_of[k];
        let c = self.close_of[k];
        let n = self.toks.len();
        let starts = o == 0
            || self.ends_sentence(o - 1)
            || self.is_punct(o - 1, ":,;\u{2014}\u{2013}(")
            || matches!(self.toks[o - 1].kind, Kind::Close | Kind::Para);
        // Mid-sentence, only speech that ends with its own comma or mark ("because “...,”
        // she said") takes a tag after it.
        let speechlike =
            matches!(self.quote_text_end(k), Some(',' | '?' | '!')) || self.is_punct(c + 1, ",");
        if !starts && !speechlike {
            return None;
        }
        let mut i = c + 1;
        if i >= n {
            return None;
        }
        let end_ch = self.quote_text_end(k);
        if self.is_punct(i, "\u{2015}\u{2014}\u{2013}-") {
            // "“...” ― Jane Roe" (a dash byline) ends its paragraph.
            let np = self.np_forward(i + 1, n)?;
            let after = np.b;
            let ends = after >= n
                || matches!(self.toks[after].kind, Kind::Para | Kind::Open)
                || self.is_punct(after, ".,");
            let named = (np.a..np.b).any(|j| is_name_word(self.w(j)));
            return (ends && named).then_some(Attr {
                np: Some(np),
                cue: None,
                tag_end: after,
                carried: None,
            });
        }
        let comma_out = self.is_punct(i, ",");
        if comma_out {
            i += 1;
        }
        // Speech ends with its punctuation before the tag (“...,” / “... ‘no,’” / “...”,);
        // a quote that runs straight into words is part of the sentence ("“Night Train”
        // star Ana Roe said ..."), unless a comma later sets the tag off ("“...” for years,
        // she said").
        let punctuated = comma_out
            || matches!(
                end_ch,
                Some('.' | ',' | '!' | '?' | '\u{2014}' | '\u{2013}' | '-' | '\u{2026}')
            );
        let sentence_ended = matches!(end_ch, Some('.')) && !comma_out;
        let span_limit = if sentence_ended { 6 } else { 30 };
        let mut j = i;
        let mut v = None;
        while j < n && j < i + span_limit {
            let t = self.toks[j];
            if matches!(t.kind, Kind::Para | Kind::Open | Kind::Close) || self.ends_sentence(j) {
                break;
            }
            if self.cue_any(j, true).is_some() || self.lower_is(j, &["according"]) {
                v = Some(j);
                break;
            }
            j += 1;
        }
        let v = v?;
        let tag_end = self.clause_end(v);
        if v == i {
            if self.lower_is(v, &["according"]) && self.lower_is(v + 1, &["to"]) {
                let np = self.np_forward(v + 2, n)?;
                return Some(Attr {
                    np: Some(np),
                    cue: Some(format!("{} {}", self.w(v), self.w(v + 1))),
                    tag_end,
                    carried: None,
                });
            }
            let info = self.cue_any(v, true)?;
            // "said Roe" after a fragment inside a sentence ("Roe, who calls himself a
            // “genius,” said the plan ...") is the sentence going on, not a tag.
            if !info.invertible || info.participle || !starts {
                return None;
            }
            let np = self.np_forward(v + 1, n)?;
            return Some(Attr {
                np: Some(self.named_in_apposition(np, n).unwrap_or(np)),
                cue: Some(self.cue_word(v)),
                tag_end,
                carried: None,
            });
        }
        if self.lower_is(v, &["according"]) {
            return None;
        }
        // "“...,” one official quoted Roe as saying."
        if self.lower_is(v, &["quoted"]) {
            if let Some(np) = self.np_forward(v + 1, n) {
                if self.lower_is(np.b, &["as"]) && self.cue(np.b + 1).is_some_and(|c| c.participle)
                {
                    return Some(Attr {
                        np: Some(np),
                        cue: Some(self.cue_text(v, np.b + 1)),
                        tag_end,
                        carried: None,
                    });
                }
            }
        }
        if self.cue(v).is_some_and(|c| c.participle) {
            return None;
        }
        // Subject: the tokens between the quote and the cue, minus an apposition.
        let mut e = v;
        while e > i && self.lower_is(e - 1, BETWEEN) {
            e -= 1;
        }
        let first_comma = (i..e).find(|&j| self.is_punct(j, ","));
        let np = match first_comma {
            // "“...,” Roe, the mayor, said": the name before the apposition.
            Some(comma) if e > i && self.is_punct(e - 1, ",") => {
                let before = Np { a: i, b: comma };
                // "“...,” the mayor’s spokesman, Dan Cole, said": the name in apposition.
                // "“...,” the spokesman, Nico Berg, of the embassy, said": the name may be
                // followed by more apposition.
                let appos = self.np_forward(comma + 1, e - 1).filter(|a| {
                    (a.b == e - 1 || self.is_punct(a.b, ",")) && is_name_word(self.w(self.head(*a)))
                });
                match appos {
                    Some(a) if comma > i && !is_name_word(self.w(self.head(before))) => a,
                    _ => before,
                }
            }
            // "“...” for a while, she said": the phrase right before the cue.
            Some(_) => {
                let last = (i..e).rev().find(|&j| self.is_punct(j, ",")).unwrap_or(i);
                Np { a: last + 1, b: e }
            }
            None => Np { a: i, b: e },
        };
        let (a0, e) = (np.a, np.b);
        let set_off = a0 > i && self.is_punct(a0 - 1, ",");
        if !(punctuated || set_off) {
            return None;
        }
        if e <= a0
            || !self.plausible(np)
            || (a0..e).any(|j| self.lower_is(j, CLAUSE) && !self.lower_is(j, TAG_PREPS))
        {
            return None;
        }
        if sentence_ended && !matches!(self.toks[i].kind, Kind::Word) {
            return None;
        }
        Some(Attr {
            np: Some(np),
            cue: Some(self.cue_word(v)),
            tag_end,
            carried: None,
        })
    }

    /// Token index just past the sentence holding token `v` (at most 60 tokens on).
    fn clause_end(&self, v: usize) -> usize {
        let n = self.toks.len();
        let mut j = v;
        while j < n && j < v + 60 {
            if matches!(self.toks[j].kind, Kind::Open | Kind::Para) {
                return j;
            }
            if self.ends_sentence(j) {
                return j + 1;
            }
            j += 1;
        }
        j
    }

    /// A cue before the quote whose first token is `o`, in the sentence that ends at `o`.
    fn pre_tag(&self, o: usize, k: usize) -> Option<Attr> {
        if o == 0 {
            return None;
        }
        let floor = o.saturating_sub(70);
        let mut j = o;
        while j > floor {
            j -= 1;
            let t = self.toks[j];
            match t.kind {
                Kind::Para => break,
                Kind::Open | Kind::Close => continue,
                Kind::Punct => {
                    if self.ends_sentence(j) {
                        break;
                    }
                    continue;
                }
                Kind::Word => {}
            }
            if self.ends_sentence(j) {
                break;
            }
            if self.lower_is(j, &["according"]) && self.lower_is(j + 1, &["to"]) {
                if let Some(np) = self.np_forward(j + 2, o) {
                    return Some(self.attr(np, format!("{} {}", self.w(j), self.w(j + 1)), k));
                }
                continue;
            }
            let Some(info) = self.cue(j) else { continue };
            let s0 = self.sentence_start(j);
            if self.lower_is(j, &["quoted", "cited", "quoting", "citing"]) {
                // "Roe quoted Lincoln: “...”": the words are the quoted person's.
                if let Some(np) = self.np_forward(j + 1, o) {
                    if np.b + 1 == o && self.is_punct(np.b, ":,") {
                        return Some(self.attr(np, self.cue_word(j), k));
                    }
                }
            }
            if !info.participle
                && j > s0
                && self.lower_is(j - 1, &["was", "were", "is", "are", "be", "been", "being"])
            {
                // A passive ("were admitted") reports nobody's words.
                continue;
            }
            if info.participle {
                if let Some((np, q)) = self.quoted_as(j, s0) {
                    return Some(self.attr(np, self.cue_text(q, j), k));
                }
                // "footage of Roe saying ...": the name right before the participle.
                if j > s0
                    && self.is_word(j - 1)
                    && is_name_word(self.w(j - 1))
                    && strip_possessive(self.w(j - 1)).len() == self.w(j - 1).len()
                {
                    if let Some(np) = self.np_backward(j, s0) {
                        return Some(self.attr(np, self.cue_word(j), k));
                    }
                }
                if let Some(np) = self.main_subject(s0, j) {
                    return Some(self.attr(np, self.cue_word(j), k));
                }
                continue;
            }
            let mut e = j;
            while e > s0 && self.lower_is(e - 1, BETWEEN) && !self.is_punct(e - 1, ",") {
                e -= 1;
            }
            // "issued a statement via its lawyers that read": a relative pronoun is no
            // speaker; the words are those of whoever the sentence is about.
            if e > s0 + 1 && self.lower_is(e - 1, &["that"]) {
                if let Some(np) = self.main_subject(s0, e - 1).map(|np| self.before_verb(np)) {
                    if np.b < e - 1 {
                        return Some(self.attr(np, self.cue_word(j), k));
                    }
                }
            }
            // "Some who stood nearby when it fell told ...": the subject is the phrase
            // before "who", not the last words of its clause.
            if let Some(np) = self.relative_subject(s0, e) {
                return Some(self.attr(np, self.cue_word(j), k));
            }
            if e > s0 && self.is_punct(e - 1, ",") {
                // "Roe, the mayor, said": skip the apposition back to its opening comma;
                // in a chain ("Rep. Roe, R-Ohio, the chairman, said") the name before the
                // first comma of the chain is the speaker.
                let floor = e.saturating_sub(30).max(s0);
                let chain_start = (floor..e - 1).find(|&x| {
                    self.is_punct(x, ",")
                        && self.np_backward(x, s0).is_some_and(|np| {
                            let h = self.w(self.head(np));
                            is_name_word(h) && !is_party_tag(h)
                        })
                });
                let open = chain_start.or_else(|| {
                    (e.saturating_sub(25).max(s0)..e - 1)
                        .rev()
                        .find(|&x| self.is_punct(x, ","))
                });
                if let Some(oc) = open {
                    if let Some(np) = self.np_backward(oc, s0) {
                        // "Roe’s spokeswoman, Ines Braun, said": the name in apposition.
                        let appos = self
                            .np_forward(oc + 1, e - 1)
                            .filter(|a| a.b == e - 1 && is_name_word(self.w(self.head(*a))));
                        let np = match appos {
                            Some(a) if !is_name_word(self.w(self.head(np))) => a,
                            _ => np,
                        };
                        return Some(self.attr(np, self.cue_word(j), k));
                    }
                }
                if let Some(np) = self.main_subject(s0, j) {
                    if np.b < j {
                        return Some(self.attr(np, self.cue_word(j), k));
                    }
                }
                continue;
            }
            if let Some(np) = self.np_backward(e, s0) {
                return Some(self.attr(np, self.cue_word(j), k));
            }
            if info.invertible {
                if let Some(np) = self.np_forward(j + 1, o) {
                    return Some(self.attr(np, self.cue_word(j), k));
                }
            }
            // "Roe paused and said": a verb shared with the sentence's subject.
            if e > s0 && self.lower_is(e - 1, &["and"]) {
                if let Some(np) = self.main_subject(s0, j) {
                    if np.b < e {
                        return Some(self.attr(np, self.cue_word(j), k));
                    }
                }
            }
            // The nearest cue has no subject to read: an earlier cue speaks of other words.
            break;
        }
        // "Roe had a message for voters: “...”" (a colon introduction).
        if self.is_punct(o - 1, ":") {
            let s0 = self.sentence_start(o - 1);
            if let Some(np) = self.main_subject(s0, o - 1) {
                let head = strip_possessive(self.w(self.head(np)));
                let titled = (np.a..np.b).any(|j| is_title(self.w(j))) && np.b - np.a >= 2;
                let known = is_name_word(head)
                    && (titled || self.reg.resolve_name(&[head], self.toks[np.a].s).is_some());
                if known || PRONOUNS.contains(&lc(head).as_str()) {
                    return Some(self.attr(np, ":".to_string(), k));
                }
            }
        }
        None
    }

    fn attr(&self, np: Np, cue: String, k: usize) -> Attr {
        Attr {
            np: Some(np),
            cue: Some(cue),
            tag_end: self.close_of[k] + 1,
            carried: None,
        }
    }

    /// Attribution of span `k`, by the rules in the module doc, in order.
    fn attribute(&self, k: usize) -> Option<Attr> {
        let o = self.open_of[k];
        if let Some(a) = self.post_tag(k) {
            return Some(a);
        }
        if let Some(a) = self.pre_tag(o, k) {
            return Some(a);
        }
        // A quote opening the paragraph after "..., stating," or "... said:".
        if o >= 2 && self.toks[o - 1].kind == Kind::Para && self.is_punct(o - 2, ",:") {
            if let Some(a) = self.pre_tag(o - 1, k) {
                return Some(a);
            }
        }
        None
    }

    /// True when span `k` is a sentence of its own: it opens its sentence, nothing but
    /// punctuation follows it there, and its closing mark is present (a block excerpt left
    /// open at its paragraph end is not one).
    fn standalone(&self, k: usize) -> bool {
        let (o, c) = (self.open_of[k], self.close_of[k]);
        let opens = o == 0
            || self.ends_sentence(o - 1)
            || matches!(self.toks[o - 1].kind, Kind::Para | Kind::Close);
        let ends = c + 1 >= self.toks.len()
            || matches!(self.toks[c + 1].kind, Kind::Para | Kind::Open)
            || self.ends_sentence(c)
            || self.is_punct(c + 1, ".!?");
        let closed = self.spans[k]
            .parts
            .last()
            .is_some_and(|p| p.close.is_some());
        opens && ends && closed
    }

    /// A cue-less quote right after a sentence whose subject is a person: `Roe was
    /// defiant. “We will not move.”` The sentence before must hold no quote of its own.
    fn after_named_sentence(&self, k: usize) -> Option<Attr> {
        if !self.standalone(k) {
            return None;
        }
        let o = self.open_of[k];
        let mut end = o;
        while end > 0 && self.toks[end - 1].kind == Kind::Para {
            end -= 1;
        }
        if end == 0 || !self.is_punct(end - 1, ".:") {
            return None;
        }
        let s0 = self.sentence_start(end - 1);
        if (s0..end).any(|j| matches!(self.toks[j].kind, Kind::Open | Kind::Close)) {
            return None;
        }
        // A headline in title case ("Voters Share Their Views On The Race.") names nobody.
        let words: Vec<usize> = (s0..end).filter(|&j| self.is_word(j)).collect();
        let caps = words.iter().filter(|&&j| is_capitalized(self.w(j))).count();
        if caps * 5 >= words.len() * 3 {
            return None;
        }
        let np = self.main_subject(s0, end - 1)?;
        let head = self.w(self.head(np));
        let person = if PRONOUNS.contains(&lc(head).as_str()) {
            matches!(lc(head).as_str(), "he" | "she")
        } else {
            is_name_word(head)
                && self
                    .reg
                    .resolve_name(&[strip_possessive(head)], self.toks[np.a].s)
                    .is_some_and(|e| e.person)
        };
        person.then_some(Attr {
            np: Some(np),
            cue: None,
            tag_end: self.close_of[k] + 1,
            carried: None,
        })
    }

    /// A quoted title or name rather than speech: every word capitalised (small words aside),
    /// no sentence inside, and it stands where a name would (after a preposition, an article
    /// or a possessive: `on CBS’s “Face the Press”`, `a “Town Hall Forum”`).
    fn looks_like_title(&self, k: usize) -> bool {
        let sp = &self.spans[k];
        let body = sp.text(self.text);
        let body = body.trim_end_matches(['.', ',', '!', '?']);
        if body.is_empty() || body.contains(['.', '!', '?', ';']) {
            return false;
        }
        let words: Vec<&str> = body.split_whitespace().collect();
        if words.len() > 8 {
            return false;
        }
        const SMALL: &[&str] = &[
            "a", "an", "the", "and", "of", "in", "on", "to", "for", "at", "with", "or", "it", "is",
        ];
        let title_case = words.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || is_capitalized(w)
                || SMALL.contains(&w)
                || w.chars().next().is_some_and(|c| c.is_ascii_digit())
        }) && words
            .first()
            .is_some_and(|w| is_capitalized(w.trim_matches(|c: char| !c.is_alphanumeric())));
        if !title_case {
            return false;
        }
        let o = self.open_of[k];
        o > 0 && self.is_word(o - 1) && {
            let p = self.w(o - 1);
            let lp = lc(p);
            [
                "on", "in", "to", "at", "of", "from", "with", "a", "an", "the", "his", "her",
                "their", "its", "for", "about", "by", "titled", "called", "named", "dubbed",
                "program", "show", "film", "book", "movie", "song", "album",
            ]
            .contains(&lp.as_str())
                || strip_possessive(p).len() < p.len()
        }
    }

    /// Speaker name, kind and mention for a noun phrase.
    /// `learned` holds genders read from earlier pronoun tags ("“...,” he said" bound to Roe).
    fn speaker(&self, np: Np, mem: &Memory) -> (String, SpeakerKind) {
        let (seen, subjects, learned) = (&mem.seen, &mem.subjects, &mem.learned);
        let mut depth = 0usize;
        let mut words: Vec<&str> = Vec::new();
        for i in np.a..np.b {
            if self.is_punct(i, "(") {
                depth += 1;
            } else if self.is_punct(i, ")") {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && self.is_word(i) && !is_party_tag(self.w(i)) {
                words.push(self.w(i));
            }
        }
        if words.is_empty() {
            words.push(self.w(np.a));
        }
        let start = self.toks[np.a].s;
        if words.len() == 1 && PRONOUNS.contains(&lc(words[0]).as_str()) {
            let p = lc(words[0]);
            if p == "he" || p == "she" {
                let want = if p == "he" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                // "X described Y as a disgrace after she ...": a person named earlier in the
                // pronoun's own sentence whose known gender fits comes first.
                let s0 = self.sentence_start(np.a);
                for j in (s0.max(np.a.saturating_sub(40))..np.a).rev() {
                    if !self.is_word(j) || !is_name_word(self.w(j)) {
                        continue;
                    }
                    let w = strip_possessive(self.w(j));
                    if let Some(e) = self.reg.resolve_name(&[w], self.toks[j].s) {
                        if e.person && e.gender() == Some(want) {
                            return (e.name.clone(), SpeakerKind::Named);
                        }
                    }
                }
                // An unnamed person introduced as a subject after every named candidate
                // ("One aid worker told Sky News ... “...,” she said").
                let unnamed = mem.people[..mem.people.partition_point(|(o, _)| *o < start)]
                    .last()
                    .map(|(o, name)| (*o, name));
                // Walk back through speakers and sentence subjects, newest first, to the
                // first person whose gender is unknown or fits the pronoun.
                let mut a = seen.partition_point(|(o, _)| *o < start);
                let mut b = subjects.partition_point(|(o, _)| *o < start);
                for _ in 0..40 {
                    let (at, pick) = match (a.checked_sub(1), b.checked_sub(1)) {
                        (Some(x), Some(y)) if seen[x].0 >= subjects[y].0 => {
                            a = x;
                            (seen[x].0, &seen[x].1)
                        }
                        (_, Some(y)) => {
                            b = y;
                            (subjects[y].0, &subjects[y].1)
                        }
                        (Some(x), None) => {
                            a = x;
                            (seen[x].0, &seen[x].1)
                        }
                        (None, None) => break,
                    };
                    if let Some((_, name)) = unnamed.filter(|(o, _)| *o > at) {
                        return (name.clone(), SpeakerKind::Anonymous);
                    }
                    let known = self.gender_of(pick).or_else(|| learned.get(pick).copied());
                    if known.is_none_or(|g| g == want) {
                        return (pick.clone(), SpeakerKind::Named);
                    }
                }
                if let Some((_, name)) = unnamed {
                    return (name.clone(), SpeakerKind::Anonymous);
                }
            }
            if p == "it" || p == "they" {
                // "“...,” it said": the body that was last the subject of a sentence;
                // "they": the last group ("two officials", "the protesters").
                let list = if p == "it" { &mem.bodies } else { &mem.groups };
                let upto = list.partition_point(|(o, _)| *o < start);
                if let Some((_, name)) = upto.checked_sub(1).map(|i| &list[i]) {
                    let kind = if is_capitalized(name) {
                        SpeakerKind::Named
                    } else {
                        SpeakerKind::Anonymous
                    };
                    return (name.clone(), kind);
                }
            }
            return (words[0].to_string(), SpeakerKind::Anonymous);
        }
        // "Fischer and Haddad": each name resolved, joined again.
        if let Some(and) = words.iter().position(|w| *w == "and") {
            let (left, right) = (&words[..and], &words[and + 1..]);
            let names = |ws: &[&str]| -> Option<String> {
                let run: Vec<&str> = ws.iter().map(|w| strip_possessive(w)).collect();
                if run.is_empty() || !run.iter().all(|w| is_name_word(w)) {
                    return None;
                }
                let from = name_part(&run);
                let nw = &run[from..];
                Some(
                    self.reg
                        .resolve_name(nw, start)
                        .map_or_else(|| nw.join(" "), |e| e.name.clone()),
                )
            };
            if let (Some(l), Some(r)) = (names(left), names(right)) {
                return (format!("{l} and {r}"), SpeakerKind::Named);
            }
        }
        // "Critics said": a role noun opening the sentence is no name.
        if words.len() == 1
            && ROLE_NOUNS.contains(&lc(words[0]).as_str())
            && !self.mid_caps.contains(words[0])
        {
            return (words[0].to_string(), SpeakerKind::Anonymous);
        }
        // Trailing run of name words (the head).
        let mut r = words.len();
        while r > 0 && is_name_word(words[r - 1]) {
            r -= 1;
            if r < words.len() - 1 && strip_possessive(words[r]).len() < words[r].len() {
                r += 1;
                break;
            }
        }
        // "a senior police officer in Gazipur": a place after a preposition is no speaker.
        let linked = r > 0
            && (NP_LINK.contains(&lc(words[r - 1]).as_str())
                || matches!(lc(words[r - 1]).as_str(), "in" | "near" | "on" | "inside"));
        if r < words.len() && !linked {
            let run: Vec<&str> = words[r..].iter().map(|w| strip_possessive(w)).collect();
            // "the Prime Minister" is a role and "Tehran’s Foreign Ministry" a body: both are
            // read as descriptions below.
            let title_only = is_title(run[run.len() - 1]);
            let body = is_org_word(run[run.len() - 1]);
            if !title_only && !body {
                let from = name_part(&run);
                let name_words: Vec<&str> = run[from..]
                    .iter()
                    .copied()
                    .filter(|w| !matches!(*w, "Mr." | "Mrs." | "Ms." | "Dr."))
                    .collect();
                if !name_words.is_empty() {
                    if let Some(e) = self.reg.resolve_name(&name_words, start) {
                        return (e.name.clone(), SpeakerKind::Named);
                    }
                    return (name_words.join(" "), SpeakerKind::Named);
                }
            }
        }
        // A description: resolve "the prime minister" to the holder, else keep it.
        let definite = words.first().is_some_and(|w| lc(w) == "the");
        let content: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| DETERMINERS.contains(&lc(w).as_str()))
            .collect();
        if definite {
            // "the city's mayor": the place is the one whose mayor the article named
            // ("Philadelphia Mayor ..."); it says nothing about which mayor.
            let role: Vec<String> = content
                .iter()
                .filter(|w| !is_place_possessive(w))
                .map(|w| lc(strip_possessive(w)))
                .collect();
            if let Some(e) = self.reg.resolve_role(&role, start) {
                return (e.name.clone(), SpeakerKind::Named);
            }
        }
        // "one of the witnesses", "some who were nearby": a count or quantifier followed by
        // "of" or a relative clause is the phrase's head and stays.
        let headless = content.first().is_some_and(|w| {
            NP_LINK.contains(&lc(w).as_str()) || RELATIVES.contains(&lc(w).as_str())
        });
        let shown = if content.is_empty() || headless {
            words.join(" ")
        } else {
            let a = (np.a..np.b)
                .find(|&i| self.is_word(i) && self.w(i) == content[0])
                .unwrap_or(np.a);
            self.text[self.toks[a].s..self.toks[np.b - 1].e].to_string()
        };
        // A body is named when its head is a capitalised body word ("Health Ministry") or
        // the whole phrase is a proper name ("Department of Homeland Security").
        let proper = content
            .iter()
            .all(|w| is_capitalized(w) || matches!(*w, "of" | "for" | "and" | "the"));
        // "the Egyptian army", "the ministry": a definite institution speaks for itself,
        // named though its head is lower-case; "an army officer" is a person.
        let institution = definite
            && content.last().is_some_and(|w| {
                matches!(
                    lc(strip_possessive(w)).as_str(),
                    "army"
                        | "military"
                        | "ministry"
                        | "police"
                        | "government"
                        | "agency"
                        | "department"
                        | "navy"
                        | "presidency"
                        | "embassy"
                        | "company"
                )
            });
        let org = institution
            || content
                .last()
                .is_some_and(|w| is_capitalized(w) && (is_org_word(w) || proper));
        let kind = if org {
            SpeakerKind::Named
        } else {
            SpeakerKind::Anonymous
        };
        (shown, kind)
    }

    /// True when `name` is a person: a registered person, or a name the article never
    /// spelled out that is not a body ("Roe", not "CONGRESS" or "Health Ministry").
    fn is_person(&self, name: &str) -> bool {
        match self.reg.get(name) {
            Some(e) => e.person,
            None => {
                name.chars().any(char::is_lowercase)
                    && !name.split(' ').any(is_org_word)
                    && is_capitalized(name)
            }
        }
    }

    fn mention(&self, np: Np) -> Mention {
        let (s, e) = (self.toks[np.a].s, self.toks[np.b - 1].e);
        Mention {
            text: self.text[s..e].to_string(),
            start: s,
            end: e,
        }
    }

    /// True for "one of the witnesses": a count of one out of a group.
    fn one_of(&self, np: Np) -> bool {
        self.lower_is(np.a, &["one"]) && self.lower_is(np.a + 1, &["of"])
    }

    /// True when `np` describes one unnamed person ("one witness", "a local shopkeeper",
    /// "one of the witnesses"), not a body or a group.
    fn unnamed_person(&self, np: Np) -> bool {
        let head = lc(self.w(self.head(np)));
        // "one of the bystanders": the count makes a person of any group noun.
        (ROLE_NOUNS.contains(&head.as_str()) || self.one_of(np) && looks_plural(&head))
            && !BODY_NOUNS.contains(&head.as_str())
            && !matches!(
                head.as_str(),
                "statement"
                    | "report"
                    | "ruling"
                    | "court"
                    | "organization"
                    | "group"
                    | "union"
                    | "party"
                    | "council"
                    | "board"
                    | "campaign"
                    | "committee"
                    | "ad"
                    | "letter"
                    | "memo"
                    | "filing"
                    | "lawsuit"
                    | "complaint"
                    | "release"
                    | "tweet"
                    | "post"
                    | "message"
                    | "document"
                    | "study"
                    | "survey"
                    | "poll"
                    | "website"
                    | "site"
                    | "network"
                    | "newspaper"
                    | "paper"
                    | "outlet"
                    | "broadcaster"
                    | "police"
                    | "military"
                    | "army"
                    | "white"
                    | "house"
                    | "pentagon"
                    | "kremlin"
            )
            && (self.one_of(np)
                || (!looks_plural(&head)
                    && self.lower_is(np.a, &["a", "an", "one", "another", "the"])))
    }

    /// Subjects of every sentence, for binding pronouns: persons (for "he", "she"), bodies
    /// (for "it": "the ministry", "the White House") and groups (for "they").
    fn subjects(&self) -> Memory {
        let mut out = Vec::new();
        let mut bodies = Vec::new();
        let mut groups = Vec::new();
        let mut people = Vec::new();
        let none = Memory::default();
        let mut s0 = 0;
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if self.ends_sentence(i) || i + 1 == n {
                let end = i + 1;
                // A heading (a short line with no final punctuation) has no subject to bind.
                let heading = self.toks[i].kind == Kind::Para
                    && i > 0
                    && self.toks[i - 1].kind == Kind::Word
                    && i - s0 <= 14;
                let np = if heading {
                    None
                } else {
                    self.main_subject(s0, end.min(s0 + 40))
                };
                // "Five of the victims were from Ohio, said Kaufman.": the person of an
                // inverted tag spoke last.
                // A quote's words are one token: its closing mark stands for its comma.
                let comma = |j: usize| {
                    self.is_punct(j, ",")
                        || self.toks[j].kind == Kind::Close
                            && self.quote_text_end(self.toks[j].span) == Some(',')
                };
                let inverted = (s0..end.saturating_sub(1))
                    .filter(|&j| comma(j) && self.cue(j + 1).is_some())
                    .filter_map(|j| self.np_forward(j + 2, end))
                    .find(|np| is_name_word(self.w(self.head(*np))));
                if let Some(np) = inverted {
                    let (name, kind) = self.speaker(np, &none);
                    if kind == SpeakerKind::Named && !is_org_word(self.w(self.head(np))) {
                        out.push((self.toks[np.a].s, name));
                    }
                }
                // "The water rose fast, Nowak said.": a name set off before its reporting
                // verb is a person who spoke, though the registry holds only the surname.
                let tagged = (s0..end.saturating_sub(1))
                    .filter(|&j| comma(j))
                    .filter_map(|j| self.np_forward(j + 1, end))
                    .find(|np| {
                        (np.a..np.b).all(|j| self.is_word(j) && is_name_word(self.w(j)))
                            && self.cue(np.b).is_some_and(|c| !c.participle)
                    });
                if let Some(np) = tagged {
                    let (name, kind) = self.speaker(np, &none);
                    if kind == SpeakerKind::Named
                        && !is_org_word(self.w(self.head(np)))
                        && self.is_person(&name)
                    {
                        out.push((self.toks[np.a].s, name));
                    }
                }
                if let Some(np) = np {
                    let head = self.w(self.head(np));
                    let at = self.toks[np.a].s;
                    if is_name_word(head) {
                        let (name, kind) = self.speaker(np, &none);
                        // A name the registry does not know as a person ("Yilmaz" alone) is
                        // one when it is the subject of a reporting verb.
                        let person = self.reg.get(&name).is_some_and(|e| e.person)
                            || !is_org_word(head) && self.speaks_after(np);
                        if kind == SpeakerKind::Named && person {
                            out.push((at, name));
                        } else if kind == SpeakerKind::Named && is_org_word(head) {
                            bodies.push((at, name));
                        } else if kind == SpeakerKind::Anonymous
                            && self.lower_is(np.a, &["a", "an", "one", "another", "the"])
                            && (np.a..np.b).any(|j| ROLE_NOUNS.contains(&lc(self.w(j)).as_str()))
                        {
                            // "The mayor of Muisne island said ...": an unnamed person whose
                            // description ends in a place name.
                            people.push((at, name));
                        }
                    } else if BODY_NOUNS.contains(&lc(head).as_str()) {
                        let (name, _) = self.speaker(np, &none);
                        bodies.push((at, name));
                    } else if ROLE_NOUNS.contains(&lc(head).as_str())
                        && looks_plural(head)
                        && !self.one_of(np)
                    {
                        let (name, _) = self.speaker(np, &none);
                        groups.push((at, name));
                    } else if self.unnamed_person(np) {
                        let (name, kind) = self.speaker(np, &none);
                        if kind == SpeakerKind::Anonymous {
                            people.push((at, name));
                        }
                    }
                }
                s0 = end;
            }
            i += 1;
        }
        // Each list is searched by offset: an inverted or set-off tag inside a sentence
        // comes after that sentence's subject.
        for list in [&mut out, &mut bodies, &mut groups, &mut people] {
            list.sort_by_key(|(o, _)| *o);
        }
        Memory {
            subjects: out,
            bodies,
            groups,
            people,
            ..Memory::default()
        }
    }
}

/// Extracts attributed direct quotes from `text` (offsets into `text`).
pub fn extract(text: &str) -> Vec<Quote> {
    // No quotation mark, no quote: skip tokenising the article.
    if !marks::has_marks(text) {
        return Vec::new();
    }
    let ctx = Ctx::new(text);
    let lines = LineIndex::new(text);
    let mut mem = ctx.subjects();
    let mut out: Vec<Quote> = Vec::new();
    let mut prev: Option<(usize, Attr)> = None;
    for k in 0..ctx.spans.len() {
        if ctx.looks_like_title(k) {
            continue;
        }
        let mut attr = ctx.attribute(k);
        if attr.is_none() {
            // A cue-less quote right after an attributed one: the same speaker goes on.
            if let Some((pk, pa)) = &prev {
                let o = ctx.open_of[k];
                let from = pa.tag_end.max(ctx.close_of[*pk] + 1);
                let only_gaps = from <= o
                    && (from..o).all(|j| matches!(ctx.toks[j].kind, Kind::Para | Kind::Punct));
                if only_gaps && ctx.standalone(k) && *pk + 1 == k {
                    attr = Some(Attr {
                        np: None,
                        cue: None,
                        tag_end: ctx.close_of[k] + 1,
                        carried: out.last().map(|q| {
                            (q.speaker_mention.clone(), q.speaker.clone(), q.speaker_kind)
                        }),
                    });
                }
            }
        }
        if attr.is_none() {
            attr = ctx.after_named_sentence(k);
        }
        let Some(a) = attr else {
            continue;
        };
        let sp = &ctx.spans[k];
        let (mention, speaker, kind) = match (&a.np, &a.carried) {
            (Some(np), _) => {
                let (name, kind) = ctx.speaker(*np, &mem);
                let pronoun = ctx.w(np.a).to_lowercase();
                if kind == SpeakerKind::Named && np.b == np.a + 1 {
                    let g = match pronoun.as_str() {
                        "he" => Some(Gender::Male),
                        "she" => Some(Gender::Female),
                        _ => None,
                    };
                    if let Some(g) = g {
                        mem.learned.entry(name.clone()).or_insert(g);
                    }
                }
                let m = ctx.mention(*np);
                if kind == SpeakerKind::Named && ctx.is_person(&name) {
                    let at = mem.seen.partition_point(|(o, _)| *o <= m.start);
                    mem.seen.insert(at, (m.start, name.clone()));
                }
                // "“...,” one of the witnesses told Reuters. “...,” he added.": an unnamed
                // person who spoke is who a pronoun after means.
                if kind == SpeakerKind::Anonymous && ctx.unnamed_person(*np) {
                    let at = mem.people.partition_point(|(o, _)| *o <= m.start);
                    if mem
                        .people
                        .get(at.wrapping_sub(1))
                        .is_none_or(|p| p.0 != m.start)
                    {
                        mem.people.insert(at, (m.start, name.clone()));
                    }
                }
                (Some(m), Some(name), Some(kind))
            }
            (None, Some((m, s, kd))) => (m.clone(), s.clone(), *kd),
            (None, None) => (None, None, None),
        };
        if speaker.is_none() {
            continue;
        }
        out.push(Quote {
            text: sp.text(text),
            start: sp.start(),
            end: sp.end(),
            line: lines.line(sp.start()),
            speaker,
            speaker_kind: kind,
            speaker_mention: mention,
            cue: a.cue.clone(),
        });
        prev = Some((k, a));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (quote text, speaker, mention, cue) for each extracted quote.
    fn run(t: &str) -> Vec<(String, String, String, String)> {
        extract(t)
            .into_iter()
            .map(|q| {
                (
                    q.text,
                    q.speaker.unwrap_or_default(),
                    q.speaker_mention.map(|m| m.text).unwrap_or_default(),
                    q.cue.unwrap_or_default(),
                )
            })
            .collect()
    }

    fn speakers(t: &str) -> Vec<(String, String)> {
        run(t).into_iter().map(|(q, s, _, _)| (q, s)).collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn tag_after_quote_both_orders() {
        let t = "Governor Maria Lopez visited the plant.\n\n“We will rebuild,” Lopez said.\n\n“It takes time,” said Lopez.";
        assert_eq!(
            speakers(t),
            pairs(&[
                ("We will rebuild,", "Maria Lopez"),
                ("It takes time,", "Maria Lopez")
            ])
        );
    }

    #[test]
    fn apposition_between_name_and_cue() {
        let t = "“The bridge is safe,” Tom Reyes, the county engineer, told reporters.";
        let r = run(t);
        assert_eq!(r[0].1, "Tom Reyes");
        assert_eq!(r[0].3, "told");
    }

    #[test]
    fn inverted_tag_with_apposition() {
        let t = "“Prices will fall,” said Ana Kim, an economist at a bank in Ohio.";
        assert_eq!(speakers(t), pairs(&[("Prices will fall,", "Ana Kim")]));
    }

    #[test]
    fn colon_and_comma_intro() {
        let t = "Mayor Jo Park said: “The roads are open.” Later Park wrote, “Drive slowly.”";
        assert_eq!(
            speakers(t),
            pairs(&[
                ("The roads are open.", "Jo Park"),
                ("Drive slowly.", "Jo Park")
            ])
        );
    }

    #[test]
    fn split_quote_around_cue() {
        let t = "“We tried,” the coach said, “but the rain won.”";
        let r = run(t);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].1, "coach");
        assert_eq!(r[1].1, "coach");
    }

    #[test]
    fn anonymous_description_kept() {
        let t = "One senior defense official stressed, “Nothing has been decided.”";
        let r = run(t);
        assert_eq!(r[0].1, "senior defense official");
        assert_eq!(r[0].2, "One senior defense official");
        assert_eq!(r[0].3, "stressed");
    }

    #[test]
    fn quoted_as_saying_gives_the_quoted_person() {
        let t = "“We are not moving,” one aide quoted Senator Lee Grant as saying.";
        assert_eq!(speakers(t), pairs(&[("We are not moving,", "Lee Grant")]));
        let t2 = "Dana Cole was quoted as saying “the deal is dead.”";
        assert_eq!(speakers(t2), pairs(&[("the deal is dead.", "Dana Cole")]));
    }

    #[test]
    fn according_to() {
        let t = "“The vote is delayed,” according to a party spokesman.";
        assert_eq!(
            speakers(t),
            pairs(&[("The vote is delayed,", "party spokesman")])
        );
        let t2 = "According to Mayor Ben Ito, “the water is clean.”";
        assert_eq!(speakers(t2), pairs(&[("the water is clean.", "Ben Ito")]));
    }

    #[test]
    fn fragment_with_cue_in_sentence() {
        let t =
            "Finance Minister Rita Vos spoke on Monday. Vos called the plan “reckless” and left.";
        assert_eq!(speakers(t), pairs(&[("reckless", "Rita Vos")]));
    }

    #[test]
    fn participle_takes_sentence_subject() {
        let t = "However, Carl Mendes rejected the offer, adding, “We can wait.”";
        assert_eq!(speakers(t), pairs(&[("We can wait.", "Carl Mendes")]));
    }

    #[test]
    fn quote_opened_on_next_paragraph() {
        let t = "An army spokesman explained the delay, stating,\n\n\"The trucks are stuck.\"";
        assert_eq!(
            speakers(t),
            pairs(&[("The trucks are stuck.", "army spokesman")])
        );
    }

    #[test]
    fn continuation_after_attributed_quote() {
        let t = "“We lost,” Kay Moss said.\n\n“Next year will be better.”\n\nThe team left.";
        assert_eq!(
            speakers(t),
            pairs(&[
                ("We lost,", "Kay Moss"),
                ("Next year will be better.", "Kay Moss")
            ])
        );
    }

    #[test]
    fn pronoun_binds_to_last_named_person() {
        let t = "Interior Minister Ravi Shah visited the site. “It is a tragedy,” he said.";
        assert_eq!(speakers(t), pairs(&[("It is a tragedy,", "Ravi Shah")]));
    }

    #[test]
    fn pronoun_binds_to_an_unnamed_person_introduced_after_the_named_ones() {
        let t = "Mayor Tom Reyes visited the site on Friday.\n\nOne aid worker told the \
                 Herald that families were searching the ruins. “People are calling out \
                 names,” she said.";
        let q = extract(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Anonymous));
        assert!(q[0].speaker.as_deref().unwrap().contains("aid worker"));
        let t = "A police officer guarded the door. Mayor Ana Ruiz arrived at noon. “We are \
                 ready,” she said.";
        assert_eq!(speakers(t), pairs(&[("We are ready,", "Ana Ruiz")]));
        let t = "A police officer guarded the door. “We are ready,” she said.";
        assert_eq!(extract(t)[0].speaker_kind, Some(SpeakerKind::Anonymous));
    }

    #[test]
    fn a_cue_form_after_an_article_is_no_cue() {
        let t = "The navy called the alleged smugglers “pirates of the worst kind.”";
        assert_eq!(
            speakers(t),
            pairs(&[("pirates of the worst kind.", "navy")])
        );
    }

    #[test]
    fn a_definite_institution_is_named_and_a_member_of_it_is_not() {
        let t = "“Troops returned fire,” the Ruritanian army said in a statement.";
        let q = extract(t);
        assert_eq!(q[0].speaker.as_deref(), Some("Ruritanian army"));
        assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Named));
        let t = "“The roads are closed,” the ministry said.";
        assert_eq!(extract(t)[0].speaker_kind, Some(SpeakerKind::Named));
        let t = "“Troops returned fire,” an army officer said.";
        assert_eq!(extract(t)[0].speaker_kind, Some(SpeakerKind::Anonymous));
    }

    #[test]
    fn role_binds_to_holder() {
        let t = "Spanish Prime Minister Elena Ruiz met aides. “We disagree,” said the Spanish Prime Minister.";
        assert_eq!(speakers(t), pairs(&[("We disagree,", "Elena Ruiz")]));
    }

    #[test]
    fn dash_byline() {
        let t = "“I will vote in November.” ― Maria Gomez\n“Not me.” ― Jo Bell";
        assert_eq!(
            speakers(t),
            pairs(&[
                ("I will vote in November.", "Maria Gomez"),
                ("Not me.", "Jo Bell")
            ])
        );
    }

    #[test]
    fn scare_quotes_titles_and_nicknames_are_not_quotes() {
        assert!(run("The so-called “green wave” reached the coast.").is_empty());
        assert!(run("She starred in “Night Train” in 1999.").is_empty());
        assert!(run("In an interview with “Good Evening,” the actor smiled.").is_empty());
        assert!(run("Fans call him “The Hammer” at home games.").len() <= 1);
    }

    #[test]
    fn pronoun_skips_a_person_of_the_other_gender() {
        let t = "Ms. Dana Wells and Mr. Omar Reid spoke at the rally. Reid waved.\n\n“We will win,” she said.";
        assert_eq!(speakers(t), pairs(&[("We will win,", "Dana Wells")]));
    }

    #[test]
    fn description_runs_through_link_words() {
        let t = "“We take it seriously,” a spokeswoman for the airline wrote.";
        assert_eq!(
            speakers(t),
            pairs(&[("We take it seriously,", "spokeswoman for the airline")])
        );
        let t2 = "Two officials familiar with the talks said they were “stuck.”";
        assert_eq!(
            speakers(t2),
            pairs(&[("stuck.", "officials familiar with the talks")])
        );
    }

    #[test]
    fn name_in_apposition_wins_over_description() {
        let t = "“No comment,” the mayor’s spokesman, Ian Ford, said.";
        assert_eq!(speakers(t), pairs(&[("No comment,", "Ian Ford")]));
    }

    #[test]
    fn sentence_initial_inverted_cue() {
        let t = "Lena Ortiz runs the shelter. Said Ortiz: “We are full.”";
        assert_eq!(speakers(t), pairs(&[("We are full.", "Lena Ortiz")]));
    }

    #[test]
    fn passive_is_not_a_cue_and_coordinated_verb_is() {
        assert!(run("Six people were admitted as “urgent cases” overnight.").is_empty());
        let t = "When the nurse asked, I laughed and said, “Not today.”";
        assert_eq!(speakers(t), pairs(&[("Not today.", "I")]));
    }

    #[test]
    fn noun_like_cue_only_where_a_verb_stands() {
        let t = "“Stay home,” the notice reads.";
        assert_eq!(speakers(t), pairs(&[("Stay home,", "notice")]));
        assert!(run("Her claims of “fraud” were rejected.").is_empty());
    }

    #[test]
    fn quoted_show_titles_are_left_out() {
        let t = "Vera Lind spoke on Channel 9’s “Morning Table.” She said the plan was “a mess.”";
        assert_eq!(speakers(t), pairs(&[("a mess.", "Vera Lind")]));
    }

    #[test]
    fn quoting_someone_gives_their_words() {
        let t = "In her speech, Mayor Ada Brook quoted Abraham Lincoln: “A house divided cannot stand.”";
        assert_eq!(
            speakers(t),
            pairs(&[("A house divided cannot stand.", "Abraham Lincoln")])
        );
    }

    #[test]
    fn honorific_single_name_is_a_person_for_pronouns() {
        let t = "Mr. Okafor rejected the plan on Monday. “It cannot work,” he said.";
        assert_eq!(speakers(t), pairs(&[("It cannot work,", "Okafor")]));
    }

    #[test]
    fn it_binds_to_the_last_body() {
        let t = "The Transport Ministry issued new rules. “Safety comes first,” it said.";
        assert_eq!(
            speakers(t),
            pairs(&[("Safety comes first,", "Transport Ministry")])
        );
        let t2 = "“Safety comes first,” it said.";
        assert_eq!(speakers(t2), pairs(&[("Safety comes first,", "it")]));
    }

    #[test]
    fn outlets_and_bodies_are_named_speakers() {
        let t = "“The talks have failed,” Reuters reported.";
        let q = extract(t);
        assert_eq!(q[0].speaker.as_deref(), Some("Reuters"));
        assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Named));
    }

    #[test]
    fn offsets_and_lines_point_at_the_quoted_words() {
        let t = "First line.\r\n“We stay,” she said.";
        let q = &extract(t)[0];
        assert_eq!(&t[q.start..q.end], "We stay,");
        assert_eq!(q.line, 2);
        let m = q.speaker_mention.as_ref().expect("mention");
        assert_eq!(&t[m.start..m.end], "she");
    }

    #[test]
    fn joined_names_speak_together() {
        let t = "Mayor Rui Costa met Governor Ivy Lam. Costa and Lam said: “We agree.”";
        assert_eq!(
            speakers(t),
            pairs(&[("We agree.", "Rui Costa and Ivy Lam")])
        );
        let t2 = "Costa and Lam supporters said the rally was “huge.”";
        assert_eq!(
            speakers(t2),
            pairs(&[("huge.", "Costa and Lam supporters")])
        );
    }

    #[test]
    fn quote_after_a_sentence_naming_the_speaker() {
        let t = "Senator Rosa Pike was defiant on Monday.\n\n“We will not move an inch.”";
        assert_eq!(
            speakers(t),
            pairs(&[("We will not move an inch.", "Rosa Pike")])
        );
        let crowd = "The crowd grew restless. “We want answers.”";
        assert!(run(crowd).is_empty());
        let headline = "Young Voters Share Their Honest Views On Rosa Pike.\n\n“She is fine.”";
        assert!(run(headline).is_empty());
    }

    #[test]
    fn body_names_run_through_of() {
        let t = "The Department of Public Works said the road was “closed.”";
        let q = extract(t);
        assert_eq!(q[0].speaker.as_deref(), Some("Department of Public Works"));
        assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Named));
        let t2 = "“Sales are up,” said Tom Reed of Acme.";
        assert_eq!(speakers(t2), pairs(&[("Sales are up,", "Tom Reed")]));
    }

    #[test]
    fn sentence_openers_are_not_names() {
        let t = "Protesters said the march was “peaceful.”";
        let q = extract(t);
        assert_eq!(q[0].speaker.as_deref(), Some("Protesters"));
        assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Anonymous));
        let t2 = "Large crowds of marchers chanted “No more!” all night.";
        assert_eq!(
            speakers(t2),
            pairs(&[("No more!", "Large crowds of marchers")])
        );
    }

    #[test]
    fn phrasal_cues() {
        let t = "“That is nonsense,” Lia Berg shot back.";
        assert_eq!(speakers(t), pairs(&[("That is nonsense,", "Lia Berg")]));
        assert_eq!(run(t)[0].3, "shot back");
        assert!(run("Police shot a “suspect” near the station.").is_empty());
    }

    #[test]
    fn apposition_chain_before_cue() {
        let t = "Rep. Dale Hughes, R-Texas, the panel chairman, called it “wishful thinking.”";
        assert_eq!(speakers(t), pairs(&[("wishful thinking.", "Dale Hughes")]));
        let t2 = "On Tuesday, Hughes, the chairman, called it “a farce.”";
        assert_eq!(speakers(t2), pairs(&[("a farce.", "Hughes")]));
    }

    #[test]
    fn fragment_inside_a_relative_clause() {
        let t = "Ivo Marsh, who calls himself a “born fighter,” said the plan was dead.";
        assert_eq!(speakers(t), pairs(&[("born fighter,", "Ivo Marsh")]));
    }

    #[test]
    fn title_before_a_name_is_no_tag() {
        assert!(run("“Night Train” star Ana Roe said she was tired.").is_empty());
        assert!(run("“Night Train,” the band’s third single, was released Friday.").is_empty());
    }

    #[test]
    fn tag_after_inner_single_quote_and_after_trailing_words() {
        let t = "“He told me, ‘not now,’” Eva Lund said.";
        assert_eq!(
            speakers(t),
            pairs(&[("He told me, ‘not now,’", "Eva Lund")])
        );
        let t2 = "“Nobody listened” for years, she said.";
        assert_eq!(speakers(t2), pairs(&[("Nobody listened", "she")]));
    }

    #[test]
    fn they_binds_to_the_last_group() {
        let t = "Two state officials visited the dam. “It is safe,” they said.";
        assert_eq!(speakers(t), pairs(&[("It is safe,", "state officials")]));
        assert_eq!(
            speakers("“It is safe,” they said."),
            pairs(&[("It is safe,", "they")])
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            "“",
            "”",
            "\"\"\"",
            "“a” said",
            "said “",
            "é“ü”ß",
            "\u{feff}“x,” he said.",
        ] {
            let _ = extract(t);
        }
        let long = "“word ".repeat(5000);
        let _ = extract(&long);
    }

    #[test]
    fn pronoun_binds_to_the_subject_of_reported_speech() {
        // A name the article gives alone, after "But" and with an apposition.
        let t = "“We will not bow,” Erdogan said.\n\nBut Yilmaz, a tour guide, said he had sold a trip.\n\n“People are used to it,” he said.";
        assert_eq!(
            speakers(t),
            pairs(&[
                ("We will not bow,", "Erdogan"),
                ("People are used to it,", "Yilmaz")
            ])
        );
        // The person of an inverted tag, also after a quoted fragment.
        let t = "“We will not bow,” Erdogan said.\n\nFive of the victims were from Ohio, said Kaufman.\n\n“We are not releasing names,” she said.";
        assert_eq!(speakers(t)[1].1, "Kaufman");
        let t = "“Calm,” Erdogan said. Rebels were “trying to save face,” said Omar al-Tikriti, an analyst.\n\n“It was a mistake,” he said.";
        assert_eq!(speakers(t)[1].1, "Omar al-Tikriti");
        // An unnamed person described with a place.
        let t = "“We will rebuild,” said President Luis Mora.\n\nThe mayor of Isla Verde, the town nearest the quake, said all had left.\n\n“We have lost everything,” he told local radio.";
        assert_eq!(speakers(t)[1].1, "mayor of Isla Verde");
    }

    #[test]
    fn modifiers_titles_and_apposition_before_the_name() {
        for (t, who) in [
            (
                "“We heard a bang,” said Kuwaiti tourist Farah Zamani, 24.",
                "Farah Zamani",
            ),
            (
                "“Sixty families lived there,” said Tainan fire department officer Lee Po Min.",
                "Lee Po Min",
            ),
            (
                "“We will control it,” said Brig. Gen. Amal Rahman, who leads the rescue.",
                "Amal Rahman",
            ),
            (
                "“The hill gave way,” said the town’s mayor, Luz Dary Ortiz.",
                "Luz Dary Ortiz",
            ),
            (
                "“There is a victim,” the spokesman, Nico Berg, of the Dutch embassy, said.",
                "Nico Berg",
            ),
        ] {
            assert_eq!(speakers(t)[0].1, who, "{t}");
        }
        // A place after a preposition is not the speaker.
        let t = "The agency quoted a police officer in Gazipur as saying, “It is calm.”";
        assert_eq!(speakers(t)[0].1, "police officer in Gazipur");
    }

    #[test]
    fn surname_set_off_before_its_verb_binds_a_later_pronoun() {
        let t = "Harbour master Ines Cardoso said the ferry left late. “It was overloaded,” \
                 Cardoso said.\n\nThe waves reached four metres by dusk, Okafor said.\n\n\
                 “Nobody could reach the deck,” he said by phone.";
        let s = speakers(t);
        assert_eq!(s[1].1, "Okafor");
        // Without the set-off surname the pronoun still goes to the person named before.
        let t2 = "Harbour master Ines Cardoso said the ferry left late.\n\n\
                  “Nobody could reach the deck,” she said by phone.";
        assert_eq!(speakers(t2)[0].1, "Ines Cardoso");
    }

    #[test]
    fn unnamed_witness_binds_a_later_pronoun() {
        let t = "Fire chief Pavel Novak said the blaze began in a bakery. “We were quick,” \
                 Novak said.\n\nOne witness said he pulled a baker from the smoke.\n\n\
                 “I could not see my hands,” he said by telephone.";
        assert_eq!(speakers(t)[1].1, "witness");
        // No unnamed person in between: the named chief is still the one meant.
        let t2 = "Fire chief Pavel Novak said the blaze began in a bakery.\n\n\
                  “I could not see my hands,” he said by telephone.";
        assert_eq!(speakers(t2)[0].1, "Pavel Novak");
        // Nobody at all to bind to: the pronoun is kept as written.
        assert_eq!(speakers("“It shook,” he said.")[0].1, "he");
    }

    #[test]
    fn one_of_a_group_keeps_its_count_and_binds_a_later_pronoun() {
        let t = "Coach Dana Whitfield said the bus skidded on ice.\n\n\
                 “We heard a bang,” one of the passengers told Reuters by telephone.\n\n\
                 “Then the windows broke,” he added.";
        let s = speakers(t);
        assert_eq!(s[0].1, "one of the passengers");
        assert_eq!(s[1].1, "one of the passengers");
        // A count with its own noun still drops the count.
        let t2 = "“Stay inside,” one senior fire official told reporters.";
        assert_eq!(speakers(t2)[0].1, "senior fire official");
    }

    #[test]
    fn relative_clause_is_skipped_back_to_its_subject() {
        let t = "Some who stood outside when the bridge gave way told reporters it was \
                 “like thunder,” and then left.";
        assert_eq!(speakers(t)[0].1, "Some who stood outside");
        let t2 = "Residents who saw the flood told reporters it was “a wall of water.”";
        assert_eq!(speakers(t2)[0].1, "Residents");
        // "who" next to its verb: the antecedent, as before.
        let t3 = "A farmer who lost his barn told reporters it was “a disaster.”";
        assert_eq!(speakers(t3)[0].1, "farmer");
    }

    #[test]
    fn relative_pronoun_and_bare_determiner_are_no_speakers() {
        let t = "Orchard Lane Partners issued a statement through its lawyers that read in \
                 full, “We deny every claim.”";
        assert_eq!(speakers(t)[0].1, "Orchard Lane Partners");
        let ctx = Ctx::new("In a note, the said “no.”");
        let the = (0..ctx.toks.len()).find(|&i| ctx.w(i) == "the").unwrap();
        assert!(!ctx.plausible(Np { a: the, b: the + 1 }));
        let ctx = Ctx::new("one said");
        assert!(ctx.plausible(Np { a: 0, b: 1 }));
        // A body named with "the" keeps its name.
        let t2 = "In remarks to reporters, the Coast Guard called the raid “a success.”";
        assert_eq!(speakers(t2)[0].1, "Coast Guard");
    }

    #[test]
    fn possessive_place_before_a_role_resolves_to_the_holder() {
        let t = "Lyon Mayor Claire Dubois visited the shelter on Sunday.\n\n\
                 Says the city’s mayor, “Every family will be housed.”";
        assert_eq!(speakers(t)[0].1, "Claire Dubois");
        // No holder named: the description stays.
        let t2 = "Says the country’s president, “We will rebuild.”";
        assert_eq!(speakers(t2)[0].1, "country’s president");
    }
}
