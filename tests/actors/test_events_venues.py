"""Competitions and venues named like organisations are no actors unless they act (#14,
false actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.events_venues import acts, dated_entry, events_and_venues, listed_venue

from .test_actors import actors_of


def _at(text: str, name: str) -> tuple[str, int, int]:
    at = text.index(name)
    return text, at, at + len(name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Varden League has postponed all games.", "Varden League"),
        ("The Varden League condemned the attack.", "Varden League"),
        ("The Varden League also said it would appeal.", "Varden League"),
        ('"We are sorry," said the Varden League.', "Varden League"),
    ],
)
def test_a_name_that_speaks_or_acts_acts(text, name):
    assert acts(*_at(text, name))


@pytest.mark.parametrize(
    "text, name",
    [
        ("He played 27 Varden League games.", "Varden League"),
        ("The Varden League season will finish late.", "Varden League"),
        ("They hope for a Varden League place.", "Varden League"),
    ],
)
def test_a_competition_as_a_modifier_does_not_act(text, name):
    assert not acts(*_at(text, name))


@pytest.mark.parametrize(
    "text, name",
    [
        ("June 26 -- Korrel Center, Allentown, PA", "Korrel Center"),
        ("Tour dates:\nKorrel Center – Salt Lake City, Utah", "Korrel Center"),
    ],
)
def test_an_entry_of_a_listing_is_a_listed_venue(text, name):
    assert listed_venue(*_at(text, name))


@pytest.mark.parametrize(
    "text, name",
    [
        ("A scientist at the Korrel Research Center in Greenbelt spoke.", "Korrel Research Center"),
        ("Korrel Center is a new hall.", "Korrel Center"),
    ],
)
def test_a_name_in_prose_is_no_listed_venue(text, name):
    assert not listed_venue(*_at(text, name))


def test_a_competition_is_dropped_unless_it_acts_and_a_known_name_stays():
    texts = {
        "a": "He played 27 Varden League games.",
        "b": "The Ossel League said on Monday that games would go on.",
        "c": "The Amber League met.",
    }
    spots = [
        (texts[k], n, *_at(texts[k], n)[1:])
        for k, n in (("a", "Varden League"), ("b", "Ossel League"), ("c", "Amber League"))
    ]
    assert events_and_venues(spots, {"amber league"}) == {"varden league"}


def test_a_venue_needs_every_mention_listed():
    listed = "June 26 -- Korrel Center, Allentown, PA"
    prose = "The Korrel Center opened its doors to students."
    spots = [(listed, "Korrel Center", *_at(listed, "Korrel Center")[1:])]
    assert events_and_venues(spots, set()) == {"korrel center"}
    spots.append((prose, "Korrel Center", *_at(prose, "Korrel Center")[1:]))
    assert events_and_venues(spots, set()) == set()


def test_a_tour_listing_names_no_venue_as_an_actor():
    text = (
        "The Harlow Brothers announced a summer tour on Monday.\n\n"
        "June 26 -- Korrel Center, Allentown, PA\n"
        "June 27 -- Vessen Bank Pavilion, Camden, NJ\n\n"
        "Tickets go on sale on Friday, the Varden Music Group said."
    )
    names = actors_of(text)
    assert "Korrel Center" not in names and "Vessen Bank Pavilion" not in names, names
    assert "Varden Music Group" in names, names


def test_a_league_named_as_a_competition_is_no_actor():
    text = (
        "Ada Velk played 27 Varden League games last season.\n\n"
        "The Varden League season will probably finish late, Ada Velk said."
    )
    names = actors_of(text)
    assert "Varden League" not in names and "Ada Velk" in names, names


@pytest.mark.parametrize(
    "text, name, event",
    [
        ("Orvane will exhibit at the DMEXQ 2018 in Cologne.", "DMEXQ", True),
        ("Visitors of the Varden Expo 2019 saw robots.", "Varden Expo", True),
        ("Prices rose (Orvane Bank 2019) in the south.", "Orvane Bank", False),  # a citation
        ("Orvane Bank 2019-2020 figures were poor.", "Orvane Bank", False),  # a range
        ("Varden 2019/20 season", "Varden", False),
    ],
)
def test_a_year_after_a_name_makes_an_edition(text, name, event):
    spots = [(text, name, *_at(text, name)[1:])]
    assert (events_and_venues(spots, set()) == {name.lower()}) is event


def test_a_dated_listing_names_no_venue_whatever_its_last_word():
    """Entries of a tour's dates, one a line or run together, are venues: the name may stop
    before more of the entry's words ("Live", "at ... Theater") or an aside in brackets."""
    text = (
        "The Harlow Brothers announced a summer tour on Monday.\n\n"
        "June 24 -- Quillon Lube Live, Bristow, VA June 26 -- Marrow Health at Dune Theater, "
        "Wantagh, NY\nJuly 19 -- Korrel Stage, Toronto, ON\n"
        "June 14 -- Vessen Bank Amphitheatre (Formerly Dorn Amphitheatre), Alpharetta, GA\n\n"
        "Tickets go on sale on Friday, the Varden Music Group said."
    )
    names = actors_of(text)
    assert set(names) == {"Harlow Brothers", "Varden Music Group"}, names


def test_a_person_named_by_a_given_name_is_no_dated_venue():
    assert "Ada Velk" in actors_of("June 26 -- Ada Velk, Harvard University, will speak.")


@pytest.mark.parametrize(
    "text, name, entry",
    [
        ("July 19 -- Korrel Stage, Toronto, ON", "Korrel Stage", True),
        ("ON Sept. 2 – Korrel Stage (Old Arena), Toronto", "Korrel Stage", True),
        ("It opened on June 26 -- Korrel Stage, which seats 900.", "Korrel Stage", False),
        ("In June -- Korrel Stage, Toronto", "Korrel Stage", False),  # no day
    ],
)
def test_a_dated_entry_needs_a_day_a_dash_and_a_place_after_a_comma(text, name, entry):
    assert dated_entry(*_at(text, name)) is entry
