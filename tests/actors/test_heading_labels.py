"""A person guessed from capitals alone that the article writes only as a heading or a
line's label is no person: "Brenko Panels" alone on its line (#14, false actors; invented
names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors

from .test_actors import make


def names(text: str, title: str = "Talks resume") -> set[str]:
    return {a.name for a in extract_actors(make(text, title=title)).actors}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Brenko Panels\n\nThe panel now opens faster.", "Brenko Panels"),
        ("Quorvex Lumina – Making the viewer faster DONE", "Quorvex Lumina"),
        ("Quorvex Lumina: Original short fiction on the future of work.", "Quorvex Lumina"),
        ("Changes this week\nBrenko Panels\nThe panel now opens faster.", "Brenko Panels"),
    ],
)
def test_a_heading_is_no_person(text, name):
    assert name not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # named in a sentence too
        ("Quorvex Lumina\n\nThe agency hired Quorvex Lumina last spring.", "Quorvex Lumina"),
        # a given name: another cue
        ("Jane Brenko: I disagree with the plan.", "Jane Brenko"),
        # in a sentence only
        ("The agency hired Quorvex Lumina last spring.", "Quorvex Lumina"),
    ],
)
def test_a_name_in_a_sentence_or_with_a_cue_stays(text, name):
    assert name in names(text)


def test_a_headline_mention_is_a_name():
    assert "Quorvex Lumina" in names("Quorvex Lumina\n\nThe report is out.", title="Quorvex Lumina")
