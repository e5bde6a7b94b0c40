"""The render record (render/record.py): one checksummed pickle; a damaged or foreign record
is ignored; a kept page whose stat signature is unchanged is not read back, one whose
signature changed is read and checked, and an edited one is rendered again."""

import os
from pathlib import Path

import pytest

import generator.render as rendering
from generator import pipeline
from generator.ingest import read_seeds
from generator.render import record, reuse
from generator.settings.config import Config
from generator.website.site import write_files

from .conftest import write_corpus
from .test_render_reuse import ADDED, ARTICLES


@pytest.fixture(scope="module")
def briefing(tmp_path_factory):
    seeds = write_corpus(
        tmp_path_factory.mktemp("record") / "seeds", {**ARTICLES, "appeal.txt": ADDED}
    )
    raws, _ = read_seeds(seeds)
    return pipeline.build_briefing(pipeline.analyse_all(raws, Config(), jobs=1), Config())


def _first(briefing, tmp_path: Path) -> tuple[Path, Path, rendering.Rendered]:
    """A full render written into docs, and its record saved (signatures taken)."""
    docs = tmp_path / "docs"
    first = rendering.render_changed(briefing, jobs=1, previous={}, docs_dir=docs)
    write_files(docs, first.files)
    path = tmp_path / record.RENDER_RECORD
    record.save(path, first.record)
    return docs, path, first


def test_a_saved_record_loads_back_with_every_page_signed(briefing, tmp_path):
    docs, path, first = _first(briefing, tmp_path)
    units = record.load(path)
    assert {n: (u.key, u.pages) for n, u in units.items()} == first.record.units
    page = "articles/ferry.md"
    (unit,) = [u for u in units.values() if page in u.pages]
    stat = os.stat(docs / page)
    assert unit.signatures[page] == (stat.st_ino, stat.st_size, stat.st_mtime_ns)


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign", "old json"])
def test_a_damaged_or_foreign_record_is_ignored(briefing, tmp_path, monkeypatch, damage):
    _docs, path, _first_render = _first(briefing, tmp_path)
    data = path.read_bytes()
    if damage == "flip":
        data = data[:-10] + bytes([data[-10] ^ 1]) + data[-9:]
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "foreign":
        monkeypatch.setattr(record, "generator_digest", lambda: "another generator")
    else:
        data = b'{"version": 1, "units": {}}'
    path.write_bytes(data)
    assert record.load(path) == {}


def test_a_page_with_its_signature_is_kept_unread(briefing, tmp_path, monkeypatch):
    docs, path, first = _first(briefing, tmp_path)
    monkeypatch.setattr(reuse, "_bytes_digest", lambda _p: pytest.fail("a signed page was read"))
    again = rendering.render_changed(
        briefing, jobs=1, previous=record.load(path), docs_dir=docs, texts=False, sink=dict
    )
    assert "articles/ferry.md" in again.kept
    assert again.record == first.record


def test_a_page_with_another_signature_is_read_and_an_edited_one_rendered(briefing, tmp_path):
    docs, path, first = _first(briefing, tmp_path)
    same, edited = "articles/ferry.md", "articles/appeal.md"
    text = (docs / same).read_bytes()
    (docs / same).unlink()
    (docs / same).write_bytes(text)  # same bytes, another inode and time: read, then kept
    original = (docs / edited).read_bytes()
    forged = original.replace(b"a", b"e", 1)
    assert len(forged) == len(original) and forged != original
    stat = os.stat(docs / edited)
    (docs / edited).write_bytes(forged)  # same size, in place
    os.utime(docs / edited, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    sunk: dict = {}
    again = rendering.render_changed(
        briefing, jobs=1, previous=record.load(path), docs_dir=docs, texts=False, sink=sunk.update
    )
    assert same in again.kept and same not in sunk
    assert edited not in again.kept and edited in sunk
    assert sunk[edited] == first.files[edited]
    assert again.files[edited] == reuse.text_digest(first.files[edited])
