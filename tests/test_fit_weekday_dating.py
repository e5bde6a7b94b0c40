"""The weekday fitting helpers (bench/fit_weekday_dating.py, bench/infer_date.py's CoNLL
reader) and the linking experiment (bench/fit_linked_dating.py), on small invented inputs."""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from fit_linked_dating import Report, choose  # noqa: E402
from fit_weekday_dating import reach_of  # noqa: E402
from infer_date import conll_items  # noqa: E402

from generator.events.compare import Features  # noqa: E402
from generator.events.evidence import Rarity  # noqa: E402


def test_the_reach_is_the_shortest_run_holding_the_share_wherever_it_starts():
    assert reach_of(Counter({0: 10, 1: 5, 2: 1}), 0.9) == (0, 1)
    ahead = Counter({1: 4, 2: 5, 3: 4, 6: 1})  # to come: never on the day itself
    assert reach_of(ahead, 0.9) == (1, 3)
    assert reach_of(Counter({g: 1 for g in range(7)}), 0.9) == (0, 6)  # the whole week


def test_a_conll_dateline_is_the_truth_and_leaves_the_text(tmp_path):
    (tmp_path / "000.txt").write_text(
        "ROWING - VELD WINS.\nKORVAL 1996-08-30\nVeld won on Friday.\n", "utf-8"
    )
    (tmp_path / "001.txt").write_text("No dateline here.\nJust text.\n", "utf-8")
    ((name, truth, article),) = list(conll_items(None, tmp_path))
    assert (name, truth) == ("000", "1996-08-30")
    assert [p.text for p in article.paragraphs] == ["ROWING - VELD WINS.", "Veld won on Friday."]


def _features(date: str, terms: set[str], names: set[str], day: bool = True) -> Features:
    return Features(
        date, day, None, frozenset({"talks"}), frozenset(), frozenset(terms), frozenset(names)
    )


RARE = Rarity({w: 2.0 for w in ("talk", "geneva", "envoy", "round", "opened", "grain")})
PROBE = _features("2021-05", {"talk", "geneva", "round", "opened"}, {"geneva"}, day=False)
TUESDAYS = ("2021-05-04", "2021-05-11", "2021-05-18")


def test_a_report_of_the_same_event_chooses_the_one_candidate_near_it():
    report = Report(
        "b", "2021-05-13", _features("2021-05-13", {"talk", "geneva", "envoy"}, {"geneva"})
    )
    assert choose(TUESDAYS, PROBE, [report], RARE, 3, 0.3) == "2021-05-11"
    assert choose(TUESDAYS, PROBE, [report], RARE, 1, 0.3) is None  # none near enough


def test_reports_near_two_candidates_or_none_alike_choose_nothing():
    early = Report("b", "2021-05-07", _features("2021-05-07", {"talk", "geneva"}, {"geneva"}))
    late = Report("c", "2021-05-15", _features("2021-05-15", {"talk", "geneva"}, {"geneva"}))
    assert choose(TUESDAYS, PROBE, [early, late], RARE, 3, 0.3) is None
    other = Report("d", "2021-05-12", _features("2021-05-12", {"grain", "envoy"}, {"orsk"}))
    assert choose(TUESDAYS, PROBE, [other], RARE, 3, 0.3) is None
    nameless = PROBE._replace(names=frozenset())
    assert choose(TUESDAYS, nameless, [late], RARE, 3, 0.3) is None  # says nothing of who


def test_strict_linking_refuses_when_an_alike_report_lies_on_another_date():
    near = Report("b", "2021-05-12", _features("2021-05-12", {"talk", "geneva"}, {"geneva"}))
    far = Report("c", "2021-06-20", _features("2021-06-20", {"talk", "geneva"}, {"geneva"}))
    assert choose(TUESDAYS, PROBE, [near, far], RARE, 1, 0.3) == "2021-05-11"
    assert choose(TUESDAYS, PROBE, [near, far], RARE, 1, 0.3, strict=True) is None
    assert choose(TUESDAYS, PROBE, [near], RARE, 1, 0.3, strict=True) == "2021-05-11"
