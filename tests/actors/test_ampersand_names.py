"""Capitalised words joined by a spaced "&" are one organisation's name (#14, firms in
business briefs; invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors.recognise import recognise_document


def labels(texts: list[str], language: str | None = None) -> set[tuple[str, str]]:
    _, body = recognise_document("Briefs", texts, language in (None, "en"), language)
    return {(s.text, s.label) for spans in body for s in spans}


@pytest.mark.parametrize(
    "line, name",
    [
        ("Shares of Tallow & Brenick rose on Friday.", "Tallow & Brenick"),
        ("Analysts at Orvell Kastner & Co said the bid was low.", "Orvell Kastner & Co"),
        ("The prize went to Quenby & Sons last year.", "Quenby & Sons"),
        ("It won awards from Tallow & Brenick, CTIA and Orvell & Kastner.", "Orvell & Kastner"),
    ],
)
def test_a_spaced_ampersand_joins_one_organisation(line: str, name: str):
    assert (name, "organisation") in labels([line])


def test_a_line_that_is_only_the_pair_is_a_label():
    assert ("Installer & Updater", "organisation") not in labels(
        ["Installer & Updater", "It works."]
    )


def test_a_pair_of_two_full_names_is_two_names():
    found = labels(["Photos by Orrin Tamsel & Ada Velk were shown."])
    assert not any("&" in name for name, _ in found)


def test_a_pair_that_opens_a_longer_run_of_capitals_is_a_product():
    texts = ["Stores sell the Velk Tallow & Brenick Entry Sensor now.", "Tallow & Brenick works."]
    assert not any("&" in name for name, _ in labels(texts))


def test_a_side_the_article_writes_in_lower_case_is_no_firm():
    texts = ["Door & Brenick is on sale.", "Every door needs one."]
    assert ("Door & Brenick", "organisation") not in labels(texts)


def test_a_language_that_capitalises_nouns_keeps_its_pairs_apart():
    found = labels(["Die Zahlen & Fakten des Jahres sind gut."], "de")
    assert ("Zahlen & Fakten", "organisation") not in found
