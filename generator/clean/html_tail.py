"""The article's next section, where trafilatura's precise run stops one section early.

The precise run sometimes ends the article at a section break: the balanced run goes on
with a subhead and its prose, the precise run stops before the subhead. Most of what the
balanced run has after the shared paragraphs is furniture (related stories, newsletter
boxes, comments), so only a section shaped like the article's own is taken: a subhead at a
level the article already uses for its inner sections (not for its title), not a furniture
heading ("Related stories", "Comments"), followed directly by prose. The section ends at
the first paragraph that is not prose.
"""

from __future__ import annotations

import re

from .blocks import describe
from .classify import _shape_class
from .furniture import SECTION_RE
from .profiles import article_language

_HEADING_RE = re.compile(r"(#{1,6})\s+\S")
_PROSE = ("good", "neargood")


def heading_level(paragraph: str) -> int:
    """The Markdown heading level of a one-line paragraph (0: not a heading)."""
    match = _HEADING_RE.match(paragraph)
    return len(match.group(1)) if match and "\n" not in paragraph else 0


def section_levels(kept: list[str]) -> frozenset[int]:
    """The heading levels the article uses for its inner sections: every heading after the
    first paragraph (the first may be the title)."""
    return frozenset(level for p in kept[1:] if (level := heading_level(p)))


def prose(paragraph: str, stop: frozenset[str]) -> bool:
    """Sentences in the shape of the article's own text (the cleaner's shape classes)."""
    return not heading_level(paragraph) and _shape_class(describe(0, paragraph, stop)) in _PROSE


def next_section(kept: list[str], tail: list[str]) -> list[str]:
    """The paragraphs of `tail` (what the balanced run has right after the precise run's
    last paragraph) that continue the article: its next subhead and the prose under it."""
    if not tail or heading_level(tail[0]) not in section_levels(kept):
        return []
    if SECTION_RE.match(tail[0].lstrip("#").strip()):
        return []
    _, stop = article_language("\n\n".join(kept))
    section = [tail[0]]
    for paragraph in tail[1:]:
        if not prose(paragraph, stop):
            break
        section.append(paragraph)
    return section if len(section) > 1 else []
