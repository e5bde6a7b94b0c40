"""Per-article speed-ups that must give the same results as the plain computation.

Each fast path here skips or shares work (a memo, a prefilter, a value computed once);
each test compares it with the plain computation on texts written for the edge it skips.
"""

import re

import pytest

from generator.actors import credits as credits_module
from generator.actors import extract_actors, short_forms
from generator.actors import recognise as recognise_module
from generator.actors import tokens as tokens_module
from generator.actors.credits import agencies_credited, credit_ranges
from generator.actors.recognise import recognise_document
from generator.actors.texts import article_texts
from generator.actors.tokens import is_title_like, tokenize
from generator.clean import buttons
from generator.clean.blocks import _WRAPPED_END_RE, WRAPPED_END_REACH, ends_open
from generator.clean.inline import WORD_RE
from generator.dating import evidence
from generator.events import runs

from .actors.test_actors import make

TITLED = {
    "title": "Talks resume",
    "p1": "PRESIDENT OBAMA met the new Prime\nMinister on Monday.",
    "p2": "The weather was mild and nobody in office spoke.",
    "p3": "The ſecretary-General António Guterres spoke.",
    "p4": "Chancellor Merkel and President-elect Trump opened the summit.",
}


def test_title_clues_are_those_of_every_phrase_searched(monkeypatch):
    """The prefilter passes over only texts no phrase can match: the clues equal those of
    searching every text with every phrase (including a non-ASCII text, where a long s
    matches an s case-blind and lower-casing would not find it)."""
    fast = evidence.title_clues(TITLED)
    monkeypatch.setattr(evidence, "_may_hold_a_title", lambda text: True)
    assert fast == evidence.title_clues(TITLED)
    found = {(c.paragraph, c.text) for c in fast}
    assert {("p1", "PRESIDENT OBAMA"), ("p4", "President-elect Trump")} <= found
    assert ("p3", "ſecretary-General António Guterres") in found


def test_the_title_prefilter_passes_over_texts_without_a_title_word():
    assert not evidence._may_hold_a_title("The weather was mild and nobody spoke.")
    assert evidence._may_hold_a_title("the PRIME minister")  # case-blind
    assert evidence._may_hold_a_title("Señor Sánchez")  # not ASCII: always searched


def test_tokens_are_a_new_list_each_call():
    """Memoised tokens come back as a fresh list: a caller that extends its list does not
    change what the next caller of the same text gets."""
    text = "Ms. Mona Lisa met J. R. R. Tolkien's editor in São Paulo's U.S. office."
    first = tokenize(text)
    first.append(first[0])
    again = tokenize(text)
    assert len(again) == len(first) - 1 and again is not first
    assert again == list(tokens_module._tokens.__wrapped__(text))


def test_title_like_counts_capitals_among_letters_only():
    """A Roman numeral is upper case but no letter: it does not count as a capital."""
    assert not is_title_like("the meeting of charles ⅷ and the king's men")
    assert is_title_like("THE MEETING OF THE KINGS")
    assert not is_title_like("The meeting of the kings was held in the hall today")


def test_common_acronyms_are_read_once_and_dropped_twice(monkeypatch):
    """The document's common acronyms are computed once, and still drop both the rules'
    and the tagger's spans of them ("the CEO" is no organisation)."""
    calls = []
    real = recognise_module.common_acronyms

    def counted(texts):
        calls.append(texts)
        return real(texts)

    monkeypatch.setattr(recognise_module, "common_acronyms", counted)
    title = "Acme names a new CEO"
    texts = [
        "Acme Corp said on Monday that the CEO of its unit, Jane Doe, would leave.",
        "Two CEOs of rival firms and an EV maker met in Berlin with the NATO envoy.",
    ]
    head, body = recognise_document(title, texts)
    assert len(calls) == 1
    named = {span.text for spans in [head, *body] for span in spans}
    assert "CEO" not in named and "CEOs" not in named and "EV" not in named
    assert {"Acme Corp", "Berlin", "NATO"} <= named


def test_each_text_credits_are_found_once_and_name_the_same_agencies(monkeypatch):
    """The actors stage finds each text's credits once: the agencies it drops are read
    from the same stretches as finding them again would give."""
    texts = [
        "KABUL (Reuters) - Hamid Orzala met envoys of the AFP bureau on Monday.",
        "Reporting by Tom Vance for AP; Editing by Lisa Grieg",
        "Nothing credited here, though Reuters is named.",
    ]
    again = agencies_credited(texts)
    assert again == {"Reuters", "AP"}
    assert agencies_credited(texts, [credit_ranges(t) for t in texts]) == again
    calls = []

    def counted(text):
        calls.append(text)
        return credit_ranges(text)

    monkeypatch.setattr(credits_module, "credit_ranges", counted)  # what fine_print calls
    article = make("\n\n".join(texts))
    names = {a.name for a in extract_actors(article).actors}
    assert sorted(calls) == sorted(dict(article_texts(article)).values())
    assert "Hamid Orzala" in names and "Reuters" not in names


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2020 -- 31",  # no word with a letter
        "Oslo, 12 May: opening session",
        "one two three four",
        "Talks on 3 May in Oslo, 4 May in Bergen and 5 May in Tromsø ended with a joint "
        "statement that both sides would meet again in Stockholm before the summer break.",
    ],
)
@pytest.mark.parametrize("limit", [0, 1, 3, 4, 5, 24])
def test_a_short_line_is_told_apart_by_counting_only_as_far_as_the_limit(text, limit):
    """Counting stops once the limit is passed: the answer is the full count's."""
    assert runs._at_most_words(text, 0, len(text), limit) == (
        len(runs._words(text, 0, len(text))) <= limit
    )
    assert runs._at_most_words(text, 5, len(text) - 3, limit) == (
        len(runs._words(text, 5, len(text) - 3)) <= limit
    )


ACRONYM_TEXTS = [
    "Two SUVs crashed near the depot.",
    "She drove an EV that nobody else wanted, and its EV and the seventh EV to leave.",
    "No acronym at all in this one, only Capitals Here And There.",
    "A B C d: single capitals never make one.",
    "Élan ÉVs and the 3rd UN envoy, with NATOs missing.",
    "",
]


def test_common_acronyms_skip_only_texts_no_pattern_can_match(monkeypatch):
    """Texts without two capitals in a row are passed over: the acronyms are those of
    running both patterns on every text."""
    fast = short_forms.common_acronyms(ACRONYM_TEXTS)
    monkeypatch.setattr(short_forms, "_TWO_CAPITALS_RE", re.compile(""))
    assert fast == short_forms.common_acronyms(ACRONYM_TEXTS)
    assert {"SUV", "EV", "NATO"} <= fast


@pytest.mark.parametrize(
    "text",
    ["", "   ", "Accept all", "Got it!", "Accept all cookies now", "Accept all cookies now ok"]
    + ["Subscribe " * 40, "— —", "Learn more about the talks in Oslo on Monday."],
)
def test_a_button_label_counts_its_words_only_as_far_as_the_limit(text):
    """The word count stops one past four: the answers are those of counting every word."""
    words = len(WORD_RE.findall(text.strip()))
    plain = 1 <= words <= 4
    assert buttons._few_words(text.strip()) == plain
    assert buttons.is_consent_button(text) == (
        plain and bool(buttons.CONSENT_RE.match(text.strip()))
    )


@pytest.mark.parametrize(
    "line",
    [
        "",
        "the",
        "Result in an international",
        "A very long line of a paragraph joined from many wrapped lines " * 8 + "and the",
        "A very long line of a paragraph joined from many wrapped lines " * 8 + "(",
        "A very long line, which ends on a full stop.",
        "A long line that ends on a word like other" + " word" * 30,
        "ends on theme",
        "breathe",
    ],
)
def test_an_open_end_is_looked_for_near_the_end_only(line):
    """Only the end of a line is searched: the answer is that of searching all of it."""
    assert ends_open(line) == (_WRAPPED_END_RE.search(line) is not None)


def test_the_open_end_pattern_reaches_less_far_than_its_search():
    """Every match of the open-end pattern (the language's data) is shorter than the
    stretch searched, so searching only that stretch misses none."""
    widest = re._parser.parse(_WRAPPED_END_RE.pattern, _WRAPPED_END_RE.flags).getwidth()[1]
    assert widest < WRAPPED_END_REACH
