"""A name right before a player's position and a person is their team: "Surrey
all-rounder Adam Hollioake", "Vanderbilt athletic director Malcolm Turner".

Teams are often named after a town, a county or a state, which the gazetteer reads as a
place ("Minnesota coach Jane Roe"), or after a college no list knows. A position in a team
(`lang/en/actor_team_roles.txt`) between the name and a person says whose player the person
is. Such a name, read as a place, left undecided or not read at all, is typed a team
(an organisation) at that mention and at every other one of the article that is no venue
("in Minnesota").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..models import ORGANISATION, PERSON
from .context import Span
from .lexicon import data_lines, fold, stopwords
from .tokens import Token, tokenize

MAX_WORDS = 3
"""Words at most of a team's name found this way."""
PLACES = frozenset({"place", "capital", "single"})
"""Readings a player's position outweighs: a place, a capital, an undecided word."""
VENUE_WORDS = frozenset({"in", "near", "across", "throughout"})
"""Words before a place that keep it a place: the venue, not the team ("in Minnesota")."""


@cache
def team_roles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The positions, as word tuples under their first word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    words = sorted((tuple(line.split()) for line in data_lines("actor_team_roles.txt")), key=len)
    for phrase in reversed(words):
        table.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in table.items()}


def _role_at(tokens: list[Token], k: int) -> int:
    """How many tokens from k spell a position (0: none)."""
    for phrase in team_roles().get(tokens[k].text.lower(), ()):
        n = len(phrase)
        if tuple(t.text.lower() for t in tokens[k : k + n]) == phrase:
            return n
    return 0


def _team_runs(tokens: list[Token], persons: set[int]) -> Iterator[tuple[int, int]]:
    """Token ranges of the names right before a position that a person follows."""
    for k in range(1, len(tokens)):
        if tokens[k].kind != "low":
            continue
        n = _role_at(tokens, k)
        if not n or k + n >= len(tokens) or tokens[k + n].start not in persons:
            continue
        run = run_before(tokens, k)
        if run:
            yield run


def run_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The run of at most MAX_WORDS capitalised tokens ending right before token k, less
    its leading stop words; None when it is empty or continues a longer run."""
    a = k
    while a > 0 and k - a < MAX_WORDS and tokens[a - 1].kind == "cap":
        a -= 1
    while a < k and fold(tokens[a].text) in stopwords():
        a += 1
    if a < k and (a == 0 or tokens[a - 1].kind != "cap"):
        return a, k
    return None


def team_names(texts: list[str], spans: list[list[Span]]) -> set[str]:
    """Folded names the article shows to be teams (see the module)."""
    found: set[str] = set()
    for text, line in zip(texts, spans, strict=True):
        persons = {s.start for s in line if s.label == PERSON}
        if not persons:
            continue
        tokens = tokenize(text)
        for a, b in _team_runs(tokens, persons):
            start, end = tokens[a].start, tokens[b - 1].end
            inside = [s for s in line if s.start < end and start < s.end]
            if all(s.label in PLACES and start <= s.start and s.end <= end for s in inside):
                found.add(fold(text[start:end]))
    return found


def with_teams(
    texts: list[str], spans: list[list[Span]], more: set[str] | None = None
) -> list[list[Span]]:
    """Each text's spans with the article's teams typed as organisations (see the module);
    `more`: folded teams found by other evidence (`team_slots`)."""
    names = team_names(texts, spans) | (more or set())
    if not names:
        return spans
    return [_typed(text, line, names) for text, line in zip(texts, spans, strict=True)]


def _typed(text: str, line: list[Span], names: set[str]) -> list[Span]:
    """The line's spans with each whole run of capitals that spells a team typed a team,
    where nothing but places and undecided words lie inside it and no venue word precedes
    it ("in Minnesota")."""
    tokens = tokenize(text)
    out = list(line)
    for a, b in _runs(tokens):
        start, end = tokens[a].start, tokens[b - 1].end
        if fold(text[start:end]) not in names:
            continue
        if a and tokens[a - 1].text.lower() in VENUE_WORDS:
            continue
        touching = [s for s in out if s.start < end and start < s.end]
        if any(s.label not in PLACES or s.start < start or s.end > end for s in touching):
            continue
        out = [s for s in out if s not in touching]
        out.append(Span(start, end, text[start:end], ORGANISATION, text[start:end], cue="team"))
    out.sort(key=lambda s: (s.start, -s.end))
    return out


def _runs(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalised tokens, leading sentence words left out."""
    a = 0
    while a < len(tokens):
        if tokens[a].kind != "cap":
            a += 1
            continue
        b = a
        while b < len(tokens) and tokens[b].kind == "cap":
            b += 1
        first = a
        while first < b and fold(tokens[first].text) in stopwords():
            first += 1
        if first < b:
            yield first, b
        a = b
