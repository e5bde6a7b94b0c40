"""Titles: the site's name cut off a page's <title>."""

from __future__ import annotations

import pytest

from generator.metadata.title import without_site_name


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Best tech gadgets of 2019 | ZDNet", "ZDNet", "Best tech gadgets of 2019"),
        ("Hiking kit - The Anti-June Cleaver", "The Anti-June Cleaver", "Hiking kit"),
        ("LinkNaija | Nigeria news today", "LinkNaija", "Nigeria news today"),
        ("Russia-Turkey talks - what next", "Reuters", "Russia-Turkey talks - what next"),
        ("ZDNet", "ZDNet", "ZDNet"),
    ],
)
def test_site_name_stuck_to_a_page_title_is_taken_off(title, site, expected):
    assert without_site_name(title, site) == expected
