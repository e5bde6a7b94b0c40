"""What a build holds while it renders and builds the site: not the articles' raw text
(the largest input, about 100 MB per 560 articles), which extraction no longer needs."""

import gc

import generator.build as build_module
from generator.models import RawArticle

from .conftest import build_docs, write_corpus
from .test_render_reuse import ARTICLES


def test_raw_articles_are_released_before_the_render(monkeypatch, tmp_path):
    alive: list[int] = []
    real = build_module.publish

    def publish(*args, **kwargs):
        gc.collect()
        alive.append(sum(1 for o in gc.get_objects() if isinstance(o, RawArticle)))
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "publish", publish)
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    before = sum(1 for o in gc.get_objects() if isinstance(o, RawArticle))
    build_docs(seeds, tmp_path / "docs")
    assert alive == [before]
    assert (tmp_path / "docs" / "articles" / "ferry.md").is_file()
