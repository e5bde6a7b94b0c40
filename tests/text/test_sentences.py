"""Sentence boundaries: abbreviations and initials keep a sentence whole, numbers end one."""

from __future__ import annotations

import pytest

from generator.text.sentences import paragraph_number, sentence_at, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day number before the full stop ends the sentence; "U.N." after it does not
        (
            "Talks resume in Geneva on Feb. 8. The U.N. framed the agenda.",
            ["Talks resume in Geneva on Feb. 8.", "The U.N. framed the agenda."],
        ),
        # a month abbreviation before a day keeps the sentence whole
        ("The truce began on Dec. 29 and held.", ["The truce began on Dec. 29 and held."]),
        # single letters are initials
        (
            "John F. Kennedy spoke. He left.",
            ["John F. Kennedy spoke.", "He left."],
        ),
        # titles
        ("Mr. Smith met Dr. Jones. They agreed.", ["Mr. Smith met Dr. Jones.", "They agreed."]),
        # a year, a count and a closing quote end sentences
        (
            'The war began in 2011. "It will end," he said. Talks opened.',
            ["The war began in 2011.", '"It will end," he said.', "Talks opened."],
        ),
        # question and exclamation marks; a digit may start the next sentence
        ("Will they sign? 12 delegates refused!", ["Will they sign?", "12 delegates refused!"]),
        # a lower-case word after a stop is not a new sentence
        ("Prices rose 2.5 percent. and fell.", ["Prices rose 2.5 percent. and fell."]),
        # line breaks before text: a headline, list items
        ("Talks open\nDelegates arrived.", ["Talks open", "Delegates arrived."]),
        ("One.\n\nTwo.", ["One.", "Two."]),
        # reference marks after a stop do not hide the boundary
        (
            "The code was freed.[4] A day later, Ann Lee wrote.[12][13] Then it ended.",
            ["The code was freed.", "A day later, Ann Lee wrote.", "Then it ended."],
        ),
    ],
)
def test_sentence_spans(text, expected):
    assert sentences(text) == expected


def test_spans_leave_out_trailing_blanks():
    assert sentence_spans("Talks opened.   They failed.  ") == ((0, 13), (16, 28))


def test_sentence_at_finds_the_sentence_holding_an_offset():
    text = "Talks resume on Feb. 8. The U.N. framed the agenda."
    assert sentence_at(text, text.index("U.N.")) == (24, len(text))
    assert sentence_at(text, text.index("8")) == (0, 23)
    assert sentence_at(text, 23) == (0, 23)  # the blank between belongs to the one before


def test_sentence_at_without_sentences_is_the_whole_text():
    assert sentence_at("", 0) == (0, 0)


def test_paragraph_number_orders_title_first_then_numerically():
    assert sorted(["p10", "p2", "title"], key=paragraph_number) == ["title", "p2", "p10"]
