"""The eventness fit, on invented judged lines: a cue seen on non-events only gets a
negative weight, and a margin makes the kept lines fewer."""

import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from fit_eventness import NAMES, fit, kept_counts, matrix  # noqa: E402


def _lines():
    found, verdicts = {}, {}
    for i in range(12):
        found[f"a{i}\t2031\tevent {i}"] = frozenset()
        verdicts[f"a{i}\t2031\tevent {i}"] = "right"
        found[f"b{i}\t2031\tstatistic {i}"] = frozenset({"measure"})
        verdicts[f"b{i}\t2031\tstatistic {i}"] = "not an event"
    found["c\t2031\tdated wrongly"] = frozenset({"measure"})
    verdicts["c\t2031\tdated wrongly"] = "wrong date"
    return found, verdicts


def test_a_cue_of_non_events_only_gets_a_negative_weight():
    found, verdicts = _lines()
    w = fit(sorted(verdicts), verdicts, found, strength=0.3)
    weights = dict(zip(NAMES, w, strict=True))
    assert weights["measure"] < 0 < weights["_bias"]
    assert weights["year_only"] == 0  # seen on no line: held at 0 by the pull


def test_the_tbaq_events_pull_a_cue_back_towards_keeping():
    found, verdicts = _lines()
    alone = dict(zip(NAMES, fit(sorted(verdicts), verdicts, found, 0.3), strict=True))
    extra = [frozenset({"measure"})] * 40
    helped = dict(zip(NAMES, fit(sorted(verdicts), verdicts, found, 0.3, extra), strict=True))
    assert alone["measure"] < helped["measure"]


def test_kept_counts_by_verdict_and_margin():
    found, verdicts = _lines()
    keys = sorted(verdicts)
    scores = matrix(keys, found) @ np.array(
        [1.0] + [-2.0 if n == "measure" else 0.0 for n in NAMES[1:]]
    )
    assert kept_counts(keys, verdicts, scores) == Counter({"right": 12, "all": 12})
    assert kept_counts(keys, verdicts, scores, margin=2.0)["all"] == 0
