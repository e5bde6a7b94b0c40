"""The theme's compiled templates kept in the cache folder between builds (sealed files,
generator/website/template_cache.py): not compiled again, the same site; read back only
when sealed by this generator, never a file someone else wrote (Jinja's own cache unpickles
and unmarshals whatever it finds there)."""

import pickle
from pathlib import Path

import jinja2
import pytest
from jinja2 import DictLoader, Environment
from jinja2.bccache import bc_magic

from generator.website import incremental
from generator.website.publish import TEMPLATES
from generator.website.site import read_tree
from generator.website.template_cache import SUFFIX, SealedTemplates

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


PAGE_TEMPLATES = {"page.html": "<h1>{{ title }}</h1>"}
PLANTED: list[str] = []


class _Planted:
    def __reduce__(self):
        return (PLANTED.append, ("ran",))


def _render(folder: Path) -> tuple[str, SealedTemplates]:
    cache = SealedTemplates(folder)
    env = Environment(loader=DictLoader(PAGE_TEMPLATES), bytecode_cache=cache, autoescape=True)
    return env.get_template("page.html").render(title="Tromsø & Bodø"), cache


def test_compiled_templates_are_kept_sealed_and_read_back(tmp_path, monkeypatch):
    assert _render(tmp_path)[0] == "<h1>Tromsø &amp; Bodø</h1>"
    [kept] = tmp_path.glob(f"*{SUFFIX}")
    assert kept.read_bytes().startswith(b"briefing template ")
    compiled = []
    monkeypatch.setattr(Environment, "compile", lambda *a, **k: compiled.append(a))
    assert _render(tmp_path)[0] == "<h1>Tromsø &amp; Bodø</h1>" and compiled == []


def test_a_damaged_cut_or_foreign_file_is_compiled_again_never_loaded(tmp_path):
    _render(tmp_path)
    [kept] = tmp_path.glob(f"*{SUFFIX}")
    whole = kept.read_bytes()
    foreign = bc_magic + pickle.dumps(_Planted(), 2)  # what Jinja's own cache would load
    for data in (whole[:-1] + bytes([whole[-1] ^ 1]), whole[: len(whole) // 2], foreign):
        kept.write_bytes(data)
        assert _render(tmp_path)[0] == "<h1>Tromsø &amp; Bodø</h1>"
    assert PLANTED == []
