"""Administrations and governments named after a leader are organs of the state the leader
heads: the leaders table first, the corpus's own titles next, else no `part_of`."""

from __future__ import annotations

from generator.actors.leaders import holder_name, office_state, state_led_by
from generator.models import Briefing
from generator.render.actor_pages import actor_pages
from generator.render.plan import site_paths

from .test_collective import corpus


def test_offices_that_head_a_state_name_the_state_and_others_none():
    assert office_state("UK prime minister") == ("United Kingdom", "prime minister")
    assert office_state("Russian president") == ("Russia", "president")
    assert office_state("US secretary of state") is None  # does not head the state
    assert office_state("UN secretary-general") is None  # not a state
    assert holder_name("Prime Minister Theresa May", "prime minister") == "Theresa May"
    assert state_led_by("Obama") == "United States"
    assert state_led_by("Rex Tillerson") is None


def test_table_leader_administration_is_part_of_the_state_on_both_pages():
    actors, _ = corpus("The United States protested.", "The Obama administration objected.")
    organ = actors["obama-administration"]
    assert (organ.type, organ.part_of) == ("organisation", "united-states")
    briefing = Briefing("t", None, (), tuple(actors.values()), (), (), ())
    paths = site_paths(briefing)
    state = actors["united-states"]
    organ_page = actor_pages(organ, briefing, paths, [])[paths.actors[organ.id]]
    state_page = actor_pages(state, briefing, paths, [])[paths.actors[state.id]]
    assert "**Part of:** [United States]" in organ_page
    assert "**Parts:** [Obama administration]" in state_page


def test_invented_leader_takes_the_state_the_corpus_titles_them_with():
    actors, _ = corpus(
        "Peruvian President Oren Vaskel spoke in Lima.",
        "Peru protested. The Vaskel administration objected.",
    )
    assert actors["vaskel-administration"].part_of == "peru"


def test_leader_with_no_evidence_or_two_states_has_no_part_of():
    alone, _ = corpus("Oren Vaskel spoke.", "Peru protested. The Vaskel administration objected.")
    assert alone["vaskel-administration"].part_of is None
    two, _ = corpus(
        "Peruvian President Oren Vaskel spoke.",
        "Chilean President Ana Vaskel spoke.",
        "Peru and Chile protested. The Vaskel administration objected.",
    )
    assert two["vaskel-administration"].part_of is None


def test_state_not_a_party_gives_no_part_of():
    actors, _ = corpus("Peru protested. The Obama administration objected.")
    assert actors["obama-administration"].part_of is None


def test_government_after_a_table_leaders_surname_is_that_states_government():
    actors, _ = corpus("Russia said the Putin government was firm.")
    government = actors["russian-government"]
    assert (government.part_of, government.aliases) == ("russia", ("Putin government",))
    possessive, _ = corpus("Russia objected, and Putin's cabinet agreed.")
    assert possessive["russian-government"].aliases == ("Putin's cabinet",)


def test_government_after_an_unknown_word_names_no_leader():
    actors, _ = corpus("Peru objected. The Okafor government fell; Okafor's cabinet left.")
    assert set(actors) == {"peru"}
