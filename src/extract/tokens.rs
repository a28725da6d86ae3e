//! Tokens of the narrative text around quotes, for the attribution rules in `quotes`.
//!
//! The text inside quoted spans is not tokenized: each span becomes one `Open` and one
//! `Close` token, so rules that look for a speaker never read words from inside a quote.
//! Abbreviation periods ("Mr.", "U.S.", "J.") stay part of their word, so they never end a
//! sentence. This module only cuts text into tokens and answers questions about single words.

use super::marks::{is_paragraph_break, Span};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A word: letters and digits with inner apostrophes, hyphens, periods.
    Word,
    /// One punctuation character.
    Punct,
    /// The opening mark of quoted span number `span`.
    Open,
    /// The closing mark (or end) of quoted span number `span`.
    Close,
    /// A paragraph break.
    Para,
}

/// One token with its byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
    /// Index of the quoted span for `Open`/`Close`; `usize::MAX` otherwise.
    pub span: usize,
}

/// Words whose trailing period is an abbreviation, not a sentence end.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
    "cmdr", "maj", "prof", "rev", "jr", "sr", "st", "mt", "ft", "jan", "feb", "mar", "apr", "aug",
    "sept", "sep", "oct", "nov", "dec", "no", "vs", "inc", "co", "corp", "ltd", "dept", "gov't",
    "pres", "supt", "messrs", "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "e.g", "i.e", "etc",
    "ph.d", "cpl", "pvt", "atty", "asst", "assn", "brig", "insp", "cdr", "lt.col", "sqn", "ldr",
];

fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    let mut chars = word.chars();
    let single_cap = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_cap || (word.contains('.') && word.len() <= 8)
}

fn joins_word(c: char) -> bool {
    matches!(c, '.' | '\'' | '\u{2019}' | '-' | '&' | '\u{2011}')
}

/// Cuts `text` into tokens; `spans` (from `marks::find`) become `Open`/`Close` pairs.
pub fn tokenize(text: &str, spans: &[Span]) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut cursor = 0;
    for (k, sp) in spans.iter().enumerate() {
        segment(text, cursor, sp.open(), &mut toks);
        toks.push(Tok {
            s: sp.open(),
            e: sp.start(),
            kind: Kind::Open,
            span: k,
        });
        toks.push(Tok {
            s: sp.end(),
            e: sp.after(),
            kind: Kind::Close,
            span: k,
        });
        cursor = sp.after();
    }
    segment(text, cursor, text.len(), &mut toks);
    toks
}

fn segment(text: &str, from: usize, to: usize, toks: &mut Vec<Tok>) {
    if from >= to {
        return;
    }
    let seg = &text[from..to];
    let mut iter = seg.char_indices().peekable();
    while let Some((rel, c)) = iter.next() {
        let i = from + rel;
        if c == '\n' {
            if is_paragraph_break(text, i) && toks.last().is_none_or(|t| t.kind != Kind::Para) {
                toks.push(Tok {
                    s: i,
                    e: i + 1,
                    kind: Kind::Para,
                    span: usize::MAX,
                });
            }
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            loop {
                let rest = &text[end..to];
                let mut rc = rest.chars();
                match (rc.next(), rc.next()) {
                    (Some(a), _) if a.is_alphanumeric() => end += a.len_utf8(),
                    (Some(j), Some(b)) if joins_word(j) && b.is_alphanumeric() => {
                        end += j.len_utf8()
                    }
                    // "9/11", "24/7": a slash between digits.
                    (Some('/'), Some(b))
                        if b.is_ascii_digit()
                            && text[..end].ends_with(|c: char| c.is_ascii_digit()) =>
                    {
                        end += 1
                    }
                    _ => break,
                }
            }
            if text[end..to].starts_with('.') && is_abbreviation(&text[i..end]) {
                end += 1;
            }
            while iter.peek().is_some_and(|&(r, _)| from + r < end) {
                iter.next();
            }
            toks.push(Tok {
                s: i,
                e: end,
                kind: Kind::Word,
                span: usize::MAX,
            });
        } else {
            toks.push(Tok {
                s: i,
                e: i + c.len_utf8(),
                kind: Kind::Punct,
                span: usize::MAX,
            });
        }
    }
}

/// True when `word` starts with an uppercase letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::marks;

    fn words(t: &str) -> Vec<String> {
        let spans = marks::find(t);
        tokenize(t, &spans)
            .iter()
            .map(|k| match k.kind {
                Kind::Open => "<Q".to_string(),
                Kind::Close => "Q>".to_string(),
                Kind::Para => "¶".to_string(),
                _ => t[k.s..k.e].to_string(),
            })
            .collect()
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            words("Mr. Lee met U.S. Sen. J. Doe."),
            ["Mr.", "Lee", "met", "U.S.", "Sen.", "J.", "Doe", "."]
        );
    }

    #[test]
    fn sentence_period_is_its_own_token() {
        assert_eq!(words("It rained. Then"), ["It", "rained", ".", "Then"]);
    }

    #[test]
    fn quotes_are_opaque() {
        assert_eq!(
            words("“We won, he said,” she said.\n\nNext"),
            ["<Q", "Q>", "she", "said", ".", "¶", "Next"]
        );
    }

    #[test]
    fn slash_between_digits_stays_in_word() {
        assert_eq!(
            words("the 9/11 families and/or"),
            ["the", "9/11", "families", "and", "/", "or"]
        );
    }

    #[test]
    fn possessives_and_hyphens_stay_in_words() {
        assert_eq!(
            words("Iran’s well-known forces’ base"),
            ["Iran’s", "well-known", "forces", "’", "base"]
        );
    }
}
