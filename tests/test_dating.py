"""Dating an undated article from its own text: window, estimate, evidence, and where they show."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema

from generator import pipeline
from generator.dating import Weights, infer_published, window_timexes
from generator.dating.resolve import shared_value
from generator.link import article_problems
from generator.models import Article, Paragraph, RawArticle
from generator.render.article_pages import article_page
from generator.render.export import briefing_data
from generator.render.plan import site_paths
from generator.settings.config import load_config
from generator.timex import article_timexes

SCHEMA = Path(__file__).resolve().parents[1] / "generator" / "schema" / "briefing.schema.json"


def undated(*texts: str, caption: str | None = None) -> Article:
    return Article(
        id="a1",
        source="a1.txt",
        title="Harbour talks",
        subtitle=None,
        authors=(),
        publication=None,
        published=None,
        published_basis=None,
        url=None,
        caption=caption,
        credit=None,
        paragraphs=tuple(Paragraph(f"p{i}", t) for i, t in enumerate(texts, 1)),
    )


EVERY_KIND_RECENT = Weights(
    recent=frozenset(
        f"{y}{p}-{t}"
        for y in ("", "yearless-")
        for p in ("day", "month", "year")
        for t in ("past", "future", "untensed")
    )
    | {"weekday", "title", "new-title"}
)
"""No recency gate and no margin: the window's mechanics alone."""


def infer(*texts: str, caption: str | None = None, weights: Weights | None = EVERY_KIND_RECENT):
    article = undated(*texts, caption=caption)
    return infer_published(article, article_timexes(article), weights)


def test_a_past_date_alone_does_not_date_the_text():
    # the article may be years after what it recalls: no recency clue, no date
    found = infer("The harbour strike ended on May 3, 2016, officials said.", weights=None)
    assert found is None
    assert infer("The harbour strike ended on May 3, 2016, officials said.") is not None


def test_a_weekday_that_agrees_with_a_date_dates_the_text():
    found = infer(
        "The council met on Friday, March 3, and approved the harbour budget.",
        "The fees were last raised in 2016.",
        weights=None,
    )
    assert found is not None
    assert found.window[0] <= "2017-03-03" <= found.window[1]


def test_a_rival_reading_within_the_margin_is_not_dated():
    texts = ("The council met on Friday, March 3, and approved the budget.", "It was 2016.")
    lenient = Weights(recent=frozenset({"weekday"}))
    assert infer(*texts, weights=lenient) is not None
    assert infer(*texts, weights=Weights(recent=frozenset({"weekday"}), margin=50.0)) is None


def test_weights_by_kind_replace_the_default_weight():
    found = infer(
        "The council met on Friday, March 3, and approved the budget.",
        "It was 2016.",
        weights=Weights({"weekday": 4.0}, frozenset({"weekday"})),
    )
    assert found is not None
    assert {e.weight for e in found.evidence if "weekday" in e.reading} == {4.0}


def test_a_past_month_and_a_scheduled_month_bound_the_window():
    found = infer(
        "The harbour strike ended in March 2019, officials said.",
        "A vote on the fees is scheduled for May 2019.",
    )
    assert found is not None
    assert found.window == ("2019-04-01", "2019-04-28")
    assert found.published == "2019-04"
    readings = {e.text: (e.earliest, e.latest, e.agrees) for e in found.evidence if e.weight == 1}
    assert readings["March 2019"] == ("2019-04-01", None, True)
    assert readings["May 2019"] == (None, "2019-04-30", True)


def test_a_weekday_that_agrees_with_a_date_names_the_year():
    # 3 March was a Friday in 2017, not in 2016 or 2018
    found = infer(
        "The council met on Friday, March 3, and approved the harbour budget.",
        "The fees were last raised in 2016.",
    )
    assert found is not None
    lo, hi = found.window
    assert lo <= "2017-03-03" <= hi
    assert hi <= "2017-04-30"


def test_a_new_office_holder_places_the_text_early_in_the_term():
    found = infer(
        "The new President Barack Obama met the mayors last month.",
        "Talks on the bridge are scheduled for March.",
    )
    assert found is not None
    assert found.window[0] >= "2009-01-20" and found.window[1] <= "2009-02-28"
    assert any(e.reading.startswith("called new") for e in found.evidence)


def test_a_former_office_holder_is_no_clue():
    assert infer("Former President Barack Obama opened the harbour museum.") is None


def test_a_text_that_names_no_year_is_not_dated():
    assert infer("The talks opened on Monday and will close in February.") is None


def test_equally_good_readings_in_different_years_are_not_dated():
    # "August" past and a term of four years: every year of the term fits as well
    assert infer("President Bill Clinton visited the harbour in August.") is None


def test_the_caption_counts_as_evidence():
    found = infer("The ferries stopped running in June.", caption="Ferries in Valletta, May 2021.")
    assert found is not None
    assert found.window[0] >= "2021-07-01"
    assert any(e.paragraph == "caption" for e in found.evidence)


TEXT = (
    "Harbour talks stall in Valletta\n\n"
    "The two towns still disagree about the harbour fees, and the ferries wait.\n\n"
    "On Monday, negotiators from both towns met in Valletta, the mayor said. "
    "The harbour strike had ended on Friday, November 9, 2018.\n\n"
    "A second round of talks is scheduled for November 20, 2018, officials said."
)


def _result(text: str = TEXT):
    raw = RawArticle(id="harbour", source="harbour.txt", text=text, format="txt")
    return pipeline.analyse_article(raw, frozenset(), None)


def test_the_pipeline_dates_an_undated_article_and_marks_what_rests_on_it():
    result = _result()
    article = result.article
    assert article.published_basis == "inferred"
    assert article.published == "2018-11-14"
    assert article.published_window == ("2018-11-09", "2018-11-20")
    assert any("publication date inferred as 2018-11-14" in w for w in article.warnings)
    assert "no publication date found" not in article.warnings
    # any day of the window may be the true one: "Monday" is only as precise as all of
    # their Mondays agree (November 5, 12 or 19: November)
    monday = [t for t in result.timexes if t.text == "Monday"]
    assert [t.value for t in monday] == ["2018-11"]
    sources = [s for c in result.clauses for s in c.event.sources]
    flags = {s.expression: s.date_inferred for s in sources}
    assert flags.get("Monday") is True
    assert flags.get("Friday, November 9, 2018", False) is False


def test_a_stated_date_is_kept_and_nothing_is_inferred():
    result = _result(
        TEXT.replace("Harbour talks stall in Valletta\n\n", "Harbour talks\n\n12 November 2018\n\n")
    )
    assert result.article.published_basis == "text"
    assert result.article.published_window is None
    assert result.article.published_evidence == ()


def test_check_export_and_page_show_the_window_and_the_evidence():
    result = _result()
    briefing = pipeline.build_briefing([result], load_config(None))
    (problem,) = [p for p in article_problems(briefing.articles) if "inferred" in p]
    assert problem == (
        "harbour.txt: publication date 2018-11-14 is inferred, not stated (between 2018-11-09 "
        "and 2018-11-20, 4 of 4 clues agree) (confirm with articles.harbour.published)"
    )
    paths = site_paths(briefing)
    data = briefing_data(briefing, paths)
    jsonschema.validate(data, json.loads(SCHEMA.read_text("utf-8")))
    (exported,) = data["articles"]
    assert exported["published_window"] == {"earliest": "2018-11-09", "latest": "2018-11-20"}
    assert {e["text"] for e in exported["published_evidence"]} == {
        "Friday, November 9, 2018",
        "November 20, 2018",
    }
    bases = [s.get("date_basis") for e in data["events"] for s in e["sources"]]
    assert "inferred" in bases
    page = article_page(briefing.articles[0], briefing, paths, [])
    assert "How the date was inferred: between 9 November 2018 and 20 November 2018" in page
    assert "<q>Friday, November 9, 2018</q>" in page


def test_shared_value_keeps_what_every_reading_agrees_on():
    assert shared_value(["2018-11-12", "2018-11-12"]) == "2018-11-12"
    assert shared_value(["2018-11-05", "2018-11-19"]) == "2018-11"
    assert shared_value(["2018-11-26", "2018-12-03"]) == "2018"
    assert shared_value(["2018-W46", "2018-W47"]) == "2018-11"
    assert shared_value(["2018-11-05TNI", "2018-11-12TNI"]) == "2018-11"
    assert shared_value(["2018-12-31", "2019-01-07"]) is None
    assert shared_value(["PRESENT_REF", "PAST_REF"]) is None


def _windowed(window: tuple[str, str], *texts: str) -> dict[str, str]:
    article = replace(undated(*texts), published=window[0], published_window=window)
    return {t.text: t.value for t in window_timexes(article)}


def test_a_relative_date_resolves_to_a_day_only_when_the_window_allows_one():
    text = "On Monday the ferry crews walked out. The strike began on March 2, 2021."
    # Thursday 11 to Saturday 13 March 2021: every reading's Monday is 8 March
    assert _windowed(("2021-03-11", "2021-03-13"), text)["Monday"] == "2021-03-08"
    # two weeks: 8 or 15 March, the month is all they share
    assert _windowed(("2021-03-10", "2021-03-20"), text)["Monday"] == "2021-03"
    # Monday 1 March or 22 February: nothing finer than the year
    assert _windowed(("2021-02-25", "2021-03-03"), text)["Monday"] == "2021"
    # a date stated in full is the same from every day
    assert _windowed(("2021-02-25", "2021-03-20"), text)["March 2, 2021"] == "2021-03-02"


def test_readings_that_share_no_year_fall_back_to_what_the_text_says_alone():
    # Monday 28 December 2020 or 4 January 2021
    found = _windowed(("2020-12-30", "2021-01-06"), "On Monday the ferries stopped.")
    assert found["Monday"] == "XXXX-WXX-1"
    # a window wider than any inference gives resolves nothing
    found = _windowed(("2020-01-01", "2020-12-31"), "On Monday the ferries stopped.")
    assert found["Monday"] == "XXXX-WXX-1"
    # December 2020 from every day of January
    found = _windowed(("2021-01-02", "2021-01-20"), "Last month the ferries stopped.")
    assert found["Last month"] == "2020-12"
