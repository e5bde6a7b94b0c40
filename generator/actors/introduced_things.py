"""Names the article introduces as a thing's: "a mission called Europa Clipper", "an
offering called INWEGO", "the disease dubbed the Black Death".

A naming word ("called", "named", "dubbed", "known as": `words.NAMING_WORDS`) after a
lower-case noun gives the name of what that noun denotes. When the noun denotes a person,
a group or an outlet (a role noun, an organisation word, a group noun, or a noun of
`lang/en/actor_introducer_nouns.txt`: "a startup called X"), the name is an actor's; any
other noun ("mission", "offering", "disease") makes it a thing's, in every mention of the
article. Only names the rules typed on weak evidence are read (capitals alone, an
unknown run of capitals, the tagger's guess): a given name or a title is a person's
whatever introduces it. A name that some mention shows speaking ("X said") stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .context import GUESSED_PERSON, Span
from .language_words import function_word
from .lexicon import data_lines, fold, org_words, role_nouns
from .words import (
    ARMED_NOUNS,
    GROUP_NOUNS,
    NAMING_WORDS,
    POLITICAL_NOUNS,
    SAY_VERBS,
    longest_first,
)

WEAK_CUES = frozenset({GUESSED_PERSON, "acronym", "tagger"})
"""Cues that type a name on its capitals alone or the tagger's guess."""
_AFTER = re.compile(r"\s+([a-z]+)")


@cache
def _introduced() -> re.Pattern[str]:
    """A lower-case word, a naming word and an optional "the" right before a name."""
    return re.compile(rf"\b([a-z][a-z-]+),?\s+(?:{longest_first(NAMING_WORDS)})\s+(?:the\s+)?$")


@cache
def _actor_nouns() -> frozenset[str]:
    """Nouns that introduce an actor (see the module)."""
    listed = {fold(line.strip()) for line in data_lines("actor_introducer_nouns.txt")}
    return frozenset(
        listed | role_nouns() | set(org_words()) | GROUP_NOUNS | ARMED_NOUNS | POLITICAL_NOUNS
    )


def thing_noun(word: str) -> bool:
    """Whether `word` (lower case) is a noun that introduces a thing: no function word
    ("is called"), no adverb in -ly ("commonly known as"), no actor noun, singular or
    plural."""
    if function_word(word, "en") or word.endswith("ly"):
        return False
    nouns = _actor_nouns()
    return word not in nouns and not (word.endswith("s") and word[:-1] in nouns)


def _introduced_as_thing(text: str, span: Span) -> bool:
    match = _introduced().search(text[max(0, span.start - 60) : span.start])
    return match is not None and thing_noun(match.group(1))


def _speaks(text: str, span: Span) -> bool:
    match = _AFTER.match(text, span.end)
    return match is not None and match.group(1) in SAY_VERBS


def introduced_things(parts: Iterable[tuple[str, list[Span]]]) -> set[str]:
    """Folded names that some mention introduces as a thing's and none shows speaking (see
    the module); `parts` are (text, spans) of one article."""
    things: set[str] = set()
    speaking: set[str] = set()
    for text, spans in parts:
        for span in spans:
            name = fold(span.text)
            if _speaks(text, span):
                speaking.add(name)
            elif span.cue in WEAK_CUES and _introduced_as_thing(text, span):
                things.add(name)
    return things - speaking
