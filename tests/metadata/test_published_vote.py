"""The publication day as a vote: the library's date, our evidence on top."""

from __future__ import annotations

import json

from generator.metadata.published import choose_published
from generator.metadata.published_vote import KINDS, Candidate, load_weights, vote
from generator.models import Cleaned, HtmlMetadata, Paragraph, RawArticle

WEIGHTS = {"page": 0.5, "text": 0.25, "text-ambiguous": 0.25, "text-sentence": 0.25,
           "url": 0.25, "tail": 0.25}  # fmt: skip
TEXT = "The ferry to the island runs again after a winter of repairs to the old pier."


def page(date: str | None, *texts: str) -> Cleaned:
    raw = RawArticle(id="case", source="case.html", text="<html></html>", format="html")
    blocks = tuple(Paragraph(f"b{n}", text) for n, text in enumerate(texts, start=1))
    return Cleaned(raw=raw, blocks=blocks, html=HtmlMetadata(date=date))


def test_the_page_date_alone_outvotes_one_other_source():
    found = (Candidate("2020-03-01", "page"), Candidate("2020-06-09", "text"))
    assert vote(found, WEIGHTS) == Candidate("2020-03-01", "page")


def test_two_agreeing_sources_outvote_the_page_date():
    found = (
        Candidate("2020-03-01", "page"),
        Candidate("2020-06-09", "text"),
        Candidate("2020-06-09", "url"),
    )
    assert vote(found, WEIGHTS).value == "2020-06-09"


def test_a_printed_dateline_a_day_off_a_timestamp_gives_the_local_day():
    found = (Candidate("2020-01-14", "page"), Candidate("2020-01-13", "text"))
    assert vote(found, WEIGHTS) == Candidate("2020-01-13", "text")


def test_a_labelled_printed_day_a_day_off_a_timestamp_gives_the_local_day():
    """A page prints "Published: 14 January 2020"; htmldate took the UTC timestamp
    2020-01-15T01:30Z. The page's own printed day wins the tie, as a plain dateline does."""
    found = (
        Candidate("2020-01-15", "page"),
        Candidate("2020-01-15", "declared"),
        Candidate("2020-01-14", "text-labelled"),
    )
    assert vote(found, load_weights()) == Candidate("2020-01-14", "text-labelled")
    later = (Candidate("2020-01-15", "page"), Candidate("2020-01-16", "text-labelled"))
    assert vote(later, load_weights()) == Candidate("2020-01-16", "text-labelled")


def test_a_labelled_day_tied_with_the_page_date_far_from_it_keeps_the_page_date():
    """The local-day rule is for days a day apart; far apart, the library keeps a tie."""
    even = {"page": 0.5, "text-labelled": 0.5}
    far = (Candidate("2020-01-15", "page"), Candidate("2020-03-02", "text-labelled"))
    assert vote(far, even) == Candidate("2020-01-15", "page")
    near = (Candidate("2020-01-15", "page"), Candidate("2020-01-14", "text-labelled"))
    assert vote(near, even) == Candidate("2020-01-14", "text-labelled")


def test_a_date_in_a_sentence_a_day_off_does_not_move_the_page_date():
    found = (Candidate("2007-05-20", "page"), Candidate("2007-05-19", "text-sentence"))
    assert vote(found, WEIGHTS) == Candidate("2007-05-20", "page")


def test_without_the_page_date_the_old_precedence_holds():
    found = (
        Candidate("2019-01-02", "tail"),
        Candidate("2019-05-06", "url"),
        Candidate("2019-08-07", "text-ambiguous"),
    )
    assert vote(found, WEIGHTS).kind == "text-ambiguous"
    assert vote(found[:2], WEIGHTS).kind == "url"
    assert vote((), WEIGHTS) is None


def test_a_source_weighted_zero_never_votes(tmp_path):
    weights = dict(WEIGHTS, url=0.0)
    assert vote((Candidate("2019-05-06", "url"),), weights) is None
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"page": 2}), "utf-8")
    assert load_weights(path) == {k: (2.0 if k == "page" else 0.0) for k in KINDS}


def test_the_shipped_weights_keep_the_library_above_any_single_guessed_source():
    """The page's own statements (structured metadata, a labelled printed line) may
    outvote it; a guessed date alone never does."""
    weights = load_weights()
    assert all(weights[k] > 0 for k in KINDS)
    stated = ("page", "declared", "text-labelled")
    guessed = [k for k in KINDS if k not in stated]
    assert all(weights["page"] > weights[k] for k in guessed)


def test_the_declared_structured_date_outvotes_a_page_date_far_from_it():
    """htmldate may take a header clock over the article's own datePublished."""
    weights = dict(WEIGHTS, declared=1.0)
    found = (Candidate("2020-07-08", "page"), Candidate("2020-04-27", "declared"))
    assert vote(found, weights) == Candidate("2020-04-27", "declared")
    assert vote(found, WEIGHTS) == Candidate("2020-07-08", "page")  # weighted 0: no vote


def test_a_declared_timestamp_a_day_off_keeps_the_page_day():
    weights = dict(WEIGHTS, declared=1.0)
    found = (Candidate("2020-12-06", "page"), Candidate("2020-12-05", "declared"))
    assert vote(found, weights) == Candidate("2020-12-06", "page")


def test_the_declared_date_dates_a_page_through_choose_published():
    raw = RawArticle(id="case", source="case.html", text="<html></html>", format="html")
    html = HtmlMetadata(date="2020-07-08", declared_date="2020-04-27")
    cleaned = Cleaned(raw=raw, blocks=(Paragraph("b1", TEXT),), html=html)
    chosen = choose_published(cleaned, None, None, cleaned.blocks)
    assert (chosen.value, chosen.basis) == ("2020-04-27", "metadata")


def test_the_url_date_and_a_trailing_line_date_an_undated_page():
    cleaned = page(None, TEXT)
    chosen = choose_published(cleaned, None, "https://x.example/2019/03/14/pier", cleaned.blocks)
    assert (chosen.value, chosen.basis) == ("2019-03-14", "metadata")
    assert chosen.warnings == ("publication date taken from the article's URL",)
    cleaned = page(None, TEXT, "14 March 2019")
    chosen = choose_published(cleaned, None, None, cleaned.blocks)
    assert (chosen.value, chosen.basis) == ("2019-03-14", "text")
    assert [p.text for p in chosen.body] == [TEXT]
    assert [r.text for _, r in chosen.removed] == ["14 March 2019"]


def test_a_trailing_line_agreeing_with_the_page_keeps_the_page_date_and_the_body():
    cleaned = page("2019-03-14", TEXT, "14 March 2019")
    chosen = choose_published(cleaned, None, None, cleaned.blocks)
    assert (chosen.value, chosen.basis) == ("2019-03-14", "metadata")
    assert len(chosen.body) == 2


def test_a_malformed_page_date_is_no_candidate():
    cleaned = page("2019-13-45", TEXT)
    chosen = choose_published(cleaned, None, None, cleaned.blocks)
    assert chosen.value is None
    assert chosen.warnings == ("no publication date found",)


def test_the_strict_markup_reading_backs_the_page_date_against_two_guesses():
    weights = load_weights()
    guesses = (Candidate("2020-06-09", "text"), Candidate("2020-06-09", "url"))
    page_date = Candidate("2020-03-01", "page")
    assert vote((page_date, *guesses), weights).value == "2020-06-09"
    strict = Candidate("2020-03-01", "page-strict")
    assert vote((page_date, strict, *guesses), weights) == page_date


def test_the_strict_reading_alone_still_dates_a_page():
    assert vote((Candidate("2020-03-01", "page-strict"),), load_weights()).value == "2020-03-01"


def test_the_page_candidate_is_the_library_reading_before_trafilaturas_call():
    raw = RawArticle(id="case", source="case.html", text="<html></html>", format="html")
    blocks = (Paragraph("b1", TEXT),)
    both = HtmlMetadata(date="2020-10-03", library_date="2020-03-10")
    chosen = choose_published(Cleaned(raw=raw, blocks=blocks, html=both), None, None, blocks)
    assert (chosen.value, chosen.basis) == ("2020-03-10", "metadata")
    only = HtmlMetadata(date="2020-10-03")
    chosen = choose_published(Cleaned(raw=raw, blocks=blocks, html=only), None, None, blocks)
    assert chosen.value == "2020-10-03"


def labelled_page(**metadata) -> Cleaned:
    raw = RawArticle(id="case", source="case.html", text="<html></html>", format="html")
    return Cleaned(raw=raw, blocks=(Paragraph("b1", TEXT),), html=HtmlMetadata(**metadata))


def test_a_labelled_printed_day_outvotes_htmldate_and_its_strict_reading():
    """htmldate took a teaser's or a header's date; the page prints its own."""
    cleaned = labelled_page(
        library_date="2020-03-03",
        strict_date="2020-03-03",
        dated_lines=("Related: 3 March 2020", "Issue Published: 7 April 2020"),
    )
    chosen = choose_published(cleaned, None, None, cleaned.blocks)
    assert (chosen.value, chosen.basis) == ("2020-04-07", "text")


def test_a_labelled_day_does_not_outvote_structured_metadata_backing_htmldate():
    cleaned = labelled_page(
        library_date="2021-05-04",
        declared_date="2021-05-04",
        dated_lines=("Posted 1 May 2021",),
    )
    chosen = choose_published(cleaned, None, None, cleaned.blocks)
    assert (chosen.value, chosen.basis) == ("2021-05-04", "metadata")


def test_an_update_line_is_no_vote_against_htmldate():
    cleaned = labelled_page(library_date="2019-06-17", dated_lines=("Updated June 4, 2020",))
    assert choose_published(cleaned, None, None, cleaned.blocks).value == "2019-06-17"


def test_htmldates_first_of_january_is_warned_of_and_a_printed_day_outvotes_it():
    """htmldate reads a copyright line ("© 2016") as 1 January of its year."""
    cleaned = labelled_page(
        library_date="2016-01-01", dated_lines=("Der Beitrag wurde am 19. Mai 2010 gepostet",)
    )
    chosen = choose_published(cleaned, None, None, cleaned.blocks)
    assert chosen.value == "2010-05-19"
    alone = choose_published(labelled_page(library_date="2016-01-01"), None, None, ())
    assert (alone.value, alone.basis) == ("2016-01-01", "metadata")  # alone, still a date
    assert alone.warnings == (
        "publication date 2016-01-01 is perhaps only a year (a copyright line?); check the date",
    )
    assert chosen.warnings == ()
    found = (Candidate("2016-01-01", "page"), Candidate("2016-03-09", "url"))
    assert vote(found, load_weights()).value == "2016-01-01"  # the library's over a guess


def test_a_kind_no_tie_order_names_is_heard_and_comes_after_every_named_kind():
    trial = WEIGHTS | {"on-trial": 0.5}
    found = (Candidate("2020-06-09", "on-trial"), Candidate("2020-03-01", "page"))
    assert vote(found, trial) == Candidate("2020-03-01", "page")  # equal support: page first
    near = (Candidate("2020-06-09", "on-trial"), Candidate("2020-06-10", "url"))
    assert vote(near, trial) == Candidate("2020-06-10", "url")
    alone = (Candidate("2020-06-09", "on-trial"),)
    assert vote(alone, trial) == Candidate("2020-06-09", "on-trial")
