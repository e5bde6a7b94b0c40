"""The cache folder's files (article cache, build stamp, history, link memo) are written
whole or not at all, by one function; a file that cannot be written raises nothing and
leaves no temporary file behind."""

from __future__ import annotations

from generator.cache import write_whole


def test_a_file_is_written_whole_in_a_made_folder(tmp_path):
    target = tmp_path / "made" / "record.bin"
    write_whole(target, b"first")
    write_whole(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert sorted(p.name for p in target.parent.iterdir()) == ["record.bin"]


def test_a_file_that_cannot_be_written_raises_nothing_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "record.bin"
    target.mkdir()  # a folder where the file should go: the final replace fails
    (target / "inside").write_text("kept")
    write_whole(target, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["record.bin"]
    assert target.is_dir() and (target / "inside").read_text() == "kept"
