"""Names in a photo caption are mentions like any other, linked to the caption; the credit
(photographer, agency) is the photo's makers and names no actor (invented texts)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from generator import pipeline
from generator.actors import extract_actors
from generator.actors.texts import article_texts, reading_order
from generator.ingest import read_seeds
from generator.render import render
from generator.settings.config import load_config

from .test_actors import make

SCHEMA = Path(__file__).resolve().parents[2] / "generator" / "schema" / "briefing.schema.json"

BODY = "The talks in Quito went on for a second day. Envoys said little."


def found(caption: str, credit: str | None = None, body: str = BODY):
    return extract_actors(make(body, caption=caption, credit=credit))


def names(caption: str, credit: str | None = None, body: str = BODY) -> set[str]:
    return {a.name for a in found(caption, credit, body).actors}


def test_a_committee_named_only_in_the_caption_is_an_actor_mentioned_there():
    result = found("Members of the Lowland Negotiations Committee (LNC) arrive in Quito.")
    (committee,) = [a for a in result.actors if a.name == "Lowland Negotiations Committee"]
    spots = {(m.paragraph, m.text) for m in result.mentions if m.actor == committee.key}
    assert spots == {("caption", "Lowland Negotiations Committee"), ("caption", "LNC")}


def test_a_person_in_the_caption_and_the_body_is_one_actor():
    result = found("Hamid Orzala speaks to envoys.", body="Orzala said the talks would go on.")
    (person,) = [a for a in result.actors if a.type == "person"]
    assert person.name == "Hamid Orzala"
    assert {m.paragraph for m in result.mentions if m.actor == person.key} == {"caption", "p1"}


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Hamid Orzala speaks to envoys.", "Mara Holt / Reuters"),
        ("Hamid Orzala speaks to envoys. Photograph: Mara Holt/Reuters", None),
        ("Hamid Orzala speaks to envoys. EPA", None),
        ("Hamid Orzala speaks to envoys (Getty Images)", None),
    ],
)
def test_the_credit_names_no_actor(caption, credit):
    assert names(caption, credit) == {"Hamid Orzala"}


def test_a_caption_that_is_only_a_credit_names_no_actor():
    assert names("Getty Images") == set()
    assert names("Photo: Lin Bo / AP") == set()


def test_a_name_seen_only_in_the_caption_needs_the_usual_evidence():
    """One unknown capitalised word says little, in a caption as in a paragraph."""
    assert names("Delegates hold copies of Horizon, a report.") == set()


def test_texts_and_reading_order_put_the_caption_after_the_title():
    article = make("First.\n\nSecond.", caption="A caption.")
    assert [part for part, _ in article_texts(article)] == ["title", "caption", "p1", "p2"]
    assert sorted(["p2", "caption", "p1", "title"], key=reading_order) == [
        "title",
        "caption",
        "p1",
        "p2",
    ]
    assert [part for part, _ in article_texts(make("Only.", caption="  "))] == ["title", "p1"]


SEED = """Envoys gather in Quito

By Ana Ruiz

March 3, 2021

Members of the Lowland Negotiations Committee arrive at the hall in Quito. **Lin Bo / AP**

The talks in Quito went on for a second day on Tuesday, and envoys from Peru joined them.

Envoys said little about the talks as they left the hall late in the evening.
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    (folder / "a1.txt").write_text(SEED, "utf-8")
    raws, problems = read_seeds(folder)
    assert problems == []
    config = load_config(None)
    results = list(pipeline.analyse_all(raws, config, jobs=1))
    return render(pipeline.build_briefing(results, config), jobs=1)


def test_the_caption_links_its_actors_and_not_its_credit(pages):
    page = pages["articles/a1.md"]
    (line,) = [x for x in page.splitlines() if 'class="article-caption"' in x]
    assert line.startswith('<p id="caption" class="article-caption">Photo: Members of the ')
    assert 'href="../actors/lowland-negotiations-committee.html">Lowland' in line
    assert '<span class="credit">Lin Bo / AP</span>' in line
    assert "actors/lin-bo" not in page and not any("lin-bo" in name for name in pages)


def test_the_actor_page_links_the_caption_mention(pages):
    page = pages["actors/lowland-negotiations-committee.md"]
    assert "[caption](../articles/a1.md#caption): Members of the Lowland" in page


def test_the_export_with_caption_mentions_validates(pages):
    data = json.loads(pages["data/briefing.json"])
    jsonschema.validate(data, json.loads(SCHEMA.read_text("utf-8")))
    (committee,) = [a for a in data["actors"] if a["name"] == "Lowland Negotiations Committee"]
    assert {m["paragraph"] for m in committee["mentions"]} == {"caption"}
