"""A state named right after a town and a comma qualifies the town: "Istanbul, Turkey",
"Stuttgart, Germany", "Cape Town, South Africa" say where the town is, and make the state
no party of the article (a venue, as "in Turkey" is: `local._note_party`).

Only a town the gazetteer knows as a place or a capital counts before the comma: "Russia,
Turkey and Iran" is a list of states.
"""

from __future__ import annotations

import re

from .gazetteer import gazetteer
from .lexicon import fold

_TOWN_COMMA = re.compile(r"((?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’.-]*),\s+$")
"""One to three capitalised words, a comma and a space, right before the state."""
TOWN_LABELS = frozenset({"place", "capital"})


def after_town(text: str, start: int) -> bool:
    """Whether a town the gazetteer knows and a comma stand right before `start`."""
    match = _TOWN_COMMA.search(text, max(0, start - 60), start)
    if match is None:
        return False
    words = match.group(1).split()
    for k in range(len(words)):  # "in Beijing, China": the longest known tail
        entry = gazetteer().get(fold(" ".join(words[k:])))
        if entry is not None:
            return entry.label in TOWN_LABELS
    return False
