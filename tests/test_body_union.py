"""The union of the body candidates and the block choice (bench/body_union.py,
bench/fit_body_blocks.py), on invented paragraphs."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from body_union import FEATURES, Block, chosen, decided, features, key, union  # noqa: E402
from fit_body_blocks import fit, labels  # noqa: E402

A = "The harbour board met on Monday evening to agree the winter timetable for the ferries."
B = "Crossings will run every forty minutes from the first of November, the board said today."
C = "Season tickets keep their fares until the end of March, and singles rise in spring."
CAPTION = "Photo: Jane Doe"
FEATURE = {name: i for i, name in enumerate(FEATURES)}


def _join(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_the_other_runs_new_block_goes_where_that_run_has_it() -> None:
    merged, readability = _join(A, B, C), _join(A, CAPTION, B, C)
    blocks = union(merged, readability, (merged, merged, readability))
    assert [b.text for b in blocks] == [A, CAPTION, B, C]
    caption = blocks[1]
    assert (caption.precise, caption.balanced, caption.readability, caption.base) == (
        False,
        False,
        True,
        False,
    )
    assert all(b.base and b.precise and b.readability for b in (blocks[0], blocks[2], blocks[3]))


def test_a_block_the_base_already_says_cut_another_way_is_not_added_twice() -> None:
    merged = _join(A, B, C)
    both = f"{A} {B}"  # readability kept two paragraphs as one block
    shorter = A.replace(" evening", "")  # the same paragraph less a link's text
    readability = _join(both, shorter, C)
    blocks = union(merged, readability, (merged, merged, readability))
    assert [b.text for b in blocks] == [A, B, C]


def test_a_block_before_every_shared_one_opens_the_union() -> None:
    merged, readability = _join(A, B), _join(CAPTION, A, B)
    assert [b.text for b in union(merged, readability, (merged, "", readability))] == [
        CAPTION,
        A,
        B,
    ]


def test_features_place_shape_links_and_repetition() -> None:
    blocks = tuple(
        Block(text, precise=p, balanced=p, readability=True)
        for text, p in (
            ("# Fares", True),
            (A, True),
            ("- Home", False),
            (B, True),
            ("Share", False),
        )
    )
    page_text = f"Fares {A} Home {B} Share Share"
    rows = features(blocks, frozenset({"home", "share"}), page_text)
    assert [r[FEATURE["before_prose"]] for r in rows] == [1.0, 0.0, 0.0, 0.0, 0.0]
    assert [r[FEATURE["after_prose"]] for r in rows] == [0.0, 0.0, 0.0, 0.0, 1.0]
    assert [r[FEATURE["heading"]] for r in rows] == [1.0, 0.0, 0.0, 0.0, 0.0]
    assert [r[FEATURE["list_item"]] for r in rows] == [0.0, 0.0, 1.0, 0.0, 0.0]
    assert [r[FEATURE["link_share"]] for r in rows] == [0.0, 0.0, 1.0, 0.0, 1.0]
    assert [r[FEATURE["repeated"]] for r in rows] == [0.0, 0.0, 0.0, 0.0, 1.0]
    assert [r[FEATURE["only_readability"]] for r in rows] == [0.0, 0.0, 1.0, 0.0, 1.0]
    assert rows[1][FEATURE["ends_sentence"]] == 1.0 and rows[0][FEATURE["ends_sentence"]] == 0.0
    assert rows[1][FEATURE["stopword_share"]] > 0.3 > rows[0][FEATURE["stopword_share"]]


def test_inner_only_decides_readabilitys_blocks_between_the_base_ones() -> None:
    blocks = (
        Block(CAPTION, False, False, True, base=False),
        Block(A, True, True, True),
        Block("Read more", False, False, True, base=False),
        Block(B, True, True, True),
        Block("Comments", False, False, True, base=False),
    )
    assert decided(blocks, inner_only=True) == [False, False, True, False, False]
    assert decided(blocks, inner_only=False) == [True] * 5
    rows = [[1.0] + [0.0] * (len(FEATURES) - 1)] * 5
    keep_all = (1.0,) + (0.0,) * (len(FEATURES) - 1)
    drop_all = (-1.0,) + (0.0,) * (len(FEATURES) - 1)
    assert chosen(blocks, rows, keep_all, inner_only=True) == [A, "Read more", B]
    assert chosen(blocks, rows, drop_all, inner_only=True) == [A, B]
    assert chosen(blocks, rows, drop_all, inner_only=False) == []


def test_a_block_printed_twice_is_the_articles_once() -> None:
    gold = f"{A}\n{B}"
    found, shares = labels([A, B, A, CAPTION], gold)
    assert found == [1.0, 1.0, 0.0, 0.0]
    assert abs(sum(shares) - 1.0) < 1e-9


def test_the_fit_learns_which_evidence_marks_the_article() -> None:
    rng = np.random.default_rng(0)
    signal = rng.integers(0, 2, 200).astype(float)
    noise = rng.random(200)
    x = np.column_stack([np.ones(200), signal, noise])
    y = signal.copy()
    y[:10] = 1 - y[:10]  # a few labels against the evidence
    beta = fit(x, y, np.full(200, 1 / 200), l2=0.01)
    assert beta[1] > 2.0
    assert abs(beta[2]) < beta[1] / 4


def test_key_compares_words_only() -> None:
    assert key("**Fares**, up!") == key("fares up") == "fares up"
