"""Collective actors: organs linked to their state, groups, delegations, named groups, blocs
and bare descriptions, one short invented text per rule."""

from __future__ import annotations

from generator.actors import extract_actors, resolve_actors
from generator.actors.cluster import Cluster
from generator.actors.records import _mention_names
from generator.models import Actor, Briefing, LocalActor, Mention
from generator.render.actor_pages import actor_pages
from generator.render.plan import site_paths

from .test_actors import make


def corpus(*texts: str):
    """The resolved actors of invented articles a1, a2, … by id, and the index."""
    articles = [make(t, aid=f"a{i}") for i, t in enumerate(texts, 1)]
    index = resolve_actors(articles, [extract_actors(a) for a in articles])
    return {a.id: a for a in index.actors}, index


def test_organ_of_a_state_is_an_organisation_part_of_that_state():
    actors, _ = corpus("Peru protested. The Peruvian air force then struck a depot.")
    organ = actors["peruvian-air-force"]
    assert (organ.type, organ.part_of) == ("organisation", "peru")
    assert actors["peru"].type == "state"


def test_possessive_and_synonym_heads_make_one_organ_named_by_the_demonym():
    actors, _ = corpus(
        "Chile's armed forces moved north, Chile said.",
        "The Chilean military denied it. Chile was silent.",
    )
    organ = actors["chilean-military"]
    assert organ.part_of == "chile"
    assert {"Chile's armed forces", "Chilean military"} <= {organ.name, *organ.aliases}


def test_regime_and_government_of_one_state_are_one_actor():
    actors, _ = corpus("The Bolivian regime fell silent.", "The Bolivian government spoke.")
    government = actors["bolivian-government"]
    assert "Bolivian regime" in government.aliases
    assert government.part_of is None  # Bolivia itself is never named as a party here


def test_seat_is_an_organ_not_the_state():
    actors, _ = corpus("The Pentagon disagreed, and the United States sent envoys.")
    assert actors["pentagon"].type == "organisation"
    assert actors["pentagon"].part_of == "united-states"
    assert "Pentagon" not in actors["united-states"].aliases


def test_a_body_named_without_its_state_is_an_organ_of_that_state():
    actors, _ = corpus("The State Department objected, and the United States sent envoys.")
    organ = actors["state-department"]
    assert (organ.type, organ.part_of) == ("organisation", "united-states")
    assert "State Department" not in actors["united-states"].aliases


def test_administration_named_after_a_person():
    actors, _ = corpus("President Lena Okafor spoke. The Okafor administration objected.")
    assert actors["okafor-administration"].type == "organisation"
    assert "lena-okafor" in actors


def test_bare_description_joins_the_group_named_in_the_article():
    actors, _ = corpus(
        "The Venezuelan opposition met on Monday. The opposition delegation walked out, "
        "and the rebels refused to sign."
    )
    group = actors["venezuelan-opposition"]
    assert group.type == "political-group"
    assert {"rebels"} <= set(group.aliases)
    delegation = actors["venezuelan-opposition-delegation"]
    assert delegation.part_of == "venezuelan-opposition"
    assert "opposition delegation" in delegation.aliases


def test_bare_description_resolves_across_the_corpus():
    actors, _ = corpus("The Venezuelan opposition met.", "Later the rebels refused to sign.")
    assert "rebels" in actors["venezuelan-opposition"].aliases
    assert len([a for a in actors.values() if a.type == "political-group"]) == 1


def test_ambiguous_or_unresolved_description_is_reported_not_guessed():
    actors, index = corpus(
        "The Venezuelan opposition met.", "The Bolivian opposition met.", "The opposition won."
    )
    assert not any(a.name == "opposition" for a in actors.values())
    assert any("a3" in p and "'opposition'" in p for p in index.problems)
    lone, index = corpus("The regime fell and the army left.")
    assert lone == {}
    assert any("'regime'" in p for p in index.problems)


def test_persons_state_delegation():
    actors, _ = corpus(
        "Peruvian President Lena Okafor arrived. Okafor’s negotiators left at noon. "
        "The Peruvian government stayed."
    )
    delegation = actors["peruvian-government-delegation"]
    assert delegation.part_of == "peruvian-government"
    assert "Okafor’s negotiators" in delegation.aliases
    assert delegation.type == "political-group"  # a side at the table, not an organ
    assert actors["peruvian-government"].type == "organisation"


def test_a_bare_government_delegation_is_a_political_group_of_the_government():
    actors, _ = corpus("The Peruvian government spoke. The government delegation walked out.")
    delegation = actors["peruvian-government-delegation"]
    assert (delegation.type, delegation.part_of) == ("political-group", "peruvian-government")


def test_named_groups_of_places_and_blocs():
    actors, _ = corpus(
        "Russia invited the Lima and Quito groups. The West objected; the West Bank was quiet."
    )
    assert actors["lima-group"].type == "political-group"
    assert actors["quito-group"].part_of is None
    assert "Lima" not in actors["lima-group"].aliases  # the city, not the group's name
    assert [m.text for m in actors["lima-group"].mentions] == ["Lima"]
    assert "Quito groups" in actors["quito-group"].aliases
    assert actors["the-west"].type == "intergovernmental-org"
    assert len(actors["the-west"].mentions) == 1


def test_a_collective_drops_only_the_mention_texts_it_says_are_no_names():
    renamed = LocalActor(
        "collective:peru/government", "Peruvian government", "organisation",
        collective="peru/government",
    )  # fmt: skip
    group = LocalActor(
        "collective:named/Lima group", "Lima group", "political-group",
        collective="named/Lima group", not_names=("Lima",),
    )  # fmt: skip
    cluster = Cluster(
        "organisation",
        [("a1", renamed), ("a2", group)],
        [
            Mention("a1", "p1", 0, 17, "Okafor government", renamed.key),
            Mention("a2", "p1", 0, 4, "Lima", group.key),
            Mention("a2", "p2", 0, 10, "Lima group", group.key),
        ],
    )
    # a text its resolution renamed away still names it; "Lima" there does not
    assert _mention_names(cluster) == {"Okafor government", "Lima group"}


def test_organ_merges_within_a_corpus_by_key_not_by_spelling_elsewhere():
    first, _ = corpus("The Peruvian air force flew.")
    second, _ = corpus("Peru's air force flew.")
    assert first["peruvian-air-force"].mentions[0].article == "a1"
    assert "peruvian-air-force" in second  # named by the demonym in each corpus on its own


def _actor(actor_id: str, kind: str, part_of: str | None = None) -> Actor:
    mention = Mention("a1", "p1", 0, 4, actor_id, actor_id)
    return Actor(actor_id, actor_id.title(), kind, (), None, (mention,), part_of=part_of)


def test_both_pages_show_part_of():
    state = _actor("peru", "state")
    organ = _actor("peruvian-navy", "organisation", part_of="peru")
    briefing = Briefing("t", None, (), (organ, state), (), (), ())
    paths = site_paths(briefing)
    organ_page = actor_pages(organ, briefing, paths, [])[paths.actors[organ.id]]
    state_page = actor_pages(state, briefing, paths, [])[paths.actors[state.id]]
    assert "**Part of:** [Peru]" in organ_page
    assert "**Parts:** [Peruvian-Navy]" in state_page


def test_persons_regime_is_their_states_government_when_the_corpus_says_which_state():
    actors, index = corpus(
        "Peruvian President Lena Okafor spoke. The Peruvian government agreed.",
        "The Okafor regime refused. Later the regime gave in.",
    )
    government = actors["peruvian-government"]
    assert {"Okafor regime", "regime"} <= set(government.aliases)
    assert "Okafor government" not in government.aliases  # never written
    assert index.problems == ()


def test_a_state_before_a_seat_names_that_seat_with_the_full_phrase_as_alias():
    actors, _ = corpus(
        "The U.S. State Department objected on Monday, and the United States sent envoys.",
        "The State Department said nothing more.",
    )
    organ = actors["state-department"]
    assert (organ.type, organ.part_of) == ("organisation", "united-states")
    assert "U.S. State Department" in organ.aliases
    assert "u-s-state-department" not in actors


def test_a_state_or_its_possessive_before_an_organ_head_is_that_organ():
    actors, _ = corpus(
        "Peru protested. The Peruvian Defence Ministry denied it.",
        "Peru's Defence Ministry said the Peruvian defence ministry had not been told.",
    )
    organ = actors["peruvian-defence-ministry"]
    assert (organ.type, organ.part_of) == ("organisation", "peru")
    assert "Peru's Defence Ministry" in organ.aliases


def test_a_name_that_only_contains_a_state_is_not_its_organ():
    actors, _ = corpus("Peru protested. The Free Peruvian Army said it would fight on.")
    assert actors["free-peruvian-army"].part_of is None
    assert actors["free-peruvian-army"].type != "organisation"


def test_government_forces_without_the_are_the_military_of_the_government_named():
    actors, _ = corpus(
        "Peru protested, and the Peruvian government denied it. The town fell to "
        "government forces on Sunday."
    )
    organ = actors["peruvian-military"]
    assert (organ.type, organ.part_of) == ("organisation", "peru")
    assert "government forces" in organ.aliases


def test_government_forces_with_no_one_government_named_are_no_actor():
    actors, index = corpus(
        "The town fell to government forces on Sunday, and Peru protested.",
        "The Bolivian government and the Chilean government met. The Chilean military "
        "watched as government forces moved in.",
    )
    assert not any("government forces" in a.aliases for a in actors.values())
    assert "government forces" not in {a.name for a in actors.values()}


def test_a_nation_inside_a_state_names_no_organ_of_that_state():
    actors, _ = corpus(
        "Britain protested. The Scottish Government said the British Government had "
        "not consulted it."
    )
    assert actors["british-government"].part_of == "united-kingdom"
    assert actors["scottish-government"].part_of is None
