//! Hand-made articles for the comparison tests: builders, and a run shaped like the seed
//! articles (typed from the brief's description, not read from the files) plus an
//! unrelated article.

use crate::model::{
    Article, Figure, FigureKind, Qualifier, Quote, Source, SourceKind, SpeakerKind,
};

/// An article with the given claims.
pub fn article(
    id: &str,
    quotes: Vec<Quote>,
    sources: Vec<Source>,
    figures: Vec<Figure>,
) -> Article {
    Article {
        id: id.into(),
        path: format!("seeds/{id}_x.txt"),
        title: Some(format!("Article {id}")),
        outlet: None,
        words: 500,
        quotes,
        sources,
        figures,
        terms: ["Iran", "Israel", "Trump", "Khamenei", "Netanyahu"]
            .map(String::from)
            .to_vec(),
        names: vec![],
        problems: vec![],
    }
}

/// A quote at the start of `line`, credited to `speaker` (anonymous when it starts
/// lowercase).
pub fn quote(text: &str, speaker: Option<&str>, line: usize) -> Quote {
    quote_at(text, speaker, line, 0)
}

/// A quote `col` bytes into `line` (lines are taken as 1,000 bytes apart).
pub fn quote_at(text: &str, speaker: Option<&str>, line: usize, col: usize) -> Quote {
    let kind = speaker.map(|s| {
        if s.starts_with(char::is_lowercase) {
            SpeakerKind::Anonymous
        } else {
            SpeakerKind::Named
        }
    });
    Quote {
        text: text.into(),
        start: line * 1000 + col,
        end: line * 1000 + col + text.len(),
        line,
        speaker: speaker.map(str::to_string),
        speaker_kind: kind,
        speaker_mention: None,
        cue: Some("said".into()),
    }
}

/// An anonymous source statement.
pub fn source(text: &str, count: Option<u32>, via: Option<&str>) -> Source {
    Source {
        text: text.into(),
        start: 0,
        end: text.len(),
        line: 3,
        kind: SourceKind::Anonymous,
        anonymous: true,
        who: "officials".into(),
        count,
        via: via.map(str::to_string),
        affiliation: None,
        description: None,
        cue: Some("told".into()),
        refers_back: false,
    }
}

/// A named source statement.
pub fn named_source(text: &str) -> Source {
    Source {
        kind: SourceKind::Named,
        anonymous: false,
        ..source(text, None, None)
    }
}

/// A casualty figure.
pub fn figure(kind: FigureKind, value: u64, qualifier: Qualifier, body: Option<&str>) -> Figure {
    Figure {
        kind,
        value,
        value_max: None,
        qualifier,
        number_text: value.to_string(),
        reported_by: body.map(str::to_string),
        as_of: None,
        text: format!("{value} people"),
        start: 0,
        end: 3,
        line: 9,
    }
}

const TRUMP: Option<&str> = Some("Donald Trump");
const BIBI: Option<&str> = Some("Benjamin Netanyahu");

/// Five articles shaped like the seeds: the same statements in several wordings, one quote
/// credited to an official in two articles and to the president in a third, differing
/// sourcing and tolls.
pub fn seed_articles() -> Vec<Article> {
    let a000 = article("000", vec![], vec![], vec![]);
    let a001 = article(
        "001",
        vec![
            quote(
                "Have the Iranians killed an American yet? No. Until they do, we’re not even \
                 talking about going after the political leadership.",
                Some("senior U.S. administration official"),
                5,
            ),
            quote(
                "false reports of conversations that never happened.",
                BIBI,
                11,
            ),
            quote_at(
                "But I can tell you, I think that we do what we need to do, we’ll do what we \
                 need to do. And I think the United States knows what is good for the United \
                 States.",
                Some("Netanyahu"),
                11,
                120,
            ),
            quote(
                "full strength and might of the U.S. armed forces",
                TRUMP,
                17,
            ),
            quote(
                "If we are attacked in any way, shape, or form by Iran, the full strength and \
                 might of the U.S. armed forces will come down on you at levels never seen \
                 before.",
                Some("Trump"),
                19,
            ),
            quote(
                "We can easily get a deal done between Iran and Israel and end this bloody \
                 conflict,",
                Some("Trump"),
                21,
            ),
            quote("never got credit", Some("Trump"), 23),
        ],
        vec![
            source("two U.S. officials told Reuters", Some(2), Some("Reuters")),
            Source {
                refers_back: true,
                ..source("one of the officials", Some(1), None)
            },
        ],
        vec![
            figure(
                FigureKind::Killed,
                406,
                Qualifier::AtLeast,
                Some("Washington-based Human Rights Activists"),
            ),
            figure(
                FigureKind::Injured,
                654,
                Qualifier::Exact,
                Some("Human Rights Activists"),
            ),
        ],
    );
    let a002 = article(
        "002",
        vec![
            quote("wasn’t a good idea,", Some("a U.S. official"), 3),
            quote(
                "There are so many false reports of dialogues that never transpired, and I \
                 won’t delve into that,",
                Some("the Israeli Prime Minister"),
                5,
            ),
            quote(
                "But I will say we do what is necessary. We will act as required, and I trust \
                 the United States knows its best interests, so I’m not going further,",
                BIBI,
                7,
            ),
            quote("make a deal.", Some("President Donald Trump"), 9),
            quote(
                "Should Iran attack us in any form, the US Armed Forces will unleash \
                 unprecedented power on you,",
                TRUMP,
                13,
            ),
        ],
        vec![source(
            "three US officials shared this information with CBS News",
            Some(3),
            Some("CBS News"),
        )],
        vec![],
    );
    let a003 = article(
        "003",
        vec![
            quote(
                "Have the Iranians killed an American yet? No,",
                Some("Trump"),
                6,
            ),
            quote_at(
                "Until they do, we’re not even talking about going after the political \
                 leadership.",
                Some("Trump"),
                6,
                80,
            ),
            quote("false stories", Some("Netanyahu"), 10),
            quote("I think we do what we need to do,", Some("Netanyahu"), 12),
            quote_at(
                "And I think the United States knows what is good for the United States.",
                Some("Netanyahu"),
                12,
                70,
            ),
            quote("Iran and Israel will make a deal,", Some("Trump"), 15),
            quote("barbaric", Some("Trump"), 17),
        ],
        vec![source("two senior American officials", Some(2), None)],
        vec![
            figure(
                FigureKind::Killed,
                220,
                Qualifier::MoreThan,
                Some("Iran’s Health Ministry"),
            ),
            figure(
                FigureKind::Injured,
                1200,
                Qualifier::Exact,
                Some("Iran’s Health Ministry"),
            ),
        ],
    );
    let a004 = article(
        "004",
        vec![
            quote(
                "Have the Iranians killed an American yet? No. Until they do, we're not even \
                 talking about going after the political leadership.",
                Some("senior administration official"),
                8,
            ),
            quote(
                "There’s so many false reports of conversations that never happened, and I’m \
                 not going to get into that,",
                Some("Netanyahu"),
                31,
            ),
            quote(
                "We’ll do what we need to do. And I think the United States knows what is good \
                 for the United States.",
                Some("Netanyahu"),
                35,
            ),
        ],
        vec![
            source("two U.S. officials told Reuters", Some(2), Some("Reuters")),
            named_source("Israeli Prime Minister Benjamin Netanyahu"),
        ],
        vec![],
    );
    vec![a000, a001, a002, a003, a004]
}

/// An article about something else entirely.
pub fn unrelated_article() -> Article {
    let mut a = article(
        "900",
        vec![
            quote(
                "The harvest was the worst in thirty years and prices will rise.",
                Some("Ines Duarte"),
                4,
            ),
            quote("We need rain, not speeches,", Some("a farmer"), 6),
        ],
        vec![source("two traders", Some(2), Some("Bloomberg"))],
        vec![figure(FigureKind::Missing, 3, Qualifier::Exact, None)],
    );
    a.terms = ["harvest", "drought", "farmers", "prices", "Duarte"]
        .map(String::from)
        .to_vec();
    a
}
