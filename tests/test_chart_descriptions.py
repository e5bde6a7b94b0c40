"""The charts' text descriptions (`<desc>`, what a screen reader says) join several actors'
names: an override one name leaves open is closed at that name's end, not at the end of
the whole description, so it never reverses the names and counts after it."""

import re
from dataclasses import replace

from generator.render.charts import actor_network, coverage_matrix

from .conftest import make_briefing

OPENED = "\u202eArcadia \u2067east"


def _desc(svg: str) -> str:
    return re.search("<desc[^>]*>([^<]*)</desc>", svg).group(1)


def _actors():
    briefing = make_briefing()
    first, *rest = briefing.actors
    return (replace(first, name=OPENED), *rest)


def test_each_name_in_a_charts_description_is_closed_where_it_ends():
    actors = _actors()
    network = _desc(actor_network(actors))
    matrix = _desc(coverage_matrix(actors, [("The Daily", frozenset({"a1"}))]))
    for desc in (network, matrix):
        assert f"{OPENED}\u2069\u202c" in desc
        assert desc.count("\u202e") == desc.count("\u202c")  # nothing more closed at the end
        assert not desc.endswith("\u202c") or desc.endswith(f"{OPENED}\u2069\u202c")
