"""Swapping a folder into place, the replaced folder removed now or by a detached process."""

import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from generator.website import swap
from generator.website.outputs import MARKER
from generator.website.site import read_tree


def _folder(path, name: str, text: str):
    path.mkdir()
    for number in range(30):
        (path / f"{name}{number}.html").write_text(text)
    return path


def _gone(parent) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(swap.GONE))


def _wait_until_removed(parent, seconds: float = 20.0) -> list[str]:
    deadline = time.monotonic() + seconds
    while _gone(parent) and time.monotonic() < deadline:
        time.sleep(0.05)
    return _gone(parent)


@pytest.mark.parametrize("exchange", [True, False])
def test_a_replaced_folder_is_removed_later_and_the_new_one_is_in_place(
    tmp_path, monkeypatch, exchange
):
    if not exchange:
        monkeypatch.setattr(swap, "_exchange", lambda a, b: False)
    target = _folder(tmp_path / "site", "old", "old")
    new = _folder(tmp_path / ".tmp-site-abc", "new", "new")
    swap.swap_into_place(new, target, later=True)
    assert read_tree(target) == {f"new{n}.html": b"new" for n in range(30)}
    assert _wait_until_removed(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_replaced_folder_is_removed_now_when_no_process_can_be_started(tmp_path, monkeypatch):
    def no_shell(*args, **kwargs):
        raise OSError("no /bin/sh")

    monkeypatch.setattr(subprocess, "run", no_shell)
    target = _folder(tmp_path / "site", "old", "old")
    swap.swap_into_place(_folder(tmp_path / "new", "new", "new"), target, later=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert "new0.html" in read_tree(target)


def test_recover_removes_a_replaced_folder_whose_removal_was_cut_short(tmp_path):
    target = _folder(tmp_path / "site", "page", "live")
    # named as discard names them (tempfile.mkdtemp), which is what recover looks for
    left = Path(tempfile.mkdtemp(prefix=f"{swap.GONE}site-", dir=tmp_path))
    _folder(left / "tree", "page", "previous")
    other = Path(tempfile.mkdtemp(prefix=f"{swap.GONE}docs-", dir=tmp_path))
    swap.recover(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name, "site"]
    assert read_tree(target)["page0.html"] == b"live"


def test_without_later_the_replaced_folder_is_gone_on_return(tmp_path):
    target = _folder(tmp_path / "site", "old", "old")
    swap.swap_into_place(_folder(tmp_path / "new", "new", "new"), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


# --- recover and the swap remove only what a build made ----------------------------------


def _users(path, text: str = "mine"):
    """A user's own folder, which no build made (no marker)."""
    path.mkdir()
    (path / "notes.txt").write_text(text)
    return path


def _output(path, text: str):
    """A folder a build made: it carries the output marker."""
    _folder(path, "page", text)
    (path / MARKER).write_text("")
    return path


def _left_aside(target: Path, text: str) -> Path:
    """The replaced folder as the two-rename swap leaves it when killed between its renames."""
    aside = Path(tempfile.mkdtemp(prefix=f"{swap.ASIDE}{target.name}-", dir=target.parent))
    _output(aside / "tree", text)
    return aside


@pytest.mark.parametrize("marked", [False, True])
def test_recover_keeps_a_users_folder_named_like_the_old_left_aside_one(tmp_path, marked):
    # a user's backup `cp -r site .site.old` carries the marker, as the site does: it was
    # once renamed into place (then replaced by the build) or removed
    users = _users(tmp_path / ".site.old")
    if marked:
        (users / MARKER).write_text("")
    swap.recover(tmp_path / "site")  # no site yet
    assert not (tmp_path / "site").exists()
    live = _output(tmp_path / "site", "live")
    swap.recover(live)  # a site
    assert (users / "notes.txt").read_text() == "mine"


def test_recover_finishes_or_undoes_its_own_left_aside_folder(tmp_path):
    target = tmp_path / "site"
    _left_aside(target, "previous")
    swap.recover(target)
    assert read_tree(target)["page0.html"] == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    _left_aside(target, "older")
    swap.recover(target)
    assert read_tree(target)["page0.html"] == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


@pytest.mark.parametrize("marked", [False, True])
def test_the_two_rename_swap_leaves_a_users_old_folder_alone(tmp_path, monkeypatch, marked):
    monkeypatch.setattr(swap, "_exchange", lambda a, b: False)
    users = _users(tmp_path / ".site.old")
    if marked:
        (users / MARKER).write_text("")
    target = _output(tmp_path / "site", "live")
    swap.swap_into_place(_output(tmp_path / "new", "new"), target)
    assert (users / "notes.txt").read_text() == "mine"
    assert read_tree(target)["page0.html"] == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.old", "site"]


def test_a_two_rename_swap_killed_between_its_renames_is_undone(tmp_path, monkeypatch):
    monkeypatch.setattr(swap, "_exchange", lambda a, b: False)
    target = _output(tmp_path / "site", "live")
    new = _output(tmp_path / ".tmp-site-abcd1234", "new")
    real = Path.rename

    def killed(self, destination):
        if Path(destination) == target:
            raise KeyboardInterrupt  # the process dies before the new folder is in place
        return real(self, destination)

    monkeypatch.setattr(Path, "rename", killed)
    with pytest.raises(KeyboardInterrupt):
        swap.swap_into_place(new, target)
    monkeypatch.setattr(Path, "rename", real)
    assert not target.exists()
    swap.recover(target)
    assert read_tree(target)["page0.html"] == b"live"


@pytest.mark.parametrize(
    "name",
    [
        f"{swap.GONE}site-mine",  # not the shape of a name a build makes
        ".tmp-site-my notes",
        f"{swap.GONE}site-docs-abcd1234",  # another output's (site-docs) leftover shape
        ".tmp-site-docs-abcd1234",
    ],
)
def test_recover_removes_only_names_of_the_shape_a_build_gives(tmp_path, name):
    users = _users(tmp_path / name)
    swap.recover(_output(tmp_path / "site", "live"))
    assert (users / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize("name", ["site*", "[s]ite", "-site", "my site"])
def test_a_target_whose_name_is_a_pattern_removes_only_its_own_leftovers(tmp_path, name):
    others = [_users(tmp_path / f"{prefix}site-abcd1234") for prefix in (".tmp-", swap.GONE)]
    target = _output(tmp_path / name, "live")
    own = swap.temporary_sibling(target)
    gone = Path(tempfile.mkdtemp(prefix=f"{swap.GONE}{name}-", dir=tmp_path))
    swap.recover(target)
    assert not own.exists() and not gone.exists()
    assert all((o / "notes.txt").is_file() for o in others)


def test_the_site_step_keeps_the_docs_staging_of_a_docs_folder_named_after_the_site(tmp_path):
    # --docs-dir out/site-docs --site-dir out/site: the site step's recover once removed
    # the docs staged for this very build (`.tmp-site-docs-…` matched `.tmp-site-*`)
    docs_staged = swap.temporary_sibling(tmp_path / "site-docs")
    swap.recover(tmp_path / "site")
    assert docs_staged.is_dir()


def test_recover_never_follows_a_link_named_like_a_leftover(tmp_path):
    users = _users(tmp_path / "mine")
    (tmp_path / f"{swap.GONE}site-abcd1234").symlink_to(users, target_is_directory=True)
    (tmp_path / ".site.old").symlink_to(users, target_is_directory=True)
    aside = Path(tempfile.mkdtemp(prefix=f"{swap.ASIDE}site-", dir=tmp_path))
    (aside / "tree").symlink_to(users, target_is_directory=True)
    (tmp_path / f"{swap.ASIDE}site-abcd1234").symlink_to(users, target_is_directory=True)
    (users / MARKER).write_text("")
    swap.recover(tmp_path / "site")  # no site: a link is never put in its place
    assert not (tmp_path / "site").exists()
    assert (users / "notes.txt").read_text() == "mine"
    swap.recover(_output(tmp_path / "site", "live"))
    assert (users / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize("name", ["-site", "my site", "-rf site"])
def test_a_target_named_like_an_option_or_with_spaces_is_swapped_and_removed_later(
    tmp_path, monkeypatch, name
):
    monkeypatch.chdir(tmp_path)  # a relative target, as `--site-dir=-site` gives it
    users = _users(tmp_path / "site")
    target = _output(Path(name), "live")
    swap.swap_into_place(_output(Path(".tmp-new"), "new"), target, later=True)
    assert read_tree(target)["page0.html"] == b"new"
    assert _wait_until_removed(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "site"])
    assert (users / "notes.txt").read_text() == "mine"
