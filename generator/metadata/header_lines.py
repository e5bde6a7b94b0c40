"""What a line near the top is: prose, a dek's neighbour, or leftover header matter.

The header reader (`header.py`) asks these questions of the blocks it walks; the
cleaner's predicates (captions, bylines, datelines, furniture) are used as they are.
"""

from __future__ import annotations

import re

from ..clean import (
    header_furniture,
    is_caption,
    looks_like_byline,
    looks_like_dateline,
    opens_with_dateline,
)
from ..models import Paragraph
from .byline import BY_ALONE_RE, parse_byline
from .dates import dateline_block, find_dates

SENTENCE_END_RE = re.compile(r"[.!?…。！？][\"')\]]*(?:\s|$)")
TERMINAL_END_RE = re.compile(r"[.!?…:;。！？][\"')\]*]*\s*$")


def key(text: str) -> str:
    """The words of `text`, lower case, single-spaced: for comparing lines."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def first_prose(blocks: tuple[Paragraph, ...]) -> int:
    """Index of the first block that reads as the article's prose (the header ends there).

    Twenty words or more ending a sentence, or two sentences: a line under the title
    (a dek, a caption, "Image 1 of 8") is seldom either.
    """
    for i, block in enumerate(blocks):
        text = block.text.strip()
        words = len(text.split())
        if block.is_list or is_caption(text, words):
            continue
        sentences = len(SENTENCE_END_RE.findall(text))
        if words >= 20 and TERMINAL_END_RE.search(text) or sentences >= 2 and words >= 12:
            return i
    return len(blocks)


def residue(blocks: tuple[Paragraph, ...], i: int, words: int) -> str | None:
    """Why a leftover line between the title and the first paragraph goes, or None.

    Only called before the first prose block. A second dateline ("Updated …"), a second
    byline, a caption, a caption whose credit is the next line, or a short line that
    ends no sentence (a name, an outlet, "Image 1 of 8", "Close", a share count).
    """
    text = blocks[i].text.strip()
    if looks_like_dateline(text) and words <= 25 and find_dates(text):
        return "dateline"
    if looks_like_byline(text):
        return "byline"
    if is_caption(text, words):
        return "caption"
    if i + 1 < len(blocks) and words <= 60:
        credit = blocks[i + 1].text.strip()
        if len(credit.split()) <= 8 and is_caption(credit, len(credit.split())):
            return "caption"
    if words <= 3 and text.endswith(":"):
        return "header line"  # "Up next:", "Watch:": a label for what follows
    if (
        words <= 12
        and not TERMINAL_END_RE.search(text)
        and (words <= 3 or _header_ahead(blocks, i))
    ):
        return "header line"  # a longer line with no byline or date after it may be the lede
    return None


def heads_body(blocks: tuple[Paragraph, ...], i: int) -> bool:
    """Block `i` is a heading directly over the body: a list, or a paragraph of prose.

    A page's furniture above its headline ("Close", a share count, a credit) is seldom
    marked up as a heading; a section subhead ("Highlights") is, and text follows it.
    """
    if blocks[i].kind != "subhead":
        return False
    following = next((b for b in blocks[i + 1 :] if b.text.strip()), None)
    if following is None or following.kind == "subhead":
        return False
    return following.is_list or reads_as_prose(following.text.strip())


def reads_as_prose(text: str) -> bool:
    """A sentence of some length that is no byline, dateline or caption.

    Counted in characters, not words, so that a paragraph in a script written without
    spaces (Chinese, Japanese) reads as prose too.
    """
    return (
        len(text) >= _PROSE_CHARS
        and ends_sentence(text)
        and not looks_like_byline(text)
        and not looks_like_dateline(text)
        and not is_caption(text, len(text.split()))
    )


def ends_sentence(text: str) -> bool:
    """The text ends a sentence (a closing quote or bracket may follow the full stop)."""
    return bool(_SENTENCE_END_AT_END_RE.search(text))


_SENTENCE_END_AT_END_RE = re.compile(r"[.!?…。！？][\"'”’)\]]*\s*$")
_PROSE_CHARS = 40
"""About seven words of English: shorter "sentences" are labels ("Read more.")."""


def _header_ahead(blocks: tuple[Paragraph, ...], i: int) -> bool:
    """A byline, dateline or caption follows within the next few blocks."""
    for block in blocks[i + 1 : i + 5]:
        text = block.text.strip()
        words = len(text.split())
        if looks_like_byline(text) or is_caption(text, words) or BY_ALONE_RE.match(text):
            return True
        dated = looks_like_dateline(text) and words <= 25 or opens_with_dateline(text)
        if dated and find_dates(text):
            return True
    return False


def dek_follows(
    blocks: tuple[Paragraph, ...], i: int, first_prose: int, prose_after: bool = True
) -> bool:
    """A dek sits between the title and a byline, dateline, caption or a longer paragraph.

    Leftover lines (a credit, "Close") may come between the dek and that byline. With
    `prose_after` False a longer paragraph under it is no evidence (the caller has seen
    the byline already: a plain line between it and the prose is the lede).
    """
    text = blocks[i].text
    if re.match(r"^[A-Z][A-Z ,.'-]{2,}\s*(?:\([^)]*\))?\s*[—–-]", text):
        return False  # "MADRID (AP) — …" opens the body
    after = i + 1
    while after + 1 < len(blocks) and header_furniture(blocks[after].text) is not None:
        after += 1  # "5 min read" between the dek and the byline
    nxt = blocks[after].text
    nwords = len(nxt.split())
    if (
        looks_like_byline(nxt)
        or BY_ALONE_RE.match(nxt)
        or (dateline_block(nxt) and nwords <= 16 * (nxt.count("\n") + 1))
        or is_caption(nxt, nwords)
        or prose_after
        and nwords >= 2 * len(text.split())
        and nwords >= 30
    ):
        return True
    # a credit line or "Close" between the dek and its byline (only before the first prose)
    while after + 1 < first_prose and residue(blocks, after, nwords) == "header line":
        after += 1
        nxt = blocks[after].text
        nwords = len(nxt.split())
        if looks_like_byline(nxt) or (looks_like_dateline(nxt) and nwords <= 16):
            return True
    return False


def teaser_pairs_end(blocks: tuple[Paragraph, ...], first_prose: int) -> int:
    """Where the article's own headline starts when other stories' headlines sit above it.

    A headline with its byline under it, then another: a box of other stories above the
    article. The pair nearest the prose is the article's; 0 when there is one pair or none.
    """
    pairs = [
        i
        for i in range(min(first_prose, len(blocks)) - 1)
        if _headline_shaped(blocks[i].text) and _signed(blocks[i + 1].text)
    ]
    return pairs[-1] if len(pairs) >= 2 else 0


def _headline_shaped(text: str) -> bool:
    words = len(text.split())
    return 3 <= words <= 25 and not TERMINAL_END_RE.search(text) and not looks_like_byline(text)


def _signed(text: str) -> bool:
    return looks_like_byline(text) and bool(parse_byline(text)[0])
