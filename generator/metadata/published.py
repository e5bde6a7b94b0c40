"""The publication date and its basis: a dateline or byline date, the page's date, a date
in the URL or a date line at the very end. An undated article is dated later, from its
text's own evidence, by `generator.dating` (one mechanism: the latest past date this module
once guessed put the month right in under half the dated development documents).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..models import Cleaned, Paragraph, Removal
from .dates import (
    URL_DATE_RE,
    day_first,
    find_dates,
    parse_url,
    pick_published,
    plainly_dateline,
    valid,
)


@dataclass(frozen=True)
class PublishedChoice:
    """The date (None when nothing gives one), its basis, and what reading it changed."""

    value: str | None
    basis: str | None
    body: tuple[Paragraph, ...]
    """The body, less a trailing date line that gave the date."""
    removed: tuple[tuple[int, Removal], ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Evidence:
    cleaned: Cleaned
    date_line: str | None
    url: str | None
    body: tuple[Paragraph, ...]
    day_first: bool | None


def choose_published(
    cleaned: Cleaned, date_line: str | None, url: str | None, body: tuple[Paragraph, ...]
) -> PublishedChoice:
    """The first source that gives a date, in the precedence of the package's doc."""
    evidence = _Evidence(cleaned, date_line, url, body, day_first(url, [date_line or ""]))
    for source in _SOURCES:
        chosen = source(evidence)
        if chosen is not None:
            return chosen
    return PublishedChoice(None, None, body, warnings=("no publication date found",))


def _from_date_line(evidence: _Evidence) -> PublishedChoice | None:
    if not evidence.date_line:
        return None
    chosen = pick_published(find_dates(evidence.date_line, evidence.day_first))
    if chosen is None or _page_date_outranks(evidence, chosen.ambiguous):
        return None
    warnings = ()
    if chosen.ambiguous:
        line = evidence.date_line.strip()
        warnings = (f"day/month order of {line!r} guessed; check the date",)
    return PublishedChoice(chosen.value, "text", evidence.body, warnings=warnings)


def _page_date_outranks(evidence: _Evidence, ambiguous: bool) -> bool:
    """The page's structured date (JSON-LD, article:published_time, <time datetime>, read
    by trafilatura/htmldate) over a text date that is guessed: a day/month order read from
    the locale, or a date inside a sentence ("Am 9. Oktober wurde …" is an event)."""
    html = evidence.cleaned.html
    line = evidence.date_line or ""
    return bool(html and html.date) and (ambiguous or not plainly_dateline(line.strip()))


def _from_page(evidence: _Evidence) -> PublishedChoice | None:
    html = evidence.cleaned.html
    if html and html.date:
        return PublishedChoice(html.date[:10], "metadata", evidence.body)
    return None


def _from_url(evidence: _Evidence) -> PublishedChoice | None:
    if not evidence.url:
        return None
    parsed = parse_url(evidence.url)
    match = URL_DATE_RE.search(parsed.path + "/") if parsed else None
    if match:
        parts = [g for g in match.groups() if g]
        value = valid(int(parts[0]), int(parts[1]), int(parts[2]))
        if value:
            warning = "publication date taken from the article's URL"
            return PublishedChoice(value, "metadata", evidence.body, warnings=(warning,))
    return None


def _from_last_line(evidence: _Evidence) -> PublishedChoice | None:
    """A date line at the very end, as some pages print it: taken out of the body."""
    body = evidence.body
    if not body or not plainly_dateline(body[-1].text.strip()):
        return None
    chosen = pick_published(find_dates(body[-1].text, evidence.day_first))
    if chosen is None:
        return None
    trailing = body[-1]
    at = next(i for i, block in enumerate(evidence.cleaned.blocks) if block is trailing)
    removed = ((at, Removal(trailing.text, "dateline")),)
    return PublishedChoice(chosen.value, "text", body[:-1], removed)


def _from_cut_furniture(evidence: _Evidence) -> PublishedChoice | None:
    """The same line, already cut by the cleaner as furniture after the article."""
    removed = evidence.cleaned.removed
    if not removed:
        return None
    last = removed[-1]
    if last.reason == "page furniture after the article" and plainly_dateline(last.text):
        chosen = pick_published(find_dates(last.text, evidence.day_first))
        if chosen:
            return PublishedChoice(chosen.value, "text", evidence.body)
    return None


_SOURCES: tuple[Callable[[_Evidence], PublishedChoice | None], ...] = (
    _from_date_line,
    _from_page,
    _from_url,
    _from_last_line,
    _from_cut_furniture,
)
