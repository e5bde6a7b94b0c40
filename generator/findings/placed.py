"""Which events and actors each key-point candidate sentence covers, one article at a time.

A candidate covers the events whose source sentence overlaps it and the actors mentioned
in it. Found for the whole corpus at once (every paragraph's spans indexed, then every
candidate looked up), this was most of gathering the key points' candidates after one
added article, although an article's answer reads only its own paragraphs, its candidate
sentences and the event sources and mentions in it. So each article's spans are gathered
here (`article_spans`) and its answer found from them alone (`placed`): the key points keep
it across builds by a digest of the article and of those spans (findings/parts.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..models import Article, Briefing
from .overlaps import Overlaps, by_paragraph

Found = tuple[int, int, int, frozenset[str], bool]
"""(paragraph number, start, end, content words, unnamed) of a candidate sentence: where it
is, what similarity compares, whether its subject is "the" and a common noun (the key
points' candidates, `keypoints.article_candidates`)."""

Placed = tuple[tuple[frozenset[str], frozenset[str]], ...]
"""(event ids, actor ids) of each candidate sentence of an article, in its order."""


@dataclass(frozen=True)
class Spans:
    """What of the rest of the briefing one article's candidates read."""

    events: tuple[tuple[str, str, str], ...] = ()
    """(paragraph id, source sentence, event id) of every event source in the article."""
    mentions: tuple[tuple[str, int, int, str], ...] = ()
    """(paragraph id, start, end, actor id) of every actor mention in the article."""


NO_SPANS = Spans()


def article_spans(briefing: Briefing) -> dict[str, Spans]:
    """Article id → its `Spans`, events in the briefing's order, mentions in actor order."""
    events: dict[str, list[tuple[str, str, str]]] = {}
    for event in briefing.events:
        for source in event.sources:
            events.setdefault(source.article, []).append((source.paragraph, source.text, event.id))
    mentions: dict[str, list[tuple[str, int, int, str]]] = {}
    for actor in briefing.actors:
        for m in actor.mentions:
            mentions.setdefault(m.article, []).append((m.paragraph, m.start, m.end, actor.id))
    return {
        a.id: Spans(tuple(events.get(a.id, ())), tuple(mentions.get(a.id, ())))
        for a in briefing.articles
    }


_NONE: frozenset[str] = frozenset()


def _inside(spans: Overlaps[str] | None, start: int, end: int) -> frozenset[str]:
    """Ids of the spans that overlap start…end."""
    return frozenset(spans.overlapping(start, end)) if spans else _NONE


def placed(article: Article, found: Sequence[Found], spans: Spans) -> Placed:
    """(events, actors) of each of the article's candidate sentences (`found`): the events
    whose source sentence (found in its paragraph's text) overlaps it, the actors mentioned
    in it."""
    if not found:
        return ()
    texts = {p.id: p.text for p in article.paragraphs}
    events_at = by_paragraph(
        (paragraph, (at, at + len(text), event))
        for paragraph, text, event in spans.events
        if (at := texts.get(paragraph, "").find(text)) >= 0
    )
    actors_at = by_paragraph(
        (paragraph, (s, e, actor)) for paragraph, s, e, actor in spans.mentions
    )
    out = []
    for number, start, end, _words, _unnamed in found:
        key = article.paragraphs[number].id
        out.append(
            (_inside(events_at.get(key), start, end), _inside(actors_at.get(key), start, end))
        )
    return tuple(out)


PlacedOf = Callable[[Article, Sequence[Found], Spans], Placed]
"""`placed`, or a memo of it."""
