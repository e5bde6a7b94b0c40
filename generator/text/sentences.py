"""Small text utilities shared by several stages: sentence boundaries, ordering keys."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..lang import load

WIRE_DATELINE_START = (
    r"(?:[A-Z][A-Z .,'’-]{1,40}(?:,\s*[\w.]+(?:\s[\w.]+){0,2})?|[A-Z][a-z]{2,8}\.?\s\d{1,2})"
)
"""The place or date that opens a wire story, before its agency in brackets: "CAIRO",
"SANTA FE, N.M.", "BEIJING, Nov 5", "Oct 18" (a regular-expression fragment)."""

_ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr prof gen col lt sgt capt maj sen rep gov pres st jr sr vs etc inc ltd co "
        "corp jan feb mar apr jun jul aug sep sept oct nov dec no u.s u.n u.k e.g i.e a.m p.m "
        "dept est fig mt ft adm cmdr rev"
    ).split()
)
_BOUNDARY_RE = re.compile(
    r"[.!?…]+[\"'”’)\]]*"  # punctuation and what closes with it
    r"(?:\[\d{1,3}\])*"  # reference marks after the stop: "free.[3] One day later"
    r"\s+(?=[\"'“‘(\[]?[A-Z0-9])"  # space, a capital or digit
    r"|\n\s*\n"  # a blank line
    r"|\n(?=\S)"  # a line break before text: headlines, list items
)
_WORD_BEFORE_STOP = re.compile(r"[\w.]*\w$")
_DAY_BEFORE_STOP = re.compile(r"(?<![\w.])(?:3[01]|[12]\d|0?[1-9])$")
_WORD_AFTER = re.compile(r"\s*(?:(?:[^\W\d_]{1,5}|[-–])\s*\d{1,2}\.\s*)?([^\W\d_]+)")
"""The word after a day's stop, past a span's last day ("12. bis 13. September")."""
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
""""F", "J.R.R", "U.A.E": single letters are initials. A single digit is not: "on Feb. 8."
ends a sentence."""


def _is_abbreviation(word: str) -> bool:
    return word.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(word) is not None


@lru_cache(maxsize=4096)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence in `text`, trailing blanks left out.

    A full stop ends a sentence when a capital or a digit follows, unless the word before it
    is an abbreviation ("Dec.", "U.N.", "Mr.") or an initial ("John F. Kennedy"), or it is a
    day's ordinal before a month name ("am 8. November"). Another number
    before the stop always ends it: "talks in Geneva on Feb. 8. The U.N. said" is two
    sentences. Reference marks after the stop do not hide it ("was free.[3] One day later",
    an encyclopedia's footnotes). Blank lines and line breaks before text end sentences too.
    """
    spans = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        stop = match.start()
        if text[stop] == ".":
            word = _WORD_BEFORE_STOP.search(text, max(start, stop - 40), stop)
            if word and _is_abbreviation(word.group()):
                continue
            if _is_ordinal_day(text, stop):
                continue
        spans.append((start, _rstripped(text, start, stop)))
        start = match.end()
    spans.append((start, _rstripped(text, start, len(text))))
    return tuple(s for s in spans if s[1] > s[0])


@lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """Every language's full month names (`months.tsv`), folded: English abbreviations
    ("jan", "sept") are left out, being the start of a longer name of their month."""
    from ..metadata.words import LANGUAGES  # the languages whose months are tables

    names: set[str] = set()
    for lang in LANGUAGES:
        own = {row[0].casefold() for row in load(lang, "months.tsv")}
        names |= {n for n in own if not any(o != n and o.startswith(n) for o in own)}
    return frozenset(names)


def _is_ordinal_day(text: str, stop: int) -> bool:
    """The full stop after a day's number before a month name is an ordinal's, not a
    sentence's end: "am 8. November 1923", "am 12. Bis 13. September" (German, and other
    languages that write it so)."""
    if _DAY_BEFORE_STOP.search(text, max(0, stop - 3), stop) is None:
        return False
    after = _WORD_AFTER.match(text, stop + 1)
    return after is not None and after.group(1).casefold() in month_names()


def _rstripped(text: str, start: int, end: int) -> int:
    """`end` moved back over blanks, but keeping the punctuation that closed the sentence."""
    while end < len(text) and text[end] in ".!?…\"'”’)]":
        end += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


@lru_cache(maxsize=256)
def _sentence_starts(text: str) -> tuple[int, ...]:
    return tuple(start for start, _ in sentence_spans(text))


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The span of the sentence containing `offset`; blanks between two sentences belong to
    the one before (the whole text when it has no sentence)."""
    spans = sentence_spans(text)
    i = bisect.bisect_right(_sentence_starts(text), offset) - 1
    if not spans or i < 0:
        return spans[0] if spans else (0, len(text))
    return spans[i]


def paragraph_number(paragraph_id: str) -> int:
    """Ordering key for paragraph ids: `title` first, then p1, p2, … numerically."""
    if paragraph_id.startswith("p") and paragraph_id[1:].isdigit():
        return int(paragraph_id[1:])
    return 0
