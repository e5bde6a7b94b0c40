"""The render runs with the collector paused and leaves what it made settled
(generator/render/__init__.py, `render_changed`; render/record.py, `load`): with it on,
each collection walked the keys, findings and memo the render makes, again and again."""

import gc

import generator.render as rendering
from generator.render import record as render_record
from generator.run.processes import settled_heap


def _watched(monkeypatch, module, name: str) -> list[bool]:
    """Whether the collector was on at each call of `module.name`."""
    seen: list[bool] = []
    original = getattr(module, name)

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, watching)
    return seen


def test_the_render_runs_paused_and_gives_the_collector_back(briefing, monkeypatch):
    seen = _watched(monkeypatch, rendering, "_site_pages")
    was_enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    gc.enable()
    try:
        files = rendering.render_changed(briefing, jobs=1).files
        assert gc.isenabled() and gc.get_freeze_count() == frozen  # alone: nothing left frozen
    finally:
        if not was_enabled:
            gc.disable()
    assert seen == [False]
    assert "index.md" in files


def test_in_a_settled_heap_what_the_render_made_stays_frozen(briefing):
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        with settled_heap():
            rendered = rendering.render_changed(briefing, jobs=1)
            assert gc.isenabled() and gc.is_tracked(rendered)
            walked = {id(o) for o in gc.get_objects()}
            assert id(rendered) not in walked  # frozen: no collection walks it again
        assert id(rendered) in {id(o) for o in gc.get_objects()}  # given back with the heap
    finally:
        if not was_enabled:
            gc.disable()


def test_the_record_is_read_paused(tmp_path, monkeypatch):
    seen = _watched(monkeypatch, render_record.record_parts, "load")
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        assert render_record.load(tmp_path / render_record.RENDER_RECORD) == {}
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()
    assert seen == [False]
