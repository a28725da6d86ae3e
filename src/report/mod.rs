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

/// One row of the coverage matrix: the claim (prefixed with its story in a run of several)
/// and, per article (in report order), whether the article carries it.
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
            let topic = match (&c.story, report.stories.len() > 1) {
                (Some(story), true) => format!("[{story}] {}", c.topic),
                _ => c.topic.clone(),
            };
            (topic, marks)
        })
        .collect()
}

/// The claim as the tables show it: the topic, then (in a run of several stories) the story
/// it belongs to, then a note when no article puts it on the record.
pub(crate) fn claim_text(report: &Report, c: &crate::model::Comparison) -> String {
    let mut s = c.topic.clone();
    if report.stories.len() > 1 {
        match c.story.as_deref() {
            Some(id) => {
                s.push_str("\nstory ");
                s.push_str(id);
                if let Some(st) = report.stories.iter().find(|st| st.id == id) {
                    if !st.label.is_empty() {
                        s.push_str(": ");
                        s.push_str(&st.label.join(", "));
                    }
                }
            }
            None => s.push_str("\nacross stories"),
        }
    }
    if let Some(note) = sourcing_note(c.sourcing) {
        s.push('\n');
        s.push_str(note);
    }
    s
}

/// What a claim's sourcing says when it is not on the record.
pub(crate) fn sourcing_note(s: crate::model::Sourcing) -> Option<&'static str> {
    match s {
        crate::model::Sourcing::OnRecord => None,
        crate::model::Sourcing::AnonymousOnly => Some("not on the record: anonymous sources only"),
        crate::model::Sourcing::Unattributed => Some("not on the record: no source given"),
    }
}

/// The story id of each article, in report order (`-` for articles in no story).
pub(crate) fn article_stories(report: &Report) -> Vec<String> {
    report
        .articles
        .iter()
        .map(|a| {
            report
                .stories
                .iter()
                .find(|s| s.articles.contains(&a.id))
                .map_or_else(|| "-".to_string(), |s| s.id.clone())
        })
        .collect()
}

/// The summary line every text format ends with.
pub(crate) fn summary_line(report: &Report) -> String {
    use crate::model::{Sourcing, Status};
    let count = |s: Status| report.comparisons.iter().filter(|c| c.status == s).count();
    let problems = report
        .articles
        .iter()
        .filter(|a| !a.problems.is_empty())
        .count();
    let off_record = report
        .comparisons
        .iter()
        .filter(|c| c.sourcing != Sourcing::OnRecord)
        .count();
    let stories = report.stories.len();
    format!(
        "{} articles in {} stor{}, {} comparisons: {} conflict, {} agree, {} single; \
         {} not on the record; {} with problems",
        report.articles.len(),
        stories,
        if stories == 1 { "y" } else { "ies" },
        report.comparisons.len(),
        count(Status::Conflict),
        count(Status::Agree),
        count(Status::Single),
        off_record,
        problems
    )
}

/// The explanation of a comparison with the rule, score and id behind it.
pub(crate) fn why(c: &crate::model::Comparison) -> String {
    format!(
        "{}\nrule {}, score {:.2}, id {}",
        c.explanation, c.rule, c.score, c.id
    )
}
