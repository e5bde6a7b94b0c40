"""Which of the tagger's names the merge adds (invented texts; the tagger's ranges are
given by hand, so the merge rules are tested apart from the fitted weights)."""

from __future__ import annotations

import re

from generator.actors.context import Span
from generator.actors.ner_apply import _listed_with_other_class, _merge, article_lines
from generator.actors.ner_evidence import gather
from generator.actors.ner_features import document_cues
from generator.actors.ner_vetoes import calendar_event, named_thing, product_model, speakers
from generator.actors.tokens import tokenize
from generator.models import ORGANISATION


def added(title: str, texts: list[str], line_no: int, name: str, cls: str) -> bool:
    """Whether the merge adds `name` (tagged as `cls`) at its first place in line `line_no`
    (0 the headline), when the tagger read it in every line that holds it."""
    lines = article_lines(title, texts, [[] for _ in range(len(texts) + 1)])
    tagged = [
        [(m.start(), m.end(), cls, 5.0) for m in re.finditer(re.escape(name), line.text)]
        for line in lines
    ]
    evidence = gather(lines, tagged, speakers([line.tokens for line in lines]))
    spans = _merge(lines[line_no], tagged[line_no], 0.0, document_cues(lines), evidence)
    return any(s.text == name and s.cue == "tagger" for s in spans)


TITLE = "Quiet week"
LEAD = "Reporters gathered on the quay."


def test_a_one_word_person_in_prose_needs_a_verb_of_saying_somewhere():
    prose = [LEAD, "Ask Vemora for the time.", "Owners use Vemora at night."]
    assert not added(TITLE, prose, 2, "Vemora", "PER")
    quoted = [LEAD, "Ask Vemora for the time.", "Later Vemora said she was late."]
    assert added(TITLE, quoted, 2, "Vemora", "PER")


def test_a_one_word_person_needs_the_article_to_say_he_or_she_of_someone():
    texts = [LEAD, "Ask Vemora for the time.", "Vemora says it will ship the sedan in May."]
    assert not added(TITLE, texts, 2, "Vemora", "PER")
    told = [*texts, "Buyers liked what he showed them."]
    assert added(TITLE, told, 2, "Vemora", "PER")


def test_a_two_word_person_needs_no_verb_of_saying():
    texts = [LEAD, "Guests met Orla Venn at noon.", "Then Orla Venn left early."]
    assert added(TITLE, texts, 2, "Orla Venn", "PER")


def test_a_name_with_a_digit_is_a_model_not_an_actor():
    texts = [LEAD, "The KORV4 Sport sells well.", "Buyers like the KORV4 Sport a lot."]
    assert not added(TITLE, texts, 2, "KORV4 Sport", "ORG")
    assert product_model("KORV4") and not product_model("Korvan")


def test_a_weekday_or_holiday_in_a_name_is_an_occasion():
    texts = [LEAD, "Deals for Blue Friday start early.", "Blue Friday deals end soon."]
    assert not added(TITLE, texts, 2, "Blue Friday", "ORG")
    assert calendar_event("Cyber Monday") and calendar_event("Christmas Eve")
    assert not calendar_event("Fridman Group")


def test_a_number_in_prose_does_not_make_a_line_a_table():
    tail = " Kelvor left it in the spring of the year after the long war."
    prose = [LEAD, "Kelvor took the town on the river in 1812." + tail]
    assert not added(TITLE, prose, 2, "Kelvor", "ORG")
    listed = [LEAD, "1812 - Kelvor took the town on the river." + tail]
    assert added(TITLE, listed, 2, "Kelvor", "ORG")
    results = [LEAD, "Kelvor 45, Tamsin 12, Oberon 9"]
    assert added(TITLE, results, 2, "Kelvor", "ORG")


def test_a_quoted_one_word_name_need_not_stand_alone_twice():
    first = "The paper Vossblatt reported it, and its editor Tam said so in 1996."
    assert added(TITLE, [LEAD, first, "Vossblatt said the report was true."], 2, "Vossblatt", "ORG")
    unquoted = [LEAD, first, "Vossblatt printed the report again."]
    assert not added(TITLE, unquoted, 2, "Vossblatt", "ORG")


def test_a_subheading_in_capitals_is_no_name():
    texts = [LEAD, "GLEAMING TOWERS", "More text follows here."]
    assert not added(TITLE, texts, 2, "GLEAMING TOWERS", "ORG")


def test_speakers_are_the_capitalised_words_next_to_a_verb_of_saying():
    lines = [tokenize("Morn said it rained."), tokenize("\u201cNo,\u201d said Tesk.")]
    lines.append(tokenize("Use Vemora to talk."))
    assert speakers(lines) == frozenset({"morn", "tesk"})


def test_a_name_in_a_headline_must_be_used_below_it():
    title = "Harbour shop cuts Velbooks from $700, more"
    texts = ["Deals went up at the Harbour shop today.", "Velbook models sold out by noon."]
    assert not added(title, texts, 0, "Velbooks", "ORG")
    below = ["Buyers queued at Velbooks today.", "Later Velbooks sold out."]
    assert added(title, below, 0, "Velbooks", "ORG")


def test_a_name_ending_in_an_event_word_is_an_occasion_not_an_actor():
    texts = [LEAD, "Crowds came to the Velmar Light Festival.", "The Velmar Light Festival ends."]
    assert not added(TITLE, texts, 2, "Velmar Light Festival", "ORG")
    assert named_thing("Korvan Open") and not named_thing("Korvan Holdings")


def test_an_organisation_word_alone_after_the_full_name_is_no_new_actor():
    full = "Brenmore Police Department"
    later = "Later that week the Department met the families, and then the Department left town."
    texts = [LEAD, f"The {full} said so.", later]
    rule = Span(4, 4 + len(full), full, ORGANISATION, full)
    ranges = [(m.start(), m.end(), "ORG", 50.0) for m in re.finditer("Department", texts[2])]

    def merged(spans: list[list[Span]]) -> list[str]:
        lines = article_lines(TITLE, texts, spans)
        evidence = gather(lines, [[], [], [], ranges], frozenset())
        return [s.text for s in _merge(lines[3], ranges, 0.0, document_cues(lines), evidence)]

    assert "Department" not in merged([[], [], [rule], []])
    assert "Department" in merged([[], [], [], []])


def test_names_the_tagger_lists_together_with_two_classes_are_not_added():
    text = "Agents of Velder and Border Watch seized it, Korra and Brill said."
    line = article_lines(TITLE, [text], [[], []])[1]

    def at(name: str, cls: str) -> tuple[int, int, str, float]:
        return (text.index(name), text.index(name) + len(name), cls, 50.0)

    split = [at("Velder", "LOC"), at("Border Watch", "ORG"), at("Korra", "PER")]
    assert _listed_with_other_class(line, split, 0) and _listed_with_other_class(line, split, 1)
    same = [at("Velder", "ORG"), at("Border Watch", "ORG"), at("Korra", "PER"), at("Brill", "PER")]
    assert not any(_listed_with_other_class(line, same, k) for k in range(4))


def test_names_in_a_short_line_in_capitals_are_a_section_title_not_actors():
    texts = [LEAD, "The show opened on Friday.", "ORVANA ZX. STELLA CONCEPT", "Crowds came."]
    assert not added(TITLE, texts, 3, "ORVANA ZX", "ORG")
    table = [LEAD, "ORVANA 2 STELLA 1 , BARDO 0 KELMA 3 , TOLVA 1 MERAN 1 , ZEST 0 QUILL 2"]
    assert added(TITLE, table, 2, "ORVANA", "ORG")
