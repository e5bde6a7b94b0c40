"""Words that look past but carry no past tense: a passive after "be", an adjective after
an article. Invented sentences; the anchor is Thursday 26 October 2017."""

from __future__ import annotations

from generator.timex import find_timexes

ANCHOR = "2017-10-26"


def value_of(text: str, expression: str) -> str:
    found = [t for t in find_timexes(text, ANCHOR) if t.text == expression]
    assert len(found) == 1, found
    return found[0].value


def test_a_passive_after_a_modal_reads_a_month_forward():
    text = "The bonus would be paid on a still unspecified date in January to all staff."
    assert value_of(text, "January") == "2018-01"


def test_an_adjective_after_an_article_is_no_past_tense():
    text = "The fund will pay out, on a still unspecified date in January, to all staff."
    assert value_of(text, "January") == "2018-01"


def test_a_past_tense_still_reads_back():
    text = "The bonus was paid to all staff in January."
    assert value_of(text, "January") == "2017-01"


def test_a_passive_in_the_past_still_reads_back():
    text = "The bonus had been paid to all staff in January."
    assert value_of(text, "January") == "2017-01"


def test_have_after_a_future_auxiliary_is_no_present_tense():
    # Thursday 26 October: the game is still to come, whatever "have" alone would say
    text = "The Rovers won't have their keeper in goal Saturday night against Tarrow."
    assert value_of(text, "Saturday night") == "2017-10-28TNI"
    text = "The Rovers will not have their keeper in goal Saturday night against Tarrow."
    assert value_of(text, "Saturday night") == "2017-10-28TNI"


def test_have_alone_still_reads_a_weekday_back():
    text = "The Rovers have their keeper back since Saturday night."
    assert value_of(text, "Saturday night") == "2017-10-21TNI"
