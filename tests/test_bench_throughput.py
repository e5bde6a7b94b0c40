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


def test_the_throughput_row_keeps_start_up_and_steady_state_apart():
    measured = {
        "articles": 101,
        "wall": 4.0,
        "start wall": 1.5,
        "start cpu": 1.0,
        "pooled": 100,
        "steady wall": 2.5,
        "steady parent cpu": 0.5,
        "steady workers cpu": 3.5,
    }
    row = throughput.throughput_row("text", measured)
    # steady: 4.0 CPU s for 100 articles = 40 ms, 50/s on two cores; the whole map:
    # 1.0 s on one core, then 4.0 s of CPU on two, 101 articles in 3.0 s
    assert row == (
        "| text | 101 | 4.0 s | 25.2 | 1.5 s, 1.0 s | 2.5 s, 0.5 + 3.5 s | 40.0 | 50 | 34 |"
    )
    serial = dict(measured, pooled=0, **{"steady parent cpu": 0.0, "steady workers cpu": 0.0})
    assert throughput.throughput_row("text", serial).endswith("| - | - | 101 |")
    # a helper found the blocks (0.4 s) beside the parent's 0.3 s warm-up: the start-up on
    # two idle cores is 1.0 - 0.3 + 0.4 s, then 2.0 s of the steady state
    helped = dict(measured, **{"helper cpu": 0.4, "beside cpu": 0.3})
    row = throughput.throughput_row("text", helped)
    assert "| 1.5 s, 1.0 s + helper 0.4 s beside 0.3 s |" in row and row.endswith("| 33 |")
    shorter = dict(measured, **{"helper cpu": 0.2, "beside cpu": 0.3})  # the warm-up counts
    assert throughput.throughput_row("text", shorter).endswith("| 34 |")


def test_a_corpus_folder_is_read_as_seeds_by_kind(tmp_path):
    (tmp_path / "one.txt").write_text("Text one.\n", encoding="utf-8")
    (tmp_path / "two.html").write_text("<html><body><p>Page two.</p></body></html>")
    texts = throughput.articles("scraped text", "read", str(tmp_path))
    pages = throughput.articles("saved HTML pages", "read", str(tmp_path))
    assert [(a.id, a.format) for a in texts] == [("one", "text")]
    assert [(a.id, a.format) for a in pages] == [("two", "html")]


def test_every_timed_stage_is_a_function_the_pipeline_calls():
    """A renamed stage would be timed as nothing: each row names a function that exists."""
    import importlib

    for row, module, attribute in throughput.STAGES:
        assert callable(getattr(importlib.import_module(module), attribute)), row
