"""The per-article map runs on Dask as it runs locally: same results, same order."""

import pytest
from dask.distributed import Client, LocalCluster

from generator import pipeline
from generator.ingest import read_seeds
from generator.run import executors
from generator.settings.config import Config

from ..conftest import ROOT


@pytest.fixture(scope="module")
def client():
    # One in-process worker with two threads: a cluster on one machine, started quickly.
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def test_extraction_on_dask_equals_the_local_run(client):
    raws, _ = read_seeds(ROOT / "seeds")
    local = pipeline.analyse_all(raws, Config(), jobs=1)
    seen: list[int] = []
    remote = pipeline.analyse_all(
        raws, Config(), executor=executors.DaskExecutor(client), progress=seen.append
    )
    assert remote == local
    assert len(seen) == len(raws)


def test_an_article_that_raises_on_dask_is_reported_not_fatal(client, monkeypatch):
    raws, _ = read_seeds(ROOT / "seeds")

    def analyse(raw, repeated, correction):
        if raw.id == raws[0].id:
            raise ValueError("broken on purpose")
        return real(raw, repeated, correction)

    real = pipeline.analyse_article
    monkeypatch.setattr(pipeline, "analyse_article", analyse)  # the worker runs in-process
    results = pipeline.analyse_all(raws, Config(), executor=executors.DaskExecutor(client))
    assert isinstance(results[0], pipeline.ArticleFailure)
    assert "broken on purpose" in results[0].error
    assert all(isinstance(r, pipeline.ArticleResult) for r in results[1:])


def test_the_environment_variable_chooses_the_cluster(client):
    assert executors.from_environment({}) is None
    chosen = executors.from_environment({executors.SCHEDULER_VARIABLE: client.scheduler.address})
    assert isinstance(chosen, executors.DaskExecutor)
    assert list(chosen.map(len, ["ab", "c"])) == [2, 1]
    chosen.client.close()
