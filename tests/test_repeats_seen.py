"""Each article's cache key holds only the corpus's repeated blocks its extraction can see
(generator/run/repeats_seen.py): an added article that repeats another's line re-extracts
that one, not the whole corpus, and the result is that of a build without the cache."""

from pathlib import Path

from generator import pipeline
from generator.cache import ArticleCache
from generator.clean import from_text
from generator.clean.duplicates import repeated_blocks
from generator.clean.inline import normalize_chars
from generator.ingest import read_seeds
from generator.run.repeats_seen import block_keys, repeats_seen
from generator.settings.config import Config

TEXTS = {
    "harbour.txt": (
        "Harbour board meets on Brimsey\n\nPORTVILLE, 3 May 2021\n\n"
        "The Brimsey harbour board met on Tuesday to discuss the new pier, its chair Ada "
        "Ross said after a long meeting with the island's fishermen and the ferry company.\n\n"
        "Subscribe to our newsletter\n\n"
        "The board will meet again in June, when the engineers have finished their survey "
        "of the old stone\n\nquay and the costs of repairing it are known.\n"
    ),
    "school.txt": (
        "New school opens in Skarva\n\nSKARVA, 4 May 2021\n\n"
        "The new school in Skarva opened its doors on Wednesday to forty pupils, head "
        "teacher Jon Hale said, two years after the old building was damaged by a storm.\n"
    ),
    "market.md": (
        "# Market day returns\n\n*By Edda Lund*\n\n"
        "The Brimsey market returned on Saturday after a winter break, with twenty stalls "
        "along the harbour front and a band from the mainland playing all afternoon.\n"
    ),
}


def test_block_keys_are_the_keys_clean_text_classifies(monkeypatch):
    """The cache key sees the very blocks clean_text classifies, broken lines rejoined
    included."""
    seen = []
    real = from_text.classify

    def classify(block, repeated):
        seen.append(block.key)
        return real(block, repeated)

    monkeypatch.setattr(from_text, "classify", classify)
    for name, text in TEXTS.items():
        raw = read_seeds_one(name, text)
        seen.clear()
        from_text.clean_text(raw, normalize_chars(raw.text))
        assert set(seen) == block_keys(normalize_chars(raw.text)), name
    # the paragraph broken by a blank line is one block, as clean_text rejoins it
    assert any("old stone quay" in key for key in block_keys(TEXTS["harbour.txt"]))


def read_seeds_one(name: str, text: str):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_text(text, encoding="utf-8")
        (raw,), _ = read_seeds(Path(folder))
    return raw


def test_an_article_sees_only_repeated_blocks_of_its_own_and_a_page_none(tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "copy.txt").write_text("Other news\n\nSubscribe to our newsletter\n\nMore.\n")
    raws, _ = read_seeds(tmp_path)
    repeated = repeated_blocks(raws)
    assert "subscribe to our newsletter" in repeated
    by_id = {raw.id: repeats_seen(raw, repeated) for raw in raws}
    assert by_id["harbour"] == ("subscribe to our newsletter",)
    assert by_id["school"] == by_id["market"] == ()
    page = read_seeds_one(
        "page.html", "<html><body><p>Subscribe to our newsletter</p></body></html>"
    )
    assert repeats_seen(page, repeated) == ()


def test_an_added_article_re_extracts_only_those_it_repeats(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in TEXTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    cache = ArticleCache(tmp_path / "cache")
    pipeline.analyse_all(read_seeds(seeds)[0], Config(), jobs=1, cache=cache)
    extracted = []
    real = pipeline.analyse_article
    monkeypatch.setattr(
        pipeline, "analyse_article", lambda raw, *a: extracted.append(raw.id) or real(raw, *a)
    )
    # a new article repeating the harbour one's dateline: that line is now furniture there
    (seeds / "pier.txt").write_text(
        "Pier works start\n\nPORTVILLE, 3 May 2021\n\nWork on the new pier at Brimsey began on "
        "Monday, the harbour board said, and should take most of the summer to finish.\n",
        encoding="utf-8",
    )
    raws = read_seeds(seeds)[0]
    cached = pipeline.analyse_all(raws, Config(), jobs=1, cache=cache)
    assert sorted(extracted) == ["harbour", "pier"]
    assert cached == pipeline.analyse_all(raws, Config(), jobs=1)  # as without the cache
