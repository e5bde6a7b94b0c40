"""A kept page's anchors always come back from its record; its links only when one of
them points to a page that is not kept (links between kept pages were checked before)."""

from types import SimpleNamespace

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
