//! Report: renderers over one [`Report`] value. Each format is a function from the report
//! to text; none of them decides anything about the claims (no filtering, no judging).

pub mod json;
pub mod markdown;
pub mod table;

use crate::model::Report;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for the terminal (comfy-table).
    Table,
    /// The versioned JSON report (see README, "JSON output").
    Json,
    /// GitHub-flavoured Markdown.
    Markdown,
}

/// How to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RenderOptions {
    /// ANSI colour (only for the table; the caller decides from TTY and NO_COLOR).
    pub color: bool,
    /// Table width in columns; `None` lets the table use its natural width.
    pub width: Option<u16>,
    /// Show each comparison's explanation.
    pub explain: bool,
    /// Add the coverage matrix: which article carries which claim.
    pub coverage: bool,
}

/// Renders `report` in `format`. The result ends with a newline.
pub fn render(report: &Report, format: Format, opts: RenderOptions) -> String {
    match format {
        Format::Table => table::render(report, opts),
        Format::Json => json::render(report),
        Format::Markdown => markdown::render(report, opts),
    }
}

/// Renders `report` in `format` into `out`. JSON is streamed; the tables are built first
/// (they need every row to lay out their columns).
pub fn write(
    report: &Report,
    format: Format,
    opts: RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => json::write(report, out),
        _ => out.write_all(render(report, format, opts).as_bytes()),
    }
}

/// Shortens `s` to at most `max` characters, ending with "…" when cut.
pub(crate) fn ellipsize(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// "since OLD.json: 1 new, 2 changed, 5 unchanged, 0 gone", when the run had a baseline.
pub(crate) fn baseline_line(report: &Report) -> Option<String> {
    let b = report.baseline.as_ref()?;
    Some(format!(
        "since {}: {} new, {} changed, {} unchanged, {} gone",
        b.path,
        b.new.len(),
        b.changed.len(),
        b.unchanged,
        b.gone.len()
    ))
}

/// One row of the coverage matrix: the claim and, per article (in report order), whether the
/// article carries it.
pub(crate) fn coverage_rows(report: &Report) -> Vec<(String, Vec<bool>)> {
    report
        .comparisons
        .iter()
        .map(|c| {
            let marks = report
                .articles
                .iter()
                .map(|a| c.variants.iter().any(|v| v.articles.contains(&a.id)))
                .collect();
            (c.topic.clone(), marks)
        })
        .collect()
}

/// The explanation of a comparison with the rule, score and id behind it.
pub(crate) fn why(c: &crate::model::Comparison) -> String {
    format!(
        "{}\nrule {}, score {:.2}, id {}",
        c.explanation, c.rule, c.score, c.id
    )
}
