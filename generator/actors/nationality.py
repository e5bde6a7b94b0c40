"""A nationality is not a party: "Chilean striker", "Swiss scientists", "the German automaker"
say where a person or thing is from, and make no actor of the state; "Russian-backed",
"Israeli troops", "the Palestinian chief negotiator" and "the Palestinians" speak of the
state or its people taking part.

A state whose every mention in the corpus is a bare nationality (or a venue, "talks in X") is
no actor (`resolve`'s venue-only rule); one mention that speaks for it keeps it. The words
that do are data: `lang/en/actor_state_voices.txt`, the organs of `collective_heads.tsv`, the
offices of `collective_leader_offices.txt` and the delegations of `collective_members.tsv`.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import STATE
from .collective_lexicon import heads, members
from .context import Span
from .gazetteer import gazetteer, short_forms
from .lexicon import data_lines, fold
from .words import NATIONALITY_JOINS, NATIONALITY_SKIPPED, SAY_VERBS, STATE_VERBS

LOWER_WORDS = 2
"""Lower-case words read for the noun: "Russian special forces", not further."""
_TOKEN = re.compile(r",|[^\W\d_][\w.'’]*(?:-[\w.'’]+)*")
_STOP = re.compile(r"[;:()!?\"“”]|\.\s")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


@cache
def state_voices() -> frozenset[str]:
    """Lower-case words and phrases after a nationality that make its state a party."""
    organs = {phrase for phrase, head in heads().items() if head.kind == "organ"}
    offices = {line.strip() for line in data_lines("collective_leader_offices.txt")}
    own = {line.strip() for line in data_lines("actor_state_voices.txt")}
    return frozenset(organs | offices | set(members()) | own)


def is_nationality(span: Span) -> bool:
    """A demonym span that is a nationality word ("Chilean"), not a short name ("U.S.")."""
    return span.label == "demonym" and fold(span.text) not in short_forms()


def speaks_for_state(text: str, start: int, end: int) -> bool:
    """Whether the nationality word at text[start:end] makes its state a party: an office,
    organ or agent of the state follows it (past "former", "chief", or a list of other
    nationalities sharing the noun: `actor_cues.json`), or a hyphen and what the state does ("-backed"), or it
    is "the" + a people ("the Palestinians")."""
    if text[end : end + 1] == "-":
        deed = _TOKEN.match(text, end + 1)
        return bool(deed) and fold(deed.group()) in state_voices()
    raw = _tokens_after(text, end)
    words = [fold(w) or w for w in raw]
    lower = 0
    for i, (token, word) in enumerate(zip(raw, words, strict=True)):
        if any(" ".join(words[i : i + n]) in state_voices() for n in (3, 2, 1)):
            return True
        capital = token[:1].isupper()
        if lower and capital:
            break  # the noun phrase has ended: "Chilean striker Marco ..."
        if word in NATIONALITY_JOINS or word in NATIONALITY_SKIPPED or capital:
            continue
        lower += 1
        if lower == LOWER_WORDS:
            break
    return is_people(text[start:end]) and bool(_THE_BEFORE.search(text[max(0, start - 10) : start]))


def attributive(span: Span, text: str) -> bool:
    """A state's short form set before a lower-case noun, as a nationality is ("the total
    U.S. population", "a US audience", "U.S. and Canadian fishermen"), not before a verb
    ("the U.S. has") or a name ("U.S. President Trump"). Whether the noun speaks for the
    state ("U.S. officials") is `speaks_for_state`'s to say."""
    if span.label != STATE or fold(span.text) not in short_forms():
        return False
    for token in _tokens_after(text, span.end):
        word = fold(token) or token
        if token == "," or word in NATIONALITY_JOINS:
            continue
        if token[:1].isupper():
            known = gazetteer().get(word)
            if known is not None and known.demonym:
                continue  # another nationality of the list: "U.S. and Canadian"
            return False
        return word not in SAY_VERBS and word not in STATE_VERBS
    return False


def _tokens_after(text: str, end: int) -> list[str]:
    """The words (and commas) after a position, to the end of its clause, at most 80 chars."""
    window = text[end : end + 80]
    stop = _STOP.search(window)
    return _TOKEN.findall(window[: stop.start() if stop else None])


def is_people(word: str) -> bool:
    """A nationality in the plural ("Palestinians", "Iraqis"), not one that is both ("Swiss")."""
    known = gazetteer().get(fold(word[:-1])) if word.endswith("s") else None
    return known is not None and known.demonym
