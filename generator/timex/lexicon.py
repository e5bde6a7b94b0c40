"""The English tables of the timex stage, loaded once from `generator/lang/en/`.

`timex.json` holds the words and what they map to, `timex_rules.ini` the rules' patterns,
`timex_cues.ini` the context patterns (tense, modality). Code reads words only from here.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..lang import ini_table, json_table
from ..lang.saying import reporting_verbs
from ..lang.tense import cues, modals, past_pattern

LANGUAGE = "en"
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


@functools.cache
def lexicon() -> dict[str, Any]:
    """The English word tables (months, numbers, units, …), loaded once; `numbers` is the
    union of `number_groups` in file order."""
    table = dict(json_table(LANGUAGE, "timex.json"))
    numbers: dict[str, float] = {}
    for group in table["number_groups"].values():
        numbers |= group
    table["numbers"] = numbers
    return table


def words(name: str) -> list[str]:
    """A named word list of `word_sets` (relations, determiners, directions …)."""
    return lexicon()["word_sets"][name]


def _longest(table: dict[str, int]) -> list[str]:
    """The longest word for each number, in table order: the names written out."""
    longest: dict[int, str] = {}
    for word, number in table.items():
        if len(word) > len(longest.get(number, "")):
            longest[number] = word
    full = set(longest.values())
    return [word for word in table if word in full]


@functools.cache
def full_weekdays() -> list[str]:
    """The weekday names written out (`monday` … `sunday`), in week order."""
    return _longest(lexicon()["weekdays"])


@functools.cache
def full_months() -> list[str]:
    """Month names written out, in year order; abbreviations are the rest of `months`."""
    return _longest(lexicon()["months"])


def expand(template: str, fragments: dict[str, str]) -> str:
    """`template` with each `{NAME}` replaced by `fragments[NAME]` (a KeyError names it)."""
    return _PLACEHOLDER.sub(lambda m: fragments[m.group(1)], template)


def rule_sections() -> dict[str, dict[str, str]]:
    """`timex_rules.ini`: the `fragments` section and one section per rule, in order."""
    return ini_table(LANGUAGE, "timex_rules.ini")


@functools.cache
def cue(name: str) -> re.Pattern[str]:
    """A compiled context pattern of `timex_cues.ini` (`ignorecase` or `exact` section)."""
    sections = ini_table(LANGUAGE, "timex_cues.ini")
    saying = reporting_verbs(LANGUAGE)
    names = {
        "WEEKDAY_NAMES": "|".join(full_weekdays()),
        "MONTH_NAMES": "|".join(sorted(lexicon()["months"], key=len, reverse=True)),
        "PAST_CUES": past_pattern(LANGUAGE),
        "SCHEDULED_CUES": cues("scheduled", LANGUAGE),
        "MODALS": modals(LANGUAGE),
        "SAYING_PRESENT": "|".join(saying.third_person + saying.plural),
    }
    if name in sections["ignorecase"]:
        return re.compile(expand(sections["ignorecase"][name], names), re.IGNORECASE)
    return re.compile(expand(sections["exact"][name], names))
