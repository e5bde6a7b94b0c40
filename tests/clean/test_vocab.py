"""The cleaner's words come from `generator/lang/` only, and every table there is read."""

import json
import re
from pathlib import Path

import pytest

from generator import lang
from generator.clean import header_furniture, looks_like_byline, vocab
from generator.clean.bio import ABOUT_RE
from generator.clean.cuts import _REPLY_RE, _SAYS_RE
from generator.clean.furniture import FURNITURE
from tests.codestrings import package_strings

PACKAGE = Path(vocab.__file__).parent
LANG = Path(lang.__file__).parent
MONTHS = (
    "january february march april may june july august september october november december"
).split()


def _code_strings() -> list[str]:
    """Every string constant of the package's modules that is not a docstring."""
    return [
        text
        for texts in package_strings(PACKAGE).values()
        for text in texts
        if not text.startswith(("#", "\n"))
    ]


def _tables() -> dict[str, dict[str, object]]:
    return {
        path.parent.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(LANG.glob("*/clean.json"))
    }


def _all_words() -> set[str]:
    words: set[str] = set()
    for table in _tables().values():
        for value in table.values():
            if isinstance(value, dict):
                words.update(w for ws in value.values() for w in ws)
            else:
                words.update(value)
    return words


def test_no_month_name_is_written_in_the_package_code() -> None:
    for text in _code_strings():
        for month in MONTHS:
            assert not re.search(rf"\b(?:{month}|{month[:3]})\b", text, re.I), (month, text)


def test_no_word_of_the_language_tables_is_written_in_a_regex_of_the_package() -> None:
    words = {w for w in _all_words() if w.isalpha() and len(w) >= 2}
    for text in _code_strings():
        members = set(re.findall(r"(?<=[(|:])([^\W\d_]{2,})(?=[|)])", text))
        assert not members & words, (members & words, text)


def test_every_list_of_every_language_is_read_by_the_package() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted(PACKAGE.glob("*.py")))
    source += (LANG / "en" / "clean_patterns.tsv").read_text(encoding="utf-8")
    source += (LANG / "en" / "furniture_kinds.tsv").read_text(encoding="utf-8")
    for code, table in _tables().items():
        for name in table:
            assert re.search(rf"['\"<]{name}['\">]", source), (code, name)


def test_an_alternation_joins_every_language_once_each_english_first() -> None:
    starts = vocab.words("byline_starts")
    assert starts[0] == "by"
    assert starts.count("por") == 1  # listed by Portuguese and by Spanish
    assert {"von", "par", "oleh", "от"} <= set(starts)
    assert vocab.fill("x(?:<<byline_starts>>)") == "x(?:" + "|".join(starts) + ")"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Updated 3 hours ago", "relative timestamp"),
        ("há 2 horas", "relative timestamp"),
        ("vor 3 Stunden", "relative timestamp"),
        ("5 dní назад", None),
        ("2 дня назад", "relative timestamp"),
        ("Lesezeit: 3 Minuten", "reading time"),
        ("12 Kommentare", "comment count"),
        ("an hour fa", None),  # "fa" follows a number, not "an"
    ],
)
def test_header_furniture_reads_each_languages_words(line: str, reason: str | None) -> None:
    assert header_furniture(line) == reason


def test_the_compiled_patterns_hold_each_languages_words() -> None:
    advertisement = dict(FURNITURE)["advertisement"]
    for word in ("Anzeige", "Publicidade", "Реклама", "Iklan", "Advertisement"):
        assert advertisement.search(word), word
    assert looks_like_byline("Oleh Budi Santoso")
    assert looks_like_byline("Maria da Silva / Folha")
    assert _SAYS_RE.match("Ana disse:") and _SAYS_RE.match("Bob wrote:")
    assert _REPLY_RE.match("Antworten") and not _REPLY_RE.match("Reply to the council")
    match = ABOUT_RE.match("Sobre Carlos Nadalim")
    assert match and match.group("name") == "Carlos Nadalim"
    assert ABOUT_RE.match("À propos de l'auteur") is None
    assert ABOUT_RE.match("About the author")


def test_the_english_tables_are_read_once_as_rows_and_json() -> None:
    kinds = lang.load("en", "furniture_kinds.tsv")
    assert [kind for kind, _ in kinds][:2] == ["cookie banner", "newsletter"]
    assert all(len(row) == 2 for row in kinds + lang.load("en", "clean_patterns.tsv"))
    assert lang.load("en", "clean.json") is lang.load("en", "clean.json")  # read once
