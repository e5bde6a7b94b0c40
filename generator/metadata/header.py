"""The header reader: walk the opening blocks while they are header lines, note each one.

Each kind of header line (furniture, breadcrumb, caption, dateline, title, byline, dek,
leftover) has one rule below; the first rule that claims a line says how far to go on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from ..clean import header_furniture, is_caption, looks_like_byline
from ..models import Paragraph, Removal
from .byline import BY_ALONE_RE, WIRE_RE, parse_byline, without_article
from .caption import is_caption_prefix, same_caption, split_credit
from .dates import dateline_block, find_dates, plainly_dateline
from .header_lines import (
    TERMINAL_END_RE,
    dek_follows,
    first_prose,
    heads_body,
    key,
    residue,
    teaser_pairs_end,
)
from .words import AGENCY_NAMES

_LIMIT = 14
"""How many opening blocks may be header lines."""
_STOP: Final = -1
"""A rule's answer: the header ends before this line."""


@dataclass
class Header:
    """What the header reader found (filled in as it walks the opening blocks)."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    date_line: str | None = None
    caption: str | None = None
    credit: str | None = None
    consumed: int = 0
    """How many leading blocks are header lines."""
    caption_at: int = 0
    """Which block the caption was read from."""
    taken: dict[int, str] = field(default_factory=dict)
    """Block index → what it became (title, subtitle, caption), for duplicates of it."""


@dataclass
class _Walk:
    """The walk's state: the blocks, what was found, what was removed (block index first)."""

    blocks: tuple[Paragraph, ...]
    html_title: str | None
    first_prose: int
    header: Header = field(default_factory=Header)
    removed: list[tuple[int, Removal]] = field(default_factory=list)

    def remove(self, i: int, text: str, reason: str) -> int:
        """Record block `i` as removed; the walk goes on after it."""
        self.removed.append((i, Removal(text, reason)))
        return i + 1


@dataclass(frozen=True)
class _Line:
    """One non-empty block under the walk: its index, block, stripped text, length, key."""

    i: int
    block: Paragraph
    text: str
    words: int
    key: str


def read_header(
    blocks: tuple[Paragraph, ...], html_title: str | None
) -> tuple[Header, list[tuple[int, Removal]]]:
    """Walk the leading blocks while they are header lines; note what each one was.

    Returns the header and the lines it removed, each with the index of its block.
    """
    walk = _Walk(blocks, html_title, first_prose(blocks))
    i = teaser_pairs_end(blocks, walk.first_prose)
    for j in range(i):
        if blocks[j].text.strip():
            walk.remove(j, blocks[j].text.strip(), "related-article teaser")
    limit = min(len(blocks), _LIMIT)
    while i < limit:
        block = blocks[i]
        text = block.text.strip()
        if block.is_list and not dateline_block(text):
            break
        if not text:
            i += 1  # an empty block has nothing to read or to lose
            continue
        line = _Line(i, block, text, len(text.split()), key(text))
        following = _read_line(walk, line)
        if following == _STOP:
            break
        i = following
    walk.header.consumed = i
    return walk.header, walk.removed


def _read_line(walk: _Walk, line: _Line) -> int:
    """Where the walk goes on after `line`: the first rule that claims it says."""
    for rule in _RULES:
        following = rule(walk, line)
        if following is not None:
            return following
    return _STOP


def _furniture(walk: _Walk, line: _Line) -> int | None:
    furniture = header_furniture(line.text)
    return None if furniture is None else walk.remove(line.i, line.text, furniture)


def _breadcrumb(walk: _Walk, line: _Line) -> int | None:
    """ "Home News Business News <the title>" above "# <the title>"."""
    blocks, i = walk.blocks, line.i
    following = key(blocks[i + 1].text) if i + 1 < len(blocks) else ""
    if walk.header.title is None and following and line.key.endswith(" " + following):
        return walk.remove(i, line.text, "breadcrumb")
    return None


def _title_again(walk: _Walk, line: _Line) -> int | None:
    title = walk.header.title
    if title is not None and line.key == key(title):
        return walk.remove(line.i, line.text, "duplicate of the title")  # a video's headline
    return None


def _caption_again(walk: _Walk, line: _Line) -> int | None:
    """The caption repeated: the longer copy (with its credit) is kept."""
    header, text, line_key = walk.header, line.text, line.key
    if header.caption is None or not line_key:
        return None
    if not same_caption(line_key, header.caption, header.credit):
        return None
    if len(text) > len(header.caption) + len(header.credit or "") and is_caption(text, line.words):
        earlier = walk.blocks[header.caption_at].text.strip()
        walk.removed.append((header.caption_at, Removal(earlier, "duplicate caption")))
        header.caption, header.credit = split_credit(text)
        header.caption_at = line.i
        header.taken[line.i] = "caption"
        return line.i + 1
    return walk.remove(line.i, text, "duplicate caption")


def _caption(walk: _Walk, line: _Line) -> int | None:
    """The photo caption (a second, different one ends the header)."""
    header, blocks, i = walk.header, walk.blocks, line.i
    if not (is_caption(line.text, line.words) or is_caption_prefix(blocks, i)):
        return None
    if header.caption is not None:
        return _STOP
    header.caption, header.credit = split_credit(line.text)
    header.caption_at = i
    if is_caption_prefix(blocks, i):
        header.caption, header.credit = split_credit(blocks[i + 1].text)
        walk.removed.append((i, Removal(line.text, "duplicate caption")))
        i += 1
        header.caption_at = i
    header.taken[i] = "caption"
    return i + 1


def _dateline_above_title(walk: _Walk, line: _Line) -> int | None:
    header = walk.header
    if header.title is None and header.date_line is None and plainly_dateline(line.text):
        if find_dates(line.text):  # above the title: not a title however short it is
            header.date_line = line.text
        return walk.remove(line.i, line.text, "dateline")
    return None


def _title(walk: _Walk, line: _Line) -> int | None:
    header, html_title, text, words = walk.header, walk.html_title, line.text, line.words
    if header.title is None and (
        html_title
        and key(html_title) == line.key
        or html_title is None
        and (
            line.block.kind == "subhead"
            or words <= 30
            and (not text.endswith(".") or text.isupper())  # "… QUALIFIER."
            and not text.endswith(":")  # "Up next:" labels what follows
        )
        and not looks_like_byline(text)
    ):
        header.title = text
        header.taken[line.i] = "title"
        return line.i + 1
    return None


def _agency_alone(walk: _Walk, line: _Line) -> int | None:
    """ "Reuters" on a line of its own under the title."""
    header, text = walk.header, line.text
    if header.title is not None and header.outlet is None and WIRE_RE.fullmatch(text):
        header.outlet = AGENCY_NAMES.get(text, without_article(text))
        return walk.remove(line.i, text, "byline")
    return None


def _byline_in_two(walk: _Walk, line: _Line) -> int | None:
    """ "By" on a line of its own, the name on the next: one byline in two blocks."""
    blocks, i, header = walk.blocks, line.i, walk.header
    if BY_ALONE_RE.match(line.text) and i + 1 < len(blocks) and not header.authors:
        after = blocks[i + 1].text.strip()
        authors, outlet = parse_byline(f"{line.text} {after}")
        if authors:
            header.authors, header.outlet = tuple(authors), outlet
            walk.remove(i, line.text, "byline")
            return walk.remove(i + 1, after, "byline")
    return None


def _byline(walk: _Walk, line: _Line) -> int | None:
    header, text = walk.header, line.text
    if looks_like_byline(text) and not header.authors:
        authors, outlet = parse_byline(text)
        if authors or outlet:
            header.authors = tuple(authors)
            header.outlet = outlet
            if find_dates(text):
                header.date_line = text
            return walk.remove(line.i, text, "byline")
    return None


def _dateline(walk: _Walk, line: _Line) -> int | None:
    text = line.text
    if (
        dateline_block(text)
        and walk.header.date_line is None
        and line.words <= 16 * (text.count("\n") + 1)
        and find_dates(text)
    ):
        walk.header.date_line = text
        if not walk.header.authors and "\n" not in text:
            # "Posted on 15 October 2019 by A": a dateline that names the author too
            walk.header.authors = tuple(parse_byline(text)[0])
        return walk.remove(line.i, text, "dateline")
    return None


def _dek(walk: _Walk, line: _Line) -> int | None:
    """The subtitle under the title: above the byline, not the lede."""
    header, i, words = walk.header, line.i, line.words
    if (
        header.title is not None
        and header.subtitle is None
        and 4 <= words <= 45
        and i + 1 < len(walk.blocks)
        and not (
            # a dek sits above the byline; a long sentence below it is the lede
            (header.authors or header.date_line)
            and words >= 20
            and TERMINAL_END_RE.search(line.text)
        )
        and dek_follows(walk.blocks, i, walk.first_prose, _dek_may_head_prose(walk, line))
    ):
        header.subtitle = line.text
        header.taken[i] = "subtitle"
        if walk.first_prose < i + 1:
            walk.first_prose = i + 1 + first_prose(walk.blocks[i + 1 :])  # the dek read like prose
        return i + 1
    return None


def _dek_may_head_prose(walk: _Walk, line: _Line) -> bool:
    """A dek sits above the byline and dateline: under them, only a heading over the prose
    can be one; a plain line there is the body's first paragraph.

    Above them, a plain sentence right over the prose is still the dek: "Title / One
    sentence that sums it up. / the body" is how most opinion pieces open.
    """
    return not (walk.header.authors or walk.header.date_line) or line.block.kind == "subhead"


def _leftover(walk: _Walk, line: _Line) -> int | None:
    """A leftover line before the first prose goes with its reason; anything else ends.

    A section heading over the first paragraph or list ends the header too: the body has
    begun (unless the heading is the page's own headline, which the title vote may take).
    """
    if heads_body(walk.blocks, line.i) and not _in_page_title(walk.html_title, line.key):
        return _STOP
    reason = residue(walk.blocks, line.i, line.words) if line.i < walk.first_prose else None
    return _STOP if reason is None else walk.remove(line.i, line.text, reason)


def _in_page_title(html_title: str | None, line_key: str) -> bool:
    """The line is the page's title or a part of it ("Headline | Site"); one word shared
    with the title ("Introduction") is no evidence."""
    return bool(html_title and " " in line_key and f" {line_key} " in f" {key(html_title)} ")


_RULES: tuple[Callable[[_Walk, _Line], int | None], ...] = (
    _furniture,
    _breadcrumb,
    _title_again,
    _caption_again,
    _caption,
    _dateline_above_title,
    _title,
    _agency_alone,
    _byline_in_two,
    _byline,
    _dateline,
    _dek,
    _leftover,
)
"""The kinds of header line, in the order they are tried."""
