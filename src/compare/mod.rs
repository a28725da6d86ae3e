//! Compare: claims across articles to agreements and conflicts. Pure: no I/O, no formatting.

use crate::model::{Article, Comparison};

/// Groups the articles' claims that speak of the same thing and labels each group.
pub fn compare(_articles: &[Article]) -> Vec<Comparison> {
    Vec::new()
}
