"""The word tables of collective actors (organs of states, groups, delegations, blocs), read
once from `lang/en/collective_*` and compiled into the regexes `collective` uses.

Keeping the words as data means a new organ ("navy", "Majlis") is one line in a table, not a
change to code; the states behind seats come from pycountry by ISO code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import load
from ..models import STATE
from .gazetteer import demonym_states, gazetteer, nation_words
from .lexicon import fold
from .words import longest_first

LANG = "en"


@dataclass(frozen=True)
class Head:
    """A collective head phrase ("armed forces") and what it stands for."""

    canonical: str
    """Head shared by synonyms: "regime" and "government" are one actor."""
    type: str
    kind: str
    """`organ` (of the state before it: part_of) or `group` (a collective of that country)."""
    bare: bool
    """"the <phrase>" alone may stand for the actor."""
    plain: bool = False
    """The phrase alone, with no "the", may too ("government forces shelled the town")."""
    through: str | None = None
    """The canonical head whose actor gives a bare phrase its state ("government forces": the
    government's), where that is not its own head."""


@cache
def heads() -> dict[str, Head]:
    """Lower-case head phrase → Head."""
    return {row[0]: _head(row) for row in load(LANG, "collective_heads.tsv")}


def _head(row: list[str]) -> Head:
    """One row of `collective_heads.tsv`: bare `yes`, `plain` (no "the" needed) or `no`, and
    an optional sixth column, the head it goes through."""
    bare = row[4] in ("yes", "plain")
    return Head(row[1], row[2], row[3], bare, row[4] == "plain", row[5] if len(row) > 5 else None)


@cache
def members() -> dict[str, tuple[str, str]]:
    """Words after a head naming the body that speaks for it ("negotiators" → delegation),
    with that body's actor type."""
    return {row[0]: (row[1], row[2]) for row in load(LANG, "collective_members.tsv")}


@cache
def named_nouns() -> dict[str, tuple[str, str]]:
    """Group nouns after a name ("Cairo group") → (canonical noun, actor type)."""
    return {row[0]: (row[1], row[2]) for row in load(LANG, "collective_named.tsv")}


@cache
def seats() -> dict[str, tuple[str, str]]:
    """Folded seat or body name → (state's canonical name, canonical head of the organ)."""
    import pycountry

    table = {}
    for name, code, what in load(LANG, "collective_seats.tsv"):
        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            raise ValueError(f"lang/{LANG}/collective_seats.tsv: unknown country code {code!r}")
        entry = gazetteer().get(fold(country.name))
        state = entry.name if entry is not None else country.name
        head = heads().get(what)
        table[fold(name)] = (state, head.canonical if head else what)
    return table


@cache
def blocs() -> tuple[tuple[str, str], ...]:
    """(phrase as written, canonical name) of blocs of states, longest first."""
    rows = load(LANG, "collective_blocs.tsv")
    return tuple(sorted(((r[0], r[1]) for r in rows), key=lambda r: -len(r[0])))


@cache
def after_qualifier() -> re.Pattern[str]:
    """What may follow a state or person to make a collective: "'s main opposition
    delegation", " air force", "’s negotiators"."""
    fillers = longest_first(list(load(LANG, "collective_fillers.txt")))
    return re.compile(
        rf"(?P<pos>['’]s)?\s+(?:(?:{fillers})\s+)?"
        rf"(?:(?P<head>{longest_first(list(heads()))})(?:\s+(?P<member>{longest_first(list(members()))}))?"
        rf"|(?P<only>{longest_first(list(members()))}))(?![\w-])"
    )


@cache
def bare_phrase() -> re.Pattern[str]:
    """A collective with no state before it: "the rebels", "opposition negotiators", "a
    delegation of armed rebels"."""
    head = longest_first(list(heads()))
    member = longest_first(list(members()))
    fillers = longest_first(list(load(LANG, "collective_fillers.txt")))
    return re.compile(
        rf"(?<![\w’'-])(?:(?P<det>[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:{fillers})\s+)?)?"
        rf"(?:(?P<head>{head})(?:\s+(?P<member>{member}))?"
        rf"|(?P<member2>{member})\s+(?:of|from)\s+(?:the\s+)?(?P<head2>{head}))(?![\w-])"
    )


@cache
def named_after() -> re.Pattern[str]:
    """A group noun right after a name: " group", " platforms"."""
    return re.compile(rf"\s+(?P<noun>{longest_first(list(named_nouns()))})(?![\w-])")


@cache
def adjective_of(state: str) -> str:
    """The adjective naming a state's organs ("Syria" → "Syrian"), else the state's name."""
    forms = sorted(k for k, v in demonym_states().items() if v == state and not k.endswith("s"))
    return forms[0].title() if forms else state


@cache
def organ_names() -> dict[str, tuple[str, bool]]:
    """Folded organ phrase → (canonical head, a seat's own name): the organ heads of
    `collective_heads.tsv` ("foreign ministry") and the seats of `collective_seats.tsv`
    ("state department"), what may follow a state's name inside one recognised name."""
    table = {fold(k): (h.canonical, False) for k, h in heads().items() if h.kind == "organ"}
    for name, (_, head) in seats().items():
        table[name] = (head, True)
    return table


def state_organ(text: str) -> tuple[str, str, int, bool] | None:
    """A recognised name that is a state's name, short form or adjective (possessive too)
    followed by an organ ("U.S. State Department", "Russia's Foreign Ministry"): the state,
    the organ's canonical head, where the organ's words start, and whether they name a
    seat. None for anything else ("Free Syrian Army": no state opens it)."""
    words = text.split()
    for count in range(min(3, len(words) - 1), 0, -1):
        prefix = " ".join(words[:count])
        owner = prefix[:-2] if prefix.endswith(("'s", "’s")) else prefix
        entry = gazetteer().get(fold(owner))
        if entry is None or entry.label != STATE or fold(owner) in nation_words():
            continue
        organ = organ_names().get(fold(" ".join(words[count:])))
        if organ is None:
            return None
        return entry.state or entry.name, organ[0], text.index(words[count], len(prefix)), organ[1]
    return None
