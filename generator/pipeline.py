"""The pipeline in one place: ingest → clean → metadata → actors → timeline → link.

Per-article work (clean, metadata, actors, time expressions) is independent and pure,
so it runs in a process pool for large corpora; results are gathered in input order,
so a parallel run gives the same bytes as a serial one.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from . import actors as actor_stage
from . import clean as clean_stage
from . import metadata as metadata_stage
from . import timex as timex_stage
from .config import ArticleCorrection, Config
from .link import link
from .models import Article, ArticleActors, Briefing, RawArticle, Timex

PARALLEL_FROM = 48
"""Below this many articles a process pool costs more than it saves."""


@dataclass(frozen=True)
class ArticleResult:
    """Everything extracted from one article on its own."""

    article: Article
    actors: ArticleActors
    timexes: tuple[Timex, ...]


def analyse_article(
    raw: RawArticle, repeated: frozenset[str], correction: ArticleCorrection | None
) -> ArticleResult:
    """One raw article through every per-article stage."""
    cleaned = clean_stage.clean(raw, repeated)
    article = metadata_stage.extract_metadata(cleaned, correction)
    return ArticleResult(
        article=article,
        actors=actor_stage.extract_actors(article),
        timexes=timex_stage.article_timexes(article),
    )


@dataclass(frozen=True)
class ArticleFailure:
    """An article whose extraction raised: reported and skipped, never fatal to the build."""

    error: str
    trace: str


def _analyse_packed(
    job: tuple[RawArticle, frozenset[str], ArticleCorrection | None],
) -> ArticleResult | ArticleFailure:
    try:
        return analyse_article(*job)
    except Exception as error:  # noqa: BLE001 - one bad article must not sink the corpus
        return ArticleFailure(f"{type(error).__name__}: {error}", traceback.format_exc())


def analyse_all(
    raws: Sequence[RawArticle],
    config: Config,
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[ArticleResult | ArticleFailure]:
    """Run the per-article stages over the corpus, in parallel when it is large."""
    repeated = clean_stage.repeated_blocks(raws)
    work = [(raw, repeated, config.articles.get(raw.id)) for raw in raws]
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    results: list[ArticleResult | ArticleFailure] = []
    if workers > 1 and len(work) >= PARALLEL_FROM:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(_analyse_packed, work, chunksize=8):
                results.append(result)
                if progress:
                    progress(1)
    else:
        for job in work:
            results.append(_analyse_packed(job))
            if progress:
                progress(1)
    return results


def build_briefing(results: Sequence[ArticleResult], config: Config) -> Briefing:
    """The whole corpus → Briefing."""
    return link(
        [r.article for r in results],
        [r.actors for r in results],
        [r.timexes for r in results],
        config,
    )
