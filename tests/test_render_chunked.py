"""Exports made piece by piece (render/chunked.py): the same JSON document, one item per
line, and a digest of exactly the pieces written."""

import hashlib
import json
from collections.abc import Iterator

from generator.render.chunked import Chunks, Hashed, json_chunks, whole


def _items(n: int) -> Iterator[dict]:
    return ({"id": i, "text": f"é{i}"} for i in range(n))


def test_json_chunks_is_one_document_with_an_item_per_line():
    data = {"schema": "s/1", "articles": _items(3), "empty": iter(()), "none": [], "x": None}
    text = "".join(json_chunks(data))
    assert json.loads(text) == {
        "schema": "s/1",
        "articles": list(_items(3)),
        "empty": [],
        "none": [],
        "x": None,
    }
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert lines[1] == '  "schema": "s/1",'
    assert lines[2] == '  "articles": ['
    assert [json.loads(line.strip().rstrip(",")) for line in lines[3:6]] == list(_items(3))
    assert lines[6] == "  ],"
    assert lines[7:10] == ['  "empty": [],', '  "none": [],', '  "x": null']
    assert "".join(json_chunks({})) == "{\n\n}\n"


def test_hashed_digests_what_was_written_and_the_rest():
    pieces = ["a", "é", "bc"]
    hashed = Hashed(iter(pieces))
    assert next(iter(hashed)) == "a"
    assert hashed.hexdigest() == hashlib.sha256("aébc".encode()).hexdigest()


def test_whole_joins_chunked_files_and_keeps_texts():
    made = {"a.md": "A", "data/b.json": Chunks(lambda: iter(["{", "}"]))}
    assert whole(made) == {"a.md": "A", "data/b.json": "{}"}
    assert made["data/b.json"].text() == "{}"  # made again at each call
