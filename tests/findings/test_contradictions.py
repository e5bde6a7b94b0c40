"""Contradictory claims of named actors, on small invented articles."""

import json
import re

import jsonschema

from generator.findings.claims import statements
from generator.findings.contradictions import contradictions
from generator.findings.divergences import divergences
from generator.models import Actor, Article, Briefing, Mention, Paragraph, Quote
from generator.render.divergences import divergences_data, divergences_page
from generator.render.plan import site_paths

from ..conftest import ROOT

NAMES = {"arcadia": "Arcadia", "borduria": "Borduria", "greens": "The Green Front"}


def article(aid: str, *texts: str) -> Article:
    return Article(
        id=aid,
        source=f"{aid}.txt",
        title=f"Title {aid}",
        subtitle=None,
        authors=(),
        publication=f"Paper {aid}",
        published="2030-04-02",
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=tuple(Paragraph(f"p{i}", t) for i, t in enumerate(texts, 1)),
    )


def briefing(*articles: Article, quotes: tuple[Quote, ...] = ()) -> Briefing:
    """The articles with every occurrence of a name in NAMES as a mention of its actor."""
    actors = []
    for actor_id, name in sorted(NAMES.items()):
        mentions = tuple(
            Mention(a.id, p.id, m.start(), m.end(), name, actor_id)
            for a in articles
            for p in a.paragraphs
            for m in re.finditer(re.escape(name), p.text)
        )
        actors.append(Actor(actor_id, name, "state", (), None, mentions))
    return Briefing("T", None, articles, tuple(actors), (), quotes, ())


def pairs(b: Briefing) -> list[tuple[str, str, str, str]]:
    return [
        (c.first.article, c.first.paragraph, c.second.article, c.second.paragraph)
        for c in contradictions(b)
    ]


SHELLED = "Arcadia said on Monday that Borduria's troops had shelled the border village of Kell."
DENIED = "Borduria denied that its troops had shelled the border village of Kell."


def test_a_denial_of_what_another_actor_said_is_found_and_cites_both_paragraphs():
    b = briefing(article("a1", "Talks resumed in Lakeside.", SHELLED), article("a2", DENIED))
    assert pairs(b) == [("a1", "p2", "a2", "p1")]
    (entry,) = [d for d in divergences(b) if d.kind == "claim"]
    assert [(c.article, c.paragraph, c.text, c.value) for c in entry.claims] == [
        ("a1", "p2", SHELLED, "Arcadia said"),
        ("a2", "p1", DENIED, "Borduria denied"),
    ]
    assert entry.actors == ("arcadia", "borduria")


def test_opposite_words_about_one_matter_are_a_contradiction():
    held = "Arcadia said the ceasefire in the valley held through the night."
    broken = "The Green Front said the ceasefire in the valley was violated through the night."
    assert pairs(briefing(article("a1", held), article("a2", broken))) == [("a1", "p1", "a2", "p1")]


def test_a_quotation_that_negates_a_reported_claim():
    quote = "The ceasefire in the valley is not holding"
    text = f"“{quote},” Borduria's envoy said."
    b = briefing(
        article("a1", "Arcadia said the ceasefire in the valley was holding."),
        article("a2", text),
        quotes=(Quote("borduria", f"{quote},", "a2", "p1", 0, len(quote) + 3),),
    )
    assert pairs(b) == [("a1", "p1", "a2", "p1")]
    (entry,) = [d for d in divergences(b) if d.kind == "claim"]
    assert entry.claims[1].value == "Borduria quoted" and entry.claims[1].text == f"“{quote},”"


def test_agreeing_claims_are_no_contradiction():
    held = "Arcadia said the ceasefire in the valley held through the night."
    also_held = "Borduria said the ceasefire in the valley held through the night."
    not_violated = "Borduria said the ceasefire in the valley was not violated through the night."
    assert pairs(briefing(article("a1", held), article("a2", also_held))) == []
    assert pairs(briefing(article("a1", held), article("a2", not_violated))) == []
    assert pairs(briefing(article("a1", SHELLED), article("a2", SHELLED))) == []


def test_unrelated_claims_are_no_contradiction():
    a1 = article("a1", SHELLED)
    a2 = article("a2", "Borduria denied that its ministers had sold the national airline.")
    assert pairs(briefing(a1, a2)) == []
    nearby = (
        "Borduria denied that its troops had crossed the border to buy fuel in village markets."
    )
    assert pairs(briefing(a1, article("a2", nearby))) == []  # shares words, not the claim


def test_two_actors_speaking_each_of_itself_do_not_contradict():
    a1 = article("a1", "Arcadia said it would attend the peace conference in Lakeside.")
    a2 = article("a2", "Borduria said it would not attend the peace conference in Lakeside.")
    assert pairs(briefing(a1, a2)) == []
    a3 = article("a3", "Arcadia said it would not attend the peace conference in Lakeside.")
    assert pairs(briefing(a1, a3)) == [("a1", "p1", "a3", "p1")]  # one actor, two accounts


def test_hedged_claims_and_claims_about_different_days_are_left_alone():
    held = "Arcadia said the ceasefire in the valley held on Monday night."
    may = "Borduria said the ceasefire in the valley may have been violated on Monday night."
    other_day = "Borduria said the ceasefire in the valley was violated on Tuesday night."
    assert pairs(briefing(article("a1", held), article("a2", may))) == []
    assert pairs(briefing(article("a1", held), article("a2", other_day))) == []


def test_a_name_after_a_preposition_or_in_a_relative_clause_is_no_speaker():
    b = briefing(
        article(
            "a1",
            "An armed group based in Arcadia announced the ceasefire in the valley had collapsed.",
            "The militia that Borduria denied even existed has shelled the village of Kell.",
        )
    )
    assert statements(b) == ()


def test_one_speaker_in_one_article_is_not_set_against_itself():
    b = briefing(
        article(
            "a1",
            "Arcadia said the ceasefire in the valley held through the night.",
            "Arcadia said the ceasefire in the valley was violated through the night.",
        )
    )
    assert pairs(b) == []


def test_the_page_and_the_export_show_a_claim_entry():
    b = briefing(article("a1", SHELLED), article("a2", DENIED))
    found = divergences(b)
    page = divergences_page(b, site_paths(b), found)
    assert "What Arcadia and Borduria say" in page
    assert "articles/a1.md#p1" in page and "articles/a2.md#p1" in page
    assert "resolved" in page and "Borduria denied" in page
    data = divergences_data(found)
    assert data[0]["kind"] == "claim" and data[0]["actors"] == ["arcadia", "borduria"]
    assert [c["actor"] for c in data[0]["claims"]] == ["arcadia", "borduria"]
    schema = json.loads((ROOT / "generator" / "schema" / "briefing.schema.json").read_text())
    jsonschema.validate(data, schema["properties"]["divergences"])


def test_contradictions_are_deterministic():
    b = briefing(article("a1", SHELLED), article("a2", DENIED), article("a3", SHELLED))
    assert contradictions(b) == contradictions(b)
    assert pairs(b) == [("a1", "p1", "a2", "p1"), ("a2", "p1", "a3", "p1")]


def test_a_verb_with_a_plain_object_reports_no_claim():
    violated = "Borduria said the peace plan for the valley was violated by the militias."
    a1 = article("a1", "Arcadia announced a peace plan for the valley and its militias.")
    a2 = article("a2", "Arcadia rejected the peace plan for the valley and its militias.")
    b = briefing(a1, a2, article("a3", violated))
    assert statements(b) == statements(briefing(article("a3", violated)))
    assert pairs(b) == []
