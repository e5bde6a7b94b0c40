"""Persons guessed from capitals alone that the article writes only as a heading or a
line's label: "Developer Tools" alone on its line, "Marionette Fission – Making it
compatible", "Technically Literate: Original works of short fiction".

Web pages title their sections and list items with capitalised phrases, which the rules
take for a person's name when nothing else types them (cue `default`). A person is named
in a sentence: one whose every mention fills its line, or opens it before a colon or a
dash, is a heading's words (a headline's mention is a name's: the headline is the
article's own). A name with a given name, a title or another cue is left
alone ("Jane Doe: I disagree", a transcript's speaker).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import PERSON
from .context import GUESSED_PERSON, Span
from .lexicon import fold
from .texts import TITLE

_LINE_START = re.compile(r"(?:^|\n)[ \t\u00a0*•·>#-]*$")
_LABEL_END = re.compile(
    r"[ \t\u00a0]*(?:[:!?.]?[ \t\u00a0]*(?:\n|$)|:|[ \t\u00a0]+[–—-][ \t\u00a0])"
)


def is_label(text: str, span: Span) -> bool:
    """Whether the mention opens its line and fills it, or is followed by a colon or a
    spaced dash."""
    if not _LINE_START.search(text[max(0, span.start - 20) : span.start]):
        return False
    return _LABEL_END.match(text, span.end) is not None


def heading_labels(parts: Iterable[tuple[str, str, list[Span]]]) -> set[str]:
    """Folded names of persons guessed from capitals alone whose every mention is a
    heading or a line's label (see the module); `parts` are (part id, text, spans) of one
    article."""
    uses: dict[str, set[bool]] = {}
    for part, text, spans in parts:
        for span in spans:
            if span.label == PERSON:
                label = part != TITLE and span.cue == GUESSED_PERSON and is_label(text, span)
                uses.setdefault(fold(span.text), set()).add(label)
    return {name for name, kinds in uses.items() if kinds == {True}}
