//! Compare: claims across articles to agreements and conflicts. Pure: no I/O, no formatting
//! beyond the words of each finding.
//!
//! Each submodule groups one kind of claim (`quotes`, `figures`, `sources`) into
//! `Built` findings; this module gives each a stable id from its content (FNV-1a, so it
//! does not move when an unrelated article is added), lists the articles that do not carry
//! it, and sorts the whole in a fixed order: conflicts first, then agreements, then claims
//! of one article; within each, by kind, topic and id. Nothing here depends on hash-map
//! iteration order.

mod figures;
mod quotes;
mod sources;
mod speakers;
mod stories;
mod words;

use crate::model::{
    Article, Comparison, ComparisonKind, Occurrence, Sourcing, Status, Story, Variant,
};
use std::collections::{BTreeMap, BTreeSet};

/// Longest list of absent articles written out per finding (see [`Comparison::absent`]).
const ABSENT_LIST_MAX: usize = 100;

/// A finding before it gets its id and coverage.
#[derive(Debug, Clone)]
pub(crate) struct Built {
    /// What identifies the claim, independent of which articles hold it (the reference
    /// wording's keys, the metric...). Hashed into the id.
    pub key: String,
    pub topic: String,
    pub kind: ComparisonKind,
    pub status: Status,
    pub variants: Vec<Variant>,
    pub explanation: String,
    pub rule: String,
    pub score: f64,
    /// Indices of the articles that carry the claim.
    pub holders: BTreeSet<usize>,
    /// The story index, for findings made within one story (figures, sourcing); quotes
    /// are grouped across stories and get theirs from their holders.
    pub story: Option<usize>,
    /// How the articles attribute the claim.
    pub sourcing: Sourcing,
}

/// What [`compare`] finds: the stories and the comparisons.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub stories: Vec<Story>,
    pub comparisons: Vec<Comparison>,
}

/// Groups the articles into stories, then the claims that speak of the same thing, and
/// labels each group. Quotes are matched across the whole run (the same words are the same
/// quote whatever the event); tolls and sourcing only within a story.
pub fn compare(articles: &[Article]) -> Compared {
    let speakers = speakers::Speakers::new(articles);
    let mut built = quotes::compare(articles, &speakers);
    let grouping = stories::group(articles);
    for (s, members) in grouping.members.iter().enumerate() {
        let label = &grouping.stories[s].label;
        built.extend(figures::compare(articles, members, s, label));
        built.extend(sources::compare(articles, members, s, label));
    }
    let comparisons = finish(articles, &grouping, built);
    Compared {
        stories: grouping.stories,
        comparisons,
    }
}

/// The sourcing of a claim from who its articles credit: on the record when any names a
/// person or body, anonymous when all credit unnamed sources, unattributed otherwise.
pub(crate) fn sourcing(named: bool, anonymous: bool) -> Sourcing {
    if named {
        Sourcing::OnRecord
    } else if anonymous {
        Sourcing::AnonymousOnly
    } else {
        Sourcing::Unattributed
    }
}

/// Ids, coverage, story and order.
fn finish(
    articles: &[Article],
    grouping: &stories::Grouping,
    built: Vec<Built>,
) -> Vec<Comparison> {
    let mut readable: Vec<usize> = (0..articles.len())
        .filter(|&i| articles[i].problems.is_empty())
        .collect();
    readable.sort_by(|&a, &b| articles[a].id.cmp(&articles[b].id).then(a.cmp(&b)));
    let mut out: Vec<Comparison> = built
        .into_iter()
        .map(|b| {
            let prefix = match b.kind {
                ComparisonKind::QuoteText => "q",
                ComparisonKind::QuoteSpeaker => "qs",
                ComparisonKind::SourceCount | ComparisonKind::SourceOutlet => "s",
                ComparisonKind::Killed
                | ComparisonKind::Injured
                | ComparisonKind::Missing
                | ComparisonKind::Casualties => "f",
            };
            let h = fnv1a(format!("{}\u{0}{}", b.kind.name(), b.key).as_bytes());
            let story = b
                .story
                .or_else(|| grouping.common(b.holders.iter().copied()));
            // Who leaves the claim out: the other articles of its story (all readable
            // articles for a quote carried across stories). Work is in the size of the
            // story, not of the run.
            let scope: &[usize] = match story {
                Some(s) => &grouping.members[s],
                None => &readable,
            };
            let carried = b
                .holders
                .iter()
                .filter(|&&i| articles[i].problems.is_empty())
                .count();
            let absent_count = scope.len().saturating_sub(carried);
            let mut absent: Vec<String> = if absent_count <= ABSENT_LIST_MAX {
                scope
                    .iter()
                    .filter(|i| !b.holders.contains(i))
                    .map(|&i| articles[i].id.clone())
                    .collect()
            } else {
                Vec::new()
            };
            absent.dedup();
            Comparison {
                id: format!("{prefix}-{:08x}", (h >> 32) ^ (h & 0xffff_ffff)),
                topic: b.topic,
                kind: b.kind,
                status: b.status,
                variants: b.variants,
                explanation: b.explanation,
                absent,
                carried,
                absent_count,
                rule: b.rule,
                score: b.score,
                story: story.map(|s| grouping.stories[s].id.clone()),
                sourcing: b.sourcing,
            }
        })
        .collect();
    let rank = |s: Status| match s {
        Status::Conflict => 0,
        Status::Agree => 1,
        Status::Single => 2,
    };
    // Stories in order ("s2" before "s10"); claims spanning stories after them.
    let story_rank = |c: &Comparison| {
        c.story
            .as_deref()
            .and_then(|s| s.strip_prefix('s')?.parse::<usize>().ok())
            .unwrap_or(usize::MAX)
    };
    out.sort_by(|a, b| {
        rank(a.status)
            .cmp(&rank(b.status))
            .then(story_rank(a).cmp(&story_rank(b)))
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.topic.cmp(&b.topic))
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for c in &mut out {
        let n = seen.entry(c.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            c.id = format!("{}-{}", c.id, n);
        }
    }
    out
}

/// The verdict for a value-type claim (a toll, a count of sources, an outlet): single when
/// fewer than two articles carry it, conflict when they state more than one value.
pub(crate) fn value_status(holders: usize, distinct_values: usize) -> Status {
    if holders < 2 {
        Status::Single
    } else if distinct_values > 1 {
        Status::Conflict
    } else {
        Status::Agree
    }
}

/// 64-bit FNV-1a, written out so ids never depend on std's hasher.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// `id:line` strings and occurrences for `(article index, line)` pairs, sorted, no repeats.
pub(crate) fn occurrence(
    articles: &[Article],
    lines: &[(usize, usize)],
) -> (Vec<String>, Vec<Occurrence>) {
    let mut occ: Vec<Occurrence> = lines
        .iter()
        .map(|&(a, line)| Occurrence {
            article: articles[a].id.clone(),
            path: articles[a].path.clone(),
            line,
        })
        .collect();
    occ.sort();
    occ.dedup();
    let locs = occ
        .iter()
        .map(|o| format!("{}:{}", o.article, o.line))
        .collect();
    (locs, occ)
}

/// At most `max` characters of `s`, ending with "…" when cut.
pub(crate) fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Sorted, deduplicated ids of the articles at `ix`.
pub(crate) fn ids(articles: &[Article], ix: impl IntoIterator<Item = usize>) -> Vec<String> {
    let mut v: Vec<String> = ix.into_iter().map(|i| articles[i].id.clone()).collect();
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
pub(crate) mod fixtures;

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;

    fn comparisons(articles: &[Article]) -> Vec<Comparison> {
        compare(articles).comparisons
    }

    #[test]
    fn value_status_is_single_agree_or_conflict() {
        assert_eq!(value_status(1, 1), Status::Single);
        assert_eq!(value_status(1, 2), Status::Single);
        assert_eq!(value_status(3, 1), Status::Agree);
        assert_eq!(value_status(2, 2), Status::Conflict);
    }
    use crate::model::{FigureKind, Qualifier, QuoteLabel};

    #[test]
    fn fnv_matches_reference_values() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn empty_input_gives_nothing() {
        assert!(comparisons(&[]).is_empty());
        assert!(comparisons(&[article("x", vec![], vec![], vec![])]).is_empty());
    }

    #[test]
    fn seeds_like_run_finds_the_expected_conflicts() {
        let out = comparisons(&seed_articles());
        let find = |kind: ComparisonKind, word: &str| {
            out.iter()
                .find(|c| c.kind == kind && c.variants.iter().any(|v| v.value.contains(word)))
                .unwrap_or_else(|| panic!("no {kind:?} comparison with {word:?}"))
        };
        let false_reports = find(ComparisonKind::QuoteText, "dialogues that never");
        assert_eq!(false_reports.status, Status::Conflict);
        let all: BTreeSet<&str> = false_reports
            .variants
            .iter()
            .flat_map(|v| v.articles.iter().map(String::as_str))
            .collect();
        assert_eq!(all, BTreeSet::from(["001", "002", "003", "004"]));
        let reworded = false_reports
            .variants
            .iter()
            .find(|v| v.articles == ["002"])
            .unwrap();
        assert!(reworded.labels.contains(&QuoteLabel::Reworded));
        assert!(reworded
            .diff
            .as_deref()
            .unwrap()
            .contains("[-conversations-]{+dialogues+}"));

        let warning = find(ComparisonKind::QuoteText, "unleash unprecedented");
        assert!(warning.variants.iter().any(|v| v.articles == ["001"]));

        let who = find(ComparisonKind::QuoteSpeaker, "Donald Trump");
        assert_eq!(who.status, Status::Conflict);
        assert_eq!(who.variants.len(), 3);

        let deal = find(ComparisonKind::QuoteText, "make a deal.");
        assert!(deal.variants.iter().any(|v| v.articles == ["003"]));
        assert!(
            !deal
                .variants
                .iter()
                .any(|v| v.articles.contains(&"001".into())),
            "001's other deal remark is another statement"
        );

        let killed = out
            .iter()
            .find(|c| c.kind == ComparisonKind::Killed)
            .unwrap();
        assert_eq!(killed.status, Status::Conflict);
        let count = out
            .iter()
            .find(|c| c.kind == ComparisonKind::SourceCount)
            .unwrap();
        assert_eq!(count.status, Status::Conflict);
        let outlet = out
            .iter()
            .find(|c| c.kind == ComparisonKind::SourceOutlet)
            .unwrap();
        assert_eq!(outlet.status, Status::Conflict);
        assert!(out
            .iter()
            .any(|c| c.kind == ComparisonKind::Injured && c.status == Status::Conflict));
    }

    #[test]
    fn conflicts_come_first_and_ids_are_unique() {
        let out = comparisons(&seed_articles());
        let first_non_conflict = out
            .iter()
            .position(|c| c.status != Status::Conflict)
            .unwrap_or(out.len());
        assert!(out[first_non_conflict..]
            .iter()
            .all(|c| c.status != Status::Conflict));
        let ids: BTreeSet<&str> = out.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), out.len());
    }

    #[test]
    fn ids_and_order_survive_input_order_and_an_unrelated_article() {
        let arts = seed_articles();
        let base = comparisons(&arts);
        let mut reversed = arts.clone();
        reversed.reverse();
        assert_eq!(comparisons(&reversed), base);
        let mut more = arts.clone();
        more.push(unrelated_article());
        let with = comparisons(&more);
        for c in &base {
            assert!(
                with.iter().any(|d| d.id == c.id && d.topic == c.topic),
                "{} ({}) changed id",
                c.id,
                c.topic
            );
        }
    }

    #[test]
    fn coverage_lists_articles_without_the_claim() {
        let out = comparisons(&seed_articles());
        let warning = out
            .iter()
            .find(|c| c.kind == ComparisonKind::QuoteText && c.topic.contains("attacked"))
            .unwrap();
        assert_eq!(warning.absent, ["000", "003", "004"]);
        assert_eq!((warning.carried, warning.absent_count), (2, 3));
    }

    #[test]
    fn odd_text_never_panics() {
        let long = "word ".repeat(20_000);
        let odd = [
            "",
            "…",
            "...",
            "'",
            "n't 's 'll",
            "can't'",
            "Straße — ÉTÉ « oui » 🙂🙂",
            "\u{200b}\u{feff}",
            "1,2,3,,, ....",
            long.as_str(),
        ];
        let mk = |id: &str| {
            article(
                id,
                odd.iter()
                    .enumerate()
                    .map(|(i, t)| quote(t, if i % 2 == 0 { Some("É") } else { None }, i + 1))
                    .collect(),
                vec![source("", Some(0), Some(""))],
                vec![figure(
                    FigureKind::Killed,
                    u64::MAX,
                    Qualifier::MoreThan,
                    Some(""),
                )],
            )
        };
        let out = comparisons(&[mk("a"), mk("b")]);
        assert!(out.iter().any(|c| c.kind == ComparisonKind::Killed));
    }

    /// Times the comparison step alone on the articles of the folder named by
    /// `CLAIMCMP_COMPARE_DIR` (run with `cargo test --release -- --ignored`); prints, never
    /// asserts a time.
    #[test]
    #[ignore]
    fn time_compare_on_a_folder() {
        use rayon::prelude::*;
        let Some(dir) = std::env::var_os("CLAIMCMP_COMPARE_DIR") else {
            return;
        };
        let files = crate::load::resolve(&[dir.into()]).unwrap();
        let ids = crate::load::article_ids(&files);
        let arts: Vec<Article> = files
            .par_iter()
            .zip(ids)
            .map(|(f, id)| crate::extract::extract(&crate::load::read(f, id)))
            .collect();
        let t = std::time::Instant::now();
        let out = comparisons(&arts);
        eprintln!(
            "compare: {} articles, {} comparisons, {:.3} s",
            arts.len(),
            out.len(),
            t.elapsed().as_secs_f64()
        );
    }

    #[test]
    fn long_absent_lists_are_counted_not_listed() {
        let q = "The new runway will open to cargo flights in the spring.";
        let mut arts: Vec<Article> = (0..120)
            .map(|i| article(&format!("{i:03}"), vec![], vec![], vec![]))
            .collect();
        arts[5].quotes.push(quote(q, Some("Ivo Marek"), 2));
        arts[9].quotes.push(quote(q, Some("Marek"), 4));
        let out = comparisons(&arts);
        assert_eq!(out.len(), 1);
        assert!(out[0].absent.is_empty());
        assert_eq!((out[0].carried, out[0].absent_count), (2, 118));
    }
}
