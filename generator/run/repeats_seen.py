"""Which of the corpus's repeated blocks one article's extraction can see: its part of the
article cache's key.

The corpus-wide repeated blocks (clean/duplicates.py) reach a text article's cleaning only
through its own blocks: `classify` asks whether `block.key` is among them (clean/classify.py),
and the HTML path does not read them at all (clean/stage.py). So an article's result
depends on the repeated blocks among its own block keys, not on the whole set. Keyed on the
whole set, one added article that repeats a dateline or a paragraph of another changed
every text article's key, and the build extracted the whole corpus again (939 s instead of
seconds at 2,600 articles). The blocks are clean_text's own (`described_blocks`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..clean.from_text import described_blocks
from ..clean.inline import normalize_chars
from ..deferred import Deferred
from ..models import RawArticle


def block_keys(text: str, pieces: Sequence[str] | None = None) -> set[str]:
    """The keys of the blocks clean_text classifies, for the text it is given (`pieces`:
    its `split_blocks`, when known)."""
    return {block.key for block in described_blocks(text, pieces)[3]}


def classified_keys(text: str) -> frozenset[str] | None:
    """The `block_keys` of an article's raw text, or None when its blocks cannot be found
    here (the article's own extraction will say what is wrong)."""
    return classified_split(normalize_chars(text))


def classified_split(normal: str, pieces: Sequence[str] | None = None) -> frozenset[str] | None:
    """`classified_keys` of a text already through `normalize_chars` (`pieces`: its
    `split_blocks`, when known, so that the build splits each text once for both its key
    sets)."""
    try:
        return frozenset(block_keys(normal, pieces))
    except Exception:  # noqa: BLE001 - reported by the article's extraction, not here
        return None


def repeats_seen(
    item: RawArticle | Deferred,
    repeated: frozenset[str],
    keys: Callable[[RawArticle], frozenset[str] | None] | None = None,
) -> tuple[str, ...]:
    """The repeated blocks this article's extraction can see, sorted: none for an HTML
    page; for a text whose blocks cannot be found here, the whole set (its key then
    changes with it, as before: never a stale result). `keys`: the text's `block_keys`
    as known (None when they cannot be found), e.g. kept from the last build."""
    if item.format == "html" or not repeated:
        return ()
    found = keys(item) if keys is not None else classified_keys(item.text)
    if found is None:
        return tuple(sorted(repeated))
    return tuple(sorted(found & repeated))
