"""Every article's TF-IDF profile at once, as arrays: `similarity.profiles` without a dict
per article.

What one article's profile needs of its own text (its content words, sorted, each with
its term weight 1 + log(count) and its spelling: `ArticleWords`) is worked out once per
text and can be kept across builds (run/kept.py); the corpus-wide part (each word's IDF,
the weights and each article's norm) is then a few array steps over the whole corpus. The
floats are those of `similarity.profiles`: the same products and quotients, each IDF by
`math.log`, and each norm summed by Python's `sum` in the order `profiles` sums it (the
order `text_words` counts the words in). A `Profile` as a dict is made only for the few
articles that are read one by one (the undated ones and their neighbours).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..arrays import ranges
from ..models import Article
from .similarity import Profile, WordIndex, indexed_totals, postings, text_words, word_texts

if TYPE_CHECKING:
    from .word_numbers import WordNumbers

_FLOAT = np.dtype("<f8")
_INDEX = np.dtype("<i4")


@dataclass(frozen=True)
class ArticleWords:
    """What one article's profile needs of its own text, packed into two strings and two
    byte strings: 5,000 articles' parts read back at once, where a tuple of every word made
    reading them back a third of the profile table."""

    count: int
    """How many distinct content words."""
    words: str
    """Its content words, folded, sorted, one a line."""
    weights: bytes
    """1 + log(count) of each word (float64, little-endian)."""
    counting: bytes
    """The positions of `words` in the order they were counted (the norm's summing order;
    int32, little-endian)."""
    spelling: str
    """Each word's commonest spelling, one a line."""

    def word_list(self) -> list[str]:
        return self.words.split("\n") if self.count else []

    def spelling_list(self) -> list[str]:
        return self.spelling.split("\n") if self.count else []


def article_words(texts: Sequence[str]) -> ArticleWords:
    """The profile's part of one article's texts (`similarity.word_texts`). A content word
    holds no line break (`similarity._WORD`), so one a line keeps them apart."""
    counts, shown = text_words(texts)
    words = sorted(counts)
    place = {word: k for k, word in enumerate(words)}
    return ArticleWords(
        len(words),
        "\n".join(words),
        np.array([1 + math.log(counts[w]) for w in words], dtype=_FLOAT).tobytes(),
        np.array([place[w] for w in counts], dtype=_INDEX).tobytes(),
        "\n".join(shown[w] for w in words),
    )


Parts = Callable[[Sequence[str]], ArticleWords]
"""`article_words`, or a memo of it (run/kept.py: kept across builds)."""


class ProfileTable(Sequence[Profile]):
    """The corpus's profiles: `table[i]` is `similarity.profiles(articles)[i]`, made when
    asked; `index` is `similarity.word_index` of some of them, from the arrays.
    `numbering`: the words' numbers kept across builds (`word_numbers`; None: made here)."""

    def __init__(self, parts: Sequence[ArticleWords], numbering: WordNumbers | None = None):
        self.parts = list(parts)
        self.lengths = np.fromiter(
            (p.count for p in self.parts), dtype=np.intp, count=len(self.parts)
        )
        self.starts = np.cumsum(self.lengths) - self.lengths
        if numbering is not None:
            self.numbers, self.ids = numbering.number(self.parts)
        else:
            joined = "\n".join(p.words for p in self.parts if p.count)
            every = joined.split("\n") if joined else []
            self.numbers = {w: k for k, w in enumerate(dict.fromkeys(every))}
            self.ids = np.fromiter(map(self.numbers.__getitem__, every), np.intp, len(every))
        self.values = _unit_weights(self.parts, self.ids, len(self.numbers), self.lengths)
        self._made: dict[int, Profile] = {}

    def __len__(self) -> int:
        return len(self.parts)

    def __getitem__(self, i):  # noqa: ANN001 - Sequence's index or slice
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        i = range(len(self))[i]
        made = self._made.get(i)
        if made is None:
            part, start = self.parts[i], int(self.starts[i])
            values = self.values[start : start + part.count].tolist()
            words = part.word_list()
            made = self._made[i] = Profile(
                dict(zip(words, values, strict=True)),
                dict(zip(words, part.spelling_list(), strict=True)),
            )
        return made

    def __iter__(self) -> Iterator[Profile]:
        return (self[i] for i in range(len(self)))

    def similarities(self, target: int, index: WordIndex, count: int) -> np.ndarray:
        """`similarity.similarities(self[target], index, count)` read from the arrays, no
        profile made: the target's words in the profile's (sorted) order, each in the
        table's numbering, which is `index`'s when the index is this table's."""
        start, size = int(self.starts[target]), int(self.lengths[target])
        ks, mine = self.ids[start : start + size], self.values[start : start + size]
        if not size or not count:
            return np.zeros(count)
        return indexed_totals(ks, mine, index, count)

    def index(self, members: Sequence[int]) -> WordIndex:
        """`similarity.word_index` of the profiles `members`, in that order."""
        chosen = np.asarray(members, dtype=np.intp)
        lengths = self.lengths[chosen]
        where = ranges(self.starts[chosen], lengths)
        return postings(self.numbers, self.ids[where], self.values[where], lengths)


def _unit_weights(
    parts: Sequence[ArticleWords], ids: np.ndarray, words: int, lengths: np.ndarray
) -> np.ndarray:
    """Each article's TF-IDF weights divided by its norm, one article after another (in its
    words' order): `similarity.profiles`'s floats."""
    total = len(parts)
    frequency = np.bincount(ids, minlength=words)
    # the quotient of two exact integers is correctly rounded by numpy as by Python
    idf = np.array([math.log(r) for r in ((1 + total) / (1 + frequency)).tolist()]) + 1
    tf = np.frombuffer(b"".join(p.weights for p in parts), dtype=_FLOAT).astype(np.float64)
    raw = tf * idf[ids]
    counted = np.frombuffer(b"".join(p.counting for p in parts), dtype=_INDEX).astype(np.intp)
    starts = np.cumsum(lengths) - lengths
    squares = (raw * raw)[counted + np.repeat(starts, lengths)].tolist()
    ends = (starts + lengths).tolist()
    norms = [
        math.sqrt(sum(squares[a:b])) or 1.0 for a, b in zip(starts.tolist(), ends, strict=True)
    ]
    return raw / np.repeat(np.array(norms, dtype=np.float64), lengths)


def profile_table(
    articles: Sequence[Article],
    parts: Parts = article_words,
    numbering: WordNumbers | None = None,
) -> ProfileTable:
    """The corpus's profiles (`parts`: `article_words` or a memo of it; `numbering`: the
    words' numbers kept across builds)."""
    return ProfileTable([parts(word_texts(article)) for article in articles], numbering)
