"""The publication-day fit's error kinds and search, on invented candidates."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from fit_published import PLAIN, error_kind, fit, score  # noqa: E402

from generator.metadata.published_vote import KINDS, Candidate  # noqa: E402


def test_each_miss_gets_its_kind():
    page = (Candidate("2020-03-04", "page"), Candidate("2020-04-03", "declared"))
    assert error_kind("2020-04-03", "2020-04-03", page) == "right"
    assert error_kind("2020-04-03", None, ()) == "no date found"
    assert error_kind("2020-04-03", "2020-03-04", page) == "missed, right in: declared"
    assert error_kind("2020-04-03", "2020-03-04", page[:1]) == "day/month order"
    assert error_kind("2020-04-03", "2020-04-04", ()) == "a day off (time zone)"
    assert error_kind("2020-04-03", "2016-01-01", ()) == "1 January (a bare year)"
    assert error_kind("2020-04-03", "2019-04-03", ()) == "another year"
    assert error_kind("2020-04-03", "2021-06-09", ()) == "no source has the day (later)"


def test_the_search_raises_a_source_that_is_right_where_the_library_is_not():
    def row(gold, page, labelled):
        return gold, (Candidate(page, "page"), Candidate(labelled, "text-labelled"))

    rows = [row("2020-04-07", "2020-03-03", "2020-04-07")] * 3
    rows += [row("2021-01-05", "2021-01-05", "2021-02-01")]
    assert score(rows, PLAIN) == 1
    right, weights = fit(rows)
    assert right == 3 == score(rows, weights)
    assert weights["text-labelled"] > weights["page"]
    assert weights["url"] == PLAIN["url"]  # a kind no row has stays plain


def test_a_kind_on_trial_is_fitted_as_a_guess_that_never_outvotes_the_library_alone():
    def row(gold, page, trial):
        return gold, (Candidate(page, "page"), Candidate(trial, "on-trial"))

    rows = [row("2020-04-07", "2020-03-03", "2020-04-07")] * 3
    assert fit(rows)[0] == 0  # the stored kinds do not hear it
    right, weights = fit(rows, (*KINDS, "on-trial"))
    assert right == 0 and weights["on-trial"] < weights["page"]
    agreed = [(g, (*found, Candidate(g, "url"), Candidate(g, "tail"))) for g, found in rows]
    assert fit(agreed)[0] == 0  # two guesses at most tie with the library
    right, weights = fit(agreed, (*KINDS, "on-trial"))
    assert right == 3 and weights["on-trial"] > 0
