"""The body's final paragraph ids, and every removed line merged back into source order.

Nothing disappears: the cleaner's removals and the header lines taken by this stage are
listed together, in the order they stood in the source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..models import Cleaned, Paragraph, Removal


def numbered(
    cleaned: Cleaned,
    body: Iterable[Paragraph],
    taken: Mapping[int, str],
    header_removed: list[tuple[int, Removal]],
    bio: tuple[Paragraph, ...],
) -> tuple[tuple[Paragraph, ...], tuple[Removal, ...]]:
    """The body as paragraphs p1, p2 …, and every removal in source order (the author's
    closing bio last); `taken` says what header blocks became ("the title")."""
    ids = {}
    paragraphs = []
    for n, block in enumerate(body, start=1):
        ids[block.id] = f"p{n}"
        paragraphs.append(Paragraph(f"p{n}", block.text, block.kind, block.is_list, block.links))
    for i, role in taken.items():
        ids.setdefault(cleaned.blocks[i].id, f"the {role}")
    removals = in_source_order(cleaned, header_removed, ids)
    if bio:
        removals += tuple(Removal(block.text, "author bio") for block in bio)
    return tuple(paragraphs), removals


def in_source_order(
    cleaned: Cleaned, header_removed: list[tuple[int, Removal]], ids: dict[str, str]
) -> tuple[Removal, ...]:
    """The cleaner's removals and the header lines taken here, merged in source order.

    The cleaner numbers kept and removed blocks together (`b5` is the fifth block it
    kept or recorded), so the removals fill the numbers the kept blocks skip. A
    "duplicate of bN" is renamed to the final id of the copy that was kept (`p3`), or to
    what the header made of it ("duplicate of the title").
    """
    blocks = cleaned.blocks
    numbers = [_provisional_number(b.id) for b in blocks]
    total = len(blocks) + len(cleaned.removed)
    free = sorted(set(range(1, total + 1)) - set(numbers))
    if None in numbers or len(free) != len(cleaned.removed):
        # ids in another scheme: the cleaner's removals stay in their order, after the header
        numbers = list(range(1, len(blocks) + 1))
        free = list(range(len(blocks) + 1, total + 1))
    ordered: list[tuple[int, Removal]] = [(numbers[i], removal) for i, removal in header_removed]
    for number, removal in zip(free, cleaned.removed, strict=True):
        reason = removal.reason
        if reason.startswith("duplicate of b"):
            target = reason.removeprefix("duplicate of ")
            reason = "duplicate of " + ids.get(target, "a header line")
        ordered.append((number, Removal(removal.text, reason)))
    # a header block can give two removals (an earlier caption replaced): keep their order
    ordered.sort(key=lambda pair: pair[0])
    return tuple(removal for _, removal in ordered)


def _provisional_number(block_id: str) -> int | None:
    digits = block_id[1:]
    return int(digits) if block_id[:1] == "b" and digits.isdigit() else None
