#!/usr/bin/env python3
"""Deterministic generator of a synthetic news corpus for benchmarking claimcmp.

Writes N plain-text articles into a folder. Each article is built from template sentences
with slots (people, places, outlets, numbers) recombined by a pseudo-random generator seeded
from (seed, article index), so:

* the same seed and N always give the same bytes (article i never depends on N, so the
  corpus for N=1,000 is the first 1,000 files of the corpus for N=10,000);
* articles are not copies of one another: sentence choice, order, quote marks, speakers,
  cue verbs, figures and paragraph layout all vary;
* most articles cover a shared pool of events, so the same quotes (with variations:
  truncation, contractions, a changed word, a different cue or speaker mention) and
  conflicting casualty figures recur across articles, giving the comparison step real
  groups to form.

About 1 article in 10 uses CRLF line ends, about 1 in 20 starts with a UTF-8 BOM, and a
few carry an unbalanced quotation mark, are long reads of 60 to 120 paragraphs, or have
lost their line ends altogether, as real scraped text does.

Every sentence here was written for this generator; nothing is copied from any corpus.
Only the Python standard library is used. Run with --help for options.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import sys
from multiprocessing import Pool

GENERATOR_VERSION = "3"

# ---------------------------------------------------------------------------------------
# Vocabulary. Names are recombined first/last pairs, places are a mix of real country
# names and invented towns, outlets are a mix of wire services and invented titles.
# ---------------------------------------------------------------------------------------

FIRST_F = """Amara Beatriz Chiara Dilnoza Elif Farah Greta Hana Ingrid Jasmin Kavya Leila
Mariam Nadia Olena Priya Rania Sofia Tamar Ulla Valentina Wanjiru Ximena Yasmin Zofia
Aisha Bronwyn Carmen Daria Esther Fatima Grace Hyun-ju Irene Joanna""".split()
FIRST_M = """Adebayo Bogdan Carlos Dmitri Emeka Farid Gustavo Hamid Ivan Jamal Kenji Lorenzo
Mateo Nikolai Omar Pavel Rashid Samuel Tomas Umar Viktor Wei Xavier Yusuf Zoran Arjun
Brendan Cyril Desmond Ethan Felipe Gideon Hassan Ibrahim Jonas""".split()
LAST = """Abara Bakker Castellano Dimitrov Eze Farouk Guzman Haddad Ivanova Jensen Kamau
Lindqvist Mensah Nakamura Okonkwo Petrov Quiroga Rahimi Santos Takahashi Usman Varga
Wojcik Xu Yilmaz Zapata Achterberg Brennan Cardoso Delacroix Elbaz Fonseca Gallagher
Horvat Iqbal Juarez Kowalczyk Lemaire Mbeki Novak Osei Pereira Rossi Sandoval Tanaka
Urquhart Vasquez Whitfield Yamamoto Zielinski O'Donnell Müller Núñez Søndergaard""".split()

COUNTRIES = """Kenya Peru Indonesia Turkey Pakistan Colombia Nigeria Bangladesh Chile Greece
Morocco Nepal Philippines Ukraine Mexico Ethiopia Vietnam Romania Ecuador Tanzania
Algeria Bolivia Sri\u00a0Lanka Georgia Mozambique""".replace("\u00a0", "_").split()
TOWN_A = """Port Val Kas Mir Ost Bel Tor San Nor Ash Dun Gal Hal Kir Lun Mar Ren Sel Tam Vel
Bran Cor Dar Esk Fen Gor Har Ith Jor Kel Lor Mon Nev Orl Pel Quen Ros Sar Tel Ul""".split()
TOWN_B = """ara ovo enza ford ita uru bad pur ville ino esti abad grad holm more ania
bury dale ek field gate haven inga ja kov lund mouth nes opol rin stad""".split()

WIRES = ["Reuters", "the Associated Press", "AFP", "Bloomberg"]
OUTLETS = """The Daily Meridian|Northgate Times|Capital Wire|The Harbour Post|Evening Ledger|
Continental Herald|The Morning Courier|Riverside Gazette|Global Dispatch|The Sentinel Online|
Metro Bulletin|Frontline Report""".replace("\n", "").split("|")

NATIONALITIES = """U.S. European Turkish Kenyan regional Western local Indonesian Colombian
Ukrainian Nigerian security intelligence""".split()

DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
NUM_WORDS = ["two", "three", "four", "five", "several", "two senior", "three senior"]
SMALL_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
               9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}

ROLES_OFFICIAL = [
    ("Interior Minister", "the minister"), ("Health Minister", "the minister"),
    ("regional governor", "the governor"), ("mayor of {town}", "the mayor"),
    ("head of the national disaster agency", "the agency chief"),
    ("police spokesperson", "the spokesperson"), ("Prime Minister", "the prime minister"),
    ("fire service commander", "the commander"), ("army spokesperson", "the spokesperson"),
    ("Foreign Minister", "the minister"),
]
ROLES_CIVIL = [
    ("a resident of {town}", "the resident"), ("a nurse at the main hospital", "the nurse"),
    ("a shopkeeper", "the shopkeeper"), ("a volunteer rescuer", "the volunteer"),
    ("a teacher who lives nearby", "the teacher"), ("a taxi driver", "the driver"),
    ("an aid worker with a local charity", "the aid worker"),
]

BODIES = [
    "the Health Ministry", "the national disaster management agency", "the civil defence",
    "the Red Crescent", "the Red Cross", "local police", "the provincial government",
    "the United Nations humanitarian office", "hospital officials", "the fire service",
]

# Event kinds: what happened, what it is called, and the sentences its quotes draw from.
EVENTS = {
    "earthquake": dict(
        what=["a magnitude {mag} earthquake struck near {town}",
              "a powerful earthquake shook {town} and surrounding villages"],
        noun=["the earthquake", "the quake", "the tremor"],
        head=["Earthquake kills {n} in {country}", "Powerful quake rocks {town}, at least {n} dead",
              "{country} quake: rescuers search rubble as toll rises to {n}"],
        said=["We are still pulling people out of the rubble and every hour counts",
              "Whole streets in the old town have simply collapsed",
              "We felt the ground roll under us for almost a minute",
              "The aftershocks are making the rescue work very dangerous",
              "We have sent heavy equipment and more teams are on the way",
              "My neighbours are still under what is left of their house"]),
    "flood": dict(
        what=["flash floods swept through {town} after days of heavy rain",
              "the {river} River burst its banks and flooded {town}"],
        noun=["the floods", "the flooding", "the disaster"],
        head=["Floods kill {n} in {country}", "{town} under water as floods leave {n} dead",
              "Rescuers race to reach villages cut off by {country} floods"],
        said=["The water came up to the roof in less than an hour",
              "We have never seen rain like this in this valley",
              "Boats are the only way to reach many of the villages now",
              "We are asking people to move to higher ground immediately",
              "There is no clean water and the children are getting sick",
              "The dams are holding for now but we are watching them closely"]),
    "fire": dict(
        what=["a fire tore through a crowded market in {town}",
              "a blaze broke out in a residential tower in {town}"],
        noun=["the fire", "the blaze", "the inferno"],
        head=["Market fire in {town} kills {n}", "{n} dead as blaze engulfs {town} tower",
              "Fire in {country}: questions over safety after {n} die"],
        said=["The smoke was so thick that we could not see the stairs",
              "The fire spread faster than anything I have seen in my career",
              "An investigation into the cause has already begun",
              "The emergency exits were locked and people were trapped inside",
              "We will hold to account anyone who ignored the safety rules",
              "I heard screaming and then the windows started to burst"]),
    "strike": dict(
        what=["an air strike hit a residential block in {town}",
              "shelling struck a crowded district of {town} overnight"],
        noun=["the strike", "the attack", "the bombardment"],
        head=["Strike on {town} kills {n}, officials say", "{n} killed in attack on {town}",
              "Overnight attack on {town} leaves {n} dead"],
        said=["There was no warning before the missiles hit",
              "This was a deliberate attack on civilians and it must be condemned",
              "We are treating people in the corridors because the wards are full",
              "The building folded like paper and families were asleep inside",
              "We reserve the right to respond at a time of our choosing",
              "The international community cannot stay silent about this"]),
    "crash": dict(
        what=["a passenger train derailed outside {town}",
              "a crowded bus plunged into a ravine near {town}"],
        noun=["the crash", "the accident", "the derailment"],
        head=["Train crash near {town} kills {n}", "{n} dead after bus plunges into ravine in {country}",
              "{country} transport disaster: toll reaches {n}"],
        said=["The carriage flipped over and people were thrown against the seats",
              "We will find out exactly what went wrong and who is responsible",
              "The track had been reported as damaged weeks ago",
              "Rescue teams worked through the night to cut people free",
              "This is a dark day for our country and for the families",
              "The driver was not answering the radio in the minutes before"]),
    "storm": dict(
        what=["a cyclone made landfall near {town}",
              "a powerful storm battered the coast around {town}"],
        noun=["the storm", "the cyclone", "the storm surge"],
        head=["Cyclone kills {n} in {country}", "Storm leaves {n} dead and thousands homeless near {town}",
              "{country} counts the cost as cyclone toll rises to {n}"],
        said=["The wind tore the roofs off almost every house on our street",
              "We evacuated tens of thousands of people before it hit",
              "Power is out across the region and may not return for days",
              "The fishing boats were smashed against the harbour wall",
              "We need tents, food and medicine as quickly as possible",
              "The warnings came in time and that saved many lives"]),
}
# An apostrophe inside a word ("don't", "O'Donnell"), not a single quotation mark.
APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
RIVERS = "Sava Orun Tesh Marila Kodo Velta".split()

# Sentences for quotes that suit any event; mixed with the event's own.
GENERIC_SAID = [
    "How many more people have to die in {town} before something changes?",
    "Nobody came to help us in {town} for {wait} whole days!",
    "I have lost my brother and my two nephews in {noun}",
    "We were told the building was safe, and we believed them",
    "Our thoughts are with the families of those who lost their lives in {town}",
    "We are doing everything we can to help the people of {town}",
    "It is too early to say how many people are still missing in {region}",
    "The government of {country} will provide whatever support is needed",
    "We have asked neighbouring countries for help and they have answered",
    "People in {town} are frightened and they want answers from the authorities",
    "We do not have enough ambulances to reach everyone in {region}",
    "The numbers are likely to rise as we reach the remote areas",
    "I have worked here for {years} years and I have never seen anything like {noun}",
    "What happened in {town} on {day} must never happen again",
]
# Endings that make the same stock sentence differ between events.
TAILS = ["", "", "", " right now", " in {town}", " since {day}", " after {noun}",
         " and we will not stop until everyone is accounted for", " in the whole of {region}",
         ", and that is the truth"]
# Endings that tie a sentence to its event's place or day.
PLACE_TAILS = [" in {town}", " since {day}", " here in {town}", " across {region}",
               " in {town} and the villages around it", " since {noun} on {day}",
               ", and {town} will not forget it", " in the whole of {region}"]

CONTRACTIONS = [("We are ", "We're "), ("we are ", "we're "), ("It is ", "It's "),
                ("do not ", "don't "), ("could not ", "couldn't "), ("I have ", "I've "),
                ("We have ", "We've "), ("cannot ", "can't "), ("will not ", "won't ")]
SYNONYMS = [("very ", "extremely "), ("quickly", "fast"), ("help ", "assist "),
            ("frightened", "scared"), ("people", "residents"), ("whole ", "entire "),
            ("almost ", "nearly "), ("dangerous", "risky")]

CUES = ["said", "said", "said", "told reporters", "added", "said in a statement",
        "told {outlet}", "wrote on social media", "said at a news conference", "stated",
        "explained", "warned", "insisted"]
CUES_AFTER_PRONOUN = ["said", "added", "told {outlet}", "continued", "said later"]

BACKGROUND = [
    "Engineers began inspecting bridges and public buildings for damage.",
    "The country's president visited the worst-hit district and met survivors.",
    "Football matches scheduled for the weekend were postponed as a mark of respect.",
    "A helpline for relatives of the missing was overwhelmed within hours of opening.",
    "Prices of food and fuel rose sharply in the days after the disaster.",
    "Some families said they had received no information about their relatives for two days.",
    "The army was deployed to help clear debris and distribute food.",
    "Neighbouring governments offered condolences and pledged assistance.",
    "A vigil was held in the main square on {day2} night, attended by hundreds of people.",
    "The central bank said it would assess the impact on the economy before its next meeting.",
    "{country} has faced a series of {kind_plural} in recent years, and critics say lessons were not learned.",
    "The {region} region is home to roughly {pop} million people, many of whom live in poorly built housing.",
    "Officials had warned for months that the area was not ready for an emergency of this size.",
    "Teams from neighbouring countries arrived on {day2} with sniffer dogs and medical supplies.",
    "Roads into {town} remained blocked on {day2}, slowing the delivery of aid.",
    "The government declared {mourn} days of national mourning.",
    "Schools in the district were closed and turned into temporary shelters.",
    "Opposition lawmakers demanded an inquiry into how the authorities had prepared.",
    "Satellite images released on {day2} showed the scale of the damage across the district.",
    "Aid groups said the most urgent needs were shelter, clean water and medicine.",
    "Local television broadcast images of families searching for relatives at hospitals.",
    "The last disaster of comparable scale in the country struck in {year}.",
    "Many residents spent the night outdoors, fearing further danger.",
    "Donations poured in from across the country after appeals on social media.",
    "Hospitals in {town} appealed for blood donors and extra staff.",
    "The prime minister cut short a foreign visit to return to the capital.",
    "Insurance experts said the economic losses could run into billions of dollars.",
    "Electricity and mobile networks were restored to parts of the city by {day2} evening.",
]
EXPLAINERS = ["What we know", "Rescue efforts", "Reaction", "Background", "What happens next",
              "Questions over preparedness", "Aid and response"]

UNATTRIBUTED_HEADS = ["'{frag}': survivors describe the moment {noun} hit",
                      "\u201c{frag}\u201d \u2013 {town} counts its dead"]


class Event:
    """One shared event: place, kind, canonical figures, speakers and their quotes."""

    def __init__(self, seed: str, k: int):
        r = random.Random(f"{seed}/event/{k}")
        self.kind = r.choice(sorted(EVENTS))
        spec = EVENTS[self.kind]
        self.country = r.choice(COUNTRIES).replace("_", " ")
        self.town = r.choice(TOWN_A) + r.choice(TOWN_B)
        self.region = r.choice(TOWN_A) + r.choice(["ia", "en", "o", "ara"])
        self.river = r.choice(RIVERS)
        self.day = r.choice(DAYS)
        self.mag = f"{r.randint(55, 79) / 10:.1f}"
        self.dead = r.choice([r.randint(3, 40), r.randint(20, 300), r.randint(100, 2500)])
        self.injured = self.dead * r.randint(2, 6) + r.randint(0, 30)
        self.missing = r.randint(0, self.dead)
        self.displaced = r.choice([0, r.randint(2, 90) * 1000])
        self.bodies = r.sample(BODIES, 3)
        self.what = r.choice(spec["what"])
        self.nouns = spec["noun"]
        self.heads = spec["head"]
        self.speakers = []
        pool = spec["said"] + GENERIC_SAID
        for j in range(r.randint(3, 6)):
            official = j < 2 or r.random() < 0.4
            female = r.random() < 0.5
            first = r.choice(FIRST_F if female else FIRST_M)
            last = r.choice(LAST)
            role, short = r.choice(ROLES_OFFICIAL if official else ROLES_CIVIL)
            quotes = []
            for _ in range(r.randint(1, 3)):
                n = r.choice([1, 1, 2, 2, 3])
                quotes.append([self.fill(r, s) for s in r.sample(pool, n)])
            self.speakers.append(dict(
                name=f"{first} {last}", last=last, female=female, official=official,
                role=role.format(town=self.town), short=short, quotes=quotes))

    def fill(self, r: random.Random, s: str) -> str:
        """A stock sentence made this event's own: its places and names, and an ending."""
        if s.endswith(("?", "!")):
            end = ""
        elif "{" in s or r.random() < 0.05:
            end = r.choice(TAILS)  # already the event's own, or plain boilerplate
        else:
            end = r.choice(PLACE_TAILS)
        return (s + end).replace("{town}", self.town).replace("{region}", self.region) \
            .replace("{country}", self.country).replace("{day}", self.day) \
            .replace("{noun}", r.choice(self.nouns)).replace("{wait}", r.choice(["two", "three", "four"])) \
            .replace("{years}", str(r.randint(5, 35)))


_EVENTS: dict[tuple[str, int], Event] = {}


def event(seed: str, k: int) -> Event:
    key = (seed, k)
    ev = _EVENTS.get(key)
    if ev is None:
        if len(_EVENTS) > 4096:
            _EVENTS.clear()
        ev = _EVENTS[key] = Event(seed, k)
    return ev


# Events shared by many articles (the big stories) and local ones covered by a handful.
MAJOR_EVENTS = 40
LOCAL_SPAN = 8  # consecutive articles share one local event


def event_of(r: random.Random, i: int) -> int:
    if r.random() < 0.15:
        return r.randrange(MAJOR_EVENTS)
    return MAJOR_EVENTS + i // LOCAL_SPAN


# Stands for a paragraph break inside one generated paragraph (a quote running over two).
PARA = "\x00"


def upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def lower_first(s: str) -> str:
    return s if s.startswith(("I ", "I'")) else s[:1].lower() + s[1:]


# Direct speech to reported speech, word by word: persons and tenses shifted back.
REPORTED = {"I": "{he}", "my": "{his}", "me": "{him}", "We": "they", "we": "they",
            "Our": "their", "our": "their", "us": "them", "am": "was", "are": "were",
            "is": "was", "have": "had", "will": "would", "can": "could", "do": "did",
            "There": "there", "The": "the", "It": "it", "People": "people",
            "Nobody": "nobody", "What": "what", "Whole": "whole", "Boats": "boats"}


def reported(sentence: str, female: bool) -> str:
    """ "We have sent teams" -> "they had sent teams" (good enough for filler text)."""
    he, his, him = ("she", "her", "her") if female else ("he", "his", "him")
    words = [REPORTED.get(w, w) for w in sentence.split(" ")]
    return " ".join(words).replace("{he}", he).replace("{his}", his).replace("{him}", him)


def join_sentences(parts: list[str]) -> str:
    """Sentences without their final stop joined into one quote (no stop after the last)."""
    return " ".join(p if p.endswith(("?", "!")) or k == len(parts) - 1 else p + "."
                    for k, p in enumerate(parts))


def end_marks(quote: str) -> tuple[str, str]:
    """The marks that close a quote mid-sentence and at the end of one."""
    return ("", "") if quote.endswith(("?", "!")) else (",", ".")


def fmt_num(r: random.Random, n: int) -> str:
    if n in SMALL_WORDS and r.random() < 0.5:
        return SMALL_WORDS[n]
    return f"{n:,}"


class Writer:
    """Builds one article's text."""

    def __init__(self, seed: str, i: int):
        self.r = r = random.Random(f"{seed}/article/{i}")
        self.ev = event(seed, event_of(r, i))
        curly = r.random() < 0.6
        self.oq, self.cq = ("\u201c", "\u201d") if curly else ('"', '"')
        # A few articles mix curly and straight marks, as pasted-together copy does.
        self.mixed = r.random() < 0.08
        self.apos = "\u2019" if curly and r.random() < 0.8 else "'"
        self.outlet = r.choice(OUTLETS)
        self.wire = r.choice(WIRES)
        # Reported figures drift across articles: later updates, different counting bodies.
        drift = r.choice([0, 0, 0, 1, 2, 5, -1, 10])
        self.dead = max(1, self.ev.dead + drift * max(1, self.ev.dead // 20))
        self.injured = self.ev.injured + r.choice([0, 0, 10, 25])
        self.body = r.choice(self.ev.bodies)
        self.introduced: set[str] = set()
        self.last_speaker = None
        self.used: set[str] = set()

    # -- small helpers ---------------------------------------------------------------
    def s(self, text: str) -> str:
        ev, r = self.ev, self.r
        out = (text.replace("{town}", ev.town).replace("{country}", ev.country)
               .replace("{region}", ev.region).replace("{day}", ev.day)
               .replace("{river}", ev.river).replace("{mag}", ev.mag)
               .replace("{outlet}", self.outlet).replace("{wire}", self.wire)
               .replace("{body}", self.body))
        if "{" in out:
            out = (out.replace("{n}", fmt_num(r, self.dead))
                   .replace("{day2}", r.choice(DAYS))
                   .replace("{pop}", str(r.randint(2, 30)))
                   .replace("{mourn}", r.choice(["three", "two", "seven"]))
                   .replace("{year}", str(r.randint(1960, 2019)))
                   .replace("{kind_plural}", r.choice(["natural disasters", "deadly accidents",
                                                       "emergencies"])))
        if self.apos != "'":
            out = APOSTROPHE.sub(self.apos, out)
        return out

    def q(self, body: str) -> str:
        return self.oq + body + self.cq

    def mention(self, sp: dict) -> tuple[str, bool]:
        """How the speaker is named, and whether the mention ends in an appositive (so a
        comma must follow it mid-sentence): name and role first, then surname, title or
        pronoun."""
        r = self.r
        if sp["name"] not in self.introduced:
            self.introduced.add(sp["name"])
            role = sp["role"]
            if role.startswith(("a ", "an ")):
                return f"{sp['name']}, {role}", True
            if role[0].isupper() and r.random() < 0.5:
                return f"{role} {sp['name']}", False
            return f"{sp['name']}, the {role.lower() if role[0].isupper() else role}", True
        if self.last_speaker is sp and r.random() < 0.5:
            return ("she" if sp["female"] else "he"), False
        return r.choice([sp["last"], sp["last"], sp["short"]]), False

    def vary(self, sentences: list[str]) -> str:
        """A quote as this article renders it: exact, cut short, contracted or reworded."""
        r = self.r
        parts = list(sentences)
        roll = r.random()
        if roll < 0.15 and len(parts) > 1:
            parts = parts[:1]
        text = join_sentences(parts)
        if 0.15 <= roll < 0.35:
            for a, b in CONTRACTIONS:
                text = text.replace(a, b)
        elif 0.35 <= roll < 0.5:
            a, b = r.choice(SYNONYMS)
            text = text.replace(a, b, 1)
        elif 0.5 <= roll < 0.55:
            words = text.split(" ")
            if len(words) > 8:
                cut = r.randint(3, len(words) - 3)
                dots = r.choice([" ... ", " \u2026 "])
                text = " ".join(words[:cut]) + dots + " ".join(words[cut + 2:])
        if self.apos != "'":
            text = APOSTROPHE.sub(self.apos, text)
        return text

    def cue(self, pronoun: bool = False) -> str:
        return self.s(self.r.choice(CUES_AFTER_PRONOUN if pronoun else CUES))

    # -- paragraph kinds ---------------------------------------------------------------
    def headline(self) -> str:
        r, ev = self.r, self.ev
        if r.random() < 0.1:
            sp = r.choice(ev.speakers)
            frag = " ".join(sp["quotes"][0][0].split(" ")[:r.randint(3, 6)])
            h = self.s(r.choice(UNATTRIBUTED_HEADS).replace("{frag}", frag)
                       .replace("{noun}", r.choice(ev.nouns)))
        else:
            h = self.s(r.choice(ev.heads))
        roll = r.random()
        if roll < 0.35:
            h += f" - {self.outlet}"
        elif roll < 0.45:
            h += f" | {self.outlet}"
        return h

    def lede(self) -> str:
        r, ev = self.r, self.ev
        what = self.s(ev.what)
        n = fmt_num(r, self.dead)
        forms = [
            f"At least {n} people were killed and {self.injured:,} injured when {what} on {ev.day}, {self.body} said.",
            f"{ev.town.upper()}, {ev.country} \u2014 {upper_first(what)} on {ev.day}, killing at least {n} people and injuring {self.injured:,} others, according to {self.body}.",
            f"The death toll after {what} has risen to {n}, {self.body} said on {r.choice(DAYS)}, as rescuers kept searching for survivors.",
            f"{upper_first(what)} on {ev.day}, leaving {n} people dead, officials said, in the worst disaster to hit the area in years.",
        ]
        return self.s(r.choice(forms))

    def figures(self) -> str:
        r, ev = self.r, self.ev
        other = r.choice([b for b in ev.bodies if b != self.body] or [self.body])
        n2 = fmt_num(r, max(1, self.dead - r.randint(0, 5)))
        forms = [
            f"{upper_first(self.body)} put the death toll at {fmt_num(r, self.dead)}, while {other} said {n2} people had died.",
            f"More than {self.injured:,} people were wounded, {r.randint(10, 90)} of them critically, according to {other}.",
            f"Some {ev.missing:,} people were still missing on {r.choice(DAYS)}, {other} said.",
            f"Nearly {ev.displaced:,} people have been displaced, the {r.choice(['UN', 'Red Cross', 'local authorities'])} estimated." if ev.displaced else
            f"Dozens of families have been moved to temporary shelters, {other} said.",
            f"Among the dead were {fmt_num(r, r.randint(2, 12))} children, {other} said, adding that the toll could rise.",
            f"The toll rose overnight from {fmt_num(r, max(1, self.dead // 2))} to {fmt_num(r, self.dead)}, {self.body} said.",
        ]
        return self.s(" ".join(r.sample(forms, r.randint(1, 3))))

    def sourcing(self) -> str:
        r, ev = self.r, self.ev
        nat = r.choice(NATIONALITIES)
        n = r.choice(NUM_WORDS)
        noun = r.choice(ev.nouns)
        forms = [
            f"{upper_first(n)} {nat} officials told {self.wire} that the response to {noun} had been slowed by a shortage of equipment.",
            f"A senior official, who spoke on condition of anonymity because they were not authorised to brief the media, said the government had been warned weeks earlier.",
            f"According to {n} people familiar with the matter, the cabinet will meet on {r.choice(DAYS)} to discuss emergency funding.",
            f"{self.wire[0].upper() + self.wire[1:]} reported, citing a local official, that several villages had not yet been reached.",
            f"Sources familiar with the investigation said the first findings would be published within a week.",
            f"A {nat} diplomat, speaking to {self.outlet} on condition of anonymity, said foreign teams were ready to deploy.",
            f"{upper_first(self.body)} said in a statement that {fmt_num(r, self.dead)} deaths had been confirmed so far.",
            f"Two people briefed on the talks told {self.outlet} that an aid package was being prepared.",
        ]
        return self.s(" ".join(r.sample(forms, r.randint(1, 2))))

    def quote_para(self) -> str:
        r, ev = self.r, self.ev
        sp = r.choice(ev.speakers)
        text = self.vary(r.choice(sp["quotes"]))
        who, appositive = self.mention(sp)
        pronoun = who in ("he", "she")
        mid = who + ("," if appositive else "")  # the mention followed by more words
        Mid = mid[0].upper() + mid[1:]
        cue = self.cue(pronoun)
        oq, cq = self.oq, self.cq
        if self.mixed and r.random() < 0.5:
            oq, cq = ('"', '"') if oq != '"' else ("\u201c", "\u201d")
        wire = self.wire[0].upper() + self.wire[1:]
        parts = text.split(". ", 1)
        comma, stop = end_marks(text)
        style = r.randrange(10)
        if style <= 2 or (style in (7, 8) and len(parts) == 1):
            out = f"{oq}{text}{comma}{cq} {mid} {cue}."
        elif style == 3:
            if pronoun or cue != "said":
                out = f"{oq}{text}{comma}{cq} {mid} {cue}."
            else:
                out = f"{oq}{text}{comma}{cq} said {who}."
        elif style == 4:
            out = f"{Mid} {cue}: {oq}{text}{stop}{cq}"
        elif style == 5 and not pronoun:
            out = f"According to {who}, {oq}{text}{stop}{cq}"
        elif style == 6 and not pronoun:
            out = f"{wire} quoted {mid} as saying: {oq}{text}{stop}{cq}"
        elif style == 7:
            out = f"{oq}{parts[0]},{cq} {mid} {cue}. {oq}{parts[1]}{stop}{cq}"
        elif style == 8:
            # A quote that runs over two paragraphs: the first is left open.
            out = f"{Mid} {cue}: {oq}{parts[0]}.{PARA}{oq}{parts[1]}{stop}{cq}"
        elif style == 9 and r.random() < 0.3:
            inner, inner_c = ("\u2018", "\u2019") if oq == "\u201c" else ("'", "'")
            out = (f"{oq}They kept telling us {inner}stay calm{inner_c}, and "
                   f"{lower_first(text)}{comma}{cq} {mid} {cue}.")
        else:
            out = f"{oq}{text}{comma}{cq} {mid} {cue}."
        self.last_speaker = sp
        return self.s(out)

    def anonymous_quote(self) -> str:
        r, ev = self.r, self.ev
        sp = r.choice(ev.speakers)
        text = self.vary(r.choice(sp["quotes"]))
        nat = r.choice(NATIONALITIES)
        comma, stop = end_marks(text)
        forms = [
            f"{self.oq}{text}{comma}{self.cq} said a {nat} official who asked not to be named.",
            f"A senior {nat} official told {self.wire}: {self.oq}{text}{stop}{self.cq}",
            f"{self.oq}{text}{comma}{self.cq} one rescuer said, declining to give their name.",
        ]
        return self.s(r.choice(forms))

    def indirect(self) -> str:
        r, ev = self.r, self.ev
        sp = r.choice(ev.speakers)
        first = r.choice(sp["quotes"])[0]
        first = reported(first.rstrip("?!"), sp["female"])
        who, appositive = self.mention(sp)
        mid = who + ("," if appositive else "")
        self.last_speaker = sp
        return self.s(f"{mid[0].upper() + mid[1:]} said that {first}.")

    def background(self) -> str:
        r = self.r
        fresh = [b for b in BACKGROUND if b not in self.used] or BACKGROUND
        chosen = r.sample(fresh, min(len(fresh), r.randint(2, 4)))
        self.used.update(chosen)
        return self.s(" ".join(chosen))

    def article(self) -> str:
        r = self.r
        paras = [self.headline()]
        if r.random() < 0.4:
            by = f"{r.choice(FIRST_F + FIRST_M)} {r.choice(LAST)}"
            paras.append(r.choice([f"By {by}", f"By {by}, {self.outlet}",
                                   f"Updated {r.randint(0, 23):02d}:{r.randint(0, 59):02d} GMT"]))
        paras.append(self.lede())
        kinds = ([self.quote_para] * 6 + [self.figures] * 2 + [self.sourcing] * 2
                 + [self.background] * 2 + [self.anonymous_quote, self.indirect])
        # A few long reads, so that any cost that grows faster than the text shows.
        body_len = r.randint(60, 120) if r.random() < 0.02 else r.randint(9, 22)
        for j in range(body_len):
            if j and j % 5 == 0 and r.random() < 0.4:
                paras.append(r.choice(EXPLAINERS))
            paras.append(r.choice(kinds)())
        if r.random() < 0.03:
            # Scraped text sometimes loses a closing mark.
            paras.append(f"{self.oq}We will rebuild, {self.s('{town}')} will rebuild, one resident said")
        roll = r.random()
        # Paragraphs split by a blank line, by a line end, or (badly scraped) by a space.
        sep = "\n\n" if roll < 0.5 else "\n" if roll < 0.98 else " "
        text = sep.join(paras).replace(PARA, sep) + "\n"
        if r.random() < 0.1:
            text = text.replace("\n", "\r\n")
        data = text.encode("utf-8")
        if r.random() < 0.05:
            data = b"\xef\xbb\xbf" + data
        return data


def article_bytes(seed: str, i: int) -> bytes:
    return Writer(seed, i).article()


def file_name(i: int, width: int) -> str:
    return f"{i:0{width}d}_synthetic.txt"


def _write_range(args: tuple[str, str, int, int, int]) -> tuple[int, bytes, int]:
    seed, out, lo, hi, width = args
    h = hashlib.sha256()
    total = 0
    for i in range(lo, hi):
        data = article_bytes(seed, i)
        with open(os.path.join(out, file_name(i, width)), "wb") as f:
            f.write(data)
        h.update(hashlib.sha256(data).digest())
        total += len(data)
    return lo, h.digest(), total


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Write N synthetic news articles into OUT.")
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", help="output folder (created; existing *_synthetic.txt removed)")
    ap.add_argument("--seed", default="claimcmp-bench", help="seed (default: %(default)s)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes (default: all cores); does not change the bytes")
    a = ap.parse_args(argv)
    if a.n < 0:
        ap.error("n must be >= 0")
    os.makedirs(a.out, exist_ok=True)
    for name in os.listdir(a.out):
        if name.endswith("_synthetic.txt"):
            os.remove(os.path.join(a.out, name))
    width = max(6, len(str(max(a.n - 1, 0))))
    chunk = 500
    ranges = [(a.seed, a.out, lo, min(lo + chunk, a.n), width) for lo in range(0, a.n, chunk)]
    if a.jobs > 1 and len(ranges) > 1:
        with Pool(a.jobs) as pool:
            parts = pool.map(_write_range, ranges)
    else:
        parts = [_write_range(x) for x in ranges]
    digest = hashlib.sha256()
    size = 0
    for _, d, total in sorted(parts):
        digest.update(d)
        size += total
    print(f"articles={a.n} bytes={size} sha256={digest.hexdigest()} "
          f"seed={a.seed} generator=v{GENERATOR_VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
