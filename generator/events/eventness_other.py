"""The eventness evidence of a dated clause in a language other than English.

`eventness.features` reads English words. Another language with an `eventness.json` under
`generator/lang/<code>/` gives the evidence that needs few words, under the English
features' names, so that the fitted weights of `lang/en/eventness.json` weigh it:

- `state_bound`: a date after the language's words for "until" ("bis Ende 2012", "hasta
  2008"); not "since", which in these languages' news dates a start as often ("bietet
  seit 2014 … an");
- `noun_date`: a bare year right after a capitalised word inside a sentence that is
  neither a time noun nor a month: the year qualifies that name or noun ("in der Saison
  2022", "la Copa 2022"), or after "<noun> von" ("die Siegerin von 2019"). Capitals, not
  a word list: the language's stop-word lists (justext's) hold nouns too ("Saison"), and a
  lower-case word before a year is as often an adverb ("schon 2019") as a noun;
- `year_only` and `projected`, which need no words.

A language without the table gets no evidence (the bias keeps every clause), as before.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lang import load
from ..text.sentences import month_names
from .words import alternatives

_BARE_YEAR = re.compile(r"\d{4}")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'-]*)\s+$")
_SENTENCE_GOES_ON = re.compile(r"[^\W\d_],?\s+$")
"""A word (and a comma) just before: the capitalised word does not open a sentence."""
_LEAD_REACH = 40
"""Characters before a date read for the words that bound it or the noun it qualifies."""


@dataclass(frozen=True)
class Words:
    """One language's eventness words, compiled."""

    bound: re.Pattern[str]
    time_nouns: frozenset[str]
    of_words: re.Pattern[str]


@functools.cache
def words_of(language: str) -> Words | None:
    """The language's table compiled, or None when it has none."""
    try:
        table = load(language, "eventness.json")
    except FileNotFoundError:
        return None
    bound = re.compile(rf"\b(?:{alternatives(table['state_bounds'])})\s+$", re.IGNORECASE)
    of_words = re.compile(
        rf"([^\W\d_][\w’'-]*)\s+(?:{alternatives(table['of_words'])})\s+$", re.IGNORECASE
    )
    return Words(bound, frozenset(table["time_nouns"]), of_words)


def _qualifies_noun(words: Words, lead: str) -> bool:
    """The bare year at the end of `lead` qualifies the noun before it (or before "von")."""
    found = words.of_words.search(lead) or _WORD_BEFORE.search(lead)
    if found is None or not found.group(1)[0].isupper():
        return False
    if not _SENTENCE_GOES_ON.search(lead, 0, found.start(1)):
        return False  # "Seit 2015 …", "Im 2019 …": a sentence's first word may be any word
    word = found.group(1).casefold()
    return word not in words.time_nouns and word not in month_names()


def other_features(
    language: str, text: str, expression: tuple[int, int], kind: str, date: str
) -> frozenset[str]:
    """The evidence about the clause dated by the expression at `expression` of paragraph
    `text`, of event kind `kind` and date `date`, in `language` (not English)."""
    words = words_of(language)
    if words is None:
        return frozenset()
    start, end = expression
    lead = text[max(0, start - _LEAD_REACH) : start]
    found = set()
    if words.bound.search(lead):
        found.add("state_bound")
    if _BARE_YEAR.fullmatch(text[start:end].strip()) and _qualifies_noun(words, lead):
        found.add("noun_date")
    if kind == "projected":
        found.add("projected")
    if len(date) == 4:
        found.add("year_only")
    return frozenset(found)
