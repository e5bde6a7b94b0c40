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

from ..arrays import ranges
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


def word_texts(article: Article) -> tuple[str, ...]:
    """The texts whose words make an article's profile: its title and its paragraphs."""
    return (article.title or "", *(p.text for p in article.paragraphs))


def content_words(article: Article) -> tuple[Counter[str], dict[str, str]]:
    """Counts of the article's content words (folded), and each one's commonest spelling."""
    return text_words(word_texts(article))


def text_words(texts: Sequence[str]) -> tuple[Counter[str], dict[str, str]]:
    """Counts of the texts' content words (folded), and each one's commonest spelling."""
    stop = _stop_words()
    surface: Counter[str] = Counter()
    for text in texts:
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
    bounds: np.ndarray
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
    lengths = np.fromiter((len(o.vector) for o in others), dtype=np.intp, count=len(others))
    return postings(numbers, ids, values, lengths)


def postings(
    numbers: Mapping[str, int], ids: np.ndarray, values: np.ndarray, lengths: np.ndarray
) -> WordIndex:
    """The index of profiles given one after another as word numbers (`ids`, each number
    once a profile) and weights, `lengths` words each."""
    positions = np.repeat(np.arange(len(lengths)), lengths)
    order = np.argsort(ids, kind="stable")  # stable: each posting stays in profile order
    counts = np.bincount(ids, minlength=len(numbers))
    bounds = np.concatenate(([0], np.cumsum(counts))).astype(np.intp)
    return WordIndex(numbers, bounds, positions[order], values[order])


def similarities(target: Profile, index: WordIndex, count: int) -> np.ndarray:
    """`similarity` of `target` with each of the `count` indexed profiles; a pair costs only
    the words it shares, all of them in a few array steps, so a corpus of thousands stays
    quick. Each total gets the same products added in the same (word) order as `similarity`
    would, `bincount` adding its weights in turn: the same floats to the last bit."""
    numbers = index.numbers
    shared = [(numbers[w], v) for w, v in target.vector.items() if w in numbers]
    if not shared or not count:
        return np.zeros(count)
    ks = np.fromiter((k for k, _ in shared), dtype=np.intp, count=len(shared))
    mine = np.fromiter((v for _, v in shared), dtype=np.float64, count=len(shared))
    return indexed_totals(ks, mine, index, count)


def indexed_totals(ks: np.ndarray, mine: np.ndarray, index: WordIndex, count: int) -> np.ndarray:
    """Each indexed profile's sum of `mine[i]` times its value for word `ks[i]`, the words
    taken in the given order (so the floats equal a word-by-word sum to the last bit)."""
    starts = index.bounds[ks]
    lengths = index.bounds[ks + 1] - starts
    where = ranges(starts, lengths)
    if not len(where):  # no shared word: bincount would count in integers
        return np.zeros(count)
    products = np.repeat(mine, lengths) * index.values[where]
    return np.bincount(index.positions[where], weights=products, minlength=count)


def shared_words(a: Profile, b: Profile, count: int = SHARED_SHOWN) -> tuple[str, ...]:
    """The words that make the two alike most, as `a` spells them."""
    scores = {w: v * b.vector[w] for w, v in a.vector.items() if w in b.vector}
    best = sorted(scores, key=lambda w: (-scores[w], w))[:count]
    return tuple(a.spelling[w] for w in best)
