"""How much a timeline event matters to a reader: its importance, between 0 and 1.

A reader of a story looks for its main events (talks that open, close or stall, agreements
signed, announcements, attacks, places taken, deadlines set and missed), not the background
a sentence hangs on a noun ("the conflict, which has killed 300,000 since it began"). No
single cue decides: each is a piece of evidence (`FEATURES`), and a logistic model weighs
them together, its weights data (`lang/en/importance.json`, fitted by
`bench/fit_importance.py` on the read part of the event list's folders and of TBAQ's
one-story corpora, where several articles report one event). The evidence of
the event's own words: a main kind's words, the clause's eventness (`eventness.score`),
whether the date sits in a background clause, whether the clause is a fragment, the place
of its paragraph in the article, the date's precision and the tense; of the corpus: how
many independent sources report it and how salient its actors are.

Importance depends on the whole briefing (sources, salience), so it is worked out where
the whole briefing is rendered anyway (the overview, the timeline, the export), never
stored with an article's events: an incremental render stays the same bytes as a full one.
Pure functions; the words are `lang/en/importance.json`; `developments` chooses by the scores.
"""

from __future__ import annotations

import functools
import math
import re
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .. import logistic
from ..lang import load
from ..models import Article, Briefing, Event, EventSource
from ..text.caseblind import CaseBlind
from ..text.sentences import paragraph_number
from . import eventness
from .clauses import clause
from .merge import independent_sources
from .words import MONTH_NAMES, PAST, RELATIVE_PRONOUNS, SCHEDULED, WEEKDAY_NAMES, alternatives

LANGUAGE = "en"
_TABLE = load(LANGUAGE, "importance.json")
WEIGHTS: Mapping[str, float] = {k: float(v) for k, v in _TABLE["weights"].items()}
"""Each feature's weight, and `_bias`: the log-odds of an event with no evidence."""
MAIN = float(_TABLE["main"])
"""The importance from which an event is a main event (marked on the timeline)."""

REPORT = ("kind_word", "event_noun", "eventness", "background", "fragment", "lead")
"""The evidence of one report's words and place in its article: worked out as the article's
events are extracted (`report_evidence`), kept on its `EventSource.evidence`."""
DATED = ("day", "year_only", "scheduled", "projected")
"""The evidence of the event's date, its expression and its kind, read at render time (the
link step may give a merged event a finer date than one report's)."""
LOCAL = REPORT + DATED
CORPUS = ("sources", "salience")
"""The evidence of the briefing: independent reports, the actors' salience."""
FEATURES = LOCAL + CORPUS
"""Every feature, in a fixed order (the fit's columns)."""


def _any(entries: Iterable[str]) -> str:
    """The entries as one alternation, whole words."""
    return rf"\b(?:{alternatives(entries)})\b"


_KIND = CaseBlind(_any(w for words in _TABLE["kinds"].values() for w in words))
_EVENT_NOUN = CaseBlind(_any(sorted(eventness.KNOWN_EVENT_NOUNS)))
_OPENER = re.compile(
    rf"(?:{alternatives((*RELATIVE_PRONOUNS, *_TABLE['background_openers']))})\b",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r",[\"'”’]?\s+|;\s|:\s|\s[—–]\s|\s--\s|\(")
_LEADS_TO = CaseBlind(
    rf"{_any(_TABLE['background_openers'])}\s+(?:{_any(_TABLE['background_links'])}\s+)?$"
)
_DAY = re.compile(
    rf"{_any((*_TABLE['day_words'], *WEEKDAY_NAMES))}"
    rf"|\b\d{{1,2}}\b(?!\s+{_any(_TABLE['duration_units'])})",
    re.IGNORECASE,
)
"""A day in the expression: "Monday", "today", "Jan. 27" (not "18 months ago")."""
_FINER = re.compile(_any((*_TABLE["finer_words"], *MONTH_NAMES)), re.IGNORECASE)
_FINITE = CaseBlind(_any(_TABLE["finite_verbs"]))
_SCHEDULED = CaseBlind(SCHEDULED.pattern)
"""`words.SCHEDULED`, searched as a `CaseBlind` (its flag is IGNORECASE alone)."""


def in_background(sentence: str, start: int) -> bool:
    """The date at `start` sits in a clause that only qualifies a noun: the nearest clause
    boundary before it opens a relative clause or a participle ("Russia, which backed
    Assad's regime"), or a participle leads to it ("an operation starting in 2015")."""
    cut = 0
    for match in _BOUNDARY.finditer(sentence, 0, start):
        cut = match.end()
    opened = cut > 0 and _OPENER.match(sentence, cut) is not None
    return opened or _LEADS_TO.found(sentence, 0, start)


def is_fragment(summary: str, expression: str) -> bool:
    """A summary with no verb besides its date ("Last week, meetings between President
    Trump"): a piece of a sentence, not a statement of what happened. English cues."""
    at = summary.lower().find(expression.lower()) if expression else -1
    rest = summary if at < 0 else f"{summary[:at]} {summary[at + len(expression) :]}"
    return not (PAST.search(rest) or _SCHEDULED.found(rest) or _FINITE.found(rest))


def report_evidence(
    text: str,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    expression: tuple[int, int],
    found: frozenset[str],
    paragraph: str,
    language: str | None,
) -> tuple[float, ...]:
    """`REPORT` for the dated clause `clause` of paragraph `text` (id `paragraph`), in the
    sentence `sentence`, dated by the expression at `expression`, with its eventness
    evidence `found`. The words are English: in another language only the eventness and
    the paragraph count. The lead is 1 for the first paragraph, ½ for the second…"""
    english = language in (None, LANGUAGE)
    words = text[clause[0] : clause[1]]
    written = text[expression[0] : expression[1]]
    return (
        float(english and _KIND.found(words)),
        float(english and _EVENT_NOUN.found(words)),
        eventness.score(found),
        float(in_background(text[sentence[0] : sentence[1]], expression[0] - sentence[0])),
        float(english and is_fragment(words, written)),
        1.0 / max(paragraph_number(paragraph), 1),
    )


@functools.lru_cache(maxsize=4096)
def _report_again(
    text: str,
    sentence: str,
    written: str,
    kind: str,
    date: str,
    paragraph: str,
    language: str | None,
) -> tuple[float, ...]:
    """`REPORT` of a source kept without it (a cache of an older generator): its clause
    found again in its paragraph `text` from its `sentence` and expression as `written`."""
    where = text.find(written, max(text.find(sentence[:60]), 0)) if written else -1
    if where < 0:
        lead = 1.0 / max(paragraph_number(paragraph), 1)
        return (0.0, 0.0, 0.0, 0.0, 0.0, lead)
    span = (where, where + len(written))
    own = clause(text, *span)
    found = eventness.features(text, (own.start, own.end), span, kind, date, language)
    return report_evidence(
        text,
        (own.start, own.end),
        (own.sentence_start, own.sentence_end),
        span,
        found,
        paragraph,
        language,
    )


def dated_evidence(event: Event, source: EventSource) -> tuple[float, ...]:
    """`DATED`: the precision is the expression's as much as the date's ("on Monday" in an
    undated article, resolved to its year only, still tells a day's news; "in 2015" does
    not), and the kind."""
    written, date = source.expression, event.date
    day = bool(_DAY.search(written))
    return (
        float(len(date) == 10 or day),
        float(len(date) == 4 and not (day or _FINER.search(written))),
        float(event.kind == "scheduled"),
        float(event.kind == "projected"),
    )


@dataclass(frozen=True)
class Corpus:
    """What the evidence reads of the whole briefing, gathered once."""

    paragraphs: Mapping[tuple[str, str], str]
    """(article id, paragraph id) → the paragraph's text."""
    articles: Mapping[str, Article]
    salience: Mapping[str, float]
    """actor id → its salience over the briefing's highest (1 for the most salient)."""


def corpus_of(briefing: Briefing) -> Corpus:
    top = max((a.salience for a in briefing.actors), default=0.0)
    return Corpus(
        paragraphs={(a.id, p.id): p.text for a in briefing.articles for p in a.paragraphs},
        articles={a.id: a for a in briefing.articles},
        salience={a.id: (a.salience / top if top > 0 else 0.0) for a in briefing.actors},
    )


def local_features(event: Event, source: EventSource, corpus: Corpus) -> tuple[float, ...]:
    """`LOCAL` for one report of `event`: its kept `REPORT` evidence, then `DATED`."""
    report = source.evidence
    if len(report) != len(REPORT):
        article = corpus.articles.get(source.article)
        text = corpus.paragraphs.get((source.article, source.paragraph), source.text)
        report = _report_again(
            text,
            source.text,
            source.expression,
            event.kind,
            event.date,
            source.paragraph,
            article.language if article else LANGUAGE,
        )
    return (*report, *dated_evidence(event, source))


def features(
    event: Event, corpus: Corpus, weights: Mapping[str, float] | None = None
) -> tuple[float, ...]:
    """`FEATURES` of an event: the local evidence of its strongest report (by `weights`; none
    for an event without a source), then its independent sources (log₂, 0 for one or none)
    and its most salient actor's salience."""
    table = WEIGHTS if weights is None else weights
    reports = [local_features(event, source, corpus) for source in event.sources]
    no_report = (0.0,) * len(LOCAL)  # an event added in briefing.yml without a source
    best = max(reports, key=lambda values: _partial(values, LOCAL, table), default=no_report)
    sources = math.log2(max(independent_sources(event, corpus.articles), 1))
    salience = max((corpus.salience.get(a, 0.0) for a in event.actors), default=0.0)
    return (*best, sources, salience)


def _partial(values: Sequence[float], names: Sequence[str], table: Mapping[str, float]) -> float:
    """The weighted sum, always in `names` order (the same float on every run)."""
    total = 0.0
    for name, value in zip(names, values, strict=True):
        if value:
            total += table.get(name, 0.0) * value
    return total


def probability(values: Sequence[float], weights: Mapping[str, float] | None = None) -> float:
    """The logistic model's importance of the evidence `values` (in `FEATURES` order)."""
    table = WEIGHTS if weights is None else weights
    logit = table.get("_bias", 0.0) + _partial(values, FEATURES, table)
    return logistic.probability(logit)


_LAST: list[tuple[weakref.ref[Briefing], dict[str, float]]] = []
"""The scores of the last briefing asked for: the overview, the timeline and the export each
ask for them, and the render works them out once, before its workers fork."""


def event_importance(briefing: Briefing) -> dict[str, float]:
    """Event id → importance, rounded to three places (the same bytes on every machine)."""
    if _LAST and _LAST[0][0]() is briefing:
        return dict(_LAST[0][1])
    corpus = corpus_of(briefing)
    scores = {e.id: round(probability(features(e, corpus)), 3) for e in briefing.events}
    _LAST[:] = [(weakref.ref(briefing), scores)]
    return dict(scores)
