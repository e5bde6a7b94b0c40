"""Merging's work per report kept across builds (generator/events/report_memo.py): an added
article's reports alone are paired and read, and the timeline is the one worked out whole."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cache import CACHE_DIR_NAME
from generator.events import report_memo
from generator.events.compare import features, shared_keys
from generator.events.merge import merge_events
from generator.events.pairs import cross_article_pairs, pairs_touching
from generator.events.report_memo import FILE_NAME, ReportMemo, load, save, viable
from generator.website.site import read_tree

from ..conftest import build_docs, write_corpus
from .test_events import ev
from .test_merge_scores import DATES, WORDS

report = st.tuples(
    st.sampled_from(DATES),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=5),
    st.lists(st.sampled_from(["corvia", "dalmark", "pellam"]), max_size=2, unique=True),
    st.sampled_from("abcdef"),
)


def _events(reports):
    return [
        ev(f"e{n}", date, " ".join(words), actors, article)
        for n, (date, words, actors, article) in enumerate(reports)
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(report, min_size=1, max_size=14), st.sets(st.integers(0, 13)))
def test_pairs_touching_are_the_pairs_with_a_fresh_member(reports, fresh):
    found = list(dict.fromkeys(features(e) for e in _events(reports)))
    keys = [shared_keys(f) for f in found]
    dates = [f.date for f in found]
    fresh = {k for k in fresh if k < len(found)}
    every = cross_article_pairs(dates, range(len(found)), keys)
    assert pairs_touching(dates, keys, fresh) == {p for p in every if fresh & set(p)}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(report, min_size=1, max_size=16), st.lists(st.booleans(), max_size=16))
def test_a_build_after_the_last_one_gives_the_timeline_worked_out_whole(reports, earlier):
    """Some reports built first (the memo saved), then all: the same timeline as without
    a memo, and as the memo's first build."""
    events = _events(reports)
    before = [e for e, old in zip(events, earlier, strict=False) if old]
    first = ReportMemo()
    assert merge_events(before, memo=first) == merge_events(before)
    second = ReportMemo(first.parts, first.reports, first.pairs)
    assert merge_events(events, memo=second) == merge_events(events)


def test_a_kept_report_is_neither_read_nor_paired_again(tmp_path, monkeypatch):
    talks = ev("a", "2021-03-09", "Corvia and Dalmark envoys opened talks", ("corvia",), "a1")
    vote = ev("b", "2021-03-09", "Pellam council held a budget vote", (), "a2")
    added = ev("c", "2021-03-09", "Corvia, Dalmark envoys opened talks in Quillon", (), "a3")
    memo = load(tmp_path)
    merge_events([talks, vote], memo=memo)
    save(tmp_path, memo)
    read, paired = [], []
    parts, touching = report_memo.summary_parts, report_memo.pairs_touching
    monkeypatch.setattr(report_memo, "summary_parts", lambda s: read.append(s) or parts(s))
    monkeypatch.setattr(
        report_memo,
        "pairs_touching",
        lambda dates, keys, fresh: paired.extend(fresh) or touching(dates, keys, fresh),
    )
    timeline, _ = merge_events([talks, vote, added], memo=load(tmp_path))
    assert read == [added.summary]
    assert len(paired) == 1  # the added report alone
    assert timeline == merge_events([talks, vote, added])[0]
    assert [len(e.sources) for e in timeline] == [2, 1]


def test_a_damaged_or_foreign_memo_is_an_empty_one(tmp_path, monkeypatch):
    events = [
        ev("a", "2021-03", "Corvia envoys opened talks", (), "a1"),
        ev("b", "2021-03-09", "Corvia envoys opened talks in Dalmark", (), "a2"),
    ]
    memo = load(tmp_path)
    merge_events(events, memo=memo)
    save(tmp_path, memo)
    assert load(tmp_path).known_pairs == [(0, 0), (0, 1), (1, 1)]
    monkeypatch.setattr(report_memo, "generator_digest", lambda: "another generator")
    assert load(tmp_path).known_reports == []
    monkeypatch.undo()
    data = (tmp_path / FILE_NAME).read_bytes()
    where = data.index(b"Corvia")  # a report's word changed inside the file
    (tmp_path / FILE_NAME).write_bytes(data[:where] + b"Dorvia" + data[where + 6 :])
    assert load(tmp_path).known_reports == []
    (tmp_path / FILE_NAME).write_bytes(b"garbage")
    assert load(tmp_path).known_reports == [] and load(None) is None
    wrong = ReportMemo()
    wrong.reports, wrong.pairs = [features(events[0])], [(0, 5)]  # a pair out of range
    save(tmp_path, wrong)
    assert load(tmp_path).known_reports == []
    assert merge_events(events, memo=load(tmp_path)) == merge_events(events)


def test_viable_pairs_share_two_words_or_one_kind_on_one_day():
    talks = features(ev("a", "2021-03-09", "Corvia envoys opened talks", (), "a1"))
    negotiations = features(ev("b", "2021-03-09", "Dalmark held negotiations", (), "a2"))
    envoys = features(ev("c", "2021-03", "Corvia envoys met", (), "a3"))
    budget = features(ev("d", "2021-03", "Corvia budget vote", (), "a4"))
    assert viable(talks, negotiations)  # one exact day, one kind of event
    assert viable(talks, envoys)  # corvia, envoys
    assert not viable(envoys, budget)  # corvia alone


SEEDS = {
    "dam.txt": (
        "Dam talks open in Corvia\n\nPublished 9 March 2021\n\n"
        "Envoys of Corvia and Dalmark opened talks on the Pellam dam on Tuesday, "
        "the Corvian foreign ministry said.\n"
    ),
    "budget.txt": (
        "Quillon council passes budget\n\nPublished 10 March 2021\n\n"
        "The Quillon council passed its budget on Wednesday after a long vote.\n"
    ),
}
ADDED = (
    "Corvia and Dalmark meet over dam\n\nPublished 10 March 2021\n\n"
    "Corvian and Dalmark envoys opened talks on the Pellam dam on 9 March, officials said.\n"
)


def test_an_added_article_gives_the_docs_of_a_build_without_cache(tmp_path):
    seeds = write_corpus(tmp_path / "seeds", SEEDS)
    build_docs(seeds, tmp_path / "live" / "docs")
    assert (tmp_path / "live" / CACHE_DIR_NAME / FILE_NAME).is_file()
    (seeds / "meeting.txt").write_text(ADDED, encoding="utf-8")
    build_docs(seeds, tmp_path / "live" / "docs")
    build_docs(seeds, tmp_path / "fresh" / "docs", "--no-cache")
    live = read_tree(tmp_path / "live" / "docs")
    assert live == read_tree(tmp_path / "fresh" / "docs")
    merged = "Sources (2 independent): [Dam talks open in Corvia ¶1](articles/dam.md#p1), "
    assert merged.encode() in live["timeline.md"]  # the added report joined the kept one
