//! Sourcing across articles: how each article sources the story. Two findings: how many
//! anonymous sources it cites ("two officials" vs "three officials") and which outlet they
//! spoke to ("told Reuters" vs "told CBS News"). A count or outlet an article does not
//! state is shown as such and never counts as a disagreement. Named sources are reported
//! in the explanation, so a story nobody sources on the record is marked as such.

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
        let count = anon
            .iter()
            .filter(|s| !s.refers_back)
            .filter_map(|s| s.count)
            .max();
        let counted: Vec<&&Source> = anon
            .iter()
            .filter(|s| count.is_some() && s.count == count)
            .collect();
        let shown: Vec<&&Source> = if counted.is_empty() {
            anon.iter().collect()
        } else {
            counted
        };
        counts.push(Held {
            art,
            value: count.map(|c| c.to_string()),
            lines: shown.iter().map(|s| s.line).collect(),
            written: shown.iter().map(|s| s.text.clone()).collect(),
        });
        let mut via: BTreeMap<String, (String, Vec<usize>, Vec<String>)> = BTreeMap::new();
        for s in &anon {
            if let Some(o) = s.via.as_deref().filter(|o| !o.trim().is_empty()) {
                let e = via
                    .entry(outlet_key(o))
                    .or_insert_with(|| (o.trim().to_string(), vec![], vec![]));
                e.1.push(s.line);
                e.2.push(s.text.clone());
            }
        }
        if via.is_empty() {
            outlets.push(Held {
                art,
                value: None,
                lines: anon.iter().map(|s| s.line).collect(),
                written: anon.iter().map(|s| s.text.clone()).collect(),
            });
        }
        for (_, (shown, lines, written)) in via {
            outlets.push(Held {
                art,
                value: Some(shown),
                lines,
                written,
            });
        }
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
}
