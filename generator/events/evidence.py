"""How much evidence two reports of different articles give that they tell one event.

Counting shared words joined unrelated reports that share two common ones ("Black Friday",
"electric vehicles" in 2022). Here a shared key term or actor counts by its rarity in the
corpus (inverse document frequency over the articles whose events use it: a word every
article uses is no evidence), as a share of the shorter report's weight; the date's
agreement (one exact day, or only a year) and the kind of event (its event nouns) then
raise or lower it.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .compare import Features, with_parts
from .dates import dates_compatible

SAME_DAY_BONUS = 0.15
"""Two reports of one exact day: a coincidence of words on one day is less likely."""
SAME_KIND_BONUS = 0.1
"""Both name the same kind of event ("talks" and "negotiations")."""
OTHER_KIND_PENALTY = 0.15
"""Both name a kind of event, and no kind in common ("an attack" against "a vote")."""
YEAR_FACTOR = 0.5
"""A year against anything: every report of a year shares it, so only near-identical
reports merge."""
MIN_SHARED_WORDS = 2
"""Words two reports must share (unless one has fewer): one common word and a country
("announced" and the United States, on one day) is no evidence; shared actors only add."""
STEM = 5
NAMES_AGREE = 0.5
"""Share of the shorter report's names (by rarity) the other must name too."""
MERGE_EVIDENCE = 0.3
"""Evidence at or above which two reports are one event, fitted on the read parts of the
development corpora (`bench/merges.py`)."""


@dataclass(frozen=True)
class Rarity:
    """Each key's weight: 1 + log((reports + 1) / (reports using it + 1)). Counted over
    reports, not articles: in a folder about one story every article says "talks", yet few
    of its dated reports do; the 1 keeps a common shared word some weight."""

    weights: Mapping[str, float]

    def of(self, key: str) -> float:
        return self.weights.get(key, 0.0)


def _words(event: Features) -> frozenset[str]:
    """Its key terms and the parts of hyphened ones ("Geneva-based" says "Geneva")."""
    return with_parts(event.terms)


def keys_of(event: Features) -> frozenset[str]:
    """The words, actors and place two reports can share, each kind kept apart."""
    place = frozenset({f"#{event.place}"} if event.place else ())
    return _words(event) | frozenset(f"@{actor}" for actor in event.actors) | place


def _names_of(event: Features) -> frozenset[str]:
    return frozenset(f"!{name}" for name in event.names)


STEMS_KEPT = 1 << 16
"""Names (and sets of names) whose stems are kept: merging compares each report with many
others, and cutting the same names again was a third of the link step of an added article."""


@functools.lru_cache(maxsize=STEMS_KEPT)
def _stems(name: str) -> frozenset[str]:
    """A name's words cut to `STEM` letters: "Geneva-based" meets "Geneva", "Syrian"
    meets "Syria"."""
    return frozenset(w[:STEM] for w in re.split(r"[\s-]+", name) if len(w) > 2)


@functools.lru_cache(maxsize=STEMS_KEPT)
def _all_stems(names: frozenset[str]) -> frozenset[str]:
    """The stems of every name of `names` (kept: each report is met by many others)."""
    return frozenset().union(*(_stems(n) for n in names))


def _met_share(mine: Weighed, theirs: Weighed) -> float:
    """Share of `mine`'s names (by rarity) that some name or word of `theirs` meets."""
    if mine.names_weight <= 0:
        return 1.0
    met = [weight for stems, weight in mine.name_stems if stems & theirs.known_stems]
    return math.fsum(met) / mine.names_weight


def participants_agree(a: Features, b: Features, rare: Rarity) -> bool:
    """The reports are about the same participants: when both name someone, one meets (in
    its names or words) every name of the other, or each at least `NAMES_AGREE` of the
    other's names, by rarity. Two share prices ("the
    New York Stock Exchange, BellSouth" and "… Exchange, Telerate") do not."""
    return _agree(weigh(a, rare), weigh(b, rare))


def _agree(a: Weighed, b: Weighed) -> bool:
    if not a.features.names or not b.features.names:
        return True
    shares = (_met_share(a, b), _met_share(b, a))
    return max(shares) == 1.0 or min(shares) >= NAMES_AGREE


def rarity(found: Sequence[Features], copies: Sequence[int] | None = None) -> Rarity:
    """Key weights over the corpus: in how many reports each key appears. `copies`: how
    many times each of `found` occurs (its keys are read once, counted that many times)."""
    copies = copies if copies is not None else [1] * len(found)
    frequency: Counter[str] = Counter()
    for event, times in zip(found, copies, strict=True):
        for key in keys_of(event) | _names_of(event):
            frequency[key] += times
    count = sum(copies)
    return Rarity({key: 1 + math.log((count + 1) / (n + 1)) for key, n in frequency.items()})


def _weight(keys: Iterable[str], rare: Rarity) -> float:
    """The keys' summed weight, exactly rounded (`math.fsum`): the same in any order, so a
    set's order, which changes with the process's string hashing, never changes a score."""
    return math.fsum(rare.of(key) for key in keys)


@dataclass(frozen=True)
class Weighed:
    """What `evidence` reads of one report under one rarity, worked out once per report
    rather than once per pair (merging compares each report with many others)."""

    features: Features
    words: frozenset[str]
    keys: frozenset[str]
    keys_weight: float
    weights: Mapping[str, float]
    """The corpus's key weights (`Rarity.weights`)."""
    names_weight: float
    name_stems: tuple[tuple[frozenset[str], float], ...]
    """Each name's stems and weight."""
    known_stems: frozenset[str]
    """The stems of its names and words: what another report's names are met against."""


def weigh(event: Features, rare: Rarity) -> Weighed:
    """One report's `Weighed` under `rare`."""
    words, keys = _words(event), keys_of(event)
    names = sorted(event.names)
    return Weighed(
        event,
        words,
        keys,
        _weight(keys, rare),
        rare.weights,
        _weight((f"!{n}" for n in names), rare),
        tuple((_stems(n), rare.of(f"!{n}")) for n in names),
        _all_stems(event.names | words),
    )


def evidence(a: Features, b: Features, rare: Rarity) -> float:
    """0 when the dates cannot be one; else the rare keys' share of the shorter report, with
    the date's and the kind's agreement. Two shared keys at least (one shared word is no
    evidence that two stories tell one event)."""
    return weighed_evidence(weigh(a, rare), weigh(b, rare))


def weighed_evidence(x: Weighed, y: Weighed) -> float:
    """`evidence` of two weighed reports (the cheap refusals first)."""
    a, b = x.features, y.features
    if not dates_compatible(a.date, b.date):
        return 0.0
    if a.day and a.date == b.date and a.nouns & b.nouns:
        return 1.0  # one exact day, one kind of event ("talks" and "negotiations")
    if len(x.words & y.words) < min(MIN_SHARED_WORDS, len(x.words), len(y.words)):
        return 0.0
    if not _agree(x, y):
        return 0.0
    smaller = min(x.keys_weight, y.keys_weight)
    weights = x.weights
    shared = math.fsum(weights.get(key, 0.0) for key in x.keys & y.keys)
    score = shared / smaller if smaller > 0 else 0.0
    if a.day and b.day and a.date == b.date:
        score += SAME_DAY_BONUS
    if a.nouns and b.nouns:
        score += SAME_KIND_BONUS if a.nouns & b.nouns else -OTHER_KIND_PENALTY
    if min(len(a.date), len(b.date)) == 4:
        score *= YEAR_FACTOR
    return score


def both_ways(x: Weighed, y: Weighed) -> tuple[float, float]:
    """(`weighed_evidence(x, y)`, `weighed_evidence(y, x)`). Every step of it is symmetric
    but the one-day-one-kind rule, which asks the first report for day precision: only two
    reports of one date at different precisions need the second call."""
    forward = weighed_evidence(x, y)
    a, b = x.features, y.features
    if a.date == b.date and a.day != b.day:
        return forward, weighed_evidence(y, x)
    return forward, forward
