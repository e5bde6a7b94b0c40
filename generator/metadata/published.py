"""The publication date and its basis: a vote (see `published_vote`) among the page's date
(htmldate's), a dateline or byline date, a date in the URL and a date line at the very end.
An undated article is dated later, from its text's own evidence, by `generator.dating` (one
mechanism: the latest past date this module once guessed put the month right in under half
the dated development documents).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Cleaned, Paragraph, Removal
from .dates import (
    ISO_RE,
    URL_DATE_RE,
    find_dates,
    parse_url,
    pick_published,
    plainly_dateline,
    valid,
)
from .published_order import day_order
from .published_text import labelled_day
from .published_vote import Candidate, load_weights, vote


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


def _evidence(
    cleaned: Cleaned, date_line: str | None, url: str | None, body: tuple[Paragraph, ...]
) -> _Evidence:
    locale = cleaned.html.locale if cleaned.html else None
    order = day_order(url, date_line, locale, cleaned.language)
    return _Evidence(cleaned, date_line, url, body, order)


_BASIS = {
    "page": "metadata", "declared": "metadata", "url": "metadata", "declared-local": "metadata",
}  # fmt: skip
_URL_WARNING = "publication date taken from the article's URL"
_YEAR_WARNING = "publication date {} is perhaps only a year (a copyright line?); check the date"
"""htmldate gives 1 January for a page whose only date is a year."""


def choose_published(
    cleaned: Cleaned, date_line: str | None, url: str | None, body: tuple[Paragraph, ...]
) -> PublishedChoice:
    """The day the sources vote for (weights: `published_vote`), and what it changes."""
    evidence = _evidence(cleaned, date_line, url, body)
    found = gather_candidates(evidence)
    chosen = vote(tuple(c for c, _ in found), load_weights())
    if chosen is None:
        return PublishedChoice(None, None, body, warnings=("no publication date found",))
    warnings: tuple[str, ...] = ()
    if chosen.kind == "text-ambiguous":
        line = (date_line or "").strip()
        warnings = (f"day/month order of {line!r} guessed; check the date",)
    elif chosen.kind == "url":
        warnings = (_URL_WARNING,)
    elif chosen.kind == "page" and chosen.value.endswith("-01-01"):
        warnings = (_YEAR_WARNING.format(chosen.value),)
    removal = dict(found)[chosen]
    if removal is not None:
        return PublishedChoice(chosen.value, "text", body[:-1], (removal,), warnings)
    return PublishedChoice(chosen.value, _BASIS.get(chosen.kind, "text"), body, (), warnings)


def candidates_of(
    cleaned: Cleaned, date_line: str | None, url: str | None, body: tuple[Paragraph, ...]
) -> tuple[Candidate, ...]:
    """Every source's reading (for `bench/fit_published.py`)."""
    evidence = _evidence(cleaned, date_line, url, body)
    return tuple(c for c, _ in gather_candidates(evidence))


_Found = list[tuple[Candidate, tuple[int, Removal] | None]]


def gather_candidates(evidence: _Evidence) -> _Found:
    """Each source's day, with the removal that taking it implies (a trailing date line)."""
    found: _Found = []
    sources = (_from_page, _from_declared, _from_strict, _from_date_line, _from_url)
    for source in (*sources, _from_cut_furniture, _from_labelled, _from_local):
        candidate = source(evidence)
        if candidate is not None:
            found.append((candidate, None))
    tail = _from_last_line(evidence)
    if tail is not None:
        found.append(tail)
    return found


def _from_date_line(evidence: _Evidence) -> Candidate | None:
    if not evidence.date_line:
        return None
    chosen = pick_published(find_dates(evidence.date_line, evidence.day_first))
    if chosen is None:
        return None
    if chosen.ambiguous:
        return Candidate(chosen.value, "text-ambiguous")
    plain = plainly_dateline(evidence.date_line.strip())
    return Candidate(chosen.value, "text" if plain else "text-sentence")


def _from_page(evidence: _Evidence) -> Candidate | None:
    """The page's date as htmldate alone reads it (JSON-LD, article:published_time,
    <time datetime>, then its own text search), else as trafilatura's call of it did."""
    html = evidence.cleaned.html
    match = ISO_RE.match(html.library_date or html.date or "") if html else None
    value = valid(*(int(g) for g in match.groups()[:3])) if match else None
    if not value:
        return None
    return Candidate(value, "page")


def _from_labelled(evidence: _Evidence) -> Candidate | None:
    """The day a printed line of the page labels as its publication ("Veröffentlicht am
    16.08.2019"): `published_text`."""
    html = evidence.cleaned.html
    if html is None or not html.dated_lines:
        return None
    value = labelled_day(html.dated_lines, evidence.url, html.locale, evidence.cleaned.language)
    return Candidate(value, "text-labelled") if value else None


def _from_declared(evidence: _Evidence) -> Candidate | None:
    """The day the page's JSON-LD, meta tags or microdata state (`generator.clean.html_dates`)."""
    html = evidence.cleaned.html
    return Candidate(html.declared_date, "declared") if html and html.declared_date else None


def _from_local(evidence: _Evidence) -> Candidate | None:
    """The declared UTC time's day in the page's own zone, where that moves the day
    (`generator.clean.html_local_day`): the day its readers saw."""
    html = evidence.cleaned.html
    if html is None or not html.local_date or html.local_date == html.declared_date:
        return None
    return Candidate(html.local_date, "declared-local")


def _from_strict(evidence: _Evidence) -> Candidate | None:
    """htmldate's day from the page's markup alone (`generator.clean.html_dates`): agreeing
    with the full reading, it says that day was not picked from somewhere in the text."""
    html = evidence.cleaned.html
    return Candidate(html.strict_date, "page-strict") if html and html.strict_date else None


def _from_url(evidence: _Evidence) -> Candidate | None:
    if not evidence.url:
        return None
    parsed = parse_url(evidence.url)
    match = URL_DATE_RE.search(parsed.path + "/") if parsed else None
    if match:
        parts = [g for g in match.groups() if g]
        value = valid(int(parts[0]), int(parts[1]), int(parts[2]))
        if value:
            return Candidate(value, "url")
    return None


def _from_last_line(evidence: _Evidence) -> tuple[Candidate, tuple[int, Removal]] | None:
    """A date line at the very end, as some pages print it: taken out of the body."""
    body = evidence.body
    if not body or not plainly_dateline(body[-1].text.strip()):
        return None
    chosen = pick_published(find_dates(body[-1].text, evidence.day_first))
    if chosen is None:
        return None
    trailing = body[-1]
    at = next(i for i, block in enumerate(evidence.cleaned.blocks) if block is trailing)
    return Candidate(chosen.value, "tail"), (at, Removal(trailing.text, "dateline"))


def _from_cut_furniture(evidence: _Evidence) -> Candidate | None:
    """The same line, already cut by the cleaner as furniture after the article."""
    removed = evidence.cleaned.removed
    if not removed:
        return None
    last = removed[-1]
    if last.reason == "page furniture after the article" and plainly_dateline(last.text):
        chosen = pick_published(find_dates(last.text, evidence.day_first))
        if chosen:
            return Candidate(chosen.value, "tail")
    return None
