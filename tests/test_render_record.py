"""The render record (render/record.py): one checksummed pickle; a damaged or foreign record
is ignored; a kept page whose stat signature is unchanged is not read back, one whose
signature changed is read and checked, and an edited one is rendered again."""

import os
from pathlib import Path

import pytest

import generator.render as rendering
from generator import pipeline
from generator.ingest import read_seeds
from generator.render import record, record_parts, reuse
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
    assert {n: (u.key, u.pages) for n, u in units.items() if u.pages} == first.record.units
    assert {n: u.key for n, u in units.items() if not u.pages} == first.record.parts
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
        monkeypatch.setattr(record_parts, "generator_digest", lambda: "another generator")
    else:
        data = b'{"version": 1, "units": {}}'
    path.write_bytes(data)
    assert not any(unit.pages for unit in record.load(path).values())
    if damage == "foreign":
        assert record.load(path) == {}  # its parts, of another generator, are ignored too


def test_a_page_with_its_signature_is_kept_unread(briefing, tmp_path, monkeypatch):
    docs, path, first = _first(briefing, tmp_path)
    monkeypatch.setattr(reuse, "_bytes_digest", lambda _p: pytest.fail("a signed page was read"))
    again = rendering.render_changed(
        briefing, jobs=1, previous=record.load(path), docs_dir=docs, texts=False, sink=dict
    )
    assert "articles/ferry.md" in again.kept
    assert again.record.units == first.record.units


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


def test_signatures_are_taken_only_for_pages_not_kept_signed(briefing, tmp_path, monkeypatch):
    """Saving the record stats only the pages that were not kept with their recorded
    signature (linked, they still have it): the others' signatures are carried over."""
    docs, path, _first_render = _first(briefing, tmp_path)
    again = rendering.render_changed(
        briefing, jobs=1, previous=record.load(path), docs_dir=docs, texts=False, sink=dict
    )
    assert again.kept
    stated: list[str] = []
    taking = record.signature
    monkeypatch.setattr(record, "signature", lambda p: stated.append(str(p)) or taking(p))
    record.save(path, again.record)
    assert not any(page in p for p in stated for page in again.kept)
    units = record.load(path)
    signed = {p: s for u in units.values() for p, s in u.signatures.items()}
    for page in again.kept:
        stat = os.stat(docs / page)
        assert signed[page] == (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def test_a_page_kept_by_its_digest_is_signed_again(briefing, tmp_path):
    """A kept page whose signature had changed (same bytes, another inode) was read and
    found unchanged: its new signature is taken when the record is saved."""
    docs, path, _first_render = _first(briefing, tmp_path)
    page = "articles/ferry.md"
    text = (docs / page).read_bytes()
    (docs / page).unlink()
    (docs / page).write_bytes(text)
    again = rendering.render_changed(
        briefing, jobs=1, previous=record.load(path), docs_dir=docs, texts=False, sink=dict
    )
    assert page in again.kept and page not in again.record.signed
    record.save(path, again.record)
    stat = os.stat(docs / page)
    (unit,) = [u for u in record.load(path).values() if page in u.pages]
    assert unit.signatures[page] == (stat.st_ino, stat.st_size, stat.st_mtime_ns)
