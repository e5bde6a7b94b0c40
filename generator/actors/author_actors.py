"""Authors the article's body shows acting: an actor, even though they are also its byline.

The names of an article's authors are dropped from its actors (`local._excluded_names`):
a byline, a bio or a "contact the writer" line names the maker, not a party. But the
metadata stage may take a person the story is about for its author (a fact-check whose
page puts the politician checked where a byline stands), and a columnist may quote a
colleague of the same name. Where a body paragraph gives the author's name a title
("Rep. David McKinley") or makes it the speaker of a verb of saying ("McKinley said",
"said McKinley"), the name is an actor of the story whatever the metadata says: an
author does not write of themselves in the third person with an office.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..lang import load
from .context import Span
from .lexicon import fold, titles
from .personal_names import name_parts
from .texts import CAPTION, TITLE
from .words import HONORIFICS, SAY_VERBS

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?[\s,]*$")
"""The word right before a name, its abbreviation's stop and a comma let through."""
_WORD_AFTER = re.compile(r"^[\s,]*([a-z]+)")
"""The lower-case word right after a name, a comma let through ("McKinley, said")."""
NEAR = 24
"""Characters looked at on each side of a mention."""


@cache
def _speaking() -> frozenset[str]:
    """Verbs of saying less those an author does as the author (`lang/en/author_verbs.txt`:
    "Jane Roe wrote that")."""
    return SAY_VERBS - frozenset(load("en", "author_verbs.txt"))


def _acting(text: str, span: Span) -> bool:
    """An office right before the mention, or a verb of saying right before or after it.
    An honorific says nothing: an author note calls its writers "Dr. Roe"."""
    before = _WORD_BEFORE.search(text[max(0, span.start - NEAR) : span.start])
    after = _WORD_AFTER.match(text[span.end : span.end + NEAR])
    word_before = fold(before.group(1)) if before else ""
    return (
        (word_before in titles() and word_before not in HONORIFICS)
        or word_before in _speaking()
        or (after is not None and after.group(1) in _speaking())
    )


def author_names(author: str) -> frozenset[str]:
    """The folded names an author goes by in a text: the whole name and the surname."""
    parts = name_parts(author)
    return frozenset({fold(author), *([parts[-1]] if len(parts) >= 2 else [])})


def acting_authors(
    authors: Iterable[str], texts: dict[str, str], ordered: list[tuple[str, list[Span]]]
) -> frozenset[str]:
    """Folded names (whole and surname) of the authors that a body paragraph shows
    acting; the headline and the caption do not count (a byline may stand beside them)."""
    names = [author_names(author) for author in authors if author.strip()]
    if not names:
        return frozenset()
    acting: set[str] = set()
    for part, spans in ordered:
        if part in (TITLE, CAPTION):
            continue
        for span in spans:
            said = fold(span.text)
            for folded in names:
                if said in folded and _acting(texts[part], span):
                    acting |= folded
    return frozenset(acting)
