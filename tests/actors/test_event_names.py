"""Events that no head word marks, found by a mention that sets them as a time frame
(invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.event_names import event_names, framed

from .test_actors import actors_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices fell during the Grey Winter, which lasted a year.", True),
        ("Stars formed since the Great Spark by slow collapse.", True),
        ("Crowds grew amid the Harbour Riot.", True),
        ("Ratings rose during the Orbit League season.", False),
        ("Sales fell during the Orbit League's strike.", False),
        ("Rates rose after the Grey Winter, which lasted.", False),
    ],
)
def test_a_name_after_a_framing_preposition_and_the_ending_its_phrase_is_a_frame(text, expected):
    name = next(
        n for n in ("Grey Winter", "Great Spark", "Harbour Riot", "Orbit League") if n in text
    )
    start = text.index(name)
    assert framed(text, start, start + len(name)) is expected


def test_an_event_must_never_speak_and_a_known_name_stays():
    framing = "Trade slowed during the Grey Winter, which lasted a year."
    speaking = "The Grey Winter said in a statement that it would close."
    spots = [(framing, "Grey Winter", 24, 35)]
    assert event_names(spots, set()) == {"grey winter"}
    assert event_names(spots, {"grey winter"}) == set()
    both = spots + [(speaking, "Grey Winter", 4, 15)]
    assert event_names(both, set()) == set()


def test_an_article_loses_the_event_and_keeps_its_people():
    text = (
        "Millions died during the Long Freeze, which swept the port towns. "
        "The Long Freeze changed trade for a century, Mara Holt, a historian, said."
    )
    names = actors_of(text)
    assert "Long Freeze" not in names
    assert names["Mara Holt"][0] == "person"
