"""Scoring relative dates read against an inferred window (bench/inferred_reading.py), on
invented texts."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import inferred_reading  # noqa: E402
from infer_date import Guess  # noqa: E402

from generator.models import Article, Paragraph  # noqa: E402
from generator.timex import article_timexes  # noqa: E402


def test_a_reading_is_a_right_or_wrong_day_a_true_or_wrong_coarser_value_or_none():
    assert inferred_reading.outcome("2021-03-08", "2021-03-08") == "day right"
    assert inferred_reading.outcome("2021-03-01TNI", "2021-03-08") == "day wrong"
    assert inferred_reading.outcome("2021-03", "2021-03-08") == "coarser"
    assert inferred_reading.outcome("2021-02", "2021-03-08") == "coarse wrong"
    assert inferred_reading.outcome("XXXX-WXX-1", "2021-03-08") == "none"
    assert inferred_reading.outcome(None, "2021-03-08") == "none"


def test_windows_fall_in_width_buckets():
    assert inferred_reading.width_bucket(("2021-03-08", "2021-03-11")) == "1-4 d"
    assert inferred_reading.width_bucket(("2021-03-01", "2021-03-14")) == "8-14 d"
    assert inferred_reading.width_bucket(("2021-03-01", "2021-03-20")) == "15-28 d"


def test_only_expressions_that_need_the_date_are_scored():
    text = "Talks opened on Monday in Tarrow. The levy rose on 2 March 2021."
    article = Article(
        "x", "x.txt", "", None, (), None, None, None, None, None, None, (Paragraph("p1", text),)
    )
    timexes = list(article_timexes(article))
    # Saturday 6 to Friday 12 March: a past Monday is read on Monday to Thursday only
    rows = inferred_reading.scored(
        article, timexes, "2021-03-09", Guess(("2021-03-06", "2021-03-12"), "2021-03-09")
    )
    assert rows == [("weekday", "5-7 d", True, "day right", "past")]
    assert inferred_reading.scored(article, timexes, "2021-03-09", Guess(None, None)) == []
