"""Cues that type a stretch of tokens: a person's, an organisation's, a place's."""

from __future__ import annotations

import re

from ..models import ARMED_GROUP, INTERGOVERNMENTAL_ORG, MEDIA, ORGANISATION, POLITICAL_GROUP
from .context import Context, lookup
from .lexicon import (
    everyday_acronyms,
    fold,
    given_stopwords,
    org_words,
    role_nouns,
    stopwords,
    titles,
    us_state_codes,
)
from .names import first_names
from .tokens import Token
from .words import (
    APPOSITIVE_STOPS,
    CORPORATE,
    COUNCIL_CIVIC,
    COUNCIL_HEADS,
    COUNCIL_POLITICAL,
    PARTICLES,
    SAY_VERBS,
    SHARED_ROLE_NOUNS,
)

_CAMEL_RE = re.compile(r"[a-z][A-Z]")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
_NAME_PREFIX_RE = re.compile(r"^(?:Mc|Mac|O'|O’|D'|D’|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z]")


def person_cue(ctx: Context, i: int, j: int, title: str | None) -> str | None:
    """Why the stretch [i, j) is a person's name, or None."""
    tokens = ctx.tokens
    n = j - i
    if sum(1 for k in range(i, j) if tokens[k].text.lower() not in PARTICLES) > 5:
        return None  # "Sheikh Mohammed bin Abdulrahman Al Thani" has four name words
    if n >= 2 and dotted_initials(ctx, i, j):
        return "initial"  # "P.J. Fleck": two initials, written as one dotted token
    if any(tokens[k].kind == "acro" for k in range(i, j)):
        # "the CEO of NASA": a title before an acronym names its organisation
        return "title" if title is not None and tokens[i].kind != "acro" else None
    if title is not None:
        return "title"
    first = fold(tokens[i].text)
    if n >= 2 and tokens[i].kind == "init" and tokens[j - 1].kind == "cap":
        return "initial"
    head = ctx.gaz.get(first)
    if n >= 2 and first in first_names() and (head is None or head.label in ("place",)):
        return "given-name"
    if left_title(ctx, i) is not None:
        return "title"  # before particles: "ex-president Luiz Inácio Lula da Silva"
    if n >= 2 and any(
        tokens[k].text.lower() in PARTICLES or tokens[k].text.split("-")[0] in PARTICLES
        for k in range(i + 1, j)
    ):
        return "particle"
    if n >= 2 and said_next(ctx, i, j):
        return "said"
    if n >= 2 and role_appositive(ctx, j):
        return "appositive"
    if given_before_surname(ctx, i, j):
        return "given-name"
    return None


def dotted_initials(ctx: Context, i: int, j: int) -> bool:
    """The stretch opens on two or three dotted initials ("P.J.", "J.R.R.") that are no
    known name ("U.S.", "U.N.") nor a US state's code ("N.Y."), and goes on with at most
    three capitalised words of letters: a person's initials before the surname (not a
    file number's "D.N.D.A Nº RL-2019-…")."""
    tokens = ctx.tokens
    first = tokens[i].text
    return (
        tokens[i].kind == "acro"
        and _INITIALS_RE.fullmatch(first) is not None
        and j - i <= 4
        and all(_plain_word(tokens[k]) for k in range(i + 1, j))
        and fold(tokens[j - 1].text) not in org_words()
        and lookup(ctx, i, i + 1) is None
        and lookup(ctx, i, j) is None
        and first.replace(".", "") not in us_state_codes()
        and fold(first.replace(".", "")) not in everyday_acronyms()  # "M.B.A."
    )


def _plain_word(token: Token) -> bool:
    """A capitalised word of letters (a hyphen or an apostrophe inside), more than one."""
    return (
        token.kind == "cap"
        and len(token.text) > 1
        and token.text.replace("-", "").replace("'", "").isalpha()
    )


def role_appositive(ctx: Context, j: int) -> bool:
    """ "…, a senior TPLF official and the group's spokesman": an appositive right after
    the name whose noun phrase is headed by a role noun only a person holds."""
    tokens = ctx.tokens
    k = j + 1
    if k >= len(tokens) or tokens[j].text != "," or tokens[k].text not in ("a", "an", "the"):
        return False
    for m in range(k + 1, min(len(tokens), k + 7)):
        token = tokens[m]
        if token.kind == "punct" and token.text != "-":
            return False
        if token.kind != "low":
            continue
        if fold(token.text) in role_nouns() and token.text not in SHARED_ROLE_NOUNS:
            return True
        if token.text in APPOSITIVE_STOPS:
            return False
    return False


def given_before_surname(ctx: Context, i: int, j: int) -> bool:
    """ "Will Moy, chief executive ...", "May Ortiz said": a sentence word that is also a
    given name, then one capitalised word no actor's (a small town's name may be a
    surname), then a person's cue (a role appositive,
    bare or with an article, or a verb of saying), is a person's name, not "will" + name."""
    tokens = ctx.tokens
    if j != i + 2 or fold(tokens[i].text) not in given_stopwords():
        return False
    surname = tokens[i + 1]
    if not _plain_word(surname) or fold(surname.text) in stopwords():
        return False
    known = lookup(ctx, i + 1, j)
    if known is not None and known.label != "place":
        return False  # "Will France agree": a state, a capital or a known actor
    if j < len(tokens) and tokens[j].kind == "low" and tokens[j].text in SAY_VERBS:
        return True
    return role_appositive(ctx, j) or _bare_role(ctx, j)


def _bare_role(ctx: Context, j: int) -> bool:
    """ ", chief executive of ...": a comma, then a role noun among the next lower-case words."""
    tokens = ctx.tokens
    if j + 1 >= len(tokens) or tokens[j].text != ",":
        return False
    for m in range(j + 1, min(len(tokens), j + 5)):
        token = tokens[m]
        if token.kind != "low" or token.text in APPOSITIVE_STOPS:
            return False
        if fold(token.text) in role_nouns() and token.text not in SHARED_ROLE_NOUNS:
            return True
    return False


def left_title(ctx: Context, i: int) -> str | None:
    """A lower-case title right before the name ("opposition spokesperson Yahya ...")."""
    if i == 0:
        return None
    prev = ctx.tokens[i - 1]
    if prev.kind == "low" and fold(prev.text).removeprefix("ex-") in titles():
        return prev.text  # "ex-president", "ex-presidente": a former holder
    return None


def said_next(ctx: Context, i: int, j: int) -> bool:
    tokens = ctx.tokens
    if j < len(tokens) and tokens[j].kind == "low" and tokens[j].text in SAY_VERBS:
        return True
    if j < len(tokens) and tokens[j].text == "," and j + 1 < len(tokens):
        return False
    return i >= 1 and tokens[i - 1].text in SAY_VERBS


def org_kind(ctx: Context, i: int, j: int) -> str | None:
    """The actor type an organisation head word gives this sequence, if any."""
    words = org_words()
    folded = [fold(ctx.tokens[k].text) for k in range(i, j)]
    last = words.get(folded[-1])
    if last is not None and j - i >= 2:
        return council_kind(folded) if folded[-1] in COUNCIL_HEADS else last[0]
    for k in range(i, j):
        head = fold(ctx.tokens[k].text.split("-")[0])
        hit = words.get(head)
        if hit is not None and hit[1] == "any" and j - i >= 2:
            return council_kind(folded) if head in COUNCIL_HEADS else hit[0]
    for k in range(i, j - 2):
        # "Belgrade Centre for Security Policy", "Revolutionary Armed Forces of Colombia",
        # "Organization of American States": a head word that ends its phrase, then the
        # complement that names its field
        hit = words.get(folded[k - i])
        if (
            hit is not None
            and folded[k - i] not in CORPORATE  # "Kia Motor Corp of South Korea"
            and ctx.tokens[k].kind == "cap"
            and ctx.tokens[k + 1].text in ("of", "for", "on")
            and ctx.tokens[k + 2].kind in ("cap", "low")
        ):
            sub = folded[: k - i + 1]
            return council_kind(sub) if folded[k - i] in COUNCIL_HEADS else hit[0]
    return None


def after_town(ctx: Context, i: int) -> bool:
    """ "Cleveland, OH", "South Bend, Ind.": a capitalised word and a comma before."""
    tokens = ctx.tokens
    return i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].kind == "cap"


def member_of_known(ctx: Context, i: int, cut: int, j: int) -> bool:
    """ "Sui-Lee Wee of the New York Times": two or three capitalised words, "of" or
    "from", then a known organisation or outlet. A person and their employer."""
    tokens = ctx.tokens
    if tokens[cut].text not in ("of", "from") or not 2 <= cut - i <= 3:
        return False
    if not all(tokens[k].kind == "cap" for k in range(i, cut)):
        return False
    a = cut + 1 + (tokens[cut + 1].text == "the" if cut + 1 < j else 0)
    entry = lookup(ctx, a, j)
    return entry is not None and entry.label in (
        ORGANISATION,
        MEDIA,
        INTERGOVERNMENTAL_ORG,
    )


def starts_name(ctx: Context, i: int, j: int) -> bool:
    """A stopword that begins a known multi-word name ("The Hague", "New York")."""
    return any(lookup(ctx, i, k) is not None for k in range(min(j, i + 5), i + 1, -1))


def looks_like_name_start(ctx: Context, k: int, j: int) -> bool:
    return fold(ctx.tokens[k].text) in first_names() or ctx.tokens[k].kind == "init"


def known_compound(ctx: Context, token: Token) -> bool:
    """ "Russia-Turkey", "US-Russian": every part is a known name, left to `hyphen_parts`."""
    parts = token.text.split("-")
    return len(parts) >= 2 and all(
        p[:1].isupper() and fold(p) in ctx.gaz and ctx.gaz[fold(p)].label != "place" for p in parts
    )


def council_kind(words: list[str]) -> str:
    """A council's or committee's type from its other words, not from a list of names.

    "Council on/for X" is an institution or think-tank; a "Military Council" an armed group;
    a national, transitional or revolutionary one a political group ("Kurdish National
    Council", "High Negotiations Committee"); civic words ("Security", "Refugee", "City")
    keep it an organisation. UN bodies come from the lexicon before this is asked.
    """
    rest = set(words[:-1]) if words[-1] in COUNCIL_HEADS else set(words)
    if rest & {"on", "for", "of"} or rest & COUNCIL_CIVIC:
        return ORGANISATION
    if "military" in rest:
        return ARMED_GROUP
    if rest & COUNCIL_POLITICAL:
        return POLITICAL_GROUP
    return ORGANISATION


def camel_case(word: str) -> bool:
    """ "AirPods", "PlayStation", "WeWork": a brand's spelling, not part of a person's
    name ("McDonald", "DeShawn", "LaToya" keep their prefixes)."""
    return bool(_CAMEL_RE.search(word)) and not _NAME_PREFIX_RE.match(word)


def roman(word: str) -> bool:
    return bool(re.fullmatch(r"[IVXLC]+", word))
