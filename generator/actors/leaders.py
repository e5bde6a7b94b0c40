"""Which state a leader heads, from the general table of titled office holders
(`lang/en/dating_clues.tsv`, also used for dating), so that "the Obama administration" is
part of the United States in a corpus that never calls Obama "U.S. President".

An office reads as a state ("US", "Russian": looked up in the gazetteer) and an office
that heads it (`collective_leader_offices.txt`); the holder's name is the clue's phrase
without its title. A name the table ties to two states ties it to none.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from ..lang import load
from ..models import STATE
from .gazetteer import gazetteer
from .lexicon import fold
from .personal_names import name_parts

LANG = "en"


def office_state(office: str) -> tuple[str, str] | None:
    """(state, office that heads it) of an office: "UK prime minister" → ("United Kingdom",
    "prime minister"); None when the office heads no state ("UN secretary-general")."""
    words = office.split()
    heads = set(load(LANG, "collective_leader_offices.txt"))
    for cut in range(len(words) - 1, 0, -1):
        entry = gazetteer().get(fold(" ".join(words[:cut])))
        if entry is None or entry.label != STATE:
            continue
        role = " ".join(words[cut:]).casefold()
        return (entry.state or entry.name, role) if role in heads else None
    return None


def holder_name(phrase: str, role: str) -> str:
    """ "Prime Minister Theresa May" with role "prime minister" → "Theresa May"."""
    words, title = phrase.split(), role.split()
    if [w.casefold() for w in words[: len(title)]] == title:
        words = words[len(title) :]
    return " ".join(words)


@cache
def _table() -> dict[tuple[str, ...], frozenset[str]]:
    """Name parts of each holder as the table writes them → the states they headed."""
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for row in load(LANG, "dating_clues.tsv"):
        office = office_state(row[3]) if len(row) >= 4 else None
        if office is None:
            continue
        parts = tuple(name_parts(holder_name(row[0], office[1])))
        if parts:
            found[parts].add(office[0])
    return {parts: frozenset(states) for parts, states in sorted(found.items())}


def _one(states: frozenset[str] | set[str]) -> str | None:
    return next(iter(states)) if len(states) == 1 else None


def state_led_by(person: str) -> str | None:
    """The state the table says `person` headed, when the table names them as written
    ("Barack Obama", or "Obama" from "President Obama")."""
    return _one(_table().get(tuple(name_parts(person)), frozenset()))


def state_led_by_surname(surname: str) -> str | None:
    """The state of the table's full-named holders with this surname ("Putin" → Russia),
    when they all headed one state."""
    key = (name_parts(surname) or [""])[-1]
    states = {s for parts, found in _table().items() if len(parts) >= 2 and parts[-1] == key
              for s in found}  # fmt: skip
    return _one(states)


def led_state(person: str, corpus: dict[str, set[str]]) -> str | None:
    """The state `person` heads: the table when it names them as written; else the one state
    the corpus affiliates their surname with ("Kaluran President X", `corpus`); else the
    table's holders of that surname. None when nothing says, or the evidence disagrees."""
    surname = (name_parts(person) or [""])[-1]
    return state_led_by(person) or _one(corpus.get(surname, set())) or state_led_by_surname(person)
