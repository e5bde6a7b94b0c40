"""An undecided word coordinated with a typed actor is an actor of the same kind.

"Yasir Habib dan Tawhidi", "Palmeiras e CBF": a list joined by "and"
holds names of one kind (the tagger's vetoes read lists the same way, `ner_apply`). The rules
leave a lone capitalised word with no cue undecided (`single`), and an undecided word that
no other name of the text explains is dropped (`recognise.resolve_singles`); next to a
person or an organisation read on a cue, it takes that type. Only the word "and" of the
article's language (`lang/<code>/actor_conjunctions.txt`) joins them, not a comma, which also
ends a clause. English has no such list: there the tagger reads lists of names
(`ner_apply`), and an English "and" joins as many adjectives as names ("Alexander Lebed
and Chechen separatist leaders", "Johnson Controls and Lear": four false persons on
CoNLL-2003's read part); in another language the rules drop every name with no cue
(`other_languages`), the tagger does not read, and one-word names ("Tawhidi", a club) had
nothing else. A word stays undecided when the article also writes it in lower case (a
common noun) or a title ("Prof. X und Dr. Y"), when "&" goes on after it (part of a longer
name: "Ernst & Young"), and next to a guess from capitals alone or a place. German has no
list: it capitalises every noun, and "und" joins nouns as often as names ("Airlines und
Zulieferern").
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache

from ..lang import load_optional
from ..models import MEDIA, ORGANISATION, PERSON, POLITICAL_GROUP
from .context import GUESSED_PERSON, Span
from .lexicon import fold, title_words

COORDINATED = "coordinated"
"""The cue of a word typed by the actor it is coordinated with."""
KINDS = frozenset({PERSON, ORGANISATION, MEDIA, POLITICAL_GROUP})
"""Types a coordinated word takes: a state or an armed group is named by the lexicon or a
head word, and a word next to one is as often a region or a town."""
WEAK_CUES = frozenset({GUESSED_PERSON, "particle", "tagger"})
"""Cues too weak to pass a type on."""


CONJUNCTIONS = "actor_conjunctions.txt"
"""Each language's list, in its own folder: "e", "y", "en", "et" mean "and" in one only."""


@cache
def conjunctions(language: str) -> frozenset[str]:
    """The words for "and" of a language (ISO 639-1 code); none without a list."""
    return frozenset(load_optional(language, CONJUNCTIONS))


def _joined(between: str, words: frozenset[str]) -> bool:
    """The text between two names is one "and" (a comma before it allowed)."""
    rest = " ".join(between.split()).removeprefix(", ").removeprefix(",")
    return rest.strip().lower() in words


def _bound(text: str, span: Span) -> bool:
    """The word opens a longer name joined by "&"."""
    return text[span.end :].lstrip()[:1] == "&"


def coordinated(
    text: str, spans: list[Span], lower: Container[str], language: str | None = None
) -> list[Span]:
    """The spans with each undecided word coordinated with a typed actor typed like it.

    `lower`: folded words the article writes in lower case; `language`: its ISO 639-1 code
    (None: English, which has no list)."""
    words = conjunctions(language or "en")
    if not words or not any(s.label == "single" for s in spans):
        return spans
    out = list(spans)
    for k, span in enumerate(spans):
        if span.label != "single" or _bound(text, span):
            continue
        if (word := fold(span.text)) in lower or word in title_words():
            continue
        for n in (k - 1, k + 1):
            if not 0 <= n < len(spans):
                continue
            other = spans[n]
            if other.label not in KINDS or other.cue in WEAK_CUES:
                continue
            between = text[other.end : span.start] if n < k else text[span.end : other.start]
            if _joined(between, words):
                out[k] = Span(
                    span.start, span.end, span.text, other.label, span.text, cue=COORDINATED
                )
                break
    return out
