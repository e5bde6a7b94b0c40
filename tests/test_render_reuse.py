"""Incremental render: unchanged article and actor pages are kept, not rendered again, and
the docs folder is byte for byte that of a full render (render/reuse.py)."""

from dataclasses import replace
from pathlib import Path

import pytest

from generator.cache import CACHE_DIR_NAME
from generator.models import Actor, Article, Event, EventSource, Mention, Paragraph
from generator.render import reuse
from generator.render.plan import site_paths
from generator.website.site import read_tree

from .conftest import build_docs, counted_forks, write_corpus

ARTICLES = {
    "quarry.txt": (
        "Quarry expansion approved in Lessing\n\nPublished 4 February 2020\n\n"
        "The Lessing District Council approved the eastern quarry expansion on Monday. "
        '"The jobs matter to this valley," said Hanne Solberg, the council chair.\n\n'
        "The Brannoch Walkers Club said it would appeal.\n"
    ),
    "ferry.txt": (
        "Ferry line to Osterholm cut back\n\nPublished 11 February 2020\n\n"
        "Fjordline Transit will run two crossings a day to Osterholm from March, its chief "
        "executive Per Adler said on Tuesday. The Osterholm Islanders Association called "
        "the cut a blow to the island.\n"
    ),
    "school.txt": (
        "New school opens in Greve\n\nPublished 2 March 2020\n\n"
        "The Greve primary school opened on Wednesday, headteacher Lise Moen said. "
        "The Lessing District Council paid for half of the building.\n"
    ),
}
ADDED = (
    "Walkers appeal quarry decision\n\nPublished 18 February 2020\n\n"
    "The Brannoch Walkers Club filed its appeal against the Lessing District Council on "
    'Friday. "The valley is not for sale," said Hanne Solberg\'s opponent, Rolf Innes.\n'
)


def _inodes(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        name: ((folder / name).stat().st_ino, (folder / name).stat().st_mtime_ns)
        for name in read_tree(folder)
    }


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict:
    """Build A in `live`; add an article, change one and remove one, and build again in
    the same place (kept pages reused); and full builds of that input in a new place."""
    work = tmp_path_factory.mktemp("reuse")
    seeds = write_corpus(work / "seeds", ARTICLES)
    build_docs(seeds, work / "live" / "docs")
    before = {"docs": read_tree(work / "live" / "docs"), "stats": _inodes(work / "live" / "docs")}
    (seeds / "appeal.txt").write_text(ADDED, encoding="utf-8")
    build_docs(seeds, work / "live" / "docs")
    added = read_tree(work / "live" / "docs")
    added_stats = _inodes(work / "live" / "docs")
    (seeds / "ferry.txt").write_text(
        ARTICLES["ferry.txt"].replace("two crossings", "three crossings"), encoding="utf-8"
    )
    (seeds / "school.txt").unlink()
    build_docs(seeds, work / "live" / "docs")
    build_docs(seeds, work / "fresh" / "docs", "--no-cache")
    added_seeds = write_corpus(work / "added-seeds", {**ARTICLES, "appeal.txt": ADDED})
    build_docs(added_seeds, work / "added-fresh" / "docs", "--no-cache")
    return {
        "work": work,
        "before": before,
        "added": added,
        "added_stats": added_stats,
    }


def test_one_added_article_gives_the_docs_of_a_full_build(builds):
    work = builds["work"]
    assert builds["added"] == read_tree(work / "added-fresh" / "docs")
    assert builds["added"] != builds["before"]["docs"]


def test_changed_and_removed_articles_give_the_docs_of_a_full_build(builds):
    work = builds["work"]
    live, fresh = read_tree(work / "live" / "docs"), read_tree(work / "fresh" / "docs")
    assert sorted(live) == sorted(fresh)
    assert live == fresh
    assert not any("greve" in name for name in live)  # the removed article's page is gone


def test_untouched_pages_are_kept_as_they_were_touched_ones_rendered(builds):
    """After one article is added, a page it does not touch keeps its inode and mtime (not
    rewritten); the pages of the actors it names are rendered again."""
    before, after = builds["before"], builds["added"]
    kept = [
        name
        for name in after
        if name.startswith(("articles/", "actors/"))
        and before["docs"].get(name) == after[name]
        and before["stats"][name] == builds["added_stats"][name]
    ]
    assert "articles/ferry.md" in kept
    assert any("fjordline" in name for name in kept)
    council = next(n for n in after if n.startswith("actors/lessing-district-council"))
    assert after[council] != before["docs"][council]


def test_a_hand_edited_page_is_rendered_again(tmp_path):
    """A kept page must still be what the last render wrote: one edited by hand since is
    rendered again, and the docs are those of a full build."""
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    docs = tmp_path / "docs"
    build_docs(seeds, docs)
    page = docs / "articles" / "ferry.md"
    original = page.read_text(encoding="utf-8")
    page.write_text(original + "edited\n", encoding="utf-8")
    (seeds / "appeal.txt").write_text(ADDED, encoding="utf-8")
    build_docs(seeds, docs)
    assert page.read_text(encoding="utf-8") == original


def test_an_unreadable_record_means_a_full_render(tmp_path):
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    docs = tmp_path / "docs"
    build_docs(seeds, docs)
    record = tmp_path / CACHE_DIR_NAME / reuse.RENDER_RECORD
    assert reuse.load(record)  # the build kept one
    record.write_bytes(b'{"version": 1, "units": [')
    assert not any(unit.pages for unit in reuse.load(record).values())
    (seeds / "appeal.txt").write_text(ADDED, encoding="utf-8")
    build_docs(seeds, docs)
    fresh = write_corpus(tmp_path / "fresh-seeds", {**ARTICLES, "appeal.txt": ADDED})
    build_docs(fresh, tmp_path / "fresh" / "docs", "--no-cache")
    assert read_tree(docs) == read_tree(tmp_path / "fresh" / "docs")


def _article(article_id: str, title: str, text: str) -> Article:
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        title=title,
        subtitle=None,
        authors=(),
        publication=None,
        published="2020-02-04",
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=(Paragraph("p1", text),),
    )


def _keys(articles, actors, events=()) -> dict[str, str]:
    from generator.models import Briefing

    briefing = Briefing("T", None, tuple(articles), tuple(actors), tuple(events), (), ())
    by_article: dict = {}
    by_actor: dict = {}
    for event in events:
        by_article.setdefault(event.sources[0].article, []).append(event)
        for actor_id in event.actors:
            by_actor.setdefault(actor_id, []).append(event)
    return reuse.unit_keys(briefing, site_paths(briefing), by_article, by_actor)


def test_keys_follow_what_each_page_shows():
    """An article's key moves with the name of an actor it links, not with that actor's
    other mentions; an actor's key moves with the title of an article that names it and
    with its events, not with its salience."""
    quarry = _article("quarry", "Quarry approved", "Hanne Solberg spoke.")
    ferry = _article("ferry", "Ferry cut", "Per Adler spoke. Hanne Solberg too.")
    solberg = Actor(
        "hanne-solberg",
        "Hanne Solberg",
        "person",
        (),
        None,
        (Mention("quarry", "p1", 0, 13, "Hanne Solberg", "hanne-solberg"),),
    )
    adler = Actor(
        "per-adler",
        "Per Adler",
        "person",
        (),
        None,
        (Mention("ferry", "p1", 0, 9, "x", "per-adler"),),
    )
    base = _keys([quarry, ferry], [solberg, adler])
    a, s, f = (
        reuse.article_unit("quarry"),
        reuse.actor_unit("hanne-solberg"),
        reuse.article_unit("ferry"),
    )
    renamed = _keys([quarry, ferry], [replace(solberg, name="Hanne K. Solberg"), adler])
    assert renamed[a] != base[a] and renamed[f] == base[f]
    more = replace(
        solberg, mentions=(*solberg.mentions, Mention("ferry", "p1", 17, 30, "x", "hanne-solberg"))
    )
    mentioned = _keys([quarry, ferry], [more, adler])
    assert mentioned[a] == base[a] and mentioned[s] != base[s]
    retitled = _keys([replace(quarry, title="Quarry refused"), ferry], [solberg, adler])
    assert (
        retitled[s] != base[s]
        and retitled[reuse.actor_unit("per-adler")] == base[reuse.actor_unit("per-adler")]
    )
    assert _keys([quarry, ferry], [replace(solberg, salience=0.9), adler])[s] == base[s]
    event = Event(
        "e1",
        "2020-02-03",
        "day",
        "occurred",
        "Approved",
        ("hanne-solberg",),
        (EventSource("quarry", "p1", "x", "Monday"),),
    )
    dated = _keys([quarry, ferry], [solberg, adler], [event])
    assert dated[a] != base[a] and dated[s] != base[s] and dated[f] == base[f]


def test_kept_pages_and_findings_in_workers_give_the_serial_render(monkeypatch, tmp_path):
    """With every unit kept, the key points and divergences found in a forked worker and the
    rest rendered here (no page to render: no pool of workers started for none), the files
    are a serial full render's."""
    import generator.render as rendering
    from generator import pipeline
    from generator.ingest import read_seeds
    from generator.render import findings_workers as findings
    from generator.settings.config import Config
    from generator.website.site import write_files

    raws, _ = read_seeds(write_corpus(tmp_path / "seeds", {**ARTICLES, "appeal.txt": ADDED}))
    briefing = pipeline.build_briefing(pipeline.analyse_all(raws, Config(), jobs=1), Config())
    serial = rendering.render(briefing, jobs=1)
    docs = tmp_path / "docs"
    first = rendering.render_changed(briefing, jobs=1, previous={}, docs_dir=docs)
    assert first.files == serial and not first.kept
    write_files(docs, first.files)
    record = tmp_path / "record.json"
    reuse.save(record, first.record)
    monkeypatch.setattr(rendering, "PARALLEL_FROM_PAGES", 2)
    monkeypatch.setattr(findings, "PARALLEL_FROM_ARTICLES", 1)
    forked, pools = counted_forks(monkeypatch), []
    monkeypatch.setattr(rendering, "_render_in_workers", lambda *a: pools.append(1) or {})
    again = rendering.render_changed(briefing, jobs=2, previous=reuse.load(record), docs_dir=docs)
    assert forked == [1] and pools == []
    assert list(again.files.items()) == list(serial.items())
    units = {p for p in serial if p.startswith(("articles/", "actors/")) and "index" not in p}
    assert units and units <= again.kept
    assert again.record.units == first.record.units


def test_few_pages_to_render_are_rendered_here_with_the_full_renders_files(monkeypatch, tmp_path):
    """One article added: its few pages are rendered in this process (no pool of workers,
    though the briefing's pages are more than PARALLEL_FROM_PAGES), the findings in their
    worker, and the files are a full serial render's; with many pages to render (the
    first render), a pool renders them, with the same files."""
    import generator.render as rendering
    from generator import pipeline
    from generator.ingest import read_seeds
    from generator.render import findings_workers as findings
    from generator.settings.config import Config
    from generator.website.site import write_files

    def briefing_of(articles: dict[str, str]):
        raws, _ = read_seeds(write_corpus(tmp_path / f"seeds{len(articles)}", articles))
        return pipeline.build_briefing(pipeline.analyse_all(raws, Config(), jobs=1), Config())

    before, after = briefing_of(ARTICLES), briefing_of({**ARTICLES, "appeal.txt": ADDED})
    monkeypatch.setattr(findings, "PARALLEL_FROM_ARTICLES", 1)
    monkeypatch.setattr(rendering, "PARALLEL_FROM_PAGES", len(before.articles) + len(before.actors))
    pools: list[int] = []
    real = rendering._render_in_workers
    monkeypatch.setattr(
        rendering, "_render_in_workers", lambda *a: pools.append(len(a[5])) or real(*a)
    )
    docs = tmp_path / "docs"
    first = rendering.render_changed(before, jobs=2, previous={}, docs_dir=docs)
    assert first.files == rendering.render(before, jobs=1) and len(pools) == 1
    write_files(docs, first.files)
    record = tmp_path / "record.pickle"
    reuse.save(record, first.record)
    again = rendering.render_changed(after, jobs=2, previous=reuse.load(record), docs_dir=docs)
    rendered = set(again.files) - again.kept
    assert len(pools) == 1  # no second pool: the added article's few pages were made here
    assert "articles/appeal.md" in rendered and "articles/ferry.md" in again.kept
    assert list(again.files.items()) == list(rendering.render(after, jobs=1).items())
