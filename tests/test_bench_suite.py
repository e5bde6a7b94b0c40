"""The development suite's fold split and scoring rules, on small invented inputs."""

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import readability_rules as rules  # noqa: E402
from split import item_id, part_of, select  # noqa: E402
from suite_seeds import actor_found, coarser_dates, event_found  # noqa: E402
from suite_tables import cell  # noqa: E402

NAMES = [f"site{i}.example-story-{i * 7}" for i in range(400)]


def test_split_is_fixed_and_shared_by_a_pages_variants():
    assert part_of("abc123.html.gz") == part_of("abc123.txt") == part_of("abc123")
    assert item_id("docs/042.txt") == "042"
    assert [part_of(n) for n in NAMES] == [part_of(n) for n in NAMES]


def test_split_halves_even_a_folder_already_cut_by_unsalted_parity():
    odd = [n for n in NAMES if hashlib.sha256(n.encode()).digest()[-1] % 2]
    read = select(odd, "read")
    assert 0.4 < len(read) / len(odd) < 0.6
    assert set(read) | set(select(odd, "unread")) == set(odd)
    assert not set(read) & set(select(odd, "unread"))
    assert select(odd, "both") == sorted(odd)


def test_split_depends_on_the_salt():
    assert [part_of(n, "one") for n in NAMES] != [part_of(n, "two") for n in NAMES]


@pytest.mark.parametrize(
    ("answer", "gold", "exact", "relaxed"),
    [
        ("The “Big” Story", 'the "big" story', True, True),
        ("Big Story", "Big Story | Daily Example", False, True),
        ("Big Story – Daily Example", "Big Story", False, True),
        ("Big", "Big Story", False, False),
        (None, "Big Story", False, False),
    ],
)
def test_title_rules(answer, gold, exact, relaxed):
    assert rules.title_exact(answer, gold) is exact
    assert rules.title_relaxed(answer, gold) is relaxed


@pytest.mark.parametrize(
    ("authors", "gold", "verdict"),
    [
        (("Jane Roe",), "By Jane Roe, staff writer", ("named", True)),
        (("Jane Roe", "Ann Other", "Bo Dee"), "Jane Roe", ("named", False)),
        (("Jane",), "Jane Roe", ("named", False)),
        ((), None, ("empty", True)),
        (("Posted March 3",), "  ", ("empty", True)),
        (("Jane Roe",), "", ("empty", False)),
        (("Jane Roe",), "Updated 12 May 2020", None),
    ],
)
def test_byline_rule(authors, gold, verdict):
    assert rules.byline_right(authors, gold) == verdict


def test_site_name_and_day_rules():
    assert rules.site_right("https://www.example.co.uk", "Example")
    assert rules.site_right("The Example", "Example News")
    assert not rules.site_right("Sample", "Example")
    assert not rules.site_right(None, "Example")
    assert rules.day_verdict("2020-04-02", "2020-04-02") == "right"
    assert rules.day_verdict("2020-02-04", "2020-04-02") == "wrong"
    assert rules.day_verdict("2020-04", "2020-04-02") == "coarse"
    assert rules.day_verdict(None, "2020-04-02") == "none"


def test_body_precision_and_recall_keep_case():
    precision, recall = rules.bag_pr("one two two Three", "one two three four")
    assert precision == 0.5 and recall == 0.5
    assert rules.bag_pr("", "one")[0] is None


def test_seed_gold_matching():
    actors = [{"united states", "pentagon"}, {"syrian opposition", "opposition"}]
    assert not actor_found(["Pentagon"], ["United States"], actors)
    assert actor_found(["The Opposition"], ["Syria"], actors)
    events = [("2017-01-23", "Peace talks opened in Astana"), ("2016-12-20", "Aleppo fell")]
    assert event_found("2017-01-23", ["astana"], events)
    assert not event_found("2017-01-24", ["astana"], events)
    assert event_found("2016-12", ["Aleppo"], events)


def test_a_story_event_dated_only_by_its_month_or_year_is_told_apart():
    events = [
        ("2019-03", "The summit opened on Monday in Oslo"),
        ("2019", "This week's summit in Oslo"),
        ("2019-02", "A summit in Oslo was planned"),
        ("2019-03-05", "Talks in Oslo"),
        ("2019-03", "Rain fell on Monday"),
    ]
    assert coarser_dates("2019-03-04", ["summit"], events) == ["2019", "2019-03"]
    assert coarser_dates("2019-03", ["summit"], events) == ["2019"]
    assert coarser_dates("2019-03-04", ["treaty"], events) == []


def test_table_cells_show_changes():
    assert cell(0.9123, 0.9) == "0.912 (+0.012)"
    assert cell(3, 5) == "3 (-2)"
    assert cell(None) == "–"
    assert cell(0.5, 0.5) == "0.500 (=)"
