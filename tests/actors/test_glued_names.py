"""A person's name glued to the next line's words ("Mara OkafMara Lynn OkafNorth Dakota")
is cut where the glue begins (#14, false actors; invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors
from generator.actors.glued_names import glue_at

from .test_actors import make


def names(text: str) -> set[str]:
    return {a.name for a in extract_actors(make(text)).actors}


def test_a_hover_card_glued_to_a_name_is_cut():
    found = names("North Dakota Gov. Mara OkafMara Lynn OkafNorth Dakota governor doubles down")
    assert "Mara Okaf" in found
    assert not any("OkafMara" in name for name in found)


@pytest.mark.parametrize(
    "name, at",
    [
        ("Mara OkafMara Lynn OkafNorth Dakota", 9),
        ("Ray McDonald", None),
        ("Doug MacArthur", None),
        ("DeShawn Jones", None),
    ],
)
def test_glue_at(name, at):
    assert glue_at(name) == at


def test_a_name_written_with_inner_capitals_stays():
    assert "Ann FitzGerald" in names("Ann FitzGerald said the vote was close.")
