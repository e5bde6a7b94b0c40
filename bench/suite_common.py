"""What the suite's folders share: one page's answer from our pipeline or from a peer.

A page is read as a build reads it (`generator.ingest.read_article`: encoding detected) and
goes through clean + metadata on its own, as `bench/article_extraction.py` does; peers get
the same decoded text and never the page's address.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_BENCH = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(ROOT))

from generator.clean import clean  # noqa: E402
from generator.ingest import decode, read_article  # noqa: E402
from generator.metadata import extract_metadata  # noqa: E402
from generator.models import RawArticle  # noqa: E402


@dataclass(frozen=True)
class Answer:
    """One tool's answer for one page: what the READMEs score."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    sitename: str | None = None
    date: str | None = None
    """`YYYY-MM-DD`, or coarser `YYYY-MM` / `YYYY`."""
    body: str = ""


def ours(path: Path, item: str, fmt: str | None = None, text: str | None = None) -> Answer:
    """Our pipeline on one file (or on `text` given as format `fmt`)."""
    if text is None:
        raw = read_article(path, path.name, item)
    else:
        raw = RawArticle(id=item, source=path.name, text=text, format=fmt or "text")
    article = extract_metadata(clean(raw))
    return Answer(
        title=article.title,
        authors=tuple(article.authors),
        sitename=article.publication,
        date=article.published,
        body="\n\n".join(p.text for p in article.paragraphs),
    )


def page_text(path: Path) -> str:
    """The page decoded as a build decodes it (UTF-8, else the detected encoding)."""
    return decode(path.read_bytes())[0]


def trafilatura_answer(html: str) -> Answer:
    """trafilatura's `bare_extraction(html, with_metadata=True)`, authors split at `;`."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return Answer()
    get = doc.get if isinstance(doc, dict) else lambda name: getattr(doc, name, None)
    authors = tuple(a.strip() for a in (get("author") or "").split(";") if a.strip())
    date = get("date")
    return Answer(
        title=get("title") or None,
        authors=authors,
        sitename=get("sitename") or None,
        date=str(date)[:10] if date else None,
        body=get("text") or "",
    )


def htmldate_answer(html: str) -> Answer:
    """htmldate's `find_date(html, original_date=True, extensive_search=True)`."""
    from htmldate import find_date

    return Answer(date=find_date(html, original_date=True, extensive_search=True) or None)


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def f1_of_averages(precisions: list[float | None], recalls: list[float]) -> dict[str, float]:
    """The benchmarks' F1: precision averaged over non-empty answers, recall over all pages."""
    p = mean([x for x in precisions if x is not None])
    r = mean(recalls)
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}
