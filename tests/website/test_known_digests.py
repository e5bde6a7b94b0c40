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
    reading = digests.file_digests

    def recorded(folder: Path) -> dict[str, bytes]:
        read.append(folder.name)
        return reading(folder)

    def refused(folder: Path) -> str:
        raise AssertionError(f"{folder} read back for the stamp")

    monkeypatch.setattr(site, "file_digests", recorded)
    monkeypatch.setattr(build_module, "folder_digest", refused)
    _build(seeds, tmp_path)
    assert read == ["docs"]  # the live docs, compared with the render; never the staged ones
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
