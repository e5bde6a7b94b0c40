"""Where a page writes its gold day, on invented pages (`bench/published_misses.py`)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from published_misses import holds_day, misses, places  # noqa: E402
from published_rows import Row  # noqa: E402

from generator.metadata.published_vote import Candidate  # noqa: E402

PAGE = (
    "<html><head>"
    '<meta property="article:modified_time" content="2019-04-03T08:04:01Z">'
    '<script type="application/ld+json">{"dateModified":"2019-04-03T08:04:01Z"}</script>'
    "<script>var t = 1554278400;</script>"
    "</head><body><!-- built 03.04.2019 -->"
    '<div data-date="3. April 2019"></div>'
    "<p>Posted <b>by Ann</b> on 3 April 2019</p>"
    "<p>Related: 5 April 2019</p></body></html>"
)


def test_every_place_the_day_is_written_is_named_by_kind():
    found = places(PAGE, "2019-04-03")
    kinds = {(p.kind, p.detail) for p in found}
    assert ("meta", "article:modified_time") in kinds
    assert ("script value", "dateModified") in kinds
    assert ("unix time", "") in kinds
    assert ("comment", "") in kinds
    assert ("attribute", "div@data-date") in kinds
    assert ("printed", "tail") in kinds  # "on 3 April 2019" after the <b>
    assert all("5 April" not in p.excerpt for p in found)


def test_a_day_written_nowhere_says_so():
    assert [
        p.kind for p in places("<html><body><p>Nothing dated.</p></body></html>", "2019-04-03")
    ] == ["nowhere"]


def test_a_day_is_found_in_either_numeric_order_but_not_as_another_day():
    assert holds_day("04/03/2019", "2019-04-03")
    assert holds_day("03/04/2019", "2019-04-03")
    assert holds_day("2019/04/03", "2019-04-03")
    assert not holds_day("2019-04-13", "2019-04-03")


def test_only_pages_without_a_right_candidate_are_misses():
    right = Row("a", "2020-01-02", (Candidate("2020-01-02", "page"),))
    wrong = Row("b", "2020-01-02", (Candidate("2020-01-03", "page"),))
    empty = Row("c", "2020-01-02", ())
    assert misses([right, wrong, empty]) == [wrong, empty]
