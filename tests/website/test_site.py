"""site: the docs folder and site are replaced whole or not at all; builds lock each other out."""

import tempfile
from pathlib import Path

import pytest

from generator.website import site
from generator.website.outputs import MARKER
from generator.website.site import BuildLocked, build_lock, read_tree, recover, write_docs
from generator.website.swap import temporary_sibling

ROOT = Path(__file__).parent.parent.parent


def pages(docs: Path) -> dict[str, bytes]:
    """The docs folder's files less the output marker."""
    return {name: data for name, data in read_tree(docs).items() if name != MARKER}


def test_write_docs_creates_exactly_the_files_and_the_marker(tmp_path):
    docs = tmp_path / "docs"
    assert write_docs({"index.md": "# Hi\n", "a/b.md": "x\n"}, docs) is True
    assert set(read_tree(docs)) == {"a/b.md", "index.md", MARKER}
    assert pages(docs) == {"a/b.md": b"x\n", "index.md": b"# Hi\n"}


def test_stale_files_disappear(tmp_path):
    docs = tmp_path / "docs"
    write_docs({"old.md": "old\n", "index.md": "1\n"}, docs)
    write_docs({"index.md": "2\n"}, docs)
    assert pages(docs) == {"index.md": b"2\n"}


def test_unchanged_docs_are_not_rewritten(tmp_path):
    docs = tmp_path / "docs"
    write_docs({"index.md": "same\n"}, docs)
    before = (docs / "index.md").stat().st_mtime_ns, (docs / "index.md").stat().st_ino
    assert write_docs({"index.md": "same\n"}, docs) is False
    after = (docs / "index.md").stat().st_mtime_ns, (docs / "index.md").stat().st_ino
    assert before == after


def test_failure_while_writing_leaves_previous_docs_whole(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    write_docs({"index.md": "good\n", "page.md": "good\n"}, docs)

    def broken_swap(new: Path, target: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(site, "swap_into_place", broken_swap)
    with pytest.raises(OSError):
        write_docs({"index.md": "new\n"}, docs)
    assert pages(docs) == {"index.md": b"good\n", "page.md": b"good\n"}
    assert [p.name for p in tmp_path.iterdir()] == ["docs"]


def test_swap_replaces_a_folder_atomically(tmp_path):
    target, new = tmp_path / "site", tmp_path / "new"
    target.mkdir()
    (target / "old.html").write_text("old")
    new.mkdir()
    (new / "new.html").write_text("new")
    site.swap_into_place(new, target)
    assert read_tree(target) == {"new.html": b"new"}
    assert not new.exists()


def test_recover_restores_a_folder_left_aside_by_a_killed_swap(tmp_path):
    target = tmp_path / "site"
    old = Path(tempfile.mkdtemp(prefix=f".aside-{target.name}-", dir=tmp_path)) / "tree"
    old.mkdir()
    (old / "index.html").write_text("previous")
    (old / MARKER).write_text("")  # only a folder a build made is put back
    temporary_sibling(target)
    recover(target)
    assert read_tree(target) == {"index.html": b"previous", MARKER: b""}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_second_build_in_the_same_folder_is_refused(tmp_path):
    with (
        build_lock(tmp_path),
        pytest.raises(BuildLocked, match="another build is running"),
        build_lock(tmp_path),
    ):
        pass
    with build_lock(tmp_path):
        pass


def test_failed_render_leaves_the_old_docs_and_no_staging_folder(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import generator.render as rendering
    from generator.cli import main

    seeds = ROOT / "seeds"
    docs = tmp_path / "docs"
    args = ["build", "--seeds", str(seeds), "--docs-dir", str(docs), "--no-site", "--no-cache"]
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, args).exit_code == 0
    before = read_tree(docs)

    def broken(plan):
        raise OSError("disk full")

    monkeypatch.setattr(rendering, "_site_pages", broken)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and "disk full" in result.stderr
    assert read_tree(docs) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]


def test_unchanged_build_without_cache_removes_its_staging_folder(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import main

    docs = tmp_path / "docs"
    args = ["build", "--seeds", str(ROOT / "seeds"), "--docs-dir", str(docs), "--no-site"]
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, [*args, "--no-cache"]).exit_code == 0
    again = CliRunner().invoke(main, [*args, "--no-cache"])
    assert again.exit_code == 0 and "docs/ unchanged" in again.stderr
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]
