"""gender-guesser's name dictionary, read once as UTF-8 for both its uses: given names with
their gender, and how often each country gives a name (invented lines and real names)."""

from __future__ import annotations

from generator.actors.language_words import _name_frequencies
from generator.actors.lexicon import fold_uncached
from generator.actors.name_dictionary import COUNTRIES, name_rows, parse_row
from generator.actors.names import accent_only_words, first_names, given_name_gender

_LINE = "M  Jürgen+Kai                 " + "3" + " " * 11 + "A" + " " * (len(COUNTRIES) - 13)


def test_a_row_keeps_its_accented_name_its_code_and_each_countrys_frequency():
    row = parse_row(_LINE + "$")
    assert row is not None
    assert (row.code, row.name) == ("M", "Jürgen-Kai")
    assert len(row.frequencies) == len(COUNTRIES)
    assert row.frequencies[0] == 3 and row.frequencies[COUNTRIES.index("germany")] == 10
    assert sum(row.frequencies) == 13


def test_a_row_carries_its_name_folded_as_every_lexicon_key():
    row = parse_row("F  Ángeles+Mª".ljust(30) + "1")
    assert row is not None and row.folded == fold_uncached("Ángeles-Mª") == "angeles-ma"


def test_a_name_given_in_two_rows_has_the_higher_frequency_of_each_country():
    """Two spellings folding to one name ("Jurgen", "Jürgen"): each country's higher count."""
    known = _name_frequencies()["jurgen"]
    rows = [r for r in name_rows() if r.folded == "jurgen"]
    assert len(rows) >= 2
    assert tuple(known) == tuple(map(max, *(r.frequencies for r in rows)))


def test_comments_and_equivalences_are_no_rows():
    assert parse_row("# a comment") is None
    assert parse_row("=  Abe Abraham                  1") is None


def test_non_ascii_given_names_are_read_not_mojibake():
    assert "jurgen" in first_names()
    assert given_name_gender("jurgen") == "male"
    assert not any("Ã" in row.name for row in name_rows())


def test_an_accent_free_spelling_that_english_writes_as_a_word_is_no_given_name():
    """ "Côme" and "Ángeles" fold to "come" and "angeles": English means the word."""
    assert {"come", "angeles"} <= accent_only_words()
    assert "come" not in first_names() and "angeles" not in first_names()
    assert "francois" in first_names() and "jurgen" not in accent_only_words()


def test_each_cell_is_its_digits_value_and_anything_else_zero():
    """Every character a cell may hold, as the per-cell reading had it (`int(c, 16)` for a
    digit, 0 for a blank, "$", another letter or a non-ASCII character)."""
    cells = "19AaDdEe0 $?xé€\t" + "2" * (len(COUNTRIES) - 16)
    row = parse_row("F  Ana".ljust(30) + cells)
    assert row is not None
    expected = tuple(int(c, 16) if c in "123456789ABCDabcd" else 0 for c in cells)
    assert tuple(row.frequencies) == expected
    assert tuple(row.frequencies[:9]) == (1, 9, 10, 10, 13, 13, 0, 0, 0)


def test_a_short_row_has_no_frequency_past_its_end():
    row = parse_row("M  Bo".ljust(30) + "5")
    assert row is not None and tuple(row.frequencies) == (5,) + (0,) * (len(COUNTRIES) - 1)
