//! Baseline: keep only what is new or changed since an earlier JSON report, for CI runs that
//! should react to changes rather than to every known disagreement. Pure: the caller reads the
//! earlier report (see [`crate::load::read_baseline`]).
//!
//! Comparisons are matched by their stable `id`. One is *changed* when its status, or the
//! value or articles of any variant, differ from the baseline's; line numbers and wording of
//! explanations do not count, so an edit elsewhere in an article does not make it new.

use crate::model::{Baseline, Report};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The part of a comparison that decides whether it changed: status and each variant's value
/// and articles.
fn fingerprint(c: &Value) -> Value {
    let variants: Vec<Value> = c["variants"]
        .as_array()
        .map(|vs| {
            vs.iter()
                .map(|v| serde_json::json!([v["value"], v["articles"]]))
                .collect()
        })
        .unwrap_or_default();
    serde_json::json!([c["status"], variants])
}

/// Filters `report.comparisons` to those new or changed since `old` (an earlier claimcmp
/// JSON report) and records what was kept and dropped in `report.baseline`.
pub fn apply(report: &mut Report, old: &Value, path: &str) {
    let old_by_id: BTreeMap<&str, Value> = old["comparisons"]
        .as_array()
        .map(|cs| {
            cs.iter()
                .filter_map(|c| Some((c["id"].as_str()?, fingerprint(c))))
                .collect()
        })
        .unwrap_or_default();
    let mut summary = Baseline {
        path: path.to_string(),
        new: Vec::new(),
        changed: Vec::new(),
        unchanged: 0,
        gone: Vec::new(),
    };
    let current = std::mem::take(&mut report.comparisons);
    let current_ids: BTreeSet<String> = current.iter().map(|c| c.id.clone()).collect();
    for c in current {
        let now = fingerprint(&serde_json::to_value(&c).expect("comparison serialises"));
        match old_by_id.get(c.id.as_str()) {
            None => {
                summary.new.push(c.id.clone());
                report.comparisons.push(c);
            }
            Some(before) if *before != now => {
                summary.changed.push(c.id.clone());
                report.comparisons.push(c);
            }
            Some(_) => summary.unchanged += 1,
        }
    }
    summary.gone = old_by_id
        .keys()
        .filter(|id| !current_ids.contains(**id))
        .map(|id| id.to_string())
        .collect();
    report.baseline = Some(summary);
}
