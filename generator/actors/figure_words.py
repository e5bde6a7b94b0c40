"""An abbreviation that only ever stands beside a figure is a unit or a field label, not an
actor: "512 MB", "18.04 LTS", "100 DM", "three RBI", "10:30 IST" (a unit after a number);
"CUSIP: 072261", "DOI: 10.1000/182", "AMT: 1,200,000" (a label before its value).

Every occurrence in the article must be of that kind, so a name seen once in prose stays
("PSV beat Ajax ... Ajax 2 PSV 1": a result line's team is followed by its score too). A
year before a name is no figure ("in 1999 NATO bombed"), and a name the gazetteer knows
is kept. Number words are the shared table `lang/en/quantities.json` (`number_words`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import cache

from ..lang import load
from .lexicon import fold
from .word_spots import WordSpots
from .words import longest_first

MAX_LETTERS = 6
_ABBREVIATION = re.compile(rf"[A-Z]{{2,{MAX_LETTERS}}}")
_FIGURE = r"(?:\d(?:[\d.,:/]*\d)?%?|[½¼¾])"
"""A figure ends in a digit: "7. ASUS 8. Wiko" numbers a list, and its names stay."""


@cache
def _number_words() -> str:
    return longest_first(load("en", "quantities.json")["number_words"])


@cache
def _before() -> re.Pattern[str]:
    """A figure (not a year) or a number word, then spaces, at the end of the text."""
    return re.compile(
        rf"(?:(?<![\w.,:/])(?!1[0-9]{{3}}\s+$|20[0-9]{{2}}\s+$){_FIGURE}|\b(?i:{_number_words()}))[ \t\u00a0]+$"
    )


_AFTER_FIGURE = re.compile(rf"[ \t\u00a0]+{_FIGURE}")
_LABEL = re.compile(rf"[ \t\u00a0]*:[ \t\u00a0]*(?:{_FIGURE}|\d)")


def beside_figure(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a unit (a figure before it, none after) or a field label
    (a colon and a figure after it)."""
    if _LABEL.match(text, end):
        return True
    if _AFTER_FIGURE.match(text, end):
        return False  # "Ajax 2 PSV 1": a team between its scores
    return bool(_before().search(text[max(0, start - 24) : start]))


def figure_abbreviations(words: WordSpots, names: Iterable[str], known: Container[str]) -> set[str]:
    """Folded abbreviations among `names` whose every occurrence in the article (`words`)
    is beside a figure (see `beside_figure`); names in `known` (folded gazetteer names) are
    kept."""
    out = set()
    for name in set(names):
        if not _ABBREVIATION.fullmatch(name) or fold(name) in known:
            continue
        spots = words.of(name)
        if spots and all(beside_figure(*spot) for spot in spots):
            out.add(fold(name))
    return out
