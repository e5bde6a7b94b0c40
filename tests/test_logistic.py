"""The one logistic function of the fitted scores (`generator/logistic.py`)."""

from __future__ import annotations

import pytest

from generator import logistic


def test_even_odds_at_zero_and_symmetric():
    assert logistic.probability(0.0) == 0.5
    assert logistic.probability(2.0) == pytest.approx(1.0 - logistic.probability(-2.0))
    assert logistic.probability(-1.0) < logistic.probability(0.5) < logistic.probability(3.0)


@pytest.mark.parametrize("logit", [1e6, -1e6, float("inf"), float("-inf")])
def test_a_huge_logit_is_clamped_not_an_overflow(logit):
    value = logistic.probability(logit)
    assert 0.0 < value <= 1.0
    assert value == logistic.probability(logistic.LIMIT if logit > 0 else -logistic.LIMIT)
