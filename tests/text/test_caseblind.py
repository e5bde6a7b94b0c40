"""CaseBlind answers as a case-blind `re` search does, and runs lower-cased only when safe."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text.caseblind import CaseBlind

CUES = r"\b(?:talks|broke\s+down|cease-fire|met|communiqué)\b"
PATTERNS = [
    CUES,
    r"(?:in|at)\s+(?:the\s+)?(?:north(?:ern)?\s+)?$",
    r"[a-z]+-led\b",
    r"\Wwill\s+\S",
    r"(?<!be )\bdone\b(?!-)",
    r"/\s*(?:AP|Reuters)\b",
    r"[A-Z][a-z]+ met",
]


@pytest.mark.parametrize(
    ("pattern", "fast"),
    [
        (CUES, True),
        (r"[a-z]+-led\b", True),
        (r"\Wwill\s+\S", True),
        (r"Talks\b", True),  # its letters are lower-cased
        (r"[A-Z]\w+ said", True),
        (r"[A-z]", False),  # a range that holds "_" and "[" beside the letters
        (r"\x54alks", False),  # an escape that may name one
        (r"(?-i:talks)", False),  # an inline flag
        (r"(?P<word>talks)", False),  # a named group: not among the plain groups
        (r"[0-a]", False),  # a range that holds "B" case-blind
        ("ſtate", False),  # "ſ" is "s" case-blind
    ],
)
def test_only_patterns_that_case_cannot_change_run_lower_cased(pattern, fast):
    assert (CaseBlind(pattern).lower is not None) is fast


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The TALKS Broke   Down on Monday", True),
        ("The Cease-Fire held", True),
        ("He metered the gas", False),
        ("Le COMMUNIQUÉ du jour", True),  # not ASCII: searched case-blind as given
        ("Talksmith said", False),
    ],
)
def test_found_is_a_case_blind_search(text, expected):
    assert CaseBlind(CUES).found(text) is expected
    assert (re.search(CUES, text, re.IGNORECASE) is not None) is expected


def test_upper_case_letters_of_a_pattern_find_any_case():
    credit = CaseBlind(r"/\s*(?:AP|Reuters)\b")
    assert credit.start("Talks end. Photo: J. Doe / reuters") == len("Talks end. Photo: J. Doe ")
    assert credit.start("No credit here") == -1


def test_bounds_are_those_of_search_with_pos_and_endpos():
    venue = CaseBlind(PATTERNS[1])
    text = "Fighting IN Northern Idlib went on"
    at = text.index("Idlib")
    assert venue.found(text, max(0, at - 40), at)
    assert not venue.found(text, 0, at - 1)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(PATTERNS),
    st.text(
        alphabet=st.sampled_from(list("aAbeEdDiInNtTlLkKsSmMoOpPrRuU- .,/\n") + ["é", "ſ", "K"])
    ),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_found_equals_the_case_blind_search_on_any_text(pattern, text, pos, endpos):
    expected = re.compile(pattern, re.IGNORECASE).search(text, pos, endpos) is not None
    assert CaseBlind(pattern).found(text, pos, endpos) is expected
