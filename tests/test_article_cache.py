"""The per-article cache folder (generator/cache.py): entries of removed articles are
pruned, everything else in the folder is left alone."""

import pickle

from generator.cache import ArticleCache


def test_prune_removes_only_the_entries_not_kept(tmp_path):
    cache = ArticleCache(tmp_path)
    keys = ["ab" + "1" * 62, "ab" + "2" * 62, "cd" + "3" * 62]
    for key in keys:
        cache.put(key, {"key": key})
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "x.pickle").write_bytes(b"theirs")
    (tmp_path / "ab" / "notes.txt").write_text("not an entry")
    (tmp_path / "last-build.json").write_text("{}")
    cache.prune({keys[1]})
    assert cache.get(keys[1]) == {"key": keys[1]}
    assert cache.get(keys[0]) is None and cache.get(keys[2]) is None
    left = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert left == [f"ab/{keys[1]}.pickle", "ab/notes.txt", "last-build.json", "templates/x.pickle"]


def test_prune_of_a_missing_folder_does_nothing(tmp_path):
    ArticleCache(tmp_path / "none").prune(set())
    assert not (tmp_path / "none").exists()


UNPICKLED: list[str] = []


def _unpickled(note: str) -> str:
    UNPICKLED.append(note)
    return note


class _Planted:
    """A pickle someone else wrote: unpickling it calls `_unpickled` (it could be anything)."""

    def __reduce__(self):
        return (_unpickled, ("ran",))


def test_a_damaged_cut_or_foreign_entry_is_never_read_back(tmp_path):
    cache = ArticleCache(tmp_path)
    key = "ab" + "1" * 62
    cache.put(key, {"text": "Talks in Tromsø resumed"})
    path = tmp_path / "ab" / f"{key}.pickle"
    whole = path.read_bytes()
    assert cache.get(key) == {"text": "Talks in Tromsø resumed"}
    path.write_bytes(whole.replace(b"resumed", b"resumes"))  # still a valid pickle
    assert cache.get(key) is None
    for cut in (1, len(whole) // 2, len(whole) - 1):
        path.write_bytes(whole[:cut])
        assert cache.get(key) is None
    path.write_bytes(whole[:-8] + bytes(range(0xF8, 0x100)))  # odd bytes where a text was
    assert cache.get(key) is None
    path.write_bytes(pickle.dumps(_Planted()))
    assert cache.get(key) is None and UNPICKLED == []
