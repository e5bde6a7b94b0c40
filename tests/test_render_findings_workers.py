"""The findings found in forked workers (render/findings_workers.py) are those found one
after the other: split in two workers (nothing known yet) or both in one worker that then
makes what needs them; an error in a worker is raised here."""

import multiprocessing

import pytest

from generator import pipeline
from generator.findings.parts import Memo
from generator.ingest import read_seeds
from generator.render import findings_workers as findings
from generator.settings.config import Config

from .conftest import counted_forks, write_corpus

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="findings workers are forked"
)

ARTICLES = {
    "dam.txt": (
        "Dam repairs begin at Kessel\n\nPublished 3 May 2021\n\n"
        "Repairs on the Kessel dam began on Monday, the Vanter Water Board said. "
        "The board said 1,200 homes were flooded in April.\n"
    ),
    "flood.txt": (
        "Kessel counts the cost\n\nPublished 5 May 2021\n\n"
        "About 900 homes were flooded in April, Mayor Ilse Brandt said on Wednesday. "
        "The Vanter Water Board denied that the dam had failed.\n"
    ),
}


@pytest.fixture(scope="module")
def briefing(tmp_path_factory):
    seeds = write_corpus(tmp_path_factory.mktemp("workers") / "seeds", ARTICLES)
    raws, _ = read_seeds(seeds)
    return pipeline.build_briefing(pipeline.analyse_all(raws, Config(), jobs=1), Config())


def _then(points, found) -> tuple[int, int]:
    return len(points), len(found)


@pytest.mark.parametrize(("split", "workers"), [(False, 1), (True, 2)])
def test_workers_find_what_one_process_finds(briefing, monkeypatch, split, workers):
    serial_memo, memo = Memo(), Memo()
    serial = findings.find(briefing, 1, lambda: "here", serial_memo, _then)
    monkeypatch.setattr(findings, "PARALLEL_FROM_ARTICLES", 1)
    forked = counted_forks(monkeypatch)
    found = findings.find(briefing, 2, lambda: "here", memo, _then, split=split)
    assert len(forked) == workers and serial[0]
    assert found == serial and found[2:] == ("here", (len(found[0]), len(found[1])))
    assert memo.used == serial_memo.used and memo.used  # the workers' entries, handed back


def test_an_error_in_a_worker_is_raised_here(briefing, monkeypatch):
    monkeypatch.setattr(findings, "PARALLEL_FROM_ARTICLES", 1)

    def broken(_points, _found):
        raise ValueError("no data file today")

    with pytest.raises(ValueError, match="no data file today"):
        findings.find(briefing, 2, lambda: "here", Memo(), broken)
