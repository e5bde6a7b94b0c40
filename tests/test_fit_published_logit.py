"""The regularised publication-day model, and the cross-validation's counts, on invented
candidates."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from fit_published import score  # noqa: E402
from fit_published_logit import (  # noqa: E402
    CEILING,
    FLOOR,
    LIBRARY_WEIGHT,
    NAMES,
    features,
    fit_logit,
    per_kind,
)
from published_cv import bounds, disagreements, pairs  # noqa: E402
from published_rows import Row  # noqa: E402

from generator.metadata.published_vote import Candidate  # noqa: E402


def _row(n: int, gold: str, **days: str) -> Row:
    found = tuple(Candidate(day, kind.replace("_", "-")) for kind, day in days.items())
    return Row(f"p{n}", gold, found)


def test_features_count_each_broad_kind_within_a_day():
    found = (
        Candidate("2020-05-02", "page"),
        Candidate("2020-05-01", "text"),
        Candidate("2020-05-01", "text-labelled"),
        Candidate("2020-06-01", "declared"),
    )
    days, table = features(found)
    assert days == ["2020-05-01", "2020-05-02", "2020-06-01"]
    library, printed, labelled, structured = (
        NAMES.index(n) for n in ("library", "printed", "labelled", "structured")
    )
    assert table[0, library] == 1 and table[0, structured] == 0
    assert table[0, printed] == 1 and table[0, labelled] == 1
    assert table[2, structured] == 1 and table[2].sum() == 1


def test_a_strong_pull_is_htmldate_alone_and_a_weak_one_learns_a_right_source():
    data = [_row(n, "2020-04-07", page="2020-03-03", declared="2020-04-07") for n in range(15)]
    data += [_row(n + 15, "2021-01-05", page="2021-01-05") for n in range(15)]
    strong = per_kind(fit_logit(data, 1e6))
    assert strong["page"] == LIBRARY_WEIGHT and strong["declared"] == FLOOR
    assert score(pairs(data), strong) == 15
    weak = per_kind(fit_logit(data, 0.01))
    assert weak["declared"] > weak["page"]
    assert score(pairs(data), weak) == 30


def test_a_guessed_source_never_outweighs_the_library_alone():
    data = [_row(n, "2020-04-07", page="2020-03-03", url="2020-04-07") for n in range(30)]
    weights = per_kind(fit_logit(data, 0.01))
    assert weights["url"] == round(CEILING, 4) < weights["page"]
    assert score(pairs(data), weights) == 0


def test_bounds_and_disagreements_count_who_is_right():
    data = [
        _row(1, "2020-04-07", page="2020-04-08", declared="2020-04-07"),
        _row(2, "2020-04-07", page="2020-04-07", text_labelled="2020-01-02"),
        _row(3, "2020-04-07", page="2020-05-05", url="2020-06-06"),
    ]
    assert bounds(data) == "gold day among the sources on 2 of 3 pages (within a day: 2)"
    table = disagreements(data)
    assert table[("declared", "near")]["kind"] == 1
    assert table[("text-labelled", "far")]["library"] == 1
    assert table[("url", "far")]["neither"] == 1
