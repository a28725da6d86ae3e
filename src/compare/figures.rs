//! Casualty figures across articles: one finding per metric (killed, injured, missing).
//! Each figure is read as the range of values it admits ("at least 406" is 406 and up,
//! "over 220" is 221 and up, "about 300" is 270 to 330). Differing values are always shown
//! side by side, each with its reporting body, never merged into one number; the finding
//! says whether the bodies are the same, whether the ranges are compatible and which value
//! is the most conservative (the smallest number stated).

use super::{ids, occurrence, Built};
use crate::model::{
    Article, ComparisonKind, Figure, FigureKind, FigureRange, Qualifier, Sourcing, Status, Variant,
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
    /// The body most of its articles credit (see [`Val::settle`]).
    body: Option<String>,
    /// Every body credited for this value, with the articles crediting it.
    bodies: Vec<(String, Vec<usize>)>,
    /// Articles that give this value without a body.
    unsourced: Vec<usize>,
    arts: Vec<usize>,
    lines: Vec<(usize, usize)>,
}

impl Val {
    /// Records that article `art` credits this value to `body` (none: no body stated).
    fn credit(&mut self, art: usize, body: Option<&str>) {
        match body {
            None => self.unsourced.push(art),
            Some(b) => match self.bodies.iter_mut().find(|(o, _)| same_body(o, b)) {
                Some((old, arts)) => {
                    arts.push(art);
                    if b.len() > old.len() {
                        *old = b.to_string();
                    }
                }
                None => self.bodies.push((b.to_string(), vec![art])),
            },
        }
    }

    /// Sorts and deduplicates the credits and picks the main body: the one most articles
    /// credit, then the first named.
    fn settle(&mut self) {
        for (_, arts) in &mut self.bodies {
            arts.sort_unstable();
            arts.dedup();
        }
        // An article that credits the value somewhere is not an unsourced holder of it.
        let credited: BTreeSet<usize> = self
            .bodies
            .iter()
            .flat_map(|(_, a)| a.iter().copied())
            .collect();
        self.unsourced.retain(|a| !credited.contains(a));
        self.unsourced.sort_unstable();
        self.unsourced.dedup();
        self.body = self
            .bodies
            .iter()
            .enumerate()
            .max_by(|(i, a), (j, b)| a.1.len().cmp(&b.1.len()).then(j.cmp(i)))
            .map(|(_, (b, _))| b.clone());
    }
}

/// One finding per metric that any article of the story reports. `members` are the story's
/// article indices; `story` is its index and `label` its label, which goes into the key so
/// that each story's tolls keep their own id.
pub(crate) fn compare(
    articles: &[Article],
    members: &[usize],
    story: usize,
    label: &[String],
) -> Vec<Built> {
    let mut by_metric: BTreeMap<FigureKind, Vec<(usize, &Figure)>> = BTreeMap::new();
    for &i in members {
        for f in &articles[i].figures {
            by_metric.entry(f.kind).or_default().push((i, f));
        }
    }
    by_metric
        .into_iter()
        .map(|(kind, figs)| {
            let mut b = build(articles, kind, &figs);
            b.key = format!("{}\u{0}{}", b.key, label.join(" "));
            b.story = Some(story);
            b
        })
        .collect()
}

/// People who are not named: a toll credited only to them is not on the record.
const UNNAMED_HEADS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "people",
    "person",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "insider",
    "insiders",
];

/// How a toll is attributed: on the record when a body is named ("the Health Ministry"),
/// anonymous when only unnamed people are credited ("officials", "local sources").
pub(crate) fn body_sourcing(body: Option<&str>) -> Sourcing {
    match body.map(str::trim).filter(|b| !b.is_empty()) {
        None => Sourcing::Unattributed,
        Some(b) => {
            let head = b
                .rsplit(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .unwrap_or("");
            let named = b
                .split_whitespace()
                .any(|w| w.starts_with(char::is_uppercase));
            if !named && UNNAMED_HEADS.contains(&head.to_lowercase().as_str()) {
                Sourcing::AnonymousOnly
            } else {
                Sourcing::OnRecord
            }
        }
    }
}

/// The reporting body a figure names, trimmed; none when blank.
fn body_of(f: &Figure) -> Option<&str> {
    f.reported_by
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty())
}

fn build(articles: &[Article], kind: FigureKind, figs: &[(usize, &Figure)]) -> Built {
    let (ckind, name) = metric(kind);
    let mut vals: Vec<Val> = Vec::new();
    for &(art, f) in figs {
        let shown = shown(f);
        // A headline or lead that repeats a number the article credits elsewhere ("Quake
        // kills 40" ... "40 people were killed, the health office said") is that credited
        // figure, not a second, unsourced one.
        let body = body_of(f).or_else(|| {
            figs.iter()
                .filter(|(a, g)| *a == art && super::figures::shown(g) == shown)
                .find_map(|(_, g)| body_of(g))
        });
        // One variant per value: the same number from two bodies is one value, with both
        // bodies listed; differing numbers are never merged.
        match vals.iter_mut().find(|v| v.shown == shown) {
            Some(v) => {
                v.arts.push(art);
                v.lines.push((art, f.line));
                v.credit(art, body);
            }
            None => {
                let mut v = Val {
                    stated: f.value,
                    shown,
                    range: range(f),
                    body: None,
                    bodies: Vec::new(),
                    unsourced: Vec::new(),
                    arts: vec![art],
                    lines: vec![(art, f.line)],
                };
                v.credit(art, body);
                vals.push(v);
            }
        }
    }
    for v in &mut vals {
        v.settle();
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
            let mut notes: Vec<String> = Vec::new();
            let several = v.bodies.len() > 1 || (!v.bodies.is_empty() && !v.unsourced.is_empty());
            for (b, arts) in &v.bodies {
                notes.push(if several {
                    format!(
                        "reported by {b} ({})",
                        ids(articles, arts.iter().copied()).join(", ")
                    )
                } else {
                    format!("reported by {b}")
                });
            }
            if v.bodies.is_empty() {
                notes.push("reporting body not stated".to_string());
            } else if !v.unsourced.is_empty() {
                notes.push(format!(
                    "no body stated in {}",
                    ids(articles, v.unsourced.iter().copied()).join(", ")
                ));
            }
            notes.push(format!("range: {}", range_words(v.range)));
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
    let sourcing = vals
        .iter()
        .flat_map(|v| v.bodies.iter().map(|(b, _)| body_sourcing(Some(b))))
        .min()
        .unwrap_or(Sourcing::Unattributed);
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
        story: None,
        sourcing,
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

    /// Compares `arts` as one story.
    fn one_story(arts: &[Article]) -> Vec<Built> {
        let all: Vec<usize> = (0..arts.len()).collect();
        compare(arts, &all, 0, &[])
    }

    #[test]
    fn tolls_agree_conflict_or_stand_alone() {
        use super::super::fixtures::article;
        let k = |v, q, body| figure(FigureKind::Killed, v, q, body);
        let agree = one_story(&[
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

        let differ = one_story(&[
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

        let apart = one_story(&[
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
        assert_eq!(
            apart[0].sourcing,
            Sourcing::OnRecord,
            "rescuers are a named group of people, not unnamed officials"
        );
        assert_eq!(differ[0].sourcing, Sourcing::OnRecord);

        let single = one_story(&[article(
            "a",
            vec![],
            vec![],
            vec![k(3, Qualifier::Exact, None)],
        )]);
        assert_eq!(single[0].status, Status::Single);
    }

    #[test]
    fn tolls_credited_to_unnamed_people_are_not_on_the_record() {
        assert_eq!(body_sourcing(None), Sourcing::Unattributed);
        assert_eq!(body_sourcing(Some("  ")), Sourcing::Unattributed);
        assert_eq!(body_sourcing(Some("officials")), Sourcing::AnonymousOnly);
        assert_eq!(
            body_sourcing(Some("local sources")),
            Sourcing::AnonymousOnly
        );
        assert_eq!(
            body_sourcing(Some("Health Ministry officials")),
            Sourcing::OnRecord
        );
        assert_eq!(body_sourcing(Some("the civil defence")), Sourcing::OnRecord);
        assert_eq!(body_sourcing(Some("state media")), Sourcing::OnRecord);
    }

    #[test]
    fn an_unsourced_repeat_takes_the_body_the_article_gives_elsewhere() {
        use super::super::fixtures::article;
        let k = |v, body| figure(FigureKind::Killed, v, Qualifier::AtLeast, body);
        let out = one_story(&[
            article(
                "a",
                vec![],
                vec![],
                vec![k(40, None), k(40, Some("the health office"))],
            ),
            article("b", vec![], vec![], vec![k(52, Some("the civil defence"))]),
        ]);
        assert_eq!(out[0].variants.len(), 2, "{:?}", out[0].variants);
        assert_eq!(out[0].variants[0].locations, ["a:9"]);
        assert_eq!(
            out[0].variants[0].reported_by.as_deref(),
            Some("the health office")
        );
    }

    #[test]
    fn one_number_from_two_bodies_is_one_value_listing_both() {
        use super::super::fixtures::article;
        let k = |v, body| figure(FigureKind::Killed, v, Qualifier::Exact, body);
        let out = one_story(&[
            article(
                "a",
                vec![],
                vec![],
                vec![k(47, Some("the Doctors Network"))],
            ),
            article("b", vec![], vec![], vec![k(47, Some("the Lawyers Group"))]),
            article("c", vec![], vec![], vec![k(47, Some("Doctors Network"))]),
            article("d", vec![], vec![], vec![k(47, None)]),
            article("e", vec![], vec![], vec![k(63, Some("the government"))]),
        ]);
        let c = &out[0];
        assert_eq!(c.status, Status::Conflict, "47 against 63");
        assert_eq!(c.variants.len(), 2, "{:?}", c.variants);
        let v = &c.variants[0];
        assert_eq!(v.articles, ["a", "b", "c", "d"]);
        assert_eq!(v.reported_by.as_deref(), Some("the Doctors Network"));
        assert_eq!(
            v.notes[..3],
            [
                "reported by the Doctors Network (a, c)",
                "reported by the Lawyers Group (b)",
                "no body stated in d"
            ]
        );
    }

    #[test]
    fn each_story_keeps_its_own_tolls_and_ids() {
        use super::super::fixtures::article;
        let k = |v| figure(FigureKind::Killed, v, Qualifier::Exact, Some("police"));
        let arts = [
            article("a", vec![], vec![], vec![k(12)]),
            article("b", vec![], vec![], vec![k(40)]),
        ];
        let quake = compare(&arts, &[0], 0, &["quake".into()]);
        let ferry = compare(&arts, &[1], 1, &["ferry".into()]);
        assert_eq!((quake.len(), ferry.len()), (1, 1));
        assert_eq!(quake[0].status, Status::Single);
        assert_eq!((quake[0].story, ferry[0].story), (Some(0), Some(1)));
        assert_ne!(quake[0].key, ferry[0].key);
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
