"""Temporal expressions: one short sentence per rule, values worked out by hand.

The anchor is Monday 23 January 2017 unless a test says otherwise (ISO week 2017-W04).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.models import Article, Paragraph
from generator.timex import (
    article_timexes,
    find_timexes,
    lexicon,
    parse_anchor,
    rules,
)
from generator.timex.regex import alternation
from generator.timex.scan import lowered

ANCHOR = "2017-01-23"  # a Monday


def only(text: str, anchor: str | None = ANCHOR, expression: str | None = None):
    """The one timex in `text` (or the one whose text is `expression`)."""
    found = find_timexes(text, anchor)
    if expression is not None:
        found = [t for t in found if t.text == expression]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expression", "value", "type_"),
    [
        # explicit dates
        (
            "The ceasefire in place since Dec. 29, 2016 has held.",
            "Dec. 29, 2016",
            "2016-12-29",
            "DATE",
        ),
        ("Talks resume in Geneva on Feb. 8.", "Feb. 8", "2017-02-08", "DATE"),
        ("The envoy spoke on 3 March 2015 in Vienna.", "3 March 2015", "2015-03-03", "DATE"),
        ("The file is dated 2016-11-30.", "2016-11-30", "2016-11-30", "DATE"),
        ("Filed 11/30/2016 by the clerk.", "11/30/2016", "2016-11-30", "DATE"),
        # day.month.year, as most of Europe writes a date
        ("Die Frist endet am 01.02.2019 um Mitternacht.", "01.02.2019", "2019-02-01", "DATE"),
        ("Fighting resumed in March 2015.", "March 2015", "2015-03", "DATE"),
        # a weekday with a date: the date decides
        ("He said on Friday, May 19 that talks failed.", "Friday, May 19", "2017-05-19", "DATE"),
        # months: honest precision, year by tense and distance
        ("Aleppo fell to government forces in December.", "December", "2016-12", "DATE"),
        ("Talks scheduled for February were delayed.", "February", "2017-02", "DATE"),
        ("The deal was signed in August.", "August", "2016-08", "DATE"),
        ("Work ends by the end of March.", "the end of March", "2017-03", "DATE"),
        # years, decades, centuries
        ("The war has gone on since 2011.", "2011", "2011", "DATE"),
        ("He is likely to stay in power until 2021.", "2021", "2021", "DATE"),
        ("Prices were higher in the 1990s.", "the 1990s", "199", "DATE"),
        ("It began in the 20th century.", "the 20th century", "19", "DATE"),
        # seasons
        ("The city fell last winter.", "last winter", "2016-WI", "DATE"),
        # in January it is still the winter that began in 2016, so the fall before is 2016's
        ("The city fell last fall.", "last fall", "2016-FA", "DATE"),
        ("Elections are due next summer.", "next summer", "2017-SU", "DATE"),
        ("The offensive began in the spring of 2015.", "spring of 2015", "2015-SP", "DATE"),
        # weekdays: tense picks the week; the anchor's own weekday is the anchor
        ("On Monday, talks opened in Astana.", "Monday", "2017-01-23", "DATE"),
        ("A communique is expected to be signed on Tuesday.", "Tuesday", "2017-01-24", "DATE"),
        ("Rebels refused to attend on Thursday.", "Thursday", "2017-01-19", "DATE"),
        ("The envoy will travel to Moscow on Thursday.", "Thursday", "2017-01-26", "DATE"),
        ("They met last Friday.", "last Friday", "2017-01-20", "DATE"),
        # a present verb of a schedule, its object between, names the coming weekday
        ("The fair opens to the public on Thursday.", "Thursday", "2017-01-26", "DATE"),
        ("The Owls play Saturday against the Hawks.", "Saturday", "2017-01-28", "DATE"),
        ("The fair opened to the public on Thursday.", "Thursday", "2017-01-19", "DATE"),
        # relative units
        ("The rebels met last week.", "last week", "2017-W03", "DATE"),
        ("The accord signed earlier this month held.", "earlier this month", "2017-01", "DATE"),
        ("Talks resume next month.", "next month", "2017-02", "DATE"),
        ("Turnout fell last year.", "last year", "2016", "DATE"),
        ("Talks this weekend failed.", "this weekend", "2017-W03-WE", "DATE"),
        ("The army said yesterday it had withdrawn.", "yesterday", "2017-01-22", "DATE"),
        ("The vote is tomorrow.", "tomorrow", "2017-01-24", "DATE"),
        # counting back from the anchor, at the unit's own granularity
        ("The war began five years ago.", "five years ago", "2012", "DATE"),
        ("The deal collapsed two years ago.", "two years ago", "2015", "DATE"),
        ("It was agreed three months ago.", "three months ago", "2016-10", "DATE"),
        ("He left ten days ago.", "ten days ago", "2017-01-13", "DATE"),
        # quarters and halves
        ("Profit rose in the third quarter.", "the third quarter", "2016-Q3", "DATE"),
        ("Sales fell in the first half of 2015.", "the first half of 2015", "2015-H1", "DATE"),
        # durations
        ("The conflict has lasted five years.", "five years", "P5Y", "DURATION"),
        ("The four-day talks ended.", "four-day", "P4D", "DURATION"),
        ("The conflict, now in its sixth year, goes on.", "its sixth year", "P6Y", "DURATION"),
        ("Shelling went on for 24 hours.", "24 hours", "PT24H", "DURATION"),
        ("It lasted 2 1/2 years.", "2 1/2 years", "P2Y6M", "DURATION"),
        ("Talks dragged on for weeks.", "weeks", "PXW", "DURATION"),
        ("Prices rose over the past two months.", "the past two months", "P2M", "DURATION"),
        ("The siege may last two to three weeks.", "three weeks", "P3W", "DURATION"),
        # a range is two expressions; the first borrows the second's unit
        ("The siege may last two to three weeks.", "two", "P2W", "DURATION"),
        # spelled-out years, as read aloud
        ("In nineteen ninety-six the town fell.", "nineteen ninety-six", "1996", "DATE"),
        ("It was built in the year two thousand.", "the year two thousand", "2000", "DATE"),
        # the end of the year
        ("The deal should close by year-end.", "year-end", "2017", "DATE"),
        ("Prices have doubled since year-end.", "year-end", "2016", "DATE"),
        # anaphora: the last date the text gave
        (
            "Rebels left on March 3, 2015. Later that day, troops came.",
            "Later that day",
            "2015-03-03",
            "DATE",
        ),
        ("The war began in March 2011. That year, Russia sent arms.", "That year", "2011", "DATE"),
        (
            "Talks began on Feb. 8. The next day, they stalled.",
            "The next day",
            "2017-02-09",
            "DATE",
        ),
        (
            "Talks began on Feb. 8. The next morning, they stalled.",
            "The next morning",
            "2017-02-09TMO",
            "TIME",
        ),
        # sets
        ("Monitors report every week.", "every week", "P1W", "SET"),
        ("The council meets weekly.", "weekly", "P1W", "SET"),
        ("The market opens on Tuesdays.", "Tuesdays", "XXXX-WXX-2", "SET"),
        ("He visits each Thursday.", "each Thursday", "XXXX-WXX-4", "SET"),
        # references to the present, past and future
        ("The zones are currently held by rebels.", "currently", "PRESENT_REF", "DATE"),
        ("The rebels now control the town.", "now", "PRESENT_REF", "DATE"),
        ("Violence has recently increased.", "recently", "PAST_REF", "DATE"),
        ("Peace is possible in the future.", "the future", "FUTURE_REF", "DATE"),
        # times of day
        ("The vote closes at 5 p.m. today.", "5 p.m. today", "2017-01-23T17:00", "TIME"),
        ("Shelling resumed this morning.", "this morning", "2017-01-23TMO", "TIME"),
        ("Talks broke down Sunday night.", "Sunday night", "2017-01-22TNI", "TIME"),
        # holidays, by dateutil
        ("Talks stopped over Christmas.", "Christmas", "2016-12-25", "DATE"),
        ("Markets closed on Thanksgiving 2016.", "Thanksgiving 2016", "2016-11-24", "DATE"),
    ],
)
def test_rule(text, expression, value, type_):
    timex = only(text, expression=expression)
    assert (timex.value, timex.type) == (value, type_)


def test_mod_start_for_early():
    timex = only("Fighting eased in early December.", expression="early December")
    assert (timex.value, timex.mod) == ("2016-12", "START")


def test_mod_end_for_the_end_of():
    assert only("by the end of March").mod == "END"


def test_mod_more_than():
    timex = only("It took more than two years.", expression="more than two years")
    assert (timex.value, timex.mod) == ("P2Y", "MORE_THAN")


def test_later_explicit_year_overrides_the_default_reading():
    text = "No deal was reached last February. This February 2016 ceasefire held briefly."
    found = find_timexes(text, "2017-05-25")
    assert [(t.text, t.value) for t in found] == [
        ("last February", "2016-02"),
        ("February 2016", "2016-02"),
    ]


def test_last_month_name_without_context_is_the_most_recent():
    assert only("No deal was reached last February.", "2017-05-25").value == "2017-02"


def test_a_year_ago_after_a_quarter_is_that_quarter_a_year_earlier():
    found = find_timexes("Profit rose in the third quarter from a year ago.", "2016-11-02")
    assert [t.value for t in found] == ["2016-Q3", "2015-Q3"]


def test_this_weekend_in_past_tense_on_a_thursday_is_the_weekend_gone():
    # 25 May 2017 is a Thursday in ISO week 21
    assert only("Talks this weekend failed.", "2017-05-25").value == "2017-W20-WE"


def test_weekday_possessive_is_the_one_gone():
    # "Wednesday's ruling" with a future verb nearby still points back
    assert only("They will appeal Wednesday's ruling.").value == "2017-01-18"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On Monday, talks opened.", "XXXX-WXX-1"),
        ("Talks resume on Feb. 8.", "XXXX-02-08"),
        ("Aleppo fell in December.", "XXXX-12"),
        ("The rebels met last week.", "XXXX-WXX"),
        ("The war began five years ago.", "XXXX"),
        ("The war began in 2011.", "2011"),
        ("The ceasefire since Dec. 29, 2016 held.", "2016-12-29"),
    ],
)
def test_without_anchor_only_what_does_not_depend_on_it(text, value):
    assert only(text, anchor=None).value == value


def test_that_day_without_an_earlier_date_is_not_guessed():
    assert find_timexes("That day, rebels fired rockets.", ANCHOR) == []


def test_weekday_keeps_the_anchor_week_whatever_later_years_say():
    # "August 2015" later on must not move "Friday" (a week-relative date) into 2015
    found = find_timexes("Troops left on Friday. In August 2015 they had come.", ANCHOR)
    assert [t.value for t in found] == ["2017-01-20", "2015-08"]


def test_planned_to_reads_the_weekday_forward():
    assert only("The team planned to leave on Thursday.").value == "2017-01-26"


def test_a_would_in_a_reported_clause_after_the_weekday_is_not_its_tense():
    # the plan is the "that" clause's, seen from the past: Monday is the vow's day, gone by
    anchor = "2017-01-25"  # a Wednesday
    assert only("Voters support his vow on Monday that there would be no tax.", anchor).value == (
        "2017-01-23"
    )
    assert only("He signed the bill on Monday that would cut the tax.", anchor).value == (
        "2017-01-23"
    )
    # without "that" the "would" still reads the weekday forward
    assert only("The vote on Monday would decide it.", anchor).value == "2017-01-30"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Hearings were set for August and October of 2012.", "2012-08"),
        ("The talks ran from March to May 2012.", "2012-03"),
        ("Votes are due on Feb. 8 and March 9, 2012.", "2012-02-08"),
        ("The survey ran from December to March 2013.", "2012-12"),  # the winter before
    ],
)
def test_a_yearless_month_shares_the_year_of_the_month_coordinated_after_it(text, first):
    assert find_timexes(text, ANCHOR)[0].value == first


def test_a_month_in_another_clause_does_not_share_the_year():
    found = find_timexes("He visited in April, and left in October 2012.", ANCHOR)
    assert found[0].value == "2016-04"


def test_year_only_anchor_resolves_years_but_not_months():
    found = find_timexes("Talks failed last year and resumed in December.", "2017")
    assert [t.value for t in found] == ["2016", "XXXX-12"]


@pytest.mark.parametrize(
    "text",
    [
        "She may attend the meeting.",  # modal, not the month
        "Troops march on the capital.",  # verb, not the month
        "A 6-year-old boy was rescued.",  # an age, not a duration
        "The convoy carried 2000 people.",  # a count, not a year
        "It costs $2015 to enter.",  # money, not a year
        "The rebels fall back.",  # verb, not the season
    ],
)
def test_not_a_timex(text):
    assert find_timexes(text, ANCHOR) == []


def test_in_december_is_a_month_never_a_day():
    assert only("Aleppo fell in December.").value == "2016-12"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-01-23", (2017, 1, 23)),
        ("2017-01", (2017, 1, None)),
        ("2017", (2017, None, None)),
        (None, (None, None, None)),
        ("not a date", (None, None, None)),
    ],
)
def test_parse_anchor(value, expected):
    anchor = parse_anchor(value)
    assert (anchor.year, anchor.month, anchor.day) == expected


def test_every_rule_is_exercised_by_this_file():
    names = {rule.name for rule in rules()}
    assert "weekday" in names and "duration" in names and len(names) == len(rules())


def test_article_timexes_offsets_are_per_paragraph_and_context_crosses_paragraphs():
    article = Article(
        id="a1",
        source="a1.txt",
        title="Talks on Monday",
        subtitle=None,
        authors=(),
        publication=None,
        published="2017-05-25",
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=(
            Paragraph("p1", "No agreement was reached last February."),
            Paragraph("p2", "This February 2016 ceasefire held."),
        ),
    )
    found = article_timexes(article)
    assert [(t.paragraph, t.start, t.end, t.text, t.value) for t in found] == [
        ("title", 9, 15, "Monday", "2017-05-22"),
        ("p1", 25, 38, "last February", "2016-02"),
        ("p2", 5, 18, "February 2016", "2016-02"),
    ]
    for t in found:
        text = article.title if t.paragraph == "title" else article.paragraph(t.paragraph).text
        assert text[t.start : t.end] == t.text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("abcdefghijklmnopqrstuvwxyz ABCDEFGMJSTW0123456789,.-/:'\n")
            + ["May ", "Monday ", " last ", " week", " 2016", "Dec. ", " ago", " years", "the "]
        )
        | st.text(max_size=5),
        max_size=60,
    ).map("".join),
    st.sampled_from([None, "2017", "2017-01", "2017-01-23", "2000-02-29"]),
)
def test_never_raises_and_spans_are_in_range_and_disjoint(text, anchor):
    found = find_timexes(text, anchor)
    previous_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.start >= previous_end
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        previous_end = timex.end


# --------------------------------------------------------------------------- round 3 rules
# Invented sentences; the anchor is Monday 23 January 2017 unless given.


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value", "type_"),
    [
        # tense: "next to" is a place; a bare present schedules; "had been due" is over
        (
            "Two people were hurt next to the embassy on Friday.",
            ANCHOR,
            "Friday",
            "2017-01-20",
            "DATE",
        ),
        ("The two leaders meet Thursday in Geneva.", ANCHOR, "Thursday", "2017-01-26", "DATE"),
        ("The offer had been due to expire Friday.", ANCHOR, "Friday", "2017-01-20", "DATE"),
        (
            '"The father will leave Thursday," the minister said.',
            ANCHOR,
            "Thursday",
            "2017-01-26",
            "DATE",
        ),
        ("Parties campaigned ahead of Thursday's vote.", ANCHOR, "Thursday", "2017-01-26", "DATE"),
        (
            "Officials became more open over the weekend.",
            ANCHOR,
            "the weekend",
            "2017-W03-WE",
            "DATE",
        ),
        (
            "Mr. Lee, 52, will succeed the chairman Feb. 1.",
            "2017-10-26",
            "Feb. 1",
            "2018-02-01",
            "DATE",
        ),
        # "the year" is the year reported on, unless it is an accounting span
        ("Profit for the year rose 5%.", ANCHOR, "the year", "2017", "DATE"),
        ("Revenue for the year ended Sept. 30 rose.", ANCHOR, "the year", "P1Y", "DURATION"),
        (
            "Rain delayed planting earlier in the year.",
            ANCHOR,
            "earlier in the year",
            "2017",
            "DATE",
        ),
        ("Sales for the full year fell.", ANCHOR, "the full year", "2017", "DATE"),
        ("Attacks rose over the past year.", ANCHOR, "the past year", "2016", "DATE"),
        # durations
        (
            "It will not change for a couple of years.",
            ANCHOR,
            "a couple of years",
            "P2Y",
            "DURATION",
        ),
        ("He stays for two more weeks.", ANCHOR, "two more weeks", "P2W", "DURATION"),
        (
            "The deal may run for an additional year.",
            ANCHOR,
            "an additional year",
            "P1Y",
            "DURATION",
        ),
        (
            "A minute and a half later the pilot called.",
            ANCHOR,
            "A minute and a half",
            "PT1M30S",
            "DURATION",
        ),
        (
            "The banks must wait 30 days before closing the deal.",
            ANCHOR,
            "30 days",
            "P30D",
            "DURATION",
        ),
        ("The city will one day be a capital.", ANCHOR, "one day", "FUTURE_REF", "DATE"),
        # months and days
        ("He was shot last Oct. 23 at home.", "2017-09-01", "Oct. 23", "2016-10-23", "DATE"),
        ("The firm must repay the loan by February.", "2017-09-10", "February", "2018-02", "DATE"),
        (
            "January nineteen ninety-seven. A second blast.",
            ANCHOR,
            "January nineteen ninety-seven",
            "1997-01",
            "DATE",
        ),
        (
            "Prices hit that level in the winter of nineteen ninety-four.",
            ANCHOR,
            "winter of nineteen ninety-four",
            "1994-WI",
            "DATE",
        ),
        # clock times with a date, parts of day before the day
        (
            "The offer expires at 5 p.m. EST, Feb. 9.",
            ANCHOR,
            "5 p.m. EST, Feb. 9",
            "2017-02-09T17:00",
            "TIME",
        ),
        (
            "Shares rose at mid-afternoon yesterday.",
            ANCHOR,
            "mid-afternoon yesterday",
            "2017-01-22TAF",
            "TIME",
        ),
        # quarters and halves
        (
            "It may start as early as next year's first quarter.",
            ANCHOR,
            "next year's first quarter",
            "2018-Q1",
            "DATE",
        ),
        (
            "A charge hit the 2015 third quarter.",
            ANCHOR,
            "the 2015 third quarter",
            "2015-Q3",
            "DATE",
        ),
        (
            "Sales slowed in the last half of 2016.",
            ANCHOR,
            "the last half of 2016",
            "2016-H2",
            "DATE",
        ),
        # "the previous Friday" counts back from the date just given
        (
            "On Jan. 13 the index fell 4% from the previous Friday.",
            ANCHOR,
            "the previous Friday",
            "2017-01-06",
            "DATE",
        ),
    ],
)
def test_round_three_rule(text, anchor, expression, value, type_):
    timex = only(text, anchor=anchor, expression=expression)
    assert (timex.value, timex.type) == (value, type_)


# --------------------------------------------------------------------------- round 4 rules
# Invented sentences; the anchor is Monday 23 January 2017 unless given.


@pytest.mark.parametrize(
    ("text", "expression", "value", "type_"),
    [
        # a later verb across "and" belongs to another clause
        (
            "She was in Oslo on Thursday and will fly to Rome on Saturday.",
            "Thursday",
            "2017-01-19",
            "DATE",
        ),
        (
            "She was in Oslo on Thursday and will fly to Rome on Saturday.",
            "Saturday",
            "2017-01-28",
            "DATE",
        ),
        # "due" schedules; a deadline word reads a weekday forward when nothing says past
        ("The figures are due out Wednesday.", "Wednesday", "2017-01-25", "DATE"),
        ("The firm has to repay the loan by Friday.", "Friday", "2017-01-27", "DATE"),
        # an -ed word after a modal is a participle, not a past tense
        ("Schools will stay closed until Thursday.", "Thursday", "2017-01-26", "DATE"),
        # a clock time on a weekday with no tense is a schedule
        ("Kick-off is at 15:00 GMT Saturday.", "15:00 GMT Saturday", "2017-01-28T15:00", "TIME"),
        ("Polls close at 8 p.m. ET Tuesday.", "8 p.m. ET Tuesday", "2017-01-24T20:00", "TIME"),
        # "later in the day": the day the text is on
        (
            "The envoy left on Friday. Later in the day, shelling resumed.",
            "Later in the day",
            "2017-01-20",
            "DATE",
        ),
        ("Earlier in the day, shelling resumed.", "Earlier in the day", "2017-01-23", "DATE"),
        # a period counted back to a date is a duration
        ("Exports grew 2% in the year to March.", "the year", "P1Y", "DURATION"),
        ("In the week to Thursday, sales fell.", "the week", "P1W", "DURATION"),
        # halves before "ago" are counted in the next smaller unit
        ("Half a century ago, the bridge fell.", "Half a century ago", "1967", "DATE"),
        ("A year and a half ago, he left.", "A year and a half ago", "2015-07", "DATE"),
        # "a second" counts time only when no noun follows
        ("He paused for a second before replying.", "a second", "PT1S", "DURATION"),
        # plural weekends after "on" repeat
        ("The market opens on weekends.", "weekends", "XXXX-WXX-WE", "SET"),
        # "this past" is the last one gone
        ("Rain fell this past weekend.", "this past weekend", "2017-W03-WE", "DATE"),
        ("The drought this past summer hurt.", "this past summer", "2016-SU", "DATE"),
    ],
)
def test_round_four_rule(text, expression, value, type_):
    timex = only(text, expression=expression)
    assert (timex.value, timex.type) == (value, type_)


def test_take_effect_schedules_a_date_read_forward():
    assert only("The new rules take effect Jan. 1.", "2017-03-22").value == "2018-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "A second blast hit the market.",  # the ordinal
        "It was the second time the bridge fell.",  # the ordinal
        "The police fired a second, smaller round.",  # the ordinal before a comma
        "At the end of the day, it is about money.",  # an idiom
        "Guests stayed in Room 2010.",  # a label, not a year
        "She lived at 1999 Baker Street.",  # an address
        "The furnace reached 1990 degrees.",  # a measure
        "The Summer Games open in Rio.",  # a name
    ],
)
def test_round_four_not_a_timex(text):
    assert find_timexes(text, ANCHOR) == []


# Temporal expressions of every shape the rules know, for the two tests below.
_PHRASES = [
    *("six days from now", "two hours hence", "a week before", "a year earlier", "days ago"),
    *("the 1990’s", "the '90's", "the 90s", "the eighties", "1999-2000", "FY 2016", "in 1850"),
    *("10:30", "10.30 pm", "5 P.M.", "noon", "midday", "midnight", "08:00 GMT Monday"),
    *("that same week", "the next morning", "the following evening", "later that year"),
    *("year-end", "year’s end", "year end", "two to three weeks", "five or six days"),
    *("3-4 years", "3 – 4 years", "in its third year", "every other week", "each day"),
    *("per month", "a year for", "Mondays", "the year-ago quarter", "the year earlier period"),
    *("the fiscal year", "the full year", "the weekend", "this afternoon", "tonight"),
    *("last night", "overnight", "the day before yesterday", "morning yesterday", "today"),
    *("the 20th century", "second half", "third quarter", "the same period", "11/30/2016"),
    *("2016-11-30", "20161130", "’16", "'99", "Christmas Eve", "Valentine’s Day"),
    *("New Year’s Eve", "Good Friday", "a 10-year-old", "a two-week", "the past year"),
    *("this past summer", "the preceding week", "the same day", "current month", "May 3"),
    *("Dec. 29, 2016", "3 March", "March 2015", "last December", "Friday", "next Tuesday"),
    *("spring of 2015", "nineteen ninety-six", "recently", "in the future", "at present"),
]
_SPELLINGS = (str, str.upper, str.title, lambda p: p.replace("s", "ſ").replace("i", "ı"))
_TEXT = st.lists(
    st.tuples(st.sampled_from(_PHRASES), st.sampled_from(_SPELLINGS)).map(lambda t: t[1](t[0]))
    | st.sampled_from([" ", ", ", " and ", "-", "\n\n", "İ", "\u212a", "s"])
    | st.text(max_size=3),
    max_size=12,
).map("".join)


def _spellings(word: str) -> list[str]:
    """`word` in the cases an IGNORECASE pattern accepts, odd characters included."""
    odd = [("s", "ſ"), ("i", "ı"), ("i", "İ"), ("k", "\u212a")]
    return [word, word.upper(), word.title(), *(word.replace(a, b) for a, b in odd)]


@pytest.mark.parametrize("phrase", _PHRASES)
def test_every_match_holds_its_rules_key(phrase):
    """A rule's key (`_RULE_KEYS`) is in every text the rule matches, however spelled."""
    for text in _spellings(phrase):
        folded = lowered(text)[1]
        for rule in rules():
            if rule.key is not None and rule.pattern.search(text):
                assert rule.key.search(folded), (rule.name, text)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.integers(min_value=0, max_value=200), min_size=2, max_size=6))
def test_a_window_without_its_rules_key_holds_no_match(text, cuts):
    """The rule keys only let the matcher skip windows where the rule cannot match."""
    folded = lowered(text)[1]
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    windows = [(s, e) for i, s in enumerate(bounds) for e in bounds[i + 1 :]]
    for rule in rules():
        if rule.key is None:
            continue
        for start, end in windows:
            if rule.pattern.search(text, start, end):
                assert rule.key.search(folded, start, end), (rule.name, text[start:end])


def test_alternations_grouped_by_first_character_match_as_plain_ones():
    """Grouping words by first letter (case-insensitively) is a speed-up, not a change."""
    lex = lexicon()
    others = ["its", "initial", "independence day", "kelvin", "second", "a few"]
    for words in (lex["months"], lex["ordinals"], lex["numbers"], lex["vague_numbers"], others):
        escaped = sorted(
            {re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=lambda w: -len(w)
        )
        plain = re.compile("(?:" + "|".join(escaped) + ")", re.IGNORECASE)
        grouped = re.compile(alternation(words), re.IGNORECASE)
        for text in (s for w in words for s in _spellings(w + ". " + w)):
            for i in range(len(text) + 1):
                a, b = plain.match(text, i), grouped.match(text, i)
                assert (a and a.group()) == (b and b.group()), text


def test_a_deadline_after_a_modal_lies_ahead_even_in_reported_speech():
    from generator.timex import find_timexes

    said = "Biden said on Friday he hoped a deal could be reached by Monday."
    assert [(t.text, t.value) for t in find_timexes(said, "2024-03-03")] == [
        ("Friday", "2024-03-01"),
        ("Monday", "2024-03-04"),
    ]
    done = "The troops had left by Monday."
    assert [t.value for t in find_timexes(done, "2024-03-03")] == ["2024-02-26"]
