"""render: pages link to each other, anchor paragraphs, keep the audit trail, escape text."""

import multiprocessing
from dataclasses import replace
from functools import partial

import pytest

import generator.render as rendering
from generator import pipeline
from generator.ingest import read_seeds
from generator.models import Paragraph, Removal
from generator.render import render
from generator.render.paths import relative, unique_slugs
from generator.render.plan import site_paths
from generator.settings.config import Config
from generator.website.site import write_files

from .conftest import ROOT


def test_every_page_and_export_is_rendered(briefing):
    files = render(briefing)
    assert sorted(files) == [
        "about.md",
        "actors/anna-kovacs.md",
        "actors/arcadia.md",
        "actors/borduria.md",
        "actors/index.md",
        "articles/a1.md",
        "articles/index.md",
        "assets/briefing.css",
        "changes.md",
        "data/actors.csv",
        "data/briefing.json",
        "data/events.csv",
        "data/index.md",
        "data/network.graphml",
        "data/timeline.json",
        "divergences.md",
        "index.md",
        "tags.md",
        "timeline.md",
    ]


def test_article_paragraphs_have_stable_anchors_and_actor_links(briefing):
    page = render(briefing)["articles/a1.md"]
    assert (
        '<p id="p1">Delegates from <a class="actor-link" href="../actors/arcadia.html">Arcadia</a> and '
        '<a class="actor-link" href="../actors/borduria.html">Borduria</a> met in Vienna on Monday.</p>'
    ) in page
    assert '<h2 id="p2">Background</h2>' in page


def test_a_dek_that_opens_the_body_is_shown_once(briefing):
    assert (
        '<p class="article-dek">A first round ends without a deal.</p>'
        in (render(briefing)["articles/a1.md"])
    )
    article = briefing.articles[0]
    opening = article.paragraphs[0].text
    kept = replace(briefing, articles=(replace(article, subtitle=opening),))
    assert 'class="article-dek"' not in render(kept)["articles/a1.md"]


def test_article_page_keeps_the_audit_trail_collapsed(briefing):
    page = render(briefing)["articles/a1.md"]
    assert "<summary>Removed from the source (1 block)</summary>" in page
    assert (
        '<span class="removed-reason">newsletter</span><blockquote>Subscribe to our newsletter</blockquote>'
        in page
    )


def test_actor_page_links_mentions_to_exact_paragraphs(briefing):
    page = render(briefing)["actors/arcadia.md"]
    assert (
        "- [¶1](../articles/a1.md#p1): Delegates from Arcadia and Borduria met in Vienna on Monday."
        in page
    )
    assert "[Anna Kovacs](anna-kovacs.md)" in page
    assert (
        "## Timeline" in page
        and "(past): Delegates from Arcadia and Borduria met in Vienna" in page
    )


def test_quotes_appear_on_the_speaker_page(briefing):
    page = render(briefing)["actors/anna-kovacs.md"]
    assert "## Quotes" in page
    assert "“We will return next week,” — [The Daily](../articles/a1.md#p3)" in page


def test_timeline_groups_by_year_and_month_with_source_links(briefing):
    page = render(briefing)["timeline.md"]
    assert "## 2019" in page and "### March 2019" in page
    assert '<div class="event event-past" id="2019-03-04-delegates-met" markdown="1">' in page
    assert "**4 March 2019** · *past*" in page
    assert "Sources (1 independent): [The Daily ¶1](articles/a1.md#p1)" in page


def test_hostile_paragraph_text_is_escaped(briefing):
    article = briefing.articles[0]
    evil = Paragraph("p4", '<script>alert(1)</script> [x](javascript:alert(1)) {: onclick="x"}')
    article = replace(
        article, paragraphs=(*article.paragraphs, evil), removed=(Removal("<iframe src=x>", "ad"),)
    )
    page = render(replace(briefing, articles=(article,)))["articles/a1.md"]
    assert "<script>" not in page and "<iframe" not in page
    assert (
        '<p id="p4">&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) &#123;: onclick=&quot;x&quot;&#125;</p>'
        in page
    )


def test_rendering_is_deterministic(briefing):
    assert render(briefing) == render(briefing)


def test_slugs_never_collide_or_use_reserved_names():
    slugs = unique_slugs(["Index", "a b", "a-b", "???", "Ünïcödé ñame"], "article")
    assert slugs == {
        "???": "article",
        "Index": "index-2",
        "a b": "a-b",
        "a-b": "a-b-2",
        "Ünïcödé ñame": "unicode-name",
    }


def test_slugs_are_never_a_name_windows_reserves():
    # an article file con.txt or an actor "NUL": Windows cannot create con.md or nul.md
    names = ["con", "NUL", "Aux", "prn", "com1", "LPT9", "com0", "console", "con man"]
    slugs = unique_slugs(names, "article")
    assert slugs == {
        "Aux": "aux-2",
        "LPT9": "lpt9-2",
        "NUL": "nul-2",
        "com0": "com0-2",
        "com1": "com1-2",
        "con": "con-2",
        "con man": "con-man",
        "console": "console",
        "prn": "prn-2",
    }


def test_relative_links_between_folders():
    assert relative("articles/a.md", "actors/b.md") == "../actors/b.md"
    assert relative("index.md", "actors/b.md") == "actors/b.md"
    assert relative("actors/a.md", "actors/b.md") == "b.md"


def test_page_paths_are_planned_for_every_article_and_actor(briefing):
    paths = site_paths(briefing)
    assert paths.articles == {"a1": "articles/a1.md"}
    assert set(paths.actors) == {"anna-kovacs", "arcadia", "borduria"}


def test_exports_parse_back_to_the_same_facts(briefing):
    import csv
    import io
    import json

    import networkx as nx

    files = render(briefing)
    data = json.loads(files["data/briefing.json"])
    assert [a["id"] for a in data["actors"]] == ["anna-kovacs", "arcadia", "borduria"]
    assert data["events"][0]["sources"][0]["expression"] == "on Monday"
    graph = nx.read_graphml(io.StringIO(files["data/network.graphml"]))
    assert sorted(graph.edges) == [("anna-kovacs", "arcadia"), ("arcadia", "borduria")]
    assert graph.nodes["arcadia"]["name"] == "Arcadia"
    rows = list(csv.DictReader(io.StringIO(files["data/events.csv"])))
    assert rows[0]["actors"] == "Arcadia; Borduria" and rows[0]["independent_sources"] == "1"
    timeline = json.loads(files["data/timeline.json"])
    assert timeline["events"][0]["start_date"] == {
        "year": "2019",
        "month": "3",
        "day": "4",
        "display_date": "2019-03-04",
    }


def test_graphml_escapes_names_and_ids_as_xml(briefing):
    import io

    import networkx as nx

    odd = 'A & B <"Ltd"> \'s\ttab'
    actors = tuple(
        replace(a, name=odd, id="arcadia&<x>") if a.id == "arcadia" else a for a in briefing.actors
    )
    files = render(replace(briefing, actors=actors))
    graph = nx.read_graphml(io.StringIO(files["data/network.graphml"]))
    assert graph.nodes["arcadia&<x>"]["name"] == odd


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="render workers are forked"
)
def test_parallel_render_gives_the_same_files_as_serial(monkeypatch):
    raws, _ = read_seeds(ROOT / "seeds")
    briefing = pipeline.build_briefing(pipeline.analyse_all(raws, Config(), jobs=1), Config())
    serial = render(briefing, jobs=1)
    monkeypatch.setattr(rendering, "PARALLEL_FROM_PAGES", 2)
    monkeypatch.setattr(rendering, "PAGES_PER_PART", 7)  # several parts of each kind
    in_workers = []
    real = rendering._render_in_workers
    monkeypatch.setattr(
        rendering, "_render_in_workers", lambda *args: in_workers.append(1) or real(*args)
    )
    parallel = render(briefing, jobs=2)
    assert in_workers == [1]
    assert list(parallel.items()) == list(serial.items())


@pytest.mark.parametrize("parallel", [False, True])
def test_staging_folder_gets_exactly_the_rendered_files(monkeypatch, tmp_path, parallel):
    if parallel and "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("render workers are forked")
    raws, _ = read_seeds(ROOT / "seeds")
    briefing = pipeline.build_briefing(pipeline.analyse_all(raws, Config(), jobs=1), Config())
    if parallel:
        monkeypatch.setattr(rendering, "PARALLEL_FROM_PAGES", 2)
        monkeypatch.setattr(rendering, "PAGES_PER_PART", 7)
    staging = tmp_path / "staging"
    staging.mkdir()
    files = render(briefing, jobs=2 if parallel else 1, sink=partial(write_files, staging))
    written = {
        p.relative_to(staging).as_posix(): p.read_text(encoding="utf-8")
        for p in staging.rglob("*")
        if p.is_file()
    }
    assert written == files
