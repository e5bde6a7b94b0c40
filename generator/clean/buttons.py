"""Button labels ("Accept all", "Got it", "Subscribe") on lines of their own, and the banner
that a button closes: a consent notice or a prompt that ends on no full stop."""

from __future__ import annotations

import re
from itertools import islice

from . import vocab
from .blocks import Block
from .inline import WORD_RE

CONSENT_RE = re.compile(rf"^\W*(?:{vocab.alternation('consent_buttons')})\W*$", re.I)
"""A consent or dismiss button ("Accept all", "Got it"): each language's `clean.json`."""
BUTTON_RE = re.compile(rf"^\W*(?:{vocab.alternation('button_labels')})\W*$", re.I)
"""Any other button ("Subscribe", "Learn more"), also a link's label inside an article."""


_MAX_WORDS = 4


def _few_words(text: str) -> bool:
    """One to `_MAX_WORDS` words: counted up to one more, not over a whole paragraph (every
    block of every article is asked)."""
    return 1 <= sum(1 for _ in islice(WORD_RE.finditer(text), _MAX_WORDS + 1)) <= _MAX_WORDS


def is_button_label(plain: str) -> bool:
    """Four words at most, no sentence, a known label."""
    text = plain.strip()
    return _few_words(text) and bool(CONSENT_RE.match(text) or BUTTON_RE.match(text))


def is_consent_button(plain: str) -> bool:
    text = plain.strip()
    return _few_words(text) and bool(CONSENT_RE.match(text))


def mark_buttons(blocks: list[Block]) -> None:
    """A consent button is furniture, and so is the block it closes when that block ends on
    no sentence (a banner's notice: a paragraph of the article finishes its sentence).

    Other labels ("Learn more") are left to the shape evidence: inside an article they are
    often the page's own links."""
    for i, block in enumerate(blocks):
        if block.heading or block.is_list or not is_consent_button(block.text):
            continue
        block.cls, block.reason = "bad", block.reason or "button label"
        above = _above(blocks, i)
        if above is not None and above.reason is None and not above.ends_sentence:
            above.cls, above.reason = "bad", "banner closed by a button"


def _above(blocks: list[Block], i: int) -> Block | None:
    """The nearest block above with text (markup-only blocks skipped)."""
    for j in range(i - 1, -1, -1):
        if blocks[j].text:
            return None if blocks[j].heading or blocks[j].is_list else blocks[j]
    return None
