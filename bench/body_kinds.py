"""What our HTML body cuts that the gold and trafilatura alone both keep, by kind of block.

    .venv/bin/python bench/body_kinds.py [--only readability-pages|article-extraction]

For each page, the gold words that trafilatura alone gives and our final body lacks (bags
of `\\w+` words, the readability folder's own metric) are looked up in the blocks of
trafilatura's balanced run (its Markdown says what each block is) and counted against the
first block that holds them, by that block's kind (`block_kind`: heading, list item, table
row, block quote, code, caption-like line, short paragraph, the last paragraphs, other
paragraph). Words no balanced block holds count as "elsewhere". The figures are recall
points per page of the part (their sum is what matching trafilatura alone on those words
would bring). Only sums over a part are printed, so the unread part is scored, not read.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import suite_readability
from body_stages import _golds, _runs
from split import PARTS, part_of
from suite_common import ours, trafilatura_answer

from generator.clean.html_merge import paragraphs

_WORD_RE = re.compile(r"\w+")
_CAPTION_RE = re.compile(r"(?i)\b(?:photo(?:graph)?|image|picture|credit|getty|reuters|ap)\b")
SHORT_WORDS = 12
"""A paragraph this short or shorter is a "short paragraph" (a one-line answer, a lead-in)."""
LAST = 3
"""The last blocks of the balanced run count as "the last paragraphs"."""
KINDS = (
    "heading", "list item", "table row", "block quote", "code", "caption-like line",
    "short paragraph", "last paragraphs", "other paragraph", "elsewhere",
)  # fmt: skip


def block_kind(block: str, index: int, count: int) -> str:
    """The kind of one Markdown block of trafilatura's output, by its first characters,
    then its length and position."""
    head = block.lstrip()
    if head.startswith("#"):
        return "heading"
    if re.match(r"(?:[-*+]|\d{1,3}[.)])\s", head):
        return "list item"
    if head.startswith("|"):
        return "table row"
    if head.startswith(">"):
        return "block quote"
    if head.startswith(("```", "    ", "`")):
        return "code"
    words = len(_WORD_RE.findall(block))
    if words <= 25 and _CAPTION_RE.search(block) and block.rstrip()[-1:] not in ".!?":
        return "caption-like line"
    if index >= count - LAST:
        return "last paragraphs"
    return "short paragraph" if words <= SHORT_WORDS else "other paragraph"


def lost_by_kind(gold: str, final: str, alone: str, balanced: str) -> Counter[str]:
    """Gold words trafilatura alone keeps and `final` lacks, by the kind of the balanced
    block that holds each, as a share of the gold's words."""
    gold_bag = Counter(_WORD_RE.findall(gold))
    missing = (gold_bag & Counter(_WORD_RE.findall(alone))) - Counter(_WORD_RE.findall(final))
    size = sum(gold_bag.values()) or 1
    out: Counter[str] = Counter()
    blocks = paragraphs(balanced)
    for index, block in enumerate(blocks):
        taken = Counter(_WORD_RE.findall(block)) & missing
        if taken:
            out[block_kind(block, index, len(blocks))] += sum(taken.values())
            missing -= taken
    out["elsewhere"] += sum(missing.values())
    return Counter({kind: n / size for kind, n in out.items() if n})


def table(totals: dict[str, Counter[str]], pages: Counter[str]) -> list[str]:
    """Recall points per page of each part, by kind."""
    lines = ["| kind | " + " | ".join(PARTS) + " |", "|---|" + "---|" * len(PARTS)]
    for kind in KINDS:
        cells = [f"{totals[p][kind] / max(pages[p], 1):.4f}" for p in PARTS]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    sums = [f"{sum(totals[p].values()) / max(pages[p], 1):.4f}" for p in PARTS]
    return [*lines, "| all | " + " | ".join(sums) + " |"]


def _pages(folder: str) -> Iterable[tuple[str, str, str, str, str]]:
    """(part, gold, our final body, trafilatura alone's body, balanced Markdown) per page."""
    for item, html, gold in _golds(folder):
        final = ours(Path(f"{item}.html"), item, "html", html).body
        alone = trafilatura_answer(html).body
        yield part_of(item), gold, final, alone, _runs(html)[1]


def report(folder: str) -> list[str]:
    totals: dict[str, Counter[str]] = {p: Counter() for p in PARTS}
    pages: Counter[str] = Counter()
    for part, gold, final, alone, balanced in _pages(folder):
        totals[part] += lost_by_kind(gold, final, alone, balanced)
        pages[part] += 1
    return [
        f"### {folder}: gold words trafilatura alone keeps and we cut",
        "",
        *table(totals, pages),
        "",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    folders = (suite_readability.NAME, "article-extraction")
    parser.add_argument("--only", choices=folders, action="append")
    args = parser.parse_args(argv)
    for folder in args.only or folders:
        print("\n".join(report(folder)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
