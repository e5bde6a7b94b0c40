"""A box of other stories inside the article: its label, headlines and bylines go; the
prose after it stays, and a subhead that is no label stays (#13)."""

from __future__ import annotations

from generator.clean import clean
from generator.models import Cleaned, RawArticle

FIRST = (
    "The village school reopened its library on Friday after volunteers spent the summer "
    "sorting more than four thousand donated books by hand."
)
SECOND = (
    "The head teacher said pupils would be able to borrow two books a week, and that the "
    "room would open to parents on Saturday mornings."
)


def _cleaned(middle: str) -> Cleaned:
    text = f"School library reopens\n\nBy Nora Field\n\n{FIRST}\n\n{middle}\n\n{SECOND}"
    return clean(RawArticle(id="c", source="c.txt", text=text, format="text"))


def test_a_related_box_goes_and_the_prose_after_it_stays() -> None:
    cleaned = _cleaned("You may also like\n\nBus route to the valley cut\n\nBy Tim Bale")
    removed = {r.text: r.reason for r in cleaned.removed}
    for line in ("You may also like", "Bus route to the valley cut", "By Tim Bale"):
        assert removed[line] == "related-article teaser"
    assert [p.text for p in cleaned.blocks][-2:] == [FIRST, SECOND]


def test_a_subhead_under_no_label_stays() -> None:
    cleaned = _cleaned("Volunteers at work")
    assert "Volunteers at work" in [p.text for p in cleaned.blocks]
