"""How much the body could gain at its edges: an upper bound measured on the READ part.

    .venv/bin/python bench/edge_potential.py

The HTML body is trafilatura's precise run with the balanced run's inner paragraphs put
back (`generator/clean/html_merge.py`). Its edges could be extended too: the balanced run's
(or the recall run's) paragraphs before the first and after the last paragraph both runs
share. Before fitting a model for that, this asks whether there is anything to win: for
every page of the read part of `readability-pages` and of article-extraction's HTML, it
lists the edge candidates, marks those that are gold paragraphs (their words, in order, in
the gold body), and gives the recall an oracle would add by taking exactly those.
It also asks the same of jusText (trafilatura's own fallback) as a third candidate: its
"good" paragraphs that our body lacks but that sit between paragraphs our body has, counted
in gold and non-gold words. The unread part is never read here.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from dataclasses import dataclass

import justext
import suite_extraction
import suite_readability
from split import part_of
from suite_common import page_text
from trafilatura import bare_extraction
from trafilatura.core import determine_returnstring

from generator.clean.from_html import extract_page, extractor_options, parse_page
from generator.clean.html_merge import align, paragraphs

_WORD_RE = re.compile(r"\w+")
RUNS = {
    name: extractor_options(with_metadata=False, precision=False, recall=name == "recall")
    for name in ("balanced", "recall")
}
_EXTRACT = extractor_options(with_metadata=True)
_WRITE = extractor_options(with_metadata=False)


@dataclass(frozen=True)
class Edges:
    """One page's edge candidates: how many, how many are gold paragraphs, and the recall
    an oracle would add (gold words they bring that the precise run lacks, over the gold's)."""

    candidates: int
    gold: int
    recall_gain: float


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.casefold())


def edges(precise: str, second: str, gold: str) -> Edges:
    """The second run's paragraphs outside the shared run, judged against the gold body."""
    kept, others = paragraphs(precise), paragraphs(second)
    aligned, _ = align(kept, others)
    shared = [j for j, at in enumerate(aligned) if at is not None]
    if not shared or not gold.strip():
        return Edges(0, 0, 0.0)
    outside = others[: shared[0]] + others[shared[-1] + 1 :]
    gold_key = f" {' '.join(_words(gold))} "
    missing = Counter(_words(gold)) - Counter(_words(precise))
    found, gained = 0, 0
    for paragraph in outside:
        words = _words(paragraph)
        if words and f" {' '.join(words)} " in gold_key:
            found += 1
            brought = Counter(words) & missing
            gained += sum(brought.values())
            missing -= brought
    return Edges(len(outside), found, gained / len(_words(gold)))


def _key(text: str) -> str:
    return f" {' '.join(_words(text))} "


def inner_extras(body: str, others: list[str], gold: str) -> tuple[int, int, float]:
    """Of `others` (another extractor's paragraphs, in page order), those the body lacks
    between the first and last it has: (gold words, non-gold words, oracle recall)."""
    body_key, gold_key = _key(body), _key(gold)
    has = [len(_key(p)) > 2 and _key(p) in body_key for p in others]
    at = [i for i, yes in enumerate(has) if yes]
    if not at or not gold.strip():
        return 0, 0, 0.0
    missing = Counter(_words(gold)) - Counter(_words(body))
    right = wrong = gained = 0
    for paragraph, yes in zip(others[at[0] : at[-1] + 1], has[at[0] : at[-1] + 1], strict=True):
        words = _words(paragraph)
        if yes or not words:
            continue
        if _key(paragraph) in gold_key:
            right += len(words)
            brought = Counter(words) & missing
            gained += sum(brought.values())
            missing -= brought
        else:
            wrong += len(words)
    return right, wrong, gained / len(_words(gold))


def _justext_good(html: str) -> list[str]:
    try:
        found = justext.justext(html.encode("utf-8", "replace"), justext.get_stoplist("English"))
    except Exception:  # noqa: BLE001 - a page jusText cannot read has no candidates
        return []
    return [p.text for p in found if p.class_type == "good"]


def _runs(html: str) -> tuple[str, dict[str, str]]:
    tree = parse_page(html)
    document = bare_extraction(tree, options=_EXTRACT) if tree is not None else None
    if document is None:
        return "", {}
    precise = determine_returnstring(document, _WRITE) or ""
    seconds = {}
    for name, options in RUNS.items():
        other = bare_extraction(tree, options=options)
        seconds[name] = (determine_returnstring(other, options) or "") if other else ""
    return precise, seconds


def _pages() -> dict[str, list[tuple[str, str]]]:
    """(page, gold body) for the read part of both HTML folders."""
    folders: dict[str, list[tuple[str, str]]] = {"readability-pages": [], "article-extraction": []}
    gold = suite_readability._gold()
    for item in suite_readability.items():
        if part_of(item) == "read":
            path = suite_readability.DATA / "pages" / f"{item}.html"
            folders["readability-pages"].append((page_text(path), gold[item].get("body") or ""))
    truth = suite_extraction._truth()
    for item in suite_extraction.items():
        if part_of(item) == "read":
            data = (suite_extraction.DATA / "html" / f"{item}.html.gz").read_bytes()
            html = gzip.decompress(data).decode("utf-8", "replace")
            folders["article-extraction"].append((html, truth[item]))
    return folders


def main() -> None:
    for folder, pages in _pages().items():
        results: dict[str, list[Edges]] = {name: [] for name in RUNS}
        extras = []
        for html, gold in pages:
            precise, seconds = _runs(html)
            for name, second in seconds.items():
                results[name].append(edges(precise, second, gold))
            tree = parse_page(html)
            body = extract_page(tree)[0] if tree is not None else ""
            extras.append(inner_extras(body, _justext_good(html), gold))
        for name, found in results.items():
            n = len(pages)
            print(
                f"{folder} (read, {n} pages), {name} run: "
                f"{sum(e.candidates for e in found)} edge candidates, "
                f"{sum(e.gold for e in found)} gold paragraphs on "
                f"{sum(e.gold > 0 for e in found)} pages; oracle body R "
                f"+{sum(e.recall_gain for e in found) / n:.4f}"
            )
        print(
            f"{folder} (read), jusText's inner extras: {sum(e[0] for e in extras)} gold words, "
            f"{sum(e[1] for e in extras)} non-gold words; oracle body R "
            f"+{sum(e[2] for e in extras) / len(pages):.4f}"
        )


if __name__ == "__main__":
    main()
