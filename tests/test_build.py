"""A full build of the bundled seeds with the site: schema, determinism, drift, links, offline."""

import json
from pathlib import Path

import jsonschema
import pytest

from generator.website.site import read_tree

from .conftest import ROOT, build_bundled
from .sitecheck import broken_links, outside_requests

SCHEMA = ROOT / "generator" / "schema" / "briefing.schema.json"


build = build_bundled


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build")
    build(out)
    return out


def test_export_validates_against_the_schema(built):
    data = json.loads((built / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert len(data["articles"]) == 5


def test_offsets_in_the_export_point_at_their_text(built):
    data = json.loads((built / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))
    paragraphs = {
        (a["id"], p["id"]): p["text"] for a in data["articles"] for p in a["paragraphs"]
    } | {(a["id"], "title"): a["title"] for a in data["articles"]}
    paragraphs |= {(a["id"], "caption"): a["caption"] for a in data["articles"] if a["caption"]}
    for actor in data["actors"]:
        for m in actor["mentions"]:
            assert paragraphs[(m["article"], m["paragraph"])][m["start"] : m["end"]] == m["text"]
    for t in data["timexes"]:
        assert paragraphs[(t["article"], t["paragraph"])][t["start"] : t["end"]] == t["text"]


def test_every_reference_in_the_export_resolves(built):
    data = json.loads((built / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))
    actor_ids = {a["id"] for a in data["actors"]}
    paragraph_ids = {(a["id"], p["id"]) for a in data["articles"] for p in a["paragraphs"]}
    for actor in data["actors"]:
        assert (built / "docs" / actor["page"]).is_file()
        assert {r["actor"] for r in actor["related"]} <= actor_ids
    for event in data["events"]:
        assert set(event["actors"]) <= actor_ids
        for source in event["sources"]:
            assert (source["article"], source["paragraph"]) in paragraph_ids
    for quote in data["quotes"]:
        assert quote["speaker"] is None or quote["speaker"] in actor_ids


def test_two_builds_give_identical_bytes(built, tmp_path):
    build(tmp_path, "--no-site")
    assert read_tree(tmp_path / "docs") == read_tree(built / "docs")


def test_committed_docs_src_is_up_to_date(built):
    committed = read_tree(ROOT / "docs_src")
    fresh = read_tree(built / "docs")
    stale = sorted(set(committed) ^ set(fresh)) + sorted(
        name for name in set(committed) & set(fresh) if committed[name] != fresh[name]
    )
    assert not stale, f"docs_src/ is out of date; run `make docs` and commit. Differs: {stale[:10]}"


def test_site_has_every_section(built):
    site = built / "site"
    for page in (
        "index.html",
        "articles/index.html",
        "actors/index.html",
        "timeline.html",
        "about.html",
        "data/index.html",
        "data/briefing.json",
        "search/search_index.js",
        "divergences.html",
        "changes.html",
    ):
        assert (site / page).is_file(), page
    about = (site / "about.html").read_text(encoding="utf-8")  # links to neither in its text
    assert 'href="divergences.html"' in about and 'href="changes.html"' in about  # the nav


def test_site_has_no_broken_internal_link_or_anchor(built):
    assert broken_links(built / "site") == []


def test_site_loads_nothing_from_outside(built):
    assert outside_requests(built / "site") == []
    index = (built / "site" / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in index and "unpkg.com" not in index


def test_no_change_rebuild_writes_nothing(built):
    before = {p: p.stat().st_mtime_ns for p in (built / "docs").rglob("*") if p.is_file()}
    site_stamp = (built / "site" / ".briefing-build").stat().st_mtime_ns
    build(built)
    after = {p: p.stat().st_mtime_ns for p in (built / "docs").rglob("*") if p.is_file()}
    assert before == after
    assert (built / "site" / ".briefing-build").stat().st_mtime_ns == site_stamp
