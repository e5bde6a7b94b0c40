"""The record kept beside an incremental site: what each built page gave the rest of it.

`incremental` keeps a page from the previous site when its source is unchanged; what the
whole-site files and the other pages need from it (its search entries, anchors, links to
other pages' anchors, front matter, whether it lists tags) comes from this record
(`.briefing-pages.json` in the site), written by every build and read by the next under
the same site key.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

RECORD_FORMAT = b"records 2"
"""Part of the site key: records of another layout are not read."""
RECORD_NAME = ".briefing-pages.json"
"""Beside the site's pages: what each page contributed to the whole-site files."""


@dataclass(frozen=True)
class PageRecord:
    """What one built page gave the rest of the site, keyed by its source digest."""

    digest: str
    search: tuple[dict[str, Any], ...]
    anchors: tuple[str, ...]
    links: dict[str, dict[str, str]]
    """{target page's source path: {anchor: link as written}}."""
    meta: dict[str, Any] | None = None
    """Its front matter, when it holds a title and reads back from JSON as it was: a kept
    page then gives the tags plugin its front matter without its source being read."""
    listing: bool = False
    """Whether its source holds a tags listing (then it is always rendered)."""


def site_key(parts: list[bytes]) -> str:
    """Digest of everything site-wide a page's HTML depends on, with the package versions."""
    digest = hashlib.sha256()
    for name in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "briefing"):
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    for part in (RECORD_FORMAT, *parts):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def load_records(previous: Path | None, key: str) -> dict[str, PageRecord]:
    """The previous site's page records, or none when it was built under another key or
    its record is missing or unreadable (then every page is rendered)."""
    if previous is None:
        return {}
    try:
        data = json.loads((previous / RECORD_NAME).read_bytes())
        if data.get("key") != key:
            return {}
        return {
            uri: PageRecord(
                r["digest"],
                tuple(r["search"]),
                tuple(r["anchors"]),
                r["links"],
                r["meta"],
                r["listing"],
            )
            for uri, r in data["pages"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def dump_records(records: dict[str, PageRecord], key: str) -> bytes:
    """The record file, sorted: the same input gives the same bytes."""
    pages = {
        uri: {
            "digest": r.digest,
            "search": list(r.search),
            "anchors": list(r.anchors),
            "links": r.links,
            "meta": r.meta,
            "listing": r.listing,
        }
        for uri, r in sorted(records.items())
    }
    # not sort_keys: search entries keep their key order (the index is written from them)
    text = json.dumps({"key": key, "pages": pages}, separators=(",", ":"))
    return text.encode("utf-8")


def page_meta(page) -> dict[str, Any] | None:
    """A page's front matter as a record keeps it: None when JSON would not give it back
    as it is (a date, say) or it has no title."""
    meta = page.meta
    if not isinstance(meta, dict) or "title" not in meta:
        return None
    try:
        again = json.loads(json.dumps(meta))
    except (TypeError, ValueError):
        return None
    return meta if again == meta else None
