"""The metadata package's words come from the language tables, and only from there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.metadata import find_dates, parse_byline, split_credit
from generator.metadata import words as w
from generator.metadata.byline import BY_ALONE_RE, WIRE_RE
from tests.codestrings import code_strings

PACKAGE = Path(w.__file__).parent

# Words of the tables that the code may still spell: the FoundDate label kinds (identifiers,
# not matched against text) and common words of the stage's own messages and removal reasons.
ALLOWED = {
    "published",
    "updated",
    "the",
    "is",
    "in",
    "at",
    "for",
    "of",
    "on",
    "and",
    "was",
    "first",
}


def vocabulary() -> set[str]:
    """Every word of every table the package reads, lower case, split into words."""
    lists = [
        w.MONTHS,
        w.WEEKDAYS,
        w.PUBLISHED_LABELS,
        w.UPDATED_LABELS,
        w.ORDINAL_SUFFIXES,
        w.MONTH_JOINERS,
        w.BYLINE_LABELS_TO_LINE_END,
        w.BYLINE_LABELS,
        w.READING_TIME_UNITS,
        w.READING_TIME_VERBS,
        w.BYLINE_CUES,
        w.BYLINE_CUE_VERBS,
        w.AUTHOR_JOINERS,
        w.NAME_PARTICLES,
        w.ROLES,
        w.ROLE_HEADS,
        w.JOB_WORDS,
        w.OUTLET_STAFF,
        w.NOT_AUTHORS,
        w.WIRE_AGENCIES,
        w.AGENCY_NAMES.values(),
        w.ARTICLES,
        w.DISCLAIMER_VERBS,
        w.CREDIT_LABELS,
        w.CREDIT_CUES,
    ]
    return {word.lower() for table in lists for item in table for word in re.findall(r"\w+", item)}


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_table_word_is_spelled_in_code(path: Path) -> None:
    words = vocabulary() - ALLOWED
    spelled = {
        word
        for literal in code_strings(path.read_text(encoding="utf-8"))
        # a top-level domain (".de") or a language code ("de") is not a word
        if not re.fullmatch(r"\.[a-z]+", literal) and literal not in w.LANGUAGES
        # regex syntax is not a word: escapes (\d, \w, \s), character classes, group flags
        for word in re.findall(
            r"[^\W\d]{2,}", re.sub(r"\\[a-zA-Z]|\[[^]]*\]|\(\?[a-zA-Z]+", " ", literal)
        )
        if word.lower() in words
    }
    assert spelled == set(), f"{path.name} spells table words in code: {sorted(spelled)}"


def test_the_month_table_is_complete_for_each_language() -> None:
    for lang in w.LANGUAGES:
        numbers = {int(row[1]) for row in w.load(lang, "months.tsv")}
        assert numbers == set(range(1, 13)), lang


@pytest.mark.parametrize("name", sorted(w.MONTHS))
def test_every_month_name_in_the_tables_is_read(name: str) -> None:
    month = w.MONTHS[name]
    day_month = find_dates(f"Signed on 5 {name.capitalize()} 2017 in the city.")
    assert [d.value for d in day_month] == [f"2017-{month:02d}-05"]
    month_day = find_dates(f"Signed on {name.upper()} 5, 2017.")
    assert [d.value for d in month_day] == [f"2017-{month:02d}-05"]


def test_a_word_not_in_the_tables_is_no_month() -> None:
    assert find_dates("Signed on 5 Brumaire 2017.") == []


@pytest.mark.parametrize("cue", w.BYLINE_CUES)
def test_every_byline_cue_in_the_tables_opens_a_byline(cue: str) -> None:
    assert parse_byline(f"{cue.capitalize()} Ana Lima") == (["Ana Lima"], None)
    assert BY_ALONE_RE.match(cue.upper())


@pytest.mark.parametrize("joiner", w.AUTHOR_JOINERS)
def test_every_joiner_in_the_tables_separates_authors(joiner: str) -> None:
    assert parse_byline(f"By Ana Lima {joiner} Rui Costa")[0] == ["Ana Lima", "Rui Costa"]


@pytest.mark.parametrize("agency", w.WIRE_AGENCIES)
def test_every_wire_agency_in_the_tables_is_an_outlet(agency: str) -> None:
    assert WIRE_RE.fullmatch(agency)
    assert parse_byline(agency) == ([], agency)


@pytest.mark.parametrize("word", [*w.WEEKDAYS, *w.ENGLISH_MONTHS])
def test_calendar_words_in_the_tables_are_never_authors(word: str) -> None:
    assert parse_byline(f"By {word.capitalize()}") == ([], None)


@pytest.mark.parametrize("label", w.CREDIT_LABELS)
def test_every_credit_label_in_the_tables_marks_a_credit(label: str) -> None:
    assert split_credit(f"Crowds in the square ({label}: Ana Lima)")[1] == f"{label}: Ana Lima"
