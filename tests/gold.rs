//! Scores claimcmp against hand annotations, with one scorer for every gold file:
//! - tests/gold/seeds.json: the five seed articles the tool was built around (floors 1.0);
//! - tests/gold/heldout.json: twelve articles in tests/heldout/ about four different events,
//!   written for this test. Its misses have since pointed at classes of error that were
//!   fixed (with rules tested on other, fresh sentences), so it is no longer blind: a drop
//!   below its floors is a regression, a high score is not proof of generality;
//! - tests/gold/blind.json: sixteen articles in tests/blind/ about five more events, written
//!   and annotated by someone who had not seen the extractors or their output. Its first,
//!   blind scores are kept beside its floors; its misses have since been worked on (by
//!   class, with rules tested on other sentences), so it is no longer blind either.
//!
//! Each is scored on quotes (with speakers), sources (with count and outlet), figures (with
//! qualifier and reporting body) and the conflicts a careful reader finds. A gold file with
//! `stories` (the articles of one event) is also scored on conflict precision: a conflict
//! that spans articles of two different stories is a false conflict, and each
//! `not_conflicts` pairing reported as a conflict is listed. Every score and every miss is
//! printed (`cargo test --locked --test gold -- --nocapture`); the test fails when a score
//! falls below its floor.

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use std::collections::BTreeSet;

/// Floors for the seeds. The seeds are the articles the tool was built around: anything
/// below these is a regression.
const SEED_FLOORS: &[(&str, f64)] = &[
    ("quote recall", 1.0),
    ("quote precision", 1.0),
    ("speaker accuracy", 1.0),
    ("source recall", 1.0),
    ("source precision", 1.0),
    ("source count+outlet", 1.0),
    ("sources not boilerplate", 1.0),
    ("figure recall", 1.0),
    ("figure precision", 1.0),
    ("figure fields", 1.0),
    ("conflict recall", 1.0),
];

/// Floors for the held-out set, just below what main scored when they were set (source
/// recall .909 and precision .952; every other score 0.98 or more). Boilerplate stays at
/// 1.0: no photo credit or byline may ever be a source.
const HELDOUT_FLOORS: &[(&str, f64)] = &[
    ("quote recall", 0.95),
    ("quote precision", 0.95),
    ("speaker accuracy", 0.95),
    ("source recall", 0.88),
    ("source precision", 0.92),
    ("source count+outlet", 0.95),
    ("sources not boilerplate", 1.0),
    ("figure recall", 0.95),
    ("figure precision", 0.95),
    ("figure fields", 0.95),
    ("conflict recall", 0.95),
    ("conflict recall per story", 0.95),
    ("conflict precision per story", 0.95),
    ("conflict precision", 0.95),
    ("not-conflicts held", 0.95),
];

/// Floors for the blind set (tests/gold/blind.json). Its first, blind scores were: quote
/// recall .952, precision 1.0, speaker .925; source recall .753, precision .936,
/// count+outlet .959; figure recall .969, precision .925, fields .919; conflict recall .548,
/// per story .548 and .654. The floors sit just below main's scores after the fixes its
/// misses pointed to (speaker .975; sources .959, .989, 1.0; figures .984, .969, .921;
/// conflict recall .935, per-story precision 1.0), so the set is no longer blind either.
/// Figure fields rose to .984 in session 5 (reporting bodies that are unnamed workers or
/// named in apposition). Boilerplate stays at 1.0.
const BLIND_FLOORS: &[(&str, f64)] = &[
    ("quote recall", 0.95),
    ("quote precision", 0.95),
    ("speaker accuracy", 0.95),
    ("source recall", 0.95),
    ("source precision", 0.95),
    ("source count+outlet", 0.95),
    ("sources not boilerplate", 1.0),
    ("figure recall", 0.95),
    ("figure precision", 0.95),
    ("figure fields", 0.97),
    ("conflict recall", 0.9),
    ("conflict recall per story", 0.9),
    ("conflict precision per story", 0.95),
    ("conflict precision", 0.95),
    ("not-conflicts held", 0.95),
];

/// Words of bylines, photo credits, links and newsletter lines: a source whose text holds
/// one ("Photograph: Jane Roe/Reuters", "Reporting by ...", "Read more") is boilerplate.
const BOILERPLATE: &[&str] = &[
    "photo",
    "getty",
    "reporting by",
    "editing by",
    "contributed to",
    "copyright",
    "read more",
    "read also",
    "newsletter",
    "sign up",
    "follow us",
    "inputs from",
];

fn norm(s: &str) -> String {
    s.replace(['\u{2019}', '\u{2018}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Runs claimcmp on `paths` (relative to the crate root) and parses its JSON report.
fn run(paths: &[&str]) -> Value {
    let out = cargo_bin_cmd!()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--format", "json"])
        .args(paths)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "claimcmp failed on {paths:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

fn load_gold(name: &str) -> Value {
    load_gold_file(&format!(
        "{}/tests/gold/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn load_gold_file(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn arr(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or(&[])
}

fn items<'a>(rep: &'a Value, article: &str, field: &str) -> Vec<&'a Value> {
    arr(&rep["articles"])
        .iter()
        .filter(|a| a["id"] == article)
        .flat_map(|a| arr(&a[field]).iter())
        .collect()
}

fn all(rep: &Value, field: &str) -> usize {
    arr(&rep["articles"])
        .iter()
        .map(|a| arr(&a[field]).len())
        .sum::<usize>()
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

/// Gold text and predicted text name the same span: one contains the other and the shorter
/// is at least 80% of the longer.
fn same_span(gold: &str, pred: &str) -> bool {
    let (g, p) = (norm(gold), norm(pred));
    let (short, long) = if g.len() <= p.len() {
        (&g, &p)
    } else {
        (&p, &g)
    };
    long.contains(short.as_str()) && short.len() * 5 >= long.len() * 4
}

/// The predicted value holds the gold one: the gold string occurs in it (case and spacing
/// folded), or both are null. A gold list accepts any of its entries.
fn contains_ci(hay: &Value, needle: &Value) -> bool {
    match (hay.as_str(), needle) {
        (_, Value::Array(alts)) => alts.iter().any(|n| contains_ci(hay, n)),
        (Some(h), Value::String(n)) => norm(h).contains(&norm(n)),
        _ => hay.is_null() && needle.is_null(),
    }
}

/// Pairs each gold item with at most one unused prediction of its article: first a
/// prediction that `same` accepts and whose fields `fields_ok` accepts, else one that `same`
/// accepts. Returns, per gold item, the index of its prediction in `preds`.
fn assign<'a>(
    gold: &[Value],
    preds: impl Fn(&str) -> Vec<&'a Value>,
    same: impl Fn(&Value, &Value) -> bool,
    fields_ok: impl Fn(&Value, &Value) -> bool,
) -> Vec<Option<&'a Value>> {
    let mut used: BTreeSet<*const Value> = BTreeSet::new();
    let mut out = vec![None; gold.len()];
    for strict in [true, false] {
        for (i, g) in gold.iter().enumerate() {
            if out[i].is_some() {
                continue;
            }
            let a = g["article"].as_str().unwrap();
            let hit = preds(a).into_iter().find(|p| {
                !used.contains(&(*p as *const Value)) && same(g, p) && (!strict || fields_ok(g, p))
            });
            if let Some(p) = hit {
                used.insert(p as *const Value);
                out[i] = Some(p);
            }
        }
    }
    out
}

/// Article ids a comparison's variants cover.
fn covered(c: &Value) -> BTreeSet<String> {
    arr(&c["variants"])
        .iter()
        .flat_map(|v| arr(&v["articles"]).iter().filter_map(Value::as_str))
        .map(str::to_string)
        .collect()
}

/// The comparison `c` reports the gold conflict `g`: a conflict of the gold kind whose
/// content mentions the needle and whose variants cover the gold articles.
fn reports(c: &Value, g: &Value) -> bool {
    let arts = covered(c);
    c["status"] == "conflict"
        && c["kind"]
            .as_str()
            .unwrap()
            .starts_with(g["kind"].as_str().unwrap())
        && c.to_string().contains(g["needle"].as_str().unwrap())
        && arr(&g["articles"])
            .iter()
            .all(|a| arts.contains(a.as_str().unwrap()))
}

/// Gold conflicts found among the comparisons of `rep`, and a line for each one missed.
fn conflicts_found(rep: &Value, gold: &[Value], label: &str) -> (usize, Vec<String>) {
    let comps = arr(&rep["comparisons"]);
    let mut found = 0;
    let mut misses = Vec::new();
    for g in gold {
        let ok = comps.iter().any(|c| reports(c, g));
        if ok {
            found += 1;
        } else {
            misses.push(format!("{label} missed: {}", g["what"]));
        }
    }
    (found, misses)
}

/// Scores of one gold file, in print order, and every miss.
struct Scored {
    scores: Vec<(&'static str, f64)>,
    misses: Vec<String>,
}

fn score(dir: &str, gold: &Value) -> Scored {
    let rep = run(&[dir]);
    let mut scores: Vec<(&'static str, f64)> = Vec::new();
    let mut misses: Vec<String> = Vec::new();

    // Quotes.
    let gq = arr(&gold["quotes"]);
    let hits = assign(
        gq,
        |a| items(&rep, a, "quotes"),
        |g, q| same_span(g["text"].as_str().unwrap(), q["text"].as_str().unwrap()),
        |g, q| contains_ci(&q["speaker"], &g["speaker"]) && q["speaker_kind"] == g["speaker_kind"],
    );
    let (mut found, mut speaker_ok) = (0, 0);
    for (g, hit) in gq.iter().zip(&hits) {
        let a = g["article"].as_str().unwrap();
        match hit {
            Some(q) => {
                found += 1;
                if contains_ci(&q["speaker"], &g["speaker"])
                    && q["speaker_kind"] == g["speaker_kind"]
                {
                    speaker_ok += 1;
                } else {
                    misses.push(format!(
                        "speaker {a}: {} -> {} ({})",
                        g["text"], q["speaker"], q["speaker_kind"]
                    ));
                }
            }
            None => misses.push(format!("quote missed {a}: {}", g["text"])),
        }
    }
    scores.push(("quote recall", ratio(found, gq.len())));
    scores.push(("quote precision", ratio(found, all(&rep, "quotes"))));
    scores.push(("speaker accuracy", ratio(speaker_ok, found)));
    extra(&rep, "quotes", &hits, &mut misses, |q| {
        q["text"].to_string()
    });

    // Sources.
    let gs = arr(&gold["sources"]);
    let source_fields = |g: &Value, s: &Value| {
        s["count"] == g["count"]
            && contains_ci(&s["via"], &g["via"])
            && s["anonymous"] == g["anonymous"]
    };
    let hits = assign(
        gs,
        |a| items(&rep, a, "sources"),
        |g, s| norm(s["text"].as_str().unwrap()).contains(&norm(g["text"].as_str().unwrap())),
        source_fields,
    );
    let (mut found, mut fields_ok) = (0, 0);
    for (g, hit) in gs.iter().zip(&hits) {
        let a = g["article"].as_str().unwrap();
        match hit {
            Some(s) => {
                found += 1;
                if source_fields(g, s) {
                    fields_ok += 1;
                } else {
                    misses.push(format!(
                        "source fields {a}: {} (count {}, via {}, anonymous {}) -> {} (count {}, via {}, anonymous {})",
                        g["text"], g["count"], g["via"], g["anonymous"],
                        s["text"], s["count"], s["via"], s["anonymous"]
                    ));
                }
            }
            None => misses.push(format!("source missed {a}: {}", g["text"])),
        }
    }
    scores.push(("source recall", ratio(found, gs.len())));
    scores.push(("source precision", ratio(found, all(&rep, "sources"))));
    scores.push(("source count+outlet", ratio(fields_ok, found)));
    let preds: Vec<&Value> = arr(&rep["articles"])
        .iter()
        .flat_map(|a| arr(&a["sources"]).iter())
        .collect();
    let boiler: Vec<&&Value> = preds
        .iter()
        .filter(|s| {
            let t = norm(s["text"].as_str().unwrap());
            BOILERPLATE.iter().any(|b| t.contains(b))
        })
        .collect();
    for s in &boiler {
        misses.push(format!("boilerplate source: {}", s["text"]));
    }
    scores.push((
        "sources not boilerplate",
        1.0 - ratio(boiler.len(), preds.len().max(1)),
    ));
    extra(&rep, "sources", &hits, &mut misses, |s| {
        format!("{} ({})", s["text"], s["kind"])
    });

    // Figures.
    let gf = arr(&gold["figures"]);
    let figure_fields = |g: &Value, f: &Value| {
        f["qualifier"] == g["qualifier"] && contains_ci(&f["reported_by"], &g["reported_by"])
    };
    let hits = assign(
        gf,
        |a| items(&rep, a, "figures"),
        |g, f| f["kind"] == g["kind"] && f["value"] == g["value"],
        figure_fields,
    );
    let (mut found, mut fields_ok) = (0, 0);
    for (g, hit) in gf.iter().zip(&hits) {
        let a = g["article"].as_str().unwrap();
        let want = format!(
            "{} {} {} by {}",
            g["kind"], g["qualifier"], g["value"], g["reported_by"]
        );
        match hit {
            Some(f) => {
                found += 1;
                if figure_fields(g, f) {
                    fields_ok += 1;
                } else {
                    misses.push(format!(
                        "figure fields {a}: {want} -> {} by {}",
                        f["qualifier"], f["reported_by"]
                    ));
                }
            }
            None => misses.push(format!("figure missed {a}: {want}")),
        }
    }
    scores.push(("figure recall", ratio(found, gf.len())));
    scores.push(("figure precision", ratio(found, all(&rep, "figures"))));
    scores.push(("figure fields", ratio(fields_ok, found)));
    extra(&rep, "figures", &hits, &mut misses, |f| {
        format!("{} {} ({})", f["kind"], f["value"], f["text"])
    });

    // Conflicts (see `reports`).
    let gc = arr(&gold["conflicts"]);
    let (found, m) = conflicts_found(&rep, gc, "conflict");
    misses.extend(m);
    scores.push(("conflict recall", ratio(found, gc.len())));

    if let Some(stories) = gold["stories"].as_array() {
        story_scores(&rep, gold, stories, &mut scores, &mut misses);
    }
    Scored { scores, misses }
}

/// Scores that need to know which articles report one event: conflict recall and precision
/// when each story is run on its own (how the tool is used; a conflict no gold conflict of
/// the story accounts for is unexpected), conflict precision on the whole set, and the
/// `not_conflicts` pairings.
fn story_scores(
    rep: &Value,
    gold: &Value,
    stories: &[Value],
    scores: &mut Vec<(&'static str, f64)>,
    misses: &mut Vec<String>,
) {
    let story_of = |id: &str| stories.iter().position(|s| arr(s).iter().any(|a| a == id));
    let path_of = |id: &str| {
        arr(&rep["articles"])
            .iter()
            .find(|a| a["id"] == id)
            .and_then(|a| a["path"].as_str())
            .unwrap()
            .to_string()
    };

    // Per story: run on the story's files only, look for the gold conflicts within it.
    let gc = arr(&gold["conflicts"]);
    let (mut found, mut reported, mut expected) = (0, 0, 0);
    for (n, story) in stories.iter().enumerate() {
        let paths: Vec<String> = arr(story)
            .iter()
            .map(|a| path_of(a.as_str().unwrap()))
            .collect();
        let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
        let alone = run(&refs);
        let own: Vec<Value> = gc
            .iter()
            .filter(|c| story_of(arr(&c["articles"])[0].as_str().unwrap()) == Some(n))
            .cloned()
            .collect();
        let (f, m) = conflicts_found(&alone, &own, "conflict (story run alone)");
        found += f;
        misses.extend(m);
        for c in arr(&alone["comparisons"]) {
            if c["status"] != "conflict" {
                continue;
            }
            reported += 1;
            if own.iter().any(|g| reports(c, g)) {
                expected += 1;
            } else {
                misses.push(format!(
                    "unexpected conflict (story run alone): {} {} over {:?}",
                    c["kind"],
                    c["topic"],
                    covered(c)
                ));
            }
        }
    }
    scores.push(("conflict recall per story", ratio(found, gc.len())));
    scores.push(("conflict precision per story", ratio(expected, reported)));

    // Precision: a conflict is false when its articles belong to more than one story.
    let conflicts: Vec<&Value> = arr(&rep["comparisons"])
        .iter()
        .filter(|c| c["status"] == "conflict")
        .collect();
    let mut within = 0;
    for c in &conflicts {
        let arts = covered(c);
        let touched: BTreeSet<Option<usize>> = arts.iter().map(|a| story_of(a)).collect();
        if touched.len() == 1 {
            within += 1;
        } else {
            misses.push(format!(
                "false conflict across stories: {} {} over {:?}",
                c["kind"], c["topic"], arts
            ));
        }
    }
    scores.push(("conflict precision", ratio(within, conflicts.len())));

    // Pairings that must not be reported: the two articles in different variants of one
    // conflict of that kind.
    let nc = arr(&gold["not_conflicts"]);
    let mut held = 0;
    for g in nc {
        let kind = g["kind"].as_str().unwrap();
        let pair = arr(&g["articles"]);
        let (x, y) = (&pair[0], &pair[1]);
        let reported = conflicts.iter().any(|c| {
            let vs = arr(&c["variants"]);
            let holds = |v: &Value, a: &Value| arr(&v["articles"]).contains(a);
            c["kind"].as_str().unwrap().starts_with(kind)
                && vs.iter().enumerate().any(|(i, v)| {
                    holds(v, x)
                        && vs
                            .iter()
                            .enumerate()
                            .any(|(j, w)| i != j && holds(w, y) && !holds(w, x))
                })
        });
        if reported {
            misses.push(format!("not-conflict reported: {kind} {}", g["what"]));
        } else {
            held += 1;
        }
    }
    scores.push(("not-conflicts held", ratio(held, nc.len())));
}

/// Lists the predictions of `field` that no gold item took.
fn extra(
    rep: &Value,
    field: &str,
    hits: &[Option<&Value>],
    misses: &mut Vec<String>,
    show: impl Fn(&Value) -> String,
) {
    let taken: BTreeSet<*const Value> = hits.iter().flatten().map(|v| *v as *const Value).collect();
    for a in arr(&rep["articles"]) {
        for p in arr(&a[field]) {
            if !taken.contains(&(p as *const Value)) {
                misses.push(format!(
                    "extra {field} {}: {}",
                    a["id"].as_str().unwrap_or("?"),
                    show(p)
                ));
            }
        }
    }
}

/// Prints every score and miss of one set in a single block, then checks the floors.
fn check(set: &str, scored: &Scored, floors: &[(&str, f64)]) {
    let mut out = format!("== {set}\n");
    for (name, score) in &scored.scores {
        out.push_str(&format!("{name:>30}: {score:.3}\n"));
    }
    for m in &scored.misses {
        out.push_str(&format!("  {m}\n"));
    }
    println!("{out}");
    for (name, floor) in floors {
        let score = scored.scores.iter().find(|(n, _)| n == name).unwrap().1;
        assert!(score >= *floor, "{set}: {name} {score:.3} is below {floor}");
    }
}

#[test]
fn extraction_matches_the_gold_annotation_of_the_seeds() {
    let scored = score("seeds/", &load_gold("seeds"));
    check("seeds", &scored, SEED_FLOORS);
}

#[test]
fn heldout_articles_score_above_their_floors() {
    let gold = load_gold("heldout");
    let scored = score("tests/heldout", &gold);
    check("heldout", &scored, HELDOUT_FLOORS);
}

/// Every article of `dir` is in exactly one story of `gold`, and every gold quote and source
/// is text of its article: a gold file that drifted from its articles would score nothing.
fn gold_is_consistent(dir: &str, gold: &Value) {
    let rep = run(&[dir]);
    let ids: BTreeSet<&str> = arr(&rep["articles"])
        .iter()
        .filter_map(|a| a["id"].as_str())
        .collect();
    let in_stories: Vec<&str> = arr(&gold["stories"])
        .iter()
        .flat_map(|s| arr(s).iter().filter_map(Value::as_str))
        .collect();
    assert_eq!(
        in_stories.len(),
        ids.len(),
        "{dir}: every article in exactly one story"
    );
    assert_eq!(in_stories.iter().copied().collect::<BTreeSet<_>>(), ids);
    for field in ["quotes", "sources"] {
        for g in arr(&gold[field]) {
            let a = g["article"].as_str().unwrap();
            let path = arr(&rep["articles"])
                .iter()
                .find(|x| x["id"] == a)
                .and_then(|x| x["path"].as_str())
                .unwrap();
            let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
            let text = std::fs::read_to_string(full).unwrap();
            let want = norm(g["text"].as_str().unwrap());
            assert!(
                norm(&text).contains(&want),
                "{dir}: {field} {a}: {want} not in the article"
            );
        }
    }
}

#[test]
fn heldout_gold_names_every_article_once_and_only_real_text() {
    gold_is_consistent("tests/heldout", &load_gold("heldout"));
}

#[test]
fn blind_articles_score_above_their_floors() {
    let gold = load_gold("blind");
    gold_is_consistent("tests/blind", &gold);
    let scored = score("tests/blind", &gold);
    check("blind", &scored, BLIND_FLOORS);
}

/// Scores a gold set kept outside the repository (real articles whose licence does not allow
/// committing them): `GOLD_DIR=/path/articles GOLD_FILE=/path/gold.json cargo test --locked
/// --test gold -- --ignored --nocapture`. Prints the scores; fails only on an inconsistent
/// gold file.
#[test]
#[ignore = "needs GOLD_DIR and GOLD_FILE"]
fn external_gold_set() {
    let dir = std::env::var("GOLD_DIR").expect("GOLD_DIR: the folder of articles");
    let gold = load_gold_file(&std::env::var("GOLD_FILE").expect("GOLD_FILE: its gold JSON"));
    gold_is_consistent(&dir, &gold);
    check("external", &score(&dir, &gold), &[]);
}
