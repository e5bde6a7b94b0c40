"""An article's word index finds every occurrence of a word, as written (invented texts)."""

from __future__ import annotations

from generator.actors.word_spots import word_spots


def test_every_occurrence_is_found_exactly_as_written():
    words = word_spots(["Ada met ada.", "Then Ada left; MB-Speicher, 3 MB."])
    assert [(start, end) for _, start, end in words.of("Ada")] == [(0, 3), (5, 8)]
    assert [text[start:end] for text, start, end in words.of("MB")] == ["MB"]
    assert words.of("Velk") == []
