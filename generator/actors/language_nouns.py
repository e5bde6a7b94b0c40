"""Names that are words of the article's own language, in an article in another language
than English (`language_words` weighs the words):

- a "given name" that is a common word there and seldom a first name ("Seit Ende", "Tod
  des Mannes", "Meine Follower": gender-guesser lists "Seit" and "Tod" as names elsewhere);
- a one-word name that is a common noun there and hardly written in English ("Arbeitgeber",
  "Richtung"; "Bundestag" and "Siemens" are written in English texts too, and stay);
- an "initial" that ends an abbreviation or follows a figure ("z.B. Kinder", "3G. Hier");
- a person after a title made of everyday words ("Chief Strategy Officer": "Strategy
  Officer");
- a function word opening an organisation named by its head word ("Das Team": no name;
  "Die Chicago Mercantile Exchange": the exchange).

`other_languages.without_guesses` drops them; a given name right after such a word keeps
its person there ("Seit Daniela Kellner" is Daniela Kellner).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import ORGANISATION, PERSON
from .context import Span
from .language_words import (
    EVERYDAY_ZIPF,
    everyday_not_name,
    function_word,
    language_noun,
    zipf,
)
from .lexicon import fold
from .names import first_names
from .vocabulary import common_word

GIVEN_NAME = "given-name"
ORG_WORD = "org-word"
TITLED = "title"
INITIAL = "initial"
KEPT_CUES = frozenset({"lexicon", "team"})
"""Cues of names the gazetteer knows, and of teams in a results line ("Borac 0 Rudar 2":
clubs are often named by words): never read as a word of the article's language."""
_TITLE_WORD = re.compile(r"[^\W\d_][^\W\d_A-Z]{2,}")
"""One capital, then at least two letters, none a capital: a word in title case."""
_BEFORE_ABBREVIATION = re.compile(r"(?:\b[^\W\d_]\.\s?|\d)$")
"""What before an "initial" makes it part of an abbreviation or a code: "z.B.", "z. B.",
"u.a.", a figure ("3G.")."""


def not_given_names(spans: list[list[Span]], language: str | None) -> frozenset[str]:
    """Folded first words of the spans' given-name persons that are common words of
    `language` and seldom a first name there."""
    if not language:
        return frozenset()
    out = set()
    for line in spans:
        for span in line:
            if span.label != PERSON or span.cue != GIVEN_NAME:
                continue
            first = span.text.split(" ", 1)[0]
            if everyday_not_name(first, language):
                out.add(fold(first))
    return frozenset(out)


def language_noun_names(spans: list[list[Span]], language: str | None) -> frozenset[str]:
    """Folded one-word names (persons, organisations) in title case that are common nouns of
    `language` (see the module)."""
    if not language:
        return frozenset()
    out = set()
    for line in spans:
        for span in line:
            if span.label not in (PERSON, ORGANISATION) or span.cue in KEPT_CUES:
                continue
            if (
                _TITLE_WORD.fullmatch(span.text)
                and span.name == span.text  # not a short form of a longer name ("Freund")
                and language_noun(span.text, language)
            ):
                out.add(fold(span.name))
    return frozenset(out)


def abbreviation_initials(spans: list[list[Span]], texts: list[str]) -> frozenset[str]:
    """Folded names of persons found by an initial that is part of an abbreviation or a code
    (`_BEFORE_ABBREVIATION`), in every place the article names them so."""
    seen: dict[str, bool] = {}
    for line, text in zip(spans, texts, strict=False):
        for span in line:
            if span.label != PERSON or span.cue != INITIAL:
                continue
            key = fold(span.name)
            part = bool(_BEFORE_ABBREVIATION.search(text[max(0, span.start - 4) : span.start]))
            seen[key] = seen.get(key, True) and part
    return frozenset(key for key, part in seen.items() if part)


def without_opening_function_words(spans: list[Span], language: str | None) -> list[Span]:
    """Organisations named by their head word that open with function words of the
    language (German capitalises "Das", "Dem", "Im" at a sentence's start): the words are
    cut ("Die Chicago Mercantile Exchange" is the Chicago Mercantile Exchange, "Bei den
    Airlines" leaves "Airlines"), and what is left of one word is the head word alone, a
    common noun ("Das Team"), and no name. Nor is what holds a function word after the cut
    ("Die Nachfrage der Airlines", "Der Aufbau des CO"): a noun phrase ("the airlines'
    demand"), whose last word only looks like an English head word."""
    if not language:
        return spans
    out = []
    for span in spans:
        words = span.text.split(" ")
        opening = 0
        while opening < len(words) - 1 and function_word(words[opening], language):
            opening += 1
        if span.cue != ORG_WORD or not opening:
            out.append(span)
        elif len(words) - opening > 1 and not any(
            function_word(w, language) for w in words[opening + 1 : -1]
        ):
            cut = sum(len(w) + 1 for w in words[:opening])
            rest = span.text[cut:]
            name = rest if span.name == span.text else span.name
            out.append(replace(span, start=span.start + cut, text=rest, name=name))
    return out


def everyday_titled(spans: list[list[Span]], language: str | None) -> frozenset[str]:
    """Folded names of persons found after a title whose every word is an everyday word,
    English (the title words are English: "Chief Strategy Officer" leaves "Strategy
    Officer") or of the article's language, and whose first word is no given name: the
    rule `everyday` applies to English articles, here without the article's own lower-case
    words (German writes its nouns in capitals)."""
    out = set()
    for line in spans:
        for span in line:
            if span.label != PERSON or span.cue != TITLED:
                continue
            words = span.text.split()
            if (
                words
                and fold(words[0]) not in first_names()
                and all(
                    common_word(w) or bool(language) and zipf(w, language) >= EVERYDAY_ZIPF
                    for w in words
                )
            ):
                out.add(fold(span.name))
    return frozenset(out)
