"""The events words live once, in `generator/lang/en/`: the package's code holds none.

Cue words, asides, fillers, stamp words, event nouns and stopwords come from `events.json`;
month names from `months.tsv` and weekday names from `timex.json`, the tables the metadata
and timex stages read. These tests fail when a word is written back into the code.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.events import words
from generator.lang import load
from generator.lang.saying import reporting_verbs
from tests.codestrings import package_strings

PACKAGE = Path(__file__).resolve().parents[2] / "generator" / "events"
KIND_NAMES = {"past", "scheduled", "projected"}
"""The kinds are values of the model, not cues (`scheduled` is also a cue word)."""
TENSE = load("en", "tense_cues.json")
KEY_NAMES = {"place"}
"""Names of the keys merging indexes events by (`compare.shared_keys`), not cues."""


def _code_words() -> dict[str, set[str]]:
    """Lower-case words of every string literal of the package's code, by file (codes such
    as `START` are not words), docstrings left out (examples in prose)."""
    return {
        name: {token for text in texts for token in re.findall(r"[a-z_]+", text)}
        for name, texts in package_strings(PACKAGE).items()
        if texts
    }


def _entry_words(entries) -> set[str]:
    return {w for entry in entries for w in re.findall(r"[a-z]{2,}", entry.lower())}


def test_no_calendar_name_or_event_noun_is_written_in_the_code():
    months = {name for name, *_ in load("en", "months.tsv")}
    weekdays = set(words.WEEKDAY_NAMES)
    nouns = set(words.EVENT_NOUNS) | set(words.EVENT_NOUNS.values())
    for name, found in _code_words().items():
        assert not found & months, (name, found & months)
        assert not found & weekdays, (name, found & weekdays)
        assert not found & nouns - {"events"}, (name, found & nouns)


def test_no_cue_word_is_written_in_the_code():
    table = load("en", "events.json")
    cues = set()
    for section in ("clauses", "summary", "places", "datelines"):
        for value in table[section].values():
            if isinstance(value, list):
                cues |= _entry_words(value)
    for value in load("en", "tense_cues.json").values():
        if isinstance(value, list):
            cues |= _entry_words(value)
    for name, found in _code_words().items():
        if name == "curate.py":  # its problem messages are English prose, not cues
            continue
        leaked = (found & cues) - KIND_NAMES - KEY_NAMES - set(TENSE)  # table keys
        assert not leaked, (name, leaked)


def test_the_patterns_are_the_tables_alternatives_and_syntax_only():
    cases = [
        (words.PROJECTED, TENSE["forecasts"] + TENSE["hedging_modals"]),
        (words.SCHEDULED, TENSE["scheduled"]),
        (words.LEADING_ASIDE, words.LEADING_ASIDES),
        (words.RELATIVE, words.RELATIVE_PRONOUNS),
        (words.TRAILING_ASIDE, words.TRAILING_ASIDES),
        (words.DETERMINER, words.DETERMINERS),
        (words.LEADING_FILLER, words.LEADING_FILLERS),
    ]
    for pattern, entries in cases:
        source = pattern.pattern
        for entry in entries:
            alternative = entry.replace(" ", r"\s+")
            assert alternative in source, (entry, source)
            source = source.replace(alternative, "", 1)
        assert not re.search(r"(?<!\\)[a-z]{2,}", source), (entries[0], source)


def test_a_cue_added_to_the_table_is_what_the_pattern_matches():
    assert words.PROJECTED.search("It could rain in May")
    rebuilt = re.compile(rf"\b(?:{words.alternatives(['take place'])})\b", re.IGNORECASE)
    assert rebuilt.fullmatch("take   place")
    assert not words.PAST.search("the deal will be signed")  # passive, not past
    assert words.PAST.search("the deal was signed")


def test_stopwords_are_the_table_words_and_the_calendar_names():
    table = load("en", "events.json")["merge"]["stopwords"]
    months = [name for name, *_ in load("en", "months.tsv")]
    assert tuple(months) == words.MONTH_NAMES
    assert words.WEEKDAY_NAMES == (
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    )
    saying = reporting_verbs().core
    assert frozenset(table) | set(months) | set(words.WEEKDAY_NAMES) | saying == words.STOPWORDS
    assert "sun" not in words.STOPWORDS  # abbreviations of weekdays are words too
