"""Given names that English uses as everyday words: "Night Mode", "True Tone" are features,
not persons, although gender-guesser lists "Night" and "Tone" as first names.

gender-guesser's dictionary holds the first names of 54 countries, and so many English
words: "night" (given in Central Asia), "tone" (Norway), "done" (Macedonia), "love". The
everyday-word test of guessed persons (`everyday`) leaves given names out of English's
common words ("john", "patrick" are counted there too), so a feature named with such a
word, or a run of capitals opening with one (cue `given-name`), was taken for a person.

A word is taken back as an everyday word when English writes it often (`vocabulary`'s
count) and the name is no English one: the dictionary's English-speaking countries never
give it, and no country gives it more than fairly often. The second bound keeps the
Korean and Chinese names that are also English words ("Young", "Song", "Sun", "Long",
"Won": given very often somewhere) for the persons of sports results and wire news.
"""

from __future__ import annotations

from functools import cache

from ..kept_tables import kept
from .language_words import name_use
from .names import FIRST_NAME_SOURCES, first_names
from .vocabulary import MIN_COUNT, word_counts

NAME_ANYWHERE_MAX = 7
"""The most any country may give the name (gender-guesser's scale: 1 rare, 13 extremely
common; each step about twice as many people): "Tone" (7, Norway) and "Moon" (7) are
words, "Long" (9), "Song" (8), "Young" (12) stay names."""


@cache
@kept("word-names", ("pyspellchecker", *FIRST_NAME_SOURCES))
def word_names() -> frozenset[str]:
    """Folded given names that are English's common words and no English given name (see
    the module)."""
    counts = word_counts()
    out = set()
    for name in first_names():
        if counts.get(name, 0) < MIN_COUNT:
            continue
        english, anywhere = name_use(name, "en")
        if english == 0 and anywhere <= NAME_ANYWHERE_MAX:
            out.add(name)
    return frozenset(out)
