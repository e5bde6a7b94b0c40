"""Where the header and the body start: the title, dek, byline, dateline and caption lines
kept just before the body run, for the metadata stage."""

from __future__ import annotations

import re

from . import vocab
from .blocks import Block
from .furniture import SECTION_RE
from .header import header_furniture, is_caption, opens_with_dateline
from .toc import REASON as TOC_REASON

_DATE_NOISE_RE = vocab.english_pattern("date_noise")


def is_byline(block: Block) -> bool:
    return block.byline


def is_dateline(block: Block) -> bool:
    return block.dateline


def header_keep(block: Block) -> bool:
    """Worth keeping before the body: could be a title, dek, byline, dateline or caption."""
    if block.reason is not None and not (is_byline(block) or is_dateline(block)):
        return False
    if block.is_list:
        return False
    if (
        block.density > 0.5
        and block.link_count >= 2
        and not (block.byline or block.dateline or linked_prose(block))
    ):
        return False  # a menu; but "[Author](#) 27/09/2018 [Topic](#)" is a byline
    return bool(block.text)


def header_start(blocks: list[Block], start: int) -> int:
    """First block of the header (title …) that precedes the body run.

    It never reaches past a menu, a list, a section line, or three linked headlines in a
    row (a list of other stories, kept out even when a title-shaped line sits above it).
    """
    first = start
    linked_run = 0
    for i in range(start - 1, max(-1, start - 13), -1):
        block = blocks[i]
        if not block.text and block.link_count < 2:
            continue  # markup only, e.g. an icon link between teaser headlines
        if block.reason == TOC_REASON:
            continue  # the article's own contents, between its byline and its first paragraph
        headline = block.density > 0.5 and 3 <= block.words <= 25 and not block.is_list
        linked_run = linked_run + 1 if headline else 0
        if linked_run >= 3:
            return next(j for j in range(i + 1, start + 1) if j == start or _after_run(blocks, j))
        if block.heading == 1:
            return _with_lines_above(blocks, i)
        if (
            block.cls == "bad"
            and block.reason is None
            and block.link_count >= 2
            and not (block.byline or block.dateline)
        ):
            break  # a menu above the article: the header cannot reach past it
        if block.is_list or SECTION_RE.match(block.text) and not header_furniture(block.text):
            break  # a "12 comments" line under the title is no section of the page
        if header_keep(block):
            first = i
    return _title_heading_above(blocks, start, first)


def _with_lines_above(blocks: list[Block], title: int) -> int:
    """The title's index, or that of a dateline or byline right above it ("Updated …")."""
    first = title
    while first > 0 and title - first < 2:
        above = blocks[first - 1]
        if not above.dateline or above.is_list or not _date_dominated(above.text):
            break
        first -= 1
    return first


def _date_dominated(text: str) -> bool:
    """A line that is a date and at most two other words ("Nov. 20, 2019 6:02 AM EST",
    "November 18"); not a byline with a date ("Von Moritz Bachmann publiziert am …")."""
    rest = _DATE_NOISE_RE.sub(" ", text)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 2


def linked_prose(block: Block) -> bool:
    """A paragraph of the article whose words are mostly links (a lede that links every
    name): sentences and stop words, however many links."""
    return block.ends_sentence and block.words >= 20 and block.stop >= 0.3 and not block.is_list


def _title_heading_above(blocks: list[Block], start: int, first: int) -> int:
    """The article's `# Title` when it sits a few blocks above the header found so far,
    with only thin blocks between: share icons, an author's handle, "Key Points", a photo
    credit. Scraped pages keep the title's heading mark, and these thin rows stopped the
    walk; a block with a sentence's worth of plain text, or a list of other headlines,
    still stops it."""
    if first >= len(blocks) or blocks[first].heading == 1:
        return first
    linked_run = 0
    for i in range(start - 1, max(-1, start - 13), -1):
        block = blocks[i]
        if block.heading == 1:
            return _with_lines_above(blocks, i) if i < first else first
        headline = block.density > 0.5 and 3 <= block.words <= 25 and not block.is_list
        linked_run = linked_run + 1 if headline else 0
        plain_words = 0 if block.byline or block.dateline else block.words * (1 - block.density)
        if linked_run >= 3 or block.cls == "good" or plain_words >= 15 and not linked_prose(block):
            break
    return first


def _after_run(blocks: list[Block], j: int) -> bool:
    """Block j is the first past a run of linked headlines (text that is not a link)."""
    block = blocks[j]
    return bool(block.text) and not (block.density > 0.5 and 3 <= block.words <= 25)


def body_start(blocks: list[Block], header: int, start: int, end: int) -> int:
    """First block after the header lines: past the last byline, dateline or caption."""
    body = start
    limit = min(end, max(header, start) + 8)
    for j in range(header, limit):
        block = blocks[j]
        if block.ends_sentence and opens_with_dateline(block.text):
            return max(j, start)  # "Feb. 23, 2015 -- Peanut allergies …": the body's first
        if is_byline(block) or is_dateline(block) or is_caption(block.text, block.words):
            body = j + 1
        elif block.cls == "good" and block.words >= 40 and block.sentences >= 2:
            break
    return max(body, start)
