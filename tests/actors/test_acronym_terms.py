"""Unknown runs of capitals used as a term are no organisation: a unit glued to its figure,
or a run named once as the modifier of a noun (#14, false actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors
from generator.actors.acronym_terms import term_acronyms
from generator.actors.context import Span

from .test_actors import make


def names(text: str, title: str = "Talks resume") -> set[str]:
    return {a.name for a in extract_actors(make(text, title=title)).actors}


@pytest.mark.parametrize(
    "text, term",
    [
        ("The tablet comes with 512QZ of storage and sells for $700, Ada Velk said.", "QZ"),
        ("Doctors feared a new KRV outbreak in the north, Ada Velk said on Monday.", "KRV"),
        ("The panel stays open during TVB composition, Ada Velk wrote on Monday.", "TVB"),
        ("The firm runs an open XLR exchange for buyers, Ada Velk said on Monday.", "XLR"),
    ],
)
def test_a_run_used_as_a_term_is_no_actor(text, term):
    assert term not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The KRV says the vote will go ahead, Ada Velk said on Monday.", "KRV"),
        ("Ada Velk said KRV's inquiry will end in May.", "KRV"),
        ("Ada Velk worked with the KRV inquiry team for a year.", "KRV"),
        ("Police said KRV arrests rose in May. KRV agents made the arrests.", "KRV"),
    ],
)
def test_a_run_that_acts_owns_is_introduced_or_recurs_stays(text, name):
    assert name in names(text)


def test_a_headline_use_is_a_name():
    """A headline drops its articles: "KRV raids homes" is the agency acting."""
    assert "KRV" in names("Ada Velk said the raids went on all night.", title="KRV raids homes")


def test_the_modifier_reading_is_english_only():
    """German sets the verb after its subject: "und KRV ermittelt" is the agency acting."""
    text = "Seit Montag ermittelt die Polizei, und KRV ermittelt auch."
    start = text.index("KRV")
    span = Span(start, start + 3, "KRV", "organisation", "KRV", cue="acronym")
    assert term_acronyms([("p1", text, [span])], "de") == set()
    assert term_acronyms([("p1", text, [span])], "en") == {"krv"}


@pytest.mark.parametrize(
    "text, word",
    [
        ("Quorvex viewer – Making the viewer work with the new engine DONE.", "DONE"),
        ("Ada Velk wrote the first part of the guide. Take it away, MR...", "MR"),
    ],
)
def test_an_everyday_word_in_capitals_is_no_actor(text, word):
    assert word not in names(text)


@pytest.mark.parametrize(
    "text, language, term",
    [
        ("CARE said it would send food to the camps.", "en", False),  # it acts: a charity
        ("Take the road with CARE and go slowly.", "en", True),
        ("Fahr mit CARE und langsam.", "de", False),  # another language: read as a name
    ],
)
def test_an_everyday_word_is_a_term_unless_it_acts(text, language, term):
    start = text.index("CARE")
    span = Span(start, start + 4, "CARE", "organisation", "CARE", cue="acronym")
    assert ("care" in term_acronyms([("p1", text, [span])], language)) is term
