"""Whether two dated clauses of different articles give one event two dates.

Sharing words is not enough: "Wang" won a title in 1979 and lost one in 1996, the Fed Cup is
played every year, a bond falls due in 2023. Two events are one occurrence dated twice only
when their clauses share the event's key word (a noun or verb of the clause itself, not a
name, a number, the date or a reporting verb like "said"), a named actor (news outlets do not
count), and most of their words (the key points' content-word cosine); name no disjoint
places, years or ordinals ("the second round", "the third session": a recurring event); give
dates of the same precision, day or month (a year is too coarse to tell one occurrence from
the next), at most `MAX_DAYS_APART` apart; and rest on a firm anchor: a date read against an
inferred or missing publication date (no year in the expression) is the reader's guess, not
the source's word, and a weekday ("on Sunday") read a week off is the reading, not the
source, that differs. Precision first: a wrong divergence misleads the reader, a missed one
only leaves the page shorter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from .. import lang
from ..lang.saying import reporting_verbs
from ..models import MEDIA, Actor, Article, Briefing, Event, EventSource
from ..timex.lexicon import lexicon as timex_lexicon
from .figure_subjects import subject
from .keypoints import content_words, similarity
from .overlaps import Overlaps, actor_mentions

SAME_EVENT_SIMILARITY = 0.5
"""Content-word cosine of two events' sentences (less URLs and the date expressions) at or
above which, with the other conditions, they report one event."""
MAX_DAYS_APART = 31
"""Two day dates further apart are two occurrences (a recurring event, a background
mention), not a disagreement about one; month dates must be the same or next month."""
MAX_KEY_EVENTS = 50
"""An (actor, key word) shared by more events than this tells nothing about which are one;
it is not used to find pairs, so a hostile corpus is not compared pairwise."""

_URL = re.compile(r"\S*(?:https?:|www\.)\S*")
_TOKEN = re.compile(r"[^\W_][\w'’-]*")
_YEAR = re.compile(r"\b\d{4}\b")
_NOT_ACTORS = frozenset({MEDIA})


@dataclass(frozen=True)
class Reading:
    """One firmly dated source of an event, as two events are compared."""

    event: Event
    source: EventSource
    words: frozenset[str]
    keys: frozenset[str]
    """Key words of its clause: what happened, not who, when or who said so."""
    actors: frozenset[str]
    """Actors its sentence mentions (news outlets left out)."""
    places: frozenset[str]
    """Places its sentence names besides its actors: where it happened."""
    years: frozenset[int]
    ordinals: frozenset[int]
    relative: int | None
    """Days from its article's publication date when the expression names no number ("on
    Thursday", "yesterday"): each article's own latest occurrence sits there."""
    weekday: bool
    """Dated by a weekday name alone ("on Sunday")."""


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], dict[str, int]]:
    """Reporting verbs (never what happened), weekday names and the ordinals."""
    claims = lang.json_table("en", "claims.json")
    reporting = frozenset(reporting_verbs().finite) | frozenset(claims["that_verbs"])
    weekdays = frozenset(lang.load("en", "weekdays.txt"))
    return reporting, weekdays, dict(timex_lexicon()["ordinals"])


def firm(source: EventSource, article: Article | None) -> bool:
    """True when the source's date does not rest on a guessed anchor: the expression names
    its year, or the article's publication date is known (not inferred)."""
    if source.date_inferred:
        return False
    if _YEAR.search(source.expression):
        return True
    return article is not None and article.published is not None


def weekday_only(expression: str) -> bool:
    """An expression dated by a weekday name with no number ("on Sunday", "last Friday")."""
    tokens = {t.lower().rstrip(".") for t in _TOKEN.findall(expression)}
    return bool(tokens & _words()[1]) and not re.search(r"\d", expression)


def _without(text: str, expression: str) -> str:
    """The sentence less URLs and its date expression (whose words and year are the date)."""
    return _URL.sub(" ", text.replace(expression, " ") if expression else text)


def key_words(summary: str, expression: str, names: Sequence[str]) -> frozenset[str]:
    """Content words of the clause that say what happened: no names (capitalised after the
    first word, or an actor's), numbers, the date expression or reporting verbs."""
    reporting = _words()[0]
    text = _without(summary, expression)
    named = {w for name in names for w in content_words(name)}
    kept = []
    for index, match in enumerate(_TOKEN.finditer(text)):
        token = match.group()
        if index and token[:1].isupper():
            continue
        kept.append(token)
    words = content_words(" ".join(kept))
    return frozenset(w for w in words if w.isalpha() and w not in named and w not in reporting)


def _ordinals(words: frozenset[str]) -> frozenset[int]:
    table = _words()[2]
    return frozenset(table[w] for w in words if w in table)


_Mentions = Mapping[tuple[str, str], Overlaps[Actor]]


def _mentioned(
    source: EventSource, texts: dict[tuple[str, str], str], mentions: _Mentions
) -> list[Actor]:
    """The actors (not news outlets) named in the source's sentence."""
    key = (source.article, source.paragraph)
    start = texts[key].find(source.text) if key in texts else -1
    if start < 0 or key not in mentions:
        return []
    here = mentions[key].overlapping(start, start + len(source.text))
    found = {a.id: a for a in here if a.type not in _NOT_ACTORS}
    return [found[k] for k in sorted(found)]


def _relative(event: Event, source: EventSource, article: Article | None) -> int | None:
    """Days between the date and the publication day, for an expression with no number."""
    if re.search(r"\d", source.expression) or article is None or article.published is None:
        return None
    if len(event.date) != 10 or len(article.published) != 10:
        return None
    return (_start(event.date) - _start(article.published)).days


@dataclass(frozen=True)
class Corpus:
    """What reading a source needs, indexed once: articles, paragraph texts, mentions."""

    articles: dict[str, Article]
    texts: dict[tuple[str, str], str]
    mentions: _Mentions


def corpus(briefing: Briefing, mentions: _Mentions | None = None) -> Corpus:
    """The briefing's articles, paragraph texts and actor mentions (`actor_mentions`, made
    here unless given), by id."""
    if mentions is None:
        mentions = actor_mentions(briefing)
    texts = {(a.id, p.id): p.text for a in briefing.articles for p in a.paragraphs}
    return Corpus({a.id: a for a in briefing.articles}, texts, mentions)


@dataclass(frozen=True)
class SourceWords:
    """What a source's reading takes from its sentence alone: the costly part of a reading,
    a pure function of the sentence, the clause, the date expression and the actors'
    names and types (kept across builds by findings/parts.py)."""

    words: frozenset[str]
    keys: frozenset[str]
    places: frozenset[str]
    years: frozenset[int]
    ordinals: frozenset[int]
    weekday: bool


def source_words(
    sentence: str, clause: str, expression: str, actors: Sequence[Actor]
) -> SourceWords:
    """The words, key words, places, years, ordinals and weekday of one source's sentence
    (less URLs and its date expression), `actors` being those it names."""
    text = _without(sentence, expression)
    about = subject(text, actors)
    words = content_words(text)
    return SourceWords(
        words=frozenset(w for w in words if w.isalpha()),
        keys=key_words(clause, expression, [a.name for a in actors]),
        places=about.places - subject("", actors).places,
        years=about.years,
        ordinals=_ordinals(words),
        weekday=weekday_only(expression),
    )


WordsOf = Callable[[str, str, str, Sequence[Actor]], SourceWords]
"""`source_words`, or a memo of it."""


def readings(event: Event, known: Corpus, words_of: WordsOf = source_words) -> list[Reading]:
    """The event's firmly dated sources as compared: its first source by its clause (the
    event's summary), the others by their sentences."""
    out = []
    for index, source in enumerate(event.sources):
        article = known.articles.get(source.article)
        if not firm(source, article):
            continue
        actors = _mentioned(source, known.texts, known.mentions)
        clause = event.summary if index == 0 else source.text
        found = words_of(source.text, clause, source.expression, actors)
        out.append(
            Reading(
                event=event,
                source=source,
                words=found.words,
                keys=found.keys,
                actors=frozenset(a.id for a in actors),
                places=found.places,
                years=found.years,
                ordinals=found.ordinals,
                relative=_relative(event, source, article),
                weekday=found.weekday,
            )
        )
    return out


def _disjoint(a: frozenset, b: frozenset) -> bool:
    return bool(a and b and not a & b)


@lru_cache(maxsize=1 << 14)
def _start(date: str) -> dt.date:
    """The first day of a day's or month's date (cached: pairing asks it of the same few
    thousand dates tens of thousands of times)."""
    return dt.date.fromisoformat(date if len(date) == 10 else f"{date}-01")


def close_dates(a: Reading, b: Reading) -> bool:
    """Different dates of the same precision (day or month) near enough to be one occurrence
    dated twice; not a weekday read a week off, nor each article's own latest occurrence
    ("games played on Thursday" in one day's paper, "on Friday" in the next)."""
    x, y = a.event.date, b.event.date
    if x == y or len(x) != len(y) or len(x) == 4:
        return False
    first, second = _start(x), _start(y)
    if len(x) == 7:
        months = abs((first.year - second.year) * 12 + first.month - second.month)
        return months == 1
    days = abs((first - second).days)
    if days > MAX_DAYS_APART or (a.weekday or b.weekday) and days % 7 == 0:
        return False
    return a.relative is None or a.relative != b.relative


def same_occurrence(a: Reading, b: Reading) -> bool:
    """True when two sources of different articles report one occurrence on two dates (see
    the module's docstring)."""
    if a.source.article == b.source.article or not close_dates(a, b):
        return False
    if not a.actors & b.actors or not a.keys & b.keys:
        return False
    if any(_disjoint(x, y) for x, y in _facets(a, b)):
        return False
    return similarity(a.words, b.words) >= SAME_EVENT_SIMILARITY


def _facets(a: Reading, b: Reading) -> tuple[tuple[frozenset, frozenset], ...]:
    return ((a.places, b.places), (a.years, b.years), (a.ordinals, b.ordinals))


def dated_twice(
    briefing: Briefing, words_of: WordsOf = source_words, mentions: _Mentions | None = None
) -> list[tuple[Reading, Reading]]:
    """Pairs of events of different articles that are one occurrence given two dates, each
    with the first pair of their sources that says so; in (date, id) order of the first
    event, then of the second. Pairs are found through the (actor, key word) they share.
    `words_of` reads each source's sentence (`source_words`, or a memo of it); `mentions`
    is the briefing's `actor_mentions`, when already made."""
    known = corpus(briefing, mentions)
    events = sorted(briefing.events, key=lambda e: (e.date, e.id))
    found = [r for e in events for r in readings(e, known, words_of)]
    position = {e.id: i for i, e in enumerate(events)}
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(found):
        for key in {(actor, word) for actor in r.actors for word in r.keys}:
            by_key[key].append(i)
    # a year is never one occurrence's date (`close_dates`): such a reading counts towards
    # MAX_KEY_EVENTS but is never paired (a third of the events are dated by a year alone)
    yearly = [len(r.event.date) == 4 for r in found]
    pairs: set[tuple[int, int]] = set()
    for members in by_key.values():
        if len(members) <= MAX_KEY_EVENTS:
            dated = [i for i in members if not yearly[i]]
            pairs.update(combinations(dated, 2))  # members rise: each pair (i, j) has i < j
    reported = {e.id: _articles(e) for e in events}  # once per event, not per pair
    chosen: dict[tuple[int, int], tuple[Reading, Reading]] = {}
    for i, j in sorted(pairs):
        a, b = found[i], found[j]
        key = (position[a.event.id], position[b.event.id])
        if key[0] == key[1] or key in chosen:
            continue
        if not reported[a.event.id].isdisjoint(reported[b.event.id]):
            continue  # one article reports both: merging kept them apart on purpose
        if same_occurrence(a, b):
            chosen[key] = (a, b)
    return [chosen[k] for k in sorted(chosen)]


def _articles(event: Event) -> frozenset[str]:
    """The articles that report the event."""
    return frozenset(s.article for s in event.sources)
