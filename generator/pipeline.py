"""The pipeline in one place: ingest → clean → metadata → actors → timeline → link.

Per-article work (clean, metadata, actors, time expressions, dated clauses) is independent
and pure, so it runs in a process pool for large corpora; results are gathered in input
order, so a parallel run gives the same bytes as a serial one.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, replace
from typing import TypeVar

from . import actors as actor_stage
from . import clean as clean_stage
from . import dating
from . import events as event_stage
from . import metadata as metadata_stage
from . import timex as timex_stage
from .actors.resolve_memo import ActorMemo
from .cache import ArticleCache, article_key
from .clean.duplicates import repeated_among
from .dating.corpus import infer_corpus, infer_near
from .dating.profile_table import article_words
from .deferred import Changed, Deferred, digest_of, loaded
from .events.report_memo import ReportMemo
from .link import link
from .models import Article, ArticleActors, Briefing, RawArticle, Timex
from .run.budget import DEFAULT_SECONDS, TooSlow, time_budget
from .run.executors import MapExecutor
from .run.kept import Kept, through
from .run.processes import collector_paused, fork_context, paused_then_settled, settled_heap
from .run.repeats_seen import repeats_seen
from .run.startup import blocks_while_warming
from .run.text_blocks import BlockMemo
from .run.warm import warm
from .settings.config import ArticleCorrection, Config

T = TypeVar("T")

PARALLEL_FROM = 48
"""Below this many articles a process pool costs more than it saves."""


@dataclass(frozen=True)
class ArticleResult:
    """Everything extracted from one article on its own."""

    article: Article
    actors: ArticleActors
    timexes: tuple[Timex, ...]
    clauses: tuple[event_stage.DatedClause, ...]
    """Its events, but for their actors (link knows their corpus-wide ids)."""
    failed: tuple[str, ...] = ()
    """Stages that raised on this article (also among its warnings): reported, not fatal."""


def analyse_article(
    raw: RawArticle, repeated: frozenset[str], correction: ArticleCorrection | None
) -> ArticleResult:
    """One raw article through every per-article stage.

    Once the article is cleaned and has its metadata it is never lost: a later stage that
    raises leaves it with what the stages before found, and a warning naming the stage.
    """
    cleaned = clean_stage.clean(raw, repeated)
    article = metadata_stage.extract_metadata(cleaned, correction)
    failed: list[str] = []
    no_actors = ArticleActors(article.id, (), ())
    timexes = _or_else(failed, "time expressions", (), timex_stage.article_timexes, article)
    if article.published is None or article.published_basis == "inferred":
        dated = _or_else(failed, "date inference", None, dating.infer_published, article, timexes)
        if dated is not None:
            article = with_inferred_date(article, dated)
            timexes = _or_else(failed, "time expressions", (), dating.window_timexes, article)
    actors = _or_else(failed, "actors", no_actors, actor_stage.extract_actors, article)
    clauses = _or_else(failed, "events", (), event_stage.dated_clauses, article, timexes)
    if failed:
        article = replace(article, warnings=article.warnings + tuple(failed))
    return ArticleResult(article, actors, timexes, clauses, tuple(failed))


def with_inferred_date(
    article: Article, dated: dating.DateInference, where: str = "in the text"
) -> Article:
    """The article dated by inference: its window and evidence kept, and a warning that
    says so (replacing the "no publication date found" warning)."""
    lo, hi = dated.window
    warnings = tuple(w for w in article.warnings if not w.startswith("publication date inferred"))
    warnings = tuple(w for w in warnings if w != "no publication date found")
    note = (
        f"publication date inferred as {dated.published} (between {lo} and {hi}) from "
        f"{sum(e.agrees for e in dated.evidence)} of {len(dated.evidence)} clues {where}"
    )
    return replace(
        article,
        published=dated.published,
        published_basis="inferred",
        published_window=dated.window,
        published_evidence=dated.evidence,
        published_days=dated.days,
        warnings=(*warnings, note),
    )


def _or_else(failed: list[str], stage: str, fallback: T, step: Callable[..., T], *args) -> T:
    """`step(*args)`, or `fallback` with a line in `failed` when it raises. A used-up time
    budget is no failure of one stage: it skips the whole article."""
    try:
        return step(*args)
    except TooSlow:
        raise  # the budget skips the whole article, whichever stage it ran out in
    except Exception as error:  # noqa: BLE001 - keep the article, say what is missing
        failed.append(f"{stage} not extracted: {type(error).__name__}: {error}")
        return fallback


@dataclass(frozen=True)
class ArticleFailure:
    """An article whose extraction raised: reported and skipped, never fatal to the build."""

    error: str
    trace: str
    message: str = ""
    """The warning to show after the file's name; empty: "skipped: extraction failed: …"."""


Job = tuple[RawArticle | Deferred, frozenset[str], ArticleCorrection | None, float | None]
"""An article (or its file, read where it is extracted), the corpus's repeated blocks, its
correction and its time budget (s)."""


def _analyse_packed(job: Job) -> ArticleResult | ArticleFailure:
    item, repeated, correction, seconds = job
    try:
        raw = loaded(item)
    except Changed as changed:
        return ArticleFailure(str(changed), "", message=f"skipped: {changed}")
    try:
        with time_budget(seconds):
            return analyse_article(raw, repeated, correction)
    except TooSlow as slow:
        return ArticleFailure(str(slow), "", message=str(slow))
    except Exception as error:  # noqa: BLE001 - one bad article must not sink the corpus
        return ArticleFailure(f"{type(error).__name__}: {error}", traceback.format_exc())


def _analyse_pickled(job: Job) -> bytes:
    """`_analyse_packed` in a worker, its outcome pickled there once: the pool sends these
    bytes, and the parent writes them as the cache entry as they are, instead of pickling
    the outcome again (0.5 of its 5.9 CPU s at 1,300 articles, growing with the corpus)."""
    return pickle.dumps(_analyse_packed(job), protocol=pickle.HIGHEST_PROTOCOL)


Computed = tuple[int, ArticleResult | ArticleFailure, bytes | None]
"""An article's index, its outcome and that outcome pickled (None: not pickled yet)."""


def analyse_all(
    raws: Sequence[RawArticle | Deferred],
    config: Config,
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
    cache: ArticleCache | None = None,
    article_timeout: float | None = DEFAULT_SECONDS,
    executor: MapExecutor | None = None,
    blocks: BlockMemo | None = None,
) -> list[ArticleResult | ArticleFailure]:
    """Run the per-article stages over the corpus: cached results first, the rest in parallel
    when there are many (on `executor`, e.g. a Dask cluster, when given, else in a local
    process pool). Results come back in input order whatever ran where. An article that
    takes over `article_timeout` seconds comes back as a failure saying so. `blocks`: the
    text articles' block keys kept from the last build (run/text_blocks.py)."""
    blocks = blocks if blocks is not None else BlockMemo()
    # deferred articles are HTML pages, which take no part in the repeated blocks
    texts = [r for r in raws if isinstance(r, RawArticle) and r.format != "html"]
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    # The results read live to the end of the build: frozen before the collector is back,
    # no collection walks them again (the first one after the pause walked every object
    # read: 0.25 of one added article's 2 CPU s at 5,000, more with every article). Those
    # computed are frozen as they are gathered (`_computed`); all until this block ends.
    with settled_heap():
        if executor is None and workers > 1:
            _found_while_warming(blocks, texts, {r.format for r in raws})
        repeated = repeated_among({r.id: blocks.of(r).file_keys for r in texts})
        work: list[Job] = [
            (raw, repeated, config.articles.get(raw.id), article_timeout) for raw in raws
        ]
        keys = [  # each keyed on the repeated blocks it can see, not the whole corpus's
            article_key(
                raw.id,
                raw.source,
                raw.format,
                blocks.digest(raw.text) if isinstance(raw, RawArticle) else digest_of(raw),
                _seen(raw, repeated, blocks),
                correction,
            )
            for raw, _, correction, _ in work
        ]
        with paused_then_settled():  # thousands of results, no cycle: none walks them
            results: list[ArticleResult | ArticleFailure | None] = [
                cache.get(key) if cache else None for key in keys
            ]
        todo = [i for i, result in enumerate(results) if not isinstance(result, ArticleResult)]
        if progress and len(todo) < len(work):
            progress(len(work) - len(todo))
        # closed at once on an interrupt, so the pool is shut down here as the build stops
        with closing(_computed(work, todo, workers, executor)) as computed:
            for index, result, pickled in computed:
                results[index] = result
                if cache is not None and isinstance(result, ArticleResult):
                    cache.put(keys[index], result, pickled)
                if progress:
                    progress(1)
        if cache is not None:
            cache.prune(set(keys))
    return [r for r in results if r is not None]


def _found_while_warming(blocks: BlockMemo, texts: Sequence[RawArticle], formats: set[str]) -> None:
    """When many texts are new to `blocks` (a first build), their blocks are found in a
    forked helper while the tables the pool's workers inherit are loaded here
    (run/startup: the two took one core one after the other). The pool will most likely
    fork: a text unknown to the memo has no cached result either (both are kept by the
    same build). Paused and collected as the pool's warm-up is (`_computed`)."""
    if len(blocks.unknown(texts)) < PARALLEL_FROM:
        return
    with paused_then_settled():
        # the warm-up's cycles collected before they are frozen with its tables: here,
        # beside the helper, not after its answer (a full walk, on one core while the
        # other idled); what is made after it (the blocks, the model) makes no cycle
        blocks_while_warming(blocks, texts, lambda: (warm(formats), gc.collect()))


def _seen(item: RawArticle | Deferred, repeated: frozenset[str], blocks: BlockMemo) -> str:
    """Digest of the repeated blocks the article's extraction can see (run/repeats_seen.py)."""
    seen = repeats_seen(item, repeated, lambda raw: blocks.of(raw).classified)
    return hashlib.sha256("\n".join(seen).encode()).hexdigest()


def _computed(
    work: Sequence[Job], todo: Sequence[int], workers: int, executor: MapExecutor | None
) -> Iterator[Computed]:
    """(index, result) of each article in `todo`, in order as each is done: on `executor`
    when given, in a forked process pool when there are many, else here. The results
    made here with the collector paused are frozen when the last is given, before it is
    back: its first collection would walk them all (`analyse_all` unfreezes them)."""
    if executor is not None and todo:
        # read here: the cluster's machines need not see the seeds folder
        ready = [_read_here(work[i]) for i in todo]
        for index, outcome in zip(todo, executor.map(_analyse_packed, ready), strict=True):
            yield index, outcome, None
    elif workers > 1 and len(todo) >= PARALLEL_FROM:
        # The first article runs here: it loads the lexicons and compiles the patterns,
        # which forked workers then inherit instead of each loading them again. Paused:
        # what they load lives to the end, and the collections it set off walked it all
        # again (0.3 of the 1.1 CPU s that a corpus of texts spends here, on one core).
        first, rest = todo[0], todo[1:]
        with paused_then_settled():
            done = _analyse_packed(work[first])
            warm({work[i][0].format for i in rest})  # what the first article did not load
            # Their reference cycles (dateparser's, the spelling checker's: 66 MB) would be
            # frozen with the tables and carried to the end of the build (its peak is in
            # the render); collected here, the walk covers only what was loaded since the
            # results were frozen.
            gc.collect()
        yield first, done, None
        with (
            settled_heap(),
            paused_then_settled(),  # the pause inherited by the forked workers
            ProcessPoolExecutor(max_workers=workers, mp_context=fork_context()) as pool,
        ):
            fresh = pool.map(_analyse_pickled, [work[i] for i in rest], chunksize=4)
            for index, pickled in zip(rest, fresh, strict=True):
                yield index, pickle.loads(pickled), pickled
    else:
        with paused_then_settled():
            for index in todo:
                yield index, _analyse_packed(work[index]), None


def _read_here(job: Job) -> Job:
    """The job with its article's text (a changed file stays deferred: its worker says so)."""
    try:
        return (loaded(job[0]), *job[1:])
    except Changed:
        return job


def with_corpus_dates(
    results: Sequence[ArticleResult], kept: Kept | None = None
) -> list[ArticleResult]:
    """The results with each article its own text left undated dated by the dated articles
    alike it (`dating.corpus`), its timexes read against that window and its events re-dated.

    This runs after the per-article stage (and its cache), which never sees other articles.
    Should it raise, the undated articles stay undated, each with a warning saying why.
    `kept`: what the last build worked out per article, read back (run/kept.py).
    """
    failed: list[str] = []
    corpus = [(r.article, r.timexes) for r in results]
    parts, near = through(kept, article_words), through(kept, infer_near)
    numbering = kept.words if kept is not None else None
    inferred = _or_else(
        failed,
        "corpus dating",
        None,
        lambda: infer_corpus(corpus, parts=parts, near=near, numbering=numbering),
    )
    if inferred is None:
        return [
            _with_warnings(r, tuple(failed)) if r.article.published is None else r for r in results
        ]
    return [
        r if d is None else _redated(r, d, kept) for r, d in zip(results, inferred, strict=True)
    ]


def _with_warnings(result: ArticleResult, warnings: tuple[str, ...]) -> ArticleResult:
    article = replace(result.article, warnings=result.article.warnings + warnings)
    return replace(result, article=article, failed=result.failed + warnings)


def _redated(
    result: ArticleResult, dated: dating.DateInference, kept: Kept | None = None
) -> ArticleResult:
    article = with_inferred_date(result.article, dated, "in the text and the corpus")
    failed: list[str] = []
    window_timexes = through(kept, dating.window_timexes)
    timexes = _or_else(failed, "time expressions", result.timexes, window_timexes, article)
    dated_clauses = through(kept, event_stage.dated_clauses)
    clauses = _or_else(failed, "events", result.clauses, dated_clauses, article, timexes)
    return _with_warnings(
        replace(result, article=article, timexes=timexes, clauses=clauses), tuple(failed)
    )


def build_briefing(
    results: Sequence[ArticleResult],
    config: Config,
    kept: Kept | None = None,
    reports: ReportMemo | None = None,
    actors: ActorMemo | None = None,
) -> Briefing:
    """The whole corpus → Briefing (undated articles first dated by the corpus); `kept`:
    per-article parts of the link step kept from the last build (run/kept.py); `reports`:
    merging's, per report (events/report_memo.py); `actors`: the actors' records
    (actors/resolve_memo.py)."""
    # paused: the corpus's objects are many, and what the link step makes is freed by
    # reference counting; a full collection walked them all, more than once at 5,000
    with collector_paused():
        results = with_corpus_dates(results, kept)
        return link(
            [r.article for r in results],
            [r.actors for r in results],
            [r.timexes for r in results],
            [r.clauses for r in results],
            config,
            reports,
            actors,
        )
