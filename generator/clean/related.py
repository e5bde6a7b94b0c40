"""A box of other stories inside the page: a label alone on its line ("Related", "You may
also like") and the headlines and bylines under it, before the article's prose resumes."""

from __future__ import annotations

import re

from . import vocab
from .blocks import Block

REASON = "related-article teaser"
LABEL_RE = re.compile(rf"^\W*(?:{vocab.alternation('related_labels')})\W*$", re.I)
"""A related-stories label alone on its line, from each language's `clean.json`."""
_MAX_ITEMS = 6
_ITEM_WORDS = 16


def mark_related(blocks: list[Block]) -> None:
    """Mark a label after the article has begun, and the short lines under it, as a teaser box.

    Only after a paragraph of prose: a label above the title could take the title with it.
    """
    prose_seen = False
    for i, block in enumerate(blocks):
        if block.reason is None and block.cls in ("good", "neargood"):
            prose_seen = True
        if not prose_seen or block.reason is not None or block.words > 6:
            continue
        if not LABEL_RE.match(block.text):
            continue
        items = _items(blocks, i + 1)
        if items:
            for marked in (block, *items):
                marked.cls, marked.reason = "bad", REASON


def _items(blocks: list[Block], start: int) -> list[Block]:
    """The headlines, lists and bylines right under the label, up to the next prose."""
    items: list[Block] = []
    for block in blocks[start : start + _MAX_ITEMS]:
        if not block.text:
            continue
        short = block.words <= _ITEM_WORDS and not block.ends_sentence
        if block.reason is not None or not (short or block.byline or block.dateline):
            break
        items.append(block)
    return items
