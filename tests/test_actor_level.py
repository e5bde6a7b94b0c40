"""The actor-level CoNLL measure's judging, on invented actors and lines."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from actor_level import GoldName, judge, line_of, mention_label, position  # noqa: E402

from generator.models import Actor, Article, Mention, Paragraph  # noqa: E402


def _actor(name: str, kind: str, *texts: str) -> Actor:
    mentions = tuple(Mention("a", "p1", 0, len(t), t, "x") for t in texts)
    return Actor("x", name, kind, (), None, mentions)


def _article(title: str, *paragraphs: str) -> Article:
    ps = tuple(Paragraph(f"p{i}", t) for i, t in enumerate(paragraphs, start=1))
    return Article("a", "a.txt", title, None, (), None, None, None, None, None, None, ps)


def test_an_actor_is_judged_by_most_of_its_mentions():
    assert judge("a", _actor("Ann Berg", "person", "Ann Berg", "Berg"), ["PER", "PER"]).verdict == (
        "right"
    )
    assert judge("a", _actor("Red Wing", "person", "Red Wing"), ["ORG"]).verdict == "wrong type"
    assert judge("a", _actor("Ice Cold", "person", "Ice Cold"), ["MISC"]).verdict == "false MISC"
    assert judge("a", _actor("Net", "organisation", "Net", "Net"), ["O", "O"]).verdict == "false O"


def test_a_state_named_only_by_its_demonym_is_false_but_one_named_too_is_right():
    only = _actor("Chile", "state", "Chilean", "Chilean")
    assert judge("a", only, ["MISC", "MISC"]).verdict == "false MISC"
    named = _actor("Chile", "state", "Chile", "Chilean", "Chilean")
    assert judge("a", named, ["LOC", "MISC", "MISC"]).verdict == "right"


def test_an_organ_named_by_a_demonym_is_shown_apart():
    organ = _actor("Chilean army", "organisation", "Chilean army")
    assert judge("a", organ, ["MISC"]).verdict == "organ"


def test_lower_case_descriptions_vote_only_when_nothing_else_does():
    actor = _actor("Opposition Front", "political-group", "Opposition Front", "the front")
    labels = [mention_label(0, 0, 16, "Opposition Front", [GoldName(0, 0, 16, "ORG", "x")])]
    labels.append(mention_label(0, 30, 39, "the front", []))
    assert labels == ["ORG", "description"]
    assert judge("a", actor, labels).verdict == "right"


def test_a_wrapped_paragraph_maps_back_to_its_lines():
    lines = ["HEADLINE", "Ann Berg met", "Bo Lind in Oslo.", "Next line."]
    article = _article("HEADLINE", "Ann Berg met Bo Lind in Oslo.", "Next line.", "Changed.")
    where = line_of(article, lines)
    assert where["title"] == ((0, 0),)
    assert position(where["p1"], 13) == (2, 0)  # "Bo Lind" starts the third line
    assert position(where["p2"], 0) == (3, 0)
    assert "p3" not in where
    assert mention_label(None, 0, 3, "Bo", []) == "unaligned"


def test_a_list_without_its_bullets_maps_back_to_its_lines():
    lines = ["HEADLINE", "- Ann Berg met Bo Lind.", "- Cy Moe left.", "- Di Ro won."]
    article = _article("HEADLINE", "Ann Berg met Bo Lind.\nCy Moe left.", "Di Ro won.")
    where = line_of(article, lines)
    assert position(where["p1"], 0) == (1, 2)  # "Ann" after the line's "- "
    assert position(where["p1"], 22) == (2, 2)  # "Cy" on the next line
    assert position(where["p2"], 3) == (3, 5)  # "Ro", in a one-item list
