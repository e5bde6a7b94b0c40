"""All articles' events into one timeline: reports of one event joined, curations applied.

Reports of one event (compatible dates, shared actors and key terms) become one entry with
every source; which pairs are compared and how groups join is `pairs`, how alike two
events are is `compare`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..models import Article, Event
from ..settings.config import EventCuration
from ..text.sentences import paragraph_number
from .compare import Features, features, overlap, shared_keys, summary_parts
from .curate import apply_curations
from .evidence import MERGE_EVIDENCE, both_ways, rarity, weigh
from .pairs import join_groups, same_article_pairs
from .report_memo import ReportMemo, candidate_pairs
from .summary import unique_ids

MERGE_THRESHOLD = 0.34
"""Share of key terms above which two clauses of one article on one date are one event;
reports of different articles are weighed by `evidence.evidence` against `MERGE_EVIDENCE`."""


def _combine(group: Sequence[Event], published: Mapping[str, str | None]) -> Event:
    """One event from several reports: the most precise date, every actor and source."""
    best = sorted(group, key=lambda e: (-len(e.date), e.sources[0].article, e.id))[0]
    latest = max(group, key=lambda e: (published.get(e.sources[0].article) or "", e.id))
    kind = "past" if any(e.kind == "past" for e in group) else latest.kind
    sources = sorted(
        {s for e in group for s in e.sources},
        key=lambda s: (s.article, paragraph_number(s.paragraph), s.text, s.expression),
    )
    place = next((e.place for e in sorted(group, key=lambda e: e.id) if e.place), None)
    return Event(
        id=best.id,
        date=best.date,
        precision=best.precision,
        kind=kind,
        summary=best.summary,
        actors=tuple(sorted({a for e in group for a in e.actors})),
        sources=tuple(sources),
        place=place,
    )


def cluster(events: Sequence[Event], memo: ReportMemo | None = None) -> list[list[Event]]:
    """Deterministic single-link grouping: pairs above the threshold join their groups, most
    similar pair first; reports of different articles by the evidence they are one
    (`evidence`: rare shared words and actors, the same participants, date and kind). A report can so bridge a month ("talks scheduled for February") and
    the day two others agree on ("Feb. 8").

    Within one article two events are only joined when they share the exact date and say
    the same thing (`compare.same_article_similarity`); which pairs are compared: `pairs`.
    `memo`: what the last build worked out per report and per pair of reports.
    """
    ordered = sorted(events, key=lambda e: (e.date, e.id, e.sources[0].article))
    parts = memo.summary_parts if memo is not None else summary_parts
    found = [features(event, parts) for event in ordered]
    dates = [f.date for f in found]
    articles = [event.sources[0].article for event in ordered]
    pairs = []
    terms = [f.terms for f in found]
    for i, j in same_article_pairs(dates, articles):  # one date: `same_article_similarity`
        score = overlap(terms[i], terms[j])
        if score > MERGE_THRESHOLD:
            pairs.append((-score, i, j))
    pairs += cross_article_scores(found, articles, memo)
    joined = join_groups(len(ordered), [(i, j) for _, i, j in sorted(pairs)], dates, articles)
    return [[ordered[k] for k in members] for members in joined]


def cross_article_scores(
    found: Sequence[Features], articles: Sequence[str], memo: ReportMemo | None = None
) -> list[tuple[float, int, int]]:
    """(-evidence, i, j), i < j, of the pairs of different articles that `pairs` compares
    and `evidence` finds one event. Copies of an article repeat the same reports many times
    over, so pairs are first found and scored between distinct reports (each report weighed
    once, each pair scored once), and only a pair that is one event is spread over the
    reports' occurrences: the same pairs and scores as comparing every occurrence.
    `memo`: the last build's pairs of reports (`report_memo`)."""
    index: dict[Features, int] = {}
    occurrences: list[list[int]] = []
    for i, f in enumerate(found):
        if f not in index:
            index[f] = len(occurrences)
            occurrences.append([])
        occurrences[index[f]].append(i)
    distinct = [found[where[0]] for where in occurrences]
    rare = rarity(distinct, [len(where) for where in occurrences])
    weighed = [weigh(f, rare) for f in distinct]
    keys = [shared_keys(f) for f in distinct]
    candidates = candidate_pairs(distinct, keys, memo)
    out = []
    for x, y in candidates:
        forward, backward = both_ways(weighed[x], weighed[y])
        if max(forward, backward) < MERGE_EVIDENCE:
            continue
        for i in occurrences[x]:
            for j in occurrences[y]:
                if i == j or articles[i] == articles[j] or (x == y and i > j):
                    continue
                score = forward if i < j else backward
                if score >= MERGE_EVIDENCE:
                    out.append((-score, min(i, j), max(i, j)))
    return out


def merge_events(
    events: Sequence[Event],
    curations: Sequence[EventCuration] = (),
    published: Mapping[str, str | None] | None = None,
    memo: ReportMemo | None = None,
) -> tuple[tuple[Event, ...], tuple[str, ...]]:
    """All articles' events → the timeline, and the problems a person should look at.

    Reports of one event (compatible dates, shared actors and key terms) become one entry
    with every source; different events stay apart even on the same day. Curations then
    drop, correct or add events by id. Sorted by date, then id; ids are unique.
    `published` (article id → date) lets the newest report decide the kind; `memo`: what
    the last build worked out per report (`report_memo`).
    """
    published = published or {}
    merged = [_combine(group, published) for group in cluster(events, memo)]
    merged = list(unique_ids(sorted(merged, key=lambda e: (e.date, e.id))))
    curated, problems = apply_curations(merged, curations)
    curated.sort(key=lambda e: (e.date, e.id))
    return tuple(curated), tuple(problems)


def independent_sources(event: Event, articles: Mapping[str, Article] | Sequence[Article]) -> int:
    """How many independent reports: distinct publications (an article without one counts
    on its own)."""
    index = articles if isinstance(articles, Mapping) else {a.id: a for a in articles}
    keys = set()
    for source in event.sources:
        article = index.get(source.article)
        publication = article.publication if article else None
        keys.add(
            ("publication", publication.casefold()) if publication else ("article", source.article)
        )
    return len(keys)
