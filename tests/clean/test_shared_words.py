"""The cleaner's patterns take each vocabulary from its one list: advertisement labels and
comment counts from `clean.json`, month and weekday names from the calendar tables
(`months.tsv`, `weekdays.txt`) every stage reads. No pattern spells a copy of them."""

from __future__ import annotations

import re

import pytest

from generator import lang
from generator.clean import header_furniture, vocab
from generator.clean.furniture import CONTROL_LINE_RE, FURNITURE, SECTION_RE

LABELLED = {"control_line", "section", "date_hint", "date_noise", "advertisement", "comments"}
"""The patterns that name advertisement labels, comment counts or calendar words (a cookie
banner's "targeted ads" is another meaning)."""


def _sources() -> str:
    rows = lang.load("en", "clean_patterns.tsv") + lang.load("en", "furniture_kinds.tsv")
    return "\n".join(source for name, source in rows if name in LABELLED)


def test_no_pattern_spells_a_shared_list():
    text = re.sub(r"<<\w+>>", "", _sources()).lower()
    members = set(re.findall(r"[a-z]+", text))
    advertisement = {w for w in vocab.words("advertisement_lines") if w.isalpha() and len(w) > 2}
    assert members & advertisement == set()
    assert not re.search(r"\bcomments\?", text)
    months = {name for name, *_ in lang.load("en", "months.tsv")} - {"may"}  # "you may like"
    assert members & months == set()


@pytest.mark.parametrize(
    "line", ["Adverts", "Sponsored content", "Advertising", "12 commentaires", "Kommentare"]
)
def test_a_section_label_is_any_word_of_the_lists(line):
    assert SECTION_RE.match(line)


def test_the_other_patterns_read_the_lists_too():
    assert CONTROL_LINE_RE.match("Skip adverts")  # "adverts" was only in clean.json
    comments = dict(FURNITURE)["comments"]
    assert comments.search("3 commentaires") and not comments.search("a commentary")
    assert header_furniture("12 comments") == "comment count"
    noise = vocab.english_pattern("date_noise")
    assert noise.fullmatch("Thurs") and noise.fullmatch("Sept")


def test_calendar_slots_come_from_the_calendar_tables(monkeypatch):
    tables = {"months.tsv": (("smarch", "13"),), "weekdays.txt": ("caturday",)}
    monkeypatch.setattr(lang, "load", lambda code, name: tables[name])
    vocab.words.cache_clear()
    try:
        assert vocab.words("month_names") == ("smarch",)
        assert vocab.fill("<<weekday_names>>") == "caturday"
    finally:
        vocab.words.cache_clear()


def test_relative_timestamps_take_the_timex_day_words():
    """A header line of a day word naming today or a day before is a relative timestamp;
    the words are timex.json's (`DAYWORD` triggers with an offset of 0 or -1)."""
    assert vocab.recent_day_words() == ("today", "yesterday", "tonight")
    assert header_furniture("Tonight") == "relative timestamp"  # timex's alone before
    assert header_furniture("Yesterday, 10:32") == "relative timestamp"
    assert header_furniture("Just now") == "relative timestamp"  # the cleaner's own phrase
    assert header_furniture("Tomorrow") is None
    own = lang.load("en", "clean.json")["recent_days"]
    assert set(own) & set(lang.load("en", "timex.json")["day_offsets"]) == set()
