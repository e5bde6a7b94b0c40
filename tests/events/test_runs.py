"""Rows of a list, schedule or table (a run of dated siblings of one shape) are no events;
list items with a verb and prose enumerations of dates stay."""

from __future__ import annotations

from generator.events import dated_clauses
from generator.events.runs import Expression, has_verb, names_dominate, row_dates
from generator.timex import article_timexes
from tests.events.test_events import make_article


def dates(*texts: str) -> list[str]:
    article = make_article(*texts)
    return [c.event.date for c in dated_clauses(article, article_timexes(article))]


def spans(text: str, *expressions: str) -> list[Expression]:
    found, at = [], 0
    for expression in expressions:
        at = text.index(expression, at)
        found.append(Expression(at, at + len(expression)))
        at += len(expression)
    return found


TOUR = (
    "Quill & Marrow 2018 dates: March 3 -- Harbour Hall, Portsmouth, ME (with special guest "
    "Ada Lune) March 5 -- Elm Street Arena at Riverside, Dover, NH March 8 -- The Gable "
    "Theater, Salem, MA (early show)"
)


def test_rows_with_lower_case_words_in_a_flattened_run_make_no_events():
    # "with special guest" and "early show" are lower-case words: the row-of-names rule
    # alone (no lower-case word) kept the rows of March 3 and 8; the run drops them
    assert dates(TOUR) == []


def test_the_heading_of_a_run_goes_with_it_unless_it_has_a_verb():
    expressions = spans(TOUR, "2018", "March 3", "March 5", "March 8")
    heading = (expressions[0].start, expressions[0].end)
    assert heading in row_dates(TOUR, expressions)
    said = TOUR.replace("Quill & Marrow 2018 dates:", "Quill & Marrow announced 2018 dates:")
    expressions = spans(said, "2018", "March 3", "March 5", "March 8")
    assert (expressions[0].start, expressions[0].end) not in row_dates(said, expressions)
    assert len(row_dates(said, expressions)) == 3


def test_rows_on_lines_ended_by_their_date_make_no_events():
    lines = (
        "Harbour Hall, Portsmouth (matinee) | March 3\n"
        "Elm Street Arena, Dover (sold-out) | March 5\n"
        "The Gable Theater, Salem (late show) | March 8\n"
        "Corn Exchange, Lowmoor | March 9"
    )
    assert dates(lines) == []


def test_list_items_with_a_verb_stay():
    timeline = (
        "March 3 – Talks open in Oslo\n"
        "March 5 – Ministers sign the accord in Carrick\n"
        "March 8 – the army withdraws from Dover\n"
        "March 9 – Brindle Valley elects a council"
    )
    assert dates(timeline) == ["2017-03-03", "2017-03-05", "2017-03-08", "2017-03-09"]


def test_a_run_with_fewer_than_three_rows_of_names_stays():
    # rows with a lower-case word, which the row-of-names rule alone keeps
    mixed = (
        "March 3 – Talks open in Oslo\nMarch 5 – Harbour Hall, Portsmouth (with guests)\n"
        "March 8 – Ministers sign the accord in Carrick\nMarch 9 – Elm Street Arena (matinee)"
    )
    assert len(dates(mixed)) == 4


def test_a_prose_enumeration_of_dates_is_no_table():
    text = (
        "Since 1949 the league has grown to include Ardenia in 1952, Belmark in 1955 and "
        "Corvia in 1982."
    )
    assert {"1952", "1955", "1982"} <= set(dates(text))


def test_has_verb_reads_cues_and_a_subject_before_a_lower_case_word():
    def verb(text: str) -> bool:
        return has_verb(text, 0, len(text))

    assert verb("Talks open in Oslo")
    assert verb("Harbour Hall (postponed)")
    assert verb("the hall is closed for repairs")
    assert verb("Carrick will host the final")
    assert not verb("Elm Street Arena at Riverside, Dover, NH")
    assert not verb("Harbour Hall, Portsmouth (with special guest Ada Lune)")
    assert not verb("Corn Exchange vs. Lowmoor Rovers")


def test_names_dominate_unless_the_row_is_a_nominal_event():
    def names(text: str) -> bool:
        return names_dominate(text, 0, len(text))

    assert names("Harbour Hall, Portsmouth (with special guest Ada Lune)")
    assert not names("opening ceremony in the old town")
    assert not names("Brindle Valley Peace Talks")


def test_rows_that_came_as_paragraphs_make_no_events():
    rows = (
        "March 3 – Harbour Hall, Portsmouth with guests",
        "March 5 – Elm Street Arena at Riverside, matinee",
        "March 8 – The Gable Theater, Salem, late show",
    )
    prose = "The Larkfield Quartet announced the dates on Friday, Jan. 20."
    assert dates(prose, *rows) == ["2017-01-20"]
    # two such paragraphs are no run, and a paragraph of prose between them breaks one
    assert len(dates(*rows[:2])) == 2
    assert len(dates(rows[0], prose, *rows[1:])) == 4


def test_list_items_with_a_verb_that_came_as_paragraphs_stay():
    items = (
        "March 3 – Talks open in Oslo",
        "March 5 – Ministers sign the accord in Carrick",
        "March 8 – the army withdraws from Dover",
    )
    assert dates(*items) == ["2017-03-03", "2017-03-05", "2017-03-08"]


def test_only_the_outermost_dates_are_read_and_in_one_pass():
    """A date inside a longer one ("May 3" in "May 3, 2020") is not a row's date of its own;
    the spans are sorted once, not compared pairwise (a list of thousands of dates)."""
    from hypothesis import given
    from hypothesis import strategies as st

    from generator.events.runs import _outermost

    spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=25)

    @given(spans)
    def agrees_with_the_pairwise_rule(pairs):
        dates = [Expression(s, s + n) for s, n in pairs]
        ordered = sorted({(d.start, d.end) for d in dates})
        pairwise = [(s, e) for s, e in ordered if not any(a <= s and e < b for a, b in ordered)]
        assert _outermost(dates) == pairwise

    agrees_with_the_pairwise_rule()
    inside = [Expression(0, 5), Expression(0, 11), Expression(7, 10), Expression(12, 15)]
    assert _outermost(inside) == [(0, 11), (12, 15)]
