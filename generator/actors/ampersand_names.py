"""Capitalised words joined by a spaced "&" are one organisation's name: "Douglas &
Lomason", "Ernst & Young", "Rock & Roll Hall of Fame".

Prose joins two separate names with "and"; an ampersand between capitals is part of a
name, most often a firm's (partners' surnames), a band's or an institution's. The rules
cut a sequence at every connector, so "Douglas & Lomason" became the town of Douglas and a
stray word. Not a name the gazetteer knows whole ("Trinidad & Tobago" stays a state), not
a run of everyday words only ("Terms & Conditions", "Food & Drink": a menu's labels), and
not two persons' full names ("John Orrin & Ada Velk": a byline's pair).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from ..models import ORGANISATION, PERSON
from .context import Context, Span, emit, lookup, surface
from .lexicon import fold
from .vocabulary import common_word
from .words import CORPORATE

LEFT_WORDS = 2
"""Capitalised words at most before the "&" ("Schroder Wertheim & Co")."""
RIGHT_WORDS = 3
"""Capitalised words at most after it, company suffixes aside ("Rock & Roll Hall of Fame")."""
NAME_KINDS = frozenset({"cap", "acro"})
CUE = "ampersand"


def ampersand_name(ctx: Context, i: int, j: int) -> tuple[int, int] | None:
    """The stretch of the sequence [i, j) that a spaced "&" joins into one organisation
    (see the module), emitted; None when there is none. The stretch holds the capitals
    right before the "&" and every word after it ("CTIA and Ernst & Young": "Ernst &
    Young"); the caller types what lies before it."""
    tokens = ctx.tokens
    amps = [k for k in range(i + 1, j - 1) if tokens[k].text == "&"]
    if len(amps) != 1:
        return None
    k = amps[0]
    a = k
    while a > i and tokens[a - 1].kind in NAME_KINDS | {"init"}:
        a -= 1
    if a == k or k - a > LEFT_WORDS or not _spaced(ctx, k) or _whole_line(ctx, a, j):
        return None
    right = [t for t in tokens[k + 1 : j] if t.kind in NAME_KINDS and fold(t.text) not in CORPORATE]
    if tokens[k + 1].kind not in NAME_KINDS or len(right) > RIGHT_WORDS:
        return None  # "the Eve Door & Window HomeKit Entry Sensor": a product's name
    if lookup(ctx, a, j) is not None:
        return None
    words = [t.text for t in tokens[a:j] if t.kind in NAME_KINDS]
    if all(common_word(w) for w in words) or _two_names(ctx, a, k, j):
        return None
    emit(ctx, a, j, ORGANISATION, surface(ctx, a, j), cue=CUE)
    return a, j


def _whole_line(ctx: Context, a: int, j: int) -> bool:
    """Whether the name is all its line holds, stops aside: a section's label ("Installer &
    Updater"), not a name a sentence uses."""
    rest = ctx.text[: ctx.tokens[a].start] + ctx.text[ctx.tokens[j - 1].end :]
    return not any(c.isalnum() for c in rest)


def without_things(
    texts: list[str],
    body: list[list[Span]],
    lower: Container[str],
    again: Callable[[str], list[Span]],
    english: bool = True,
) -> list[list[Span]]:
    """The texts' spans with the joined names the article shows to be no organisation
    read again as two names (`again`: the rules on a text, which here has "+" for the
    "&"): one side it writes in lower case word for word ("Door & Window" beside "a door
    sensor"), a mention that opens a longer run of capitals ("the Eve Door & Window HomeKit
    Entry Sensor": a product), a side that is a person of the article ("Jim & Andy" beside
    "Jim Roe"), or any, in a language that capitalises its nouns ("Zahlen & Fakten")."""
    joined = {s.text for spans in body for s in spans if s.cue == CUE}
    if not joined:
        return body
    persons = {w for spans in body for s in spans if s.label == PERSON for w in _words(s.text)}
    things = {
        name
        for name in joined
        if not english
        or any(_everyday(side, lower) or _words(side) <= persons for side in name.split(" & "))
        or any(re.search(re.escape(name) + r" +[A-Z]", text) for text in texts)
    }
    return [
        _read_again(text, spans, things, again) for text, spans in zip(texts, body, strict=True)
    ]


def _read_again(
    text: str, spans: list[Span], things: set[str], again: Callable[[str], list[Span]]
) -> list[Span]:
    dropped = [s for s in spans if s.cue == CUE and s.text in things]
    if not dropped:
        return spans
    kept = [s for s in spans if s not in dropped]
    found = again(text.replace(" & ", " + "))
    kept += [s for s in found if any(d.start <= s.start and s.end <= d.end for d in dropped)]
    return sorted(kept, key=lambda s: (s.start, -s.end))


def _words(name: str) -> set[str]:
    return {fold(w) for w in name.split()}


def _everyday(side: str, lower: Container[str]) -> bool:
    words = [fold(w) for w in side.split() if fold(w) not in CORPORATE]
    return bool(words) and all(w in lower for w in words)


def _spaced(ctx: Context, k: int) -> bool:
    """Whether the "&" at k stands between spaces ("Douglas & Lomason", not "R&D")."""
    tokens = ctx.tokens
    return tokens[k - 1].end < tokens[k].start and tokens[k].end < tokens[k + 1].start


def _two_names(ctx: Context, a: int, k: int, j: int) -> bool:
    """Whether the "&" at k joins two names of their own: two places the gazetteer knows
    ("Trinidad & Tobago"), or two names of two words each ("Caylee Roe & Elle King": a
    firm's partners are named by one word, "Schroder Wertheim & Co")."""
    if lookup(ctx, a, k) is not None and lookup(ctx, k + 1, j) is not None:
        return True
    right = [t for t in ctx.tokens[k + 1 : j] if fold(t.text) not in CORPORATE]
    return k - a >= 2 and len(right) >= 2
