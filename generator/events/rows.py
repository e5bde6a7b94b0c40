"""Dated clauses without a verb of their own: a row of names, a figure's comparison base.

Tour dates, fixture lists, results tables and captions flatten into paragraphs whose
dated clauses are "PNC Music Pavilion, Charlotte, NC June 20": a venue, a place and a
date, with no verb. Running English writes its verbs in lower case, so a clause whose
only lower-case words (besides the date expression) are function words ("at", "the")
holds no verb and says nothing happened; unless it names an event noun ("Astana Talks,
Jan. 23"), which says what took place. A clause written all in capitals cannot be read
this way (a shouted headline) and is kept.

A date in a comma piece that compares a figure with an earlier one (", up 9% from $7
million a year earlier") is the base of the comparison, not when anything happened.
"""

from __future__ import annotations

from .clauses import dated_piece
from .words import COMPARISON_BASE, DATED_CLAUSE, DETERMINERS, EVENT_NOUNS, FUNCTION_WORDS, WORD

_CONNECTIVES = FUNCTION_WORDS | {d.lower() for d in DETERMINERS}
"""Lower-case words a row of names may hold ("Theater at Jones Beach", "the Forum")."""


def names_event(word: str) -> bool:
    """`word` is an event noun of `events.json`, or its plural ("Visits", "Talks")."""
    lower = word.lower()
    return lower in EVENT_NOUNS or (lower.endswith("s") and lower[:-1] in EVENT_NOUNS)


def is_row(text: str, start: int, end: int, expression: tuple[int, int]) -> bool:
    """`text[start:end]`, with the date `expression` (offsets in `text`) left out, is a row
    of names: it has words in mixed case, no lower-case word but connectives, and no event
    noun. Such a clause is no event."""
    words = [
        w.group()
        for w in WORD.finditer(text, start, end)
        if not (expression[0] <= w.start() < expression[1])
        and any(c.isalpha() for c in w.group())
        and text[w.start() - 1 : w.start()] != "@"  # a handle is a name: "(@abrennick)"
    ]
    if not any(any(c.islower() for c in w) for w in words):
        return False  # nothing but capitals and numbers: no case to read
    if any(names_event(w) for w in words):
        return False
    return not any(_lower_word(w) and w.lower() not in _CONNECTIVES for w in words)


def _lower_word(word: str) -> bool:
    """A word written in lower case ("opened", "-led"); "50th" and "FL" are not."""
    letters = word.lstrip("-'’")
    return bool(letters) and letters[0].isalpha() and letters[0].islower()


def is_comparison_base(text: str, expression: tuple[int, int]) -> bool:
    """The date `expression` lies in a comma piece after the first that compares a figure
    with an earlier one (", up 9% from $7 million a year earlier"): the base of the
    comparison, a verbless piece that dates no event of its own; unless a clause on that
    date follows (", when the market fell")."""
    start, index, _, following = dated_piece(text, *expression)
    return (
        index > 0
        and COMPARISON_BASE.match(text, start) is not None
        and DATED_CLAUSE.match(text, following) is None
    )
