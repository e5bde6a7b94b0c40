"""Saved pages kept by their files' status (generator/run/seen_pages.py): an unchanged page
is not read again, a changed one is, and reading gives what a full read gives."""

import os

import pytest

from generator import deferred
from generator.cache import generator_digest, write_whole
from generator.deferred import Deferred
from generator.deferred import read_deferred as read_all
from generator.run import seen_pages

PAGE = (
    "<html><head><title>Ferry strike ends</title></head><body><article><h1>Ferry strike "
    "ends</h1><p>The Orsa ferry crews went back to work on Monday, the union said.</p>"
    "</article></body></html>"
)


def read_deferred(seeds, cache_dir=None, generator=None):
    """Reading as the build does: the kept pages loaded, used, saved (no cache: none)."""
    if cache_dir is None:
        return read_all(seeds)
    generator = generator or generator_digest()
    pages = seen_pages.load(cache_dir, generator)
    read = read_all(seeds, pages)
    seen_pages.save(cache_dir, pages, generator, write_whole)
    return read


@pytest.fixture
def corpus(tmp_path):
    seeds, cache_dir = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    (seeds / "ferry.html").write_text(PAGE, encoding="utf-8")
    (seeds / "latin.html").write_bytes(PAGE.replace("Orsa", "Orsà").encode("cp1252"))
    (seeds / "note.txt").write_text("Harbour fees rise\n\nThe fees rose by a tenth.\n")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "ferry.html").write_text(PAGE.replace("Monday", "Friday"))
    return seeds, cache_dir


@pytest.fixture
def reads(monkeypatch):
    """The files really read, by name; statuses trusted at once (no clock-tick wait)."""
    names: list[str] = []
    real = deferred.read_with_digest

    def counted(path, source, article_id):
        names.append(path.name)
        return real(path, source, article_id)

    monkeypatch.setattr(deferred, "read_with_digest", counted)
    monkeypatch.setattr(seen_pages, "RACY_NS", 0)
    return names


def test_an_unchanged_page_is_not_read_again_and_gives_what_a_read_gives(corpus, reads):
    seeds, cache_dir = corpus
    first = read_deferred(seeds, cache_dir)
    assert sorted(reads) == ["ferry.html", "ferry.html", "latin.html", "note.txt"]
    reads.clear()
    second = read_deferred(seeds, cache_dir)
    assert reads == ["note.txt"]  # text is always read: its text is needed
    assert second == first == read_deferred(seeds)  # items (ids, warnings, digests), problems
    latin = next(i for i in second[0] if i.id == "latin")
    assert isinstance(latin, Deferred) and latin.warnings  # its decoding warning is kept
    renamed = [i for i in second[0] if i.id == "ferry-2"]
    assert renamed and "already used" in renamed[0].warnings[-1]


def test_a_page_changed_with_its_size_and_mtime_kept_is_read_again(corpus, reads):
    seeds, cache_dir = corpus
    read_deferred(seeds, cache_dir)
    page = seeds / "ferry.html"
    before = page.stat()
    page.write_text(PAGE.replace("Monday", "Sunday"), encoding="utf-8")  # same size
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # mtime set back
    reads.clear()
    items, _ = read_deferred(seeds, cache_dir)
    assert reads.count("ferry.html") == 1  # this one read again (its ctime moved)
    assert items == read_deferred(seeds)[0]


def test_a_status_taken_too_soon_after_the_last_change_is_not_trusted(corpus, reads, monkeypatch):
    seeds, cache_dir = corpus
    monkeypatch.setattr(seen_pages, "RACY_NS", 3_600 * 10**9)  # as if written a moment ago
    read_deferred(seeds, cache_dir)
    reads.clear()
    read_deferred(seeds, cache_dir)
    assert sorted(reads) == ["ferry.html", "ferry.html", "latin.html", "note.txt"]


def test_pages_kept_by_another_generator_or_damaged_are_read_again(corpus, reads, monkeypatch):
    seeds, cache_dir = corpus
    read_deferred(seeds, cache_dir)
    reads.clear()
    read_deferred(seeds, cache_dir, "another generator")
    assert len(reads) == 4
    (cache_dir / seen_pages.FILE_NAME).write_text('{"generator": "', encoding="utf-8")
    reads.clear()
    assert read_deferred(seeds, cache_dir) == read_deferred(seeds)
    assert len(reads) == 4  # (the plain read goes through ingest, not counted)


def test_a_removed_page_is_forgotten_and_without_a_cache_nothing_is_kept(corpus, reads):
    seeds, cache_dir = corpus
    read_deferred(seeds, cache_dir)
    (seeds / "latin.html").unlink()
    read_deferred(seeds, cache_dir)
    kept = seen_pages.load(cache_dir, generator_digest()).known
    assert sorted(os.path.basename(p) for p in kept) == ["ferry.html", "ferry.html"]
    read_deferred(seeds)
    assert seen_pages.load(None, generator_digest()).known == {}
