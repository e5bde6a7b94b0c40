"""The block model: a scraped text cut into blank-line-separated blocks, each parsed once
into its plain text, links and measures (words, stop-word share, sentences, link density).

`describe` returns each block as a new value; the later passes (classes, body bounds, cuts)
write their judgments (`cls`, `reason`, `value`) onto it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..models import Link
from . import vocab
from .header import looks_like_byline, looks_like_dateline
from .inline import (
    BLANK_LINES_RE,
    CJK_RE,
    HEADING_RE,
    LIST_ITEM_RE,
    MULTILINE_LINK_RE,
    QUOTE_PREFIX_RE,
    SENTENCE_END_RE,
    SPLIT_LINK_RE,
    WORD_RE,
    Inline,
    ends_sentence,
    render_inline,
)

_WRAPPED_END_RE = vocab.english_pattern("wrapped_end")
WRAPPED_END_REACH = 40
"""How far from its end a line's open end is looked for: the pattern ends the line (`$`)
and its longest match is a few characters (a test holds it under this). Searched from the
line's start, a paragraph joined from many wrapped lines was read again at every join."""


@dataclass
class Block:
    """One blank-line-separated block with the evidence about it."""

    index: int
    raw: str
    text: str = ""
    links: list[Link] = field(default_factory=list)
    heading: int = 0
    """Markdown heading level, 0 for none."""
    is_list: bool = False
    words: int = 0
    link_chars: int = 0
    link_count: int = 0
    stop: float = 0.0
    sentences: int = 0
    ends_sentence: bool = False
    chars: int = 0
    cls: str = "short"
    """`good`, `neargood`, `short` or `bad`."""
    reason: str | None = None
    """Why it is furniture, when there is evidence for that."""
    value: float = 0.0
    lowered: str = ""
    """`text` in lower case (computed once: every furniture test reads it)."""
    tokens: list[str] = field(default_factory=list)
    """The words of `text`, lower case."""
    key: str = ""
    """The words of `text`, lower case, joined by spaces: what repeats are compared on."""

    @property
    def density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    @cached_property
    def byline(self) -> bool:
        """Shaped like a byline (asked many times while finding the header: cached)."""
        if self.is_list or self.chars > 300 or self.key.count(" ") >= 14:
            return False  # more than 14 words: the cheap half of `looks_like_byline`
        return looks_like_byline(self.text)

    @cached_property
    def dateline(self) -> bool:
        """A short line with a date in it."""
        return self.words <= 25 and not self.is_list and looks_like_dateline(self.text)


def split_blocks(text: str) -> list[str]:
    """Cut Markdown-ish text into blocks at blank lines (a link split by one is rejoined).

    A text with no blank line at all but several lines puts one paragraph on each line (a
    plain-text export, a wire feed): every line is a block, and `rejoin_broken` mends the
    lines that were only wrapped.
    """
    if "[" in text:
        text = SPLIT_LINK_RE.sub(lambda m: BLANK_LINES_RE.sub("\n", m.group(0)), text)
    lines = [line.rstrip() for line in text.strip().split("\n")]
    if len(lines) >= 3 and all(lines):
        return _unwrap(lines)
    blocks: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def ends_open(line: str) -> bool:
    """The line ends on a comma, an opening bracket, a dash or a word that cannot end a
    sentence ("the", "of"): its sentence goes on on the next line."""
    return _WRAPPED_END_RE.search(line, max(0, len(line) - WRAPPED_END_REACH)) is not None


def _unwrap(lines: list[str]) -> list[str]:
    """Lines of a text with one paragraph per line, the ones that were only wrapped joined
    back: the next line starts in lower case ("Result in an international" / "basketball
    tournament on Friday:"), or this one ends open (a comma, a bracket still open, "the")."""
    out: list[str] = []
    for line in lines:
        if out:
            previous = out[-1]
            wrapped = (
                line.lstrip()[:1].islower()
                or ends_open(previous)
                or previous.count("(") > previous.count(")")
            )
            if wrapped and not LIST_ITEM_RE.match(line) and not line.lstrip().startswith("#"):
                out[-1] = previous + " " + line.lstrip()
                continue
        out.append(line)
    return out


def describe(index: int, raw: str, stop: frozenset[str]) -> Block:
    """Parse a block's markup and measure it."""
    block = Block(index, raw)
    lines = raw.split("\n")
    if len(lines) == 1:
        # the common case, one line: no list, no card, at most a heading or a quote mark
        line = raw
        if line.lstrip().startswith("#"):
            heading = HEADING_RE.match(line.lstrip())
            if heading:
                block.heading = len(heading.group(1))
                line = line.lstrip()[heading.end() :]
        item = LIST_ITEM_RE.match(line)
        if item:
            # a one-item list is a line: bullets go, numbers stay
            line = line.lstrip() if item.group(0).strip()[0].isdigit() else line[item.end() :]
            line = HEADING_RE.sub("", QUOTE_PREFIX_RE.sub("", line))
        elif ">" in line:
            line = QUOTE_PREFIX_RE.sub("", line)
        _fill(block, [render_inline(line.strip())], stop)
        return block
    items = [LIST_ITEM_RE.match(line) for line in lines]
    if "[" in raw and MULTILINE_LINK_RE.search(raw):
        # a teaser card: one link around a headline, a byline and a date
        lines = [" ".join(LIST_ITEM_RE.sub("", line).strip() for line in lines)]
    elif any(items) and sum(1 for m in items if m) * 2 >= len(lines):
        block.is_list = True
        merged: list[str] = []
        for line, match in zip(lines, items, strict=True):
            if match:
                marker = match.group(0).strip()
                # bullets go; numbers stay, they are the list's words ("1. Eat slowly")
                merged.append(line[match.end() :] if not marker[0].isdigit() else line.lstrip())
            elif merged:
                merged[-1] += " " + line.strip()
            else:
                merged.append(line)
        lines = [HEADING_RE.sub("", QUOTE_PREFIX_RE.sub("", m)) for m in merged]
    else:
        # one paragraph: a link may run over its lines
        lines = [" ".join(QUOTE_PREFIX_RE.sub("", line).strip() for line in lines)]
    _fill(block, [render_inline(line) for line in lines], stop)
    return block


def _fill(block: Block, parts: list[Inline], stop: frozenset[str]) -> None:
    """Join the rendered lines into the block's text and links, then measure it."""
    if len(parts) == 1:  # one line: nothing to join or shift
        part = parts[0]
        block.link_count += part.link_count
        if part.text:
            block.text, block.links = part.text, part.links
            block.link_chars += part.link_chars
        block.is_list = False
        _measure(block, stop)
        return
    separator = "\n" if block.is_list else " "
    texts: list[str] = []
    links: list[Link] = []
    offset = 0
    for part in parts:
        if not part.text:
            block.link_count += part.link_count
            continue
        if texts:
            offset += len(separator)
        if part.links:
            links.extend(Link(k.start + offset, k.end + offset, k.href) for k in part.links)
        texts.append(part.text)
        offset += len(part.text)
        block.link_chars += part.link_chars
        block.link_count += part.link_count
    if block.is_list and len(texts) == 1:
        block.is_list = False
    block.text = separator.join(texts)
    block.links = links
    _measure(block, stop)


_CJK_STOP_RE = re.compile(r"[。！？]")


def _measure(block: Block, stop: frozenset[str]) -> None:
    """Words, stop-word share, sentences: one pass of each regex over the block."""
    text = block.text
    lowered = text.lower()
    words = WORD_RE.findall(lowered)
    block.lowered = lowered
    block.tokens = words
    block.key = " ".join(words)
    cjk = len(CJK_RE.findall(text)) if not text.isascii() and CJK_RE.search(text) else 0
    block.words = len(words) + cjk // 2
    block.chars = len(text)
    if cjk > len(words):
        # no stop-word list for CJK: sentence punctuation stands in for prose shape
        block.stop = 0.4 if _CJK_STOP_RE.search(text) else 0.1
        block.chars = len(text) + 2 * cjk
    elif words and stop:
        block.stop = len(list(filter(stop.__contains__, words))) / len(words)
    elif words:
        # a language with no stop-word profile: sentence punctuation stands in, as for CJK
        block.stop = 0.4 if SENTENCE_END_RE.search(text) or ends_sentence(text) else 0.1
    if "." in text or "!" in text or "?" in text or not text.isascii():
        block.sentences = len(SENTENCE_END_RE.findall(text))
    block.ends_sentence = ends_sentence(text)
