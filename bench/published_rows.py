"""The publication-day vote's inputs for each page of one suite part, with its gold day.

Every page of htmldate-pages and readability-pages that has a gold day goes through clean
and the header reading as a build runs them; its candidates
(`generator.metadata.published.candidates_of`) are kept with the gold day. Building them
costs about a minute of two cores a part, so they are kept in a pickle keyed by the part
and the generator's code digest (a changed extraction is never read from a stale pickle):
fitting and cross-validating the vote's weights then takes seconds.

The unread part's rows are only ever scored (`published_cv.py --unread`), never listed.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from split import part_of  # noqa: E402
from suite_common import SHARED_BENCH  # noqa: E402

from generator.cache import generator_digest  # noqa: E402
from generator.clean import clean  # noqa: E402
from generator.ingest import read_article  # noqa: E402
from generator.metadata.header import read_header  # noqa: E402
from generator.metadata.published import candidates_of  # noqa: E402
from generator.metadata.published_vote import Candidate  # noqa: E402
from generator.metadata.title import choose_title  # noqa: E402

CACHE = Path("/tmp/briefing-published-rows")


@dataclass(frozen=True)
class Row:
    """One page: its id, its gold day and every source's reading."""

    item: str
    day: str
    found: tuple[Candidate, ...]


def fold_of(item: str, folds: int, salt: str) -> int:
    """The page's cross-validation fold: a salted hash, unrelated to the suite's own split."""
    return hashlib.sha256(f"published-cv-{salt}:{item}".encode()).digest()[-1] % folds


def pairs(data: list[Row]) -> list[tuple[str, tuple[Candidate, ...]]]:
    """(gold day, candidates): what `fit_published` scores."""
    return [(row.day, row.found) for row in data]


def gold_pages(part: str = "read") -> list[tuple[Path, str]]:
    """(page, gold day) of every page of `part` with a gold day, sorted."""
    rows = []
    folder = SHARED_BENCH / "htmldate-pages"
    for item, day in json.loads((folder / "gold.json").read_text("utf-8")).items():
        if day and part_of(item) == part:
            rows.append((folder / "pages" / f"{item}.html", day))
    folder = SHARED_BENCH / "readability-pages"
    for item, gold in json.loads((folder / "gold.json").read_text("utf-8")).items():
        if gold.get("publishedTime") and part_of(item) == part:
            rows.append((folder / "pages" / f"{item}.html", gold["publishedTime"][:10]))
    return sorted(rows)


def folder_of(data: list[Row], part: str, folder: str) -> list[Row]:
    """The rows of `part` (as `rows(part)` gives them) whose page is in `folder`."""
    pages = gold_pages(part)
    if [path.stem for path, _ in pages] != [row.item for row in data]:
        raise ValueError(f"these rows are not the {part} part's")
    return [
        row for (path, _), row in zip(pages, data, strict=True) if path.parent.parent.name == folder
    ]


def row_of(page: tuple[Path, str]) -> Row:
    """One page's candidates, read as a build reads the page."""
    path, day = page
    cleaned = clean(read_article(path, path.name, path.stem))
    html = cleaned.html
    header, _ = read_header(cleaned.blocks, html.title if html else None)
    titled = choose_title(cleaned, header)
    url = cleaned.url or (html.url if html else None)
    return Row(path.stem, day, candidates_of(cleaned, header.date_line, url, titled.body))


def rows(part: str = "read", jobs: int = 2, cache: Path | None = CACHE) -> list[Row]:
    """Every page's row of `part`, from a pickle made by this very code, else built."""
    path = cache / f"published-{part}-{generator_digest()[:16]}.pickle" if cache else None
    if path is not None and path.exists():
        return pickle.loads(path.read_bytes())
    with ProcessPoolExecutor(jobs) as pool:
        built = list(pool.map(row_of, gold_pages(part), chunksize=4))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(built))
    return built
