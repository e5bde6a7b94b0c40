"""Bracketed lists of codes: "[M2 SP / MF]", "(MP3 / M1 SP)". A text that cites its sources,
editions or parts by short codes puts them in brackets, each code capitals and figures, no
word between them; an acronym the article writes only inside such lists is a code, not a
body that acts (`acronym_terms`). A bracket that holds one acronym defines it ("People
Power Party (PPP)") and one that holds a word ("(AU and NZ)") is prose: neither is a list.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"[\s/,;|+&]+")
_CODE = re.compile(r"[A-Z0-9]{1,6}")
MIN_CODES = 2
"""The fewest codes with a letter in a list: one alone is a definition."""
REACH = 80
"""The longest list read, in characters."""


def code_list(inside: str) -> bool:
    """Whether a bracket's content is a list of codes (see the module)."""
    tokens = [t for t in _SEPARATOR.split(inside) if t]
    if not all(_CODE.fullmatch(t) for t in tokens):
        return False
    return sum(1 for t in tokens if not t.isdigit()) >= MIN_CODES


def in_code_list(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a bracketed list of codes."""
    opening = max(
        text.rfind("[", max(0, start - REACH), start), text.rfind("(", max(0, start - REACH), start)
    )
    if opening < 0:
        return False
    close = "]" if text[opening] == "[" else ")"
    closing = text.find(close, end, end + REACH)
    if closing < 0 or any(c in text[opening + 1 : closing] for c in "[]()\n"):
        return False
    return code_list(text[opening + 1 : closing])
