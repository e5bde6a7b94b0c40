"""The event list's scores against hand-judged files, on invented lines."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from event_list import Line, judged_counts, recall, sampled, short_id, verdicts_in  # noqa: E402


def _line(article: str, date: str, summary: str, sentence: str = "") -> Line:
    return Line(article, date, "past", summary, sentence or summary)


def test_only_the_judged_lines_still_listed_count(tmp_path):
    judged = tmp_path / "judged.tsv"
    judged.write_text(
        "# a comment\n"
        "a1\t2021-03-04\tThe Velk council voted on Tuesday.\tright\t\n"
        "a1\t2020\tThe 2020 season was a good one.\tnot an event\topinion\n"
        "a2\t2019\tOrla Brant left Nemo in 2019.\twrong date\t\n",
        "utf-8",
    )
    lines = [
        _line("a1", "2021-03-04", "The Velk council voted on Tuesday."),
        _line("a2", "2019", "Orla Brant left Nemo in 2019."),
    ]
    counts, _ = judged_counts(lines, judged)
    assert counts == {"right": 1, "wrong date": 1}


def test_a_sampled_line_without_a_verdict_is_returned_to_be_judged(tmp_path):
    judged = tmp_path / "judged.tsv"
    judged.write_text("", "utf-8")
    lines = [_line("a1", "2021", f"Event number {i} took place in 2021.") for i in range(12)]
    _, unjudged = judged_counts(lines, judged)
    assert unjudged == [line for line in lines if sampled(line.key)]
    assert 0 < len(unjudged) < len(lines)


def test_an_expected_event_needs_its_article_date_and_a_keyword(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps(
            {
                "articles": {
                    "a1": [
                        {"name": "vote", "date": "2021-03", "keywords": ["voted"]},
                        {"name": "strike", "date": "2021-03-05", "keywords": ["strike"]},
                    ],
                    "a2": [{"name": "vote", "date": "2021", "keywords": ["voted"]}],
                }
            }
        ),
        "utf-8",
    )
    lines = [
        _line("a1", "2021-03-04", "The council voted on Tuesday."),
        _line("a1", "2021-03-04", "The strike began.", "Dockers went on strike on Tuesday."),
    ]
    found, total, missed = recall(lines, gold)
    assert (found, total) == (1, 3)
    assert missed == ["a1 2021-03-05 strike", "a2 2021 vote"]


def test_a_digest_id_is_cut_and_a_name_kept_whole():
    assert short_id("0123456789abcdef" * 4) == "0123456789ab"
    assert short_id("base-url-base-element") == "base-url-base-element"


def test_a_judged_file_gives_each_lines_key_its_verdict_and_skips_comments(tmp_path):
    judged = tmp_path / "judged.tsv"
    judged.write_text(
        "# drawn by a hash\n\n"
        "a1\t2021-03-04\tThe Velk council voted.\tmain\twhy\n"
        "a2\t2020\tA quiet year.\tbackground\n",
        "utf-8",
    )
    assert verdicts_in(judged) == {
        "a1\t2021-03-04\tThe Velk council voted.": "main",
        "a2\t2020\tA quiet year.": "background",
    }
    assert verdicts_in(judged)[_line("a1", "2021-03-04", "The Velk council voted.").key] == "main"
