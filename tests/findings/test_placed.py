"""The events and actors each key-point candidate covers, found one article at a time
(findings/placed.py), and kept across builds by the article and the spans in it."""

from dataclasses import replace

import pytest

from generator.findings import parts
from generator.findings.keypoints import article_candidates, key_points
from generator.findings.placed import NO_SPANS, article_spans, placed
from generator.models import Mention
from tests.findings.test_keypoints import treaty_briefing


def test_a_candidate_covers_the_sources_and_mentions_that_overlap_it():
    b = treaty_briefing()
    a1 = b.articles[0]
    spans = article_spans(b)
    assert spans["a1"].events == (("p1", a1.paragraphs[0].text, "2030-04-01-treaty"),)
    assert spans["a1"].mentions == (("p1", 13, 20, "arcadia"),)
    found = article_candidates(a1)
    covered = dict(
        zip([a1.paragraphs[n].id for n, *_ in found], placed(a1, found, spans["a1"]), strict=True)
    )
    assert covered["p1"] == (frozenset({"2030-04-01-treaty"}), frozenset({"arcadia"}))
    assert covered["p3"] == (frozenset(), frozenset())  # nothing of its own
    assert placed(a1, found, NO_SPANS) == ((frozenset(), frozenset()),) * len(found)
    # a mention in another paragraph, or a source sentence not in the text, covers nothing
    elsewhere = replace(spans["a1"], mentions=(("p3", 4, 11, "arcadia"),))
    assert placed(a1, found, elsewhere)[0][1] == frozenset()
    missing = replace(spans["a1"], events=(("p1", "Not in the paragraph.", "e"),))
    assert placed(a1, found, missing)[0][0] == frozenset()


def _fail(*_args):
    pytest.fail("found again although the memo knew it")


def test_kept_placements_give_the_same_points_and_a_changed_span_is_found_again(monkeypatch):
    b = treaty_briefing()
    memo = parts.Memo()
    points = key_points(b, memo.candidates, memo.prints, memo.near_count, memo.placed)
    assert points == key_points(b)
    entries = {n: v for n, v in memo.used.items() if n.startswith(f"{parts.PREFIX}placed")}
    assert len(entries) == 2  # one per article
    monkeypatch.setattr(parts, "placed", _fail)
    again = parts.Memo(memo.used)
    assert key_points(b, again.candidates, again.prints, again.near_count, again.placed) == points
    arcadia = b.actors[0]
    more = replace(
        arcadia, mentions=(*arcadia.mentions, Mention("a2", "p2", 0, 7, "Farmers", "arcadia"))
    )
    changed = replace(b, actors=(more,))
    with pytest.raises(pytest.fail.Exception):
        parts.Memo(memo.used).placed(
            b.articles[1], article_candidates(b.articles[1]), article_spans(changed)["a2"]
        )
    monkeypatch.undo()
    for bad in ((), ((frozenset(), ()),), "x"):  # wrong length or type
        damaged = parts.Memo({n: bad for n in entries})
        assert key_points(b, damaged.candidates, damaged.prints, None, damaged.placed) == points
