"""Organisations whose name ends in "'s" ("Lowe's", "Macy's", "Kellogg's"). A possessive
"'s" is followed by what is owned ("Apple's phones"); one followed by a verb ("Rival Lowe's
was also lower", "Macy's said") or by the end of a clause ("Ford, Macy's, Kellogg's and
NBC") owns nothing, so it is part of the name. An article that writes one such mention gives
every mention of that name followed by "'s" its "'s" (the recogniser cut it off as a
possessive). Persons are left alone ("Biden's." ends a clause in "the choice is Biden's.")
and so are names the lexicon knows (their canonical names hold what they hold).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import ORGANISATION
from .context import Span
from .lexicon import fold
from .words import SAY_VERBS, STATE_VERBS

_POSSESSIVE = re.compile(r"['’]s(?:[ \t\u00a0]+([a-z]+)\b|(?=[,.;:!?)]|$))")


def _owns_nothing(text: str, end: int) -> bool | None:
    """None when no "'s" follows the name; else whether it owns nothing (see the module)."""
    match = _POSSESSIVE.match(text, end)
    if match is None:
        return None
    word = match.group(1)
    return word is None or word in SAY_VERBS or word in STATE_VERBS


def with_possessive_names(
    ordered: list[tuple[str, list[Span]]], texts: dict[str, str]
) -> list[tuple[str, list[Span]]]:
    """Each part's spans with the "'s" of such names joined to them (see the module)."""
    names = {
        fold(span.text)
        for part, spans in ordered
        for span in spans
        if span.label == ORGANISATION
        and span.name == span.text
        and _owns_nothing(texts.get(part, ""), span.end)
    }
    if not names:
        return ordered
    out = []
    for part, spans in ordered:
        text = texts.get(part, "")
        out.append(
            (part, [_joined(span, text) if fold(span.text) in names else span for span in spans])
        )
    return out


def _joined(span: Span, text: str) -> Span:
    """The span with the "'s" after it, when one follows."""
    if (
        span.label != ORGANISATION
        or span.name != span.text
        or _owns_nothing(text, span.end) is None
    ):
        return span
    joined = text[span.start : span.end + 2]
    return replace(span, end=span.end + 2, text=joined, name=joined)
