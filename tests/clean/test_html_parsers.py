"""The library parsers' C element lookup: faster, and the same trees and results."""

from __future__ import annotations

import pytest
from htmldate import find_date
from lxml.html import HtmlElement, HtmlElementClassLookup

from generator.clean import clean
from generator.clean.from_html import parse_page
from generator.clean.html_dates import library_page_date
from generator.clean.html_parsers import PARSERS, use_c_lookup
from generator.models import RawArticle

FORM_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Lock keepers strike | Canal Courier</title>
<meta property="og:site_name" content="Canal Courier">
<meta property="article:published_time" content="2021-06-02T08:00:00+02:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<form action="/comment" method="post"><div class="story">
<h1>Lock keepers strike over night shifts</h1>
<p>The lock keepers of the northern canal stopped work on Tuesday, leaving some forty
barges waiting below the third lock until the evening.</p>
<p>Their union said the new rota doubles the night shifts of the older keepers, and that
talks with the canal authority had broken down twice since March.</p>
<label for="name">Your name</label><input id="name" name="name" value="Reader">
<select name="topic"><option value="a" selected>Canals</option></select>
<textarea name="comment">Write here</textarea>
<p>The authority said on Wednesday it would meet the union again next week.</p>
</div></form>
<footer>Copyright 2021 Canal Courier. All rights reserved.</footer>
</body></html>
"""


@pytest.fixture
def python_lookup():
    """The parsers with lxml.html's own Python lookup for the test's length."""
    for parser in PARSERS:
        parser.set_element_class_lookup(HtmlElementClassLookup())
    try:
        yield
    finally:
        use_c_lookup()


def _results() -> tuple[str, str, str | None, str | None]:
    raw = RawArticle(id="lock", source="lock.html", text=FORM_PAGE, format="html")
    tree = parse_page(FORM_PAGE)
    assert tree is not None
    return (
        repr(clean(raw)),
        repr([(e.tag, e.text, e.tail, dict(e.attrib)) for e in tree.iter()]),
        find_date(tree, original_date=True),
        library_page_date(FORM_PAGE),
    )


def test_form_elements_come_back_as_plain_html_elements() -> None:
    """The C lookup gives no form mixin classes: every element is an `HtmlElement`."""
    tree = parse_page(FORM_PAGE)
    assert tree is not None
    kinds = {type(e) for e in tree.iter("form", "input", "select", "textarea", "label")}
    assert kinds == {HtmlElement}


def test_a_page_with_forms_gives_the_same_results_under_either_lookup(python_lookup) -> None:
    """The cleaned article (trafilatura's runs, its readability fallback, htmldate, our
    walks), the parsed tree and htmldate's days are the same as with lxml.html's lookup."""
    slow = _results()
    assert "FormElement" in repr({type(e).__name__ for e in parse_page(FORM_PAGE).iter()})
    use_c_lookup()
    fast = _results()
    assert fast == slow
    assert "forty\nbarges" in fast[0] or "forty barges" in fast[0]
    assert fast[3] == "2021-06-02"
