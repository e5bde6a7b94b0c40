"""Journal titles in a reference list: "Changes in immune function with age. Rheum Dis Clin
North Am. 2000;26:455-73." In the citation style of medicine and the sciences (NLM's, also
Vancouver's) an abbreviated journal title ends with a full stop, then the year, a semicolon
and the volume. A name whose every mention stands there is a cited journal, no actor of the
article; the authors before it ("Yung RL") are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import fold

_CITATION_TAIL = re.compile(
    r"(?:[ \t]+[A-Z][A-Za-z]*\.?){0,4}\.?[ \t]*(?:19|20)\d\d"
    r"(?:[ \t]+[A-Z][a-z]{2}(?:[ \t]+\d{1,2})?)?[ \t]*;[ \t]*\d+"
)
"""The rest of the title's abbreviated words, the year (a month and day may follow), ";"
and the volume: " North Am. 2000;26", ". 2019 Mar 5;170"."""


def cited(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by the tail of a citation."""
    return bool(_CITATION_TAIL.match(text, end))


def cited_journals(mentions: Iterable[tuple[str, str, int, int]]) -> set[str]:
    """Folded names among (text, name, start, end) mentions whose every mention is a
    journal title of a citation (see the module)."""
    by_name: dict[str, list[bool]] = {}
    for text, name, _, end in mentions:
        by_name.setdefault(fold(name), []).append(cited(text, end))
    return {name for name, marks in by_name.items() if all(marks)}
