"""The timex words live once, in `generator/lang/en/`: the package's code holds none.

Month and weekday names, seasons, holidays, number words and the other vocabulary come from
`timex.json`; the rules' patterns and the tense cues come from the `.ini` resources, which
take calendar words from the tables too. These tests fail when a word is written back into
the code (or a second time into a pattern).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.lang import read_text
from generator.timex import lexicon, rules
from generator.timex.lexicon import cue, full_months, full_weekdays
from generator.timex.regex import fragments
from tests.codestrings import package_strings

PACKAGE = Path(__file__).resolve().parents[2] / "generator" / "timex"


def _code_strings() -> list[tuple[str, str]]:
    """Every string literal of the package's code, docstrings left out (examples in prose)."""
    return [
        (name, text.lower()) for name, texts in package_strings(PACKAGE).items() for text in texts
    ]


def _vocabulary() -> dict[str, list[str]]:
    lex = lexicon()
    numbers = [w for group in lex["number_groups"].values() for w in group if len(w) > 2]
    return {
        "months": list(lex["months"]),
        "weekdays": list(lex["weekdays"]),
        "seasons": list(lex["seasons"]),
        "holidays": list(lex["holidays"]),
        "numbers": numbers,
        "decade words": list(lex["decade_words"]),
        "set adverbs": list(lex["set_adverbs"]),
        "ordinals": [w for w in lex["ordinals"] if w.isalpha()],
        "references": lex["present_ref"] + lex["past_ref"] + lex["future_ref"],
        "modifiers": list(lex["modifiers"]) + lex["mod_words"] + lex["approx_words"],
        "clock words": list(lex["clock_words"]),
        "parts of day": list(lex["part_of_day_codes"]) + list(lex["night_word_codes"]),
        "day words": list(lex["day_offsets"]),
        "deadline words": lex["deadline_words"],
    }


ALLOWED = {"this", "the", "last", "next", "night", "half", "second", "some", "first"}
"""Words of the tables that are also the relation codes the normalisers compare against
(`rel == "last"`) or the unit names of `unit_codes` (`"second"`)."""


@pytest.mark.parametrize("table", sorted(_vocabulary()))
def test_no_word_of_the_tables_is_written_in_the_package_code(table):
    words = [w for w in _vocabulary()[table] if w not in ALLOWED]
    # "easter:1" is the holiday table's own rule syntax, not the word
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b(?!:)")
    found = [(name, text) for name, text in _code_strings() if pattern.search(text)]
    assert found == []


def test_calendar_names_are_written_only_in_the_json_table():
    names = [n for n in full_months() + full_weekdays() if n not in ("may", "march")]
    pattern = re.compile(r"\b(?:" + "|".join(names) + r")\b", re.IGNORECASE)
    for resource in ("timex_rules.ini", "timex_cues.ini"):
        assert pattern.findall(read_text("en", resource)) == [], resource
    keys = re.findall(r'"([a-z]+)": \d+', read_text("en", "timex.json"))
    assert sorted(k for k in keys if pattern.fullmatch(k)) == sorted(names)


def test_patterns_are_built_from_the_loaded_tables():
    """Every month and weekday of the table is matched by the rules, the cues see weekdays."""
    by_name = {rule.name: rule.pattern for rule in rules()}
    for month in full_months():
        assert by_name["month-year"].fullmatch(f"{month.title()} 2016"), month
    for day in full_weekdays():
        assert by_name["weekday"].fullmatch(day.title()), day
        assert cue("future").search(f"they meet {day}"), day
    month = re.compile(fragments()["MONTH"], re.IGNORECASE)
    assert all(month.fullmatch(m) for m in lexicon()["months"])


def test_every_table_of_timex_json_is_read_by_the_package():
    """A table no rule reads is a drifted copy waiting to mislead (the old `units` and
    `parts_of_day`): each top-level key of `timex.json` is named in the package's code."""
    named = {text for _, text in _code_strings()}
    tables = [key for key in lexicon() if not key.startswith("_") and key != "numbers"]
    assert [key for key in tables if key not in named] == []
