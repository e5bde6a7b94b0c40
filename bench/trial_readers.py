"""Sources of a publication day the vote does not hear yet, read from a saved page, for
`published_trial.py`. Each reader takes the parsed page, its text and the address it states,
and gives a `YYYY-MM-DD` or None.

- `trafilatura`: trafilatura's call of htmldate (its own parse, the page's address), which
  the generator asks for only where htmldate alone finds no day;
- `page-latest`: htmldate's extensive reading with `original_date` off (it then prefers the
  latest date: a modification, or the day a page first printed an update);
- `declared-modified`: the modification day the structured metadata declares (JSON-LD
  `dateModified`, `article:modified_time`, `og:updated_time`);
- `time-article`: the first `<time datetime>` inside `<article>` or `<header>`, outside any
  box whose class or id names comments;
- `headline-next`: the first full date printed in the elements after the page's first
  `<h1>` (at most 60 of them): the date a reader sees beside the headline;
- `declared-zone`: the declared UTC time's day in the zone the page's declared locale
  suggests (`ZONES`: en-US New York, de Berlin ...), where that moves the day; the
  generator's `declared-local` moves it only into a zone the page itself prints.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Callable
from pathlib import Path

from htmldate import find_date
from lxml.html import HtmlElement

from generator.clean.from_html import parse_page
from generator.clean.html_dates import declared_stamp, jsonld_blocks, page_locale, stamp_day
from generator.clean.html_jsonld import jsonld_values
from generator.clean.html_trafdate import trafilatura_date
from generator.ingest import read_article
from generator.metadata.dates import find_dates, pick_published
from generator.metadata.published_order import locale_day_first

Reader = Callable[[HtmlElement, str, str | None], str | None]
_MODIFIED_META = frozenset({"article:modified_time", "og:updated_time", "datemodified"})
_AFTER_HEADLINE = 60


def _url(tree: HtmlElement) -> str | None:
    for path in ("//meta[@property='og:url']/@content", "//link[@rel='canonical']/@href"):
        found = tree.xpath(path)
        if found:
            return str(found[0]).strip() or None
    return None


def declared_modified(tree: HtmlElement, _text: str, _url: str | None) -> str | None:
    for data in jsonld_blocks(tree):
        for value in jsonld_values(data, ("dateModified",)):
            if isinstance(value, str) and stamp_day(value):
                return stamp_day(value)
    for meta in tree.xpath("//meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name.strip() in _MODIFIED_META and stamp_day(meta.get("content")):
            return stamp_day(meta.get("content"))
    return None


def time_article(tree: HtmlElement, _text: str, _url: str | None) -> str | None:
    for element in tree.xpath("//article//time[@datetime] | //header//time[@datetime]"):
        boxes = " ".join(f"{a.get('class', '')} {a.get('id', '')}" for a in element.iterancestors())
        if "comment" not in boxes.lower() and stamp_day(element.get("datetime")):
            return stamp_day(element.get("datetime"))
    return None


def headline_next(tree: HtmlElement, _text: str, _url: str | None) -> str | None:
    headlines = tree.xpath("//h1")
    if not headlines:
        return None
    order = locale_day_first(page_locale(tree))
    following = headlines[0].xpath("following::*[not(self::script or self::style)]")
    for element in following[:_AFTER_HEADLINE]:
        text = " ".join((element.text or "").split())
        found = pick_published(find_dates(text, order)) if 6 <= len(text) <= 200 else None
        if found is not None and not found.ambiguous:
            return found.value
    return None


ZONES = {
    "us": "America/New_York", "ca": "America/Toronto", "gb": "Europe/London",
    "ie": "Europe/Dublin", "au": "Australia/Sydney", "nz": "Pacific/Auckland",
    "in": "Asia/Kolkata", "de": "Europe/Berlin", "at": "Europe/Vienna",
    "ch": "Europe/Zurich", "fr": "Europe/Paris", "es": "Europe/Madrid", "it": "Europe/Rome",
    "nl": "Europe/Amsterdam", "pl": "Europe/Warsaw", "ru": "Europe/Moscow",
    "br": "America/Sao_Paulo", "mx": "America/Mexico_City", "jp": "Asia/Tokyo",
    "ja": "Asia/Tokyo", "pt": "Europe/Lisbon",
}  # fmt: skip
"""A locale's region (else its language, outside English) to the zone most of its readers
live in."""
_LOCALE_RE = re.compile(r"\s*([a-z]{2,3})(?:[-_]([a-z]{2}))?\b", re.I)
_UTC_RE = re.compile(r"\s*(\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?)(?:\.\d+)?\s*(?:Z|[+-]00:?00)$")


def declared_zone(tree: HtmlElement, _text: str, _url: str | None) -> str | None:
    match = _LOCALE_RE.match(page_locale(tree) or "")
    stamp = _UTC_RE.match(declared_stamp(tree) or "")
    if match is None or stamp is None or stamp.group(1).endswith("00:00:00"):
        return None
    language, region = match.group(1).lower(), (match.group(2) or "").lower()
    zone = ZONES.get(region) or (None if language == "en" else ZONES.get(language))
    if zone is None:
        return None
    moment = dt.datetime.fromisoformat(stamp.group(1).replace(" ", "T"))
    local = moment.replace(tzinfo=dt.UTC).astimezone(zoneinfo.ZoneInfo(zone)).date()
    return local.isoformat() if local != moment.date() else None


def page_latest(_tree: HtmlElement, text: str, _url: str | None) -> str | None:
    try:
        found = find_date(text.encode("utf-8", "replace"), original_date=False)
    except Exception:  # noqa: BLE001
        return None
    return stamp_day(found)


def trafilatura(tree: HtmlElement, _text: str, url: str | None) -> str | None:
    return stamp_day(trafilatura_date(tree, url))


TRIALS: dict[str, Reader] = {
    "trafilatura": trafilatura,
    "page-latest": page_latest,
    "declared-modified": declared_modified,
    "time-article": time_article,
    "headline-next": headline_next,
    "declared-zone": declared_zone,
}


def read_trials(path: Path) -> dict[str, str | None]:
    """Every trial kind's day on one saved page (None where it has none)."""
    raw = read_article(path, path.name, path.stem)
    tree = parse_page(raw.text)
    if tree is None:
        return {}
    url = _url(tree)
    return {kind: reader(tree, raw.text, url) for kind, reader in TRIALS.items()}
