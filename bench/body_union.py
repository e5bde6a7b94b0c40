"""The union of the HTML body candidates' blocks, and a block-level choice among them.

Three extractors read a page: trafilatura's precise and balanced runs (merged by
`generator.clean.html_merge`) and readability-lxml (`body_readability`). They disagree on
the edges of the article (a dek, a caption, a byline, a subhead, a closing line, a box of
links). The union keeps one run's blocks in their order (the *base*) and puts the other
run's new blocks where that run has them; a block whose words the base already has (the
same words, or most of them cut another way) is not added twice. Each block gets a row of
evidence (`features`); a logistic model (`fit_body_blocks.py`) scores it, and the blocks
with a positive score stay (`chosen`).

Measured, not adopted: the two HTML folders' golds disagree on exactly the blocks the
candidates disagree on (Readability's gold keeps captions, bylines and table cells that
article-extraction's gold leaves out), so no choice helps one folder without hurting the
other (`fit_body_blocks.py`, README "Benchmarks").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from lxml.html import HtmlElement

from generator.clean.html_merge import paragraphs
from generator.clean.profiles import _language_stopwords

_WORD_RE = re.compile(r"\w+")
_ENDS_SENTENCE_RE = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_LIST_RE = re.compile(r"(?:[-*+]|\d{1,3}[.)])\s")
_PROSE_WORDS = 15
"""A block this long that ends a sentence is prose: the article's first and last ones
frame the body."""
_COVERED = 0.5
"""A readability block whose words the merged run already holds past this share is a
second cut of text the body has."""

FEATURES = (
    "bias",
    "precise",
    "balanced",
    "readability",
    "only_readability",
    "before_prose",
    "after_prose",
    "log_words",
    "ends_sentence",
    "heading",
    "list_item",
    "link_share",
    "stopword_share",
    "capitalised_share",
    "repeated",
)


@dataclass(frozen=True)
class Block:
    """One block of the union and the candidates that hold its words."""

    text: str
    precise: bool
    balanced: bool
    readability: bool
    base: bool = True
    """The block is the base run's (not one the other run added)."""


def key(text: str) -> str:
    """A block's words, case folded: how blocks of different extractors are compared."""
    return " ".join(_WORD_RE.findall(text.casefold()))


def _inside(text_key: str, whole: str) -> bool:
    return bool(text_key) and f" {text_key} " in whole


def _whole(blocks: list[str]) -> str:
    return f" {' '.join(key(b) for b in blocks)} "


def _covered(text_key: str, base_words: Counter[str]) -> bool:
    """Most of a block's words are words of the base run: the same text cut another way
    (a paragraph split at a line break, a link's text dropped), not new text."""
    words = text_key.split()
    return bool(words) and sum(base_words[w] > 0 for w in words) >= _COVERED * len(words)


def union(base_run: str, extra_run: str, runs: tuple[str, str, str]) -> tuple[Block, ...]:
    """The base run's blocks, with the extra run's new blocks where the extra run has them;
    each flagged by which of `runs` (precise, balanced, readability) holds its words."""
    base, extra = paragraphs(base_run), paragraphs(extra_run)
    base_keys, extra_keys = [key(b) for b in base], [key(b) for b in extra]
    base_whole = f" {' '.join(base_keys)} "
    base_words = Counter(base_whole.split())
    inserts: dict[int, list[str]] = {}
    matcher = SequenceMatcher(None, extra_keys, base_keys, False)
    aligned: dict[int, int] = {}
    for match in matcher.get_matching_blocks():
        for n in range(match.size):
            aligned[match.a + n] = match.b + n
    after = -1
    for j, text in enumerate(extra):
        if j in aligned:
            after = aligned[j]
            continue
        new = extra_keys[j] and not _inside(extra_keys[j], base_whole)
        if new and not _covered(extra_keys[j], base_words):
            inserts.setdefault(after, []).append(text)
    ordered = [(text, False) for text in inserts.get(-1, ())]
    for i, text in enumerate(base):
        ordered.append((text, True))
        ordered.extend((added, False) for added in inserts.get(i, ()))
    wholes = tuple(_whole(paragraphs(run)) for run in runs)
    return tuple(
        Block(text, *(_inside(key(text), whole) for whole in wholes), base=from_base)
        for text, from_base in ordered
    )


def _printed_twice(block_key: str, page_key: str) -> bool:
    """The page's text holds the block's words twice (copies may touch: "Share Share")."""
    if not block_key:
        return False
    first = page_key.find(f" {block_key} ")
    return first >= 0 and page_key.find(f" {block_key} ", first + len(block_key) + 1) >= 0


def _prose(text: str) -> bool:
    return len(_WORD_RE.findall(text)) >= _PROSE_WORDS and bool(_ENDS_SENTENCE_RE.search(text))


def features(
    blocks: tuple[Block, ...], anchors: frozenset[str], page_text: str
) -> list[list[float]]:
    """One row of `FEATURES` per block: the candidates that hold it, its place relative to
    the first and last prose block, its shape (length, sentence end, heading, list item,
    capitals), the share of its words that are link text on the page, its share of the
    page's stop words, and whether the page prints its words more than once."""
    prose = [i for i, b in enumerate(blocks) if _prose(b.text)]
    first, last = (prose[0], prose[-1]) if prose else (0, len(blocks) - 1)
    words_all = _WORD_RE.findall(" ".join(b.text for b in blocks).lower())
    stopwords = _language_stopwords(words_all)[1]
    page_key = f" {key(page_text)} "
    rows = []
    for i, block in enumerate(blocks):
        words = _WORD_RE.findall(block.text)
        n = len(words) or 1
        block_key = key(block.text)
        linked = sum(len(a.split()) for a in anchors if _inside(a, f" {block_key} "))
        rows.append(
            [
                1.0,
                float(block.precise),
                float(block.balanced),
                float(block.readability),
                float(block.readability and not (block.precise or block.balanced)),
                float(i < first),
                float(i > last),
                math.log1p(len(words)),
                float(bool(_ENDS_SENTENCE_RE.search(block.text))),
                float(block.text.startswith("#")),
                float(bool(_LIST_RE.match(block.text))),
                min(1.0, linked / n),
                sum(w.lower() in stopwords for w in words) / n,
                sum(w[:1].isupper() for w in words) / n,
                float(_printed_twice(block_key, page_key)),
            ]
        )
    return rows


_VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"


def page_evidence(tree: HtmlElement) -> tuple[frozenset[str], str]:
    """The page's link texts (as keys) and its visible text, for `features`."""
    anchors = frozenset(k for a in tree.iter("a") if (k := key(a.text_content())))
    return anchors, " ".join(t for t in tree.xpath(_VISIBLE_TEXT) if t.strip())


def scores(rows: list[list[float]], weights: tuple[float, ...]) -> list[float]:
    """Each block's linear score (its log-odds of being the article's)."""
    return [sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]


def decided(blocks: tuple[Block, ...], inner_only: bool) -> list[bool]:
    """Which blocks the model decides: all of them, or (`inner_only`) only readability's
    own blocks that sit between the base run's first and last block (the rest stay as the
    base has them: base blocks kept, readability's edge blocks left out)."""
    if not inner_only:
        return [True] * len(blocks)
    base = [i for i, b in enumerate(blocks) if b.base]
    lo, hi = (base[0], base[-1]) if base else (0, -1)
    return [not b.base and lo < i < hi for i, b in enumerate(blocks)]


def chosen(
    blocks: tuple[Block, ...], rows: list[list[float]], weights: tuple[float, ...], inner_only: bool
) -> list[str]:
    """The union's blocks that stay, in order: a decided block when its score is positive,
    any other block when it is the base run's."""
    picks = decided(blocks, inner_only)
    out = []
    for block, pick, score in zip(blocks, picks, scores(rows, weights), strict=True):
        if (score > 0) if pick else block.base:
            out.append(block.text)
    return out
