"""A reporting credit written after the names ("Ana Ruiz reported from Lima.") is fine
print: its places are no parties (#14, false actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.credits import fine_print
from generator.actors.reported_lines import reported_lines


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz reported from Lima, and Li Wei from Hong Kong.",
        "Ana Ruiz and Li Wei contributed reporting.",
        "Ana Ruiz, Li Wei and Tom Bo contributed reporting from Seoul.",
    ],
)
def test_a_credit_line_is_fine_print(text):
    assert reported_lines(text) == [(0, len(text))]
    assert fine_print(text) == [(0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported from Kabul that the talks had failed.",
        "The agency reported from Lima.",
        "Ana Ruiz said she reported from Lima for years.",
    ],
)
def test_a_sentence_of_the_story_is_not(text):
    assert reported_lines(text) == []


def test_only_the_credit_line_of_a_paragraph():
    text = "The talks ended on Monday.\nAna Ruiz reported from Lima."
    assert reported_lines(text) == [(27, len(text))]
