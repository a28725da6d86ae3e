//! Sourcing across the articles of one story: how each sources the story's main claim. Two
//! findings: how many anonymous sources it cites ("two officials" vs "three officials") and
//! which outlet they spoke to ("told Reuters" vs "told CBS News"). News puts the main claim
//! first, so an article's sourcing of it is its lead attribution: the first anonymous source
//! that states a count or an outlet (later anonymous sources back other claims, such as a
//! ceasefire report relayed from another outlet, and are not set against it); when the lead
//! gives no count, a later new mention of the same people that does gives it. A count or
//! outlet an article does not state is shown as such and never counts as a disagreement.
//! Named sources are reported in the explanation.

use super::{ids, occurrence, Built};
use crate::model::{Article, ComparisonKind, Source, SourceKind, Sourcing, Status, Variant};
use std::collections::{BTreeMap, BTreeSet};

/// What an article holds for one sourcing question.
struct Held {
    art: usize,
    /// The stated value (count or outlet), `None` when the article does not state it.
    value: Option<String>,
    lines: Vec<usize>,
    written: Vec<String>,
}

fn anonymous(s: &Source) -> bool {
    s.anonymous || s.kind == SourceKind::Anonymous
}

/// True when the source names the outlet it spoke to.
fn has_via(s: &Source) -> bool {
    s.via.as_deref().is_some_and(|o| !o.trim().is_empty())
}

/// True when `later` counts the people of a lead that gave no count: a new mention (not a
/// reference back such as "one of the sources") of the same description that states how
/// many, and spoke to the same outlet or names none ("medical sources told AFP" ... "two
/// medical sources at the hospital told AFP").
fn same_people(lead: &Source, later: &Source) -> bool {
    !later.refers_back
        && later.count.is_some()
        && lead.who.eq_ignore_ascii_case(&later.who)
        && match (&lead.via, &later.via) {
            (Some(a), Some(b)) => outlet_key(a) == outlet_key(b),
            _ => true,
        }
}

/// An outlet's comparable form: no leading "the", case folded.
fn outlet_key(o: &str) -> String {
    let o = o.trim();
    let o = o
        .strip_prefix("the ")
        .or_else(|| o.strip_prefix("The "))
        .unwrap_or(o);
    o.to_lowercase()
}

/// The two sourcing findings (count, outlet) of one story, each only when some article of
/// it has anonymous sources. `members` are the story's article indices, `story` its index
/// and `label` its label (part of each finding's key).
pub(crate) fn compare(
    articles: &[Article],
    members: &[usize],
    story: usize,
    label: &[String],
) -> Vec<Built> {
    let mut counts = Vec::new();
    let mut outlets = Vec::new();
    let mut named: BTreeSet<usize> = BTreeSet::new();
    for &art in members {
        let a = &articles[art];
        let anon: Vec<&Source> = a.sources.iter().filter(|s| anonymous(s)).collect();
        if a.sources.iter().any(|s| s.kind == SourceKind::Named) {
            named.insert(art);
        }
        if anon.is_empty() {
            continue;
        }
        // The lead attribution: the first anonymous source that says how many or whom they
        // spoke to. Later "the officials" (refers back) may add the outlet it left out.
        let lead = anon
            .iter()
            .position(|s| !s.refers_back && (s.count.is_some() || has_via(s)));
        let Some(lead) = lead else {
            let lines: Vec<usize> = anon.iter().map(|s| s.line).collect();
            let written: Vec<String> = anon.iter().map(|s| s.text.clone()).collect();
            for list in [&mut counts, &mut outlets] {
                list.push(Held {
                    art,
                    value: None,
                    lines: lines.clone(),
                    written: written.clone(),
                });
            }
            continue;
        };
        let first = anon[lead];
        let counted = first.count.map(|_| first).or_else(|| {
            anon[lead + 1..]
                .iter()
                .copied()
                .find(|s| same_people(first, s))
        });
        let mut lines = vec![first.line];
        let mut written = vec![first.text.clone()];
        if let Some(c) = counted.filter(|c| !std::ptr::eq(*c, first)) {
            lines.push(c.line);
            written.push(c.text.clone());
        }
        counts.push(Held {
            art,
            value: counted.and_then(|c| c.count).map(|c| c.to_string()),
            lines,
            written,
        });
        let via_source = std::iter::once(first)
            .chain(
                anon[lead + 1..]
                    .iter()
                    .copied()
                    .take_while(|s| s.refers_back),
            )
            .find(|s| has_via(s));
        let mut lines = vec![first.line];
        let mut written = vec![first.text.clone()];
        if let Some(v) = via_source.filter(|v| !std::ptr::eq(*v, first)) {
            lines.push(v.line);
            written.push(v.text.clone());
        }
        outlets.push(Held {
            art,
            value: via_source
                .and_then(|s| s.via.as_deref())
                .map(|o| o.trim().to_string()),
            lines,
            written,
        });
    }
    let mut out = Vec::new();
    if !counts.is_empty() {
        out.push(build(
            articles,
            ComparisonKind::SourceCount,
            &counts,
            &named,
        ));
    }
    if !outlets.is_empty() {
        out.push(build(
            articles,
            ComparisonKind::SourceOutlet,
            &outlets,
            &named,
        ));
    }
    for b in &mut out {
        b.key = format!("{}\u{0}{}", b.key, label.join(" "));
        b.story = Some(story);
    }
    out
}

fn build(
    articles: &[Article],
    kind: ComparisonKind,
    held: &[Held],
    named: &BTreeSet<usize>,
) -> Built {
    let (topic, what, missing) = match kind {
        ComparisonKind::SourceCount => (
            "number of anonymous sources",
            "a different number of anonymous sources",
            "number not stated",
        ),
        _ => (
            "outlet the anonymous sources spoke to",
            "different outlets as the one the anonymous sources spoke to",
            "outlet not stated",
        ),
    };
    let mut by_value: BTreeMap<Option<String>, Vec<&Held>> = BTreeMap::new();
    for h in held {
        let key = h.value.as_deref().map(outlet_key);
        by_value.entry(key).or_default().push(h);
    }
    let stated: Vec<&Option<String>> = by_value.keys().filter(|k| k.is_some()).collect();
    let holders: BTreeSet<usize> = held.iter().map(|h| h.art).collect();
    let status = super::value_status(holders.len(), stated.len());
    let mut variants: Vec<Variant> = by_value
        .iter()
        .map(|(key, hs)| {
            let lines: Vec<(usize, usize)> = hs
                .iter()
                .flat_map(|h| h.lines.iter().map(move |l| (h.art, *l)))
                .collect();
            let (locations, occurrences) = occurrence(articles, &lines);
            let mut written: Vec<String> = hs.iter().flat_map(|h| h.written.clone()).collect();
            written.sort();
            written.dedup();
            let value = match key {
                Some(_) => hs[0].value.clone().unwrap_or_default(),
                None => missing.to_string(),
            };
            Variant {
                value,
                articles: ids(articles, hs.iter().map(|h| h.art)),
                locations,
                occurrences,
                notes: written
                    .into_iter()
                    .map(|w| format!("as written: {w}"))
                    .collect(),
                ..Default::default()
            }
        })
        .collect();
    variants.sort_by(|a, b| (a.value == missing, &a.value).cmp(&(b.value == missing, &b.value)));
    let listing = variants
        .iter()
        .map(|v| format!("{} in {}", v.value, v.articles.join(", ")))
        .collect::<Vec<_>>()
        .join("; ");
    let mut explanation = match status {
        Status::Conflict => format!("The articles cite {what}: {listing}."),
        Status::Agree => format!("The articles agree: {listing}."),
        Status::Single => format!("Only one article cites anonymous sources: {listing}."),
    };
    explanation.push_str(
        " Each article counts by its lead attribution (its first anonymous source that \
         states a count or an outlet; a count given later for the same people is its count).",
    );
    if named.is_empty() {
        explanation.push_str(" No article names a source on the record.");
    } else {
        explanation.push_str(&format!(
            " Articles that also name a source: {}.",
            ids(articles, named.iter().copied()).join(", ")
        ));
    }
    Built {
        key: kind.name().to_string(),
        topic: topic.to_string(),
        kind,
        status,
        variants,
        explanation,
        rule: format!("source:{}", kind.name().replace('_', "-")),
        score: 1.0,
        holders,
        story: None,
        sourcing: Sourcing::AnonymousOnly,
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{article, source};
    use super::*;

    #[test]
    fn unstated_counts_never_conflict() {
        let arts = [
            article(
                "a",
                vec![],
                vec![source("two officials", Some(2), Some("Reuters"))],
                vec![],
            ),
            article("b", vec![], vec![source("officials", None, None)], vec![]),
        ];
        let out = compare(&arts, &[0, 1, 2][..arts.len()], 0, &[]);
        assert!(out.iter().all(|b| b.status == Status::Agree));
        let count = &out[0];
        assert_eq!(count.variants.last().unwrap().value, "number not stated");
    }

    #[test]
    fn outlets_compare_case_and_article_blind() {
        let arts = [
            article(
                "a",
                vec![],
                vec![source("two aides", Some(2), Some("the Globe"))],
                vec![],
            ),
            article(
                "b",
                vec![],
                vec![source("two aides", Some(2), Some("The Globe"))],
                vec![],
            ),
            article(
                "c",
                vec![],
                vec![source("an aide", Some(1), Some("Radio Sur"))],
                vec![],
            ),
        ];
        let out = compare(&arts, &[0, 1, 2][..arts.len()], 0, &[]);
        let outlet = out
            .iter()
            .find(|b| b.kind == ComparisonKind::SourceOutlet)
            .unwrap();
        assert_eq!(outlet.status, Status::Conflict);
        assert_eq!(outlet.variants.len(), 2);
        assert!(outlet.explanation.contains("No article names a source"));
    }

    #[test]
    fn the_lead_attribution_sources_the_story_and_later_ones_do_not_count() {
        let vague = source("officials said", None, None);
        let mut lead = source(
            "three officials told the Courier",
            Some(3),
            Some("the Courier"),
        );
        lead.line = 4;
        let mut relay = source("a source told Reuters", Some(1), Some("Reuters"));
        relay.line = 12;
        let mut counted = source("two officials said", Some(2), None);
        counted.line = 2;
        let mut back = source(
            "the officials, speaking to the Courier",
            None,
            Some("the Courier"),
        );
        back.line = 5;
        back.refers_back = true;
        let arts = [
            article("a", vec![], vec![vague, lead, relay], vec![]),
            article("b", vec![], vec![counted, back], vec![]),
        ];
        let out = compare(&arts, &[0, 1], 0, &[]);
        let count = &out[0];
        assert_eq!(count.status, Status::Conflict, "3 against 2");
        assert_eq!(count.variants[1].locations, ["a:4"]);
        let outlet = &out[1];
        assert_eq!(
            outlet.status,
            Status::Agree,
            "the relayed Reuters source backs another claim; b's officials spoke to the Courier"
        );
        assert_eq!(outlet.variants.len(), 1);
        assert_eq!(outlet.variants[0].locations, ["a:4", "b:2", "b:5"]);
        assert_eq!(outlet.sourcing, Sourcing::AnonymousOnly);
    }

    #[test]
    fn a_lead_without_a_count_takes_it_from_a_later_mention_of_the_same_people() {
        let mut lead = source("medical sources told AFP", None, Some("AFP"));
        lead.who = "medical sources".into();
        let mut one_of = source("one of the medical sources said", Some(1), None);
        one_of.who = "medical sources".into();
        one_of.refers_back = true;
        one_of.line = 5;
        let mut counted = source(
            "Two medical sources at the main hospital told AFP",
            Some(2),
            Some("AFP"),
        );
        counted.who = "medical sources".into();
        counted.line = 7;
        let mut other_outlet = source("two medical sources told Reuters", Some(2), Some("Reuters"));
        other_outlet.who = "medical sources".into();
        let mut other_people = source("three diplomats said", Some(3), None);
        other_people.who = "diplomats".into();
        let arts = [
            article("a", vec![], vec![lead.clone(), one_of, counted], vec![]),
            article("b", vec![], vec![lead.clone(), other_outlet], vec![]),
            article("c", vec![], vec![lead, other_people], vec![]),
        ];
        let out = compare(&arts, &[0, 1, 2], 0, &[]);
        let count = &out[0];
        let two = count.variants.iter().find(|v| v.value == "2").unwrap();
        assert_eq!(two.locations, ["a:3", "a:7"]);
        let unstated: Vec<&str> = count
            .variants
            .iter()
            .filter(|v| v.value != "2")
            .flat_map(|v| v.articles.iter().map(String::as_str))
            .collect();
        assert_eq!(
            unstated,
            ["b", "c"],
            "another outlet's or other people's count is not the lead's"
        );
    }
}
