"""Where each word of an article stands, found in one pass over its texts: the kinds of
`non_actors` ask, for many names, where else the article writes them, and a search per
name would read a long article once per name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"\w+(?:-\w+)*")
"""A word; hyphenated words are one ("MB-Speicher" holds no "MB")."""


@dataclass(frozen=True)
class WordSpots:
    """An article's texts and, per word as written, where it stands in them."""

    texts: tuple[str, ...]
    spots: dict[str, tuple[tuple[int, int, int], ...]]
    """Word → (text number, start, end) of each occurrence, in reading order."""

    def of(self, word: str) -> list[tuple[str, int, int]]:
        """(text, start, end) of each occurrence of `word`, written exactly so."""
        return [(self.texts[k], start, end) for k, start, end in self.spots.get(word, ())]


def word_spots(texts: Iterable[str]) -> WordSpots:
    """Every word of `texts` with its places (see `WordSpots`)."""
    texts = tuple(texts)
    spots: dict[str, list[tuple[int, int, int]]] = {}
    for k, text in enumerate(texts):
        for match in _WORD.finditer(text):
            spots.setdefault(match.group(), []).append((k, match.start(), match.end()))
    return WordSpots(texts, {word: tuple(places) for word, places in spots.items()})
