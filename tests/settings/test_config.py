"""config: valid files load into frozen dataclasses; every problem names its key and line."""

import pytest

from generator.cli import problem_line
from generator.settings.config import (
    ActorCuration,
    ArticleCorrection,
    ConfigError,
    EventCuration,
    load_config,
    parse_config,
)

FULL = """\
title: "A briefing"
description: About things.
articles:
  001_abc:
    published: 2017-01-23
    authors: [Jane Roe, John Doe]
    publication: The Daily
actors:
  russia:
    aliases: [the Kremlin]
    type: state
  hafez-al-assad:
    name: Hafez al-Assad
    type: person
    split_from: bashar-al-assad
  some-noise:
    exclude: true
events:
  2017-01-23-talks-open:
    summary: Talks open
    kind: past
  junk-event:
    drop: true
"""


def test_full_config_loads():
    config = parse_config(FULL)
    assert config.title == "A briefing"
    assert config.description == "About things."
    assert config.articles == {
        "001_abc": ArticleCorrection(
            published="2017-01-23", authors=("Jane Roe", "John Doe"), publication="The Daily"
        )
    }
    assert config.actors == (
        ActorCuration(id="russia", aliases=("the Kremlin",), type="state"),
        ActorCuration(
            id="hafez-al-assad", name="Hafez al-Assad", type="person", split_from="bashar-al-assad"
        ),
        ActorCuration(id="some-noise", exclude=True),
    )
    assert config.events == (
        EventCuration(id="2017-01-23-talks-open", summary="Talks open", kind="past"),
        EventCuration(id="junk-event", drop=True),
    )


def test_empty_file_gives_defaults():
    config = parse_config("")
    assert config.title == "Briefing" and config.articles == {} and config.actors == ()


def problems_of(text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, filename="briefing.yml")
    return [problem_line(p).removeprefix("error: ") for p in caught.value.problems]


def test_unknown_top_level_key_names_key_and_line():
    assert problems_of("title: x\ntitel: y\n") == [
        "briefing.yml:2: titel: unknown key (expected one of: actors, articles, description, events, seeds, title)"
    ]


def test_unknown_nested_key_names_full_path():
    text = "articles:\n  a1:\n    publised: 2017-01-01\n"
    assert problems_of(text) == [
        "briefing.yml:3: articles.a1.publised: unknown key "
        "(expected one of: authors, publication, published, subtitle, title, url)"
    ]


def test_wrong_type_is_reported():
    assert problems_of("title: [a, b]\n") == ["briefing.yml:1: title: expected a string"]


def test_impossible_date_is_reported():
    text = "articles:\n  a1:\n    published: 2017-02-30\n"
    assert problems_of(text) == [
        "briefing.yml:3: articles.a1.published: expected a date YYYY-MM-DD, YYYY-MM or YYYY, got '2017-02-30'"
    ]


def test_unknown_actor_type_is_reported():
    text = "actors:\n  x:\n    type: tribe\n"
    assert problems_of(text) == [
        "briefing.yml:3: actors.x.type: expected one of person, state, intergovernmental-org, "
        "armed-group, political-group, organisation, media, got 'tribe'"
    ]


def test_every_problem_is_reported_not_just_the_first():
    text = "titel: x\nevents:\n  e1:\n    kind: maybe\n    drop: perhaps\n"
    assert len(problems_of(text)) == 3


def test_broken_yaml_names_the_line():
    [problem] = problems_of("title: x\narticles: [\n")
    assert problem.startswith("briefing.yml:3: not valid YAML")


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_config(tmp_path / "nope.yml")


def test_no_file_means_defaults():
    assert load_config(None).title == "Briefing"
