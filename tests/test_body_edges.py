"""The balanced run's extra paragraphs by kind, and the edge score's check (bench/body_edges.py),
on small invented inputs."""

import sys
from pathlib import Path

import numpy as np
from lxml.html import fromstring

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from body_edges import (  # noqa: E402
    FEATURES,
    Extra,
    container,
    edge_check,
    element_index,
    fit,
    inside,
    kinds_table,
    link_share,
)


def _features(prose: float) -> tuple[float, ...]:
    values = [0.0] * len(FEATURES)
    values[0], values[FEATURES.index("prose")] = 1.0, prose
    return tuple(values)


def _extra(part: str, worth: float, prose: float, where: str = "after") -> Extra:
    return Extra(part, where, False, worth, _features(prose))


def test_link_share_counts_the_characters_under_the_page_link_texts_once():
    text = "Read the harbour report and the harbour report summary"
    assert link_share(text, ["harbour report"]) == 2 * len("harbour report") / len(text)
    assert link_share(text, ["harbour report summary", "harbour report"]) == (
        (len("harbour report summary") + len("harbour report")) / len(text)
    )
    assert link_share(text, []) == 0.0
    assert link_share("", ["harbour"]) == 0.0


def test_the_score_learns_the_evidence_that_separates_what_is_worth_taking():
    extras = [_extra("read", 0.02, 1.0), _extra("read", 0.03, 1.0)]
    extras += [_extra("read", -0.02, 0.0), _extra("read", -0.01, 0.0)]
    beta = fit(extras)
    assert beta[FEATURES.index("prose")] > 0
    assert np.dot(beta, _features(1.0)) > 0 > np.dot(beta, _features(0.0))


def test_the_check_reports_what_the_read_fit_brings_on_each_part():
    read = [_extra("read", 0.02, 1.0), _extra("read", -0.02, 0.0)]
    unread = [_extra("unread", -0.04, 1.0), _extra("unread", 0.01, 0.0)]
    lines = edge_check({"pages": (read + unread, {"read": 2, "unread": 4})})
    assert "- pages read: takes 1 of 2, F1 +0.0100 per page" in lines
    assert "- pages unread: takes 1 of 2, F1 -0.0100 per page" in lines


def test_the_kinds_table_sums_gains_and_losses_per_page_of_the_part():
    extras = [
        _extra("read", 0.02, 1.0),
        _extra("read", -0.04, 0.0),
        Extra("read", "inner", True, 0.01, _features(1.0)),
    ]
    lines = kinds_table("pages", extras, {"read": 2})
    assert "| read | after | left out | 2 | +0.0100 | -0.0200 |" in lines
    assert "| read | inner | taken | 1 | +0.0050 | +0.0000 |" in lines


def test_the_container_is_the_deepest_element_holding_most_shared_paragraphs():
    tree = fromstring(
        "<html><body><h1>Harbour news</h1><div id='main'><article>"
        "<p>First line of the story</p><p>Second line of the story</p>"
        "<p>Third line of the story</p><h2>Tides</h2></article></div>"
        "<aside><p>Other stories today</p></aside></body></html>"
    )
    index = element_index(tree)
    assert index["tides"].tag == "h2"
    shared = [index[f"{n} line of the story"] for n in ("first", "second", "third")]
    box = container([*shared, index["harbour news"]])  # one stray paragraph: 3 of 4
    assert box is not None and box.tag == "article"
    assert inside(index["tides"], box)
    assert not inside(index["other stories today"], box)
    assert not inside(None, box)
    # a container that is the whole page says nothing
    page = container([index["harbour news"], index["other stories today"]])
    assert page is not None and page.tag == "body" and not inside(index["tides"], page)
