"""Names inside a quoted title are a work's, not people: "Viva Zapata", “Long Train Running”
and "The Decaying Mansion" are a film, a song and a book, and the capitalised words in them
name no person.

A quotation is a title when every word in it is capitalised or one of title case's small
words (`lang/en/actor_title_small_words.txt`), at most `MAX_WORDS` words; speech in quotes
("Ada Velk is a liar") is not. A nickname set in a name ('Joaquin "El Chapo" Guzman') is not
a title either: a capitalised word touches its quotation on the outside; nor is a name
introduced as one ("a person called “Stormy Daniels”"), which may be of anything.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import PERSON
from .context import Span
from .lexicon import data_lines, fold
from .words import NAMING_WORDS, alternation

OPENING = '"“«„'
CLOSING = '"”»“'
REACH = 80
"""How far from a name its quotation marks may be."""
MAX_WORDS = 8
PERSON_CUES = frozenset({"said", "title", "lexicon", "known", "leader"})
"""Evidence of a person beyond capitals (a verb of saying, a title, a known name): such a
name stays a person inside quotes too."""
_NAMING = re.compile(rf"\b(?:{alternation(NAMING_WORDS)})\s*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W_][\w'’.-]*")


@cache
def small_words() -> frozenset[str]:
    """Words a title may hold in lower case."""
    return frozenset(line.strip() for line in data_lines("actor_title_small_words.txt"))


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a quotation that is a title (see the module)."""
    lefts = [text.rfind(q, max(0, start - REACH), start) for q in OPENING + CLOSING]
    rights = [text.find(q, end, end + REACH) for q in OPENING + CLOSING]
    left = max(lefts, default=-1)
    right = min((r for r in rights if r >= 0), default=-1)
    if left < 0 or right < 0 or text[left] not in OPENING or text[right] not in CLOSING:
        return False
    if text[left] == '"' and text.count('"', 0, left) % 2:
        return False  # a closing quote: the name is between two quotations
    words = _WORD.findall(text[left + 1 : right])
    if not words or len(words) > MAX_WORDS:
        return False
    if not all(w[:1].isupper() or w in small_words() for w in words):
        return False
    if _NAMING.search(text[max(0, left - 30) : left]):
        return False  # "a person called “Stormy Daniels”": a name of anything
    return not (_capital_before(text, left) or _capital_after(text, right))


def _capital_before(text: str, at: int) -> bool:
    """A capitalised word right before the opening quote, with no comma or stop between."""
    before = text[max(0, at - 30) : at].rstrip(" ")
    match = re.search(r"([^\W_][\w'’.-]*)$", before)
    return bool(match) and match.group(1)[:1].isupper() and before.endswith(match.group(1))


def _capital_after(text: str, at: int) -> bool:
    """A capitalised word right after the closing quote."""
    match = re.match(r" ([^\W_]+)", text[at + 1 : at + 30])
    return bool(match) and match.group(1)[:1].isupper()


def names_a_work(span: Span, text: str) -> bool:
    """A person span guessed from its capitals alone that lies inside a quoted title."""
    return (
        span.label == PERSON
        and span.cue not in PERSON_CUES
        and in_quoted_title(text, span.start, span.end)
    )


def title_only_persons(texts: dict[str, str], ordered: list[tuple[str, list[Span]]]) -> set[str]:
    """Folded names of persons named only inside quoted titles: their short forms elsewhere
    ("Long" for "Long Train Running") then name nobody either."""
    titled, elsewhere = set(), set()
    for part, spans in ordered:
        for span in spans:
            if span.label == PERSON and span.cue != "alias":
                inside = names_a_work(span, texts[part])
                (titled if inside else elsewhere).add(fold(span.name))
    return titled - elsewhere
