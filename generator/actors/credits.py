"""Where an article credits itself: photo and reporting credits, and the wire agency of its
dateline. Names there are the article's makers, not actors in its story (issue #14, "false
actors"), so the actors stage skips spans inside these stretches and drops the agency. So
are the owners and authorities a legal notice names (`notice_ranges`).

The cue words and agencies are data (`lang/en/credit_cues.tsv`, `lang/en/wire_agencies.txt`,
`lang/en/photo_agencies.txt`, `lang/en/notice_cues.txt`).
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import load
from .reported_lines import reported_lines
from .tokens import char_before
from .words import longest_first

LANG = "en"


@cache
def _credit_re() -> re.Pattern[str]:
    """A credit cue at the start of a line, a sentence or a parenthesis, after an agency's
    initials or not ("(AP Photo/X)"), up to the end of that line or sentence (a semicolon
    does not end it: "Reporting by X; Editing by Y"; nor does a name's initial: "Photo:
    Gene J. Puskar"). A capitalised label with a colon is a credit wherever it stands ("…
    more Photo: X"), also glued to the caption before it ("…a rabbitCredit: EPA", as
    scraped captions lose the space): prose writes it in lower case."""
    rows = [row[0] for row in load(LANG, "credit_cues.tsv")]
    cues = longest_first(rows)
    labels = longest_first([cue[:1].upper() + cue[1:] for cue in rows if cue.endswith(":")])
    initial = r"(?<=\b[A-Z])\.(?=[ \t]+[A-Z])"
    return re.compile(
        rf"(?:(?:^|(?<=[.!?(\n])\s*)(?:[A-Z]{{2,5}}[ \t])?(?i:{cues})|(?<=[ \ta-z])(?:{labels}))"
        rf"[^\n.!?]*(?:(?:\.(?=\w)|{initial})[^\n.!?]*)*"
    )


@cache
def _dateline_re() -> re.Pattern[str]:
    """ "KABUL (Reuters) -", "Paris, May 3 (AFP) —": the agency in a dateline."""
    agencies = longest_first(list(load(LANG, "wire_agencies.txt")))
    return re.compile(
        rf"^[A-Z][\w .,'’-]{{0,60}}?\((?P<agency>{agencies})\)\s*[-–—:]", re.MULTILINE
    )


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every credit stretch and dateline agency in one text, in order."""
    ranges = [_closed(text, m.start(), m.end()) for m in _credit_re().finditer(text)]
    ranges = [(start, end) for start, end in ranges if end > start]
    ranges += [(m.start("agency"), m.end("agency")) for m in _dateline_re().finditer(text)]
    return sorted(ranges)


@cache
def _notice_cue_re() -> re.Pattern[str]:
    """Any of a legal notice's words (`lang/en/notice_cues.txt`), in any case."""
    return re.compile(rf"(?i:{longest_first(list(load(LANG, 'notice_cues.txt')))})")


_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[A-Z\"“]|[ \t]*(?:\n|$))|\n")
"""A sentence's end: a stop before a capital or a line's end ("Roku, Inc. in the U.S."
goes on), or a line break."""


def notice_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of a legal notice in one text: the trademark owners
    and authorities it names are the page's fine print, no actors. Each notice word is
    looked for once and its sentence found around it, from the last sentence end before it
    to the next one (a search from every sentence's start read long lines again and again)."""
    out: list[tuple[int, int]] = []
    for cue in _notice_cue_re().finditer(text):
        if out and cue.start() < out[-1][1]:
            continue
        start = text.rfind("\n", 0, cue.start()) + 1
        for end in _SENTENCE_END.finditer(text, start, cue.start()):
            start = end.end()
        while start < cue.start() and text[start] in " \t":
            start += 1
        after = _SENTENCE_END.search(text, cue.end())
        stop = (
            len(text) if after is None else after.end() if after.group() != "\n" else after.start()
        )
        out.append((start, stop))
    return out


def fine_print(text: str) -> list[tuple[int, int]]:
    """Every stretch of one text that names no actor: credits (also a line crediting
    reporters after their names, `reported_lines`) and legal notices, in order."""
    return sorted(credit_ranges(text) + notice_ranges(text) + reported_lines(text))


def _closed(text: str, start: int, end: int) -> tuple[int, int]:
    """A credit opened by a parenthesis ends at its closing one: "(AP Photo/X) Ada said"."""
    if char_before(text, start) == "(":
        close = text.find(")", start, end)
        return (start, close if close >= 0 else end)
    return (start, end)


@cache
def _wire_agency_re() -> re.Pattern[str]:
    """Any wire agency as a whole word (built once, not for every article)."""
    names = set(load(LANG, "wire_agencies.txt"))
    return re.compile(rf"(?<!\w)(?:{longest_first(sorted(names))})(?!\w)")


def agencies_credited(
    texts: list[str], ranges: list[list[tuple[int, int]]] | None = None
) -> set[str]:
    """Wire agencies named inside a credit or a dateline of the article: its own sources.
    `ranges`: each text's `credit_ranges` when the caller has them already (not found again)."""
    pattern = _wire_agency_re()
    found = set()
    if ranges is None:
        ranges = [credit_ranges(text) for text in texts]
    for text, stretches in zip(texts, ranges, strict=True):
        for start, end in stretches:
            found |= {m.group() for m in pattern.finditer(text, start, end)}
    return found


@cache
def _agency_re() -> re.Pattern[str]:
    names = list(load(LANG, "wire_agencies.txt")) + list(load(LANG, "photo_agencies.txt"))
    return re.compile(rf"(?<![\w-])(?:{longest_first(sorted(set(names)))})(?![\w-])")


def agency_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every wire or picture agency named in a photo caption: there it
    credits the photo ("Getty Images" as the whole caption, "… in Kabul. EPA")."""
    return [(m.start(), m.end()) for m in _agency_re().finditer(text)]


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the ranges."""
    return any(lo <= start and end <= hi for lo, hi in ranges)
