"""Short acronyms are names only in capitals: "EU", "IS", "WHO", not "Eu", "Is", "Who".

The gazetteer is keyed by folded names, so the Portuguese pronoun "Eu" ("Eu sou Eugênio")
found the European Union, the verb of a song title ("Jesus Is Just Alright With Me") the
Islamic State and a French "Au" the African Union. A word of two or three letters that is an
acronym alias (its canonical name is another, longer name) stands for it only when written
in capitals or with dots ("U.N."); a short name that is its own canonical name ("Eve") and
people's short names ("Xi") are untouched.
"""

from __future__ import annotations

from ..models import PERSON
from .context import Span
from .gazetteer import gazetteer
from .lexicon import fold

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


def without_lowercase_acronyms(spans: list[Span]) -> list[Span]:
    """The spans less the short acronyms written as ordinary words."""
    return [span for span in spans if not lowercase_acronym(span)]
