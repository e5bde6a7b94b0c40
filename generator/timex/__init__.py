"""Temporal expressions: find them in text and normalise them to TimeML values.

Rule-based, in the HeidelTime tradition: each rule of `lang/en/timex_rules.ini` is a regular
expression (its words filled in from `lang/en/timex.json`) plus a normalisation function
that turns the match into a TimeML value, type and mod. The anchor is the document's own
date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or None). Anything that depends on a part of the
anchor we do not know gets `X` placeholders (`XXXX-02-08`, `XXXX-WXX`) instead of a guess.

Precision is honest: "in December" is `2016-12`, never a day; "two years ago" is a year.
Weekdays and bare months take their week/year from the tense of their clause: past → the most
recent one, future ("will", "is expected to", "scheduled") → the next one.

`find_timexes` works on plain text (the benchmark uses it); `article_timexes` runs it over
an article's title and paragraphs in one pass, so context in one paragraph ("this February
2016 ceasefire") can correct an earlier, underspecified mention ("last February").

The package reads top to bottom as the stage: `lexicon` (the tables), `regex` (fragments),
`recognise` (the rules), `scan` (where they may match), `context` and `anchor` (tense and
the year or week to choose), `normalise_*` (the values), `find` (the stage).
"""

from __future__ import annotations

from .context import Ctx
from .find import article_timexes, find_timexes, normalise
from .lexicon import lexicon
from .recognise import Rule, rules
from .values import Anchor, TimexSpan, parse_anchor

__all__ = [
    "Anchor",
    "Ctx",
    "Rule",
    "TimexSpan",
    "article_timexes",
    "find_timexes",
    "lexicon",
    "normalise",
    "parse_anchor",
    "rules",
]
