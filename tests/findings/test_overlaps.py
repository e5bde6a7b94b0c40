"""The spans overlapping a stretch, found by bisection (findings/overlaps.py), are those a
plain scan of every span finds."""

from hypothesis import given
from hypothesis import strategies as st

from generator.findings.overlaps import Overlaps, by_paragraph

SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(SPAN, max_size=30), SPAN)
def test_overlapping_is_the_plain_scan(spans, stretch):
    labelled = [(s, e, f"m{i}") for i, (s, e) in enumerate(spans)]
    start, end = stretch
    plain = sorted(
        ((s, i, v) for i, (s, e, v) in enumerate(labelled) if s < end and e > start),
    )
    assert Overlaps(labelled).overlapping(start, end) == [v for _, _, v in plain]


def test_a_long_span_far_back_still_overlaps():
    found = Overlaps([(0, 100, "long"), (40, 45, "short"), (90, 95, "late")])
    assert found.overlapping(50, 60) == ["long"]
    assert found.overlapping(44, 92) == ["long", "short", "late"]
    assert found.overlapping(100, 120) == []


def test_spans_are_grouped_by_paragraph():
    grouped = by_paragraph([(("a", "p1"), (5, 9, "x")), (("a", "p2"), (0, 3, "y"))])
    assert grouped[("a", "p1")].overlapping(0, 6) == ["x"]
    assert grouped[("a", "p2")].overlapping(3, 8) == []


def test_actor_mentions_are_indexed_when_first_asked_for():
    from generator.findings.overlaps import actor_mentions
    from tests.findings.test_keypoints import treaty_briefing

    mentions = actor_mentions(treaty_briefing())
    assert sorted(mentions) == [("a1", "p1"), ("a2", "p1")] and len(mentions) == 2
    assert ("a1", "p2") not in mentions and not mentions._indexed
    (arcadia,) = mentions[("a1", "p1")].overlapping(0, 30)
    assert arcadia.id == "arcadia" and mentions[("a1", "p1")] is mentions[("a1", "p1")]
    assert list(mentions._indexed) == [("a1", "p1")]
