"""Date-stamp labels live once, in `metadata.json` (`published_labels`, `updated_labels`):
the cleaner's header patterns and the events stage's stamp words are built from them.
Determiners live once, in `timex.json`, read by the events stage too."""

from __future__ import annotations

import json

from generator.clean import vocab
from generator.events import words as event_words
from generator.lang import load, read_text, stamps
from generator.timex.lexicon import words as timex_words


def test_label_words_and_heads_come_from_the_metadata_labels(monkeypatch):
    table = {
        "dates": {"published_labels": ["first aired"], "updated_labels": ["redone", "x aired"]}
    }
    monkeypatch.setattr(stamps, "load", lambda code, name: table)
    for function in (stamps.labels, stamps.label_heads, stamps.label_words):
        function.cache_clear()
    try:
        assert stamps.label_heads("zz") == ("aired", "redone")
        assert stamps.label_words("zz") == ("first", "aired", "redone", "x")
    finally:
        for function in (stamps.labels, stamps.label_heads, stamps.label_words):
            function.cache_clear()


def test_each_stage_hears_a_label_only_the_metadata_stage_knew():
    assert "edited" in stamps.label_words()  # the metadata stage's alone before
    assert "edited" in event_words.STAMP_WORDS
    assert vocab.english_pattern("date_label_start").match("Edited 3 May 2021, 10:02")
    assert vocab.english_pattern("date_noise").fullmatch("edited")
    assert not vocab.english_pattern("date_label_start").match("Last week the council met")


def test_no_stage_spells_the_labels():
    own = set(json.loads(read_text("en", "events.json"))["datelines"]["stamp_words"])
    assert own & set(stamps.label_words()) == set()
    sources = dict(load("en", "clean_patterns.tsv"))
    for name in ("date_label_start", "date_noise"):
        assert "published" not in sources[name] and "updated" not in sources[name]


def test_determiners_are_the_timex_list_and_the_events_demonstratives():
    own = json.loads(read_text("en", "events.json"))["clauses"]["demonstratives"]
    assert tuple(timex_words("determiners")) + tuple(own) == event_words.DETERMINERS
    assert set(own) & set(timex_words("determiners")) == set()
    assert "determiners" not in json.loads(read_text("en", "events.json"))["clauses"]
    assert event_words.DETERMINER.match("its ") and event_words.DETERMINER.match("that ")
