"""Names guessed from capitals alone in an article in another language than English.

`other_languages` drops the rules' guesses ("default": a run of capitalised words with no
other cue) outside English, because German capitalises every noun. French, Spanish,
Italian, Portuguese and most other languages written in two cases do not: there a run of
two or more capitalised words mid-sentence is a name as in English ("le commerçant Ibrahima
Diallo"), unless one of its words is an everyday word of the language ("Pays Basque",
"Hora da Estrela": a region, a book) or of English ("Asset Management", "Fair Fashion
Labels": a phrase or a title quoted in English). Which languages capitalise names only is
data, `lang/xx/name_capitals.txt` (the Romance languages and Dutch), and so is which
capitalise every noun, `lang/xx/noun_capitals.txt` (German).
"""

from __future__ import annotations

from functools import cache

from ..lang import load
from ..models import PERSON
from .context import GUESSED_PERSON, Span
from .language_words import zipf
from .lexicon import fold
from .vocabulary import common_word

EVERYDAY_NAME_ZIPF = 4.0
"""A word at least once in 100,000 words of the article's language is an everyday word
there, not a name's part (French "pays" is 5.9, "Diallo" 2.5)."""
MIN_WORDS = 2
"""One capitalised word says less: a sentence's first word, a noun in a title."""


@cache
def capitals_mark_names(language: str) -> bool:
    """Whether capitals mid-sentence mark a name in the language (`lang/xx/name_capitals.txt`)."""
    return language in load("xx", "name_capitals.txt")


@cache
def capitalises_nouns(language: str) -> bool:
    """Whether the language writes every noun with a capital (`lang/xx/noun_capitals.txt`)."""
    return language in load("xx", "noun_capitals.txt")


def kept_guess(span: Span, language: str | None) -> bool:
    """Whether a person guessed from capitals alone stands as a name in `language`: one
    whose capitals mark names, two or more words, none an everyday word there or in English."""
    if span.label != PERSON or span.cue != GUESSED_PERSON or not language:
        return False
    if not capitals_mark_names(language):
        return False
    words = fold(span.text).split()
    return len(words) >= MIN_WORDS and not any(
        zipf(w, language) >= EVERYDAY_NAME_ZIPF or common_word(w) for w in words
    )
