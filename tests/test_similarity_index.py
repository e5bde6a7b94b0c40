"""The dated articles' word index: each undated article's similarities with all of them in
array steps, the same floats to the last bit as adding the products word by word."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from generator.dating.corpus import CorpusWeights, neighbours_of
from generator.dating.similarity import Profile, similarities, word_index

_WORDS = ["astana", "ceasefire", "delegation", "geneva", "talks", "truce"]
_vectors = st.dictionaries(
    st.sampled_from(_WORDS), st.floats(0.001, 1.0, allow_nan=False), max_size=len(_WORDS)
)


def _profile(vector: dict[str, float]) -> Profile:
    return Profile(dict(sorted(vector.items())), {w: w.title() for w in vector})


def _word_by_word(target: Profile, others: list[Profile]) -> list[float]:
    """What the index must give: every shared word's product added in the target's order."""
    totals = [0.0] * len(others)
    for word, value in target.vector.items():
        for position, other in enumerate(others):
            if word in other.vector:
                totals[position] += value * other.vector[word]
    return totals


@given(_vectors, st.lists(_vectors, max_size=8))
def test_similarities_are_the_word_by_word_sums_to_the_last_bit(target, others):
    profiles = [_profile(v) for v in others]
    found = similarities(_profile(target), word_index(profiles), len(profiles))
    assert found.tolist() == _word_by_word(_profile(target), profiles)


def test_an_empty_index_gives_no_similarities():
    assert similarities(_profile({"talks": 1.0}), word_index([]), 0).tolist() == []


def test_neighbours_are_the_most_alike_dated_articles_alike_enough_rounded_as_python_does():
    every = [
        _profile({"talks": 0.6, "geneva": 0.8}),  # the undated article
        _profile({"talks": 0.6, "geneva": 0.8}),
        _profile({"talks": 1.0}),
        _profile({"truce": 1.0}),  # shares nothing
        _profile({"geneva": 0.123456789}),
    ]
    day = dt.date(2021, 6, 1)
    dated = [(i, f"s{i}.txt", day) for i in range(1, 5)]
    found = neighbours_of(0, every, dated, CorpusWeights(min_similarity=0.05, neighbours=3))
    assert [(n.source, n.similarity) for n in found] == [
        ("s1.txt", 1.0),
        ("s2.txt", 0.6),
        ("s4.txt", round(0.8 * 0.123456789, 4)),
    ]
    assert all(type(n.similarity) is float for n in found)
    assert found[0].shared == ("Geneva", "Talks")
