"""A one-word name the article shows to be a company is an organisation: a business noun
before it, a company's office or word after it, "X-owned" (#14, one-word company names;
invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors

from .test_actors import make


def typed(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make(text)).actors}


@pytest.mark.parametrize(
    "text, names",
    [
        ("Quillox CEO Ada Velk said sales rose. Later Quillox hired staff.", ["Quillox"]),
        (
            "Ada Velk, a Brenkor founder, was there. Brenkor founder and CEO Ada Velk spoke.",
            ["Brenkor"],
        ),
        ("The beauty company Zorvat bought a stake in the label on Monday.", ["Zorvat"]),
        (
            "Shoppers moved to rivals such as Quillox, Brenkor and Zorvat last year.",
            ["Quillox", "Brenkor", "Zorvat"],
        ),
        ("Prices fell at Quillox-owned stores, and a deal with Quillox followed.", ["Quillox"]),
        ("Zorvat shares fell on Tuesday after the report.", ["Zorvat"]),
        ("Staff left Zorvat's headquarters early on Friday.", ["Zorvat"]),
        ("He brokered the buyout of Quillagram and the deal to buy Orvex VR.", ["Quillagram"]),
        ("The cuts included layoffs at Meetrup, which it had bought.", ["Meetrup"]),
        ("He closed the deal to buy Orvex VR in 2014.", ["Orvex VR"]),
    ],
)
def test_a_company_cue_types_the_name(text, names):
    found = typed(text)
    for name in names:
        assert found.get(name) == "organisation", found


def test_every_mention_follows_the_cue():
    """One cue types the name's other mentions, which the rules read as a place."""
    text = "Quillox CEO Ada Velk spoke. Buyers went to Quillox on Monday."
    actors = extract_actors(make(text))
    quillox = next(a for a in actors.actors if a.name == "Quillox")
    assert sum(m.actor == quillox.key for m in actors.mentions) == 2


@pytest.mark.parametrize(
    "text, name",
    [
        # a name the gazetteer knows keeps its reading
        ("The firm Paris said nothing, and rivals such as Germany waited.", "Paris"),
        # a person after a business noun, with a given name, is a person
        ("The investor Jane Quillox said the price was fair.", "Jane Quillox"),
        # a surname of a person of the article is no company
        ("Ada Quillox spoke on Monday. Quillox shares fell later.", "Quillox"),
        # no cue: a word after "at" stays no actor
        ("The two friends met at Zorvat on a Sunday in June.", "Zorvat"),
        # a deal's words before a place the gazetteer knows
        ("The takeover of Paris by the rebels failed.", "Paris"),
    ],
)
def test_no_company_without_the_evidence(text, name):
    assert typed(text).get(name) != "organisation"
