//! claimcmp: compare what news outlets claim about the same event.
//!
//! The pipeline follows the data:
//! [`load`] (paths -> documents) -> [`extract`] (document -> article: quotes, sources,
//! figures) -> [`compare`] (articles -> comparisons) -> [`report`] (report -> text).
//! [`model`] holds the plain types every stage shares. Only `load` touches the file system
//! and only `report` formats text.

pub mod baseline;
pub mod compare;
pub mod extract;
pub mod load;
pub mod model;
pub mod report;
pub mod text;

use model::{Article, Report, SCHEMA_VERSION};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use load::LoadError;

/// Reads, extracts and compares the articles at `paths` (files or folders).
///
/// Files are read and extracted in parallel; the report lists them in a fixed order (paths
/// as given, folder contents sorted by name), so the output never depends on scheduling or
/// on the file system's listing order. Each article's text is dropped once its claims are
/// extracted.
pub fn analyze(paths: &[PathBuf]) -> Result<Report, LoadError> {
    analyze_with_progress(paths, &|_, _| {})
}

/// [`analyze`], calling `progress(done, total)` after each file is extracted (from worker
/// threads, in no particular order). The binary draws its progress bar from this.
pub fn analyze_with_progress(
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Report, LoadError> {
    Ok(compare_all(extract_all(paths, progress)?))
}

/// The first stage of [`analyze_with_progress`]: reads and extracts every file, in the
/// report's order. Each document is dropped as soon as its article is extracted, so that
/// no more than one text per worker thread is held at a time.
pub fn extract_all(
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Vec<Article>, LoadError> {
    let files = load::resolve(paths)?;
    let ids = load::article_ids(&files);
    let total = files.len();
    let done = AtomicUsize::new(0);
    Ok(files
        .par_iter()
        .zip(ids)
        .map(|(f, id)| {
            let article = extract::extract(&load::read(f, id));
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
            article
        })
        .collect())
}

/// The second stage of [`analyze_with_progress`]: compares the extracted articles and
/// assembles the report.
pub fn compare_all(articles: Vec<Article>) -> Report {
    let compare::Compared {
        stories,
        comparisons,
    } = compare::compare(&articles);
    Report {
        schema_version: SCHEMA_VERSION,
        articles,
        stories,
        comparisons,
        baseline: None,
    }
}

/// Which findings make the run exit with code 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Any comparison whose status is conflict.
    Conflict,
    /// A conflict, or any comparison with more than one variant (wording differs at all).
    Variant,
    /// Any comparison in the report.
    Any,
}

/// The documented exit code for a finished run: 2 when any input had a problem, 1 when the
/// report holds findings at the `fail_on` level, else 0.
pub fn exit_code(report: &Report, fail_on: Option<FailOn>) -> u8 {
    if report.has_problems() {
        return 2;
    }
    let failed = match fail_on {
        None => false,
        Some(FailOn::Conflict) => report.has_conflicts(),
        Some(FailOn::Variant) => {
            report.has_conflicts() || report.comparisons.iter().any(|c| c.variants.len() > 1)
        }
        Some(FailOn::Any) => !report.comparisons.is_empty(),
    };
    u8::from(failed)
}
