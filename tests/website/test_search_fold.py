"""The search index folds text as the worker does: compatibility decomposition, every
combining mark dropped, lower case; the fast paths give the per-character definition."""

import unicodedata

import pytest

from generator.website import search_index as si


def _by_character(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M")).lower()


TEXTS = [
    "Plain ASCII Text, 2024!",
    "Anna Kovács met the Élysée’s envoy",  # accents and a curly apostrophe
    "ﬁnance Ω ß İstanbul Ǆ",  # ligature, Greek, sharp s, dotted I, digraph
    "e\u0301 a\u0488 ka\u0903",  # combining acute, enclosing mark, spacing mark (Mc)
    "\u20dd circled",  # an enclosing mark alone
    "Москва 東京 ١٢٣ 𝐀𝐁",  # Cyrillic, CJK, Arabic digits, mathematical bold
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_fold_is_the_per_character_definition(text):
    assert si.fold(text) == _by_character(text)


def test_fold_gives_the_same_twice_once_the_marks_table_has_filled():
    assert [si.fold(t) for t in TEXTS] == [si.fold(t) for t in TEXTS]
