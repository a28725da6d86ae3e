//! claimcmp: compare what news outlets claim about the same event.
//!
//! The pipeline follows the data:
//! [`load`] (paths -> documents) -> [`extract`] (document -> article: quotes, sources,
//! figures) -> [`compare`] (articles -> comparisons) -> [`report`] (report -> text).
//! [`model`] holds the plain types every stage shares. Only `load` touches the file system
//! and only `report` formats text.

pub mod compare;
pub mod extract;
pub mod load;
pub mod model;
pub mod report;
pub mod text;

use model::{Report, SCHEMA_VERSION};
use rayon::prelude::*;
use std::path::PathBuf;

pub use load::LoadError;

/// Reads, extracts and compares the articles at `paths` (files or folders).
///
/// Files are read and extracted in parallel; the report lists them in a fixed order (paths
/// as given, folder contents sorted by name), so the output never depends on scheduling or
/// on the file system's listing order. Each article's text is dropped once its claims are
/// extracted.
pub fn analyze(paths: &[PathBuf]) -> Result<Report, LoadError> {
    let files = load::resolve(paths)?;
    let articles: Vec<_> = files
        .par_iter()
        .map(|f| extract::extract(&load::read(f)))
        .collect();
    let comparisons = compare::compare(&articles);
    Ok(Report {
        schema_version: SCHEMA_VERSION,
        articles,
        comparisons,
    })
}
