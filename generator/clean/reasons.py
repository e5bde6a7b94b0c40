"""Reasons for the blocks inside and around the body that carry no furniture evidence of
their own: captions, section labels, control runs, link lists, navigation, subheads."""

from __future__ import annotations

from .blocks import Block
from .furniture import (
    CONTROL_LINE_RE,
    FURNITURE,
    ROLE_WORDS_RE,
    SECTION_RE,
    TEASER_RE,
    TRAILER_RE,
    URL_RE,
)
from .header import CREDIT_TAIL_RE, is_caption


def linked_subhead(blocks: list[Block], i: int) -> bool:
    """A heading that is one link, with a paragraph under it: a listicle's item name.

    Teaser headlines are links too, but their runs are cut before this is asked.
    """
    block = blocks[i]
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        bool(block.heading)
        and block.link_count == 1
        and block.words <= 12
        and following is not None
        and following.cls in ("good", "neargood")
        and following.reason is None
    )


def inside_reason(block: Block) -> str | None:
    """Furniture inside the body that reads like text: a photo caption, a section label.

    A caption ends on its credit ("… (Image: GETTY)", "…Credit: EPA") and not on a
    sentence; a section label is a short line like "Read more" or "Don't miss".
    """
    if block.words <= 5 and CONTROL_LINE_RE.match(block.text):
        return "page controls"  # even marked as a heading: "## Back to Gallery"
    if block.is_list or block.heading:
        return None
    if block.words <= 40 and not block.ends_sentence and is_caption(block.text, block.words):
        match = CREDIT_TAIL_RE.search(block.text)
        if match and match.start() >= len(block.text) - 40:
            return "caption"
    if block.words <= 5 and SECTION_RE.match(block.text):
        return "section label"
    if block.words <= 5 and not any(ch.isalpha() for ch in block.text):
        return "page controls"  # a share count, "1 / 23": numbers with no words
    return None


def control_runs(blocks: list[Block], start: int, end: int) -> set[int]:
    """Blocks in runs of three or more tiny lines inside the body: gallery and player controls.

    "Caption" / "Close" / "Image 1 of 8": each line four words or fewer, none a sentence,
    a heading or a list. A real subhead is followed by prose, not by two more of its kind.
    """
    found: set[int] = set()
    run: list[int] = []
    for i in range(start, end + 1):
        block = blocks[i] if i < end else None
        if (
            block is not None
            and block.text
            and block.words <= 4
            and not block.ends_sentence
            and not block.heading
            and not block.is_list
        ):
            run.append(i)
            continue
        if block is not None and not block.text:
            continue  # markup only: does not break a run
        if len(run) >= 3:
            found.update(run)
        run = []
    return found


def inherited(block: Block, previous: str | None) -> str | None:
    """A block right after furniture of one kind, with a word of that kind, is more of it."""
    for kind, pattern in FURNITURE:
        if kind == previous and pattern.search(block.text):
            return kind
    return None


def strong_prose(block: Block) -> bool:
    return block.cls == "good" and block.reason is None and block.density < 0.1


def near_body(blocks: list[Block], i: int, start: int, end: int) -> bool:
    """Prose just outside the body run, separated from it by short non-link lines only."""
    gap = blocks[i + 1 : start] if i < start else blocks[end:i]
    return len(gap) <= 2 and all(b.cls == "short" and not b.link_count for b in gap)


def trailer_url(blocks: list[Block], i: int) -> str | None:
    """The URL of an "Original url:" trailer (same block or the next one)."""
    match = TRAILER_RE.match(blocks[i].text)
    candidates = []
    if match and match.group(1):
        candidates.append(match.group(1))
    elif i + 1 < len(blocks) and not match:
        candidates.append(blocks[i].text.strip())
    elif i + 1 < len(blocks):
        candidates.append(blocks[i + 1].text.strip())
    if not match:
        candidates = [blocks[i].text.strip()]
    for candidate in candidates:
        candidate = candidate.strip("<>")
        if URL_RE.match(candidate):
            return candidate if "://" in candidate else "https://" + candidate
    for link in blocks[i].links:
        return link.href
    return None


def link_reason(block: Block) -> str:
    text = block.text
    if TEASER_RE.match(text):
        return "related-article teaser"
    if block.is_list or block.link_count >= 3:
        return "navigation"
    return "link list"


def outside_reason(block: Block, before: bool) -> str:
    """A reason for a block outside the body run that carries no specific evidence."""
    if block.density > 0.5 or (block.is_list and block.density > 0.25):
        return "navigation" if before or block.is_list else "related-article teaser"
    if not before and block.words <= 15 and ROLE_WORDS_RE.search(block.text):
        return "author bio"
    if block.cls == "good":
        return "prose outside the article body"
    return "page furniture before the article" if before else "page furniture after the article"


def paragraph_kind(block: Block, header_end: int) -> str:
    """Subheads: heading markup, or a short unpunctuated line inside the body."""
    if block.is_list:
        return "body"
    if block.heading:
        return "subhead" if block.index >= header_end else "body"
    if (
        block.index >= header_end
        and 1 <= block.words <= 14
        and not block.ends_sentence
        and not block.link_count
        and block.text[:1].isupper()
        and not block.text.rstrip().endswith(",")
    ):
        return "subhead"
    return "body"
