"""Characters and inline markup: a scraped text's characters normalised, a Markdown-ish line
read into plain text with its links, and the word and sentence shapes the cleaner measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Link

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_QUOTE_MAP = (
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u201f", '"'),
    ("\u2033", '"'),
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("\u201a", "'"),
    ("\u201b", "'"),
    ("\u2032", "'"),
)
# Runs of spaces that need rewriting: any run holding an exotic space, or two or more
# spaces (a lone " " is left alone rather than replaced by itself thousands of times)
_SPACES_RE = re.compile(
    r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*"
    r"| [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+"
)


def normalize_chars(text: str) -> str:
    """Newlines to `\\n`, exotic spaces to spaces, zero-width marks out, quotes to ASCII.

    Words are never changed: only quote marks (typographic → `"` and `'`, TeX-style
    ```` `` ```` and `''` → `"`), space characters and invisible joiners are. This is the
    normalisation the "nothing lost" invariant is stated against. Plain `str.replace`,
    one C scan per mark, because this runs over every input character.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    ascii_only = text.isascii()
    if not ascii_only:
        for mark in _ZERO_WIDTH:
            if mark in text:
                text = text.replace(mark, "")
    # the ASCII pairs first, as the typographic singles must not pair up into `"`
    text = text.replace("``", '"').replace("''", '"')
    if not ascii_only:
        for mark, ascii_mark in _QUOTE_MAP:
            if mark in text:
                text = text.replace(mark, ascii_mark)
    return _SPACES_RE.sub(" ", text)


# A Markdown link or image: `[label](target "title")`; the label may hold one level of
# brackets. Targets never contain spaces in converter output.
LINK_RE = re.compile(
    r"(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*<?([^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*)>?"
    r"(?:\s+\"[^\"\n]*\")?\s*\)"
)
_AUTOLINK_RE = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
"""A backslash escape of Markdown (html2text's, trafilatura's: `\\-`, `2 \\< 3`), no letter."""
# `*` as emphasis sits at a word's edge; between two word characters it is text ("0*0")
_EMPHASIS_RE = re.compile(r"(?<!\w)\*+|\*+(?!\w)")
HEADING_RE = re.compile(r"^(#{1,6})\s*")
LIST_ITEM_RE = re.compile(r"^\s*(?:[*+\-•]|\d{1,3}[.)])\s+")
QUOTE_PREFIX_RE = re.compile(r"^\s*(?:>\s?)+")
_REAL_SCHEMES = ("http://", "https://", "mailto:")
# A link whose text runs over blank lines (a teaser card: headline, byline, date).
SPLIT_LINK_RE = re.compile(r"\[[^\[\]]{0,600}?\n[ \t]*\n[^\[\]]{0,600}?\]\(")
MULTILINE_LINK_RE = re.compile(r"\[[^\[\]]*\n[^\[\]]*\]\(")
BLANK_LINES_RE = re.compile(r"\n(?:[ \t]*\n)+")
_RUN_OF_SPACES_RE = re.compile(r" {2,}")
_PLACEHOLDER_LINE_RE = re.compile(r" *\[([^\[\]\n]*)\]\(#\) *$")


@dataclass
class Inline:
    """A line's plain text, its real links and how much of it is link text."""

    text: str
    links: list[Link]
    link_chars: int
    link_count: int


def render_inline(line: str) -> Inline:
    """Markdown line → plain text; placeholder links become text, real links spans."""
    if "[" not in line and "<" not in line:
        # most lines of a page carry no link at all: no offsets to keep track of
        text = _plain(line)
        if "  " in text:
            text = _RUN_OF_SPACES_RE.sub(" ", text)
        return Inline(text.strip(" "), [], 0, 0)
    whole = _PLACEHOLDER_LINE_RE.match(line)
    if whole:
        # a menu item, `[Home](#)`: more than half the lines of a scraped page
        label = _plain(whole.group(1)).strip()
        text = _RUN_OF_SPACES_RE.sub(" ", label) if "  " in label else label
        return Inline(text, [], len(label), 1)
    out: list[str] = []
    links: list[Link] = []
    link_chars = 0
    link_count = 0
    pos = 0
    length = 0
    for match in LINK_RE.finditer(line):
        before = _plain(line[pos : match.start()])
        out.append(before)
        length += len(before)
        label = _plain(match.group(2)).strip()
        target = match.group(3)
        if label:
            start = length
            out.append(label)
            length += len(label)
            if not match.group(1):
                link_chars += len(label)
                link_count += 1
                if target.lower().startswith(_REAL_SCHEMES):
                    links.append(Link(start, start + len(label), target))
        elif not match.group(1):
            link_count += 1
        pos = match.end()
    rest = _plain(line[pos:])
    out.append(rest)
    text = "".join(out)
    text, links = _squeeze(text, links)
    if "<" in text:
        for match in _AUTOLINK_RE.finditer(text):
            links.append(Link(match.start(1), match.end(1), match.group(1)))
    if links:
        text, links = _strip_autolink_brackets(text, links)
    return Inline(text, links, link_chars, link_count)


def _plain(fragment: str) -> str:
    """Drop emphasis markers and backslash escapes (html2text's `\\-`, `**bold**`)."""
    if "*" in fragment:
        fragment = _EMPHASIS_RE.sub("", fragment)
    if "\\" in fragment:
        fragment = _ESCAPE_RE.sub(r"\1", fragment)
    return fragment


def _squeeze(text: str, links: list[Link]) -> tuple[str, list[Link]]:
    """Collapse runs of spaces and strip the ends, moving link offsets with the text."""
    if "  " not in text and text == text.strip():
        return text, links
    keep: list[int] = []  # new index for each old index
    chars: list[str] = []
    previous_space = True
    for ch in text:
        if ch == " ":
            if previous_space:
                keep.append(len(chars))
                continue
            previous_space = True
        else:
            previous_space = False
        keep.append(len(chars))
        chars.append(ch)
    keep.append(len(chars))
    while chars and chars[-1] == " ":
        chars.pop()
    new_text = "".join(chars)
    moved = [
        Link(min(keep[link.start], len(new_text)), min(keep[link.end], len(new_text)), link.href)
        for link in links
    ]
    return new_text, [link for link in moved if link.end > link.start]


def _strip_autolink_brackets(text: str, links: list[Link]) -> tuple[str, list[Link]]:
    """`<https://x>` → `https://x`, keeping the span on the URL."""
    pieces: list[str] = []
    moved: list[Link] = []
    pos = 0
    shift = 0
    for link in sorted(links, key=lambda k: k.start):
        bracketed = (
            link.start > 0
            and text[link.start - 1] == "<"
            and link.end < len(text)
            and text[link.end] == ">"
        )
        if bracketed and link.start - 1 >= pos:
            pieces.append(text[pos : link.start - 1])
            pieces.append(text[link.start : link.end])
            shift += 1
            moved.append(Link(link.start - shift, link.end - shift, link.href))
            pos = link.end + 1
            shift += 1
        else:
            moved.append(Link(link.start - shift, link.end - shift, link.href))
    pieces.append(text[pos:])
    return "".join(pieces), moved


WORD_RE = re.compile(r"[^\W_]+")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


TERMINAL = frozenset(".!?…。！？:;؟۔।")
CLOSERS = "\"')]}»*”’"


SENTENCE_END_RE = re.compile(r"[.!?。！？؟۔।](?:[\"')\]]*)(?:\s|$)")


def ends_sentence(text: str) -> bool:
    tail = text.rstrip().rstrip(CLOSERS)
    return bool(tail) and tail[-1] in TERMINAL


def quick_plain(raw: str) -> str:
    """Link labels without their targets, no emphasis: enough to judge sentence shape."""
    if "[" in raw:
        raw = LINK_RE.sub(_link_label, raw)
    return _plain(raw)


def _link_label(match: re.Match[str]) -> str:
    return match.group(2)
