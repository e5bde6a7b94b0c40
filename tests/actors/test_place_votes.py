"""A name the tagger reads as a place in most of its mentions is a place, though some
mentions read an organisation (#14, false actors; invented names)."""

from __future__ import annotations

from generator.actors.context import Span
from generator.actors.place_votes import place_votes
from generator.models import ORGANISATION, PERSON


def _span(name: str, label: str, cue: str = "tagger") -> Span:
    return Span(0, len(name), name, label, name, cue=cue)


def test_a_name_mostly_read_as_a_place_is_a_place():
    spans = [_span("Vorthane", "place")] * 3 + [_span("Vorthane", "place", "locative")]
    spans += [_span("Vorthane", ORGANISATION)] * 2
    assert place_votes(spans, "en") == {"vorthane"}


def test_a_name_as_often_an_actor_stays():
    spans = [_span("Vorthane", "place"), _span("Vorthane", PERSON)]
    assert place_votes(spans, "en") == set()


def test_a_name_with_other_evidence_stays():
    spans = [_span("Vorthane", "place")] * 3 + [_span("Vorthane", ORGANISATION)]
    spans.append(_span("Vorthane", ORGANISATION, "company"))  # "shares of Vorthane"
    assert place_votes(spans, "en") == set()


def test_a_place_from_a_list_is_no_vote():
    spans = [_span("Vorthane", "place", "lexicon")] * 3 + [_span("Vorthane", ORGANISATION)]
    assert place_votes(spans, "en") == set()


def test_a_well_known_name_stays():
    # "Amazon": the tagger reads the river, the article means the company
    spans = [_span("Amazon", "place")] * 5 + [_span("Amazon", ORGANISATION)]
    assert place_votes(spans, "en") == set()


def test_only_english():
    spans = [_span("Vorthane", "place")] * 3 + [_span("Vorthane", ORGANISATION)]
    assert place_votes(spans, "de") == set()


def test_thing_names_gathers_them():
    from generator.actors.thing_names import thing_names

    text = "Vorthane rose. In Vorthane it rained. They left Vorthane."
    starts = [0, 18, 45]
    labels = [ORGANISATION, "place", "place"]
    spans = [
        Span(s, s + 8, "Vorthane", label, "Vorthane", cue="tagger")
        for s, label in zip(starts, labels, strict=True)
    ]
    assert "vorthane" in thing_names({"p1": text}, [("p1", spans)], "en")
