"""The HTML body from two trafilatura runs: precise, plus what a balanced run finds inside it.

trafilatura's precision mode keeps the article and little else (best on news pages), but
drops some of the article's own lines: subheads, one-line paragraphs of dialogue, a short
lead-in to a list. Its balanced mode keeps those and more furniture besides. A paragraph
that only the balanced run has, and that it places *between* two paragraphs both runs
keep, is inside the article: it is taken, unless its shape says promo (a list of links, a
line in capitals). Paragraphs the balanced run adds before or after the shared ones (a
title, a dek, related stories, comments) are left out. The precise run's order and text
stay as they are.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_PARAGRAPH_SPLIT_RE = re.compile(r"\n[ \t]*\n")
_WORD_RE = re.compile(r"\w+")
_LIST_ITEM_RE = re.compile(r"\s*(?:[-*+]|\d{1,3}[.)])\s")
_INLINE_TAG_RE = re.compile(r"(?<!\\)</?(?:sup|sub|u)>")
"""The inline HTML trafilatura writes into Markdown for what Markdown cannot say."""
_WORD_EMPHASIS_RE = re.compile(r"(```.*?```|`[^`\n]*`)|(?<=\w)\*+(?=\w)", re.S)
"""Emphasis markers inside a word (`H*ij*`, `**bold**er`): trafilatura escapes a literal
`*` (`2\\*3`), so an unescaped one between two letters is markup; except in code (a
fenced block or a `span`), which trafilatura writes as it is (`2**10`), matched first and
kept. The marker at the word's edge is left to the text path, which drops edge emphasis."""
_CAPS_SHARE = 0.7
_CAPS_MIN_LETTERS = 8


def paragraphs(markdown: str) -> list[str]:
    """The Markdown's blocks (separated by blank lines), stripped, empty ones dropped."""
    return [p.strip() for p in _PARAGRAPH_SPLIT_RE.split(markdown) if p.strip()]


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.casefold()))


def shouting(text: str) -> bool:
    """Mostly capital letters: a promo or call to action ("GET THE APP"), not prose."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < _CAPS_MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) / len(letters) > _CAPS_SHARE


def worth_adding(paragraph: str) -> bool:
    """An inner paragraph of the balanced run that may be the article's: not a list item
    (link lists, metadata rows), not shouting."""
    return not _LIST_ITEM_RE.match(paragraph) and not shouting(paragraph)


_MAX_GAP = 8
"""The most words one put-back run may have: a link's text, not a missing sentence."""


def fuller(longer: str, shorter: str) -> bool:
    """`longer` is `shorter` with link texts put back (the precise run drops the text of
    some links): it starts the same, and `shorter`'s words come in order in it, apart from
    runs of at most `_MAX_GAP` words."""
    inner, outer = _WORD_RE.findall(shorter.casefold()), _WORD_RE.findall(longer.casefold())
    if not inner or len(outer) <= len(inner) or outer[0] != inner[0]:
        return False
    at = 0
    for word in inner:
        gap = 0
        while at < len(outer) and outer[at] != word:
            at, gap = at + 1, gap + 1
        if at == len(outer) or gap > _MAX_GAP:
            return False
        at += 1
    return len(outer) - at <= _MAX_GAP


_LOOKAHEAD = 3
"""How many of the precise run's paragraphs after the last aligned one may be a shorter
copy of the balanced run's next paragraph."""


def align(kept: list[str], others: list[str]) -> tuple[list[int | None], dict[int, str]]:
    """For each balanced paragraph, the precise paragraph it is (same words, or the same
    with words put back), in order; and the precise paragraphs to replace by fuller ones.

    Same-word paragraphs are paired first, by the longest runs the two sequences share
    (`difflib`), not by the first copy found: a short line the page prints twice ("Learn
    more") would pair with its later copy and leave every paragraph between the two
    unpaired, and a breadcrumb above the title ("Ferries timetable") would pass for a fuller
    copy of the title ("Ferries"). A fuller copy is then looked for only among the precise
    paragraphs left unpaired, between the paired ones around it.
    """
    matcher = SequenceMatcher(None, [_key(p) for p in others], [_key(p) for p in kept], False)
    aligned: list[int | None] = [None] * len(others)
    for block in matcher.get_matching_blocks():
        for n in range(block.size):
            aligned[block.a + n] = block.b + n
    bounds, bound = [len(kept)] * len(others), len(kept)
    for j in range(len(others) - 1, -1, -1):
        bounds[j] = bound  # the next paired precise paragraph after balanced paragraph j
        bound = aligned[j] if aligned[j] is not None else bound
    fuller_copies: dict[int, str] = {}
    last = -1
    for j, paragraph in enumerate(others):
        at = aligned[j]
        if at is None:
            at = next(
                (
                    i
                    for i in range(last + 1, min(last + 1 + _LOOKAHEAD, bounds[j]))
                    if i not in fuller_copies and fuller(paragraph, kept[i])
                ),
                None,
            )
            if at is not None:
                fuller_copies[at] = paragraph
                aligned[j] = at
        last = at if at is not None else last
    return aligned, fuller_copies


_SAME_CUT_WORDS = 5
"""A shorter extra paragraph found inside the precise text is a subhead ("Fares") whose
words a sentence happens to use, not a second cut of that sentence."""


def _said_already(key: str, whole: str) -> bool:
    return key.count(" ") + 1 >= _SAME_CUT_WORDS and f" {key} " in whole


def _holds_one_of(key: str, loose: list[str]) -> bool:
    """The extra paragraph holds the whole of a precise paragraph that the alignment left
    unpaired: the same paragraph cut with a line of furniture ("Read more") in front or
    behind, which would put its text in the body twice."""
    size = key.count(" ") + 1
    return any(
        f" {part} " in f" {key} " and size - part.count(" ") - 1 <= _MAX_GAP for part in loose
    )


def merge_inner(precise: str, balanced: str, other_cuts: bool = True) -> str:
    """The precise run's paragraphs, each in the balanced run's fuller copy where it has
    one, with the balanced run's extra inner paragraphs put back where the balanced run has
    them (after the shared paragraph they follow). A paragraph whose words the precise run
    already has (the same, or cut differently, or with a line of furniture around it) is
    not added twice; `other_cuts=False` turns the last check off, for measuring
    (`bench/body_rules.py`)."""
    kept = paragraphs(precise)
    if not kept or not balanced:
        return precise
    others = paragraphs(balanced)
    aligned, fuller_copies = align(kept, others)
    shared = [j for j, at in enumerate(aligned) if at is not None]
    if not shared:
        return precise
    keys = [_key(p) for p in kept]
    whole, known = f" {' '.join(keys)} ", set(keys)
    paired = set(aligned)
    loose = [k for i, k in enumerate(keys) if i not in paired and _said_already(k, f" {k} ")]
    inserts: dict[int, list[str]] = {}
    after = -1
    for j in range(shared[0], shared[-1] + 1):
        at, key = aligned[j], _key(others[j])
        if at is not None:
            after = at
        elif (
            key
            and key not in known
            and not _said_already(key, whole)
            and not (other_cuts and _holds_one_of(key, loose))
            and worth_adding(others[j])
        ):
            inserts.setdefault(after, []).append(others[j])
    if not inserts and not fuller_copies:
        return precise
    merged: list[str] = []
    for i, paragraph in enumerate(kept):
        merged.append(fuller_copies.get(i, paragraph))
        merged.extend(inserts.get(i, ()))
    return "\n\n".join(merged)


def without_inline_tags(markdown: str) -> str:
    """`19<sup>th</sup>` → `19th`, `H*ij*` → `Hij`: the tags would show as text (or as
    markup) downstream, and emphasis inside a word would cut it in two."""
    if "<" in markdown:
        markdown = _INLINE_TAG_RE.sub("", markdown)
    return _WORD_EMPHASIS_RE.sub(_code_or_nothing, markdown) if "*" in markdown else markdown


def _code_or_nothing(match: re.Match[str]) -> str:
    return match.group(1) or ""
