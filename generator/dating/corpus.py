"""Dating an undated article by the dated articles that tell the same story.

Its own text rarely pins an undated article's day (it names no year, only "on Monday"),
but an analyst's folder is mostly one story, and an article is published close to the
dated articles it shares rare names and key nouns with (`similarity`). Each such neighbour
is a clue like the text's own: the days near its publication date (an inner and an outer
ring, so the allowance decays with distance), weighted by how alike the two articles are.
With the text's clues (`evidence`), every day is scored (`window.score_days`); the run of
days within a slack of the best is the window. Nothing is dated when no dated article is
alike enough, when the window is wider than a few weeks, or when a reading far from it
(another neighbour's date) scores nearly as well: a folder that is not one story abstains.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from ..lang import load
from ..models import Article, Timex
from . import DateInference, trail
from .evidence import Clue, article_texts, timex_clues, title_clues
from .likeliest import likeliest, weighed_days
from .likelihood import (
    Cue,
    Likelihood,
    adapted,
    day_likelihood,
    fitted_likelihood,
    likeliest_span,
)
from .profile_table import Parts, ProfileTable, article_words, profile_table
from .similarity import (
    Profile,
    WordIndex,
    shared_words,
    similarities,
    word_index,
)
from .stage_bounds import Bound, Report, bounds, cutting, reports, with_end_days
from .weekdays import (
    Mention,
    Reach,
    allowed_mask,
    fitted_reach,
    mentions,
    narrow,
    voted_days,
    weekday_clue,
)
from .weights import Weights, fitted
from .window import score_days
from .word_numbers import WordNumbers

CORPUS = "corpus"
"""The `paragraph` of a neighbour's clue: it comes from the corpus, not the text."""
NEAR_KIND = "neighbour-near"
"""The inner ring's clue: scored, but not listed again in the trail."""


@dataclass(frozen=True)
class CorpusWeights:
    """How neighbours count: read from `lang/en/corpus_dating.tsv` (the defaults here are its
    values; bench/fit_corpus_dating.py fits them)."""

    min_similarity: float = 0.15
    neighbours: int = 5
    near_days: int = 3
    near_weight: float = 1.0
    far_days: int = 10
    far_weight: float = 1.0
    slack: float = 1.0
    max_days: int = 28
    margin: float = 0.5


@cache
def corpus_weights() -> CorpusWeights:
    """The fitted values in the language folder (a name it does not list keeps its default)."""
    defaults = CorpusWeights()
    values = {}
    for row in load("en", "corpus_dating.tsv"):
        name = row[0].replace("-", "_")
        kind = type(getattr(defaults, name))
        values[name] = kind(float(row[1]))
    return CorpusWeights(**values)


@dataclass(frozen=True)
class Neighbour:
    """A dated article alike the undated one: its date, how alike, and the words shared."""

    source: str
    published: dt.date
    similarity: float
    shared: tuple[str, ...]


def neighbour_clues(found: Sequence[Neighbour], weights: CorpusWeights) -> list[Clue]:
    """Each neighbour as two clues (near its date, and within the outer ring), weighted by its
    share of the neighbours' summed similarity (so the rings of neighbours that agree add up,
    and those of a far one weigh less)."""
    total = sum(n.similarity for n in found) or 1.0
    clues = []
    for n in found:
        share = n.similarity / total
        why = f"published near {n.source} ({n.published}), which shares: {', '.join(n.shared)}"
        for days, weight, kind in (
            (weights.far_days, weights.far_weight, "neighbour"),
            (weights.near_days, weights.near_weight, NEAR_KIND),
        ):
            span = (n.published - dt.timedelta(days=days), n.published + dt.timedelta(days=days))
            reading = f"{why} (within {days} days, similarity {n.similarity:.2f})"
            clues.append(Clue(CORPUS, n.source, reading, (span,), weight * share, kind))
    return clues


def own_clues(
    article: Article, timexes: Sequence[Timex], years: Sequence[int], weights: Weights
) -> list[Clue]:
    """The text's own clues (as `infer_published` reads them), year-less ones in `years`."""
    texts, caption_timexes = article_texts(article)
    every_year = range(min(years) - 1, max(years) + 2)
    found = [*timex_clues([*caption_timexes, *timexes], texts, every_year), *title_clues(texts)]
    return weights.apply(found)


def _support(found: Sequence[Neighbour], first: dt.date, size: int, reach: int) -> np.ndarray:
    """The days within `reach` of some neighbour's date: the only days a window may hold."""
    mask = np.zeros(size, dtype=bool)
    for n in found:
        middle = (n.published - first).days
        mask[max(middle - reach, 0) : middle + reach + 1] = True
    return mask


def _best_run(scores: np.ndarray, slack: float) -> tuple[int, int]:
    """The run of days within `slack` of the best score around the middle best day."""
    best = float(scores.max())
    tops = np.flatnonzero(scores >= best - 1e-9)
    middle = int(tops[len(tops) // 2]) if tops[-1] - tops[0] < len(tops) + 1 else int(tops[0])
    start = end = middle
    while start > 0 and scores[start - 1] >= best - slack:
        start -= 1
    while end + 1 < len(scores) and scores[end + 1] >= best - slack:
        end += 1
    return start, end


def infer_near(
    article: Article,
    timexes: Sequence[Timex],
    found: Sequence[Neighbour],
    weights: CorpusWeights | None = None,
    reach: Reach | None = None,
    likelihood: Likelihood | None = None,
    limits: Sequence[Bound] = (),
) -> DateInference | None:
    """The window the neighbours and the text agree on, among the days near a neighbour,
    cut by the stage a neighbour reports a gathering at (`limits`, `stage_bounds`),
    narrowed by the weekdays the text names and the likelihood of each day
    (`likelihood`), its estimate the likeliest day the weekdays allow (`likeliest`); None
    when it is too wide or a reading far from it comes within the margin."""
    weights = weights or corpus_weights()
    reach = reach or fitted_reach()
    likelihood = likelihood or fitted_likelihood()
    if not found:
        return None
    days = [n.published for n in found]
    clues = [
        *own_clues(article, timexes, sorted({d.year for d in days}), fitted()),
        *neighbour_clues(found, weights),
    ]
    first = min(days) - dt.timedelta(days=weights.far_days)
    last = max(days) + dt.timedelta(days=weights.far_days)
    scores = score_days(clues, first, last)
    scores[~_support(found, first, len(scores), weights.far_days)] = -np.inf
    start, end = _best_run(scores, weights.slack)
    if end - start + 1 > weights.max_days:
        return None
    far = np.ones(len(scores), dtype=bool)
    far[max(start - weights.max_days, 0) : end + weights.max_days + 1] = False
    best = float(scores[start : end + 1].max())
    if far.any() and float(scores[far].max()) > best - weights.margin:
        return None
    start, end = _by_bounds(limits, first, scores, (start, end), clues)
    named = mentions(timexes, article_texts(article)[0])  # read once for the three below
    start, end, said = _by_weekdays(named, scores, first, (start, end), reach)
    clues.extend(said)
    near = [(n.published, n.similarity) for n in found]
    start, end = _by_likelihood(named, near, first, scores, (start, end), likelihood)
    lo, hi = first + dt.timedelta(days=start), first + dt.timedelta(days=end)
    weighed = weighed_days(named, (lo, hi), near, likelihood)
    estimate = dt.date.fromisoformat(likeliest(weighed))
    listed = trail([c for c in clues if c.kind != NEAR_KIND], estimate)
    days = weighed if likelihood.share < 1.0 else ()  # the corpus shows neighbours date it
    return DateInference(estimate.isoformat(), (lo.isoformat(), hi.isoformat()), listed, days)


def _by_bounds(
    limits: Sequence[Bound],
    first: dt.date,
    scores: np.ndarray,
    run: tuple[int, int],
    clues: list[Clue],
) -> tuple[int, int]:
    """The run cut by the bounds inside it (`stage_bounds.cutting`); the days outside the
    cut scored out (the likelihood looks beyond the run), each bound a clue for the trail."""
    lo, hi = first + dt.timedelta(days=run[0]), first + dt.timedelta(days=run[1])
    lo, hi, used = cutting(limits, (lo, hi))
    if not used:
        return run
    start, end = (lo - first).days, (hi - first).days
    scores[:start] = -np.inf
    scores[end + 1 :] = -np.inf
    for bound in used:
        span = (dt.date.min, bound.day) if bound.side == "hi" else (bound.day, dt.date.max)
        clues.append(Clue(bound.paragraph, bound.text, bound.reading, (span,), 0.0, "stage"))
    return start, end


def _by_weekdays(
    named: Sequence[Mention],
    scores: np.ndarray,
    first: dt.date,
    run: tuple[int, int],
    reach: Reach,
) -> tuple[int, int, list[Clue]]:
    """The run narrowed to the stretch of days the text's weekdays allow that the other
    evidence prefers by the margin (`weekdays.narrow`), and the weekday clue for the trail;
    `named`: the text's weekdays (`weekdays.mentions`)."""
    allowed = voted_days(named, reach)
    if allowed is None:
        return run[0], run[1], []
    mask = allowed_mask(allowed, first, len(scores))
    clue = weekday_clue(named, allowed, first, mask)
    start, end = narrow(scores, run, mask, reach.margin)
    return start, end, [clue]


def _by_likelihood(
    named: Sequence[Mention],
    near: Sequence[tuple[dt.date, float]],
    first: dt.date,
    scores: np.ndarray,
    run: tuple[int, int],
    likelihood: Likelihood,
) -> tuple[int, int]:
    """The span of the likeliest days holding the fitted share (`likelihood`): within the
    run, or (a temperature above 0) among the days near a neighbour within `max_days` of
    it, the step score as one more factor; the run itself when the share is 1 or the span
    would be wider than the run."""
    if likelihood.share >= 1.0:
        return run
    lo, hi = run
    if likelihood.temperature > 0:
        reach = run[1] - run[0] + 1
        lo, hi = max(run[0] - reach, 0), min(run[1] + reach, len(scores) - 1)
    domain = [i for i in range(lo, hi + 1) if np.isfinite(scores[i])]
    cues = [Cue(m.weekday, m.key) for m in named]
    days = [first + dt.timedelta(days=i) for i in domain]
    step = scores[domain] if likelihood.temperature > 0 else None
    p = day_likelihood(days, near, cues, likelihood, step)
    a, b = likeliest_span(p, likelihood.share)
    if domain[b] - domain[a] > run[1] - run[0]:
        return run
    return domain[a], domain[b]


def neighbours_of(
    target: int,
    every: Sequence[Profile],
    dated: Sequence[tuple[int, str, dt.date]],
    weights: CorpusWeights,
    index: WordIndex | None = None,
) -> list[Neighbour]:
    """The dated articles (index, source, day) most alike article `target`, alike enough;
    `index`: the dated articles' `word_index`, in the order of `dated` (built if not given)."""
    return [
        Neighbour(source, day, a, shared_words(every[target], every[i]))
        for a, source, day, i in _nearest(target, every, dated, weights, index)
    ]


def _nearest(
    target: int,
    every: Sequence[Profile],
    dated: Sequence[tuple[int, str, dt.date]],
    weights: CorpusWeights,
    index: WordIndex | None = None,
) -> list[tuple[float, str, dt.date, int]]:
    """`neighbours_of` as (similarity, source, day, position), without the shared words
    (which only the clue's text shows); from a `ProfileTable`'s arrays, no profile made."""
    table = every if isinstance(every, ProfileTable) else None
    if index is None:
        index = word_index([every[i] for i, _, _ in dated])
    if table is not None and index.numbers is table.numbers:  # the table's own numbering
        alike = table.similarities(target, index, len(dated))
    else:
        alike = similarities(every[target], index, len(dated))
    scored = [
        (round(float(alike[k]), 4), dated[k][1], dated[k][2], dated[k][0])  # Python's round
        for k in np.flatnonzero(alike >= weights.min_similarity).tolist()
        if dated[k][0] != target
    ]
    scored.sort(key=lambda s: (-s[0], s[1]))
    return scored[: weights.neighbours]


def dated_day(article: Article) -> dt.date | None:
    """The day an article states (text, metadata or configuration), None if it gives none."""
    published = article.published or ""
    if article.published_basis == "inferred" or len(published) != 10:
        return None
    try:
        return dt.date.fromisoformat(published)
    except ValueError:
        return None


OFFSET_SAMPLE = 100
"""Dated articles at most whose neighbours show the corpus's spread (evenly chosen)."""


def neighbour_offsets(found: Sequence[Neighbour], day: dt.date) -> dict[int, float]:
    """Days from each neighbour's date to `day`, each weighted by its share of similarity."""
    total = sum(n.similarity for n in found) or 1.0
    offsets: dict[int, float] = {}
    for n in found:
        k = (day - n.published).days
        offsets[k] = offsets.get(k, 0.0) + n.similarity / total
    return offsets


def corpus_offsets(
    every: Sequence[Profile],
    dated: Sequence[tuple[int, str, dt.date]],
    weights: CorpusWeights,
    index: WordIndex,
) -> dict[int, float]:
    """How far from their dated neighbours the corpus's dated articles are (summed)."""
    step = max(1, -(-len(dated) // OFFSET_SAMPLE))
    summed: dict[int, float] = {}
    for i, _, day in dated[::step]:
        found = [
            Neighbour(source, near, a, ())
            for a, source, near, _ in _nearest(i, every, dated, weights, index)
        ]
        for k, n in neighbour_offsets(found, day).items():
            summed[k] = summed.get(k, 0.0) + n
    return summed


Near = Callable[
    [
        Article,
        Sequence[Timex],
        Sequence[Neighbour],
        CorpusWeights,
        Reach | None,
        Likelihood,
        Sequence[Bound],
    ],
    DateInference | None,
]
"""`infer_near`, or a memo of it (run/kept.py: kept across builds)."""


def infer_corpus(
    corpus: Sequence[tuple[Article, Sequence[Timex]]],
    weights: CorpusWeights | None = None,
    parts: Parts = article_words,
    near: Near = infer_near,
    numbering: WordNumbers | None = None,
) -> list[DateInference | None]:
    """For each undated article, the date its dated neighbours and its text agree on.
    `parts` and `near` may be memos of `article_words` and `infer_near`; `numbering`: the
    content words' numbers kept across builds (`word_numbers`)."""
    weights = weights or corpus_weights()
    articles = [a for a, _ in corpus]
    undated = [i for i, a in enumerate(articles) if a.published is None]
    dated = [(i, a.source, d) for i, a in enumerate(articles) if (d := dated_day(a))]
    result: list[DateInference | None] = [None] * len(articles)
    if not undated or not dated:
        return result
    every = profile_table(articles, parts, numbering)
    index = every.index([i for i, _, _ in dated])
    fitted = fitted_likelihood()
    likelihood = adapted(fitted, corpus_offsets(every, dated, weights, index), fitted.strength)
    told = StageReports(articles, {source: i for i, source, _ in dated}, lambda i: corpus[i][1])
    for i in undated:
        found = neighbours_of(i, every, dated, weights, index)
        limits = told.bounds(i, found)
        result[i] = near(articles[i], corpus[i][1], found, weights, None, likelihood, limits)
    return result


class StageReports:
    """Each article's gathering reports (`stage_bounds.reports`), read once, and the bounds
    its dated neighbours' reports set on an undated one."""

    def __init__(
        self,
        articles: Sequence[Article],
        where: dict[str, int],
        timexes: Callable[[int], Sequence[Timex]],
    ) -> None:
        self.articles = articles
        self.where = where
        """A dated article's position by its source."""
        self.timexes = timexes
        """An article's timexes, read against its own date (a dated one's)."""
        self.read: dict[int, tuple[Report, ...]] = {}
        self.ended: dict[int, list[Report]] = {}

    def reports(self, i: int) -> tuple[Report, ...]:
        if i not in self.read:
            self.read[i] = reports(self.articles[i])
        return self.read[i]

    def dated(self, i: int, day: dt.date) -> list[Report]:
        """A dated article's reports, over ones with the day they say it ended by."""
        if i not in self.ended:
            own = self.reports(i)
            self.ended[i] = with_end_days(own, self.timexes(i) if own else (), day)
        return self.ended[i]

    def bounds(self, i: int, found: Sequence[Neighbour]) -> tuple[Bound, ...]:
        """What the neighbours `found` tell of article `i`'s day (none without a report)."""
        own = self.reports(i)
        if not own:
            return ()
        near = [
            (n.source, n.published, self.dated(self.where[n.source], n.published)) for n in found
        ]
        return bounds(own, near)
