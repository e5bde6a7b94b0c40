"""Names the article only ever writes as the modifier of a thing's noun: "the Styx
nightclub", "the new Arduino Zero model", "Linux Kernel version 2.6".

A name that stands right before a lower-case noun qualifies that noun: the noun is what
the sentence is about. When the noun is a person's, a group's or an outlet's ("Vornak
researchers", "a Vornak spokesman": `introduced_things.thing_noun`) the name employs
actors and is one; when it is a thing's ("nightclub", "model", "version") and no mention
of the name stands on its own, the name is a venue's, a product's or a project's. Only
organisations the tagger typed, or a short form of them, are read (`WEAK_CUES`; not a
person: "the Rayleigh-Ritz ratio" names Walther Ritz), and a name English writes often
(wordfreq, `WELL_KNOWN_ZIPF`: "the Twitter account", "the Amazon price") stays: a famous
company is named in passing by its products. A headline's mention is a name's (a
headline drops its articles and its verbs read as nouns). English articles only.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..lang.tense import modals, past_words
from ..models import ACTOR_TYPES, PERSON
from .context import Span
from .introduced_things import thing_noun
from .language_words import zipf
from .lexicon import fold
from .texts import TITLE
from .tokens import tokenize
from .words import SAY_VERBS, STATE_VERBS

WEAK_CUES = frozenset({"tagger", "alias"})
"""Cues that type a name on the tagger's guess or on another mention (a short form): what
a thing's name also has. A person guessed from capitals alone is `modifier_names`' (with a
determiner before it: not "and Evel Knievel whilst ..."), an unknown run of capitals
`acronym_terms`' (where "an IMAX movie screen" names the company)."""
WELL_KNOWN_ZIPF = 4.0
"""A name English writes this often (once in 100,000 words: "Harvard" 4.2, "NASA" 4.2,
"Twitter" 4.8) is well known, named in passing by what it makes; "MacBook" (3.4),
"Linux Kernel" (3.4) and a nightclub's "Styx" (0) are not."""
COMMON_ZIPF = 5.5
"""A word after the name this common ("still" 5.9, "also" 6.2, "already" 5.55) is an
adverb or a verb as often as a noun; a thing's noun is mostly rarer ("version" 5.1,
"model" 5.1, "nightclub" 3.7), and the few that are not ("system" 5.56) are let go."""


@cache
def _verbs() -> frozenset[str]:
    """Verbs a name may be the subject of without a suffix to show it: saying and agency
    (`words`), irregular pasts and modals (`lang/en/tense_cues.json`)."""
    modal = modals("en").split("|")
    return frozenset(SAY_VERBS | STATE_VERBS | set(past_words("en")) | set(modal))


def _thing_noun_after(text: str, end: int) -> bool:
    """Whether a lower-case noun of a thing follows right after one space: not a verb
    (`_verbs`, or a word in -s, -ed or -ing, which a verb may be: "X arrests six"), not a
    word as common as "still" or "also" (`COMMON_ZIPF`), and no actor's noun."""
    after = tokenize(text[end : end + 40])[:1]
    if not after or after[0].kind != "low" or after[0].start != 1:
        return False
    word = fold(after[0].text)
    if word in _verbs() or word.endswith(("s", "ed", "ing")):
        return False
    return zipf(word, "en") < COMMON_ZIPF and thing_noun(word)


def _use(part: str, text: str, span: Span) -> str:
    """`thing` (a weak name before a thing's noun, in the body), `weak` or `name`."""
    if span.cue not in WEAK_CUES or span.label == PERSON:
        return "name"
    if part != TITLE and _thing_noun_after(text, span.end):
        return "thing"
    return "weak"


def thing_modifiers(parts: Iterable[tuple[str, str, list[Span]]], language: str | None) -> set[str]:
    """Folded names of weak actors whose every mention qualifies a thing's noun and that
    English seldom writes (see the module); `parts` are (part id, text, spans) of one
    article in `language` (ISO 639-1; None is unknown, read as English)."""
    if language not in (None, "en"):
        return set()
    uses: dict[str, set[str]] = {}
    for part, text, spans in parts:
        for span in spans:
            if span.label in ACTOR_TYPES:
                uses.setdefault(fold(span.text), set()).add(_use(part, text, span))
    return {
        name
        for name, kinds in uses.items()
        if kinds == {"thing"} and zipf(name, "en") < WELL_KNOWN_ZIPF
    }
