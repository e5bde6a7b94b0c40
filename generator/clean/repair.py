"""Repair: paragraphs broken across a blank line (or wrapped mid-sentence) rejoined, so the
halves are judged as the paragraph they are."""

from __future__ import annotations

import re

from .header import header_furniture, looks_like_byline
from .inline import LIST_ITEM_RE, SENTENCE_END_RE, TERMINAL, WORD_RE, quick_plain
from .join_guard import join_allowed

_OPEN_END_RE = re.compile(r"[\w,\-–—(/&]$")


def _ends_open(plain: str) -> bool:
    """The text stops where a sentence cannot (a word, a comma, an open bracket)."""
    tail = plain.rstrip()
    return bool(tail) and tail[-1] not in TERMINAL and bool(_OPEN_END_RE.search(tail))


def _continues(plain: str) -> bool:
    """The text starts the way only a continued sentence starts (lower case, a comma)."""
    head = plain.lstrip(" \"'([*")
    return bool(head) and (head[0].islower() or head[0] in ",;)")


def rejoin_broken(blocks: list[str], stop: frozenset[str]) -> tuple[list[str], int]:
    """Rejoin blocks split mid-sentence; returns the blocks and how many joins were made.

    Evidence for a break: the first half is prose (five words or more, no heading or
    list markup) ending without sentence punctuation, and the second half starts in
    lower case, or the first half ends on a stop word ("… sending its Ambassador to" /
    "Kazakhstan as an observer").
    """
    out: list[str] = []
    joins = 0
    prose = [_is_prose_line(raw) for raw in blocks]
    previous: str | None = None  # plain text of out[-1] when it is a prose line
    for raw, is_prose in zip(blocks, prose, strict=True):
        if not is_prose:
            out.append(raw)
            previous = None
            continue
        plain = quick_plain(raw)
        if previous is not None and _ends_open(previous):
            words = WORD_RE.findall(previous)
            if len(words) >= 5:
                last = words[-1].lower()
                if (
                    _continues(plain)
                    or (
                        last in stop
                        and len(last) <= 4
                        and plain[:1].isalpha()
                        and _mid_paragraph(previous, len(words))
                    )
                ) and not _header_line(plain):  # "Title" / "há 2 horas" / "A | Reuters"
                    if not join_allowed(previous, plain, stop, _continues(plain)):
                        out.append(raw)
                        previous = plain
                        continue
                    out[-1] = out[-1].rstrip() + " " + raw.lstrip()
                    previous = previous.rstrip() + " " + plain.lstrip()
                    if not _is_prose_line(out[-1]):
                        previous = None  # "**a" + "b**" reads as a bold line now
                    joins += 1
                    continue
        out.append(raw)
        previous = plain
    return out, joins


def _mid_paragraph(plain: str, words: int) -> bool:
    """Long enough, or punctuated enough, to be a paragraph cut short, not a title or dek.

    Stop-word lists are frequency lists ("end", "war" are on English's), so a title ending
    on one ("… as Vienna talks end") must not swallow the capitalised line under it.
    """
    return words >= 20 or words >= 12 and ("," in plain or bool(SENTENCE_END_RE.search(plain)))


def _header_line(plain: str) -> bool:
    """A line that starts no continuation: furniture ("há 2 horas") or a byline ("A | Reuters").

    Not a dateline or a caption shape: a continuation may well hold a year or a credit.
    """
    return header_furniture(plain) is not None or looks_like_byline(plain)


def _is_prose_line(raw: str) -> bool:
    """One line, no heading, list or quote markup."""
    if "\n" in raw.strip():
        return False
    stripped = raw.lstrip()
    return not (
        stripped.startswith(("#", ">", "|", "<"))
        or LIST_ITEM_RE.match(stripped)
        or stripped.startswith("**")
        and stripped.rstrip().endswith("**")
    )
