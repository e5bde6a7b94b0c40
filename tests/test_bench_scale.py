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


def test_measured_gives_one_run_peak_and_its_errors():
    """Each run's own peak: not the largest run so far, nor this (large) test process's size."""
    big = [
        sys.executable,
        "-c",
        "import sys; b = bytearray(120 << 20); sys.exit('x' + str(len(b)))",
    ]
    code, errors, peak, cpu, peaks = scale.measured(big)
    assert code == 1 and errors.strip() == f"x{120 << 20}"
    assert peak > 120 and cpu >= 0
    ballast = bytearray(200 << 20)  # this process grows; the next run's peak does not
    small = scale.measured([sys.executable, "-c", "pass"])
    assert small[0] == 0 and small[2] < 60 and len(ballast)


SPAWNS = """
import multiprocessing as mp, time
def grow(mib):
    block = bytearray(mib << 20)
    time.sleep(1.0)
    return len(block)
if __name__ == "__main__":
    own = bytearray(40 << 20)
    with mp.get_context("fork").Pool(1) as pool:
        pool.apply(grow, (150,))
    with mp.get_context("spawn").Pool(1) as pool:
        pool.apply(grow, (90,))
    time.sleep(0.5)
"""


def test_measured_tells_main_forked_and_spawned_processes_apart(tmp_path):
    """The build's main process, its forked workers and its spawned MkDocs process each get
    their own peak: a forked worker of 150 MiB and a spawned one of 90 MiB are not read as
    the main process (40 MiB)."""
    script = tmp_path / "spawns.py"
    script.write_text(SPAWNS)
    code, _, peak, _, peaks = scale.measured([sys.executable, str(script)])
    assert code == 0
    assert 40 < peaks["main"] < 120
    assert peaks["workers"] > 150 and peaks["workers"] <= peak + 1
    assert 90 < peaks["spawned"] < 150


def test_generator_seconds_leave_out_the_site_step():
    line = "read 0.5 s, extract 30.0 s, link 4.0 s, render 10.0 s, write 1.5 s, site 100.0 s"
    assert scale.generator_seconds(line) == pytest.approx(46.0)


def test_pool_goes_on_with_derived_rounds_and_nests(monkeypatch):
    """Past the real articles come derived ones, round after round; a smaller corpus is the
    start of a larger one, and no file name or text comes twice."""
    one = [(f"t{i}.txt", _text(i)) for i in range(4)]
    two = [(f"u{i}.txt", _text(10 + i)) for i in range(2)]
    monkeypatch.setattr(scale, "_sources", lambda: [one, two])
    small, real = scale.pool(5)
    large, real_too = scale.pool(15)
    assert real == real_too == 6 and len(small) == 6 and large[:6] == small
    assert len(large) >= 15
    assert {name.split("-")[0] for name, _ in large[6:12]} == {"d1"}
    assert {name.split("-")[0] for name, _ in large[12:16]} == {"d2"}
    assert not any(name.startswith("d2-u") for name, _ in large)  # 2 articles: one round
    assert len({name for name, _ in large}) == len({data for _, data in large}) == len(large)


def _text(k: int) -> bytes:
    prose = (
        f"Speaker {k} said on Tuesday that the harbour talks in town {k} would go on for "
        f"another week, because the parties had not agreed on item {k} of the draft plan."
    )
    return f"Headline number {k} about the harbour\n\n{prose}\n\n{prose} More.\n".encode()


def _row(articles: int, link: float, render: float, added: float) -> "scale.Row":
    steps = f"read 0.1 s, extract {articles / 100:.2f} s, link {link} s, render {render} s"
    return scale.Row(articles, 0, 1.0, 2.0, steps, added, "", 0.0, 0.0, None, 0, 0, {})


def test_step_exponents_fit_each_step_over_the_sizes_of_one_run():
    rows = [_row(100, 1.0, 2.0, 5.0), _row(200, 4.0, 4.0, 5.0), _row(400, 16.0, 8.0, 5.0)]
    grown = scale.step_exponents(rows)
    assert grown["link (full build)"] == pytest.approx(2.0)  # quadrupled per doubling
    assert grown["render (full build)"] == pytest.approx(1.0)
    assert grown["extract (full build)"] == pytest.approx(1.0)
    assert grown["one article added"] == pytest.approx(0.0)
    assert grown["site (full build)"] == pytest.approx(0.0)  # absent: a floor, not a crash
    assert 1.0 < grown["n log n (reference)"] < 1.2
    assert scale.step_exponents(rows[:1]) == {}  # one size has no slope


def test_sizes_are_read_with_spaces_or_commas(monkeypatch, tmp_path):
    """`--sizes 650 1300 2600` and `--sizes 650,1300` both name the sizes to measure."""
    seen = []
    (tmp_path / "bench").mkdir()
    monkeypatch.setattr(scale, "SHARED", tmp_path)
    monkeypatch.setattr(scale, "reference_loop", lambda: 0.0)
    monkeypatch.setattr(scale, "pool", lambda size: seen.append(size) or ([], 0))
    monkeypatch.setattr(scale, "growth", lambda articles, sizes, jobs, real: seen.append(sizes))
    for argv in (["--sizes", "650", "1300", "2600"], ["--sizes", "650,1300", "2600"]):
        monkeypatch.setattr(sys, "argv", ["scale.py", "--growth", *argv])
        scale.main()
    assert seen == [2600, [650, 1300, 2600], 2600, [650, 1300, 2600]]
