"""Offices and head words as other languages write them cue persons and organisations
(lang/en/actor_titles.txt, actor_org_words.tsv), and a title outranks a name's particles
(cues.person_cue). Invented texts."""

from __future__ import annotations

from .test_actors import actors_of


def test_offices_in_other_languages_cue_a_person():
    names = actors_of("Na festa, o técnico Vardeco declarou que errou.", language="pt")
    assert names["Vardeco"][0] == "person"
    names = actors_of("Presiden Oktavianus menandaskan bahwa itu salah.", language="id")
    assert names["Oktavianus"][0] == "person"


def test_a_title_before_a_name_with_particles_keeps_it_in_another_language():
    text = "O troféu foi levado ao ex-presidente Luan Cerqueira Tavo da Rocha ontem."
    names = actors_of(text, language="pt")
    assert names["Luan Cerqueira Tavo da Rocha"][0] == "person"


def test_head_words_in_other_languages_make_an_organisation():
    text = "Eles foram ao Instituto Varelo mostrar a taça original ao público."
    assert actors_of(text, language="pt")["Instituto Varelo"][0] == "organisation"


def test_a_former_holder_s_title_cues_a_person():
    names = actors_of("The prize went to ex-president Odile Varenne de Castro on Monday.")
    assert names["Odile Varenne de Castro"][0] == "person"
