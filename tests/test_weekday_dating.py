"""Weekdays named with their tense narrow a corpus-inferred window (generator/dating/weekdays.py)."""

import datetime as dt
import json
from pathlib import Path

import jsonschema
import numpy as np

from generator import pipeline
from generator.dating.corpus import Neighbour, infer_near
from generator.dating.resolve import window_timexes
from generator.dating.weekdays import (
    SATURDAY,
    Mention,
    Reach,
    fitted_reach,
    mention_days,
    mentions,
    narrow,
    pair_days,
    voted_days,
)
from generator.models import Article, Paragraph, RawArticle
from generator.render.article_pages import article_page
from generator.render.export import briefing_data
from generator.render.plan import site_paths
from generator.settings.config import Config
from generator.timex import article_timexes

SCHEMA = Path(__file__).resolve().parents[1] / "generator" / "schema" / "briefing.schema.json"
PAST = Reach((("past", 0, 3),), 0.75)

DATED = (
    "Lantern guild and Orsk millers meet in Tarrow\n\n10 March 2021\n\n"
    "The lantern guild of Tarrow and the Orsk millers opened talks on the grain levy. "
    "Guild master Ilse Varn said the levy had tripled since the flood.\n\n"
    "The Orsk millers asked Varn for a levy cap, and the guild refused the cap."
)
UNDATED = (
    "Varn rejects Orsk levy cap\n\n"
    "On Monday the lantern guild of Tarrow rejected the levy cap the Orsk millers asked for. "
    "Guild master Ilse Varn said the grain levy talks would go on.\n\n"
    "The Orsk millers called the refusal a blow to Tarrow's grain trade."
)


def _article(text: str) -> Article:
    paragraphs = tuple(Paragraph(f"p{i}", t) for i, t in enumerate(text.split("\n\n"), 1))
    return Article("x", "x.txt", "", None, (), None, None, None, None, None, None, paragraphs)


def _mentions(text: str) -> list[Mention]:
    article = _article(text)
    texts = {p.id: p.text for p in article.paragraphs}
    return mentions(article_timexes(article), texts)


def test_a_weekday_takes_the_tense_of_its_clause():
    found = _mentions("Envoys met on Monday. They will meet again on Friday.")
    assert [(m.weekday, m.tense) for m in found] == [(1, "past"), (5, "future")]


def test_a_past_weekday_allows_the_days_soon_after_it_and_a_coming_one_nothing():
    monday = Mention("p1", "Monday", 1, "past")
    assert mention_days(monday, PAST) == {1, 2, 3, 4}
    sunday = Mention("p1", "Sunday", 7, "past")
    assert mention_days(sunday, PAST) == {7, 1, 2, 3}  # across the week's end
    assert mention_days(Mention("p1", "Friday", 5, "future"), PAST) is None
    ahead = Reach((("future", 0, 2),), 0.75)
    assert mention_days(Mention("p1", "Friday", 5, "future"), ahead) == {3, 4, 5}


def test_a_weekend_counts_from_its_saturday_with_its_own_row():
    (weekend,) = _mentions("The ceasefire held this weekend, officials said.")
    assert (weekend.weekend, weekend.weekday, weekend.tense) == (True, 6, "past")
    assert weekend.key == "weekend-past"
    assert mention_days(weekend, PAST) is None  # no row for weekends: it tells nothing
    rows = Reach((("weekend-past", 0, 2),), 0.75)
    assert mention_days(weekend, rows) == {6, 7, 1}


def test_the_fitted_reach_knows_past_weekdays_and_says_nothing_of_a_whole_week():
    reach = fitted_reach()
    assert reach.gaps("past") is not None
    assert Reach((("future", 0, 6),)).gaps("future") is None


def test_a_past_weekday_and_one_to_come_bound_the_day_between_them():
    monday = Mention("p2", "Monday", 1, "past")
    tuesday = Mention("p1", "Tuesday", 2, "future")
    assert pair_days(monday, tuesday) == {1, 2}
    assert pair_days(tuesday, monday) is None  # the order of tenses matters, not of mentions
    # alone a coming weekday tells nothing (the read parts put 4 of 37 on the day itself)
    assert fitted_reach().gaps("future") is None
    assert voted_days([monday, tuesday], fitted_reach()) == {1, 2}
    sunday = Mention("p3", "Sunday", 7, "future")
    assert pair_days(monday, sunday) is None  # six days on: too far to bound anything
    assert pair_days(Mention("p4", "Friday", 5, "past"), Mention("p5", "Monday", 1, "future")) == {
        5,
        6,
        7,
        1,
    }  # across the week's end
    weekend = Mention("p6", "weekend", SATURDAY, "future", weekend=True)
    assert pair_days(monday, weekend) is None


def test_mentions_vote_and_the_days_most_allow_are_kept():
    monday = Mention("p1", "Monday", 1, "past")
    wednesday = Mention("p2", "Wednesday", 3, "past")
    assert voted_days([monday, wednesday], PAST) == {3, 4}
    thursday = Mention("p3", "Thursday", 4, "past")  # the day all three allow
    assert voted_days([monday, wednesday, thursday], PAST) == {4}
    assert voted_days([Mention("p1", "Friday", 5, "future")], PAST) is None


def test_the_window_narrows_to_the_run_of_mention_days_the_evidence_prefers():
    scores = np.array([1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1], dtype=float)
    allowed = np.array([1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0], dtype=bool)
    assert narrow(scores, (0, 10), allowed, 0.75) == (4, 5)
    assert narrow(scores, (0, 10), allowed, 1.5) == (0, 10)  # not better by the margin
    assert narrow(scores, (3, 6), allowed, 0.75) == (4, 5)  # one run: the weekdays alone
    assert narrow(scores, (2, 3), allowed, 0.75) == (2, 3)  # no allowed day: unchanged


def test_one_neighbour_and_a_past_monday_read_monday_to_one_day():
    article = _article(UNDATED)
    timexes = article_timexes(article)
    found = [Neighbour("dated.txt", dt.date(2021, 3, 10), 0.4, ("Varn",))]
    inference = infer_near(article, timexes, found, reach=PAST)
    assert inference is not None
    assert inference.window == ("2021-03-08", "2021-03-11")  # Monday to Thursday
    said = [e for e in inference.evidence if e.reading.startswith("weekdays named")]
    assert said and "Monday (past)" in said[0].reading and said[0].agrees
    dated = Article(**{**article.__dict__, "published_window": inference.window})
    (monday,) = [t for t in window_timexes(dated) if t.text == "Monday"]
    assert monday.value == "2021-03-08"


def test_two_equally_alike_neighbours_in_two_weeks_leave_the_window_wide():
    article = _article(UNDATED)
    found = [
        Neighbour("a.txt", dt.date(2021, 3, 10), 0.4, ("Varn",)),
        Neighbour("b.txt", dt.date(2021, 3, 15), 0.4, ("Varn",)),
    ]
    inference = infer_near(article, article_timexes(article), found, reach=PAST)
    assert inference is not None
    lo, hi = inference.window
    assert lo <= "2021-03-08" and hi >= "2021-03-16"  # two Mondays: no one week preferred
    dated = Article(**{**article.__dict__, "published_window": inference.window})
    (monday,) = [t for t in window_timexes(dated) if t.text == "Monday"]
    assert len(monday.value) < 10  # only the month or year every reading agrees on


def test_an_event_read_against_a_narrowed_window_says_its_date_was_inferred():
    raws = [
        RawArticle("dated", "dated.txt", DATED, "txt"),
        RawArticle("undated", "undated.txt", UNDATED, "txt"),
    ]
    results = [pipeline.analyse_article(raw, frozenset(), None) for raw in raws]
    briefing = pipeline.build_briefing(results, Config())
    article = next(a for a in briefing.articles if a.id == "undated")
    assert article.published_basis == "inferred"
    assert article.published_window == ("2021-03-08", "2021-03-11")
    sources = [s for e in briefing.events for s in e.sources if s.article == "undated"]
    assert sources and all(s.date_inferred for s in sources)
    assert any(e.date == "2021-03-08" for e in briefing.events if e.sources[0] in sources)
    paths = site_paths(briefing)
    data = briefing_data(briefing, paths)
    jsonschema.validate(data, json.loads(SCHEMA.read_text("utf-8")))
    exported = [s for e in data["events"] for s in e["sources"] if s["article"] == "undated"]
    assert exported and all(s["date_basis"] == "inferred" for s in exported)
    page = article_page(article, briefing, paths, [])
    assert "weekdays named: Monday (past)" in page


def test_a_window_is_read_only_on_the_days_of_the_week_its_weekdays_allow():
    article = _article(UNDATED)
    # Friday 5 to Thursday 11 March 2021: read on every day, "On Monday" names 1 or 8 March
    window = Article(**{**article.__dict__, "published_window": ("2021-03-05", "2021-03-11")})
    (monday,) = [t for t in window_timexes(window) if t.text == "Monday"]
    assert monday.value == "2021-03-08"  # a past Monday allows Monday to Thursday: the 8th
    # a window whose allowed days hold two Mondays keeps only the month they share
    wide = Article(**{**article.__dict__, "published_window": ("2021-03-08", "2021-03-18")})
    (monday,) = [t for t in window_timexes(wide) if t.text == "Monday"]
    assert monday.value == "2021-03"


def test_a_past_and_a_coming_weekday_read_an_inferred_window_to_one_day():
    text = "Talks opened on Monday in Tarrow.\n\nA levy accord is expected to be signed on Tuesday."
    # Saturday 6 to Friday 12 March: only Monday 8 and Tuesday 9 are read
    article = _article(text)
    window = Article(**{**article.__dict__, "published_window": ("2021-03-06", "2021-03-12")})
    values = {t.text: t.value for t in window_timexes(window)}
    assert values["Monday"] == "2021-03-08"
    assert values["Tuesday"] == "2021-03-09"
    no_days = Article(**{**article.__dict__, "published_window": ("2021-03-10", "2021-03-12")})
    values = {t.text: t.value for t in window_timexes(no_days)}
    assert values["Monday"] == "2021-03-08"  # no allowed day in the window: every day is read
