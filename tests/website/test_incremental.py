"""Incremental site builds: only changed pages are rendered, the result is a full build's."""

from pathlib import Path

import pytest

from generator.website import incremental, search_index
from generator.website.site import read_tree

from ..conftest import build_site

ARTICLES = {
    "harbour.txt": (
        "Harbour talks resume in Valmora\n\nBy Ilse Marten\n\nPublished 12 March 2019\n\n"
        "Delegates from the Valmora Port Authority and the Northern Fishers Union met on "
        'Tuesday to resume talks over berth fees. "We expect an agreement by Friday," said '
        "Tomas Brell, the union's chief negotiator.\n\nThe authority's director, Anja Vesk, "
        "said the fees had not changed since 2011.\n"
    ),
    "bridge.txt": (
        "Bridge over the Orsa river reopens\n\nPublished 3 April 2019\n\n"
        "The Orsa bridge reopened on Monday after repairs, the Kestrel County Council said. "
        '"Traffic will be back to normal within days," said Mira Holt, the council leader.\n'
    ),
    "mill.txt": (
        "Old mill in Dunmere to become a museum\n\nPublished 20 May 2019\n\n"
        "The Dunmere Heritage Trust bought the old mill on Thursday, its chairman Owen Pike "
        "said. The museum should open in 2021.\n"
    ),
}
ADDED = (
    "Valmora fishers reach deal on berth fees\n\nPublished 16 March 2019\n\n"
    "The Northern Fishers Union and the Valmora Port Authority agreed on Friday to raise "
    'berth fees by a tenth, Tomas Brell said. "It is a fair deal," said Anja Vesk.\n'
)


def _build(seeds: Path, out: Path) -> None:
    build_site(seeds, out)


def _stats(folder: Path) -> dict[str, tuple[int, int]]:
    """{relative path: (inode, mtime in ns)} of every file below `folder`."""
    return {
        name: ((folder / name).stat().st_ino, (folder / name).stat().st_mtime_ns)
        for name in read_tree(folder)
    }


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict:
    """Build A; then add, change and remove an article and build again in the same place
    (B, incremental); and a full build C of that same input in a new place."""
    work = tmp_path_factory.mktemp("incremental")
    seeds = work / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    _build(seeds, work / "live")
    before = {
        "site": read_tree(work / "live" / "site"),
        "docs": read_tree(work / "live" / "docs"),
        "stats": _stats(work / "live" / "site"),
    }
    (seeds / "deal.txt").write_text(ADDED, encoding="utf-8")
    changed = ARTICLES["bridge.txt"].replace("within days", "within two weeks")
    (seeds / "bridge.txt").write_text(changed, encoding="utf-8")
    (seeds / "mill.txt").unlink()
    tokenised: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_index, "_weights", _recording(search_index._weights, tokenised))
        _build(seeds, work / "live")
    _build(seeds, work / "fresh")
    return {"work": work, "before": before, "tokenised": tokenised}


def _recording(weights, seen: list[str]):
    """`search_index._weights`, noting the location of every document it tokenises."""

    def recorded(document):
        seen.append(document.location)
        return weights(document)

    return recorded


def test_incremental_build_is_byte_identical_to_a_full_build(builds):
    work = builds["work"]
    incremental_site = read_tree(work / "live" / "site")
    full_site = read_tree(work / "fresh" / "site")
    assert sorted(incremental_site) == sorted(full_site)
    assert incremental_site == full_site
    assert incremental_site != builds["before"]["site"]  # the change did reach the site


def test_removed_article_page_is_gone_and_added_one_is_there(builds):
    before = set(builds["before"]["site"])
    after = set(read_tree(builds["work"] / "live" / "site"))
    gone, new = before - after, after - before
    assert any(name.startswith("articles/") for name in gone)
    assert any(name.startswith("articles/") for name in new)


def test_unchanged_pages_keep_bytes_and_mtime_changed_ones_are_new(builds):
    live = builds["work"] / "live"
    docs_before, docs_after = builds["before"]["docs"], read_tree(live / "docs")
    stats_before, stats_after = builds["before"]["stats"], _stats(live / "site")
    kept = rendered = 0
    for source, text in docs_after.items():
        if not source.endswith(".md"):
            continue
        page = source[:-3] + ".html"
        if docs_before.get(source) == text and source != "tags.md":
            assert stats_after[page] == stats_before[page], page  # same inode, same mtime
            kept += 1
        else:
            assert stats_after[page][0] != stats_before.get(page, (None,))[0], page
            rendered += 1
    assert kept > 0 and rendered > 0


def test_only_rendered_pages_are_tokenised_for_the_search_index(builds):
    """A kept page's share of the search index comes from its record: none of its
    sections is tokenised again (the whole index was, before)."""
    live = builds["work"] / "live"
    stats_before, stats_after = builds["before"]["stats"], _stats(live / "site")
    pages = {name for name in stats_after if name.endswith(".html")}
    kept = {name for name in pages if stats_after[name] == stats_before.get(name)}
    tokenised = {location.split("#")[0] for location in builds["tokenised"]}
    assert kept and tokenised
    assert not kept & tokenised
    assert tokenised <= pages - kept
    index = read_tree(live / "site")[search_index.INDEX_SITE_PATH]
    assert index == read_tree(builds["work"] / "fresh" / "site")[search_index.INDEX_SITE_PATH]


def test_record_of_another_configuration_or_unreadable_is_ignored(tmp_path):
    record = incremental.PageRecord("d1", ({"location": "a.html", "text": "x"},), ("top",), {})
    (tmp_path / incremental.RECORD_NAME).write_bytes(
        incremental.dump_records({"a.md": record}, "key-1")
    )
    assert incremental.load_records(tmp_path, "key-1") == {"a.md": record}
    assert incremental.load_records(tmp_path, "key-2") == {}
    assert incremental.load_records(None, "key-1") == {}
    (tmp_path / incremental.RECORD_NAME).write_bytes(b'{"key": "key-1", "pages": [1]}')
    assert incremental.load_records(tmp_path, "key-1") == {}


def test_site_key_changes_with_any_site_wide_input():
    assert incremental.site_key([b"a", b"b"]) == incremental.site_key([b"a", b"b"])
    assert incremental.site_key([b"a", b"b"]) != incremental.site_key([b"a", b"c"])
    assert incremental.site_key([b"ab", b""]) != incremental.site_key([b"a", b"b"])


def test_plain_mkdocs_build_gives_the_same_site_and_is_the_fallback(builds, monkeypatch):
    """Without the private build steps (a MkDocs that renamed them) the site is built by
    MkDocs' own `build()`: the same pages, only the record file missing."""
    work = builds["work"]
    monkeypatch.setattr(incremental, "available", lambda: False)
    _build(work / "seeds", work / "plain")
    plain = read_tree(work / "plain" / "site")
    ours = read_tree(work / "fresh" / "site")
    assert incremental.RECORD_NAME not in plain
    assert {k: v for k, v in ours.items() if k != incremental.RECORD_NAME} == plain


def test_kept_pages_linked_by_a_process_apart_give_the_same_site(builds, tmp_path, monkeypatch):
    """Kept pages linked by a forked process while the changed ones are written (a large
    site: kept_pages.LINK_APART_FROM) give the full build's site all the same."""
    from generator.website import kept_pages

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    _build(seeds, tmp_path / "live")
    (seeds / "deal.txt").write_text(ADDED, encoding="utf-8")
    monkeypatch.setattr(kept_pages, "LINK_APART_FROM", 1)
    apart: list[bool] = []
    monkeypatch.setattr(kept_pages.Linking, "wait", _noting(kept_pages.Linking.wait, apart))
    _build(seeds, tmp_path / "live")
    _build(seeds, tmp_path / "fresh")
    assert apart == [True, False]  # linked apart; the full build keeps no page
    assert read_tree(tmp_path / "live" / "site") == read_tree(tmp_path / "fresh" / "site")


def _noting(wait, calls: list):
    """`Linking.wait`, noting whether a process apart was linking."""

    def noted(linking):
        calls.append(linking._process is not None)
        return wait(linking)

    return noted
