"""Fit and check a block-level choice of the HTML body (`body_union`) on the READ part.

    .venv/bin/python bench/fit_body_blocks.py [--base readability|trafilatura] [--l2 X]
                                              [--final]

For every page of the two HTML folders (readability-pages, article-extraction) the three
candidates are run (trafilatura's precise and balanced runs and their merge, as the
cleaner runs them; readability-lxml) and their union made. `--base readability`: the union
is readability's blocks with the merged run's new ones, and the model decides every block.
`--base trafilatura`: the union is the merged run's blocks (all kept, as today) with
readability's new ones, and the model decides only readability's blocks *inside* the
article (between the merged run's first and last block).

A block's label is whether most of its words are gold words not yet claimed by the blocks
before it (a block printed twice is the article's once); each page weighs the same (a
block's weight is its share of the page's words). A logistic model with an L2 pull (not on
the bias) is fitted by Newton steps on the read part's decided blocks. Printed: the
weights, then for both parts of both folders the body P / R / F1 at the extraction stage
(the folder's metric) of the merged run (today), of the model's choice and of the best
choice (gold-majority blocks); `--final` adds the final body (after the cleaner and the
metadata stage) of today's pipeline and with the model's choice put in its place. Only sums
over a part are printed: the unread part is scored, never read.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from unittest import mock

import numpy as np
import suite_readability
from body_candidates import _balanced, _precise
from body_readability import readability_markdown
from body_stages import Scorer, _bag_score, _golds, _shingle_score
from body_union import _WORD_RE, FEATURES, chosen, decided, features, page_evidence, union
from lxml.html import HtmlElement, tostring
from split import PARTS, part_of
from suite_common import f1_of_averages

from generator.clean import clean, from_html
from generator.clean.html_merge import merge_inner, without_inline_tags
from generator.metadata import extract_metadata
from generator.models import RawArticle

FOLDERS = (suite_readability.NAME, "article-extraction")


@dataclass(frozen=True)
class Page:
    """One page's union, evidence rows, labels and weights (rows of decided blocks only
    enter the fit)."""

    folder: str
    item: str
    part: str
    html: str
    gold: str
    merged: str
    union: tuple
    rows: np.ndarray
    labels: np.ndarray
    weights: np.ndarray
    decided: np.ndarray


def labels(texts: list[str], gold: str) -> tuple[list[float], list[float]]:
    """Each block's label (most of its words unclaimed gold words) and share of words."""
    left = Counter(_WORD_RE.findall(gold))
    out, sizes = [], []
    for text in texts:
        words = _WORD_RE.findall(text)
        hit = 0
        for word in words:
            if left[word] > 0:
                left[word] -= 1
                hit += 1
        out.append(float(words != [] and hit >= 0.5 * len(words)))
        sizes.append(float(len(words)))
    total = sum(sizes) or 1.0
    return out, [s / total for s in sizes]


def candidates(html: str) -> tuple[str, str, str, str]:
    """(precise, balanced, merged, readability) for one page."""
    precise, balanced = _precise(html), _balanced(html)
    merged = merge_inner(precise, balanced) if precise else ""
    return precise, balanced, merged, readability_markdown(html)


def make_union(html: str, tree: HtmlElement | None, base: str) -> tuple[tuple, list, str]:
    """The page's union, its evidence rows and the merged run (today's body)."""
    precise, balanced, merged, readability = candidates(html)
    runs = (precise, balanced, readability)
    first, second = (readability, merged) if base == "readability" else (merged, readability)
    blocks = union(first, second, runs)
    anchors, text = page_evidence(tree) if tree is not None else (frozenset(), "")
    return blocks, features(blocks, anchors, text), merged


def page(folder: str, item: str, html: str, gold: str, base: str) -> Page:
    blocks, rows, merged = make_union(html, from_html.parse_page(html), base)
    y, w = labels([b.text for b in blocks], gold)
    return Page(
        folder,
        item,
        part_of(item),
        html,
        gold,
        merged,
        blocks,
        np.array(rows, dtype=float).reshape(-1, len(FEATURES)),
        np.array(y),
        np.array(w),
        np.array(decided(blocks, base == "trafilatura"), dtype=bool),
    )


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> np.ndarray:
    """Weighted L2-logistic regression by Newton steps (the bias, column 0, not pulled)."""
    pull = np.full(x.shape[1], l2)
    pull[0] = 0.0
    beta = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        grad = x.T @ (w * (p - y)) + pull * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(pull + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def fit_pages(pages: list[Page], l2: float) -> np.ndarray:
    """The model fitted on the decided blocks of the given pages."""
    x = np.vstack([p.rows[p.decided] for p in pages])
    y = np.concatenate([p.labels[p.decided] for p in pages])
    w = np.concatenate([p.weights[p.decided] for p in pages])
    return fit(x, y, w, l2)


def body(p: Page, pick: str, beta: np.ndarray, inner_only: bool) -> str:
    """The page's body: today's merged run, the model's choice, or the best choice."""
    if pick == "merged":
        return p.merged
    if pick == "best":
        keep = [
            bool(k) if d else b.base for k, d, b in zip(p.labels, p.decided, p.union, strict=True)
        ]
        return "\n\n".join(b.text for b, k in zip(p.union, keep, strict=True) if k)
    return "\n\n".join(chosen(p.union, p.rows.tolist(), tuple(beta), inner_only))


def final_body(html: str, choose: Callable[[HtmlElement], str] | None) -> str:
    """The body after the cleaner and the metadata stage; `choose` replaces the page
    extraction's text (its metadata kept)."""
    original = from_html.extract_page

    def patched(tree: HtmlElement, *args: object) -> tuple[str, object]:
        text, metadata = original(tree, *args)
        return (without_inline_tags(choose(tree)) if text else text), metadata

    raw = RawArticle(id="page", source="page.html", text=html, format="html")
    if choose is None:
        article = extract_metadata(clean(raw))
    else:
        with mock.patch.object(from_html, "extract_page", patched):
            article = extract_metadata(clean(raw))
    return "\n\n".join(p.text for p in article.paragraphs)


def model_choice(beta: np.ndarray, base: str) -> Callable[[HtmlElement], str]:
    """The page extraction's text as the model chooses it from the page's tree."""

    def choose(tree: HtmlElement) -> str:
        blocks, rows, _ = make_union(tostring(tree, encoding="unicode"), tree, base)
        return "\n\n".join(chosen(blocks, rows, tuple(beta), base == "trafilatura"))

    return choose


def _cell(pairs: list[tuple[float | None, float]]) -> str:
    s = f1_of_averages([a for a, _ in pairs], [b for _, b in pairs])
    return f"{s['P']:.4f} / {s['R']:.4f} / {s['F1']:.4f}"


def table(pages: list[Page], beta: np.ndarray, base: str, final: bool) -> list[str]:
    """Extraction-stage (and with `final` final-stage) figures, both folders and parts."""
    inner = base == "trafilatura"
    picks = ("merged", "model", "best")
    head = "| folder | part | merged (today) | model | best choice |"
    if final:
        head += " final today | final model |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for folder in FOLDERS:
        scorer: Scorer = _bag_score if folder == suite_readability.NAME else _shingle_score
        for part in PARTS:
            chosen_pages = [p for p in pages if p.folder == folder and p.part == part]
            cells = [
                _cell([scorer(body(p, k, beta, inner), p.gold) for p in chosen_pages])
                for k in picks
            ]
            if final:
                for choose in (None, model_choice(beta, base)):
                    cells.append(
                        _cell([scorer(final_body(p.html, choose), p.gold) for p in chosen_pages])
                    )
            lines.append(f"| {folder} | {part} | {' | '.join(cells)} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", choices=("readability", "trafilatura"), default="readability")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--final", action="store_true")
    args = parser.parse_args()
    pages = [page(f, i, html, gold, args.base) for f in FOLDERS for i, html, gold in _golds(f)]
    beta = fit_pages([p for p in pages if p.part == "read"], args.l2)
    for name, value in zip(FEATURES, beta, strict=True):
        print(f"{name:>18} {value:+.3f}")
    print("\n".join(table(pages, beta, args.base, args.final)))


if __name__ == "__main__":
    main()
