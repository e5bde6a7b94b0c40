"""The events chart stays one screen wide: past MAX_BARS months it counts by a longer step."""

import re

from generator.models import Event
from generator.render.charts import MAX_BARS, events_over_time


def _event(number: int, date: str, kind: str = "past") -> Event:
    return Event(f"e{number}", date, "day", kind, f"Thing {number}", (), ())


def _bars(svg: str) -> list[str]:
    """The bars' labels, in order."""
    return re.findall(r'font-size="9" fill="currentColor">([^<]*)</text>', svg)


def test_a_short_span_is_counted_by_month():
    events = [_event(1, "2020-01-05"), _event(2, "2020-01-09"), _event(3, "2020-03-01")]
    chart = events_over_time(events)
    assert chart.step == "month"
    assert _bars(chart.svg) == ["20/01", "20/03"]
    assert "January 2020: 2 events; March 2020: 1 event" in chart.svg


def test_more_months_than_bars_are_counted_by_year():
    dates = [f"{2000 + n // 12}-{1 + n % 12:02d}-01" for n in range(MAX_BARS + 1)]
    chart = events_over_time([_event(n, date) for n, date in enumerate(dates)])
    assert chart.step == "year"
    assert _bars(chart.svg) == ["2000", "2001", "2002", "2003"]
    assert "2000: 12 events" in chart.svg


def test_a_span_of_decades_is_counted_by_decade_then_century():
    by_decade = [_event(n, f"{1800 + 2 * n}-06") for n in range(MAX_BARS + 1)]
    chart = events_over_time(by_decade)
    assert chart.step == "decade"
    assert _bars(chart.svg) == [f"{1800 + 10 * n}s" for n in range(8)]
    by_century = [_event(n, f"{1000 + 10 * n}", "scheduled") for n in range(10 * MAX_BARS)]
    chart = events_over_time(by_century)
    assert chart.step == "century"
    assert len(_bars(chart.svg)) == MAX_BARS
    assert "1000s: 10 events" in chart.svg


def test_the_chart_is_no_wider_than_its_bars_whatever_the_span():
    events = [_event(n, f"{1900 + n // 12}-{1 + n % 12:02d}-01") for n in range(1200)]
    chart = events_over_time(events)
    width = int(re.search(r'viewBox="0 0 (\d+) ', chart.svg).group(1))
    assert width <= 28 + MAX_BARS * 36 + 10
    assert len(chart.svg) < 20_000


def test_no_events_no_chart():
    assert events_over_time([]).svg == ""
