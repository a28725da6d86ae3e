//! JSON renderer: the report as pretty-printed JSON, `schema_version` first. The shape is
//! the public contract documented in README ("JSON output") and pinned by tests.

use crate::model::Report;

/// Pretty JSON with a trailing newline. Field order follows the model types.
pub fn render(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("report serialises");
    s.push('\n');
    s
}
