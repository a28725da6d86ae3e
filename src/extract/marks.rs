//! Quotation marks: finds the spans of text that stand in double quotation marks.
//!
//! Knows curly (“ ”), low (“„”), guillemet (« ») and straight (") double marks; single marks
//! and apostrophes (forces’, ’90s, we’re) are never quote marks here, so they neither open nor
//! close a span and stay inside the span that holds them. A span that is still open at the end
//! of its paragraph either continues (the next paragraph opens with a mark: the convention for
//! a quote running over several paragraphs) or ends there (an unbalanced mark), so a stray
//! mark never swallows the rest of the article. This module only finds spans: it does not
//! decide whether a span is an attributed quote.

/// One paragraph's piece of a quoted span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset of the first quoted character (whitespace after the mark skipped).
    pub start: usize,
    /// Byte offset just past the last quoted character (whitespace before the mark skipped).
    pub end: usize,
    /// Byte offset of the closing mark; `None` when the part runs to the paragraph end.
    pub close: Option<usize>,
    /// Byte offset just past the closing mark (or `end` when there is none).
    pub after: usize,
}

/// A quoted span: one part, or one per paragraph for a quote re-opened each paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The parts in text order; never empty.
    pub parts: Vec<Part>,
}

impl Span {
    /// Byte offset of the first opening mark.
    pub fn open(&self) -> usize {
        self.parts[0].open
    }

    /// Byte offset of the first quoted character.
    pub fn start(&self) -> usize {
        self.parts[0].start
    }

    /// Byte offset just past the last quoted character.
    pub fn end(&self) -> usize {
        self.parts[self.parts.len() - 1].end
    }

    /// Byte offset just past the closing mark of the last part.
    pub fn after(&self) -> usize {
        self.parts[self.parts.len() - 1].after
    }

    /// The quoted words: each part's text, joined by one space.
    pub fn text(&self, text: &str) -> String {
        let mut out = String::new();
        for p in &self.parts {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&text[p.start..p.end]);
        }
        out
    }
}

/// Typographic family of a mark: a span closes with a mark of the family that opened it,
/// and a mark of the other family inside it is a nested quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Curly,
    Straight,
}

/// Which way a mark faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facing {
    Left,
    Right,
    Either,
}

fn classify(c: char) -> Option<(Facing, Family)> {
    match c {
        '\u{201C}' | '\u{201E}' | '\u{201F}' | '\u{AB}' => Some((Facing::Left, Family::Curly)),
        '\u{201D}' | '\u{BB}' => Some((Facing::Right, Family::Curly)),
        '"' => Some((Facing::Either, Family::Straight)),
        _ => None,
    }
}

/// True when `text` holds a double quotation mark that [`find`] reads: straight, curly or a
/// guillemet. One `memchr` pass over the bytes such marks start with (`"`, and the lead
/// bytes of "“", "”", "„", "‟", "«", "»"), so that an article without quotation marks costs
/// no more than that scan.
pub fn has_marks(text: &str) -> bool {
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, text.as_bytes()).any(|i| {
        text.get(i..)
            .and_then(|s| s.chars().next())
            .is_some_and(|c| classify(c).is_some())
    })
}

/// True for a line break that ends a paragraph. A break inside a sentence of hard-wrapped
/// text is not one: the next line starts in lowercase ("the talks\nwere cancelled"), or a
/// long line stops after a lowercase word or a comma and the next line follows at once
/// ("talks with\nIran, despite"). Headings are short lines, so they still end paragraphs.
pub fn is_paragraph_break(text: &str, newline: usize) -> bool {
    let next = text[newline + 1..]
        .chars()
        .find(|c| !matches!(c, ' ' | '\t' | '\r'));
    let Some(next) = next else {
        return true;
    };
    if next.is_lowercase() {
        return false;
    }
    if next == '\n' {
        return true;
    }
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..newline]).map_or(0, |i| i + 1);
    let line = text[line_start..newline].trim_end();
    let soft_end = line
        .chars()
        .next_back()
        .is_some_and(|c| c.is_lowercase() || c == ',');
    !(soft_end && line.len() >= 80 && next.is_alphanumeric())
}

/// Byte ranges of the non-blank paragraphs of `text` (see [`is_paragraph_break`]).
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        if is_paragraph_break(text, nl) {
            if !text[start..nl].trim().is_empty() {
                out.push((start, nl));
            }
            start = nl + 1;
        }
    }
    if out.is_empty() || !text[start..].trim().is_empty() {
        out.push((start, text.len()));
    }
    out
}

fn opens_by_context(prev: Option<char>, next: Option<char>) -> bool {
    let before_ok = match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '\u{2015}' | '-' | '/' | '\u{2018}'
                )
        }
    };
    before_ok && next.is_some_and(|n| !n.is_whitespace())
}

fn closes_by_context(prev: Option<char>, next: Option<char>) -> bool {
    let before_ok = prev.is_some_and(|p| !p.is_whitespace());
    let after_ok = match next {
        None => true,
        Some(n) => {
            n.is_whitespace()
                || matches!(
                    n,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '\u{2015}'
                        | '-'
                        | '\u{2019}'
                        | '\''
                        | '\u{2026}'
                )
        }
    };
    before_ok && after_ok
}

/// The open span being built while scanning.
struct Open {
    family: Family,
    open: usize,
    start: usize,
    parts: Vec<Part>,
    nested: Option<Family>,
}

fn trim_part(
    text: &str,
    open: usize,
    start: usize,
    end: usize,
    close: Option<usize>,
) -> Option<Part> {
    let inner = &text[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    let (s, e) = (start + lead, end - trail);
    if s >= e {
        return None;
    }
    let after = match close {
        Some(c) => c + text[c..].chars().next().map_or(0, char::len_utf8),
        None => e,
    };
    Some(Part {
        open,
        start: s,
        end: e,
        close,
        after,
    })
}

/// The family of the quotation mark that opens the paragraph `[start, end)`, if any.
fn opening_mark(text: &str, start: usize, end: usize) -> Option<Family> {
    text[start..end]
        .chars()
        .find(|c| !c.is_whitespace())
        .and_then(classify)
        .map(|(_, family)| family)
}

/// Number of curly and of straight marks in `s`.
fn count_marks(s: &str) -> [usize; 2] {
    let mut n = [0, 0];
    for c in s.chars() {
        match classify(c) {
            Some((_, Family::Curly)) => n[0] += 1,
            Some((_, Family::Straight)) => n[1] += 1,
            None => {}
        }
    }
    n
}

fn slot(f: Family) -> usize {
    match f {
        Family::Curly => 0,
        Family::Straight => 1,
    }
}

/// Finds every double-quoted span of `text`, in text order.
pub fn find(text: &str) -> Vec<Span> {
    let paras = paragraphs(text);
    let mut spans = Vec::new();
    let mut carry: Option<Open> = None;
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let mut cur: Option<Open> = carry.take();
        let mut prev: Option<char> = None;
        let mut iter = text[ps..pe].char_indices().peekable();
        let mut first_mark = true;
        // Marks of each family not yet read in this paragraph (kept so each look-ahead is
        // O(1)).
        let mut left = count_marks(&text[ps..pe]);
        while let Some((rel, c)) = iter.next() {
            let i = ps + rel;
            let next = iter.peek().map(|&(_, n)| n);
            let Some((facing, family)) = classify(c) else {
                prev = Some(c);
                continue;
            };
            left[slot(family)] -= 1;
            let more = left[slot(family)];
            let opens = opens_by_context(prev, next);
            let closes = closes_by_context(prev, next);
            prev = Some(c);
            let is_first = first_mark && text[ps..i].trim().is_empty();
            first_mark = false;
            let after_mark = i + c.len_utf8();
            match cur.as_mut() {
                Some(o) if is_first && o.start == usize::MAX => {
                    // The re-opening mark of a quote continued from the previous paragraph.
                    o.open = i;
                    o.start = after_mark;
                }
                Some(o) => {
                    if let Some(nf) = o.nested {
                        let ends_nested = match facing {
                            Facing::Right => true,
                            Facing::Left => false,
                            Facing::Either => closes || !opens,
                        };
                        if nf == family && ends_nested {
                            o.nested = None;
                            continue;
                        }
                    }
                    let is_close = match facing {
                        Facing::Right => !opens || closes,
                        Facing::Left => closes && !opens,
                        Facing::Either => closes || !opens,
                    };
                    if is_close && (family == o.family || o.nested.is_none()) {
                        let o = cur.take().expect("open span");
                        if let Some(p) = trim_part(text, o.open, o.start, i, Some(i)) {
                            let mut parts = o.parts;
                            parts.push(p);
                            spans.push(Span { parts });
                        } else if !o.parts.is_empty() {
                            spans.push(Span { parts: o.parts });
                        }
                    } else if family != o.family || (more > 0 && more % 2 == 0) {
                        // A quotation inside the quote: in the other kind of mark, or in the
                        // same kind when the marks left in the paragraph close both.
                        o.nested = Some(family);
                    } else {
                        // A second opening mark of the same family: the earlier one was
                        // never closed. Keep finished parts, restart here.
                        let o = cur.take().expect("open span");
                        if !o.parts.is_empty() {
                            spans.push(Span { parts: o.parts });
                        }
                        cur = Some(Open {
                            family,
                            open: i,
                            start: after_mark,
                            parts: Vec::new(),
                            nested: None,
                        });
                    }
                }
                None => {
                    let is_open = match facing {
                        Facing::Left => !closes || opens,
                        Facing::Right => opens && !closes,
                        Facing::Either => opens || !closes,
                    };
                    if is_open {
                        cur = Some(Open {
                            family,
                            open: i,
                            start: after_mark,
                            parts: Vec::new(),
                            nested: None,
                        });
                    }
                }
            }
        }
        if let Some(mut o) = cur.take() {
            if o.start == usize::MAX {
                // Continued from the previous paragraph but this one did not re-open: the
                // parts gathered so far are the whole quote.
                if !o.parts.is_empty() {
                    spans.push(Span { parts: o.parts });
                }
                continue;
            }
            let part = trim_part(text, o.open, o.start, pe, None);
            // The convention re-opens with the same kind of mark; another kind starts a new
            // quote (an excerpt in straight marks followed by a quote in curly ones).
            let continues = paras
                .get(pi + 1)
                .and_then(|&(ns, ne)| opening_mark(text, ns, ne))
                == Some(o.family);
            if let Some(p) = part {
                o.parts.push(p);
            }
            if continues && !o.parts.is_empty() {
                o.start = usize::MAX;
                o.nested = None;
                carry = Some(o);
            } else if !o.parts.is_empty() {
                spans.push(Span { parts: o.parts });
            }
        }
    }
    if let Some(o) = carry {
        if !o.parts.is_empty() {
            spans.push(Span { parts: o.parts });
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_marks_sees_straight_curly_and_angle_marks_only() {
        assert!(has_marks("The mayor said \"we are ready\" on Monday."));
        assert!(has_marks("“We are ready,” the mayor said."));
        assert!(has_marks("« Nous sommes prêts », a-t-il dit."));
        assert!(!has_marks(
            "The mayor’s office — not the council — said it was ready."
        ));
        assert!(!has_marks("No quotation here: 5 km, 3 € and a dash –."));
        assert!(!has_marks(""));
    }

    fn texts(t: &str) -> Vec<String> {
        find(t).iter().map(|s| s.text(t)).collect()
    }

    #[test]
    fn curly_and_straight_pairs() {
        let t = "She said “we will win,” and he said \"no way.\"";
        assert_eq!(texts(t), ["we will win,", "no way."]);
    }

    #[test]
    fn offsets_exclude_marks_and_whitespace() {
        let t = "He said “ go home ” twice.";
        let s = &find(t)[0];
        assert_eq!(&t[s.start()..s.end()], "go home");
        assert_eq!(s.open(), t.find('“').unwrap());
        assert_eq!(s.after(), t.find('”').unwrap() + '”'.len_utf8());
    }

    #[test]
    fn apostrophes_and_single_marks_stay_inside() {
        let t = "“The forces’ retreat in the ’90s wasn’t ‘a defeat,’ we’re told,” she said.";
        assert_eq!(
            texts(t),
            ["The forces’ retreat in the ’90s wasn’t ‘a defeat,’ we’re told,"]
        );
        assert!(texts("The troops’ morale and the ’80s were fine.").is_empty());
    }

    #[test]
    fn multi_paragraph_quote_is_one_span() {
        let t = "He said: “First part of it.\n\n“Second part here.\n\n“Third and last.”\n\nAfter.";
        let spans = find(t);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].parts.len(), 3);
        assert_eq!(
            spans[0].text(t),
            "First part of it. Second part here. Third and last."
        );
    }

    #[test]
    fn other_kind_of_mark_does_not_continue_a_quote() {
        let t = "The report reads:\n\n\"An excerpt runs on.\n\n“A new quote,” she said.";
        assert_eq!(texts(t), ["An excerpt runs on.", "A new quote,"]);
    }

    #[test]
    fn unbalanced_mark_recovers_at_paragraph_end() {
        let t = "He said “this never closes.\nNext paragraph with “a real quote” here.";
        assert_eq!(texts(t), ["this never closes.", "a real quote"]);
    }

    #[test]
    fn hard_wrapped_line_is_not_a_paragraph_end() {
        let t = "She said “we will keep\ngoing until the end” today.";
        assert_eq!(texts(t), ["we will keep\ngoing until the end"]);
        let long = "The minister, meanwhile, kept talking at length about the harbour and the new plans with\nSpain, despite “the storm” there.";
        assert_eq!(paragraphs(long).len(), 1);
        let heading = "Talks resume in the capital\nThe minister arrived.";
        assert_eq!(paragraphs(heading).len(), 2);
        assert_eq!(paragraphs("One.\n\nTwo.").len(), 2);
    }

    #[test]
    fn nested_other_family_stays_inside() {
        let t = "He said: \"The poll asked: “Do you approve?” Most said yes.\" Then he left.";
        assert_eq!(
            texts(t),
            ["The poll asked: “Do you approve?” Most said yes."]
        );
    }

    #[test]
    fn inch_marks_and_empty_quotes_are_not_spans() {
        assert!(texts("A 55\" screen costs more.").is_empty());
        assert!(texts("It read “” and nothing else.").is_empty());
        assert!(texts("").is_empty());
        assert!(texts("”“”\n\"").len() <= 2);
    }

    #[test]
    fn low_and_guillemet_marks() {
        assert_eq!(texts("Er sagte „nein“ dazu."), ["nein"]);
        assert_eq!(texts("She said «never» twice."), ["never"]);
    }

    #[test]
    fn crlf_paragraphs() {
        let t = "“One,” he said.\r\n“Two,” she said.\r\n";
        assert_eq!(texts(t), ["One,", "Two,"]);
    }
}
