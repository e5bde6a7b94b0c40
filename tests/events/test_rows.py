"""A dated clause that is a row of names (a tour list, a caption, a signature) is no event."""

from __future__ import annotations

from generator.events import dated_clauses
from generator.events.rows import is_row
from generator.timex import article_timexes
from tests.events.test_events import make_article


def summaries(*texts: str) -> list[str]:
    article = make_article(*texts)
    return [c.event.summary for c in dated_clauses(article, article_timexes(article))]


def dates(*texts: str) -> list[str]:
    article = make_article(*texts)
    return [c.event.date for c in dated_clauses(article, article_timexes(article))]


def test_rows_of_a_flattened_list_make_no_events():
    listing = (
        "The Larkfield Quartet will tour in spring: March 3 -- Harbour Hall, Portsmouth, "
        "ME March 5 -- Elm Street Arena at Riverside, Dover, NH March 8 -- The Gable "
        "Theater, Salem, MA"
    )
    # every row goes, the first too (a run of three: `runs`); the heading has a verb and stays
    assert not {"2017-03-03", "2017-03-05", "2017-03-08"} & set(dates(listing))
    assert any("will tour in spring" in s for s in summaries(listing))


def test_a_clause_with_a_verb_in_lower_case_stays():
    found = summaries("Harbour Hall, Portsmouth reopened on March 5.")
    assert found == ["Harbour Hall, Portsmouth reopened on March 5."]


def test_a_verbless_clause_naming_an_event_noun_stays():
    (found,) = summaries("Brindle Valley Peace Talks, Oslo, March 5")
    assert "Talks" in found


def test_is_row_reads_case_not_a_word_list():
    text = "Northgate Pavilion at Lowmoor, Carrick, NC March 5"
    date = (text.index("March"), len(text))
    assert is_row(text, 0, len(text), date)
    said = "The mayor of Carrick opened Northgate Pavilion March 5"
    assert not is_row(said, 0, len(said), (said.index("March"), len(said)))
    shouted = "CARRICK OPENS NORTHGATE PAVILION MARCH 5"
    assert not is_row(shouted, 0, len(shouted), (shouted.index("MARCH"), len(shouted)))
    # the date's own words do not count: "on" and the month are the expression
    caption = "Ada Brennick (@abrennick) March 5, 2017"
    assert is_row(caption, 0, len(caption), (caption.index("March"), len(caption)))
    ordinal = "The Larkfield 40th Anniversary Show March 5"
    assert is_row(ordinal, 0, len(ordinal), (ordinal.index("March"), len(ordinal)))


def test_a_comparison_base_dates_no_event():
    text = "Quarterly sales at Ferrow Mills were $9 million, up 12% from $8 million in 2015."
    assert dates(text) == []
    assert dates("Ferrow Mills sold the plant in 2015, up the river from Carrick.") == ["2015"]


def test_a_comparison_base_described_by_a_clause_stays():
    text = "The Carrick index closed at 410, down 3% from Jan. 6, when the mill strike began."
    assert dates(text) == ["2017-01-06"]
