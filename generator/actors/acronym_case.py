"""Short acronyms are names only in capitals: "EU", "IS", "WHO", not "Eu", "Is", "Who".

The gazetteer is keyed by folded names, so the Portuguese pronoun "Eu" ("Eu sou Eugênio")
found the European Union, the verb of a song title ("Jesus Is Just Alright With Me") the
Islamic State and a French "Au" the African Union. A word of two or three letters that is an
acronym alias (its canonical name is another, longer name) stands for it only when written
in capitals or with dots ("U.N."); a short name that is its own canonical name ("Eve") and
people's short names ("Xi") are untouched.

The other way round, a line set all in capitals ("WHO IS THE FRONT-RUNNER?") tells nothing by
its capitals: there an acronym alias that is one of English's frequent words ("WHO", "IS",
"US") is that word (`shouted_word`).
"""

from __future__ import annotations

from ..models import PERSON
from .context import Span
from .gazetteer import gazetteer
from .lexicon import fold
from .ner_evidence import frequent_words

SHOUTED_WORDS = 3
"""The fewest words of a line all in capitals: a shorter one may be a name alone ("WHO")."""
SHORT = 3
"""The longest acronym checked: four letters are already written as words ("Nato", "Isis")."""

KEPT_LABELS = frozenset({PERSON, "place", "capital", "single", "demonym"})
"""Labels whose short names are words anyway: nothing to tell apart."""


def lowercase_acronym(span: Span) -> bool:
    """True for a short acronym alias written as an ordinary word ("Eu", "Is")."""
    text = span.text
    if span.label in KEPT_LABELS or not (2 <= len(text) <= SHORT) or not text.isalpha():
        return False
    if text.isupper():
        return False
    entry = gazetteer().get(fold(text))
    return entry is not None and fold(entry.name) != fold(text)


def shouted_word(span: Span, text: str) -> bool:
    """True for an acronym alias that is a frequent English word, in a line of `text` all in
    capitals of at least `SHOUTED_WORDS` words."""
    if span.label in KEPT_LABELS or not span.text.isupper() or fold(span.text) == fold(span.name):
        return False
    if fold(span.text) not in frequent_words():
        return False
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    line = text[start : end if end >= 0 else len(text)]
    return line.isupper() and len(line.split()) >= SHOUTED_WORDS


def without_lowercase_acronyms(spans: list[Span], text: str) -> list[Span]:
    """The spans less the short acronyms written as ordinary words, and the frequent words
    of a line all in capitals (`shouted_word`) of their `text`."""
    return [span for span in spans if not lowercase_acronym(span) and not shouted_word(span, text)]
