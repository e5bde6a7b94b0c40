"""Reports of different articles merge on key terms only when they share two of them: one
common word ("became", "final") is no evidence that two stories tell one event."""

from __future__ import annotations

from generator.events import merge_events
from tests.events.test_events import ev


def test_one_shared_word_does_not_merge_two_stories():
    a = ev("a", "2017-01-24", "It became final", (), "a1")
    b = ev("b", "2017-01-24", "Lowmoor council became embroiled in a dispute", (), "a2")
    assert len(merge_events([a, b])[0]) == 2


def test_two_shared_terms_still_merge():
    a = ev("a", "2017-01-24", "The Harwick-Dunmore merger became final", (), "a1")
    b = ev("b", "2017-01-24", "Harwick's merger with Dunmore became final", (), "a2")
    (merged,), _ = merge_events([a, b])
    assert [s.article for s in merged.sources] == ["a1", "a2"]


def test_a_one_term_report_merges_on_its_one_term():
    a = ev("a", "2017-01-24", "Flooding", (), "a1")
    b = ev("b", "2017-01-24", "Flooding closed roads across Idlib", (), "a2")
    assert len(merge_events([a, b])[0]) == 1
