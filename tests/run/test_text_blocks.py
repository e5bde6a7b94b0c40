"""Each text article's block keys are kept across builds by its text's digest
(generator/run/text_blocks.py): a build whose texts were all seen splits none of them
again, a new text is split, and a damaged or foreign memo is computed again, never read."""

from pathlib import Path

import pytest

from generator import pipeline
from generator.cache import ArticleCache, write_whole
from generator.clean import duplicates, from_text
from generator.clean.blocks import split_blocks
from generator.clean.duplicates import repeated_blocks
from generator.ingest import read_seeds
from generator.run import repeats_seen, text_blocks
from generator.settings.config import Config
from tests.conftest import build_docs

TEXTS = {
    "ferry.txt": (
        "Ferry timetable changes\n\nNORDHAVN, 2 March 2022\n\n"
        "The island ferry will sail twice a day from Monday, the operator said, after the "
        "second boat was taken out of service for repairs to its engine room.\n\n"
        "Sign up for our morning briefing\n"
    ),
    "mill.txt": (
        "Old mill reopens\n\nNORDHAVN, 3 March 2022\n\n"
        "The old grain mill by the river reopened on Thursday as a museum, with the "
        "millstones turning again for the first time in forty years, its keeper said.\n\n"
        "Sign up for our morning briefing\n"
    ),
    "notes.md": "# Council notes\n\nThe council agreed the harbour budget for the year.\n",
}
GENERATOR = "0" * 64


def _raws(tmp_path: Path, texts: dict[str, str]):
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for name, text in texts.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return read_seeds(seeds)[0]


def _counting(calls: list[str]):
    def compute(text: str) -> text_blocks.TextBlocks:
        calls.append(text.split("\n", 1)[0])
        return text_blocks.text_blocks(text)

    return compute


def _kept(folder: Path, raws) -> None:
    """A memo of `raws` written to `folder` as a build writes it."""
    memo = text_blocks.load(folder, GENERATOR)
    for raw in raws:
        memo.of(raw)
    text_blocks.save(folder, memo, GENERATOR, write_whole)


def test_kept_entries_compute_nothing_and_a_new_text_is_computed(tmp_path):
    raws = _raws(tmp_path, TEXTS)
    _kept(tmp_path / "cache", raws)
    memo = text_blocks.load(tmp_path / "cache", GENERATOR)
    calls: list[str] = []
    memo.compute = _counting(calls)
    assert [memo.of(raw) for raw in raws] == [text_blocks.text_blocks(raw.text) for raw in raws]
    assert calls == []
    (added,) = _raws(tmp_path, {"quay.txt": "Quay closed\n\nThe quay is closed for a week.\n"})[-1:]
    memo.of(added)
    assert calls == ["Quay closed"]


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit of the entries
        lambda data: data[: len(data) // 2],  # torn
        lambda data: b"text-blocks 0\0" + data[14:],  # another layout
        lambda data: b"",
    ],
)
def test_a_damaged_memo_is_computed_again(tmp_path, spoil):
    raws = _raws(tmp_path, TEXTS)
    _kept(tmp_path / "cache", raws)
    path = tmp_path / "cache" / text_blocks.FILE_NAME
    path.write_bytes(spoil(path.read_bytes()))
    memo = text_blocks.load(tmp_path / "cache", GENERATOR)
    assert memo.known == {}
    calls: list[str] = []
    memo.compute = _counting(calls)
    assert [memo.of(raw) for raw in raws] == [text_blocks.text_blocks(raw.text) for raw in raws]
    assert len(calls) == len(raws)


def test_another_generators_memo_is_not_read(tmp_path):
    _kept(tmp_path / "cache", _raws(tmp_path, TEXTS))
    assert text_blocks.load(tmp_path / "cache", "1" * 64).known == {}
    assert text_blocks.load(tmp_path / "cache", GENERATOR).known != {}


def test_a_memo_gives_the_keys_and_results_of_none(tmp_path):
    """The repeated blocks, each article's repeats seen and every result are those of a
    run without the memo; a text whose blocks cannot be described sees every repeat."""
    raws = _raws(tmp_path, TEXTS)
    memo = text_blocks.BlockMemo()
    with_memo = pipeline.analyse_all(raws, Config(), jobs=1, blocks=memo)
    assert with_memo == pipeline.analyse_all(raws, Config(), jobs=1)
    repeated = repeated_blocks(raws)
    assert repeated == {"sign up for our morning briefing"}
    for raw in raws:
        by_memo = repeats_seen.repeats_seen(raw, repeated, lambda r: memo.of(r).classified)
        assert by_memo == repeats_seen.repeats_seen(raw, repeated)
    blind = text_blocks.TextBlocks(frozenset(), None)
    assert repeats_seen.repeats_seen(raws[0], repeated, lambda _r: blind.classified) == (
        "sign up for our morning briefing",
    )


def test_an_unchanged_corpus_splits_no_text_again(tmp_path, monkeypatch):
    """The second build of the same texts, through the build's cache folder, describes and
    splits no block: the keys come from the memo (this failed before the memo was kept)."""
    raws = _raws(tmp_path, TEXTS)
    cache = tmp_path / "cache"
    memo = text_blocks.load(cache, GENERATOR)
    first = pipeline.analyse_all(raws, Config(), jobs=1, cache=ArticleCache(cache), blocks=memo)
    text_blocks.save(cache, memo, GENERATOR, write_whole)
    calls: list[str] = []
    monkeypatch.setattr(text_blocks, "split_blocks", lambda t: calls.append(t) or [])
    monkeypatch.setattr(repeats_seen, "block_keys", lambda t, p=None: calls.append(t) or set())
    memo = text_blocks.load(cache, GENERATOR)
    again = pipeline.analyse_all(raws, Config(), jobs=1, cache=ArticleCache(cache), blocks=memo)
    assert calls == []
    assert again == first


def test_a_build_with_a_damaged_memo_writes_the_same_docs(tmp_path):
    """Built with its memo, with the memo damaged, and with no cache at all: the same docs."""
    seeds = tmp_path / "seeds"
    _raws(tmp_path, TEXTS)
    build_docs(seeds, tmp_path / "fresh", "--no-cache")
    build_docs(seeds, tmp_path / "docs")
    memo = tmp_path / ".briefing-cache" / text_blocks.FILE_NAME
    assert memo.is_file()
    memo.write_bytes(memo.read_bytes()[:-3] + b"xyz")
    (seeds / "quay.txt").write_text("Quay closed\n\nThe quay is closed for a week.\n")
    build_docs(seeds, tmp_path / "docs")
    build_docs(seeds, tmp_path / "fresh", "--no-cache")
    assert _tree(tmp_path / "docs") == _tree(tmp_path / "fresh")


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_a_text_is_split_once_for_both_its_key_sets(monkeypatch):
    """The memo's entry of a text splits it once, and its keys are those of each key set's
    own reader (file_block_keys, classified_keys), which split it for themselves."""
    text = "Harbour news\n\nThe old stone quay reopened on Monday after repairs.\n\nSign up"
    expected = text_blocks.TextBlocks(
        duplicates.file_block_keys(text), repeats_seen.classified_keys(text)
    )
    splits: list[str] = []

    def counted(normal: str) -> list[str]:
        splits.append(normal)
        return split_blocks(normal)

    monkeypatch.setattr(text_blocks, "split_blocks", counted)
    monkeypatch.setattr(from_text, "split_blocks", counted)
    assert text_blocks.text_blocks(text) == expected
    assert len(splits) == 1
