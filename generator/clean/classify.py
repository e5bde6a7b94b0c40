"""Evidence to classes: each block's justext-style class and value from its shape and its
furniture words, and the article body as the run of blocks with the highest total value."""

from __future__ import annotations

from collections import Counter

from .blocks import Block
from .body import is_byline, is_dateline
from .furniture import SECTION_RE, furniture_reason


def classify(block: Block, repeated: frozenset[str]) -> tuple[str, str | None]:
    """justext-style class from shape, then furniture evidence on top: (class, reason)."""
    cls = _shape_class(block)
    reason = "no words" if block.words == 0 else None
    furniture = furniture_reason(block)
    if furniture is not None:
        cls, reason = "bad", furniture
    elif repeated and cls != "good" and block.key in repeated and not _plain_title(block):
        cls, reason = "bad", "repeated across the corpus"
    if block.heading and SECTION_RE.match(block.text):
        cls, reason = "bad", reason or "section heading of page furniture"
    return cls, reason


def full_sentences(block: Block) -> bool:
    """Six words or more ending on sentence punctuation, a prose share of stop words and
    few links: the shape `_shape_class` calls good (`prose.reads_as_prose` asks it too)."""
    return block.words >= 6 and block.ends_sentence and block.stop >= 0.3 and block.density < 0.2


def _shape_class(block: Block) -> str:
    """`good`, `neargood`, `short` or `bad` from the block's shape alone."""
    density = block.density
    if block.words == 0:
        return "bad"
    if density > 0.5 or (density > 0.3 and block.words < 25) or block.is_list and density > 0.25:
        return "bad"
    if full_sentences(block):
        return "good" if block.chars >= 140 or block.sentences >= 2 else "neargood"
    if block.chars < 70 or block.words < 8:
        return "short"
    if block.stop >= 0.30 or (block.sentences >= 2 and block.stop >= 0.2):
        return "good" if block.chars >= 140 or block.sentences >= 2 else "neargood"
    if block.stop >= 0.2 or block.sentences >= 2:
        return "neargood"
    return "bad"


def _plain_title(block: Block) -> bool:
    """A `# Title` that is no link: in two files it is one story saved twice (a wire story
    in two papers), not a site's furniture."""
    return block.heading == 1 and block.density < 0.5


def block_value(block: Block) -> float:
    """How much a block pulls the body run towards itself (negative: away)."""
    if not block.text:
        return 0.0
    if block.cls == "good":
        return float(block.chars)
    if block.cls == "neargood":
        return 0.5 * block.chars
    if block.cls == "short":
        if block.heading or (block.words <= 12 and not block.link_count):
            return -5.0
        return -10.0 - block.link_chars
    if SECTION_RE.match(block.text):
        return -400.0
    if block.reason is None and not block.link_count:
        return -10.0 - 0.3 * block.chars  # plain text without prose shape: a recipe, a table
    return -20.0 - min(block.chars, 2000)


def title_bonus(blocks: list[Block]) -> None:
    """Prose right under a title or a byline/dateline is where articles start."""
    pending = 0
    for block in blocks:
        if block.heading == 1 or (
            not block.link_count and (is_byline(block) or is_dateline(block))
        ):
            pending = 6
        elif pending:
            pending -= 1
            if block.cls in ("good", "neargood"):
                block.value += 250.0
                pending = 0


def body_run(blocks: list[Block]) -> tuple[int, int]:
    """The [start, end) run of blocks with the highest total value (Kadane)."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, block in enumerate(blocks):
        if total <= 0:
            total, start = 0.0, i
        total += block.value
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def mark_internal_repeats(blocks: list[Block]) -> None:
    """A non-prose block repeated inside one page is furniture (menus, share rows twice)."""
    counts = Counter(b.key for b in blocks if b.text and b.cls != "good")
    for block in blocks:
        if block.cls == "good" or not block.text:
            continue
        if counts[block.key] >= 2 and block.words <= 12 and block.link_count and block.cls != "bad":
            block.cls = "bad"
            block.value = block_value(block)
