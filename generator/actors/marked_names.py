"""Names that one mention marks as no actor and no mention shows acting: the shared test
of `event_names` (a time frame; never speaks) and `product_names` (a model; never acts).
One mention is evidence enough to mark, but a single mention acting outweighs it."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable

from .lexicon import fold

Spot = tuple[str, int, int]
"""A mention's text and the name's start and end in it."""


def marked_names(
    mentions: Iterable[tuple[str, str, int, int]],
    known: Container[str],
    marks: Callable[[str, int, int], bool],
    acting: Callable[[str, int, int], bool],
) -> set[str]:
    """Folded names among (text, name, start, end) mentions that `marks` holds for at some
    mention and `acting` at none; names in `known` (the gazetteer's) are kept."""
    by_name: dict[str, list[Spot]] = {}
    for text, name, start, end in mentions:
        by_name.setdefault(fold(name), []).append((text, start, end))
    return {
        name
        for name, spots in by_name.items()
        if name not in known
        and any(marks(*spot) for spot in spots)
        and not any(acting(*spot) for spot in spots)
    }
