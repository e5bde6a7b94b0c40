"""The stage-by-stage body measure (bench/body_stages.py), on a small invented page."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from body_stages import header_detail, losses, stage_texts  # noqa: E402

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
    "<h1>Elders approve sluice plan</h1><p>By Ada Quist</p>"
    f"<p>{PROSE}</p><p>{MORE}</p><p>{PROSE.replace('Tuesday', 'Monday')}</p>"
    "</article></body></html>"
)


def test_every_stage_has_the_article_and_the_final_body_lacks_the_header():
    texts, _, article = stage_texts(PAGE)
    assert set(texts) == {"precise", "balanced", "merged", "extract_page", "final"}
    for stage in ("precise", "balanced", "merged", "extract_page", "final"):
        assert "promised that the first section" in texts[stage], stage
    assert article.title == "Elders approve sluice plan"
    assert "Elders approve sluice plan" not in texts["final"]


def test_gold_words_the_metadata_stage_took_are_counted_against_the_header_field():
    texts, cleaned, article = stage_texts(PAGE)
    gold = f"Elders approve sluice plan\n{PROSE}\n{MORE}"
    lost = losses(texts["extract_page"], cleaned, article, gold)
    title_words = len("Elders approve sluice plan".split())
    gold_words = len(gold.split())
    assert set(lost) == {"metadata: title"}
    assert abs(lost["metadata: title"] - title_words / gold_words) < 1e-9


def test_nothing_is_lost_when_the_gold_is_the_final_body():
    texts, cleaned, article = stage_texts(PAGE)
    assert losses(texts["extract_page"], cleaned, article, texts["final"]) == {}


def test_header_detail_names_each_block_the_metadata_stage_took_with_its_lost_gold_words():
    _, cleaned, article = stage_texts(PAGE)
    gold = f"Elders approve sluice plan\nBy Ada Quist\n{PROSE}\n{MORE}"
    lines = header_detail(cleaned, article, gold)
    assert lines == [
        "  - [4 lost, title] Elders approve sluice plan",
        "  - [3 lost, byline] By Ada Quist",
    ]


def test_losses_split_other_header_lines_by_the_removal_reason():
    texts, cleaned, article = stage_texts(PAGE)
    gold = f"By Ada Quist\n{PROSE}\n{MORE}"
    lost = losses(texts["extract_page"], cleaned, article, gold)
    assert set(lost) == {"metadata: authors", "metadata: other header lines: byline"}
    assert abs(lost["metadata: other header lines: byline"] - 1 / len(gold.split())) < 1e-9


def test_page_versus_lists_a_page_below_trafilatura_with_every_stage_and_the_loss():
    from body_stages import _bag_score, page_versus

    gold = f"Elders approve sluice plan\n{PROSE}\n{MORE}"
    lines = page_versus("p", PAGE, gold, gold, _bag_score)
    assert lines[0].startswith("page p: F1 -")
    for stage in ("precise", "balanced", "merged", "extract_page", "final", "alone 1.000/1.000"):
        assert stage in lines[0], stage
    assert lines[1:] == [lines[1]] and lines[1].startswith("  - metadata: title: ")


def test_page_versus_is_silent_when_our_body_is_no_worse():
    from body_stages import _bag_score, page_versus

    assert page_versus("p", PAGE, f"{PROSE}\n{MORE}", "Unrelated words only.", _bag_score) == []


def _stages(**figures):
    """Every stage at P 1.0 / R 1.0 unless given."""
    scores = dict.fromkeys(("precise", "balanced", "merged", "extract_page", "final"), (1.0, 1.0))
    return {**scores, **figures}


def test_loss_kinds_name_the_stage_that_moves_and_by_how_much():
    from body_stages import loss_kinds

    cut = _stages(precise=(1.0, 0.6), merged=(1.0, 0.7), extract_page=(1.0, 0.7), final=(1.0, 0.7))
    kinds = loss_kinds(cut, (1.0, 1.0))
    assert set(kinds) == {"edge"} and abs(kinds["edge"] - 0.3) < 1e-9
    added = _stages(merged=(0.9, 1.0), extract_page=(0.9, 1.0), final=(0.9, 0.95))
    kinds = loss_kinds(added, (0.97, 1.0))
    assert set(kinds) == {"merge added", "after extraction", "extra text"}
    assert abs(kinds["extra text"] - 0.07) < 1e-9
    assert loss_kinds(_stages(), (1.0, 1.0005)) == {}  # within the tolerance


def test_kinds_table_counts_pages_and_points_per_page_of_the_part():
    from body_stages import KINDS, kinds_table

    table = kinds_table([{"edge": 0.4}, {"edge": 0.2, "extra text": 0.1}, {}], pages=10)
    rows = {line.split(" | ")[0].lstrip("| "): line for line in table[2:]}
    assert rows[KINDS["edge"]].endswith("| 2 | 0.0600 |")
    assert rows[KINDS["extra text"]].endswith("| 1 | 0.0100 |")
    assert rows[KINDS["neither run"]].endswith("| 0 | 0.0000 |")
