"""The throughput bench's parts: which articles it reads, how it times a stage, its rows."""

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import throughput  # noqa: E402
from split import part_of  # noqa: E402


def test_articles_are_one_part_of_each_folder_decoded(monkeypatch, tmp_path):
    folder = tmp_path / "article-extraction" / "text"
    folder.mkdir(parents=True)
    names = [f"page{n}.txt" for n in range(12)]
    for name in names:
        (folder / name).write_text(f"Text of {name}.\n", encoding="utf-8")
    monkeypatch.setattr(throughput, "BENCH", tmp_path)
    read = throughput.articles("scraped text", "read")
    unread = throughput.articles("scraped text", "unread")
    assert {a.source for a in read} == {
        f"article-extraction-{n}" for n in names if part_of(n) == "read"
    }
    assert len(read) + len(unread) == 12 and read and unread
    assert len(throughput.articles("scraped text", "both")) == 12
    assert all(a.format == "text" and a.text.startswith("Text of") for a in read)


def test_a_timed_function_counts_its_cpu_once_when_it_calls_itself():
    table: dict[str, float] = {}

    def busy(depth: int) -> int:
        end = time.process_time() + 0.02
        while time.process_time() < end:
            pass
        return depth if depth == 0 else wrapped(depth - 1)

    wrapped = throughput.timed(table, "busy", busy)
    assert wrapped(2) == 0
    assert table["busy"] == pytest.approx(0.06, abs=0.03)  # not 0.06 + 0.04 + 0.02


def test_rows_give_milliseconds_per_article_and_shares():
    measured = {"articles": 10, "total": 2.0, "stages": {"clean": 0.5, "actors": 1.0}}
    rows = throughput.stage_rows(measured)
    assert rows[0] == "| all stages | 200.0 | 100% |"
    assert "| clean | 50.0 | 25% |" in rows and "| actors | 100.0 | 50% |" in rows
    assert not any(row.startswith("| metadata") for row in rows)  # never called: no row
    row = throughput.throughput_row("text", {"articles": 100, "wall": 4.0, "cpu": 2.0})
    assert row == "| text | 100 | 4.0 s | 25.0 | 2.0 s | 20.0 | 100 |"


def test_every_timed_stage_is_a_function_the_pipeline_calls():
    """A renamed stage would be timed as nothing: each row names a function that exists."""
    import importlib

    for row, module, attribute in throughput.STAGES:
        assert callable(getattr(importlib.import_module(module), attribute)), row
