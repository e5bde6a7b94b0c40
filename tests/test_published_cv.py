"""The publication-day cross-validation on invented candidates."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from fit_published import LIBRARY, score  # noqa: E402
from published_cv import cross_validated, fold_of, grid_fitter, pairs, without  # noqa: E402
from published_rows import Row  # noqa: E402

from generator.metadata.published_vote import Candidate  # noqa: E402


def _row(n: int, gold: str, page: str, labelled: str) -> Row:
    return Row(f"page{n}", gold, (Candidate(page, "page"), Candidate(labelled, "text-labelled")))


def test_folds_depend_on_the_salt_and_cover_every_fold():
    items = [f"page{n}" for n in range(200)]
    one = [fold_of(item, 5, "a") for item in items]
    assert set(one) == set(range(5))
    assert one != [fold_of(item, 5, "b") for item in items]
    assert one == [fold_of(item, 5, "a") for item in items]


def test_switching_a_kind_off_drops_only_its_candidates():
    row = _row(1, "2020-04-07", "2020-03-03", "2020-04-07")
    (off,) = without([row], "text-labelled")
    assert off.found == (Candidate("2020-03-03", "page"),)
    assert off.item == row.item and off.day == row.day


def test_a_gain_seen_in_every_fold_survives_and_one_seen_once_does_not():
    # The labelled line is right on 20 pages where the library is not: every fold's fit
    # learns it. The declared date is right against the library on one page only: the
    # fit on all pages learns it, the fold that holds that page cannot.
    data = [_row(n, "2020-04-07", "2020-03-03", "2020-04-07") for n in range(20)]
    data += [Row(f"plain{n}", "2021-01-05", (Candidate("2021-01-05", "page"),)) for n in range(20)]
    assert cross_validated(data, grid_fitter, 5, "s") == 40
    assert cross_validated(data, lambda _: LIBRARY, 5, "s") == 20
    found = (Candidate("2020-05-01", "page"), Candidate("2020-05-05", "declared"))
    lone = [*data, Row("lone", "2020-05-05", found)]
    assert score(pairs(lone), grid_fitter(pairs(lone))) == 41
    assert cross_validated(lone, grid_fitter, 5, "s") == 40


def test_scoring_one_folder_still_fits_on_every_page():
    # The labelled line is right on both folders' pages; with `scored`, the weights are
    # still fitted on every page of the other folds, and only this folder's pages count.
    other = [_row(n, "2020-04-07", "2020-03-03", "2020-04-07") for n in range(20)]
    mine = [_row(100 + n, "2020-04-07", "2020-03-03", "2020-04-07") for n in range(3)]
    mine += [Row(f"plain{n}", "2021-01-05", (Candidate("2021-01-05", "page"),)) for n in range(4)]
    data = other + mine
    assert cross_validated(data, grid_fitter, 5, "s", scored=mine) == 7
    assert cross_validated(data, grid_fitter, 5, "s") == 27
    assert cross_validated(data, lambda _: LIBRARY, 5, "s", scored=mine) == 4
