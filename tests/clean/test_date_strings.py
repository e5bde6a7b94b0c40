"""A page full of date strings only dateparser can try (a month name of one language next to
another's, "3. juni/lipanj, 1992"): each such string cost about 13 ms a reading and was read
four times (htmldate reads free text in two formats, on trafilatura's run and on ours), so a
25 kB page of them took 8.6 s. Each string is now read once a process, and the cost grows
with the page, not faster."""

import time
from collections import Counter

import pytest
from htmldate.extractors import get_external_parser

from generator.models import RawArticle
from generator.pipeline import analyse_article

PARA = "<p>The envoys met again and talked about the border accord for a long time.</p>"


def _page(count: int, tag: str) -> str:
    """`count` date-classed elements with distinct mixed-language dates, `tag` keeping the
    strings apart from other tests' (dateparser readings are kept for the process)."""
    rows = "".join(
        f'<div class="date">{1 + i % 28}. juni/lipanj, {1990 + i % 30} {tag}{i}</div>{PARA}'
        for i in range(count)
    )
    return (
        "<html><head><title>Talks</title></head><body><article>"
        f"<h1>Talks on the border accord</h1>{rows}</article></body></html>"
    )


def _analyse(html: str) -> None:
    analyse_article(RawArticle("dates", "dates.html", html, "html"), frozenset(), None)


def test_each_date_string_reaches_dateparser_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = get_external_parser()
    read = parser.get_date_data
    seen: Counter[str] = Counter()

    def counted(string: str, *args: object, **kwargs: object) -> object:
        seen[string] += 1
        return read(string, *args, **kwargs)

    monkeypatch.setattr(parser, "get_date_data", counted)
    _analyse(_page(6, "once"))
    assert len(seen) >= 6, seen
    assert max(seen.values()) == 1, seen


def _cost(html: str) -> float:
    start = time.process_time()
    _analyse(html)
    return time.process_time() - start


def test_four_times_the_dates_cost_under_six_times_the_time() -> None:
    """CPU time, not wall time; a quadratic step would take 16 times as long."""
    _analyse(_page(3, "warm"))  # lexicons and dateparser's locale tables
    small, large = _cost(_page(25, "small")), _cost(_page(100, "large"))
    if large >= 6 * max(small, 0.1):  # a loaded machine: the better of two readings
        small = min(small, _cost(_page(25, "small")))
        large = min(large, _cost(_page(100, "large")))
    assert large < 6 * max(small, 0.1), (small, large)
