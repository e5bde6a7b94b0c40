"""An organisation named after a pair of states keeps its first state: "the U.S.-South
Korea Nuclear Consultative Group" is one name. A dotted short form ("U.S.") ends a token
of its own, so the rules read a state, then an organisation from the word after the
hyphen ("South Korea Nuclear Consultative Group"); "US-China Business Council", one
token, was read whole already.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import GROUP_TYPES, STATE
from .context import Span


def with_state_prefix(text: str, spans: list[Span]) -> list[Span]:
    """The spans (sorted by offset), each organisation right after "<state>-" opened on
    that state, the state's own span dropped."""
    out: list[Span] = []
    for span in spans:
        before = out[-1] if out else None
        if (
            before is not None
            and before.label == STATE
            and span.label in GROUP_TYPES
            and span.name == span.text
            and text[before.end : span.start] == "-"
        ):
            whole = text[before.start : span.end]
            out[-1] = replace(span, start=before.start, text=whole, name=whole)
            continue
        out.append(span)
    return out
