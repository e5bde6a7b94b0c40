"""The photo caption under the title and its credit ("… Fabrice Coffrini / AP").

Credit labels and cues ("Photo:", "Foto:", "via", "Getty") come from the language
tables (`words.py`); the patterns are built from them here.
"""

from __future__ import annotations

import re

from ..clean import is_caption
from ..models import Paragraph
from .header_lines import key
from .words import CREDIT_CUES, CREDIT_LABELS, alternation

_LABELS = rf"(?:{alternation(CREDIT_LABELS)})"
_CREDIT_SPLIT_RE = re.compile(
    rf"\s*(?:\(({_LABELS}?[^()]{{2,60}})\)|({_LABELS}s?\s*:\s*.{{2,80}})|"
    r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}\s*/\s*[^/]{2,60}))\s*$"
)
_CREDIT_CUE_RE = re.compile(rf"\b(?:{alternation(CREDIT_CUES)})\b")


def split_credit(caption: str) -> tuple[str, str | None]:
    """ "Caption text. Fabrice Coffrini / AP" → ("Caption text.", "Fabrice Coffrini / AP")."""
    text = caption.strip()
    sentences = re.split(r"(?<=[.!?])\s+", text)
    if len(sentences) >= 2 and len(sentences[-1].split()) <= 12:
        last = sentences[-1]
        if "/" in last or _CREDIT_CUE_RE.search(last):
            return " ".join(sentences[:-1]).strip(), last.strip()
    match = _CREDIT_SPLIT_RE.search(text)
    if match and match.start() > 0:
        return text[: match.start()].strip(), next(g for g in match.groups() if g).strip()
    return text, None


def same_caption(line_key: str, caption: str, credit: str | None) -> bool:
    """The block repeats the caption (with or without its credit)."""
    bare = key(caption)
    full = key(caption + (" " + credit if credit else ""))
    return line_key in (bare, full) or (
        len(line_key) >= 0.8 * len(bare)
        and (full.startswith(line_key) or line_key.startswith(bare))
    )


def is_caption_prefix(blocks: tuple[Paragraph, ...], i: int) -> bool:
    """A caption shown twice: once bare, then again with its credit."""
    if i + 1 >= len(blocks):
        return False
    here, after = key(blocks[i].text), key(blocks[i + 1].text)
    nxt = blocks[i + 1].text
    return bool(here) and after.startswith(here) and is_caption(nxt, len(nxt.split()))
