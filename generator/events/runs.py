"""Rows of a list, schedule or table: dates in a run of siblings of one shape, with no verb.

Tour dates, fixture lists and programmes come as lines, or flattened into one paragraph:
"June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL June 10 -- …". One such line alone
can pass for a terse clause, and `rows.is_row` only drops it when it holds no lower-case
word at all; "(with special guest …)" or "2020 dates:" keep it. The run gives it away:
three or more dates in a row, each beside the same separator ("--", "–", "|", a line
break), each with a short piece of words up to the next. Such a piece is a row, and no
event, when it holds no verb (a tense or modal cue, a finite verb of a short closed list,
or a lower-case word right after a capitalised one: the subject and its verb, "Talks open")
and its names outnumber its other words: "June 3 – Talks open in Geneva" stays, as does
"June 4 – opening ceremony" and a row naming an event noun. The lead-in that ends on a
colon just before the run ("Tour 2020 dates:") is the table's heading, no event either,
when it has no verb. A run is a table only when three or more of its rows are such rows;
its other rows stay. Consecutive one-line paragraphs with a date each (a list written one
`<p>` a row) are read as the lines of one text.

No part-of-speech tagger is at hand (the name tagger, `actors/ner_tagger`, tags names
only), so a verb is read from the tense cues the timex and event stages share and from
word order, as above; commas and stops alone never make the separator, so an enumeration
in prose ("Germany in 1955, Spain in 1982") is no table.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang.saying import reporting_verbs
from ..text.sentences import sentence_at
from .clauses import stretch
from .rows import names_event
from .words import (
    DETERMINERS,
    FUNCTION_WORDS,
    PAST,
    PROJECTED,
    ROW_CONNECTIVES,
    ROW_VERB_WORDS,
    SCHEDULED,
)

MIN_RUN = 3
"""Dates in a row that make a table: two could be any sentence's "from … to …"."""
MIN_ROW_WORDS, MAX_ROW_WORDS = 2, 14
"""Words of a row besides its date: a venue and a town, not a sentence."""
LAST_ROW_REACH = 200
"""Characters read past a run's last date for its row (before its first date when rows end
on their date): its line or sentence, and never a long paragraph."""
SHORT_LINE_WORDS = 24
"""Words at most of a paragraph that may be one row of a list whose rows came as paragraphs."""
PROSE_MARKS = ",.;"
"""Marks that alone make no table: prose separates an enumeration's items with them."""
HEADING_WORDS = 3
"""Words at most between a heading's date and the colon that opens the run ("2020 dates:")."""

_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_SEPARATOR = re.compile(r"[^\w\s]+|\n")
_CONNECTIVES = FUNCTION_WORDS | {d.lower() for d in DETERMINERS} | ROW_CONNECTIVES
_SAYING = frozenset(
    reporting_verbs().third_person + reporting_verbs().past + reporting_verbs().plural
)


@dataclass(frozen=True)
class Expression:
    """A date expression of the paragraph: where it is."""

    start: int
    end: int


def _shape(gap: str) -> str:
    """The separator a date stands beside: the punctuation (or line break) between it and
    the nearest word, spaces left out; "" for a plain space, and for commas and stops alone,
    which prose puts between the items of any enumeration ("Germany in 1955, Spain …"), and
    for a line break: a date that ends its line does not open a row, nor one that opens it
    end one."""
    shape = "".join(_SEPARATOR.findall(gap))
    return shape if shape.strip(PROSE_MARKS) and "\n" not in shape else ""


def _words(text: str, start: int, end: int) -> list[str]:
    return [
        w.group() for w in _WORD.finditer(text, start, end) if any(c.isalpha() for c in w.group())
    ]


def _at_most_words(text: str, start: int, end: int, limit: int) -> bool:
    """`len(_words(text, start, end)) <= limit`, read only until the count passes `limit`
    (most paragraphs asked about are far longer than a row)."""
    count = 0
    for w in _WORD.finditer(text, start, end):
        if any(c.isalpha() for c in w.group()):
            count += 1
            if count > limit:
                return False
    return True


def has_verb(text: str, start: int, end: int) -> bool:
    """`text[start:end]` holds a verb: a lower-case tense or modal cue ("postponed",
    "will"), a finite verb of the closed list ("is", "has") or of saying, or a lower-case
    word right after a capitalised one, a space apart ("Talks open", "Putin visits")."""
    piece = text[start:end]
    for pattern in (PAST, SCHEDULED, PROJECTED):
        if any(_verb_cue(piece, m) for m in pattern.finditer(piece)):
            return True
    words = list(_WORD.finditer(piece))
    for before, word in zip(words, words[1:], strict=False):
        lower = word.group().rstrip(".")
        if not lower[:1].islower():
            continue
        if lower in ROW_VERB_WORDS or lower in _SAYING:
            return True
        subject = before.group()
        if (
            lower not in _CONNECTIVES
            and piece[before.end() : word.start()] == " "
            and subject[:1].isupper()
            and any(c.islower() for c in subject)
        ):
            return True
    return bool(words) and words[0].group() in ROW_VERB_WORDS


def _verb_cue(piece: str, match: re.Match[str]) -> bool:
    """A tense or modal cue in lower case, not part of a hyphenated adjective ("sold-out")."""
    beside = piece[match.start() - 1 : match.start()] + piece[match.end() : match.end() + 1]
    return match.group()[:1].islower() and "-" not in beside


def names_dominate(text: str, start: int, end: int) -> bool:
    """More capitalised words and figures than other content words, and no event noun:
    a row of names ("Jones Beach Theater (with special guest …)"), not a nominal event
    ("opening ceremony", "Peace Talks")."""
    words = _words(text, start, end)
    if any(names_event(w) for w in words):
        return False
    lower = sum(1 for w in words if w[:1].islower() and w.rstrip(".") not in _CONNECTIVES)
    return lower < sum(1 for w in words if not w[:1].islower())


def _is_row_piece(text: str, start: int, end: int) -> bool:
    """A run's piece that is a row of names: short, verbless, mostly names."""
    count = len(_words(text, start, end))
    return (
        MIN_ROW_WORDS <= count <= MAX_ROW_WORDS
        and not has_verb(text, start, end)
        and names_dominate(text, start, end)
    )


def _runs(text: str, dates: Sequence[Expression]) -> list[tuple[list[Expression], bool]]:
    """Maximal runs of `MIN_RUN` or more dates whose gaps each hold a row's worth of words,
    with the same separator after each date (rows led by their date, `True`) or before it
    (rows ended by it, `False`)."""
    found: list[tuple[list[Expression], bool]] = []
    for leading in (True, False):
        run: list[Expression] = []
        shape = None
        for date in dates:
            if run:
                gap = (run[-1].end, date.start)
                side = (
                    text[gap[0] : _first_word(text, *gap)]
                    if leading
                    else text[_last_word(text, *gap) : gap[1]]
                )
                count = len(_words(text, *gap))
                fits = MIN_ROW_WORDS <= count <= MAX_ROW_WORDS and _shape(side) != ""
                if fits and shape in (None, _shape(side)):
                    shape = _shape(side)
                    run.append(date)
                    continue
                if len(run) >= MIN_RUN:
                    found.append((run, leading))
            run, shape = [date], None
        if len(run) >= MIN_RUN:
            found.append((run, leading))
    return found


def _first_word(text: str, start: int, end: int) -> int:
    match = _WORD.search(text, start, end)
    return match.start() if match else end


def _last_word(text: str, start: int, end: int) -> int:
    ends = [w.end() for w in _WORD.finditer(text, start, end)]
    return ends[-1] if ends else start


Dated = tuple[str, str, Sequence[Expression]]
"""A paragraph's id, its text and its date expressions."""


def rows_of_paragraphs(paragraphs: Sequence[Dated]) -> dict[str, frozenset[tuple[int, int]]]:
    """Per paragraph id (in reading order), the spans of its dates that stand for rows
    (`row_dates`): runs inside one paragraph, and runs across consecutive one-line
    paragraphs that each hold a date (a list whose rows came as paragraphs, one `<p>` a
    row), read as the lines of one text."""
    rows = {
        pid: set(row_dates(text, dates)) for pid, text, dates in paragraphs if len(dates) >= MIN_RUN
    }
    for block in _short_blocks(paragraphs):
        starts, expressions, at = [], [], 0
        for _, text, dates in block:
            starts.append(at)
            expressions += [Expression(at + d.start, at + d.end) for d in dates]
            at += len(text) + 1
        joined = "\n".join(text for _, text, _ in block)
        for start, end in row_dates(joined, expressions):
            k = bisect_right(starts, start) - 1
            rows.setdefault(block[k][0], set()).add((start - starts[k], end - starts[k]))
    return {pid: frozenset(found) for pid, found in rows.items() if found}


def _short_blocks(paragraphs: Sequence[Dated]) -> list[list[Dated]]:
    """Runs of `MIN_RUN` or more consecutive paragraphs that are one short line with a date."""
    blocks: list[list[Dated]] = [[]]
    for paragraph in paragraphs:
        _, text, dates = paragraph
        if dates and "\n" not in text and _at_most_words(text, 0, len(text), SHORT_LINE_WORDS):
            blocks[-1].append(paragraph)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if len(block) >= MIN_RUN]


def row_dates(text: str, dates: Sequence[Expression]) -> frozenset[tuple[int, int]]:
    """(start, end) of the dates of `text` (a paragraph) that stand for a row of a list or
    table, or for its heading: no event is made of them. A run counts as a table when at
    least `MIN_RUN` of its rows are rows of names; then those rows go, and the others (with
    a verb: "June 3 – Talks open in Geneva") stay. `dates` are the paragraph's date
    expressions, in any order."""
    kept = [Expression(s, e) for s, e in _outermost(dates)]
    rows: set[tuple[int, int]] = set()
    for run, leading in _runs(text, kept):
        found = [
            (date.start, date.end)
            for i, date in enumerate(run)
            if _is_row_piece(text, *_row_span(text, run, i, leading))
        ]
        if len(found) < MIN_RUN:
            continue  # siblings in shape, but not a table of names
        rows.update(found)
        heading = _heading(text, kept, run[0])
        if heading is not None:
            rows.add((heading.start, heading.end))
    return frozenset(rows)


def _outermost(dates: Sequence[Expression]) -> list[tuple[int, int]]:
    """(start, end) of the dates not inside a longer one, in order; one pass over the sorted
    spans (a date is inside another when one starting at or before it ends after it)."""
    ordered = sorted({(d.start, d.end) for d in dates})
    reach: dict[int, int] = {}
    furthest = -1
    for start, end in ordered:  # the furthest end of the spans starting at or before each start
        furthest = max(furthest, end)
        reach[start] = furthest
    return [(start, end) for start, end in ordered if reach[start] <= end]


def _row_span(text: str, run: list[Expression], i: int, leading: bool) -> tuple[int, int]:
    """The piece of the `i`th date of a run, within its line: up to the next date (for the
    last, to the end of its sentence) when rows open on their date; from the one before (for
    the first, from its sentence's start) when they end on it."""
    date = run[i]
    if leading:
        if i + 1 < len(run):
            end = run[i + 1].start
        else:
            end = min(sentence_at(text, date.start)[1], date.end + LAST_ROW_REACH)
        line_end = text.find("\n", date.end, end)
        return date.end, line_end if line_end >= 0 else end
    if i > 0:
        start = run[i - 1].end
    else:
        start = max(sentence_at(text, date.start)[0], date.start - LAST_ROW_REACH)
    return text.rfind("\n", start, date.start) + 1 or start, date.start


def _heading(text: str, dates: list[Expression], first: Expression) -> Expression | None:
    """The date just before a run whose words end on a colon right before it ("Tour 2020
    dates: June 9 -- …"), when its stretch up to the run holds no verb: the table's heading."""
    before = [d for d in dates if d.end <= first.start]
    if not before:
        return None
    heading = before[-1]
    gap = text[heading.end : first.start].rstrip()
    if not gap.endswith(":") or len(_words(text, heading.end, first.start)) > HEADING_WORDS:
        return None
    start = stretch(text, heading.start, heading.end)[0]
    return None if has_verb(text, start, first.start) else heading
