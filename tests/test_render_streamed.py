"""A render that streams its pages to the sink keeps only their digests (render_changed
with texts=False): the same files on disk, the same record, and no page text held."""

import hashlib
from functools import partial

import pytest

import generator.render as rendering
from generator import pipeline
from generator.ingest import read_seeds
from generator.render import reuse
from generator.settings.config import Config
from generator.website.site import read_tree, write_files

from .conftest import write_corpus
from .test_render_reuse import ADDED, ARTICLES


@pytest.fixture(scope="module")
def briefing(tmp_path_factory):
    seeds = write_corpus(
        tmp_path_factory.mktemp("streamed") / "seeds", {**ARTICLES, "appeal.txt": ADDED}
    )
    raws, _ = read_seeds(seeds)
    return pipeline.build_briefing(pipeline.analyse_all(raws, Config(), jobs=1), Config())


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("parallel", [False, True])
def test_streamed_render_writes_the_files_and_keeps_only_digests(
    briefing, monkeypatch, tmp_path, parallel
):
    serial = rendering.render(briefing, jobs=1)
    if parallel:
        monkeypatch.setattr(rendering, "PARALLEL_FROM_PAGES", 2)
        monkeypatch.setattr(rendering, "PAGES_PER_PART", 3)
    staged = tmp_path / "staged"
    texts = rendering.render_changed(briefing, jobs=1, previous={}, docs_dir=tmp_path / "none")
    streamed = rendering.render_changed(
        briefing,
        jobs=2 if parallel else 1,
        sink=partial(write_files, staged),
        previous={},
        docs_dir=tmp_path / "none",
        texts=False,
    )
    assert streamed.files == {path: _sha(text) for path, text in serial.items()}
    assert read_tree(staged) == {path: text.encode("utf-8") for path, text in serial.items()}
    assert streamed.record == texts.record


def test_kept_pages_are_checked_by_digest_and_not_read_into_the_result(briefing, tmp_path):
    """Second render over the first one's docs: every article and actor page is kept
    (linked by the publisher, so not handed to the sink); a page edited by hand is not."""
    docs = tmp_path / "docs"
    first = rendering.render_changed(briefing, jobs=1, previous={}, docs_dir=docs)
    write_files(docs, first.files)
    record = tmp_path / "record.json"
    reuse.save(record, first.record)
    edited = "articles/ferry.md"
    (docs / edited).write_text(first.files[edited] + "edited\n", encoding="utf-8")
    sunk: dict[str, str] = {}
    again = rendering.render_changed(
        briefing,
        jobs=1,
        sink=sunk.update,
        previous=reuse.load(record),
        docs_dir=docs,
        texts=False,
    )
    assert again.files == {path: _sha(text) for path, text in first.files.items()}
    assert edited in sunk and edited not in again.kept
    assert again.kept and not again.kept & set(sunk)
    assert set(sunk) | again.kept == set(first.files)
    assert again.record.units == first.record.units


def test_a_page_changed_after_its_check_is_not_taken_as_kept(briefing, tmp_path):
    docs = tmp_path / "docs"
    first = rendering.render_changed(briefing, jobs=1, previous={}, docs_dir=docs)
    write_files(docs, first.files)
    page = "articles/ferry.md"
    with pytest.raises(ValueError, match="ferry.md: changed while"):
        reuse.read_kept({page: _sha(first.files[page] + "x")}, docs)
    assert reuse.read_kept({page: _sha(first.files[page])}, docs) == {page: first.files[page]}
