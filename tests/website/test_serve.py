"""serve: the catch-up rebuild goes through a watched trigger file, MkDocs' public API."""

from __future__ import annotations

import threading
import time

from generator.website.serve import input_snapshot, rebuild_if_changed, request_rebuild


def test_a_change_during_the_first_build_rewrites_the_trigger(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("one")
    trigger = tmp_path / "rebuild"
    trigger.write_text("")
    before = input_snapshot(seeds, None)
    assert not rebuild_if_changed(trigger, seeds, None, before)
    assert trigger.read_text() == ""
    (seeds / "a.txt").write_text("one, edited")
    assert rebuild_if_changed(trigger, seeds, None, before)
    assert trigger.read_text() == "x"


def test_livereload_server_rebuilds_when_the_trigger_changes(tmp_path):
    """Fails if MkDocs' LiveReloadServer stops rebuilding on a change to a watched file."""
    from mkdocs.livereload import LiveReloadServer

    trigger = tmp_path / "rebuild"
    trigger.write_text("")
    built = threading.Event()
    server = LiveReloadServer(
        builder=built.set, host="127.0.0.1", port=0, root=str(tmp_path), polling_interval=0.1
    )
    server.watch(str(trigger))
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        time.sleep(0.5)  # the observer's first snapshot
        assert not built.is_set()
        request_rebuild(trigger)
        assert built.wait(10)
    finally:
        server.shutdown()
        thread.join(5)
