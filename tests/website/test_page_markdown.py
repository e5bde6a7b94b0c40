"""Pages converted on one reused Markdown converter (generator/website/page_markdown.py):
the same site as MkDocs' own `Page.render`, which makes a converter per page."""

from pathlib import Path

import markdown
import pytest

from generator.website import page_markdown
from generator.website.site import read_tree, render_site

from ..conftest import build_docs, write_corpus
from .test_site_deferred import ARTICLES

EXTRA = {
    # a reference defined on one page must not resolve on the next one
    "extra/a.md": (
        "# Harbour\n\nSee [the pier][pier] and [B's notes](b.md#notes).\n\n"
        "[pier]: https://example.org/pier\n\n## Notes\n\n| col | n |\n|---|---|\n| x | 1 |\n"
    ),
    "extra/b.md": (
        "# Harbour\n\nAgain [the pier][pier], undefined here.\n\n## Notes\n\n"
        '<div markdown="1" id="raw-anchor">\n**inside** html\n</div>\n\n'
        "```\ncode [pier]\n```\n"
    ),
    "extra/c.md": "No heading at all; [back](a.md#notes).\n\n## Notes\n\n## Notes\n",
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    """A small briefing's docs folder with three hand-written pages added."""
    root = tmp_path_factory.mktemp("markdown")
    build_docs(write_corpus(root / "seeds", ARTICLES), root / "docs", "--no-cache")
    for name, text in EXTRA.items():
        (root / "docs" / name).parent.mkdir(exist_ok=True)
        (root / "docs" / name).write_text(text, encoding="utf-8")
    return root / "docs"


def _site(docs: Path, out: Path) -> dict[str, bytes]:
    render_site(docs, out, "Islands", None)
    return read_tree(out)


def test_one_converter_gives_the_site_of_a_converter_per_page(docs, tmp_path, monkeypatch):
    made = []
    real_init = markdown.Markdown.__init__

    def counted(self, *args, **kwargs):
        made.append(self)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(markdown.Markdown, "__init__", counted)
    reused = _site(docs, tmp_path / "reused")
    pages = sum(1 for name in reused if name.endswith(".html"))
    assert 0 < len(made) < pages // 2  # not one per page
    monkeypatch.setattr(page_markdown, "render", lambda page, c, f: page.render(c, f))
    made.clear()
    fresh = _site(docs, tmp_path / "fresh")
    assert len(made) >= len(EXTRA)
    assert reused == fresh
    page_b = reused["extra/b.html"].decode()
    assert "example.org/pier" not in page_b  # the reference stayed on its own page
    assert 'id="raw-anchor"' in page_b and "<strong>inside</strong>" in page_b


def test_a_new_configuration_gets_a_new_converter(docs, tmp_path):
    _site(docs, tmp_path / "one")
    first = page_markdown._kept[1]
    _site(docs, tmp_path / "two")
    assert page_markdown._kept[1] is not first
