"""Does a line read as prose? The cleaner's sentence shape, asked of one line on its own.

Used where the cleaning left an article no body (`metadata.kept_prose`): what it removed is
kept back only if it reads as full sentences, so that a page of menus and buttons is still
skipped while a short article whose only paragraph looked like a dateline is not.
"""

from __future__ import annotations

from .blocks import describe
from .classify import full_sentences
from .furniture import furniture_reason
from .header import reads_as_clause


def reads_as_prose(line: str, stop: frozenset[str]) -> bool:
    """Full sentences: six words or more, ending on sentence punctuation, a prose share of
    stop words, few links (`classify.full_sentences`), several lower-case words
    (`header.reads_as_clause`), and no furniture words (a cookie notice is a sentence too)."""
    block = describe(0, line, stop)
    return (
        full_sentences(block)
        and not block.is_list
        and reads_as_clause(block.text)
        and furniture_reason(block) is None
    )
