"""Which articles of the corpus tell the same story: TF-IDF over their content words.

An analyst's folder is mostly about one story, and articles on the same event share its
rare words: names of people and places, and its key nouns ("Astana", "ceasefire",
"delegation"). Each article becomes a vector of its content words (function words and
calendar words left out: jusText's English stop list and our month and weekday names),
weighted by how often it uses them (sublinear) and how rare they are in the corpus (smoothed
IDF, as scikit-learn computes it); two articles are as similar as the cosine of their
vectors. The words two articles share most are kept to say why they are near.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain

import justext
import numpy as np

from ..models import Article
from ..timex import lexicon

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]", re.UNICODE)
MIN_LETTERS = 3
SHARED_SHOWN = 6
"""Shared words named in a neighbour's clue."""


@dataclass(frozen=True)
class Profile:
    """An article's unit-length TF-IDF vector, and the spelling each word is shown in."""

    vector: Mapping[str, float]
    spelling: Mapping[str, str]


@cache
def _stop_words() -> frozenset[str]:
    words = {w.casefold() for w in justext.get_stoplist("English")}
    for table in ("months", "weekdays"):
        words.update(k.casefold() for k in lexicon()[table])
    return frozenset(words)


def content_words(article: Article) -> tuple[Counter[str], dict[str, str]]:
    """Counts of the article's content words (folded), and each one's commonest spelling."""
    stop = _stop_words()
    surface: Counter[str] = Counter()
    for text in (article.title or "", *(p.text for p in article.paragraphs)):
        surface.update(_WORD.findall(text))
    counts: Counter[str] = Counter()
    commonest: dict[str, tuple[int, str]] = {}
    for raw, n in surface.items():  # each spelling once: long pages stay quick
        word = raw.replace("’", "'").removesuffix("'s")
        key = word.casefold()
        if len(key) < MIN_LETTERS or key in stop:
            continue
        counts[key] += n
        seen = commonest.get(key)
        if seen is None or (-n, word) < (-seen[0], seen[1]):
            commonest[key] = (n, word)
    return counts, {key: word for key, (_, word) in commonest.items()}


Words = Callable[[Article], tuple[Counter[str], dict[str, str]]]
"""`content_words`, or a memo of it (run/kept.py: kept across builds)."""


def profiles(articles: Sequence[Article], words: Words = content_words) -> list[Profile]:
    """Every article's TF-IDF profile, the IDF taken over these articles (each word's IDF
    worked out once, not once per article using it)."""
    counted = [words(a) for a in articles]
    frequency: Counter[str] = Counter()
    for counts, _ in counted:
        frequency.update(counts.keys())
    total = len(articles)
    idf = {w: math.log((1 + total) / (1 + n)) + 1 for w, n in frequency.items()}
    result = []
    for counts, shown in counted:
        raw = {w: (1 + math.log(n)) * idf[w] for w, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
        result.append(Profile({w: v / norm for w, v in sorted(raw.items())}, shown))
    return result


def similarity(a: Profile, b: Profile) -> float:
    """Cosine of the two profiles (0: nothing shared, 1: the same words alike)."""
    small, large = (a, b) if len(a.vector) <= len(b.vector) else (b, a)
    return sum(v * large.vector.get(w, 0.0) for w, v in small.vector.items())


@dataclass(frozen=True)
class WordIndex:
    """Each word's postings, the (position, weight) of the profiles that use it, in profile
    order: `positions[bounds[k]:bounds[k + 1]]` and `values[…]` for the word numbered k."""

    numbers: Mapping[str, int]
    bounds: list[int]
    positions: np.ndarray
    values: np.ndarray


def word_index(others: Sequence[Profile]) -> WordIndex:
    """The profiles' words, each with who uses it and how much (built once per corpus)."""
    words = [w for other in others for w in other.vector]
    numbers = {w: k for k, w in enumerate(dict.fromkeys(words))}
    ids = np.fromiter(map(numbers.__getitem__, words), dtype=np.intp, count=len(words))
    values = np.fromiter(
        chain.from_iterable(other.vector.values() for other in others),
        dtype=np.float64,
        count=len(words),
    )
    positions = np.repeat(np.arange(len(others)), [len(other.vector) for other in others])
    order = np.argsort(ids, kind="stable")  # stable: each posting stays in profile order
    bounds = [0, *np.cumsum(np.bincount(ids, minlength=len(numbers))).tolist()]
    return WordIndex(numbers, bounds, positions[order], values[order])


def similarities(target: Profile, index: WordIndex, count: int) -> np.ndarray:
    """`similarity` of `target` with each of the `count` indexed profiles; a pair costs only
    the words it shares, a word's postings added in one array step, so a corpus of thousands
    stays quick. Each total gets the same products added in the same (word) order as
    `similarity` would: the same floats to the last bit."""
    totals = np.zeros(count)
    bounds, positions, values = index.bounds, index.positions, index.values
    for word, value in target.vector.items():
        k = index.numbers.get(word)
        if k is not None:
            lo, hi = bounds[k], bounds[k + 1]
            totals[positions[lo:hi]] += value * values[lo:hi]
    return totals


def shared_words(a: Profile, b: Profile, count: int = SHARED_SHOWN) -> tuple[str, ...]:
    """The words that make the two alike most, as `a` spells them."""
    scores = {w: v * b.vector[w] for w, v in a.vector.items() if w in b.vector}
    best = sorted(scores, key=lambda w: (-scores[w], w))[:count]
    return tuple(a.spelling[w] for w in best)
