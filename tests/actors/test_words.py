"""The actors package's words live in `lang/en/` tables only: no copy of a word list in code."""

from __future__ import annotations

import re
from pathlib import Path

from generator import lang
from generator.actors import local, quotes, words
from generator.lang.saying import reporting_verbs
from tests.codestrings import code_strings

PACKAGE = Path(words.__file__).parent
CUES = lang.load("en", "actor_cues.json")
CHECKED = (
    "opinion_verbs",
    "reported_verbs",
    "state_verbs",
    "armed_nouns",
    "political_nouns",
    "group_nouns",
    "armed_adjectives",
    "political_adjectives",
    "honorifics",
    "not_appositive",
    "left_role_nouns",
    "council_civic",
    "council_political",
)
MONTHS = {row[0].capitalize() for row in lang.load("en", "months.tsv")}
"""Capitalised: "may" is a verb."""


def _copies(source: str) -> list[tuple[str, str]]:
    found = []
    for text in code_strings(source):
        present = set(re.findall(r"[a-z]+", text.lower()))
        for name in CHECKED:
            hits = present & {w for w in CUES[name]["words"] if " " not in w}
            if len(hits) >= 2:
                found.append((name, text))
        if set(re.findall(r"[A-Z][a-z]+", text)) & MONTHS:
            found.append(("months", text))
    return found


def test_no_word_list_is_copied_into_the_package_code():
    copies = [
        (path.name, name, text)
        for path in sorted(PACKAGE.glob("*.py"))
        for name, text in _copies(path.read_text(encoding="utf-8"))
    ]
    assert copies == []


def test_the_check_sees_a_copied_list(tmp_path):
    assert _copies('VERBS = "thinks|believes"\n') == [("opinion_verbs", "thinks|believes")]
    assert _copies('X = "in January"\n') == [("months", "in January")]
    assert _copies('"""The verbs thinks and believes."""\n') == []


def test_patterns_are_built_from_the_tables():
    saying = reporting_verbs().finite
    for word in saying + tuple(CUES["quote_phrases"]["words"]):
        assert re.fullmatch(f"(?:{quotes.VERBS})", word)
    for word in reporting_verbs().person:
        assert local.APPOSITIVE.search(f"X, a researcher {word} then")
    speakers = reporting_verbs().person + tuple(CUES["opinion_verbs"]["words"])
    assert frozenset(speakers) == words.SAY_VERBS


def test_every_table_of_the_cues_is_used_by_the_package():
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted(PACKAGE.glob("*.py")))
    for name in CUES:
        assert f'"{name}"' in source, name
        assert re.search(rf"\b{name.upper()}\b", source), name
