"""The language-data loader reads each kind of table by its ending, once."""

from __future__ import annotations

from generator import lang


def test_load_reads_each_kind_by_its_ending(monkeypatch):
    files = {
        "words.txt": "# a comment\nalpha\n\n  beta  \n",
        "rows.tsv": "a\tb\n# skipped\nc\td\n",
        "table.json": '{"x": [1, 2]}',
        "rules.ini": "[one]\npattern = a\n  b\n",
    }
    monkeypatch.setattr(lang, "read_text", lambda code, name: files[name])
    _clear()
    try:
        assert lang.load("xx", "words.txt") == ("alpha", "beta")
        assert lang.load("xx", "rows.tsv") == (("a", "b"), ("c", "d"))
        assert lang.load("xx", "table.json") == {"x": [1, 2]}
        assert lang.load("xx", "rules.ini") == {"one": {"pattern": "ab"}}
    finally:
        _clear()


def _clear():
    for cached in (lang.load, lang.json_table, lang.ini_table):
        cached.cache_clear()
