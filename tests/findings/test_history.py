"""What changed between two builds: summaries, the baseline rule, and the page from the command line."""

from dataclasses import replace
from pathlib import Path

from generator.findings.history import baseline, compare, record, summarise

from ..conftest import build_cli
from .test_keypoints import article, briefing, treaty_briefing


def test_no_previous_build_is_a_first_build():
    assert compare(None, summarise(treaty_briefing())).first_build


def test_new_articles_actors_events_and_moved_dates_are_listed():
    old = treaty_briefing()
    moved = replace(old.events[0], date="2030-03-31")
    extra = replace(
        moved, id="e-new", sources=(moved.sources[0].__class__("a3", "p1", "New.", "x"),)
    )
    actor = replace(old.actors[0], id="borduria", name="Borduria")
    new = replace(
        old,
        articles=(*old.articles, article("a3", "Borduria opened the dam gates.")),
        events=(moved, extra),
        actors=(*old.actors, actor),
    )
    changes = compare(summarise(old), summarise(new))
    assert not changes.first_build
    assert changes.new_articles == ("a3",)
    assert changes.new_actors == ("borduria",)
    assert changes.new_events == ("e-new",)
    (change,) = changes.changed_events
    assert (change.old_date, change.new_date) == ("2030-04-01", "2030-03-31")


def test_a_corrected_article_is_told_apart_from_a_new_one():
    old = treaty_briefing()
    fixed = replace(old.articles[1], title="Corrected title")
    changes = compare(summarise(old), summarise(replace(old, articles=(old.articles[0], fixed))))
    assert changes.corrected_articles == ("a2",) and changes.new_articles == ()


def test_a_rebuild_of_the_same_articles_keeps_its_baseline():
    first = summarise(briefing([article("a1", "Arcadia closed the border on Monday morning.")]))
    second = summarise(treaty_briefing())
    saved = record(second, first)
    assert baseline(saved, second) == first  # same articles again: same comparison
    assert baseline(saved, summarise(briefing([]))) == second  # other articles: latest build


def _build(seeds: Path, out: Path, *extra: str) -> None:
    build_cli(seeds, "--docs-dir", str(out / "docs"), "--no-site", "-q", *extra)


def test_the_changes_page_after_an_article_is_added(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "one.txt").write_text(
        "Arcadia closes border\n\nArcadia closed its border with Borduria on Monday, officials said.\n",
        encoding="utf-8",
    )
    _build(seeds, tmp_path)
    assert "first build" in (tmp_path / "docs" / "changes.md").read_text(encoding="utf-8")
    (seeds / "two.txt").write_text(
        "Borduria protests\n\nBorduria protested against the closure of the border on Tuesday.\n",
        encoding="utf-8",
    )
    _build(seeds, tmp_path)
    page = (tmp_path / "docs" / "changes.md").read_text(encoding="utf-8")
    assert "## New articles" in page and "Borduria protests" in page
    assert "1 new article" in (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    (tmp_path / ".briefing-cache" / "last-build.json").unlink()  # force a full rebuild
    _build(seeds, tmp_path)  # same articles: the same comparison again
    assert (tmp_path / "docs" / "changes.md").read_text(encoding="utf-8") == page


def test_no_history_builds_say_there_is_no_previous_build(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "one.txt").write_text(
        "Title\n\nArcadia closed its border on Monday.\n", encoding="utf-8"
    )
    _build(seeds, tmp_path, "--no-history")
    (seeds / "two.txt").write_text("Other\n\nBorduria protested on Tuesday.\n", encoding="utf-8")
    _build(seeds, tmp_path, "--no-history")
    assert "first build" in (tmp_path / "docs" / "changes.md").read_text(encoding="utf-8")
    assert not (tmp_path / ".briefing-cache" / "history.json").exists()
