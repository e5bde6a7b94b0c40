"""What each removal after the HTML extraction is worth (bench/body_removals.py), on small
invented pages and blocks."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from body_removals import (  # noqa: E402
    EVERY,
    FEATURES,
    Fate,
    Page,
    body,
    gold_words,
    kept_back,
    page_fates,
    reason_table,
    score_check,
)

PROSE = (
    "The Varnel council met on Tuesday to vote on the new flood barrier, which the "
    "engineers say will protect four hundred homes along the river for thirty years."
)
MORE = (
    "Residents who spoke at the meeting asked why the work had taken so long, and the "
    "mayor promised that the first section would be finished before the spring rains."
)
PAGE = (
    "<html><head><title>Elders approve sluice plan</title></head><body>"
    "<nav><a href='/a'>Home</a> <a href='/b'>News</a></nav><article>"
    "<h1>Elders approve sluice plan</h1>"
    f"<p>{PROSE}</p><p>{MORE}</p><p>{PROSE.replace('Tuesday', 'Monday')}</p>"
    "</article></body></html>"
)


def _page(gold: str, part: str = "read") -> Page:
    fates = (
        Fate("Elders approve sluice plan", "metadata: title"),
        Fate(PROSE, None),
        Fate("Sign up for our weekly harbour letter", "cleaner: newsletter"),
        Fate(MORE, None),
    )
    return Page("readability-pages", part, gold, fates)


def test_the_title_the_metadata_stage_took_is_a_block_with_its_reason():
    fates = page_fates(PAGE)
    assert fates[0] == Fate("Elders approve sluice plan", "metadata: title")
    assert [f.reason for f in fates[1:]] == [None, None, None]
    assert fates[1].text == PROSE


def test_a_body_puts_back_one_reason_every_reason_or_numbered_blocks_in_place():
    page = _page(PROSE)
    assert body(page) == f"{PROSE}\n\n{MORE}"
    assert body(page, reason="metadata: title").startswith("Elders approve sluice plan\n\n")
    assert body(page, reason=EVERY).split("\n\n")[2] == "Sign up for our weekly harbour letter"
    assert body(page, back={2}) == f"{PROSE}\n\nSign up for our weekly harbour letter\n\n{MORE}"


def test_gold_words_count_only_the_gold_the_final_body_does_not_give_already():
    gold = f"Elders approve sluice plan\n{PROSE}"
    words = gold_words(_page(gold))
    assert words == [(4, 0), (0, 0), (0, 7), (0, 0)]
    assert gold_words(_page(f"approve plan\n{PROSE}"))[0] == (2, 2)
    # each copy of a gold word counts once: PROSE's "for" is the body's, the other one the
    # newsletter line's (with the first gold, its one "for" is the body's: (0, 7) above)
    assert gold_words(_page(f"for\n{PROSE}"))[2] == (1, 6)
    assert gold_words(_page(f"weekly letter\n{PROSE}"))[2] == (2, 5)


def test_the_reason_table_prints_each_reason_and_the_whole_stage_per_part():
    lines = reason_table([_page(f"Elders approve sluice plan\n{PROSE}\n{MORE}")])
    title = next(line for line in lines if "metadata: title" in line)
    assert title.startswith("| read | metadata: title | 1 | 4 | 0 | +")
    assert any(line.startswith(f"| read | {EVERY} | 2 | 4 | 7 |") for line in lines)


def test_the_keep_back_score_keeps_only_blocks_it_calls_clearly_the_article():
    page = _page(PROSE)
    beta = np.zeros(len(FEATURES))
    beta[FEATURES.index("metadata_stage")] = 5.0
    assert kept_back(page, beta, margin=1.0) == {0}
    assert kept_back(page, -beta, margin=1.0) == set()


def test_the_check_says_when_the_read_part_gives_nothing_to_fit():
    assert score_check([_page(PROSE)], 0.1, 1.0) == [
        "(the read part's taken blocks are all of one kind: nothing to fit)"
    ]
