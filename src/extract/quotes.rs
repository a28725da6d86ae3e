//! Quotes: attributed direct quotes and their speakers.

use crate::model::Quote;

/// Extracts attributed direct quotes from `text` (offsets into `text`).
pub fn extract(_text: &str) -> Vec<Quote> {
    Vec::new()
}
