"""English's common words, from pyspellchecker's English word-frequency dictionary.

A name guessed from capitals alone ("Platform Engineering", "Night Mode") is seldom a
person when its words are everyday English, and a word in capitals is seldom an acronym
when it is one ("THANKS"). The dictionary counts words in a large body of English text;
a word counted often enough is an everyday word, unless it is also a given name (names
are counted too: "john", "patrick"). Surnames that are words ("Glass", "Price") only
matter where a person is guessed without a given name, title or verb of saying.
"""

from __future__ import annotations

from functools import cache

from ..kept_tables import kept
from .lexicon import fold
from .names import FIRST_NAME_SOURCES, first_names

MIN_COUNT = 2000
"""How often the dictionary must count a word for it to be everyday English. Chosen on the
read parts (CoNLL-2003 dev, article-extraction texts, readability pages) among 1,000,
2,000, 5,000 and 10,000; see `bench/actor_list.py`."""


@cache
def word_counts() -> dict[str, int]:
    """Lower-case word → how often the dictionary counts it (read once for every use)."""
    from spellchecker import SpellChecker  # a second's load: only when a guess needs it

    return SpellChecker(language="en", distance=1).word_frequency.dictionary


@cache
def common_words(min_count: int = MIN_COUNT) -> frozenset[str]:
    """Lower-case words the dictionary counts at least `min_count` times, less given names
    (those of `MIN_COUNT` kept across builds: the dictionary is not read for them)."""
    if min_count == MIN_COUNT:
        return _everyday_words()
    return _counted_words(min_count)


@cache
@kept("common-words", ("pyspellchecker", *FIRST_NAME_SOURCES))
def _everyday_words() -> frozenset[str]:
    return _counted_words(MIN_COUNT)


def _counted_words(min_count: int) -> frozenset[str]:
    counts = word_counts()
    return frozenset(w for w, n in counts.items() if n >= min_count) - first_names()


def common_word(word: str) -> bool:
    """Whether a word, in any case, is one of English's common words and no given name."""
    return fold(word) in common_words()
