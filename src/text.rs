//! Small text helpers shared by the extractors: byte offset to line numbers, and quote-mark
//! classification. Pure functions over `&str`; nothing here knows about claims.

/// Maps byte offsets to 1-based line numbers in one text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text` (lines end at `\n`; a `\r\n` counts once).
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_one_based_and_crlf_counts_once() {
        let t = "ab\r\ncd\n\nef";
        let ix = LineIndex::new(t);
        assert_eq!(ix.line(0), 1);
        assert_eq!(ix.line(3), 1);
        assert_eq!(ix.line(4), 2);
        assert_eq!(ix.line(7), 3);
        assert_eq!(ix.line(8), 4);
        assert_eq!(ix.line(9), 4);
    }
}
