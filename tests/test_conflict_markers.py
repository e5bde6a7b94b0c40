"""No file of the repository keeps a merge's conflict markers: a merge resolved by hand once
left one in the README, and nothing failed. The check is run on a planted file too."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = {".git", ".venv", "site", "node_modules", ".briefing-cache", "__pycache__"}
TEXT = {
    ".py",
    ".md",
    ".toml",
    ".yml",
    ".yaml",
    ".json",
    ".tsv",
    ".txt",
    ".cfg",
    ".html",
    ".css",
    ".js",
}
MARKER = re.compile(r"^(<{7} |>{7} |={7}$)", re.MULTILINE)


def marked_files(root: Path) -> list[str]:
    """Text files under `root` (outside build and tool folders) holding a conflict marker."""
    found = []
    for path in sorted(root.rglob("*")):
        parts = set(path.relative_to(root).parts)
        if parts & SKIPPED or path.suffix not in TEXT or not path.is_file():
            continue
        if MARKER.search(path.read_text(encoding="utf-8", errors="replace")):
            found.append(path.relative_to(root).as_posix())
    return found


def test_no_file_keeps_conflict_markers():
    assert marked_files(ROOT) == []


def test_a_planted_conflict_is_found(tmp_path):
    (tmp_path / "notes.md").write_text("a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> other\n")
    (tmp_path / "fine.md").write_text("text with ======= inside a line\n")
    assert marked_files(tmp_path) == ["notes.md"]
