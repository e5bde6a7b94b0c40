"""A page kept from the previous site gets its front matter from the page record, without
its source being read (generator/website/incremental.py `_kept_meta`); a record without
it is read as before; the site is a full build's either way."""

import dataclasses
import datetime
import json
from pathlib import Path

import pytest

from generator.website import incremental, page_records
from generator.website.site import read_tree

from ..conftest import build_site, write_corpus

ARTICLES = {
    "quarry.txt": (
        "Quarry near Holm to close\n\nPublished 2 May 2022\n\n"
        "The Holm Stone Company will close its quarry in June, its director Pia Lorn said. "
        '"Forty jobs are at stake," said Ken Arle of the Holm Workers Union.\n'
    ),
    "ferry.txt": (
        "Ferry to Lisk runs again\n\nPublished 6 May 2022\n\n"
        "The Lisk ferry runs again after repairs, the Brenna Harbour Board said on Friday.\n"
    ),
}
ADDED = (
    "Holm quarry buyer found\n\nPublished 9 May 2022\n\n"
    "A buyer for the Holm quarry was found, Pia Lorn of the Holm Stone Company said.\n"
)


def _build(seeds: Path, out: Path) -> dict[str, bytes]:
    build_site(seeds, out)
    return read_tree(out / "site")


def _pages(site: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in site.items() if name != incremental.RECORD_NAME}


def _key(site: dict[str, bytes]) -> str:
    """The site key a built site's record file was written under (its header says)."""
    header = site[incremental.RECORD_NAME][len(page_records.MAGIC) :]
    return header.split(b"\n", 1)[0].decode("ascii")


@pytest.fixture
def watched(monkeypatch):
    """{"read": pages whose source was read for a kept page, "meta": pages given theirs}."""
    seen: dict[str, list[str]] = {"read": [], "meta": []}
    read_only, kept_meta = incremental._read_only, incremental._kept_meta

    def reading(page, config, files):
        seen["read"].append(page.file.src_uri)
        return read_only(page, config, files)

    def from_record(page, record, config, files):
        done = kept_meta(page, record, config, files)
        if done:
            seen["meta"].append(page.file.src_uri)
        return done

    monkeypatch.setattr(incremental, "_read_only", reading)
    monkeypatch.setattr(incremental, "_kept_meta", from_record)
    return seen


@pytest.fixture
def corpus(tmp_path):
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    _build(seeds, tmp_path / "live")
    (seeds / "buyer.txt").write_text(ADDED, encoding="utf-8")
    return seeds, _pages(_build(seeds, tmp_path / "fresh"))


def test_kept_pages_are_not_read_and_the_site_is_a_full_builds(tmp_path, corpus, watched):
    seeds, full = corpus
    site = _build(seeds, tmp_path / "live")
    assert _pages(site) == full
    assert "articles/ferry.md" in watched["meta"]  # kept, its record gave its front matter
    assert not set(watched["read"]) & set(watched["meta"])
    record = incremental.load_records(tmp_path / "live" / "site", _key(site))
    assert record["articles/ferry.md"].meta["title"] == "Ferry to Lisk runs again"
    assert record["tags.md"].listing and not record["articles/ferry.md"].listing


def test_a_record_without_front_matter_is_read_and_one_of_another_layout_ignored(
    tmp_path, corpus, watched
):
    seeds, full = corpus
    site = tmp_path / "live" / "site"
    key = _key(read_tree(site))
    records = incremental.load_records(site, key)
    ferry = records["articles/ferry.md"]  # a front matter JSON cannot keep:
    records["articles/ferry.md"] = dataclasses.replace(ferry, meta=None)
    (site / incremental.RECORD_NAME).write_bytes(incremental.dump_records(records, key))
    assert _pages(_build(seeds, tmp_path / "live")) == full
    assert "articles/ferry.md" in watched["read"] and "articles/ferry.md" not in watched["meta"]
    assert watched["meta"]  # the others still from their records
    old = {"key": key, "pages": {"a.md": {"digest": "d", "search": [], "anchors": []}}}
    (site / ".briefing-pages.json").write_text(json.dumps(old), encoding="utf-8")
    (site / incremental.RECORD_NAME).unlink()  # the layout before this one
    assert incremental.load_records(site, key) == {}


def test_front_matter_json_would_change_is_not_kept():
    class Page:
        meta = {"title": "Quarry", "date": datetime.date(2022, 5, 2)}

    assert incremental.page_meta(Page()) is None
    Page.meta = {"tags": ["Holm"]}  # no title: the title would come from the Markdown
    assert incremental.page_meta(Page()) is None
    Page.meta = {"title": "Quarry", "tags": ["Holm"]}
    assert incremental.page_meta(Page()) == Page.meta


def test_kept_pages_without_tags_skip_the_plugin_events_and_tagged_ones_do_not(
    tmp_path, corpus, monkeypatch
):
    """A kept page with no tags gives the tags plugin nothing: its events are not run for
    it (thousands of kept pages in a large site); a kept page with tags still goes through
    them, so the tags listing is a full build's. Remove the tags of one kept page from its
    record and it is not seen by the plugin's event at all."""
    from mkdocs.plugins import PluginCollection

    seeds, full = corpus
    site = tmp_path / "live" / "site"
    key = _key(read_tree(site))
    records = incremental.load_records(site, key)
    tagged = sorted(uri for uri, r in records.items() if r.meta and r.meta.get("tags"))
    untagged = sorted(uri for uri, r in records.items() if r.meta and not r.meta.get("tags"))
    assert tagged and untagged
    seen: list[str] = []
    markdown_event = PluginCollection.on_page_markdown

    def watching(self, markdown, *, page, config, files):
        seen.append(page.file.src_uri)
        return markdown_event(self, markdown, page=page, config=config, files=files)

    monkeypatch.setattr(PluginCollection, "on_page_markdown", watching)
    assert _pages(_build(seeds, tmp_path / "live")) == full
    after = incremental.load_records(site, key)
    kept = {uri for uri, r in after.items() if uri in records and r == records[uri]}
    kept -= {uri for uri, r in after.items() if r.listing}
    assert set(tagged) & kept and set(untagged) & kept
    assert set(tagged) & kept <= set(seen)
    assert not set(untagged) & kept & set(seen)
    assert incremental._tagged({"title": "t", "tags": ["Holm"]}, _Config())
    assert not incremental._tagged({"title": "t", "tags": []}, _Config())
    assert not incremental._tagged({"title": "t"}, _Config())


class _Config:
    """What `_tagged` reads of a configuration: its plugins, here a tags plugin whose
    tags come from another front matter key."""

    class _Tags:
        class config:  # noqa: N801 - the plugin's own attribute name
            tags_name_property = "labels"

    plugins = {"material/tags": _Tags()}
