"""deferred: the build keeps HTML pages as their files, reads them again where they are
extracted, gives the same results, and reports a page changed in between."""

from pathlib import Path

from generator import build, pipeline
from generator.cache import ArticleCache
from generator.cli import problem_line
from generator.deferred import Deferred, loaded, read_deferred
from generator.ingest import read_seeds
from generator.pipeline import ArticleFailure, ArticleResult
from generator.settings.config import Config

PAGE = (
    "<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>"
    "<p>The harbour of Valdera reopened on Tuesday after a week of repairs, its director "
    "said, and the first ferries left for the islands at noon.</p>"
    "<p>Crews had worked through the weekend to clear the damaged quay, officials said.</p>"
    "</article></body></html>"
)
NOTE = "Ferries resume\n\nThe ferries to the islands resumed on Tuesday, the operator said.\n"


def corpus(folder: Path) -> Path:
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "port.html").write_text(PAGE, encoding="utf-8")
    (folder / "port.htm").write_bytes(PAGE.replace("Valdera", "Vald\xe9ra").encode("latin-1"))
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    return folder


def test_pages_are_deferred_and_read_again_the_same(tmp_path):
    seeds = corpus(tmp_path)
    held, _ = read_seeds(seeds)
    items, problems = read_deferred(seeds)
    assert [type(i).__name__ for i in items] == ["RawArticle", "Deferred", "Deferred"]
    assert not any(hasattr(i, "text") for i in items if isinstance(i, Deferred))
    assert [loaded(i) for i in items] == held  # encoding, renamed id and warnings kept
    assert any("port-2" in w for w in held[2].warnings)
    assert problems == read_seeds(seeds)[1]


def test_deferred_and_held_articles_extract_alike_and_share_the_cache(tmp_path):
    seeds = corpus(tmp_path / "seeds")
    cache = ArticleCache(tmp_path / "cache")
    held = pipeline.analyse_all(read_seeds(seeds)[0], Config(), jobs=1, cache=cache)
    items = read_deferred(seeds)[0]
    assert pipeline.analyse_all(items, Config(), jobs=1) == held
    (seeds / "a" / "port.html").unlink()  # a cached page is not read again
    again = pipeline.analyse_all(items, Config(), jobs=1, cache=cache)
    assert again == held and all(isinstance(r, ArticleResult) for r in again)


def test_a_page_changed_or_removed_after_reading_is_reported_and_skipped(tmp_path):
    seeds = corpus(tmp_path)
    items = read_deferred(seeds)[0]
    (seeds / "a" / "port.html").write_text(PAGE.replace("noon", "one"), encoding="utf-8")
    (seeds / "port.htm").unlink()
    note, removed, changed = pipeline.analyse_all(items, Config(), jobs=1)
    assert isinstance(note, ArticleResult) and note.article.id == "note"
    assert isinstance(changed, ArticleFailure) and isinstance(removed, ArticleFailure)
    assert changed.message == (
        "skipped: changed while the build ran (build again to read the new text)"
    )
    assert removed.message == (
        "skipped: changed while the build ran, now unreadable (No such file or directory)"
    )


def test_the_build_names_the_changed_page_and_goes_on(tmp_path):
    seeds = corpus(tmp_path / "seeds")
    options = build.Options(
        seeds, tmp_path / "docs", tmp_path / "site", None, None, True, False, 1, cache_dir=None
    )
    reported: list[str] = []
    hooks = build.Hooks(report=lambda p: reported.append(problem_line(p)))
    inputs = build.read_inputs(options, hooks)
    assert [isinstance(r, Deferred) for r in inputs.raws] == [False, True, True]
    (seeds / "port.htm").write_bytes(b"")
    analysis = build.analyse(options, hooks, inputs)
    assert sorted(a.id for a in analysis.briefing.articles) == ["note", "port-2"]
    changed = [line for line in reported if "changed while the build ran" in line]
    assert changed == [
        "port.htm: skipped: changed while the build ran, now unreadable (empty file)"
    ]
