"""The per-article time budget: a runaway article is skipped with a warning naming it, in the
main process and in forked workers alike, and the alarm is put back as it was."""

import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import events as event_stage
from generator import pipeline
from generator.cli import main
from generator.models import RawArticle
from generator.run.budget import TooSlow, time_budget
from generator.settings.config import Config

ARTICLE = (
    "Border talks\n\nPublished 2021-03-04\n\n"
    "The envoys of {n} countries met in Vienna on 3 March 2021, officials said. "
    "They agreed to meet again in May.\n"
)


def _raw(name: str) -> RawArticle:
    return RawArticle(
        id=name, source=f"{name}.txt", text=ARTICLE.format(n=len(name)), format="text"
    )


@pytest.fixture
def slow_step(monkeypatch):
    """Dating the clauses of an article whose text names 7 countries spins forever."""
    real = event_stage.dated_clauses

    def dated_clauses(article, timexes):
        while "7 countries" in article.paragraphs[0].text:
            time.sleep(0.01)
        return real(article, timexes)

    monkeypatch.setattr(pipeline.event_stage, "dated_clauses", dated_clauses)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_runaway_article_is_skipped_and_the_rest_extracted(slow_step, monkeypatch, jobs):
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)  # jobs=2: the pool's workers run it
    pipeline.analyse_all([_raw("warm")], Config(), jobs=1)  # lexicons loaded, not timed
    raws = [_raw(name) for name in ("first", "sevens", "others", "slowone", "last")]
    assert raws[3].text.count("7 countries") == 1
    start = time.perf_counter()
    results = pipeline.analyse_all(raws, Config(), jobs=jobs, article_timeout=0.3)
    assert time.perf_counter() - start < 20
    failure = results[3]
    assert isinstance(failure, pipeline.ArticleFailure)
    assert failure.message == "too slow: skipped after 0.3 s", failure.trace
    for result in results[:3] + results[4:]:
        assert isinstance(result, pipeline.ArticleResult)
        assert result.clauses  # the dated sentence is there
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_build_warns_with_the_file_name_and_goes_on(slow_step, tmp_path: Path):
    pipeline.analyse_all([_raw("warm")], Config(), jobs=1)  # lexicons loaded, not timed
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("alpha", "slowone"):
        (seeds / f"{name}.txt").write_text(ARTICLE.format(n=len(name)))
    (tmp_path / "briefing.yml").write_text("title: Budget\n")
    result = CliRunner().invoke(
        main,
        [
            "build",
            "--seeds",
            str(seeds),
            "--config",
            str(tmp_path / "briefing.yml"),
            "--docs-dir",
            str(tmp_path / "docs"),
            "--no-site",
            "--no-cache",
            "--quiet",
            "--article-timeout",
            "0.25",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "slowone.txt: too slow: skipped after 0.25 s" in result.output
    pages = {p.name for p in (tmp_path / "docs" / "articles").iterdir()}
    assert any("alpha" in p for p in pages) and not any("slowone" in p for p in pages)


def test_no_budget_and_an_outer_alarm_kept():
    with time_budget(None):
        time.sleep(0.01)
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 5)
        with time_budget(1):
            pass
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 3 < remaining <= 5  # the outer timer still runs
        assert signal.getsignal(signal.SIGALRM) is not signal.SIG_DFL
        with pytest.raises(TooSlow, match="too slow: skipped after 0.05 s"), time_budget(0.05):
            while True:
                pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert fired == []


def test_a_library_that_swallows_exceptions_does_not_swallow_the_budget():
    """A library's `except Exception` around its work must not turn "too slow" into "found
    nothing": the article is reported as too slow."""

    def library_call() -> None:
        try:
            while True:
                pass
        except Exception:  # noqa: BLE001 - what a library does
            return None

    with pytest.raises(TooSlow), time_budget(0.05):
        library_call()
