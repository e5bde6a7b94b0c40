"""Names of products: a name that some mention gives a model after it ("AirPods 2 with a
case", "Galaxy S21.", "MacBook Air", model words in `lang/en/actor_model_words.txt`) and
that never acts (`events_venues.acts`: no verb of saying or agency after it) is a product
line, not its maker.

A result line puts a figure after a team too ("Ajax 2 PSV 1", "Ajax 2-1"): a model number
must be followed by a lower-case word, a bracket or the end of a sentence, not by a
capitalised word, another figure or a dash, and a figure must not stand right before the
name ("Chelsea 2 Arsenal 1 in the late game"). A plain number must be followed by a
function word and no figure soon after ("Polti 5 seconds behind", "Telekom 4 hours 48
mins" are result lines). A name typed a person ("C. Lewis 80 not out", a scorer) or known
to the gazetteer is kept.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import cache

from ..models import PERSON
from .events_venues import acts
from .language_words import function_word
from .lexicon import data_lines
from .marked_names import marked_names

_NUMBER = r"(?:[A-Z]{0,2}\d{1,4}[a-z]?)"
"""A model number: "2", "S21", "A15", "S21e"; "12th" is none (an ordinal)."""
_PLAIN_MODEL = re.compile(r"[ \t\u00a0]+\d{1,2}[ \t\u00a0]+([a-z]+)\b")
_SCORE_BEFORE = re.compile(r"\d[ \t\u00a0]*[-–:,]?[ \t\u00a0]+$")
_AFTER_MODEL = r"(?=[ \t\u00a0]+[a-z(]|[.,;:!?)]?(?:\s|$))(?![.,:/-]\d)"


@cache
def _model() -> re.Pattern[str]:
    """A model number or a model word right after a name, ending as `_AFTER_MODEL` says."""
    words = "|".join(re.escape(w) for w in data_lines("actor_model_words.txt"))
    return re.compile(rf"[ \t\u00a0]+(?:{_NUMBER}|(?i:{words}))(?![\w-]){_AFTER_MODEL}")


def model_after(text: str, start: int, end: int) -> bool:
    """Whether a model follows the name at text[start:end] (see the module); a figure
    right before it makes the figure after it a score ("Chelsea 2 Arsenal 1 in")."""
    if _SCORE_BEFORE.search(text[max(0, start - 8) : start]):
        return False
    match = _model().match(text, end)
    return match is not None and not match.group().strip().isdigit() or _numbered(text, end)


def _numbered(text: str, end: int) -> bool:
    """A plain model number ("AirPods 2 with a case"): one or two digits, then a function
    word of English, and no figure in the three words after it (a result line goes on with
    figures and units: "Telekom 4 hours 48 mins", "Leicestershire 22 points, Somerset 4")."""
    match = _PLAIN_MODEL.match(text, end)
    if match is None or not function_word(match.group(1), "en"):
        return False
    return not any(c.isdigit() for c in " ".join(text[match.end() :].split()[:3]))


def product_names(
    mentions: Iterable[tuple[str, str, int, int, str]], known: Container[str]
) -> set[str]:
    """Folded names among (text, name, start, end, type) mentions that some mention gives
    a model and none acts (see the module); names in `known` (the gazetteer's) and names
    typed persons are kept."""
    not_persons = (
        (text, name, start, end) for text, name, start, end, label in mentions if label != PERSON
    )
    return marked_names(not_persons, known, model_after, acts)
