"""Venues and instruments named by their head word are places or things, never persons
(#14, false actors; invented texts)."""

from __future__ import annotations

from .test_actors import actors_of


def test_a_venue_is_no_person():
    text = "The band plays the Corvell Sky Amphitheatre on May 3 and Lenna Beach Theater next."
    names = actors_of(text)
    assert not any(kind == "person" for kind, _ in names.values()), names


def test_a_telescope_is_no_person():
    names = actors_of("Images from the Marrow Deep Telescope show a faint ring, Ada Velk said.")
    assert names == {"Ada Velk": ("person", 1)}


def test_a_port_or_a_drive_is_a_place_not_a_person():
    text = "Trucks queued at the Tolvera Port of Entry and on Jolsen Drive, Ada Velk said."
    names = actors_of(text)
    assert names == {"Ada Velk": ("person", 1)}
