"""Competitions, editions of events and venues named like organisations are no actors
unless they act.

"The Premier League season", "a Champions League place", "27 Premier League games" speak of
a competition; "the Elite League has postponed all games" of the body that runs it. A name
whose last word is a competition word (`lang/en/actor_competition_heads.txt`) is kept only
when one of its mentions acts: a verb of saying or of agency follows it (the shared tables
behind `words.SAY_VERBS` and `words.STATE_VERBS`, or a past tense), or a verb of saying
precedes it ("said the League"). So is a name that one mention gives an edition's year
("DMEXCO 2018", "the Varden Expo 2019 opens"): an event, or a product's model year.

A venue's name looks like a company's ("Pepsi Center", "Bank of New Hampshire Pavilion"). A
name ending in a place word (`actor_head_words.tsv`) or in a word that may be a venue
(`actor_venue_heads.txt`) is a venue when every mention is an entry of a listing, a tour's
dates for instance: at the start of a line or after a dash, and followed by a comma or a
dash and a capitalised place ("June 26 -- PPL Center, Allentown, PA"); and it never acts.
An entry of a dated listing (a month and a day, then a dash, then the name, more of its
words and a comma before a capitalised place: a tour's dates, one a line or run together)
is a venue whatever its last word ("June 24 -- Jiffy Lube Live, Bristow, VA"), unless the
name is a known one, a person named by a given name or a title, or acts.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import cache

from ..lang import load
from ..models import PERSON
from .context import GUESSED_PERSON
from .lexicon import data_lines, fold, head_words
from .tokens import char_before
from .words import SAY_VERBS, STATE_VERBS

SKIPPED = frozenset({"also", "then", "now", "later", "already", "still", "has", "have", "had"})
"""Words between a name and its verb ("the League has postponed", "X also said")."""
_NEXT_WORDS = re.compile(r"[’']?\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?")
_EDITION = re.compile(r"[ \t]+(?:19|20)\d\d(?![\d/.,:-]|\s*[-–]\s*\d)")
"""A year right after a name: an edition ("DMEXCO 2018"), not a score or a range."""
_LISTING_START = re.compile(r"(?:^|\n|[-–—]{1,2}[ \t]+|\d[ \t]+)\s*$")
_LISTING_END = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:,|[-–—]{1,2})[ \t]+[A-Z]")
"""After a listed venue: an aside in brackets ("(Formerly X Arena)"), then a comma or a dash
and a capitalised place."""
_ENTRY_REST = re.compile(r"[^,\n]{0,60}?,[ \t]+[A-Z]")
"""The rest of a dated entry after the name: more of its words ("Live", "at Jones Beach
Theater"), then a comma and a capitalised place."""


@cache
def competition_heads() -> frozenset[str]:
    """Last words of names that may be a competition (see the module)."""
    return frozenset(fold(line) for line in data_lines("actor_competition_heads.txt"))


@cache
def venue_heads() -> frozenset[str]:
    """Last words of names that may be a venue: the place words and the shared ones."""
    own = {fold(line) for line in data_lines("actor_venue_heads.txt")}
    return frozenset(own | {w for w, kind in head_words().items() if kind == "place"})


def acts(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] speaks or acts: a verb of saying or agency (or
    a past tense) follows it, past "also", "has" and the like; or a verb of saying is
    right before it ("said the League")."""
    match = _NEXT_WORDS.match(text, end)
    if match:
        for word in (w for w in match.groups() if w):
            if word in SAY_VERBS or word in STATE_VERBS or len(word) > 3 and word.endswith("ed"):
                return True
            if word not in SKIPPED:
                break
    before = text[max(0, start - 20) : start].split()
    words = [w for w in before if w.lower() != "the"]
    return bool(words) and words[-1].lower() in SAY_VERBS


def listed_venue(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is an entry of a listing (see the module)."""
    head = text[max(0, start - 12) : start]
    return bool(_LISTING_START.search(head)) and bool(_LISTING_END.match(text, end))


@cache
def _dated_entry_start() -> re.Pattern[str]:
    """A date and a dash right before a name: "June 26 -- ", "Sept. 2 – " (month names
    and abbreviations from `lang/en/months.tsv`)."""
    months = sorted((re.escape(row[0]) for row in load("en", "months.tsv")), key=len)
    return re.compile(
        rf"(?<![\w.])(?i:{'|'.join(reversed(months))})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?"
        r"[ \t]*[-–—]{1,2}[ \t]*$"
    )


def dated_entry(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is an entry of a dated listing (see the module)."""
    return bool(_dated_entry_start().search(text, max(0, start - 30), start)) and bool(
        _ENTRY_REST.match(text, end)
    )


def dated_venues(
    mentions: Iterable[tuple[str, str, int, int, str, str]], known: Container[str]
) -> set[str]:
    """Folded names among (text, name, start, end, label, cue) mentions of actors whose
    every mention is a dated listing's entry and none acts: venues (see the module). Known
    names and persons named by more than capitals (a given name, a title) are kept."""
    by_name: dict[str, list[tuple[str, int, int]]] = {}
    kept = set()
    for text, name, start, end, label, cue in mentions:
        by_name.setdefault(fold(name), []).append((text, start, end))
        if label == PERSON and cue != GUESSED_PERSON:
            kept.add(fold(name))
    return {
        name
        for name, spots in by_name.items()
        if name not in known
        and name not in kept
        and all(dated_entry(*spot) and not acts(*spot) for spot in spots)
    }


def events_and_venues(
    mentions: Iterable[tuple[str, str, int, int]], known: Container[str]
) -> set[str]:
    """Folded names of competitions and venues among (text, name, start, end) mentions of
    organisations (see the module); names in `known` (the gazetteer's) are kept."""
    by_name: dict[str, list[tuple[str, int, int]]] = {}
    for text, name, start, end in mentions:
        by_name.setdefault(fold(name), []).append((text, start, end))
    out = set()
    for name, spots in by_name.items():
        last = name.split()[-1] if name else ""
        if name in known or any(acts(*spot) for spot in spots):
            continue
        if _competition_or_venue(last, spots):
            out.add(name)
    return out


def _edition(text: str, start: int, end: int) -> bool:
    """A year right after the name, outside a citation ("(World Bank 2019)", "; X 2019")."""
    return bool(_EDITION.match(text, end)) and char_before(text, start) not in ("(", ";")


def _competition_or_venue(last: str, spots: list[tuple[str, int, int]]) -> bool:
    """A competition's name, or a venue's whose every mention is an entry of a listing."""
    if last in competition_heads() or any(_edition(*spot) for spot in spots):
        return True
    return last in venue_heads() and all(listed_venue(*spot) for spot in spots)
