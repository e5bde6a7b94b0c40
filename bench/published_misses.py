"""Where the page shows its gold day, on the READ pages where no candidate of the vote has it.

    .venv/bin/python bench/published_misses.py [--jobs N]

Choosing better among the candidates cannot fix these pages; a new kind of evidence can.
For each such page this lists every place the gold day is written, by kind: printed text
(a text node outside scripts), an attribute (`data-date="18. März 2020"`), a meta tag
(its name), a JSON value in a script (its key: `"dateModified": "2019-04-03…"`), other
script text, an HTML comment, a Unix time within the day; or nowhere. Then the count of
pages by kind. The unread part is never listed: its pages are only scored (`published_cv.py
--unread`).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from published_rows import SHARED_BENCH, Row, rows  # noqa: E402

from generator.clean.from_html import parse_page  # noqa: E402
from generator.ingest import read_article  # noqa: E402
from generator.metadata.dates import find_dates  # noqa: E402

_JSON_KEY_RE = re.compile(r'"([\w:@.-]{1,40})"\s*:\s*"?([^",}\]]{6,40})')
_EPOCH_RE = re.compile(r"(?<!\d)(1\d{9})(?:\d{3})?(?!\d)")
_EXCERPT = 90
_COMMENT_RE = re.compile(r"<!--(.*?)-->", re.S)


@dataclass(frozen=True)
class Place:
    """One place the gold day is written: its kind, a detail (a key, a name), an excerpt."""

    kind: str
    detail: str
    excerpt: str


def holds_day(text: str, day: str) -> bool:
    """Whether `text` writes `day` in any form `find_dates` reads, in either numeric order."""
    if day in text or day.replace("-", "/") in text:
        return True
    return any(f.value == day for order in (True, False) for f in find_dates(text, order))


def _epoch_places(text: str, day: str) -> Iterator[Place]:
    """Unix times (seconds or milliseconds) inside the day, in any zone (-12 h to +14 h)."""
    start = calendar.timegm(dt.date.fromisoformat(day).timetuple())
    for match in _EPOCH_RE.finditer(text):
        if start - 14 * 3600 <= int(match.group(1)) < start + 36 * 3600:
            yield Place("unix time", "", _clip(text, match.start()))


def _clip(text: str, at: int) -> str:
    return " ".join(text[max(0, at - _EXCERPT // 2) : at + _EXCERPT // 2].split())


def _script_places(text: str, day: str) -> Iterator[Place]:
    """A JSON value under its key, else the script text itself."""
    keyed = False
    for match in _JSON_KEY_RE.finditer(text):
        if holds_day(match.group(2), day):
            keyed = True
            yield Place("script value", match.group(1), _clip(text, match.start()))
    if not keyed and holds_day(text, day):
        yield Place("script text", "", _clip(text, 0))


def _attribute_places(element, tag: str, day: str) -> Iterator[Place]:
    """A meta tag's content under its name, or another attribute (a short value)."""
    for name, value in element.attrib.items():
        if len(value) > 200 or not holds_day(value, day):
            continue
        if tag == "meta" and name == "content":
            label = element.get("property") or element.get("name") or element.get("itemprop")
            yield Place("meta", label or "", value[:_EXCERPT])
        else:
            yield Place("attribute", f"{tag}@{name}", value[:_EXCERPT])


def _element_places(element, day: str) -> Iterator[Place]:
    """The day in an element's attributes, its own text (a script's apart) or its tail."""
    tag = element.tag
    yield from _attribute_places(element, tag, day)
    text = element.text or ""
    if tag in ("script", "style"):
        yield from _script_places(text, day)
    elif text.strip() and holds_day(text, day):
        yield Place("printed", tag, " ".join(text.split())[:_EXCERPT])
    tail = element.tail or ""
    if tail.strip() and holds_day(tail, day):
        yield Place("printed", "tail", " ".join(tail.split())[:_EXCERPT])


def places(html: str, day: str) -> list[Place]:
    """Every place the page writes `day`, in page order within each kind (comments are
    read from the text: the parser drops them)."""
    tree = parse_page(html)
    found: list[Place] = []
    for element in tree.iter() if tree is not None else ():
        if isinstance(element.tag, str):
            found.extend(_element_places(element, day))
    for match in _COMMENT_RE.finditer(html):
        if holds_day(match.group(1), day):
            found.append(Place("comment", "", _clip(match.group(1), 0)))
    found.extend(_epoch_places(html, day))
    return found or [Place("nowhere", "", "")]


def _page_text(item: str) -> str:
    for folder in ("htmldate-pages", "readability-pages"):
        path = SHARED_BENCH / folder / "pages" / f"{item}.html"
        if path.exists():
            return read_article(path, path.name, path.stem).text
    raise FileNotFoundError(item)


def misses(data: list[Row]) -> list[Row]:
    """The rows whose gold day no candidate gives."""
    return [row for row in data if all(c.value != row.day for c in row.found)]


def report(data: list[Row]) -> list[str]:
    """One block per page with no right candidate, then the pages counted by kind."""
    lines, kinds = [], Counter()
    for row in misses(data):
        found = places(_page_text(row.item), row.day)
        taken = ", ".join(f"{c.kind} {c.value}" for c in row.found) or "no candidate"
        lines.append(f"{row.item}: gold {row.day}; candidates: {taken}")
        for kind in sorted({p.kind for p in found}):
            first = next(p for p in found if p.kind == kind)
            count = sum(p.kind == kind for p in found)
            lines.append(f"  {kind} x{count}: {first.detail} | {first.excerpt}")
        kinds.update({p.kind for p in found})
    lines.append(f"{len(misses(data))} of {len(data)} read pages have no right candidate; by kind:")
    lines.extend(f"  {kind}: {n} pages" for kind, n in sorted(kinds.items()))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    print("\n".join(report(rows("read", args.jobs))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
