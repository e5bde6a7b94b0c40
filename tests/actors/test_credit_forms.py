"""Photo credits with a name's initial or an agency's "Photo/" name no actor (#14, false
actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.credits import credit_ranges

from .test_false import names


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Gene R. Varlow",  # an initial's full stop does not end the credit
        "The Orcas won 5-4. (AP Photo/Gene R. Varlow)",  # an agency's initials, then "Photo/"
    ],
)
def test_a_credit_with_an_initial_or_an_agency_names_no_actor(credit):
    assert names(f"Foreign Minister Hamid Orzala left Quito.\n\n{credit}") == {"Hamid Orzala"}


def test_a_credit_in_parentheses_ends_at_its_closing_one():
    text = "(AP Photo/Gene Varlow) Ravi Anand said the game was over."
    assert [text[a:b] for a, b in credit_ranges(text)] == ["AP Photo/Gene Varlow"]
    assert "Ravi Anand" in names(text)


def test_a_sentence_after_a_credit_is_not_part_of_it():
    text = "Photo: Ada Velk. Then Joss R. Harl said it was over."
    assert [text[a:b] for a, b in credit_ranges(text)] == ["Photo: Ada Velk"]


def test_an_initial_does_not_end_a_credit():
    text = "Photo: Gene R. Varlow"
    assert [text[a:b] for a, b in credit_ranges(text)] == [text]


def test_a_capitalised_label_is_a_credit_anywhere_a_lower_case_one_is_not():
    text = "The Orcas won ... more Photo: Gene Varlow"
    assert [text[a:b] for a, b in credit_ranges(text)] == ["Photo: Gene Varlow"]
    assert credit_ranges("He showed the photo: Gene Varlow smiling.") == []


def test_a_label_glued_to_its_caption_is_a_credit():
    text = "Nurses at the ward where the patients were treatedCredit: Velk Photo Agency"
    assert [text[a:b] for a, b in credit_ranges(text)] == ["Credit: Velk Photo Agency"]
    assert credit_ranges("The creditCard: no label at all") == []


@pytest.mark.parametrize("label", ["Submitted photo", "Contributed photo", "Courtesy photo"])
def test_a_credit_label_after_a_caption_name_is_not_part_of_it(label):
    """A mugshot's caption: the name, then the credit label ("Dara Velk Submitted photo")."""
    text = f"Dara Velk was arrested on Monday.\n\nDara Velk {label}"
    assert names(text) == {"Dara Velk"}
