"""Every timex rule's normaliser runs on generated matches of its own pattern.

A rule whose normaliser reads a group its pattern lacks (or trips on a value the pattern
allows) raised out of `find_timexes` and lost the whole article. Hypothesis writes strings
that each rule's regex matches; the normaliser must return a value or reject the match.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import timex

RULES = timex.rules()
ANCHORS = (None, "2017-01-23", "2017-05", "1999")


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_rule_normaliser_accepts_every_match_of_its_pattern(rule, data):
    text = data.draw(st.from_regex(rule.pattern, fullmatch=False), label="text")
    match = rule.pattern.search(text)
    assert match is not None
    for anchor in ANCHORS:
        ctx = timex.Ctx(text, timex.parse_anchor(anchor))
        ctx.start, ctx.end = match.span()
        value = timex.normalise(rule, match, ctx)
        assert value is None or isinstance(value.value, str)


@settings(max_examples=80, deadline=None)
@given(
    text=st.one_of(
        [
            st.from_regex(rule.pattern, fullmatch=False)
            for rule in RULES[:: max(1, len(RULES) // 12)]
        ]
    ),
    anchor=st.sampled_from(ANCHORS),
)
def test_find_timexes_never_raises_on_rule_shaped_text(text, anchor):
    spans = timex.find_timexes(text, anchor)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_compact_date_is_a_day_not_a_crash():
    [span] = timex.find_timexes("Filed 20170123 in the register.", None)
    assert (span.value, span.type) == ("2017-01-23", "DATE")


@pytest.mark.parametrize("text", ["Version 1.2.2019 shipped.", "Build 10.11.2019.5 shipped."])
def test_a_version_number_is_no_dotted_date(text):
    assert timex.find_timexes(text, "2019-06-01") == []
