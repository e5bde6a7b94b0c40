"""A name does not run on past a line break: the cleaner joins a paragraph's wrapped lines,
so a line break left inside a paragraph ends a list item, a table cell or a form field
("Blake Shelton\nProducer", "Wales Online\nPiers Morgan", "Mac\nCopy"). A span that crosses
one, from the rules or the tagger, keeps its first line; one whose first line is one word
or none is dropped: a lone word ending a line of a list or form ("Type", "Mac",
"Schmidt") says too little to name anyone, and a lone surname would join a person of
another article.

The type was decided for the whole span, so the kept words are typed again (`kept_type`):
"Houston Productions\nNina Rojas" was a person by its given names, "Houston Productions"
is a company by its head word; "Nina Rojas\nTalent Group" an organisation by the head word
that the cut dropped.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import ORGANISATION, PERSON
from .context import Span
from .lexicon import fold, org_words
from .names import first_names


def first_line(span: Span) -> Span | None:
    """The span cut at its first line break (its canonical name too when it was the
    surface text), or None when that line holds fewer than two words."""
    cut = span.text.find("\n")
    if cut < 0:
        return span
    text = span.text[:cut].rstrip()
    if len(text.split()) < 2:
        return second_line_person(span)
    name = text if span.name == span.text else span.name.split("\n", 1)[0].rstrip()
    label = kept_type(span.label, text, span.text[cut:]) if span.cue != "known" else span.label
    return replace(span, end=span.start + len(text), text=text, name=name, label=label)


def second_line_person(span: Span) -> Span | None:
    """A person named on the second and last line of a span whose first line is one word:
    one item of a list of names, one a line ("Sonia\nTim Nguyen": Tim Nguyen), when that
    line is two or three words opening on a given name; else None."""
    first, _, rest = span.text.partition("\n")
    words = rest.strip().split()
    if "\n" in rest.strip() or not 2 <= len(words) <= 3 or fold(words[0]) not in first_names():
        return None
    if any(fold(w) in org_words() for w in words):
        return None
    start = span.start + len(first) + 1 + (len(rest) - len(rest.lstrip()))
    text = " ".join(words)
    if span.text.find(text, len(first)) != start - span.start:
        return None  # the words of the line are spaced otherwise: leave it
    return replace(
        span,
        start=start,
        end=start + len(text),
        text=text,
        name=text,
        label=PERSON,
        cue="given-name",
    )


def kept_type(label: str, kept: str, dropped: str) -> str:
    """The type of a span's kept first line: an organisation's by its last word when that
    is an organisation head word (`lang/en/actor_org_words.tsv`, "Productions"); a person's
    when an organisation owed its type to a head word on the dropped lines and the kept
    words are a given name and one or two more; else the type decided for the whole."""
    words = [fold(w) for w in kept.split()]
    head = org_words().get(words[-1])
    if head is not None:
        return head[0] if label == PERSON else label
    if (
        label == ORGANISATION
        and len(words) <= 3
        and words[0] in first_names()
        and any(fold(w) in org_words() for w in dropped.split())
        and not any(w in org_words() for w in words)
    ):
        return PERSON
    return label


def within_lines(spans: list[Span]) -> list[Span]:
    """The spans, each cut at its first line break (see `first_line`)."""
    if not any("\n" in s.text for s in spans):
        return spans
    return [cut for s in spans if (cut := first_line(s)) is not None]
