"""Photo credits and subscriber prompts inside the body are furniture; prose that merely
mentions a photo or subscribers stays (#13)."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.models import RawArticle

FIRST = (
    "The lighthouse on the northern cape was switched back on last night after a repair "
    "that took the keepers' trust almost a full year and most of its savings."
)
SECOND = (
    "Fishing crews said the light had been missed all winter, when two boats ran aground on "
    "the rocks below the cape in heavy fog."
)


def _removed(line: str) -> dict[str, str]:
    text = f"Lighthouse shines again\n\nBy Ruth Penn\n\n{FIRST}\n\n{line}\n\n{SECOND}"
    cleaned = clean(RawArticle(id="c", source="c.txt", text=text, format="text"))
    return {r.text: r.reason for r in cleaned.removed}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("The lamp room at sunset. Photo by Ivo Grant", "caption"),
        ("This content is reserved for subscribers.", "paywall"),
        ("The full story is available only to paying members.", "paywall"),
    ],
)
def test_furniture_line_is_removed_with_its_reason(line: str, reason: str) -> None:
    assert _removed(line).get(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Keepers said a photo by the lake had first shown the cracked lens in the old tower.",
        "The trust said the new tours would be free for members and cheaper for schools.",
    ],
)
def test_prose_mentioning_photos_or_members_stays(line: str) -> None:
    assert line not in _removed(line)
