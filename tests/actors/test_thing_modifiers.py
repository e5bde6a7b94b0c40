"""A name typed on weak evidence that the article only writes before a thing's noun ("the
Vornak dashboard") is no actor; one before a person's or a group's noun, one that stands
on its own somewhere, a well-known name, an unknown run of capitals and a person stay (#14, false actors; invented
names and texts)."""

from __future__ import annotations

import pytest

from generator.actors.context import Span
from generator.actors.texts import TITLE
from generator.actors.thing_modifiers import thing_modifiers
from generator.actors.thing_names import thing_names
from generator.models import ORGANISATION, PERSON


def _spans(text: str, name: str, label: str, cue: str) -> list[Span]:
    out, start = [], text.find(name)
    while start >= 0:
        out.append(Span(start, start + len(name), name, label, name, cue=cue))
        start = text.find(name, start + 1)
    return out


def found(
    texts: list[str], name: str, label: str = ORGANISATION, cue: str = "tagger", lang="en"
) -> set[str]:
    parts = [(f"p{n}", text, _spans(text, name, label, cue)) for n, text in enumerate(texts)]
    return thing_modifiers(parts, lang)


@pytest.mark.parametrize(
    "texts, name, cue",
    [
        (["The Vornak dashboard helped find a hang in the code."], "Vornak", "tagger"),
        (["She went to the Qirelle nightclub after midnight."], "Qirelle", "tagger"),
        (["We sold the Brask Zero model for $20."], "Brask Zero", "alias"),
    ],
)
def test_a_weak_name_only_before_a_things_noun_is_a_thing(texts, name, cue):
    assert found(texts, name, cue=cue) == {name.casefold()}


@pytest.mark.parametrize(
    "texts, name, label, cue",
    [
        # a person's or a group's noun: the name employs actors
        (["Other Vornak researchers bred the mice."], "Vornak", ORGANISATION, "tagger"),
        (["A Vornak spokesman declined to comment."], "Vornak", ORGANISATION, "tagger"),
        # one mention stands on its own
        (
            ["The Vornak dashboard is new.", "Vornak said it would help."],
            "Vornak",
            ORGANISATION,
            "tagger",
        ),
        # a verb, or a word that may be one, after the name
        (["Vornak arrests six men.", "Vornak fail again."], "Vornak", ORGANISATION, "tagger"),
        (["Then Vornak also came."], "Vornak", ORGANISATION, "tagger"),
        # typed on stronger evidence, or a person
        (["The Vornak dashboard is new."], "Vornak", ORGANISATION, "lexicon"),
        (["The Vornak dashboard is new."], "Vornak", ORGANISATION, "org-word"),
        (["It shows the ZQXR dashboard."], "ZQXR", ORGANISATION, "acronym"),
        (["The Vornak ratio is new."], "Vornak", PERSON, "alias"),
        # well known: a famous company is named by its products
        (["Her Twitter account was closed."], "Twitter", ORGANISATION, "tagger"),
    ],
)
def test_other_names_stay(texts, name, label, cue):
    assert found(texts, name, label, cue) == set()


def test_a_headline_use_is_a_names():
    parts = [
        (
            TITLE,
            "Vornak dashboard finds hang",
            [Span(0, 6, "Vornak", ORGANISATION, "Vornak", cue="tagger")],
        )
    ]
    assert thing_modifiers(parts, "en") == set()


def test_only_english():
    assert found(["Das Vornak dashboard ist neu."], "Vornak", lang="de") == set()


def test_thing_names_gathers_them():
    text = "She went to the Qirelle nightclub after midnight."
    ordered = [("p1", _spans(text, "Qirelle", ORGANISATION, "tagger"))]
    assert thing_names({"p1": text}, ordered, "en") == {"qirelle"}
