"""The statistical name tagger over the rules' output (invented names and texts)."""

from __future__ import annotations

import json

from generator.actors.ner_apply import article_lines
from generator.actors.ner_features import Line, document_cues, line_features
from generator.actors.ner_tagger import TAGS, WEIGHTS_FILE, decode
from generator.actors.recognise import recognise_document, rules_document
from generator.actors.tokens import tokenize


def found(title: str, texts: list[str]) -> tuple[set, set]:
    """(text, label) pairs with the tagger, and those of the rules alone."""
    head, body = recognise_document(title, texts)
    rule_head, rule_body = rules_document(title, texts)
    both = {(s.text, s.label) for spans in [head, *body] for s in spans}
    rules = {(s.text, s.label) for spans in [rule_head, *rule_body] for s in spans}
    return both, rules


RESULTS = [
    "ZORVAN 1996-08-30",
    "Results from the Zorvan Open on Friday:",
    "Quorvan Mellis (Freedonia) beat Tavik Osterlund (Sylvania) 6-3 6-2",
    "Brelk Amadou (Sylvania) beat Imre Vasquell 7-5 6-4",
]


def test_a_country_in_a_results_line_is_found_where_the_rules_found_nothing():
    both, rules = found("TENNIS - RESULTS AT THE ZORVAN OPEN", RESULTS)
    assert ("Freedonia", "place") in both
    assert not any(text == "Freedonia" for text, _ in rules)
    assert rules <= both  # the rules' names stay as they were


def test_a_title_case_headline_gains_no_name_the_article_does_not_use():
    head, _ = recognise_document(
        "Peace Talks Stumble Out of the Gate",
        ["The talks in Astana went badly on Monday, delegates said."],
    )
    assert [s for s in head if s.cue == "tagger"] == []


def test_a_small_town_read_as_a_person_twice_becomes_a_person_and_once_stays_a_place():
    texts = [
        "Back then Dole said the economy was strong.",  # a title would decide it alone
        "Later Dole told reporters he would win.",
    ]
    both, _ = found("Senate race", texts)
    assert ("Dole", "person") in both and ("Dole", "place") not in both
    once, _ = found("Senate race", texts[:1])
    assert ("Dole", "place") in once and ("Dole", "person") not in once


def test_a_list_of_places_gains_a_place_not_a_person_and_only_when_said_twice():
    line = "Fighting around Idlib, Zarqa and Qarvosh went on."
    twice, _ = found("Aid", [line, line.replace("Fighting", "Shelling")])
    assert ("Qarvosh", "person") not in twice
    assert ("Qarvosh", "place") in twice
    once, _ = found("Aid", [line])  # in prose, said once: as often a product or a menu word
    assert not any(text == "Qarvosh" for text, _ in once)


def test_brands_and_common_acronyms_stay_out():
    both, _ = found("New phones", ["The Apple AirPods Pro cost more this year."])
    assert not any("AirPods" in text for text, _ in both)


def _line(text: str) -> Line:
    return article_lines("Headline words here", [text], [[], []])[1]


def test_features_never_spell_a_capitalised_word():
    line = _line("Quorvan Mellis beat Tavik Osterlund in Zorvan on Friday.")
    features = line_features(line, document_cues([line]))
    spelled = [f for fs in features for f in fs if any(w in f for w in ("quorvan", "mellis"))]
    assert spelled == []
    assert "next=beat" in features[1]  # lower-case context words are cues
    assert features[2] == []  # a lower-case word is never scored


def test_decoding_gives_well_formed_tags_whatever_the_scores():
    line = _line("the Bank of Freedonia and mr Quorvan said")

    def prefers_inside(features: list[str]) -> dict[str, float]:
        return {tag: (2.0 if tag == "I-ORG" else 1.0 if tag == "B-PER" else 0.0) for tag in TAGS}

    tags = decode(line, [[] for _ in line.tokens], prefers_inside)
    words = [t.text for t in line.tokens]
    assert dict(zip(words, tags, strict=True)) == {
        "the": "O",  # lower-case words start no name
        "Bank": "B-PER",  # nothing to continue: the best tag that may start a name
        "of": "O",  # "I-ORG" cannot follow "B-PER"
        "Freedonia": "B-PER",
        "and": "O",
        "mr": "O",
        "Quorvan": "B-PER",
        "said": "O",
    }


def test_the_shipped_weights_match_the_features_the_code_makes():
    body = json.loads(WEIGHTS_FILE.read_text("utf-8"))
    assert isinstance(body["threshold"], float | int)
    assert {t for row in body["weights"].values() for t in row} <= set(TAGS)
    line = _line("Quorvan Mellis (Freedonia), of the Bank of Zorvan, beat Tavik 6-3 in May.")
    made = {f.split("=")[0] for fs in line_features(line, document_cues([line])) for f in fs}
    shipped = {f.split("=")[0] for f in body["weights"] if not f.startswith("tag-")}
    assert shipped <= made | {"city-size", "doc-lower", "doc-mid-cap", "first", "digit", "inner"}
    assert {"gaz", "rule", "shape", "prev", "next", "line", "suffix"} <= shipped


def test_tokens_of_a_line_are_the_recogniser_tokens():
    text = "Quorvan Mellis (Freedonia) beat Tavik 6-3"
    assert _line(text).tokens == tokenize(text)
