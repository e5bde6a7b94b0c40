"""The docs' digests are known from the render: the build's stamp and the site's inputs
take them instead of reading the docs folder back, and equal what reading it gives."""

import json
from pathlib import Path

from generator import build as build_module
from generator.website import digests, publish, site
from generator.website.digests import folder_digest

from ..conftest import build_cli, make_briefing
from .test_incremental import ADDED, ARTICLES


def _build(seeds: Path, out: Path) -> None:
    build_cli(seeds, "--docs-dir", str(out / "docs"), "--site-dir", str(out / "site"), "--quiet")


def test_stamp_and_site_inputs_equal_the_docs_read_back_and_the_new_docs_are_not_read(
    tmp_path, monkeypatch
):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    _build(seeds, tmp_path)
    (seeds / "deal.txt").write_text(ADDED, encoding="utf-8")
    read: list[str] = []
    reading, holding = digests.file_digests, digests.holds_exactly

    def recorded(folder: Path) -> dict[str, bytes]:
        read.append(folder.name)
        return reading(folder)

    def compared(folder: Path, wanted) -> bool:
        read.append(f"compared {folder.name}")
        return holding(folder, wanted)

    def refused(folder: Path) -> str:
        raise AssertionError(f"{folder} read back for the stamp")

    monkeypatch.setattr(site, "file_digests", recorded)
    monkeypatch.setattr(site, "holds_exactly", compared)
    monkeypatch.setattr(build_module, "folder_digest", refused)
    _build(seeds, tmp_path)
    assert read == [
        "compared docs"
    ]  # the live docs, compared with the render; never the staged ones
    monkeypatch.undo()
    docs, site_dir = tmp_path / "docs", tmp_path / "site"
    stamp = json.loads((tmp_path / ".briefing-cache" / "last-build.json").read_text())
    assert stamp["docs"] == folder_digest(docs)
    # the site's own stamp is the one reading the docs gives: nothing to build again
    assert site.stage_site(docs, site_dir, stamp["title"], None) is None
    (docs / "index.md").write_text("changed by hand\n", encoding="utf-8")
    assert stamp["docs"] != folder_digest(docs)


def test_docs_written_in_place_report_their_digest(tmp_path):
    docs = tmp_path / "docs"
    written = publish.publish(
        make_briefing(), "T", publish.Target(docs, None, None, jobs=1, in_place=True)
    )
    assert written.docs_digest == folder_digest(docs)
    staged = publish.publish(make_briefing(), "T", publish.Target(tmp_path / "d2", None, None))
    assert staged.docs_digest == folder_digest(tmp_path / "d2") == written.docs_digest


def test_the_site_built_with_known_digests_is_the_one_built_reading_the_docs(tmp_path, monkeypatch):
    from generator.website import incremental
    from generator.website.site import read_tree

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    _build(seeds, tmp_path / "a")
    (seeds / "deal.txt").write_text(ADDED, encoding="utf-8")
    hashed: list[str] = []
    hashing = incremental._digest

    def recorded(path: str) -> str:
        hashed.append(path)
        return hashing(path)

    monkeypatch.setattr(incremental, "_digest", recorded)
    _build(seeds, tmp_path / "a")  # incremental, the docs' digests known from the render
    assert hashed == []
    monkeypatch.undo()
    docs, site_dir = tmp_path / "a" / "docs", tmp_path / "a" / "site"
    title = json.loads((tmp_path / "a" / ".briefing-cache" / "last-build.json").read_text())
    # the same docs, the site built again from the same previous site, the docs read
    read_back = site.stage_site(docs, site_dir, title["title"], None, force=True)
    try:
        assert read_tree(read_back) == read_tree(site_dir)
    finally:
        import shutil

        shutil.rmtree(read_back)


def test_a_tags_listing_is_found_in_the_bytes_whatever_surrounds_it(tmp_path):
    from generator.website import incremental

    page = tmp_path / "tags.md"
    page.write_bytes(b"\xef\xbb\xbf# Tags\n\xff\xfe<!-- material/tags -->\n\xc3")
    assert incremental._lists_tags(str(page))
    page.write_bytes(b"# Tags\n<!-- material/tag -->\n")
    assert not incremental._lists_tags(str(page))
