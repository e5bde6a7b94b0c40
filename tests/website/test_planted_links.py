"""Links planted in the last output: a build keeps pages of the last docs and site, and never
keeps, copies, reads or changes anything through a link (someone with write access to the
output folder must not make a build publish, or change the mode of, a file outside it)."""

import os
import stat
from pathlib import Path

from generator.website.outputs import MARKER, MARKER_TEXT
from generator.website.site import write_docs
from generator.website.swap import ASIDE, recover

from ..conftest import build_site, write_corpus
from .test_incremental import ADDED, ARTICLES


def _links_below(folder: Path) -> list[str]:
    return sorted(
        os.path.relpath(os.path.join(root, name), folder)
        for root, dirs, files in os.walk(folder)
        for name in dirs + files
        if os.path.islink(os.path.join(root, name))
    )


def _plant(page: Path, outside: Path, text: bytes) -> None:
    """`page` replaced by a link to `outside`, a private file holding `text`."""
    outside.write_bytes(text)
    outside.chmod(0o600)
    page.unlink()
    page.symlink_to(outside)


def test_no_kept_page_is_a_link_and_no_outside_file_changes(tmp_path):
    work = tmp_path
    seeds = write_corpus(work / "seeds", ARTICLES)
    out = work / "out"
    build_site(seeds, out)
    private = work / "private"
    private.mkdir()
    site_page = next((out / "site" / "articles").glob("mill*.html"))
    _plant(site_page, private / "key.txt", b"PRIVATE KEY\n")
    docs_page = next((out / "docs" / "articles").glob("bridge*.md"))
    _plant(docs_page, private / "page.md", docs_page.read_bytes())
    (seeds / "deal.txt").write_text(ADDED, encoding="utf-8")
    build_site(seeds, out)
    assert _links_below(out / "site") == [] and _links_below(out / "docs") == []
    for name in ("key.txt", "page.md"):
        assert stat.S_IMODE((private / name).stat().st_mode) == 0o600, name
        assert (private / name).stat().st_nlink == 1, name
    assert b"PRIVATE KEY" not in site_page.read_bytes()
    assert b"<!doctype html>" in site_page.read_bytes()
    build_site(seeds, work / "fresh")
    for folder in ("site", "docs"):
        fresh = work / "fresh" / folder
        for root, _dirs, files in os.walk(fresh):
            for name in files:
                relative = os.path.relpath(os.path.join(root, name), fresh)
                if relative.startswith(".briefing") or relative.endswith(".gz"):
                    continue
                assert (out / folder / relative).read_bytes() == (fresh / relative).read_bytes()


def test_a_linked_folder_of_the_last_site_is_not_kept_from(tmp_path):
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    out = tmp_path / "out"
    build_site(seeds, out)
    elsewhere = tmp_path / "elsewhere"
    (out / "site" / "articles").rename(elsewhere)
    (out / "site" / "articles").symlink_to(elsewhere)
    for page in elsewhere.iterdir():
        page.chmod(0o600)
    (seeds / "deal.txt").write_text(ADDED, encoding="utf-8")
    build_site(seeds, out)
    assert _links_below(out / "site") == []
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in elsewhere.iterdir())
    assert all(p.stat().st_nlink == 1 for p in elsewhere.iterdir())


def test_a_left_aside_link_is_never_put_back(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / ".briefing-output").write_text("")
    (outside / "notes.txt").write_text("mine")
    aside = tmp_path / f"{ASIDE}site-abcd1234"
    aside.mkdir()
    (aside / "tree").symlink_to(outside)
    recover(tmp_path / "site")
    assert not (tmp_path / "site").exists() and not (tmp_path / "site").is_symlink()
    assert (outside / "notes.txt").read_text() == "mine"


def test_docs_written_in_place_never_write_through_a_link(tmp_path):
    # `serve` writes the docs in place; a page or a folder there linked to a file or a
    # folder outside had the page written into it
    docs, outside = tmp_path / "docs", tmp_path / "outside"
    (docs / "articles").mkdir(parents=True)
    outside.mkdir()
    (docs / MARKER).write_text(MARKER_TEXT)
    (docs / "articles" / "a.md").write_text("old page\n")
    (outside / "profile").write_text("mine\n")
    (docs / "articles" / "b.md").symlink_to(outside / "profile")
    (docs / "actors").symlink_to(outside)
    pages = {"articles/a.md": "page a\n", "articles/b.md": "page b\n", "actors/c.md": "c\n"}
    write_docs(pages, docs, in_place=True)
    assert sorted(p.name for p in outside.iterdir()) == ["profile"]
    assert (outside / "profile").read_text() == "mine\n"
    assert _links_below(docs) == []
    assert {name: (docs / name).read_text() for name in pages} == pages
