"""Ordinary words capitalised only where a sentence begins are no names (#14, false actors;
invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.sentence_capitals import opens_sentence, sentence_capitals
from generator.actors.word_spots import word_spots

from .test_actors import actors_of


@pytest.mark.parametrize(
    "text, word, opens",
    [
        ("Ministers agreed.", "Ministers", True),
        ("It rained. Ministers agreed.", "Ministers", True),
        ('He said: "Ministers agreed."', "Ministers", True),
        ("Notes\nSection 3 applies.", "Section", True),
        ("the plan of Ministers was clear", "Ministers", False),
    ],
)
def test_a_word_opens_a_sentence_where_any_word_is_capitalised(text, word, opens):
    assert opens_sentence(text, text.index(word)) is opens


def test_a_word_also_written_in_lower_case_is_an_ordinary_word():
    texts = ["Ministers agreed on Monday.", "The ministers left."]
    assert sentence_capitals(word_spots(texts), ["Ministers"], []) == {"ministers"}


@pytest.mark.parametrize(
    "texts, longer",
    [
        (["Orvane agreed on Monday.", "The orvane left."], ["Orvane Velk"]),  # a name's word
        (["Ministers agreed on Monday.", "They left."], []),  # never in lower case
        (["Ministers agreed.", "The Ministers and the ministers left."], []),  # mid-sentence
        (["NATO agreed.", "The nato left."], []),  # capitals: not title case
    ],
)
def test_a_name_is_kept(texts, longer):
    words = [w for w in ("Orvane", "Ministers", "NATO") if any(w in t for t in texts)]
    assert sentence_capitals(word_spots(texts), words, longer) == set()


def test_a_capitalised_ordinary_word_is_no_actor_in_an_article():
    text = (
        "Enter Varlow Town on a sunny day.\n\n"
        "Enter the trailer when she is home.\n\n"
        "Players enter the farm house at noon, Ada Velk said."
    )
    names = actors_of(text)
    assert "Enter" not in names, names
    assert "Ada Velk" in names, names
