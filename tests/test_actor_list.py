"""The actor list's score against a hand-judged sample, on invented lines."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from actor_list import judged_counts  # noqa: E402


def test_only_the_judged_lines_still_listed_count(tmp_path):
    judged = tmp_path / "judged.tsv"
    judged.write_text(
        "# a comment\n"
        "a1\tperson\tAda Velk\tright\t\n"
        "a1\tstate\tChile\tfalse\tnationality\n"
        "a2\tperson\tRed Wing\twrong type\ta team\n",
        "utf-8",
    )
    lines = {"a1\tperson\tAda Velk", "a2\tperson\tRed Wing", "a3\tperson\tBo Lind"}
    assert judged_counts(lines, judged) == {"right": 1, "wrong type": 1}


def test_a_name_with_a_line_break_is_matched_as_written(tmp_path):
    judged = tmp_path / "judged.tsv"
    judged.write_text("a1\tperson\tAda Velk|Record Label\tboundary\t\n", "utf-8")
    assert judged_counts({"a1\tperson\tAda Velk\nRecord Label"}, judged) == {"boundary": 1}
