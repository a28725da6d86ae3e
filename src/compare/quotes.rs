//! Quotes across articles: which quotes are the same statement, how each wording relates to
//! a reference wording (identical, trimmed, minor variant, reworded, different speaker),
//! a word-by-word diff of rewordings, and flags for changes that may alter the meaning.
//!
//! Candidates come from an index of shared content-word pairs (shingles), never from
//! comparing every quote with every other one. This module does not decide output order or
//! ids beyond its own groups, and never reads files.

use super::speakers::{Speakers, Who};
use super::words::{self, find_run, is_content, longest_common_run, shared_count};
use super::{occurrence, short, Built};
use crate::model::{Article, ComparisonKind, MeaningFlag, QuoteLabel, Status, Variant};
use rayon::prelude::*;
use similar::{capture_diff_slices, Algorithm, DiffTag};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

/// A shingle shared by more quotes than this says nothing about which statement it is.
const MAX_POSTING: usize = 400;
/// Most candidates verified per quote, best-sharing first.
const MAX_CANDIDATES: usize = 200;
/// Fewer normalised words than this makes a quote a short fragment ("false claims"): it
/// joins at most one group, and only with a known, matching speaker.
const SHORT: usize = 4;

/// How two wordings relate, as found by [`relate`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Relation {
    pub label: QuoteLabel,
    /// Similarity in [0, 1].
    pub score: f64,
    /// The rule that found it.
    pub rule: &'static str,
}

/// Every distinct normalised word (token or key) of one comparison, numbered, so that a
/// wording holds `u32` ids instead of strings: comparing, hashing and sorting words is then
/// comparing integers, and a corpus's many repeated words are stored once. The words of
/// [`OPTIONAL`] come first, so `id < OPTIONAL.len()` marks them.
pub(crate) struct Vocab {
    ids: HashMap<Box<str>, u32, BuildPairHasher>,
    words: Vec<Box<str>>,
    content: Vec<bool>,
    /// Per id read as a token, the id of its key ([`words::key`]); `u32::MAX` until asked.
    key: Vec<u32>,
}

impl Vocab {
    pub fn new() -> Self {
        let mut v = Vocab {
            ids: HashMap::default(),
            words: Vec::new(),
            content: Vec::new(),
            key: Vec::new(),
        };
        for w in OPTIONAL {
            v.id(w);
        }
        v
    }

    /// The id of `word`, numbering it when new. Ids stop at `u32::MAX - 1` (four billion
    /// distinct words would not fit in memory anyway); `u32::MAX` is never a word.
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = u32::try_from(self.words.len())
            .unwrap_or(u32::MAX - 1)
            .min(u32::MAX - 1);
        self.ids.insert(word.into(), id);
        self.words.push(word.into());
        self.content.push(is_content(word));
        self.key.push(u32::MAX);
        id
    }

    /// The id of the key of the token numbered `tok` (computed once per distinct token).
    fn key_of(&mut self, tok: u32) -> u32 {
        match self.key.get(tok as usize) {
            Some(&k) if k != u32::MAX => k,
            Some(_) => {
                let k = self.id(&words::key(self.text(tok)));
                self.key[tok as usize] = k;
                k
            }
            None => u32::MAX,
        }
    }

    /// The word numbered `id`.
    fn text(&self, id: u32) -> &str {
        self.words.get(id as usize).map_or("", |w| w)
    }

    /// [`is_content`] of the word numbered `id`.
    fn is_content(&self, id: u32) -> bool {
        self.content.get(id as usize).copied().unwrap_or(false)
    }
}

/// True for the id of a word in [`OPTIONAL`] (see [`Vocab`]).
fn is_optional(id: u32) -> bool {
    (id as usize) < OPTIONAL.len()
}

/// Normalised tokens of each non-empty piece of a wording: the part of preparing a wording
/// that needs no [`Vocab`], so that it can run in parallel.
type Pieces = Vec<Vec<String>>;

/// Tokens of each piece with words.
fn tokenize(pieces: &[&str]) -> Pieces {
    pieces
        .iter()
        .map(|p| words::tokens(p))
        .filter(|t| !t.is_empty())
        .collect()
}

/// A wording's pieces: split at ellipses ("...", "…").
fn ellipsis_pieces(raw: &str) -> Vec<&str> {
    raw.split(['…']).flat_map(|p| p.split("...")).collect()
}

/// One wording prepared for comparison.
#[derive(Debug, Clone)]
pub(crate) struct Wording {
    /// The text as shown.
    pub raw: String,
    /// Normalised tokens ([`words::tokens`]), as [`Vocab`] ids.
    pub toks: Vec<u32>,
    /// Stemmed, synonym-mapped keys, one per token, as [`Vocab`] ids.
    pub keys: Vec<u32>,
    /// Where each part's tokens (and keys) lie in `toks` (and `keys`): a quote cut with an
    /// ellipsis, or an article's adjacent quotes joined, has several parts.
    pub parts: Vec<Range<usize>>,
    /// Distinct content keys, sorted by id (for [`shared_count`]).
    pub content: Vec<u32>,
}

impl Wording {
    /// Prepares `raw`, splitting parts at ellipses ("...", "…").
    #[cfg(test)]
    pub fn new(raw: &str, vocab: &mut Vocab) -> Self {
        Self::from_parts(raw, &ellipsis_pieces(raw), vocab)
    }

    /// Prepares a wording made of separate parts shown as `raw`.
    pub fn from_parts(raw: &str, pieces: &[&str], vocab: &mut Vocab) -> Self {
        Self::from_tokens(raw, tokenize(pieces), vocab)
    }

    /// Prepares a wording from its pieces' tokens ([`tokenize`]).
    fn from_tokens(raw: &str, pieces: Pieces, vocab: &mut Vocab) -> Self {
        let mut parts = Vec::with_capacity(pieces.len());
        let n: usize = pieces.iter().map(Vec::len).sum();
        let mut toks: Vec<u32> = Vec::with_capacity(n);
        for t in &pieces {
            parts.push(toks.len()..toks.len() + t.len());
            toks.extend(t.iter().map(|w| vocab.id(w)));
        }
        let keys: Vec<u32> = toks.iter().map(|&t| vocab.key_of(t)).collect();
        let mut content: Vec<u32> = keys
            .iter()
            .copied()
            .filter(|&k| vocab.is_content(k))
            .collect();
        content.sort_unstable();
        content.dedup();
        Wording {
            raw: raw.trim().to_string(),
            toks,
            keys,
            parts,
            content,
        }
    }
}

/// True when every part of `small` occurs, in order, in `big` (compared by tokens, or by
/// keys when `by_keys`).
fn contained(small: &Wording, big: &Wording, by_keys: bool) -> bool {
    contained_as(small, big, if by_keys { Mode::Keys } else { Mode::Tokens })
}

/// What [`contained_as`] compares.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Normalised tokens.
    Tokens,
    /// Normalised tokens without words English lets a speaker drop ("I think that we" /
    /// "I think we").
    Optional,
    /// Stems and synonym classes.
    Keys,
}

/// Words English lets a speaker or a reporter drop without changing the statement.
const OPTIONAL: &[&str] = &["that"];

fn contained_as(small: &Wording, big: &Wording, mode: Mode) -> bool {
    if small.toks.is_empty() || small.toks.len() > big.toks.len() {
        return false;
    }
    match mode {
        Mode::Tokens => runs_in(
            &big.toks,
            small.parts.iter().map(|r| &small.toks[r.clone()]),
        ),
        Mode::Keys => runs_in(
            &big.keys,
            small.parts.iter().map(|r| &small.keys[r.clone()]),
        ),
        Mode::Optional => {
            fn keep(v: &[u32]) -> Vec<u32> {
                v.iter().copied().filter(|&w| !is_optional(w)).collect()
            }
            let hay = keep(&big.toks);
            let needles: Vec<Vec<u32>> = small
                .parts
                .iter()
                .map(|r| keep(&small.toks[r.clone()]))
                .collect();
            runs_in(&hay, needles.iter().map(Vec::as_slice))
        }
    }
}

/// True when the non-empty needles occur in `hay` one after another, in order, and at
/// least one needle is non-empty.
fn runs_in<'a, T: PartialEq + 'a>(hay: &[T], needles: impl Iterator<Item = &'a [T]>) -> bool {
    let mut from = 0;
    let mut matched = 0;
    for needle in needles {
        if needle.is_empty() {
            continue;
        }
        match find_run(hay, needle, from) {
            Some(i) => from = i + needle.len(),
            None => return false,
        }
        matched += 1;
    }
    matched > 0
}

/// How `a` relates to `b` by wording alone, or `None` when they are not the same words.
/// Similarity needs three or more shared content words, making up 60% of the smaller
/// quote's, and a shared phrase of three or more words, so that quotes sharing a few
/// common words (or one sentence of several) do not match.
pub(crate) fn relate(a: &Wording, b: &Wording) -> Option<Relation> {
    if a.toks.is_empty() || b.toks.is_empty() {
        return None;
    }
    if a.raw == b.raw {
        return Some(Relation {
            label: QuoteLabel::Identical,
            score: 1.0,
            rule: "quote:identical",
        });
    }
    if a.toks == b.toks {
        return Some(Relation {
            label: QuoteLabel::MinorVariant,
            score: 1.0,
            rule: "quote:same-words",
        });
    }
    let (small, big) = if a.toks.len() <= b.toks.len() {
        (a, b)
    } else {
        (b, a)
    };
    let shared = shared_count(&a.content, &b.content);
    // Every kind of containment below carries all of the smaller quote's content words
    // into the bigger one: without that, none of them can hold (saves the run searches).
    let may_contain = shared == small.content.len();
    if may_contain && contained(small, big, false) {
        let label = if small.toks.len() == big.toks.len() {
            QuoteLabel::MinorVariant
        } else {
            QuoteLabel::Trimmed
        };
        return Some(Relation {
            label,
            score: 1.0,
            rule: "quote:containment",
        });
    }
    let has_optional = |w: &Wording| w.toks.iter().any(|&t| is_optional(t));
    if may_contain
        && (has_optional(small) || has_optional(big))
        && contained_as(small, big, Mode::Optional)
    {
        return Some(Relation {
            label: QuoteLabel::Trimmed,
            score: 0.95,
            rule: "quote:containment-optional-words",
        });
    }
    if may_contain && contained(small, big, true) {
        return Some(Relation {
            label: QuoteLabel::Reworded,
            score: 0.9,
            rule: "quote:stem-synonym-containment",
        });
    }
    let min = a.content.len().min(b.content.len()).max(1);
    let overlap = shared as f64 / min as f64;
    // Every rule below needs three shared content words and half of the shorter quote's
    // (checked before the run search, which is the costly part).
    if shared < 3 || overlap < 0.5 {
        return None;
    }
    let run = longest_common_run(&a.keys, &b.keys);
    let union = (a.content.len() + b.content.len() - shared).max(1);
    let jaccard = shared as f64 / union as f64;
    let score = round2((overlap + jaccard) / 2.0);
    let reworded = |rule| {
        Some(Relation {
            label: QuoteLabel::Reworded,
            score,
            rule,
        })
    };
    if overlap >= 0.6 && run >= 3 && (shared >= 4 || run >= 4) {
        return reworded("quote:shingle-overlap");
    }
    // "security forces only targeted a training camp of terrorist groups" / "security
    // forces targeted only a terrorist training camp": nearly every content word shared,
    // reordered.
    if overlap >= 0.8 && shared >= 5 && run >= 2 {
        return reworded("quote:reordered-words");
    }
    // "No one will be allowed to destroy factories in the name of a movement" / "We will
    // not let anyone vandalise factories in the name of a movement": a long phrase kept
    // word for word while the rest was reworded, with half the content words shared (two
    // statements that share one sentence share little else). Weak alone: [`accept`] takes
    // it only for one speaker.
    if run >= SHARED_PHRASE && overlap >= 0.5 {
        return reworded("quote:shared-phrase");
    }
    None
}

/// Words in a row (stems and synonyms folded) that two reworded quotes must share for
/// [`relate`]'s shared-phrase rule.
const SHARED_PHRASE: usize = 6;

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// True when a relation between two quotes is strong enough for their speakers: the same
/// known speaker needs little, an unknown speaker more, and crediting the same words to
/// different speakers needs long verbatim (or near-verbatim) text.
fn accept(rel: &Relation, a: &Wording, b: &Wording, wa: &Who, wb: &Who) -> bool {
    let n = a.toks.len().min(b.toks.len());
    let c = a.content.len().min(b.content.len());
    let verbatim = matches!(
        rel.label,
        QuoteLabel::Identical | QuoteLabel::MinorVariant | QuoteLabel::Trimmed
    );
    let by_containment = rel.rule == "quote:stem-synonym-containment";
    if wa.same(wb) {
        if verbatim || by_containment {
            n >= 2 && c >= 1
        } else {
            rel.score >= 0.3
        }
    } else if rel.rule == "quote:shared-phrase" {
        false
    } else if wa.compatible(wb) {
        if verbatim {
            n >= SHORT && c >= 2
        } else if by_containment {
            n >= 5 && c >= 3
        } else {
            shared_count(&a.content, &b.content) >= 5 && rel.score >= 0.45
        }
    } else if verbatim {
        n >= 5 && c >= 3
    } else {
        by_containment && n >= 6 && c >= 4
    }
}

/// One quote of one article, ready to compare; or two adjacent quotes of one speaker
/// joined (`parts` names them), which stands in only when a single quote of another
/// article holds both word for word (two joined items never match each other: that would chain two
/// statements that several articles happen to quote one after the other).
struct Item {
    art: usize,
    start: usize,
    end: usize,
    lines: Vec<usize>,
    who: Who,
    w: Wording,
    parts: Vec<usize>,
}

/// A wording that does not match the reference is compared with the best of at most this
/// many other wordings of its group (keeps huge groups linear).
const MAX_BASES: usize = 50;

/// Two quotes are adjacent when they follow each other within this many bytes and on the
/// same or the next line ("No," he said. "Until they do ...").
const ADJACENT_GAP: usize = 250;

/// Items for every quote, then one joined item per pair of adjacent quotes credited to the
/// same known speaker. Articles are taken in id order, so that grouping (which merges in
/// item order) does not depend on the order the articles were given in.
fn items(articles: &[Article], speakers: &Speakers, vocab: &mut Vocab) -> Vec<Item> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&x, &y| articles[x].id.cmp(&articles[y].id).then(x.cmp(&y)));
    let mut out: Vec<Item> = Vec::new();
    // A corpus quotes the same words in many articles: each distinct text is tokenised
    // once, and later quotes of it copy the wording of its first item.
    let mut known: HashMap<&str, Known, BuildPairHasher> = HashMap::default();
    // Tokens and speakers are pure functions of each quote: prepared in parallel, a batch
    // of articles at a time (so that only one batch's token strings live at once), then
    // numbered in order. A quote without words is left out.
    for batch in order.chunks(PREPARE_BATCH) {
        let mut fresh: Vec<&str> = Vec::new();
        for q in batch.iter().flat_map(|&art| &articles[art].quotes) {
            known.entry(q.text.as_str()).or_insert_with(|| {
                fresh.push(q.text.as_str());
                Known::Fresh(fresh.len() - 1)
            });
        }
        let tokens: Vec<Pieces> = fresh
            .par_iter()
            .map(|t| tokenize(&ellipsis_pieces(t)))
            .collect();
        let mut fresh: Vec<Option<Wording>> = fresh
            .into_iter()
            .zip(tokens)
            .map(|(t, pieces)| {
                if pieces.is_empty() {
                    known.insert(t, Known::Empty);
                    return None;
                }
                Some(Wording::from_tokens(t, pieces, vocab))
            })
            .collect();
        let whos: Vec<Vec<Who>> = batch
            .par_iter()
            .map(|&art| {
                articles[art]
                    .quotes
                    .iter()
                    .map(|q| speakers.resolve(q.speaker.as_deref(), q.speaker_kind))
                    .collect()
            })
            .collect();
        for (&art, whos) in batch.iter().zip(whos) {
            let a = &articles[art];
            let first = out.len();
            for (q, who) in a.quotes.iter().zip(whos) {
                let w = match known.get(q.text.as_str()) {
                    Some(Known::Item(i)) => out[*i].w.clone(),
                    Some(&Known::Fresh(k)) => match fresh.get_mut(k).and_then(Option::take) {
                        Some(w) => {
                            known.insert(q.text.as_str(), Known::Item(out.len()));
                            w
                        }
                        None => continue,
                    },
                    Some(Known::Empty) | None => continue,
                };
                out.push(Item {
                    art,
                    start: q.start,
                    end: q.end,
                    lines: vec![q.line],
                    who,
                    w,
                    parts: vec![],
                });
            }
            join_adjacent(art, first, vocab, &mut out);
        }
    }
    out
}

/// Where [`items`] finds the wording of a quote text it has seen.
enum Known {
    /// Tokenised in the current batch, not yet taken by an item (index into the batch's
    /// fresh wordings).
    Fresh(usize),
    /// A text without words: no item.
    Empty,
    /// The item that first took it.
    Item(usize),
}

/// Articles whose quotes are tokenised together by [`items`].
const PREPARE_BATCH: usize = 512;

/// Appends one joined item per pair of adjacent quotes of one speaker among the items of
/// article `art` (`out[first..]`).
fn join_adjacent(art: usize, first: usize, vocab: &mut Vocab, out: &mut Vec<Item>) {
    let mut order: Vec<usize> = (first..out.len()).collect();
    order.sort_by_key(|&i| (out[i].start, i));
    for pair in order.windows(2) {
        let (x, y) = (&out[pair[0]], &out[pair[1]]);
        let close =
            y.start >= x.end && y.start - x.end <= ADJACENT_GAP && y.lines[0] <= x.lines[0] + 1;
        if !close
            || !x.who.same(&y.who)
            || contained(&x.w, &y.w, false)
            || contained(&y.w, &x.w, false)
        {
            continue;
        }
        let raw = format!("{} … {}", x.w.raw, y.w.raw);
        let w = Wording::from_parts(&raw, &[x.w.raw.as_str(), y.w.raw.as_str()], vocab);
        let joined = Item {
            art,
            start: x.start,
            end: y.end,
            lines: vec![x.lines[0], y.lines[0]],
            who: x.who.clone(),
            w,
            parts: vec![pair[0], pair[1]],
        };
        out.push(joined);
    }
}

/// True when `other` shares at least two content words (or all of them, for a part with
/// fewer) with every part of the joined item `joined`: the join is needed to explain it.
fn spans_parts(items: &[Item], joined: &Item, other: &Item) -> bool {
    joined.parts.iter().all(|&p| {
        let part = &items[p].w.content;
        let need = part.len().min(2);
        need > 0 && shared_count(part, &other.w.content) >= need
    })
}

/// Union-find with path halving; roots are the smallest index (deterministic). Each root
/// also knows its group's representative: the longest wording in it.
struct Groups {
    parent: Vec<usize>,
    rep: Vec<usize>,
    len: Vec<usize>,
}

impl Groups {
    fn new(items: &[Item]) -> Self {
        Groups {
            parent: (0..items.len()).collect(),
            rep: (0..items.len()).collect(),
            len: items.iter().map(|it| it.w.toks.len()).collect(),
        }
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.parent[hi] = lo;
            let (x, y) = (self.rep[lo], self.rep[hi]);
            let longer = (self.len[x], std::cmp::Reverse(x)) >= (self.len[y], std::cmp::Reverse(y));
            self.rep[lo] = if longer { x } else { y };
        }
    }
    /// The representatives of the groups of `a` and `b`, or `None` when they are one group.
    fn reps(&mut self, a: usize, b: usize) -> Option<(usize, usize)> {
        let (ra, rb) = (self.find(a), self.find(b));
        (ra != rb).then(|| (self.rep[ra], self.rep[rb]))
    }
}

/// True when the groups of `a` and `b` may become one through the link `a`-`b`: each end
/// of the link is its group's representative (longest wording) or a word-for-word part of
/// it holding at least half of its words, so the link speaks of the representatives'
/// own statement; or the two representatives match each other directly. This keeps one
/// sentence shared by two long quotes, or a rewording of one part of a quote, from
/// chaining different statements into one group.
fn coherent(items: &[Item], rels: &mut Relations, g: &mut Groups, a: usize, b: usize) -> bool {
    let Some((ra, rb)) = g.reps(a, b) else {
        return true;
    };
    let mut verbatim_to = |end: usize, rep: usize| {
        end == rep
            || (items[end].w.toks.len() * 2 >= items[rep].w.toks.len()
                && rels.get(items, end, rep).is_some_and(|r| {
                    matches!(
                        r.label,
                        QuoteLabel::Identical | QuoteLabel::MinorVariant | QuoteLabel::Trimmed
                    )
                }))
    };
    if verbatim_to(a, ra) && verbatim_to(b, rb) {
        return true;
    }
    let (x, y) = (&items[ra], &items[rb]);
    rels.get(items, ra, rb)
        .is_some_and(|rel| accept(&rel, &x.w, &y.w, &x.who, &y.who))
}

/// Most remembered relations before [`Relations`] forgets them all (bounds its memory).
const MEMO_MAX: usize = 1 << 22;

/// [`relate`] between items, remembered by wording: a corpus quotes the same words in many
/// articles, and two items with equal wordings relate alike to every other item. Only
/// a cache: the answers are exactly those of calling [`relate`].
struct Relations {
    /// Per item, the index of the first item with an equal wording (text and parts).
    class: Vec<u32>,
    /// Packed answers ([`pack`]): 4 bytes each instead of an `Option<Relation>`'s 32.
    memo: HashMap<u64, u32, BuildPairHasher>,
}

/// Every rule [`relate`] answers with, for [`pack`].
const RULES: [&str; 8] = [
    "quote:identical",
    "quote:same-words",
    "quote:containment",
    "quote:containment-optional-words",
    "quote:stem-synonym-containment",
    "quote:shingle-overlap",
    "quote:reordered-words",
    "quote:shared-phrase",
];

/// Every label [`relate`] answers with, for [`pack`].
const LABELS: [QuoteLabel; 5] = [
    QuoteLabel::Identical,
    QuoteLabel::Trimmed,
    QuoteLabel::MinorVariant,
    QuoteLabel::Reworded,
    QuoteLabel::DifferentSpeaker,
];

/// An answer of [`relate`] in 4 bytes: label, rule and the score in hundredths (its scores
/// are rounded to hundredths), `u32::MAX` for none. `None` when it does not fit exactly, and
/// the answer is then not remembered.
fn pack(r: Option<Relation>) -> Option<u32> {
    let Some(r) = r else {
        return Some(u32::MAX);
    };
    let label = LABELS.iter().position(|&l| l == r.label)?;
    let rule = RULES.iter().position(|&x| x == r.rule)?;
    let h = (r.score * 100.0).round();
    if !(0.0..=10_000.0).contains(&h) || h / 100.0 != r.score {
        return None;
    }
    Some((label as u32) << 24 | (rule as u32) << 16 | h as u32)
}

/// The answer [`pack`] packed.
fn unpack(p: u32) -> Option<Relation> {
    if p == u32::MAX {
        return None;
    }
    Some(Relation {
        label: LABELS.get((p >> 24) as usize).copied()?,
        rule: RULES.get((p >> 16 & 0xff) as usize).copied()?,
        score: f64::from(p & 0xffff) / 100.0,
    })
}

impl Relations {
    fn new(items: &[Item]) -> Self {
        // Keys follow from tokens word by word, so text, tokens and parts fix a wording.
        type Same<'a> = (&'a str, &'a [Range<usize>], &'a [u32]);
        let mut first: HashMap<Same, u32, BuildPairHasher> = HashMap::default();
        let class = items
            .iter()
            .enumerate()
            .map(|(i, it)| {
                let next = u32::try_from(i).unwrap_or(u32::MAX);
                *first
                    .entry((it.w.raw.as_str(), &it.w.parts[..], &it.w.toks[..]))
                    .or_insert(next)
            })
            .collect();
        Relations {
            class,
            memo: HashMap::default(),
        }
    }

    /// `relate(&items[i].w, &items[j].w)`.
    fn get(&mut self, items: &[Item], i: usize, j: usize) -> Option<Relation> {
        let key = u64::from(self.class[i]) << 32 | u64::from(self.class[j]);
        if let Some(&p) = self.memo.get(&key) {
            return unpack(p);
        }
        let r = relate(&items[i].w, &items[j].w);
        if let Some(p) = pack(r) {
            if self.memo.len() >= MEMO_MAX {
                self.memo.clear();
            }
            self.memo.insert(key, p);
        }
        r
    }
}

/// A fast, fixed (not randomised) hasher for this module's ids, id pairs and short words: one
/// multiplication per 8 bytes. Only lookups use it; nothing iterates a map built with it in
/// an order that reaches the output.
#[derive(Default, Clone, Copy)]
struct BuildPairHasher;

/// See [`BuildPairHasher`].
#[derive(Default)]
struct PairHasher(u64);

impl std::hash::BuildHasher for BuildPairHasher {
    type Hasher = PairHasher;
    fn build_hasher(&self) -> PairHasher {
        PairHasher(0)
    }
}

impl std::hash::Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.write_u64(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.write_u64(u64::from_le_bytes(b) ^ (rest.len() as u64) << 59);
        }
    }
    fn write_u32(&mut self, x: u32) {
        self.write_u64(u64::from(x));
    }
    fn write_usize(&mut self, x: usize) {
        self.write_u64(x as u64);
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0 ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 ^= self.0 >> 29;
    }
}

/// Candidate pairs `(i, j)`, `i < j`, from an inverted index of shingles: adjacent
/// content-word pairs. A quote that is a part of another shares its content-word pairs, so
/// containment always finds its candidates; a quote with a single content word looks that
/// word up instead. Shingles in more than [`MAX_POSTING`] quotes are skipped (they name the
/// story, not the quote); each quote keeps its [`MAX_CANDIDATES`] best-sharing candidates.
fn candidates(items: &[Item], vocab: &Vocab) -> Pairs {
    // A shingle is a pair of word ids; a single content word is the pair (word, NONE).
    type Shingle = (u32, u32);
    const NONE: u32 = u32::MAX;
    let mut content: Vec<u32> = Vec::new();
    let shingles: Vec<Vec<Shingle>> = items
        .iter()
        .map(|it| {
            let mut s: Vec<Shingle> = Vec::new();
            for r in &it.w.parts {
                content.clear();
                content.extend(
                    it.w.keys[r.clone()]
                        .iter()
                        .copied()
                        .filter(|&k| vocab.is_content(k)),
                );
                s.extend(content.windows(2).map(|p| (p[0], p[1])));
            }
            s.sort_unstable();
            s.dedup();
            s
        })
        .collect();
    let mut postings: HashMap<Shingle, Vec<u32>, BuildPairHasher> = HashMap::default();
    for (i, (sh, it)) in shingles.iter().zip(items).enumerate() {
        let i = item_id(i);
        for &k in sh {
            postings.entry(k).or_default().push(i);
        }
        for &k in &it.w.content {
            postings.entry((k, NONE)).or_default().push(i);
        }
    }
    // Each quote's candidates depend on the index alone: found in parallel, each batch of
    // quotes with its own counters (batches keep those few), then merged and sorted.
    let per_item = (0..items.len())
        .into_par_iter()
        .with_min_len(1024)
        .map_init(
            || (vec![0u32; items.len()], Vec::<u32>::new()),
            |(count, touched), i| {
                let it = &items[i];
                let single: &[u32] = if it.w.content.len() < 2 {
                    &it.w.content
                } else {
                    &[]
                };
                let keys = shingles[i]
                    .iter()
                    .copied()
                    .chain(single.iter().map(|&w| (w, NONE)));
                let i = item_id(i);
                for k in keys {
                    let Some(list) = postings.get(&k).filter(|l| l.len() <= MAX_POSTING) else {
                        continue;
                    };
                    for &j in list.iter().filter(|&&j| j != i) {
                        let c = &mut count[j as usize];
                        if *c == 0 {
                            touched.push(j);
                        }
                        *c += 1;
                    }
                }
                let mut ranked: Vec<(Reverse<u32>, u32)> = touched
                    .iter()
                    .map(|&j| (Reverse(count[j as usize]), j))
                    .collect();
                // The best-sharing candidates, in no particular order (pairs are sorted below).
                if ranked.len() > MAX_CANDIDATES {
                    ranked.select_nth_unstable(MAX_CANDIDATES);
                    ranked.truncate(MAX_CANDIDATES);
                }
                for &j in touched.iter() {
                    count[j as usize] = 0;
                }
                touched.clear();
                // A fresh, exact-size list (collecting `ranked` in place would keep its
                // capacity, one slot per item touched).
                let mut chosen = Vec::with_capacity(ranked.len());
                chosen.extend(ranked.iter().map(|&(_, j)| j));
                chosen
            },
        );
    Pairs::new(per_item.collect())
}

/// The candidate pairs `(i, j)`, `i < j`, in ascending order without repeats, from each
/// item's candidate list, built one `i` at a time: only the per-item lists (one `u32` per
/// candidate) and their reverse (the items that chose `i`, for `j > i`) are held, never
/// the whole sorted list of pairs.
struct Pairs {
    chosen: Vec<Vec<u32>>,
    chosen_by: Vec<Vec<u32>>,
    i: usize,
    row: std::vec::IntoIter<u32>,
}

impl Pairs {
    fn new(chosen: Vec<Vec<u32>>) -> Self {
        let mut chosen_by: Vec<Vec<u32>> = vec![Vec::new(); chosen.len()];
        for (j, list) in chosen.iter().enumerate() {
            for &i in list {
                if (i as usize) < j {
                    chosen_by[i as usize].push(item_id(j));
                }
            }
        }
        Pairs {
            chosen,
            chosen_by,
            i: 0,
            row: Vec::new().into_iter(),
        }
    }
}

impl Iterator for Pairs {
    type Item = (usize, usize);
    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            if let Some(j) = self.row.next() {
                return Some((self.i - 1, j as usize));
            }
            let i = self.i;
            if i >= self.chosen.len() {
                return None;
            }
            let mut row = std::mem::take(&mut self.chosen[i]);
            row.retain(|&j| j as usize > i);
            row.append(&mut std::mem::take(&mut self.chosen_by[i]));
            row.sort_unstable();
            row.dedup();
            self.row = row.into_iter();
            self.i += 1;
        }
    }
}

/// An item's index as stored in the candidate index (`u32` halves its memory; a run with
/// four billion quotes would not fit in memory anyway, so the cap is never reached).
fn item_id(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Groups the run's quotes into statements and builds one text comparison per statement,
/// plus a speaker comparison where the same words are credited to different speakers.
pub(crate) fn compare(articles: &[Article], speakers: &Speakers) -> Vec<Built> {
    let mut vocab = Vocab::new();
    let items = items(articles, speakers, &mut vocab);
    let mut edges: Vec<(usize, usize)> = Vec::new();
    let mut used: BTreeSet<usize> = BTreeSet::new();
    let mut g = Groups::new(&items);
    let mut rels = Relations::new(&items);
    let is_short = |i: usize| items[i].w.toks.len() < SHORT;
    for (i, j) in candidates(&items, &vocab) {
        let (a, b) = (&items[i], &items[j]);
        let joined = !a.parts.is_empty() || !b.parts.is_empty();
        // Two full quotes already in one group need no check: the group is what counts,
        // and each wording is labelled against the reference later.
        let plain = !joined && !is_short(i) && !is_short(j);
        if plain && g.find(i) == g.find(j) {
            continue;
        }
        if joined
            && (a.art == b.art
                || (!a.parts.is_empty() && !b.parts.is_empty())
                || (!a.parts.is_empty() && !spans_parts(&items, a, b))
                || (!b.parts.is_empty() && !spans_parts(&items, b, a)))
        {
            continue;
        }
        let Some(rel) = rels.get(&items, i, j) else {
            continue;
        };
        let verbatim = matches!(
            rel.label,
            QuoteLabel::Identical | QuoteLabel::MinorVariant | QuoteLabel::Trimmed
        );
        if (a.art == b.art || joined) && !verbatim {
            continue;
        }
        if accept(&rel, &a.w, &b.w, &a.who, &b.who) {
            if plain {
                if coherent(&items, &mut rels, &mut g, i, j) {
                    g.union(i, j);
                }
            } else {
                edges.push((i, j));
                used.extend([i, j].into_iter().filter(|&k| !items[k].parts.is_empty()));
            }
        }
    }
    for &k in &used {
        for &p in &items[k].parts {
            g.union(k, p);
        }
    }
    let mut fragment_edges: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(i, j) in &edges {
        match (is_short(i), is_short(j)) {
            (false, false) => {
                if coherent(&items, &mut rels, &mut g, i, j) {
                    g.union(i, j)
                }
            }
            (true, false) => fragment_edges.entry(i).or_default().push(j),
            (false, true) => fragment_edges.entry(j).or_default().push(i),
            (true, true) => {
                if items[i].w.toks == items[j].w.toks {
                    g.union(i, j)
                }
            }
        }
    }
    let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
    for i in 0..items.len() {
        *sizes.entry(g.find(i)).or_default() += 1;
    }
    for (frag, partners) in fragment_edges {
        let best = partners
            .iter()
            .map(|&p| (g.find(p), p))
            .max_by(|a, b| {
                let sa = sizes.get(&a.0).copied().unwrap_or(0);
                let sb = sizes.get(&b.0).copied().unwrap_or(0);
                sa.cmp(&sb).then(b.1.cmp(&a.1))
            })
            .map(|(_, p)| p);
        if let Some(p) = best {
            if coherent(&items, &mut rels, &mut g, frag, p) {
                g.union(frag, p);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, it) in items.iter().enumerate() {
        if it.parts.is_empty() || used.contains(&i) {
            groups.entry(g.find(i)).or_default().push(i);
        }
    }
    // Each article's wording of a group may need new words numbered (one at a time); the
    // rest of each group's comparison is independent of the others: built in parallel, a
    // batch of groups at a time, and kept in group order.
    let groups: Vec<Vec<usize>> = groups.into_values().collect();
    let mut out = Vec::new();
    for batch in groups.chunks(BUILD_BATCH) {
        let wordings: Vec<Vec<ArticleWording>> = batch
            .iter()
            .map(|members| article_wordings(&items, members, &mut vocab))
            .collect();
        let built: Vec<Vec<Built>> = wordings
            .into_par_iter()
            .map(|aw| build_group(articles, aw, &vocab))
            .collect();
        out.extend(built.into_iter().flatten());
    }
    out
}

/// Groups whose comparisons [`compare`] builds together.
const BUILD_BATCH: usize = 4096;

/// One article's wording of a statement: its quotes in the group, a quote contained in
/// another of the same article dropped, the rest joined in text order with " … ".
struct ArticleWording {
    art: usize,
    who: Who,
    w: Wording,
    lines: Vec<usize>,
}

fn article_wordings(items: &[Item], members: &[usize], vocab: &mut Vocab) -> Vec<ArticleWording> {
    let mut by_art: BTreeMap<usize, Vec<&Item>> = BTreeMap::new();
    for &m in members {
        by_art.entry(items[m].art).or_default().push(&items[m]);
    }
    let mut out = Vec::new();
    for (art, mut its) in by_art {
        its.sort_by_key(|it| (it.start, it.w.toks.len()));
        let lines: Vec<usize> = its.iter().flat_map(|it| it.lines.clone()).collect();
        let kept: Vec<&Item> = its
            .iter()
            .enumerate()
            .filter(|(i, it)| {
                !its.iter().enumerate().any(|(j, other)| {
                    j != *i
                        && contained(&it.w, &other.w, false)
                        && (other.w.toks.len() > it.w.toks.len() || j < *i)
                })
            })
            .map(|(_, it)| *it)
            .collect();
        let pieces: Vec<&str> = kept.iter().map(|it| it.w.raw.as_str()).collect();
        let raw = pieces.join(" … ");
        let w = if kept.len() == 1 {
            kept[0].w.clone()
        } else {
            Wording::from_parts(&raw, &pieces, vocab)
        };
        let who = kept
            .iter()
            .chain(its.iter())
            .map(|it| it.who.clone())
            .find(|w| *w != Who::Unknown)
            .unwrap_or(Who::Unknown);
        out.push(ArticleWording { art, who, w, lines });
    }
    out
}

/// A distinct wording (and speaker) with the articles holding it.
struct Var {
    w: Wording,
    who: Who,
    arts: Vec<usize>,
    lines: Vec<(usize, usize)>,
}

/// How the variants credit the quote: on the record when any names its speaker (a name or
/// an identifiable role), anonymous when all credit unnamed sources.
fn sourcing_of(vars: &[Var]) -> crate::model::Sourcing {
    super::sourcing(
        vars.iter()
            .any(|v| matches!(v.who, Who::Named(_) | Who::Role(_))),
        vars.iter().any(|v| matches!(v.who, Who::Anonymous(_))),
    )
}

fn build_group(articles: &[Article], mut aw: Vec<ArticleWording>, vocab: &Vocab) -> Vec<Built> {
    aw.sort_by(|x, y| {
        articles[x.art]
            .id
            .cmp(&articles[y.art].id)
            .then(x.art.cmp(&y.art))
    });
    let mut vars: Vec<Var> = Vec::new();
    for a in aw {
        match vars
            .iter_mut()
            .find(|v| v.w.raw == a.w.raw && v.who == a.who)
        {
            Some(v) => {
                v.arts.push(a.art);
                v.lines.extend(a.lines.iter().map(|l| (a.art, *l)));
            }
            None => vars.push(Var {
                lines: a.lines.iter().map(|l| (a.art, *l)).collect(),
                w: a.w,
                who: a.who,
                arts: vec![a.art],
            }),
        }
    }
    let reference = pick_reference(&vars);
    let r = &vars[reference];
    let mut variants = Vec::new();
    let mut weakest: Option<Relation> = None;
    let mut reworded = Vec::new();
    for (i, v) in vars.iter().enumerate() {
        let mut labels = Vec::new();
        if v.arts.len() > 1 {
            labels.push(QuoteLabel::Identical);
        }
        let mut notes = Vec::new();
        let mut diff = None;
        let mut flags = Vec::new();
        let mut score = 1.0;
        if i != reference {
            // Compared with the reference; a wording linked to the group through another
            // wording is compared with the one it matches best.
            let (rel, base) = match relate(&v.w, &r.w) {
                Some(rel) => (rel, reference),
                None => vars
                    .iter()
                    .enumerate()
                    .take(MAX_BASES)
                    .filter(|&(j, _)| j != i)
                    .filter_map(|(j, o)| relate(&v.w, &o.w).map(|rel| (rel, j)))
                    .max_by(|a, b| {
                        a.0.score
                            .total_cmp(&b.0.score)
                            .then(vars[b.1].w.parts.len().cmp(&vars[a.1].w.parts.len()))
                            .then(b.1.cmp(&a.1))
                    })
                    .unwrap_or((
                        Relation {
                            label: QuoteLabel::Reworded,
                            score: 0.0,
                            rule: "quote:linked-through-another-wording",
                        },
                        reference,
                    )),
            };
            if base != reference {
                let mut with: Vec<&str> = vars[base]
                    .arts
                    .iter()
                    .map(|&a| articles[a].id.as_str())
                    .collect();
                with.sort();
                notes.push(format!("compared with the wording in {}", with.join(", ")));
            }
            let rel = if rel.label == QuoteLabel::Identical {
                Relation {
                    label: QuoteLabel::MinorVariant,
                    ..rel
                }
            } else {
                rel
            };
            score = rel.score;
            if !labels.contains(&rel.label) {
                labels.push(rel.label);
            }
            if rel.label == QuoteLabel::Reworded {
                let (d, f) = word_diff(&vars[base].w.raw, &v.w.raw);
                diff = Some(d);
                flags = f;
            }
            if rel.label == QuoteLabel::Reworded {
                reworded.push(i);
            }
            if weakest.is_none_or(|w| rel.score < w.score) {
                weakest = Some(rel);
            }
        }
        if !v.who.compatible(&r.who) {
            labels.push(QuoteLabel::DifferentSpeaker);
        }
        if i == reference && vars.len() > 1 {
            notes.push("reference wording".into());
        }
        if let Some(s) = v.who.shown() {
            notes.push(format!("speaker: {s}"));
        }
        if v.w.parts.len() > 1 && v.w.raw.contains(" … ") {
            notes.push(format!(
                "{} separate quotes in the article, joined with …",
                v.w.parts.len()
            ));
        }
        if !labels.is_empty() {
            notes.push(
                labels
                    .iter()
                    .map(|l| label_name(*l))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        if let Some(d) = &diff {
            notes.push(format!("diff: {d}"));
        }
        if !flags.is_empty() {
            notes.push(format!(
                "may change meaning: {}",
                flags
                    .iter()
                    .map(|f| flag_name(*f))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        let mut arts: Vec<String> = v.arts.iter().map(|&a| articles[a].id.clone()).collect();
        arts.sort();
        let (locations, occurrences) = occurrence(articles, &v.lines);
        variants.push(Variant {
            value: v.w.raw.clone(),
            articles: arts,
            locations,
            occurrences,
            notes,
            reference: i == reference,
            labels,
            speaker: v.who.shown(),
            diff,
            flags,
            score: Some(score),
            ..Default::default()
        });
    }
    variants.sort_by(|a, b| {
        b.reference
            .cmp(&a.reference)
            .then_with(|| a.articles.cmp(&b.articles))
            .then_with(|| a.value.cmp(&b.value))
    });
    let held: BTreeSet<usize> = vars.iter().flat_map(|v| v.arts.iter().copied()).collect();
    let status = if held.len() < 2 {
        Status::Single
    } else if reworded.is_empty() {
        Status::Agree
    } else {
        Status::Conflict
    };
    let ids = |ix: &[usize]| -> String {
        let mut v: Vec<String> = ix
            .iter()
            .flat_map(|&i| vars[i].arts.iter().map(|&a| articles[a].id.clone()))
            .collect();
        v.sort();
        v.dedup();
        v.join(", ")
    };
    let weakest = weakest.unwrap_or(Relation {
        label: QuoteLabel::Identical,
        score: 1.0,
        rule: if held.len() < 2 {
            "quote:single"
        } else {
            "quote:identical"
        },
    });
    let mut explanation = match status {
        Status::Single => format!("Quoted by one article only ({}).", ids(&[reference])),
        _ => format!(
            "{} articles quote this statement; reference wording from {}.",
            held.len(),
            ids(&[reference])
        ),
    };
    let per_variant: Vec<String> = variants
        .iter()
        .filter(|v| !v.reference && !v.labels.is_empty())
        .map(|v| {
            let mut s = format!(
                "{}: {}",
                v.articles.join(", "),
                v.labels
                    .iter()
                    .map(|l| label_name(*l).replace('_', " "))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            if !v.flags.is_empty() {
                s.push_str(&format!(
                    " (may change meaning: {})",
                    v.flags
                        .iter()
                        .map(|f| flag_name(*f))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            s
        })
        .collect();
    if !per_variant.is_empty() {
        explanation.push_str(&format!(" {}.", per_variant.join("; ")));
    }
    if !reworded.is_empty() {
        explanation.push_str(&format!(
            " Reworded inside quotation marks in {}: the articles print different words for \
             the same statement.",
            ids(&reworded)
        ));
    }
    let classes: BTreeSet<String> = vars.iter().filter_map(|v| v.who.class()).collect();
    if vars.iter().all(|v| matches!(v.who, Who::Anonymous(_))) {
        explanation.push_str(" No article attributes it on the record.");
    }
    let key =
        r.w.keys
            .iter()
            .map(|&k| vocab.text(k))
            .collect::<Vec<&str>>()
            .join(" ");
    let topic = format!("quote: {}", short(&r.w.raw, 60));
    let text_score = weakest.score;
    let mut out = vec![Built {
        key: key.clone(),
        topic: topic.clone(),
        kind: ComparisonKind::QuoteText,
        status,
        variants: variants.clone(),
        explanation,
        rule: weakest.rule.to_string(),
        score: text_score,
        holders: held.clone(),
        story: None,
        sourcing: sourcing_of(&vars),
    }];
    if classes.len() > 1 {
        let topic = format!("who said: {}", short(&r.w.raw, 56));
        out.push(speaker_comparison(
            articles, &vars, key, topic, held, text_score,
        ));
    }
    out
}

/// The conflict of the same words credited to speakers who cannot be the same.
fn speaker_comparison(
    articles: &[Article],
    vars: &[Var],
    key: String,
    topic: String,
    held: BTreeSet<usize>,
    score: f64,
) -> Built {
    type Held = (Vec<usize>, Vec<(usize, usize)>);
    let mut by_speaker: BTreeMap<String, Held> = BTreeMap::new();
    for v in vars {
        let name = v.who.shown().unwrap_or_else(|| "(no speaker found)".into());
        let e = by_speaker.entry(name).or_default();
        e.0.extend(v.arts.iter().copied());
        e.1.extend(v.lines.iter().copied());
    }
    let variants: Vec<Variant> = by_speaker
        .into_iter()
        .map(|(name, (arts, lines))| {
            let mut ids: Vec<String> = arts.iter().map(|&a| articles[a].id.clone()).collect();
            ids.sort();
            ids.dedup();
            let (locations, occurrences) = occurrence(articles, &lines);
            Variant {
                value: name.clone(),
                articles: ids,
                locations,
                occurrences,
                labels: vec![QuoteLabel::DifferentSpeaker],
                speaker: Some(name),
                ..Default::default()
            }
        })
        .collect();
    let mut explanation = format!(
        "The same words are credited to different speakers: {}. An anonymous source and a \
         named person, or two different names, cannot both be right.",
        variants
            .iter()
            .map(|v| format!("{} in {}", v.value, v.articles.join(", ")))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let anonymous: BTreeSet<String> = vars
        .iter()
        .filter(|v| matches!(v.who, Who::Anonymous(_)))
        .filter_map(|v| v.who.shown())
        .collect();
    if anonymous.len() > 1 {
        explanation.push_str(&format!(
            " The unnamed descriptions ({}) may be the same person.",
            anonymous.into_iter().collect::<Vec<_>>().join("; ")
        ));
    }
    Built {
        key,
        topic,
        kind: ComparisonKind::QuoteSpeaker,
        status: Status::Conflict,
        variants,
        explanation,
        rule: "quote:speaker-mismatch".into(),
        score,
        holders: held,
        story: None,
        sourcing: sourcing_of(vars),
    }
}

/// The wording the others are compared with: the one that contains or equals the most
/// other wordings, then the one most articles hold, then the longest, then by text.
fn pick_reference(vars: &[Var]) -> usize {
    const MAX_SCORED: usize = 50;
    let support = |i: usize| -> usize {
        if i >= MAX_SCORED {
            return 0;
        }
        vars.iter()
            .take(MAX_SCORED)
            .enumerate()
            .filter(|&(j, v)| {
                j != i && (v.w.toks == vars[i].w.toks || contained(&v.w, &vars[i].w, false))
            })
            .count()
    };
    (0..vars.len())
        .max_by(|&a, &b| {
            support(a)
                .cmp(&support(b))
                .then(vars[a].arts.len().cmp(&vars[b].arts.len()))
                .then(vars[b].w.parts.len().cmp(&vars[a].w.parts.len()))
                .then(vars[a].w.toks.len().cmp(&vars[b].w.toks.len()))
                .then(vars[b].w.raw.cmp(&vars[a].w.raw))
        })
        .unwrap_or(0)
}

/// Serialised name of a label.
pub(crate) fn label_name(l: QuoteLabel) -> &'static str {
    match l {
        QuoteLabel::Identical => "identical",
        QuoteLabel::Trimmed => "trimmed",
        QuoteLabel::MinorVariant => "minor_variant",
        QuoteLabel::Reworded => "reworded",
        QuoteLabel::DifferentSpeaker => "different_speaker",
    }
}

/// Serialised name of a flag.
pub(crate) fn flag_name(f: MeaningFlag) -> &'static str {
    match f {
        MeaningFlag::Negation => "negation",
        MeaningFlag::Number => "number",
        MeaningFlag::Name => "name",
        MeaningFlag::Modal => "modal",
    }
}

/// Word-by-word diff of `new` against `old`, `[-removed-]{+added+}`, with the words of
/// `old` that `new` does not reach (a trimmed start or end) shown as `…`; and the meaning
/// flags of the changed words.
pub(crate) fn word_diff(old: &str, new: &str) -> (String, Vec<MeaningFlag>) {
    let ow: Vec<&str> = old.split_whitespace().collect();
    let nw: Vec<&str> = new.split_whitespace().collect();
    let key = |w: &&str| words::tokens(w).join(" ");
    let ok: Vec<String> = ow.iter().map(key).collect();
    let nk: Vec<String> = nw.iter().map(key).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &ok, &nk);
    let mut tags: Vec<(DiffTag, std::ops::Range<usize>, std::ops::Range<usize>)> =
        ops.iter().map(|o| o.as_tag_tuple()).collect();
    let mut lead = false;
    let mut trail = false;
    // A much shorter wording is a fragment: an uneven change at either end is the part of
    // the reference it does not reach, not a rewording.
    let fragment = nw.len() * 2 <= ow.len();
    if fragment && tags.len() > 1 {
        let first = &mut tags[0];
        if first.0 == DiffTag::Delete {
            tags.remove(0);
            lead = true;
        } else if first.0 == DiffTag::Replace && first.1.len() > first.2.len() {
            first.1.start = first.1.end - first.2.len();
            lead = true;
        }
    }
    if fragment && tags.len() > 1 {
        let n = tags.len() - 1;
        let last = &mut tags[n];
        if last.0 == DiffTag::Delete {
            tags.pop();
            trail = true;
        } else if last.0 == DiffTag::Replace && last.1.len() > last.2.len() {
            last.1.end = last.1.start + last.2.len();
            trail = true;
        }
    }
    let mut out: Vec<String> = Vec::new();
    if lead {
        out.push("…".into());
    }
    let mut del: Vec<&str> = Vec::new();
    let mut ins: Vec<&str> = Vec::new();
    for (tag, o, n) in &tags {
        let removed = ow[o.clone()].join(" ");
        let added = nw[n.clone()].join(" ");
        match tag {
            DiffTag::Equal => out.push(added),
            DiffTag::Delete => out.push(format!("[-{removed}-]")),
            DiffTag::Insert => out.push(format!("{{+{added}+}}")),
            DiffTag::Replace => out.push(format!("[-{removed}-]{{+{added}+}}")),
        }
        if *tag != DiffTag::Equal {
            del.extend(&ow[o.clone()]);
            ins.extend(&nw[n.clone()]);
        }
    }
    if trail {
        out.push("…".into());
    }
    let flags = meaning_flags(&del, &ins, old, new);
    (out.join(" "), flags)
}

/// Normalised tokens of some raw words, "going to" read as "will".
fn norm(ws: &[&str]) -> Vec<String> {
    let mut t = words::tokens(&ws.join(" "));
    let mut i = 0;
    while i + 1 < t.len() {
        if t[i] == "going" && t[i + 1] == "to" {
            t.splice(i..i + 2, ["will".to_string()]);
        }
        i += 1;
    }
    t
}

/// Flags for the changed words: removed words `del` (from `old`) against added words `ins`
/// (from `new`).
fn meaning_flags(del: &[&str], ins: &[&str], old: &str, new: &str) -> Vec<MeaningFlag> {
    let (d, i) = (norm(del), norm(ins));
    let pick = |v: &[String], f: fn(&str) -> bool| -> Vec<String> {
        let mut x: Vec<String> = v.iter().filter(|w| f(w)).cloned().collect();
        x.sort();
        x
    };
    let mut flags = Vec::new();
    let neg = |v: &[String]| v.iter().filter(|w| words::is_negation(w)).count();
    if neg(&d) != neg(&i) {
        flags.push(MeaningFlag::Negation);
    }
    if pick(&d, words::is_number) != pick(&i, words::is_number) {
        flags.push(MeaningFlag::Number);
    }
    let old_t: BTreeSet<String> = words::tokens(old).into_iter().collect();
    let new_t: BTreeSet<String> = words::tokens(new).into_iter().collect();
    let names = |ws: &[&str], other: &BTreeSet<String>| {
        ws.iter().any(|w| {
            let t = words::tokens(w);
            w.chars().next().is_some_and(char::is_uppercase)
                && !matches!(t.first().map(String::as_str), Some("i") | None)
                && t.iter()
                    .all(|x| !other.contains(x) && !words::is_stopword(x))
        })
    };
    if names(del, &new_t) || names(ins, &old_t) {
        flags.push(MeaningFlag::Name);
    }
    if pick(&d, words::is_modal) != pick(&i, words::is_modal) {
        flags.push(MeaningFlag::Modal);
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        /// One vocabulary per test thread, so that the wordings of one test share their ids.
        static VOCAB: RefCell<Vocab> = RefCell::new(Vocab::new());
    }

    fn wording(raw: &str) -> Wording {
        VOCAB.with(|v| Wording::new(raw, &mut v.borrow_mut()))
    }

    #[test]
    fn packed_relations_come_back_exactly() {
        let all = [
            None,
            Some(Relation {
                label: QuoteLabel::Trimmed,
                score: 0.95,
                rule: "quote:containment-optional-words",
            }),
            Some(Relation {
                label: QuoteLabel::Reworded,
                score: round2(0.8333),
                rule: "quote:shingle-overlap",
            }),
            Some(Relation {
                label: QuoteLabel::Identical,
                score: 1.0,
                rule: "quote:identical",
            }),
        ];
        for r in all {
            assert_eq!(pack(r).and_then(unpack), r);
        }
        let odd = Relation {
            label: QuoteLabel::Reworded,
            score: 0.123_456,
            rule: "quote:shingle-overlap",
        };
        assert_eq!(
            pack(Some(odd)),
            None,
            "a score off the hundredths is not packed"
        );
    }

    #[test]
    fn pairs_are_the_sorted_union_of_both_directions() {
        // Item 0 chose 2 and 1; item 1 chose 0; item 2 chose 3 and 0; item 3 chose 1.
        let chosen = vec![vec![2, 1], vec![0], vec![3, 0], vec![1]];
        let got: Vec<(usize, usize)> = Pairs::new(chosen).collect();
        assert_eq!(got, [(0, 1), (0, 2), (1, 3), (2, 3)]);
        assert_eq!(Pairs::new(Vec::new()).count(), 0);
        assert_eq!(Pairs::new(vec![vec![], vec![]]).count(), 0);
    }

    #[test]
    fn vocab_numbers_each_word_once_with_optional_words_first() {
        let mut v = Vocab::new();
        let harbour = v.id("harbour");
        assert_eq!(v.id("harbour"), harbour);
        assert_ne!(v.id("ferry"), harbour);
        assert_eq!(v.text(harbour), "harbour");
        assert!(is_optional(v.id("that")) && !is_optional(harbour));
        assert!(v.is_content(harbour));
        let the = v.id("the");
        assert!(!v.is_content(the));
        let w = wording("The ferry ... the harbour");
        assert_eq!(w.parts.len(), 2);
        assert_eq!(w.toks.len(), 4);
        assert_eq!(w.content.len(), 2);
    }

    fn rel(a: &str, b: &str) -> Option<QuoteLabel> {
        relate(&wording(a), &wording(b)).map(|r| r.label)
    }

    #[test]
    fn identical_and_minor_variants() {
        let a = "We will rebuild every school that was lost.";
        assert_eq!(rel(a, a), Some(QuoteLabel::Identical));
        assert_eq!(
            rel(a, "we will rebuild every school that was lost,"),
            Some(QuoteLabel::MinorVariant)
        );
        assert_eq!(
            rel("We’re not leaving.", "We are not leaving"),
            Some(QuoteLabel::MinorVariant)
        );
        assert_eq!(
            rel("I won't sign it", "I will not sign it"),
            Some(QuoteLabel::MinorVariant)
        );
    }

    #[test]
    fn trimmed_fragments_and_ellipses() {
        let full = "The bridge is safe, and we expect it to reopen by Friday morning.";
        assert_eq!(
            rel("reopen by Friday morning", full),
            Some(QuoteLabel::Trimmed)
        );
        assert_eq!(
            rel("The bridge is safe … reopen by Friday", full),
            Some(QuoteLabel::Trimmed)
        );
        assert_eq!(rel("reopen by Monday morning", full), None);
        assert_ne!(
            rel("reopen by Friday … The bridge is safe", full),
            Some(QuoteLabel::Trimmed),
            "ellipsis parts must keep their order"
        );
    }

    #[test]
    fn dropping_an_optional_that_is_still_trimmed() {
        let full = "I believe that we win this, and I believe the court agrees.";
        let r = relate(&wording("I believe we win this"), &wording(full)).unwrap();
        assert_eq!(r.label, QuoteLabel::Trimmed);
        assert_eq!(r.rule, "quote:containment-optional-words");
        assert_eq!(rel("I believe they win this", full), None);
    }

    #[test]
    fn reworded_by_synonyms_and_by_overlap() {
        assert_eq!(
            rel(
                "baseless stories of talks that never happened",
                "baseless reports of conversations that never transpired"
            ),
            Some(QuoteLabel::Reworded)
        );
        let a = "If the rebels fire on the convoy, the coalition air forces will respond with \
                 overwhelming strength.";
        let b = "Should rebels attack the convoy, coalition air forces will hit back with \
                 unmatched strength";
        assert_eq!(rel(a, b), Some(QuoteLabel::Reworded));
        assert_eq!(
            rel(
                "shall not tolerate looting",
                "We will not tolerate looting in any town, whoever does it."
            ),
            Some(QuoteLabel::Reworded)
        );
        assert_eq!(
            rel(
                "would not tolerate looting",
                "We will not tolerate looting in any town, whoever does it."
            ),
            None
        );
    }

    #[test]
    fn unrelated_quotes_sharing_common_words_do_not_match() {
        assert_eq!(
            rel(
                "Ghana and Togo will sign a trade pact",
                "We can quickly get a pact done between Ghana and Togo and end this dispute"
            ),
            None,
            "three shared names and no four-word phrase is not enough"
        );
        assert_eq!(
            rel(
                "The council will vote on the budget next week.",
                "We do not know what the council will decide about housing."
            ),
            None
        );
        assert_eq!(rel("", "anything at all"), None);
        assert_eq!(rel("— …", "— …"), None);
    }

    #[test]
    fn speakers_gate_short_and_cross_speaker_matches() {
        let sp = Speakers::default();
        let anna = sp.resolve(Some("Anna Berg"), None);
        let omar = sp.resolve(Some("Omar Haddad"), None);
        let anon = sp.resolve(Some("a senior police official"), None);
        let unknown = Who::Unknown;
        let frag = wording("sign a treaty");
        let full = wording("Both sides will sign a treaty in June.");
        let r = relate(&frag, &full).unwrap();
        assert!(accept(&r, &frag, &full, &anna, &anna));
        assert!(!accept(&r, &frag, &full, &anna, &unknown));
        assert!(!accept(&r, &frag, &full, &anna, &omar));
        let long = wording("Has the army crossed the river yet? No.");
        let longer = wording("Has the army crossed the river yet? No. Until it does, we wait.");
        let r = relate(&long, &longer).unwrap();
        assert!(
            accept(&r, &long, &longer, &anon, &anna),
            "long verbatim text, two speakers"
        );
    }

    #[test]
    fn reordered_words_and_a_kept_phrase_are_rewordings() {
        let sp = Speakers::default();
        let anna = sp.resolve(Some("Anna Berg"), None);
        let omar = sp.resolve(Some("Omar Haddad"), None);
        let unknown = Who::Unknown;
        // Nearly every content word kept, in another order.
        let a = wording("the police only searched a storage depot of smuggling gangs");
        let b = wording("police searched only a smuggling gangs' storage depot");
        let r = relate(&a, &b).unwrap();
        assert_eq!(
            (r.label, r.rule),
            (QuoteLabel::Reworded, "quote:reordered-words")
        );
        assert!(accept(&r, &a, &b, &anna, &unknown));
        // One long phrase kept word for word, the rest reworded: one speaker only.
        let a = wording("No one will be allowed to burn schools in the name of a protest");
        let b = wording("We will not let anybody wreck schools in the name of a protest");
        let r = relate(&a, &b).unwrap();
        assert_eq!(r.rule, "quote:shared-phrase");
        assert!(accept(&r, &a, &b, &anna, &anna));
        assert!(!accept(&r, &a, &b, &anna, &unknown));
        assert!(!accept(&r, &a, &b, &anna, &omar));
        // Two statements that share only a stock phrase.
        assert_eq!(
            rel(
                "They died in the name of a cause we all share, and the city mourns them",
                "Nobody should be jailed in the name of a cause, said the judge on Monday"
            ),
            None
        );
    }

    #[test]
    fn diff_marks_rewording_and_trims_uncovered_ends() {
        let (d, _) = word_diff(
            "baseless reports of conversations that never happened",
            "baseless reports of dialogues that never transpired",
        );
        assert_eq!(
            d,
            "baseless reports of [-conversations-]{+dialogues+} that never \
             [-happened-]{+transpired+}"
        );
        let (d, flags) = word_diff(
            "So many false claims about the talks, frankly.",
            "false tales",
        );
        assert_eq!(d, "… false [-claims-]{+tales+} …");
        assert!(flags.is_empty());
    }

    #[test]
    fn meaning_flags() {
        let f = |a: &str, b: &str| word_diff(a, b).1;
        assert_eq!(
            f("We will sign the deal", "We will not sign the deal"),
            [MeaningFlag::Negation]
        );
        assert_eq!(
            f(
                "We lost 40 trucks in the raid",
                "We lost 14 trucks in the raid"
            ),
            [MeaningFlag::Number]
        );
        assert_eq!(
            f("The plan came from the mayor", "The plan came from Rossi"),
            [MeaningFlag::Name]
        );
        assert_eq!(
            f("The strike will end today", "The strike might end today"),
            [MeaningFlag::Modal]
        );
        assert!(f("I'm not going to answer that", "I won't answer that").is_empty());
        assert!(f("The Harbour Authority said", "The harbour authority said").is_empty());
    }

    mod grouping {
        use super::super::super::fixtures::{article, quote, quote_at};
        use super::*;

        fn run(arts: &[Article]) -> Vec<Built> {
            compare(arts, &Speakers::new(arts))
        }

        #[test]
        fn identical_wording_in_two_articles_is_one_variant() {
            let q = "The water plant will stay closed until the pumps are replaced.";
            let arts = [
                article(
                    "a",
                    vec![quote(q, Some("Mayor Lena Ortiz"), 3)],
                    vec![],
                    vec![],
                ),
                article("b", vec![quote(q, Some("Ortiz"), 8)], vec![], vec![]),
            ];
            let out = run(&arts);
            assert_eq!(out.len(), 1);
            assert_eq!(out[0].status, Status::Agree);
            assert_eq!(out[0].variants.len(), 1);
            assert_eq!(out[0].variants[0].labels, [QuoteLabel::Identical]);
            assert_eq!(out[0].variants[0].speaker.as_deref(), Some("Lena Ortiz"));
            assert_eq!(out[0].variants[0].locations, ["a:3", "b:8"]);
        }

        #[test]
        fn adjacent_quotes_join_against_one_quote_elsewhere() {
            let full = "Did the river rise overnight? Yes. Until it drops, nobody goes back \
                        into those houses.";
            let arts = [
                article(
                    "a",
                    vec![quote(full, Some("a fire official"), 4)],
                    vec![],
                    vec![],
                ),
                article(
                    "b",
                    vec![
                        quote_at(
                            "Did the river rise overnight? Yes,",
                            Some("Sam Reyes"),
                            6,
                            0,
                        ),
                        quote_at(
                            "Until it drops, nobody goes back into those houses.",
                            Some("Reyes"),
                            6,
                            60,
                        ),
                    ],
                    vec![],
                    vec![],
                ),
            ];
            let out = run(&arts);
            let text = out
                .iter()
                .find(|b| b.kind == ComparisonKind::QuoteText)
                .unwrap();
            assert_eq!(text.variants.len(), 2, "{:#?}", text.variants);
            let joined = text.variants.iter().find(|v| v.articles == ["b"]).unwrap();
            assert!(joined.value.contains(" … "));
            assert!(joined.labels.contains(&QuoteLabel::MinorVariant));
            assert!(joined.labels.contains(&QuoteLabel::DifferentSpeaker));
            let who = out
                .iter()
                .find(|b| b.kind == ComparisonKind::QuoteSpeaker)
                .expect("a named person against an anonymous official is a conflict");
            assert_eq!(who.status, Status::Conflict);
        }

        #[test]
        fn two_statements_quoted_back_to_back_do_not_merge() {
            let first = "The budget leaves nothing for the northern districts at all.";
            let second = "We will take the ministry to court over the school closures.";
            let pair = |id: &str| {
                article(
                    id,
                    vec![
                        quote_at(first, Some("Nadia Sow"), 2, 0),
                        quote_at(second, Some("Nadia Sow"), 2, 80),
                    ],
                    vec![],
                    vec![],
                )
            };
            let out = run(&[pair("a"), pair("b")]);
            let texts: Vec<&Built> = out
                .iter()
                .filter(|b| b.kind == ComparisonKind::QuoteText)
                .collect();
            assert_eq!(texts.len(), 2, "each statement stays its own group");
            assert!(texts.iter().all(|b| b.variants.len() == 1));
        }

        #[test]
        fn a_quote_between_two_statements_does_not_chain_them() {
            let one = |id: &str, text: &str| {
                article(id, vec![quote(text, Some("Rosa Lind"), 3)], vec![], vec![])
            };
            let arts = [
                one(
                    "a",
                    "Fuel prices will fall sharply because the refinery in Leeds reopens next \
                     week.",
                ),
                one("b", "the refinery in Leeds reopens as the strike ends"),
                one("c", "Ships sail again in Leeds as the strike ends tonight."),
            ];
            let out = run(&arts);
            let with_a = out
                .iter()
                .find(|b| b.variants.iter().any(|v| v.articles == ["a"]))
                .unwrap();
            assert!(with_a.variants.iter().any(|v| v.articles == ["b"]));
            assert!(!with_a.variants.iter().any(|v| v.articles == ["c"]));
        }

        #[test]
        fn one_shared_sentence_does_not_chain_two_long_quotes() {
            let one = |id: &str, text: &str| {
                article(
                    id,
                    vec![quote(text, Some("Omar Diallo"), 3)],
                    vec![],
                    vec![],
                )
            };
            let shared = "We will not rest until every family has a roof again.";
            let arts = [
                one(
                    "a",
                    &format!(
                        "The dam held through the night. {shared} The army is bringing \
                         tents from the capital."
                    ),
                ),
                one("b", shared),
                one(
                    "c",
                    &format!(
                        "{shared} Schools reopen next week in the eastern villages, and bus \
                         routes resume on Monday."
                    ),
                ),
            ];
            let out = run(&arts);
            assert!(!out.iter().any(|b| {
                let has = |id: &str| b.variants.iter().any(|v| v.articles == [id]);
                has("a") && has("c")
            }));
        }

        #[test]
        fn unrelated_quotes_of_one_speaker_stay_apart() {
            let arts = [
                article(
                    "a",
                    vec![quote(
                        "We can quickly get a pact done between Ghana and Togo and end this \
                         dispute,",
                        Some("Kofi Mensah"),
                        2,
                    )],
                    vec![],
                    vec![],
                ),
                article(
                    "b",
                    vec![quote("Ghana and Togo will sign a pact,", Some("Mensah"), 5)],
                    vec![],
                    vec![],
                ),
            ];
            let out = run(&arts);
            assert_eq!(out.len(), 2);
            assert!(out.iter().all(|b| b.status == Status::Single));
        }

        #[test]
        fn short_fragment_needs_the_same_speaker() {
            let arts = [
                article(
                    "a",
                    vec![quote("a total disgrace", Some("Ada Park"), 2)],
                    vec![],
                    vec![],
                ),
                article(
                    "b",
                    vec![quote(
                        "This ruling is a total disgrace and we will appeal.",
                        Some("Ben Cole"),
                        4,
                    )],
                    vec![],
                    vec![],
                ),
                article(
                    "c",
                    vec![quote(
                        "Frankly it is a total disgrace, and the board knows it.",
                        Some("Park"),
                        7,
                    )],
                    vec![],
                    vec![],
                ),
            ];
            let out = run(&arts);
            let frag = out
                .iter()
                .find(|b| b.variants.iter().any(|v| v.value == "a total disgrace"))
                .unwrap();
            let arts_in: Vec<&str> = frag
                .variants
                .iter()
                .flat_map(|v| v.articles.iter().map(String::as_str))
                .collect();
            assert_eq!(arts_in, ["c", "a"]);
        }
    }
}
