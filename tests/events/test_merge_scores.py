"""Cross-article merging scores distinct reports once and spreads a merge over their copies:
the same pairs and scores as comparing every pair of reports, whatever the string hashing."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.events.compare import features, shared_keys, with_parts
from generator.events.dates import dates_compatible
from generator.events.evidence import (
    MERGE_EVIDENCE,
    MIN_SHARED_WORDS,
    NAMES_AGREE,
    OTHER_KIND_PENALTY,
    SAME_DAY_BONUS,
    SAME_KIND_BONUS,
    YEAR_FACTOR,
    Rarity,
    _stems,
    evidence,
    keys_of,
    rarity,
)
from generator.events.merge import cross_article_scores
from tests.events.test_events import ev

WORDS = ["talks", "Corvia", "Dalmark-based", "vote", "strike", "envoys", "dam", "council"]
WORDS += ["Pellam", "negotiations", "attack", "budget", "met", "Quillon", "signed"]
DATES = ["2021", "2021-03", "2021-03-09", "2021-03-10", "2021-04", "2021-04-02", "2022"]


def _weight(keys, rare: Rarity) -> float:
    return math.fsum(rare.of(k) for k in keys)


def _met_share(mine, theirs, rare: Rarity) -> float:
    total = _weight((f"!{n}" for n in mine), rare)
    if total <= 0:
        return 1.0
    stems = frozenset().union(*(_stems(n) for n in theirs))
    return _weight((f"!{n}" for n in mine if _stems(n) & stems), rare) / total


def reference_evidence(a, b, rare: Rarity) -> float:
    """The evidence rule written out step by step, as it read before reports were weighed
    once (its sums exactly rounded)."""
    if not dates_compatible(a.date, b.date):
        return 0.0
    if a.day and a.date == b.date and a.nouns & b.nouns:
        return 1.0
    words_a, words_b = with_parts(a.terms), with_parts(b.terms)
    if a.names and b.names:
        shares = (
            _met_share(a.names, b.names | words_b, rare),
            _met_share(b.names, a.names | words_a, rare),
        )
        if not (max(shares) == 1.0 or min(shares) >= NAMES_AGREE):
            return 0.0
    if len(words_a & words_b) < min(MIN_SHARED_WORDS, len(words_a), len(words_b)):
        return 0.0
    mine, theirs = keys_of(a), keys_of(b)
    smaller = min(_weight(mine, rare), _weight(theirs, rare))
    score = _weight(mine & theirs, rare) / smaller if smaller > 0 else 0.0
    if a.day and b.day and a.date == b.date:
        score += SAME_DAY_BONUS
    if a.nouns and b.nouns:
        score += SAME_KIND_BONUS if a.nouns & b.nouns else -OTHER_KIND_PENALTY
    if min(len(a.date), len(b.date)) == 4:
        score *= YEAR_FACTOR
    return score


def _comparable(x: str, y: str) -> bool:
    """Same month, or a year against anything in it (the pairs `pairs` compares)."""
    if len(x) >= 7 and len(y) >= 7:
        return x[:7] == y[:7]
    return (len(x) == 4 or len(y) == 4) and x[:4] == y[:4]


def every_pair(found, articles) -> list[tuple[float, int, int]]:
    """Every pair of reports of different articles compared, one after the other."""
    rare = rarity(found)
    out = []
    for i in range(len(found)):
        for j in range(i + 1, len(found)):
            a, b = found[i], found[j]
            if articles[i] == articles[j] or not _comparable(a.date, b.date):
                continue
            if not set(shared_keys(a)) & set(shared_keys(b)):
                continue
            score = reference_evidence(a, b, rare)
            if score >= MERGE_EVIDENCE:
                out.append((-score, i, j))
    return sorted(out)


report = st.tuples(
    st.sampled_from(DATES),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=5),
    st.lists(st.sampled_from(["corvia", "dalmark", "pellam"]), max_size=2, unique=True),
    st.sampled_from("abcd"),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(report, min_size=2, max_size=14), st.lists(st.integers(0, 13), max_size=8))
def test_scoring_distinct_reports_gives_the_pairs_and_scores_of_every_pair(reports, copies):
    """Random reports, some copied into other articles (as copies of an article are):
    the same pairs, with the same scores, as comparing every pair."""
    reports = reports + [(*reports[k % len(reports)][:3], "e") for k in copies]
    events = [
        ev(f"e{n}", date, " ".join(words), actors, article)
        for n, (date, words, actors, article) in enumerate(reports)
    ]
    found = [features(e) for e in events]
    articles = [e.sources[0].article for e in events]
    assert sorted(cross_article_scores(found, articles)) == every_pair(found, articles)


def test_public_evidence_is_the_reference_rule():
    a = features(ev("a", "2021-03-09", "Talks between Corvia and Dalmark-based envoys", (), "a1"))
    b = features(ev("b", "2021-03", "Corvian envoys met Dalmark officials on talks", (), "a2"))
    c = features(ev("c", "2021", "Corvia envoys talks", ("corvia",), "a3"))
    rare = rarity([a, b, c])
    for x in (a, b, c):
        for y in (a, b, c):
            assert evidence(x, y, rare) == reference_evidence(x, y, rare)


def test_a_weight_is_the_same_in_any_order_of_the_keys():
    """A set's order changes with the process's string hashing; the weights are summed
    exactly, so no score, and no merge, depends on it (a plain sum of 0.1, 0.2 and 0.3
    gives 0.6 in one order and 0.6000000000000001 in another)."""
    from generator.events.evidence import _weight as weight

    rare = Rarity({"a": 0.1, "b": 0.2, "c": 0.3})
    assert weight(["a", "b", "c"], rare) == weight(["c", "b", "a"], rare) == 0.6
