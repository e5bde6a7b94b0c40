"""Swapping a folder into place, the replaced folder removed now or by a detached process."""

import subprocess
import time

import pytest

from generator.website import swap
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
    left = tmp_path / f"{swap.GONE}site-x1y2"
    _folder(left, "page", "previous")
    other = _folder(tmp_path / f"{swap.GONE}docs-x1y2", "page", "other")
    swap.recover(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name, "site"]
    assert read_tree(target)["page0.html"] == b"live"


def test_without_later_the_replaced_folder_is_gone_on_return(tmp_path):
    target = _folder(tmp_path / "site", "old", "old")
    swap.swap_into_place(_folder(tmp_path / "new", "new", "new"), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
