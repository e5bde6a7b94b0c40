"""The page record file: read back as written, same bytes for the same records, and
never read when damaged, foreign, of another key or holding anything but plain values."""

import pickle

import pytest

from generator.cache import sealed
from generator.website import page_records as pr
from generator.website import search_index as si


def _records(title: str = "Harbour talks") -> dict[str, pr.PageRecord]:
    entry = {"location": "a.html", "title": title, "text": "<p>Berth fees in Valmora</p>"}
    return {
        "b.md": pr.PageRecord("d2", (), ("top",), {}, None, True),
        "a.md": pr.PageRecord(
            "d1",
            (entry,),
            ("fees", "top"),
            {"b.md": {"top": "b.md#top"}},
            {"title": title, "tags": ["port"]},
            False,
            (si.prepare(entry),),
        ),
    }


def _write(folder, data: bytes):
    (folder / pr.RECORD_NAME).write_bytes(data)
    return folder


def test_records_read_back_as_written(tmp_path):
    records = _records()
    _write(tmp_path, pr.dump_records(records, "k1"))
    assert pr.load_records(tmp_path, "k1") == records
    assert pr.load_records(tmp_path, "k2") == {}
    assert pr.load_records(None, "k1") == {}
    assert pr.load_records(tmp_path / "missing", "k1") == {}


def test_same_records_same_bytes_however_their_values_are_shared():
    shared = _records()
    title = "".join(["Harbour", " talks"])  # equal to the other's title, another object
    apart = _records(title)
    assert apart["a.md"].meta["title"] is not shared["a.md"].meta["title"]
    assert pr.dump_records(shared, "k") == pr.dump_records(apart, "k")
    assert pr.dump_records(shared, "k") != pr.dump_records(_records("Other"), "k")


@pytest.mark.parametrize("where", [0, 30, 120, -1])
def test_a_damaged_file_is_not_read(tmp_path, where):
    data = bytearray(pr.dump_records(_records(), "k1"))
    data[where] ^= 0x01
    assert pr.load_records(_write(tmp_path, bytes(data)), "k1") == {}


def test_a_cut_or_foreign_file_is_not_read(tmp_path):
    data = pr.dump_records(_records(), "k1")
    assert pr.load_records(_write(tmp_path, data[: len(data) // 2]), "k1") == {}
    assert pr.load_records(_write(tmp_path, b'{"key": "k1", "pages": {}}'), "k1") == {}
    assert pr.load_records(_write(tmp_path, b""), "k1") == {}


class _Called(Exception):
    pass


def _boom():
    raise _Called


class _Trap:
    def __reduce__(self):
        return (_boom, ())


def test_a_well_formed_file_holding_a_class_makes_nothing(tmp_path):
    """A record file put there by someone else, with a right checksum: its pickle may
    name a function to call; the reader refuses every such lookup."""
    payload = pickle.dumps([("a.md", "d", (), (), {}, None, False, (_Trap(),))])
    data = sealed(pr.MAGIC + b"k1\n", payload)
    assert pr.load_records(_write(tmp_path, data), "k1") == {}
    with pytest.raises(_Called):
        pickle.loads(payload)  # what a plain pickle.load would have done


def test_records_read_ahead_are_used_only_for_the_same_file_and_key(tmp_path, monkeypatch):
    """`preload` (the site's process, while the build extracts and links) reads the file
    under the key its header names; `load_records` takes those records only when the file
    was not replaced since and the key is the one asked for, else reads it as ever."""
    records = _records()
    _write(tmp_path, pr.dump_records(records, "k1"))
    pr.preload(tmp_path)
    parse = pr._parsed
    monkeypatch.setattr(pr, "_parsed", lambda *_: pytest.fail("read again"))
    assert pr.load_records(tmp_path, "k1") == records  # not read again
    monkeypatch.setattr(pr, "_parsed", parse)
    assert pr._PRELOADED == {}  # taken once
    pr.preload(tmp_path)
    assert pr.load_records(tmp_path, "k2") == {}  # another key: the file's own answer
    pr.preload(tmp_path)
    newer = _records("Harbour deal")
    (tmp_path / pr.RECORD_NAME).unlink()  # a site swapped in meanwhile: another file
    _write(tmp_path, pr.dump_records(newer, "k1"))
    assert pr.load_records(tmp_path, "k1") == newer
    (tmp_path / pr.RECORD_NAME).write_bytes(b"not a record file")
    pr.preload(tmp_path)
    pr.preload(tmp_path / "missing")
    pr.preload(None)
    assert pr._PRELOADED == {}
