"""Add the tagger's names to the rules' spans of one article.

The rules stay first: their spans keep their labels, canonical names and states. The tagger
(`ner_tagger`) only adds names where the rules found nothing, which is where they fail:
capitalised headlines, datelines, lists and results tables, and names with no cue.
"""

from __future__ import annotations

from ..models import ORGANISATION, PERSON
from .context import Span
from .ner_features import Line, document_cues, line_features
from .ner_tagger import decode, score_with, spans_of, weights
from .tokens import tokenize

LABELS = {"PER": PERSON, "ORG": ORGANISATION, "LOC": "place"}
"""The tagger's classes as our labels; MISC (events, adjectives, products) is no actor."""


def article_lines(title: str, texts: list[str], spans: list[list[Span]]) -> list[Line]:
    """The headline and paragraphs as tagger lines, with the rules' spans of each."""
    return [
        Line(text, tokenize(text), line_spans, n)
        for n, (text, line_spans) in enumerate(zip([title, *texts], spans, strict=True))
    ]


def tagged_ranges(lines: list[Line]) -> list[list[tuple[int, int, str]]]:
    """Per line, the (start, end, class) names the tagger finds."""
    cues = document_cues(lines)
    score = score_with(weights())
    return [spans_of(line, decode(line, line_features(line, cues), score)) for line in lines]


def add_tagged(
    title: str, texts: list[str], head: list[Span], body: list[list[Span]]
) -> tuple[list[Span], list[list[Span]]]:
    """The rules' spans plus the tagger's names that overlap none of them, sorted."""
    lines = article_lines(title, texts, [head, *body])
    out = []
    for line, ranges in zip(lines, tagged_ranges(lines), strict=True):
        spans = list(line.spans)
        for start, end, cls in ranges:
            label = LABELS.get(cls)
            if label is None or any(s.start < end and start < s.end for s in line.spans):
                continue
            text = line.text[start:end]
            spans.append(Span(start, end, text, label, text, cue="tagger"))
        spans.sort(key=lambda s: (s.start, -s.end))
        out.append(spans)
    return out[0], out[1:]
