"""Whether two figures count the same thing: the same quantity is not enough.

"584 deaths" of plague worldwide in 2010-2015 and "50 million deaths" of the Black Death in
fourteenth-century Europe share a quantity noun and nothing else; set side by side they make
a false difference. Two figures are about one subject when their sentences, less the numbers
and the quantity words, share at least two words and a name (a capitalised name, a country's
adjective taken as the country, or an actor the sentence mentions; a news outlet, often the
source of both figures, does not count), are close in words (the key points' content-word
cosine), name no disjoint places (Kenya and Chile) and give no disjoint years. Precision
first: a wrong divergence misleads the reader, a missed one only leaves the page shorter.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from .. import lang
from ..actors.gazetteer import demonym_states, gazetteer
from ..actors.lexicon import fold
from ..models import MEDIA, STATE, Actor, Briefing
from ..text.sentences import sentence_spans
from .figures import Figure, table
from .keypoints import content_words, similarity
from .overlaps import Overlaps, actor_mentions

SAME_SUBJECT_SIMILARITY = 0.2
"""Cosine of two figures' subject words at or above which (with a shared name) they count
one thing."""
MIN_SHARED = 2
"""Subject words two figures must share: one name alone ("Kenya") may be a flood and a
drought."""

MAX_CHECKED = 50
"""Members of a group a new figure must match (the first ones): enough against drift, and a
corpus of thousands of tolls of one war is not compared pairwise."""

_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
_YEAR = re.compile(r"(?<![\w,.])(1[5-9]\d\d|20\d\d)(?!\w|,\d)")
_POSSESSIVE = re.compile(r"['’]s?$")
_PLACE_LABELS = frozenset({STATE, "place", "capital", "seat"})
_NOT_SUBJECT_TYPES = frozenset({MEDIA})

T = TypeVar("T")


@dataclass(frozen=True)
class Subject:
    """What a figure's sentence is about, less its numbers and quantity words."""

    words: frozenset[str]
    names: frozenset[str]
    """Folded names: a country's adjective as the country, actors by their names."""
    places: frozenset[str]
    """The names among them that are states or places (a capital also as its state)."""
    years: frozenset[int]


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """Words that say how much or how many (never what about), time words that are no
    names, and the synonyms folded together ("war" and "conflict")."""
    data = table()
    phrases = [*data["after"], *data["before"], *data["fillers"], *data["number_words"]]
    phrases += [*data["scales"], *data["not_subject"]]
    quantity = frozenset(w for p in phrases for w in content_words(p)) | frozenset(
        w.lower() for p in phrases for w in p.split()
    )
    quantity -= demonym_states().keys()  # "Syrian refugees": "Syrian" says about what
    months = {row[0] for row in lang.load("en", "months.tsv")}
    time_words = frozenset(months | set(lang.load("en", "weekdays.txt")))
    return quantity, time_words, dict(data["subject_synonyms"])


def _normal(word: str) -> str:
    """One form per subject word: a country's adjective is the country, synonyms are one."""
    state = demonym_states().get(word)
    if state:
        return fold(state)
    return _vocabulary()[2].get(word, word)


def _names(sentence: str) -> set[str]:
    """Capitalised words after the first (a first word only when it is a known place,
    state or organisation), folded; news outlets left out."""
    quantity, time_words, _ = _vocabulary()
    places = gazetteer()
    names = set()
    for index, match in enumerate(_TOKEN.finditer(sentence)):
        token = match.group()
        if not token[:1].isupper():  # a token opens on a letter, which no trimming removes
            continue
        token = _POSSESSIVE.sub("", token.rstrip(".-"))
        key = fold(token)
        if len(key) < 2 or key in time_words or key in quantity:
            continue
        entry = places.get(key)
        if (index == 0 and entry is None) or (entry and entry.label in _NOT_SUBJECT_TYPES):
            continue
        names.add(_normal(key))
    return names


def _places(names: set[str]) -> frozenset[str]:
    """The names that are states or places, a capital or seat also as its state."""
    out = set()
    for name in names:
        entry = gazetteer().get(name)
        if entry and (entry.label in _PLACE_LABELS or entry.demonym):
            out.add(fold(entry.state or entry.name))
            out.add(fold(entry.name))
    return frozenset(out)


def subject(sentence: str, actors: Sequence[Actor] = ()) -> Subject:
    """The subject of a figure's sentence; `actors` are those it mentions."""
    quantity = _vocabulary()[0]
    words = {_normal(w) for w in content_words(sentence) if w.isalpha() and w not in quantity}
    names = _names(sentence)
    words |= {n for n in names if " " not in n}
    here = [a for a in actors if a.type not in _NOT_SUBJECT_TYPES]
    names |= {fold(a.name) for a in here}
    places = _places(names) | {fold(a.name) for a in here if a.type == STATE}
    years = frozenset(int(y) for y in _YEAR.findall(sentence))
    return Subject(frozenset(words), frozenset(names), places, years)


def same_subject(a: Subject, b: Subject) -> bool:
    """True when two figures' sentences are about one thing (see the module's docstring)."""
    if a.years and b.years and not a.years & b.years:
        return False
    if a.places and b.places and not a.places & b.places:
        return False
    if not a.names & b.names or len(a.words & b.words) < MIN_SHARED:
        return False
    return similarity(a.words, b.words) >= SAME_SUBJECT_SIMILARITY


SubjectOf = Callable[[str, Sequence[Actor]], Subject]
"""`subject`, or a memo of it (findings/parts.py)."""


def subjects(
    briefing: Briefing,
    figures: Sequence[Figure],
    subject_of: SubjectOf = subject,
    mentions: Mapping[tuple[str, str], Overlaps[Actor]] | None = None,
) -> dict[Figure, Subject]:
    """Each figure's subject, read from its sentence and the actors mentioned there (each
    paragraph cut into sentences once, however many figures it holds); `mentions` is the
    briefing's `actor_mentions`, when already made."""
    texts = {(a.id, p.id): p.text for a in briefing.articles for p in a.paragraphs}
    if mentions is None:
        mentions = actor_mentions(briefing)
    spans: dict[tuple[str, str], tuple[tuple[int, int], ...]] = {}
    out = {}
    for figure in figures:
        key = (figure.article, figure.paragraph)
        text = texts[key]
        if key not in spans:
            spans[key] = sentence_spans(text) or ((0, len(text)),)
        starts = [s for s, _ in spans[key]]
        start, end = spans[key][max(0, bisect_right(starts, figure.start) - 1)]
        actors = mentions[key].overlapping(start, end) if key in mentions else []
        own = " " * (figure.end - figure.start)  # its own number is no year ("killed 1600")
        sentence = text[start : figure.start] + own + text[figure.end : end]
        out[figure] = subject_of(sentence, actors)
    return out


def subject_groups(figures: Sequence[Figure], about: dict[Figure, Subject]) -> list[list[Figure]]:
    """The figures (in reading order) in groups about one subject each; figures of one
    sentence repeated (wire copies) are compared once."""
    subs = [about[f] for f in figures]
    unique: dict[Subject, int] = {}
    ids = [unique.setdefault(s, len(unique)) for s in subs]
    memo: dict[tuple[int, int], bool] = {}

    def same(i: int, j: int) -> bool:
        key = (ids[i], ids[j])
        if key not in memo:
            memo[key] = same_subject(subs[i], subs[j])
        return memo[key]

    found = groups(range(len(figures)), same, lambda i: subs[i].names)
    return [[figures[i] for i in group] for group in found]


def groups(
    items: Iterable[T], same: Callable[[T, T], bool], keys: Callable[[T], Iterable[str]]
) -> list[list[T]]:
    """Items in groups whose members are pairwise the same (complete linkage, so no chain of
    near neighbours joins two unrelated ends; checked against a group's first MAX_CHECKED
    members); each item joins the first group that takes it, in the given order. Only groups
    whose first member shares one of the item's `keys` are tried: same items must share a
    key, and a large corpus is not compared pairwise."""
    out: list[list[T]] = []
    by_key: dict[str, list[int]] = {}
    for item in items:
        item_keys = set(keys(item))
        tried = sorted({i for k in item_keys for i in by_key.get(k, ())})
        for index in tried:
            if all(same(item, member) for member in out[index][:MAX_CHECKED]):
                out[index].append(item)
                break
        else:
            for k in item_keys:
                by_key.setdefault(k, []).append(len(out))
            out.append([item])
    return out
