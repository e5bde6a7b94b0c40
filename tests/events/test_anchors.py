"""A date that qualifies something else in its sentence (a figure's base, a holders' list,
a clock beside its day) dates no event; the sentence's own date still does."""

from __future__ import annotations

from generator.events import dated_clauses
from generator.events.anchors import (
    is_bare_clock,
    is_figure_base,
    is_noun_date,
    is_reported_before,
    is_title,
)
from generator.models import Timex
from generator.timex import article_timexes
from tests.events.test_events import make_article


def dates(*texts: str) -> list[str]:
    article = make_article(*texts)
    return [c.event.date for c in dated_clauses(article, article_timexes(article))]


def base(text: str, date: str) -> bool:
    start = text.index(date)
    return is_figure_base(text, (start, start + len(date)), (0, len(text)))


def test_a_bare_figure_base_dates_no_event():
    text = "Orrin Foods said sales fell to $41 million in 2016 from $45 million in 2015."
    assert dates(text) == ["2016"]
    assert base(text, "2015")
    assert not base(text, "2016")  # "fell to $41 million in 2016": the figure's own date


def test_a_base_with_commas_and_fillers_is_still_a_base():
    text = "Net rose to $12 million, or 40 cents a share, from about $9 million, or 31 cents a share, in 2015."
    assert base(text, "2015")
    assert base("Visitors grew from fewer than 80,000 in 2010.", "2010")
    assert base("Its share rose to 14% from 11 percent in 2015.", "2015")


def test_a_base_that_names_what_it_measures_keeps_its_event():
    # a loss in 2015 happened in 2015: the base names an event of its own
    text = "Orrin Foods earned $4 million in 2016, compared with a loss of $3 million in 2015."
    assert not base(text, "2015")
    assert sorted(dates(text)) == ["2015", "2016"]


def test_from_without_a_figure_or_with_words_between_is_no_base():
    assert not base("The envoy flew in from Carrick in 2015.", "2015")
    # the cue's figure is followed by a clause of its own before the date
    text = "Sales rose from $8 million, reflecting the purchase of Dunmore Mills in 2015."
    assert not base(text, "2015")
    # "from … in 2010 to … in 2015": the later date is where the rise ends, not a base
    assert not base("Visitors grew from 80,000 in 2010 to 95,000 in 2015.", "2015")


def test_a_base_followed_by_a_when_clause_keeps_its_date():
    text = "The index closed down 4% from $300 in March 2016, when the Carrick market fell."
    assert not base(text, "March 2016")
    assert "2016-03" in dates(text)


def test_a_holders_of_record_date_dates_no_event():
    text = "The dividend will be paid March 20 to holders of record Feb. 28."
    assert is_noun_date(text, (text.index("Feb."), text.index("Feb.") + 8))
    assert not is_noun_date(text, (text.index("March"), text.index("March") + 8))
    assert dates(text) == ["2017-03-20"]


def test_a_date_tied_by_a_prefix_to_a_noun_is_an_era_not_an_event():
    text = "The post-1989 reforms in Carrick were undone when parliament met in 2016."
    at = text.index("1989")
    assert is_noun_date(text, (at, at + 4))
    assert dates(text) == ["2016"]
    # a plain year after a hyphen of another word stays a date ("mid-air in 1989")
    assert not is_noun_date("a mid-1989 vote", (6, 10))


def clock(text: str, value: str, start: int = 0, kind: str = "TIME") -> Timex:
    return Timex("a1", "p1", start, start + len(text), text, value, kind)


def test_a_bare_clock_beside_another_day_dates_no_event():
    friday = clock("Friday", "2017-01-20", 40, "DATE")
    ten = clock("about 10:35 a.m.", "2017-01-23T10:35", 20)
    assert is_bare_clock(ten, (0, 100), [ten, friday])
    # a day named beside the clock is the clock's own: "10:35 a.m. Friday" is one time
    friday_ten = clock("10:35 a.m. Friday", "2017-01-20T10:35", 20)
    assert not is_bare_clock(friday_ten, (0, 100), [friday_ten, friday])
    # the day lies in another sentence, or agrees with the clock: the clock stays
    assert not is_bare_clock(ten, (0, 39), [ten, friday])
    today = clock("today", "2017-01-23", 40, "DATE")
    assert not is_bare_clock(ten, (0, 100), [ten, today])


def test_the_blast_is_dated_by_its_day_not_by_its_clock():
    text = (
        "The blast in Carrick occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building."
    )
    assert dates(text) == ["2017-01-20"]


def title(text: str, expression: str) -> bool:
    start = text.index(expression)
    return is_title(text, (start, start + len(expression)))


def test_a_quoted_title_with_a_time_word_is_no_date():
    said = 'Ms. Ferrow, speaking on the "This Week" programme, said the talks would resume.'
    assert title(said, "This Week")
    assert title("The mural shows a scene from the film ``High Noon.''", "Noon")
    assert dates(said) == []


def test_a_quote_that_opens_with_a_time_word_is_speech_not_a_title():
    assert not title('"This week we signed the deal," Ms. Ferrow said.', "This week")
    assert not title('She said "Monday is the day we sign."', "Monday")
    assert dates('"This week we signed the deal," Ms. Ferrow said.') != []


def reported(text: str, expression: str) -> bool:
    start = text.index(expression)
    return is_reported_before(text, (start, start + len(expression)), (0, len(text)))


def test_a_saying_day_before_a_past_perfect_dates_its_event_by_the_month():
    text = "Court staff said Friday that the mayor had ordered the audit of the port."
    assert reported(text, "Friday")
    assert dates(text) == ["2017-01"]
    assert reported(
        "Ms. Ferrow told reporters on Monday the army had already taken Dorn.", "Monday"
    )
    assert reported("Aides said Tuesday that the plan had been dropped.", "Tuesday")


def test_a_saying_day_with_a_simple_past_or_a_possession_keeps_its_event():
    # the reported event on the day itself, or "had" as a possession: the date may be its own
    assert not reported("Court staff said Friday that the mayor ordered an audit.", "Friday")
    assert not reported("Court staff said Friday that the port had no plans.", "Friday")
    assert not reported("Court staff said Friday, adding that the mayor had resigned.", "Friday")
    # the date after the report, not before what it reports
    assert not reported("The mayor had ordered an audit, court staff said Friday.", "Friday")
    assert dates("The mayor resigned Friday after he had ordered an audit.") == ["2017-01-20"]
