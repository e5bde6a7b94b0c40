"""Whether a dated clause tells an event a reader would put on a timeline.

Many dated clauses are not events: the date qualifies a noun ("the 2020 conversation",
"my top films of 2017"), labels a citation ("Horn, Roger A. (2013)"), bounds a statistic
("26 cases between 2009 and 2018") or a state ("a streak dating to 2007"); the clause is
an opinion, a generic present ("which today is primarily cloud computing") or a narrator's
aside in the first person. No single cue decides: each is a piece of evidence (`features`),
weighed by a linear score whose weights are data (`lang/en/eventness.json`, fitted by
`bench/fit_eventness.py` on the hand-judged read lines of `bench/event_list.py` and the
read TBAQ events, its margin taken off the bias). A clause is kept when its score is at
least 0, so an empty weight table keeps every clause.

Pure functions over a paragraph's text; the words are `lang/en/eventness.json`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from ..lang import load
from ..lang.saying import reporting_verbs
from ..text.caseblind import CaseBlind
from .eventness_other import other_features
from .words import EVENT_NOUNS, PAST, PROJECTED, SCHEDULED, WORD, alternatives

LANGUAGE = "en"
_TABLE = load(LANGUAGE, "eventness.json")
WEIGHTS: Mapping[str, float] = {k: float(v) for k, v in _TABLE["weights"].items()}
"""Each feature's weight, and `_bias`: the score of a clause with no feature."""

FEATURES = (
    "noun_date",
    "event_noun_date",
    "citation",
    "period_figure",
    "state_bound",
    "first_person",
    "projected",
    "present_state",
    "measure",
    "quoted",
    "present_time",
    "year_only",
    "quantity_subject",
)
"""Every feature `features` can return, in a fixed order (the fit's columns)."""
QUOTE_REACH = 1000
"""Characters before a date in which quote marks are counted (an odd count: inside a quote);
a hostile paragraph of thousands of dates is not read from its start for each."""
NOUN_WORDS = 5
"""Words after a date read for the head of the noun phrase it qualifies."""

KNOWN_EVENT_NOUNS = frozenset(_TABLE["event_nouns"]) | frozenset(EVENT_NOUNS)
"""Nouns that name an event (the fitted table's and `words.EVENT_NOUNS`): eventness reads
them after a date, importance in an event's summary."""
_TIME_NOUNS = frozenset(_TABLE["time_nouns"])
_FOLLOWERS = frozenset(_TABLE["noun_followers"])
_NEXT_WORD = re.compile(r"(?:['’]s)?[ \t]+([^\W\d_][\w'’.-]*)")
_ARTICLE = rf"(?:(?:{alternatives(_TABLE['articles'])})\s+)?"
_OF_BEFORE = re.compile(
    rf"([^\W\d_][\w'’-]*)\s+(?:{alternatives(_TABLE['of_words'])})\s+{_ARTICLE}$", re.IGNORECASE
)
_PERIOD = CaseBlind(rf"\b(?:{alternatives(_TABLE['periods'])})\s+$")
_PERIOD_EXPRESSION = re.compile(
    rf"^(?:{alternatives(_TABLE['period_expressions'])})$", re.IGNORECASE
)
_BOUND = CaseBlind(rf"\b(?:{alternatives(_TABLE['state_bounds'])})\s+$")
_PERSON = re.compile(rf"\b(?:{alternatives(_TABLE['persons'])})\b")
_I = re.compile(r"\bI\b|\b(?:We|My|Our|You|Your)\b")
_PRESENT = CaseBlind(rf"\b(?:{alternatives(_TABLE['present_states'])})\b")
_FIGURE = CaseBlind(rf"\d(?:[\d.,]*\d)?\s?(?:{alternatives(_TABLE['figure_units'])})|[$€£¥]\s?\d")
_COUNT = re.compile(r"(?<![\w.:/-])(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*(?![\w:/-])")
_TEMPORAL_LEAD = CaseBlind(rf"\b(?:{alternatives(_TABLE['temporal_leads'])})\s+{_ARTICLE}$")
_SAYING = reporting_verbs().core
_MEASURE = CaseBlind(rf"\b(?:{alternatives(_TABLE['measure_nouns'])})\b")
_PRESENT_TIME = re.compile(rf"^(?:{alternatives(_TABLE['present_times'])})$", re.IGNORECASE)
_SUFFIX = re.compile(rf"-({alternatives(_TABLE['noun_suffixes'])})\b", re.IGNORECASE)
_CITATION = CaseBlind(rf"\b(?:{alternatives(_TABLE['citation_cues'])})\b[^.;]{{0,40}}$")
_BARE_YEAR = re.compile(rf"{_ARTICLE}\d{{4}}", re.IGNORECASE)
_CHANGE = CaseBlind(rf"\b(?:{alternatives(_TABLE['change_verbs'])})\b")
_ADVERB = tuple(_TABLE["adverb_endings"])
_APPROX = rf"(?:(?:{alternatives(_TABLE['approximations'])})\s+)?"
_OF = rf"(?:{alternatives(_TABLE['of_words'])})"
_SUBJECT_START = (
    rf"(?:^\s*|\b(?:{alternatives(_TABLE['subject_leads'])})\s+"
    rf"|^\s*(?:{alternatives(_TABLE['subject_openings'])})\b[^,]{{0,40}},\s+)"
)
_QUANTITY_SUBJECT = re.compile(
    rf"{_SUBJECT_START}{_APPROX}"
    rf"(?:(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*\s*(?:{alternatives(_TABLE['figure_units'])})?"
    rf"\s+(?:{_OF}\s+)?[^\W\d_]"
    rf"|(?:{alternatives(_TABLE['quantity_determiners'])})\s+(?:[\w-]+\s+)?"
    rf"(?:{alternatives(_TABLE['measure_nouns'])})\s+{_OF}\b)"
    rf"|\b(?:{alternatives(_TABLE['existentials'])})\s+{_APPROX}\d",
    re.IGNORECASE,
)
"""A clause whose subject is a quantity: "964,000 people ... reported a disorder in 2017",
"the number of young users was 3.8 percent" (at the clause's start, after a short opening
phrase such as "In the U.S.," or after "that"; not after a name, where a number is an age:
"Yoon, 63, a former prosecutor"), or "there were 3,248 cases" anywhere."""
_QUOTED = re.compile(r"[\"“][^\"“”]*(?:[\"”]|$)|^[^\"“”]*[\"”]|``.*?(?:''|$)")
_QUOTE = re.compile(r"[\"“”]")


def _head_is_event(words: list[str]) -> bool:
    return any(w.lower() in KNOWN_EVENT_NOUNS for w in words)


def _noun_after(text: str, end: int) -> list[str] | None:
    """The words of the noun phrase the expression ending at `end` modifies ("2017 movies",
    "Monday night's loss"), up to three; None when a verb, function word or punctuation
    follows instead."""
    suffix = _SUFFIX.match(text, end)
    if suffix is not None:
        return [suffix.group(1)]  # "2005-era course work", "an Ash Wednesday-like smearing"
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return None
    word = match.group(1).rstrip(".")
    low = word.lower()
    if low in _FOLLOWERS or low.endswith(_ADVERB) or PAST.fullmatch(word) or SCHEDULED.match(low):
        return None
    if PROJECTED.fullmatch(low):
        return None
    words = WORD.findall(text, match.start(1), min(len(text), match.start(1) + 60))[:NOUN_WORDS]
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _FOLLOWERS), len(words))
    return words[:cut]  # "this week's Russian-sponsored Syria peace talks in Astana"


def _noun_before_of(text: str, start: int) -> str | None:
    """The noun of "<noun> of <expression>" ("films of 2017"), unless a time noun ("the end
    of 2019") whose span the expression continues."""
    match = _OF_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return None
    noun = match.group(1).lower()
    return None if noun in _TIME_NOUNS or noun in _FOLLOWERS else noun


def _is_citation(text: str, start: int, end: int) -> bool:
    """The expression fills a parenthesis or bracket ("(2013)", "(21 June 2011)"), or
    dates a reference ("Archived from the original on 2010-11-28", "Retrieved 3 May")."""
    before = text[max(0, start - 2) : start].rstrip()
    after = text[end : end + 2].lstrip(" .")
    filled = before[-1:] in "([" and before != "" and after[:1] in ")]"
    return filled or _CITATION.found(text, max(0, start - 60), start)


def _noun_features(text: str, start: int, end: int) -> set[str]:
    """`noun_date` when the expression qualifies a noun ("2017 movies", "films of 2017");
    `event_noun_date` when that noun names an event and the date can be its time: a day, a
    month or a week ("Tuesday's elections", "this week's talks"), or a year the clause is
    set in ("in the 1967 Six-Day War"), not a year that only names it ("raising 2016
    elections")."""
    after = _noun_after(text, end)
    if after is not None:
        event = _head_is_event(after)
    else:
        before = _noun_before_of(text, start)
        if before is None:
            return set()
        event = before in KNOWN_EVENT_NOUNS
    named_year = _BARE_YEAR.fullmatch(text[start:end].strip()) is not None
    if event and (not named_year or _TEMPORAL_LEAD.found(text, max(0, start - 20), start)):
        return {"event_noun_date"}
    return {"noun_date"}


def _past_besides_saying(said: str) -> bool:
    """A past-tense word other than a verb of saying ("Besecker said" does not make "This
    is a peak time of year" past)."""
    return any(m.group().lower() not in _SAYING for m in PAST.finditer(said))


def features(
    text: str,
    clause: tuple[int, int],
    expression: tuple[int, int],
    kind: str,
    date: str,
    language: str | None = LANGUAGE,
) -> frozenset[str]:
    """The evidence (names from `FEATURES`) about the dated clause `clause` of paragraph
    `text`, dated by the expression at `expression`, of event kind `kind` and date `date`.
    The cues are English: an article in another language gets the few its own words give
    (`eventness_other`), none when it has no table (every clause kept)."""
    if language not in (None, LANGUAGE):
        return other_features(language, text, expression, kind, date)
    start, end = expression
    said = text[clause[0] : clause[1]]
    rest = text[clause[0] : start] + " " + text[end : clause[1]]
    found = _noun_features(text, start, end)
    if _is_citation(text, start, end):
        found.add("citation")
    lead = text[max(0, start - 30) : start]
    period = _PERIOD.found(lead) or _PERIOD_EXPRESSION.match(text[start:end])
    figure = _FIGURE.found(rest) or _COUNT.search(rest)
    if period and figure:
        found.add("period_figure")
    if _BOUND.found(lead):
        found.add("state_bound")
    unquoted = _QUOTED.sub(" ", rest)
    if _PERSON.search(unquoted) or _I.search(unquoted):
        found.add("first_person")  # the narrator's voice: a quote's "we" is the speaker's
    if kind == "projected":
        found.add("projected")
    if kind == "past" and _PRESENT.found(rest) and not _past_besides_saying(said):
        found.add("present_state")
    if figure and _MEASURE.found(said) and not _CHANGE.found(said):
        found.add("measure")  # "sales totaled $7 million in 2017"; "sales fell" is news
    inside = len(_QUOTE.findall(text, max(0, start - QUOTE_REACH), start)) % 2 == 1
    if inside and not _past_besides_saying(said):
        found.add("quoted")  # a speaker's present or future ("we're having a hard time today")
    if _PRESENT_TIME.match(text[start:end].strip()):
        found.add("present_time")
    if len(date) == 4:
        found.add("year_only")
    if _QUANTITY_SUBJECT.search(rest):
        found.add("quantity_subject")  # a statistic, however its verb reads
    return frozenset(found)


def score(found: frozenset[str], weights: Mapping[str, float] | None = None) -> float:
    """The clause's eventness: the bias plus the weights of its features (`WEIGHTS` unless
    given), summed exactly in `FEATURES` order: the same whatever the set's order."""
    table = WEIGHTS if weights is None else weights
    terms = [table.get(name, 0.0) for name in FEATURES if name in found]
    return math.fsum([table.get("_bias", 0.0), *terms])


def is_event(found: frozenset[str], weights: Mapping[str, float] | None = None) -> bool:
    """Kept on the timeline: a score of at least 0."""
    return score(found, weights) >= 0
