"""What extraction keeps in the parent stays out of the collector's way: results read from
the cache are frozen before the collector is back, and outcomes computed in the pool are
written to the cache as the bytes their worker pickled (the parent pickles none again)."""

from __future__ import annotations

import gc
import os
import pickle

from generator import pipeline
from generator.cache import ArticleCache
from generator.models import RawArticle
from generator.settings.config import Config

TEXTS = {
    "harbour": "Harbour talks resume in Valletta\n\nThe mayor, Anna Borg, said the talks "
    "would go on for a week, and that both towns would meet again on 3 March 2021.",
    "bridge": "Bridge reopens in Corvia\n\nThe engineer, Tomas Vell, said the bridge over "
    "the Lenna had been repaired after the floods of 12 May 2020, officials said.",
    "market": "Market hall sold\n\nThe council of Dalmark sold the old market hall to a "
    "cooperative on Friday, its chair, Ines Marr, said in a statement.",
}


def _raws(*names: str) -> list[RawArticle]:
    return [RawArticle(id=n, source=f"{n}.txt", text=TEXTS[n], format="text") for n in names]


def test_results_read_from_the_cache_are_frozen_while_the_others_are_extracted(
    tmp_path, monkeypatch
):
    cache = ArticleCache(tmp_path / "cache")
    pipeline.analyse_all(_raws("harbour"), Config(), jobs=1, cache=cache)
    tracked: list[set[int]] = []
    analyse = pipeline.analyse_article

    def watched(raw, *rest):
        tracked.append({id(o) for o in gc.get_objects()})
        return analyse(raw, *rest)

    monkeypatch.setattr(pipeline, "analyse_article", watched)
    read, computed = pipeline.analyse_all(_raws("harbour", "bridge"), Config(), 1, cache=cache)
    assert len(tracked) == 1  # only the bridge was extracted: the harbour was read
    assert id(read) not in tracked[0] and id(read.article) not in tracked[0]
    assert gc.get_freeze_count() == 0  # let go when the extraction ends
    assert computed.article.id == "bridge"


def test_the_pools_outcomes_are_kept_as_their_workers_pickled_them(tmp_path, monkeypatch):
    """The cache entries equal a serial run's results, and the parent pickled only the
    outcome it computed itself (the first article, run before the pool forks)."""
    serial = pipeline.analyse_all(_raws(*TEXTS), Config(), jobs=1)
    parent, dumps = os.getpid(), pickle.dumps
    in_parent: list[str] = []

    def watched(value, *args, **kwargs):
        if os.getpid() == parent and isinstance(value, pipeline.ArticleResult):
            in_parent.append(value.article.id)
        return dumps(value, *args, **kwargs)

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pickle, "dumps", watched)
    cache = ArticleCache(tmp_path / "cache")
    pooled = pipeline.analyse_all(_raws(*TEXTS), Config(), jobs=2, cache=cache)
    monkeypatch.setattr(pickle, "dumps", dumps)
    assert in_parent == ["harbour"]
    assert pooled == serial
    entries = sorted((tmp_path / "cache").rglob("*.pickle"))
    assert len(entries) == len(TEXTS)
    kept = [cache.get(path.stem) for path in entries]  # sealed: read as the build reads them
    assert sorted(kept[i].article.id for i in range(len(kept))) == sorted(TEXTS)
    assert all(result in serial for result in kept)


def test_a_pooled_build_reads_back_what_it_kept(tmp_path, monkeypatch):
    """A second run computes nothing and gives the same results (entries written from the
    workers' bytes are whole pickles of the outcomes)."""
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    cache = ArticleCache(tmp_path / "cache")
    first = pipeline.analyse_all(_raws(*TEXTS), Config(), jobs=2, cache=cache)
    monkeypatch.setattr(pipeline, "analyse_article", lambda *a: 1 / 0)
    again = pipeline.analyse_all(_raws(*TEXTS), Config(), jobs=2, cache=cache)
    assert again == first


def test_the_first_article_and_the_warm_up_run_with_the_collector_paused(monkeypatch):
    """What the parent loads before the pool forks lives to the end: no collection walks
    it while it is loaded, and the collector is back (nothing left frozen) afterwards."""
    parent, analyse = os.getpid(), pipeline.analyse_article
    collecting: list[tuple[str, bool]] = []

    def watched(raw, *rest):
        if os.getpid() == parent:
            collecting.append((raw.id, gc.isenabled()))
        return analyse(raw, *rest)

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline, "analyse_article", watched)
    monkeypatch.setattr(pipeline, "warm", lambda _: collecting.append(("warm", gc.isenabled())))
    assert gc.isenabled()
    results = pipeline.analyse_all(_raws(*TEXTS), Config(), jobs=2)
    # the first warm-up beside the helper that finds the texts' blocks (run/startup); the
    # second, after the first article, finds all loaded
    assert collecting == [("warm", False), ("harbour", False), ("warm", False)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert [r.article.id for r in results] == list(TEXTS)


class _Loaded:
    """Stands for a table the warm-up loads, caught in a reference cycle."""

    def __init__(self):
        self.itself = self


def test_the_warm_ups_reference_cycles_are_not_frozen_into_the_build(monkeypatch):
    """The first article and the warm-up run with the collector paused before the pool
    forks; their garbage cycles are collected there, not frozen to the end of the build."""
    import weakref

    left: list[weakref.ref] = []

    def warm(_formats):
        left.append(weakref.ref(_Loaded()))  # garbage at once, but for its cycle

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline, "warm", warm)
    gc.collect()
    with pipeline.settled_heap():  # the build's own: nothing collected after it ends
        pipeline.analyse_all(_raws(*TEXTS), Config(), jobs=2)
        # both warm-ups' cycles: beside the blocks' helper (run/startup), and the pool's
        assert len(left) == 2 and all(ref() is None for ref in left)
