"""Acronyms an article uses as common nouns, and short forms it defines ("… (JCPOA)")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import Span
from .lexicon import fold, head_words
from .words import ACRONYM_DETERMINERS, AFTER_NOUN_PHRASE, alternation

_PLURAL_ACRONYM_RE = re.compile(r"\b([A-Z]{2,6})s\b")
_ENDS_NOUN_PHRASE = rf"(?=\s*[.,;:!?)]|\s+(?:{alternation(AFTER_NOUN_PHRASE)})\b)"
"""What may follow an acronym that heads its noun phrase (not "his WBO title")."""
_DETERMINED_ACRONYM_RE = re.compile(
    rf"\b(?i:{alternation(ACRONYM_DETERMINERS)}|\d+(?:st|nd|rd|th))\s+([A-Z]{{2,6}})"
    + _ENDS_NOUN_PHRASE
)


_TWO_CAPITALS_RE = re.compile(r"[A-Z]{2}")
"""What each acronym pattern above must find in a text before it can match: a quick scan,
where the determiners' case-blind alternation was tried at every word of every paragraph
(most have no acronym at all)."""
_CAPITALS_WORD_RE = re.compile(r"\b[A-Z]{3,6}\b")
_NAME_CHAIN_RE = re.compile(r"\b[A-Z][\w'’-]*+(?:\s+(?:of|on|for|the|and|[A-Z][\w'’-]*+))*+")
"""Capitalised words, with "of", "on", "for", "the", "and" between them. Possessive: the
words of one chain can be read only one way, and a chain not followed by a short form in
brackets is skipped whole (backtracking word by word, from every word, was quadratic on a
text in capitals)."""
_SHORT_FORM_RE = re.compile(r"\s+\(([A-Z]{2,8})\)")
_WORD_TOKEN_RE = re.compile(r"\w+")


def defined_short_forms(text: str) -> Iterator[tuple[str, str]]:
    """(name, short form) for each "Joint Comprehensive Plan of Action (JCPOA)", in one pass:
    a chain that fails from its first word fails from any later word of it too."""
    position = 0
    while chain := _NAME_CHAIN_RE.search(text, position):
        short = _SHORT_FORM_RE.match(text, chain.end())
        if short:
            yield chain.group(), short.group(1)
            position = short.end()
        else:
            position = chain.end()


def common_acronyms(texts: list[str]) -> frozenset[str]:
    """Acronyms the text itself uses as common nouns: pluralised ("two SUVs"), or after
    "a/an", a possessive or an ordinal and heading the noun phrase ("an EV that…",
    "its EV and…", "the seventh EV to…"), ordinary words set in capitals that the text
    also writes in lower case ("PLAN" and "plan"), or the short form of a thing's name
    ("Joint Comprehensive Plan of Action (JCPOA)"). An organisation is none of these; as a
    modifier ("a BBC reporter", "his WBO title") it is left alone."""
    found: set[str] = set()
    for text in texts:
        if _TWO_CAPITALS_RE.search(text):  # both patterns' acronyms need two capitals
            found.update(_PLURAL_ACRONYM_RE.findall(text))
            found.update(_DETERMINED_ACRONYM_RE.findall(text))
    whole = "\n".join(texts)
    # "the Joint Comprehensive Plan of Action (JCPOA)": the short form of a thing's name
    for name, short in defined_short_forms(whole):
        words = re.split(r"\s+(?:of|on|for)\s+", name)[0].split()
        if words and head_words().get(fold(words[-1])) == "thing":
            found.add(short)
    # "EAT WELL, PLAN AHEAD" in a text that also says "eat" and "plan": words in capitals
    # (the whole words of the text are listed once, not searched for each capitals word)
    words = set(_WORD_TOKEN_RE.findall(whole))
    found.update(w for w in set(_CAPITALS_WORD_RE.findall(whole)) if w.lower() in words)
    return frozenset(found)


def drop_common_acronyms(spans: list[Span], common: frozenset[str]) -> list[Span]:
    return [
        s
        for s in spans
        if not (
            (s.cue in ("acronym", "tagger") and s.text in common)
            or (s.text.endswith("s") and s.text[:-1] in common and s.text[:-1].isupper())
        )
    ]
