"""The rows of gender-guesser's international name dictionary (`nam_dict.txt`), read once
for every use: given names and their gender (`names`), how often each country gives a
name (`language_words`).

The file is UTF-8 with fixed character columns: a gender code in the first two, the name
in 3-28 ("+" joins the parts of a compound name: "Jean+Pierre"), then one frequency
digit per country (1 rare to D extremely common, blank never). Read as Latin-1, as one
reader used to, a non-ASCII name ("Jürgen") turns to mojibake and never matches a text.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple

from .lexicon import fold_uncached

COUNTRIES = (
    "great_britain ireland usa italy malta portugal spain france belgium luxembourg "
    "the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland "
    "estonia latvia lithuania poland czech_republic slovakia hungary romania bulgaria bosniaand "
    "croatia kosovo macedonia montenegro serbia slovenia albania greece russia belarus moldova "
    "ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india japan korea "
    "vietnam other_countries"
).split()
"""The countries of the dictionary, in the order of its frequency columns."""
_NAME = slice(3, 29)
_FIRST_COUNTRY = 30
_DIGITS = "123456789ABCDabcd"
"""The frequency digits; a line's end mark "$" is none."""
_VALUES = bytes(int(chr(b), 16) if chr(b) in _DIGITS else 0 for b in range(256))
"""Byte → its frequency: a digit's value, 0 for anything else (a blank, "$", or a "?"
that stands for a non-ASCII character). Every row's 55 cells go through
`bytes.translate` at once: a Python step per cell made the 48,821 rows cost about 0.3 CPU
s, paid by every build that reads a name (half the start-up of one added article's)."""


class NameRow(NamedTuple):
    """One entry of the dictionary. A named tuple, not a frozen dataclass: the file has
    48,821 rows, read before any article (a tuple is built about twice as fast)."""

    code: str
    """The gender code: "M", "1M" (mostly male), "?" (both), "F", "1F", "?M", "?F"."""
    name: str
    """The name as written, "+" turned into "-" ("Jean-Pierre")."""
    folded: str
    """`name` folded as every lexicon key is (`lexicon.fold`): folded here once for both
    uses (each folded every row for itself)."""
    frequencies: bytes
    """Per country of `COUNTRIES`, how often it gives the name (0 never, 13 extremely):
    one byte each, as `bytes.translate` gives them (a tuple of them cost as much again)."""


def parse_row(line: str) -> NameRow | None:
    """A line of the file as a row; None for a comment, an equivalence ("=") or a stub."""
    if line[:1] in ("#", "=") or len(line) < 4:
        return None
    cells = line[_FIRST_COUNTRY : _FIRST_COUNTRY + len(COUNTRIES)].ljust(len(COUNTRIES))
    name = line[_NAME].strip().replace("+", "-")
    return NameRow(
        line[:2].strip(),
        name,
        fold_uncached(name),
        cells.encode("ascii", "replace").translate(_VALUES),
    )


@cache
def name_rows() -> tuple[NameRow, ...]:
    """Every row of the dictionary, in its order."""
    text = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text("utf-8")
    return tuple(row for line in text.splitlines() if (row := parse_row(line)) is not None)
