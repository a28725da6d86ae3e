//! JSON renderer: the report as pretty-printed JSON, `schema_version` first. The shape is
//! the public contract documented in README ("JSON output") and pinned by tests.

use crate::model::Report;
use std::io::{self, Write};

/// Pretty JSON with a trailing newline. Field order follows the model types.
pub fn render(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("report serialises");
    s.push('\n');
    s
}

/// Writes the same bytes as [`render`] straight to `out`, without building the whole text in
/// memory first (a report on many articles can be large).
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SCHEMA_VERSION;

    #[test]
    fn streamed_and_rendered_json_are_the_same_bytes() {
        let report = Report {
            schema_version: SCHEMA_VERSION,
            articles: Vec::new(),
            stories: Vec::new(),
            comparisons: Vec::new(),
            baseline: None,
        };
        let mut streamed = Vec::new();
        write(&report, &mut streamed).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), render(&report));
        assert!(render(&report).starts_with("{\n  \"schema_version\": 1,"));
    }
}
