"""Each HTML body candidate alone, on both parts of both HTML folders, with its cost.

    .venv/bin/python bench/body_candidates.py [--only readability-pages|article-extraction]

Candidates: trafilatura's precise and balanced runs (as the cleaner runs them), its
favor_recall run, its balanced run without tables, the precise run merged with the
favor_recall run instead of the balanced one (`clean.html_merge.merge_inner`),
readability-lxml's article (`clean.html_readability`), our page extraction
(`clean.from_html.extract_page`), and trafilatura alone as the suite runs it. trafilatura's
`deduplicate` is left out: it drops a text's second copy (with a cache per page, the
balanced run loses 0.030 of recall on the Readability pages' read part), and its default
cache is process-wide, so a page's body would depend on the pages read before it. Each row
gives body precision, recall and F1 under the folder's own metric (as `body_stages.py`)
for the read and the unread part, and the mean wall time per page of the candidate's own
extraction (parsing included). Only sums over a part are printed.
"""

from __future__ import annotations

import argparse
import copy
import time
from collections.abc import Callable

import suite_readability
from body_readability import readability_markdown
from body_stages import Scorer, _bag_score, _golds, _shingle_score
from split import PARTS, part_of
from suite_common import f1_of_averages
from trafilatura import bare_extraction
from trafilatura.core import determine_returnstring
from trafilatura.settings import Extractor

from generator.clean.from_html import (
    _BALANCED,
    _EXTRACT,
    _WRITE,
    extract_page,
    extractor_options,
    parse_page,
)
from generator.clean.html_merge import merge_inner


def _precise(html: str) -> str:
    tree = parse_page(html)
    document = bare_extraction(tree, options=_EXTRACT) if tree is not None else None
    return (determine_returnstring(document, _WRITE) or "") if document else ""


def _balanced(html: str) -> str:
    tree = parse_page(html)
    document = bare_extraction(tree, options=_BALANCED) if tree is not None else None
    return (determine_returnstring(document, _BALANCED) or "") if document else ""


def _options(recall: bool = False, tables: bool = True) -> Extractor:
    """The balanced run's settings, with favor_recall or without tables."""
    options = copy.copy(extractor_options(with_metadata=False, precision=False, recall=recall))
    options.tables = tables
    return options


def _run(options: Extractor) -> Callable[[str], str]:
    def run(html: str) -> str:
        tree = parse_page(html)
        document = bare_extraction(tree, options=options) if tree is not None else None
        return (determine_returnstring(document, options) or "") if document else ""

    return run


_recall = _run(_options(recall=True))


def _precise_with_recall(html: str) -> str:
    precise = _precise(html)
    return merge_inner(precise, _recall(html)) if precise else ""


def _ours(html: str) -> str:
    tree = parse_page(html)
    return extract_page(tree)[0] if tree is not None else ""


CANDIDATES: dict[str, Callable[[str], str]] = {
    "precise": _precise,
    "balanced": _balanced,
    "favor_recall": _recall,
    "balanced, no tables": _run(_options(tables=False)),
    "precise merged with favor_recall": _precise_with_recall,
    "readability-lxml": readability_markdown,
    "extract_page (ours)": _ours,
}


def report(folder: str) -> list[str]:
    """One row per candidate: read and unread P / R / F1, and ms per page."""
    scorer: Scorer = _bag_score if folder == suite_readability.NAME else _shingle_score
    scores = {(name, part): ([], []) for name in CANDIDATES for part in PARTS}
    seconds = dict.fromkeys(CANDIDATES, 0.0)
    pages = 0
    for item, html, gold in _golds(folder):
        pages += 1
        for name, candidate in CANDIDATES.items():
            start = time.perf_counter()
            text = candidate(html)
            seconds[name] += time.perf_counter() - start
            precision, recall = scorer(text, gold)
            scores[name, part_of(item)][0].append(precision)
            scores[name, part_of(item)][1].append(recall)
    lines = [f"### {folder}", "", "| candidate | read P / R / F1 | unread P / R / F1 | ms/page |"]
    lines.append("|---|---|---|---|")
    for name in CANDIDATES:
        cells = []
        for part in PARTS:
            s = f1_of_averages(*scores[name, part])
            cells.append(f"{s['P']:.4f} / {s['R']:.4f} / {s['F1']:.4f}")
        lines.append(f"| {name} | {' | '.join(cells)} | {1000 * seconds[name] / pages:.1f} |")
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=(suite_readability.NAME, "article-extraction"))
    args = parser.parse_args()
    for folder in (args.only,) if args.only else (suite_readability.NAME, "article-extraction"):
        print("\n".join(report(folder)))


if __name__ == "__main__":
    main()
