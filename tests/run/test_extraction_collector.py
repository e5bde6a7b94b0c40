"""Extraction runs with the collector paused from its first step: the text blocks, the
article extracted in the parent and the warm-up make next to no cycle, so a collection
there only walked what lives on anyway (invented texts)."""

from __future__ import annotations

import gc

import pytest

from generator import pipeline
from generator.models import RawArticle
from generator.run.text_blocks import BlockMemo, text_blocks
from generator.settings.config import Config

TEXTS = {
    "a": "Published 2021-03-09\n\nTalks between Corvia and Dalmark opened on Monday.",
    "b": "Published 2021-03-10\n\nThe Dalmark envoy left the talks in Corvia on Tuesday.",
}


def _raws() -> list[RawArticle]:
    return [RawArticle(id=k, source=f"{k}.txt", text=t, format="text") for k, t in TEXTS.items()]


def test_blocks_and_articles_are_read_with_the_collector_paused(monkeypatch):
    seen: list[tuple[str, bool]] = []

    def blocks_watched(text):
        seen.append(("blocks", gc.isenabled()))
        return text_blocks(text)

    analyse = pipeline.analyse_article

    def article_watched(raw, repeated, correction):
        seen.append((raw.id, gc.isenabled()))
        return analyse(raw, repeated, correction)

    monkeypatch.setattr(pipeline, "analyse_article", article_watched)
    assert gc.isenabled()
    results = pipeline.analyse_all(
        _raws(), Config(), jobs=1, blocks=BlockMemo(compute=blocks_watched)
    )
    assert [r.article.id for r in results] == ["a", "b"]
    assert seen == [("blocks", False), ("blocks", False), ("a", False), ("b", False)]
    assert gc.isenabled()  # given back when extraction ends


def test_the_collector_comes_back_when_an_article_breaks_the_map(monkeypatch):
    def broken(raw, repeated, correction):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "analyse_article", broken)
    with pytest.raises(KeyboardInterrupt):
        pipeline.analyse_all(_raws(), Config(), jobs=1)
    assert gc.isenabled()
