"""Which of a sentence's dates dates its event: dates that qualify something else do not.

A sentence often holds more dates than events. Three kinds of date say when something
else stands, not when the clause's verb happened, and anchor no event of their own:

- the base a bare figure is compared with: "revenue fell to $85.7 million from $93.3
  million a year earlier" (the cue, the figure, the date, within `BASE_WORDS` words),
  unless a clause on that date follows (", when the market fell"). A base that names
  what it measures ("compared with a loss of $3 million last year") keeps its event:
  there was a loss last year, and TBAQ anchors it there;
- a date that qualifies a noun: "to holders of record Nov. 15" (a holders' list), "the
  post-1959 politics" (an era's bound);
- a title that holds a time word ("ABC's \"This Week\"", the film "High Noon"): a time
  word that running English writes in lower case, capitalised inside a run of capitalised
  words opened by a quote mark;
- a bare clock time ("at about 10:35 a.m.") in a sentence that names its day
  elsewhere ("Friday"): the clock reads as the publication day, the day expression
  dates the clause.

One more kind dates its event only coarsely: a verb of saying's day before what it reports
in the past perfect ("Officials said Friday that Yoon had ordered the arrest": the order
came before Friday). The clause tells the order, not the saying, so its day is not the
order's; the saying's month is (`reported_date`). Dropping the event instead cost TBAQ
recall: its gold anchors the saying to the day, and a month still matches a day in it.

The cue words are `lang/en/event_anchors.json`. Pure functions over a paragraph's text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..lang import load
from ..lang.saying import reporting_verbs
from ..models import Timex
from .words import DATED_CLAUSE, PAST, WORD, alternatives

_TABLE = load("en", "event_anchors.json")
BASE_WORDS = 12
"""Words from a comparison cue to the date it compares with ("compared with net income
of $27.1 million, or $1.16 a share, a year ago" holds eleven)."""

_CUE = re.compile(rf"\b(?:{alternatives(_TABLE['figure_bases']['cues'])})(?=\s)", re.IGNORECASE)
_FIGURE = re.compile(
    rf"[{_TABLE['figures']['currency_signs']}]\s?\d"
    rf"|\d+(?:[.,]\d+)*\s?(?:{alternatives(_TABLE['figures']['units'])})(?!\w)"
    r"|\b\d{1,3}(?:,\d{3})+\b",
    re.IGNORECASE,
)
_NOUN_DATE = re.compile(
    rf"\b(?:(?:{alternatives(_TABLE['noun_dates']['cues'])})\s+"
    rf"|(?:{alternatives(_TABLE['noun_dates']['prefixes'])})-)$",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    rf"^(?:(?:{alternatives(_TABLE['clock']['approximations'])})\s+)?"
    rf"(?:\d{{1,2}}(?::\d{{2}})?\s*(?:{alternatives(_TABLE['clock']['day_halves'])})"
    rf"|\d{{1,2}}:\d{{2}}|{alternatives(_TABLE['clock']['words'])})\.?$",
    re.IGNORECASE,
)
_TITLE_OPENING = re.compile(
    rf"(?:{'|'.join(re.escape(q) for q in _TABLE['titles']['quotes'])})"
    r"((?:[A-Z][\w'’]*[ ,]+)*)$"
)
_TIME_WORDS = frozenset(_TABLE["titles"]["time_words"])
_FILLER = re.compile(
    rf"(?:{alternatives(_TABLE['figure_bases']['fillers'] + _TABLE['figures']['units'])})",
    re.IGNORECASE,
)
_REPORTED = _TABLE["reported_before"]
_SAID = sorted(set(reporting_verbs().past) & reporting_verbs().core)
_SAID_BEFORE = re.compile(
    rf"\b(?:{alternatives(_SAID)})(?:\s+[a-z][\w'’]*){{0,{int(_REPORTED['gap_words'])}}}\s+$"
)
_LINK = re.compile(rf"\s*(?:(?:{alternatives(_REPORTED['links'])})\b)?", re.IGNORECASE)
_PERFECT = re.compile(
    rf"\b(?:{alternatives(_REPORTED['perfect'])})\s+"
    rf"(?:(?:{alternatives(_REPORTED['perfect_adverbs'])})\s+)?([\w'’]+)",
    re.IGNORECASE,
)
_PARTICIPLES = frozenset(_REPORTED["participle_extra"])
_CLAUSE_BREAK = re.compile(r"[.,;:!?]")


def is_figure_base(text: str, expression: tuple[int, int], stretch: tuple[int, int]) -> bool:
    """The date at `expression` is the base a figure is compared with, inside the stretch
    of the sentence (`stretch`, no semicolon or dash in it) that holds it: the last cue
    before it, then a figure, with only a figure's own words (`fillers`, units, digits)
    around it up to the date."""
    start, end = expression
    cues = list(_CUE.finditer(text, stretch[0], start))
    if not cues:
        return False
    between = text[cues[-1].end() : start]
    if len(WORD.findall(between)) > BASE_WORDS:
        return False
    if DATED_CLAUSE.match(text[end:].lstrip(" ,")):
        return False  # "from Oct. 13, when the market fell": that date has its event
    figure = _FIGURE.search(between)
    if figure is None:
        return False
    lead = WORD.findall(between[: figure.start()])
    if not all(_FILLER.fullmatch(w) for w in lead):
        return False  # "compared with a loss of $3 million last year": a loss, then
    rest = WORD.findall(between[figure.end() :])
    return all(w.isdigit() or _FILLER.fullmatch(w) for w in rest)


def is_noun_date(text: str, expression: tuple[int, int]) -> bool:
    """The date right after "of record" ("holders of record Nov. 15"), or after a prefix
    whose hyphen ties it to a noun ("the post-1959 politics"): a noun's date."""
    start = expression[0]
    return _NOUN_DATE.search(text[max(0, start - 40) : start]) is not None


def is_title(text: str, expression: tuple[int, int]) -> bool:
    """The expression lies in a quoted title: only capitalised words from an opening quote
    mark to it, and a time word capitalised there after the title's first word."""
    start, end = expression
    opening = _TITLE_OPENING.search(text, max(0, start - 80), start)
    if opening is None:
        return False
    words = WORD.findall(opening.group(1) + text[start:end])
    return any(word[:1].isupper() and word.lower() in _TIME_WORDS for word in words[1:]) and all(
        word[:1].isupper() or word.isdigit() for word in words
    )


def is_bare_clock(timex: Timex, sentence: tuple[int, int], others: Sequence[Timex]) -> bool:
    """`timex` is a clock time alone ("about 10:35 a.m.") and another expression in its
    `sentence` (offsets in the paragraph) names another day: that one dates the clause
    ("noon ... today" agree, and both stay). `others` are sorted by start: only those in
    the sentence are read, so a paragraph of thousands of clock times stays linear."""
    if timex.type != "TIME" or not _CLOCK.match(timex.text.strip()):
        return False
    day = timex.value.split("T")[0]
    first = bisect_left(others, sentence[0], key=lambda t: t.start)
    last = bisect_left(others, sentence[1], key=lambda t: t.start)
    return any(
        other is not timex
        and other.type in ("DATE", "TIME")
        and len(other.value.split("T")[0]) == 10
        and other.value.split("T")[0] != day
        and not _CLOCK.match(other.text.strip())
        for other in others[first:last]
    )


def is_reported_before(text: str, expression: tuple[int, int], stretch: tuple[int, int]) -> bool:
    """The date at `expression` follows a verb of saying and what is said follows it in
    the past perfect ("said Friday that Yoon had ordered"), inside the `stretch`: the
    date is the saying's, the reported event lies before it."""
    start, end = expression
    if _SAID_BEFORE.search(text, max(stretch[0], start - 60), start) is None:
        return False
    after = _LINK.match(text, end, stretch[1])
    said = text[after.end() if after else end : stretch[1]]
    cut = _CLAUSE_BREAK.search(said)
    said = said[: cut.start()] if cut else said
    reach = WORD.findall(said)[: int(_REPORTED["reach_words"])]
    perfect = _PERFECT.search(" ".join(reach))
    if perfect is None:
        return False
    participle = perfect.group(1)
    return participle.lower() in _PARTICIPLES or PAST.fullmatch(participle) is not None


def dates_no_event(
    text: str,
    timex: Timex,
    stretch: tuple[int, int],
    sentence: tuple[int, int],
    others: Sequence[Timex],
) -> bool:
    """The date `timex` qualifies something else in its sentence (see the module): no
    event of its own. `others` are the expressions of its paragraph, sorted by start."""
    expression = (timex.start, timex.end)
    return (
        is_figure_base(text, expression, stretch)
        or is_noun_date(text, expression)
        or is_title(text, expression)
        or is_bare_clock(timex, sentence, others)
    )


def reported_date(date: str) -> str:
    """The date of an event reported in the past perfect on the day `date`
    (`is_reported_before`): that day's month, a day no more."""
    return date[:7]
