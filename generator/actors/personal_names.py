"""The words of a person's name that identify them, shared by the recogniser, the corpus
resolver and the leaders table (a module of its own so the table needs no recogniser)."""

from __future__ import annotations

import re

from .lexicon import fold
from .words import PARTICLES


def name_parts(name: str) -> list[str]:
    """Folded words of a person's name without particles: "Bashar al-Assad" → bashar, assad."""
    words = []
    for word in re.split(r"[\s]+", fold(name)):
        head, _, rest = word.partition("-")
        if rest and head in PARTICLES:
            word = rest
        if word and word not in PARTICLES:
            words.append(word)
    return words
