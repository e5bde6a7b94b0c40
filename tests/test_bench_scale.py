"""The scale benchmark's arithmetic: growth exponents and the generator's step timings."""

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import scale  # noqa: E402


def test_exponent_is_the_power_the_values_grow_by():
    assert scale.exponent([100, 200, 400], [3.0, 12.0, 48.0]) == pytest.approx(2.0)
    assert scale.exponent([100, 200, 400], [5.0, 5.0, 5.0]) == pytest.approx(0.0)
    sizes = [280, 560, 1120]
    n_log_n = scale.exponent(sizes, [s * math.log(s) for s in sizes])
    assert 1.1 < n_log_n < 1.2  # n log n grows a little faster than n over these sizes


def test_step_seconds_reads_one_step_of_the_timing_line():
    line = "read 0.44 s, extract 35.27 s, link 3.99 s, render 14.36 s, site 122.25 s"
    assert scale.step_seconds(line, "link") == 3.99
    assert scale.step_seconds(line, "render") == 14.36
    assert scale.step_seconds(line, "write") == 0.0


def test_fits_extrapolate_by_power_law_and_by_straight_line():
    a, power, line = scale.fits([100, 200, 400], [150.0, 200.0, 300.0], 800)
    assert line == pytest.approx(500.0)  # 100 + 0.5 n
    assert a == pytest.approx(scale.exponent([100, 200, 400], [150.0, 200.0, 300.0]))
    assert power == pytest.approx(300.0 * 2**a) and power < line


def test_repeated_corpus_renames_each_repeat():
    pool = [("a.txt", b"A"), ("b.txt", b"B")]
    assert scale.repeated(pool, 1) == [("a.txt", b"A")]
    assert scale.repeated(pool, 5) == [
        ("a.txt", b"A"),
        ("b.txt", b"B"),
        ("r1-a.txt", b"A"),
        ("r1-b.txt", b"B"),
        ("r2-a.txt", b"A"),
    ]


def test_measured_gives_one_run_peak_and_its_errors():
    """Each run's own peak: not the largest run so far, nor this (large) test process's size."""
    big = [
        sys.executable,
        "-c",
        "import sys; b = bytearray(120 << 20); sys.exit('x' + str(len(b)))",
    ]
    code, errors, peak, cpu = scale.measured(big)
    assert code == 1 and errors.strip() == f"x{120 << 20}"
    assert peak > 120 and cpu >= 0
    ballast = bytearray(200 << 20)  # this process grows; the next run's peak does not
    small = scale.measured([sys.executable, "-c", "pass"])
    assert small[0] == 0 and small[2] < 60 and len(ballast)
