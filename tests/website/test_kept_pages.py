"""A kept page's anchors always come back from its record; its links only when one of
them points to a page that is not kept (links between kept pages were checked before)."""

import os
from types import SimpleNamespace

import pytest

from generator.website import kept_pages
from generator.website.page_records import PageRecord


class _File:
    def __init__(self, uri: str):
        self.src_uri = uri


class _Files:
    def __init__(self, *uris: str):
        self.src_uris = {uri: _File(uri) for uri in uris}


def _page():
    return SimpleNamespace(present_anchor_ids=None, links_to_anchors=None)


RECORD = PageRecord("d", (), ("top", "fees"), {"b.md": {"vote": "b.md#vote"}, "c.md": {}})


def test_links_between_kept_pages_are_not_given_back():
    page = _page()
    kept_pages.restore(page, RECORD, _Files("a.md", "b.md", "c.md"), {"a.md", "b.md", "c.md"})
    assert page.present_anchor_ids == {"top", "fees"}
    assert page.links_to_anchors is None  # MkDocs then checks none of its links


def test_a_link_to_a_rendered_page_gives_back_every_link():
    page, files = _page(), _Files("a.md", "b.md", "c.md")
    kept_pages.restore(page, RECORD, files, {"a.md", "c.md"})  # b.md rendered
    assert page.links_to_anchors == {
        files.src_uris["b.md"]: {"vote": "b.md#vote"},
        files.src_uris["c.md"]: {},
    }


def test_a_page_written_elsewhere_gets_its_links_and_a_gone_target_is_left_out():
    page, files = _page(), _Files("a.md", "c.md")  # b.md no longer there
    kept_pages.restore(page, RECORD, files)
    assert page.links_to_anchors == {files.src_uris["c.md"]: {}}
    assert page.present_anchor_ids == {"top", "fees"}


def _pairs(tmp_path, count: int) -> list[tuple[str, str]]:
    old = tmp_path / "old" / "actors"
    old.mkdir(parents=True)
    pairs = []
    for number in range(count):
        (old / f"p{number}.html").write_text(f"page {number}", encoding="utf-8")
        target = tmp_path / "new" / "actors" / f"p{number}.html"
        pairs.append((str(old / f"p{number}.html"), str(target)))
    return pairs


def test_many_kept_pages_are_linked_apart_few_here_the_same_links(tmp_path, monkeypatch):
    """From LINK_APART_FROM kept pages on, a forked process links them while this one
    writes the changed pages; fewer are linked at once. The same hard links either way."""
    monkeypatch.setattr(kept_pages, "LINK_APART_FROM", 3)
    for count in (2, 5):
        pairs = _pairs(tmp_path / str(count), count)
        linking = kept_pages.Linking(pairs)
        assert (linking._process is not None) == (count >= 3)
        linking.wait()
        for source, target in pairs:
            assert os.stat(source).st_ino == os.stat(target).st_ino


def test_a_page_that_cannot_be_linked_apart_fails_the_wait(tmp_path, monkeypatch):
    monkeypatch.setattr(kept_pages, "LINK_APART_FROM", 3)
    pairs = _pairs(tmp_path, 4)
    os.unlink(pairs[2][0])  # gone from the previous site: neither linked nor copied
    linking = kept_pages.Linking(pairs)
    with pytest.raises(OSError, match="could not keep a page of the previous site"):
        linking.wait()
