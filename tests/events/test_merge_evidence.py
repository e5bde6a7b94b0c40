"""Reports of different articles merge by evidence: rare shared words, the same named
participants, the date's and the kind's agreement. Invented reports only."""

from __future__ import annotations

from dataclasses import replace

from generator.events import merge_events
from generator.events.compare import features
from generator.events.evidence import evidence, participants_agree, rarity
from tests.events.test_events import ev

BACKGROUND = [
    ev(f"bg{n}", f"2021-03-{n + 1:02d}", f"Voters rallied as the market closed {word}", (), f"b{n}")
    for n, word in enumerate(["early", "late", "higher", "lower", "flat", "mixed"])
]
"""Reports that make "voters", "rallied", "market" and "closed" common words."""


def merged_pairs(events):
    timeline, _ = merge_events(events)
    return [sorted(s.article for s in e.sources) for e in timeline if len(e.sources) > 1]


def test_two_common_words_are_no_evidence():
    a = ev("a", "2021-03-09", "Voters rallied outside Pellam town hall", (), "a1")
    b = ev("b", "2021-03-09", "Market closed as voters rallied in Ostry", (), "a2")
    assert merged_pairs([*BACKGROUND, a, b]) == []


def test_two_rare_words_are():
    a = ev("a", "2021-03-09", "Voters rallied against the Quillon dam tender", (), "a1")
    b = ev("b", "2021-03-09", "The Quillon dam tender was withdrawn", (), "a2")
    assert merged_pairs([*BACKGROUND, a, b]) == [["a1", "a2"]]


def test_rarity_weighs_a_word_by_how_few_reports_use_it():
    found = [features(e) for e in BACKGROUND]
    rare = rarity(found)
    assert rare.of("market") < rare.of("higher")
    assert rare.of("unseen") == 0.0


def test_reports_about_other_participants_stay_apart():
    """Two share prices on one exchange on one day are two events, whatever they share."""
    prices = [
        ev(f"p{n}", "2021-03-09", f"{name} shares fell in Kestrel Exchange trading", (), f"p{n}")
        for n, name in enumerate(["Bellmore", "Tarnway", "Ruskin Mills"])
    ]
    assert merged_pairs(prices) == []
    a, b = (features(e) for e in prices[:2])
    assert not participants_agree(a, b, rarity([a, b]))


def test_one_report_naming_fewer_of_the_same_participants_agrees():
    a = features(ev("a", "2021-03-09", "Talks between Corvia and Dalmark stalled", (), "a1"))
    b = features(ev("b", "2021-03-09", "Corvia-Dalmark talks stalled", (), "a2"))
    assert participants_agree(a, b, rarity([a, b]))


def test_same_day_and_kind_merge_without_shared_words():
    a = ev("a", "2021-03-09", "Envoys opened negotiations at Lake Vess", (), "a1")
    b = ev("b", "2021-03-09", "A fresh round of talks began", (), "a2")
    assert merged_pairs([a, b]) == [["a1", "a2"]]


def test_a_year_needs_near_identical_reports():
    """Every report of a year shares it: a partial match that merges within a month does
    not within a year; identical reports still do."""
    same = "Sendra adopted the Farrow levy on grain exports"
    a = ev("a", "2019", same, (), "a1")
    b = ev("b", "2019", same, (), "a2")
    c = ev("c", "2019", "Sendra grain exports doubled after a good harvest", (), "a3")
    assert merged_pairs([a, b, c]) == [["a1", "a2"]]
    in_a_month = [replace(e, date="2019-04", precision="month") for e in (a, c)]
    assert merged_pairs(in_a_month) == [["a1", "a3"]]


def test_another_kind_of_event_on_one_day_counts_against():
    a = features(ev("a", "2021-03-09", "Pellam council vote on the Quillon dam", (), "a1"))
    b = features(ev("b", "2021-03-09", "Pellam attack on the Quillon dam", (), "a2"))
    c = features(ev("c", "2021-03-09", "Pellam council hearing on the Quillon dam", (), "a3"))
    rare = rarity([a, b, c])
    assert evidence(a, b, rare) < evidence(a, c, rare)


def test_kept_stems_are_the_names_own_and_merging_reads_them_back():
    """The stems are kept per name and per set of names (a pure memo, keyed by the whole
    input): a second comparison reads them back, and a merge with them kept is the merge
    with none kept."""
    from generator.events import evidence as module

    a = features(ev("a", "2021-03-09", "Talks between Corvia and Dalmark-based envoys", (), "a1"))
    b = features(ev("b", "2021-03-09", "Corvian envoys met Dalmark officials", (), "a2"))
    module._all_stems.cache_clear()
    module._stems.cache_clear()
    assert module._stems("Dalmark-based") == frozenset({"Dalma", "based"})
    first = participants_agree(a, b, rarity([a, b]))
    hits = module._all_stems.cache_info().hits
    assert participants_agree(a, b, rarity([a, b])) == first
    assert module._all_stems.cache_info().hits > hits
    names = a.names | b.names
    assert module._all_stems(names) == frozenset().union(
        *(module._stems.__wrapped__(n) for n in names)
    )
    events = [
        *BACKGROUND,
        ev("c", "2021-03-09", "Corvia and Dalmark sign the Vess accord", (), "a3"),
    ]
    warm = merge_events(events)
    module._all_stems.cache_clear()
    module._stems.cache_clear()
    assert merge_events(events) == warm
