"""The tagger's shortcuts give the answers of the plain computation (invented texts)."""

from __future__ import annotations

from generator.actors.gazetteer import gazetteer
from generator.actors.lexicon import fold
from generator.actors.ner_apply import article_lines
from generator.actors.ner_features import (
    MAX_GAZ,
    NAME_KINDS,
    _gazetteer_tags,
    document_cues,
    line_features,
)
from generator.actors.ner_tagger import TAGS, decode_scored, score_with, scorer, weights

TEXTS = [
    "Minister Orla Venn of the Bank of Freedonia met officials in New York and Paris.",
    "The talks in Kuala Lumpur, Sao Paulo and Buenos Aires went on; Venn said little.",
    "Results: Brenner 45, Kostov 12, United States 9, Van der Berg 3",
    "no capital letter here at all, only 12 numbers",
]


def lines():
    return article_lines("NEW YORK TALKS END", TEXTS, [[] for _ in range(len(TEXTS) + 1)])


def test_the_compiled_scorer_sums_exactly_as_the_plain_one():
    features = [
        f for line in lines() for fs in line_features(line, document_cues(lines())) for f in fs
    ]
    assert features
    fast, plain = scorer(), score_with(weights())
    assert fast(features) == plain(features)
    assert fast(["no-such-feature"]) == dict.fromkeys(TAGS, 0.0)


def test_features_of_scored_tokens_only_decode_to_the_same_tags():
    all_lines = lines()
    cues = document_cues(all_lines)
    for line in all_lines:
        every = line_features(line, cues)
        scored = line_features(line, cues, True)
        assert decode_scored(line, every, scorer()) == decode_scored(line, scored, scorer())
        assert sum(map(bool, scored)) <= sum(map(bool, every))


def test_gazetteer_tags_skip_no_match_of_a_full_search():
    gaz = gazetteer()
    for line in lines():
        tokens, text = line.tokens, line.text
        expected = ["O"] * len(tokens)
        i = 0
        while i < len(tokens):  # the search without the first-word shortcut
            hit = None
            if tokens[i].kind in NAME_KINDS:
                for j in range(min(len(tokens), i + MAX_GAZ), i, -1):
                    if fold(text[tokens[i].start : tokens[j - 1].end]) in gaz:
                        hit = j
                        break
            if hit is None:
                i += 1
                continue
            expected[i:hit] = ["X"] * (hit - i)
            i = hit
        got = ["O" if t == "O" else "X" for t in _gazetteer_tags(line)[0]]
        assert got == expected
    assert any("X" in ["O" if t == "O" else "X" for t in _gazetteer_tags(x)[0]] for x in lines())


def test_word_features_kept_per_article_are_the_features_made_afresh():
    all_lines = lines()
    cues, memo = document_cues(all_lines), {}
    for line in [*all_lines, *all_lines]:  # the second pass reads every word from `memo`
        assert line_features(line, cues, False, memo) == line_features(line, cues)
    assert memo
