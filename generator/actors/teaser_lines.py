"""Names only in teaser lines: the headlines of other stories that a page leaves in the body
(a related-stories box, a sidebar, "more from us" links). A reader skips them; their persons
and bodies are no actors of this article.

A teaser line is a paragraph of one line shaped as a headline: a few words, no full stop
at its end. It is a teaser when it stands in a run of two such lines or more and either
the run opens the body, before its first sentence, or the line's own words are foreign to
the article: at most a third of its content words (lower case, four letters or more, no
frequent word) occur in the title or in any paragraph outside such runs. A section heading
of the story ("Successful treatment") shares the story's words; a results list ("Ajax 2,
PSV 1") or a table's row holds more than one figure a line and is no headline.

A name is dropped when every mention of it is in a teaser and its last word is written
nowhere else in the article (a person a teaser names whom the story names again is kept).
"""

from __future__ import annotations

import re

from ..models import ACTOR_TYPES
from .context import Span
from .lexicon import fold
from .ner_evidence import frequent_words
from .texts import CAPTION, TITLE

MAX_WORDS = 16
"""The longest headline-shaped line, in words."""
MAX_FIGURES = 1
"""The most words with a figure in a headline ("2 soldiers die in crash")."""
MIN_RUN = 2
"""The fewest headline-shaped lines in a row that make a box of teasers."""
FOREIGN_SHARE = 1 / 3
"""The largest share of a teaser's content words found in the rest of the article."""
_WORD = re.compile(r"[^\W\d_]+")
_ENDING = re.compile(r"[.;,][\"'”’)\]]*\s*$")
_TAIL = re.compile(r"\s*[\[(][^\[\]()]*[\])]\s*$")
"""A bracketed tail after a sentence's stop ("… the dunes. [QV2 / ZR]"), read past."""
_NOT_HEADLINE = re.compile(r"^\s*[-–—•*(\[]|@|#|https?:|www\.")
"""A list item, a social post's signature ("— Ada Velk (@ada) May 2, 2023"), a link."""


def headline_shaped(text: str) -> bool:
    """A line of at most `MAX_WORDS` words that does not end as a sentence does (a bracketed
    tail read past), and is no list item, signature, link, nor a results or table line (more
    than `MAX_FIGURES` words with a figure: "Deportivo Coruna 1 Real Madrid 1")."""
    return (
        "\n" not in text.strip()
        and 0 < len(text.split()) <= MAX_WORDS
        and not _ENDING.search(_TAIL.sub("", text))
        and not _NOT_HEADLINE.search(text)
        and sum(1 for word in text.split() if any(c.isdigit() for c in word)) <= MAX_FIGURES
    )


def _stems(text: str) -> set[str]:
    """The content words of `text`, cut to five letters ("eyes" and "eye" alike)."""
    frequent = frequent_words()
    return {
        w[:5]
        for w in _WORD.findall(text)
        if w.islower() and len(w) >= 4 and fold(w) not in frequent
    }


def _runs(parts: list[tuple[str, str]]) -> list[list[int]]:
    """Indexes of the paragraphs (`parts` less title and caption) in runs of headline-shaped
    lines of at least `MIN_RUN`."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, (_, text) in enumerate(parts + [("", "")]):
        if text and headline_shaped(text):
            current.append(index)
            continue
        if len(current) >= MIN_RUN:
            runs.append(current)
        current = []
    return runs


def teaser_parts(texts: dict[str, str]) -> set[str]:
    """The part ids of the article's teasers (see the module)."""
    parts = [(pid, text) for pid, text in texts.items() if pid not in (TITLE, CAPTION)]
    runs = _runs(parts)
    if not runs:
        return set()
    in_runs = {i for run in runs for i in run}
    vocabulary = _stems(texts.get(TITLE, "")) | _stems(texts.get(CAPTION, ""))
    for index, (_, text) in enumerate(parts):
        if index not in in_runs:
            vocabulary |= _stems(text)
    teasers = set()
    for run in runs:
        opening = run[0] == 0
        for index in run:
            stems = _stems(parts[index][1])
            if opening or (stems and len(stems & vocabulary) <= FOREIGN_SHARE * len(stems)):
                teasers.add(parts[index][0])
    return teasers


def teaser_names(
    texts: dict[str, str], ordered: list[tuple[str, list[Span]]], language: str | None
) -> set[str]:
    """Folded names (text and canonical name) of actors named only in teasers (see the
    module); English articles only (`language` None is read as English): the foreign
    words are English content words."""
    if language not in (None, "en"):
        return set()
    teasers = teaser_parts(texts)
    if not teasers:
        return set()
    inside: dict[str, Span] = {}
    outside: set[str] = set()
    for part, spans in ordered:
        for span in spans:
            if span.label not in ACTOR_TYPES:
                continue
            if part in teasers:
                inside.setdefault(fold(span.name), span)
            else:
                outside.add(fold(span.name))
    rest = " ".join(text for pid, text in texts.items() if pid not in teasers)
    names = set()
    for name, span in inside.items():
        last = span.text.split()[-1]
        if name not in outside and not re.search(rf"(?<!\w){re.escape(last)}(?!\w)", rest):
            names |= {name, fold(span.text)}
    return names
