"""Faults and scale: killed builds, parallel extraction, the cache, live regeneration."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import pipeline
from generator.cache import ArticleCache
from generator.ingest import read_seeds
from generator.render import render
from generator.settings.config import Config
from generator.website.site import read_tree

from .conftest import ROOT


def run_build(seeds: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "build",
            "--seeds",
            str(seeds),
            "--docs-dir",
            str(out / "docs"),
            "--site-dir",
            str(out / "site"),
            "--quiet",
            "--no-cache",
            *extra,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_parallel_extraction_gives_the_same_bytes_as_serial(monkeypatch):
    raws, _ = read_seeds(ROOT / "seeds")
    serial = pipeline.analyse_all(raws, Config(), jobs=1)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    parallel = pipeline.analyse_all(raws, Config(), jobs=2)
    assert render(pipeline.build_briefing(serial, Config())) == render(
        pipeline.build_briefing(parallel, Config())
    )


def test_cache_returns_the_same_results_and_skips_work(tmp_path, monkeypatch):
    raws, _ = read_seeds(ROOT / "seeds")
    cache = ArticleCache(tmp_path / "cache")
    first = pipeline.analyse_all(raws, Config(), jobs=1, cache=cache)
    calls = []
    monkeypatch.setattr(pipeline, "analyse_article", lambda *a: calls.append(a) or None)
    second = pipeline.analyse_all(raws, Config(), jobs=1, cache=cache)
    assert calls == []
    assert second == first


def test_cache_misses_when_the_article_or_its_correction_changes(tmp_path):
    raws, _ = read_seeds(ROOT / "seeds")
    cache = ArticleCache(tmp_path / "cache")
    pipeline.analyse_all(raws[:1], Config(), jobs=1, cache=cache)
    from generator.settings.config import ArticleCorrection

    corrected = Config(articles={raws[0].id: ArticleCorrection(published="2001-02-03")})
    [result] = pipeline.analyse_all(raws[:1], corrected, jobs=1, cache=cache)
    assert result.article.published == "2001-02-03"


@pytest.mark.parametrize("delay", [0.3, 0.9, 1.6, 2.4])
def test_killed_build_leaves_previous_output_whole(tmp_path, delay):
    old_seeds = tmp_path / "old"
    new_seeds = tmp_path / "new"
    shutil.copytree(ROOT / "seeds", old_seeds)
    shutil.copytree(ROOT / "seeds", new_seeds)
    (new_seeds / "extra.txt").write_text(
        "Extra article\n\nTalks resumed in Oslo on Monday, officials said.\n"
    )
    out = tmp_path / "out"
    assert run_build(old_seeds, out).wait() == 0
    old_docs, old_site = read_tree(out / "docs"), read_tree(out / "site")
    process = run_build(new_seeds, out)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    # Either the old output or the complete new one, never a mixture or nothing.
    docs = read_tree(out / "docs")
    assert docs == old_docs or "articles/extra.md" in docs and len(docs) > len(old_docs)
    site = read_tree(out / "site")
    assert site == old_site or (b"extra" in site.get("articles/index.html", b""))
    # The next build recovers and completes.
    assert run_build(new_seeds, out).wait() == 0
    assert "articles/extra.md" in read_tree(out / "docs")
    assert [p.name for p in out.iterdir() if p.name.startswith(".tmp-")] == []


def test_two_builds_at_once_do_not_corrupt_each_other(tmp_path):
    out = tmp_path / "out"
    first = run_build(ROOT / "seeds", out)
    time.sleep(0.2)
    second = run_build(ROOT / "seeds", out)
    codes = sorted([first.wait(), second.wait()])
    stderr = second.stderr.read().decode() + first.stderr.read().decode()
    assert codes in ([0, 0], [0, 1])
    if codes == [0, 1]:
        assert "another build is running" in stderr
    assert run_build(ROOT / "seeds", out).wait() == 0


def test_serve_regenerates_when_a_seed_changes(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    docs = tmp_path / "docs"
    port = 8000 + os.getpid() % 1000
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "serve",
            "--seeds",
            str(seeds),
            "--docs-dir",
            str(docs),
            "--dev-addr",
            f"127.0.0.1:{port}",
            "--quiet",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.time() + 60
        while not (docs / "index.md").exists() and time.time() < deadline:
            time.sleep(0.2)
        assert (docs / "index.md").exists()
        (seeds / "new.txt").write_text(
            "Fresh talks in Oslo\n\nNorway and Iceland met on Monday, officials said.\n"
        )
        while not (docs / "articles" / "new.md").exists() and time.time() < deadline:
            time.sleep(0.2)
        assert (docs / "articles" / "new.md").exists()
        import urllib.request

        body = ""
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/articles/new.html", timeout=2
                ) as r:
                    body = r.read().decode()
                if "Fresh talks in Oslo" in body:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        assert "Fresh talks in Oslo" in body
    finally:
        process.terminate()
        process.wait(timeout=20)
