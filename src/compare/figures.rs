//! Casualty figures across articles: one finding per metric (killed, injured, missing).
//! Each figure is read as the range of values it admits ("at least 406" is 406 and up,
//! "over 220" is 221 and up, "about 300" is 270 to 330). Differing values are always shown
//! side by side, each with its reporting body, never merged into one number; the finding
//! says whether the bodies are the same, whether the ranges are compatible and which value
//! is the most conservative (the smallest number stated).

use super::{ids, occurrence, Built};
use crate::model::{
    Article, ComparisonKind, Figure, FigureKind, FigureRange, Qualifier, Status, Variant,
};
use std::collections::{BTreeMap, BTreeSet};

/// The values a figure admits.
pub(crate) fn range(f: &Figure) -> FigureRange {
    let n = f.value;
    let tenth = n / 10;
    match f.qualifier {
        Qualifier::AtLeast => FigureRange { low: n, high: None },
        Qualifier::MoreThan => FigureRange {
            low: n.saturating_add(1),
            high: None,
        },
        Qualifier::About => FigureRange {
            low: n - tenth,
            high: Some(n.saturating_add(tenth)),
        },
        Qualifier::Nearly => FigureRange {
            low: n - tenth,
            high: Some(n),
        },
        Qualifier::UpTo => FigureRange {
            low: 0,
            high: Some(n),
        },
        Qualifier::Range => FigureRange {
            low: n.min(f.value_max.unwrap_or(n)),
            high: Some(n.max(f.value_max.unwrap_or(n))),
        },
        Qualifier::Exact => FigureRange {
            low: n,
            high: Some(n),
        },
    }
}

/// `1200` -> "1,200".
fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The figure as shown: qualifier and number ("at least 406", "20-30").
pub(crate) fn shown(f: &Figure) -> String {
    let n = grouped(f.value);
    match f.qualifier {
        Qualifier::AtLeast => format!("at least {n}"),
        Qualifier::MoreThan => format!("more than {n}"),
        Qualifier::About => format!("about {n}"),
        Qualifier::Nearly => format!("nearly {n}"),
        Qualifier::UpTo => format!("up to {n}"),
        Qualifier::Range => format!("{n}-{}", grouped(f.value_max.unwrap_or(f.value))),
        Qualifier::Exact => n,
    }
}

/// The range in words ("406 or more", "270 to 330", "exactly 654").
fn range_words(r: FigureRange) -> String {
    match r.high {
        None => format!("{} or more", grouped(r.low)),
        Some(h) if h == r.low => format!("exactly {}", grouped(h)),
        Some(h) => format!("{} to {}", grouped(r.low), grouped(h)),
    }
}

/// A reporting body's comparable words: lowercase, straight apostrophes, no "the", no
/// possessive, no "-based" locator ("Washington-based").
fn body_words(b: &str) -> BTreeSet<String> {
    b.split_whitespace()
        .map(|w| {
            let w = w.replace('\u{2019}', "'").to_lowercase();
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            w.strip_suffix("'s").unwrap_or(w).to_string()
        })
        .filter(|w| !w.is_empty() && w != "the" && !w.ends_with("-based"))
        .collect()
}

/// True when two bodies are the same: equal words, or one's words within the other's
/// ("the Health Ministry" and "Iran's Health Ministry").
pub(crate) fn same_body(a: &str, b: &str) -> bool {
    let (x, y) = (body_words(a), body_words(b));
    !x.is_empty() && !y.is_empty() && (x.is_subset(&y) || y.is_subset(&x))
}

fn metric(kind: FigureKind) -> (ComparisonKind, &'static str) {
    match kind {
        FigureKind::Killed => (ComparisonKind::Killed, "killed"),
        FigureKind::Injured => (ComparisonKind::Injured, "injured"),
        FigureKind::Missing => (ComparisonKind::Missing, "missing"),
        FigureKind::Casualties => (ComparisonKind::Casualties, "casualties"),
    }
}

/// One value from one body, with the articles and lines holding it.
struct Val {
    /// The number as stated (the lower end of a stated range).
    stated: u64,
    shown: String,
    range: FigureRange,
    body: Option<String>,
    arts: Vec<usize>,
    lines: Vec<(usize, usize)>,
}

/// One finding per metric that any article reports.
pub(crate) fn compare(articles: &[Article]) -> Vec<Built> {
    let mut by_metric: BTreeMap<FigureKind, Vec<(usize, &Figure)>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        for f in &a.figures {
            by_metric.entry(f.kind).or_default().push((i, f));
        }
    }
    by_metric
        .into_iter()
        .map(|(kind, figs)| build(articles, kind, &figs))
        .collect()
}

fn build(articles: &[Article], kind: FigureKind, figs: &[(usize, &Figure)]) -> Built {
    let (ckind, name) = metric(kind);
    let mut vals: Vec<Val> = Vec::new();
    for &(art, f) in figs {
        let shown = shown(f);
        let body = f
            .reported_by
            .as_deref()
            .map(str::trim)
            .filter(|b| !b.is_empty());
        let same = |v: &Val| {
            v.shown == shown
                && match (&v.body, body) {
                    (Some(a), Some(b)) => same_body(a, b),
                    (None, None) => true,
                    _ => false,
                }
        };
        match vals.iter_mut().find(|v| same(v)) {
            Some(v) => {
                v.arts.push(art);
                v.lines.push((art, f.line));
                if let (Some(old), Some(b)) = (&v.body, body) {
                    if b.len() > old.len() {
                        v.body = Some(b.to_string());
                    }
                }
            }
            None => vals.push(Val {
                stated: f.value,
                shown,
                range: range(f),
                body: body.map(str::to_string),
                arts: vec![art],
                lines: vec![(art, f.line)],
            }),
        }
    }
    // Smallest stated number first: that is the most conservative toll.
    vals.sort_by(|a, b| {
        (
            a.stated,
            a.range.low,
            a.range.high.unwrap_or(u64::MAX),
            &a.shown,
            &a.body,
        )
            .cmp(&(
                b.stated,
                b.range.low,
                b.range.high.unwrap_or(u64::MAX),
                &b.shown,
                &b.body,
            ))
    });
    let holders: BTreeSet<usize> = vals.iter().flat_map(|v| v.arts.iter().copied()).collect();
    let distinct: BTreeSet<&str> = vals.iter().map(|v| v.shown.as_str()).collect();
    let status = super::value_status(holders.len(), distinct.len());
    let low = vals.iter().map(|v| v.range.low).max().unwrap_or(0);
    let high = vals.iter().filter_map(|v| v.range.high).min();
    let compatible = high.is_none_or(|h| low <= h);
    let bodies: Vec<&str> = vals.iter().filter_map(|v| v.body.as_deref()).collect();
    let one_body = !bodies.is_empty()
        && bodies.len() == vals.len()
        && bodies.iter().all(|b| same_body(b, bodies[0]));
    let conservative = &vals[0];
    let variants: Vec<Variant> = vals
        .iter()
        .map(|v| {
            let (locations, occurrences) = occurrence(articles, &v.lines);
            let mut notes = vec![
                match &v.body {
                    Some(b) => format!("reported by {b}"),
                    None => "reporting body not stated".to_string(),
                },
                format!("range: {}", range_words(v.range)),
            ];
            if distinct.len() > 1 && std::ptr::eq(v, conservative) {
                notes.push("most conservative".into());
            }
            Variant {
                value: v.shown.clone(),
                articles: ids(articles, v.arts.iter().copied()),
                locations,
                occurrences,
                notes,
                reported_by: v.body.clone(),
                range: Some(v.range),
                ..Default::default()
            }
        })
        .collect();
    let listing = vals
        .iter()
        .map(|v| {
            format!(
                "{} ({}; {})",
                v.shown,
                v.body.as_deref().unwrap_or("body not stated"),
                ids(articles, v.arts.iter().copied()).join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join(" vs ");
    let explanation = match status {
        Status::Single => format!("Only one article gives a {name} toll: {listing}."),
        Status::Agree => format!("Every article that gives a {name} toll says {listing}."),
        Status::Conflict => {
            let bodies = if one_body {
                "from the same body"
            } else if bodies.len() == vals.len() {
                "from different bodies"
            } else {
                "not every value names its body"
            };
            let ranges = if compatible {
                "the ranges are compatible (one toll may have been updated or counted differently)"
            } else {
                "the ranges cannot all be true at once"
            };
            format!(
                "The articles give different {name} tolls: {listing}. Values {bodies}; \
                 {ranges}. Most conservative: {} ({}).",
                conservative.shown,
                conservative.body.as_deref().unwrap_or("body not stated")
            )
        }
    };
    Built {
        key: name.to_string(),
        topic: format!("{name} toll"),
        kind: ckind,
        status,
        variants,
        explanation,
        rule: "figure:metric-range".into(),
        score: 1.0,
        holders,
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::figure;
    use super::*;

    #[test]
    fn ranges_follow_the_qualifier() {
        let r = |q, v| range(&figure(FigureKind::Killed, v, q, None));
        assert_eq!(
            r(Qualifier::AtLeast, 406),
            FigureRange {
                low: 406,
                high: None
            }
        );
        assert_eq!(
            r(Qualifier::MoreThan, 220),
            FigureRange {
                low: 221,
                high: None
            }
        );
        assert_eq!(
            r(Qualifier::About, 300),
            FigureRange {
                low: 270,
                high: Some(330)
            }
        );
        assert_eq!(
            r(Qualifier::Exact, 654),
            FigureRange {
                low: 654,
                high: Some(654)
            }
        );
        assert_eq!(r(Qualifier::UpTo, 9).low, 0);
        assert_eq!(r(Qualifier::Nearly, 0).low, 0);
    }

    #[test]
    fn shown_values() {
        let f = figure(FigureKind::Injured, 1200, Qualifier::Exact, None);
        assert_eq!(shown(&f), "1,200");
        let mut f = figure(FigureKind::Killed, 20, Qualifier::Range, None);
        f.value_max = Some(30);
        assert_eq!(shown(&f), "20-30");
        assert_eq!(grouped(1_234_567), "1,234,567");
        assert_eq!(grouped(0), "0");
    }

    #[test]
    fn tolls_agree_conflict_or_stand_alone() {
        use super::super::fixtures::article;
        let k = |v, q, body| figure(FigureKind::Killed, v, q, body);
        let agree = compare(&[
            article(
                "a",
                vec![],
                vec![],
                vec![k(12, Qualifier::Exact, Some("the police"))],
            ),
            article(
                "b",
                vec![],
                vec![],
                vec![k(12, Qualifier::Exact, Some("City Police"))],
            ),
        ]);
        assert_eq!(agree[0].status, Status::Agree);
        assert_eq!(
            agree[0].variants.len(),
            1,
            "same value, same body: one variant"
        );

        let differ = compare(&[
            article(
                "a",
                vec![],
                vec![],
                vec![k(26, Qualifier::About, Some("the Red Cross"))],
            ),
            article(
                "b",
                vec![],
                vec![],
                vec![k(25, Qualifier::Exact, Some("the Red Cross"))],
            ),
        ]);
        let c = &differ[0];
        assert_eq!(c.status, Status::Conflict);
        assert_eq!(c.variants.len(), 2, "differing values are never merged");
        assert!(c.explanation.contains("from the same body"));
        assert!(c.explanation.contains("compatible"), "{}", c.explanation);
        assert!(c.variants[0]
            .notes
            .contains(&"most conservative".to_string()));
        assert_eq!(c.variants[0].value, "25");

        let apart = compare(&[
            article("a", vec![], vec![], vec![k(5, Qualifier::UpTo, None)]),
            article(
                "b",
                vec![],
                vec![],
                vec![k(9, Qualifier::AtLeast, Some("rescuers"))],
            ),
        ]);
        assert!(apart[0].explanation.contains("cannot all be true"));
        assert!(apart[0]
            .explanation
            .contains("not every value names its body"));

        let single = compare(&[article(
            "a",
            vec![],
            vec![],
            vec![k(3, Qualifier::Exact, None)],
        )]);
        assert_eq!(single[0].status, Status::Single);
    }

    #[test]
    fn bodies_match_by_words_not_by_string() {
        assert!(same_body("the Health Ministry", "Iran’s Health Ministry"));
        assert!(same_body(
            "Washington-based Rights Monitor",
            "the Rights Monitor"
        ));
        assert!(!same_body("the Health Ministry", "the Red Crescent"));
        assert!(!same_body("", "the Red Crescent"));
    }
}
