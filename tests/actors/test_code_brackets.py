"""An acronym written only inside bracketed lists of codes is a code, not an actor (#14,
false actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors
from generator.actors.code_brackets import code_list, in_code_list

from .test_actors import make


def names(text: str) -> set[str]:
    return {a.name for a in extract_actors(make(text)).actors}


@pytest.mark.parametrize(
    "inside, expected",
    [
        ("QV2 / KT", True),
        ("QV 1 / QV 2 KT / ZR3 KT", True),
        ("KT", False),  # a definition
        ("QV and KT", False),  # prose
        ("12 / 14", False),  # figures only
    ],
)
def test_a_list_of_codes(inside, expected):
    assert code_list(inside) is expected


def test_a_code_in_a_list():
    text = "The ship fell silent. [QV2 KT / ZR]"
    assert in_code_list(text, text.index("ZR"), text.index("ZR") + 2)
    assert not in_code_list("The ZR said so.", 4, 6)


def test_an_acronym_only_in_code_lists_is_no_actor():
    text = (
        "Ada Velk led the crew across the dunes. [QV2 KT / ZR]\n\n"
        "The crew reached the coast in May. [QV1 / ZR]"
    )
    assert "ZR" not in names(text)
    assert "Ada Velk" in names(text)


def test_an_acronym_that_acts_elsewhere_stays():
    text = (
        "The ZR says the crew reached the coast. [QV2 KT / ZR]\n\n"
        "The crew reached the coast in May, Ada Velk said. [QV1 / ZR]"
    )
    assert "ZR" in names(text)
