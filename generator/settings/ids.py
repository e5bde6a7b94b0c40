"""Ids that the configuration gives to actors and events.

They become page names, `id="…"` attributes and `#anchors`, so they must be what the
generator makes itself: slugs (`a-z`, `0-9`, single `-` between them).
"""

from __future__ import annotations

import re

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID_LENGTH = 200


def is_slug(text: str) -> bool:
    """True for a lower-case ASCII slug of at most MAX_ID_LENGTH characters."""
    return len(text) <= MAX_ID_LENGTH and SLUG_RE.fullmatch(text) is not None


def slug_problem(text: str) -> str | None:
    """Why `text` cannot be an actor or event id, or None when it can."""
    if is_slug(text):
        return None
    if len(text) > MAX_ID_LENGTH:
        return f"an id is at most {MAX_ID_LENGTH} characters long"
    return (
        f"expected an id made of a-z, 0-9 and single '-' between them (like an actor "
        f"page's name or a timeline anchor), got {text!r}"
    )
