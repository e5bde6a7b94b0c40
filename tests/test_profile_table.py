"""The corpus's profiles as arrays (generator/dating/profile_table.py): the same floats, to
the last bit, as the plain dict-per-article definition (`similarity.profiles`), and the
same word index."""

import datetime as dt
import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dating.corpus import CorpusWeights, corpus_offsets
from generator.dating.profile_table import ArticleWords, article_words, profile_table
from generator.dating.similarity import profiles, similarities, word_index

from .test_corpus_dating import FERRY_1, FERRY_2, FERRY_UNDATED, UNRELATED, _article

_WORDS = ["Kesmet", "ferry", "Ferry", "tariff", "quota", "Pike's", "delegation", "envoy", "the"]
_texts = st.lists(
    st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join), min_size=1, max_size=3
)


def _articles(corpus: list[list[str]]):
    return [_article(f"a{i}", "\n\n".join(texts)) for i, texts in enumerate(corpus)]


@settings(max_examples=60, deadline=None)
@given(st.lists(_texts, min_size=1, max_size=6))
def test_the_table_is_the_plain_profiles_to_the_last_bit(corpus):
    articles = _articles(corpus)
    plain = profiles(articles)
    table = profile_table(articles)
    assert len(table) == len(plain)
    for mine, theirs in zip(table, plain, strict=True):
        assert list(mine.vector.items()) == list(theirs.vector.items())  # values and order
        assert mine.spelling == theirs.spelling
    members = list(range(0, len(articles), 2))
    index = table.index(members)
    expected = word_index([plain[i] for i in members])
    for position, target in enumerate(plain):
        assert (
            similarities(target, index, len(members)).tolist()
            == similarities(target, expected, len(members)).tolist()
            == table.similarities(position, index, len(members)).tolist()  # from the arrays
        )


@settings(max_examples=60, deadline=None)
@given(st.lists(_texts, min_size=2, max_size=8), st.lists(st.integers(1, 31), min_size=8))
def test_the_corpus_offsets_from_the_table_are_those_of_the_plain_profiles(corpus, days):
    """The sampled dated articles' neighbours, read from the table's arrays without their
    shared words: the same offsets, to the last bit, as from the profiles one by one."""
    articles = _articles(corpus)
    dated = [(i, f"a{i}", dt.date(2021, 1, days[i])) for i in range(len(articles))]
    weights = CorpusWeights(min_similarity=0.01, neighbours=3)
    table = profile_table(articles)
    plain = profiles(articles)
    from_table = corpus_offsets(table, dated, weights, table.index(range(len(articles))))
    from_plain = corpus_offsets(plain, dated, weights, word_index(plain))
    assert list(from_table.items()) == list(from_plain.items())


def test_on_real_sentences_the_table_equals_the_profiles():
    articles = [
        _article(n, t)
        for n, t in (("a", FERRY_1), ("b", FERRY_2), ("c", UNRELATED), ("d", FERRY_UNDATED))
    ]
    assert list(profile_table(articles)) == profiles(articles)
    assert profile_table(articles)[-1] == profiles(articles)[-1]
    assert profile_table(articles)[1:3] == profiles(articles)[1:3]


def test_an_article_s_part_is_its_sorted_words_with_their_counting_order():
    part = article_words(("Ferry talks", "The ferry tariff: Kesmet's ferry"))
    assert part.count == 4
    assert part.word_list() == ["ferry", "kesmet", "talks", "tariff"]
    weights = np.frombuffer(part.weights, dtype="<f8").tolist()
    assert weights == [1 + math.log(3), 1.0, 1.0, 1.0]
    # ferry, talks, tariff, kesmet: as first met
    assert np.frombuffer(part.counting, dtype="<i4").tolist() == [0, 2, 3, 1]
    assert part.spelling_list() == ["ferry", "Kesmet", "talks", "tariff"]


def test_a_part_without_words_is_empty_and_packs_to_plain_strings_and_bytes():
    part = article_words(("the of and", ""))
    assert part == ArticleWords(0, "", b"", b"", "")
    assert part.word_list() == [] and part.spelling_list() == []
    packed = article_words(("Ferry talks",))
    assert {type(value) for value in vars(packed).values()} == {int, str, bytes}


def test_a_text_without_content_words_has_an_empty_profile_of_norm_one():
    articles = [_article("a", "the of and"), _article("b", FERRY_1)]
    table = profile_table(articles)
    assert table[0].vector == {} and table[0] == profiles(articles)[0]
