"""A plural nickname after "the" in a match report is a team: "against the Rangers".

A team is often named by its nickname alone, a plural ("the Rangers", "the Jets"), which
the rules leave undecided (one capitalised word with no cue) and drop. In an article that
reports matches of teams named so, where two plural nicknames or more are read as teams
before scores (`retype.teams`: "Bruins 5, Devils 1:"), such a word written after "the", and never in lower case in the article, is a team in every
mention. Not a name the gazetteer knows ("the Philippines", "the Bahamas"), nor a
competition's word (`lang/en/actor_competition_heads.txt`, "the Olympics"): those keep
their own readings.
"""

from __future__ import annotations

from collections.abc import Container

from ..models import ORGANISATION
from .context import Span
from .events_venues import competition_heads
from .gazetteer import gazetteer
from .lexicon import fold

MIN_TEAMS = 2
"""Plural nicknames read as teams before scores from which an article reports matches."""
TEAM = "team"
"""The cue of a team's name (`retype.teams`)."""


def _plural_nickname(word: str) -> bool:
    """One capitalised plural word of letters ("Rangers", "Canadiens"), not "Across"."""
    return (
        len(word) > 3
        and word[0].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and word.endswith("s")
        and not word.endswith("ss")
    )


def plural_teams(
    texts: list[str], body: list[list[Span]], lower: Container[str]
) -> dict[str, Span]:
    """Folded nickname → a team span, for the undecided plural words the article writes
    after "the" (see the module); `lower`: folded words it writes in lower case."""
    teams = {
        fold(s.text)
        for spans in body
        for s in spans
        if s.cue == TEAM and _plural_nickname(s.text.split()[-1])
    }
    if len(teams) < MIN_TEAMS:
        return {}  # "Retrieved 12, H. 264": a page's references, no match report
    found: dict[str, Span] = {}
    for text, spans in zip(texts, body, strict=True):
        for span in spans:
            key = fold(span.text)
            if span.label != "single" or key in found or key in lower:
                continue
            if text[: span.start].split()[-1:] != ["the"] or not _plural_nickname(span.text):
                continue
            if key in gazetteer() or fold(span.text.removesuffix("s")) in competition_heads():
                continue
            found[key] = Span(span.start, span.end, span.text, ORGANISATION, span.text, cue=TEAM)
    return found
