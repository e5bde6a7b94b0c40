"""Cost grows about linearly with the article: each hostile shape at 50 kB and at 200 kB
(four times as long) must take under six times as long, where a quadratic step takes 16."""

import pytest

from .slow_shapes import SHAPES, article_cost

LINEAR_SO_FAR = ("dates in one sentence", "Ab Cd ( repeated", "long byline")
"""Shapes made near-linear; relative dates and long prose (timeline._cluster), words in
capitals (_DEFINED_RE) and quotes (find_quotes) are still to do."""


@pytest.fixture(scope="module", autouse=True)
def _lexicons_loaded():
    article_cost(SHAPES["ordinary prose"](2000))


@pytest.mark.parametrize("shape", LINEAR_SO_FAR)
def test_four_times_the_article_costs_under_six_times_the_time(shape):
    small = article_cost(SHAPES[shape](50_000))
    large = article_cost(SHAPES[shape](200_000))
    assert large < 6 * max(small, 0.05), (shape, small, large)
