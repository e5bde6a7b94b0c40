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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import lang
from .figure_subjects import subject
from .keypoints import content_words, similarity
from .models import Actor, Article, Briefing, Event, EventSource
from .timex.lexicon import lexicon as timex_lexicon

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
_NOT_ACTORS = frozenset({"media"})


@dataclass(frozen=True)
class Occurrence:
    """What an event's firm sources say about it, as two events are compared."""

    event: Event
    sources: tuple[EventSource, ...]
    """Its sources whose date rests on a firm anchor, in the event's order."""
    words: frozenset[str]
    keys: frozenset[str]
    """Key words of its clause: what happened, not who, when or who said so."""
    actors: frozenset[str]
    places: frozenset[str]
    years: frozenset[int]
    ordinals: frozenset[int]
    weekday: bool
    """Some source dates it by a weekday name alone ("on Sunday")."""


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], dict[str, int]]:
    """Reporting verbs (never what happened), weekday names and the ordinals."""
    claims = lang.json_table("en", "claims.json")
    reporting = frozenset(claims["assert_verbs"]) | frozenset(claims["that_verbs"])
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


def occurrence(
    event: Event, articles: dict[str, Article], actors: dict[str, Actor]
) -> Occurrence | None:
    """The event as compared, or None when no source dates it on a firm anchor."""
    sources = tuple(s for s in event.sources if firm(s, articles.get(s.article)))
    if not sources:
        return None
    own = [actors[a] for a in event.actors if a in actors]
    named = tuple(a.id for a in own if a.type not in _NOT_ACTORS) + tuple(
        a for a in event.actors if a not in actors
    )
    text = " ".join(_without(s.text, s.expression) for s in sources)
    words = frozenset(w for w in content_words(text) if w.isalpha())
    about = subject(text, [a for a in own if a.type not in _NOT_ACTORS])
    expression = event.sources[0].expression
    keys = key_words(event.summary, expression, [a.name for a in own])
    return Occurrence(
        event=event,
        sources=sources,
        words=words,
        keys=keys,
        actors=frozenset(named),
        places=about.places,
        years=about.years,
        ordinals=_ordinals(content_words(text)),
        weekday=any(weekday_only(s.expression) for s in sources),
    )


def _disjoint(a: frozenset, b: frozenset) -> bool:
    return bool(a and b and not a & b)


def _start(date: str) -> dt.date:
    return dt.date.fromisoformat(date if len(date) == 10 else f"{date}-01")


def close_dates(a: Occurrence, b: Occurrence) -> bool:
    """Different dates of the same precision (day or month) near enough to be one occurrence
    dated twice, and not a weekday read a week off."""
    x, y = a.event.date, b.event.date
    if x == y or len(x) != len(y) or len(x) == 4:
        return False
    first, second = _start(x), _start(y)
    if len(x) == 7:
        months = abs((first.year - second.year) * 12 + first.month - second.month)
        return months == 1
    days = abs((first - second).days)
    if days > MAX_DAYS_APART:
        return False
    return not ((a.weekday or b.weekday) and days % 7 == 0)


def same_occurrence(a: Occurrence, b: Occurrence) -> bool:
    """True when two events of different articles are one occurrence given two dates (see
    the module's docstring)."""
    if {s.article for s in a.event.sources} & {s.article for s in b.event.sources}:
        return False
    if not close_dates(a, b) or not a.actors & b.actors or not a.keys & b.keys:
        return False
    if any(_disjoint(x, y) for x, y in _facets(a, b)):
        return False
    return similarity(a.words, b.words) >= SAME_EVENT_SIMILARITY


def _facets(a: Occurrence, b: Occurrence) -> tuple[tuple[frozenset, frozenset], ...]:
    return ((a.places, b.places), (a.years, b.years), (a.ordinals, b.ordinals))


def dated_twice(briefing: Briefing) -> list[tuple[Occurrence, Occurrence]]:
    """Pairs of events that are one occurrence given two dates, in (date, id) order of the
    first, then of the second; found through the (actor, key word) they share."""
    articles = {a.id: a for a in briefing.articles}
    actors = {a.id: a for a in briefing.actors}
    found = (occurrence(e, articles, actors) for e in sorted(briefing.events, key=_order))
    occurrences = [o for o in found if o is not None]
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, o in enumerate(occurrences):
        for actor in o.actors:
            for word in o.keys:
                by_key[(actor, word)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in by_key.values():
        if len(members) <= MAX_KEY_EVENTS:
            pairs.update((i, j) for x, i in enumerate(members) for j in members[x + 1 :])
    return [
        (occurrences[i], occurrences[j])
        for i, j in sorted(pairs)
        if same_occurrence(occurrences[i], occurrences[j])
    ]


def _order(event: Event) -> tuple[str, str]:
    return (event.date, event.id)
