"""The theme's compiled templates kept in the cache folder between builds (Jinja's bytecode
cache, generator/website/incremental.py `_gather`): not compiled again, the same site."""

from pathlib import Path

import jinja2
import pytest

from generator.website import incremental
from generator.website.publish import TEMPLATES
from generator.website.site import read_tree

from ..conftest import build_site, write_corpus

ARTICLES = {
    "dam.txt": (
        "Dam at Orrin to be raised\n\nPublished 4 March 2023\n\n"
        "The Orrin Water Board will raise the dam by two metres, its chair Lena Voss said.\n"
    ),
}


def _build(seeds: Path, out: Path, *extra: str) -> dict[str, bytes]:
    build_site(seeds, out, *extra)
    site = read_tree(out / "site")
    return {name: data for name, data in site.items() if name != incremental.RECORD_NAME}


@pytest.fixture
def compiled(monkeypatch):
    """The names of the templates Jinja compiled from their source."""
    names: list[str] = []
    real = jinja2.Environment.compile

    def compile_(self, source, name=None, filename=None, *args, **kwargs):
        names.append(name)
        return real(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", compile_)
    return names


def test_templates_compiled_once_are_read_back_and_the_site_is_the_same(tmp_path, compiled):
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    first = _build(seeds, tmp_path / "out")
    kept = tmp_path / "out" / ".briefing-cache" / TEMPLATES
    assert "main.html" in compiled and any(kept.iterdir())  # a miss: compiled, then kept
    (seeds / "more.txt").write_text(ARTICLES["dam.txt"].replace("two", "three"), "utf-8")
    compiled.clear()
    second = _build(seeds, tmp_path / "out")
    assert "main.html" not in compiled  # a hit: read back
    assert second == _build(seeds, tmp_path / "plain", "--no-cache")  # no cache: same site
    assert second != first


def test_a_damaged_kept_template_is_compiled_again(tmp_path, compiled):
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    first = _build(seeds, tmp_path / "out")
    for path in (tmp_path / "out" / ".briefing-cache" / TEMPLATES).iterdir():
        path.write_bytes(b"not bytecode")
    (seeds / "more.txt").write_text(ARTICLES["dam.txt"].replace("two", "three"), "utf-8")
    compiled.clear()
    second = _build(seeds, tmp_path / "out")
    assert "main.html" in compiled
    assert second == _build(seeds, tmp_path / "plain", "--no-cache") != first
