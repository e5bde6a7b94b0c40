"""The past-tense cues live once, in `lang/en/tense_cues.json`: timex and events build their
past cue from it (with the past of the verbs of saying), and neither keeps a copy."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.events import words as event_words
from generator.events.kind import event_kind
from generator.lang import load, read_text, tense
from generator.timex.lexicon import cue
from tests.codestrings import code_strings

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
PAST = load("en", "tense_cues.json")["past"]


def test_both_stages_read_the_one_pattern():
    assert cue("past").pattern == rf"\b(?:{tense.past_pattern()})\b"
    assert event_words.PAST.pattern == rf"\b(?:{tense.past_pattern()})\b"


def test_events_hear_the_words_only_timex_knew():
    # "fled" and "ran" were only in timex's copy ("will" alone made these scheduled);
    # "hundred" only looks past, "agreed" is past
    text = "A mission will show thousands fled 3 March"
    assert event_kind(text, "2021-03-03", "2021-03-03", text.index("3 March")) == "past"
    text = "A mission will show many ran 3 March"
    assert event_kind(text, "2021-03-03", None, text.index("3 March")) == "past"
    assert event_words.PAST.search("a hundred") is None
    assert event_words.PAST.search("crowds agreed")


def test_the_pattern_is_built_from_the_table(monkeypatch):
    table = {
        "past": ["zorbed up"],
        "past_suffix": "xq",
        "past_suffix_min_stem": 2,
        "past_suffix_not_after": ["be"],
        "past_suffix_not_words": ["naxq"],
    }
    monkeypatch.setattr(tense, "load", lambda code, name: table)
    tense.past_words.cache_clear()
    tense.past_pattern.cache_clear()
    try:
        past = re.compile(rf"\b(?:{tense.past_pattern()})\b", re.IGNORECASE)
        assert past.search("they zorbed   up")
        assert past.search("they ruxq") and not past.search("be ruxq")
        assert not past.search("they banaxq")
        assert past.search("they said")  # the verbs of saying come along
    finally:
        tense.past_words.cache_clear()
        tense.past_pattern.cache_clear()


def test_no_stage_keeps_a_copy_of_the_past_words():
    words = {w for w in PAST if w.isalpha() and len(w) > 3}
    ini = read_text("en", "timex_cues.ini").split("[exact]")[0]
    past_line = next(line for line in ini.splitlines() if line.startswith("past ="))
    assert set(re.findall(r"[a-z]+", past_line)) & words == set()
    events = json.loads(read_text("en", "events.json"))
    assert "kind" not in events  # scheduled and projected cues are tense_cues.json's too
    copies = [
        (path.name, text)
        for path in sorted((GENERATOR / "events").glob("*.py"))
        + sorted((GENERATOR / "timex").glob("*.py"))
        for text in code_strings(path.read_text(encoding="utf-8"))
        if len(set(re.findall(r"[a-z]+", text)) & words) >= 2
    ]
    assert copies == []


def test_plans_forecasts_and_modals_are_one_list_each_for_both_stages():
    # "intends to" was only timex's plan cue, "slated" only the events'
    text = "The council intends to vote on 3 March"
    assert event_kind(text, "2021-03-03", None, text.index("3 March")) == "scheduled"
    assert cue("future").search("the slated vote")
    assert not cue("future").search("it was projected")  # a forecast word, a past verb
    assert event_words.SCHEDULED.search("the slated vote")
    assert cue("modal_in_clause").pattern == rf"\b(?:{tense.modals()})\b(?!.*[.;])"
    assert cue("modal_before").search("talks should ")  # one list of modal verbs
    assert not cue("future").search("it could rain")  # timex reads no hedge as future
    assert event_words.PROJECTED.search("it could rain")


def test_expects_to_is_a_forecast_unless_a_plan_follows():
    """The two copies disagreed on "expects to": now one list says it, for both stages."""
    assert event_words.PROJECTED.search("he expects to win")
    assert not event_words.PROJECTED.search("she expects to sign it")
    assert event_words.SCHEDULED.search("she expects to sign it")
    assert cue("future").search("he expects to win")
    assert cue("future").search("she expects to sign it")


def test_due_is_a_plan_only_with_its_to():
    """ "due" alone (timex's) made "the bond due 2023 fell" scheduled: the shared plan is
    "due to" (the events stage's); timex keeps "due" in its own future cue."""
    text = "The 8 percent bond due 2023 fell 0.45 to 101.15"
    assert event_kind(text, "2023", None, text.index("2023")) == "past"
    assert event_words.SCHEDULED.search("talks due to resume")
    assert cue("future").search("talks due to resume")
    assert cue("future").search("figures due out soon")
