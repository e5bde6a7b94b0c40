"""MkDocs' pages written by several processes (generator/website/page_workers.py): the same
site as writing them all in one, MkDocs' warnings from a worker still fail a strict build,
and a failing worker fails the build with a message instead of leaving pages out."""

import logging
import os
from pathlib import Path

import pytest

from generator.website import page_workers
from generator.website.site import SiteError, build_site, read_tree

from ..conftest import build_docs, write_corpus
from .test_site_deferred import ARTICLES as deferred_articles

ARTICLES = {
    **deferred_articles,
    "ferry.txt": (
        "Ferry to Brimsey delayed\n\nPublished 20 June 2021\n\n"
        "The Brimsey ferry will sail two hours late on Friday, harbour master Ola Berg "
        "said, after a storm damaged the pier. Jon Hale said the trust would help.\n"
    ),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    """A small briefing's docs folder (no site)."""
    root = tmp_path_factory.mktemp("workers")
    build_docs(write_corpus(root / "seeds", ARTICLES), root / "docs", "--no-cache")
    return root / "docs"


def _writers(monkeypatch, tmp_path: Path, workers) -> Path:
    """Force `workers` processes (a function of the page count) and log which process
    wrote each page into the returned file."""
    import mkdocs.commands.build as mkdocs_build

    log = tmp_path / f"writers-{len(list(tmp_path.iterdir()))}.txt"
    real = mkdocs_build._build_page

    def build_page(page, *args, **kwargs):
        with open(log, "a") as handle:
            handle.write(f"{os.getpid()} {page.file.src_uri}\n")
        return real(page, *args, **kwargs)

    monkeypatch.setattr(mkdocs_build, "_build_page", build_page)
    monkeypatch.setattr(page_workers, "worker_count", workers)
    return log


def test_pages_written_by_several_processes_give_the_same_site(docs, tmp_path, monkeypatch):
    _writers(monkeypatch, tmp_path, lambda pages, size=0: 1)
    assert build_site(docs, tmp_path / "alone", "Islands", None)
    log = _writers(monkeypatch, tmp_path, lambda pages, size=0: 3)
    assert build_site(docs, tmp_path / "shared", "Islands", None)
    writers = {}
    for line in log.read_text().splitlines():
        pid, uri = line.split(" ", 1)
        writers.setdefault(pid, set()).add(uri)
    assert len(writers) == 3 and str(os.getpid()) in writers  # this process took a share
    assert sum(len(uris) for uris in writers.values()) == len(set().union(*writers.values()))
    assert read_tree(tmp_path / "shared") == read_tree(tmp_path / "alone")


def test_a_workers_mkdocs_warning_fails_the_strict_build(docs, tmp_path, monkeypatch):
    """A broken link on a page written in a worker: the build fails and says where, as it
    does when the page is written here."""
    broken = tmp_path / "docs"
    import shutil

    shutil.copytree(docs, broken)
    page = broken / "articles" / "regatta.md"
    page.write_text(page.read_text() + "\n[more](no-such-page.md)\n")
    for count in (1, 1000):  # 1000: every page alone, all but the longest in a worker
        _writers(monkeypatch, tmp_path, lambda pages, size=0, count=count: min(count, pages))
        with pytest.raises(SiteError, match="no-such-page.md"):
            build_site(broken, tmp_path / f"site-{count}", "Islands", None)
        assert not (tmp_path / f"site-{count}").exists()


def test_a_failing_worker_fails_the_build_and_keeps_the_old_site(docs, tmp_path, monkeypatch):
    import mkdocs.commands.build as mkdocs_build

    site = tmp_path / "site"
    assert build_site(docs, site, "Islands", None)
    before = read_tree(site)
    parent, real = os.getpid(), mkdocs_build._build_page

    def build_page(page, *args, **kwargs):
        if os.getpid() != parent:
            raise RuntimeError("disk on fire")
        return real(page, *args, **kwargs)

    monkeypatch.setattr(mkdocs_build, "_build_page", build_page)
    monkeypatch.setattr(page_workers, "worker_count", lambda pages, size=0: 2)
    with pytest.raises(SiteError, match="page-writing worker failed: RuntimeError: disk on fire"):
        build_site(docs, site, "Islands 2", None)
    assert read_tree(site) == before


def test_write_shared_deals_the_items_and_gathers_every_result():
    items = [(f"k{i}", i) for i in range(7)]
    results = page_workers.write_shared(items, lambda i: (i * i, os.getpid()), 3)
    assert {key: value for key, (value, _) in results.items()} == {f"k{i}": i * i for i in range(7)}
    by_process = {}
    for key, (_, pid) in results.items():
        by_process.setdefault(pid, []).append(key)
    assert sorted(by_process.values()) == [["k0", "k3", "k6"], ["k1", "k4"], ["k2", "k5"]]
    assert by_process[os.getpid()] == ["k0", "k3", "k6"]


def test_write_shared_logs_a_workers_warnings_here(caplog):
    def write(i):
        if i % 2:
            logging.getLogger("mkdocs.structure.pages").warning("page %s: odd link", i)
        return i

    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        assert page_workers.write_shared([("a", 0), ("b", 1), ("c", 3)], write, 2) == {
            "a": 0,
            "b": 1,
            "c": 3,
        }
    assert sorted(r.getMessage() for r in caplog.records) == [
        "page 1: odd link",
        "page 3: odd link",
    ]
    assert {r.name for r in caplog.records} == {"mkdocs.structure.pages"}


def test_write_shared_raises_this_processes_error_as_it_is():
    def write(i):
        if i == 0:
            raise ValueError("bad page")
        return i

    with pytest.raises(ValueError, match="bad page"):
        page_workers.write_shared([("a", 0), ("b", 1)], write, 2)


def test_a_worker_that_dies_is_a_failure_not_a_missing_page():
    def write(i):
        if i == 1:
            os._exit(3)
        return i

    with pytest.raises(page_workers.WorkerFailed, match="ended without an answer"):
        page_workers.write_shared([("a", 0), ("b", 1)], write, 2)


def test_worker_count_is_one_for_small_sites():
    assert page_workers.worker_count(page_workers.MIN_PAGES - 1) == 1
    assert 1 <= page_workers.worker_count(100_000) <= len(os.sched_getaffinity(0))


def test_worker_count_shares_out_a_few_long_pages():
    cores = len(os.sched_getaffinity(0))
    assert page_workers.worker_count(3, page_workers.MIN_BYTES - 1) == 1
    assert page_workers.worker_count(1, 10 * page_workers.MIN_BYTES) == 1
    assert page_workers.worker_count(3, page_workers.MIN_BYTES) == min(cores, 2)
    assert page_workers.worker_count(2, 100 * page_workers.MIN_BYTES) == min(cores, 2)


def test_deal_by_weight_gives_the_heaviest_first_to_the_lightest_share():
    items = ["a", "b", "c", "d", "e"]
    shares = page_workers.deal(items, 2, [5, 1, 1, 1, 4])
    assert shares == [["a", "c"], ["b", "d", "e"]]  # loads 6 and 6; each share in order
    assert page_workers.deal(items, 2) == [["a", "c", "e"], ["b", "d"]]


def test_write_shared_by_weight_writes_every_item_once():
    items = [(f"k{i}", i) for i in range(6)]
    results = page_workers.write_shared(items, lambda i: (i, os.getpid()), 2, [9, 1, 1, 1, 1, 1])
    assert {key: value for key, (value, _) in results.items()} == {f"k{i}": i for i in range(6)}
    here = sorted(key for key, (_, pid) in results.items() if pid == os.getpid())
    assert here == ["k0"]  # the heaviest alone; the five light ones in the forked share
