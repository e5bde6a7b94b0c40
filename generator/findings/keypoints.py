"""Key points: five to ten sentences, the sources' own, that together say what the corpus reports.

A pure function of the Briefing: better actors (salience) and events (their sources) make
better points without a change here. Each candidate is a sentence of an article's body, or
its first clause cut at a clause boundary when the sentence is long; never rewritten. Points
are chosen greedily for coverage (MMR-style): what a candidate adds in events not yet
covered (weighted by how many articles report them, recent ones more) and salient actors not
yet named, less its similarity to the points already chosen (content-word cosine); a
candidate too close to a chosen point is never taken. A point must be readable on its own
(`readable`): sentences opening on a pronoun, a connective or a bare "the deal" are left
out, and a wire dateline opening a sentence is no part of its point. Copies of one article
(`copies`: nearly all sentences the same) are one report, for an event's weight and for a
point's sources.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..models import Article, Briefing, Event
from ..text.sentences import sentence_spans
from .copies import NearOf, copy_groups, print_groups, reports, sentence_prints
from .placed import Found, PlacedOf, article_spans, placed
from .readable import WORD, after_dateline, lexicon, names_its_subject, readable
from .readable import opens_dangling as opens_dangling
from .readable import opens_with_pronoun as opens_with_pronoun

MIN_POINTS, MAX_POINTS = 5, 10
MIN_CHARS, MAX_CHARS = 50, 320
REPEAT_SIMILARITY = 0.4
"""Content-word cosine at or above which two sentences say the same thing: where
bench/keypoints.py counts a repeated point, so no point chosen is one by its measure."""
SUPPORT_SIMILARITY = 0.4
"""Cosine at or above which another article's sentence reports the same point."""

BASE_GAIN = 0.25
"""What any readable sentence adds: enough to fill the first five points, too little to go
on past them without new events or actors."""
UNNAMED_COST = 0.25
"""Taken off a sentence whose subject is "the" and a common noun: between two sentences of
about the same worth, the one that names its subject is the point."""


@dataclass(frozen=True)
class PointSource:
    """A paragraph that reports the point."""

    article: str
    paragraph: str


@dataclass(frozen=True)
class KeyPoint:
    """One key point: `text` is `paragraph.text[start:end]` of its first source, verbatim."""

    text: str
    article: str
    paragraph: str
    start: int
    end: int
    sources: tuple[PointSource, ...]
    """Its own paragraph first, then one paragraph per other article that reports it."""
    events: tuple[str, ...]
    actors: tuple[str, ...]
    date: str | None
    """The latest date among the events it covers (None: background)."""


class _Candidate(NamedTuple):
    """A tuple: made for each of the corpus's candidate sentences, a third of a dataclass's cost."""

    article: str
    paragraph: str
    start: int
    end: int
    text: str
    words: frozenset[str]
    events: frozenset[str]
    actors: frozenset[str]
    order: tuple[int, int, int]
    """Article position, paragraph number, sentence start: ties break in reading order."""
    unnamed: bool = False
    """Its subject is "the" and a common noun (`readable.names_its_subject`)."""


@lru_cache(maxsize=1 << 12)
def content_words(text: str) -> frozenset[str]:
    """Lower-case words less stopwords, with a plural `s` taken off: what similarity compares.
    Cached: a date divergence reads each source's sentence for its subject and its words."""
    return frozenset(filter(None, map(_content_word, WORD.findall(text.lower()))))


@lru_cache(maxsize=1 << 16)
def _content_word(word: str) -> str:
    """One lower-case word as compared ("" for a stopword or a single letter): cached, as
    the same few thousand words recur in every article's sentences."""
    word = word.strip("'’-")
    if len(word) < 2 or word in lexicon()["stopwords"]:
        return ""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine of two word sets."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def _clause(text: str, start: int, end: int) -> int:
    """Where a long sentence may end early: the first clause boundary that leaves a
    sentence of a readable length (the sentence's own end when there is none)."""
    if end - start <= MAX_CHARS:
        return end
    sentence = text[start:end]
    cuts = [sentence.find(cut, MIN_CHARS) for cut in lexicon()["clause_cuts"] if cut in sentence]
    fitting = [c for c in cuts if MIN_CHARS <= c <= MAX_CHARS]
    return start + min(fitting) if fitting else end


Sentence = tuple[int, int, int]
"""(paragraph number, start, end) of a candidate sentence in its article."""


def article_sentences(article: Article) -> tuple[Sentence, ...]:
    """Every readable body sentence (or first clause) of one article: where it is in its
    paragraph (article_candidates adds what is read of it)."""
    out = []
    for number, paragraph in enumerate(article.paragraphs):
        if paragraph.kind != "body" or paragraph.is_list:
            continue
        for start, end in sentence_spans(paragraph.text):
            start = after_dateline(paragraph.text, start)
            end = _clause(paragraph.text, start, end)
            text = paragraph.text[start:end]
            if not MIN_CHARS <= len(text) <= MAX_CHARS or text.endswith("?"):
                continue
            if readable(text):
                out.append((number, start, end))
    return tuple(out)


def article_candidates(article: Article) -> tuple[Found, ...]:
    """Every candidate sentence of one article with what is read of its text alone: a pure
    function of its paragraphs, so it is kept across builds (findings/parts.py)."""
    out = []
    for number, start, end in article_sentences(article):
        text = article.paragraphs[number].text[start:end]
        out.append((number, start, end, content_words(text), not names_its_subject(text)))
    return tuple(out)


def _candidates(
    briefing: Briefing,
    candidates_of: Callable[[Article], tuple[Found, ...]],
    placed_of: PlacedOf = placed,
) -> list[_Candidate]:
    """Every readable body sentence (or first clause) of every article, with the events
    and actors it covers (`placed_of`: `placed.placed`, or a memo of it)."""
    spans = article_spans(briefing)
    out = []
    for position, article in enumerate(briefing.articles):
        found = candidates_of(article)
        if not found:
            continue
        covered = placed_of(article, found, spans[article.id])
        for (number, start, end, words, unnamed), (events, actors) in zip(
            found, covered, strict=True
        ):
            at, text = article.paragraphs[number].id, article.paragraphs[number].text
            where = (article.id, at, start, end, text[start:end])
            out.append(
                _Candidate(*where, words, events, actors, (position, number, start), unnamed)
            )
    return out


def _event_weights(briefing: Briefing, groups: dict[str, str] | None = None) -> dict[str, float]:
    """How much covering each event is worth: the reports of it (copies of one article,
    `groups`, count once), halved for background (dated before the corpus's first article)."""
    dates = sorted(a.published for a in briefing.articles if a.published)
    first = dates[0][:7] if dates else ""
    weights = {}
    for event in briefing.events:
        count = reports((s.article for s in event.sources), groups or {})
        weight = float(count) if count >= 2 else 0.5
        if event.date[:7] < first:
            weight *= 0.5
        weights[event.id] = weight
    return weights


def _gain(
    candidate: _Candidate,
    covered_events: set[str],
    covered_actors: set[str],
    redundancy: float,
    event_weight: dict[str, float],
    actor_weight: dict[str, float],
) -> float:
    """What a candidate adds to the points chosen so far (MMR: coverage less redundancy,
    its greatest similarity to a chosen point)."""
    events = sum(event_weight.get(e, 0.0) for e in candidate.events - covered_events)
    actors = sum(actor_weight.get(a, 0.0) for a in candidate.actors - covered_actors)
    lead = 0.25 / (1 + candidate.order[1])  # the first paragraphs say what the story is
    unnamed = UNNAMED_COST if candidate.unnamed else 0.0
    return BASE_GAIN + lead + events + actors - unnamed - 2.0 * redundancy


def _select(
    candidates: list[_Candidate], briefing: Briefing, groups: dict[str, str] | None = None
) -> list[_Candidate]:
    """Greedy choice of the points. A candidate's redundancy (its greatest similarity to
    the points chosen so far) is brought up to date only when its ceiling (_ceiling) could
    beat the best gain of the round, and a candidate that came too close to a chosen point
    (_repeats) is then dropped for good: a redundancy never falls as points are chosen, so
    a ceiling too low against a redundancy not yet up to date is too low against the true
    one, and the choice is that of measuring every candidate against every chosen point in
    every round, with far fewer comparisons."""
    event_weight = _event_weights(briefing, groups)
    main = frozenset(
        e.id for e in briefing.events if reports((s.article for s in e.sources), groups or {}) >= 2
    )
    top = max((a.salience for a in briefing.actors), default=0.0) or 1.0
    actor_weight = {a.id: a.salience / top for a in briefing.actors}
    chosen: list[_Candidate] = []
    covered_events: set[str] = set()
    covered_actors: set[str] = set()
    pool = sorted(candidates, key=lambda c: c.order)
    ceiling = _ceilings(pool, event_weight, actor_weight)
    redundancy = [0.0] * len(pool)
    compared = [0] * len(pool)  # chosen points each redundancy is up to date with
    alive = [True] * len(pool)
    while len(chosen) < MAX_POINTS:
        best, best_gain = -1, 0.0
        for i, candidate in enumerate(pool):
            if not alive[i] or ceiling[i] - 2.0 * redundancy[i] <= best_gain:
                continue  # cannot beat the best so far, whatever it still covers
            if compared[i] < len(chosen):
                alive[i], redundancy[i] = _update(
                    candidate, redundancy[i], chosen[compared[i] :], main
                )
                compared[i] = len(chosen)
                if not alive[i] or ceiling[i] - 2.0 * redundancy[i] <= best_gain:
                    continue
            gain = _gain(
                candidate, covered_events, covered_actors, redundancy[i], event_weight, actor_weight
            )
            if gain > best_gain + 1e-9:
                best, best_gain = i, gain
        if best < 0 or (best_gain < 0.5 and len(chosen) >= MIN_POINTS):
            break
        alive[best] = False
        chosen.append(pool[best])
        covered_events |= pool[best].events
        covered_actors |= pool[best].actors
    return chosen


CEILING_MARGIN = 1e-6
"""Far above the rounding of a sum of a few weights, far below any difference of gains."""


def _ceilings(
    pool: list[_Candidate], event_weight: dict[str, float], actor_weight: dict[str, float]
) -> list[float]:
    """The most each candidate can gain with no redundancy (all its events and actors still to
    cover, a weight below zero counted as none), raised so that rounding never puts a gain
    above it; most cover no event and no actor, theirs is made without a sum."""
    events = {e: w for e, w in event_weight.items() if w > 0.0}
    actors = {a: w for a, w in actor_weight.items() if w > 0.0}
    raised = BASE_GAIN + 1e-9 + CEILING_MARGIN
    return [
        raised
        + 0.25 / (1 + c.order[1])
        - (UNNAMED_COST if c.unnamed else 0.0)
        + (sum([events.get(e, 0.0) for e in c.events]) if c.events else 0.0)
        + (sum([actors.get(a, 0.0) for a in c.actors]) if c.actors else 0.0)
        for c in pool
    ]


def _update(
    candidate: _Candidate,
    redundancy: float,
    points: Iterable[_Candidate],
    main: frozenset[str] = frozenset(),
) -> tuple[bool, float]:
    """(whether the candidate stays in the pool, its redundancy) after `points` are chosen:
    it goes when it repeats one of them (_repeats); else its redundancy is raised to its
    similarity to each where that is greater."""
    for point in points:
        if _repeats(candidate, point, main):
            return False, redundancy
        redundancy = max(redundancy, similarity(candidate.words, point.words))
    return True, redundancy


def _repeats(candidate: _Candidate, point: _Candidate, main: frozenset[str]) -> bool:
    """A candidate repeats a chosen point when it is too close in words, or reports the very
    main events the point reports (those of two reports or more) and no other."""
    told = point.events & main
    if told and candidate.events & main == told:
        return True
    return similarity(candidate.words, point.words) >= REPEAT_SIMILARITY


def sharing_words(points: list[_Candidate], candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """For each point, the candidates sharing a word with it, in the candidates' order:
    one pass that intersects each candidate with all the points' words (a point's own
    pass over every candidate, set against its words alone, was most of `_sources`)."""
    wanted = frozenset().union(*(p.words for p in points))
    posting: dict[str, list[int]] = {}
    for index, candidate in enumerate(candidates):
        for word in candidate.words & wanted:
            posting.setdefault(word, []).append(index)
    shared = ({i for word in p.words for i in posting.get(word, ())} for p in points)
    return [[candidates[i] for i in sorted(found)] for found in shared]


def _sources(
    point: _Candidate,
    candidates: list[_Candidate],
    events: dict[str, Event],
    groups: dict[str, str] | None = None,
    sharing: list[_Candidate] | None = None,
) -> tuple[PointSource, ...]:
    """The point's own paragraph, then per other report (a copy of an article is the same
    report, `groups`) the paragraph that says the same: a sentence close enough in words,
    else a source of the same main event. Only the candidates sharing a word with the point
    are measured (`sharing`, when `sharing_words` gave them): the others' similarity is
    nought."""
    groups = groups or {}
    own_group = groups.get(point.article, point.article)
    found: dict[str, PointSource] = {}
    close = []  # only those close enough are sorted: the same as sorting all, then stopping
    words = point.words
    if sharing is None:
        sharing = [c for c in candidates if not words.isdisjoint(c.words)]
    for c in sharing:
        if groups.get(c.article, c.article) != own_group:
            closeness = similarity(words, c.words)
            if closeness >= SUPPORT_SIMILARITY:
                close.append((-closeness, c.order, c))
    for _, _, other in sorted(close):
        key = groups.get(other.article, other.article)
        found.setdefault(key, PointSource(other.article, other.paragraph))
    for event_id in sorted(point.events):
        for source in events[event_id].sources:
            key = groups.get(source.article, source.article)
            if key != own_group:
                found.setdefault(key, PointSource(source.article, source.paragraph))
    own = PointSource(point.article, point.paragraph)
    return (own, *sorted(found.values(), key=lambda s: s.article))


def key_points(
    briefing: Briefing,
    candidates_of: Callable[[Article], tuple[Found, ...]] = article_candidates,
    prints_of: Callable[[Article], frozenset[str]] | None = None,
    near_of: Callable[[Article, Article], int] | None = None,
    placed_of: PlacedOf = placed,
) -> tuple[KeyPoint, ...]:
    """The briefing's key points: recent developments first, then what is expected, then
    background; deterministic (ties break in the articles' reading order). `candidates_of`
    gives each article's candidate sentences and `prints_of` their `article_prints` (memos
    of them, findings/parts.py; None: the prints are made from the candidates), and
    `near_of` two articles' `copies.near_count` (a memo of it, with `prints_of`), and
    `placed_of` the events and actors each candidate covers (`placed.placed`, or a memo)."""
    candidates = _candidates(briefing, candidates_of, placed_of)
    if prints_of is None:
        groups = _copy_groups(candidates)
    else:
        groups = _print_groups(briefing, {c.article for c in candidates}, prints_of, near_of)
    events = {e.id: e for e in briefing.events}
    points = []
    chosen = _select(candidates, briefing, groups)
    for c, sharing in zip(chosen, sharing_words(chosen, candidates), strict=True):
        dates = sorted(events[e].date for e in c.events)
        points.append(
            KeyPoint(
                c.text,
                c.article,
                c.paragraph,
                c.start,
                c.end,
                _sources(c, candidates, events, groups, sharing),
                tuple(sorted(c.events)),
                tuple(sorted(c.actors)),
                dates[-1] if dates else None,
            )
        )
    return tuple(sorted(points, key=lambda p: _display_key(p, events, briefing.articles)))


def article_prints(article: Article, found: tuple[Found, ...]) -> frozenset[str]:
    """The `sentence_prints` of an article's candidate sentences (`found`): what copies of
    one article are told apart by."""
    return sentence_prints(article.paragraphs[n].text[start:end] for n, start, end, _, _ in found)


def _print_groups(
    briefing: Briefing,
    having: set[str],
    prints_of: Callable[[Article], frozenset[str]],
    near_of: Callable[[Article, Article], int] | None,
) -> dict[str, str]:
    """The copy groups of the articles `having` candidates, from their prints."""
    articles = {a.id: a for a in briefing.articles if a.id in having}
    prints = {i: prints_of(a) for i, a in articles.items()}
    near: NearOf | None = None
    if near_of is not None:
        near = lambda a, b: near_of(articles[a], articles[b])  # noqa: E731
    return print_groups(prints, near)


def _copy_groups(candidates: Iterable[_Candidate]) -> dict[str, str]:
    """Article id → its group of copies (`copies`), read from the candidate sentences."""
    texts: dict[str, list[str]] = {}
    for c in candidates:
        texts.setdefault(c.article, []).append(c.text)
    return copy_groups(texts)


def report_groups(
    briefing: Briefing, candidates_of: Callable[[Article], tuple[Found, ...]] = article_candidates
) -> dict[str, str]:
    """Article id → its group of copies, as key points count reports: one article saved
    twice is one report of its events (`copies`)."""
    return _copy_groups(_candidates(briefing, candidates_of))


def _display_key(point: KeyPoint, events: dict[str, Event], articles: Iterable[Article]):
    """Past developments newest first, then scheduled and projected ones soonest first, then
    points without a date in reading order."""
    kinds = {events[e].kind for e in point.events}
    order = {a.id: i for i, a in enumerate(articles)}
    if point.date is None:
        return (2, "", order.get(point.article, 0), point.start)
    if "past" in kinds:
        inverted = "".join(chr(0x10FFFF - ord(ch)) for ch in point.date)
        return (0, inverted, order.get(point.article, 0), point.start)
    return (1, point.date, order.get(point.article, 0), point.start)
