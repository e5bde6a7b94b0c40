"""An HTML article read once, kept as its file and digest, and read again where it is
extracted: the build's main process does not hold every page's source through extraction
(forked workers would count it too; hundreds of MB at a thousand pages).

Only HTML is deferred: its text takes no part in the corpus-wide repeated blocks
(`clean.repeated_blocks` skips HTML), and pages are the large inputs. The second read must
give the same text (its digest is checked); a file changed or removed in between is
reported and skipped, never extracted from other bytes than the build read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .ingest import FORMATS, NotAnArticle, read_article, read_each, read_with_digest
from .models import RawArticle
from .problems import Problem
from .run import seen_pages


@dataclass(frozen=True)
class Deferred:
    """A read article without its text: where to read it again, and what it must be."""

    id: str
    source: str
    path: Path
    format: str
    encoding: str
    warnings: tuple[str, ...]
    digest: str
    """sha256 of the decoded text (UTF-8), as first read."""


class Changed(Exception):
    """The file is not what the build read a moment ago; the message says how."""


def text_digest(text: str) -> str:
    """The digest reading uses to find copies, and that a deferred article is checked by."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def read_deferred(
    seeds_dir: Path, pages: seen_pages.SeenPages | None = None
) -> tuple[list[RawArticle | Deferred], list[Problem]]:
    """`ingest.read_seeds`, but HTML pages come back as `Deferred`, never all held at once.
    `pages`: the pages of the last build by their files' status (run/seen_pages.py): an
    unchanged page is then not read again, and what is read is added to them."""
    problems: list[Problem] = []
    read = partial(_read_page, pages) if pages is not None else None
    items = [
        deferred(raw, path, digest) for raw, path, digest in read_each(seeds_dir, problems, read)
    ]
    return items, problems


def _read_page(
    pages: seen_pages.SeenPages, path: Path, source: str, article_id: str
) -> tuple[RawArticle | Deferred, str] | str:
    """An HTML page as kept when its file is unchanged, else read (and kept)."""
    if FORMATS.get(path.suffix.lower()) != "html":
        return read_with_digest(path, source, article_id)
    seen = pages.lookup(path)
    if seen is not None:
        item = Deferred(article_id, source, path, "html", seen.encoding, seen.warnings, seen.digest)
        return item, seen.digest
    try:
        status, taken = seen_pages.status_of(path), seen_pages.now_ns()
    except OSError:
        return read_with_digest(path, source, article_id)
    got = read_with_digest(path, source, article_id)
    if not isinstance(got, str):
        raw, digest = got
        pages.remember(path, seen_pages.Seen(status, taken, raw.encoding, raw.warnings, digest))
    return got


def deferred(raw: RawArticle, path: Path, digest: str) -> RawArticle | Deferred:
    """`raw` as kept until extraction: an HTML page as its file, anything else as is."""
    if raw.format != "html":
        return raw
    return Deferred(raw.id, raw.source, path, raw.format, raw.encoding, raw.warnings, digest)


def digest_of(item: RawArticle | Deferred) -> str:
    """The digest of the article's text, read or not."""
    return item.digest if isinstance(item, Deferred) else text_digest(item.text)


def loaded(item: RawArticle | Deferred) -> RawArticle:
    """The article with its text: read again and checked when deferred. Raises Changed."""
    if isinstance(item, RawArticle):
        return item
    try:
        again = read_article(item.path, item.source, item.id)
    except NotAnArticle as error:
        raise Changed(f"changed while the build ran, now unreadable ({error})") from None
    except OSError as error:
        why = error.strerror or error
        raise Changed(f"changed while the build ran, now unreadable ({why})") from None
    if text_digest(again.text) != item.digest:
        raise Changed("changed while the build ran (build again to read the new text)")
    return RawArticle(
        id=item.id,
        source=item.source,
        text=again.text,
        format=item.format,
        encoding=item.encoding,
        warnings=item.warnings,
    )
