"""An event's summary in the article's own words, and the id made from it.

At most `MAX_SUMMARY_WORDS` words around the date expression, without the wire dateline
("CAIRO (Reuters) -") or a leading filler ("But", "Meanwhile"); ids are the date and the
summary's first content words, suffixed `-2`, `-3` … when repeated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from slugify import slugify

from ..models import Event
from .clauses import MAX_SUMMARY_WORDS, Clause
from .words import LEADING_FILLER, STOPWORDS, WIRE_DATELINE, WORD


def summary(text: str, clause: Clause, start: int, end: int) -> str:
    """The clause's pieces in the article's words, at most 25 words around the expression."""
    parts = []
    for i, (a, b) in enumerate(clause.pieces or ((clause.start, clause.end),)):
        if i:
            parts.append(" … " if clause.trimmed_head and i == 1 else " ")
        chunk = text[a:b].strip().rstrip(",")
        if text[b : b + 1] == "," and text[b + 1 : b + 2] in "\"'”’":
            chunk += text[b + 1]  # 'progress,"': the quote closes, the comma goes
        parts.append(chunk)
    piece = "".join(parts)
    words = list(WORD.finditer(piece))
    if len(words) > MAX_SUMMARY_WORDS:
        offset = piece.find(text[start:end])
        anchor_index = next((i for i, w in enumerate(words) if w.end() > offset), 0)
        first = max(0, anchor_index - (MAX_SUMMARY_WORDS - 6))
        if anchor_index < MAX_SUMMARY_WORDS - 3:
            first = 0
        cut = first + MAX_SUMMARY_WORDS < len(words)
        chosen = words[first : first + MAX_SUMMARY_WORDS]
        piece = piece[chosen[0].start() : chosen[-1].end()]
        piece = ("…" if first else "") + piece + ("…" if cut else "")
    piece = re.sub(r"\s+", " ", piece).strip()
    piece = WIRE_DATELINE.sub("", piece)  # "Oct 18 (Reuters) - The United States …"
    piece = LEADING_FILLER.sub("", piece).strip(" ,;:—–-")
    piece = piece.rstrip(" ,;:—–-")
    if piece and piece[0].islower():
        piece = piece[0].upper() + piece[1:]
    return piece


def says_nothing(summary: str, expression: str) -> bool:
    """Fewer than two content words besides the date expression itself."""
    rest = summary.replace(expression, " ")
    words = [w.lower() for w in WORD.findall(rest)]
    return sum(1 for w in words if w not in STOPWORDS and len(w) > 2 and not w.isdigit()) < 2


def _slug_words(summary: str, count: int = 5) -> str:
    words = [w.lower() for w in WORD.findall(summary)]
    content = [w for w in words if w not in STOPWORDS and not w.isdigit()]
    return slugify(" ".join(content[:count] or words[:count])) or "event"


def event_id(date: str, summary: str) -> str:
    """The date and the summary's first five content words, as a slug."""
    return f"{date}-{_slug_words(summary)}"


def unique_ids(events: Iterable[Event]) -> tuple[Event, ...]:
    """Suffix `-2`, `-3`, … to repeated ids, in the given order."""
    used: dict[str, int] = {}
    result = []
    for event in events:
        count = used.get(event.id, 0) + 1
        used[event.id] = count
        result.append(event if count == 1 else replace(event, id=f"{event.id}-{count}"))
    return tuple(result)
