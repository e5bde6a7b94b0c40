"""Actor ids (actors/actor_ids.py `plain_slug`): the short way for plain names gives
slugify's own slug, and any other name goes through slugify."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from slugify import slugify

from generator.actors.actor_ids import plain_slug


def test_plain_names():
    assert plain_slug("Bashar al-Assad") == "bashar-al-assad"
    assert plain_slug("U.S. State Department") == "u-s-state-department"
    assert plain_slug("--Foo  -- Bar--") == "foo-bar"


def test_other_names_are_slugify_s():
    for name in ("O'Brien", "AT&amp;T", "1,000 Mothers", "Erdoğan", "Zürich\tBank"):
        assert plain_slug(name) == slugify(name)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x17F), max_size=20))
@example("Al-Qaeda (AQAP)")
@example("&#65;bc")
@example("x_y")
def test_the_same_slug_as_slugify(name):
    assert plain_slug(name) == slugify(name)
