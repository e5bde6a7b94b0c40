"""The site's navigation and the about page's account of the key points."""

from mkdocs.utils import yaml_load

from generator.render import render
from generator.render.keypoints import ABOUT, ABOUT_LINES
from generator.website.mkdocs_config import PACKAGE_MKDOCS_YML


def _targets(nav) -> list[str]:
    """Every page the nav points at, sections included."""
    out = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        out.extend(_targets(value) if isinstance(value, list) else [value])
    return out


def test_every_top_level_page_and_section_index_is_in_the_nav(briefing):
    files = render(briefing)
    pages = {
        name
        for name in files
        if name.endswith(".md") and (name.count("/") == 0 or name.endswith("/index.md"))
    }
    with open(PACKAGE_MKDOCS_YML, "rb") as handle:
        nav = _targets(yaml_load(handle)["nav"])
    assert {"divergences.md", "changes.md"} <= pages
    assert sorted(set(nav)) == sorted(pages)
    assert len(nav) == len(set(nav))


def test_the_about_page_explains_key_points_in_two_short_lines(briefing):
    files = render(briefing)
    assert len(ABOUT_LINES) == 2 and all(len(line) <= 140 for line in ABOUT_LINES)
    assert ABOUT.count("\n") == 2 and "  \n" in ABOUT  # a line break between, not a paragraph
    assert ABOUT in files["about.md"]
