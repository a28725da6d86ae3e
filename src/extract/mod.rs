//! Extract: one [`Document`] to one [`Article`]. One submodule per kind of claim; each is a
//! pure function from text to claims, with offsets into the text it was given. This module
//! shifts offsets to file offsets (past a BOM) and attaches article metadata. Nothing here
//! compares articles or formats output.

pub mod cues;
pub mod figures;
pub mod marks;
pub mod meta;
pub mod numbers;
pub mod quotes;
pub mod sources;
pub mod speakers;
pub mod tokens;
pub mod topic;

use crate::model::{Article, Document};

/// Words as `wc -w` counts them, less tokens with no letter or digit ("—", "*"). Cheaper
/// than Unicode word segmentation, which cost more than half of a run without extractors.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Extracts every claim from one document. A document that failed to load becomes an
/// article with no claims and its problem listed.
pub fn extract(doc: &Document) -> Article {
    let text = doc.text.as_str();
    let mut problems: Vec<_> = doc.error.iter().cloned().collect();
    if doc.error.is_none() && text.trim().is_empty() {
        problems.push(crate::model::Problem {
            kind: "empty".into(),
            message: format!("{}: file holds no text", doc.path),
        });
    }
    let mut quotes = quotes::extract(text);
    let mut sources = sources::extract(text);
    let mut figures = figures::extract(text);
    let shift = doc.offset;
    if shift > 0 {
        for q in &mut quotes {
            q.start += shift;
            q.end += shift;
            if let Some(m) = &mut q.speaker_mention {
                m.start += shift;
                m.end += shift;
            }
        }
        for s in &mut sources {
            s.start += shift;
            s.end += shift;
        }
        for f in &mut figures {
            f.start += shift;
            f.end += shift;
        }
    }
    Article {
        id: doc.id.clone(),
        path: doc.path.clone(),
        title: meta::title(text),
        outlet: meta::outlet(text),
        words: count_words(text),
        quotes,
        sources,
        figures,
        terms: topic::terms(text),
        names: topic::names(text),
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::count_words;

    #[test]
    fn words_are_whitespace_tokens_with_a_letter_or_digit() {
        assert_eq!(
            count_words("Two U.S. officials told Reuters — on Sunday."),
            7
        );
        assert_eq!(count_words("  \n\t "), 0);
        assert_eq!(count_words("1,200 injuries * *"), 2);
    }
}
