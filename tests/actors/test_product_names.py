"""Products named like companies, found by a model after the name (invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.product_names import model_after, product_names

from .test_actors import actors_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buy the VibePods 2 with a case.", True),
        ("Rivals cut the Zentro S21.", True),
        ("She kept her Zentro Ultra in a drawer.", True),
        ("Zentro 2 Vantis 1 after extra time.", False),
        ("Zentro 2-1 was the score.", False),
        ("Vantis 1 Zentro 2 in the late game.", False),
        ("Zentro 2020 results were poor.", False),
        ("Zentro 4 hours 48 mins 2 seconds", False),
        ("Zentro 5 seconds behind", False),
        ("Zentro 22 points, Vantis 4.", False),
        ("Zentro 2 and a case cost less.", True),
    ],
)
def test_a_model_number_or_word_after_a_name_but_no_score(text, expected):
    start = text.index("Zentro") if "Zentro" in text else text.index("VibePods")
    end = start + (6 if text[start] == "Z" else 8)
    assert model_after(text, start, end) is expected


def test_a_product_never_acts_and_a_person_stays():
    model = "Buy the VibePods 2 with a case."
    acting = "VibePods said it would close."
    spots = [(model, "VibePods", 8, 16, "organisation")]
    assert product_names(spots, set()) == {"vibepods"}
    assert product_names(spots + [(acting, "VibePods", 0, 8, "organisation")], set()) == set()
    assert product_names(spots, {"vibepods"}) == set()
    scorer = "Lewis 80 not out."
    assert product_names([(scorer, "Lewis", 0, 5, "person")], set()) == set()


def test_an_article_loses_the_product_and_keeps_its_maker():
    text = (
        "You can buy the new VibePods 2 with a charging case for $150. The VibePods offer "
        "noise cancelling. Orbitek Inc said it sold two million of them."
    )
    names = actors_of(text)
    assert "VibePods" not in names
    assert names["Orbitek Inc"][0] == "organisation"
