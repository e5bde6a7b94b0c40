"""`digests.holds_exactly`: the answer of comparing a folder's `file_digests`, reading no
file when the names differ and stopping at the first file that differs."""

import pytest

from generator.website import digests
from generator.website.digests import file_digests, holds_exactly


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text("one", encoding="utf-8")
    (tmp_path / "a" / "two.md").write_text("two", encoding="utf-8")
    (tmp_path / "index.md").write_text("index", encoding="utf-8")
    return tmp_path


@pytest.fixture
def reads(monkeypatch):
    paths: list[str] = []
    real = digests.file_digest
    monkeypatch.setattr(digests, "file_digest", lambda path: paths.append(path) or real(path))
    return paths


def test_the_same_files_are_held(folder, reads):
    wanted = file_digests(folder)
    reads.clear()
    assert holds_exactly(folder, wanted)
    assert len(reads) == 3


def test_an_added_or_removed_file_is_seen_without_reading_any(folder, reads):
    wanted = file_digests(folder)
    reads.clear()
    assert not holds_exactly(folder, {**wanted, "a/three.md": b"x"})
    assert not holds_exactly(folder, {k: v for k, v in wanted.items() if k != "index.md"})
    assert reads == []


def test_a_changed_file_stops_the_reading(folder, reads):
    wanted = file_digests(folder)
    (folder / "a" / "one.md").write_text("One", encoding="utf-8")
    reads.clear()
    assert not holds_exactly(folder, wanted)
    assert len(reads) == 1  # a/one.md comes first
    assert holds_exactly(folder, file_digests(folder))
    assert not holds_exactly(folder / "missing", wanted) and holds_exactly(folder / "missing", {})


def test_files_below_names_each_file_relative_to_the_folder_however_it_is_given(
    folder, monkeypatch
):
    import os

    (folder / "a" / "deep" / "er").mkdir(parents=True)
    (folder / "a" / "deep" / "er" / "x.md").write_text("x", encoding="utf-8")
    expected = ["a/deep/er/x.md", "a/one.md", "a/two.md", "index.md"]
    monkeypatch.chdir(folder.parent)
    for given in (folder, folder.relative_to(folder.parent), folder / "a" / ".."):
        found = sorted(digests.files_below(given))
        assert [relative for relative, _path in found] == expected
        assert all(os.path.samefile(path, folder / relative) for relative, path in found)
