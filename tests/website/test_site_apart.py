"""MkDocs in a process of its own (website/site_apart.py): the same site, the same errors;
and the streamed digests the docs are compared by (website/digests.py)."""

import hashlib
import shutil

import pytest

from generator.website import digests, site_apart
from generator.website.outputs import MARKER, MARKER_TEXT
from generator.website.site import SiteError, read_tree, stage_docs, tree_digest

from ..conftest import build_docs, write_corpus
from ..test_render_reuse import ARTICLES


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    work = tmp_path_factory.mktemp("apart")
    build_docs(write_corpus(work / "seeds", ARTICLES), work / "docs")
    return work / "docs"


def test_site_built_apart_is_the_site_built_here(docs, tmp_path):
    many = site_apart.APART_FROM_ARTICLES
    here = site_apart.stage_site_apart(docs, tmp_path / "here", "Test", None, articles=1)
    apart = site_apart.stage_site_apart(docs, tmp_path / "apart", "Test", None, articles=many)
    assert here is not None and apart is not None and here != apart
    built_here, built_apart = read_tree(here), read_tree(apart)
    assert "index.html" in built_apart
    assert built_apart == built_here


def test_an_error_in_the_process_apart_is_raised_here(docs, tmp_path):
    broken = tmp_path / "docs"
    shutil.copytree(docs, broken)
    (broken / "broken.md").write_text("# Broken\n\n[gone](no-such-page.md)\n", encoding="utf-8")
    many = site_apart.APART_FROM_ARTICLES
    with pytest.raises(SiteError, match="no-such-page.md"):
        site_apart.stage_site_apart(broken, tmp_path / "site", "Test", None, articles=many)


def test_folder_digest_is_the_digest_of_the_tree_read_whole(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_bytes(b"z" * (3 * digests.CHUNK + 5))
    (tmp_path / "a.md").write_text("é\n", encoding="utf-8")
    (tmp_path / "b" / "a.md").write_bytes(b"")
    tree = read_tree(tmp_path)
    assert digests.folder_digest(tmp_path) == tree_digest(tree)
    assert digests.file_digests(tmp_path) == {
        name: hashlib.sha256(data).digest() for name, data in tree.items()
    }
    assert digests.text_digests({"a.md": "é\n"})["a.md"] == hashlib.sha256(tree["a.md"]).digest()
    (tmp_path / "b" / "a.md").write_bytes(b" ")
    assert digests.folder_digest(tmp_path) != tree_digest(tree)
    assert digests.file_digests(tmp_path / "missing") == {}


def test_staged_docs_are_compared_with_the_live_ones_by_digest(tmp_path):
    live, staged = tmp_path / "docs", tmp_path / "staged"
    pages = {"index.md": "# Home\n", "articles/a.md": "# A\n"}
    for folder in (live, staged):
        for name, text in pages.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
    (live / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    wanted = {name: hashlib.sha256(text.encode()).hexdigest() for name, text in pages.items()}
    assert stage_docs(wanted, live, staged) is None and not staged.exists()
    staged.mkdir()
    changed = {**wanted, "index.md": hashlib.sha256(b"# Home!\n").hexdigest()}
    assert stage_docs(changed, live, staged) == staged
    assert (staged / MARKER).read_text(encoding="utf-8") == MARKER_TEXT


def test_a_site_process_started_early_builds_the_same_site_and_one_unused_ends(docs, tmp_path):
    here = site_apart.stage_site_apart(docs, tmp_path / "here", "Test", None, articles=1)
    many = site_apart.APART_FROM_ARTICLES
    with site_apart.SiteProcess() as early:
        apart = site_apart.stage_site_apart(
            docs, tmp_path / "apart", "Test", None, articles=many, process=early
        )
        with pytest.raises(RuntimeError):  # one site a process
            early.stage((docs, tmp_path / "again", "Test", None))
    assert apart is not None and read_tree(apart) == read_tree(here)
    unused = site_apart.SiteProcess()
    unused.close()  # no job: it ends, the build does not wait for it
    assert not unused._process.is_alive() and unused._process.exitcode == 0


def test_a_site_process_reading_the_last_records_ahead_keeps_what_a_build_here_keeps(
    docs, tmp_path
):
    """Given the live site, the process apart reads its page records while it waits; the
    incremental site it stages from changed docs is the one staged in this process."""
    live = tmp_path / "site"
    shutil.move(site_apart.stage_site_apart(docs, live, "Test", None, articles=1), live)
    changed = tmp_path / "docs"
    shutil.copytree(docs, changed)
    page = sorted((changed / "articles").glob("*.md"))[-1]
    page.write_text(page.read_text(encoding="utf-8") + "\nOne line more.\n", encoding="utf-8")
    here = read_tree(site_apart.stage_site_apart(changed, live, "Test", None, articles=1))
    many = site_apart.APART_FROM_ARTICLES  # (staging again removes that staged folder)
    with site_apart.SiteProcess(live.resolve()) as early:
        apart = site_apart.stage_site_apart(changed, live, "Test", None, many, process=early)
    assert apart is not None
    assert read_tree(apart) == here != read_tree(live)
