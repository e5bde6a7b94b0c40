"""The letter an actor is filed under in the large actors index (render/index_pages.py):
the first letter of its name's slug, found without slugging names that open on ASCII."""

import pytest

from generator.render import index_pages
from generator.render.index_pages import _initial
from generator.render.paths import safe_slug

NAMES = [
    "Anna Kovacs",
    "anna kovacs",
    "Zed",
    "7 Brigade",
    "1,000 Mothers",
    "Émile Verhaar",
    "Ölund Ferries",
    "Ærø Council",
    "ßeta Group",
    "Ωmega Holdings",
    "Łódź Assembly",
    "'Abd al-Karim",
    "’Ayn Tamir",
    '"Quoted" Party',
    "«Front» populaire",
    "&amp;Partners",
    "&#65;lpha",
    " Spaced Name",
    "-Dashed",
    "__init__",
    "北京 Office",
    "Иван Петров",
    "",
    "!!!",
    "X" * 120,
    "O'Neill",
    "İstanbul Bar",
]


def _slugged(name: str) -> str:
    first = safe_slug(name, "other")[0]
    return first if "a" <= first <= "z" else "other"


@pytest.mark.parametrize("name", NAMES)
def test_the_initial_is_the_first_letter_of_the_slug(name):
    assert _initial(name) == _slugged(name)


def test_only_names_not_opening_on_an_ascii_letter_or_digit_are_slugged(monkeypatch):
    slugged: list[str] = []

    def counting(text: str, fallback: str = "page") -> str:
        slugged.append(text)
        return safe_slug(text, fallback)

    monkeypatch.setattr(index_pages, "safe_slug", counting)
    assert [_initial(n) for n in ("Anna", "zed", "7 Brigade", "Émile", "'Abd")] == [
        "a",
        "z",
        "other",
        "e",
        "a",
    ]
    assert slugged == ["Émile", "'Abd"]
