"""The publication-day trial kinds, read from invented pages."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from published_rows import Row  # noqa: E402
from published_trial import with_trials  # noqa: E402
from trial_readers import declared_modified, declared_zone, headline_next, time_article  # noqa: E402

from generator.clean.from_html import parse_page  # noqa: E402
from generator.metadata.published_vote import Candidate  # noqa: E402

PAGE = """<html lang="en-GB"><head>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished":
"2021-03-02T08:00:00Z", "dateModified": "2021-03-05T10:00:00Z"}</script></head><body>
<div class="comments"><article><time datetime="2021-04-01">1 April</time></article></div>
<article><h1>The pier reopens</h1><p>Posted 4/3/2021 by a reporter</p>
<header><time datetime="2021-03-04T09:00:00+01:00">4 March</time></header>
<p>The ferry runs again after a winter of repairs.</p></article></body></html>"""


def test_the_modification_day_is_read_apart_from_the_publication_day():
    assert declared_modified(parse_page(PAGE), PAGE, None) == "2021-03-05"
    meta = '<html><head><meta property="article:modified_time" content="2020-01-02"></head></html>'
    assert declared_modified(parse_page(meta), meta, None) == "2020-01-02"
    assert declared_modified(parse_page("<html><p>no date</p></html>"), "", None) is None


def test_a_time_element_in_a_comment_box_is_passed_over():
    assert time_article(parse_page(PAGE), PAGE, None) == "2021-03-04"


def test_the_date_after_the_headline_reads_the_pages_day_month_order():
    assert headline_next(parse_page(PAGE), PAGE, None) == "2021-03-04"
    us = PAGE.replace('lang="en-GB"', 'lang="en-US"')
    assert headline_next(parse_page(us), us, None) == "2021-04-03"


def test_trial_days_join_the_rows_candidates():
    row = Row("p1", "2021-03-04", (Candidate("2021-03-02", "page"),))
    (joined,) = with_trials([row], [{"time-article": "2021-03-04", "trafilatura": None}],
                            ("time-article", "trafilatura"))  # fmt: skip
    assert joined.found == (
        Candidate("2021-03-02", "page"),
        Candidate("2021-03-04", "time-article"),
    )


def test_a_utc_time_moves_into_the_zone_the_locale_suggests_only_where_the_day_changes():
    head = '<meta property="article:published_time" content="{}">'
    page = '<html lang="{}"><head>' + head + "</head><body><p>The pier.</p></body></html>"
    us = page.format("en-US", "2020-05-02T02:54:29Z")
    assert declared_zone(parse_page(us), us, None) == "2020-05-01"
    vienna = page.format("de-AT", "2020-05-02T22:30:00Z")
    assert declared_zone(parse_page(vienna), vienna, None) == "2020-05-03"
    for lang, stamp in (("en", "2020-05-02T02:54:29Z"), ("de", "2020-05-02T12:00:00Z"),
                        ("en-US", "2020-05-02T00:00:00Z")):  # fmt: skip
        other = page.format(lang, stamp)
        assert declared_zone(parse_page(other), other, None) is None
