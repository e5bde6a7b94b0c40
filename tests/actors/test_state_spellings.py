"""countryinfo's native spellings that English uses as a word or a name ("Island",
"Mann", "Dominique") do not name their state (#14, false actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors
from generator.actors.gazetteer import gazetteer

from .test_actors import make


@pytest.mark.parametrize(
    "text",
    [
        "Ada Velk, head of a Mercer Island-based buyer, said prices fell.",
        "Ada Velk read Thomas Mann on the train to Vienna.",
        "Dominique Velk said the price was fair.",
    ],
)
def test_a_refused_spelling_names_no_state(text):
    assert not [a for a in extract_actors(make(text)).actors if a.type == "state"]


def test_the_states_keep_their_names():
    assert {gazetteer()[k].name for k in ("iceland", "isle of man", "dominica")} == {
        "Iceland",
        "Isle of Man",
        "Dominica",
    }
