"""The event ranking's measure and fit (bench/event_rank.py, bench/fit_importance.py), on
invented events and examples."""

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from event_rank import (  # noqa: E402
    corpus_scores,
    hits,
    matches,
    precision_at,
    reciprocal_rank,
)
from fit_importance import best_threshold, dump, fit, held_out, mean_rr  # noqa: E402

from generator.models import Event, EventSource  # noqa: E402


def _event(event_id: str, date: str, summary: str, paragraph: str = "p1") -> Event:
    source = EventSource("a1", paragraph, summary, "on Monday")
    return Event(event_id, date, "day", "past", summary, (), (source,))


TALKS = {"date": "2019-03", "keywords": ["talks"]}


def test_an_expected_event_matches_by_date_and_keyword_and_loosely_by_a_coarser_date():
    assert matches(_event("a", "2019-03-04", "Peace talks opened"), TALKS)
    assert not matches(_event("b", "2019-04-04", "Peace talks opened"), TALKS)
    assert not matches(_event("c", "2019-03-04", "A storm hit"), TALKS)
    coarse = _event("d", "2019", "Peace talks opened")
    assert not matches(coarse, TALKS) and matches(coarse, TALKS, loose=True)


def test_precision_at_k_and_reciprocal_rank():
    flags = [False, True, True, False]
    assert precision_at(flags, 2) == 0.5 and precision_at(flags, 10) == 0.5
    assert precision_at([], 3) == 0.0
    assert reciprocal_rank(flags) == 0.5 and reciprocal_rank([False]) == 0.0


def test_the_importance_order_is_scored_against_newest_first_and_reading_order():
    talks = _event("talks", "2019-03-04", "Peace talks opened", "p1")
    aside = _event("aside", "2019-03-09", "The weather was mild", "p2")
    scores = {"talks": 0.9, "aside": 0.1}
    result = corpus_scores([aside, talks], [TALKS], scores, k=1)
    assert result["importance"] == (1.0, 1.0)
    assert result["newest first"] == (0.0, 0.5)
    assert result["reading order"] == (1.0, 1.0)
    assert hits([talks, aside], [TALKS]) == [True, False]


def _examples():
    """Two features: the first seen on important events only, the second on neither."""
    rows, labels, groups = [], [], []
    for i in range(16):
        important = i % 2 == 0
        rows.append([1.0, float(important), float(i % 3 == 0)])
        labels.append(float(important))
        groups.append(f"a{i // 4}")
    return np.array(rows), np.array(labels), groups


def test_the_fit_weighs_a_feature_of_important_events_up_and_scores_articles_held_out():
    x, y, groups = _examples()
    w = fit(x, y, strength=1.0)
    assert w[1] > 1.0 and abs(w[2]) < w[1]
    scores = held_out(x, y, groups, 1.0)
    assert mean_rr(scores, y, groups) == 1.0
    cut, precision, recall = best_threshold(scores, y)
    assert precision >= 0.7 and recall == 1.0
    marked = scores >= cut
    assert (marked & (y == 1)).sum() / marked.sum() == precision
    lower = scores >= max(s for s in np.round(scores, 3) if s < cut)
    assert (lower & (y == 1)).sum() / lower.sum() < 0.7  # the lowest such cut


def test_the_written_table_is_json_a_line_per_key():
    table = {"_about": "x", "kinds": {"a": ["b", "c"]}, "weights": {"_bias": -1.0}, "main": 0.5}
    text = dump(table)
    assert json.loads(text) == table
    assert text.count("\n") == 8
