"""A name the tagger reads as a place in most of its mentions is a place, though it reads
an organisation or a person in a few: a made-up world ("Phaaze", named thirty times), a
program's name, an era.

The tagger (`ner_tagger`) types each mention from the words around it, so one name gets
several types in one article; the rules trust each mention's type. Where a name has no
other evidence than the tagger's, its votes over the article are the better evidence: a
name read as a place (by the tagger, or by a place preposition before it, cue
`locative`) more often than as an actor is a place, and its actor mentions are dropped.
A name English writes often (`thing_modifiers.WELL_KNOWN_ZIPF`: "Amazon", a company the
tagger takes for the river) stays.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..models import ACTOR_TYPES
from .context import Span
from .language_words import zipf
from .lexicon import fold
from .thing_modifiers import WELL_KNOWN_ZIPF

PLACE_CUES = frozenset({"tagger", "locative"})
"""How a place reading comes from the words around a mention, not from a list."""


def place_votes(spans: Iterable[Span], language: str | None) -> set[str]:
    """Folded names whose actor mentions all come from the tagger and that more mentions
    read as places (see the module); `spans` are one article's, in `language` (ISO 639-1;
    None is unknown, read as English: the frequency is English's)."""
    if language not in (None, "en"):
        return set()
    places: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    other: set[str] = set()
    for span in spans:
        name = fold(span.text)
        if span.label == "place" and span.cue in PLACE_CUES:
            places[name] += 1
        elif span.label in ACTOR_TYPES and span.cue == "tagger":
            actors[name] += 1
        elif span.label in ACTOR_TYPES:
            other.add(name)
    return {
        name
        for name, count in actors.items()
        if places[name] > count and name not in other and zipf(name, "en") < WELL_KNOWN_ZIPF
    }
