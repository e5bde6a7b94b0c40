"""Reading scraped text into a `Cleaned` article: blocks described, classed, the body and
header found, every block kept or recorded as removed with its reason, in source order.

The HTML path (`from_html`) calls `clean_text` on the body it extracted; `stage.clean`
chooses between the two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Cleaned, Paragraph, RawArticle, Removal
from .blocks import Block, describe, split_blocks
from .body import body_start, header_keep, header_start
from .buttons import mark_buttons
from .classify import block_value, body_run, classify, mark_internal_repeats, title_bonus
from .cuts import cut_author_bio, cut_card_run
from .duplicates import deduplicate
from .furniture import CONTROL_LINE_RE
from .header import header_furniture
from .own_content import Zone, candidates, own_blocks
from .profiles import article_language
from .reasons import (
    control_runs,
    inherited,
    inside_reason,
    link_reason,
    linked_subhead,
    near_body,
    outside_reason,
    paragraph_kind,
    strong_prose,
    trailer_url,
)
from .related import mark_related
from .repair import rejoin_broken
from .rescue import plain_run, thin_run
from .toc import mark_contents

TEASER = "related-article teaser"


@dataclass(frozen=True)
class _Bounds:
    """Block indexes: the header's first, the body's first, the body run [start, end)."""

    header: int
    body: int
    start: int
    end: int

    @property
    def zone(self) -> Zone:
        return Zone(self.header, self.start, self.end)


def described_blocks(
    text: str, pieces: Sequence[str] | None = None
) -> tuple[str | None, frozenset[str], int, list[Block]]:
    """The text's blocks as `clean_text` classifies them (broken paragraphs rejoined), with
    its language, stop words and the joins made: also what the article cache keys on.
    `pieces`: `split_blocks(text)` when the caller has it already (the build's block keys)."""
    pieces = split_blocks(text) if pieces is None else list(pieces)
    language, stop = article_language(text)
    pieces, joins = rejoin_broken(pieces, stop)
    return language, stop, joins, [describe(i, piece, stop) for i, piece in enumerate(pieces)]


def clean_text(
    raw: RawArticle,
    text: str,
    repeated: frozenset[str] = frozenset(),
    warnings: Sequence[str] = (),
    trust_body: bool = False,
) -> Cleaned:
    """The text path, shared with the HTML path (`trust_body`: input is already the body)."""
    language, joins, blocks, bounds = judged_blocks(text, repeated, trust_body)
    controls = set() if trust_body else control_runs(blocks, bounds.body, bounds.end)
    # a trusted body has no outside and no control runs: nothing to take back
    own = frozenset() if trust_body else own_blocks(blocks, bounds.zone, controls)
    kept, removed, url = _sort_blocks(blocks, bounds, controls, own)
    # a trusted body is the page's own text: a paragraph the page prints twice (a repeated
    # template line, a pull quote) is read twice, so the HTML path keeps every copy
    kept, duplicates = (kept, []) if trust_body else deduplicate(kept, header_end=bounds.body)
    removed.extend((i, Removal(text, reason)) for i, text, reason, _ in duplicates)
    removed.sort(key=lambda pair: pair[0])
    ids = _source_ids([b.index for b in kept], [i for i, _ in removed])
    targets = {i: target for i, _, _, target in duplicates if target is not None}
    removals = tuple(
        Removal(r.text, f"duplicate of {ids[targets[i]]}") if i in targets else r
        for i, r in removed
    )
    paragraphs = tuple(
        Paragraph(
            id=ids[block.index],
            text=block.text,
            kind=paragraph_kind(block, header_end=bounds.body),
            is_list=block.is_list,
            links=tuple(block.links),
        )
        for block in kept
    )
    notes = list(warnings)
    if joins:
        notes.append(f"rejoined {joins} paragraph(s) broken mid-sentence")
    if not any(p.kind == "body" for p in paragraphs):
        notes.append("no article body found")
    return Cleaned(
        raw=raw,
        blocks=paragraphs,
        removed=removals,
        warnings=tuple(notes),
        url=url,
        language=language,
    )


def judged_blocks(
    text: str, repeated: frozenset[str], trust_body: bool
) -> tuple[str | None, int, list[Block], _Bounds]:
    """The text's blocks classed and valued, and the header and body bounds found: the
    language, the paragraphs rejoined, the blocks and the bounds."""
    language, _, joins, blocks = described_blocks(text)
    for block in blocks:
        block.cls, block.reason = classify(block, repeated)
    mark_buttons(blocks)
    mark_contents(blocks)
    for block in blocks:
        block.value = block_value(block)
    mark_internal_repeats(blocks)
    title_bonus(blocks)
    bounds = _bounds(blocks, trust_body)
    mark_related(blocks)  # after the bounds: a box inside the body does not end the body
    return language, joins, blocks, bounds


def _bounds(blocks: list[Block], trust_body: bool) -> _Bounds:
    """The body run (cut before card runs and an author bio), then the header above it."""
    if trust_body:
        start, end = 0, len(blocks)
    else:
        start, end = body_run(blocks)
        end = cut_card_run(blocks, start, end)
        end = cut_author_bio(blocks, start, end)
        rescued = plain_run(blocks) if thin_run(blocks, start, end) else None
        if rescued is not None and rescued[1] - rescued[0] > end - start:
            start, end = rescued  # a results table, a short notice: no furniture in it
    header = header_start(blocks, start)
    return _Bounds(header, body_start(blocks, header, start, end), start, end)


def _sort_blocks(
    blocks: list[Block], bounds: _Bounds, controls: set[int], own: frozenset[int]
) -> tuple[list[Block], list[tuple[int, Removal]], str | None]:
    """Each block kept or removed with its reason, by the zone it is in; and the page's URL
    when a trailer gives it. `controls`: runs of tiny lines in the body (a trusted body has
    none: there they are the page's own table rows, verse, code); `own`: blocks of the
    article's own tables and lists, kept where their position or shape alone removed them."""
    kept: list[Block] = []
    removed: list[tuple[int, Removal]] = []
    url: str | None = None
    previous: str | None = None
    prose_seen = False  # a paragraph of the article was kept in the header zone
    title_seen = False
    for i, block in enumerate(blocks):
        if not block.text and not block.links:
            continue  # markup only (a rule, an empty link): nothing to keep or record
        reason: str | None = None
        found = _trailer(blocks, i, bounds)
        if found is not None:
            url = url or found
            reason = "original-url trailer"
        elif bounds.header <= i < bounds.body:
            reason, prose_seen, title_seen = _header_zone(block, prose_seen, title_seen)
        elif bounds.body <= i < bounds.end:
            reason = _body_zone(blocks, i, controls, own)
        else:
            reason = _outside_zone(blocks, i, bounds, previous, own)
        if reason is None and _signs_teaser(block, removed, i):
            reason = TEASER
        if reason is None:
            kept.append(block)
            continue
        previous = reason
        removed.append((i, Removal(block.text, reason)))
    return kept, removed, url


def _signs_teaser(block: Block, removed: list[tuple[int, Removal]], i: int) -> bool:
    """A byline right under a related-article teaser signs that teaser, not the article."""
    return (
        block.byline
        and block.words <= 10
        and bool(removed)
        and removed[-1][0] == i - 1
        and removed[-1][1].reason == TEASER
    )


def _trailer(blocks: list[Block], i: int, bounds: _Bounds) -> str | None:
    """The URL an "Original url:" trailer or a bare URL gives for the page, if it is one."""
    block = blocks[i]
    if block.reason not in ("original-url trailer", "bare url"):
        return None
    found = trailer_url(blocks, i)
    # a page's own address is written after the body, or just above the title
    near_header = bounds.header - 3 <= i <= bounds.body
    if found and (i >= bounds.end or block.reason == "original-url trailer" or near_header):
        return found
    return None


def _header_zone(block: Block, prose_seen: bool, title_seen: bool) -> tuple[str | None, bool, bool]:
    """A header block's removal reason (None: kept), and whether prose and a title-like
    line have been seen in the header so far."""
    if prose_seen and inside_reason(block) == "caption":
        # a photo under the first paragraph, not the lead photo
        return "caption", prose_seen, title_seen
    if block.words <= 5 and CONTROL_LINE_RE.match(block.text):
        return "page controls", prose_seen, title_seen
    if header_keep(block):
        # the article has begun once a paragraph follows a title-like line (a caption
        # shown above the title reads like prose too)
        prose_seen = prose_seen or title_seen and block.cls == "good" and block.words >= 20
        title_seen = title_seen or block.words <= 30 and not block.ends_sentence
        return None, prose_seen, title_seen
    reason = header_furniture(block.text) or block.reason or outside_reason(block, before=True)
    return reason, prose_seen, title_seen


def _body_zone(blocks: list[Block], i: int, controls: set[int], own: frozenset[int]) -> str | None:
    """A body block's removal reason, None when it is kept."""
    block = blocks[i]
    if block.cls == "bad" and block.reason is not None:
        return block.reason
    if block.cls == "bad" and (block.density > 0.5 or block.is_list and block.density):
        return None if linked_subhead(blocks, i) else link_reason(block)
    if i in controls:
        return None if i in own else "page controls"
    return inside_reason(block)


def _outside_zone(
    blocks: list[Block], i: int, bounds: _Bounds, previous: str | None, own: frozenset[int]
) -> str | None:
    """The removal reason of a block outside the header and body (None: prose kept, or the
    article's own table or list)."""
    block = blocks[i]
    if strong_prose(block) and near_body(blocks, i, bounds.start, bounds.end):
        return None
    reason = block.reason or inherited(block, previous)
    if reason is None and i in own:
        return None
    return reason or outside_reason(block, before=i < bounds.start)


def _source_ids(kept: list[int], removed: list[int]) -> dict[int, str]:
    """Provisional ids that number kept and removed blocks together, in source order.

    `b5` is the fifth block of the source that was kept or recorded as removed; the
    numbers the kept blocks skip are the removals', in the order of `removed`. So the
    metadata stage can put the header lines it takes back among the removals in source
    order without another field on `Cleaned`.
    """
    order = sorted([(i, 0) for i in kept] + [(i, 1) for i in removed])
    return {i: f"b{n}" for n, (i, is_removal) in enumerate(order, start=1) if not is_removal}


def position_removals(text: str) -> tuple[list[Block], Zone, frozenset[int], list[int]]:
    """The blocks `own_content` decides on: those the text path removes for their position
    or shape alone (kept once taken as the article's own), with the blocks, the zone and the
    candidates; for `bench/fit_own_content.py`."""
    _, _, blocks, bounds = judged_blocks(text, frozenset(), False)
    controls = control_runs(blocks, bounds.body, bounds.end)
    every = frozenset(candidates(blocks, bounds.zone, controls))
    removed = {i for i, _ in _sort_blocks(blocks, bounds, controls, frozenset())[1]}
    again = {i for i, _ in _sort_blocks(blocks, bounds, controls, every)[1]}
    return blocks, bounds.zone, every, sorted(removed - again)
