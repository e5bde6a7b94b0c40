"""Names in an article in another language than English: only the rules' evidenced ones.

The rules take a run of capitalised words with no other cue for a person ("default"), and
a run joined by a lower-case particle for a name with particles ("particle"). That holds in
English prose; German capitalises every noun ("Die Digitalisierung des Gesundheitswesens")
and Indonesian sentences open on capitalised adverbs ("Bahkan Jokowi"), so there these two
guesses are mostly common nouns, as are the bare words before a number that a results line
would make teams. Persons with a given name, a title or a known name stay,
except where the "given name" is a function word of the article's language (German "Im",
"Bei", "Eine", French "Le" open sentences; "Im" and "Bei" are also given names elsewhere):
a word in jusText's stop list of that language that the article also writes in lower case.
Both, because jusText's lists, counted on Wikipedia, hold given names too ("Georg", "Luis").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import justext
import pycountry

from ..models import PERSON
from .capital_names import kept_guess
from .context import GUESSED_CUES, Span
from .gazetteer import gazetteer
from .language_nouns import (
    abbreviation_initials,
    everyday_titled,
    language_noun_names,
    not_given_names,
    without_opening_function_words,
)
from .lexicon import fold
from .names import first_names
from .noun_runs import with_run_names

_WORD = re.compile(r"[^\W\d_]+")
PROSE_SHARE = 0.3
"""Share of lower-case words from which a text is prose, not a results line."""


@cache
def function_words(language: str | None) -> frozenset[str]:
    """Folded stop words of a language (ISO 639-1 code) from jusText; none if it has no list."""
    known = pycountry.languages.get(alpha_2=language) if language else None
    try:
        words = justext.get_stoplist(known.name) if known is not None else ()
    except ValueError:  # jusText has no list for this language
        words = ()
    return frozenset(fold(w) for w in words)


def _guessed(span: Span, function: frozenset[str], language: str | None = None) -> bool:
    """A person only the shape of its words supports, or whose "given name" is one of the
    article's function words; not a run of capitals that names someone in a `language`
    whose capitals mark names (`capital_names`)."""
    if span.label != PERSON or kept_guess(span, language):
        return False
    first = fold(span.text).split()[:1]
    return span.cue in GUESSED_CUES or (
        span.cue == "given-name" and bool(first) and first[0] in function
    )


def lower_case_words(texts: list[str]) -> frozenset[str]:
    """Folded words the texts write in lower case."""
    return frozenset(fold(w) for text in texts for w in _WORD.findall(text) if w[0].islower())


class LowerCaseWords:
    """`lower_case_words(texts)`, found when a word is first looked up in it: its users
    (`coordination.coordinated`, `plural_teams.plural_teams`) return before reading it for
    nearly every article (English has no conjunction list; few articles report matches),
    and finding it reads and folds every word of the article."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self.words is None:
            self.words = lower_case_words(self.texts)
        return word in self.words


def _bare_team(span: Span, text: str) -> bool:
    """A "team" that is a bare word before a number in prose, not a place: in a results line
    ("Partizan 3 Vojvodina 1", few lower-case words) a team; in German prose, where every
    noun is capitalised ("Die Rente beträgt 1200 Euro"), a noun."""
    if span.cue != "team" or not _prose(text):
        return False
    known = gazetteer().get(fold(span.name))
    return known is None or known.label not in ("place", "capital")


def _prose(text: str) -> bool:
    """At least `PROSE_SHARE` of the words are in lower case."""
    words = _WORD.findall(text)
    return bool(words) and sum(w[0].islower() for w in words) >= PROSE_SHARE * len(words)


def _trimmed(spans: list[Span], function: frozenset[str]) -> list[Span]:
    """A function word before a given name leaves the name: "Nur Daniela Kell" is Daniela
    Kell ("only Daniela Kell"); "Im Oktober" has no given name after it and stays as it is."""
    out = []
    for span in spans:
        words = span.text.split(" ")
        if (
            span.label == PERSON
            and span.cue == "given-name"
            and len(words) >= 3
            and fold(words[0]) in function
            and fold(words[1]) in first_names()
        ):
            cut = len(words[0]) + 1
            rest = span.text[cut:]
            span = replace(span, start=span.start + cut, text=rest, name=rest)
        out.append(span)
    return out


def without_guesses(
    head: list[Span],
    body: list[list[Span]],
    language: str | None = None,
    texts: list[str] | None = None,
) -> tuple[list[Span], list[list[Span]]]:
    """The spans less the guessed persons and the short forms that stand for them. With the
    article's language and texts, also the persons whose given name is a function word."""
    head, body = with_run_names(head, body, language)  # "Landesjägermeister Josef Pröll"
    stop = function_words(language)
    function = stop & lower_case_words(texts) if stop and texts else frozenset()
    function |= not_given_names([head, *body], language)
    if function:
        head, body = _trimmed(head, function), [_trimmed(spans, function) for spans in body]
    head = without_opening_function_words(head, language)
    body = [without_opening_function_words(spans, language) for spans in body]
    guessed = {
        fold(s.name) for spans in [head, *body] for s in spans if _guessed(s, function, language)
    }
    guessed |= abbreviation_initials([head, *body], texts or [])
    guessed |= everyday_titled([head, *body], language)
    parts = list(zip(texts or [], [head, *body], strict=False))
    teams = {fold(s.name) for text, spans in parts for s in spans if _bare_team(s, text)}
    nouns = language_noun_names([head, *body], language)
    if not guessed and not teams and not nouns:
        return head, body

    def kept(spans: list[Span]) -> list[Span]:
        return [
            s
            for s in spans
            if not (s.label == PERSON and fold(s.name) in guessed)
            and not (s.cue in ("team", "alias") and fold(s.name) in teams)
            and fold(s.name) not in nouns
        ]

    return kept(head), [kept(spans) for spans in body]
