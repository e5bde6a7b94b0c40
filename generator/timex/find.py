"""The stage itself: choose among the rules' matches, normalise them, and map to articles.

Longest match first, then rule order; a later explicit year corrects an earlier guess.
"""

from __future__ import annotations

import bisect
import re

from ..models import Article, Timex
from .calendar_dates import CalendarMatch, calendar_matches, calendar_value
from .context import Ctx
from .recognise import Rule, rules
from .scan import candidates
from .values import NeedsAnchor, TimexSpan, Value, parse_anchor


def normalise(rule: Rule, match: re.Match[str], ctx: Ctx) -> Value | None:
    """The rule's value for `match`; a missing anchor part gives its `X` placeholder, and a
    value the calendar refuses rejects the match."""
    try:
        return rule.normalise(match, ctx)
    except NeedsAnchor as missing:
        return Value(missing.placeholder, "DATE", inferred=True)
    except (ValueError, KeyError, OverflowError):
        return None


def _choose(
    text: str, ctx: Ctx, reserved: list[CalendarMatch]
) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """Longest match first, then rule order; a match its rule rejects frees its span. The
    `reserved` spans (the article language's own dates) are taken before any rule's."""
    all_rules = rules()
    ranked = sorted(candidates(text), key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken = bytearray(len(text))  # 1 for each character inside a chosen span
    for found in reserved:
        taken[found.start : found.end] = b"\1" * (found.end - found.start)
    chosen = []
    ctx.choosing = True
    for start, end, index, match in ranked:
        if taken.find(1, start, end) >= 0:
            continue
        ctx.start, ctx.end = start, end
        if normalise(all_rules[index], match, ctx) is None:
            continue
        taken[start:end] = b"\1" * (end - start)
        chosen.append((start, end, all_rules[index], match))
    ctx.choosing = False
    chosen.sort(key=lambda c: c[0])
    return chosen


_YEAR_GUESSING_RULES = ("month", "month-day", "day-month")
"""Rules whose year is a guess a later explicit year may correct (a weekday's is not)."""
_MONTH_OR_DAY = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")
_MONTH = re.compile(r"^\d{4}-\d\d$")


def _apply_later_context(spans: list[TimexSpan]) -> list[TimexSpan]:
    """An inferred month/day takes its year from a later explicit mention of the same month.

    "talks last February … This February 2016 ceasefire": the writer names the year a few
    sentences on, and that beats our default reading.
    """
    result = list(spans)
    for i, span in enumerate(spans):
        if span.rule not in _YEAR_GUESSING_RULES or not span.inferred:
            continue
        if not _MONTH_OR_DAY.match(span.value):
            continue
        month = span.value[4:7]
        for later in spans[i + 1 :]:
            if later.start - span.end > 800:
                break
            if later.inferred or not _MONTH.match(later.value):
                continue
            if later.value[4:7] == month and later.value[:4] != span.value[:4]:
                fixed = later.value[:4] + span.value[4:]
                result[i] = TimexSpan(
                    span.start, span.end, span.text, fixed, span.type, span.mod, span.rule, False
                )
                break
    return result


def find_timexes(
    text: str, anchor: str | None = None, language: str | None = None
) -> list[TimexSpan]:
    """Every temporal expression in `text`, normalised against `anchor`, sorted by offset.

    Spans never overlap. `anchor` is the document date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`)
    or None: then only what does not depend on it is resolved; the rest keeps `X`s. In a
    `language` with calendar words (`calendar_dates`) its own dates are read first.
    """
    ctx = Ctx(text, parse_anchor(anchor))
    own = calendar_matches(text, language)
    chosen: list[tuple[int, int, Rule | CalendarMatch, re.Match[str] | None]] = [
        (found.start, found.end, found, None) for found in own
    ]
    chosen += _choose(text, ctx, own)
    spans: list[TimexSpan] = []
    for start, end, rule, match in sorted(chosen, key=lambda c: c[0]):
        ctx.start, ctx.end = start, end
        if isinstance(rule, CalendarMatch):
            value = calendar_value(rule, language or "", ctx)
            name = rule.rule if rule.rule != "date" or not value else _date_rule(value)
        else:
            assert match is not None
            value, name = normalise(rule, match, ctx), rule.name
        if value is None:
            continue
        span = TimexSpan(
            start, end, text[start:end], value.value, value.type, value.mod, name, value.inferred
        )
        spans.append(span)
        ctx.previous.append(span)
    return _apply_later_context(spans)


def _date_rule(value: Value) -> str:
    """A day read in the language's words: a yearless one ("calendar-day") keeps the year
    the article's date gives it, not one from a later mention of its month (the English
    "day-month" may take): "am 17. April … zum Jahrestag der Ereignisse im April 2018"."""
    return "calendar-day" if value.inferred else "date"


_SEPARATOR = "\n\n"


def article_timexes(article: Article) -> tuple[Timex, ...]:
    """Timexes of the title and every paragraph, anchored on the article's published date.

    The parts are read as one text so that context crosses paragraph breaks; no expression
    spans two parts. Offsets are into the title or the paragraph named.
    """
    parts = [("title", article.title or "")] + [(p.id, p.text) for p in article.paragraphs]
    starts = []
    pieces = []
    offset = 0
    for _, part in parts:
        starts.append(offset)
        pieces.append(part)
        offset += len(part) + len(_SEPARATOR)
    text = _SEPARATOR.join(pieces)
    result = []
    for span in find_timexes(text, article.published, article.language):
        i = bisect.bisect_right(starts, span.start) - 1
        base = starts[i]
        if span.end > base + len(pieces[i]):
            continue
        result.append(
            Timex(
                article=article.id,
                paragraph=parts[i][0],
                start=span.start - base,
                end=span.end - base,
                text=span.text,
                value=span.value,
                type=span.type,
                mod=span.mod,
            )
        )
    return tuple(result)
