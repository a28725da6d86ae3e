//! Pins the JSON contract (schema_version 1): every object in the seeds' report has exactly
//! the documented keys, with the documented types. A renamed, removed or retyped field fails
//! here; an added field fails too until it is documented and listed below.

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

fn report() -> Value {
    let out = cargo_bin_cmd!()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--format", "json", "seeds/"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Checks `v` is an object with exactly `keys`, each of the given type: `s` string,
/// `i` unsigned integer, `f` number, `b` bool, `a` array, `o` object, `?` suffix: or null.
fn shape(what: &str, v: &Value, keys: &[(&str, &str)]) {
    let obj = v
        .as_object()
        .unwrap_or_else(|| panic!("{what} is not an object: {v}"));
    let mut got: Vec<&str> = obj.keys().map(String::as_str).collect();
    let mut want: Vec<&str> = keys.iter().map(|(k, _)| *k).collect();
    got.sort();
    want.sort();
    assert_eq!(got, want, "{what} keys");
    for (k, t) in keys {
        let x = &obj[*k];
        let (t, nullable) = t.strip_suffix('?').map_or((*t, false), |t| (t, true));
        if nullable && x.is_null() {
            continue;
        }
        let ok = match t {
            "s" => x.is_string(),
            "i" => x.is_u64(),
            "f" => x.is_number(),
            "b" => x.is_boolean(),
            "a" => x.is_array(),
            "o" => x.is_object(),
            _ => unreachable!(),
        };
        assert!(ok, "{what}.{k} should be {t}: {x}");
    }
}

#[test]
fn json_report_has_the_documented_shape() {
    let r = report();
    shape(
        "report",
        &r,
        &[
            ("schema_version", "i"),
            ("articles", "a"),
            ("stories", "a"),
            ("comparisons", "a"),
            ("baseline", "o?"),
        ],
    );
    for s in r["stories"].as_array().unwrap() {
        shape(
            "story",
            s,
            &[("id", "s"), ("label", "a"), ("articles", "a")],
        );
    }
    assert_eq!(
        r["stories"].as_array().unwrap().len(),
        1,
        "the seeds are one story"
    );
    assert_eq!(r["schema_version"], 1);
    let (mut quotes, mut sources, mut figures) = (0, 0, 0);
    for a in r["articles"].as_array().unwrap() {
        shape(
            "article",
            a,
            &[
                ("id", "s"),
                ("path", "s"),
                ("title", "s?"),
                ("outlet", "s?"),
                ("words", "i"),
                ("quotes", "a"),
                ("sources", "a"),
                ("figures", "a"),
                ("terms", "a"),
                ("problems", "a"),
            ],
        );
        for q in a["quotes"].as_array().unwrap() {
            quotes += 1;
            shape(
                "quote",
                q,
                &[
                    ("text", "s"),
                    ("start", "i"),
                    ("end", "i"),
                    ("line", "i"),
                    ("speaker", "s?"),
                    ("speaker_kind", "s?"),
                    ("speaker_mention", "o?"),
                    ("cue", "s?"),
                ],
            );
            if !q["speaker_mention"].is_null() {
                shape(
                    "speaker_mention",
                    &q["speaker_mention"],
                    &[("text", "s"), ("start", "i"), ("end", "i")],
                );
            }
        }
        for s in a["sources"].as_array().unwrap() {
            sources += 1;
            shape(
                "source",
                s,
                &[
                    ("text", "s"),
                    ("start", "i"),
                    ("end", "i"),
                    ("line", "i"),
                    ("kind", "s"),
                    ("anonymous", "b"),
                    ("who", "s"),
                    ("count", "i?"),
                    ("via", "s?"),
                    ("affiliation", "s?"),
                    ("description", "s?"),
                    ("cue", "s?"),
                    ("refers_back", "b"),
                ],
            );
        }
        for f in a["figures"].as_array().unwrap() {
            figures += 1;
            shape(
                "figure",
                f,
                &[
                    ("kind", "s"),
                    ("value", "i"),
                    ("value_max", "i?"),
                    ("qualifier", "s"),
                    ("number_text", "s"),
                    ("reported_by", "s?"),
                    ("as_of", "s?"),
                    ("text", "s"),
                    ("start", "i"),
                    ("end", "i"),
                    ("line", "i"),
                ],
            );
        }
    }
    assert!(quotes > 0 && sources > 0 && figures > 0);
    let comps = r["comparisons"].as_array().unwrap();
    assert!(!comps.is_empty());
    for c in comps {
        shape(
            "comparison",
            c,
            &[
                ("id", "s"),
                ("topic", "s"),
                ("kind", "s"),
                ("status", "s"),
                ("variants", "a"),
                ("explanation", "s"),
                ("absent", "a"),
                ("carried", "i"),
                ("absent_count", "i"),
                ("rule", "s"),
                ("score", "f"),
                ("story", "s?"),
                ("sourcing", "s"),
            ],
        );
        for v in c["variants"].as_array().unwrap() {
            shape(
                "variant",
                v,
                &[
                    ("value", "s"),
                    ("articles", "a"),
                    ("locations", "a"),
                    ("occurrences", "a"),
                    ("notes", "a"),
                    ("reference", "b"),
                    ("labels", "a"),
                    ("speaker", "s?"),
                    ("diff", "s?"),
                    ("flags", "a"),
                    ("score", "f?"),
                    ("reported_by", "s?"),
                    ("range", "o?"),
                ],
            );
            for o in v["occurrences"].as_array().unwrap() {
                shape(
                    "occurrence",
                    o,
                    &[("article", "s"), ("path", "s"), ("line", "i")],
                );
            }
            if v["range"].is_object() {
                shape("range", &v["range"], &[("low", "i"), ("high", "i?")]);
            }
        }
    }
}

#[test]
fn enumerations_use_the_documented_names() {
    let r = report();
    let allowed = |field: &str, v: &Value, names: &[&str]| {
        if let Some(s) = v.as_str() {
            assert!(
                names.contains(&s),
                "{field} = {s:?} is not one of {names:?}"
            );
        }
    };
    for a in r["articles"].as_array().unwrap() {
        for q in a["quotes"].as_array().unwrap() {
            allowed("speaker_kind", &q["speaker_kind"], &["named", "anonymous"]);
        }
        for s in a["sources"].as_array().unwrap() {
            allowed("source kind", &s["kind"], &["anonymous", "named", "relay"]);
        }
        for f in a["figures"].as_array().unwrap() {
            allowed(
                "figure kind",
                &f["kind"],
                &["killed", "injured", "missing", "casualties"],
            );
            allowed(
                "qualifier",
                &f["qualifier"],
                &[
                    "at_least",
                    "more_than",
                    "about",
                    "nearly",
                    "up_to",
                    "range",
                    "exact",
                ],
            );
        }
    }
    for c in r["comparisons"].as_array().unwrap() {
        allowed("status", &c["status"], &["agree", "conflict", "single"]);
        allowed(
            "sourcing",
            &c["sourcing"],
            &["on_record", "anonymous_only", "unattributed"],
        );
        allowed(
            "comparison kind",
            &c["kind"],
            &[
                "quote_text",
                "quote_speaker",
                "source_count",
                "source_outlet",
                "killed",
                "injured",
                "missing",
                "casualties",
            ],
        );
        for v in c["variants"].as_array().unwrap() {
            for l in v["labels"].as_array().unwrap() {
                allowed(
                    "label",
                    l,
                    &[
                        "identical",
                        "trimmed",
                        "minor_variant",
                        "reworded",
                        "different_speaker",
                    ],
                );
            }
            for f in v["flags"].as_array().unwrap() {
                allowed("flag", f, &["negation", "number", "name", "modal"]);
            }
        }
    }
}
