"""Long organisation names: head word first, "of"/"for" joins, capitals inside a sentence,
a continent after "in". Invented sentences, one per rule, with the cases the rule leaves."""

from __future__ import annotations

from generator.actors.recognise import recognise_document


def spans(text: str) -> set[tuple[str, str]]:
    _, body = recognise_document("Talks resume", [text])
    return {(s.text, s.label) for s in body[0]}


def test_head_word_first_then_of_complement_is_one_organisation():
    found = spans("The Union of Lakeside Growers met in Lima on Monday.")
    assert ("Union of Lakeside Growers", "organisation") in found
    assert not {t for t, _ in found} & {"Union", "Lakeside Growers"}


def test_head_word_first_at_sentence_start_keeps_the_head():
    found = spans("Federation of Tin Miners members voted on Monday.")
    assert ("Federation of Tin Miners", "organisation") in found


def test_observatory_is_an_organisation_head_word():
    found = spans("The Valdoran Observatory for Water Rights said 12 wells ran dry.")
    assert ("Valdoran Observatory for Water Rights", "organisation") in found


def test_capitalised_everyday_word_after_the_stays_in_the_name():
    found = spans("On Monday the World Chess Council ruled against him.")
    assert ("World Chess Council", "organisation") in found
    found = spans("Officials told the News Agency of Freedonia on Friday.")
    assert ("News Agency of Freedonia", "organisation") in found


def test_sentence_starting_word_is_still_trimmed():
    found = spans("After Chess Council talks ended, Maria Lopez left.")
    assert ("After Chess Council", "organisation") not in found
    assert ("Chess Council", "organisation") in found


def test_continent_after_in_is_part_of_the_name():
    found = spans("The Organisation for Trade and Fairness in Africa sent monitors.")
    assert ("Organisation for Trade and Fairness in Africa", "organisation") in found
    assert ("Africa", "place") not in found


def test_city_after_in_is_where_the_body_sits():
    found = spans("He spoke at the Institute for Water Studies in Nairobi on Monday.")
    assert ("Institute for Water Studies", "organisation") in found
    assert ("Nairobi", "capital") in found


def test_capitalised_word_after_a_possessive_stays_in_the_name():
    found = spans("The Briton lost his World Chess Council title in March.")
    assert ("World Chess Council", "organisation") in found


def test_organisation_before_a_title_is_its_own_actor():
    found = spans(
        "Flights resumed, Federal Grain Inspection Administration Director Ivo Marek said."
    )
    assert ("Federal Grain Inspection Administration", "organisation") in found
    assert ("Ivo Marek", "person") in found


def test_known_name_and_one_word_before_a_title_is_the_role():
    found = spans("It is false, White House Press Secretary Ivo Marek said.")
    assert ("White House Press", "media") not in found
    assert ("Ivo Marek", "person") in found


def test_an_office_holders_office_is_one_organisation():
    """A title's possessive before an organisation word names the office's organ whole."""
    found = spans("A Marlow County Sheriff's Department deputy stopped the car on Monday.")
    assert ("Marlow County Sheriff's Department", "organisation") in found
    found = spans("The U.S. Attorney's Office for the Eastern District of Orvania said so.")
    assert ("U.S. Attorney's Office for the Eastern District of Orvania", "organisation") in found
    assert "Office for the Eastern District of Orvania" not in {t for t, _ in found}


def test_a_sheriff_before_a_name_is_a_title():
    assert spans("Sheriff Dana Pell spoke on Monday.") == {("Dana Pell", "person")}


def test_a_name_prefix_stop_ends_no_sentence():
    """ "St." before a capital opens a name ("St. Louis"); "Inc." may end a sentence."""
    found = spans("She is a microbiologist at Orvane University in St. Louis.")
    assert ("St. Louis", "place") in found
    assert "Orvane University in St." not in {t for t, _ in found}
    assert ("Acme Inc.", "organisation") in spans("Shares of Acme Inc. The firm said so.")
