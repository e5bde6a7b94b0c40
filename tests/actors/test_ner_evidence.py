"""What an article says about a tagger name beyond one reading (invented texts; the
tagger's readings are given by hand, so the evidence is tested apart from the weights)."""

from __future__ import annotations

from dataclasses import replace

from generator.actors.context import Span
from generator.actors.ner_apply import article_lines
from generator.actors.ner_evidence import (
    gather,
    guessed_person_unread,
    product_or_group,
    rule_span_retyped,
    weak_person_retyped,
)
from generator.actors.ner_vetoes import speakers
from generator.models import ORGANISATION, PERSON


def evidence_of(texts: list[str], readings: dict[str, list[str]], spans=None):
    """The evidence of a headline-less article where the tagger read each name of
    `readings` with the classes given, once per class."""
    spans = spans or [[] for _ in texts]
    lines = article_lines("Notes", texts, [[], *spans])
    tagged = [[] for _ in lines]
    for name, classes in readings.items():
        for cls in classes:
            tagged[1].append((0, len(name), cls, 200.0))
    return gather(lines, tagged, speakers([line.tokens for line in lines]))


def person(text: str, cue: str = "default") -> Span:
    return Span(0, len(text), text, PERSON, text, cue=cue)


def test_a_weakly_typed_person_the_tagger_clearly_reads_as_a_team_is_retyped():
    evidence = evidence_of(["Korvel Rangers won again."], {"korvel rangers": ["ORG"]})
    retyped = weak_person_retyped(person("Korvel Rangers"), "ORG", 200.0, evidence)
    assert retyped is not None and retyped.label == ORGANISATION


def test_a_retype_needs_a_clear_margin_and_no_person_reading_elsewhere():
    evidence = evidence_of(["Korvel Rangers won."], {"korvel rangers": ["ORG", "PER"]})
    assert weak_person_retyped(person("Korvel Rangers"), "ORG", 200.0, evidence) is None
    clear = evidence_of(["Korvel Rangers won."], {"korvel rangers": ["ORG"]})
    assert weak_person_retyped(person("Korvel Rangers"), "ORG", 10.0, clear) is None


def test_a_person_found_by_a_stronger_cue_is_never_retyped():
    evidence = evidence_of(["Korvel Rangers won."], {"korvel rangers": ["ORG"]})
    assert weak_person_retyped(person("Korvel Rangers", "title"), "ORG", 200.0, evidence) is None


def test_a_name_whose_last_word_is_a_person_on_its_own_stays_a_person():
    texts = ["The chemist Idra Pellow at the institute.", "Later Pellow notes the results."]
    spans = [[person("Idra Pellow")], [Span(6, 12, "Pellow", PERSON, "Pellow", cue="known")]]
    evidence = evidence_of(texts, {"idra pellow": ["ORG"]}, spans)
    assert weak_person_retyped(person("Idra Pellow"), "ORG", 200.0, evidence) is None


def test_a_name_before_a_plural_verb_is_a_group_not_a_person():
    evidence = evidence_of(["Dunmore have signed a new keeper."], {})
    assert product_or_group("Dunmore", PERSON, evidence) == ORGANISATION
    listed = evidence_of(["Baylin and Dunmore have signed it."], {})
    assert product_or_group("Dunmore", PERSON, listed) == PERSON


def test_a_name_counted_like_a_thing_is_a_product():
    for text in (
        "Buyers want a redesigned compact Velotta from the maker.",
        "The 2021 Velotta goes on sale soon.",
        "The Vantor Note 7 Velotta for $640 is the pick.",
    ):
        assert product_or_group("Velotta", ORGANISATION, evidence_of([text], {})) is None, text


def test_a_name_before_a_noun_or_selling_a_thing_is_no_product():
    for text in (
        "A Velotta spokesman declined to comment.",
        "Phones sell at Velotta for $640 this week.",
        "The Velotta board met in 2021.",
    ):
        assert product_or_group("Velotta", ORGANISATION, evidence_of([text], {})) == ORGANISATION


def test_a_phrase_that_ends_before_the_name_does_not_count_it():
    text = "It is a complicated topic for Dunmore, and a hard one."
    assert product_or_group("Dunmore", ORGANISATION, evidence_of([text], {})) == ORGANISATION


def test_a_gazetteer_place_read_as_a_person_before_a_plural_verb_is_a_team():
    texts = ["Dole have paid the fee this morning.", "Dole hope to say more today."]
    place = Span(0, 4, "Dole", "place", "Dole", cue="lexicon")
    evidence = evidence_of(texts, {"dole": ["PER", "PER"]}, [[place], []])
    assert rule_span_retyped(place, "PER", 50.0, evidence).label == ORGANISATION
    quiet = evidence_of(["Dole paid the fee.", "Dole will say more."], {"dole": ["PER", "PER"]})
    assert rule_span_retyped(place, "PER", 50.0, quiet).label == PERSON


def guessed(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), name, PERSON, name, cue="default")


def test_a_guessed_person_of_everyday_words_the_tagger_reads_otherwise_is_dropped():
    text = "Tickets for Weight Loss went on sale; the loss was small."
    span = guessed(text, "Weight Loss")
    evidence = evidence_of([text], {})
    misc = [(span.start, span.end, "MISC", 40.0)]
    assert guessed_person_unread(span, misc, evidence)
    assert not guessed_person_unread(span, [(span.start, span.end, "PER", 40.0)], evidence)
    assert not guessed_person_unread(span, [], evidence)  # the tagger read nothing there


def test_a_guessed_person_of_unusual_words_or_found_by_a_cue_stays():
    text = "Later Vorn Draskel met the envoys in the port."
    span = guessed(text, "Vorn Draskel")
    misc = [(span.start, span.end, "MISC", 40.0)]
    assert not guessed_person_unread(span, misc, evidence_of([text], {}))
    everyday = "Tickets for Weight Loss went on sale; the loss was small."
    titled = replace(guessed(everyday, "Weight Loss"), cue="title")
    misc = [(titled.start, titled.end, "MISC", 40.0)]
    assert not guessed_person_unread(titled, misc, evidence_of([everyday], {}))


def test_a_guessed_person_sold_for_a_price_is_a_product_with_its_short_forms():
    texts = ["### Vantor Glide Mini for $399", "The Vantor Glide folds into a pocket."]
    evidence = evidence_of(texts, {})
    for name in ("Vantor Glide Mini", "Glide Mini", "Vantor Glide"):
        assert guessed_person_unread(guessed(texts[0] + " " + texts[1], name), [], evidence)
    alias = Span(4, 10, "Vantor", PERSON, "Vantor Glide Mini", cue="alias")
    assert guessed_person_unread(alias, [], evidence)
    assert not guessed_person_unread(person("Vantor Glide Mini", "title"), [], evidence)


def test_a_house_number_is_no_model_year():
    address = evidence_of(["He lived at a flat of 1909 Velm Drive, police said."], {})
    assert product_or_group("Velm Drive", ORGANISATION, address) == ORGANISATION
    model = evidence_of(["Buyers want the 2021 Velm Drive, dealers said."], {})
    assert product_or_group("Velm Drive", ORGANISATION, model) is None


def test_a_weakly_typed_person_with_a_digit_is_a_model():
    evidence = evidence_of(["The Korv4 Hybrid sold well."], {})
    assert guessed_person_unread(person("Korv4 Hybrid"), [], evidence)
    assert not guessed_person_unread(person("Korvan Hybrid", "title"), [], evidence)
