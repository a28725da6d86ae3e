//! Sources: statements of where the article's information came from.

use crate::model::Source;

/// Extracts source statements from `text` (offsets into `text`).
pub fn extract(_text: &str) -> Vec<Source> {
    Vec::new()
}
