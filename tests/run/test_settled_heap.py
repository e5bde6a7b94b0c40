"""The heap settles once per build: after the link step, the corpus and its briefing are
frozen for the rest of the build, and an inner settled block leaves them frozen."""

from __future__ import annotations

import gc

import pytest

from generator.findings import history
from generator.run.processes import paused_then_settled, settled_heap
from tests.conftest import build_cli, write_corpus


def test_an_inner_settled_block_leaves_the_outer_ones_heap_frozen():
    assert gc.get_freeze_count() == 0
    with settled_heap():
        outer = gc.get_freeze_count()
        assert outer > 0
        with settled_heap():
            pass
        assert gc.get_freeze_count() >= outer  # still frozen: the outer block owns it
    assert gc.get_freeze_count() == 0


def test_the_steps_after_the_link_run_on_a_settled_heap(tmp_path, monkeypatch):
    """History, render and the rest find the briefing frozen (no collection walks the
    link step's objects again), and the build lets the collector back when it ends."""
    seen = []
    summarise = history.summarise

    def watched(briefing):
        seen.append(gc.get_freeze_count())
        return summarise(briefing)

    monkeypatch.setattr(history, "summarise", watched)
    seeds = write_corpus(
        tmp_path / "seeds",
        {"a.txt": "Published 2021-03-09\n\nTalks between Corvia and Dalmark opened on Monday."},
    )
    build_cli(seeds, "--docs-dir", str(tmp_path / "docs"), "--no-site", "--quiet")
    assert len(seen) == 1 and seen[0] > 0
    assert gc.get_freeze_count() == 0


def test_what_a_paused_block_made_is_frozen_as_it_ends_and_let_go_with_the_outer_heap():
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    with settled_heap():
        before = gc.get_freeze_count()
        with paused_then_settled():
            assert not gc.isenabled()
            made = [[number] for number in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(made)
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), paused_then_settled():
        raise RuntimeError("stopped")
    assert gc.get_freeze_count() == 0 and gc.isenabled()
