"""The language-table loader: one parser per format, each table read once."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import lang
from generator.cache import DIGESTED_SUFFIXES
from generator.lang import load, parse


def test_json_is_parsed() -> None:
    assert parse("x.json", '{"a": ["b", "c"]}') == {"a": ["b", "c"]}


def test_lines_skip_blank_lines_and_comments() -> None:
    assert parse("x.txt", "# about\none\n\n  two  \n  # indented comment\n") == ("one", "two")


def test_rows_split_on_tabs_and_keep_empty_fields() -> None:
    text = "# name\tnumber\nmay\t5\n\nxyz\t\t!\n"
    assert parse("x.tsv", text) == (("may", "5"), ("xyz", "", "!"))


def test_an_unknown_format_names_the_table() -> None:
    with pytest.raises(ValueError, match=r"x\.csv.*\.json, \.ini, \.txt or \.tsv"):
        parse("x.csv", "a,b")


def test_a_table_is_read_once() -> None:
    assert load("en", "months.tsv") is load("en", "months.tsv")
    assert ("may", "5") in load("en", "months.tsv")


def test_a_missing_table_names_itself() -> None:
    with pytest.raises(FileNotFoundError):
        load("en", "no-such-table.txt")


def test_every_language_table_is_part_of_the_cache_key() -> None:
    """A table edited (a timex cue in an `.ini`) must invalidate the cached articles."""
    root = Path(lang.__file__).parent
    suffixes = {path.suffix for path in root.rglob("*") if path.is_file()} - {".pyc"}
    assert suffixes <= DIGESTED_SUFFIXES
    assert ".ini" in suffixes
