"""readability-lxml as a body candidate (bench/body_readability.py), on invented pages."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from body_readability import article_html, blocks, readability_markdown  # noqa: E402

PARAGRAPHS = [
    "The harbour board met on Monday evening to agree the winter timetable for the island "
    "ferries, after a summer of complaints from commuters about late and cancelled boats.",
    "Crossings will run every forty minutes from the first of November, and the first boat "
    "will leave the pier at six in the morning, half an hour earlier than it does today.",
    "Season tickets keep their fares until the end of March, the chair of the board said, "
    "and the board will look again at the prices of single tickets in the spring.",
]
PAGE = (
    "<html><head><title>Ferries</title></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
    "<div class='article'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    "<div class='footer'><a href='/about'>About us</a> <a href='/jobs'>Jobs</a></div>"
    "</body></html>"
)


def test_blocks_mark_headings_and_list_items_and_split_at_block_tags() -> None:
    fragment = (
        "<div><h2>Fares <b>up</b></h2><p>One  paragraph\nwith <a href='#'>a link</a>.</p>"
        "<ul><li><p>first item</p></li><li>second<br>third</li></ul>"
        "<script>var hidden = 1;</script>tail text</div>"
    )
    assert blocks(fragment) == [
        "## Fares up",
        "One paragraph with a link.",
        "- first item",
        "- second",
        "third",
        "tail text",
    ]


def test_blocks_of_nothing_are_none() -> None:
    assert blocks("") == []
    assert blocks("<div>  </div>") == []


def test_the_article_is_kept_and_the_navigation_left_out() -> None:
    text = readability_markdown(PAGE)
    assert text.split("\n\n") == PARAGRAPHS


def test_a_page_readability_cannot_read_gives_no_article() -> None:
    assert article_html("") == ""
    assert article_html("   ") == ""
    assert readability_markdown("\x00\x01") == ""
