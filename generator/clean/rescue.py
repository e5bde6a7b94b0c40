"""A short or list-shaped article is still an article: when the body run holds no more than a
title, the longest run of plain blocks (no furniture evidence, few links) becomes the body.

The body run scores prose; a results table, a list of points or a two-line company notice
scores below zero everywhere, and the page was skipped as "only page furniture" although
nothing in it was furniture. Skipping is for pages with no plain text at all.
"""

from __future__ import annotations

from .blocks import Block


def thin_run(blocks: list[Block], start: int, end: int) -> bool:
    """The run holds at most one block free of furniture evidence (a title at best)."""
    return sum(1 for b in blocks[start:end] if b.text and _plain(b)) <= 1


def plain_run(blocks: list[Block]) -> tuple[int, int] | None:
    """The [start, end) run of two or more plain blocks with the most characters (markup-only
    blocks do not break a run)."""
    runs: list[tuple[int, int, int]] = []  # (chars, start, end)
    first, chars, count = -1, 0, 0
    for i, block in enumerate(blocks):
        if not block.text and not block.links:
            continue
        if _plain(block):
            first, chars, count = (i, 0, 0) if first < 0 else (first, chars, count)
            chars, count = chars + block.chars, count + 1
            continue
        if first >= 0 and count >= 2:
            runs.append((chars, first, i))
        first = -1
    if first >= 0 and count >= 2:
        runs.append((chars, first, len(blocks)))
    best = max(runs, key=lambda run: (run[0], -run[1]), default=None)
    return None if best is None else (best[1], best[2])


def _plain(block: Block) -> bool:
    """Text with no furniture evidence and not mostly links."""
    return block.reason is None and block.density <= 0.5 and bool(block.text)
