"""A page's table of contents: a "Contents" label and the list under it, or a list of short
items that repeat the article's own subheads further down the page."""

from __future__ import annotations

import re

from . import vocab
from .blocks import Block
from .inline import TERMINAL

REASON = "table of contents"
TOC_LABEL_RE = re.compile(rf"^\W*(?:{vocab.alternation('toc_labels')})\W*$", re.I)
"""A table of contents' label alone on its line, in each language's `clean.json`."""
_ITEM_MARK_RE = re.compile(r"^\s*(?:[-*+•]|\d+[.)]|[ivx]+[.)])\s*", re.I)


def mark_contents(blocks: list[Block]) -> None:
    """Mark the label and its list, and lists that repeat later subheads, as furniture."""
    last_head = _last_head_index(blocks)
    for i, block in enumerate(blocks):
        if block.reason is not None or not block.text:
            continue
        if block.words <= 5 and TOC_LABEL_RE.match(block.text):
            nxt = _next_with_text(blocks, i)
            if nxt is not None and _short_items(nxt):
                block.cls, block.reason = "bad", REASON
                nxt.cls, nxt.reason = "bad", REASON
        elif _short_items(block) and _repeats_heads(block, i, last_head):
            block.cls, block.reason = "bad", REASON


def _items(block: Block) -> list[str]:
    lines = [line for line in block.text.split("\n") if line.strip()]
    return [_ITEM_MARK_RE.sub("", line).strip().lower() for line in lines]


def _short_items(block: Block) -> bool:
    """Two or more lines, each a few words and no sentence: entries, not paragraphs."""
    items = _items(block)
    return len(items) >= 2 and all(
        item and len(item.split()) <= 10 and item[-1] not in TERMINAL for item in items
    )


def _repeats_heads(block: Block, i: int, last_head: dict[str, int]) -> bool:
    """Three or more entries, most of them a subhead of the page further down."""
    items = _items(block)
    later = sum(last_head.get(item, -1) > i for item in items)
    return len(items) >= 3 and later >= 0.6 * len(items)


def _last_head_index(blocks: list[Block]) -> dict[str, int]:
    """Each short one-line block's text (a subhead), lower case, and its last index."""
    return {
        block.text.strip().lower(): i
        for i, block in enumerate(blocks)
        if block.text and "\n" not in block.text and block.words <= 10 and not block.is_list
    }


def _next_with_text(blocks: list[Block], i: int) -> Block | None:
    for block in blocks[i + 1 : i + 3]:
        if block.text:
            return block
    return None
