"""Short acronym aliases stand for their actor only in capitals, on invented sentences."""

from generator.actors.acronym_case import lowercase_acronym
from generator.actors.context import Span
from generator.actors.recognise import recognise_document


def names(text: str) -> set[str]:
    _, body = recognise_document("A plain headline about nothing", [text])
    return {span.name for span in body[0]}


def test_a_pronoun_spelled_like_an_acronym_is_no_actor():
    assert "European Union" not in names("Mirela Dantas sorriu. Eu fico contente com o disco.")


def test_a_verb_in_a_quoted_title_is_no_actor():
    found = names(
        'Fans heard "Cold River," "Night By Night," "Morning Is Just Near With Me" and more.'
    )
    assert "Islamic State" not in found


def test_acronyms_in_capitals_or_with_dots_stay():
    found = names("The EU and the U.N. asked the WHO for help on Monday.")
    assert {"European Union", "United Nations", "World Health Organization"} <= found


def test_a_short_name_that_is_its_own_name_and_people_are_untouched():
    assert not lowercase_acronym(Span(0, 2, "Xi", "person", "Xi Velk"))
    assert not lowercase_acronym(Span(0, 2, "Eu", "place", "Eu"))
    assert lowercase_acronym(Span(0, 2, "Eu", "intergovernmental-org", "European Union"))


def test_a_frequent_word_in_a_line_of_capitals_is_that_word():
    """#14: a heading all in capitals tells nothing by its capitals."""
    found = names("Ada Velk spoke first.\nWHO IS THE NEXT SPEAKER?\nThe vote is in May.")
    assert not {"World Health Organization", "Islamic State"} & found


def test_an_acronym_in_a_line_of_capitals_that_is_no_word_stays():
    found = names("Ada Velk spoke first.\nTALKS WITH THE EU RESUME\nThe vote is in May.")
    assert "European Union" in found


def test_a_frequent_word_acronym_in_a_sentence_stays():
    assert "World Health Organization" in names("WHO said the outbreak had ended in May.")
