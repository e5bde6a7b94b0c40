"""The content words' numbers kept across builds (generator/dating/word_numbers.py): a
profile table numbered with the last build's numbers, after articles are added, edited
or removed, gives the same floats and similarities as one numbered afresh."""

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dating import word_numbers
from generator.dating.profile_table import profile_table
from generator.dating.similarity import similarities
from generator.dating.word_numbers import FILE_NAME, WordNumbers, load, save

from .test_profile_table import _articles, _texts


def _same_table(articles, numbering):
    kept, fresh = profile_table(articles, numbering=numbering), profile_table(articles)
    assert kept.values.tolist() == fresh.values.tolist()
    for mine, theirs in zip(kept, fresh, strict=True):
        assert list(mine.vector.items()) == list(theirs.vector.items())
    members = list(range(0, len(articles), 2))
    for target in fresh:
        assert (
            similarities(target, kept.index(members), len(members)).tolist()
            == similarities(target, fresh.index(members), len(members)).tolist()
        )


@settings(max_examples=40, deadline=None)
@given(st.lists(_texts, min_size=1, max_size=5), st.lists(_texts, min_size=1, max_size=5))
def test_numbers_kept_from_another_corpus_give_the_table_numbered_afresh(before, after):
    numbering = WordNumbers()
    profile_table(_articles(before), numbering=numbering)  # the last build's corpus
    _same_table(_articles(after), numbering)


def test_a_build_numbers_only_the_articles_it_has_not_seen(tmp_path):
    first = _articles([["Kesmet ferry tariff"], ["ferry quota envoy"]])
    numbering = load(tmp_path)
    profile_table(first, numbering=numbering)
    save(tmp_path, numbering)
    again = load(tmp_path)
    assert again.words == ["ferry", "kesmet", "tariff", "envoy", "quota"]
    added = [*first, *_articles([["delegation ferry"]])]
    _same_table(added, again)
    assert again.words[-1] == "delegation" and len(again.words) == 6  # only the new word


def test_a_damaged_or_foreign_file_is_a_new_numbering(tmp_path):
    numbering = WordNumbers()
    profile_table(_articles([["Kesmet ferry tariff"]]), numbering=numbering)
    save(tmp_path, numbering)
    data = (tmp_path / FILE_NAME).read_bytes()
    (tmp_path / FILE_NAME).write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    assert load(tmp_path).words == []
    (tmp_path / FILE_NAME).write_bytes(data.replace(b"link-words 1", b"link-words 0", 1))
    assert load(tmp_path).words == []  # another format's file


def test_numbers_out_of_the_kept_list_are_made_again():
    articles = _articles([["Kesmet ferry tariff"], ["ferry quota"]])
    numbering = WordNumbers()
    profile_table(articles, numbering=numbering)
    foreign = WordNumbers(["ferry"], dict(numbering.used))  # numbers beyond its one word
    _same_table(articles, foreign)
    repeated = WordNumbers(["ferry", "ferry"], {})
    _same_table(articles, repeated)
    assert repeated.words == ["ferry", "kesmet", "tariff", "quota"]


def test_words_mostly_out_of_use_are_not_kept(tmp_path, monkeypatch):
    numbering = WordNumbers()
    profile_table(_articles([["Kesmet ferry tariff quota envoy"]]), numbering=numbering)
    profile_table(_articles([["ferry"]]), numbering=numbering)  # 1 word of 5 in use
    save(tmp_path, numbering)
    assert load(tmp_path).words == []
    monkeypatch.setattr(word_numbers, "STALE", 10)
    save(tmp_path, numbering)
    assert load(tmp_path).words == ["envoy", "ferry", "kesmet", "quota", "tariff"]
