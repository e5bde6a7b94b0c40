"""What the balanced run's extra paragraphs would bring, by kind, and whether a score fitted
on the read part to choose among them carries over to the unread part.

    .venv/bin/python bench/body_edges.py [--only readability-pages|article-extraction]

The HTML body is trafilatura's precise run with some of its balanced run's paragraphs put
back (`clean/html_merge.py`). For every page of both HTML folders this takes each paragraph
only the balanced run has, and sorts it by where the balanced run has it (before the first
paragraph both runs share, between shared ones, after the last) and by the merge's decision
(taken or left out). Each gets the page F1 (the folder's own metric) it is worth: for one
taken, what removing it from the merged body would cost; for one left out, what adding it
would bring. Only sums over a part are printed, so the unread part is scored, not read.

Then a small logistic model on the left-out edge paragraphs' evidence (distance from the
shared run, prose class, words, stop-word share, sentence end, heading, heading over prose,
share of its text that is link text in the page, list, capitals, and where the page holds
it: inside the article's container, the deepest element that holds most of the shared
paragraphs, or in no element of its own) is fitted on the read part (weighted by what each
is worth) and the sum of what taking its picks would bring is printed for both parts: the
check that such a score carries over before it is written anywhere.
"""

from __future__ import annotations

import argparse
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np
import suite_readability
from body_stages import _bag_score, _golds, _runs, _shingle_score
from lxml.html import HtmlElement
from split import PARTS, part_of

from generator.clean.blocks import describe
from generator.clean.classify import _shape_class
from generator.clean.from_html import parse_page
from generator.clean.html_merge import (
    _LIST_ITEM_RE,
    _key,
    align,
    merge_inner,
    paragraphs,
    shouting,
)
from generator.clean.inline import normalize_chars
from generator.clean.profiles import article_language

FEATURES = (
    "bias distance prose log_words stop sentence_end heading heading_over_prose link_share"
    " list capitals inside unfound"
).split()
_L2 = 0.3


@dataclass(frozen=True)
class Extra:
    """One paragraph only the balanced run has, with the evidence about it and its worth."""

    part: str
    where: str
    """before, inner or after (the paragraphs both runs share)."""
    taken: bool
    worth: float
    """Page F1 it brings (taken: lost without it; left out: gained with it)."""
    features: tuple[float, ...]


def _anchor_texts(html: str) -> list[str]:
    """The page's link texts (four characters or more), longest first."""
    tree = parse_page(html)
    texts = set()
    for anchor in tree.iter("a") if tree is not None else ():
        text = normalize_chars(" ".join(anchor.text_content().split()))
        if len(text) >= 4:
            texts.add(text)
    return sorted(texts, key=lambda t: (-len(t), t))


def link_share(text: str, anchors: list[str]) -> float:
    """The share of `text`'s characters that are the text of a link in the page."""
    covered = [False] * len(text)
    for anchor in anchors:
        for match in re.finditer(re.escape(anchor), text):
            covered[match.start() : match.end()] = [True] * len(anchor)
    return sum(covered) / len(text) if text else 0.0


_CONTAINER_SHARE = 0.75
"""The article's container holds at least this share of the shared paragraphs: one stray
paragraph (a title outside the article element) does not widen it to the whole page."""


def element_index(tree: HtmlElement) -> dict[str, HtmlElement]:
    """Each element's whole text (as a key) → the element; of elements with the same text,
    the last in page order (a child over its parent: the deepest)."""
    index: dict[str, HtmlElement] = {}
    for element in tree.iter():
        if isinstance(element.tag, str) and (key := _key(element.text_content())):
            index[key] = element
    return index


def container(elements: list[HtmlElement]) -> HtmlElement | None:
    """The deepest element holding `_CONTAINER_SHARE` of `elements` (None: none given)."""
    counts: Counter[HtmlElement] = Counter()
    for element in elements:
        counts.update(element.iterancestors())
        counts[element] += 1
    held = [e for e, n in counts.items() if n >= _CONTAINER_SHARE * len(elements)]
    return max(held, key=lambda e: sum(1 for _ in e.iterancestors()), default=None)


def inside(element: HtmlElement | None, box: HtmlElement | None) -> bool:
    """`element` lies in `box`, and `box` is an article's container, not the whole page."""
    if element is None or box is None or box.tag in ("body", "html"):
        return False
    return element is box or any(a is box for a in element.iterancestors())


def _f1(precision: float | None, recall: float) -> float:
    p = precision or 0.0
    return 2 * p * recall / (p + recall) if p + recall else 0.0


def page_extras(folder: str, item: str, html: str, gold: str) -> list[Extra]:
    """Every paragraph only the balanced run has on one page."""
    precise, balanced = _runs(html)
    kept, others = paragraphs(precise), paragraphs(balanced)
    aligned, _ = align(kept, others) if kept and others else ([], {})
    shared = [j for j, at in enumerate(aligned) if at is not None]
    if not shared:
        return []
    scorer = _bag_score if folder == suite_readability.NAME else _shingle_score
    merged = merge_inner(precise, balanced)
    body = paragraphs(merged)
    base = _f1(*scorer(merged, gold))
    _, stop = article_language(precise)
    anchors = _anchor_texts(html)
    tree = parse_page(html)
    index = element_index(tree) if tree is not None else {}
    box = container([index[k] for j in shared if (k := _key(others[j])) in index])
    extras = []
    for j, at in enumerate(aligned):
        if at is not None:
            continue
        text = others[j]
        where = "before" if j < shared[0] else "after" if j > shared[-1] else "inner"
        taken = text in body
        if taken:
            worth = base - _f1(*scorer("\n\n".join(p for p in body if p != text), gold))
        else:
            worth = _f1(*scorer(f"{merged}\n\n{text}", gold)) - base
        block = describe(0, text, stop)
        following = describe(0, others[j + 1], stop) if j + 1 < len(others) else None
        prose_next = following is not None and _shape_class(following) in ("good", "neargood")
        distance = shared[0] - j if where == "before" else max(j - shared[-1], 0)
        element = index.get(_key(text))
        features = (
            1.0,
            math.log1p(distance),
            float(_shape_class(block) in ("good", "neargood")),
            math.log1p(block.words),
            block.stop,
            float(block.ends_sentence),
            float(block.heading > 0),
            float(block.heading > 0 and prose_next),
            link_share(normalize_chars(block.text), anchors),
            float(_LIST_ITEM_RE.match(text) is not None),
            float(shouting(text)),
            float(inside(element, box)),
            float(element is None),
        )
        extras.append(Extra(part_of(item), where, taken, worth, features))
    return extras


def fit(extras: list[Extra]) -> np.ndarray:
    """Logistic weights (L2, Newton steps) for "taking it raises the page F1", each example
    weighted by what it is worth."""
    x = np.array([e.features for e in extras])
    y = np.array([float(e.worth > 0) for e in extras])
    w = np.array([abs(e.worth) + 1e-3 for e in extras])
    w = w / w.mean()
    beta = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ beta))
        hessian = x.T @ (x * (w * p * (1 - p))[:, None]) + _L2 * np.eye(len(beta))
        beta = beta + np.linalg.solve(hessian, x.T @ (w * (y - p)) - _L2 * beta)
    return beta


def collect(folder: str) -> tuple[list[Extra], dict[str, int]]:
    """The folder's extra paragraphs, and its number of pages per part."""
    extras: list[Extra] = []
    pages: dict[str, int] = defaultdict(int)
    for item, html, gold in _golds(folder):
        extras += page_extras(folder, item, html, gold)
        pages[part_of(item)] += 1
    return extras, pages


def kinds_table(folder: str, extras: list[Extra], pages: dict[str, int]) -> list[str]:
    """What each kind of extra paragraph is worth, per part, summed over its pages."""
    table: dict[tuple[str, str, bool], list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for e in extras:
        row = table[(e.part, e.where, e.taken)]
        row[0] += 1
        row[1 if e.worth > 0 else 2] += e.worth
    lines = [f"### {folder}", "", "| part | where | merge | paragraphs | F1 + | F1 - |"]
    lines.append("|---|---|---|---|---|---|")
    for (part, where, taken), (n, gain, loss) in sorted(table.items()):
        decision = "taken" if taken else "left out"
        lines.append(
            f"| {part} | {where} | {decision} | {n} | {gain / pages[part]:+.4f} "
            f"| {loss / pages[part]:+.4f} |"
        )
    return [*lines, "", "F1 + / F1 -: what the group's paragraphs are worth, per page.", ""]


def edge_check(folders: dict[str, tuple[list[Extra], dict[str, int]]]) -> list[str]:
    """The edge score fitted on every folder's read part, and what its picks bring."""
    edges = {
        f: [e for e in x if e.where != "inner" and not e.taken] for f, (x, _) in folders.items()
    }
    train = [e for f in edges for e in edges[f] if e.part == "read"]
    if len({e.worth > 0 for e in train}) < 2:
        return ["(no read edge paragraph of both kinds: nothing to fit)"]
    beta = fit(train)
    named = ", ".join(f"{n} {b:+.2f}" for n, b in zip(FEATURES, beta, strict=True))
    lines = ["### Edge score fitted on the read part", "", named, ""]
    for folder, (_, pages) in folders.items():
        for part in PARTS:
            candidates = [e for e in edges[folder] if e.part == part]
            picks = [e for e in candidates if np.dot(beta, e.features) > 0]
            brought = sum(e.worth for e in picks) / max(pages[part], 1)
            lines.append(
                f"- {folder} {part}: takes {len(picks)} of {len(candidates)},"
                f" F1 {brought:+.4f} per page"
            )
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    folders = (suite_readability.NAME, "article-extraction")
    parser.add_argument("--only", choices=folders, action="append")
    args = parser.parse_args(argv)
    collected = {folder: collect(folder) for folder in args.only or folders}
    for folder, (extras, pages) in collected.items():
        print("\n".join(kinds_table(folder, extras, pages)))
    print("\n".join(edge_check(collected)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
