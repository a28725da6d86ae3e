//! Stories: articles about the same event, so that tolls and sourcing are compared only
//! between reports of one event. A folder mixing an earthquake and a ferry sinking must
//! never set the quake's death toll against the ferry's.
//!
//! Each article brings its topic terms (`extract::topic`; names are listed capitalised),
//! weighted by rank and by a smoothed inverse document frequency. Articles are taken in id
//! order; each joins the story whose centroid (the sum of its members' vectors, cut to its
//! heaviest terms) it is most like, when the cosine reaches [`LINK`] and the two share a
//! specific name (a place or person, not a country, outlet or institution word from
//! [`BROAD_NAMES`]): two earthquakes in one country are two stories unless their reports
//! name the same town. The names counted are every specific name the article writes
//! (`Article::names`), not only its top terms; an article sharing at least [`RARE_SHARED`]
//! rare names (few articles write them) with a story joins it at the looser [`LOOSE_LINK`],
//! so a local site or a tabloid telling the event in its own words still finds it.
//! Otherwise it starts a story of its own. Centroids rather than single
//! members decide, so one article touching two events cannot chain them into one story.
//! Candidate stories come from an index over the stories' terms, and each term offers at
//! most [`NEIGHBOURS`] stories, so the work grows linearly with the number of articles.
//! Nothing here looks at claims, only at terms.

use crate::model::{Article, Story};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;

/// Cosine similarity between an article and a story's centroid at which the article is taken
/// to report the story's event. Set on hand-annotated sets: 12 articles on 4 events written
/// for the tests (grouped exactly), the seeds (one story) and 31 real reports of different
/// disasters and attacks (see README, "Stories").
pub(crate) const LINK: f32 = 0.2;

/// The looser cosine at which an article joins a story with which it shares at least
/// [`RARE_SHARED`] rare names (written by at most [`RARE_DF`] articles): a report in another
/// outlet's words (a local site, a tabloid) that names the same village and district.
pub(crate) const LOOSE_LINK: f32 = 0.08;

/// How many rare specific names an article must share with a story to join at [`LOOSE_LINK`].
const RARE_SHARED: usize = 3;

/// A specific name written by at most this many articles is rare. A count, not a share of
/// the folder, so that adding an unrelated article changes nothing.
const RARE_DF: u32 = 4;

/// How many stories holding a name (the latest to take it) an article is compared with.
const NEIGHBOURS: usize = 16;

/// Names too broad to tell one event from another: countries, peoples, regions, outlets,
/// platforms and the capitalised words of institutions and titles. They still count in the
/// similarity; they only cannot be the name two reports of one event must share.
const BROAD_NAMES: &str = "\
    afghan afghanistan africa african albania algeria algerian america american americans \
    angola arab arabia argentina armenia asia asian australia australian austria azerbaijan \
    bahrain bangladesh bangladeshi belarus belgium bolivia bosnia brazil brazilian britain \
    british bulgaria burkina burma cambodia cameroon canada canadian chad chile china chinese \
    colombia congo croatia cuba cyprus czech denmark djibouti ecuador egypt egyptian england \
    eritrea ethiopia ethiopian europe european finland france french gaza georgia german \
    germany ghana greece greek guatemala guinea haiti honduras hungary india indian indonesia \
    indonesian iran iranian iraq iraqi ireland irish israel israeli italy italian japan \
    japanese jordan kazakhstan kenya kenyan korea korean kosovo kuwait kyrgyzstan laos latin \
    lebanon lebanese libya libyan lithuania madagascar malawi malaysia mali mauritania mexico \
    mexican middle east eastern western northern southern central north south west moldova \
    mongolia morocco mozambique myanmar nepal nepali netherlands niger nigeria nigerian norway \
    oman pakistan pakistani palestinian palestine panama peru philippines philippine filipino \
    poland polish portugal qatar romania russia russian rwanda saudi senegal serbia sierra \
    leone somalia somali spain spanish sri lanka sudan sudanese sweden switzerland syria \
    syrian taiwan tajikistan tanzania thailand thai tunisia turkey turkish uganda ukraine \
    ukrainian emirates kingdom united states nations venezuela vietnam yemen zambia zimbabwe \
    u.s us uk un eu nato reuters afp ap associated press bbc cnn jazeera xinhua fox nbc cbs \
    abc news times post guardian telegram twitter facebook youtube instagram whatsapp tiktok \
    express tribune herald daily agence france-presse \
    ministry minister president prime government police army military forces national state \
    province provincial district county city council department office agency authority \
    authorities health interior foreign defence defense home affairs emergency disaster \
    management red cross crescent international human rights commission committee general \
    governor spokesman spokesperson chief secretary official officials senior federal \
    regional local street road river lake island mount university hospital party court";

fn is_broad(lower: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| BROAD_NAMES.split_whitespace().collect());
    SET.contains(lower)
}

/// Longest label.
const LABEL_TERMS: usize = 4;

/// The grouping: the stories and, per article index, its story index.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Grouping {
    pub stories: Vec<Story>,
    /// Story index of each article; `None` for articles with problems (no text to group).
    pub of: Vec<Option<usize>>,
    /// Article indices of each story, in id order.
    pub members: Vec<Vec<usize>>,
}

impl Grouping {
    /// The story that holds every one of `arts`, if they are all in one.
    pub fn common(&self, arts: impl IntoIterator<Item = usize>) -> Option<usize> {
        let mut story = None;
        for a in arts {
            let s = self.of.get(a).copied().flatten()?;
            if story.is_some_and(|t| t != s) {
                return None;
            }
            story = Some(s);
        }
        story
    }
}

/// How many terms a story's centroid keeps.
const CENTROID_TERMS: usize = 48;

/// The sum of a story's member vectors, cut to its heaviest terms.
#[derive(Default)]
struct Centroid {
    /// (term id, summed weight), sorted by term id.
    terms: Vec<(u32, f32)>,
    norm: f32,
}

impl Centroid {
    fn similarity(&self, v: &Vector) -> f32 {
        if self.norm == 0.0 {
            0.0
        } else {
            cosine(&self.terms, v) / self.norm
        }
    }

    /// Adds a member.
    fn add(&mut self, v: &Vector) {
        let mut merged: Vec<(u32, f32)> = Vec::with_capacity(self.terms.len() + v.len());
        let (mut i, mut j) = (0, 0);
        while i < self.terms.len() || j < v.len() {
            let take_left = j >= v.len() || (i < self.terms.len() && self.terms[i].0 < v[j].0);
            let take_right = i >= self.terms.len() || (j < v.len() && v[j].0 < self.terms[i].0);
            if take_left {
                merged.push(self.terms[i]);
                i += 1;
            } else if take_right {
                merged.push(v[j]);
                j += 1;
            } else {
                merged.push((v[j].0, self.terms[i].1 + v[j].1));
                i += 1;
                j += 1;
            }
        }
        if merged.len() > CENTROID_TERMS {
            merged.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            merged.truncate(CENTROID_TERMS);
            merged.sort_by_key(|&(id, _)| id);
        }
        self.norm = merged.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        self.terms = merged;
    }
}

/// A term vector: (term id, weight), sorted by term id, unit length.
type Vector = Vec<(u32, f32)>;

fn cosine(a: &Vector, b: &Vector) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// Groups `articles` into stories.
pub(crate) fn group(articles: &[Article]) -> Grouping {
    let n = articles.len();
    // Articles in id order: story numbers and candidate order follow the report, not the
    // order the files were given in.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&x, &y| articles[x].id.cmp(&articles[y].id).then(x.cmp(&y)));
    let readable = |i: usize| articles[i].problems.is_empty();

    // Terms match case-blind ("Nepal" the name and "nepal" at a sentence start); a term
    // listed capitalised is a name, and a name not in BROAD_NAMES is specific. An article's
    // specific names are those of its terms and every other name it writes.
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let mut name_df: Vec<u32> = Vec::new();
    let mut term_ids: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut specific: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut intern = |key: String, df: &mut Vec<u32>, name_df: &mut Vec<u32>| {
        let next = ids.len() as u32;
        let id = *ids.entry(key).or_insert(next);
        if id as usize == df.len() {
            df.push(0);
            name_df.push(0);
        }
        id
    };
    for &i in &order {
        if !readable(i) {
            continue;
        }
        for t in &articles[i].terms {
            let key = t.to_lowercase();
            let broad = is_broad(&key);
            let id = intern(key, &mut df, &mut name_df);
            if !term_ids[i].contains(&id) {
                df[id as usize] += 1;
                term_ids[i].push(id);
                if t.starts_with(char::is_uppercase) && !broad {
                    specific[i].push(id);
                }
            }
        }
        for (name, _) in &articles[i].names {
            if !is_broad(name) {
                let id = intern(name.to_lowercase(), &mut df, &mut name_df);
                specific[i].push(id);
            }
        }
        specific[i].sort_unstable();
        specific[i].dedup();
        for &id in &specific[i] {
            name_df[id as usize] += 1;
        }
    }
    let docs = order.iter().filter(|&&i| readable(i)).count().max(1) as f32;
    // Smoothed so that in a folder about one event the words every report shares still
    // weigh about two thirds of a word only one report has.
    let idf = |id: u32| (2.0 + docs / df[id as usize] as f32).ln();
    // Rank weight: the first term counts most, the last about a quarter as much.
    let vectors: Vec<Vector> = term_ids
        .iter()
        .map(|ts| {
            let mut v: Vector = ts
                .iter()
                .enumerate()
                .map(|(r, &id)| (id, idf(id) / (1.0 + r as f32 / 8.0)))
                .collect();
            let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v.sort_by_key(|&(id, _)| id);
            v
        })
        .collect();

    // Each article joins the story whose centroid it is most like, if it shares a specific
    // name with the story (any term, when it names nothing specific) and the cosine reaches
    // LINK, or LOOSE_LINK when it shares RARE_SHARED names few articles write; else it
    // starts a new one. Centroids (not single members) decide, so one article that mentions
    // two events cannot chain them together.
    let mut centroids: Vec<Centroid> = Vec::new();
    // Specific names any member of a story writes.
    let mut story_names: Vec<HashSet<u32>> = Vec::new();
    // Term or name id -> stories holding it, in the order they took it.
    let mut holders: Vec<Vec<usize>> = vec![Vec::new(); df.len()];
    let mut story_of: Vec<Option<usize>> = vec![None; n];
    let mut candidates: Vec<usize> = Vec::new();
    for &i in &order {
        if !readable(i) {
            continue;
        }
        candidates.clear();
        // An article that names nothing specific (a brief, a wire snippet) may still join a
        // story on its words alone.
        let keys = if specific[i].is_empty() {
            &term_ids[i]
        } else {
            &specific[i]
        };
        for &id in keys {
            candidates.extend(holders[id as usize].iter().rev().take(NEIGHBOURS));
        }
        candidates.sort_unstable();
        candidates.dedup();
        let best = candidates
            .iter()
            .filter_map(|&s| {
                let sim = centroids[s].similarity(&vectors[i]);
                let shared: Vec<u32> = specific[i]
                    .iter()
                    .copied()
                    .filter(|id| story_names[s].contains(id))
                    .collect();
                let rare = shared
                    .iter()
                    .filter(|&&id| name_df[id as usize] <= RARE_DF)
                    .count();
                let named = specific[i].is_empty() || !shared.is_empty();
                let close = sim >= LINK || (rare >= RARE_SHARED && sim >= LOOSE_LINK);
                (named && close).then_some((sim, s))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        let s = match best {
            Some((_, s)) => s,
            None => {
                centroids.push(Centroid::default());
                story_names.push(HashSet::new());
                centroids.len() - 1
            }
        };
        centroids[s].add(&vectors[i]);
        story_names[s].extend(specific[i].iter().copied());
        for &id in term_ids[i].iter().chain(&specific[i]) {
            let h = &mut holders[id as usize];
            if h.last() != Some(&s) && !h.iter().rev().take(NEIGHBOURS).any(|&x| x == s) {
                h.push(s);
            }
        }
        story_of[i] = Some(s);
    }

    // Number stories by their first article in id order.
    let mut of = vec![None; n];
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut number: HashMap<usize, usize> = HashMap::new();
    for &i in &order {
        if !readable(i) {
            continue;
        }
        let Some(root) = story_of[i] else {
            continue;
        };
        let next = members.len();
        let s = *number.entry(root).or_insert(next);
        if s == members.len() {
            members.push(Vec::new());
        }
        members[s].push(i);
        of[i] = Some(s);
    }
    let stories = members
        .iter()
        .enumerate()
        .map(|(s, arts)| Story {
            id: format!("s{}", s + 1),
            label: label(articles, arts),
            articles: arts.iter().map(|&i| articles[i].id.clone()).collect(),
        })
        .collect();
    Grouping {
        stories,
        of,
        members,
    }
}

/// The terms most members share: by how many members hold the term, then by how high they
/// rank it, then alphabetically. Depends on the members only, so adding an unrelated
/// article never changes it.
fn label(articles: &[Article], members: &[usize]) -> Vec<String> {
    // lower-cased term -> (members holding it, rank points, shown form: a name if any
    // member lists it as one)
    let mut score: BTreeMap<String, (usize, usize, &str)> = BTreeMap::new();
    for &i in members {
        for (r, t) in articles[i].terms.iter().enumerate() {
            let e = score.entry(t.to_lowercase()).or_insert((0, 0, t.as_str()));
            e.0 += 1;
            e.1 += crate::extract::topic::MAX_TERMS.saturating_sub(r);
            if t.starts_with(char::is_uppercase) {
                e.2 = t.as_str();
            }
        }
    }
    let mut ranked: Vec<(String, (usize, usize, &str))> = score.into_iter().collect();
    ranked.sort_by(|a, b| (b.1 .0, b.1 .1).cmp(&(a.1 .0, a.1 .1)).then(a.0.cmp(&b.0)));
    ranked
        .into_iter()
        .take(LABEL_TERMS)
        .map(|(_, (_, _, shown))| shown.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::article;
    use super::*;

    fn with_terms(id: &str, terms: &[&str]) -> Article {
        let mut a = article(id, vec![], vec![], vec![]);
        a.terms = terms.iter().map(|t| t.to_string()).collect();
        a
    }

    const QUAKE: &[&str] = &[
        "earthquake",
        "Malatya",
        "rubble",
        "magnitude",
        "Turkey",
        "rescuers",
        "aftershocks",
        "buildings",
        "collapsed",
        "Afad",
    ];
    const FERRY: &[&str] = &[
        "ferry",
        "Barisal",
        "Meghna",
        "capsized",
        "passengers",
        "river",
        "divers",
        "boat",
        "overloaded",
        "coast",
    ];

    #[test]
    fn two_events_make_two_stories() {
        let arts = vec![
            with_terms("000", QUAKE),
            with_terms("001", FERRY),
            with_terms("002", &QUAKE[2..]),
            with_terms("003", &[&FERRY[..6], &["rescuers", "killed"]].concat()),
            with_terms("004", &[&QUAKE[..5], &["killed", "officials"]].concat()),
        ];
        let g = group(&arts);
        assert_eq!(g.stories.len(), 2, "{:?}", g.stories);
        assert_eq!(g.stories[0].articles, ["000", "002", "004"]);
        assert_eq!(g.stories[1].articles, ["001", "003"]);
        assert_eq!(
            g.stories[0].label[0], "rubble",
            "held by all three, ranked high"
        );
        assert_eq!(g.common([0, 2]), Some(0));
        assert_eq!(g.common([0, 1]), None);
    }

    #[test]
    fn a_shared_generic_word_does_not_join_events() {
        let arts = vec![
            with_terms("000", &[QUAKE, &["killed", "people"]].concat()),
            with_terms("001", &[FERRY, &["killed", "people"]].concat()),
        ];
        assert_eq!(group(&arts).stories.len(), 2);
    }

    #[test]
    fn one_event_told_many_ways_stays_one_story() {
        // Each report names the town and keeps some of the event's other terms, in its own
        // order.
        let arts: Vec<Article> = (0..40)
            .map(|i| {
                let mut t: Vec<&str> = QUAKE.iter().copied().filter(|&w| w != "Malatya").collect();
                let len = t.len();
                t.rotate_left(i % len);
                t.truncate(4 + i % 5);
                t.insert(i % 3, "Malatya");
                with_terms(&format!("{i:03}"), &t)
            })
            .collect();
        assert_eq!(group(&arts).stories.len(), 1);
    }

    #[test]
    fn reports_sharing_only_broad_names_stay_apart() {
        let a = [
            "Turkey",
            "Reuters",
            "earthquake",
            "rubble",
            "magnitude",
            "Malatya",
        ];
        let b = [
            "Turkey",
            "Reuters",
            "earthquake",
            "rubble",
            "magnitude",
            "Elazig",
        ];
        let g = group(&[with_terms("000", &a), with_terms("001", &b)]);
        assert_eq!(g.stories.len(), 2, "same kind of event, different towns");
        let c = [
            "Turkey",
            "Reuters",
            "earthquake",
            "rubble",
            "magnitude",
            "Elazig",
        ];
        let g = group(&[with_terms("000", &b), with_terms("001", &c)]);
        assert_eq!(g.stories.len(), 1);
        assert!(is_broad("turkey") && is_broad("reuters") && !is_broad("elazig"));
    }

    fn with_names(id: &str, terms: &[&str], names: &[&str]) -> Article {
        let mut a = with_terms(id, terms);
        a.names = names.iter().map(|n| (n.to_string(), 1)).collect();
        a
    }

    #[test]
    fn rare_names_past_the_top_terms_join_a_report_in_other_words() {
        // The local site's top terms are its own officials; the village, district and
        // region it shares with the wire come further down.
        let wire = with_names(
            "000",
            &[
                "Ghana", "mine", "pit", "collapse", "miners", "gold", "Boakye",
            ],
            &["boakye", "kyekyewere", "denkyira", "dunkwa", "accra"],
        );
        let local = with_names(
            "001",
            &["Nadmo", "Darko", "pit", "search", "toll", "hits", "Amoako"],
            &[
                "nadmo",
                "darko",
                "amoako",
                "kyekyewere",
                "denkyira",
                "dunkwa",
            ],
        );
        assert_eq!(group(&[wire.clone(), local.clone()]).stories.len(), 1);
        // Two shared names are not enough for the looser threshold.
        let mut few = local.clone();
        few.names.retain(|(n, _)| n != "dunkwa");
        assert_eq!(group(&[wire, few]).stories.len(), 2);
    }

    #[test]
    fn two_earthquakes_in_one_country_naming_different_towns_stay_apart() {
        let a = with_names(
            "000",
            &[
                "Ecuador",
                "earthquake",
                "magnitude",
                "rubble",
                "Pedernales",
                "killed",
            ],
            &["ecuador", "pedernales", "muisne", "manta", "correa"],
        );
        let b = with_names(
            "001",
            &[
                "Ecuador",
                "earthquake",
                "magnitude",
                "rubble",
                "Cuenca",
                "killed",
            ],
            &["ecuador", "cuenca", "azogues", "loja", "quito"],
        );
        assert_eq!(group(&[a.clone(), b]).stories.len(), 2);
        // The same towns further down, with few words in common, still join.
        let c = with_names(
            "001",
            &["Rescuers", "survivors", "Muisne", "aid", "earthquake"],
            &["muisne", "pedernales", "manta", "quito"],
        );
        assert_eq!(group(&[a, c]).stories.len(), 1);
    }

    #[test]
    fn input_order_does_not_change_the_grouping() {
        let arts = vec![
            with_terms("000", QUAKE),
            with_terms("001", FERRY),
            with_terms("002", &QUAKE[3..]),
        ];
        let mut rev = arts.clone();
        rev.reverse();
        let (a, b) = (group(&arts), group(&rev));
        assert_eq!(a.stories, b.stories);
    }

    #[test]
    fn unreadable_and_termless_articles_are_handled() {
        let mut bad = with_terms("001", QUAKE);
        bad.problems.push(crate::model::Problem {
            kind: "empty".into(),
            message: "x: file holds no text".into(),
        });
        let arts = vec![with_terms("000", QUAKE), bad, with_terms("002", &[])];
        let g = group(&arts);
        assert_eq!(g.of, [Some(0), None, Some(1)]);
        assert_eq!(g.stories.len(), 2);
        assert!(g.stories[1].label.is_empty());
    }

    #[test]
    fn cosine_of_unit_vectors() {
        let a: Vector = vec![(1, 0.6), (2, 0.8)];
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&a, &vec![(3, 1.0)]), 0.0);
    }
}
