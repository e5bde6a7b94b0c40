"""Where the broken-paragraph repair must stop: at a button label, at page furniture, or
before a line that reads as a headline.

A consent notice often ends without a full stop, its button ("Got it") ends on a stop word,
and the headline under it starts with a capital: each step looks like a paragraph broken
mid-sentence, and the three became one title. A true continuation finishes its sentence;
a headline, a button and a banner do not.
"""

from __future__ import annotations

from .blocks import describe
from .buttons import is_button_label
from .furniture import furniture_reason
from .header import is_caption
from .inline import TERMINAL, WORD_RE

_HEADLINE_MAX_WORDS = 20


def reads_as_headline(plain: str) -> bool:
    """A short capitalised line that finishes no sentence: a headline or a label, never the
    rest of a sentence broken off above (that ends on its full stop)."""
    text = plain.strip().rstrip("*_ ")
    words = WORD_RE.findall(text)
    return (
        3 <= len(words) <= _HEADLINE_MAX_WORDS
        and text[:1].isupper()
        and not is_caption(text, len(words))  # "Photo: A. Name, AP" ends a caption
        and text[-1:] not in TERMINAL
        and not text.endswith((",", ";", ":"))
    )


def join_allowed(previous: str, following: str, stop: frozenset[str], lower_start: bool) -> bool:
    """Whether `previous` (a prose line ending open) may take `following` as its continuation.

    Never across a button label or a block of furniture; a capitalised continuation (joined
    on a stop word only) never when it reads as a headline.
    """
    if is_button_label(previous) or is_button_label(following):
        return False
    if not lower_start and reads_as_headline(following):
        return False
    return furniture_reason(describe(0, previous, stop)) is None
