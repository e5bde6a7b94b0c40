"""The kept actor resolution written as its difference from the last whole one
(actors/resolve_delta.py, resolve_memo.save): read back, it is the resolution saved, in
value and in each dict's order, build after build; a damaged difference, or one written
against another whole file, is an empty memo; a large one is written whole."""

from __future__ import annotations

import tempfile
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.actors import extract_actors, resolve_memo
from generator.actors.resolve_delta import applied, difference
from generator.actors.resolve_memo import ADDED_NAME, FILE_NAME, ActorMemo
from generator.actors.resolve_state import Resolution
from tests.actors.test_actors import make
from tests.actors.test_resolve_memo import article_actors, resolved


def _same(read: Resolution, saved: Resolution) -> None:
    """Equal, and every dict (the index's map too) in the same order."""
    assert read == saved
    for field in fields(Resolution):
        value = getattr(saved, field.name)
        if isinstance(value, dict):
            assert list(getattr(read, field.name)) == list(value), field.name
    assert list(read.index.local_to_global) == list(saved.index.local_to_global)


def _build(folder: Path, corpus) -> tuple[object, ActorMemo]:
    """One build of `corpus` with the memo kept in `folder`: its index, and its memo."""
    memo = resolve_memo.load(folder)
    index = resolved(corpus, memo)
    resolve_memo.save(folder, memo)
    return index, memo


@settings(max_examples=150, deadline=None)
@given(st.data(), st.integers(3, 7))
def test_articles_added_one_by_one_read_back_as_saved(data, count):
    corpus = [data.draw(article_actors(f"a{k}")) for k in range(count)]
    order = data.draw(st.permutations(range(count)))
    with tempfile.TemporaryDirectory() as name, pytest.MonkeyPatch.context() as patch:
        patch.setattr(resolve_memo, "WHOLE_FROM", data.draw(st.sampled_from([0.25, 100.0])))
        folder = Path(name)
        so_far = []
        for k in order:
            so_far = sorted([*so_far, corpus[k]], key=lambda f: f.article)
            index, memo = _build(folder, so_far)
            assert index == resolved(so_far)
            if memo.state is not None:
                _same(resolve_memo.load(folder).known, memo.state)


def _three(folder: Path):
    found = [
        extract_actors(make(text, aid=aid))
        for text, aid in (
            ("Rosa Delgado met Hugo Brandt in Lima. NATO joined.", "a1"),
            ("Odile Varenne spoke to the press in Quito.", "a2"),
            ("Hugo Brandt and Odile Varenne met again.", "a3"),
        )
    ]
    _build(folder, found[:2])
    _, memo = _build(folder, found)
    return found, memo


@pytest.fixture(autouse=True)
def small_differences_kept(monkeypatch):
    """An invented corpus is small: any difference is a large share of it."""
    monkeypatch.setattr(resolve_memo, "WHOLE_FROM", 100.0)


def test_an_added_resolution_is_written_as_its_difference(tmp_path):
    found, memo = _three(tmp_path)
    assert memo.added and (tmp_path / ADDED_NAME).exists()
    read = resolve_memo.load(tmp_path)
    _same(read.known, memo.state)
    assert read.base is not None and read.base[0] != read.known  # the whole file is older
    assert resolved(found, read) == resolved(found)


def test_a_large_difference_is_written_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(resolve_memo, "WHOLE_FROM", 0.0)
    _, memo = _three(tmp_path)
    assert memo.added and not (tmp_path / ADDED_NAME).exists()
    read = resolve_memo.load(tmp_path)
    assert read.base[0] == read.known == memo.state


@pytest.mark.parametrize("damage", ["flip", "cut", "other whole"])
def test_a_damaged_or_foreign_difference_is_an_empty_memo(tmp_path, damage):
    found, memo = _three(tmp_path)
    path = tmp_path / ADDED_NAME
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[-3] ^= 0xFF
        path.write_bytes(bytes(data))
    elif damage == "cut":
        path.write_bytes(bytes(data[:-10]))
    else:  # the whole file written again since: the difference is another's
        whole = ActorMemo()
        resolved(found[:1], whole)
        resolve_memo.save(tmp_path, whole)
        path.write_bytes(bytes(data))
    read = resolve_memo.load(tmp_path)
    assert read is not None and read.known is None
    assert resolved(found, read) == resolved(found)
    resolve_memo.save(tmp_path, read)  # resolved whole: written whole, no difference left
    assert (tmp_path / FILE_NAME).exists() and not path.exists()
    _same(resolve_memo.load(tmp_path).known, read.state)


def test_the_difference_keeps_what_is_not_the_base_s_object():
    found = [
        extract_actors(make("Rosa Delgado met Hugo Brandt in Lima.", aid="a1")),
        extract_actors(make("Hugo Brandt spoke in Quito.", aid="a2")),
    ]
    memo = ActorMemo()
    resolved(found[:1], memo)
    base = memo.state
    again = ActorMemo(base, (base, b"", 0))
    resolved(found, again)
    changes = difference(base, again.state)
    assert "leaders" not in changes or changes["leaders"][0] == "whole"
    how, index = changes["index"]
    assert how == "actors"
    assert {a.id for a in index["actors"]} <= {a.id for a in again.state.index.actors}
    _same(applied(base, changes), again.state)
    assert difference(base, base) == {}
