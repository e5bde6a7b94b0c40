"""Reporting credits written after the names: "Stella Kim reported from Seoul, and Jennifer
Jett from Hong Kong." A line of that shape names the reporters and where they were, not
the story's actors, so it is fine print (`credits.fine_print`) like a credit that opens
with its cue ("Reporting by …").

The shape is strict, so that a sentence of the story is never taken: the whole line is
capitalised words, commas and "and" before the cue (`lang/en/credit_reported_lines.tsv`),
and after it capitalised words, commas and the joiners of that table only ("Reuters
reported from Kabul that the talks ..." goes on in lower case, and stays).
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import load
from .words import longest_first

LANG = "en"
_NAME = r"[A-Z][\w'’.-]*"


@cache
def _line() -> re.Pattern[str]:
    """A whole line of that shape; every name and word is separated by spaces or a comma
    (never two names glued, which would let the pattern split a word many ways)."""
    rows = load(LANG, "credit_reported_lines.tsv")
    cues = longest_first([word for word, kind in rows if kind == "cue"])
    joiners = longest_first([word for word, kind in rows if kind == "joiner"])
    names = rf"{_NAME}(?:(?:[ \t]+|,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+){_NAME})*"
    rest = rf"(?:(?:[ \t]*,[ \t]*|[ \t]+)(?:{_NAME}|{joiners}))*"
    return re.compile(
        rf"^[ \t]*{names}[ \t]+(?:{cues})(?![\w]){rest}[ \t]*\.?[ \t]*$", re.MULTILINE
    )


def reported_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every reporting-credit line of that shape in one text (see the module)."""
    return [(m.start(), m.end()) for m in _line().finditer(text)]
