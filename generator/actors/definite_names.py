"""A person's name takes no definite article, and a plural one names a group: "the Doobie
Brothers", "the Nittany Lions", "the Blue Jays" are a band and teams. A name typed a person
whose every mention follows "the", whose last word is a plural and whose first word is no
given name is typed an organisation instead. A singular one ("the Ottoman Empire", "the
Bluebird Cafe", "the Decaying Mansion") is as often a state, a venue or a thing as a body, and
keeps its type: typing it an organisation would only move a false person to a false
organisation (CoNLL-2003's read part had two).

"The" must stand right before the name: "the late John Smith" and "the actor John Smith"
put a word between. A name that opens with a given name ("the Donald Trump
administration") is left alone, and so is a one-word name: a surname after "the" modifies
a noun ("the Trump administration", "the Kennedy family"), and `collective` reads it so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import ORGANISATION, PERSON
from .context import Span
from .lexicon import fold
from .names import first_names

_PLURAL = re.compile(r"[a-z](?<![su])s$")
"""A plural's ending: "Brothers", "Jays", "Kings"; not "Congress" or "Campus"."""
_THE = re.compile(r"(?<![\w-])[Tt]he[ \t\u00a0]+$")


def definite_persons(texts: list[str], spans: list[list[Span]]) -> frozenset[str]:
    """Folded person names of two words or more, the last a plural, (by their text) whose
    every mention in `texts` (each with its spans) follows "the" and whose first word is no
    given name."""
    seen: dict[str, bool] = {}
    for text, found in zip(texts, spans, strict=True):
        for span in found:
            words = span.text.split()
            if (
                span.label != PERSON
                or len(words) < 2
                or not _PLURAL.search(words[-1])
                or fold(words[0]) in first_names()
            ):
                continue
            key = fold(span.text)
            after_the = bool(_THE.search(text[max(0, span.start - 6) : span.start]))
            seen[key] = seen.get(key, True) and after_the
    return frozenset(name for name, every in seen.items() if every)


def retyped(spans: list[Span], names: frozenset[str]) -> list[Span]:
    """The spans, those of `names` typed an organisation."""
    if not names:
        return spans
    return [
        replace(s, label=ORGANISATION) if s.label == PERSON and fold(s.text) in names else s
        for s in spans
    ]
