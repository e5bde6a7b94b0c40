"""Names inside a run of capitals in a language that capitalises every noun (German).

The rules read a run of capitalised words as one name; in German the run holds the nouns
around the name too ("Niederösterreichs Landesjägermeister Josef Pröll", "der Gruppe Extinction
Rebellion"), and `other_languages` drops such a run whole as a guess.
This module takes out of a guessed run the name that evidence supports, in this order:

- a given name and the words after it that are no noun of the language: a person
  ("Josef Pröll");
- the words after a classifier noun (`lang/<code>/actor_classifier_nouns.tsv`: "Gruppe",
  "Konzern", "Partei"), none a noun of the language: a name of the classifier's type
  ("Extinction Rebellion").

A word is a noun of the language when it is at least once in 30,000 words there and far
rarer in English (`language_words`), or one of its function words ("der", "von").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lang import load_optional
from ..models import PERSON
from .capital_names import capitalises_nouns
from .context import GUESSED_CUES, Span
from .language_words import (
    EVERYDAY_ZIPF,
    everyday_not_name,
    function_word,
    language_noun,
    zipf,
)
from .lexicon import fold
from .names import first_names

CLASSIFIERS = "actor_classifier_nouns.tsv"
_WORD = re.compile(r"\S+")
_CAPITAL = re.compile(r"[A-ZÄÖÜ]")


@cache
def classifiers(language: str) -> dict[str, str]:
    """Folded classifier noun → the actor type it gives the name after it."""
    return {fold(row[0]): row[1] for row in load_optional(language, CLASSIFIERS)}


def _language_word(word: str, language: str) -> bool:
    """A noun or function word of the language, not a name's part."""
    bare = word.strip(".,;:")
    return (
        function_word(bare, language)
        or language_noun(bare, language)
        or (zipf(bare, language) >= EVERYDAY_ZIPF and zipf(bare, "en", "large") < EVERYDAY_ZIPF)
    )


def _name_words(words: list[re.Match[str]], i: int, language: str) -> int:
    """The end (exclusive) of the capitalised words from `i` that are no word of the language."""
    j = i
    while j < len(words) and _CAPITAL.match(words[j].group()):
        if _language_word(words[j].group(), language):
            break
        j += 1
    return j


def _surname_end(words: list[re.Match[str]], i: int, j: int) -> int:
    """Where a person's name ends: its first word after the given name is a surname
    whatever its frequency ("Pröll"); a later one must be known to English texts or be a
    name, since a word neither list holds is mostly a long compound noun
    ("Elon Musk Kryptowährungen")."""
    end = min(j, i + 1)
    while end < j:
        word = words[end].group().strip(".,;:")
        if zipf(word, "en", "large") == 0 and fold(word) not in first_names():
            break
        end += 1
    return end


def _piece(span: Span, words: list[re.Match[str]], i: int, j: int, label: str, cue: str) -> Span:
    start = span.start + words[i].start()
    text = span.text[words[i].start() : words[j - 1].end()].rstrip(",;:")
    return replace(
        span, start=start, end=start + len(text), text=text, name=text, label=label, cue=cue
    )


def named_in_run(span: Span, language: str) -> Span | None:
    """The name a guessed run holds (see the module), or None."""
    words = list(_WORD.finditer(span.text))
    for i, word in enumerate(words[:-1]):
        folded = fold(word.group())
        if folded in first_names() and not everyday_not_name(word.group(), language):
            j = _surname_end(words, i + 1, _name_words(words, i + 1, language))
            if j > i + 1 and not function_word(word.group(), language):
                return _piece(span, words, i, j, PERSON, "given-name")
    for i, word in enumerate(words[:-1]):
        kind = classifiers(language).get(fold(word.group()))
        if kind:
            j = _name_words(words, i + 1, language)
            if j > i + 1:
                return _piece(span, words, i + 1, j, kind, "classifier")
    return None


def with_run_names(
    head: list[Span], body: list[list[Span]], language: str | None
) -> tuple[list[Span], list[list[Span]]]:
    """The headline's and paragraphs' spans, each guessed run in a noun-capitalising
    `language` replaced by the name it holds (when it holds one); a short form the rules
    took from such a run for a word now cut off it ("Kryptowährungen" alone, after "Elon
    Musk Kryptowährungen") goes too."""
    if not language or not capitalises_nouns(language):
        return head, body
    inner: dict[tuple[int, int, str], Span] = {}
    cut: set[str] = set()
    for span in (s for spans in [head, *body] for s in spans):
        if span.label == PERSON and span.cue in GUESSED_CUES:
            found = named_in_run(span, language)
            if found is not None:
                inner[(span.start, span.end, span.text)] = found
                cut |= set(fold(span.text).split()) - set(fold(found.text).split())

    def kept(spans: list[Span]) -> list[Span]:
        return [
            inner.get((s.start, s.end, s.text), s)
            for s in spans
            if not (s.label == PERSON and s.cue == "alias" and fold(s.text) in cut)
        ]

    return kept(head), [kept(spans) for spans in body]
