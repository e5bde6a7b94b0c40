"""A name does not run on past a line break: the cleaner joins a paragraph's wrapped lines,
so a line break left inside a paragraph ends a list item, a table cell or a form field
("Blake Shelton\nProducer", "Wales Online\nPiers Morgan", "Mac\nCopy"). A span that crosses
one, from the rules or the tagger, keeps its first line; one whose first line is one word
or none is dropped: a lone word ending a line of a list or form ("Type", "Mac",
"Schmidt") says too little to name anyone, and a lone surname would join a person of
another article.
"""

from __future__ import annotations

from dataclasses import replace

from .context import Span


def first_line(span: Span) -> Span | None:
    """The span cut at its first line break (its canonical name too when it was the
    surface text), or None when that line holds fewer than two words."""
    cut = span.text.find("\n")
    if cut < 0:
        return span
    text = span.text[:cut].rstrip()
    if len(text.split()) < 2:
        return None
    name = text if span.name == span.text else span.name.split("\n", 1)[0].rstrip()
    return replace(span, end=span.start + len(text), text=text, name=name)


def within_lines(spans: list[Span]) -> list[Span]:
    """The spans, each cut at its first line break (see `first_line`)."""
    if not any("\n" in s.text for s in spans):
        return spans
    return [cut for s in spans if (cut := first_line(s)) is not None]
