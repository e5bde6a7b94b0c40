"""An article the cleaning left without a body keeps the removed text that reads as prose;
a page of menus and buttons is still skipped (#13)."""

from __future__ import annotations

from dataclasses import replace

from generator.build import _outcome_problems
from generator.clean import clean
from generator.clean.prose import reads_as_prose
from generator.metadata import extract_metadata
from generator.metadata.kept_prose import KEPT_PROSE, PAGE_LEFTOVER, keep_removed_prose
from generator.models import Article, RawArticle, Removal
from generator.pipeline import ArticleResult

MENUS = "[Home](#) [News](#) [Sport](#)\n\nSign in\n\nSubscribe\n\n[Share](#) [Tweet](#)"
NOTICE = (
    "March 3, 2031 - The lighthouse society said on Monday that the old lamp would be "
    "lit again for the summer, after volunteers had repaired its gears."
)
SECOND = "The lamp was last lit in the winter of the great storm, when the harbour froze."


def _article(text: str) -> Article:
    raw = RawArticle(id="case", source="case.txt", text=text, format="text")
    return extract_metadata(clean(raw))


def _result(article: Article) -> ArticleResult:
    return ArticleResult(article=article, actors=None, timexes=(), clauses=())  # type: ignore[arg-type]


def _empty_with(*removed: Removal) -> Article:
    return replace(_article(MENUS), removed=removed, warnings=())


def test_a_page_of_menus_and_buttons_is_still_skipped_with_the_message() -> None:
    got = _article(MENUS)
    assert got.paragraphs == ()
    assert not any(w.startswith(KEPT_PROSE) for w in got.warnings)
    result = _result(got)
    problems = _outcome_problems(RawArticle("case", "case.txt", MENUS, "text"), result)
    assert [p.message for p in problems] == [
        "skipped: no article text found, only page furniture "
        "(removed: navigation, newsletter, share row, sign-in prompt)"
    ]


def test_a_dateline_shaped_prose_paragraph_becomes_the_body() -> None:
    menu = Removal("Home News Sport", "navigation")
    got = keep_removed_prose(_empty_with(menu, Removal(NOTICE, "dateline")))
    assert [p.text for p in got.paragraphs] == [NOTICE]
    assert [p.id for p in got.paragraphs] == ["p1"]
    assert got.removed == (menu,)  # listed once: in the body, not among the removals
    assert f"{KEPT_PROSE} (removed as: dateline)" in got.warnings


def test_the_build_names_the_file_of_an_article_kept_that_way() -> None:
    got = keep_removed_prose(_empty_with(Removal(NOTICE, "dateline")))
    result = _result(got)
    problems = _outcome_problems(RawArticle("case", "notice.txt", NOTICE, "text"), result)
    assert [(p.file, p.message) for p in problems] == [
        ("notice.txt", f"{KEPT_PROSE} (removed as: dateline)")
    ]


def test_a_page_leftover_sentence_alone_is_not_an_article() -> None:
    """A legal notice among a page's menus is a sentence, but not an article's paragraphs."""
    lines = "\n".join(["Home", NOTICE, "Contact us"])
    got = keep_removed_prose(_empty_with(Removal(lines, PAGE_LEFTOVER)))
    assert got.paragraphs == ()


def test_two_prose_blocks_in_a_row_of_the_page_leftover_are_kept_in_order() -> None:
    lines = "\n".join(["Home", NOTICE, SECOND, "Contact us"])
    got = keep_removed_prose(_empty_with(Removal(lines, PAGE_LEFTOVER)))
    assert [p.text for p in got.paragraphs] == [NOTICE, SECOND]
    assert got.removed == (Removal("Home\nContact us", PAGE_LEFTOVER),)


def test_prose_shape_refuses_labels_buttons_and_cookie_notices() -> None:
    stop = frozenset("the a of on that it had and for after when was in its would be".split())
    assert reads_as_prose(NOTICE, stop)
    assert not reads_as_prose("Sign in to continue", stop)
    assert not reads_as_prose("March 3, 2031", stop)
    assert not reads_as_prose("We use cookies to give you the best experience on our site.", stop)
