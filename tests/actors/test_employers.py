"""A name after "<role> at" is an employer and a name after "according to" a source, not a
place (#14, names where rules did not look; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors

from .test_actors import make


def typed(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make(text)).actors}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ada Velk, equity strategist at Dorvan Brenk, said the stock could rise.", "Dorvan Brenk"),
        (
            "Ada Velk, a portfolio manager at Quillon Asset Holdings, said so.",
            "Quillon Asset Holdings",
        ),
        ("Ada Velk, managing director at the Brenk Quillon brokerage, said so.", "Brenk Quillon"),
        ("Ada Velk, an analyst at Quillox, said the deal was fair.", "Quillox"),
        ("Sales doubled in a year, according to Quillon Brenk Research.", "Quillon Brenk Research"),
    ],
)
def test_an_employer_or_a_source_is_an_organisation(text, name):
    assert typed(text).get(name) == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The two friends met at Dorvan Brenk on a Sunday in June.", "Dorvan Brenk"),
        ("Talks went on, according to Sui-Ra Velk of the Quillon Times.", "Sui-Ra Velk"),
    ],
)
def test_without_a_role_or_with_an_affiliation_it_is_no_organisation(text, name):
    assert typed(text).get(name) != "organisation"
