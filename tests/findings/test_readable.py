"""A key point reads on its own: pronoun subjects after an opening phrase, and wire datelines."""

import pytest

from generator.findings.keypoints import article_sentences, key_points
from generator.findings.readable import (
    after_dateline,
    names_its_subject,
    opens_dangling,
    opens_with_pronoun,
)

from .test_keypoints import article, briefing


@pytest.mark.parametrize(
    "text",
    [
        "Since 1949, it has been expanded to include Greece and Turkey.",
        "On Friday, his lawyers filed an appeal in the federal court.",
        "On March 3, they left the capital for the border crossing.",
        "Asked about the treaty, he said the vote would come in May.",
    ],
)
def test_a_pronoun_subject_after_a_short_opening_phrase_dangles(text):
    assert opens_dangling(text) and opens_with_pronoun(text)


@pytest.mark.parametrize(
    "text",
    [
        "After Arcadia signed the treaty, it said the border would open.",  # its antecedent
        "In Lakeside, Mayor Anna Brook said the pier would close.",
        "Since 1949, the alliance has grown to include Greece and Turkey.",
        "Arcadia, Borduria and Carpania signed the treaty on Monday.",
    ],
)
def test_a_named_subject_or_a_name_in_the_opening_phrase_does_not(text):
    assert not opens_dangling(text) and not opens_with_pronoun(text)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("LAKESIDE, Arcadia (AP) _ The council voted.", "The council voted."),
        ("LAKESIDE, Ark. (AP) -- The council voted.", "The council voted."),
        ("(AP)-- Arcadia and Borduria signed.", "Arcadia and Borduria signed."),
        ("PORTVILLE, March 12 (Xinhua) -- Arcadia signed.", "Arcadia signed."),
        ("PORTVILLE, Ark. _ The council voted.", "The council voted."),
        ("The group (Hamas) - which said so.", "The group (Hamas) - which said so."),
        ("Officials met on Monday in Portville.", "Officials met on Monday in Portville."),
    ],
)
def test_a_wire_dateline_is_left_out_of_the_point(text, rest):
    assert text[after_dateline(text, 0) :] == rest


def test_a_point_starts_after_the_dateline_and_is_still_the_paragraph_s_own_text():
    text = (
        "LAKESIDE, Arcadia (AP) _ The Lakeside council voted on Monday to close the ferry "
        "pier after a winter of storms. Since 1949, it has carried boats to Borduria."
    )
    a = article("a1", text)
    first = "The Lakeside council voted on Monday to close the ferry pier after a winter of storms."
    # the second sentence's subject dangles: only the first is a candidate
    assert article_sentences(a) == ((0, 25, 25 + len(first)),)
    (point,) = key_points(briefing([a]))
    assert (point.text, point.start) == (first, text.index(first))


@pytest.mark.parametrize(
    ("text", "dangles"),
    [
        ("Eight of those are in custody in Portville, officials said on Monday.", True),
        ("In addition, the ministry is still considering a request from Arcadia.", True),
        ("As a result, the border crossing at Lakeside stayed closed all week.", True),
        ("Protesters, however, dismissed the offer as a trick by the government.", True),
        ("In contrast to Monday, the crowds in Portville were calm on Tuesday.", False),
        ("Officials, including Mayor Anna Brook, said the pier would close.", False),
        ("Eight ministers of Arcadia met in Portville on Monday.", False),
    ],
)
def test_connectives_and_partitives_that_answer_the_sentence_before(text, dangles):
    assert opens_dangling(text) is dangles


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The boy was returned to his father in Portville on Monday.", False),
        ("The rest remained fugitives, including Arcadian rebel leaders.", False),
        ("The location for Friday's ceremony was chosen by the mayor.", False),
        ("The Arcadian parliament approved the treaty on Monday.", True),
        ("The 12 ministers met in Portville on Monday.", True),
        ("Arcadia and Borduria signed the treaty on Monday.", True),
    ],
)
def test_a_the_subject_without_a_name_soon_after_it_does_not_name_itself(text, named):
    assert names_its_subject(text) is named
