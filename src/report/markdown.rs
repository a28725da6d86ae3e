//! Markdown renderer: the same two tables as the terminal table, as GitHub pipe tables.

use super::RenderOptions;
use crate::model::Report;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', "<br>")
}

/// Renders the report as Markdown.
pub fn render(report: &Report, opts: RenderOptions) -> String {
    let mut out = String::from("# claimcmp report\n\n## Articles\n\n");
    out.push_str("| id | story | outlet | title | quotes | sources | figures | problems |\n");
    out.push_str("|---|---|---|---|---:|---:|---:|---|\n");
    let stories = super::article_stories(report);
    for (a, story) in report.articles.iter().zip(stories) {
        let problems = a
            .problems
            .iter()
            .map(|p| p.message.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
            cell(&a.id),
            cell(&story),
            cell(a.outlet.as_deref().unwrap_or("-")),
            cell(a.title.as_deref().unwrap_or("-")),
            a.quotes.len(),
            a.sources.len(),
            a.figures.len(),
            if problems.is_empty() {
                "-".to_string()
            } else {
                cell(&problems)
            },
        ));
    }
    if !report.stories.is_empty() {
        out.push_str("\n## Stories\n\n| story | about | articles |\n|---|---|---|\n");
        for s in &report.stories {
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                cell(&s.id),
                cell(&s.label.join(", ")),
                cell(&s.articles.join(", "))
            ));
        }
    }
    out.push_str("\n## Comparisons\n\n");
    if let Some(line) = super::baseline_line(report) {
        out.push_str(&line);
        out.push_str("\n\n");
    }
    if report.comparisons.is_empty() {
        out.push_str("No claims to compare.\n\n");
        out.push_str(&super::summary_line(report));
        out.push('\n');
        return out;
    }
    out.push_str("| status | claim | variant | articles |");
    out.push_str(if opts.explain { " why |\n" } else { "\n" });
    out.push_str("|---|---|---|---|");
    out.push_str(if opts.explain { "---|\n" } else { "\n" });
    for c in &report.comparisons {
        for (i, v) in c.variants.iter().enumerate() {
            let (status, topic) = if i == 0 {
                (
                    format!("{:?}", c.status).to_lowercase(),
                    cell(&super::claim_text(report, c)),
                )
            } else {
                (String::new(), String::new())
            };
            let mut value = cell(&v.value);
            for n in &v.notes {
                value.push_str("<br>");
                value.push_str(&cell(n));
            }
            out.push_str(&format!(
                "| {} | {} | {} | {} |",
                status,
                topic,
                value,
                v.locations.join(", ")
            ));
            if opts.explain {
                let why = if i == 0 {
                    cell(&c.explanation)
                } else {
                    String::new()
                };
                out.push_str(&format!(" {why} |"));
            }
            out.push('\n');
        }
    }
    if opts.coverage {
        out.push_str("\n## Coverage\n\n| claim |");
        for a in &report.articles {
            out.push_str(&format!(" {} |", cell(&a.id)));
        }
        out.push_str("\n|---|");
        out.push_str(&"---|".repeat(report.articles.len()));
        out.push('\n');
        for (topic, marks) in super::coverage_rows(report) {
            out.push_str(&format!("| {} |", cell(&topic)));
            for m in marks {
                out.push_str(if m { " ● |" } else { " · |" });
            }
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(&super::summary_line(report));
    out.push('\n');
    out
}
