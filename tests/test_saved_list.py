"""A bench listing saved and compared with a saved one, on invented entries."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from saved_list import save_and_diff  # noqa: E402


def test_a_listing_is_saved_sorted_and_its_changes_named(tmp_path, capsys):
    saved = tmp_path / "before.json"
    save_and_diff({"b\tVelk", "a\tOrna"}, {"--save": str(saved)}, hidden=False)
    assert json.loads(saved.read_text("utf-8")) == ["a\tOrna", "b\tVelk"]
    save_and_diff({"a\tOrna", "c\tTarsk"}, {"--diff": str(saved)}, hidden=False, prefix="read: ")
    assert capsys.readouterr().out.splitlines() == [
        "+\tc\tTarsk",
        "-\tb\tVelk",
        "read: added 1, removed 1 (against 2)",
    ]


def test_a_hidden_half_prints_only_counts(tmp_path, capsys):
    saved = tmp_path / "before.json"
    saved.write_text(json.dumps(["d1"]), "utf-8")
    save_and_diff({"d2"}, {"--diff": str(saved)}, hidden=True)
    assert capsys.readouterr().out == "added 1, removed 1 (against 1)\n"
