"""What a build holds while it links, renders and builds the site: not the articles' raw
text (the largest input, about 200 MB per 1,120 articles), which extraction no longer needs."""

import gc

import generator.build as build_module
from generator.models import RawArticle

from .conftest import build_docs, write_corpus
from .test_render_reuse import ARTICLES


def _alive() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, RawArticle))


def test_raw_articles_are_released_before_link_and_render(monkeypatch, tmp_path):
    alive: dict[str, int] = {}
    link, publish = build_module.build_briefing, build_module.publish

    def linked(*args, **kwargs):
        alive["link"] = _alive()
        return link(*args, **kwargs)

    def published(*args, **kwargs):
        alive["render"] = _alive()
        return publish(*args, **kwargs)

    monkeypatch.setattr(build_module, "build_briefing", linked)
    monkeypatch.setattr(build_module, "publish", published)
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    before = _alive()
    build_docs(seeds, tmp_path / "docs")
    assert alive["link"] <= before + 1  # the extraction loop's last article, at most
    assert alive["render"] == before
    assert (tmp_path / "docs" / "articles" / "ferry.md").is_file()
