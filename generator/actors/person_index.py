"""People named so far in one article, indexed by their name's words.

A new name is matched against the people named before it: the same words, a fuller name
that begins with these words ("Juan Miguel" after "Juan Miguel Gonzalez"), or a first word
("Juan"). Scanning every person named so far for each new name made a long byline of
distinct names quadratic; these lookups cost the name's length instead.
"""

from __future__ import annotations

from collections import defaultdict


class PersonIndex:
    """Person keys by the words of their full name (two words or more), filled as the
    article is read; one key per name, never replaced."""

    def __init__(self) -> None:
        self._by_parts: dict[tuple[str, ...], str] = {}
        self._by_prefix: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._first: dict[str, tuple[str, ...]] = {}

    def get(self, parts: tuple[str, ...]) -> str | None:
        """The key of the person with exactly these name words."""
        return self._by_parts.get(parts)

    def add(self, parts: tuple[str, ...], key: str) -> None:
        """Register a new full name (not named before)."""
        self._by_parts[parts] = key
        for n in range(2, len(parts)):
            self._by_prefix[parts[:n]].add(key)
        first = self._first.get(parts[0])
        if first is None or parts < first:
            self._first[parts[0]] = parts

    def one_fuller(self, parts: tuple[str, ...]) -> str | None:
        """The key of the one person named before whose longer name begins with these
        words (two or more); None when none or several do."""
        keys = self._by_prefix.get(parts, ())
        return next(iter(keys)) if len(keys) == 1 else None

    def first_word(self, word: str) -> str | None:
        """The key of the person whose name, among those beginning with `word`, comes first
        in sort order of the name's words."""
        full = self._first.get(word)
        return None if full is None else self._by_parts[full]
