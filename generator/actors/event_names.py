"""Names of events that no head word marks ("the Black Death", "the Big Bang"): a name
that some mention sets as a time frame, "during the X" or "since the X" ending its noun
phrase (`lang/en/actor_event_frames.txt`), and that never speaks, is an event, not an actor.

A name whose mention only modifies a noun ("during the NBA season") frames nothing: the
word after a framed name must be a function word of English (wordfreq, Zipf 6 or more:
"by", "which", "and") or a punctuation mark. A name the gazetteer knows is kept.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import cache

from .events_venues import SKIPPED
from .language_words import function_word
from .lexicon import data_lines
from .marked_names import marked_names
from .words import SAY_VERBS

_NEXT = re.compile(r"[ \t\u00a0]*(?:([^\w\s])|([A-Za-z]+))?")
_WORDS_AFTER = re.compile(r"[’']?\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?")


@cache
def _frame() -> re.Pattern[str]:
    """A framing preposition and "the" right before a name (the text's end)."""
    words = "|".join(re.escape(w) for w in data_lines("actor_event_frames.txt"))
    return re.compile(rf"\b(?i:{words})\s+the\s+$")


def framed(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a time frame ("during the X," "since the X by")."""
    if not _frame().search(text[max(0, start - 20) : start]):
        return False
    after = _NEXT.match(text, end)
    mark, word = after.group(1), after.group(2)
    if mark is not None:
        return mark not in "'’-"  # "the NBA's", "the X-led": a modifier
    return word is None or word.islower() and function_word(word, "en")


def speaks(text: str, start: int, end: int) -> bool:
    """Whether a verb of saying follows the name (past "also", "has") or precedes it."""
    match = _WORDS_AFTER.match(text, end)
    if match:
        for word in (w for w in match.groups() if w):
            if word in SAY_VERBS:
                return True
            if word not in SKIPPED:
                break
    before = [w for w in text[max(0, start - 20) : start].split() if w.lower() != "the"]
    return bool(before) and before[-1].lower() in SAY_VERBS


def event_names(mentions: Iterable[tuple[str, str, int, int]], known: Container[str]) -> set[str]:
    """Folded names among (text, name, start, end) mentions that some mention frames in time
    and none speaks (see the module); names in `known` (the gazetteer's) are kept."""
    return marked_names(mentions, known, framed, speaks)
