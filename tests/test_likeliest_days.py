"""The likeliest days of an inferred window (generator/dating/likeliest.py): the estimate, and
relative dates read against the weighed days (resolve.window_timexes)."""

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

from generator import pipeline
from generator.dating.corpus import Neighbour, infer_near
from generator.dating.likeliest import allowed_days, days_between, likeliest, settled_value
from generator.dating.likelihood import Likelihood, fitted_likelihood, two_sided
from generator.dating.resolve import window_timexes
from generator.dating.weekdays import mentions
from generator.models import Article, Paragraph
from generator.timex import article_timexes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from fit_reading_share import Case, chosen, top_share  # noqa: E402

GAPS = (
    ("future", (0.05, 0.5, 0.3, 0.05, 0.04, 0.03, 0.03)),
    ("past", (0.5, 0.3, 0.1, 0.05, 0.02, 0.02, 0.01)),
)
SAME_WEEK = Likelihood(10, two_sided({0: 8.0, 1: 2.0, -1: 2.0, 2: 1.0, -2: 1.0}, 10), GAPS, 0.9)
"""Neighbours mostly reported the same day or the next (share below 1: the corpus shows it)."""
UNSHOWN = replace(SAME_WEEK, share=1.0)
"""The same law where the corpus's dated articles do not show that neighbours date them."""

PAIR = (
    "Quell envoys walk out of Darrow talks\n\n"
    "On Monday the Quell envoys walked out of the Darrow water talks after one session. "
    "A joint paper is expected to be signed on Tuesday by the two river boards.\n\n"
    "The Darrow board said the water talks would go on without the Quell envoys."
)


def _article(text: str) -> Article:
    paragraphs = tuple(Paragraph(f"p{i}", t) for i, t in enumerate(text.split("\n\n"), 1))
    return Article("x", "x.txt", "", None, (), None, None, None, None, None, None, paragraphs)


def _value(article: Article, word: str) -> str:
    (found,) = [t for t in window_timexes(article) if t.text == word]
    return found.value


def _found(*days: tuple[int, int, float]) -> list[Neighbour]:
    return [Neighbour(f"n{m}-{d}.txt", dt.date(2021, m, d), s, ("Quell",)) for m, d, s in days]


FRIDAY = (
    "Quell envoys leave Darrow\n\n"
    "On Friday the Quell envoys left the Darrow water talks after one session.\n\n"
    "The Darrow board said the water talks would go on without the Quell envoys."
)


def test_the_estimate_is_the_likeliest_day_the_weekdays_allow_not_the_windows_first_best():
    article = _article(FRIDAY)
    # a neighbour on Wednesday 10 March; a past Friday allows Friday to Monday
    inference = infer_near(
        article, article_timexes(article), _found((3, 10, 0.5)), likelihood=UNSHOWN
    )
    assert inference is not None
    assert inference.window == ("2021-02-28", "2021-03-20")  # two Fridays as near: not narrowed
    # the first day of the best step score is Sunday 7 March (the neighbour's inner ring);
    # likelier: the Friday just after the neighbour's date
    assert inference.published == "2021-03-12"
    assert _value(replace(article, published_window=inference.window), "Friday") == "2021"


def test_the_candidate_days_are_those_the_weekdays_allow_and_all_when_they_allow_none():
    article = _article(PAIR)
    named = mentions(article_timexes(article), {p.id: p.text for p in article.paragraphs})
    days = allowed_days(named, days_between(dt.date(2021, 3, 5), dt.date(2021, 3, 16)))
    assert [d.isoformat() for d in days] == [
        "2021-03-08",
        "2021-03-09",
        "2021-03-15",
        "2021-03-16",
    ]
    friday = allowed_days(named, days_between(dt.date(2021, 3, 12), dt.date(2021, 3, 13)))
    assert len(friday) == 2  # no Monday or Tuesday in it: every day stays


def test_the_days_are_weighed_only_where_the_corpus_shows_its_neighbours_date_it():
    article = _article(PAIR)
    timexes = article_timexes(article)
    found = _found((3, 10, 0.5))
    shown = infer_near(article, timexes, found, likelihood=SAME_WEEK)
    unshown = infer_near(article, timexes, found, likelihood=UNSHOWN)
    assert shown is not None and unshown is not None
    assert unshown.days == ()
    assert [d for d, _ in shown.days] == [
        d
        for d in ("2021-03-08", "2021-03-09", "2021-03-15", "2021-03-16")
        if shown.window[0] <= d <= shown.window[1]
    ]
    assert abs(sum(w for _, w in shown.days) - 1.0) < 1e-4
    assert likeliest(shown.days) == "2021-03-08"


def test_one_weeks_readings_holding_the_share_keep_their_day_and_a_split_keeps_the_month():
    article = replace(
        _article(PAIR), published="2021-03-08", published_window=("2021-03-08", "2021-03-16")
    )
    share = fitted_likelihood().reading_share
    assert share < 1.0
    heavy = (("2021-03-08", 0.9), ("2021-03-09", share - 0.9 + 0.01), ("2021-03-15", 0.0))
    rest = 1.0 - sum(w for _, w in heavy)
    dominant = replace(article, published_days=(*heavy, ("2021-03-16", rest)))
    assert _value(dominant, "Monday") == "2021-03-08"
    assert _value(dominant, "Tuesday") == "2021-03-09"
    split = replace(
        article,
        published_days=(("2021-03-08", 0.3), ("2021-03-09", 0.2), ("2021-03-15", 0.5)),
    )
    assert _value(split, "Monday") == "2021-03"
    assert _value(replace(article, published_days=()), "Monday") == "2021-03"


def test_a_value_is_settled_only_by_the_share_it_holds():
    readings = [("2021-03-01", 0.5), ("2021-03-01", 0.45), ("2021-03-08", 0.05)]
    assert settled_value(readings, 0.95) == "2021-03-01"
    assert settled_value(readings, 0.96) is None
    assert settled_value([("a", 0.5), ("b", 0.5)], 0.5) == "a"  # equals: the first by value
    assert settled_value([("a", 0.0)], 0.5) is None


def test_an_undated_article_of_a_corpus_carries_its_weighed_days_into_its_reading():
    inference = infer_near(
        _article(PAIR), article_timexes(_article(PAIR)), _found((3, 9, 0.9)), likelihood=SAME_WEEK
    )
    assert inference is not None and inference.days
    article = pipeline.with_inferred_date(_article(PAIR), inference)
    assert article.published_days == inference.days
    assert article.published == "2021-03-08"
    assert _value(article, "Monday") == "2021-03-08"


def test_the_fitted_share_is_the_smallest_as_right_as_asked():
    cases = [Case("weekday", 0.96, True)] * 9 + [
        Case("weekday", 0.91, False),
        Case("weekday", 0.92, True),
        Case("other", 0.85, False),
    ]
    assert chosen(cases, (0.8, 0.9, 0.95)) == 0.95  # 0.9: 10 of 11 right, short of 93 %
    assert chosen([Case("weekday", 0.99, False)], (0.9, 0.95)) == 1.0
    assert top_share([("a", 0.2), ("b", 0.5), ("a", 0.3)]) == ("a", 0.5)
