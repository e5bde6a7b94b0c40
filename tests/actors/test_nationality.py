"""A nationality is not a party: a state named only by bare nationality words is no actor,
one word that speaks for the state keeps it (#14, false actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors, resolve_actors
from generator.actors.nationality import speaks_for_state

from .test_actors import make


def briefing_states(*texts: str) -> dict[str, set[str]]:
    """State actors of a briefing of these one-paragraph articles → their mention texts."""
    articles = [make(t, title="Cup round up", aid=f"a{i}") for i, t in enumerate(texts)]
    index = resolve_actors(articles, [extract_actors(a) for a in articles])
    return {a.name: {m.text for m in a.mentions} for a in index.actors if a.type == "state"}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean striker Marco Velde scored twice for Dorvan City on Sunday.",
        "A group of Swiss scientists showed that the cells respond to light.",
        "The German automaker said sales rose, Ada Velk told reporters.",
        "American, Dutch and Swedish tourists were stranded for two days.",
        "Chilean striker Marco Velde and team officials left on Monday.",
    ],
)
def test_a_bare_nationality_makes_no_state_actor(text):
    assert briefing_states(text) == {}


@pytest.mark.parametrize(
    "text, state",
    [
        ("Russian-backed fighters took the hill on Friday.", "Russia"),
        ("The Swiss foreign minister, Ada Velk, flew to Vienna.", "Switzerland"),
        ("Marco Velde, the Palestinian chief negotiator, left the talks.", "Palestinian Territory"),
        ("Israeli troops closed the crossing on Monday.", "Israel"),
        ("Talks stalled as the Palestinians rejected the plan.", "Palestinian Territory"),
        ("Danish and other allied jets bombed the depot in May.", "Denmark"),
    ],
)
def test_a_nationality_that_speaks_for_its_state_keeps_the_state(text, state):
    assert state in briefing_states(text)


def test_a_state_acting_elsewhere_is_no_actor_where_it_is_only_a_nationality():
    """Each article lists the states that take part in it: the striker's is not one."""
    states = briefing_states(
        "Chilean striker Marco Velde scored twice.", "Chile signed the trade deal on Monday."
    )
    assert states == {"Chile": {"Chile"}}


def test_a_state_acting_keeps_its_nationality_mentions_in_that_article():
    states = briefing_states("Chilean striker Marco Velde scored. Chile signed the deal.")
    assert states == {"Chile": {"Chilean", "Chile"}}


def test_a_short_form_is_a_name_not_a_nationality():
    """ "Britain" and "U.S." are read as demonyms, but they name the state."""
    assert "United Kingdom" in briefing_states("The men asked for asylum, and Britain agreed.")
    assert "United States" in briefing_states("The U.S. agreed to cut the tariff by half.")


@pytest.mark.parametrize(
    "text",
    [
        "The figure is 0.4 percent of the total U.S. population, the survey found.",
        "The clip was made for a US audience and aired in May.",
        "The board set catch limits for U.S. and Canadian fishermen in 1924.",
    ],
)
def test_a_short_form_before_a_noun_is_a_nationality(text):
    """ "the U.S. population" says whose population, as "the American population" does:
    no state actor, unless the state is named as a party elsewhere."""
    assert briefing_states(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. official said the talks would resume on Monday.",
        "U.S. President Ada Velk flew to Vienna on Monday.",
        "The U.S. has sent two envoys to the talks.",
        "U.S. defense secretary Ada Velk said the talks would resume.",
    ],
)
def test_a_short_form_before_a_voice_a_name_or_a_verb_keeps_the_state(text):
    assert "United States" in briefing_states(text)


def test_venues_and_nationalities_together_make_no_party():
    """A state named only as a place and as a nationality, in any mix, takes no part."""
    text = "Chilean striker Marco Velde scored twice. The match was played in Chile in May."
    assert briefing_states(text) == {}


def test_what_follows_decides():
    text = "the Iraqi chief negotiator met Iraqi-Kurdish poets and Iraqi-backed groups"
    first, second, third = (i for i in range(len(text)) if text.startswith("Iraqi", i))
    assert speaks_for_state(text, first, first + 5)  # past "chief", an office
    assert not speaks_for_state(text, second, second + 5)  # a hyphen, then no deed
    assert speaks_for_state(text, third, third + 5)


def test_an_abbreviated_nationality_is_a_nationality_not_a_person():
    """ "S. Korean" as "S. Korea" is a state: not a person with an initial."""
    article = make("Results of S. Korean pro-baseball games on Sunday.", title="Results")
    index = resolve_actors([article], [extract_actors(article)])
    assert index.actors == ()
    assert "South Korea" in briefing_states("S. Korean officials said the talks would resume.")
