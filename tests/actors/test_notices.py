"""A legal notice's owners and authorities are a page's fine print, no actors (#14, false
actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.credits import notice_ranges

from .test_actors import actors_of


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in notice_ranges(text)]


def test_a_notice_is_its_sentence_whole():
    text = (
        "Ada Velk said so. Quill and Quill Box are registered trademarks of Quillon Inc. "
        "Dorv is a trademark of Dorv, Inc. in the United States. Ada Velk left."
    )
    assert _sentences(text) == [
        "Quill and Quill Box are registered trademarks of Quillon Inc.",
        "Dorv is a trademark of Dorv, Inc. in the United States.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nike sued over the trademark. The judge agreed.",
        "The firm registered the name in May.",
    ],
)
def test_prose_about_a_trademark_is_no_notice(text):
    assert notice_ranges(text) == []


def test_names_in_a_notice_are_no_actors():
    text = (
        "Ada Velk of Quillon Inc. said sales rose.\n\n"
        "Quill Box is a registered trademark of Dorvex Corp.\n\n"
        "*These statements have not been evaluated by the Orvane Drug Administration"
    )
    assert set(actors_of(text)) == {"Ada Velk", "Quillon Inc."}
