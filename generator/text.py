"""Small text utilities shared by several stages: sentence boundaries, ordering keys."""

from __future__ import annotations

import re
from functools import lru_cache

_ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr prof gen col lt sgt capt maj sen rep gov pres st jr sr vs etc inc ltd co "
        "corp jan feb mar apr jun jul aug sep sept oct nov dec no u.s u.n u.k e.g i.e a.m p.m "
        "dept est fig mt ft adm cmdr rev"
    ).split()
)
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


@lru_cache(maxsize=4096)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence in `text`; abbreviations like "U.S." or "Dec." don't end one."""
    spans = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        before = text[start : match.start() + 1]
        word = re.search(r"([\w.]+)\.$", before)
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        end = match.end()
        spans.append((start, len(text[:end].rstrip())))
        start = end
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return tuple(s for s in spans if s[1] > s[0])


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The span of the sentence containing `offset` (the whole text if none is found)."""
    for start, end in sentence_spans(text):
        if start <= offset < end:
            return start, end
    return 0, len(text)


def paragraph_number(paragraph_id: str) -> int:
    """Ordering key for paragraph ids: `title` first, then p1, p2, … numerically."""
    if paragraph_id.startswith("p") and paragraph_id[1:].isdigit():
        return int(paragraph_id[1:])
    return 0
