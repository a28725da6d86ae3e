//! Table renderer: the articles and the comparisons as two terminal tables (comfy-table).
//! Colour only when the caller asks for it; width as the caller gives it.

use super::{ellipsize, RenderOptions};
use crate::model::{Report, Status};
use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};

/// Renders the report as text tables.
pub fn render(report: &Report, opts: RenderOptions) -> String {
    let mut out = String::new();
    out.push_str(&articles_table(report, opts).to_string());
    out.push('\n');
    if report.stories.len() > 1 {
        out.push('\n');
        out.push_str(&stories_table(report, opts).to_string());
        out.push('\n');
    }
    if report.comparisons.is_empty() {
        out.push_str("No claims to compare.\n");
    } else {
        out.push('\n');
        out.push_str(&comparisons_table(report, opts).to_string());
        out.push('\n');
    }
    if opts.coverage && !report.comparisons.is_empty() {
        out.push('\n');
        out.push_str(&coverage_table(report, opts).to_string());
        out.push('\n');
    }
    out.push_str(&super::summary_line(report));
    out.push('\n');
    if let Some(line) = super::baseline_line(report) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn new_table(opts: RenderOptions) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    match opts.width {
        Some(w) => {
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(w);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    if !opts.color {
        t.force_no_tty();
    } else {
        t.enforce_styling();
    }
    t
}

fn header(names: &[&str], opts: RenderOptions) -> Vec<Cell> {
    names
        .iter()
        .map(|n| {
            let c = Cell::new(n);
            if opts.color {
                c.add_attribute(Attribute::Bold)
            } else {
                c
            }
        })
        .collect()
}

fn articles_table(report: &Report, opts: RenderOptions) -> Table {
    let mut t = new_table(opts);
    let several = report.stories.len() > 1;
    let mut cols = vec!["id"];
    if several {
        cols.push("story");
    }
    cols.extend([
        "outlet", "title", "quotes", "sources", "figures", "problems",
    ]);
    t.set_header(header(&cols, opts));
    let stories = super::article_stories(report);
    for (a, story) in report.articles.iter().zip(stories) {
        let problems = a
            .problems
            .iter()
            .map(|p| p.kind.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let mut pcell = Cell::new(if problems.is_empty() { "-" } else { &problems });
        if opts.color && !a.problems.is_empty() {
            pcell = pcell.fg(Color::Red);
        }
        let mut row = vec![Cell::new(&a.id)];
        if several {
            row.push(Cell::new(story));
        }
        row.extend([
            Cell::new(a.outlet.as_deref().unwrap_or("-")),
            Cell::new(ellipsize(a.title.as_deref().unwrap_or("-"), 48)),
            Cell::new(a.quotes.len()),
            Cell::new(a.sources.len()),
            Cell::new(a.figures.len()),
            pcell,
        ]);
        t.add_row(row);
    }
    t
}

fn stories_table(report: &Report, opts: RenderOptions) -> Table {
    let mut t = new_table(opts);
    t.set_header(header(&["story", "about", "articles"], opts));
    for s in &report.stories {
        t.add_row(vec![
            Cell::new(&s.id),
            Cell::new(if s.label.is_empty() {
                "-".to_string()
            } else {
                s.label.join(", ")
            }),
            Cell::new(s.articles.join(", ")),
        ]);
    }
    t
}

fn status_cell(s: Status, opts: RenderOptions) -> Cell {
    let (label, color) = match s {
        Status::Conflict => ("conflict", Color::Red),
        Status::Agree => ("agree", Color::Green),
        Status::Single => ("single", Color::DarkGrey),
    };
    let c = Cell::new(label);
    if opts.color {
        c.fg(color)
    } else {
        c
    }
}

fn comparisons_table(report: &Report, opts: RenderOptions) -> Table {
    let mut t = new_table(opts);
    let mut cols = vec!["status", "claim", "variants (articles)"];
    if opts.explain {
        cols.push("why");
    }
    t.set_header(header(&cols, opts));
    for c in &report.comparisons {
        let variants = c
            .variants
            .iter()
            .map(|v| {
                let mut s = format!("{} [{}]", v.value, v.locations.join(", "));
                for n in &v.notes {
                    s.push_str("\n\u{a0}\u{a0}");
                    s.push_str(n);
                }
                s
            })
            .collect::<Vec<_>>()
            .join("\n");
        let mut row = vec![
            status_cell(c.status, opts),
            Cell::new(super::claim_text(report, c)),
            Cell::new(variants),
        ];
        if opts.explain {
            row.push(Cell::new(super::why(c)));
        }
        t.add_row(row);
    }
    t
}

fn coverage_table(report: &Report, opts: RenderOptions) -> Table {
    let mut t = new_table(opts);
    let mut cols = vec!["claim"];
    cols.extend(report.articles.iter().map(|a| a.id.as_str()));
    t.set_header(header(&cols, opts));
    for (topic, marks) in super::coverage_rows(report) {
        let mut row = vec![Cell::new(ellipsize(&topic, 50))];
        row.extend(marks.iter().map(|&m| Cell::new(if m { "●" } else { "·" })));
        t.add_row(row);
    }
    t
}
