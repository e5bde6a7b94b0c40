"""Corporate head words and a partnership's words make a company (#14, companies with no
other cue; invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors

from .test_actors import make


def typed(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make(text)).actors}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The suit with Quorvix Media, which accuses the two firms, goes on.", "Quorvix Media"),
        ("Brellan Labs opened an office in the town on Monday.", "Brellan Labs"),
        ("She still has a partnership with Ulvar Beauty to sell her products.", "Ulvar Beauty"),
    ],
)
def test_a_corporate_head_or_a_partnership_makes_a_company(text: str, name: str):
    assert typed(text).get(name) == "organisation"
