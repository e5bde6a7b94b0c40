"""The cleaner's words, read once from `generator/lang/<code>/clean.json` and the English
pattern tables, and the regular expressions built from them.

Each language lists its own furniture words (advertisement labels, "min read", "3 hours
ago", "12 comments", bylines' "By", …) in its `clean.json`; an alternation joins every
language's list, English first then the other codes in order, each word once. English line
shapes (section labels, trailers, credits …) are whole patterns in
`lang/en/clean_patterns.tsv` and `lang/en/furniture_kinds.tsv`, whose `<<name>>` slots are
filled with the joined lists.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .. import lang
from ..lang import stamps
from ..lang.saying import reporting_verbs
from ..text.caseblind import CaseBlind

TABLE = "clean.json"


@cache
def codes() -> tuple[str, ...]:
    """The languages with cleaner words: English first, then the others by code."""
    root = resources.files(lang.__name__)
    found = sorted(
        entry.name
        for entry in root.iterdir()
        if entry.is_dir() and entry.joinpath(TABLE).is_file() and entry.name != "en"
    )
    return ("en", *found)


CALENDAR = {"month_names": "months.tsv", "weekday_names": "weekdays.txt"}
"""Lists read from the calendar tables every stage shares, not from `clean.json`: English
month and weekday names with their abbreviations."""
STAMPS = {"date_label_heads": stamps.label_heads, "date_label_words": stamps.label_words}
"""Lists of the date-stamp labels the metadata stage reads ("published", "last updated")."""


def recent_day_words() -> tuple[str, ...]:
    """The timex stage's day words (`DAYWORD` triggers) that name today or a day before
    ("today", "yesterday", "tonight"): a header line of one is a relative timestamp."""
    table = lang.load("en", "timex.json")
    offsets = table["day_offsets"]
    return tuple(w for w in table["trigger_words"]["DAYWORD"] if offsets.get(w, 1) <= 0)


def saying_words() -> tuple[str, ...]:
    """The finite verbs of saying (`reporting_verbs.tsv`): "Bob wrote:" heads a comment."""
    return reporting_verbs("en").finite


EXTENDED = {"recent_days": recent_day_words, "says_words": saying_words}
"""Lists of `clean.json` that another stage's table completes."""


@cache
def words(name: str) -> tuple[str, ...]:
    """Every language's list `name`, joined in `codes()` order, each entry once; the
    `CALENDAR` and `STAMPS` lists from their tables."""
    if name in CALENDAR:
        rows = lang.load("en", CALENDAR[name])
        return tuple(
            dict.fromkeys(re.escape(row if isinstance(row, str) else row[0]) for row in rows)
        )
    if name in STAMPS:
        return tuple(re.escape(word) for word in STAMPS[name]("en"))
    joined: dict[str, None] = {}
    for code in codes():
        for word in lang.load(code, TABLE).get(name, ()):
            joined.setdefault(word, None)
    if name in EXTENDED:
        joined.update(dict.fromkeys(re.escape(word) for word in EXTENDED[name]()))
    return tuple(joined)


def alternation(name: str) -> str:
    """The list `name` as the body of a regex alternation (entries are regex fragments)."""
    return "|".join(words(name))


def fill(source: str) -> str:
    """A pattern source with each `<<name>>` slot replaced by that list's alternation."""
    return re.sub(r"<<(\w+)>>", lambda m: alternation(m.group(1)), source)


@cache
def english_pattern(name: str) -> re.Pattern[str]:
    """A case-insensitive English line shape from `lang/en/clean_patterns.tsv`."""
    sources = dict(lang.load("en", "clean_patterns.tsv"))
    return re.compile(fill(sources[name]), re.I)


def english_cues(name: str) -> CaseBlind:
    """`english_pattern(name)` as a `CaseBlind`, for a shape only asked whether it is found
    (fast on ASCII text)."""
    sources = dict(lang.load("en", "clean_patterns.tsv"))
    return CaseBlind(fill(sources[name]))


def furniture_kinds() -> tuple[tuple[str, str], ...]:
    """(kind, pattern source) of the English furniture kinds, in the order they are tried."""
    return tuple((kind, fill(source)) for kind, source in lang.load("en", "furniture_kinds.tsv"))


def english(name: str) -> object:
    """An English-only table of `lang/en/clean.json` (share words, kind triggers)."""
    return lang.load("en", TABLE)[name]
