"""The findings' kept parts beside the render record (render/record_parts.py): the first
file written whole only now and then, the entries found since in a second one; a build that
finds nothing new writes neither; a damaged or foreign file is ignored."""

from generator.render import record_parts
from generator.render.record_parts import ADDED, BASE, load, save, writes

ENTRIES = {f"parts\0figures\0{n:02d}": (n, frozenset({f"word{n}"})) for n in range(20)}


def _layers(folder) -> dict[str, str]:
    return {name: layer for name, (_value, layer) in load(folder).items()}


def test_the_first_save_writes_every_entry_into_the_first_file(tmp_path):
    save(tmp_path, ENTRIES, {})
    assert not (tmp_path / ADDED).exists()
    assert {n: v for n, (v, _l) in load(tmp_path).items()} == ENTRIES
    assert set(_layers(tmp_path).values()) == {BASE}


def test_nothing_new_writes_nothing(tmp_path):
    save(tmp_path, ENTRIES, {})
    fewer = dict(list(ENTRIES.items())[2:])  # two unused: fewer than a quarter
    assert writes(fewer, _layers(tmp_path)) == {}


def test_new_entries_go_to_the_second_file_alone(tmp_path):
    save(tmp_path, ENTRIES, {})
    before = (tmp_path / BASE).read_bytes()
    new = {"parts\0figures\0new": (99, frozenset())}
    save(tmp_path, {**ENTRIES, **new}, _layers(tmp_path))
    assert (tmp_path / BASE).read_bytes() == before
    assert _layers(tmp_path) == {**dict.fromkeys(ENTRIES, BASE), **dict.fromkeys(new, ADDED)}
    newer = {"parts\0figures\0newer": (100, frozenset())}
    save(tmp_path, {**ENTRIES, **new, **newer}, _layers(tmp_path))
    assert (tmp_path / BASE).read_bytes() == before
    assert {n for n, layer in _layers(tmp_path).items() if layer == ADDED} == {*new, *newer}


def test_both_files_are_rewritten_once_the_added_or_unused_ones_are_many(tmp_path):
    save(tmp_path, ENTRIES, {})
    many = {f"parts\0figures\0new{n}": (n, frozenset()) for n in range(6)}  # 6 > 20 / 4
    save(tmp_path, {**ENTRIES, **many}, _layers(tmp_path))
    assert not (tmp_path / ADDED).exists()
    assert _layers(tmp_path) == dict.fromkeys({**ENTRIES, **many}, BASE)
    kept = dict(list(ENTRIES.items())[:10])  # 16 unused of 26
    assert writes(kept, _layers(tmp_path)) == {BASE: kept, ADDED: None}


def test_a_damaged_or_foreign_file_is_ignored_alone(tmp_path, monkeypatch):
    save(tmp_path, ENTRIES, {})
    new = {"parts\0figures\0new": (99, frozenset())}
    save(tmp_path, {**ENTRIES, **new}, _layers(tmp_path))
    data = (tmp_path / ADDED).read_bytes()
    (tmp_path / ADDED).write_bytes(data[:-3] + bytes([data[-3] ^ 1]) + data[-2:])
    assert _layers(tmp_path) == dict.fromkeys(ENTRIES, BASE)
    (tmp_path / BASE).write_bytes((tmp_path / BASE).read_bytes()[:100])
    assert load(tmp_path) == {}
    save(tmp_path, ENTRIES, {})
    monkeypatch.setattr(record_parts, "generator_digest", lambda: "another generator")
    assert load(tmp_path) == {}


def test_a_sealed_file_that_is_not_a_dict_of_names_is_ignored(tmp_path):
    header = record_parts._header(BASE)
    (tmp_path / BASE).write_bytes(record_parts.sealed(header, b"\x80\x05K\x01."))  # pickle of 1
    assert load(tmp_path) == {}


def test_builds_over_the_two_files_give_a_full_builds_docs(tmp_path, monkeypatch):
    """One added article writes only the second file (a tiny corpus: one article is more
    than a quarter of it, so the share is raised); with the first damaged, the next build
    finds its entries again; each build's docs are those of a build without cache."""
    from generator.cache import CACHE_DIR_NAME
    from generator.website.site import read_tree

    from .conftest import build_docs, write_corpus
    from .test_render_reuse import ADDED as APPEAL
    from .test_render_reuse import ARTICLES

    monkeypatch.setattr(record_parts, "COMPACT_SHARE", 1.0)
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    live, cache = tmp_path / "live" / "docs", tmp_path / "live" / CACHE_DIR_NAME
    build_docs(seeds, live)
    base = (cache / BASE).read_bytes()
    assert not (cache / ADDED).exists()
    (seeds / "appeal.txt").write_text(APPEAL, encoding="utf-8")
    build_docs(seeds, live)
    assert (cache / BASE).read_bytes() == base and (cache / ADDED).exists()
    (cache / BASE).write_bytes(base[: len(base) // 2])
    (seeds / "ferry.txt").write_text(
        ARTICLES["ferry.txt"].replace("two crossings", "three crossings"), encoding="utf-8"
    )
    build_docs(seeds, live)
    assert (cache / BASE).read_bytes() != base[: len(base) // 2]  # written whole again
    fresh = tmp_path / "fresh" / "docs"
    build_docs(seeds, fresh, "--no-cache")
    assert read_tree(live) == read_tree(fresh)
