"""The development suite's fold split: each benchmark folder's items into "read" and "unread".

"read" is the part we look at while working (error lists, single pages); "unread" is only
ever scored, so a gap between the two parts shows over-fitting to what we looked at.

An item's part comes from the SHA-256 of its id salted with a fixed word of our own. The
salt matters: the shared folders are already the halves of an upstream split by the parity
of the unsalted SHA-256 of the same ids (every id in readability-pages and htmldate-pages has
an odd hash), so an unsalted parity would put every item on one side. Ids are file names
less their endings ("<id>.html.gz" and "<id>.txt" of one article-extraction page share a
part), so the text and HTML variants of a page are never split apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal

SALT = "briefing-suite-fold"
"""Fixed for good: changing it would reshuffle what counts as unread."""

Part = Literal["read", "unread"]
PARTS: tuple[Part, ...] = ("read", "unread")


def item_id(file_name: str) -> str:
    """A file name less every ending: `abc.html.gz` → `abc`, `003.txt` → `003`."""
    stem = file_name.rsplit("/", 1)[-1]
    for ending in (".html.gz", ".htm", ".html", ".txt", ".tml", ".md"):
        if stem.endswith(ending):
            return stem[: -len(ending)]
    return stem


def part_of(item: str, salt: str = SALT) -> Part:
    """The part an item (an id or a file name) belongs to, by the parity of its salted hash."""
    digest = hashlib.sha256(f"{salt}:{item_id(item)}".encode()).digest()
    return "read" if digest[-1] % 2 == 0 else "unread"


def select(items: Iterable[str], part: Part | Literal["both"]) -> list[str]:
    """The items of one part (or all of them for "both"), sorted."""
    return sorted(i for i in items if part == "both" or part_of(i) == part)
