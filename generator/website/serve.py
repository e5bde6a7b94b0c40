"""`serve`'s live-reload loop, on MkDocs' public `LiveReloadServer` API only.

The server rebuilds when a watched file changes. An edit made during the first build,
before the watches existed, would be missed: so after the first build the inputs are
compared with a snapshot taken before it, and a change is passed on by rewriting a
trigger file of our own that the server watches (no private attribute of MkDocs is set).
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

Snapshot = tuple[tuple[str, int, int], ...]

TRIGGER_NAME = "rebuild"
"""The file, in serve's own temporary folder, whose change asks the server for a rebuild."""


def input_snapshot(seeds: Path, config: Path | None) -> Snapshot:
    """(path, size, mtime) of every seed and the config: cheap change detection."""
    paths = sorted(seeds.rglob("*")) if seeds.is_dir() else []
    if config is not None:
        paths.append(config)
    entries = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        entries.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


def request_rebuild(trigger: Path) -> None:
    """Change the trigger file (its size too, whatever the clock's resolution)."""
    count = len(trigger.read_text()) if trigger.is_file() else 0
    trigger.write_text("x" * (count + 1))


def rebuild_if_changed(trigger: Path, seeds: Path, config: Path | None, before: Snapshot) -> bool:
    """Ask for a rebuild when the inputs changed since `before`; True when it did."""
    if input_snapshot(seeds, config) == before:
        return False
    request_rebuild(trigger)
    return True


def serve_live(
    build: Callable[[Path, str], None],
    host: str,
    port: int,
    watched: list[Path],
    seeds: Path,
    config: Path | None,
) -> None:
    """Build into a temporary site folder with `build(site_dir, url)`, serve it, and build
    again whenever a watched path changes; until interrupted."""
    from mkdocs.livereload import LiveReloadServer

    work = Path(tempfile.mkdtemp(prefix="briefing-serve-"))
    site_dir, trigger = work / "site", work / TRIGGER_NAME
    site_dir.mkdir()
    trigger.write_text("")
    url = f"http://{host}:{port}/"
    server = LiveReloadServer(
        builder=lambda: build(site_dir, url), host=host, port=port, root=str(site_dir)
    )
    before = input_snapshot(seeds, config)
    build(site_dir, url)
    for path in (*watched, trigger):
        server.watch(str(path))
    threading.Timer(1.0, rebuild_if_changed, args=(trigger, seeds, config, before)).start()
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
