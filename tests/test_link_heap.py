"""The link step leaves what it made settled: the memo is saved with the collector still
paused, and the briefing is frozen before the collector is back, so no collection right
after the step walks every object of the briefing (generator/build.py, `analyse`)."""

import gc

from generator import build
from generator.run import kept as link_kept

from .conftest import write_corpus
from .test_corpus_dating import FERRY_1, FERRY_2, FERRY_UNDATED


def test_the_memo_is_saved_paused_and_the_briefing_ends_in_the_oldest_generation(
    tmp_path, monkeypatch
):
    seeds = write_corpus(
        tmp_path / "seeds", {"a.txt": FERRY_1, "b.txt": FERRY_2, "c.txt": FERRY_UNDATED}
    )
    options = build.Options(
        seeds,
        tmp_path / "docs",
        tmp_path / "site",
        None,
        None,
        True,
        False,
        1,
        cache_dir=tmp_path / ".briefing-cache",
    )
    saved: list[bool] = []
    save = link_kept.save
    monkeypatch.setattr(link_kept, "save", lambda *a: (saved.append(gc.isenabled()), save(*a))[1])
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        analysis = build.analyse(options, build.Hooks())
        assert gc.isenabled() and gc.get_freeze_count() == 0  # all given back
        oldest = {id(o) for o in gc.get_objects(generation=2)}
    finally:
        if not was_enabled:
            gc.disable()
    assert saved == [False]
    briefing = analysis.briefing
    assert {id(briefing), id(briefing.articles), id(briefing.actors)} <= oldest
    assert (tmp_path / ".briefing-cache" / link_kept.FILE_NAME).is_file()
