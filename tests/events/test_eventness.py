"""Eventness: the evidence that a dated clause is no event, and the score that weighs it."""

from __future__ import annotations

import pytest

from generator.events import dated_clauses, eventness
from generator.events.eventness import FEATURES, features, is_event, score
from generator.timex import article_timexes

from .test_events import make_article


def evidence_of(text: str, expression: str, kind: str = "past", date: str = "2031") -> set[str]:
    """The features of `text` as one clause dated by the first `expression` in it."""
    start = text.index(expression)
    return set(features(text, (0, len(text)), (start, start + len(expression)), kind, date))


@pytest.mark.parametrize(
    ("text", "expression", "date", "expected"),
    [
        (
            "Few 2031 films could match the charm of Orla Brant's debut.",
            "2031",
            "2031",
            "noun_date",
        ),
        ("Tell us your favourite gadget of 2031.", "2031", "2031", "noun_date"),
        ("The Velk project grew out of 2029-era course work.", "2029", "2029", "noun_date"),
        ("He lost after Tuesday's vote in Velkara.", "Tuesday", "2031-03-04", "event_noun_date"),
        ("Delegates met at this week's Velk peace talks.", "this week", "2031", "event_noun_date"),
        ("The army entered in the 2029 Velk war.", "2029", "2029", "event_noun_date"),
        ("Mara Velk kept raising 2029 elections in her speech.", "2029", "2029", "noun_date"),
    ],
)
def test_a_date_that_qualifies_a_noun(text, expression, date, expected):
    found = evidence_of(text, expression, date=date)
    assert found & {"noun_date", "event_noun_date"} == {expected}


def test_a_date_that_dates_the_verb_qualifies_no_noun():
    found = evidence_of("Orla Brant left the Velk council in 2029 after a row.", "2029")
    assert not found & {"noun_date", "event_noun_date"}


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Brant, Orla; Velk, Mara (2029). A history of Nemo.", "2029"),
        ("Archived from the original on 2029-04-02.", "2029-04-02"),
    ],
)
def test_a_reference_is_a_citation(text, expression):
    assert "citation" in evidence_of(text, expression)


def test_a_figure_over_a_period_is_a_statistic():
    found = evidence_of("Nemo had 41 cases and 3 deaths between 2026 and 2029.", "2029")
    assert "period_figure" in found
    assert "measure" in found


def test_a_bound_of_a_state():
    assert "state_bound" in evidence_of("The Wolves snapped a streak dating to 2017.", "2017")


def test_the_narrators_first_person_counts_and_a_quotes_does_not():
    assert "first_person" in evidence_of("I have been painting since 2021.", "2021")
    quoted = evidence_of(
        '"We will be back," Mara Velk said on Sunday.', "Sunday", date="2031-05-04"
    )
    assert "first_person" not in quoted


def test_a_speakers_present_or_future_inside_a_quote():
    text = 'Mara Velk said: "the council is ready for Sunday, and it is hard."'
    assert "quoted" in evidence_of(text, "Sunday", date="2031-05-04")
    told = '"On Sunday the council signed the deal," Mara Velk said.'
    assert "quoted" not in evidence_of(told, "Sunday", date="2031-05-04")


def test_a_figure_that_moved_is_news_not_a_statistic():
    assert "measure" in evidence_of("Nemo's sales totaled $7 million in 2029.", "2029")
    assert "measure" not in evidence_of("Nemo's sales fell 9% to $7 million in 2029.", "2029")


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("In 2029, the agency reported that the number of young users was 3.8 percent.", "2029"),
        ("The institute estimated that 96,000 people reported the illness in 2029.", "2029"),
        ("From 2026 to 2029 there were 3,248 cases worldwide.", "2029"),
        ("In Velkara, more than 2% of people react to nemo pollen since 2029.", "2029"),
    ],
)
def test_a_clause_whose_subject_is_a_quantity(text, expression):
    assert "quantity_subject" in evidence_of(text, expression)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Orla Brant resigned as mayor of Velkara in 2029.", "2029"),
        ("Velk, 63, a former prosecutor who took office in 2029, resigned.", "2029"),
        ("Nemo acquired Velk for $200 million in 2029.", "2029"),
        ("On March 3, 2029, the council voted 7 to 2.", "March 3, 2029"),
    ],
)
def test_a_subject_that_is_no_quantity(text, expression):
    assert "quantity_subject" not in evidence_of(text, expression)


def test_a_generic_present_today():
    found = evidence_of("Today, storms in Velkara are rare.", "Today", date="2031-05-04")
    assert {"present_time", "present_state"} <= found


def _other(text: str, expression: str, language: str, date: str = "2014") -> frozenset[str]:
    start = text.index(expression)
    return features(text, (0, len(text)), (start, start + len(expression)), "past", date, language)


def test_an_article_in_another_language_gets_no_english_evidence():
    # "we" and "is" are English words, not this German sentence's
    assert (
        _other(
            "Die Klinik we is bietet am 3. Mai 2014 eine Akte an.",
            "3. Mai 2014",
            "de",
            "2014-05-03",
        )
        == frozenset()
    )
    # a language without an eventness table: no evidence at all, every clause kept
    assert _other("De kliniek biedt sinds 2014 een dossier aan.", "2014", "nl") == frozenset()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Klinik bot bis 2014 eine Akte an.", "de"),
        ("Das Haus stand bis Ende 2014 leer.", "de"),
        ("La clinique a proposé un dossier jusqu'en 2014.", "fr"),
        ("La clínica ofreció un expediente hasta 2014.", "es"),
    ],
)
def test_a_state_bound_in_the_articles_own_words(text, language):
    assert _other(text, "2014", language) == {"state_bound", "year_only"}


def test_since_dates_a_start_in_these_languages():
    assert _other("Die Klinik bietet seit 2014 eine Akte an.", "2014", "de") == {"year_only"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sie fährt in der Saison 2014 für Velkara.", {"noun_date", "year_only"}),
        ("Die Siegerin von 2014 lief langsam.", {"noun_date", "year_only"}),
        ("Sie hat schon 2014 gewonnen.", {"year_only"}),  # an adverb before the year
        ("Das war im Jahr 2014 so.", {"year_only"}),  # a time noun
        ("Saison 2014 war gut.", {"year_only"}),  # a sentence's first word may be any
        ("Die Firma zog im März 2014 um.", set()),
    ],
)
def test_a_year_that_qualifies_a_german_noun(text, found):
    expression = "März 2014" if "März" in text else "2014"
    assert _other(text, expression, "de", "2014-03" if "März" in text else "2014") == found


def test_the_score_is_the_bias_plus_the_weights_of_the_features():
    weights = {"_bias": 1.0, "noun_date": -1.5, "year_only": -0.25}
    assert score(frozenset({"noun_date", "year_only"}), weights) == pytest.approx(-0.75)
    assert not is_event(frozenset({"noun_date"}), weights)
    assert is_event(frozenset({"year_only"}), weights)
    assert is_event(frozenset({"noun_date"}), {})  # no weights: every clause is kept
    assert set(eventness.WEIGHTS) <= {"_bias", *FEATURES}


def test_the_shipped_weights_drop_a_statistic_and_keep_an_event():
    article = make_article(
        "Nemo had 41 cases and 3 deaths between 2026 and 2029, officials said.",
        "Orla Brant resigned as mayor of Velkara on Monday.",
        published="2031-05-07",
    )
    summaries = [c.event.summary for c in dated_clauses(article, article_timexes(article))]
    assert any("resigned" in s for s in summaries)
    assert not any("cases" in s for s in summaries)
