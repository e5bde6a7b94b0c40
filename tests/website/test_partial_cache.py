"""Material's page-independent partials rendered once per folder (generator/website/
partial_cache.py): the same site as rendering them for every page."""

from pathlib import Path
from types import SimpleNamespace

import jinja2

from generator.website import incremental, partial_cache
from generator.website.site import read_tree

from ..conftest import build_site, write_corpus
from .test_site_deferred import ARTICLES


def _site(seeds: Path, out: Path) -> dict[str, bytes]:
    build_site(seeds, out, "--no-cache")
    site = read_tree(out / "site")
    return {name: data for name, data in site.items() if name != incremental.RECORD_NAME}


def test_partials_rendered_once_per_folder_give_the_same_site(tmp_path, monkeypatch):
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    rendered: list[str] = []
    real_cached = partial_cache.cached

    def counted(render, nav_items, kept):
        def counting(context):
            rendered.append(f"{context.name}:{render.__name__}")
            yield from render(context)

        return real_cached(counting, nav_items, kept)

    monkeypatch.setattr(partial_cache, "cached", counted)
    kept = _site(seeds, tmp_path / "kept")
    pages = sum(1 for name in kept if name.endswith(".html"))
    navs = rendered.count("partials/nav.html:root")
    assert 0 < navs < pages - 4  # rendered for the few pages in the navigation, and once per folder
    assert sum(1 for name in rendered if name.endswith(":block_config")) == navs
    monkeypatch.setattr(partial_cache, "install", lambda env, nav: [])
    assert kept == _site(seeds, tmp_path / "each")


def _nav(*items):
    return SimpleNamespace(items=list(items))


def _item(active=False, children=()):
    return SimpleNamespace(active=active, children=list(children))


def _context(page, base_url="..") -> dict:
    return {"page": page, "base_url": base_url}


def test_a_page_outside_the_navigation_is_keyed_by_its_folder():
    items = partial_cache._nav_items(_nav(_item(), _item(children=[_item()])).items)
    page = SimpleNamespace(url="actors/lena-voss.html", parent=None)
    assert len(items) == 3
    assert partial_cache.page_key(_context(page), items) == ("actors", "..")
    index = SimpleNamespace(url="index.html", parent=None)
    assert partial_cache.page_key(_context(index, "."), items) == ("", ".")


def test_pages_in_the_navigation_or_with_an_active_entry_are_not_keyed():
    inside = SimpleNamespace(url="timeline.html", parent=None)
    items = [_item(), inside]
    assert partial_cache.page_key(_context(inside), items) is None
    page = SimpleNamespace(url="actors/a.html", parent=None)
    assert partial_cache.page_key(_context(page), [_item(active=True)]) is None
    child = SimpleNamespace(url="actors/a.html", parent=_item())
    assert partial_cache.page_key(_context(child), [_item()]) is None
    assert partial_cache.page_key({"page": None}, []) is None


def test_folder_of_follows_mkdocs_relative_urls():
    assert partial_cache.folder_of("actors/a.html") == "actors"
    assert partial_cache.folder_of("index.html") == ""
    assert partial_cache.folder_of("actors/a/") == "actors/a/"


def test_a_theme_override_of_a_partial_is_rendered_for_every_page(tmp_path):
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "nav.html").write_text("{{ page.title }}", encoding="utf-8")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)))
    (tmp_path / "base.html").write_text("{% block config %}{% endblock %}", encoding="utf-8")
    assert partial_cache.install(env, _nav()) == []
    own = env.get_template("partials/nav.html")
    assert not getattr(own.root_render_func, "briefing_cached", False)
