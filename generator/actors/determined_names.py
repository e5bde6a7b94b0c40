"""Persons that every mention introduces with a determiner are no persons: "the Motorola
Razr make a comeback", "the Hazel Hen supercomputer", "the Leviathan crashed down".

English names a person bare ("Razr said"); a determiner right before a name makes it a
thing, a place, a work or a group ("the Doobie Brothers", "the Nittany Lions"). Titles sit
between a determiner and a person ("the late", "the Rev."), and a person named as the
modifier of a noun ("the Peyton Manning season") keeps a given name and a surname that is
no English word; both are left alone. So an article's person is taken for something else
when each of its mentions follows a determiner (`words.NAME_INTRODUCERS`) and each rests
on weak evidence: a run of capitals alone, a short form of such a name, the tagger, or a
given name whose other words are all English words. A name whose last word is a plural
English noun is a group, retyped an organisation; any other is dropped with its mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import ORGANISATION, PERSON, LocalActor, Mention
from .context import GUESSED_PERSON, Span
from .lexicon import fold
from .vocabulary import common_words
from .words import NAME_INTRODUCERS

WEAK_CUES = frozenset({GUESSED_PERSON, "alias", "known", "tagger"})
"""Cues of a person with no evidence of its own: capitals, a part or a headline copy of
another mention's name, the tagger's reading."""
GIVEN_NAME = "given-name"
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t\u00a0]+$")


def _introduced(text: str, start: int) -> bool:
    """A determiner right before the name ("the", "a", "its"), in any case."""
    match = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return match is not None and match.group(1).lower() in NAME_INTRODUCERS


def _weak(span: Span | None) -> bool:
    """A mention resting on weak evidence (see the module)."""
    if span is None or span.cue in WEAK_CUES:
        return span is not None
    words = fold(span.text).split()
    return span.cue == GIVEN_NAME and len(words) > 1 and all(w in common_words() for w in words[1:])


def _plural(name: str) -> bool:
    """The name ends in a plural English noun: "Brothers", "Lions"."""
    last = fold(name).split()[-1] if name.split() else ""
    return last.endswith("s") and not last.endswith("ss") and last in common_words()


def determined_persons(
    actors: tuple[LocalActor, ...],
    mentions: list[Mention],
    texts: dict[str, str],
    spans: dict[tuple[str, int], Span],
) -> tuple[tuple[LocalActor, ...], list[Mention]]:
    """The actors with such persons retyped or dropped (see the module), and the mentions
    less the dropped ones'. `spans`: the recognised span at each (part, start)."""
    by_actor: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_actor.setdefault(mention.actor, []).append(mention)
    gone: set[str] = set()
    out = []
    for actor in actors:
        own = by_actor.get(actor.key, [])
        if (
            actor.type != PERSON
            or not own
            or not all(
                _introduced(texts.get(m.paragraph, ""), m.start)
                and _weak(spans.get((m.paragraph, m.start)))
                for m in own
            )
        ):
            out.append(actor)
        elif _plural(actor.name):
            out.append(replace(actor, type=ORGANISATION, roles=(), description=None))
        else:
            gone.add(actor.key)
    return tuple(out), [m for m in mentions if m.actor not in gone]
