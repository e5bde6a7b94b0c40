"""Prose that is not the article, cut from the body's end by its shape: a run of repeated
cards (comments, teasers) and an "About <name>" line over an author bio."""

from __future__ import annotations

import re

from . import vocab
from .bio import Closing, bio_start
from .blocks import Block

# "3. **jane_doe** says:", "Bob wrote:": who speaks in a comment thread
_SAYS_RE = re.compile(
    rf"^(?:\d{{1,4}}[.)]\s+)?\S.{{0,60}}?\s(?:{vocab.alternation('says_words')})\s*:?\s*$", re.I
)
_REPLY_RE = re.compile(
    rf"^(?:{vocab.alternation('reply_words')})"
    rf"(?:\s*\W?\s*(?:{vocab.alternation('reply_tail_words')}|\d+))*\W*$",
    re.I,
)


def _card_marker(blocks: list[Block], i: int) -> tuple[int, str] | None:
    """Block i ends the head of a repeated card: (where the card starts, its kind).

    A comment: "name says:" or a Reply line. A teaser card: a dated short line under a
    headline that is a link ("[Other story](#)" / name / date / excerpt).
    """
    block = blocks[i]
    if block.words > 12 or block.is_list:
        return None
    if _SAYS_RE.match(block.text) or _REPLY_RE.match(block.text):
        return i, "comment thread"
    if block.dateline:
        for j in range(i - 1, max(-1, i - 4), -1):
            head = blocks[j]
            if head.density > 0.5 and 3 <= head.words <= 25 and not head.is_list:
                return j, "related-article teaser"
            if head.words > 6:
                break  # only a name or two sits between a teaser's headline and its date
    return None


def cut_card_run(blocks: list[Block], start: int, end: int) -> int:
    """End the body before a run of three or more repeated cards (comments, teasers).

    Comments and teaser lists are prose, so the body run goes straight through them;
    their shape gives them away: the same small head ("name says:" / date, or a linked
    headline / author / date) every few blocks, to the end of the run. A section line
    just above the first card ("34 responses to …", "More from X") goes with them.
    The blocks cut get the run's kind as their reason.
    """
    first_prose = next((i for i in range(start, end) if blocks[i].cls == "good"), end)
    run: list[tuple[int, str]] = []
    last = -1
    found = False
    # the run may go on past the body's end: a thread's later comments are often cut off
    for i in range(first_prose + 1, min(len(blocks), end + 40)):
        if run and i - last > 6:
            if found:
                break
            run = []  # too far apart: not one list of cards
        marker = _card_marker(blocks, i)
        if marker is None or marker[0] <= last:
            continue  # no card head, or the same card's head seen twice
        if not run and marker[0] >= end:
            break  # a run that starts after the body is not the body's business
        run.append(marker)
        last = i
        found = len(run) >= 3 and end - last <= 8
    if not found:
        return end
    cut = run[0][0]
    for j in range(cut - 1, max(first_prose, cut - 4), -1):
        if blocks[j].cls == "good" or blocks[j].words > 12:
            break
        cut = j
    # a thread's heads can look like teaser heads ("[name](#) says:"), never the reverse
    kinds = {kind for _, kind in run}
    reason = "comment thread" if "comment thread" in kinds else "related-article teaser"
    for block in blocks[cut : max(end, last + 3)]:
        block.reason = block.reason or reason
    return cut


def cut_author_bio(blocks: list[Block], start: int, end: int) -> int:
    """End the body run `start`…`end` before a closing author bio (`bio.bio_start`: an
    "About <name>" line over the paragraph that names them), its blocks marked."""
    body = [Closing(b.text, b.words, b.is_list) for b in blocks[start:end]]
    found = bio_start(body)
    if found is None:
        return end
    for block in blocks[start + found : end]:
        block.reason = block.reason or "author bio"
    return start + found
