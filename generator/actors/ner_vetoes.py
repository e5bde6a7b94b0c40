"""Names the tagger reads that are no actors, told apart by general evidence.

On ordinary web articles the tagger's additions that were no actors were product models
("RAV4 Prime", "TNG50", "MP3s"), days and holidays used as events ("Black Friday"), events
named by their head word ("Amsterdam Light Festival") and
single words of prose lines that merely hold a number ("Alexa", "Siri"). Each veto here is
a property of the name's shape or of a shared word table, never a list of names.
"""

from __future__ import annotations

from functools import cache

from ..lang import load
from ..lang.saying import reporting_verbs
from .lexicon import fold, head_words
from .tokens import Token
from .words import SAY_VERBS

SAYING = SAY_VERBS | reporting_verbs().core
"""Verbs of saying that make the name beside them a speaker (`say`/`tell` in every form and
the verbs said of persons, from the shared table): not those as often said of a paper or a
thing ("reported", "continued"), which quotations alone hear."""


@cache
def holiday_names() -> frozenset[str]:
    """Holidays of the date reader's table (`timex.json`), folded: dates, not actors."""
    return frozenset(fold(name) for name in load("en", "timex.json")["holidays"])


@cache
def weekdays() -> frozenset[str]:
    """Full weekday names from the shared weekday table ("Black Friday", "Cyber Monday")."""
    return frozenset(w for w in load("en", "weekdays.txt") if len(w) > 4)


def product_model(text: str) -> bool:
    """A word with a digit in it is a model or a version ("RAV4", "TNG50", "MP3s"), not a
    person's or an organisation's name."""
    return any(c.isdigit() for c in text)


def calendar_event(text: str) -> bool:
    """A day of the week or a holiday in the name: an occasion ("Black Friday")."""
    folded = fold(text)
    return folded in holiday_names() or any(w in weekdays() for w in folded.split())


def named_thing(text: str) -> bool:
    """The name ends in a word that makes it an event, a law or a prize in the rules' own
    table ("Amsterdam Light Festival", "Hong Kong Open", "Paris Agreement")."""
    words = fold(text).split()
    return bool(words) and head_words().get(words[-1]) == "thing"


def not_an_actor(text: str) -> bool:
    """Any veto above."""
    return product_model(text) or calendar_event(text) or named_thing(text)


def speakers(token_lines: list[list[Token]]) -> frozenset[str]:
    """Folded capitalised words that stand right before or after a verb of saying somewhere
    in the article ("Taylor said", "said Lynn"): what makes one word a person in prose.
    A product or an assistant ("use Alexa", "Hey, Siri") is named, never quoted."""
    found: set[str] = set()
    for tokens in token_lines:
        for i, token in enumerate(tokens):
            if token.kind != "low" or token.text.lower() not in SAYING:
                continue
            for k in (i - 1, i + 1):
                if 0 <= k < len(tokens) and tokens[k].kind in ("cap", "acro"):
                    found.add(fold(tokens[k].text))
    return frozenset(found)
