//! Scores the extraction on seeds/ against the hand annotation in tests/gold/seeds.json:
//! quotes (with speakers), sources (with count and outlet), figures (with qualifier and
//! reporting body) and the conflicts a careful reader finds. Prints the scores and fails when
//! any falls below the floor set here.

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

/// Floors for the seeds. The seeds are the articles the tool was built around: anything
/// below these is a regression.
const FLOORS: &[(&str, f64)] = &[
    ("quote recall", 1.0),
    ("quote precision", 1.0),
    ("speaker accuracy", 1.0),
    ("source recall", 1.0),
    ("source precision", 1.0),
    ("source count+outlet", 1.0),
    ("figure recall", 1.0),
    ("figure precision", 1.0),
    ("figure fields", 1.0),
    ("conflict recall", 1.0),
];

fn norm(s: &str) -> String {
    s.replace(['\u{2019}', '\u{2018}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn report() -> Value {
    let out = cargo_bin_cmd!()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--format", "json", "seeds/"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn gold() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold/seeds.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn items<'a>(rep: &'a Value, article: &str, field: &str) -> Vec<&'a Value> {
    rep["articles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["id"] == article)
        .flat_map(|a| a[field].as_array().unwrap().iter())
        .collect()
}

fn all(rep: &Value, field: &str) -> usize {
    rep["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a[field].as_array().unwrap().len())
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

fn contains_ci(hay: &Value, needle: &Value) -> bool {
    match (hay.as_str(), needle.as_str()) {
        (Some(h), Some(n)) => norm(h).contains(&norm(n)),
        _ => hay.is_null() && needle.is_null(),
    }
}

#[test]
fn extraction_matches_the_gold_annotation_of_the_seeds() {
    let rep = report();
    let gold = gold();
    let mut scores: Vec<(&str, f64)> = Vec::new();
    let mut misses: Vec<String> = Vec::new();

    // Quotes.
    let gq = gold["quotes"].as_array().unwrap();
    let (mut found, mut speaker_ok) = (0, 0);
    for g in gq {
        let a = g["article"].as_str().unwrap();
        let hit = items(&rep, a, "quotes")
            .into_iter()
            .find(|q| same_span(g["text"].as_str().unwrap(), q["text"].as_str().unwrap()));
        match hit {
            Some(q) => {
                found += 1;
                if contains_ci(&q["speaker"], &g["speaker"])
                    && q["speaker_kind"] == g["speaker_kind"]
                {
                    speaker_ok += 1;
                } else {
                    misses.push(format!("speaker {a}: {} -> {}", g["text"], q["speaker"]));
                }
            }
            None => misses.push(format!("quote missed {a}: {}", g["text"])),
        }
    }
    scores.push(("quote recall", ratio(found, gq.len())));
    scores.push(("quote precision", ratio(found, all(&rep, "quotes"))));
    scores.push(("speaker accuracy", ratio(speaker_ok, found)));

    // Sources.
    let gs = gold["sources"].as_array().unwrap();
    let (mut found, mut fields_ok) = (0, 0);
    for g in gs {
        let a = g["article"].as_str().unwrap();
        let gt = norm(g["text"].as_str().unwrap());
        let hit = items(&rep, a, "sources")
            .into_iter()
            .find(|s| norm(s["text"].as_str().unwrap()).contains(&gt));
        match hit {
            Some(s) => {
                found += 1;
                if s["count"] == g["count"]
                    && contains_ci(&s["via"], &g["via"])
                    && s["anonymous"] == g["anonymous"]
                {
                    fields_ok += 1;
                } else {
                    misses.push(format!("source fields {a}: {} -> {s}", g["text"]));
                }
            }
            None => misses.push(format!("source missed {a}: {}", g["text"])),
        }
    }
    scores.push(("source recall", ratio(found, gs.len())));
    scores.push(("source precision", ratio(found, all(&rep, "sources"))));
    scores.push(("source count+outlet", ratio(fields_ok, found)));

    // Figures.
    let gf = gold["figures"].as_array().unwrap();
    let (mut found, mut fields_ok) = (0, 0);
    for g in gf {
        let a = g["article"].as_str().unwrap();
        let hit = items(&rep, a, "figures")
            .into_iter()
            .find(|f| f["kind"] == g["kind"] && f["value"] == g["value"]);
        match hit {
            Some(f) => {
                found += 1;
                if f["qualifier"] == g["qualifier"]
                    && contains_ci(&f["reported_by"], &g["reported_by"])
                {
                    fields_ok += 1;
                } else {
                    misses.push(format!("figure fields {a}: {g} -> {f}"));
                }
            }
            None => misses.push(format!("figure missed {a}: {g}")),
        }
    }
    scores.push(("figure recall", ratio(found, gf.len())));
    scores.push(("figure precision", ratio(found, all(&rep, "figures"))));
    scores.push(("figure fields", ratio(fields_ok, found)));

    // Conflicts: a conflict of the gold kind whose content mentions the needle and whose
    // variants cover the gold articles.
    let gc = gold["conflicts"].as_array().unwrap();
    let comps = rep["comparisons"].as_array().unwrap();
    let mut found = 0;
    for g in gc {
        let kind = g["kind"].as_str().unwrap();
        let needle = g["needle"].as_str().unwrap();
        let ok = comps.iter().any(|c| {
            let arts: Vec<&str> = c["variants"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|v| {
                    v["articles"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter_map(|a| a.as_str())
                })
                .collect();
            c["status"] == "conflict"
                && c["kind"].as_str().unwrap().starts_with(kind)
                && c.to_string().contains(needle)
                && g["articles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|a| arts.contains(&a.as_str().unwrap()))
        });
        if ok {
            found += 1;
        } else {
            misses.push(format!("conflict missed: {}", g["what"]));
        }
    }
    scores.push(("conflict recall", ratio(found, gc.len())));

    for (name, score) in &scores {
        println!("{name:>20}: {score:.3}");
    }
    for m in &misses {
        println!("  {m}");
    }
    for (name, floor) in FLOORS {
        let score = scores.iter().find(|(n, _)| n == name).unwrap().1;
        assert!(score >= *floor, "{name} {score:.3} is below {floor}");
    }
}
