"""Products named after their maker in a listing of offers: "Amazon Echo Dot with clock for
$45", "Samsung Galaxy Note 10 Plus for $840", which the rules take for persons when nothing
else types them (capitals alone, cue `default`).

Two pieces of evidence together: a price follows a mention on its line (a currency sign
and a figure within a few words: an offer), and the article also writes the name's first
word alone ("Amazon's Alexa", "Samsung nearly dropped it"), so the first word is an actor
of its own, a maker or a brand, and the run its product. Either alone is too weak: a
player is sold "for $30m", and a person is called by a first name the dictionary does not
know ("Thanks Junior!", a story's hero). A first word the article also writes in lower
case is an ordinary word ("Individual", "Favorite") and proves nothing. The name without
its maker is the same product ("the new Echo Dot"). Persons known by a
given name, a title or another cue are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import PERSON
from .context import GUESSED_PERSON, Span
from .lexicon import fold


def _alone(first: str, second: str, texts: list[str]) -> bool:
    """Whether some text writes `first` as a word not followed by `second`, and none
    writes it in lower case."""
    lower = re.compile(rf"(?<![\w-]){re.escape(first.lower())}(?![\w-])")
    if first.lower() != first and any(lower.search(text) for text in texts):
        return False
    alone = rf"(?<![\w-]){re.escape(first)}(?![\w-])(?![ \t\u00a0]+{re.escape(second)})"
    pattern = re.compile(alone)
    return any(pattern.search(text) for text in texts)


_PRICE = re.compile(r"[^\n]{0,40}?[$€£¥][ \t\u00a0]?\d")


def _priced(text: str, span: Span) -> bool:
    """Whether a price follows the mention on its line, within 40 characters."""
    return _PRICE.match(text, span.end) is not None


def maker_products(parts: Iterable[tuple[str, list[Span]]]) -> set[str]:
    """Folded names of persons guessed from capitals alone that a mention prices and whose
    first word the article also writes alone (see the module); `parts` are (text, spans)
    of one article."""
    parts = list(parts)
    texts = [text for text, _ in parts]
    guessed: set[str] = set()
    cued: set[str] = set()
    for text, spans in parts:
        for span in spans:
            if span.label != PERSON:
                continue
            if span.cue != GUESSED_PERSON:
                cued.add(span.text)
            elif _priced(text, span):
                guessed.add(span.text)
    out = set()
    for name in guessed - cued:
        words = name.split()
        if len(words) > 1 and words[0][:1].isupper() and _alone(words[0], words[1], texts):
            out |= {fold(name), fold(" ".join(words[1:]))}
    return out
