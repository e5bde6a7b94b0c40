"""The events stage's vocabulary, read once from `generator/lang/en/`, and its patterns.

Every word the stage matches (tense and modality cues, asides, fillers, stamp words, event
nouns, stopwords) is named here from `events.json`; month and weekday names come from the
calendar tables the metadata and timex stages read (`months.tsv`, `timex.json`). The other
modules of the package use the compiled patterns and sets below and hold no words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang import load
from ..lang.saying import reporting_verbs
from ..lang.stamps import label_words
from ..lang.tense import cues, past_pattern
from ..text.sentences import WIRE_DATELINE_START
from ..timex.lexicon import full_weekdays, words

LANGUAGE = "en"
_TABLE = load(LANGUAGE, "events.json")


def alternatives(entries: Iterable[str]) -> str:
    """The cue list `entries` as one alternation; a space in an entry is `\\s+`."""
    return "|".join(entry.replace(" ", r"\s+") for entry in entries)


def _list(section: str, key: str) -> tuple[str, ...]:
    return tuple(_TABLE[section][key])


# Kind: modality and tense. "likely to remain in power until 2021" is projected; "is expected
# to be signed on Tuesday" and "will resume" are scheduled: a plan with a date, not a forecast.
PROJECTED = re.compile(
    rf"\b(?:{cues('forecasts', LANGUAGE)}|{cues('hedging_modals', LANGUAGE)})\b", re.IGNORECASE
)
"""A forecast or hedge ("likely", "could"): `tense_cues.json`, whose lists timex reads too."""
SCHEDULED = re.compile(rf"\b(?:{cues('scheduled', LANGUAGE)})\b", re.IGNORECASE)
"""A plan ("will", "is due to"); timex reads it, with the forecasts, as the future."""
PAST = re.compile(rf"\b(?:{past_pattern(LANGUAGE)})\b", re.IGNORECASE)
"""A past-tense word or `-ed` verb: the cue timex reads too (`lang/en/tense_cues.json`)."""

# Clauses: where a sentence is cut, and which asides are dropped from the dated clause.
BREAK_BEFORE = _list("clauses", "break_before")
LEADING_ASIDES = _list("clauses", "leading_asides")
RELATIVE_PRONOUNS = _list("clauses", "relative_pronouns")
TRAILING_ASIDES = reporting_verbs().gerund + _list("clauses", "trailing_asides")
"""The participles of saying ("adding", "noting", the shared table) and other asides."""
FUNCTION_WORDS = frozenset(_list("clauses", "function_words"))
DETERMINERS = tuple(words("determiners")) + _list("clauses", "demonstratives")
"""What opens the noun phrase a relative clause hangs on: the timex stage's determiners
(`timex.json` `word_sets.determiners`) and the demonstratives ("That specific debate …,
who"). Timex does not take "this"/"that" as determiners: "that Weeks" is no duration."""

HARD_BREAK = re.compile(
    rf";\s|:\s|\s[—–]\s|\s--\s|\s-\s|\(|\)|,\s(?=(?:{alternatives(BREAK_BEFORE)})\b)",
    re.IGNORECASE,
)
COMMA = re.compile(r",[\"'”’]?\s+")
LEADING_ASIDE = re.compile(rf"(?:{alternatives(LEADING_ASIDES)})\b", re.IGNORECASE)
RELATIVE = re.compile(rf"(?:{alternatives(RELATIVE_PRONOUNS)})\b", re.IGNORECASE)
TRAILING_ASIDE = re.compile(rf"(?:{alternatives(TRAILING_ASIDES)})\b", re.IGNORECASE)
COMPARISON_BASE = re.compile(
    rf"(?:{alternatives(_list('clauses', 'comparison_bases'))})\b", re.IGNORECASE
)
"""What opens a figure's comparison ("up 9% from $7 million a year earlier", "compared
with 40% in 1988"): the date there is the base compared with, not when anything happened."""
DATED_CLAUSE = re.compile(
    rf"(?:{alternatives(_list('clauses', 'dated_clause_openers'))})\b", re.IGNORECASE
)
"""What opens a clause saying what happened on the date before it ("from Oct. 13, when
the market fell"): that date is an event's, even as a comparison's base."""
ROW_CONNECTIVES = frozenset(_list("rows", "connectives"))
"""Lower-case words of a list's row that are no content ("vs", "featuring")."""
ROW_VERB_WORDS = frozenset(_list("rows", "verbs"))
"""Finite verbs the tense cues do not hold ("is", "has"): one makes a row a clause."""
DETERMINER = re.compile(rf"\b(?:{alternatives(DETERMINERS)})\s", re.IGNORECASE)

# Summaries
LEADING_FILLERS = _list("summary", "leading_fillers")
LEADING_FILLER = re.compile(
    rf"^(?:(?:{alternatives(LEADING_FILLERS)})\b[,\s]*)+",
    re.IGNORECASE,
)
WIRE_DATELINE = re.compile(rf"^{WIRE_DATELINE_START}\s*\([^)]{{1,40}}\)\s*[-—–_]+\s*")
"""A wire story's opening, no part of what happened: "CAIRO (Reuters) -"."""
WORD = re.compile(r"[\w'’-]+")

# Places and datelines
PLACE_CUES = _list("places", "cues")
PLACE_CUE = re.compile(
    rf"\b(?:{alternatives(PLACE_CUES)})\s+((?:[A-Z][\w'’.-]+)(?:(?:,\s+|\s+)[A-Z][\w'’-]+){{0,2}})"
)
STAMP_WORDS = frozenset(_list("datelines", "stamp_words") + label_words(LANGUAGE))
"""Words of a date stamp line that say nothing happened: the date labels the metadata stage
reads ("published", "last updated") and the table's own time words ("at", "pm")."""

# Merging
MONTH_NAMES = tuple(name for name, *_ in load(LANGUAGE, "months.tsv"))
"""Month names and abbreviations, the metadata stage's table."""
WEEKDAY_NAMES = tuple(full_weekdays())
"""Weekday names written out, the timex stage's table (no abbreviations: "sun", "sat")."""
STOPWORDS = frozenset(_list("merge", "stopwords") + WEEKDAY_NAMES + MONTH_NAMES) | (
    reporting_verbs().core
)
"""Words left out of ids and of the terms compared when merging (the date says them, and
the core verbs of saying, "said", "told", tell who spoke, not what happened); a drifted copy
of `keypoints.json` `stopwords`, kept apart."""
EVENT_NOUNS: dict[str, str] = dict(_TABLE["merge"]["event_nouns"])
"""Words naming the kind of event, with their synonyms: two reports of one day that share
one of these ("talks" and "negotiations") speak of the same thing."""
