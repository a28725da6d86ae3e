//! Plain data shared by every stage of the pipeline.
//!
//! `load` produces [`Document`]s, `extract` turns each into an [`Article`], `compare` turns the
//! articles into [`Comparison`]s, and `report` renders the resulting [`Report`]. These types
//! carry data only: no I/O, no formatting, no extraction logic. Everything that serialises
//! here is part of the JSON contract (see README, "JSON output"): fields may be added, but
//! renaming or removing one bumps [`SCHEMA_VERSION`].

use serde::Serialize;

/// Version of the JSON report shape. Bumped on any renamed or removed field.
pub const SCHEMA_VERSION: u32 = 1;

/// One input file as loaded from disk, before extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Short stable id: the file stem up to its first `_`, else the whole stem.
    pub id: String,
    /// The path as given on the command line (joined with the file name for folders).
    pub path: String,
    /// The text, BOM removed, exactly as in the file otherwise (offsets are into the file).
    pub text: String,
    /// Bytes skipped at the start of the file (3 for a UTF-8 BOM, else 0). Offsets reported
    /// in the output are file offsets, so extractors' offsets are shifted by this.
    pub offset: usize,
    /// Why the file could not be read, if it could not. `text` is then empty.
    pub error: Option<Problem>,
}

/// A problem with one input file. Reported in the article's `problems` and on stderr.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// What went wrong, e.g. `invalid-utf8`, `unreadable`, `binary`, `empty`.
    pub kind: String,
    /// One-line human-readable message naming the file (and byte offset where it applies).
    pub message: String,
}

/// A span of the input file: its text and byte offsets `[start, end)` into the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// Short stable id (see [`Document::id`]).
    pub id: String,
    /// Path as given.
    pub path: String,
    /// First non-empty line, trimmed; null when the file could not be read or is empty.
    pub title: Option<String>,
    /// The outlet, when the text itself names it (" - CNN" title suffix, "Legit.ng reported").
    pub outlet: Option<String>,
    /// Number of words in the article: whitespace-separated tokens holding a letter or digit.
    pub words: usize,
    /// Attributed direct quotes, in order of appearance.
    pub quotes: Vec<Quote>,
    /// Statements of where the information came from, in order of appearance.
    pub sources: Vec<Source>,
    /// Casualty figures, in order of appearance.
    pub figures: Vec<Figure>,
    /// Topic terms, most telling first (lower-cased names and content words, at most 24):
    /// what the article is about. `compare` groups articles into stories by them.
    pub terms: Vec<String>,
    /// Every name the article writes (lower-cased, with its count, most frequent first),
    /// beyond the top terms: how `compare` tells whether two reports name the same town.
    /// Internal; not part of the report.
    #[serde(skip)]
    pub names: Vec<(String, u32)>,
    /// Problems with this input (unreadable, not UTF-8, no text...). Empty when fine.
    pub problems: Vec<Problem>,
}

/// How a speaker is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A named person or body ("Benjamin Netanyahu", "Iran's Health Ministry").
    Named,
    /// An anonymous description kept as such ("senior U.S. administration official").
    Anonymous,
}

/// An attributed direct quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted words, quotation marks excluded. A quote that runs over several
    /// paragraphs (re-opened each paragraph) is one quote; its text joins the parts with a
    /// single space.
    pub text: String,
    /// Byte offset into the file of the first quoted character.
    pub start: usize,
    /// Byte offset into the file just past the last quoted character.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// The speaker resolved within the article: a full name where the article gives one,
    /// else the description as written ("senior U.S. administration official").
    pub speaker: Option<String>,
    /// Named or anonymous; null when there is no speaker.
    pub speaker_kind: Option<SpeakerKind>,
    /// The mention the speaker was read from ("he", "the Israeli Prime Minister", "Trump").
    pub speaker_mention: Option<Mention>,
    /// The cue verb or phrase as written ("said", "stated", "according to", "quoted ... as saying").
    pub cue: Option<String>,
}

/// Kind of source statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Unnamed people: "two U.S. officials", "sources familiar with the matter".
    Anonymous,
    /// A named person or institution: "the Health Ministry", "Zabihullah Mujahid".
    Named,
    /// Another outlet's reporting: "Reuters reported", "a Reuters report".
    Relay,
}

/// A statement of where the article's information came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The words as written ("two U.S. officials speaking to Reuters").
    pub text: String,
    /// Byte offsets of `text` in the file.
    pub start: usize,
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    pub kind: SourceKind,
    /// True for unnamed sources.
    pub anonymous: bool,
    /// Who: the description or name without count and outlet ("U.S. officials",
    /// "Health Ministry", "Reuters").
    pub who: String,
    /// How many, when stated ("two" -> 2, "one of the officials" -> 1); null when not given.
    pub count: Option<u32>,
    /// The outlet they spoke to ("told Reuters" -> "Reuters"); null when not stated.
    pub via: Option<String>,
    /// The body or country the source belongs to, when the article says ("two Danish
    /// officials" -> "Danish", "Peru's Labour Ministry" -> "Peru", "officials at the
    /// Treasury" -> "Treasury"); null when not stated.
    pub affiliation: Option<String>,
    /// What the article says about the source beyond its name: a named person's role
    /// ("the ministry's deputy spokesman"), a named body's descriptor ("maritime
    /// monitor"), or an unnamed source's access or terms ("familiar with the plans",
    /// "speaking on condition of anonymity"); null when nothing is said.
    pub description: Option<String>,
    /// The words that mark the statement as sourcing, as written ("according to", "told",
    /// "said", "reported", "report"); null when only the description marks it.
    pub cue: Option<String>,
    /// True when the mention points back at sources already introduced ("the officials",
    /// "one of the officials"): it names no new people, so its count is not added to
    /// earlier ones. A definite mention ("the officials") always has a null count.
    pub refers_back: bool,
}

/// What a casualty figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Killed,
    Injured,
    Missing,
    /// Killed and injured counted together, as news writes "casualties" ("45 casualties",
    /// "the casualty toll", "30 people were killed or injured"). Never folded into `killed`.
    Casualties,
}

/// How a figure's number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "at least 406": 406 or more.
    AtLeast,
    /// "over 220", "more than 220": above 220.
    MoreThan,
    /// "about", "around", "some", "roughly", "approximately".
    About,
    /// "nearly", "almost", "close to": a little below.
    Nearly,
    /// "up to", "as many as": at most.
    UpTo,
    /// "between 20 and 30", "20 to 30".
    Range,
    /// No qualifier.
    Exact,
}

/// A casualty count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figure {
    pub kind: FigureKind,
    /// The number as an integer (the lower end of a range).
    pub value: u64,
    /// The upper end of a range ("between 20 and 30" -> 30); null otherwise.
    pub value_max: Option<u64>,
    pub qualifier: Qualifier,
    /// The number as written ("1,200", "two", "dozens").
    pub number_text: String,
    /// The body that reported it ("Iran's Health Ministry"); null when not stated.
    pub reported_by: Option<String>,
    /// Time reference where stated ("since Friday", "as of Monday").
    pub as_of: Option<String>,
    /// The sentence the figure was read from.
    pub text: String,
    /// Byte offsets of the number in the file.
    pub start: usize,
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
}

/// What a comparison is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparisonKind {
    /// The wording of one quote across articles.
    QuoteText,
    /// Who one quote is credited to across articles.
    QuoteSpeaker,
    /// How many sources an article cites for the story.
    SourceCount,
    /// Which outlet the sources spoke to.
    SourceOutlet,
    /// Killed toll.
    Killed,
    /// Injured toll.
    Injured,
    /// Missing count.
    Missing,
    /// Killed and injured counted together ("casualties").
    Casualties,
}

impl ComparisonKind {
    /// Short lowercase name, as serialised ("quote_text").
    pub fn name(self) -> &'static str {
        match self {
            ComparisonKind::QuoteText => "quote_text",
            ComparisonKind::QuoteSpeaker => "quote_speaker",
            ComparisonKind::SourceCount => "source_count",
            ComparisonKind::SourceOutlet => "source_outlet",
            ComparisonKind::Killed => "killed",
            ComparisonKind::Injured => "injured",
            ComparisonKind::Missing => "missing",
            ComparisonKind::Casualties => "casualties",
        }
    }
}

/// The verdict of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every article that carries it says the same.
    Agree,
    /// Articles differ.
    Conflict,
    /// Only one article carries it.
    Single,
}

/// How one quote variant relates to the group's reference wording (or, for `identical`, to
/// the other articles holding the same text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteLabel {
    /// Several articles print exactly these words.
    Identical,
    /// A part of the reference (or the reference a part of it): cut, fragment, ellipsis.
    Trimmed,
    /// The same words up to punctuation, case, contractions or quote style.
    MinorVariant,
    /// Other words for the same statement.
    Reworded,
    /// Credited to a speaker other than the reference's.
    DifferentSpeaker,
}

/// A change between two wordings that may alter what the quote means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeaningFlag {
    /// A negation ("not", "never", "no") added or dropped.
    Negation,
    /// A number changed, added or dropped.
    Number,
    /// A proper name added or dropped.
    Name,
    /// A modal verb or hedge ("will" / "would", "I think") changed.
    Modal,
}

/// One place a variant occurs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Occurrence {
    /// Article id.
    pub article: String,
    /// Article path as given.
    pub path: String,
    /// 1-based line in the file.
    pub line: usize,
}

/// A figure as the range of values it admits. `high` null means unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FigureRange {
    /// Smallest value admitted (inclusive).
    pub low: u64,
    /// Largest value admitted (inclusive); null for "at least" / "over".
    pub high: Option<u64>,
}

/// One value of a compared claim and the articles holding it. `Default` leaves every
/// kind-specific field empty, so each comparison sets only what applies to it.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Variant {
    /// The value as shown ("Have the Iranians killed an American yet? No.", "2", "at least 406").
    pub value: String,
    /// Ids of the articles holding this value, sorted.
    pub articles: Vec<String>,
    /// `id:line` of each occurrence, sorted.
    pub locations: Vec<String>,
    /// Each occurrence with article id, path and line, sorted.
    pub occurrences: Vec<Occurrence>,
    /// Extra facts about this variant (speaker, reporting body, label, word diff...).
    pub notes: Vec<String>,
    /// Quotes: true for the wording the others are compared with.
    pub reference: bool,
    /// Quotes: how this wording relates to the reference (empty for the reference itself
    /// unless several articles hold it, then `identical`).
    pub labels: Vec<QuoteLabel>,
    /// Quotes: the speaker, canonical across the run ("Donald Trump"), or the anonymous
    /// description as written.
    pub speaker: Option<String>,
    /// Quotes: word-by-word difference from the reference, `[-removed-]{+added+}`; words
    /// of the reference this variant does not cover are shown as `…`.
    pub diff: Option<String>,
    /// Quotes: changes against the reference that may alter the meaning.
    pub flags: Vec<MeaningFlag>,
    /// Quotes: similarity to the reference in [0, 1] (1 for the reference).
    pub score: Option<f64>,
    /// Figures: the body that reported the value; null when no article names one.
    pub reported_by: Option<String>,
    /// Figures: the values this figure admits.
    pub range: Option<FigureRange>,
}

/// A group of claims across articles that speak of the same thing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Stable id derived from the content (not the position), e.g. `q-3f2a9c1e`.
    pub id: String,
    /// What is compared, in words ("quote: Have the Iranians killed an American yet?").
    pub topic: String,
    pub kind: ComparisonKind,
    pub status: Status,
    pub variants: Vec<Variant>,
    /// Why claimcmp judged it so: the rule that grouped the claims and what differs.
    pub explanation: String,
    /// Articles (ids) of the claim's story that do not carry it at all (of the whole run
    /// when the claim spans stories). Listed in full when at most 100 articles lack it (so a
    /// large run does not list every other article for every claim); `absent_count` always
    /// counts them. Articles with problems are not counted.
    pub absent: Vec<String>,
    /// How many readable articles carry this claim.
    pub carried: usize,
    /// How many articles of its story do not carry it (the length of `absent` when listed).
    pub absent_count: usize,
    /// The rule that grouped the claims ("quote:containment", "figure:metric").
    pub rule: String,
    /// How strongly the rule matched, in [0, 1]: the weakest link between the reference and
    /// any other variant (1 for exact matches and for single claims).
    pub score: f64,
    /// The story (see [`Story`]) the claim belongs to; null when its articles span stories
    /// (the same quote carried in reports of different events).
    pub story: Option<String>,
    /// Whether any article puts the claim on the record.
    pub sourcing: Sourcing,
}

/// How the articles carrying a claim attribute it, taken over all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sourcing {
    /// At least one article credits it to a named person or body.
    OnRecord,
    /// Every article that credits it credits unnamed sources ("officials", "a source").
    AnonymousOnly,
    /// No article says who the claim comes from (a toll with no reporting body).
    Unattributed,
}

/// Articles about the same event, grouped by their shared topic terms. Figures and sourcing
/// are compared within a story only, so the tolls of two different events never meet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Story {
    /// `s1`, `s2`, ... in the order of each story's first article.
    pub id: String,
    /// The terms most of its articles share, most shared first (at most 4): a label.
    pub label: Vec<String>,
    /// Ids of its articles, in report order.
    pub articles: Vec<String>,
}

/// The whole result of a run: what every renderer renders.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub articles: Vec<Article>,
    /// The articles grouped by event (every readable article is in exactly one story).
    pub stories: Vec<Story>,
    pub comparisons: Vec<Comparison>,
    /// Set when the run was given `--baseline`: `comparisons` then holds only what is new or
    /// changed since that report. Null otherwise.
    pub baseline: Option<Baseline>,
}

/// What `--baseline` kept and dropped (comparison ids, sorted as in the report).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Baseline {
    /// The earlier report, as given.
    pub path: String,
    /// Comparisons whose id the baseline does not hold.
    pub new: Vec<String>,
    /// Comparisons whose status or variants differ from the baseline's.
    pub changed: Vec<String>,
    /// How many comparisons are the same as in the baseline (left out of the report).
    pub unchanged: usize,
    /// Ids in the baseline that this run no longer finds.
    pub gone: Vec<String>,
}

impl Report {
    /// True when any comparison is a conflict.
    pub fn has_conflicts(&self) -> bool {
        self.comparisons
            .iter()
            .any(|c| c.status == Status::Conflict)
    }

    /// True when any input had a problem.
    pub fn has_problems(&self) -> bool {
        self.articles.iter().any(|a| !a.problems.is_empty())
    }
}
