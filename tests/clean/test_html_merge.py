"""Two trafilatura runs merged: the precise body, plus what the balanced run finds inside it."""

from __future__ import annotations

from generator.clean import clean
from generator.clean.html_merge import fuller, merge_inner, shouting, without_inline_tags
from generator.models import RawArticle

FIRST = "The harbour board met on Monday to agree the new ferry timetable for winter."
SECOND = "Crossings will run every forty minutes from the first of November onwards."
THIRD = "Passengers with season tickets keep their fares until the end of March."
FOURTH = "The board will review the timetable again before the summer season starts."


def join(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_a_subhead_between_shared_paragraphs_is_put_back_in_place() -> None:
    merged = merge_inner(join(FIRST, SECOND, THIRD), join(FIRST, "## Fares", SECOND, THIRD))
    assert merged == join(FIRST, "## Fares", SECOND, THIRD)


def test_a_short_line_of_dialogue_inside_the_text_is_put_back() -> None:
    balanced = join(FIRST, SECOND, "“Really?”", THIRD)
    assert merge_inner(join(FIRST, SECOND, THIRD), balanced) == balanced


def test_extras_before_the_first_or_after_the_last_shared_paragraph_stay_out() -> None:
    balanced = join("# Ferry timetable", FIRST, SECOND, THIRD, "Related: bus fares rise")
    assert merge_inner(join(FIRST, SECOND, THIRD), balanced) == join(FIRST, SECOND, THIRD)


def test_inner_list_items_and_shouting_lines_stay_out() -> None:
    balanced = join(FIRST, "- 12 comments", "GET THE APP FOR FREE TODAY", SECOND)
    assert merge_inner(join(FIRST, SECOND), balanced) == join(FIRST, SECOND)


def test_a_paragraph_the_precise_run_already_has_in_other_cuts_is_not_added() -> None:
    balanced = join(FIRST, "Crossings will run every forty minutes", SECOND)
    assert merge_inner(join(FIRST, SECOND), balanced) == join(FIRST, SECOND)


def test_a_short_paragraph_the_page_repeats_is_neither_added_again_nor_misaligned() -> None:
    precise = join(FIRST, "“Yes.”", SECOND, "“Yes.”", THIRD)
    assert merge_inner(precise, join(FIRST, "“Yes.”", SECOND, "“Yes.”", THIRD)) == precise
    once = join(FIRST, "“Yes.”", SECOND, THIRD)
    assert merge_inner(once, join(FIRST, "“Yes.”", SECOND, "“Yes.”", THIRD)) == once
    twice = join(FIRST, "“Yes.”", SECOND, "## Fares", "“Yes.”", THIRD)
    assert merge_inner(precise, twice) == join(FIRST, "“Yes.”", SECOND, "## Fares", "“Yes.”", THIRD)


def test_a_line_the_page_repeats_does_not_pull_the_alignment_ahead() -> None:
    """The balanced run's first "Learn more" is not paired with the precise run's only
    copy, further down: the paragraph only the balanced run has stays after SECOND."""
    extra = "The night boat will stop at the island twice a week from next spring."
    balanced = join(FIRST, "Learn more", SECOND, extra, THIRD, "Learn more", FOURTH)
    precise = join(FIRST, SECOND, THIRD, "Learn more", FOURTH)
    assert merge_inner(precise, balanced) == join(FIRST, SECOND, extra, THIRD, "Learn more", FOURTH)


def test_a_line_above_the_title_is_no_fuller_copy_of_it() -> None:
    """A breadcrumb that starts with the title's word ("Ferries timetable") is an extra
    before the shared paragraphs, not the title with words put back."""
    precise = join("## Ferries", FIRST, SECOND)
    assert merge_inner(precise, join("Ferries timetable", "## Ferries", FIRST, SECOND)) == precise


def test_a_paragraph_missing_its_link_text_takes_the_fuller_copy() -> None:
    cut = "The board said the will start in November, as the mayor promised."
    whole = "The board said the new winter timetable will start in November, as the mayor promised."
    assert merge_inner(join(FIRST, cut, THIRD), join(FIRST, whole, THIRD)) == join(
        FIRST, whole, THIRD
    )


def test_fuller_takes_short_inner_and_trailing_runs_only() -> None:
    assert fuller("A B new words C D", "A B C D")
    assert fuller("A B C D and the rest", "A B C D")
    assert not fuller("Read more A B C D", "A B C D")  # a prefix is a different block
    long_run = "one two three four five six seven eight nine"
    assert not fuller(f"A B {long_run} C D", "A B C D")  # a missing sentence, not a link
    assert not fuller("A B C D", "A B C D")  # nothing put back
    assert not fuller("A C B D", "A B C D")  # words out of order


def test_without_a_second_run_the_precise_text_stands() -> None:
    assert merge_inner(join(FIRST, SECOND), "") == join(FIRST, SECOND)
    assert merge_inner("", join(FIRST, SECOND)) == ""


def test_shouting_needs_enough_letters() -> None:
    assert shouting("SUBSCRIBE TO OUR NEWSLETTER")
    assert not shouting("NATO and the EU met in Brussels on Monday to talk about fares.")
    assert not shouting("BBC")


def test_inline_html_tags_are_taken_out_of_the_markdown() -> None:
    assert without_inline_tags("the 19<sup>th</sup> century, H<sub>2</sub>O") == (
        "the 19th century, H2O"
    )
    assert without_inline_tags(r"a literal \<sup> stays") == r"a literal \<sup> stays"


def test_emphasis_inside_a_word_is_taken_out_and_escaped_stars_stay() -> None:
    assert without_inline_tags("so H*ij* = H*ji* for **every**one") == (
        "so Hij* = Hji* for **everyone"
    )
    assert without_inline_tags(r"the product 2\*3\*4 and *a whole phrase*") == (
        r"the product 2\*3\*4 and *a whole phrase*"
    )
    code = "see `x = a*b*c` here\n\n```\ny = 2**10\n```\n\nand H*ij*"
    assert without_inline_tags(code) == "see `x = a*b*c` here\n\n```\ny = 2**10\n```\n\nand Hij*"


def test_a_superscript_on_an_html_page_reaches_the_body_as_plain_text() -> None:
    sentence = (
        "The bridge was finished in the 19<sup>th</sup> century and repaired in 1998 "
        "after a long campaign by the people who live along the river banks."
    )
    page = (
        "<html><head><title>The old bridge</title></head><body><article><h1>The old bridge"
        f"</h1><p>{sentence}</p><p>{FIRST} {SECOND}</p><p>{THIRD}</p></article></body></html>"
    )
    raw = RawArticle(id="page", source="page.html", text=page, format="html")
    body = "\n".join(block.text for block in clean(raw).blocks)
    assert "19th century" in body
    assert "<sup>" not in body


def test_an_italic_subscript_inside_a_word_reaches_the_body_whole() -> None:
    sentence = (
        "The matrix is Hermitian when every entry H<i>ij</i> equals the conjugate of the "
        "entry across the diagonal, as the proof in the next section shows for all sizes."
    )
    page = (
        "<html><head><title>Matrices</title></head><body><article><h1>Matrices</h1>"
        f"<p>{sentence}</p><p>{FIRST} {SECOND}</p><p>{THIRD}</p></article></body></html>"
    )
    raw = RawArticle(id="page", source="page.html", text=page, format="html")
    body = "\n".join(block.text for block in clean(raw).blocks)
    assert "every entry Hij equals" in body


def test_a_paragraph_cut_with_a_furniture_line_in_front_is_not_added_twice() -> None:
    """The balanced run reads "Read more" and the paragraph as one block: it pairs with
    nothing, and would put the paragraph's text in the body a second time."""
    balanced = join(FIRST, f"Read more\n{SECOND}", THIRD)
    assert merge_inner(join(FIRST, SECOND, THIRD), balanced) == join(FIRST, SECOND, THIRD)
    kept = merge_inner(join(FIRST, SECOND, THIRD), balanced, other_cuts=False)
    assert kept == join(FIRST, f"Read more\n{SECOND}", SECOND, THIRD)


def test_a_longer_paragraph_around_a_short_precise_one_is_still_added() -> None:
    """More than a line of furniture around it: the balanced paragraph is text of its own."""
    around = f"{FOURTH} The harbour master said so twice. {SECOND}"
    balanced = join(FIRST, around, THIRD)
    assert merge_inner(join(FIRST, SECOND, THIRD), balanced) == join(FIRST, around, SECOND, THIRD)
