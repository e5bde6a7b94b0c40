"""Suite folder `article-extraction`: scraped-text and HTML body F1 (4-token shingles).

The scoring is `bench/article_extraction.py`'s (the benchmark's own metric); the peer is
trafilatura alone with its defaults, as that script's reference row.
"""

from __future__ import annotations

import gzip
import json
from functools import cache

from article_extraction import PageScore, score_page, summarise, trafilatura_alone
from suite_common import SHARED_BENCH, ours

NAME = "article-extraction"
DATA = SHARED_BENCH / NAME
TOOLS = ("ours", "trafilatura")
PEERS = {
    "scraped text F1": "no text peer; raw text 0.670 (README)",
    "HTML body F1": "trafilatura 2.0.0 0.958 (all 181 pages, README); held-out 0.955 (#13)",
}


@cache
def _truth() -> dict[str, str]:
    data = json.loads((DATA / "ground-truth.json").read_text("utf-8"))
    return {k: v["articleBody"] for k, v in data.items()}


def items() -> list[str]:
    if not (DATA / "ground-truth.json").is_file():
        return []
    return sorted(p.name.removesuffix(".html.gz") for p in (DATA / "html").glob("*.html.gz"))


def _html(item: str) -> str:
    return gzip.decompress((DATA / "html" / f"{item}.html.gz").read_bytes()).decode(
        "utf-8", "replace"
    )


def page(tool: str, item: str) -> dict:
    """Per variant, the page's (precision, recall, exact) under the shingle metric."""
    truth = _truth()[item]
    record = {}
    if tool == "ours":
        text_path = DATA / "text" / f"{item}.txt"
        if text_path.is_file():
            text = text_path.read_text("utf-8")
            record["text"] = _score(ours(text_path, item, "text", text).body, truth)
        html_path = DATA / "html" / f"{item}.html.gz"
        record["html"] = _score(ours(html_path, item, "html", _html(item)).body, truth)
    else:
        record["html"] = _score(trafilatura_alone(item, _html(item)), truth)
    return record


def _score(predicted: str, truth: str) -> list:
    s = score_page(predicted, truth)
    return [s.precision, s.recall, s.exact]


def summary(records: list[dict]) -> dict[str, float | int | None]:
    out: dict[str, float | int | None] = {}
    for variant, label in (("text", "scraped text"), ("html", "HTML body")):
        scores = [PageScore(*r[variant]) for r in records if variant in r]
        if not scores:
            out |= {f"{label} F1": None, f"{label} P": None, f"{label} R": None}
            continue
        result = summarise(label, scores, 0.0)
        out |= {
            f"{label} F1": result.f1,
            f"{label} P": result.precision,
            f"{label} R": result.recall,
        }
    return out
