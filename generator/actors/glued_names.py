"""A person's name glued to the next line's words: "Kristi NoemKristi Lynn NoemSouth
Dakota governor", where a page's hover card (name, full name, office) lost its line breaks.

A word of a name is a capital and lower-case letters; one in which a run of three
lower-case letters or more is followed by a capital ("NoemKristi") is two words glued
("McDonald", "MacArthur", "DeShawn" put a capital after one or two). A person's name is cut
where the first glue begins when words follow the glued one: what follows belongs to
other lines ("Ann FitzGerald" alone stays). Organisations are left
alone ("LinkedIn", "PlayStation" are names written so).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import PERSON
from .context import Span

_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")


def glue_at(name: str) -> int | None:
    """Offset in `name` where a glued word begins, or None."""
    match = _GLUE.search(name)
    return match.start() if match else None


def _cut(span: Span) -> Span:
    at = glue_at(span.text) if span.label == PERSON and span.name == span.text else None
    if not at or " " not in span.text[:at] or " " not in span.text[at:]:
        return span
    text = span.text[:at]
    return replace(span, end=span.start + at, text=text, name=text)


def without_glued_tails(ordered: list[tuple[str, list[Span]]]) -> list[tuple[str, list[Span]]]:
    """Each part's spans with every glued person's name cut at its glue (see the module)."""
    return [(part, [_cut(span) for span in spans]) for part, spans in ordered]
