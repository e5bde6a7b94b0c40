"""A greeting before a name is not part of it: "Hi Ada", "Welcome Ada" greet Ada Velk (#14,
false actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors

from .test_actors import make


@pytest.mark.parametrize("greeting", ["Hi", "Hello", "Welcome", "Thanks"])
def test_a_greeting_is_no_part_of_the_name(greeting):
    text = f"Ada Velk wrote the guide in May.\n\n{greeting} Ada, I liked the part on taxes."
    names = {a.name for a in extract_actors(make(text)).actors}
    assert names == {"Ada Velk"}
