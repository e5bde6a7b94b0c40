"""The HTML body: what trafilatura finds is kept whole unless evidence says otherwise."""

from __future__ import annotations

from generator.clean import clean
from generator.metadata import extract_metadata
from generator.models import RawArticle


def html_page(paragraphs: list[str], title: str = "Films to watch this weekend") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n"
        f"{body}\n</article></body></html>"
    )


def body_of(html: str, fmt: str = "html") -> list[str]:
    raw = RawArticle(id="page", source="page.html", text=html, format=fmt)
    return [block.text for block in clean(raw).blocks]


TEMPLATE = (
    "{} is currently streaming on Netflix and available to digitally rent "
    "on Google Play and YouTube for the whole of the coming month."
)
FILMS = ["The Lighthouse Keeper", "Winter Orchard", "A Quiet Harbour", "Paper Kites"]
INTRO = (
    "Our critics picked four films from the past year that are easy to find at home, "
    "with a word on where each one can be watched tonight."
)


def test_html_paragraphs_written_from_one_template_are_all_kept() -> None:
    kept = body_of(html_page([INTRO, *(TEMPLATE.format(f) for f in FILMS)]))
    for film in FILMS:
        assert any(text.startswith(film) for text in kept), film


def test_html_paragraph_the_page_prints_twice_is_kept_twice() -> None:
    twice = "The museum reopens on Saturday after two years of repairs to its glass roof."
    kept = body_of(html_page([INTRO, twice, TEMPLATE.format(FILMS[0]), twice]))
    assert kept.count(twice) == 2


def test_scraped_text_still_drops_a_repeated_paragraph() -> None:
    twice = "The museum reopens on Saturday after two years of repairs to its glass roof."
    text = "\n\n".join(["Films to watch this weekend", INTRO, twice, INTRO, twice])
    assert body_of(text, fmt="text").count(twice) == 1


def article_of(html: str):
    raw = RawArticle(id="page", source="page.html", text=html, format="html")
    return extract_metadata(clean(raw))


def test_html_page_whose_only_text_is_a_headline_keeps_it_as_body() -> None:
    line = "Harbour ferry timetable for the winter season with every crossing listed by day"
    for markup in (f"<p>{line}</p>", f"<h1>{line}</h1>"):
        article = article_of(f"<html><body><article>{markup}</article></body></html>")
        assert article.title == line
        assert [p.text for p in article.paragraphs] == [line]
        assert all(r.text != line for r in article.removed)


def test_html_headline_above_a_paragraph_is_only_the_title() -> None:
    line = "Harbour ferry timetable for the winter season"
    article = article_of(
        f"<html><body><article><h1>{line}</h1><p>{INTRO}</p></article></body></html>"
    )
    assert article.title == line
    assert [p.text for p in article.paragraphs] == [INTRO]


def test_html_run_of_short_lines_in_the_body_is_kept() -> None:
    verse = ["Grey gulls at dawn", "Salt on the rail", "The ferry sails", "Nobody waves"]
    kept = body_of(html_page([INTRO, *verse, INTRO.replace("Our", "The")]))
    for line in verse:
        assert line in kept, line


def test_scraped_text_still_drops_a_run_of_gallery_controls() -> None:
    controls = ["Caption", "Close", "Image 1 of 8", "Next image"]
    text = "\n\n".join(
        ["Films to watch this weekend", INTRO, *controls, INTRO.replace("Our", "The")]
    )
    kept = body_of(text, fmt="text")
    assert not any(line in kept for line in controls)
