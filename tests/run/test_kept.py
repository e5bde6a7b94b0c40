"""Link-step results kept across builds (generator/run/kept.py): read back for the same
inputs, computed again for others, and the build's result the same as without them."""

import pickle

import pytest

from generator import pipeline
from generator.run import kept as kept_module
from generator.run.kept import FILE_NAME, Kept, canonical_pickle, load, save, through

from ..test_corpus_dating import FERRY_1, FERRY_2, FERRY_UNDATED, _results

CALLS: list[tuple] = []


def counted(*arguments):
    """A kept function that says when it really runs."""
    CALLS.append(arguments)
    return {"sum": sum(len(str(a)) for a in arguments), "arguments": arguments}


def failing(_value):
    CALLS.append(("failing",))
    raise ValueError("no")


@pytest.fixture(autouse=True)
def no_calls():
    CALLS.clear()


def test_a_call_is_read_back_in_the_next_build_and_other_arguments_are_computed(tmp_path):
    first = load(tmp_path)
    assert through(first, counted)("a", (1, 2)) == counted("a", (1, 2))
    save(tmp_path, first)
    CALLS.clear()
    second = load(tmp_path)
    assert through(second, counted)("a", (1, 2)) == {"sum": 7, "arguments": ("a", (1, 2))}
    assert CALLS == []  # a hit
    assert through(second, counted)("a", (1, 3))["arguments"] == ("a", (1, 3))
    assert CALLS == [("a", (1, 3))]  # a miss: other arguments


def test_entries_of_another_generator_or_damaged_are_computed_again(tmp_path, monkeypatch):
    first = Kept()
    first.call(counted, "x")
    save(tmp_path, first)
    monkeypatch.setattr(kept_module, "generator_digest", lambda: "another generator")
    CALLS.clear()
    load(tmp_path).call(counted, "x")
    assert CALLS == [("x",)]  # stale: made by other code
    monkeypatch.undo()
    damaged = load(tmp_path)
    damaged.known = {key: b"not a pickle" for key in damaged.known}
    CALLS.clear()
    assert damaged.call(counted, "x") == {"sum": 1, "arguments": ("x",)}
    assert CALLS == [("x",)]
    (tmp_path / FILE_NAME).write_bytes(b"garbage")
    assert load(tmp_path).known == {} and load(None) is None


PLANTED: list[str] = []


class _Planted:
    """A pickle someone else wrote: unpickling it would call `PLANTED.append`."""

    def __reduce__(self):
        return (PLANTED.append, ("ran",))


def test_a_file_not_sealed_by_this_generator_is_never_unpickled(tmp_path):
    first = Kept()
    first.call(counted, "x")
    save(tmp_path, first)
    whole = (tmp_path / FILE_NAME).read_bytes()
    (tmp_path / FILE_NAME).write_bytes(whole[:-1] + bytes([whole[-1] ^ 1]))
    assert load(tmp_path).known == {}  # one bit: the seal fails
    (tmp_path / FILE_NAME).write_bytes(whole[: len(whole) // 2])
    assert load(tmp_path).known == {}
    planted = {"format": 1, "entries": {"k": pickle.dumps(_Planted())}, "x": _Planted()}
    (tmp_path / FILE_NAME).write_bytes(pickle.dumps(planted))
    assert load(tmp_path).known == {} and PLANTED == []


def test_a_call_that_raises_is_not_kept_and_raises_again():
    memo = Kept()
    for _ in range(2):
        with pytest.raises(ValueError):
            memo.call(failing, 1)
    assert CALLS == [("failing",), ("failing",)] and memo.used == {}


def test_only_the_entries_a_build_used_are_written_back(tmp_path):
    first = Kept()
    first.call(counted, "old")
    first.call(counted, "kept")
    save(tmp_path, first)
    second = load(tmp_path)
    second.call(counted, "kept")
    save(tmp_path, second)
    assert len(load(tmp_path).known) == 1


def test_the_key_is_the_value_whichever_parts_are_shared_objects():
    word = "".join(["ferry", "talks"])
    shared = (word, word)
    apart = ("ferrytalks", "".join(["ferry", "talks"]))
    assert pickle.dumps(shared) != pickle.dumps(apart)  # the memo tells them apart
    assert canonical_pickle(shared) == canonical_pickle(apart)
    assert canonical_pickle(("a", 1)) != canonical_pickle(("a", 2))


def test_corpus_dating_with_kept_parts_equals_it_without_after_an_added_neighbour(tmp_path):
    before = _results({"ferry-1": FERRY_1, "ferry-3": FERRY_UNDATED})
    memo = load(tmp_path)
    assert pipeline.with_corpus_dates(before, memo) == pipeline.with_corpus_dates(before)
    save(tmp_path, memo)
    # the same corpus again: every part is read back, nothing computed
    again = load(tmp_path)
    assert pipeline.with_corpus_dates(before, again) == pipeline.with_corpus_dates(before)
    assert again.used and set(again.used) <= set(again.known)
    # a neighbour added: the undated article's window and trail change, so its entries
    # from the last build (stale) are not used, and the result is the uncached one
    after = _results({"ferry-1": FERRY_1, "ferry-2": FERRY_2, "ferry-3": FERRY_UNDATED})
    memo = load(tmp_path)
    kept = pipeline.with_corpus_dates(after, memo)
    assert kept == pipeline.with_corpus_dates(after)
    assert {e.text for e in kept[2].article.published_evidence} >= {"ferry-2.txt"}
    assert set(memo.used) - set(memo.known)  # computed again
    assert set(memo.used) & set(memo.known)  # the unchanged articles' words read back


def test_the_briefing_built_with_kept_parts_is_the_one_built_without(tmp_path):
    from generator.settings.config import Config

    results = _results({"ferry-1": FERRY_1, "ferry-2": FERRY_2, "ferry-3": FERRY_UNDATED})
    memo = load(tmp_path)
    pipeline.build_briefing(results, Config(), memo)
    save(tmp_path, memo)
    assert pipeline.build_briefing(results, Config(), load(tmp_path)) == pipeline.build_briefing(
        results, Config()
    )


def test_a_build_keeps_its_parts_beside_the_article_cache_and_an_added_article_keeps_them(
    tmp_path,
):
    from ..conftest import build_docs, write_corpus

    seeds = write_corpus(tmp_path / "seeds", {"ferry-1.txt": FERRY_1, "ferry-3.txt": FERRY_UNDATED})
    build_docs(seeds, tmp_path / "docs")
    path = tmp_path / ".briefing-cache" / FILE_NAME
    first = load(path.parent).known
    assert first
    (seeds / "ferry-2.txt").write_text(FERRY_2, encoding="utf-8")
    build_docs(seeds, tmp_path / "docs")  # the article cache's pruning leaves the file
    assert set(first) & set(load(path.parent).known)
