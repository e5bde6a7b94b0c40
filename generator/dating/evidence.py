"""What a text says about its own date: each clue as the days it allows, with a weight.

A clue is one expression read with its tense: a date the text calls past puts the article
after it, a date it calls scheduled puts the article before it, and either way the article
is most likely near it. A date without a year allows the same days in every year (a weekday
named with it keeps only the years where they agree). A title with a name ("President Barack
Obama", from `lang/en/dating_clues.tsv`) allows the holder's term: weak evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from ..lang import load
from ..models import Article, Timex
from ..timex import Anchor, Ctx, find_timexes, lexicon
from ..timex.anchor import forward_tense

HARD = 1.0
"""Weight of a side a tensed, fully dated mention puts the article on (after a past date)."""
NEAR = 0.5
"""Weight of being near a mentioned date (recent past, coming future)."""
WEEKDAY_AGREES = 1.5
"""Weight of a weekday that agrees with a date without a year: it names the year."""
CLUE = 0.5
"""Weight of an office holder's term (a weak clue: old titles linger in texts)."""

NEAR_DAYS = {"day": 45, "month": 60, "year": 730}
"""How far after a past date (before a coming one) "near" reaches, by the date's precision."""
NEW_IN_OFFICE_DAYS = 200
"""A "new" (or just elected) office holder: within this many days of taking office (or 75
before, elected)."""

_VALUE = re.compile(r"^(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?$")
_NEGATED_TITLE = re.compile(r"(?:former|ex-|then-|late|earlier|previous)\W*$", re.I)
_SCHEDULED = re.compile(
    r"\b(?:scheduled|set|due|planned|slated|expected|upcoming)\s+(?:for|on|in|to\s+\w+\s+(?:on|in))?\s*$",
    re.I,
)
_NEW_TITLE = re.compile(r"\b(?:new|election of|elected)\b[\w\s.,'-]{0,20}$", re.I)


@dataclass(frozen=True)
class Clue:
    """One piece of evidence: the days it allows (one span per possible year) and its weight."""

    paragraph: str
    text: str
    reading: str
    """What it says, for a person: "past: after 2016-12", "scheduled: before 2017-02-08"."""
    spans: tuple[tuple[dt.date, dt.date], ...]
    weight: float
    kind: str = "other"
    """What sort of clue (`clue_kind`): the key of its weight and of whether it is recent."""


def plausible_year(year: int) -> bool:
    """A year a publication date may fall in (others are history or typos)."""
    return 1800 <= year <= 2100


def date_span(year: int, month: int | None, day: int | None) -> tuple[dt.date, dt.date]:
    """First and last day of a year, month or day."""
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if day is None:
        first = dt.date(year, month, 1)
        after = dt.date(year + month // 12, month % 12 + 1, 1)
        return first, after - dt.timedelta(days=1)
    d = dt.date(year, month, day)
    return d, d


def tense_at(text: str, start: int, end: int) -> str | None:
    """The tense of the clause around `text[start:end]`, as the timex stage reads it; what
    is "scheduled for" or "due in" a date is to come whatever the verb."""
    if _SCHEDULED.search(text[max(0, start - 30) : start]):
        return "future"
    ctx = Ctx(text, Anchor())
    ctx.start, ctx.end = start, end
    return forward_tense(ctx)


def _weekday_named(text: str) -> int | None:
    """ISO weekday of a weekday name inside the expression ("Friday, May 19"), or None."""
    weekdays = lexicon()["weekdays"]
    for word in re.findall(r"[A-Za-z]+\.?", text):
        number = weekdays.get(word.lower().rstrip("."))
        if number and word[0].isupper():
            return number
    return None


def _sides(
    lo: dt.date, hi: dt.date, precision: str, tense: str | None
) -> tuple[str, tuple[dt.date, dt.date] | None, tuple[dt.date, dt.date]]:
    """(reading, hard span or None, near span) of one dated mention in one year.

    A month named as past is over and one named as coming has not begun ("in April" is not
    written in April, which is "this month"); a past or coming day may be the day itself.
    """
    reach = dt.timedelta(days=NEAR_DAYS[precision])
    if tense == "past":
        after = hi + dt.timedelta(days=1) if precision == "month" else lo
        return f"past: on or after {after}", (after, dt.date.max), (after, hi + reach)
    if tense == "future":
        before = lo - dt.timedelta(days=1) if precision == "month" else hi
        return f"to come: on or before {before}", (dt.date.min, before), (lo - reach, before)
    return f"no tense: near {lo}", None, (lo - reach, hi + reach)


def timex_clues(
    timexes: Sequence[Timex], texts: dict[str, str], years: Iterable[int]
) -> list[Clue]:
    """Clues from the dates mentioned: explicit ones on their own, year-less ones in `years`."""
    clues: list[Clue] = []
    year_range = sorted(set(years))
    for t in timexes:
        match = _VALUE.match(t.value) if t.type in ("DATE", "TIME") else None
        text = texts.get(t.paragraph)
        if not match or text is None or match.group(2) is None and match.group(1) == "XXXX":
            continue
        year_text, month, day = match.groups()
        precision = "day" if day else "month" if month else "year"
        tense = tense_at(text, t.start, t.end)
        weekday = _weekday_named(t.text) if day else None
        if year_text != "XXXX":
            candidates = [int(year_text)] if plausible_year(int(year_text)) else []
        else:
            candidates = year_range
        hard, near = [], []
        reading = ""
        for year in candidates:
            try:
                lo, hi = date_span(year, int(month) if month else None, int(day) if day else None)
            except ValueError:
                continue
            if weekday and lo.isoweekday() != weekday:
                continue
            reading, hard_span, near_span = _sides(lo, hi, precision, tense)
            if hard_span:
                hard.append(hard_span)
            near.append(near_span)
        if not near:
            continue
        where = f"{t.value}" if year_text != "XXXX" else f"{t.value} (year not given)"
        kind = clue_kind(year_text == "XXXX", precision, tense, bool(weekday))
        if year_text != "XXXX" and hard:
            bound = Clue(t.paragraph, t.text, f"{where} {reading}", tuple(hard), HARD, "bound")
            clues.append(bound)
        weight = WEEKDAY_AGREES if weekday else NEAR
        label = "weekday agrees with the date, near it" if weekday else "near it"
        clues.append(Clue(t.paragraph, t.text, f"{where} {label}", tuple(near), weight, kind))
    return clues


def clue_kind(yearless: bool, precision: str, tense: str | None, weekday: bool) -> str:
    """`weekday`, or `[yearless-]<precision>-<past|future|untensed>`: e.g. `yearless-day-past`."""
    if weekday:
        return "weekday"
    head = "yearless-" if yearless else ""
    return f"{head}{precision}-{tense or 'untensed'}"


@cache
def _title_table() -> tuple[tuple[re.Pattern[str], dt.date, dt.date, str], ...]:
    rows = []
    for row in load("en", "dating_clues.tsv"):
        phrase, start, end, office = (list(row) + ["", "", "", ""])[:4]
        words = [re.escape(w) for w in phrase.split()]
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.I)
        last = dt.date.fromisoformat(end) if end.strip() else dt.date(2100, 12, 31)
        rows.append((pattern, dt.date.fromisoformat(start), last, office))
    return tuple(rows)


@cache
def _title_heads() -> frozenset[str] | None:
    """The title phrases' first words in lower case; None when one is not ASCII or a phrase
    is empty (then no text is passed over)."""
    heads = [(list(row) + [""])[0].split()[:1] for row in load("en", "dating_clues.tsv")]
    if not all(head and head[0].isascii() for head in heads):
        return None
    return frozenset(head[0].lower() for head in heads)


def _may_hold_a_title(text: str) -> bool:
    """False only when no title phrase can match: an ASCII text (where the phrases'
    case-blind match is plain lower-casing) holding none of their first words. Most
    paragraphs hold none; each of the sixty phrases' searches costs a pass over the text."""
    heads = _title_heads()
    if heads is None or not text.isascii():
        return True
    lowered = text.lower()
    return any(head in lowered for head in heads)


def title_clues(texts: dict[str, str]) -> list[Clue]:
    """Clues from titled names: one per phrase (its terms as alternatives), and "new"."""
    found: dict[str, tuple[str, str, list[tuple[dt.date, dt.date]], bool]] = {}
    for paragraph, text in texts.items():
        if not _may_hold_a_title(text):
            continue
        for pattern, start, end, _office in _title_table():
            for m in pattern.finditer(text):
                before = text[max(0, m.start() - 30) : m.start()]
                if _NEGATED_TITLE.search(before):
                    continue
                key = m.group().casefold()
                where, phrase, spans, new = found.get(key, (paragraph, m.group(), [], False))
                if (start, end) not in spans:
                    spans.append((start, end))
                found[key] = (where, phrase, spans, new or bool(_NEW_TITLE.search(before)))
    clues = []
    for where, phrase, spans, new in found.values():
        terms = ", ".join(f"{a} to {b}" for a, b in sorted(spans))
        spans_sorted = tuple(sorted(spans))
        clues.append(Clue(where, phrase, f"in office {terms}", spans_sorted, CLUE, "title"))
        if new:
            first = [
                (a - dt.timedelta(days=75), a + dt.timedelta(days=NEW_IN_OFFICE_DAYS))
                for a, _ in sorted(spans)
            ]
            reading = (
                f"called new or just elected: within {NEW_IN_OFFICE_DAYS} days of taking office"
            )
            clues.append(Clue(where, "new " + phrase, reading, tuple(first), CLUE, "new-title"))
    return clues


def article_texts(article: Article) -> tuple[dict[str, str], list[Timex]]:
    """The article's texts by part (title, subtitle, caption, paragraphs) and the subtitle's
    and caption's timexes, found without an anchor (the others come from the timex stage)."""
    texts = {"title": article.title or ""}
    texts.update({p.id: p.text for p in article.paragraphs})
    extra: list[Timex] = []
    for part, text in (("subtitle", article.subtitle_apart()), ("caption", article.caption)):
        if not text:
            continue
        texts[part] = text
        for span in find_timexes(text, None):
            extra.append(
                Timex(article.id, part, span.start, span.end, span.text, span.value, span.type)
            )
    return texts, extra
